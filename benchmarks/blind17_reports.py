#!/usr/bin/env python3
"""Blind evaluation set 17: fictional committee documents in shapes no earlier generator made.

Written without reading the redaction rules, the analysis code or any generator's layout templates;
only the brief, issue 10, ../shared/DOMAIN.md, the shared harness (``blind_eval.py``),
``eval_blind16.py`` (docstring), the names of earlier layouts (``grep -h "^def L_"``), the
``SETS``/``OTHER_LAYOUTS`` rows and set 16's tests of ``tests/test_blind_sets.py``, and the
non-template parts of ``blind16_reports.py`` to ``blind5_reports.py`` (``Doc``, ``Person``, ``Ctx``,
``Place``, date wordings and their reader, identifiers, sign-off and phrase helpers, the gold checks)
were read; while paging set 13's helpers the first six lines of one set-13 layout body were seen by
accident (nothing taken from them).  Those helpers are imported, not copied.

Why a module of its own: set 16 is the last unseen set; this one measures the engine once more on
reports nobody here has seen.  Its shapes: a Learning Review told in the first person by its reviewer;
a whole report pasted into an e-mail under '>' quotes; a chronology as "dd/mm - event" bullets under a
year heading; a genogram key ("M = mother"); headings in capitals, Title Case and lower case; names in
brackets after roles ("the social worker (Name)"); particle and hyphenated surnames ("ap", "bin",
"van", "de", "von", "Mac"); a lower-case address inside a sentence; dates of birth year first
("date of birth: 2019-03-12", "DoB 2019/03/12"), with month names in a household table, and in
brackets straight after a name; CHI, NHS and NI numbers with spaces and dashes (one labelled NHS
number with a wrong check digit); telephone numbers in international form; Word symbol-font bullets;
a Markdown export; a JSON e-form export; a milestones table and a document-control table; a COG
that met three times and "agreed the findings" at one of them; and traps with no ratification of
this review: "submitted to the Chief Officers Group for ratification", "ratification deferred to the
next COG", another review ratified by the COG, a COG meeting still to come, the committee (not the
COG) agreeing the findings.  This set's own date wordings (``NEW_STYLES``: "Mar 5th 2026",
"05-MARCH-2026", "Thursday, 5th of March, 2026", "5TH MAR 2026", "5 mar. 2026"), read back by set
7's reader.

Pools: Albanian, Sami, Romansh, Sardinian, Manx and Cornish names, particle surnames (Romansh,
Welsh, Malay, Dutch, Gaelic); Scots words made into street names; Orkney, Shetland, Moray and Angus
villages for towns; Shetland words for care homes; Scots words for schools; none in ../shared/corpus
or another generator (``pool_overlaps`` checks, sets 7 to 16 included; hits dropped without being
looked at).  Public bodies are real and keep gold; schools and care homes quasi; ages and pseudonyms
("Child A", "Adult B") keep.

Gold per document as sets 10 to 16 (``pii``, ``keep``, ``quasi``, ``doc_type``, ``subject``,
``ratification_date``); types follow issue 10 (newsletters, agendas, action plans, cover letters,
minutes, audits, Serious Incident Reviews: OTHER with subject None).  Fixed seed ``SEED``;
``DEFAULT_N`` documents, the layouts in turn; ``generate`` raises SystemExit listing every gold error.

Gold review before freezing (2026-12-08, by the author, no engine run): the first document of every
layout read in full with its gold, and read again after each fix below; of the other 70, every line
naming the COG or the Chief Officers listed and read with the gold date, and four more documents read
in full; mechanically, no pool word lies outside a ``pii`` or ``quasi`` span.  Fixed then: "called
the The Moray Council" (councils whose names begin with "The"); an e-mail sent on a Saturday; a
community psychiatric nurse and a class teacher given the title Dr; an adult of 38 whose son reports
her (now an older woman); toddlers with a class teacher and a child of 10 at a nursery (children now
born 2011 to 2020, and a primary school wherever a teacher or the school is named); a genogram whose
first child was the younger (now the elder); "he" for a particle-named adult of either sex (now a
man, as "ap" and "bin" are); particles drawn at random, so "Mac" or "de" could be missing from the
set (each role now draws from its own particles); no "Mr F Surname" form (the panel note's education
member now has one).  Judgements recorded: a report pasted into an e-mail under '>' is the report
(its review type), not a covering mail; "the COG noted the interim findings" and "the COG reviewed
the first progress report" are no ratification, "the COG agreed the findings and the
recommendations" is; the milestones row "Submitted to COG for ratification" and the document-control
row "submitted to the COG" are not, the rows "Ratified by COG" and "ratified by the COG" are; an
agenda item "for ratification" is a meeting to come; "the Adult Protection Committee agreed the
findings" is the committee, not the COG; the chair's signature date repeats the ratification date
(one gold date); a labelled NHS number with a wrong check digit is gold; the initials of a child or
adult in a notification or audit are gold initials (``word_collision``); "dd/mm - event" lines carry
no year, so they are no dates in the gold and no dates of birth.  Open questions (kept as written):
the pasted report could be typed by its outer e-mail (a cover, so OTHER) by another reader; the
case-file audit is OTHER though a committee commissioned it; a newsletter's "learning review
completed this year" names no date.  No 2-3 capital-letter word may be added to this file after
freezing: ``bad_initials`` reads them, so the documents would change.
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

SEED = 20261291
DEFAULT_N = 105

# ---------------------------------------------------------------- pools (checked: see pool_overlaps)

FEMALE = ("Valbona Fatbardha Teuta Rudina Shpresa Besjana Elona Arjeta Flutura Lumturi Mrika Zamira Donika "
          "Ilirjana Máret Risten Biret Ravdna Sunná Áile Mengia Ursina Uorschla Neisa Cilgia Flurina Madlaina "
          "Seraina Ladina Mierta Bonaria Grazietta Tressa Moirrey Ealisaid Tonina").split()
MALE = ("Bujar Fatmir Gëzim Kreshnik Luan Mergim Petrit Ylber Agron Driton Fisnik Lulzim Valon Xhevdet Niillas "
        "Máhtte Jovnna Issát Áslat Biera Ovllá Heaika Gion Flurin Duri Linard Jachen Reto Curdin Peider Luregn "
        "Andri Armon Tumasch Gieri Efisio Bachisio Gavino Jowan Illiam Fynlo").split()
SURNAMES = ("Shala Kelmendi Morina Bytyqi Rexhepi Sadiku Dervishi Xhaferi Zeneli Lleshi Marku Prenga Gjoni "
            "Kastrati Gaup Somby Utsi Hætta Buljo Turi Nutti Kuhmunen Labba Sarri Valkeapää Aikio Magga Oskal "
            "Balto Partapuoli Caduff Cathomen Derungs Deplazes Tuor Cadruvi Berther Vincenz Candinas Capaul "
            "Collenberg Caflisch Cantieni Tscharner Sialm Cavelti Spescha Porcu Murgia Piras Quayle Kermode "
            "Quilliam Kinvig Corlett Qualtrough Tregenza Penhaligon").split()
PARTICLES = ("de Planta", "von Salis", "de Castelberg", "ap Hywel", "ap Iorwerth", "bin Talib", "bin Yusof",
             "van Tongeren", "van Dongen", "de Groot", "MacIomhair", "MacFhionnlaigh", "Mac an Tuairneir")
PARTICLE_FORENAME = {"ap Hywel": "Carwyn", "ap Iorwerth": "Tegid", "bin Talib": "Azlan", "bin Yusof": "Rizal"}
NICKNAMES: tuple[str, ...] = ()
STREETS = ("Dookitbrae Glaurhaugh Smirrlea Haarbank Stoorieknowe Howffend Fanklemuir Skelfside Hirplebank "
           "Whaupmoss Peesieheugh Bumbeeknowe Clartylea Drookitmuir Gloaminside Sclimmiehill Blaeflat Thrawnlea "
           "Couthieknowe Wheeplebank").split()
STREET_KINDS = B8.STREET_KINDS
TOWNS = {
    "Sandwick": "ZE2", "Eday": "KW17", "Hoy": "KW16", "Longhope": "KW16", "Pierowall": "KW17",
    "Kettletoft": "KW17", "Voe": "ZE2", "Aith": "ZE2", "Virkie": "ZE3", "Lhanbryde": "IV30",
    "Cummingston": "IV30", "Findhorn": "IV36", "Kinloss": "IV36", "Portgordon": "AB56", "Mosstodloch": "IV32",
    "Monikie": "DD5", "Newtyle": "PH12", "Auchterhouse": "DD3", "Inverarity": "DD8", "Tealing": "DD4",
}
CARE_HOMES = [f"{w} {k}" for w, k in zip("Simmerdim Hairst Voarside Mirriedancers Hamefarin Simmerlea".split(),
                                          ("House", "Court", "Care Home", "Nursing Home", "House", "Care Centre"))]
SCHOOLS = [f"{w} {k}" for w, k in zip("Couthiebank Brawlea Canniewell Lichtsome Heartsome Mirkholm".split(),
                                       ("Primary School", "Primary School", "Nursery", "Primary School",
                                        "Early Learning Centre", "Primary School"))]
GENERIC = B11.GENERIC
AREAS = B8.AREAS

# ---------------------------------------------------------------- dates: this set's wordings

read_dates = B7.read_dates
MONTHS = B5.MONTHS


def fmt(d: dt.date, style: str) -> str:
    """A date in one of this set's wordings (``NEW_STYLES`` are the ones no earlier set wrote)."""
    m, o = MONTHS[d.month - 1], B5.ordinal(d.day)
    own = {
        "usordabbrnc": f"{m[:3]} {o} {d.year}",
        "dashupperlong": f"{d.day:02d}-{m.upper()}-{d.year}",
        "wdayordofcomma": f"{d:%A}, {o} of {m}, {d.year}",
        "abbrupperord": f"{o.upper()} {m[:3].upper()} {d.year}",
        "lowerabbrdot": f"{d.day} {m[:3].lower()}{'.' if len(m) > 3 else ''} {d.year}",
    }
    return own[style] if style in own else B16.fmt(d, style)


NEW_STYLES = ("usordabbrnc", "dashupperlong", "wdayordofcomma", "abbrupperord", "lowerabbrdot")
STYLES = NEW_STYLES + B16.STYLES
INLINE = STYLES

_SRC_UPPER = None


def bad_initials() -> set[str]:
    """Upper-case 2-3 letter words this module writes as text: initials equal to one would collide."""
    global _SRC_UPPER
    if _SRC_UPPER is None:
        src = Path(__file__).read_text(encoding="utf-8")
        _SRC_UPPER = (set(re.findall(r"\b[A-Z]{2,3}\b", src)) | {o[:2] for o in TOWNS.values()}
                      | B16.bad_initials() | {"ZE", "KW", "IV", "AB", "DD", "PH", "DS", "DC", "SW", "HV", "GP"})
    return _SRC_UPPER


FORMS = {  # this set's own person forms: kind -> (writer, gold part)
    "initsurcaps": (lambda p: f"{p.forename[0]}. {p.surname.upper()}", "init"),   # a register "V. SHALA"
}


class Doc17(B16.Doc16):
    """Set 16's document (set 15's trap phrases too) with this set's date wordings and one more form."""
    FORMS = {**B16.Doc16.FORMS, **FORMS}
    fmt = staticmethod(fmt)


class Ctx(B16.Ctx):
    """Set 16's context (set 9's timeline, areas, identifiers) with this set's document and pools."""
    FEMALE, MALE, SURNAMES, NICKNAMES = FEMALE, MALE, SURNAMES, NICKNAMES
    STREETS, TOWNS, STREET_KINDS = STREETS, TOWNS, STREET_KINDS
    SCHOOLS, CARE_HOMES = SCHOOLS, CARE_HOMES
    NEW_STYLES, STYLES = NEW_STYLES, STYLES
    document = Doc17
    bad_initials = staticmethod(bad_initials)

    def rs(self) -> str:
        return self.rng.choice(NEW_STYLES if self.rng.random() < 0.75 else B16.INLINE)

    def ds(self) -> str:
        return self.rng.choice(INLINE)

    def mail(self, p: Person, style: int = 0, dom: str | None = None) -> str:
        """Set 16's folded address, with 'æ' spelt 'ae' and a particle's space dropped."""
        q = Person(p.forename.replace("æ", "ae"), p.surname.replace("æ", "ae").replace(" ", ""), p.female, p.title)
        return super().mail(q, style, dom)

    def particle_person(self, female: bool | None = None, among: tuple[str, ...] = PARTICLES) -> Person:
        """A person whose surname has a particle ("ap Hywel", "de Planta"); 'ap' and 'bin' go with men."""
        s = self.rng.choice([x for x in among if x not in self.used])
        self.used.add(s)
        if s in PARTICLE_FORENAME:
            self.used.add(PARTICLE_FORENAME[s])
            return Person(PARTICLE_FORENAME[s], s, False, "Mr")
        return self.person(female, surname=s)

    def hyphenated(self, female: bool | None = None) -> Person:
        """A person with a double-barrelled surname of two pool surnames."""
        p = self.person(female)
        if "-" in p.surname:
            return p
        s2 = self.rng.choice([x for x in self.SURNAMES if x not in self.used])
        self.used.add(s2)
        return Person(p.forename, f"{p.surname}-{s2}", p.female, p.title)

    def intl(self) -> str:
        """A telephone number in international form, in Ofcom's drama ranges."""
        n = self.rng.randrange(1000)
        return self.rng.choice((f"+44 (0)131 496 0{n:03d}", f"+44 141 496 0{n:03d}", f"+44 7700 900{n:03d}",
                                f"+447700900{n:03d}", f"0044 1632 960{n:03d}", f"+44 (0) 7700 900 {n:03d}"))


age = B7.age
HEALTH, SOCIAL = B8.HEALTH, B8.SOCIAL
sign, marking, family = B8.sign, B8.marking, B8.family
aged, head = B10.aged, B10.head
rat_any, subj, learning = B15.rat_any, B15.subj, B15.learning
rat16 = B16.rat16
DAY = dt.timedelta(days=1)
NATIONAL = ("Police Scotland", "Scottish Ambulance Service", "Scottish Children's Reporter Administration",
            "Care Inspectorate", "Social Security Scotland")


def wd(day: dt.date) -> dt.date:
    return B5.weekday(day)


def chi_sp(c: Ctx, dob: dt.date, female: bool) -> str:
    s = B7.chi(c.rng, dob, female)
    return f"{s[:6]} {s[6:]}"


def nhs_dash(c: Ctx, valid: bool = True) -> str:
    s = B7.nhs(c.rng, valid, spaced=False)
    return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def ni_dash(c: Ctx) -> str:
    s = B7.ni(c.rng)
    return f"{s[:2]}-{s[2:4]}-{s[4:6]}-{s[6:8]}-{s[8]}"


def rat17(c: Ctx, kind: str = "review") -> None:
    """This set's ways of saying the COG ratified, and the earlier ones."""
    D, r = c.d, c.rng.random()
    if r < 0.25:
        D.t(f"The {kind} was agreed by the Chief Officers Group on ").ratified(c.cog, c.rs()).t(".\n")
    elif r < 0.45:
        D.t("Ratified by the Chief Officers' Group (COG): ").ratified(c.cog, c.rs()).t("\n")
    else:
        rat16(c, kind)


def addr(c: Ctx, lower: bool = False) -> None:
    c.addr(c.place(), lower=lower)


def dob_for(c: Ctx, subject: str) -> dt.date:
    return c.dob_young(2012, 2022) if subject == "child" else c.dob_adult()


def primary(c: Ctx) -> str:
    """A primary school (a chronology with a class teacher)."""
    return c.rng.choice([s for s in SCHOOLS if "Primary" in s])


def kids_dob(c: Ctx) -> dt.date:
    return c.dob_young(2011, 2020)


# ---------------------------------------------------------------- layouts (each returns doc_type, subject)


def L_B17_reviewer_first_person_lr_child(c: Ctx):
    """The reviewer's own account: 'I was commissioned...', 'I met...'."""
    D = c.d
    head(c, "Learning Review - the lead reviewer's report", "child")
    rev, child, hv = c.pro(), c.person(), c.pro(True)
    mother = c.person(True, surname=child.surname)
    dob = dob_for(c, "child")
    D.t("How I came to this review\n\nI was commissioned by the ").k(c.committee("child")).t(" on ")
    D.date(c.commenced, c.ds()).t(" to lead this Learning Review. I am ").nm(rev).t(", an independent reviewer; I have "
                                                                                   "never worked for any agency involved.\n\n")
    D.t("The child\n\nThe review is about ").nm(child, "full").t(" (DoB ").dob(dob, "slash").t("), ")
    aged(c, dob, c.incident)
    D.t(", called ").k("Child A").t(" in the published summary. I met ").nm(child, "forename").t(" and ")
    D.nm(mother, "title").t(" at home, ")
    addr(c)
    D.t(", on ").date(c.commenced + 20 * DAY, c.ds()).t(". I am grateful to them both.\n\n")
    D.t("What I read and who I spoke to\n\nI read the records of ").k(c.a["council"]).t(", ").k(c.a["board"])
    D.t(" and ").k("Police Scotland").t(". I spoke with the health visitor, ").nm(hv, "title")
    D.t(", who told me she had raised her worry about the home twice. I have tried to set out what she and "
        "others told me fairly.\n\n")
    D.t("What I found\n\n")
    learning(c)
    D.t("\nWhat happened to my report\n\nI presented the report to the committee on ")
    D.date(c.cpc, c.ds()).t(". ")
    rat17(c)
    D.t("\nSigned: ").nm(rev, "init").t(", Lead Reviewer. Tel ").pii("phone", c.intl()).t("\n")
    return "LR", "child"


def L_B17_report_pasted_in_email_quoted_scr_adult(c: Ctx):
    """A whole SCR pasted into an e-mail under '>' quotes (the attachment was blocked)."""
    D = c.d
    sender, adult, son, cpn = c.pro(), c.person(True), c.person(False), c.person()
    dob = c.dob_older()
    D.t("From: ").nm(sender).t(" <").pii("email", c.mail(sender)).t(">\nSent: ").date(wd(c.cog + 3 * DAY), "wdaylong")
    D.t("\nTo: ").k("Care Inspectorate").t(" strategic team\nSubject: SCR final report - pasted below\n\n")
    D.t("Good afternoon,\n\nOur mail gateway blocked the PDF, so I have pasted the report below. Please tell me "
        "if you would rather have it by secure file transfer.\n\nKind regards\n").nm(sender, "forename").t("\n\n")
    q = lambda: D.t("> ")
    q().t("SIGNIFICANT CASE REVIEW\n")
    q().k(c.committee("adult")).t("\n>\n")
    q().t("1. Introduction\n")
    q().t("This review concerns an adult at risk of harm, ").nm(adult).t(", ")
    aged(c, dob, c.incident)
    D.t(" (date of birth ").dob(dob, c.ds()).t("),\n")
    q().t("who lived alone at ")
    addr(c)
    D.t(".\n>\n")
    q().t("2. The facts\n")
    q().t("Her son, ").nm(son, "full").t(", called ").k(c.a["council"]).t(" on ").date(c.referral, c.ds())
    D.t(". The community\n")
    q().t("psychiatric nurse, ").nm(cpn, "title").t(", visited two days later.\n>\n")
    q().t("3. Learning\n")
    q().t("Agencies worked to their own thresholds and no one held the whole picture.\n>\n")
    q()
    rat17(c, "report")
    q().t("-- end of report --\n")
    return "SCR", "adult"


def L_B17_chronology_ddmm_bullets_icr_child(c: Ctx):
    """A chronology as 'dd/mm - event' bullets under a year heading (no year on the lines)."""
    D = c.d
    head(c, "Initial Case Review", "child")
    mother, father, (child,) = family(c, 1)
    hv, sw, teacher = c.pro(True), c.pro(), c.person()
    dob = kids_dob(c)
    D.t("Child: ").nm(child).t("   D.O.B. ").dob(dob, "slash").t("\nMother: ").nm(mother).t("\nFather: ").nm(father)
    D.t("\nAddress: ")
    addr(c)
    D.t("\nSchool: ").q("school", primary(c)).t("\n\nChronology of significant events\n\n")
    y = c.incident.year
    D.t(f"{y - 1}\n")
    D.t(f"- 0{c.rng.randrange(1, 9)}/11 - HV (").nm(hv, "full").t(") home visit; home cold, ").nm(child, "forename")
    D.t(" had a cough.\n")
    D.t(f"- 1{c.rng.randrange(0, 9)}/12 - ").nm(mother, "forename").t(" did not attend the GP appointment.\n")
    D.t(f"{y}\n")
    D.t(f"- 0{c.rng.randrange(1, 9)}/01 - Class teacher ").nm(teacher, "title").t(" noted bruising to the arm.\n")
    D.t(f"- 1{c.rng.randrange(0, 9)}/01 - Referral to ").k(c.a["council"]).t("; allocated to ").nm(sw, "init").t(".\n")
    D.t(f"- 2{c.rng.randrange(0, 8)}/02 - ").nm(father, "title").t(" arrested by ").k("Police Scotland").t(".\n\n")
    D.t("ICR convened: ").date(c.decision, c.ds()).t("\n")
    rat17(c)
    return "ICR", "child"


def L_B17_genogram_letter_key_lr_child(c: Ctx):
    """A genogram key ('M = mother') with names and dates of birth, then text using the letters."""
    D = c.d
    head(c, "Learning Review", "child")
    mother, father, (c1, c2) = family(c, 2, same=False)
    gran = c.person(True)
    dm, (d1, d2) = c.dob_parent(), sorted((kids_dob(c), kids_dob(c)))  # C1 the elder
    D.t("Genogram key\n\n")
    D.t("M   = mother, ").nm(mother).t(" (DoB ").dob(dm, c.ds()).t(")\n")
    D.t("F   = father, ").nm(father).t(", no contact since ").date(c.referral - 400 * DAY, c.ds()).t("\n")
    D.t("MGM = maternal grandmother, ").nm(gran, "titlefull").t("\n")
    D.t("C1  = ").k("Child A").t(", ").nm(c1, "forename").t(", born ").dob(d1, c.ds()).t("\n")
    D.t("C2  = ").k("Child B").t(", ").nm(c2, "forename").t(", born ").dob(d2, c.ds()).t("\n")
    D.t("--- separated    === married    X deceased\n\n")
    D.t("Summary\n\nC1 was ")
    aged(c, d1, c.incident)
    D.t(" when the concerns arose. M and the children lived with MGM in ").nm(gran, "surname").t("'s flat at ")
    addr(c)
    D.t(". F lived in another area.\n\n")
    learning(c)
    D.t("\n")
    rat17(c)
    return "LR", "child"


def L_B17_mixed_caps_headings_scr_child(c: Ctx):
    """Headings in capitals, Title Case and lower case, one of them naming the family in capitals."""
    D = c.d
    mother, father, (child,) = family(c, 1)
    dob = kids_dob(c)
    D.t(f"{marking(c)}\n\nSIGNIFICANT CASE REVIEW\n").k(c.committee("child")).t("\n\n")
    D.t("BACKGROUND TO THE REVIEW\n\nThe review was commissioned on ").date(c.commenced, c.ds()).t(" after ")
    D.nm(child, "forename").t(", ")
    aged(c, dob, c.incident)
    D.t(", was admitted to ").k(c.a["hosp"]).t(".\n\n")
    D.t("The Family Of ").nm(mother, "capsfull").t(" And ").nm(father, "capsfull").t("\n\n")
    D.nm(mother, "full").t(" and ").nm(father, "full").t(" separated before ").nm(child, "forename")
    D.t(" was born (d.o.b. ").dob(dob, c.ds()).t(").\n\n")
    D.t("key practice episodes\n\nEpisode 1: ").nm(father, "title").t(" was seen by the GP at the ")
    D.k(c.a["board"]).t(" practice on ").date(c.incident - 60 * DAY, c.ds()).t(".\n\n")
    D.t("FINDINGS AND LEARNING\n\n")
    learning(c)
    D.t("\nGovernance\n\n")
    rat17(c, "report")
    return "SCR", "child"


def L_B17_roles_names_in_brackets_icr_adult(c: Ctx):
    """Names in brackets after roles: 'the social worker (Name)', 'the GP (Dr Surname)'."""
    D = c.d
    head(c, "Initial Case Review (adult)", "adult")
    adult, daughter, sw, gp, co = c.person(False), c.person(True), c.pro(), c.pro(), c.pro(True)
    gp = Person(gp.forename, gp.surname, gp.female, "Dr")
    dob = c.dob_older()
    D.t("Subject: ")
    subj(c, "adult", adult, dob)
    D.t(" living at ")
    addr(c)
    D.t(".\n\nSummary of involvement\n\n")
    D.t("The adult's daughter (").nm(daughter, "full").t(") phoned ").k(c.a["council"]).t(" on ")
    D.date(c.referral, c.ds()).t(". The duty social worker (").nm(sw, "full").t(") visited the next day; the GP (")
    D.nm(gp, "title").t(") had seen him a week before. The council officer (").nm(co, "foreinit")
    D.t(") led the inquiry. A paramedic from the ").k("Scottish Ambulance Service").t(" (name not recorded) attended.\n\n")
    D.t("Key issues\n\n")
    learning(c)
    D.t("\nDate ICR convened: ").date(c.decision, c.ds()).t("\n")
    rat17(c)
    return "ICR", "adult"


def L_B17_particle_ap_mac_surnames_lr_adult(c: Ctx):
    """People with particle and hyphenated surnames, written full, with titles and in capitals."""
    D = c.d
    head(c, "Adult Support and Protection Learning Review", "adult")
    adult = c.particle_person(False, PARTICLES[3:7])                   # ap, bin
    carer = c.particle_person(True, PARTICLES[:3] + PARTICLES[9:10])    # de, von
    sw = c.particle_person(None, PARTICLES[10:])                       # Mac
    neighbour = c.particle_person(None, PARTICLES[7:9])                # van
    nurse = c.hyphenated(True)
    friend = c.person(True, double=True)
    dob = c.dob_older()
    D.t("The adult\n\n").nm(adult).t(", ")
    aged(c, dob, c.incident)
    D.t(", referred to as ").k("Adult B").t(", lived at ").q("care_home", c.home()).t(" until ")
    D.date(c.incident, c.ds()).t(".\n\nPeople involved\n\n")
    D.t("- ").nm(carer, "titlefull").t(", paid carer\n- ").nm(nurse).t(", charge nurse, ").k(c.a["board"]).t("\n")
    D.t("- ").nm(sw, "capsfull").t(", social worker\n- ").nm(friend).t(", a friend\n- ").nm(neighbour)
    D.t(", neighbour\n\n")
    D.t("What happened\n\n").nm(carer, "title").t(" raised concerns about bruising; ").nm(nurse, "title")
    D.t(" recorded them and told ").nm(sw, "title").t(". ").nm(adult, "title").t(" said he did not want a fuss. ").nm(friend, "forename")
    D.t(" visited every Sunday; ").nm(neighbour, "title").t(" saw little of him.\n\n")
    learning(c)
    D.t("\n")
    rat17(c)
    return "LR", "adult"


def L_B17_lowercase_address_in_sentence_lr_child(c: Ctx):
    """A lower-case address and postcode inside a sentence, and one written normally."""
    D = c.d
    head(c, "Learning Review", "child")
    mother, father, (child,) = family(c, 1, same=False)
    dob = kids_dob(c)
    D.t("The child, ").nm(child, "forename").t(" (").k("Child A").t("), ")
    aged(c, dob, c.incident)
    D.t(", lived with ").nm(mother).t(" at ")
    addr(c)
    D.t(" until the summer, when the family moved to ")
    addr(c, lower=True)
    D.t(" without telling the school (").q("school", primary(c)).t(").\n\n")
    D.t("The father, ").nm(father, "lower").t(" as the housing record spells him, kept the tenancy of the first "
                                              "address.\n\n")
    learning(c)
    D.t("\n")
    rat17(c)
    return "LR", "child"


def L_B17_dob_year_first_labels_icr_child(c: Ctx):
    """Dates of birth year first under several labels: 'date of birth: 2019-03-12', 'DoB 2019/03/12'."""
    D = c.d
    head(c, "ICR - core data", "child")
    mother, father, (child, sib) = family(c, 2)
    dc, ds_, dm, df = kids_dob(c), kids_dob(c), c.dob_parent(), c.dob_parent()
    D.t("Child: ").nm(child).t("\ndate of birth: ").dob(dc, "iso").t("\n")
    D.t("Sibling: ").nm(sib).t(", born on ").dob(ds_, "iso").t("\n")
    D.t("Mother: ").nm(mother).t(", DoB ").dob(dm, "ymdslash").t("\n")
    D.t("Father: ").nm(father).t(" - Date of Birth - ").dob(df, "iso").t("\n")
    D.t("Address: ")
    addr(c)
    D.t("\n\nGrounds for the review\n\n").nm(child, "forename").t(", ")
    aged(c, dc, c.incident)
    D.t(", was found alone at home by ").k("Police Scotland").t(" on ").date(c.incident, c.ds()).t(".\n\n")
    rat17(c)
    return "ICR", "child"


def L_B17_household_table_dob_month_names_scr_adult(c: Ctx):
    """A household table whose date-of-birth column has month names."""
    D = c.d
    head(c, "Significant Case Review", "adult")
    adult, son = c.person(False), c.person(False)
    dil = c.person(True, surname=son.surname)
    grand = c.person(surname=son.surname)
    rows = [(adult, "adult at risk", c.dob_older()), (son, "son", c.dob_parent()),
            (dil, "daughter-in-law", c.dob_parent()), (grand, "grandchild", c.dob_young(2004, 2010))]
    D.t("Household at the time of the incident\n\nName | Relationship | Date of birth | Lives with the adult\n")
    for p, rel, dob in rows:
        D.nm(p).t(f" | {rel} | ").dob(dob, c.rng.choice(("long", "usord", "ordcomma", "ordupper"))).t(" | yes\n")
    D.t("\nThe adult, ").nm(adult, "title").t(", ")
    aged(c, rows[0][2], c.incident)
    D.t(", lived at ")
    addr(c)
    D.t(". Financial harm by a relative was suspected from ").date(c.incident - 90 * DAY, c.ds()).t(".\n\n")
    learning(c)
    D.t("\n")
    rat17(c, "report")
    return "SCR", "adult"


def L_B17_identifiers_dashes_spaces_icr_adult(c: Ctx):
    """CHI, NHS and NI numbers with spaces and dashes; one labelled NHS number has a wrong check digit."""
    D = c.d
    head(c, "Initial Case Review", "adult")
    adult, wife = c.person(False), c.person(True)
    da, dw = c.dob_adult(), c.dob_adult()
    D.t("Identifiers (held by the review team only)\n\n").nm(adult).t("\n  CHI ").pii("chi", chi_sp(c, da, False))
    D.t("\n  NHS No: ").pii("nhs", nhs_dash(c)).t("\n  NI: ").pii("ni", ni_dash(c)).t("\n")
    D.nm(wife).t("\n  NHS number: ").pii("nhs", nhs_dash(c, valid=False)).t("\n  CHI: ").pii("chi", chi_sp(c, dw, True))
    D.t("\n\nThe adult, ")
    aged(c, da, c.incident)
    D.t(", and his wife lived at ")
    addr(c)
    D.t(". He was discharged from ").k(c.a["hosp"]).t(" on ").date(c.incident, c.ds()).t(" without a care package.\n\n")
    learning(c)
    D.t("\n")
    rat17(c)
    return "ICR", "adult"


def L_B17_cog_meetings_agreed_findings_lr_adult(c: Ctx):
    """The COG met three times; it 'agreed the findings' at one of them (the gold)."""
    D = c.d
    head(c, "Learning Review", "adult")
    adult, lead = c.person(True), c.pro()
    dob = c.dob_older()
    D.t("This review concerns ")
    subj(c, "adult", adult, dob)
    D.t(" who lived at ").q("care_home", c.home()).t(".\n\n")
    learning(c)
    early = wd(c.cpc - 35 * DAY)
    style = c.rs()
    D.t("\nGovernance\n\nThe Chief Officers Group considered the review at three meetings:\n")
    D.t("- on ").date(early, c.ds()).t(" the COG noted the interim findings and asked for the family's views;\n")
    D.t("- on ").ratified(c.cog, style).t(" the COG agreed the findings and the recommendations;\n")
    D.t("- on ").date(c.next_cog, c.ds()).t(" the COG reviewed the first progress report on the action plan.\n\n")
    D.t("Lead officer: ").nm(lead).t(", ").k(c.a["council"]).t("\n")
    return "LR", "adult"


def L_B17_trap_submitted_for_ratification_scr_child(c: Ctx):
    """Trap: the report was submitted to the COG for ratification; no ratification yet."""
    D = c.d
    head(c, "Significant Case Review - final report", "child")
    mother, father, (child,) = family(c, 1)
    dob = kids_dob(c)
    D.t("The review concerns ").nm(child, "full").t(", ")
    aged(c, dob, c.incident)
    D.t(", and the care given by ").nm(mother, "titlefull").t(" and ").nm(father, "titlefull").t(".\n\n")
    learning(c)
    D.t("\nStatus\n\nThe Child Protection Committee approved the report on ").date(c.cpc, c.ds())
    D.t(". It was submitted to the Chief Officers Group for ratification on ").date(c.sent, c.rs())
    D.t(". The Care Inspectorate will be notified within seven days of ratification.\n")
    return "SCR", "child"


def L_B17_trap_deferred_next_cog_lr_adult(c: Ctx):
    """Trap: ratification deferred to the next COG."""
    D = c.d
    head(c, "Learning Review", "adult")
    adult, lead = c.person(False), c.pro(True)
    dob = c.dob_adult()
    D.t("Review of the care of ")
    subj(c, "adult", adult, dob)
    D.t(" at ")
    addr(c)
    D.t(".\n\n")
    learning(c)
    D.t("\nSTATUS OF THIS REPORT\n\nThe report went to the Chief Officers Group on ").date(c.cog, c.ds())
    D.t(". Ratification deferred to the next COG (").date(c.next_cog, c.ds())
    D.t("), as the action plan was not yet costed.\n\nContact: ").nm(lead).t(", ").pii("phone", c.intl()).t("\n")
    return "LR", "adult"


def L_B17_trap_other_review_cog_icr_child(c: Ctx):
    """Trap: the COG ratified another review on the same agenda; this ICR was only noted."""
    D = c.d
    head(c, "Initial Case Review", "child")
    mother, father, (child,) = family(c, 1)
    dob = kids_dob(c)
    D.t("Child: ").nm(child).t(" (DOB ").dob(dob, c.ds()).t(")\nParents: ").nm(mother).t(", ").nm(father).t("\n\n")
    learning(c)
    D.t("\nRelated reviews\n\n")
    D.trap(f"At its meeting on {fmt(c.cog, c.rs())} the Chief Officers Group ratified the Learning Review about "
           "another family in the area")
    D.t(" (reference LR 2025/03). This ICR was on the same agenda for information only and has not been "
        "put to the COG for a decision.\n")
    return "ICR", "child"


def L_B17_trap_future_cog_date_scr_adult(c: Ctx):
    """Trap: a COG meeting still to come."""
    D = c.d
    head(c, "Significant Case Review (adult)", "adult")
    adult, sister = c.person(True), c.person(True)
    dob = c.dob_adult()
    D.t("Date of this report: ").date(c.sent, c.ds()).t("\n\nThe review concerns ")
    subj(c, "adult", adult, dob)
    D.t(" whose sister, ").nm(sister).t(", raised the first concern.\n\n")
    learning(c)
    D.t("\nNext steps\n\nThe Adult Protection Committee endorsed the report on ").date(c.cpc, c.ds())
    D.t(". The Chief Officers Group will consider it for ratification at its meeting on ").date(c.next_cog, c.rs())
    D.t(".\n")
    return "SCR", "adult"


def L_B17_cpc_newsletter_learning_column_other(c: Ctx):
    """A committee newsletter: a learning column, staff news with international phone numbers."""
    D = c.d
    chair, officer, trainer = c.pro(), c.pro(True), c.pro()
    D.t("PROTECTING PEOPLE NEWS - ").k(c.committee("child")).t("\nWinter edition\n\n")
    D.t("A word from our chair\n\n").nm(chair, "full").t(" thanks everyone who came to the practitioner forum on ")
    D.date(c.cpc - 20 * DAY, c.ds()).t(".\n\nLearning from reviews\n\nA learning review completed this year showed "
                                      "again how much depends on sharing information early. Our 7-minute briefing is "
                                      "on the website.\n\n")
    D.t("Staff news\n\nWe welcome ").nm(officer, "full").t(" as Lead Officer (").pii("phone", c.intl())
    D.t("). ").nm(trainer, "title").t(" runs the next course at ").k(c.a["council"]).t(" offices; book by e-mail to ")
    D.pii("email", c.mail(trainer)).t(".\n")
    return "OTHER", None


def L_B17_cog_agenda_papers_list_other(c: Ctx):
    """A COG agenda listing papers, one of them a review for ratification (a meeting to come)."""
    D = c.d
    chair, lead, clerk = c.pro(), c.pro(True), c.pro()
    D.t("CHIEF OFFICERS GROUP - PUBLIC PROTECTION\nAgenda\n\nDate: ").date(c.cog, "wdaylong").t(", 10:00\n")
    D.t("Chair: ").nm(chair, "titlefull").t("\n\n1. Apologies\n2. Minute of the previous meeting\n")
    D.t("3. Learning Review - final report, for ratification (paper 3; presented by ").nm(lead).t(", Lead Officer)\n")
    D.t("4. ").k("Police Scotland").t(" performance report\n5. Any other business\n\nPapers from ").nm(clerk, "init")
    D.t(", Committee Services, ").pii("email", c.mail(clerk, 1)).t("\n")
    return "OTHER", None


def L_B17_action_plan_owner_brackets_other(c: Ctx):
    """An improvement action plan whose owners are roles with the name in brackets."""
    D = c.d
    o1, o2, o3 = c.pro(), c.pro(True), c.pro()
    D.t("IMPROVEMENT ACTION PLAN - Learning Review (").k("Child A").t(")\n").k(c.committee("child")).t("\n\n")
    D.t("No | Action | Owner | By | Status\n")
    D.t("1 | Single chronology template for all agencies | Service Manager (").nm(o1).t(") | ")
    D.date(c.cog + 60 * DAY, c.ds()).t(" | on track\n")
    D.t("2 | Health visiting caseload review | Nurse Consultant, ").k(c.a["board"]).t(" (").nm(o2, "init").t(") | ")
    D.date(c.cog + 90 * DAY, c.ds()).t(" | not started\n")
    D.t("3 | Briefing for ").k("Police Scotland").t(" officers | DI (").nm(o3, "surname").t(") | ")
    D.date(c.cog + 45 * DAY, c.ds()).t(" | complete\n")
    return "OTHER", None


def L_B17_cover_letter_international_phones_other(c: Ctx):
    """A cover letter with telephone numbers in international form."""
    D = c.d
    officer = c.pro()
    D.k(c.a["council"]).t("\nPublic Protection Office\n\n")
    D.date(c.cog + 4 * DAY, c.ds()).t("\n\nStrategic Inspector\n").k("Care Inspectorate").t("\n\n")
    D.t("Dear Strategic Inspector\n\nLearning review report\n\nI enclose the anonymised report and the outcome "
        "notification. If anything is missing, please call me on ").pii("phone", c.intl()).t(" or on my mobile, ")
    D.pii("phone", c.intl()).t(".\n\nYours sincerely\n\n").nm(officer).t("\nLead Officer, Public Protection\n")
    return "OTHER", None


def L_B17_sir_timeline_table_other(c: Ctx):
    """An NHS Serious Incident Review with a timeline table naming staff."""
    D = c.d
    patient, n1, n2 = c.person(), c.pro(True), c.pro()
    dob = c.dob_adult()
    D.k(c.a["board"]).t("\nSERIOUS INCIDENT REVIEW (SIR)\n\nPatient: ").nm(patient, "sfcaps").t("   CHI: ")
    D.pii("chi", B7.chi(c.rng, dob, patient.female)).t("\nWard 4, ").k(c.a["hosp"]).t("\n\n")
    D.t("Time | Event | Staff\n")
    D.t("21:40 | Patient found on the floor | Staff Nurse ").nm(n1, "surname").t("\n")
    D.t("21:55 | Doctor called | ").nm(n2, "init").t("\n")
    D.t("23:10 | Family informed | Staff Nurse ").nm(n1, "surname").t("\n\nIncident date: ").date(c.incident, c.ds())
    D.t("\nRoot cause: falls care plan not updated after transfer.\n")
    return "OTHER", None


def L_B17_panel_minutes_roles_brackets_other(c: Ctx):
    """A review panel's minute: 'Present: Chair (Name), Police Scotland (DS Surname)'."""
    D = c.d
    chair, rev, ds_, nurse, ed = c.pro(), c.pro(True), c.pro(), c.pro(True), c.pro()
    D.t("Learning Review Panel - note of meeting held on ").date(c.commenced + 30 * DAY, c.ds()).t("\n\n")
    D.t("Present: Chair (").nm(chair).t("), Lead Reviewer (").nm(rev).t("), ").k("Police Scotland").t(" (DS ")
    D.nm(ds_, "surname").t("), ").k(c.a["board"]).t(" (").nm(nurse, "init").t("), Education (").nm(ed, "titleinit").t(")\n")
    D.t("Apologies: none\n\n1. Terms of reference agreed.\n2. Chronology: agencies to return by ")
    D.date(c.commenced + 50 * DAY, c.ds()).t(".\n3. Family involvement: the Lead Reviewer will write to the family.\n\n")
    D.t("Next meeting: ").date(c.commenced + 70 * DAY, c.ds()).t("\n")
    return "OTHER", None


def L_B17_decision_yes_no_grid_adult(c: Ctx):
    """A decision notification as a Yes/No grid, the adult by initials."""
    D = c.d
    adult, officer = c.person(), c.pro()
    dob = c.dob_adult()
    D.t("LEARNING REVIEW DECISION NOTIFICATION\n\nCommittee: ").k(c.committee("adult")).t("\n")
    D.t("Adult (initials): ").nm(adult, "initials").t("\nAge: ")
    aged(c, dob, c.incident)
    D.t("\nDate of referral: ").date(c.referral, c.ds()).t("\nDate of decision: ").date(c.decision, c.ds()).t("\n\n")
    D.t("Decision                     | Yes | No\nProceed to a Learning Review | X   |\nAlternative approach         |     | X\n\n")
    D.t("Reasons: the adult was seriously harmed and agencies could have worked together better.\n")
    D.t("The decision will be reported to the Chief Officers Group at its next meeting.\n\nCompleted by: ").nm(officer)
    D.t(", ").pii("email", c.mail(officer)).t("\n")
    return "LR-DECISION", "adult"


def L_B17_decision_not_proceed_reply_quoted_child(c: Ctx):
    """A decision not to proceed given in an e-mail reply over the quoted question."""
    D = c.d
    officer, inspector = c.pro(True), c.pro()
    child = c.person()
    dob = kids_dob(c)
    D.t("Hi ").nm(inspector, "forename").t(",\n\nTo confirm: the ").k(c.committee("child"))
    D.t(" decided on ").date(c.decision, c.ds()).t(" not to proceed to a Learning Review for ").nm(child, "initials")
    D.t(" (").k("Child A").t(", ")
    aged(c, dob, c.incident)
    D.t("). Reasons: the criteria were not met; the single-agency review by ").k(c.a["board"])
    D.t(" covers the learning.\n\nRegards\n").nm(officer).t("\n").pii("phone", c.intl()).t("\n\n")
    D.t("> From: ").nm(inspector).t(" <").pii("email", c.mail(inspector, 0, "careinspectorate.gov.scot")).t(">\n")
    D.t("> Sent: ").date(c.decision + 5 * DAY, c.ds()).t("\n> Could you confirm whether the committee will proceed "
                                                          "to a learning review?\n")
    return "LR-DECISION", "child"


def L_B17_outcome_numbered_questions_child(c: Ctx):
    """An outcome notification as numbered questions; Q5 is the date sent, Q6 the ratification."""
    D = c.d
    child, officer = c.person(), c.pro()
    dob = kids_dob(c)
    D.t("Learning Review outcome notification\n\nQ1 Name of committee: ").k(c.committee("child")).t("\n")
    D.t("Q2 Child (initials): ").nm(child, "initials").t("\nQ3 Age of the child at the time: ")
    aged(c, dob, c.incident)
    D.t("\nQ4 Date the review commenced: ").date(c.commenced, c.ds()).t("\n")
    D.t("Q5 Date the report was sent to the Chief Officers Group: ").date(c.sent, c.ds()).t("\n")
    D.t("Q6 Date the COG ratified the outcome: ").ratified(c.cog, c.rs()).t("\n")
    D.t("Q7 Key learning: information sharing between health and education.\n")
    D.t("Q8 Completed by: ").nm(officer).t(", ").pii("email", c.mail(officer, 1)).t("\n")
    return "LR-OUTCOME", "child"


def L_B17_outcome_reply_over_quoted_plan_adult(c: Ctx):
    """An outcome e-mail over a quoted earlier message that only planned the submission."""
    D = c.d
    officer, inspector = c.pro(True), c.pro()
    adult = c.person()
    D.t("Dear ").nm(inspector, "forename").t(",\n\nFurther to my message below: ")
    style = c.rs()
    D.t("the Chief Officers Group ratified the learning review at its meeting on ").ratified(c.cog, style)
    D.t(". The anonymised report about ").nm(adult, "initials").t(" (").k("Adult B").t(") is attached.\n\n")
    D.t("Best wishes\n").nm(officer).t("\n").k(c.committee("adult")).t("\n\n")
    D.t("> On ").date(c.cpc + DAY, c.ds()).t(", ").nm(officer, "full").t(" wrote:\n")
    D.t("> The Adult Protection Committee approved the report on ").date(c.cpc, c.ds())
    D.t(". It will now be\n> submitted to the Chief Officers Group for ratification.\n")
    return "LR-OUTCOME", "adult"


def L_B17_milestones_pipe_table_lr_adult(c: Ctx):
    """A milestones table; only the 'Ratified by COG' row is the ratification."""
    D = c.d
    head(c, "Learning Review", "adult")
    adult = c.person(True)
    dob = c.dob_older()
    D.t("This review concerns ")
    subj(c, "adult", adult, dob)
    D.t(" who lived at ")
    addr(c)
    D.t(".\n\n| Milestone | Date |\n|---|---|\n")
    D.t("| Referral received | ").date(c.referral, c.ds()).t(" |\n| Learning review commenced | ")
    D.date(c.commenced, c.ds()).t(" |\n| Draft report to the APC | ").date(c.cpc - 14 * DAY, c.ds())
    D.t(" |\n| APC endorsed | ").date(c.cpc, c.ds()).t(" |\n| Submitted to COG for ratification | ")
    D.date(c.sent, c.ds()).t(" |\n| Ratified by COG | ").ratified(c.cog, c.rs()).t(" |\n")
    D.t("| Outcome notified to the Care Inspectorate | ").date(c.cog + 5 * DAY, c.ds()).t(" |\n\n")
    learning(c)
    return "LR", "adult"


def L_B17_version_history_table_lr_child(c: Ctx):
    """A document-control table: drafts, the version sent to the COG, the version it ratified."""
    D = c.d
    a1, a2 = c.pro(), c.pro(True)
    child = c.person()
    dob = kids_dob(c)
    D.t(f"{marking(c)}\n").k(c.committee("child")).t("\nLearning Review - final report\n\nDocument control\n")
    D.t("Version | Date | Author | Change\n")
    D.t("0.1 | ").date(c.commenced + 40 * DAY, c.ds()).t(" | ").nm(a1).t(" | first draft\n")
    D.t("0.2 | ").date(c.cpc - 10 * DAY, c.ds()).t(" | ").nm(a2).t(" | comments from agencies\n")
    D.t("0.3 | ").date(c.sent, c.ds()).t(" | ").nm(a1, "init").t(" | submitted to the COG\n")
    D.t("1.0 | ").ratified(c.cog, c.rs()).t(" | ").nm(a1, "init").t(" | ratified by the COG\n\n")
    D.t("1. Introduction\n\nThe review concerns ").nm(child, "forename").t(" (").k("Child A").t("), ")
    aged(c, dob, c.incident)
    D.t(", who attended ").q("school", c.school()).t(".\n\n")
    learning(c)
    return "LR", "child"


def L_B17_symbol_font_bullets_icr_child(c: Ctx):
    """Word symbol-font bullets pasted as text ('Ø', '§', a private-use glyph) before names."""
    D = c.d
    head(c, "Initial Case Review", "child")
    mother, father, (child,) = family(c, 1, same=False)
    hv, sw = c.pro(True), c.pro()
    dob = kids_dob(c)
    D.t("Family\n\uf0b7\tChild: ").nm(child).t(", DOB ").dob(dob, c.ds()).t("\n\uf0b7\tMother: ").nm(mother)
    D.t("\n\uf0b7\tFather: ").nm(father).t("\n\nAgencies involved\nØ\t").k(c.a["board"]).t(" - health visitor ")
    D.nm(hv, "full").t("\nØ\t").k(c.a["council"]).t(" - social worker ").nm(sw, "full").t("\nØ\t")
    D.k("Police Scotland").t("\n\nKey issues\n§\tThe home address, ")
    addr(c)
    D.t(", was not known to the school.\n§\t")
    learning(c)
    D.t("\n")
    rat17(c)
    return "ICR", "child"


def L_B17_markdown_export_scr_child(c: Ctx):
    """A report exported from a web form as Markdown: '#' headings, '**' labels, '- [x]' lists."""
    D = c.d
    mother, father, (child,) = family(c, 1)
    sw = c.pro()
    dob = kids_dob(c)
    D.t("# Significant Case Review\n\n**Committee:** ").k(c.committee("child")).t("  \n**Child:** ").nm(child)
    D.t(" (DOB: ").dob(dob, c.ds()).t(")  \n**Mother:** ").nm(mother).t("  \n**Father:** ").nm(father).t("\n\n")
    D.t("## Background\n\n").nm(child, "forename").t(" was ")
    aged(c, dob, c.incident)
    D.t(" and lived at ")
    addr(c)
    D.t(". The allocated worker was **").nm(sw).t("**.\n\n## Learning\n\n- [x] ")
    learning(c)
    D.t("- [ ] Actions agreed\n\n## Governance\n\n")
    rat17(c, "report")
    return "SCR", "child"


def L_B17_outcome_json_export_adult(c: Ctx):
    """An outcome notification exported from an e-form as JSON with readable keys."""
    D = c.d
    adult, officer = c.person(), c.pro()
    dob = c.dob_adult()
    D.t('{\n  "form": "Learning Review outcome notification",\n  "committee": "').k(c.committee("adult"))
    D.t('",\n  "adult_initials": "').nm(adult, "initials").t('",\n  "age": "')
    aged(c, dob, c.incident)
    D.t('",\n  "review_commenced": "').date(c.commenced, "iso").t('",\n  "Date outcome ratified by COG": "')
    D.ratified(c.cog, "iso").t('",\n  "lead_officer": {\n    "name": "').nm(officer).t('",\n    "email": "')
    D.pii("email", c.mail(officer)).t('",\n    "phone": "').pii("phone", c.intl()).t('"\n  }\n}\n')
    return "LR-OUTCOME", "adult"


def L_B17_cog_chair_signature_ratified_icr_adult(c: Ctx):
    """The ratification stated, then the COG chair's signature block with the same date."""
    D = c.d
    head(c, "Initial Case Review", "adult")
    adult, chair = c.person(True), c.pro()
    dob = c.dob_adult()
    D.t("The review concerns ")
    subj(c, "adult", adult, dob)
    D.t(" who lived at ")
    addr(c)
    D.t(".\n\n")
    learning(c)
    style = c.rs()
    D.t("\nRatification\n\nThis report was ratified by the Chief Officers Group on ").ratified(c.cog, style)
    D.t(".\n\nSigned: ").nm(chair).t("\nChair, Chief Officers Group\nDate: ").date(c.cog, style).t("\n")
    return "ICR", "adult"


def L_B17_case_file_audit_summary_other(c: Ctx):
    """A multi-agency case file audit summary (not a review)."""
    D = c.d
    a1, a2, a3 = c.pro(), c.pro(True), c.pro()
    child = c.person()
    dob = kids_dob(c)
    D.t("Multi-agency case file audit - summary\n").k(c.committee("child")).t("\n\nAuditors: ").nm(a1)
    D.t(" (social work), ").nm(a2).t(" (health), ").nm(a3, "init").t(" (education)\nCases audited: 12\n\n")
    D.t("Case 4: ").nm(child, "initials").t(", DOB ").dob(dob, c.ds()).t(" - chronology incomplete; no "
                                                                        "record of the child's views.\n\n")
    D.t("Overall: 8 of 12 cases rated good or better. Report to the committee on ").date(c.cpc, c.ds()).t(".\n")
    return "OTHER", None


def L_B17_dob_after_name_iso_brackets_scr_adult(c: Ctx):
    """Dates of birth in brackets straight after names, no word before them."""
    D = c.d
    head(c, "Significant Case Review", "adult")
    adult, brother, neighbour = c.person(False), c.person(False), c.person(True)
    da, db = c.dob_older(), c.dob_older()
    D.t("People\n\n").nm(adult).t(" (").dob(da, "iso").t("), the adult\n").nm(brother).t(" (")
    D.dob(db, c.rng.choice(("dotlong", "slash", "iso"))).t("), his brother\n").nm(neighbour)
    D.t(", neighbour\n\nThe facts\n\n").nm(adult, "forename").t(", ")
    aged(c, da, c.incident)
    D.t(", lived at ")
    addr(c)
    D.t(". ").nm(neighbour, "title").t(" called ").k("Police Scotland").t(" on ").date(c.incident, c.ds()).t(".\n\n")
    learning(c)
    D.t("\n")
    rat17(c, "report")
    return "SCR", "adult"


def L_B17_trap_cpc_agreed_findings_icr_adult(c: Ctx):
    """Trap: the committee (not the COG) agreed the findings; the COG meeting is still to come."""
    D = c.d
    head(c, "Initial Case Review", "adult")
    adult, sw = c.person(), c.pro()
    dob = c.dob_adult()
    D.t("The review concerns ")
    subj(c, "adult", adult, dob)
    D.t(" supported by ").nm(sw, "title").t(", social worker.\n\n")
    learning(c)
    D.t("\nDecision of the committee\n\nThe Adult Protection Committee agreed the findings on ").date(c.cpc, c.rs())
    D.t(". The report goes to the Chief Officers Group for ratification on ").date(c.cog, c.ds()).t(".\n")
    return "ICR", "adult"


LAYOUTS = [v for k, v in list(globals().items()) if k.startswith("L_B17_")]
TRAPS = {"B17_trap_submitted_for_ratification_scr_child", "B17_trap_deferred_next_cog_lr_adult",
         "B17_trap_other_review_cog_icr_child", "B17_trap_future_cog_date_scr_adult",
         "B17_trap_cpc_agreed_findings_icr_adult", "B17_decision_yes_no_grid_adult",
         "B17_decision_not_proceed_reply_quoted_child"}
DATED_OTHER: set[str] = set()

check = B15.check

SET = blind_eval.BlindSet(
    key="blind17", prefix="B17", seed=SEED, n=DEFAULT_N, layouts=LAYOUTS, ctx=Ctx, check=check,
    names=(FEMALE, MALE, SURNAMES, PARTICLES, tuple(PARTICLE_FORENAME.values()), STREETS, TOWNS),
    places=CARE_HOMES + SCHOOLS, generic=frozenset(GENERIC),
    earlier=(B7.SET, B8.SET, B9.SET, B10.SET, B11.SET, B12.SET, B13.SET, B14.SET, B15.SET, B16.SET), subjects=True)
generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words, SET.pool_overlaps


if __name__ == "__main__":
    sys.exit(SET.main())
