#!/usr/bin/env python3
"""Blind evaluation set 14: fictional committee documents in layouts no earlier generator made.

Written without reading the redaction rules, the analysis code or any generator's layout templates
(the ``L_*`` bodies of sets 3 to 13); only the brief, issue 10, ../shared/DOMAIN.md and THREATS.md,
the shared harness (``blind_eval.py``), ``eval_blind13.py`` (docstring), the names of earlier layouts
(``grep -h "^def L_"``), the ``SETS``/``OTHER_LAYOUTS`` rows and set 13's tests of
``tests/test_blind_sets.py``, and the non-template parts of ``blind13_reports.py`` to
``blind7_reports.py`` and ``blind5_reports.py`` (``Doc``, ``Person``, ``Ctx``, ``Place``, date
wordings and their reader, identifiers, sign-off and phrase helpers, the gold checks,
``ratification_claims``) were read.  Those are imported, not copied.

Why a module of its own: set 13 is tuned on in round 15; this set measures that round on reports
nobody here has seen.  Its shapes are new: an Adult Support and Protection learning review by a
Public Protection Committee, an outcome notification as a Word form with tick boxes, an SCR
decision letter to the Care Inspectorate, chronology tables whose date-of-birth column is headed
"Born", "Date of Birth (dd/mm/yyyy)" or "b.", a genogram key in words ("(b. 2019-04-03)"),
case-conference minutes with initials in brackets, a chat export, possessive and ALL-CAPS headings
with names, addresses in lower case and flat notation ("Flat 0/2"), rural addresses with no street
number, agendas, action plans, cover letters, a Serious Incident Review, a safeguarding referral
form, a GP practice summary, a court report extract, a risk assessment matrix, a data-protection
request and more; traps with no ratification: "COG to consider on ...", "ratification deferred to
the next COG", "the COG declined to ratify", terms of reference signed off by the COG (not the
outcome), a previous review ratified on a date (not this one).  This set's own date wordings
(``NEW_STYLES``: "1st of March, 2026", "01-Mar-26", "Mar. 1st, 2026", "01-MAR-2026", "Sunday the
1st of March 2026"), read back by set 7's reader.

Pools: Quechua, Amharic/Tigrinya, Estonian and Malagasy names; Isle of Mull places for streets;
Uist, Barra, Harris and Lewis villages for towns; cloud kinds for care homes; Tiree and Coll places
for schools; none in ../shared/corpus or another generator (``pool_overlaps`` checks, sets 7 to 13
included; hits dropped without being looked at).  Public bodies are real and keep gold; schools and
care homes quasi; ages and pseudonyms ("Child A", "Adult B") keep.

Gold per document as sets 10 to 13 (``pii``, ``keep``, ``quasi``, ``doc_type``, ``subject``,
``ratification_date``); types follow issue 10 (agendas, action plans, cover letters, minutes,
Serious Incident Reviews, referral forms: OTHER with subject None; an OTHER paper stating the COG's
ratification keeps the date, ``DATED_OTHER``).  Fixed seed ``SEED``; ``DEFAULT_N`` documents, the
layouts in turn; ``generate`` raises SystemExit listing every gold error.

Gold review (2026-12-07, by helper gold14, without running the engine; all 105 generated documents,
three per layout, read with their gold against issue 10's kinds, subject and ratification rules).  No
change: no gold error found, so the one run in ``eval_blind14``'s docstring stands as written.
Checked besides reading: every pool word, postcode, e-mail, long digit run and two-capital word of
every text lies inside a gold span or is no personal data (GP, LR, TO, OF, the Care Inspectorate's
mailbox); every ``pii`` and ``keep`` item occurs in its text; no ``pii`` item is a public body, role,
age or pseudonym; initials are case-sensitive (``word_collision``); CHI and the identifier form's NHS
numbers pass the check digit, the GP summary's labelled NHS numbers do not (gold, as issue 10 says).
Checked and kept:
- types and subjects: every ICR/SCR/LR/notification and its child/adult; minutes, chat, referral form,
  agenda, action plan, cover letter, Serious Incident Review, GP summary, court report and subject
  access request OTHER with None.
- ratification: ticked box, "approved"/"endorsed" by the COG, "Chief Officers ratified" and the
  register's "Outcome ratified by COG" rows are gold; review commenced, CPC/APC approval, "sent to"
  the COG, a future or agenda meeting, deferral, "declined to ratify", terms of reference signed off,
  an earlier review's ratification and every decision date are not.  The cover letter and the COG
  minute are OTHER keeping the date (``DATED_OTHER``), as set 13's minute extract.
- ``scr_decision_letter_to_inspectorate_adult``: LR-DECISION, subject adult, no date (set 13's gold
  review read the same kind: the kind is the notification, not the review's name).
- ``particles_double_barrel_scr_child``: has no "de la"/"van der" particles (hyphenated forenames,
  some double-barrelled surnames); the name is only a name, left as it is.
Open questions (kept as written):
- ``trap_tor_signed_off_lr_child``: "Learning Review: interim report" kept LR (the review's own
  report, unfinished); a reader who takes only final reports as LR would call it OTHER (no date
  either way).
- ``register_dash2pad_outcome_adult``: its name says register, but the text is a notification from the
  committee to the Care Inspectorate ("From:", "To:", "Report attached"), so LR-OUTCOME is kept, unlike
  set 13's register line (OTHER).
- ``asp_learning_review_ppc_adult``: name and docstring say a Public Protection Committee, but the
  heading is the area's adult committee (a Public Protection Committee only for Shetland); text and
  gold agree, the name only overstates.
- ``icr_child_identifiers_form``: a National Insurance number for a child under 16 is unlikely in real
  forms; the text is left and the number stays gold.
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
from blind5_reports import Person  # noqa: E402
import blind_eval  # noqa: E402

SEED = 20261270
DEFAULT_N = 105

# ---------------------------------------------------------------- pools (checked: see pool_overlaps)

FEMALE = ("Killa Sisa Urpi Kusi Nayra Qori Meron Selamawit Hiwot Piret Fanja Voahangy Hanta Miora Lalao Tiana "
          "Mekdes Tsion Kairi Liisi Illari Chaska").split()
MALE = ("Amaru Wayra Yupanki Tesfaye Yonas Priit Dritan Rivo Tahina Hery Inti Sayri Mahery Fetra Naina Abebe "
        "Girma Raivo Lauri Tupaq Ayar").split()
SURNAMES = ("Mamani Quispe Condori Huaman Tadesse Woldemariam Kuusk Ilves Rebane Saarsalu Rakotomalala "
            "Randrianarisoa Andriamanana Ramanantsoa Ravelojaona Razafindrakoto Alemayehu Wondimu Kebede Sepp "
            "Lepik Apaza Huarachi Ticona").split()
NICKNAMES = ("Selu", "Tesfa", "Maku", "Fanji", "Mekdi", "Qhawa")
STREETS = ("Dervaig Fionnphort Bunessan Lochbuie Gruline Penmore Kilninian Torloisk Pennyghael Tiroran Ardtun "
           "Uisken Carsaig").split()
STREET_KINDS = B8.STREET_KINDS
TOWNS = {
    "Lochboisdale": "HS8", "Daliburgh": "HS8", "Lochmaddy": "HS6", "Sollas": "HS6", "Castlebay": "HS9",
    "Carloway": "HS2", "Balallan": "HS2",
}
CARE_HOMES = [f"{w} {k}" for w, k in zip("Cirrus Stratus Nimbus Cumulus Altostratus Cirrocumulus Nimbostratus "
                                          "Altocumulus".split(),
                                          ("House", "Care Home", "Court", "Nursing Home", "Care Centre", "House",
                                           "Residential Home", "Care Home"))]
SCHOOLS = [f"{w} {k}" for w, k in zip("Scarinish Balemartine Hynish Balephuil Cornaigmore Arinagour Sorisdale "
                                       "Totronald".split(),
                                       ("Primary School", "Primary School", "Early Learning Centre", "Nursery",
                                        "High School", "Primary School", "Academy", "Primary School"))]
GENERIC = B11.GENERIC
AREAS = B8.AREAS

# ---------------------------------------------------------------- dates: this set's wordings

read_dates = B7.read_dates
MONTHS = B5.MONTHS


def fmt(d: dt.date, style: str) -> str:
    """A date in one of this set's wordings (``NEW_STYLES`` are the ones no earlier set wrote)."""
    m, o = MONTHS[d.month - 1], B5.ordinal(d.day)
    own = {
        "ordofcomma": f"{o} of {m}, {d.year}",
        "dash2pad": f"{d.day:02d}-{m[:3]}-{d.year % 100:02d}",
        "usordabbr": f"{m[:3]}. {o}, {d.year}",
        "upperdash": f"{d.day:02d}-{m[:3].upper()}-{d.year}",
        "wdayordof": f"{d:%A} the {o} of {m} {d.year}",
    }
    return own[style] if style in own else B12.fmt(d, style)


NEW_STYLES = ("ordofcomma", "dash2pad", "usordabbr", "upperdash", "wdayordof")
STYLES = NEW_STYLES + B12.INLINE
INLINE = STYLES

_SRC_UPPER = None


def bad_initials() -> set[str]:
    """Upper-case 2-3 letter words this module writes as text: initials equal to one would collide."""
    global _SRC_UPPER
    if _SRC_UPPER is None:
        src = Path(__file__).read_text(encoding="utf-8")
        _SRC_UPPER = (set(re.findall(r"\b[A-Z]{2,3}\b", src)) | {o[:2] for o in TOWNS.values()}
                      | B13.bad_initials() | {"HS", "AT", "AN", "OF", "ON", "OR", "IT", "IS", "BY", "BE", "DO"})
    return _SRC_UPPER


FORMS = {  # this set's own person forms: kind -> (writer, gold part)
    "possessivecaps": (lambda p: f"{p.forename} {p.surname}".upper(), "full"),  # followed by "'S"
    "surinit": (lambda p: f"{p.surname} {p.forename[0]}", "init"),              # register "Quispe K"
}


class Doc14(B13.Doc13):
    """Set 13's document with this set's date wordings and two more person forms."""
    FORMS = {**B13.Doc13.FORMS, **FORMS}
    fmt = staticmethod(fmt)


class Ctx(B13.Ctx):
    """Set 13's context (set 9's timeline, areas, identifiers) with this set's document and pools."""
    FEMALE, MALE, SURNAMES, NICKNAMES = FEMALE, MALE, SURNAMES, NICKNAMES
    STREETS, TOWNS, STREET_KINDS = STREETS, TOWNS, STREET_KINDS
    SCHOOLS, CARE_HOMES = SCHOOLS, CARE_HOMES
    NEW_STYLES, STYLES = NEW_STYLES, STYLES
    document = Doc14
    bad_initials = staticmethod(bad_initials)

    def rs(self) -> str:
        """A ratification wording: mostly this set's new ones."""
        return self.rng.choice(NEW_STYLES if self.rng.random() < 0.75 else B12.INLINE)

    def ds(self) -> str:
        return self.rng.choice(INLINE)


age = B7.age
HEALTH, SOCIAL = B8.HEALTH, B8.SOCIAL
sign, marking, family = B8.sign, B8.marking, B8.family
aged, head, sig = B10.aged, B10.head, B10.sig
dob_phrase, cpc_line = B9.dob_phrase, B9.cpc_line
cog_said, sent_line, ids = B11.cog_said, B11.sent_line, B11.ids
cog_ratified = B10.cog_ratified
role = B12.role
DAY = dt.timedelta(days=1)


def rural(c: Ctx, lower: bool = False) -> None:
    """A rural address with no street number: a house name, a village, a postcode."""
    pl = c.place()
    house = c.rng.choice(("Tigh na Mara", "The Old Schoolhouse", "Croft 4", "Shore Cottage", "Mill House"))
    a = f"{house}, {pl.street.split()[-2]}, {pl.town}"
    pc = pl.postcode
    if lower:
        a, pc = a.lower(), pc.lower()
    c.d.pii("address", a).t(" ").pii("postcode", pc)


def flat_addr(c: Ctx, lower: bool = False) -> None:
    """A tenement flat in Glasgow notation: 'Flat 0/2, 14 ...'."""
    pl = c.place()
    num = pl.street.split()[-3] if pl.street.split()[-3].isdigit() else str(c.rng.randrange(2, 90))
    a = f"Flat {c.rng.randrange(0, 4)}/{c.rng.randrange(1, 3)}, {num} {' '.join(pl.street.split()[-2:])}, {pl.town}"
    pc = pl.postcode
    if lower:
        a, pc = a.lower(), pc.lower()
    c.d.pii("address", a).t(" ").pii("postcode", pc)


def rat_box(c: Ctx) -> None:
    """A ticked box of a Word form: the outcome ratified by the COG."""
    c.d.t("[x] Ratified by COG on ").ratified(c.cog, c.rs()).t("\n")


def rat_plain(c: Ctx, kind: str = "review") -> None:
    c.rng.choice((cog_said, cog_ratified, B9.ratified_sentence, lambda c, kind=kind: rat_box(c)))(c, kind)


def subj(c: Ctx, subject: str, p: Person, dob: dt.date, kind: str = "full") -> None:
    """The subject stated in the text: a child's age, or 'adult at risk of harm'."""
    D = c.d
    D.t("the child, " if subject == "child" else "an adult at risk of harm, ").nm(p, kind).t(", ")
    aged(c, dob, c.incident)
    D.t(",")


def dob_of(c: Ctx, subject: str) -> dt.date:
    return c.dob_young(2011, 2021) if subject == "child" else c.dob_adult()


# ---------------------------------------------------------------- layouts (each returns doc_type, subject)

def L_B14_asp_learning_review_ppc_adult(c: Ctx):
    """An ASP learning review by a Public Protection Committee: possessive caps heading, rural address."""
    D = c.d
    a = c.person()
    dob = c.dob_older()
    son = c.person(False, surname=a.surname)
    D.t(f"{marking(c)}\n").k(c.a["apc"]).t("\nADULT SUPPORT AND PROTECTION LEARNING REVIEW\n")
    D.nm(a, "possessivecaps").t("'S REVIEW - SUMMARY\n\n")
    D.t("This learning review concerns ").nm(a, "full").t(", ")
    aged(c, dob, c.incident)
    D.t(", an adult at risk of harm living at ")
    rural(c)
    D.t(f". {'Her' if a.female else 'His'} son ").nm(son, "forename").t(" visited weekly. The review was commenced on ").date(c.commenced, c.ds())
    D.t(" and the ").k("Care Inspectorate").t(" was told of the decision to proceed.\n\n")
    D.t("Agencies: ").k(c.a["council"]).t(", ").k(c.a["board"]).t(", ").k("Police Scotland").t(".\n")
    D.nm(a, "title").t(" had been seen at ").k(c.a["hosp"]).t(" three times.\n\n")
    rat_plain(c)
    D.t("\nReport author: ")
    sig(c)
    return "LR", "adult"


def L_B14_outcome_word_form_tickboxes_child(c: Ctx):
    """An LR outcome notification as a Word form: tick boxes and fill-in fields."""
    D = c.d
    ch = c.person()
    dob = c.dob_young()
    D.t("LEARNING REVIEW OUTCOME NOTIFICATION FORM\nTo: ").k("Care Inspectorate").t("\n")
    D.t("Committee: ").k(c.committee("child")).t("\n")
    D.t("Subject of review: [x] Child / young person   [ ] Adult\n")
    D.t("Name of child: ").nm(ch, "full").t("\nDate of Birth (dd/mm/yyyy): ").dob(dob, "slash").t("\n")
    D.t("Age at time of incident: ")
    aged(c, dob, c.incident)
    D.t("\nDecision to proceed notified on: ").date(c.decision, c.ds()).t("\n")
    D.t("Outcome:\n")
    rat_box(c)
    D.t("[ ] Returned to the CPC for further work\n[ ] Not yet considered\n")
    D.t("Key learning: information sharing between ").k(c.a["board"]).t(" and ").k(c.a["council"]).t(".\n")
    D.t("Completed by: ")
    sig(c)
    return "LR-OUTCOME", "child"


def L_B14_scr_decision_letter_to_inspectorate_adult(c: Ctx):
    """An SCR decision letter to the Care Inspectorate: proceed, with reasons; no ratification yet."""
    D = c.d
    a = c.person()
    dob = c.dob_adult()
    D.k(c.a["council"]).t("\n\n").date(c.decision + DAY, c.ds()).t("\n\nStrategic Inspector\n").k("Care Inspectorate")
    D.t("\n\nDear Colleague\n\nNotification of decision: Significant Case Review (adult)\n\n")
    D.t("The ").k(c.committee("adult")).t(" met on ").date(c.decision, c.ds())
    D.t(" and decided to proceed with a Significant Case Review concerning ").nm(a, "titlefull").t(", ")
    aged(c, dob, c.incident)
    D.t(", an adult at risk. Reasons: the adult died and agencies may have worked together more effectively.\n")
    D.t("The review will report to the Chief Officers Group in due course.\n\nYours sincerely\n\n")
    sig(c)
    return "LR-DECISION", "adult"


def L_B14_chronology_born_column_icr_child(c: Ctx):
    """An ICR with a chronology and a household table whose DOB column is headed 'Born'."""
    D = c.d
    m, f, (ch, sib) = family(c, 2)
    dob1, dob2 = c.dob_young(2016, 2021), c.dob_young(2011, 2015)
    D.t("INITIAL CASE REVIEW\n").k(c.committee("child")).t("\n\nHousehold\nName | Relationship | Born\n")
    D.nm(ch, "full").t(" | subject | ").dob(dob1, c.ds()).t("\n")
    D.nm(sib, "full").t(" | sibling | ").dob(dob2, c.ds()).t("\n")
    D.nm(m, "full").t(" | mother | ").dob(c.dob_parent(), c.ds()).t("\n")
    D.nm(f, "full").t(" | father | not known\n\n")
    D.t("The review concerns ")
    subj(c, "child", ch, dob1, "forename")
    D.t(" who attended ").q("school", c.school()).t(".\n\nChronology\n")
    D.date(c.incident, c.ds()).t(" - ").nm(m, "title").t(" called ").k("Police Scotland").t(".\n")
    D.date(c.referral, c.ds()).t(" - referral to ").k(c.a["council"]).t(".\n")
    D.t("The ").nm(m, "surname").t(" household moved twice in the year before the referral.\n\n")
    rat_plain(c)
    return "ICR", "child"


def L_B14_genogram_key_in_words_lr_child(c: Ctx):
    """A genogram key written in words, births as '(b. 2019-04-03)'."""
    D = c.d
    m, f, (ch, sib) = family(c, 2, same=False)
    gm = c.person(True)
    dob1 = c.dob_young(2015, 2021)
    D.t("Learning Review - ").k(c.committee("child")).t("\n\nGenogram key (in words)\n")
    D.t("Circle, shaded: ").nm(ch, "forename").t(" (b. ").dob(dob1, "iso").t("), the child at the centre of this review.\n")
    D.t("Circle: ").nm(sib, "forename").t(" (b. ").dob(c.dob_young(2009, 2014), "iso").t("), half-sibling.\n")
    D.t("Circle joined by a broken line: ").nm(m, "full").t(" (b. ").dob(c.dob_parent(), "iso").t("), mother.\n")
    D.t("Square, line struck through: ").nm(f, "full").t(", father, no contact.\n")
    D.t("Circle above: ").nm(gm, "full").t(", maternal grandmother.\n\n")
    D.t("Child A (").nm(ch, "forename").t(") was ")
    aged(c, dob1, c.incident)
    D.t(" at the time. ").k("Child A").t(" lived with ").nm(gm, "title").t(".\n\n")
    rat_plain(c)
    return "LR", "child"


def L_B14_case_conference_minutes_initials_other(c: Ctx):
    """Case-conference minutes: attendees with initials in brackets, actions by initials."""
    D = c.d
    ppl = [c.pro() for _ in range(4)]
    ch = c.person()
    D.t("CHILD PROTECTION CASE CONFERENCE - MINUTES\n").k(c.a["council"]).t("\nDate: ").date(c.referral + 5 * DAY, c.ds())
    D.t("\n\nPresent:\n")
    for p, org in zip(ppl, (c.a["council"], c.a["board"], "Police Scotland", c.a["council"])):
        D.nm(p, "full").t(" (").nm(p, "initials").t("), ").k(org).t("\n")
    D.t("\nChild: ").nm(ch, "full").t(". ")
    D.nm(ppl[0], "initials").t(" chaired. ").nm(ppl[1], "initials").t(" reported missed health appointments.\n")
    D.t("Actions: ").nm(ppl[2], "initials").t(" to share the police chronology; ").nm(ppl[3], "initials")
    D.t(" to arrange a core group.\n")
    return "OTHER", None


def L_B14_chat_export_practitioners_other(c: Ctx):
    """A messaging export between practitioners, timestamps and display names."""
    D = c.d
    p1, p2 = c.pro(), c.pro()
    ch = c.person()
    D.t("Chat export - Microsoft Teams\n")
    day = c.incident
    D.t(f"[{fmt(day, 'iso')} 09:12] ").nm(p1, "full").t(": have you seen ").nm(ch, "forename").t(" this week?\n")
    D.t(f"[{fmt(day, 'iso')} 09:20] ").nm(p2, "full").t(": no, mum cancelled again. address is ")
    flat_addr(c, lower=True)
    D.t("\n")
    D.t(f"[{fmt(day, 'iso')} 09:31] ").nm(p1, "forename").t(": I'll ring ").k("Police Scotland").t(" for a welfare check\n")
    D.t(f"[{fmt(day, 'iso')} 09:33] ").nm(p2, "forename").t(": thanks, call me on ").pii("phone", c.tel(True)).t("\n")
    return "OTHER", None


def L_B14_particles_double_barrel_scr_child(c: Ctx):
    """An SCR naming double-barrelled surnames and hyphenated forenames."""
    D = c.d
    m = c.person(True, double=True)
    ch = c.person(surname=m.surname)
    dob = c.dob_young()
    D.t("SIGNIFICANT CASE REVIEW\n").k(c.committee("child")).t("\n\n1. Introduction\n")
    D.t("This review considers the circumstances of ")
    subj(c, "child", ch, dob)
    D.t(" whose mother, ").nm(m, "full").t(", was known to ").k(c.a["board"]).t(".\n")
    D.t("2. ").nm(m, "forename").t(" moved the family to ")
    c.addr(c.place())
    D.t(" in the spring.\n3. ").nm(ch, "forename").t(" was not registered with a GP.\n\n")
    rat_plain(c, "report")
    return "SCR", "child"


def L_B14_allcaps_headings_names_icr_adult(c: Ctx):
    """An adult ICR whose section headings carry the adult's name in capitals."""
    D = c.d
    a = c.person()
    carer = c.person()
    dob = c.dob_adult()
    D.t("INITIAL CASE REVIEW - ADULT SUPPORT AND PROTECTION\n").k(c.committee("adult")).t("\n\n")
    D.t("BACKGROUND TO ").nm(a, "capsfull").t("\n")
    D.t("The review concerns ")
    subj(c, "adult", a, dob)
    D.t(" born ").dob(dob, c.ds()).t(", living at ").q("care_home", c.home()).t(".\n")
    D.nm(a, "titlecaps").t(" AND ").nm(carer, "capsfull").t("\n")
    D.nm(carer, "title").t(", an unpaid carer, raised concerns with ").k(c.a["council"]).t(".\n\n")
    rat_plain(c)
    return "ICR", "adult"


def L_B14_lower_case_referral_form_other(c: Ctx):
    """An adult protection referral form typed in lower case."""
    D = c.d
    a = c.person()
    r = c.pro()
    dob = c.dob_adult()
    D.t("adult protection referral (section 5)\nto: ").k(c.a["council"]).t("\n")
    D.t("name of adult: ").nm(a, "lower").t("\ndob: ").dob(dob, "slash").t("\naddress: ")
    c.addr(c.place(), lower=True)
    D.t("\nreferrer: ").nm(r, "lower").t(", ").k(c.a["board"]).t("\nphone: ").pii("phone", c.tel()).t("\n")
    D.t("concern: unexplained bruising, financial harm suspected.\n")
    return "OTHER", None


def L_B14_trap_cog_to_consider_lr_adult(c: Ctx):
    """Trap: an adult LR that the COG is 'to consider on' a date; no ratification."""
    D = c.d
    a = c.person()
    dob = c.dob_adult()
    D.t("Learning Review Report\n").k(c.committee("adult")).t("\n\nThe review concerns ")
    subj(c, "adult", a, dob)
    D.t(" who lived at ")
    c.addr(c.place())
    D.t(".\nThe ").k(c.committee("adult")).t(" approved the report on ").date(c.cpc, c.ds()).t(".\n")
    D.t("COG to consider on ").date(c.next_cog, c.rs()).t(".\n")
    return "LR", "adult"


def L_B14_trap_ratification_deferred_scr_child(c: Ctx):
    """Trap: ratification deferred to the next COG; no ratification."""
    D = c.d
    ch = c.person()
    dob = c.dob_young()
    D.t("SIGNIFICANT CASE REVIEW - FINAL REPORT\n").k(c.committee("child")).t("\n\nReview of the care of ")
    subj(c, "child", ch, dob, "forename")
    D.t(" known to ").k(c.a["council"]).t(".\nStatus: the report went to the Chief Officers Group on ")
    D.date(c.cog, c.ds()).t("; ratification deferred to the next COG pending a revised action plan.\n")
    return "SCR", "child"


def L_B14_trap_cog_declined_icr_adult(c: Ctx):
    """Trap: the COG declined to ratify; no ratification."""
    D = c.d
    a = c.person()
    dob = c.dob_adult()
    D.t("Initial Case Review (Adult)\n").k(c.committee("adult")).t("\n\nThis ICR concerns ")
    subj(c, "adult", a, dob)
    D.t(" (DOB ").dob(dob, c.ds()).t(").\nAt its meeting of ").date(c.cog, c.ds())
    D.t(" the COG declined to ratify the findings and asked for the health chronology to be completed.\n")
    return "ICR", "adult"


def L_B14_trap_tor_signed_off_lr_child(c: Ctx):
    """Trap: the COG signed off the terms of reference, not the outcome; no ratification."""
    D = c.d
    ch = c.person()
    dob = c.dob_young()
    D.t("Learning Review: interim report\n").k(c.committee("child")).t("\n\nThe review concerns ")
    subj(c, "child", ch, dob)
    D.t(" who attended ").q("school", c.school()).t(".\nThe terms of reference, which the COG signed off on ")
    D.date(c.commenced, c.ds()).t(", set out four questions. The review panel has met twice.\n")
    return "LR", "child"


def L_B14_trap_previous_review_ratified_scr_adult(c: Ctx):
    """Trap: a previous review was ratified on a date; this one is not yet."""
    D = c.d
    a = c.person()
    dob = c.dob_adult()
    prev = c.cog.replace(year=c.cog.year - 4)
    D.t("Significant Case Review (Adult)\n").k(c.committee("adult")).t("\n\nThis review concerns ")
    subj(c, "adult", a, dob)
    D.t(" at ").q("care_home", c.home()).t(".\nA previous review of the same home, ratified on ").date(prev, c.ds())
    D.t(", made five recommendations. This report will go to the Chief Officers Group when the panel has ")
    D.t("finished its analysis.\n")
    return "SCR", "adult"


def L_B14_ratified_ordofcomma_lr_adult(c: Ctx):
    """An adult LR whose ratification reads '1st of March, 2026'."""
    D = c.d
    a = c.person()
    dob = c.dob_adult()
    D.t("LEARNING REVIEW\n").k(c.committee("adult")).t("\n\nSummary\nThe review concerns ")
    subj(c, "adult", a, dob)
    D.t(" whose neighbour, ").nm(c.person(), "full").t(", raised the alarm.\n")
    D.t("The Chief Officers Group ratified the report on the ").ratified(c.cog, "ordofcomma").t(".\n")
    return "LR", "adult"


def L_B14_approved_us_date_scr_child(c: Ctx):
    """A child SCR approved by the COG, the date US style ('Mar. 1st, 2026')."""
    D = c.d
    ch = c.person()
    dob = c.dob_young()
    D.t("Significant Case Review - Executive Summary\n").k(c.committee("child")).t("\n\n")
    D.t("Subject: ")
    subj(c, "child", ch, dob)
    D.t(" known to ").k(c.a["board"]).t(".\nThis report was approved by the Chief Officers Group on ")
    D.ratified(c.cog, "usordabbr").t(".\n")
    return "SCR", "child"


def L_B14_register_dash2pad_outcome_adult(c: Ctx):
    """An adult outcome notification with dates as '01-Mar-26'."""
    D = c.d
    a = c.person()
    D.t("NOTIFICATION OF LEARNING REVIEW OUTCOME (ADULT)\nFrom: ").k(c.committee("adult"))
    D.t("\nTo: ").k("Care Inspectorate").t("\nAdult: ").nm(a, "surinit").t(", adult at risk of harm, ")
    aged(c, c.dob_adult(), c.incident)
    D.t("\nReview commenced: ").date(c.commenced, "dash2pad").t("\nOutcome ratified by COG: ")
    D.ratified(c.cog, "dash2pad").t("\nReport attached: yes (anonymised)\n")
    return "LR-OUTCOME", "adult"


def L_B14_decision_not_proceed_form_child(c: Ctx):
    """A child LR decision notification: not to proceed, reasons; no ratification."""
    D = c.d
    ch = c.person()
    dob = c.dob_young()
    D.t("Learning Review Decision Notification\nCommittee: ").k(c.committee("child")).t("\n")
    D.t("Child: ").nm(ch, "initials").t(", ")
    aged(c, dob, c.incident)
    D.t("\nDecision date: ").date(c.decision, c.ds()).t("\nDecision: [ ] Proceed  [x] Do not proceed\n")
    D.t("Reasons: single-agency learning already identified; ").k(c.a["board"])
    D.t(" is taking it forward through its own adverse event review.\n")
    return "LR-DECISION", "child"


def L_B14_decision_proceed_email_adult(c: Ctx):
    """An adult LR decision notified by e-mail: proceed; no ratification."""
    D = c.d
    s = c.pro()
    a = c.person()
    D.t("From: ").pii("email", c.mail(s)).t("\nTo: cistrategicteamnotification@careinspectorate.gov.scot\n")
    D.t("Subject: LR decision - proceed\n\nGood afternoon,\n\nThe ").k(c.committee("adult"))
    D.t(" has decided to proceed with a Learning Review concerning an adult at risk, ").nm(a, "init").t(", ")
    aged(c, c.dob_adult(), c.incident)
    D.t(". Decision made on ").date(c.decision, c.ds()).t(".\n\nKind regards\n")
    D.nm(s, "forename").t("\n")
    return "LR-DECISION", "adult"


def L_B14_outcome_letter_child(c: Ctx):
    """A child LR outcome letter to the Care Inspectorate, 'Sunday the 1st of March 2026'."""
    D = c.d
    ch = c.person()
    D.k(c.committee("child")).t("\n\nDear Strategic Inspector\n\nLearning Review outcome: ").k("Child A").t("\n\n")
    D.t("I write to confirm that the review concerning ").k("Child A").t(" (").nm(ch, "forename").t(", ")
    aged(c, c.dob_young(), c.incident)
    D.t(") was endorsed by the Chief Officers Group at its meeting on ").ratified(c.cog, "wdayordof")
    D.t(". The anonymised report is attached.\n\nYours faithfully\n\n")
    sig(c)
    return "LR-OUTCOME", "child"


def L_B14_cog_agenda_other(c: Ctx):
    """A COG agenda: reviews to be considered, nothing ratified yet."""
    D = c.d
    chair = c.pro()
    D.t("CHIEF OFFICERS GROUP - AGENDA\n").k(c.a["council"]).t("\nMeeting: ").date(c.next_cog, c.ds())
    D.t("\nChair: ").nm(chair, "titlefull").t("\n\n1. Apologies\n2. Minute of previous meeting\n")
    D.t("3. Learning Review (adult) - for consideration\n4. Initial Case Review (child) - for noting\n5. AOCB\n")
    return "OTHER", None


def L_B14_action_plan_table_other(c: Ctx):
    """A review action plan as a table with named leads."""
    D = c.d
    leads = [c.pro() for _ in range(3)]
    D.t("LEARNING REVIEW ACTION PLAN\n").k(c.committee("child")).t("\n\nNo | Recommendation | Lead | By\n")
    for i, (p, what) in enumerate(zip(leads, ("Refresh multi-agency chronology guidance",
                                              "Audit of missed health appointments",
                                              "Briefing for school staff")), 1):
        D.t(f"{i} | {what} | ").nm(p, "init").t(" | ").date(c.cog + 60 * i * DAY, c.ds()).t("\n")
    return "OTHER", None


def L_B14_cover_letter_dated_other(c: Ctx):
    """A cover letter sending a report, stating when the COG ratified it."""
    D = c.d
    s = c.pro()
    D.k(c.a["council"]).t("\n\nDear Colleague\n\nPlease find attached the anonymised Learning Review report from the ")
    D.k(c.committee("adult")).t(". ")
    D.t("The report was ratified by the Chief Officers Group on ").ratified(c.cog, c.rs()).t(".\n\n")
    D.t("Yours sincerely\n\n")
    sign(c, s, role(c, True), c.a["council"])
    return "OTHER", None


def L_B14_serious_incident_review_other(c: Ctx):
    """A Serious Incident Review by a health board: not a case review."""
    D = c.d
    p = c.person()
    D.t("SERIOUS INCIDENT REVIEW\n").k(c.a["board"]).t("\n\nPatient: ").nm(p, "sfcaps").t("\nCHI: ")
    dob = c.dob_adult()
    D.pii("chi", B7.chi(c.rng, dob, p.female)).t("\nWard: 4B, ").k(c.a["hosp"]).t("\n")
    D.t("Incident: a fall on ").date(c.incident, c.ds()).t(". Root cause analysis completed.\n")
    return "OTHER", None


def L_B14_gp_practice_summary_other(c: Ctx):
    """A GP practice summary sent to a review panel: identifiers with labels, one with a wrong check digit."""
    D = c.d
    p = c.person()
    dob = c.dob_adult()
    gp = c.pro()
    D.t("Practice summary for review panel\n\nPatient: ").nm(p, "full").t("\nD.O.B.: ").dob(dob, c.ds())
    D.t("\nNHS number: ").pii("nhs", B7.nhs(c.rng, valid=False)).t("\nCHI number: ")
    D.pii("chi", B7.chi(c.rng, dob, p.female)).t("\nRegistered GP: ").nm(gp, "titleinit").t("\n")
    D.t("Consultations in the last year: 11; two missed.\n")
    return "OTHER", None


def L_B14_risk_matrix_lr_adult(c: Ctx):
    """An adult LR with a risk matrix table naming the people involved."""
    D = c.d
    a = c.person()
    fr = c.person()
    dob = c.dob_adult()
    D.t("Learning Review (Adult Support and Protection)\n").k(c.committee("adult")).t("\n\n")
    D.t("The review concerns ")
    subj(c, "adult", a, dob)
    D.t(" who lived at ")
    flat_addr(c)
    D.t(".\n\nRisk | Who | Likelihood\nFinancial harm | ").nm(fr, "full").t(" (friend) | high\n")
    D.t("Self-neglect | ").nm(a, "forename").t(" | medium\n\n")
    rat_plain(c)
    return "LR", "adult"


def L_B14_court_report_extract_other(c: Ctx):
    """An extract from a criminal justice social work report: OTHER."""
    D = c.d
    p = c.person(False)
    D.t("Criminal Justice Social Work Report (extract)\n").k(c.a["council"]).t("\n\nSubject: ").nm(p, "surname_first")
    D.t("\nDOB: ").dob(c.dob_parent(), c.ds()).t("\nAddress: ")
    rural(c)
    D.t("\n").nm(p, "title").t(" accepts responsibility for the offence.\n")
    return "OTHER", None


def L_B14_sar_request_letter_other(c: Ctx):
    """A subject access request from a family member: OTHER."""
    D = c.d
    p = c.person()
    D.nm(p, "full").t("\n")
    c.addr(c.place(), sep="\n")
    D.t("\n\n").k(c.a["council"]).t("\nData Protection Officer\n\nDear Sir or Madam\n\n")
    D.t("I request a copy of all records held about my late father, including any review report. ")
    D.t("Please reply to ").pii("email", c.mail(p, dom="btinternet.com")).t(".\n\nRegards\n").nm(p, "forename").t("\n")
    return "OTHER", None


def L_B14_nickname_chronology_b_column_lr_child(c: Ctx):
    """A child LR whose chronology has a 'b.' column and a nickname."""
    D = c.d
    m, f, (ch,) = family(c, 1)
    nick = c.nickname()
    dob = c.dob_young(2014, 2021)
    D.t("Learning Review\n").k(c.committee("child")).t("\n\nFamily\nName | b. | Role\n")
    D.nm(ch, "full").t(" | ").dob(dob, c.ds()).t(" | child\n")
    D.nm(m, "full").t(" | ").dob(c.dob_parent(), c.ds()).t(" | mother\n\n")
    D.t("The review concerns ")
    subj(c, "child", ch, dob, "forename")
    D.t(" known at home as ").nick(nick).t(". ").nick(nick).t(" attended ").q("school", c.school()).t(".\n\n")
    rat_plain(c)
    return "LR", "child"


def L_B14_upperdash_outcome_child(c: Ctx):
    """A child outcome notification, terse, dates as '01-MAR-2026'."""
    D = c.d
    ch = c.person()
    D.t("LR OUTCOME - ").k(c.committee("child")).t("\nCHILD: ").nm(ch, "initials").t(", ")
    aged(c, c.dob_young(), c.incident)
    D.t("\nREVIEW COMMENCED: ").date(c.commenced, "upperdash").t("\nCPC APPROVED: ").date(c.cpc, "upperdash")
    D.t("\nCOG RATIFIED: ").ratified(c.cog, "upperdash").t("\n")
    return "LR-OUTCOME", "child"


def L_B14_distribution_signatory_table_scr_adult(c: Ctx):
    """An adult SCR with a signatory and distribution table (Name | Designation | Agency)."""
    D = c.d
    a = c.person()
    dob = c.dob_adult()
    D.t("Significant Case Review (Adult)\n").k(c.committee("adult")).t("\n\nThe review concerns ")
    subj(c, "adult", a, dob)
    D.t(" who lived at ")
    c.addr(c.place(), upper=True)
    D.t(".\n\n")
    rat_plain(c, "report")
    D.t("\nDistribution\nName | Designation | Agency\n")
    for org, soc in ((c.a["council"], True), (c.a["board"], False), ("Police Scotland", False)):
        D.nm(c.pro(), "full").t(" | ").k(role(c, soc) if org != "Police Scotland" else "Detective Inspector")
        D.t(" | ").k(org).t("\n")
    return "SCR", "adult"


def L_B14_icr_child_identifiers_form(c: Ctx):
    """A child ICR form with identifier rows and a lower-case address."""
    D = c.d
    ch = c.person()
    dob = c.dob_young()
    D.t("INITIAL CASE REVIEW FORM\nCommittee: ").k(c.committee("child")).t("\nName: ").nm(ch, "full").t("\n")
    D.t("Date of birth: ").dob(dob, c.ds()).t("\n")
    ids(c, ch, dob)
    D.t("Home address: ")
    c.addr(c.place(), lower=True)
    D.t("\nAge: ")
    aged(c, dob, c.incident)
    D.t("\nDate sent to the Chief Officers Group: ").date(c.sent, c.ds()).t("\n")
    D.t("Date outcome ratified by COG: ").ratified(c.cog, c.rs()).t("\n")
    return "ICR", "child"


def L_B14_cog_minute_ratified_other(c: Ctx):
    """A COG minute extract recording the ratification: OTHER with the date."""
    D = c.d
    chair = c.pro()
    D.t("Minute of the Chief Officers Group\n").k(c.a["council"]).t("\n\nPresent: ").nm(chair, "titlefull")
    D.t(" (Chair)\n\nItem 4: Learning Review (child)\nAt its meeting on ").ratified(c.cog, c.rs())
    D.t(" the Chief Officers Group approved the report and its recommendations.\n")
    return "OTHER", None


def L_B14_trap_sent_for_ratification_icr_adult(c: Ctx):
    """Trap: an adult ICR sent to the COG 'for ratification'; no ratification yet."""
    D = c.d
    a = c.person()
    dob = c.dob_adult()
    D.t("ICR - Adult\n").k(c.committee("adult")).t("\n\nThe review concerns ")
    subj(c, "adult", a, dob)
    D.t(" living at ")
    rural(c, lower=True)
    D.t(".\nSent to the Chief Officers Group on ").date(c.sent, c.ds()).t(" for ratification.\n")
    return "ICR", "adult"


LAYOUTS = [v for k, v in list(globals().items()) if k.startswith("L_B14_")]
TRAPS = {"B14_trap_cog_to_consider_lr_adult", "B14_trap_ratification_deferred_scr_child",
         "B14_trap_cog_declined_icr_adult", "B14_trap_tor_signed_off_lr_child",
         "B14_trap_previous_review_ratified_scr_adult", "B14_trap_sent_for_ratification_icr_adult",
         "B14_scr_decision_letter_to_inspectorate_adult", "B14_decision_not_proceed_form_child",
         "B14_decision_proceed_email_adult"}
DATED_OTHER = {"B14_cover_letter_dated_other", "B14_cog_minute_ratified_other"}


def check(name: str, text: str, doc: B9.Doc9, doc_type: str) -> list[str]:
    """Set 8's gold check (as sets 9 to 13 use it)."""
    return B8.check(name, text, doc, doc_type)


SET = blind_eval.BlindSet(
    key="blind14", prefix="B14", seed=SEED, n=DEFAULT_N, layouts=LAYOUTS, ctx=Ctx, check=check,
    names=(FEMALE, MALE, SURNAMES, NICKNAMES, STREETS, TOWNS), places=CARE_HOMES + SCHOOLS, generic=frozenset(GENERIC),
    earlier=(B7.SET, B8.SET, B9.SET, B10.SET, B11.SET, B12.SET, B13.SET), subjects=True)
generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words, SET.pool_overlaps


if __name__ == "__main__":
    sys.exit(SET.main())
