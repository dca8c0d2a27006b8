#!/usr/bin/env python3
"""Blind evaluation set 9: fictional committee documents in layouts no earlier generator made.

Written without reading the redaction rules, the analysis code or any generator's layout templates
(the ``L_*`` bodies of sets 3 to 8); only the shared harness (``blind_eval.py``), the gold format
(``score_redaction.py``), the names of earlier layouts (so none is repeated) and the non-template
parts of ``blind8_reports.py`` and ``blind7_reports.py`` (date readers, identifiers, ``Doc8``,
``Ctx``, the sign-off helper and the gold check) were read.  Those are imported, not copied.

Why a module of its own: every figure on a set the rules were tuned on says nothing about reports
nobody here has seen, so each round needs a set nobody has looked at.  This one is written as the
papers a Care Inspectorate reviewer receives: narrative learning reviews with long prose about the
family, records of practitioner workshops, other councils' ICR templates, adult protection reviews
(care homes, hospital discharge, hoarding, scam mail), decision memos and letters (to proceed and
not to proceed), outcome notifications (an e-form export, a lower-case e-mail, a tabled letter),
COG minute extracts (ratified, held over, sent back), covering notes with names in lower case,
chronologies in pipe rows and agency blocks, a genogram drawn as an indented tree, a tabbed
multi-agency grid, Gaelic-bilingual headings, typos and odd capitals, initials only, Mc/Mac/O' and
hyphenated surnames, double-barrelled forenames, nicknames, and dates of birth in brackets, tables
and prose.  A birth given without a full date ("born in the spring of 1961") is no date of birth in
the gold; ages are keep gold; schools and care homes are quasi (as in sets 5 to 8: DOMAIN.md says
to redact schools), not keep.  Non-review papers (a police database extract, an inspection letter,
terms of reference, an NHS Serious Incident Review) are OTHER.

Its own date wordings (``NEW_STYLES``: ``5-March-2026``, ``March 5th, 2026``, ``5th Mar 2026``,
``Thursday 5th of March 2026``, ``5.3.2026``, ``5/3/26``, ``05 Mar 26``, ``5TH MARCH 2026``), read
back by set 7's reader, and its own pools of names, nicknames, streets, towns, care homes and
schools, none of which occurs in ../shared/corpus or in another generator (``pool_overlaps`` checks
both, sets 7 and 8's pools included).  Public bodies are real on purpose and are keep gold.

Gold per document (set 5's format): ``pii`` (category, person part), ``keep``, ``quasi``,
``doc_type``, ``subject`` and ``ratification_date``.  Types follow issue 10: ICR, SCR and LR are
review reports, LR-DECISION a decision notification, LR-OUTCOME an outcome notification, and
everything else OTHER (minutes, covering notes, workshop records, progress updates, terms of
reference, Serious Incident Reviews), with ``subject`` None.  An OTHER paper that states when the
COG ratified (``DATED_OTHER``) keeps that date; the ratification date is None where the COG has
not ratified (a decision, CPC endorsement only, a minute holding the item over or sending it back,
a review started, a draft for a coming meeting, a report submitted and waiting).  Fixed seed
``SEED``; ``DEFAULT_N`` documents, the layouts taken in turn.  ``generate`` raises SystemExit
listing every gold error (``check``).
"""
from __future__ import annotations

import datetime as dt
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind5_reports as B5  # noqa: E402
import blind7_reports as B7  # noqa: E402
import blind8_reports as B8  # noqa: E402
from blind5_reports import Person  # noqa: E402
import blind_eval  # noqa: E402
from score_redaction import pattern  # noqa: E402

SEED = 20261235
DEFAULT_N = 105

# ---------------------------------------------------------------- pools (checked: see pool_overlaps)

FEMALE = ("Ines Madalena Benedita Urszula Grazyna Danute Ausra Egle Vilija Giedre Tamuna Manana Siranush "
          "Marietta Rowena Imelda Huong Ngoc Adwoa Eluned Carys Gwenllian Angharad Catrin Sioned Ilinca "
          "Doina Rodica Viorica Oana Aurelia Chrysoula Froso Kalliopi").split()
MALE = ("Joaquim Goncalo Afonso Kazimierz Mieczyslaw Jerzy Tadeusz Arunas Saulius Levan Tengiz Vardan "
        "Ashot Reynaldo Ramil Danilo Kwame Kojo Emyr Iolo Islwyn Meirion Ovidiu Costin Thanasis "
        "Vangelis").split()
SURNAMES = ("Carvalhal Sequeira Brandao Szymanski Petrauskas Vaitkus Hovsepyan Asante Owusu Boateng Appiah "
            "Mensah Ofori Llewellyn Pritchard Prosser Gwynne Economou Stavrou MacFadzean MacIlwraith O'Rawe "
            "Birse McCaffery McGurran McIlhatton McEwing McTurk McCandlish MacQuistan MacCaig MacErlean "
            "MacAdie O'Feeney O'Gara Adomaitis Baranauskas Rutkowski Majewski Ocampo Villanueva Quisumbing "
            "Amoako Antwi Frimpong Gyamfi Nkansah Tudose Georgescu Christodoulou Panagiotou Mavridis "
            "Ferreirinha Pimentel Quaresma Soutar Kininmonth Gilruth").split()
NICKNAMES = ("Gosia", "Kasia", "Zbyszek", "Bogi", "Tika", "Lusi", "Wojtek", "Jurek", "Costi", "Kwaku")
STREETS = ("Bunarkaig Cluanie Corpach Duror Eriboll Fasnakyle Glenborrodale Invergarry Kentallen Laggan "
           "Lochailort Ardnamurchan Borve Cannich Clachtoll Dalwhinnie Drumnadrochit Garve Helmsdale "
           "Invermoriston Kinbrace Melvich Polbain Skerray Altnaharra Bettyhill Durness Forsinard").split()
STREET_KINDS = B8.STREET_KINDS
TOWNS = {
    "Lochinver": "IV27", "Kinlochbervie": "IV27", "Bonar": "IV24", "Fortrose": "IV10", "Grantown": "PH26",
    "Aviemore": "PH22", "Dalmally": "PA33", "Salen": "PH36", "Tayvallich": "PA31", "Crinan": "PA31",
    "Dunning": "PH2", "Milnathort": "KY13", "Kennoway": "KY8", "Culross": "KY12", "Kincardine": "FK10",
    "Clackmannan": "FK10", "Slamannan": "FK1", "Avonbridge": "FK1", "Winchburgh": "EH52",
    "Fauldhouse": "EH47", "Harthill": "ML7", "Mauchline": "KA5", "Catrine": "KA5", "Barrhill": "KA26",
    "Whithorn": "DG8", "Gatehouse": "DG7", "Thornhill": "DG3", "Earlston": "TD4", "Gifford": "EH41",
}
CARE_HOMES = [f"{w} {k}" for w, k in zip("Harebell Bluebell Campion Betony Agrimony Trefoil Selfheal Knapweed "
                                          "Scabious".split(),
                                          ("House", "Care Home", "Haven", "Court Nursing Home", "Care Home",
                                           "House", "Residential Home", "Care Centre", "Haven"))]
SCHOOLS = [f"{w} {k}" for w, k in zip("Glenogle Monachyle Invernenty Corrymuckloch Amulree Glenquaich Kenmore "
                                       "Schiehallion Rannoch Tummel Trinafour".split(),
                                       ("Primary School", "Academy", "Primary School", "Nursery", "High School",
                                        "Primary School", "Early Learning Centre", "Academy", "Primary School",
                                        "High School", "Nursery"))]
GENERIC = B8.GENERIC | {"Early", "Learning"}

AREAS = B8.AREAS
GAELIC = B8.GAELIC

# ---------------------------------------------------------------- dates: this set's wordings (read by set 7's reader)

read_dates = B7.read_dates
MONTHS = B5.MONTHS
NEW_STYLES = ("dashlong", "usord", "ordabbr", "wdayof", "dotnp", "slashnp2", "abbr2", "upperord")
STYLES = NEW_STYLES + ("long", "ord", "slash", "iso", "ordcomma", "dotlong")


def fmt(d: dt.date, style: str) -> str:
    """A date in one of this set's wordings (``NEW_STYLES`` are the ones no earlier set wrote)."""
    m, o = MONTHS[d.month - 1], B5.ordinal(d.day)
    own = {
        "dashlong": f"{d.day}-{m}-{d.year}",
        "usord": f"{m} {o}, {d.year}",
        "ordabbr": f"{o} {m[:3]} {d.year}",
        "wdayof": f"{d:%A} {o} of {m} {d.year}",
        "dotnp": f"{d.day}.{d.month}.{d.year}",
        "slashnp2": f"{d.day}/{d.month}/{d.year % 100:02d}",
        "abbr2": f"{d.day:02d} {m[:3]} {d.year % 100:02d}",
        "upperord": f"{o} {m} {d.year}".upper(),
    }
    return own[style] if style in own else B8.fmt(d, style)


# ---------------------------------------------------------------- people, places, documents

_SRC_UPPER = None


def bad_initials() -> set[str]:
    """Upper-case 2-3 letter words this module writes as text: initials equal to one would collide."""
    global _SRC_UPPER
    if _SRC_UPPER is None:
        src = Path(__file__).read_text(encoding="utf-8")
        _SRC_UPPER = (set(re.findall(r"\b[A-Z]{2,3}\b", src)) | {o[:2] for o in TOWNS.values()}
                      | B8.bad_initials() | {"KA", "KY", "PA", "TD", "IV"})
    return _SRC_UPPER


class Doc9(B8.Doc8):
    """Set 8's document with this set's date wordings."""
    fmt = staticmethod(fmt)


Place = B7.Place  # given this set's pools by ``Ctx.place``


class Ctx(B8.Ctx):
    """Set 8's context (timeline, areas, identifiers) with this set's document and pools."""
    FEMALE, MALE, SURNAMES, NICKNAMES = FEMALE, MALE, SURNAMES, NICKNAMES
    STREETS, TOWNS, STREET_KINDS = STREETS, TOWNS, STREET_KINDS
    SCHOOLS, CARE_HOMES = SCHOOLS, CARE_HOMES
    NEW_STYLES, STYLES = NEW_STYLES, STYLES
    document = Doc9
    bad_initials = staticmethod(bad_initials)

    def ds(self) -> str:
        return self.rng.choice(self.STYLES)


age = B7.age
DAY = dt.timedelta(days=1)
HEALTH = B8.HEALTH
SOCIAL = B8.SOCIAL
sign = B8.sign
marking = B8.marking


def family(c: Ctx, kids: int = 1, same: bool = True):
    mother = c.person(True)
    father = c.person(False, surname=mother.surname if same else None)
    children = [c.person(surname=mother.surname) for _ in range(kids)]
    return mother, father, children


def dob_phrase(c: Ctx, dob: dt.date) -> None:
    """A date of birth in one of the ways a report writes it, inline."""
    D, r = c.d, c.rng.random()
    if r < 0.3:
        D.t(" (d.o.b. ").dob(dob, c.ds()).t(")")
    elif r < 0.6:
        D.t(", born ").dob(dob, c.ds()).t(",")
    else:
        D.t(" (DOB: ").dob(dob, c.ds()).t(")")


def ratified_sentence(c: Ctx, kind: str = "report") -> None:
    """One of the ways a paper says the COG ratified, with the date as the gold."""
    D, day, i = c.d, c.cog, c.rng.randrange(5)
    if i == 0:
        D.t(f"The {kind} was ratified by the Chief Officers Group on ").ratified(day, c.rs()).t(".\n")
    elif i == 1:
        D.t("Date of COG ratification: ").ratified(day, c.rs()).t("\n")
    elif i == 2:
        D.t(f"The COG ratified the {kind} and its recommendations at its meeting of ").ratified(day, c.rs()).t(".\n")
    elif i == 3:
        D.t(f"Endorsed by the COG on ").ratified(day, c.rs()).t(f" (the {kind} and the action plan).\n")
    else:
        D.t(f"The {kind} was approved by the Chief Officers Group at the meeting held ").ratified(day, c.rs()).t(".\n")


def cpc_line(c: Ctx, subject: str) -> None:
    c.d.t("Endorsed by the ").k(c.committee(subject)).t(" on ").date(c.cpc, c.ds()).t(".\n")


# ---------------------------------------------------------------- layouts (each returns doc_type, subject)

def L_lr_family_voice(c: Ctx):
    D = c.d
    mother, father, (child, sib) = family(c, 2, same=c.rng.random() < 0.5)
    gran = c.person(True)
    nick = c.nickname()
    dob, sdob = c.dob_young(), c.dob_young(2008, 2011)
    sw, hv = c.pro(), c.pro(True)
    D.t(marking(c) + "\n").k(c.committee("child")).t("\nLearning Review: Child A\nThe family's story\n\n")
    D.t("1. Child A is ").nm(child)
    dob_phrase(c, dob)
    D.t(" and lives with their mother, ").nm(mother)
    D.t(", and older sibling ").nm(sib).t(" (").k(f"aged {age(sdob, c.referral)}").t(").\n")
    D.t("2. ").nm(mother, "forename").t(" told the reviewers that she had grown up in ").k(c.a["council"])
    D.t(" area and that her own mother, ").nm(gran).t(", had been 'the one who held it all together'. ")
    D.t("Everyone in the family calls ").nm(child, "forename").t(" '").nick(nick).t("'; ").nick(nick)
    D.t(" had started at ").q("school", c.school()).t(" in the August.\n")
    D.t("3. ").nm(father, "title").t(" was not living in the home. He said he loved the children but that ")
    D.t("contact had stopped after an incident reported to ").k("Police Scotland").t(" on ").date(c.incident, c.ds())
    D.t(".\n4. The health visitor, ").nm(hv, "titleinit").t(", described ").nm(mother, "title")
    D.t(" as warm but exhausted. The social worker, ").nm(sw).t(", visited weekly from ").date(c.referral, c.ds())
    D.t(".\n5. ").nm(gran, "forename").t(" was never asked what she saw, and that is the first learning point.\n\n")
    cpc_line(c, "child")
    ratified_sentence(c)
    return "LR", "child"


def L_pe_workshop_record(c: Ctx):
    D = c.d
    fac, sc = c.pro(), c.pro()
    attend = [c.pro() for _ in range(3)]
    D.t("Record of Practitioner Workshop\n").k(c.committee("child")).t("\nHeld on ")
    D.date(c.commenced + 20 * DAY, c.ds())
    D.t(" at the council offices\nFacilitator: ").nm(fac).t("\nScribe: ").nm(sc, "initials").t("\n\nPresent:\n")
    for p, role in zip(attend, ("Social Worker", "Health Visitor", "Depute Head Teacher")):
        D.t("  - ").nm(p, "init").t(f", {role}\n")
    D.t("\nThe group talked through what it was like to work with the family of Child A. ")
    D.nm(attend[1], "forename").t(" said the home visits felt rushed; ").nm(attend[0], "title")
    D.t(" agreed and added that the case was held for six weeks without a plan.\n")
    D.t("Themes: recording of the father's role; the school's view not reaching the core group.\n")
    D.t("No decisions were taken at the workshop. Notes will inform the draft report.\n")
    return "OTHER", None


def L_icr_other_council_template(c: Ctx):
    D, r = c.d, c.rng
    mother, father, (child,) = family(c, 1, same=False)
    dob = c.dob_child()
    pl = c.place()
    lead = c.pro()
    D.t("INITIAL CASE REVIEW - TEMPLATE v3.2 (adapted from another council's form)\n").k(c.a["council"]).t("\n\n")
    D.t("Section 1: Details of the child\n")
    D.t("Name of child ............ ").nm(child, "sfcaps").t("\n")
    D.t("Date of birth ............ ").dob(dob, c.ds()).t("\n")
    D.t("CHI ...................... ").pii("chi", B7.chi(r, dob, child.female)).t("\n")
    D.t("Home address ............. ")
    c.addr(pl)
    D.t("\nParent/carer 1 ........... ").nm(mother).t("\nParent/carer 2 ........... ").nm(father).t("\n\n")
    D.t("Section 2: Reason for the review\n").t("Referral received ").date(c.referral, c.ds())
    D.t(" after the child attended ").k(c.a["hosp"]).t(" with an unexplained injury.\n\n")
    D.t("Section 3: Agencies involved\n").k(c.a["board"]).t("; ").k(c.a["council"]).t("; ")
    D.k("Police Scotland").t("\n\n")
    D.t("Section 4: Governance\n")
    cpc_line(c, "child")
    ratified_sentence(c, "ICR")
    D.t("Lead reviewer: ").nm(lead, "titleinit").t("\n")
    return "ICR", "child"


def L_ap_lr_carehome_falls(c: Ctx):
    D, r = c.d, c.rng
    res = c.person(True, title="Mrs")
    son = c.person(False, surname=res.surname)
    mgr, nurse = c.pro(True), c.pro()
    dob = c.dob_older()
    home = c.home()
    D.t("Adult Support and Protection\nLearning Review\n").k(c.committee("adult")).t("\n\n")
    D.t("Adult A: ").nm(res, "titlefull")
    dob_phrase(c, dob)
    D.t(", a resident of ").q("care_home", home).t(" since ")
    D.date(c.incident - 400 * DAY, c.ds()).t(".\n")
    D.t("Adult A, ").k(f"aged {age(dob, c.incident)}").t(", fell eleven times in the five months before her death. ")
    D.t("Her son, ").nm(son).t(", raised the falls with the manager, ").nm(mgr, "title")
    D.t(", by e-mail and in person.\n")
    D.t("The nurse in charge on the night, ").nm(nurse).t(", called the ").k("Scottish Ambulance Service")
    D.t(" at 03:10. NHS number ").pii("nhs", B7.nhs(r)).t(".\n")
    D.t("The ").k("Care Inspectorate").t(" had inspected the home the previous spring.\n\n")
    cpc_line(c, "adult")
    ratified_sentence(c, "learning review")
    return "LR", "adult"


def L_ap_lr_discharge_readmit(c: Ctx):
    D = c.d
    adult = c.person(False)
    wife = c.person(True, surname=adult.surname)
    ot, gp = c.pro(True), c.pro()
    dob = c.dob_adult()
    pl = c.place()
    D.t("LEARNING REVIEW (ADULT)\nDischarge and readmission\n").k(c.committee("adult")).t("\n\n")
    D.t("Mr A (").nm(adult).t(", DOB ").dob(dob, c.ds()).t(") was discharged from ").k(c.a["hosp"])
    D.t(" on ").date(c.incident, c.ds()).t(" to his home at ")
    c.addr(pl)
    D.t(" without the package of care the ward had asked for.\n")
    D.t("His wife, ").nm(wife, "forename").t(" ").nm(wife, "surname").t(", was not told the date. ")
    D.t("The occupational therapist, ").nm(ot, "init").t(", had recommended a hoist. ")
    D.t("He was readmitted four days later ")
    D.t("via his GP, ").nm(gp, "titleinit").t(".\n\n")
    cpc_line(c, "adult")
    ratified_sentence(c, "review")
    return "LR", "adult"


def L_ap_scr_hoarding(c: Ctx):
    D = c.d
    adult = c.person()
    neigh = c.person()
    sw, env = c.pro(), c.pro()
    dob = c.dob_older()
    pl = c.place()
    D.t("SIGNIFICANT CASE REVIEW\nSelf-neglect and hoarding\n").k(c.committee("adult")).t("\n\n")
    D.t("Adult B lived alone at ")
    c.addr(pl, upper=c.rng.random() < 0.5)
    D.t(". Adult B was ").k(f"aged {age(dob, c.incident)}").t(" and had lived there since childhood; ")
    D.t("the neighbour, ").nm(neigh).t(", said Adult B was 'born in the spring of ").t(str(dob.year))
    D.t("' and never left the street.\n")
    D.t("Name: ").nm(adult, "surname_first").t("    Born: ").dob(dob, c.ds()).t("\n")
    D.t("Environmental health (").nm(env, "init").t(") visited on ").date(c.referral, c.ds())
    D.t(". The social worker ").nm(sw, "title").t(" recorded that capacity was 'presumed'.\n")
    D.k("Scottish Fire and Rescue Service").t(" made a home fire safety visit.\n\n")
    cpc_line(c, "adult")
    ratified_sentence(c, "SCR")
    return "SCR", "adult"


def L_ap_icr_scam_mail(c: Ctx):
    D, r = c.d, c.rng
    adult = c.person(True)
    nephew = c.person(False)
    officer = c.pro()
    dob = c.dob_older()
    D.t("Initial Case Review - financial harm\n").k(c.committee("adult")).t("\n\n")
    D.t("Adult C: ").nm(adult, "capsfull").t("\nDate of birth: ").dob(dob, c.ds()).t("\n")
    D.t("National Insurance: ").pii("ni", B7.ni(r, r.randrange(3))).t("\n\n")
    D.t("Adult C received up to forty letters a week from prize draws and sent money orders to each. ")
    D.t("Her nephew, ").nm(nephew, "lower").t(" (written so in the bank's note), held power of attorney. ")
    D.t("The council officer, ").nm(officer).t(", referred to ").k("Police Scotland").t(" on ").date(c.referral, c.ds())
    D.t(".\n\n")
    cpc_line(c, "adult")
    ratified_sentence(c, "ICR")
    return "ICR", "adult"


def L_trap_decision_proceed_memo(c: Ctx):
    D = c.d
    child = c.person()
    chair, author = c.pro(), c.pro()
    D.t("MEMO\nTo: Care Inspectorate, Strategic Inspector\nFrom: ").k(c.committee("child")).t("\n")
    D.t("Date: ").date(c.decision, c.ds()).t("\nSubject: Decision to proceed with a Learning Review\n\n")
    D.t("The committee has decided to proceed with a Learning Review concerning Child D (").nm(child, "initials")
    D.t("). Reasons: the threshold in the national guidance is met; several agencies were involved; ")
    D.t("there is potential for learning about neglect.\n")
    D.t("Chair of the review group: ").nm(chair).t(". Lead reviewer: ").nm(author, "titleinit").t(".\n")
    D.t("The completed report will be submitted to the Chief Officers Group in due course.\n")
    return "LR-DECISION", "child"


def L_trap_decision_decline_letter(c: Ctx):
    D = c.d
    adult = c.person()
    chair = c.pro()
    D.t(c.a["council"] + "\n").t("Adult Protection\n\n").date(c.decision, c.ds()).t("\n\nDear Strategic Inspector\n\n")
    D.t("Notification of decision: not to proceed to a Learning Review\n\n")
    D.t("Regarding Adult E (").nm(adult, "init").t("). Following an initial review the ").k(c.committee("adult"))
    D.t(" decided not to proceed. The reasons are: the learning has already been captured by a single-agency ")
    D.t("review by ").k(c.a["board"]).t("; the circumstances do not meet the criteria.\n\nYours sincerely\n\n")
    sign(c, chair, "Chair", c.committee("adult"), mail=True, tel=False)
    return "LR-DECISION", "adult"


def L_outcome_eform_export(c: Ctx):
    D = c.d
    child = c.person()
    sub = c.pro()
    D.t("eForm export: Learning Review outcome notification\n--------------------------------\n")
    D.t("field_committee: ").k(c.committee("child")).t("\nfield_reference: LR/").t(str(c.cog.year)).t("/07\n")
    D.t("field_subject_initials: ").nm(child, "initials").t("\n")
    D.t("field_review_type: Learning Review (child)\nfield_outcome: completed; report attached (anonymised)\n")
    D.t("field_date_cpc: ").date(c.cpc, c.ds()).t("\n")
    D.t("field_cog_ratification: ratified by the COG on ").ratified(c.cog, c.rs()).t("\n")
    D.t("field_submitted_by: ").nm(sub).t("\nfield_email: ").pii("email", c.mail(sub)).t("\n")
    return "LR-OUTCOME", "child"


def L_outcome_lowercase_mail_body(c: Ctx):
    D = c.d
    lead, insp = c.pro(), c.pro(True)
    adult = c.person()
    D.t("from: ").pii("email", c.mail(lead)).t("\nto: ").nm(insp, "lower").t(" <")
    D.pii("email", c.mail(insp, 0, "careinspectorate.gov.scot"))
    D.t(">\nsubject: outcome of adult learning review\n\nhi ").nm(insp, "lowerfore").t(",\n\n")
    D.t("this is the outcome notification for the learning review about adult f (").nm(adult, "initials")
    D.t("). the review is complete. the ").k(c.committee("adult")).t(" endorsed it on ").date(c.cpc, c.ds())
    D.t(" and the COG ratified it on ").ratified(c.cog, c.rs()).t(". anonymised report attached.\n\nthanks\n")
    D.nm(lead, "lower").t("\n")
    return "LR-OUTCOME", "adult"


def L_cog_minute_extract_ratified(c: Ctx):
    D = c.d
    chair, clerk = c.pro(), c.pro()
    D.t("Chief Officers Group (Public Protection)\nExtract from the minute of the meeting held on ").date(c.cog, c.ds())
    D.t("\n\nPresent: ").nm(chair, "titleinit").t(" (Chair); ").k("Police Scotland").t("; ").k(c.a["board"]).t("; ")
    D.k(c.a["council"]).t("\nMinute: ").nm(clerk, "init").t("\n\n")
    D.t("Item 6. Learning Review, Child G\nThe group heard a summary from the lead reviewer.\n")
    D.t("Decision: the Chief Officers Group ratified the learning review report and its action plan on ")
    D.ratified(c.cog, c.rs()).t(".\nItem 7. Any other business. None.\n")
    return "OTHER", None


def L_trap_cog_minute_held_over(c: Ctx):
    D = c.d
    chair = c.pro()
    D.t("CHIEF OFFICERS GROUP\nMinute of meeting ").date(c.cog, c.ds()).t("\nChair: ").nm(chair).t("\n\n")
    D.t("4. Significant Case Review (Adult H)\nThe papers had arrived late. The COG deferred consideration ")
    D.t("of the report to its next meeting on ").date(c.next_cog, c.ds()).t(".\n")
    D.t("Action: review team to send the final draft a fortnight before that meeting.\n")
    return "OTHER", None


def L_trap_cog_minute_sent_back(c: Ctx):
    D = c.d
    chair, lr = c.pro(), c.pro()
    D.t("Chief Officers' Group - note of meeting, ").date(c.cog, c.ds()).t("\n\n")
    D.t("Present: ").nm(chair, "initials").t(" (chair), ").nm(lr, "init").t(" (lead reviewer, for item 3)\n\n")
    D.t("3. Learning Review, Child J\nMembers returned the report to the review team: the findings did not ")
    D.t("follow from the chronology. It should come back to the meeting on ").date(c.next_cog, c.ds()).t(".\n")
    return "OTHER", None


def L_covering_note_lower_names(c: Ctx):
    D = c.d
    sender, insp = c.pro(), c.pro()
    D.t("Dear ").nm(insp, "lowertitle").t(",\n\nplease find attached the anonymised Significant Case Review from the ")
    D.k(c.committee("child")).t(". The report was ratified by the COG on ").ratified(c.cog, c.rs())
    D.t(". The action plan follows separately.\n\nkind regards\n").nm(sender, "lower").t("\n")
    D.k("Lead Officer, Public Protection")
    D.t("\n").pii("phone", c.tel()).t("\n")
    return "OTHER", None


def L_chronology_pipe_rows(c: Ctx):
    D = c.d
    mother, father, (child,) = family(c, 1, same=False)
    hv, sw, pc = c.pro(True), c.pro(), c.pro()
    dob = c.dob_young()
    D.t("Learning Review - Child K\n").k(c.committee("child")).t("\nAppendix 2: Chronology\n\n")
    D.t("Child K: ").nm(child).t(", DOB ").dob(dob, c.ds()).t("\n\n")
    D.t("date | agency | event\n")
    rows = [(c.incident - 90 * DAY, c.a["board"], [("HV ", None), (hv, "init"), (" visit; mother ", None),
                                                    (mother, "forename"), (" tearful", None)]),
            (c.incident, "Police Scotland", [("call from neighbour; ", None), (father, "full"), (" arrested", None)]),
            (c.referral, c.a["council"], [("referral; SW ", None), (sw, "title"), (" allocated", None)]),
            (c.referral + 9 * DAY, "Police Scotland", [("PC ", None), (pc, "surname"), (" joint interview", None)])]
    for day, ag, bits in rows:
        D.date(day, c.ds()).t(" | ").k(ag).t(" | ")
        for x, kind in bits:
            D.t(x) if kind is None else D.nm(x, kind)
        D.t("\n")
    D.t("\n")
    cpc_line(c, "child")
    ratified_sentence(c, "learning review")
    return "LR", "child"


def L_chronology_agency_blocks(c: Ctx):
    D = c.d
    mother, father, (child, sib) = family(c, 2)
    teacher, gp = c.pro(), c.pro()
    dob = c.dob_child()
    D.t("Significant Case Review: Child L\n").k(c.committee("child")).t("\n\nIntegrated chronology by agency\n\n")
    D.t("EDUCATION (").q("school", c.school()).t(")\n  ").date(c.incident - 60 * DAY, c.ds()).t("  Class teacher ")
    D.nm(teacher).t(" notes Child L (").nm(child, "forename").t(", born ").dob(dob, c.ds()).t(") hungry.\n")
    D.t("  ").date(c.incident - 20 * DAY, c.ds()).t("  Sibling ").nm(sib).t(" absent for a week.\n\n")
    D.t("HEALTH (").k(c.a["board"]).t(")\n  ").date(c.incident - 30 * DAY, c.ds()).t("  GP ").nm(gp, "titleinit")
    D.t(" sees ").nm(mother, "title").t("; low mood.\n\n")
    D.t("POLICE (").k("Police Scotland").t(")\n  ").date(c.incident, c.ds()).t("  Domestic call; ").nm(father, "caps")
    D.t(" charged.\n\n")
    cpc_line(c, "child")
    ratified_sentence(c, "SCR")
    return "SCR", "child"


def L_genogram_indented_tree(c: Ctx):
    D = c.d
    mother, father, (child, sib) = family(c, 2, same=False)
    mgran, pgran = c.person(True), c.person(False, surname=father.surname)
    dobs = [c.dob_parent(), c.dob_parent(), c.dob_young(), c.dob_young(2009, 2012)]
    D.t("Initial Case Review\n").k(c.committee("child")).t("\n\nGenogram (text version)\n\n")
    D.nm(mgran).t(" (maternal grandmother, deceased)\n")
    D.t("  +-- ").nm(mother).t("  b. ").dob(dobs[0], c.ds()).t("\n")
    D.t("  |     partner: ").nm(father).t("  b. ").dob(dobs[1], c.ds()).t("  [son of ").nm(pgran).t("]\n")
    D.t("  |       +-- ").nm(child).t("  b. ").dob(dobs[2], c.ds()).t("  (Child M)\n")
    D.t("  |       +-- ").nm(sib).t("  b. ").dob(dobs[3], c.ds()).t("\n\n")
    D.t("Child M lived with ").nm(mother, "forename").t(" and ").nm(sib, "forename").t(".\n")
    cpc_line(c, "child")
    ratified_sentence(c, "ICR")
    return "ICR", "child"


def L_multiagency_grid_tabbed(c: Ctx):
    D = c.d
    mother, father, (child,) = family(c, 1)
    pros = [(c.pro(), "Health Visitor", c.a["board"]), (c.pro(), "Social Worker", c.a["council"]),
            (c.pro(), "Detective Constable", "Police Scotland"), (c.pro(), "Reporter",
                                                                  "Scottish Children's Reporter Administration")]
    D.t("Learning Review - Child N\n").k(c.committee("child")).t("\n\nTable 1: who was involved\n")
    D.t("Name\tRole\tAgency\tContact\n")
    for p, role, ag in pros:
        D.nm(p).t("\t").k(role).t("\t").k(ag).t("\t").pii("phone", c.tel()).t("\n")
    D.t("\nChild N (").nm(child, "initials").t(") lived with ").nm(mother).t(" and ").nm(father, "forename").t(".\n")
    cpc_line(c, "child")
    ratified_sentence(c, "learning review")
    return "LR", "child"


def L_gaelic_heading_icr_adult(c: Ctx):
    D = c.d
    a = GAELIC
    adult = c.person()
    carer = c.person(True)
    dob = c.dob_adult()
    D.t("Sgrùdadh Cùise Tùsail / Initial Case Review\n").k(a["apc"]).t("\n").k(a["council"]).t("\n\n")
    D.t("Ainm / Name: ").nm(adult).t("\nCeann-latha breith / Date of birth: ").dob(dob, c.ds()).t("\n")
    D.t("Neach-cùraim / Carer: ").nm(carer, "titleinit").t("\n\n")
    D.t("Geàrr-chunntas / Summary\nAdult P was admitted to ").k(a["hosp"]).t(" on ").date(c.incident, c.ds())
    D.t(" with pressure sores. The carer, ").nm(carer, "forename").t(", had asked for respite twice.\n\n")
    D.t("Riaghladh / Governance\nEndorsed by the ").k(a["apc"]).t(" on ").date(c.cpc, c.ds()).t(".\n")
    ratified_sentence(c, "ICR")
    return "ICR", "adult"


def L_typo_ridden_lr(c: Ctx):
    D = c.d
    mother, father, (child,) = family(c, 1)
    sw = c.pro()
    dob = c.dob_young()
    D.t("LEARNIGN REVEIW - child Q\n").k(c.committee("child")).t("\n\n")
    D.t("backgorund: chidl Q (").nm(child, "lower").t(") date of brith ").dob(dob, c.ds()).t(" lived with Mum ")
    D.nm(mother, "capsfull").t(" and her partner ").nm(father, "init").t(".\n")
    D.t("The socail worker ").nm(sw, "lowertitle").t(" was off sick for 3 weks and the case was unalocated.\n")
    D.t("The famliy were known to ").k("Police Scotland").t(" and to the ")
    D.k("Scottish Children's Reporter Administration")
    D.t(".\n\n")
    cpc_line(c, "child")
    ratified_sentence(c, "revew")
    return "LR", "child"


def L_initials_panel_scr(c: Ctx):
    D = c.d
    adult = c.person()
    daughter = c.person(True)  # a married daughter: her own surname, her own initials
    panel = [c.pro() for _ in range(4)]
    D.t("Significant Case Review - Adult R\n").k(c.committee("adult")).t("\n\nReview panel\n")
    for p, ag in zip(panel, (c.a["council"], c.a["board"], "Police Scotland", "Care Inspectorate")):
        D.nm(p, "initials").t(" - ").k(ag).t("\n")
    D.t("\n").nm(panel[0], "initials").t(" chaired. Adult R (").nm(adult, "initials")
    D.t(") was cared for by a daughter (")
    D.nm(daughter, "initials").t("). ").nm(panel[1], "initials")
    D.t(" reported that the district nurses saw Adult R twice.\n")
    D.nm(panel[2], "initials").t(" said no concern had been logged.\n\n")
    cpc_line(c, "adult")
    ratified_sentence(c, "SCR")
    return "SCR", "adult"


def L_mc_mac_household(c: Ctx):
    D, r = c.d, c.rng
    mc = [s for s in SURNAMES if s.startswith(("Mc", "Mac", "O'")) and s not in c.used]
    s1, s2 = r.sample(mc, 2)
    mother = c.person(True, surname=s1)
    partner = c.person(False, surname=s2)
    child = c.person(surname=f"{s1}-{s2}", double=True)
    dob = c.dob_young()
    pl = c.place()
    D.t("INITIAL CASE REVIEW\n").k(c.committee("child")).t("\n\nHousehold\n")
    D.t("Mother: ").nm(mother).t("\nPartner: ").nm(partner).t("\nChild S: ").nm(child).t(" (").dob(dob, c.ds())
    D.t(")\nAddress: ")
    c.addr(pl)
    D.t("\n\n").nm(child, "forename").t(" uses both surnames. ").nm(partner, "title").t(" moved in during ")
    D.t(str(c.incident.year - 1)).t(". ").nm(mother, "surname_first")
    D.t(" was known to adult mental health services.\n\n")
    cpc_line(c, "child")
    ratified_sentence(c, "ICR")
    return "ICR", "child"


def L_dob_bracketed_prose(c: Ctx):
    D = c.d
    adult = c.person(True)
    brother = c.person(False, surname=adult.surname)
    friend = c.person(True)
    dob, bdob = c.dob_older(), c.dob_older()
    D.t("Learning Review - Adult T\n").k(c.committee("adult")).t("\n\n")
    D.t("Adult T, ").nm(adult).t(" [born ").dob(dob, c.ds()).t("], was ").k(f"aged {age(dob, c.incident)}")
    D.t(" at the time of the events. Her brother ").nm(brother).t(", who was born on ").dob(bdob, c.ds())
    D.t(", was her welfare guardian. A friend, ").nm(friend, "titlefull").t(", was born in the spring of ")
    D.t(str(c.dob_older().year)).t(" and had known her since school.\n")
    D.t("The ").k("Mental Welfare Commission for Scotland").t(" was consulted.\n\n")
    cpc_line(c, "adult")
    ratified_sentence(c, "learning review")
    return "LR", "adult"


def L_police_vpd_extract_other(c: Ctx):
    D = c.d
    subj = c.person()
    off = c.pro()
    dob = c.dob_adult()
    pl = c.place()
    D.k("Police Scotland").t("\nInterim Vulnerable Persons Database - concern report extract\n\n")
    D.t("Subject: ").nm(subj, "sfcaps").t("   DOB: ").dob(dob, c.ds()).t("\nLocus: ")
    c.addr(pl)
    D.t("\nReporting officer: PC ").nm(off, "init").t("\n\nConcern: found wandering at night, confused. Shared with ")
    D.k(c.a["council"]).t(" on ").date(c.referral, c.ds()).t(". No review requested.\n")
    return "OTHER", None


def L_inspection_letter_other(c: Ctx):
    D = c.d
    mgr, insp = c.pro(True), c.pro()
    home = c.home()
    D.k("Care Inspectorate").t("\n").date(c.referral, c.ds()).t("\n\nDear ").nm(mgr, "title").t("\n\n")
    D.t("Unannounced inspection of ").q("care_home", home).t("\n\nThank you for your help during our visit. We evaluated ")
    D.t("the service's support for people's wellbeing as adequate. Our full report will be published.\n\n")
    D.t("Yours sincerely\n").nm(insp).t("\nInspector\n")
    return "OTHER", None


def L_trap_cpc_endorsed_only(c: Ctx):
    D = c.d
    mother, _, (child,) = family(c, 1)
    lead = c.pro()
    D.t("Significant Case Review - Child U\n").k(c.committee("child")).t("\n\nChild U (").nm(child).t(") and mother ")
    D.nm(mother, "title").t(".\nReviewer: ").nm(lead).t("\n\nStatus\nApproved by the ").k(c.committee("child"))
    D.t(" on ").date(c.cpc, c.ds()).t(". The report goes to the next meeting of the Chief Officers Group on ")
    D.date(c.next_cog, c.ds()).t(" for ratification.\n")
    return "SCR", "child"


def L_trap_review_started_update(c: Ctx):
    D = c.d
    lead = c.pro()
    D.t("Progress update for the Care Inspectorate\n").k(c.committee("adult")).t("\n\n")
    D.t("Learning Review (Adult V): the review commenced on ").date(c.commenced, c.ds())
    D.t(". The lead reviewer is ").nm(lead, "titleinit").t(". The practitioner event is planned for ")
    D.date(c.commenced + 40 * DAY, c.ds()).t(". We expect to report to the COG in the new year.\n")
    return "OTHER", None


def L_trap_draft_for_cog(c: Ctx):
    D = c.d
    adult = c.person()
    lead = c.pro()
    D.t("DRAFT v0.4 - for the Chief Officers Group meeting on ").date(c.cog, c.ds()).t("\n")
    D.t("Learning Review: Adult W\n").k(c.committee("adult")).t("\n\nAdult W (").nm(adult, "init")
    D.t(") was supported at home by three agencies.\nAuthor: ").nm(lead).t("\n")
    D.t("Status: draft for the meeting; not yet ratified.\n")
    return "LR", "adult"


def L_trap_submitted_to_cog(c: Ctx):
    D = c.d
    _, father, (child,) = family(c, 1)
    lead = c.pro()
    D.t("Initial Case Review - Child X\n").k(c.committee("child")).t("\n\nChild X: ").nm(child).t("; father ")
    D.nm(father).t("\nLead: ").nm(lead, "init").t("\n\nEndorsed by the ").k(c.committee("child")).t(" on ")
    D.date(c.cpc, c.ds()).t(". Submitted to the COG on ").date(c.sent, c.ds()).t("; a response is awaited.\n")
    return "ICR", "child"


def L_terms_ref_adult_other(c: Ctx):
    D = c.d
    chair = c.pro()
    D.t("Terms of Reference\nLearning Review: Adult Y\n").k(c.committee("adult")).t("\n\n")
    D.t("1. Scope: the period from ").date(c.incident - 365 * DAY, c.ds()).t(" to ").date(c.incident, c.ds())
    D.t(".\n2. Agencies: ").k(c.a["board"]).t(", ").k(c.a["council"]).t(", ").k("Police Scotland").t(".\n")
    D.t("3. Chair of the review team: ").nm(chair).t(".\n4. The final report will go to the COG.\n")
    return "OTHER", None


def L_sir_nhs_other(c: Ctx):
    D = c.d
    pt = c.person()
    cons, nurse = c.pro(), c.pro(True)
    dob = c.dob_adult()
    D.k(c.a["board"]).t("\nSerious Incident Review (SAER, category 1)\n\nPatient: ").nm(pt).t("  CHI ")
    D.pii("chi", B7.chi(c.rng, dob, pt.female)).t("\nDate of event: ").date(c.incident, c.ds()).t("\n\n")
    D.t("Review team: ").nm(cons, "titleinit").t(" (consultant), ").nm(nurse, "init").t(" (senior charge nurse).\n")
    D.t("Findings: the early warning score was not escalated at handover.\n")
    return "OTHER", None


def L_outcome_letter_adult_tabled(c: Ctx):
    D = c.d
    adult = c.person()
    conv = c.pro()
    D.t(c.a["council"] + "\n\nOutcome notification - Adult Learning Review\n\n")
    D.t("Committee:\t").k(c.committee("adult")).t("\nAdult:\t").nm(adult, "initials").t("\n")
    D.t("Review type:\tLearning Review\nEndorsed by committee:\t").date(c.cpc, c.ds()).t("\n")
    D.t("Ratified by the COG:\t").ratified(c.cog, c.rs()).t("\nReport:\tattached, anonymised\n\n")
    D.t("Contact: ").nm(conv).t(", ").pii("email", c.mail(conv, 1)).t("\n")
    return "LR-OUTCOME", "adult"


def L_outcome_child_two_line(c: Ctx):
    D = c.d
    sender = c.pro()
    child = c.person()
    D.t("Learning Review outcome - Child Z (").nm(child, "initials").t(")\n").k(c.committee("child")).t("\n\n")
    D.t("The learning review is complete and the anonymised report is attached. The COG ratified the ")
    D.t("report on ").ratified(c.cog, c.rs()).t(".\n\n").nm(sender, "init").t("\n")
    return "LR-OUTCOME", "child"


def L_trap_decision_child_notproceed(c: Ctx):
    D = c.d
    child = c.person()
    D.t("Decision notification form\n").k(c.committee("child")).t("\n\nChild: ").nm(child, "initials").t("\n")
    D.t("Date of decision: ").date(c.decision, c.ds()).t("\nDecision: [x] not to proceed  [ ] proceed\n")
    D.t("Reasons: a single-agency review is already under way; learning will be shared through the committee.\n")
    return "LR-DECISION", "child"


LAYOUTS = [L_lr_family_voice, L_pe_workshop_record, L_icr_other_council_template, L_ap_lr_carehome_falls,
           L_ap_lr_discharge_readmit, L_ap_scr_hoarding, L_ap_icr_scam_mail, L_trap_decision_proceed_memo,
           L_trap_decision_decline_letter, L_outcome_eform_export, L_outcome_lowercase_mail_body,
           L_cog_minute_extract_ratified, L_trap_cog_minute_held_over, L_trap_cog_minute_sent_back,
           L_covering_note_lower_names, L_chronology_pipe_rows, L_chronology_agency_blocks,
           L_genogram_indented_tree, L_multiagency_grid_tabbed, L_gaelic_heading_icr_adult, L_typo_ridden_lr,
           L_initials_panel_scr, L_mc_mac_household, L_dob_bracketed_prose, L_police_vpd_extract_other,
           L_inspection_letter_other, L_trap_cpc_endorsed_only, L_trap_review_started_update, L_trap_draft_for_cog,
           L_trap_submitted_to_cog, L_terms_ref_adult_other, L_sir_nhs_other, L_outcome_letter_adult_tabled,
           L_outcome_child_two_line, L_trap_decision_child_notproceed]
TRAPS = {"trap_decision_proceed_memo", "trap_decision_decline_letter", "trap_cog_minute_held_over",
         "trap_cog_minute_sent_back", "trap_cpc_endorsed_only", "trap_review_started_update", "trap_draft_for_cog",
         "trap_submitted_to_cog", "trap_decision_child_notproceed"}
# OTHER papers that state when the COG ratified the review, and keep that date in the gold
DATED_OTHER = {"cog_minute_extract_ratified", "covering_note_lower_names"}

# ---------------------------------------------------------------- gold check, generation, pools


def check(name: str, text: str, doc: Doc9, doc_type: str) -> list[str]:
    """Set 8's gold check (set 7's spans, forms, names only in spans, keep terms, past DOBs, a
    ratification in the gold iff the text claims one, nicknames only in spans, no bare year as a
    DOB; an OTHER paper may carry the ratification it states).  ``generate`` adds: a subject for
    every review document and none for OTHER."""
    return B8.check(name, text, doc, doc_type)


# The generation loop, build, pools check and command line are the harness's (``blind_eval.BlindSet``).
SET = blind_eval.BlindSet(
    key="blind9", prefix="B9", seed=SEED, n=DEFAULT_N, layouts=LAYOUTS, ctx=Ctx, check=check,
    names=(FEMALE, MALE, SURNAMES, NICKNAMES, STREETS, TOWNS), places=CARE_HOMES + SCHOOLS, generic=frozenset(GENERIC),
    earlier=(B7.SET, B8.SET), subjects=True)
generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words, SET.pool_overlaps


if __name__ == "__main__":
    sys.exit(SET.main())
