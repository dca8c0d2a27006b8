#!/usr/bin/env python3
"""Blind evaluation set 18: fictional committee documents in shapes no earlier generator made.

Written blind, as a tuning set for round 19: without reading the redaction rules, the analysis code,
any rule word list or any generator's layout templates (the ``L_*`` bodies of sets 3 to 16), and
without running the engine on it.  Read: the brief, issue 10, ../shared/DOMAIN.md and THREATS.md,
the shared harness (``blind_eval.py``), ``eval_blind16.py`` (docstring), the names of earlier layouts
(``grep -h "^def L_"``), the ``SETS``/``OTHER_LAYOUTS`` rows and set 16's tests of
``tests/test_blind_sets.py``, and the non-template parts of ``blind16_reports.py`` to
``blind7_reports.py`` and ``blind5_reports.py`` (``Doc``, ``Person``, ``Ctx``, ``Place``, date
wordings and their reader, identifiers, sign-off and phrase helpers, the gold checks and set 6's
``ratification_claims`` they call).  Those are imported, not copied.

Its shapes: text from a scan with OCR noise (l/1, O/0 and I/l swaps, words hyphenated across lines,
lines broken mid-sentence), names among them in their noisy forms; Word tables turned into
tab-separated lines (household, family composition with a "D.O.B." column, a decision form, an
action plan); review-panel minutes and an action plan with owners by initials; letters with a
letterhead and an addressee block; multi-agency chronologies with agency abbreviations (PS, SW, HV,
ED, GP, DN, SAS); possessives and family plurals ("the X family", "the Xs'", "Mrs X's"); nicknames in
quotes; double forenames and Catalan double surnames joined by "i"; surname-only mentions after the
first, with a title's gender telling two family members apart; "born 3rd of March 2019" and
"(d.o.b 03.03.19)"; Glasgow flat positions ("2/1, 14 ...", "Flat 0/2") and rural addresses with no
number ("Knowehead Farm, by ..."); an Adult Support and Protection learning review with a Council
Officer; an outcome notification as a form with checkbox lines ("[x] Ratified by COG on ...");
"ratified subject to minor amendments" (a ratification); an outcome notice giving both a CPC
sub-group's approval and the COG's ratification (the latter the gold); traps with no ratification:
"the COG noted the draft", "ratification will be sought at the COG on", a CPC sub-group's approval.
OTHER papers: panel minutes, a cover letter, an agenda, an action plan, a care home Serious Incident
Review, a newsletter column.

Pools: Khmer, Amharic, Kurdish, Sorbian, Greenlandic (Inuit) and Catalan names; nicknames of this
set's own forenames; Scots words for streets; Perthshire, Argyll, Ayrshire and Caithness villages for
towns; Scots bird names for care homes; Scots tree words for schools; farm names of this set's own;
none in ../shared/corpus or another generator (``pool_overlaps`` checks, sets 7 to 16 included; hits
dropped without being looked at).  Public bodies are real and keep gold; schools and care homes
quasi; ages and pseudonyms ("Child A", "Adult B") keep.

Gold per document as set 16 (``pii`` with category/part/word_collision, ``keep``, ``quasi``,
``doc_type``, ``subject``, ``ratification_date``); types follow issue 10 (minutes, cover letters,
agendas, action plans, Serious Incident Reviews, newsletters: OTHER with subject None; none of this
set's OTHER papers states a ratification, so ``DATED_OTHER`` is empty).  Fixed seed ``SEED``;
``DEFAULT_N`` documents, the layouts in turn; ``generate`` raises SystemExit listing every gold error.
This set's own date wordings (``NEW_STYLES``: "Tuesday, the 3rd of March 2026", "3 Mar 2026",
"3-March-26", "03 March 2026"), read back by set 7's reader.

Gold review before freezing (2026-12-08, by the author, no engine run): the first document of every
layout (B18_001 to B18_035) read in full with its gold, and the ratification lines of the other 70.
Fixed then: a sentence run into the address before it (a missing full stop and line end); double
spaces in the scanned letter; a son with another surname and "his mother's" for a father; a family
table whose children's dates of birth gave other ages than the text and siblings five months apart
(now a year or more apart, the subject child's age read from that row); a nursery for a child of 7
and a primary school for a teenager (schools now fit the age: nursery under 5, primary to 11, then an
academy); a mother of 14 (parents now 20 or more years older than the eldest child); two minute
actions alike and a chair who was not in the chair; "young person" for a child of 9 (now 13 to 17);
decisions dated on a Sunday and a decision letter dated with the COG's year (now the next weekday,
the letter days after the decision); "in the new year" for a January sub-group; parents named by
forename with no relation given.  Judgements recorded: OCR-misread and line-split names are gold in
the form the scan gave ("Vi1aró", "Vea-" + line end + "sna"), and the clean forms elsewhere in the
same document are gold too; the ratification line of a scanned page is clean (a misread "C0G" would
leave no claim to score); "ratified ... subject to minor amendments" is a ratification; "the COG noted
the draft", "Ratification will be sought at the COG on", "for ... submission for ratification by the
COG" (an agenda) and a CPC sub-group's approval are none; on the outcome notice with sub-group,
submission and ratification rows only the "Ratified by the Chief Officers Group" row is the gold;
a draft SCR the COG only noted stays SCR (the review's own report, unfinished); a Catalan double
surname is one surname ("Vilaró i Puig"), its first half after a title ("Ms Vilaró") a gold title
form; family plurals ("Pichs") are gold surname forms; initials of panel members and plan owners are
gold initials (word_collision); the Care Inspectorate's functional mailbox is no personal data.
After the review, for the tests' minimums: the nurse of the incident review is written "Mrs N Surname"
(a ``titleinit`` form) and the scanned ICR's police force is written whole, a keep term; both layouts'
first documents read again.  No 2-3 capital-letter word may be added to this file after freezing: ``bad_initials`` reads them, so
the documents would change.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind5_reports as B5  # noqa: E402
import blind7_reports as B7  # noqa: E402
import blind8_reports as B8  # noqa: E402
import blind9_reports as B9  # noqa: E402
import blind10_reports as B10  # noqa: E402
import blind11_reports as B11  # noqa: E402
import blind12_reports as B12  # noqa: E402
import blind13_reports as B13  # noqa: E402
import blind14_reports as B14  # noqa: E402
import blind15_reports as B15  # noqa: E402
import blind16_reports as B16  # noqa: E402
from blind5_reports import Person  # noqa: E402
import blind_eval  # noqa: E402

SEED = 20261298
DEFAULT_N = 105

# ---------------------------------------------------------------- pools (checked: see pool_overlaps)

KHMER_F = "Sreymom Bopha Chanthou Leakhena Rachana Sokunthea Chenda Kalliyan Sothida Monyrath".split()
KHMER_M = "Sokha Vuthy Rithy Veasna Chanthy Sopheak Bunthoeun Kosal Visal Samnang Piseth".split()
CATALAN_F = "Montserrat Mercè Núria Roser Meritxell Laia Aina Queralt Neus Assumpta Txell".split()
CATALAN_M = "Jordi Oriol Arnau Biel Ferran Martí Andreu Jaume Eudald Francesc Pau".split()
FEMALE = KHMER_F + ("Genet Tirunesh Yeshi Zewditu Lemlem Tsehay Fikirte Mahlet Senait Shilan Nasrin Rojin "
                    "Berfin Dilan Zozan Avesta Jiyan Narin Hêvî Ronahî Hańža Lubina Wórša Hilža Madlena Aviaja "
                    "Arnaq Ivalu Nivi Paninnguaq Pipaluk Aaju Malu Nukâka").split() + CATALAN_F
MALE = KHMER_M + ("Tewodros Mulugeta Getachew Alemu Berhanu Ermias Fasil Wondwossen Tekle Mesfin Rebwar Karwan "
                  "Shwan Dilshad Baran Azad Hejar Rêbîn Soran Kawa Hawre Jurij Měrćin Pětr Korla Handrij Bjarnat "
                  "Wylem Beno Aputsiaq Nuka Minik Kunuk Ulloriaq Inuk Pavia Aqqaluk Nukappi Hjalmar").split() + CATALAN_M
SIMPLE_SURNAMES = ("Chhay Pich Heng Chea Nhem Prak Meas Khieu Sokhom Chhun Vann Gebreyes Mengistu Assefa Wolde "
                   "Abera Desta Tessema Demissie Hawrami Zebari Doski Bradosti Shwani Khoshnaw Sindi Barwari "
                   "Dizayee Kilank Krawc Kokla Nawka Petrussen Kreutzmann Heilmann Lyberth Berthelsen Kuitse "
                   "Enoksen Nathanielsen Abelsen Rosing").split()
CATALAN_SURNAMES = "Vilaró Serrat Casals Pujol Riera Castells Sabaté Canals Sunyer Pagès Esteve Ribas Garriga Bofill".split()
SURNAMES = SIMPLE_SURNAMES + "Šołta Wjelan Brězan Domaškojc Hančo Wićaz Mětšk Mergasori Gebremariam".split() + CATALAN_SURNAMES
NICKNAME_OF = {"Montserrat": "Montse", "Francesc": "Cesc", "Aputsiaq": "Apu", "Rebwar": "Rebo"}
NICKNAMES = tuple(NICKNAME_OF.values())
STREETS = ("Couthie Canty Smeddum Ferlie Haar Smirr Dreich Stoorie Drookit Sonsie Braw Fankle Bosie Dwam Birkie "
           "Gowk Kirn Howff Kailyard Dookit Clachan Muckle Peerie Wheesht Blether Kittle").split()
STREET_KINDS = B8.STREET_KINDS
TOWNS = {
    "Fortingall": "PH15", "Logierait": "PH9", "Ballinluig": "PH9", "Grandtully": "PH9", "Strathtay": "PH9",
    "Murthly": "PH1", "Caputh": "PH1", "Spittalfield": "PH1", "Meikleour": "PH2", "Kinclaven": "PH1",
    "Inchture": "PH14", "Abernyte": "PH14", "Glencarse": "PH2", "Forgandenny": "PH2", "Blackford": "PH4",
    "Muthill": "PH5", "Gilmerton": "PH7", "Madderty": "PH7", "Glenfarg": "PH2", "Kinnesswood": "KY13",
    "Minard": "PA32", "Lochgair": "PA31", "Kilchrenan": "PA35", "Cairndow": "PA26", "Kilberry": "PA29",
    "Ormsary": "PA31", "Achahoish": "PA31", "Garelochhead": "G84", "Rosneath": "G84", "Clynder": "G84",
    "Innellan": "PA23", "Dunure": "KA7", "Kirkmichael": "KA19", "Straiton": "KA19", "Crosshill": "KA19",
    "Dailly": "KA26", "Colmonell": "KA26", "Pinwherry": "KA26", "Tarbolton": "KA5", "Ochiltree": "KA18",
    "Sorn": "KA5", "Fenwick": "KA3", "Dreghorn": "KA11", "Coylton": "KA6", "Patna": "KA6", "Drongan": "KA6",
    "Thrumster": "KW1", "Ulbster": "KW2", "Clyth": "KW3", "Freswick": "KW1", "Auckengill": "KW1",
    "Gillock": "KW1", "Westerdale": "KW12", "Scrabster": "KW14",
}
CARE_HOMES = [f"{w} {k}" for w, k in zip("Whaup Laverock Yorlin Gowdspink Corbie Speug".split(),
                                          ("House", "Care Home", "Court", "Nursing Home", "Care Centre", "House"))]
SCHOOLS = [f"{w} {k}" for w, k in zip("Bourtree Saughlea Geanbank Aikenbrae".split(),
                                       ("Primary School", "Academy", "Nursery", "Early Learning Centre"))]
FARMS = ("Knowehead", "Bogside", "Brigend", "Cauldhame", "Hillocks", "Burnfoot", "Mosside")
GENERIC = B11.GENERIC
AREAS = B8.AREAS
# agency abbreviations the chronologies write (kept out of anyone's initials; bad_initials reads them)
AGENCY = {"PS": "Police Scotland", "SW": "Social Work", "HV": "Health Visiting", "ED": "Education",
          "GP": "General Practice", "DN": "District Nursing", "SAS": "Scottish Ambulance Service",
          "HO": "Housing", "CPN": "Community Mental Health", "AE": "Emergency Department"}

# ---------------------------------------------------------------- dates: this set's wordings

read_dates = B7.read_dates
MONTHS = B5.MONTHS


def fmt(d: dt.date, style: str) -> str:
    """A date in one of this set's wordings (``NEW_STYLES`` are the ones no earlier set wrote)."""
    m, o = MONTHS[d.month - 1], B5.ordinal(d.day)
    own = {
        "wdaycommathe": f"{d:%A}, the {o} of {m} {d.year}",
        "abbrplain": f"{d.day} {m[:3]} {d.year}",
        "dashlong2": f"{d.day}-{m}-{d.year % 100:02d}",
        "padlong": f"{d.day:02d} {m} {d.year}",
    }
    return own[style] if style in own else B16.fmt(d, style)


NEW_STYLES = ("wdaycommathe", "abbrplain", "dashlong2", "padlong")
STYLES = NEW_STYLES + B16.STYLES
INLINE = STYLES

_SRC_UPPER = None


def bad_initials() -> set[str]:
    """Upper-case 2-3 letter words this module writes as text: initials equal to one would collide."""
    global _SRC_UPPER
    if _SRC_UPPER is None:
        src = Path(__file__).read_text(encoding="utf-8")
        _SRC_UPPER = (set(re.findall(r"\b[A-Z]{2,3}\b", src)) | {o[:2] for o in TOWNS.values()} | set(AGENCY)
                      | B16.bad_initials() | {"PH", "PA", "KA", "KW", "KY", "CO", "LD", "TBC", "NA", "ASP", "PPU"})
    return _SRC_UPPER


FORMS = {  # this set's own person forms: kind -> (writer, gold part)
    "plural": (lambda p: f"{p.surname}s", "surname"),                  # "the Chhays'" (a family plural)
    "titlefore": (lambda p: f"{p.title} {p.forename} {p.surname[0]}.", "init"),  # "Ms Sreymom C."
}


class Doc18(B16.Doc16):
    """Set 16's document (set 15's trap phrases too) with this set's date wordings and person forms."""
    FORMS = {**B16.Doc16.FORMS, **FORMS}
    fmt = staticmethod(fmt)


class Ctx(B16.Ctx):
    """Set 16's context (set 9's timeline, areas, identifiers, accent-folding e-mails) with this set's pools."""
    FEMALE, MALE, SURNAMES, NICKNAMES = FEMALE, MALE, SURNAMES, NICKNAMES
    STREETS, TOWNS, STREET_KINDS = STREETS, TOWNS, STREET_KINDS
    SCHOOLS, CARE_HOMES = SCHOOLS, CARE_HOMES
    NEW_STYLES, STYLES = NEW_STYLES, STYLES
    document = Doc18
    bad_initials = staticmethod(bad_initials)

    def rs(self) -> str:
        return self.rng.choice(NEW_STYLES if self.rng.random() < 0.75 else B16.INLINE)

    def ds(self) -> str:
        return self.rng.choice(INLINE)

    def simple_surname(self) -> str:
        """A one-word surname (no hyphen, no particle), so that plurals and possessives read naturally."""
        s = self.rng.choice([x for x in SIMPLE_SURNAMES if x not in self.used])
        self.used.add(s)
        return s

    def catalan(self, female: bool) -> Person:
        """Two forenames and two surnames joined by 'i', as Catalan names are written in full."""
        pool = CATALAN_F if female else CATALAN_M
        f1, f2 = self.rng.sample([x for x in pool if x not in self.used and x not in NICKNAME_OF], 2)
        s1, s2 = self.rng.sample([x for x in CATALAN_SURNAMES if x not in self.used], 2)
        self.used.update((f1, f2, s1, s2))
        return Person(f"{f1} {f2}", f"{s1} i {s2}", female, self.rng.choice(("Ms", "Mrs")) if female else "Mr")

    def nicked(self, female: bool | None = None) -> tuple[Person, str]:
        """A person whose forename has a nickname of this set's (the nickname goes with the forename)."""
        names = [n for n in NICKNAME_OF if n not in self.used and (female is None or (n in FEMALE) == female)]
        f = self.rng.choice(names)
        self.used.update((f, NICKNAME_OF[f]))
        s = self.simple_surname()
        fem = f in FEMALE
        return Person(f, s, fem, self.rng.choice(("Ms", "Mrs", "Miss")) if fem else "Mr"), NICKNAME_OF[f]


age = B7.age
HEALTH, SOCIAL = B8.HEALTH, B8.SOCIAL
sign, marking, family = B8.sign, B8.marking, B8.family
aged, head, sig = B10.aged, B10.head, B10.sig
dob_phrase, cpc_line = B9.dob_phrase, B9.cpc_line
sent_line, ids = B11.sent_line, B11.ids
flat_addr = B14.flat_addr
rat_any, subj, dob_of, one_line, body, learning = B15.rat_any, B15.subj, B15.dob_of, B15.one_line, B15.body, B15.learning
rat16 = B16.rat16
DAY = dt.timedelta(days=1)


def rat18(c: Ctx, kind: str = "review") -> None:
    """This set's own ways and the earlier ways of saying the COG ratified."""
    D, i = c.d, c.rng.randrange(4)
    if i == 0:
        D.t(f"The {kind} was ratified by the Chief Officers Group on ").ratified(c.cog, c.rs()).t(".\n")
    elif i == 1:
        D.t("Date of ratification by the COG: ").ratified(c.cog, c.rs()).t("\n")
    else:
        rat16(c, kind)


def school_for(c: Ctx, dob: dt.date) -> str:
    """A school that fits the child's age at the incident: a nursery under 5, a primary school to 11, then an academy."""
    n = age(dob, c.incident)
    kind = ("Nursery", "Early Learning") if n < 5 else ("Primary",) if n < 12 else ("Academy",)
    return c.rng.choice([s for s in SCHOOLS if any(k in s for k in kind)])


def kids_of(c: Ctx, surname: str, n: int) -> list[Person]:
    return [c.person(surname=surname) for _ in range(n)]


# ---------------------------------------------------------------- scanned text: OCR noise

_OCR = {"l": "1", "O": "0", "I": "l", "o": "0"}


def ocr(c: Ctx, s: str, p: float = 0.1) -> str:
    """Text as an OCR engine reads a poor scan: some l/1, O/0 and I/l swaps (never in names or keep terms)."""
    return "".join(_OCR[ch] if ch in _OCR and c.rng.random() < p else ch for ch in s)


def broken(c: Ctx, s: str, width: int = 48) -> str:
    """Lines broken where the scan's column ended, not where the sentence did."""
    out, n = [], 0
    for w in s.split(" "):
        if n and n + len(w) > width + c.rng.randrange(-8, 9):
            out.append("\n")
            n = 0
        elif out:
            out.append(" ")
        out.append(w)
        n += len(w) + 1
    return "".join(out)


def scanned(c: Ctx, s: str) -> str:
    """A name as the scan gave it: one letter misread, or the word split across a line end."""
    for a, b in (("l", "1"), ("o", "0"), ("i", "l")):
        if a in s[1:]:
            k = s.index(a, 1)
            return s[:k] + b + s[k + 1:]
    w = max(s.split(), key=len)
    k = len(w) // 2
    return s.replace(w, f"{w[:k]}-\n{w[k:]}", 1)


def hyphenated(s: str) -> str:
    """A name split across a line end by the scan's hyphenation."""
    w = max(s.split(), key=len)
    k = max(2, len(w) // 2)
    return s.replace(w, f"{w[:k]}-\n{w[k:]}", 1)


# ---------------------------------------------------------------- addresses of this set

def glasgow_flat(c: Ctx) -> None:
    """A tenement flat written the Glasgow way: '2/1, 14 Street' or '14 Street (flat 0/2)'."""
    pl = c.place()
    num = c.rng.randrange(2, 140)
    street = " ".join(pl.street.split()[-2:])
    pos = f"{c.rng.randrange(0, 4)}/{c.rng.randrange(1, 3)}"
    a = (f"{pos}, {num} {street}, {pl.town}" if c.rng.random() < 0.5
         else f"{num} {street} (flat {pos}), {pl.town}")
    c.d.pii("address", a).t(" ").pii("postcode", pl.postcode)


def farm(c: Ctx, lower: bool = False) -> None:
    """A rural address with no number: a farm or cottage 'by' a village, then the postcode."""
    pl = c.place()
    name = c.rng.choice([f for f in FARMS if f not in c.used])
    c.used.add(name)
    kind = c.rng.choice(("Farm", "Cottage", "Steading", "Farmhouse"))
    a = c.rng.choice((f"{name} {kind}, by {pl.town}", f"{name} {kind}, {pl.town}", f"Mains of {name}, {pl.town}"))
    pc = pl.postcode
    if lower:
        a, pc = a.lower(), pc.lower()
    c.d.pii("address", a).t(" ").pii("postcode", pc)


def addr(c: Ctx) -> None:
    c.addr(c.place())


# ---------------------------------------------------------------- letters

def letterhead(c: Ctx, social: bool = True, after: dt.date | None = None) -> None:
    """A council's or board's letterhead: body, unit, references, date (no street address of the body)."""
    D = c.d
    D.k(c.a["council"] if social else c.a["board"]).t("\n")
    D.t(c.rng.choice(("Public Protection Unit", "Chief Social Work Officer", "Adult and Children's Services")) + "\n")
    D.t(f"Our ref: PPU/LR/{(after or c.cog).year}/{c.rng.randrange(1, 60):03d}\nYour ref:\nDate: ")
    D.date((after or c.cog) + DAY * c.rng.randrange(1, 6), c.ds()).t("\n\n")


def addressee_ci(c: Ctx) -> Person:
    """The addressee block of a letter to the Care Inspectorate's strategic inspector."""
    p = c.person()
    D = c.d
    D.nm(p, c.rng.choice(("full", "titlefull"))).t("\n").k("Strategic Inspector").t("\n").k("Care Inspectorate")
    D.t("\nBy secure e-mail only\n\n")
    return p


# ---------------------------------------------------------------- layouts (each returns doc_type, subject)

def L_B18_ocr_scan_noise_icr_child(c: Ctx):
    subject, D = "child", c.d
    mother, father, (ch,) = family(c, 1)
    dob = dob_of(c, subject)
    D.t(ocr(c, f"{marking(c)}\n")).k(c.committee(subject)).t("\n")
    D.t(ocr(c, "INITIAL CASE REVIEW - SCANNED COPY\nPage 1\n\n"))
    D.t(ocr(c, "Name of child: ")).pii("person", scanned(c, f"{ch.forename} {ch.surname}"), "full").t("\n")
    D.t(ocr(c, "Date of birth: ")).dob(dob, c.rng.choice(("slash", "dotlong", "long"))).t("   ")
    aged(c, dob, c.incident)
    D.t(ocr(c, "\nAddress: "))
    addr(c)
    D.t("\n" + ocr(c, "Mother: ")).nm(mother).t(ocr(c, "   Father: ")).pii("person", hyphenated(f"{father.forename} {father.surname}"), "full")
    D.t("\n\n" + ocr(c, "1. Summary of invo1vement\n"))
    D.t(ocr(c, broken(c, f"The referral was made on {fmt(c.referral, 'long')} after the child was seen at school "
                         "with a bruise to the left cheek.")) + "\n").k("Police Scotland")
    D.t(ocr(c, broken(c, " were informed the same day and an inter-agency referral discussion was held.")) + " ")
    D.t("The child's mother, ").pii("person", scanned(c, mother.forename), "forename").t(ocr(c, ", said the injury happened at play.\n"))
    D.nm(father, "title").t(ocr(c, broken(c, " was not seen by any agency during the period under review; "
                                          "his contact with the child was not known to the health visitor.")) + "\n\n")
    D.t(ocr(c, "2. Outcome\n"))
    D.t(ocr(c, "The ICR was considered by the ")).k(c.committee(subject)).t(" on ").date(c.cpc, c.ds()).t(".\n")
    rat18(c, "ICR")
    D.t(ocr(c, "\n- end of scanned page -\n"))
    return "ICR", subject


def L_B18_ocr_broken_lines_outcome_letter_adult(c: Ctx):
    subject, D = "adult", c.d
    a = c.person()
    letterhead(c)
    addressee_ci(c)
    D.t(ocr(c, "Dear Strategic Inspector\n\n"))
    D.t(ocr(c, "LEARNING REVIEW OUTCOME NOTIFICATION - ADULT AT RISK OF HARM\n\n"))
    D.t(ocr(c, "I write on behalf of the ")).k(c.committee(subject)).t(
        ocr(c, broken(c, " to notify you of the outcome of the learning review concerning")) + " ")
    D.pii("person", scanned(c, f"{a.forename} {a.surname}"), "full").t(" (").k("Adult A").t("), ")
    aged(c, c.dob_adult(), c.incident)
    D.t(ocr(c, broken(c, ", who died in hospital after a period of self-neglect at home. The review considered "
                         "the contacts of District Nursing, the GP practice and housing services over eighteen "
                         "months.")) + "\n")
    rat18(c, "learning review")
    D.t(ocr(c, broken(c, "The anonymised report and the action plan are enc1osed, as the guidance asks, within "
                         "seven days of ratification.")) + "\n\nYours faithfully\n\n")
    p = c.pro()
    D.pii("person", hyphenated(f"{p.forename} {p.surname}"), "full").t("\n").k("Lead Officer, Public Protection")
    D.t("\n").k(c.a["council"]).t("\n")
    return "LR-OUTCOME", subject


def L_B18_word_table_tabs_household_scr_adult(c: Ctx):
    subject, D = "adult", c.d
    a = c.person()
    son, carer = c.person(False, surname=a.surname), c.person(True)
    dob = c.dob_older()
    head(c, "Significant Case Review (adult)", subject)
    D.t("Table 1: Household and people important to ").k("Adult B").t("\n")
    D.t("Name\tRelationship\tDate of birth\tAddress\n")
    D.nm(a).t("\t").k("Adult B").t("\t").dob(dob, c.ds()).t("\t")
    one_line(c)
    D.t("\n").nm(son).t("\tson\t").dob(c.dob_parent(), c.ds()).t("\t")
    one_line(c)
    D.t("\n").nm(carer).t("\tpaid carer\t-\t-\n\n")
    D.t("Adult B, ")
    aged(c, dob, c.incident)
    D.t(", lived alone and received two care visits a day. ").nm(son, "forename").t(
        f" managed his {'mother' if a.female else 'father'}'s money. ").nm(carer, "title").t(" raised a concern about missing medication with the ")
    D.k(c.a["council"]).t(" on ").date(c.referral, c.ds()).t(".\n\n")
    cpc_line(c, subject)
    rat18(c, "SCR")
    return "SCR", subject


def L_B18_family_composition_tsv_dob_lr_child(c: Ctx):
    subject, D = "child", c.d
    mother, father, kids = family(c, 3, same=False)
    head(c, "Learning Review - Appendix 2: family composition", subject)
    D.t("Name\tD.O.B.\tRelationship to Child A\tSchool / nursery\n")
    dobs = [c.dob_young(2012, 2015)]
    for _ in kids[1:]:
        dobs.append(dobs[-1] + DAY * c.rng.randrange(420, 1000))
    for i, (k, d) in enumerate(zip(kids, dobs)):
        D.nm(k).t("\t").dob(d, c.rng.choice(("slash", "dot2", "slashnp", "dotlong"))).t("\t")
        D.t("subject child\t" if i == 0 else "sibling\t").q("school", school_for(c, d)).t("\n")
    D.nm(mother).t("\t").dob(c.dob_parent(), c.ds()).t("\tmother\t-\n")
    D.nm(father).t("\t").dob(c.dob_parent(), c.ds()).t("\tfather (lives apart)\t-\n\n")
    D.k("Child A").t(" is ").nm(kids[0], "forename").t(", ")
    aged(c, dobs[0], c.incident)
    D.t(". The review looked at neglect over two years.\n")
    learning(c)
    rat18(c, "learning review")
    return "LR", subject


def L_B18_minutes_action_owners_initials_other(c: Ctx):
    D = c.d
    ppl = [c.pro() for _ in range(4)]
    roles = ["Chair, Learning Review Panel"] + c.rng.sample(("Team Manager", "Health Visitor", "Detective Sergeant",
                                                             "Education Officer", "Lead Officer"), 3)
    acts = c.rng.sample(("Obtain GP records", "Update chronology", "Invite family to meet the reviewer",
                         "Circulate draft terms of reference"), 3)
    D.k(c.a["cpc"]).t("\nLearning Review Panel - minute of meeting held on ").date(c.commenced + DAY * 20, c.ds()).t("\n\n")
    D.t("Present:\n")
    for p, r in zip(ppl, roles):
        D.nm(p).t(" (").nm(p, "initials").t("), ").k(r).t("\n")
    D.t("\n1. Minute of last meeting agreed.\n2. Chronology: gaps in the health record were discussed.\n\n")
    D.t("Actions\nNo.\tAction\tOwner\tBy\n")
    for i, (p, act) in enumerate(zip(ppl[1:], acts), 1):
        D.t(f"{i}\t{act}\t")
        D.nm(p, "initials").t("\t").date(c.commenced + DAY * (30 + 7 * i), c.ds()).t("\n")
    D.t("\nDate of next meeting: to be confirmed. ").nm(ppl[0], "initials").t(" thanked members.\n")
    return "OTHER", None


def L_B18_letterhead_addressee_outcome_child(c: Ctx):
    subject, D = "child", c.d
    letterhead(c)
    addressee_ci(c)
    D.t("Dear Strategic Inspector\n\nLearning Review: outcome notification (")
    D.k("Child C").t(")\n\nThe ").k(c.committee(subject)).t(" completed a learning review concerning ").k("Child C").t(", ")
    aged(c, c.dob_young(2016, 2021), c.incident)
    D.t(", following a serious injury at home.\n")
    rat18(c, "learning review")
    D.t("The anonymised report is attached.\n\nYours sincerely\n\n")
    sig(c)
    return "LR-OUTCOME", subject


def L_B18_multiagency_chronology_abbrev_icr_child(c: Ctx):
    subject, D = "child", c.d
    mother, father, (ch,) = family(c, 1)
    dob = c.dob_young(2019, 2023)
    hv, sw = c.pro(True), c.pro()
    head(c, "Initial Case Review - multi-agency chronology", subject)
    D.t("Child: ").nm(ch).t(" (").dob(dob, c.ds()).t(")  Key: ")
    D.t(", ".join(f"{k} = {v}" for k, v in AGENCY.items() if k in ("PS", "SW", "HV", "ED", "GP", "AE")) + "\n\n")
    D.t("Date | Agency | Event\n")
    day = c.referral - DAY * 90
    events = [("HV", lambda: D.t("home visit; ").nm(hv, "surname").t(" notes mother tired, flat cold\n")),
              ("GP", lambda: D.t("child seen with chest infection; no concerns recorded\n")),
              ("PS", lambda: D.t("call to address; ").nm(father, "forename").t(" under the influence, argument\n")),
              ("SW", lambda: D.t("referral received; ").nm(sw, "init").t(" allocated\n")),
              ("AE", lambda: D.t("child brought in by ").nm(mother, "forename").t(" with a burn to the hand\n")),
              ("ED", lambda: D.t("nursery reports poor attendance\n"))]
    for ab, ev in events:
        day += DAY * c.rng.randrange(6, 20)
        D.date(day, c.ds()).t(f" | {ab} | ")
        ev()
    D.t("\n").nm(ch, "forename").t(" was ")
    aged(c, dob, c.incident)
    D.t(" at the time of the referral.\n")
    cpc_line(c, subject)
    rat18(c, "ICR")
    return "ICR", subject


def L_B18_family_plurals_possessives_scr_child(c: Ctx):
    subject, D = "child", c.d
    s = c.simple_surname()
    mother, father = c.person(True, surname=s, title="Mrs"), c.person(False, surname=s)
    kids = kids_of(c, s, 2)
    head(c, "Significant Case Review", subject)
    D.t("1. The family\nThe ").nm(mother, "surname").t(" family lived in ")
    farm(c)
    D.t(". ").nm(mother).t(" and ").nm(father).t(" have two children, ").nm(kids[0], "forename").t(" (")
    aged(c, c.dob_young(2012, 2015), c.incident)
    D.t(") and ").nm(kids[1], "forename").t(" (")
    aged(c, c.dob_young(2017, 2020), c.incident)
    D.t(").\nThe ").nm(mother, "plural").t("' tenancy was at risk from rent arrears. ").nm(mother, "title").t(
        "'s own mother helped with childcare; the ").nm(mother, "plural").t(" moved twice in a year.\n")
    D.nm(father, "title").t("'s work took him away for weeks at a time, and the children's views were not sought.\n\n")
    learning(c)
    rat18(c, "SCR")
    return "SCR", subject


def L_B18_quoted_nicknames_lr_adult(c: Ctx):
    subject, D = "adult", c.d
    a, nick = c.nicked()
    friend = c.person()
    dob = c.dob_adult()
    head(c, "Learning Review", subject)
    D.t("The adult at risk, ").nm(a, "forename").t(" '").nick(nick).t("' ").nm(a, "surname").t(" (")
    aged(c, dob, c.incident)
    D.t("), lived in ")
    glasgow_flat(c)
    D.t(f".\nEveryone knew {'her' if a.female else 'him'} as \"").nick(nick).t("\"; ")
    D.t("staff at the day centre wrote '").nick(nick).t("' on every record. A friend, ").nm(friend).t(
        ", visited most days.\n")
    D.nick(nick).t(" refused the Council Officer's visit twice. ").nm(a, "surname").t(
        " was admitted to hospital after a fall.\n\n")
    D.k("Council Officer").t(" visits were under the Adult Support and Protection (Scotland) Act 2007.\n")
    rat18(c, "learning review")
    return "LR", subject


def L_B18_catalan_double_names_icr_adult(c: Ctx):
    subject, D = "adult", c.d
    a, daughter = c.catalan(True), c.catalan(True)
    s1 = a.surname.split(" i ")[0]
    dob = c.dob_older()
    head(c, "Initial Case Review (adult)", subject)
    D.t("Adult at risk: ").nm(a).t("\nDate of birth: ").dob(dob, c.ds()).t("   ")
    aged(c, dob, c.incident)
    D.t("\nAddress: ")
    addr(c)
    D.t("\n\n").pii("person", f"{a.title} {s1}", "title").t(" lived alone after her husband's death. Her daughter, ")
    D.nm(daughter, "forename").t(" ").nm(daughter, "surname").t(", lives abroad and phoned weekly. ")
    D.pii("person", f"{a.title} {s1}", "title").t(" was found on the floor by a neighbour on ").date(c.incident, c.ds())
    D.t(".\nThe daughter (").nm(daughter, "title").t(") asked for a review.\n\n")
    cpc_line(c, subject)
    rat18(c, "ICR")
    return "ICR", subject


def L_B18_surname_only_titles_gender_lr_child(c: Ctx):
    subject, D = "child", c.d
    s = c.simple_surname()
    gran = c.person(True, surname=s, title="Mrs")
    uncle = c.person(False, surname=s)
    ch = c.person(surname=s)
    dob = c.dob_young(2012, 2018)
    head(c, "Learning Review", subject)
    D.t("The child, ").nm(ch).t(", ")
    aged(c, dob, c.incident)
    D.t(", lived with a grandmother, ").nm(gran).t(", and an uncle, ").nm(uncle).t(".\n")
    D.nm(gran, "title").t(" told the school nurse she was not coping. ").nm(uncle, "title").t(
        " had convictions for violence, which were not shared with Education.\n")
    D.t("When police attended on ").date(c.incident, c.ds()).t(", ").nm(uncle, "title").t(
        " had left; ").nm(gran, "title").t(" said she would keep him away.\n")
    D.nm(ch, "forename").t(" attended ").q("school", school_for(c, dob)).t(".\n\n")
    learning(c)
    rat18(c, "learning review")
    return "LR", subject


def L_B18_born_ordinal_of_dob_dotted_scr_child(c: Ctx):
    subject, D = "child", c.d
    mother, father, kids = family(c, 2)
    d1, d2 = c.dob_young(2014, 2018), c.dob_young(2019, 2023)
    head(c, "Significant Case Review", subject)
    D.nm(kids[0]).t(" was born ").dob(d1, "ofmonth").t(" and ").nm(kids[1]).t(" (d.o.b ").dob(d2, "dot2").t(").\n")
    D.t("Their mother, ").nm(mother).t(" (d.o.b ").dob(d1 - DAY * c.rng.randrange(7300, 12800), "dot2").t("), and father, ")
    D.nm(father).t(", born ").dob(d1 - DAY * c.rng.randrange(7700, 15000), "ofmonth").t(
        ", separated in the year before the incident.\n")
    D.nm(kids[0], "forename").t(" was ")
    aged(c, d1, c.incident)
    D.t(" when the school raised concerns.\n\n")
    cpc_line(c, subject)
    rat18(c, "SCR")
    return "SCR", subject


def L_B18_glasgow_flat_positions_icr_adult(c: Ctx):
    subject, D = "adult", c.d
    a, brother = c.person(), c.person(False)
    dob = c.dob_adult()
    head(c, "Initial Case Review: adult at risk of harm", subject)
    D.t("Name: ").nm(a).t("\nDOB: ").dob(dob, c.ds()).t("\nCurrent address: ")
    glasgow_flat(c)
    D.t("\nPrevious address: ")
    flat_addr(c)
    D.t("\n\n").nm(a, "forename").t(", ")
    aged(c, dob, c.incident)
    D.t(", was financially exploited by a man living in the flat below. Her brother, " if a.female else
        ", was financially exploited by a man living in the flat below. His brother, ").nm(brother).t(
        ", raised the alarm with the ").k(c.a["council"]).t(".\n")
    cpc_line(c, subject)
    rat18(c, "ICR")
    return "ICR", subject


def L_B18_rural_addresses_no_number_scr_adult(c: Ctx):
    subject, D = "adult", c.d
    a, nb = c.person(False), c.person()
    dob = c.dob_older()
    head(c, "Significant Case Review - adult", subject)
    D.t("The adult, ").nm(a).t(", ")
    aged(c, dob, c.incident)
    D.t(", farmed alone at ")
    farm(c, lower=c.rng.random() < 0.3)
    D.t(". The nearest neighbour, ").nm(nb).t(", lived at ")
    farm(c)
    D.t(".\n").nm(a, "title").t(" refused help from District Nursing and his GP. The road was closed by snow for a week.\n\n")
    cpc_line(c, subject)
    rat18(c, "SCR")
    return "SCR", subject


def L_B18_asp_council_officer_lr_adult(c: Ctx):
    subject, D = "adult", c.d
    a, co, son = c.person(True), c.pro(), c.person(False)
    dob = c.dob_older()
    head(c, "Adult Support and Protection Learning Review", subject)
    D.t("The adult, ").k("Adult B").t(" (").nm(a).t("), ")
    aged(c, dob, c.incident)
    D.t(", lived at ")
    addr(c)
    D.t(".\nThe ").k("Council Officer").t(", ").nm(co).t(", visited under section 7 of the Act on ").date(c.referral, c.ds())
    D.t(" and found ").nm(a, "title").t(" in a cold house. Her son, ").nm(son).t(
        ", refused entry on the second visit. The ").k("Council Officer").t(" did not seek an assessment order.\n")
    D.nm(co, "surname").t(" told the review the adult had capacity to refuse.\n\n")
    D.t("The review was commissioned by the ").k(c.committee(subject)).t(".\n")
    rat18(c, "learning review")
    return "LR", subject


def L_B18_outcome_checkbox_form_adult(c: Ctx):
    subject, D = "adult", c.d
    D.t("LEARNING REVIEW OUTCOME NOTIFICATION FORM\n\nCommittee: ").k(c.committee(subject)).t("\n")
    D.t("Review subject: ").k("Adult A").t(", adult at risk of harm, ")
    aged(c, c.dob_adult(), c.incident)
    D.t("\n\n[x] Learning review completed\n[ ] Returned to the committee for amendment\n")
    D.t("[x] Ratified by COG on ").ratified(c.cog, c.rs()).t("\n")
    D.t("[x] Anonymised report attached\n[ ] Action plan to follow\n\nCompleted by: ")
    p = c.pro()
    D.nm(p).t(", ").k("Lead Officer").t("\nE-mail: ").pii("email", c.mail(p)).t("\n")
    return "LR-OUTCOME", subject


def L_B18_ratified_subject_to_amendments_lr_child(c: Ctx):
    subject, D = "child", c.d
    mother, father, (ch,) = family(c, 1)
    dob = c.dob_young(2015, 2021)
    head(c, "Learning Review - final report", subject)
    D.t("The child, ").nm(ch).t(", ")
    aged(c, dob, c.incident)
    D.t(", was seriously injured on ").date(c.incident, c.ds()).t(". The parents, ").nm(mother, "forename").t(" and ")
    D.nm(father, "forename").t(", took part in the review.\n\nStatus of this report\n")
    D.t("The ").k(c.committee(subject)).t(" endorsed the report on ").date(c.cpc, c.ds()).t(". ")
    D.t("The Chief Officers Group ratified the report on ").ratified(c.cog, c.rs()).t(
        ", subject to minor amendments, which have been made in this version.\n")
    learning(c)
    return "LR", subject


def L_B18_trap_cog_noted_draft_scr_adult(c: Ctx):
    subject, D = "adult", c.d
    a = c.person()
    head(c, "Significant Case Review - DRAFT v0.4", subject)
    D.t("Adult at risk: ").nm(a).t(", ")
    aged(c, c.dob_adult(), c.incident)
    D.t("\nAddress: ")
    one_line(c)
    D.t("\n\nThe review commenced on ").date(c.commenced, c.ds()).t(". The ").k(c.committee(subject))
    D.t(" considered this draft on ").date(c.cpc, c.ds()).t(". The COG noted the draft at its meeting on ")
    D.date(c.cog, c.ds()).t(" and asked for the family's views to be added before the final report comes back.\n")
    return "SCR", subject


def L_B18_trap_ratification_sought_icr_child(c: Ctx):
    subject, D = "child", c.d
    mother, _, (ch,) = family(c, 1)
    dob = c.dob_young(2016, 2022)
    head(c, "Initial Case Review", subject)
    D.t("Child: ").nm(ch).t(", ")
    aged(c, dob, c.incident)
    D.t("\nMother: ").nm(mother).t("\n\nThe ICR was endorsed by the ").k(c.committee(subject)).t(" on ")
    D.date(c.cpc, c.ds()).t(". ").trap("Ratification will be sought at the COG on ").date(c.next_cog, c.ds())
    D.t("; the Care Inspectorate will be notified after that meeting.\n")
    return "ICR", subject


def L_B18_trap_cpc_subgroup_approval_lr_child(c: Ctx):
    subject, D = "child", c.d
    ch = c.person()
    dob = c.dob_young(2008, 2011)
    head(c, "Learning Review", subject)
    D.t("Young person: ").nm(ch).t(", ")
    aged(c, dob, c.incident)
    D.t("\n\nThe report was approved by the CPC Learning Review Sub-group on ").date(c.cpc, c.ds())
    D.t(". It will go to the Chief Officers Group at a meeting still to be arranged.\n")
    learning(c)
    return "LR", subject


def L_B18_decision_not_proceed_letterhead_adult(c: Ctx):
    subject, D = "adult", c.d
    letterhead(c, after=B5.weekday(c.decision))
    addressee_ci(c)
    D.t("Dear Strategic Inspector\n\nLearning review decision notification: ").k("Adult D").t("\n\nThe ")
    D.k(c.committee(subject)).t(" met on ").date(B5.weekday(c.decision), c.ds()).t(" and decided not to proceed to a learning review ")
    D.t("concerning an adult at risk of harm, ")
    aged(c, c.dob_adult(), c.incident)
    D.t(".\nReasons:\n(a) a single-agency review by the health board covers the learning;\n")
    D.t("(b) the criteria for a learning review are not met.\n\nYours sincerely\n\n")
    sig(c)
    return "LR-DECISION", subject


def L_B18_decision_proceed_tab_form_child(c: Ctx):
    subject, D = "child", c.d
    D.t("Learning Review Decision Notification\n")
    D.t("Field\tEntry\n")
    D.t("Committee\t").k(c.committee(subject)).t("\n")
    D.t("Child's identifier\t").k("Child B").t("\n")
    D.t("Age\t")
    aged(c, c.dob_young(2012, 2022), c.incident)
    D.t("\nDate of referral\t").date(c.referral, c.ds()).t("\nDate of decision\t").date(B5.weekday(c.decision), c.ds())
    D.t("\nDecision\tProceed to learning review\nReason\tsignificant harm; concerns about how agencies worked together\n")
    p = c.pro()
    D.t("Completed by\t").nm(p).t("\nTelephone\t").pii("phone", c.tel()).t("\n")
    return "LR-DECISION", subject


def L_B18_cover_letter_addressee_block_other(c: Ctx):
    D = c.d
    letterhead(c)
    addressee_ci(c)
    D.t("Dear Strategic Inspector\n\nPlease find enclosed the documents listed below, sent by secure e-mail.\n")
    D.t("1. Learning review report (anonymised)\n2. Notification form\n3. Action plan\n\n")
    D.t("If anything is missing, please contact me.\n\nKind regards\n\n")
    p = c.pro()
    D.nm(p).t("\n").k("Business Support Officer").t("\nTel: ").pii("phone", c.tel()).t("\n")
    return "OTHER", None


def L_B18_agenda_ratification_sought_item_other(c: Ctx):
    D = c.d
    chair = c.pro()
    D.k(c.a["cpc"]).t("\nAGENDA\nMeeting: ").date(c.next_cog - DAY * 21, c.ds()).t("\nChair: ").nm(chair).t("\n\n")
    D.t("1. Apologies\n2. Minute of previous meeting\n3. Learning review (Child E): final report - ")
    D.trap("for approval and onward submission for ratification by the COG").t("\n")
    D.t("4. Multi-agency audit: neglect\n5. AOCB\n")
    return "OTHER", None


def L_B18_action_plan_tsv_owner_initials_other(c: Ctx):
    D = c.d
    owners = [c.pro() for _ in range(3)]
    D.k(c.a["apc"]).t("\nLearning Review Improvement Action Plan\n\n")
    D.t("Owners: ")
    for i, p in enumerate(owners):
        D.t(", " if i else "").nm(p, "initials").t(" = ").nm(p)
    D.t("\n\nRec\tAction\tOwner\tTarget date\tRAG\n")
    acts = ("Refresh Council Officer training", "Audit hospital discharge notes", "Review self-neglect protocol")
    for i, (p, act) in enumerate(zip(owners, acts), 1):
        D.t(f"{i}\t{act}\t").nm(p, "initials").t("\t").date(c.cog + DAY * (60 * i), c.ds()).t(
            f"\t{c.rng.choice(('Green', 'Amber', 'Red'))}\n")
    return "OTHER", None


def L_B18_sir_care_home_fall_other(c: Ctx):
    D = c.d
    res, nurse = c.person(), c.pro(True)
    home = c.home()
    D.t("SERIOUS INCIDENT REVIEW - falls\n").k(c.a["board"]).t("\n\nService: ").q("care_home", home)
    D.t("\nResident: ").nm(res).t(" (CHI ").pii("chi", B7.chi(c.rng, c.dob_older(), res.female)).t(")\n")
    D.t("Date of incident: ").date(c.incident, c.ds()).t("\n\nThe resident fell at night; the nurse in charge, ")
    D.nm(nurse, "titleinit").t(", called the ").k("Scottish Ambulance Service").t(". The review found the sensor mat was switched off.\n")
    D.t("This is a single-agency review; it is not a learning review.\n")
    return "OTHER", None


def L_B18_newsletter_learning_column_other(c: Ctx):
    D = c.d
    ed = c.pro()
    D.k(c.a["cpc"]).t(" - Practitioner Newsletter, issue ").t(str(c.rng.randrange(8, 40))).t("\n\n")
    D.t("LEARNING FROM REVIEWS\nA recent review about a baby (").k("Child F").t(
        ") found that fathers and partners were often unseen. Ask who lives in the house.\n\n")
    D.t("TRAINING\nBriefings on the new guidance run every month; book through your line manager.\n\n")
    D.t("Editor: ").nm(ed).t(", ").pii("email", c.mail(ed)).t("\n")
    return "OTHER", None


def L_B18_adult_chronology_times_abbrev_scr_adult(c: Ctx):
    subject, D = "adult", c.d
    a, wife = c.person(False), c.person(True)
    dob = c.dob_older()
    head(c, "Significant Case Review - adult: chronology", subject)
    D.t("Subject: ").nm(a).t(" (DOB ").dob(dob, c.ds()).t("), ")
    aged(c, dob, c.incident)
    D.t("\nKey: DN District Nursing, SAS Scottish Ambulance Service, CPN Community Mental Health, HO Housing\n\n")
    day = c.referral - DAY * 40
    for ab, ev in (("DN", "leg ulcer dressed; home cluttered"), ("CPN", "no answer at door"),
                   ("HO", "rent arrears letter"), ("SAS", "called by neighbour; conveyed to hospital")):
        day += DAY * c.rng.randrange(4, 12)
        D.date(day, c.ds()).t(f" {c.rng.randrange(7, 22):02d}:{c.rng.choice(('00', '15', '30', '45'))} {ab}: {ev}\n")
    D.t("\nHis wife, ").nm(wife).t(", had died the year before.\n\n")
    cpc_line(c, subject)
    rat18(c, "SCR")
    return "SCR", subject


def L_B18_kinship_grandparents_nicknames_icr_child(c: Ctx):
    subject, D = "child", c.d
    ch, nick = c.nicked()
    gran = c.person(True, surname=ch.surname, title="Mrs")
    grandad = c.person(False, surname=ch.surname)
    dob = c.dob_young(2013, 2019)
    head(c, "Initial Case Review - kinship care", subject)
    D.t("Child: ").nm(ch).t(" (known as '").nick(nick).t("'), ")
    aged(c, dob, c.incident)
    D.t("\nKinship carers: ").nm(gran).t(" and ").nm(grandad).t(", at ")
    glasgow_flat(c)
    D.t("\n\n").nick(nick).t(" moved to the ").nm(ch, "plural").t("' flat after the mother's admission to hospital. ")
    D.t("The grandparents' health was poor; ").nm(grandad, "title").t(" had a stroke in the spring.\n")
    cpc_line(c, subject)
    rat18(c, "ICR")
    return "ICR", subject


def L_B18_learning_disability_care_home_icr_adult(c: Ctx):
    subject, D = "adult", c.d
    a, key = c.person(), c.pro(True)
    dob = c.dob_adult()
    home = c.home()
    head(c, "Initial Case Review (adult support and protection)", subject)
    D.t("The adult, ").nm(a, "titlefore").t(", ")
    aged(c, dob, c.incident)
    D.t(", has a learning disability and lives at ").q("care_home", home).t(".\n")
    D.t("Key worker: ").nm(key).t(". On ").date(c.incident, c.ds()).t(" staff at ").q("care_home", home)
    D.t(" found unexplained bruising; ").nm(key, "forename").t(" reported it the next day.\n")
    cpc_line(c, subject)
    rat18(c, "ICR")
    return "ICR", subject


def L_B18_decision_kv_colons_proceed_adult(c: Ctx):
    subject, D = "adult", c.d
    D.t("DECISION NOTIFICATION :: LEARNING REVIEW\n\n")
    D.t("Committee :: ").k(c.committee(subject)).t("\nSubject :: adult at risk of harm (").k("Adult E").t(")\n")
    D.t("Age :: ")
    aged(c, c.dob_adult(), c.incident)
    D.t("\nDecision :: PROCEED\nDecision date :: ").date(B5.weekday(c.decision), c.ds()).t(
        "\nRationale :: possible serious harm; several agencies involved; learning likely\nContact :: ")
    p = c.pro()
    D.nm(p).t(" :: ").pii("email", c.mail(p)).t("\n")
    return "LR-DECISION", subject


def L_B18_outcome_subgroup_and_cog_dates_child(c: Ctx):
    subject, D = "child", c.d
    D.t("OUTCOME NOTIFICATION - LEARNING REVIEW\n").k(c.committee(subject)).t("\n\n")
    D.t("Child: ").k("Child G").t(", ")
    aged(c, c.dob_young(2014, 2022), c.incident)
    D.t("\nApproved by the CPC Learning Review Sub-group: ").date(c.cpc, c.ds()).t("\n")
    D.t("Submitted to the Chief Officers Group: ").date(c.sent, c.ds()).t("\n")
    D.t("Ratified by the Chief Officers Group: ").ratified(c.cog, c.rs()).t("\n")
    sent_line(c)
    return "LR-OUTCOME", subject


def L_B18_identifiers_gp_summary_lr_adult(c: Ctx):
    subject, D = "adult", c.d
    a, gp = c.person(), c.pro()
    dob = c.dob_adult()
    head(c, "Learning Review - Appendix: GP summary", subject)
    D.t("Patient: ").nm(a).t("   DOB: ").dob(dob, c.ds()).t("\n")
    ids(c, a, dob)
    D.t("Address: ")
    addr(c)
    D.t("\n\nThe adult at risk, ")
    aged(c, dob, c.incident)
    D.t(", missed eleven appointments. Dr ").nm(gp, "surname").t(" wrote to the ").k(c.a["council"])
    D.t(" twice without reply.\n\n")
    rat18(c, "learning review")
    return "LR", subject


def L_B18_two_households_mixed_addresses_scr_child(c: Ctx):
    subject, D = "child", c.d
    mother, father, (ch,) = family(c, 1, same=False)
    dob = c.dob_young(2011, 2019)
    head(c, "Significant Case Review", subject)
    D.t("The child, ").nm(ch).t(", ")
    aged(c, dob, c.incident)
    D.t(", moved between two homes:\n- with the mother, ").nm(mother).t(", at ")
    glasgow_flat(c)
    D.t("\n- with the father, ").nm(father).t(", at ")
    farm(c)
    D.t("\nNeither school knew of the other address. ").nm(mother, "title").t(" and ").nm(father, "title")
    D.t(" did not speak to each other.\n\n")
    rat18(c, "SCR")
    return "SCR", subject


def L_B18_decision_not_proceed_email_signature_child(c: Ctx):
    subject, D = "child", c.d
    p = c.pro()
    D.t("From: ").pii("email", c.mail(p)).t("\nTo: cistrategicteamnotification@careinspectorate.gov.scot\n")
    D.t("Subject: LR decision - not proceeding\n\nGood afternoon,\n\nThe ").k(c.committee(subject))
    D.t(" considered the referral about a child, ")
    aged(c, c.dob_young(2012, 2023), c.incident)
    D.t(", on ").date(B5.weekday(c.decision), c.ds()).t(" and decided not to hold a learning review: the injury was "
                                         "accidental and no agency practice issue was found.\n\nKind regards\n")
    D.nm(p, "forenodot").t("\n").k("Lead Officer, Child Protection").t("\n").pii("phone", c.tel()).t("\n")
    return "LR-DECISION", subject


LAYOUTS = [v for k, v in list(globals().items()) if k.startswith("L_B18_")]
TRAPS = {"B18_trap_cog_noted_draft_scr_adult", "B18_trap_ratification_sought_icr_child",
         "B18_trap_cpc_subgroup_approval_lr_child", "B18_decision_not_proceed_letterhead_adult",
         "B18_decision_proceed_tab_form_child", "B18_decision_kv_colons_proceed_adult",
         "B18_decision_not_proceed_email_signature_child"}
DATED_OTHER: set[str] = set()

check = B16.check

SET = blind_eval.BlindSet(
    key="blind18", prefix="B18", seed=SEED, n=DEFAULT_N, layouts=LAYOUTS, ctx=Ctx, check=check,
    names=(FEMALE, MALE, SURNAMES, NICKNAMES, STREETS, TOWNS, FARMS), places=CARE_HOMES + SCHOOLS,
    generic=frozenset(GENERIC),
    earlier=(B7.SET, B8.SET, B9.SET, B10.SET, B11.SET, B12.SET, B13.SET, B14.SET, B15.SET, B16.SET), subjects=True)
generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words, SET.pool_overlaps


if __name__ == "__main__":
    sys.exit(SET.main())
