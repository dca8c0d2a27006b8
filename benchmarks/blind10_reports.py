#!/usr/bin/env python3
"""Blind evaluation set 10: fictional committee documents in layouts no earlier generator made.

Written without reading the redaction rules, the analysis code or any generator's layout templates
(the ``L_*`` bodies of sets 3 to 9); only the shared harness (``blind_eval.py``), the gold format
(``score_redaction.py``), the names of earlier layouts (so none is repeated) and the non-template
parts of ``blind9_reports.py`` and ``blind8_reports.py`` (date wordings, ``Doc9``, ``Ctx``, the
sign-off helper and the gold check) were read.  Those are imported, not copied.

Why a module of its own: a figure on a set the rules were tuned on says nothing about reports
nobody here has seen, so each round needs a set nobody has looked at.  This one is written as the
papers a Care Inspectorate reviewer receives: narrative learning reviews with long prose about the
family, notes of reflective practitioner sessions, a neighbouring council's ICR form, adult
protection reviews (pressure care in a nursing home, delayed discharge, self-neglect in a tenancy,
a power of attorney and money), decision letters and e-mails (to proceed and not to proceed),
outcome notices, COG action notes (ratified, deferred for want of a quorum, returned for redraft),
a forwarded covering e-mail in lower case, chronologies as a diary and by week, a genogram drawn
with arrows, an agency involvement matrix, Gaelic-bilingual headings, a misspelt ICR, a key of
initials, hyphenated and O'/Mc/Mac surnames, double-barrelled forenames, nicknames, dates of birth
in table cells, brackets and prose.  A birth given without a full date ("born in the spring of
2019") is no date of birth in the gold; ages are keep gold; schools and care homes are quasi.
Non-review papers (a police wellbeing concern, a Mental Welfare Commission visit letter, a
progress report on a review under way, a COG agenda, an action plan) are OTHER.

Its own pools of names, nicknames, streets, towns, care homes and schools, none of which occurs in
../shared/corpus or in another generator (``pool_overlaps`` checks both, sets 7 to 9's pools
included).  Public bodies are real on purpose and are keep gold.

Gold per document (set 5's format): ``pii`` (category, person part), ``keep``, ``quasi``,
``doc_type``, ``subject`` and ``ratification_date``.  Types follow issue 10: ICR, SCR and LR are
review reports, LR-DECISION a decision notification, LR-OUTCOME an outcome notification, and
everything else OTHER with ``subject`` None.  An OTHER paper that states when the COG ratified
(``DATED_OTHER``) keeps that date; the ratification date is None where the COG has not ratified.
Fixed seed ``SEED``; ``DEFAULT_N`` documents, the layouts taken in turn.  ``generate`` raises
SystemExit listing every gold error (``check``).

Gold review (2026-12-04, by a reviewer of the generator who read no rule and no failure): every
layout's ``doc_type``, ``subject`` and ``ratification_date`` read against issue 10's kinds and set 6's
conventions, ``pii`` and ``keep`` spot-checked; no gold changed.  ``trap_referral_screening_decision``
stands as LR-DECISION: its body is the decision to proceed to a learning review, with the rationale,
and nothing in it is a review report or a ratification.  Left as written and open: the text of
``decision_not_proceed_email_body`` and ``gaelic_bilingual_scr_child`` names neither a child nor an
adult (no committee kind, no label, no age), so their ``subject`` of child cannot be read "from the
report"; whether the gold should then be None for a review document the issue does not say.
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
import blind_eval  # noqa: E402

SEED = 20261242
DEFAULT_N = 105

# ---------------------------------------------------------------- pools (checked: see pool_overlaps)

FEMALE = ("Eija Hilkka Kaarina Maija Ritva Sirpa Tuula Anneli Katalin Zsuzsanna Piroska Arantxa Edurne "
          "Nekane Idoia Mirjami Liisa Terhi Paivi Orsolya Noemi").split()
MALE = ("Jouni Pertti Veikko Gyula Istvan Inaki Olli Jarmo Kyosti Laszlo Attila Imanol Ander Koldo Markku "
        "Raimo").split()
SURNAMES = ("Virtanen Korhonen Kettunen Nagy Toth Farkas Arrieta Mendizabal MacKerchar O'Dowda MacNicol "
            "McCorkindale Hakkarainen Jaaskelainen Bognar Meszaros Oroszlan Aranburu Larrazabal Iturbe "
            "McAllan McInally O'Loan").split()
NICKNAMES = ("Zsuzsi", "Pisti", "Txema", "Tapsa", "Jokke", "Marjo", "Gyuri")
STREETS = ("Eshaness Sumburgh Sandness Quendale Vementry Aithsting Skeld Lunna Sullom Stenness Birsay "
           "Harray Orphir Deerness Tankerness Burray Flotta Sanday Stronsay Westray Egilsay Rousay "
           "Shapinsay").split()
STREET_KINDS = B8.STREET_KINDS
TOWNS = {
    "Laurencekirk": "AB30", "Duns": "TD11", "Annan": "DG12", "Hillswick": "ZE2", "Cunningsburgh": "ZE2",
    "Burravoe": "ZE2", "Mossbank": "ZE2", "Ollaberry": "ZE2", "Fetlar": "ZE2", "Tingwall": "ZE2",
    "Bixter": "ZE2", "Dounby": "KW17", "Finstown": "KW17", "Baltasound": "ZE2", "Levenwick": "ZE2",
    "Quarff": "ZE2", "Gulberwick": "ZE1", "Vidlin": "ZE2", "Hoswick": "ZE2", "Weisdale": "ZE2",
    "Symbister": "ZE2", "Cullivoe": "ZE2",
}
CARE_HOMES = [f"{w} {k}" for w, k in zip("Whinchat Stonechat Dunlin Redshank Greenshank Turnstone Sanderling "
                                          "Dotterel Ptarmigan".split(),
                                          ("House", "Care Home", "Haven", "Court Nursing Home", "Care Home",
                                           "House", "Residential Home", "Care Centre", "Haven"))]
SCHOOLS = [f"{w} {k}" for w, k in zip("Lochnagar Clachnaben Mormond Cairnpapple Tinto Culter Lowther Criffel "
                                       "Merrick Cairnsmore Dumyat".split(),
                                       ("Primary School", "Academy", "Primary School", "Nursery", "High School",
                                        "Primary School", "Early Learning Centre", "Academy", "Primary School",
                                        "High School", "Nursery"))]
GENERIC = B9.GENERIC

AREAS = B8.AREAS
GAELIC = B8.GAELIC

# ---------------------------------------------------------------- dates: set 9's wordings (read by set 7's reader)

read_dates = B7.read_dates
STYLES = B9.STYLES
NEW_STYLES = B9.NEW_STYLES
fmt = B9.fmt

# ---------------------------------------------------------------- people, places, documents

_SRC_UPPER = None


def bad_initials() -> set[str]:
    """Upper-case 2-3 letter words this module writes as text: initials equal to one would collide."""
    global _SRC_UPPER
    if _SRC_UPPER is None:
        src = Path(__file__).read_text(encoding="utf-8")
        _SRC_UPPER = (set(re.findall(r"\b[A-Z]{2,3}\b", src)) | {o[:2] for o in TOWNS.values()}
                      | B9.bad_initials() | {"ZE", "KW", "AB", "DG", "TD"})
    return _SRC_UPPER


Place = B7.Place  # given this set's pools by ``Ctx.place``


class Ctx(B9.Ctx):
    """Set 9's context (timeline, areas, identifiers, Doc9) with this set's pools."""
    FEMALE, MALE, SURNAMES, NICKNAMES = FEMALE, MALE, SURNAMES, NICKNAMES
    STREETS, TOWNS, STREET_KINDS = STREETS, TOWNS, STREET_KINDS
    SCHOOLS, CARE_HOMES = SCHOOLS, CARE_HOMES
    bad_initials = staticmethod(bad_initials)


age = B7.age
HEALTH = B8.HEALTH
SOCIAL = B8.SOCIAL
sign = B8.sign
marking = B8.marking
family = B8.family


def aged(c: Ctx, dob: dt.date, on: dt.date) -> None:
    """An age, which is keep gold (the reviewer needs it)."""
    n = age(dob, on)
    c.d.k(c.rng.choice((f"aged {n}", f"{n} years old", f"{n} yrs old")))


def cog_ratified(c: Ctx, kind: str = "review") -> None:
    """This set's ways of saying the COG ratified, the date the gold."""
    D, day, i = c.d, c.cog, c.rng.randrange(5)
    if i == 0:
        D.t(f"Our Chief Officers Group ratified the {kind} on ").ratified(day, c.rs()).t(".\n")
    elif i == 1:
        D.t("COG ratification date - ").ratified(day, c.rs()).t("\n")
    elif i == 2:
        D.t(f"The Chief Officers ratified this {kind} and its recommendations on ").ratified(day, c.rs()).t(".\n")
    elif i == 3:
        D.t(f"Ratified by COG: ").ratified(day, c.rs()).t("\n")
    else:
        D.t(f"The {kind} was ratified at the Chief Officers Group meeting on ").ratified(day, c.rs()).t(".\n")


def head(c: Ctx, title: str, subject: str) -> None:
    c.d.t(f"{marking(c)}\n\n").k(c.committee(subject)).t(f"\n{title}\n\n")


def sig(c: Ctx, social: bool = True) -> None:
    p = c.pro()
    sign(c, p, c.rng.choice(SOCIAL if social else HEALTH), c.a["council"] if social else c.a["board"])


# ---------------------------------------------------------------- layouts (each returns doc_type, subject)


def L_lr_sibling_narrative(c: Ctx):
    D = c.d
    mum, dad, (kid, sib) = family(c, 2)
    gran = c.person(True)
    nick = c.nickname()
    kdob, sdob = c.dob_young(2014, 2019), c.dob_young(2008, 2012)
    head(c, "Learning Review: the story of a family", "child")
    D.t("1. The family\n")
    D.nm(kid).t(" (known to everyone as ").nick(nick).t(") lived with ").nm(mum, "forename").t(", their mother, and an older sibling, ")
    D.nm(sib).t(", ").dob(sdob, c.ds()).t(". ").nm(kid, "forename").t(" was born on ").dob(kdob, c.ds()).t(" and was ")
    aged(c, kdob, c.incident)
    D.t(" when the review began. ").nm(mum, "title").t(" told the reviewers that the hardest time was the winter after ")
    D.nm(dad, "forename").t(" left; he saw the children at weekends at the home of his own mother, ").nm(gran).t(".\n")
    D.t("2. What the family said\n").nm(sib, "forename").t(" said that nobody asked what it was like at home. ")
    D.nm(gran, "title").t(" said she had phoned the school, ").q("school", c.school()).t(", twice.\n")
    D.t("3. Practice\nThe ").k("Health Visitor").t(" and ").k(c.a["board"]).t(" records show ").nick(nick).t(" missed three appointments.\n\n")
    cog_ratified(c, "learning review")
    sig(c)
    return "LR", "child"


def L_pe_reflective_session_notes(c: Ctx):
    D = c.d
    kid = c.person()
    f1, f2 = c.pro(), c.pro()
    D.t("Notes of a reflective session for practitioners\n").k(c.committee("child")).t("\n")
    D.t("Held on ").date(c.commenced + B9.DAY * 20, c.ds()).t(" (online)\n\nFacilitators: ").nm(f1).t(" and ").nm(f2, "init").t("\n\n")
    D.t("Practitioners were asked what they knew about ").nm(kid, "forename").t(" at the time. ")
    D.nm(f1, "forename").t(" reminded everyone that the session is not a disciplinary process.\n")
    D.t("- Threshold for a child protection referral was understood differently by ").k("Police Scotland").t(" and education.\n")
    D.t("- Nobody held the whole picture.\nThese notes feed into the learning review; they are not the report.\n")
    return "OTHER", None


def L_icr_neighbouring_council_form(c: Ctx):
    D = c.d
    kid = c.person()
    mum = c.person(True, surname=kid.surname)
    pl = c.place()
    kdob = c.dob_child()
    head(c, "INITIAL CASE REVIEW (ICR) - proforma used by the neighbouring council", "child")
    D.t("Section 1  Child\n  1.1 Name ........ ").nm(kid, "caps").t("\n  1.2 D.O.B. ...... ").dob(kdob, c.ds())
    D.t("\n  1.3 CHI ......... ").pii("chi", B7.chi(c.rng, kdob, kid.female)).t("\n  1.4 Address ..... ")
    c.addr(pl)
    D.t("\nSection 2  Parent/carer\n  2.1 ").nm(mum, "surname_first").t(" (mother)\n")
    D.t("Section 3  Summary of concern\n  ").nm(mum, "title").t(" reported that ").nm(kid, "forename")
    D.t(" had not been seen by the ").k("School Nurse").t(" since the summer term.\n")
    D.t("Section 4  Recommendation: proceed to a learning review.\n")
    cog_ratified(c, "ICR")
    sig(c)
    return "ICR", "child"


def L_ap_lr_nursing_home_pressure_sores(c: Ctx):
    D = c.d
    res = c.person(title=None)
    son = c.person(False, surname=res.surname)
    mgr = c.pro()
    rdob = c.dob_older()
    home = c.home()
    head(c, "Adult Protection Learning Review: pressure care", "adult")
    D.t("The adult, ").nm(res, "titlefull").t(" (born ").dob(rdob, c.ds()).t("), moved to ").q("care_home", home)
    D.t(" after a stay in ").k(c.a["hosp"]).t(". Her son ").nm(son).t(" visited most days and raised the sores with the manager, ")
    D.nm(mgr).t(".\n").nm(res, "title").t(" was ")
    aged(c, rdob, c.incident)
    D.t(". ").nm(son, "forename").t(" said he was told the dressings were 'in hand'.\nNHS number: ").pii("nhs", B7.nhs(c.rng)).t("\n\n")
    cog_ratified(c, "learning review")
    sig(c, social=False)
    return "LR", "adult"


def L_ap_icr_delayed_discharge(c: Ctx):
    D = c.d
    pt = c.person()
    dau = c.person(True)
    pdob = c.dob_older()
    pl = c.place()
    head(c, "Initial Case Review - discharge from hospital", "adult")
    D.t("Patient: ").nm(pt, "sfcaps").t("   DOB ").dob(pdob, c.ds()).t("\nHome address: ")
    c.addr(pl)
    D.t("\nNext of kin: ").nm(dau).t(" (daughter, married name)\n\n")
    D.nm(pt, "title").t(" was discharged from ").k(c.a["hosp"]).t(" on a Friday evening with no care package in place. ")
    D.nm(dau, "forename").t(" found ").nm(pt, "forename").t(" on the floor the next morning.\n")
    cog_ratified(c, "ICR")
    return "ICR", "adult"


def L_ap_scr_selfneglect_tenancy(c: Ctx):
    D = c.d
    man = c.person(False)
    hw = c.pro()
    pl = c.place()
    head(c, "Significant Case Review: self-neglect in a council tenancy", "adult")
    D.nm(man).t(" had held the tenancy at ")
    c.addr(pl)
    D.t(" for twenty years. Neighbours called him '").nick(c.nickname()).t("'. The housing officer, ").nm(hw, "titleinit")
    D.t(", recorded that ").nm(man, "title").t(" refused entry eleven times.\nHis National Insurance number (")
    D.pii("ni", B7.ni(c.rng)).t(") was used to trace a benefits claim.\n")
    cog_ratified(c, "SCR")
    sig(c)
    return "SCR", "adult"


def L_ap_lr_power_of_attorney_finance(c: Ctx):
    D = c.d
    adult = c.person(True)
    nephew = c.person(False)
    adob = c.dob_older()
    head(c, "Learning Review - financial harm by a person holding power of attorney", "adult")
    D.t("Adult at risk: ").nm(adult, "full").t(", date of birth ").dob(adob, c.ds()).t(".\n")
    D.t("Her nephew, ").nm(nephew).t(", held a continuing power of attorney from ").date(c.incident - B9.DAY * 700, c.ds())
    D.t(". The bank alerted ").k("Police Scotland").t(" after withdrawals of several thousand pounds. ")
    D.nm(nephew, "title").t(" said the money was a gift. ").nm(adult, "forename").t(" could not remember.\n")
    D.t("The ").k("Office of the Public Guardian").t(" has since suspended the power.\n")
    cog_ratified(c, "learning review")
    return "LR", "adult"


def L_decision_letter_to_proceed_lr(c: Ctx):
    D = c.d
    adult = c.person()
    chair = c.pro()
    D.t("Dear colleague\n\nDecision on a request for a learning review\n\n")
    D.t("The ").k(c.committee("adult")).t(" has considered the referral about ").nm(adult, "initials")
    D.t(" and decided on ").date(c.decision, c.ds()).t(" to proceed with a learning review.\n")
    D.t("Reasons: more than one agency was involved; there may be learning about discharge planning.\n")
    D.t("The report will go to the Chief Officers Group when it is complete.\n\nYours sincerely\n")
    sign(c, chair, "Independent Chair", c.committee("adult"))
    return "LR-DECISION", "adult"


def L_decision_not_proceed_email_body(c: Ctx):
    D = c.d
    kid = c.person()
    to, fr = c.pro(), c.pro()
    D.t("From: ").pii("email", c.mail(fr)).t("\nTo: ").pii("email", c.mail(to)).t("\nSubject: ICR outcome - decision\n\n")
    D.t("hi ").nm(to, "lowerfore").t(",\n\nthe panel met on ").date(c.decision, c.ds()).t(" and agreed NOT to proceed to a learning review for ")
    D.nm(kid, "initials").t(". Criteria not met: the single-agency review by ").k(c.a["board"]).t(" covers the learning.\n\nthanks\n").nm(fr, "lowerfore").t("\n")
    return "LR-DECISION", "child"


def L_outcome_notice_numbered(c: Ctx):
    D = c.d
    kid = c.person()
    D.t("NOTIFICATION OF OUTCOME OF A LEARNING REVIEW\n").k(c.committee("child")).t("\n\n")
    D.t("1) Child: ").nm(kid, "initials").t("\n2) Type: Learning Review\n3) Findings: 6; recommendations: 4\n4) ")
    cog_ratified(c, "learning review")
    D.t("5) Publication: summary only\n")
    return "LR-OUTCOME", "child"


def L_outcome_memo_adult_short(c: Ctx):
    D = c.d
    adult = c.person()
    lead = c.pro()
    D.t("MEMO\nTo: Care Inspectorate\nRe: outcome of the adult protection learning review (").nm(adult, "dotinitials").t(")\n\n")
    D.t("The ").k(c.committee("adult")).t(" confirms the review is complete. ")
    cog_ratified(c, "review")
    D.t("Lead officer: ").nm(lead, "init").t("\n")
    return "LR-OUTCOME", "adult"


def L_cog_action_note_ratified(c: Ctx):
    D = c.d
    ch = c.pro()
    D.t("Chief Officers Group - action note\nPresent: ").nm(ch).t(" (Chair), ").k(c.a["council"]).t(", ").k(c.a["board"]).t(", ").k("Police Scotland").t("\n\n")
    D.t("Item 4  Learning review (child) from the ").k(c.committee("child")).t("\n")
    D.t("Action: report ratified; publish summary. ")
    cog_ratified(c, "review")
    return "OTHER", None


def L_trap_cog_note_deferred_quorum(c: Ctx):
    D = c.d
    D.t("COG meeting ").date(c.cog, c.ds()).t(" - note of items\n\nItem 3  Significant Case Review (adult): DEFERRED. ")
    D.t("The meeting was not quorate (no representative of ").k(c.a["board"]).t("). To be taken at the next meeting on ")
    D.date(c.next_cog, c.ds()).t(".\n")
    return "OTHER", None


def L_trap_cog_note_returned_redraft(c: Ctx):
    D = c.d
    D.t("Chief Officers Group\nDecision log, meeting of ").date(c.cog, c.ds()).t("\n\n")
    D.t("ICR (child), ").k(c.committee("child")).t(": RETURNED to the author for redrafting; the chronology is incomplete and the ")
    D.t("recommendations are not SMART. Resubmit by ").date(c.next_cog - B9.DAY * 14, c.ds()).t(".\n")
    return "OTHER", None


def L_covering_email_forwarded_lower(c: Ctx):
    D = c.d
    a, b, kid = c.pro(), c.pro(), c.person()
    D.t("---------- Forwarded message ---------\nFrom: ").nm(a, "lower").t(" <").pii("email", c.mail(a)).t(">\n")
    D.t("To: ").pii("email", c.mail(b, 1)).t("\nSubject: fw: review report for the CI\n\n")
    D.t("please find attached the review for ").nm(kid, "lowerfore").t(" as asked. the password follows separately.\n\n")
    D.t("regards, ").nm(a, "lowerfore").t("\n").k(c.a["council"]).t("\n")
    return "OTHER", None


def L_chronology_diary_scr(c: Ctx):
    D = c.d
    kid, mum = c.person(), c.person(True)
    kdob = c.dob_child()
    head(c, "Significant Case Review - chronology (diary form)", "child")
    D.t("Subject child: ").nm(kid).t(" (").dob(kdob, c.ds()).t(")\n\n")
    day = c.incident - B9.DAY * 200
    for what in ("GP sees mother; low mood noted", "nursery reports bruise to arm", "police attend, domestic noise",
                 "child not brought to clinic", "referral to social work"):
        D.date(day, c.ds()).t(" >> ").t(what).t("\n")
        day += B9.DAY * c.rng.randrange(15, 40)
    D.t("\nMother, ").nm(mum, "titlefull").t(", was not asked about the bruise.\n")
    cog_ratified(c, "SCR")
    return "SCR", "child"


def L_chronology_by_week_lr(c: Ctx):
    D = c.d
    adult, carer = c.person(), c.person()
    head(c, "Learning Review: the last eight weeks", "adult")
    D.t("Adult: ").nm(adult, "initglued").t("    Main carer: ").nm(carer, "surcomma").t("\n\n")
    for w in range(1, 6):
        D.t(f"Week {w}: ")
        D.t(c.rng.choice(("home care visits cut to one a day", "carer asks for respite", "district nurse visit missed",
                          "no contact from any agency", "ambulance called")))
        D.t("\n")
    D.t("\n").nm(carer, "title").t(" had asked for help in week 2.\n")
    cog_ratified(c, "learning review")
    return "LR", "adult"


def L_genogram_arrow_text_lr(c: Ctx):
    D = c.d
    mum, dad, (k1, k2) = family(c, 2, same=False)
    ex = c.person(False)
    head(c, "Learning Review\nAppendix 1: genogram (text version)", "child")
    D.nm(ex).t(" ==(sep.)== ").nm(mum).t(" ==(cohab.)== ").nm(dad).t("\n")
    D.t("                     |\n          +----------+----------+\n          ")
    D.nm(k1, "forename").t(" (").dob(c.dob_young(), c.ds()).t(")      ").nm(k2, "forename").t(" (born in the spring of 2021)\n\n")
    D.t("Key: == relationship; + children. ").nm(ex, "title").t(" has no contact.\n")
    cog_ratified(c, "learning review")
    return "LR", "child"


def L_agency_involvement_matrix_icr(c: Ctx):
    D = c.d
    kid = c.person()
    head(c, "ICR - agency involvement matrix", "child")
    D.t("Child: ").nm(kid, "initnodot").t("\n\n").t("Agency".ljust(34) + "Known?  Last contact\n")
    for ag in (c.a["council"], c.a["board"], "Police Scotland", "Scottish Children's Reporter Administration"):
        D.k(ag).t(" " * max(1, 34 - len(ag)) + c.rng.choice(("Y", "N")) + "       ").date(c.incident - B9.DAY * c.rng.randrange(5, 90), c.ds()).t("\n")
    D.t("\n")
    cog_ratified(c, "ICR")
    return "ICR", "child"


def L_gaelic_bilingual_scr_child(c: Ctx):
    D = c.d
    a = GAELIC
    kid, mum = c.person(), c.person(True)
    D.t(f"{marking(c)}\n").k(a["council"]).t("\nAthbheithneachadh Cùise Chudromaich / Significant Case Review\n\n")
    D.t("Geàrr-chunntas / Summary\n").nm(kid).t(" lived with ").nm(mum, "title").t(" on the island. ")
    D.t("Help from ").k(a["board"]).t(" came by ferry.\n\nCo-dhùnaidhean / Conclusions\n")
    D.t("Ratified by COG: ").ratified(c.cog, c.rs()).t("\n")
    return "SCR", "child"


def L_misspelt_icr_adult(c: Ctx):
    D = c.d
    adult, wkr = c.person(), c.pro()
    adob = c.dob_adult()
    D.t("INITAL CASE REVEIW\n").k(c.committee("adult")).t("\n\n")
    D.t("Adult at rsik: ").nm(adult, "capsfull").t("  d.o.b ").dob(adob, c.ds()).t("\n")
    D.t("the adult was vistied by ").nm(wkr, "lowertitle").t(" who notd that the flat was cold and tehre was no food. ")
    D.t("Refered to ").k("Police Scotland").t(" for a welfare check. OUTCOME of icr: Learning Review recomended.\n")
    cog_ratified(c, "ICR")
    return "ICR", "adult"


def L_initials_key_lr_child(c: Ctx):
    D = c.d
    kid, mum, step = c.person(), c.person(True), c.person(False)
    head(c, "Learning Review - key to initials used", "child")
    D.t("Child A  ").nm(kid, "initials").t("\nMother  ").nm(mum, "initials").t("\nMother's partner  ").nm(step, "initials").t("\n\n")
    D.nm(kid, "initials").t(" told a teacher that ").nm(step, "initials").t(" shouted. ").nm(mum, "initials")
    D.t(" said the house was calm.\n")
    cog_ratified(c, "learning review")
    return "LR", "child"


def L_hyphen_oapostrophe_family_scr(c: Ctx):
    D = c.d
    kid = c.person(double=True)
    mum = c.person(True, surname=kid.surname)
    gf = c.person(False)
    head(c, "Significant Case Review", "child")
    D.t("This review is about ").nm(kid).t(". Her mother, ").nm(mum).t(", and her grandfather, ").nm(gf, "titlefull")
    D.t(", shared care. ").nm(kid, "forename").t(" attended ").q("school", c.school()).t(". ").nm(gf, "title")
    D.t(" told the review he was never invited to a meeting.\n")
    cog_ratified(c, "SCR")
    return "SCR", "child"


def L_dob_table_cells_lr_adult(c: Ctx):
    D = c.d
    adult, bro = c.person(), c.person()
    head(c, "Learning Review - persons in the household", "adult")
    D.t("| Name | Relationship | Date of birth |\n|---|---|---|\n")
    D.t("| ").nm(adult).t(" | adult at risk | ").dob(c.dob_adult(), c.ds()).t(" |\n")
    D.t("| ").nm(bro).t(" | brother | ").dob(c.dob_adult(), c.ds()).t(" |\n\n")
    D.nm(adult, "forename").t(" has a learning disability and relied on ").nm(bro, "forename").t(".\n")
    cog_ratified(c, "learning review")
    return "LR", "adult"


def L_police_wellbeing_concern_other(c: Ctx):
    D = c.d
    kid, off = c.person(), c.person()
    D.k("Police Scotland").t("\nConcern report (child wellbeing)\n\nChild: ").nm(kid, "caps").t("  DOB ").dob(c.dob_child(), c.ds())
    D.t("\nReporting officer: PC ").nm(off, "surname").t("\nShared with ").k(c.a["council"]).t(" on ").date(c.incident, c.ds()).t(".\n")
    return "OTHER", None


def L_mwc_visit_letter_other(c: Ctx):
    D = c.d
    pt, off = c.person(), c.pro()
    D.k("Mental Welfare Commission for Scotland").t("\n\nDear Chief Social Work Officer\n\nFollowing our visit on ")
    D.date(c.incident + B9.DAY * 30, c.ds()).t(" to ").nm(pt, "titleinit").t(" we make three recommendations about care planning.\n\n")
    D.t("Yours faithfully\n").nm(off).t("\nNursing Officer\n")
    return "OTHER", None


def L_trap_cpc_signoff_awaits_cog(c: Ctx):
    D = c.d
    kid = c.person()
    head(c, "Learning Review - final report", "child")
    D.t("The review concerned ").nm(kid, "initials").t(". ")
    D.t("Signed off by the ").k(c.committee("child")).t(" on ").date(c.cpc, c.ds())
    D.t(". It will be presented to the Chief Officers Group on ").date(c.next_cog, c.ds()).t(" for ratification.\n")
    return "LR", "child"


def L_trap_progress_report_review_begun(c: Ctx):
    D = c.d
    lead = c.pro()
    D.t("Progress report: learning review (adult)\n").k(c.committee("adult")).t("\n\n")
    D.t("The review commenced on ").date(c.commenced, c.ds()).t(". Conversations with practitioners are under way; the family has been contacted. ")
    D.t("A draft is expected before the COG meeting of ").date(c.next_cog, c.ds()).t(".\nReviewer: ").nm(lead).t("\n")
    return "OTHER", None


def L_trap_draft_v03_for_cog(c: Ctx):
    D = c.d
    adult = c.person()
    D.t("DRAFT v0.3 - NOT FOR CIRCULATION\nAdult Protection Learning Review\n").k(c.committee("adult")).t("\n\n")
    D.t("Draft for the Chief Officers Group meeting of ").date(c.cog, c.ds()).t(".\n\n")
    D.nm(adult).t(" lived alone and was visited four times a day.\n")
    return "LR", "adult"


def L_trap_cog_agenda_item(c: Ctx):
    D = c.d
    D.t("CHIEF OFFICERS GROUP\nAgenda\n").date(c.next_cog, c.ds()).t(", 10:00, by Teams\n\n")
    D.t("1. Apologies\n2. Minute of the last meeting\n3. Learning review (child) from the ").k(c.committee("child"))
    D.t(" - for ratification\n4. Any other business\n")
    return "OTHER", None


def L_action_plan_smart_other(c: Ctx):
    D = c.d
    own = c.pro()
    D.t("Action plan arising from the learning review\n").k(c.committee("child")).t("\n\n")
    D.t("No. | Action | Owner | By\n1 | Refresh chronology guidance | ").nm(own, "init").t(" | ").date(c.next_cog, c.ds()).t("\n")
    D.t("2 | Joint training with ").k("Police Scotland").t(" | ").nm(own, "init").t(" | ").date(c.next_cog + B9.DAY * 60, c.ds()).t("\n")
    return "OTHER", None


def L_outcome_letter_bilingual_adult(c: Ctx):
    D = c.d
    a = GAELIC
    adult = c.person()
    D.k(a["council"]).t("\nFios mu Thoradh / Notification of Outcome\n\n")
    D.t("Adult: ").nm(adult, "initials").t("\nType of review: Learning Review\n")
    cog_ratified(c, "learning review")
    D.t("Contact: ").k(a["apc"]).t("\n")
    return "LR-OUTCOME", "adult"


def L_lr_spring_born_prose(c: Ctx):
    D = c.d
    kid, mum = c.person(), c.person(True)
    sis = c.person(True, surname=kid.surname)
    head(c, "Learning Review", "child")
    D.nm(kid).t(" was born in the spring of 2019 and was ").k("six years old").t(" when the nursery raised concerns. ")
    D.t("Their half-sister ").nm(sis).t(" (DOB ").dob(c.dob_young(2006, 2010), c.ds()).t(") often collected them. ")
    D.nm(mum, "forename").t(" worked nights.\n")
    cog_ratified(c, "learning review")
    return "LR", "child"


def L_trap_referral_screening_decision(c: Ctx):
    D = c.d
    kid = c.person()
    D.t("Record of screening decision\n").k(c.committee("child")).t("\n\nReferral received: ").date(c.referral, c.ds())
    D.t("\nChild: ").nm(kid, "initials").t("\nDecision (").date(c.decision, c.ds()).t("): proceed to a learning review (an Initial Case Review is complete).\n")
    D.t("Rationale: the criteria in the national guidance are met.\n")
    return "LR-DECISION", "child"


def L_carers_statement_appendix_lr(c: Ctx):
    D = c.d
    adult = c.person()
    wife = c.person(True, surname=adult.surname)
    head(c, "Learning Review - Appendix 3: the family's own words", "adult")
    D.t("\"").nm(adult, "forename").t(" was a joiner for forty years. After the stroke nobody told me who to phone,\" said ")
    D.nm(wife).t(". \"I rang ").k(c.a["hosp"]).t(" every day.\"\n").nm(wife, "title").t(" is ")
    aged(c, c.dob_older(), c.incident)
    D.t(".\n")
    cog_ratified(c, "learning review")
    return "LR", "adult"


LAYOUTS = [L_lr_sibling_narrative, L_pe_reflective_session_notes, L_icr_neighbouring_council_form, 
           L_ap_lr_nursing_home_pressure_sores, L_ap_icr_delayed_discharge, L_ap_scr_selfneglect_tenancy, 
           L_ap_lr_power_of_attorney_finance, L_decision_letter_to_proceed_lr, 
           L_decision_not_proceed_email_body, L_outcome_notice_numbered, L_outcome_memo_adult_short, 
           L_cog_action_note_ratified, L_trap_cog_note_deferred_quorum, L_trap_cog_note_returned_redraft, 
           L_covering_email_forwarded_lower, L_chronology_diary_scr, L_chronology_by_week_lr, 
           L_genogram_arrow_text_lr, L_agency_involvement_matrix_icr, L_gaelic_bilingual_scr_child, 
           L_misspelt_icr_adult, L_initials_key_lr_child, L_hyphen_oapostrophe_family_scr, 
           L_dob_table_cells_lr_adult, L_police_wellbeing_concern_other, L_mwc_visit_letter_other, 
           L_trap_cpc_signoff_awaits_cog, L_trap_progress_report_review_begun, L_trap_draft_v03_for_cog, 
           L_trap_cog_agenda_item, L_action_plan_smart_other, L_outcome_letter_bilingual_adult, 
           L_lr_spring_born_prose, L_trap_referral_screening_decision, L_carers_statement_appendix_lr]
TRAPS = {"decision_letter_to_proceed_lr", "decision_not_proceed_email_body", "trap_cog_note_deferred_quorum",
         "trap_cog_note_returned_redraft", "trap_cpc_signoff_awaits_cog", "trap_progress_report_review_begun",
         "trap_draft_v03_for_cog", "trap_cog_agenda_item", "trap_referral_screening_decision"}
# OTHER papers that state when the COG ratified the review, and keep that date in the gold
DATED_OTHER = {"cog_action_note_ratified"}

# ---------------------------------------------------------------- gold check, generation, pools


def check(name: str, text: str, doc: B9.Doc9, doc_type: str) -> list[str]:
    """Set 8's gold check (as set 9 uses it).  ``generate`` adds: a subject for every review
    document and none for OTHER."""
    return B8.check(name, text, doc, doc_type)


# The generation loop, build, pools check and command line are the harness's (``blind_eval.BlindSet``).
SET = blind_eval.BlindSet(
    key="blind10", prefix="B10", seed=SEED, n=DEFAULT_N, layouts=LAYOUTS, ctx=Ctx, check=check,
    names=(FEMALE, MALE, SURNAMES, NICKNAMES, STREETS, TOWNS), places=CARE_HOMES + SCHOOLS, generic=frozenset(GENERIC),
    earlier=(B7.SET, B8.SET, B9.SET), subjects=True)
generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words, SET.pool_overlaps


if __name__ == "__main__":
    sys.exit(SET.main())
