#!/usr/bin/env python3
"""Blind evaluation set 12: fictional committee documents in layouts no earlier generator made.

Written without reading the redaction rules, the analysis code or any generator's layout templates
(the ``L_*`` bodies of sets 3 to 11); only the shared harness (``blind_eval.py``), the gold format
(``score_redaction.py``), the names of earlier layouts (so none is repeated), ``eval_blind10.py`` and
``eval_blind11.py``, and the non-template parts of ``blind11_reports.py``, ``blind10_reports.py``,
``blind9_reports.py``, ``blind8_reports.py`` and, for the API they build on, ``blind7_reports.py``
and ``blind5_reports.py`` (``Doc``, ``Person``, ``Ctx``, ``Place``, date wordings and their reader,
identifiers, the sign-off helpers, the gold checks) were read.  Those are imported, not copied.

Why a module of its own: a figure on a set the rules were tuned on says nothing about reports
nobody here has seen, so each round needs a set nobody has looked at.  Set 11 is tuned on in round
13; this set measures that round.  Its shapes are ones no earlier set used: a report exported from
a case-management system with field codes, a review with numbered footnotes naming people, a
two-column "who / what happened" table, a letter from a family's solicitor, a Children's Hearing
extract, a scanned-and-typed review with hyphenation at line ends, running headers and footers
repeating the child's name, a glossary of initials, a parent's first-person statement inside a
review, an adult protection review of financial harm (the bank named, no account numbers), an
outcome notification as a table, decision notifications quoting the screening criteria (proceed and
not), a GP's letter, a school's contribution, a COG action tracker exported as CSV, terms of
reference as numbered questions, a quarterly return row, a chronology grouped by agency, names
written only as forenames in long prose, lower-case forwarded e-mails and typed notes, titles with
surnames, nicknames, sign-offs and distribution lists, and dates of birth in tables, brackets and
prose ("born on"), sometimes without the word.  A birth given without a full date ("born in the
spring of 2019") is no date of birth in the gold.

Date traps: a COG meeting scheduled for a date to come, CPC approval with the COG not yet met, a
report submitted to the COG, a review-commenced date only; ratifications in words ("on the 3rd day
of February 2026"), as "3.2.26", and as approval or endorsement by the COG (which is ratification).
This set's own date wordings (``NEW_STYLES``: ``Tuesday, 3 February 2026``, ``3rd of Feb 2026``,
``3 Feb. 26``, ``3-2-2026``, ``3 FEB 26``), read back by set 7's reader.

Its own pools (Breton, Igbo, Latvian and Welsh names; Galloway places for streets; Fife, Perthshire,
Angus, Lanarkshire and Borders villages for towns; rocks and minerals for care homes; Border waters
for schools), none of which occurs in ../shared/corpus or in another generator (``pool_overlaps``
checks both, sets 7 to 11's pools included).  Public bodies are real on purpose and are keep gold;
schools and care homes are quasi; ages and pseudonyms ("Adult A") are keep.

Gold per document (set 5's format, as sets 10 and 11): ``pii`` (category, person part), ``keep``,
``quasi``, ``doc_type``, ``subject`` and ``ratification_date``.  Types follow issue 10: ICR, SCR
and LR are review reports, LR-DECISION a decision notification, LR-OUTCOME an outcome notification,
everything else (terms of reference included) OTHER with ``subject`` None.  Every review and
notification states its subject in its text (the committee kind, "adult at risk", a child's age).
An OTHER paper that states when the COG ratified (``DATED_OTHER``) keeps that date; the
ratification date is None where the COG has not ratified.  Fixed seed ``SEED``; ``DEFAULT_N``
documents, the layouts taken in turn.  ``generate`` raises SystemExit listing every gold error.

Gold review (2026-12-07, branch gold12, by a reviewer of the generator who read no rule, no analysis
code and no failure, and did not run the engine on the set; only the aggregate figures in
``eval_blind12.py``): all 105 documents read with their gold against issue 10's kinds and the
conventions of sets 6 to 11 (``doc_type``, ``subject`` readable from the text, ``ratification_date``
against the text, every name form, address, postcode, date of birth, phone, e-mail and identifier,
keep and quasi terms), and checked mechanically: every pool word in every text lies inside a gold
PII form, every other capitalised word is generic or keep or quasi, every age is keep, no keep term
lies inside a PII form, every review document names its subject and no OTHER paper has one.
One change: ``trap_scr_review_commenced_only_child`` (B12_017, B12_052, B12_087) is ``OTHER`` with
subject None, first ``SCR``, child: its body is a progress note, no report of the review (its own
docstring said "progress cover page"), as sets 6, 8 and 10 decided for their commenced-only notes;
its ratification date (None) stands.  Types now ICR 18, LR 27, LR-DECISION 9, LR-OUTCOME 9,
OTHER 21, SCR 21; review documents 84 (was 87).  PII, keep and ratification gold are unchanged, so
are the one run's redaction, keep and ratification figures; its type (102/105) and subject (86/87)
figures are on the old gold: the lead reruns the measure.  No other type, subject, ratification date
or PII form is wrong, none is missing and none is spurious.
The writer's slips, none of which makes a gold field wrong (the gold records no gender and the
scorer reads none): a "sibling" or "child" of either gender, "Valdi ... she" with a nickname of
Valdis and a father called "Soaz"; "His dad" in the parent's statement whatever the child's gender
(``lr_parent_statement_first_person``; the father's forename is gold either way); a nursery place at
a High School (``typed_visit_note_lowercase_other``: the school is quasi gold whatever its kind).
Seen too, with no gold effect: "whose brother, Ms Zarins" (``scr_endorsed_by_cog_adult``, B12_090:
the title is drawn apart from the relation), a "new birth visit" for a child of 3 or 4
(``icr_chronology_grouped_by_agency_child``), "the nursery" for a child of 7 to 9
(``scr_scanned_typed_hyphenated``), health staff signing with a council e-mail (``sign``); a rule
using a title's gender as evidence could trip on them.
Left as written and open: the solicitor's "Our ref: Q553/G" ends in the solicitor's initial, a
file reference and no name used as a person, so not gold.  The interim page is headed "Significant
Case Review - interim report": if an interim report is taken for a version of the review's report,
the one line goes back.  ``decision_numbered_paragraphs_proceed_child`` gives no reasons and stands
as LR-DECISION (set 11's ``decision_email_proceed_adult``); ``outcome_letter_from_cog_chair_adult``
("The report is enclosed") stands as LR-OUTCOME, its body being the notification (set 6's
``cover_letter``); the COG tracker (``DATED_OTHER``) keeps the date the COG ratified (set 8's
convention).  "Compass House", the Care Inspectorate's building, is neither PII nor keep gold.
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
from blind5_reports import Person  # noqa: E402
import blind_eval  # noqa: E402

SEED = 20261256
DEFAULT_N = 105

# ---------------------------------------------------------------- pools (checked: see pool_overlaps)

FEMALE = ("Eirlys Nia Heledd Mererid Chiamaka Obiageli Nneka Chinwe Dace Gunta Zaiga Nolwenn Gwenola Maiwenn "
          "Rozenn Soazig Enora Katell").split()
MALE = ("Iwan Gruffudd Ioan Chinonso Ikechukwu Uchenna Nnamdi Valdis Edgars Aivars Juris Erwan Tanguy Loeiz "
        "Goulven Yannig Corentin Brieuc").split()
SURNAMES = ("Chukwu Okeke Anyanwu Nwachukwu Ezeani Onyekachi Obiora Krumins Zarins Prydderch Gruffydd Penllyn "
            "Kerjean Guivarch Quere Morvan Prigent Cadiou Gourvennec Riou Guillou Jaouen Abgrall McAleese "
            "O'Carroll McCafferty MacCrimmon MacGlashan McGettigan").split()
NICKNAMES = ("Chichi", "Nnem", "Soaz", "Yanno", "Valdi")
STREETS = ("Carsphairn Glenluce Kirkcowan Kirkbean Auchencairn Palnackie Balmaclellan Mochrum Drummore Monreith "
           "Glentrool Minnigaff Corsock Kirkgunzeon Ringford Laurieston Tongland Borgue Twynholm Kells Parton "
           "Crossmichael").split()
STREET_KINDS = B8.STREET_KINDS
TOWNS = {
    "Ceres": "KY15", "Kingsbarns": "KY16", "Elie": "KY9", "Falkland": "KY15", "Methven": "PH1", "Letham": "DD8",
    "Friockheim": "DD11", "Wanlockhead": "ML12", "Abington": "ML12", "Leadhills": "ML12", "Denholm": "TD9",
    "Morebattle": "TD5", "Yetholm": "TD5", "Ayton": "TD14", "Stonehouse": "ML9",
}
CARE_HOMES = [f"{w} {k}" for w, k in zip("Feldspar Obsidian Basalt Gneiss Quartzite Dolerite Porphyry Serpentine "
                                          "Tourmaline".split(),
                                          ("House", "Care Home", "Court Nursing Home", "Residential Home", "Care Centre",
                                           "House", "Care Home", "Haven", "Court"))]
SCHOOLS = [f"{w} {k}" for w, k in zip("Ettrick Teviot Leithen Whiteadder Blackadder Tarras Liddel Megget Slitrig "
                                       "Gala".split(),
                                       ("Primary School", "Academy", "Primary School", "High School", "Nursery",
                                        "Primary School", "Early Learning Centre", "Primary School", "Academy",
                                        "High School"))]
GENERIC = B11.GENERIC
AREAS = B8.AREAS

# ---------------------------------------------------------------- dates: this set's wordings (read by set 7's reader)

read_dates = B7.read_dates
MONTHS = B5.MONTHS
NEW_STYLES = ("wdaylong", "ordofabbr", "mondot2", "dashnp", "upper2")
STYLES = NEW_STYLES + ("long", "ord", "slash", "dotshort", "dayof", "dot2", "usabbr", "lowerabbr")
INLINE = tuple(s for s in STYLES if s != "dayof")  # 'dayof' reads only after 'on the'


def fmt(d: dt.date, style: str) -> str:
    """A date in one of this set's wordings (``NEW_STYLES`` are the ones no earlier set wrote)."""
    m = MONTHS[d.month - 1]
    own = {
        "wdaylong": f"{d:%A}, {d.day} {m} {d.year}",
        "ordofabbr": f"{B5.ordinal(d.day)} of {m[:3]} {d.year}",
        "mondot2": f"{d.day} {m[:3]}. {d.year % 100:02d}",
        "dashnp": f"{d.day}-{d.month}-{d.year}",
        "upper2": f"{d.day} {m[:3].upper()} {d.year % 100:02d}",
    }
    return own[style] if style in own else B11.fmt(d, style)


# ---------------------------------------------------------------- people, places, documents

_SRC_UPPER = None


def bad_initials() -> set[str]:
    """Upper-case 2-3 letter words this module writes as text: initials equal to one would collide."""
    global _SRC_UPPER
    if _SRC_UPPER is None:
        src = Path(__file__).read_text(encoding="utf-8")
        _SRC_UPPER = (set(re.findall(r"\b[A-Z]{2,3}\b", src)) | {o[:2] for o in TOWNS.values()}
                      | B11.bad_initials() | {"KY", "PH", "DD", "ML", "TD", "GP", "MP", "OK"})
    return _SRC_UPPER


FORMS = {  # this set's own person forms: kind -> (writer, gold part)
    "sfcomma": (lambda p: f"{p.surname}, {p.forename}", "full"),        # a system export's NAME field
    "titlelower": (lambda p: f"{p.title.lower()} {p.surname.lower()}", "title"),
}


class Doc12(B11.Doc11):
    """Set 11's document with this set's date wordings and two more person forms."""
    FORMS = {**B11.Doc11.FORMS, **FORMS}
    fmt = staticmethod(fmt)


Place = B7.Place  # given this set's pools by ``Ctx.place``


class Ctx(B11.Ctx):
    """Set 11's context (set 9's timeline, areas, identifiers) with this set's document and pools."""
    FEMALE, MALE, SURNAMES, NICKNAMES = FEMALE, MALE, SURNAMES, NICKNAMES
    STREETS, TOWNS, STREET_KINDS = STREETS, TOWNS, STREET_KINDS
    SCHOOLS, CARE_HOMES = SCHOOLS, CARE_HOMES
    NEW_STYLES, STYLES = NEW_STYLES, STYLES
    document = Doc12
    bad_initials = staticmethod(bad_initials)

    def rs(self) -> str:
        """A ratification wording after a bare 'on' or a label: mostly this set's new ones."""
        return self.rng.choice(NEW_STYLES if self.rng.random() < 0.75 else INLINE)

    def ds(self) -> str:
        return self.rng.choice(INLINE)


age = B7.age
HEALTH = B8.HEALTH
SOCIAL = B8.SOCIAL
sign = B8.sign
marking = B8.marking
family = B8.family
aged = B10.aged
head = B10.head
sig = B10.sig
dob_phrase = B9.dob_phrase
cpc_line = B9.cpc_line
cog_said = B11.cog_said
sent_line = B11.sent_line
ids = B11.ids
DAY = dt.timedelta(days=1)


def cog_to_come(c: Ctx, kind: str = "report") -> None:
    """No ratification: the COG meeting that will consider it is still to come."""
    c.d.t(f"The {kind} is to be considered by the Chief Officers Group at its next meeting, scheduled for ")
    c.d.date(c.next_cog, c.ds()).t(".\n")


def role(c: Ctx, social: bool) -> str:
    return c.rng.choice(SOCIAL if social else HEALTH)


# ---------------------------------------------------------------- layouts (each returns doc_type, subject)

def L_icr_case_system_export_field_codes(c: Ctx):
    """An ICR exported from a case-management system: FIELD_CODE: value lines."""
    D, r = c.d, c.rng
    mother, father, (child,) = family(c, 1)
    dob, pl, sw = c.dob_young(2014, 2022), c.place(), c.pro()
    D.t(f"{marking(c)}\n[EXPORT cms.review v4.2 - Initial Case Review]\n")
    D.t("REV_TYPE: ICR\nREV_CMTEE: ").k(c.committee("child")).t("\nSUBJ_NAME: ").nm(child, "sfcomma")
    D.t("\nSUBJ_DOB: ").dob(dob, r.choice(("slash", "dot2", "dashnp"))).t("\nSUBJ_AGE_AT_INCIDENT: ")
    aged(c, dob, c.incident)
    D.t("\nSUBJ_ADDR_1: ").pii("address", pl.street).t("\nSUBJ_ADDR_TOWN: ").pii("address", pl.town)
    D.t("\nSUBJ_ADDR_PC: ").pii("postcode", pl.postcode).t("\nPARENT_1: ").nm(mother, "sfcomma")
    D.t("\nPARENT_2: ").nm(father, "sfcomma").t("\nLEAD_WORKER: ").nm(sw, "init").t(" (").k(c.a["council"]).t(")\n")
    D.t("REFERRAL_DT: ").date(c.referral, "slash").t("\nCPC_ENDORSED_DT: ").date(c.cpc, "slash").t("\n")
    D.t("NARR_SUMMARY: The child was seen at ").k(c.a["hosp"]).t(" with an injury the account of which changed. ")
    D.nm(mother, "forename").t(" said the child fell; ").k("Police Scotland").t(" were told the same day.\n")
    D.t("REC_COUNT: 4\nCOG_STATUS: ratified by COG\nCOG_DT: ").ratified(c.cog, c.rs()).t("\n")
    D.t("[END EXPORT]\n")
    return "ICR", "child"


def L_scr_footnotes_naming_people(c: Ctx):
    """An SCR whose people are named in numbered footnotes at the end."""
    D, r = c.d, c.rng
    mother, father, (child, sib) = family(c, 2, same=False)
    hv, dob = c.pro(True), c.dob_young(2017, 2022)
    head(c, "Significant Case Review", "child")
    D.t("1. This review concerns a child then ")
    aged(c, dob, c.incident)
    D.t(" (\"the child\")[1], the child's mother[2] and her partner[3].\n")
    D.t("2. The health visitor[4] saw the family eleven times; the last visit was cancelled by the mother.\n")
    D.t("3. The sibling[5] told a teacher that there was shouting at night.\n\n")
    cog_said(c, "review")
    D.t("\n______\nFootnotes\n[1] ").nm(child, "full").t(", date of birth ").dob(dob, c.ds()).t(".\n")
    D.t("[2] ").nm(mother, "titlefull").t(".\n[3] ").nm(father, "full").t(", not the child's father.\n")
    D.t("[4] ").nm(hv, "title").t(", ").k("Health Visitor").t(", ").k(c.a["board"]).t(".\n")
    D.t("[5] ").nm(sib, "forename").t(", then at ").q("school", c.school()).t(".\n")
    return "SCR", "child"


def L_lr_who_what_two_column_table(c: Ctx):
    """A learning review about an adult at risk: a table of who and what happened."""
    D, r = c.d, c.rng
    adult, son, gp = c.person(True), c.person(False), c.pro()
    dob, home = c.dob_older(), c.home()
    head(c, "Learning Review - adult at risk", "adult")
    D.t("The adult at risk, ").nm(adult, "full").t(" (").dob(dob, c.ds()).t("), lived at ").q("care_home", home)
    D.t(" from the spring of 2023.\n\n")
    D.t(f"{'Who':<28}| What happened\n{'-' * 28}+{'-' * 40}\n")
    for who, what in ((lambda: D.nm(adult, "title"), "fell twice in one week; no review of her medication"),
                      (lambda: D.nm(son, "full"), "raised concerns about money going missing"),
                      (lambda: D.nm(gp, "titleinit"), "GP; not told of the falls until the second admission"),
                      (lambda: D.k("Police Scotland"), "took a report of theft; passed it to the council")):
        start = D._len
        who()
        D.t(" " * max(1, 28 - (D._len - start)) + f"| {what}\n")
    D.t("\n")
    cog_said(c, "learning review")
    sig(c)
    return "LR", "adult"


def L_solicitor_letter_for_family_other(c: Ctx):
    """A letter from a family's solicitor to the committee asking for the review: OTHER."""
    D, r = c.d, c.rng
    mother = c.person(True)
    child = c.person(surname=mother.surname)
    sol, pl = c.person(), c.place()
    D.t("PRIVATE AND CONFIDENTIAL\n\n").nm(sol, "titlefull").t("\nSolicitor\n")
    D.t("By e-mail and post\n\nThe Chair\n").k(c.committee("child")).t("\n\n")
    D.t(f"Our ref: {r.choice('PQRSTW')}{r.randrange(100, 999)}/{sol.surname[0]}\n\n")
    D.t("Dear Sir or Madam\n\nWe act for ").nm(mother, "title").t(" of ")
    c.addr(pl)
    D.t(", the mother of ").nm(child, "full").t(". Our client asks whether the review announced in the press "
                                                "will be shared with her before it is published, and asks for a "
                                                "copy of the terms of reference.\n\n")
    D.t("Our client wishes it recorded that she raised her concerns with ").k(c.a["council"]).t(" twice.\n\n")
    D.t("Yours faithfully\n\n").nm(sol, "full").t("\nTel: ").pii("phone", c.tel()).t("\n")
    return "OTHER", None


def L_childrens_hearing_extract_other(c: Ctx):
    """An extract of a Children's Hearing decision sent to the review team: OTHER."""
    D, r = c.d, c.rng
    mother, father, (child,) = family(c, 1)
    dob = c.dob_young(2012, 2021)
    D.t("CHILDREN'S HEARING - EXTRACT OF DECISION\n").k("Scottish Children's Reporter Administration").t("\n\n")
    D.t("Child: ").nm(child, "capsfull").t("   Born: ").dob(dob, c.ds()).t("\n")
    D.t("Relevant persons: ").nm(mother, "full").t("; ").nm(father, "full").t("\n")
    D.t("Date of hearing: ").date(c.referral + dt.timedelta(days=r.randrange(20, 60)), c.ds()).t("\n\n")
    D.t("Decision: the hearing made a compulsory supervision order with a condition of residence.\n")
    D.t("Reasons: the panel accepted the grounds in sections 67(2)(a) and (c).\n")
    D.t("The extract is supplied to the ").k(c.committee("child")).t(" for its review, with the Reporter's "
                                                                     "consent.\n")
    return "OTHER", None


HYPH = (("re", "ferral"), ("com", "munication"), ("profes", "sionals"), ("assess", "ment"),
        ("recom", "mendations"))


def hy(c: Ctx, word: tuple[str, str]) -> str:
    """A word as the typist left it: mostly broken at the line end with a hyphen."""
    return f"{word[0]}-\n{word[1]}" if c.rng.random() < 0.75 else "".join(word)


def L_scr_scanned_typed_hyphenated(c: Ctx):
    """An SCR scanned and typed back, words broken at line ends with a hyphen."""
    D, r = c.d, c.rng
    mother, father, (child,) = family(c, 1)
    dob, tl = c.dob_young(2015, 2021), c.pro()
    h = [hy(c, w) for w in HYPH]
    D.t("SIGNIFICANT CASE REVIEW (typed from the scanned copy)\n").k(c.committee("child")).t("\n\n")
    D.t("The child, ").nm(child, "forename").t(" ").nm(child, "surname").t(", born ").dob(dob, c.ds())
    D.t(", was ")
    aged(c, dob, c.incident)
    D.t(f" when the {h[0]} was made. The {h[1]} between {h[2]} was poor and the {h[3]} from\n")
    D.t("the nursery was not acted on. ").nm(mother, "title").t(" and ").nm(father, "title")
    D.t(f" were not asked for their view.\nThe {h[4]} are set out in part 6.\n\n")
    D.t("Signed for the review team: ").nm(tl, "init").t("\n")
    D.t("The Chief Officers Group approved the review on ").ratified(c.cog, c.rs()).t(".\n")
    return "SCR", "child"


def L_icr_running_header_child_name(c: Ctx):
    """An ICR whose running header and footer repeat the child's name and date of birth on every page."""
    D, r = c.d, c.rng
    mother, father, (child,) = family(c, 1)
    dob, sw = c.dob_young(2016, 2023), c.pro()
    dstyle = c.ds()
    for page in (1, 2, 3):
        D.t("RE: ").nm(child, "sfcaps").t(" (").dob(dob, dstyle).t(") - INITIAL CASE REVIEW - ")
        D.k(c.committee("child")).t("\n\n")
        if page == 1:
            D.t("The child, ")
            aged(c, dob, c.referral)
            D.t(", was referred by ").nm(sw, "full").t(" on ").date(c.referral, c.ds()).t(".\n")
        elif page == 2:
            D.t("Mother, ").nm(mother, "forename").t(", and father, ").nm(father, "forename")
            D.t(", both misused alcohol. The child was not seen for nine weeks.\n")
        else:
            cog_said(c, "initial case review")
        D.t(f"\nPage {page} of 3 | ").nm(child, "surname").t(" ICR | OFFICIAL-SENSITIVE\n\f")
    return "ICR", "child"


def L_lr_glossary_of_initials(c: Ctx):
    """A learning review keyed by initials, with a glossary of them first."""
    D, r = c.d, c.rng
    mother, father, (child,) = family(c, 1, same=False)
    hv, dob = c.pro(True), c.dob_young(2018, 2023)
    head(c, "Learning Review", "child")
    D.t("Glossary of initials\n")
    D.nm(child, "initials").t("  the child, ")
    aged(c, dob, c.incident)
    D.t("\n").nm(mother, "initials").t("  mother, ").nm(mother, "full").t("\n")
    D.nm(father, "initials").t("  mother's partner, ").nm(father, "full").t("\n")
    D.nm(hv, "initials").t("  health visitor, ").nm(hv, "titleinit").t("\n")
    D.t("LAAC  looked after and accommodated\n\n")
    D.nm(hv, "initials").t(" visited on four occasions. ").nm(mother, "initials").t(" told ")
    D.nm(hv, "initials").t(" that ").nm(father, "initials").t(" had moved out; he had not. ")
    D.nm(child, "initials").t(" had a bruise on the cheek that ").nm(mother, "initials")
    D.t(" said came from nursery.\n\n")
    cog_said(c, "learning review")
    return "LR", "child"


def L_lr_parent_statement_first_person(c: Ctx):
    """A learning review with a parent's statement in her own words as an appendix."""
    D, r = c.d, c.rng
    mother, father, (child, sib) = family(c, 2)
    dob, sw = c.dob_young(2013, 2019), c.pro()
    head(c, "Learning Review", "child")
    D.t("The review is about a child, ")
    aged(c, dob, c.incident)
    D.t(", who was admitted to ").k(c.a["hosp"]).t(".\n\n")
    cog_said(c, "learning review")
    D.t("\nAppendix 2 - In my own words\n\n")
    D.t("My name is ").nm(mother, "full").t(". ").nm(child, "forename").t(" was born on ").dob(dob, c.ds())
    D.t(". I told the social worker, ").nm(sw, "forename").t(", that I could not cope, and nobody came back "
                                                             "to me. My other child, ").nm(sib, "forename")
    D.t(", was the one who phoned for help. His dad, ").nm(father, "forename").t(", was working away.\n")
    D.t("I want other mums to be listened to.\n")
    return "LR", "child"


def L_scr_apc_financial_harm_bank(c: Ctx):
    """An adult protection SCR about financial harm: the bank named, no account numbers."""
    D, r = c.d, c.rng
    adult, nephew, officer = c.person(True), c.person(False), c.pro()
    dob, pl = c.dob_older(), c.place()
    head(c, "Significant Case Review: financial harm", "adult")
    D.t("Adult at risk: ").nm(adult, "titlefull").t(", d.o.b. ").dob(dob, c.ds()).t(", of ")
    c.addr(pl)
    D.t(".\n")
    D.t("Between 2022 and 2024 about GBP 41,000 left the adult's current account by transfers set up by her "
        "nephew, ").nm(nephew, "full").t(", who held a power of attorney. The bank (")
    D.k("Bank of Scotland").t(") raised a concern with ").k(c.a["council"]).t(" in 2023.\n")
    D.t("Account details are held by the council officer, ").nm(officer, "full").t(", and are not "
                                                                                   "reproduced here.\n\n")
    D.t("Recommendations were endorsed by the Chief Officers Group on ").ratified(c.cog, c.rs()).t(".\n")
    return "SCR", "adult"


def L_outcome_notification_as_table(c: Ctx):
    """An outcome notification set out as a two-column table."""
    D, r = c.d, c.rng
    child, chair = c.person(), c.pro()
    dob = c.dob_young(2010, 2020)
    D.t("LEARNING REVIEW OUTCOME NOTIFICATION\nTo: ").k("Care Inspectorate").t("\n\n")
    rows = [("Committee", lambda: D.k(c.committee("child"))),
            ("Subject", lambda: (D.t("child, "), aged(c, dob, c.incident))),
            ("Child's name", lambda: D.nm(child, "full")),
            ("Date of birth", lambda: D.dob(dob, c.ds())),
            ("Review type", lambda: D.t("Learning Review")),
            ("Date ratified by COG", lambda: D.ratified(c.cog, c.rs())),
            ("Report attached", lambda: D.t("Yes")),
            ("Contact", lambda: (D.nm(chair, "full"), D.t(", "), D.pii("email", c.mail(chair))))]
    for label, val in rows:
        D.t(f"| {label:<22}| ")
        val()
        D.t("\n")
    return "LR-OUTCOME", "child"


CRITERIA = ("(a) the adult died or was seriously harmed; and (b) harm or neglect is known or suspected; and "
            "(c) there is learning about how agencies worked together")


def L_decision_quoting_screening_criteria_adult(c: Ctx):
    """A decision notification to proceed which quotes the screening criteria one by one."""
    D, r = c.d, c.rng
    adult, chair = c.person(), c.pro()
    dob = c.dob_adult()
    D.t("Notification of decision - Learning Review\n").k(c.committee("adult")).t("\n\n")
    D.t("Adult at risk: ").nm(adult, "full").t(" [").dob(dob, c.ds()).t("]\n")
    D.t("Date of screening meeting: ").date(c.decision, c.ds()).t("\n\n")
    D.t(f"National guidance criteria: {CRITERIA}.\n")
    D.t("Criterion (a): met - hospital admission with pressure ulcers.\nCriterion (b): met.\n"
        "Criterion (c): met - three agencies held information that was not shared.\n\n")
    D.t("Decision: the committee will proceed with a Learning Review. The report is expected in the spring.\n\n")
    D.nm(chair, "full").t("\nChair, Case Review Screening Group\n")
    return "LR-DECISION", "adult"


def L_decision_not_proceed_criteria_unmet_child(c: Ctx):
    """A decision notification not to proceed: the criteria quoted and why they were not met."""
    D, r = c.d, c.rng
    child, chair = c.person(), c.pro()
    dob = c.dob_young(2011, 2022)
    D.t("Learning Review - decision notification (not proceeding)\n").k(c.committee("child")).t("\n\n")
    D.t("Child: ").nm(child, "initials").t(", ")
    aged(c, dob, c.incident)
    D.t("\nCriteria considered (national guidance for child protection): the child died or was significantly "
        "harmed, and there is learning about multi-agency practice.\n")
    D.t("Reasons for not proceeding: the harm was assessed as not significant; the single-agency review by ")
    D.k(c.a["board"]).t(" covers the learning; a practitioner session will be held instead.\n")
    D.t("Decision date: ").date(c.decision, c.ds()).t("\n\nSigned ").nm(chair, "initnodot").t(", Chair\n")
    return "LR-DECISION", "child"


def L_trap_scr_cog_scheduled_adult(c: Ctx):
    """An SCR about an adult at risk; the COG meeting to consider it is scheduled, not held."""
    D, r = c.d, c.rng
    adult, carer = c.person(), c.person()
    dob = c.dob_older()
    head(c, "Significant Case Review - adult at risk", "adult")
    D.t("The adult at risk, ").nm(adult, "surname_first").t(" (born ").dob(dob, c.ds()).t("), was cared for by ")
    D.nm(carer, "full").t(".\nThe ").k(c.committee("adult")).t(" approved the report on ").date(c.cpc, c.ds())
    D.t(".\n")
    cog_to_come(c, "report")
    return "SCR", "adult"


def L_trap_lr_cpc_approved_awaiting_cog(c: Ctx):
    """A learning review approved by the CPC; the COG has not yet met on it."""
    D, r = c.d, c.rng
    mother, father, (child,) = family(c, 1)
    dob = c.dob_young(2016, 2022)
    head(c, "Learning Review (final draft)", "child")
    D.t("The child, ").nm(child, "full").t(", ")
    aged(c, dob, c.incident)
    D.t(", lived with ").nm(mother, "lowertitle").t(" and ").nm(father, "forename").t(".\n")
    D.t("Status: approved by the ").k(c.committee("child")).t(" on ").date(c.cpc, c.ds())
    D.t("; the Chief Officers Group has not yet met to consider it.\n")
    return "LR", "child"


def L_trap_icr_submitted_to_cog_adult(c: Ctx):
    """An ICR about an adult at risk which says only that it was submitted to the COG."""
    D, r = c.d, c.rng
    adult, sw = c.person(), c.pro()
    dob = c.dob_adult()
    head(c, "Initial Case Review: adult at risk", "adult")
    D.t("Name: ").nm(adult, "full").t("\nBorn: ").dob(dob, c.ds()).t("\nLead: ").nm(sw, "titleinit").t("\n\n")
    D.t("Summary: repeated missed home-care visits over a winter; the adult was found on the floor.\n")
    D.t("This report was submitted to the COG on ").date(c.sent, c.ds()).t(" for its consideration.\n")
    return "ICR", "adult"


def L_trap_scr_review_commenced_only_child(c: Ctx):
    """An SCR progress cover page: the review commenced, nothing ratified.

    Gold ``OTHER`` (corrected 2026-12-07 in the gold review, first recorded as ``SCR``, child): its
    body is a progress note (the review has commenced, interviews under way, the chronology being
    merged), with no finding of the review, so it is not the review's report; set 6's
    ``trap_commenced``, set 8's ``trap_commenced_status`` and set 10's
    ``trap_progress_report_review_begun`` are OTHER for the same reason."""
    D, r = c.d, c.rng
    child, lead = c.person(), c.pro()
    dob = c.dob_young(2009, 2018)
    head(c, "Significant Case Review - interim report", "child")
    D.t("Child: ").nm(child, "full").t(" (").dob(dob, c.ds()).t("), ")
    aged(c, dob, c.incident)
    D.t("\nReview commenced: ").date(c.commenced, c.ds()).t("\nLead reviewer: ").nm(lead, "full").t("\n")
    D.t("Practitioner interviews are under way; the chronology is being merged.\n")
    return "OTHER", None


def L_lr_adult_ratified_on_the_day_of(c: Ctx):
    """A learning review about an adult at risk, ratified 'on the 3rd day of ...'."""
    D, r = c.d, c.rng
    adult, daughter = c.person(True), c.person(True)
    dob = c.dob_older()
    head(c, "Learning Review - adult at risk", "adult")
    D.t("This review concerns ").nm(adult, "titlefull").t(", who was born on ").dob(dob, c.ds())
    D.t(" and lived alone. Her daughter, ").nm(daughter, "forename").t(", lived abroad.\n\n")
    D.t("After discussion the Chief Officers Group ratified this review on the ").ratified(c.cog, "dayof").t(".\n")
    return "LR", "adult"


def L_icr_ratified_dotted_child(c: Ctx):
    """An ICR with a short sign-off block: 'COG ratified 3.2.26'."""
    D, r = c.d, c.rng
    child, sw, hv = c.person(), c.pro(), c.pro(True)
    dob = c.dob_young(2019, 2024)
    head(c, "Initial Case Review", "child")
    D.t("Baby ").nm(child, "forename").t(" (").dob(dob, c.ds()).t(") was ")
    aged(c, dob, c.incident) if age(dob, c.incident) > 0 else D.k("under a year old")
    D.t(" at the time.\nAgencies: ").k(c.a["council"]).t(", ").k(c.a["board"]).t(", ").k("Police Scotland")
    D.t("\n\nSW: ").nm(sw, "init").t("   HV: ").nm(hv, "init").t("\nCOG ratified ").ratified(c.cog, "dotshort")
    D.t("\n")
    return "ICR", "child"


def L_scr_endorsed_by_cog_adult(c: Ctx):
    """An SCR about an adult at risk whose outcome the COG endorsed (that is ratification)."""
    D, r = c.d, c.rng
    adult, brother = c.person(), c.person()
    dob = c.dob_adult()
    head(c, "Significant Case Review", "adult")
    D.t("This is a review under adult support and protection about an adult at risk, ").nm(adult, "full")
    dob_phrase(c, dob)
    D.t(" whose brother, ").nm(brother, "title").t(", was the main carer.\n\n")
    D.t("The findings and the improvement plan were endorsed by the COG on ").ratified(c.cog, c.rs()).t(".\n")
    sig(c)
    return "SCR", "adult"


def L_outcome_forwarded_lowercase_child(c: Ctx):
    """An outcome notification forwarded by someone who typed everything in lower case."""
    D, r = c.d, c.rng
    child, mother, fw, admin = c.person(), c.person(True), c.pro(), c.pro()
    dob, pl = c.dob_young(2012, 2021), c.place()
    D.t("from: ").nm(fw, "lower").t(" <").pii("email", c.mail(fw)).t(">\nto: notifications@")
    D.t("careinspectorate.gov.scot\nsubject: fwd: learning review outcome\n\n")
    D.t("hi, forwarding as asked. ").nm(admin, "lowerfore").t(" has the full report.\n\n")
    D.t("---------- Forwarded message ---------\n")
    D.t("outcome notification - learning review (child protection)\ncommittee: ").k(c.committee("child"))
    D.t("\nchild: ").nm(child, "lower").t(", ")
    aged(c, dob, c.incident)
    D.t(", dob ").dob(dob, "slash").t("\nmother: ").nm(mother, "lower").t(", ")
    c.addr(pl, lower=True)
    D.t("\nratified by the chief officers group on ").ratified(c.cog, c.rs()).t("\n")
    return "LR-OUTCOME", "child"


def L_typed_visit_note_lowercase_other(c: Ctx):
    """A worker's typed visit note in lower case, attached to a review: OTHER."""
    D, r = c.d, c.rng
    mother, father, (child,) = family(c, 1)
    pl, nick = c.place(), c.nickname()
    D.t("visit note - typed up later\n\n")
    D.t("home visit to ").nm(mother, "lower").t(" at ")
    c.addr(pl, lower=True)
    D.t(". ").nm(father, "lowerfore").t(" answered the door. child (").nick(nick).t(") in pyjamas at 2pm, "
                                                                                    "nursery not attended.\n")
    D.t("spoke to ").nm(mother, "lowerfore").t(" about the place at ").q("school", c.school())
    D.t(". she said ").nick(nick).t(" had a cold.\nnext visit: two weeks.\n")
    return "OTHER", None


def L_icr_dob_in_table_brackets_prose_adult(c: Ctx):
    """An adult ICR giving dates of birth in a household table, in brackets and in prose."""
    D, r = c.d, c.rng
    adult, wife, grandson = c.person(False), c.person(True), c.person()
    d1, d2, d3 = c.dob_older(), c.dob_older(), c.dob_young(1996, 2005)
    head(c, "Initial Case Review - adult support and protection", "adult")
    D.t("Household\n")
    for p, d in ((adult, d1), (wife, d2), (grandson, d3)):
        D.nm(p, "full").t(" | ").dob(d, c.ds()).t("\n")
    D.t("\nThe adult at risk, ").nm(adult, "title").t(" (").dob(d1, "long").t("), has dementia. ")
    D.nm(wife, "forename").t(", born on ").dob(d2, "ord").t(", is frail herself. The grandson moved in "
                                                            "during the winter.\n\n")
    cog_said(c, "initial case review")
    return "ICR", "adult"


def L_lr_nicknames_and_signoffs_child(c: Ctx):
    """A learning review where the family use nicknames, ending in a list of signatures."""
    D, r = c.d, c.rng
    mother, father, (child,) = family(c, 1)
    nick, nick2 = c.nickname(), c.nickname()
    dob, a, b = c.dob_young(2014, 2020), c.pro(), c.pro()
    head(c, "Learning Review", "child")
    D.t("The child, known to everyone as ").nick(nick).t(", was ")
    aged(c, dob, c.incident)
    D.t(". The child's father, ").nm(father, "full").t(", is called ").nick(nick2).t(" by the family.\n")
    D.nick(nick).t(" told the school nurse she was hungry. ").nick(nick2).t(" was not at the core group.\n\n")
    cog_said(c, "review")
    D.t("\nSigned:\n")
    sign(c, a, role(c, True), c.a["council"], mail=False)
    sign(c, b, role(c, False), c.a["board"], tel=False)
    return "LR", "child"


def L_scr_titles_carehome_adult(c: Ctx):
    """An SCR about a care-home resident, people written as Mrs / Mr with the surname."""
    D, r = c.d, c.rng
    adult = c.person(True, title="Mrs")
    manager, nurse = c.person(title="Mrs" if r.random() < 0.5 else "Mr"), c.person(False, title="Mr")
    dob, home = c.dob_older(), c.home()
    head(c, "Significant Case Review", "adult")
    D.t("The adult at risk, ").nm(adult, "title").t(", ").k("aged " + str(age(dob, c.incident)))
    D.t(", lived at ").q("care_home", home).t(". ").nm(manager, "title").t(" (manager) said ")
    D.nm(adult, "title").t(" was checked hourly; ").nm(nurse, "title").t(" said two-hourly.\n")
    D.t("Full name on the admission record: ").nm(adult, "titlefull").t(".\n\n")
    cog_said(c, "review")
    return "SCR", "adult"


def L_lr_forenames_only_long_prose_child(c: Ctx):
    """A long narrative learning review that names everyone by forename only."""
    D, r = c.d, c.rng
    mother, father, (child, sib) = family(c, 2)
    gran = c.person(True)
    dob = c.dob_young(2013, 2019)
    head(c, "Learning Review: the story of what happened", "child")
    D.nm(child, "forename").t(" was ")
    aged(c, dob, c.incident)
    D.t(" when this review began. ").nm(child, "forename").t(" was born in the spring of ").t(str(dob.year))
    D.t(" and lived with ").nm(mother, "forename").t(", ").nm(father, "forename").t(" and ")
    D.nm(sib, "forename").t(". Over the next years the family moved four times, and each move meant a new "
                             "health visitor, a new GP and, twice, a new social worker. ").nm(gran, "forename")
    D.t(" was the one constant; she told the review that she had phoned the council three times and that "
        "nobody called her back.\n\n")
    D.t("When ").nm(sib, "forename").t(" stopped going to school, the school sent letters. ")
    D.nm(mother, "forename").t(" told us that she never opened them because she was frightened of what they "
                               "said. ").nm(father, "forename").t(" was working nights.\n\n")
    cog_said(c, "learning review")
    return "LR", "child"


def L_outcome_letter_from_cog_chair_adult(c: Ctx):
    """An outcome notification as a letter from the COG chair to the Inspectorate."""
    D, r = c.d, c.rng
    adult, chair = c.person(), c.pro()
    dob = c.dob_adult()
    D.t("Chief Officers Group\n").k(c.a["council"]).t("\n\n").k("Care Inspectorate").t("\nCompass House\n\n")
    D.t("Dear colleague\n\nLearning Review - outcome notification (adult support and protection)\n\n")
    D.t("I write to tell you that the learning review commissioned by the ").k(c.committee("adult"))
    D.t(" about an adult at risk, ").nm(adult, "init").t(" (date of birth ").dob(dob, c.ds())
    D.t("), was ratified by the Chief Officers Group on ").ratified(c.cog, c.rs()).t(". The report is enclosed.\n\n")
    D.t("Yours sincerely\n\n").nm(chair, "titlefull").t("\nChair, Chief Officers Group\n")
    return "LR-OUTCOME", "adult"


def L_decision_numbered_paragraphs_proceed_child(c: Ctx):
    """A decision notification in numbered paragraphs: to proceed to a learning review."""
    D, r = c.d, c.rng
    child, mother, chair = c.person(), c.person(True), c.pro()
    dob = c.dob_young(2015, 2023)
    D.t("DECISION NOTIFICATION - LEARNING REVIEW\n").k(c.committee("child")).t("\n\n")
    D.t("1. On ").date(c.decision, c.ds()).t(" the committee's screening group considered the referral about ")
    D.nm(child, "full").t(", ")
    aged(c, dob, c.referral)
    D.t(", whose mother is ").nm(mother, "full").t(".\n")
    D.t("2. The group decided to proceed with a Learning Review.\n")
    D.t("3. The review will be led by an independent reviewer; the terms of reference follow.\n")
    D.t("4. Contact: ").nm(chair, "full").t(", ").pii("phone", c.tel()).t("\n")
    return "LR-DECISION", "child"


def L_gp_letter_to_review_lead_other(c: Ctx):
    """A GP's letter to the review lead about a patient: a third party's letter, OTHER."""
    D, r = c.d, c.rng
    patient, gp, lead = c.person(True), c.pro(), c.pro()
    dob, pl = c.dob_adult(), c.place()
    D.t("Medical Practice\n\nDear ").nm(lead, "title").t("\n\nRe: ").nm(patient, "full").t(", ")
    D.dob(dob, c.ds()).t(", ")
    c.addr(pl)
    D.t("\n")
    ids(c, patient, dob)
    D.t("\nThank you for your letter. The patient attended the surgery six times last year. I have no "
        "record of a concern about her safety being raised with the practice.\n\nYours sincerely\n\n")
    D.t("Dr ").nm(gp, "surname").t("\nGeneral Practitioner, ").k(c.a["board"]).t("\n")
    return "OTHER", None


def L_cog_action_tracker_csv_ratified_other(c: Ctx):
    """A COG action tracker exported as CSV, one row recording the ratification: OTHER, dated."""
    D, r = c.d, c.rng
    owner = c.pro()
    D.t("ref,item,decision,date,owner\n")
    D.t(f"{r.randrange(10, 40)},Learning Review (child),ratified by COG,").ratified(c.cog, r.choice(("slash", "dashnp")))
    D.t(",").nm(owner, "init").t("\n")
    D.t(f"{r.randrange(41, 60)},Self-evaluation,noted,").date(c.cog, "slash").t(",").k(c.a["council"]).t("\n")
    return "OTHER", None


def L_terms_of_reference_numbered_questions_other(c: Ctx):
    """Terms of reference written as numbered questions: OTHER."""
    D, r = c.d, c.rng
    child, lead = c.person(), c.pro()
    D.t("Terms of Reference\n").k(c.committee("child")).t("\n\n")
    D.t("Subject: ").nm(child, "initials").t("\nLead reviewer: ").nm(lead, "full").t("\n")
    D.t("Review commenced: ").date(c.commenced, c.ds()).t("\n\nQuestions for the review\n")
    D.t("Q1. How well did agencies share what they knew about the child's weight loss?\n")
    D.t("Q2. Were the parents' own needs understood?\nQ3. What got in the way of a referral to the Reporter?\n")
    return "OTHER", None


def L_icr_chronology_grouped_by_agency_child(c: Ctx):
    """An ICR whose chronology is grouped under each agency's heading."""
    D, r = c.d, c.rng
    mother, father, (child,) = family(c, 1)
    hv, pc = c.pro(True), c.pro()
    dob = c.dob_young(2018, 2023)
    head(c, "Initial Case Review", "child")
    D.t("Subject: a child ")
    aged(c, dob, c.referral)
    D.t(" (").dob(dob, c.ds()).t(")\n\n")
    d0 = c.referral - dt.timedelta(days=120)
    D.k(c.a["board"]).t("\n  ").date(d0, "slash").t(" ").nm(hv, "initnodot").t(" new birth visit; ")
    D.nm(mother, "forename").t(" tearful.\n  ").date(d0 + dt.timedelta(days=30), "slash").t(" missed clinic.\n")
    D.k("Police Scotland").t("\n  ").date(d0 + dt.timedelta(days=70), "slash").t(" domestic call; ")
    D.nm(father, "full").t(" arrested. PC ").nm(pc, "surname").t(" attended.\n")
    D.k(c.a["council"]).t("\n  ").date(c.referral, "slash").t(" referral received.\n\n")
    cog_said(c, "initial case review")
    return "ICR", "child"


def L_scr_executive_summary_approved_adult(c: Ctx):
    """An SCR executive summary about an adult at risk, approved by the COG."""
    D, r = c.d, c.rng
    adult, son, wk = c.person(True), c.person(False), c.pro()
    dob, pl = c.dob_adult(), c.place()
    head(c, "Significant Case Review - Executive Summary", "adult")
    D.t("The adult at risk (Adult A: ").nm(adult, "full").t(", ").dob(dob, c.ds()).t(") lived at ")
    c.addr(pl)
    D.t(" with her son, ").nm(son, "forename").t(".\n").k("Adult A").t(" was known to ").nm(wk, "full")
    D.t(" of the community mental health team.\n\nRecommendations\n1. Carers' assessments to be offered.\n"
        "2. Self-neglect guidance to be refreshed.\n\n")
    D.t("The Chief Officers Group approved the review and its recommendations on ").ratified(c.cog, c.rs())
    D.t(".\n")
    return "SCR", "adult"


def L_lr_distribution_list_lowercase_address_child(c: Ctx):
    """A learning review with a distribution list of named officers and a typed lower-case address."""
    D, r = c.d, c.rng
    mother, father, (child,) = family(c, 1)
    dob, pl = c.dob_young(2011, 2018), c.place()
    people = [c.pro() for _ in range(3)]
    head(c, "Learning Review", "child")
    D.t("The child (").dob(dob, c.ds()).t(") lived with ").nm(mother, "title").t(" at ")
    c.addr(pl, lower=True)
    D.t(".\n\n")
    cog_said(c, "learning review")
    D.t("\nDistribution\n")
    for p in people:
        D.t("- ").nm(p, r.choice(("full", "titleinit", "init"))).t(", ").k(role(c, r.random() < 0.5)).t("\n")
    return "LR", "child"


def L_lr_adult_hyphen_forename_and_identifiers(c: Ctx):
    """A learning review about an adult at risk, a double-barrelled forename and health identifiers."""
    D, r = c.d, c.rng
    adult, partner = c.person(True, double=True), c.person()
    dob = c.dob_adult()
    head(c, "Learning Review - adult at risk", "adult")
    D.t("Adult at risk: ").nm(adult, "full").t("\nDate of birth: ").dob(dob, c.ds()).t("\n")
    ids(c, adult, dob)
    D.t("\n").nm(adult, "forename").t(" had a learning disability and lived with a partner, ")
    D.nm(partner, "full").t(", who controlled her money and her phone.\n\n")
    cog_said(c, "learning review")
    return "LR", "adult"


LAYOUTS = [L_icr_case_system_export_field_codes, L_scr_footnotes_naming_people, L_lr_who_what_two_column_table,
           L_solicitor_letter_for_family_other, L_childrens_hearing_extract_other, L_scr_scanned_typed_hyphenated,
           L_icr_running_header_child_name, L_lr_glossary_of_initials, L_lr_parent_statement_first_person,
           L_scr_apc_financial_harm_bank, L_outcome_notification_as_table,
           L_decision_quoting_screening_criteria_adult, L_decision_not_proceed_criteria_unmet_child,
           L_trap_scr_cog_scheduled_adult, L_trap_lr_cpc_approved_awaiting_cog, L_trap_icr_submitted_to_cog_adult,
           L_trap_scr_review_commenced_only_child, L_lr_adult_ratified_on_the_day_of, L_icr_ratified_dotted_child,
           L_scr_endorsed_by_cog_adult, L_outcome_forwarded_lowercase_child, L_typed_visit_note_lowercase_other,
           L_icr_dob_in_table_brackets_prose_adult, L_lr_nicknames_and_signoffs_child, L_scr_titles_carehome_adult,
           L_lr_forenames_only_long_prose_child, L_outcome_letter_from_cog_chair_adult,
           L_decision_numbered_paragraphs_proceed_child, L_gp_letter_to_review_lead_other,
           L_cog_action_tracker_csv_ratified_other, L_terms_of_reference_numbered_questions_other,
           L_lr_distribution_list_lowercase_address_child, L_icr_chronology_grouped_by_agency_child,
           L_scr_executive_summary_approved_adult, L_lr_adult_hyphen_forename_and_identifiers]
# layouts with no ratification by design: decisions, a COG meeting to come, CPC approval only, a report
# submitted and waiting, an interim report with only a commenced date
TRAPS = {"decision_quoting_screening_criteria_adult", "decision_not_proceed_criteria_unmet_child",
         "decision_numbered_paragraphs_proceed_child", "trap_scr_cog_scheduled_adult",
         "trap_lr_cpc_approved_awaiting_cog", "trap_icr_submitted_to_cog_adult", "trap_scr_review_commenced_only_child"}
# OTHER papers that state when the COG ratified the review, and keep that date in the gold
DATED_OTHER = {"cog_action_tracker_csv_ratified_other"}

# ---------------------------------------------------------------- gold check, generation, pools


def check(name: str, text: str, doc: B9.Doc9, doc_type: str) -> list[str]:
    """Set 8's gold check (as sets 9 to 11 use it).  ``generate`` adds: a subject for every review
    document and none for OTHER."""
    return B8.check(name, text, doc, doc_type)


# The generation loop, build, pools check and command line are the harness's (``blind_eval.BlindSet``).
SET = blind_eval.BlindSet(
    key="blind12", prefix="B12", seed=SEED, n=DEFAULT_N, layouts=LAYOUTS, ctx=Ctx, check=check,
    names=(FEMALE, MALE, SURNAMES, NICKNAMES, STREETS, TOWNS), places=CARE_HOMES + SCHOOLS, generic=frozenset(GENERIC),
    earlier=(B7.SET, B8.SET, B9.SET, B10.SET, B11.SET), subjects=True)
generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words, SET.pool_overlaps


if __name__ == "__main__":
    sys.exit(SET.main())
