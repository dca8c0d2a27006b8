#!/usr/bin/env python3
"""Blind evaluation set 13: fictional committee documents in layouts no earlier generator made.

Written without reading the redaction rules, the analysis code or any generator's layout templates
(the ``L_*`` bodies of sets 3 to 12); only the shared harness (``blind_eval.py``), the brief's list of
set 11's and set 12's shapes, the names of earlier layouts (``grep -h "^def L_"``), ``eval_blind12.py``
(docstring and figures), the tests' ``SETS`` table, and the non-template parts of ``blind12_reports.py``,
``blind11_reports.py``, ``blind10_reports.py``, ``blind9_reports.py``, ``blind8_reports.py`` and, for
the API they build on, ``blind7_reports.py`` and ``blind5_reports.py`` (``Doc``, ``Person``, ``Ctx``,
``Place``, date wordings, sign-off helpers, gold checks) were read.  Those are imported, not copied.

Why a module of its own: set 12 is tuned on in round 14; this set measures that round on reports
nobody here has seen.  Its shapes are new: an interpreter-mediated account, a family tree in words,
a multi-agency meeting transcript with speaker labels, a practitioner's reflective log, a CPC letter
to a family, a review extract in a newsletter (OTHER), a contacts export with DOBs, a report in Scots
usage, an adult review of a hospital discharge naming ward staff, e-mails with names in To/Cc
headers, quoted text messages, an LR outcome in a committee bulletin, a housing officer's letter, a
reviewer's interview schedule, a key-worker handover, a decision by minute of agreement, an outcome
as a register line, a learning-event feedback form, and more; traps: a COG meeting to come, CPC
approval with the COG not met, a report submitted to the COG, a review-commenced date only;
ratifications in words ("on the 3rd day of ..."), as "3.2.26", and as approval or endorsement by the
COG (which is ratification).  Dates of birth in tables, brackets and prose, without the word too; a
season of birth is no DOB.

Pools: Swahili, Lithuanian, Maltese, Georgian, Tongan/Samoan and Mongolian names; Arran, Bute and
Caithness places for streets; Banffshire, Buchan, Caithness and Sutherland villages for towns; stars for care homes; Islay places for schools;
none in ../shared/corpus or another generator (``pool_overlaps`` checks, sets 7 to 12 included).
Public bodies are real and keep gold; schools and care homes quasi; ages and pseudonyms keep.

Gold per document as sets 10 to 12 (``pii``, ``keep``, ``quasi``, ``doc_type``, ``subject``,
``ratification_date``); types follow issue 10; panel minutes, status notes, newsletters, terms of
reference are OTHER with subject None.  Fixed seed ``SEED``; ``DEFAULT_N`` documents, the layouts in
turn; ``generate`` raises SystemExit listing every gold error.

Gold review (2026-12-07, by helper gold13, without running the engine; generated documents read
against issue 10's kinds and the gold brief).  One change:
- ``B13_outcome_register_line_child``: ``doc_type`` LR-OUTCOME -> OTHER, ``subject`` child -> None;
  the ratification date stays (now in ``DATED_OTHER``).  A line of a review register is a record
  kept by the committee, not an outcome notification; issue 10: "everything else OTHER", as set 12's
  COG action tracker (``cog_action_tracker_csv_ratified_other``).  This alters the writer's one run
  (type 81/105 and subject 70/72 in ``eval_blind13``'s docstring): the lead reruns the measure.
Checked and kept: ``practitioner_reflective_log_other`` (OTHER, None, no date: "the learning review
has begun" is neither a report nor a ratification); the traps (to come, CPC only, submitted,
commenced: no date); every name form, DOB, address and identifier is in the gold (lower-case names
in the handover, the texts and the forwarded e-mail included; "sefo" inside "sefos" is gold).
Open questions (kept as written):
- ``forwarded_lowercase_outcome_adult``: kept LR-OUTCOME; its body is the outcome notice (COG date,
  "outcome: accepted"), a forward adding nothing of its own.  If forwarded mails are read as cover
  notes it would be OTHER with its date kept.
- ``bulletin_lr_outcome_adult`` (LR-OUTCOME) vs ``newsletter_review_extract_other`` (OTHER): a
  committee bulletin announcing an outcome is kept as a notification; a reader who takes only the
  formal notice to the Care Inspectorate as LR-OUTCOME would call it OTHER (date kept).
- ``cpc_letter_to_family_outcome_child``: kept LR-OUTCOME, though addressed to the family, not to the
  Care Inspectorate.
- ``email_to_cc_headers_decision_adult`` and ``decision_not_proceed_letter_adult`` notify decisions
  about a "Significant Case Review" (kept LR-DECISION: the kind is the notification, not the review's
  name); the proceeding one gives no reasons.
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
from blind5_reports import Person  # noqa: E402
import blind_eval  # noqa: E402

SEED = 20261263
DEFAULT_N = 105

# ---------------------------------------------------------------- pools (checked: see pool_overlaps)

FEMALE = ("Zawadi Neema Rehema Imani Wanjiku Nyokabi Ruta Jurgita Vaida Gintare Dovile Marvic Tamar Mzia "
          "Tinatin Salote Oyuna Tsetseg Bolormaa Nanuli").split()
MALE = ("Baraka Jabari Juma Mwangi Gintaras Karmenu Pawlu Salvu Vakhtang Sione Tevita Viliami Sefo Bataar "
        "Ganbold Temuulen Otar Revaz Semisi").split()
SURNAMES = ("Kamau Njoroge Wambui Ochieng Kiprono Butkus Spiteri Azzopardi Xuereb Cassar Bugeja Javakhishvili "
            "Chkheidze Fonoti Taufa Tuilagi Faleolo Vainikolo Havili Batbayar Ganzorig Mlambo Kiprotich Nyambura "
            "McKinlay McKinstry MacWhirter McGurk O'Fearghail O'Sheedy").split()
NICKNAMES = ("Zawi", "Tiko", "Levo", "Sefa", "Zuka", "Oyu")
STREETS = ("Lamlash Brodick Kildonan Lochranza Machrie Shiskine Pirnmill Catacol Sannox Sliddery Kilmory "
           "Dougarie Kingarth Ascog Ardbeg Keiss Lybster Dunbeath Watten Halkirk Latheron").split()
STREET_KINDS = B8.STREET_KINDS
TOWNS = {
    "Glenlivet": "AB37", "Knockando": "AB38", "Cabrach": "AB54", "Cuminestown": "AB53", "Pennan": "AB43",
    "Rosehearty": "AB43", "Dunnet": "KW14", "Castletown": "KW14", "Reay": "KW14", "Embo": "IV25",
    "Rogart": "IV28", "Berriedale": "KW7", "Lagg": "KA27",
}
CARE_HOMES = [f"{w} {k}" for w, k in zip("Altair Capella Arcturus Rigel Deneb Aldebaran Procyon Betelgeuse "
                                          "Canopus".split(),
                                          ("House", "Care Home", "Court Nursing Home", "Residential Home", "Care Centre",
                                           "House", "Care Home", "Haven", "Court"))]
SCHOOLS = [f"{w} {k}" for w, k in zip("Bunnahabhain Bruichladdich Portnahaven Ballygrant Craighouse Lagavulin Kilchoman "
                                       "Keillmore Ardtalla".split(),
                                       ("Primary School", "Academy", "Primary School", "High School", "Nursery",
                                        "Primary School", "Early Learning Centre", "Primary School", "High School"))]
GENERIC = B11.GENERIC
AREAS = B8.AREAS

# ---------------------------------------------------------------- dates: set 12's wordings

read_dates = B7.read_dates
MONTHS = B5.MONTHS
fmt = B12.fmt
NEW_STYLES = B12.NEW_STYLES
STYLES = B12.STYLES
INLINE = B12.INLINE

_SRC_UPPER = None


def bad_initials() -> set[str]:
    """Upper-case 2-3 letter words this module writes as text: initials equal to one would collide."""
    global _SRC_UPPER
    if _SRC_UPPER is None:
        src = Path(__file__).read_text(encoding="utf-8")
        _SRC_UPPER = (set(re.findall(r"\b[A-Z]{2,3}\b", src)) | {o[:2] for o in TOWNS.values()}
                      | B12.bad_initials() | {"AB", "TO", "CC", "RE", "IN", "ME", "US", "WE", "NO", "SO", "GO"})
    return _SRC_UPPER


FORMS = {  # this set's own person forms: kind -> (writer, gold part)
    "lowerinit": (lambda p: f"{p.forename[0].lower()}. {p.surname.lower()}", "init"),
}


class Doc13(B12.Doc12):
    """Set 12's document with one more person form."""
    FORMS = {**B12.Doc12.FORMS, **FORMS}


class Ctx(B12.Ctx):
    """Set 12's context with this set's document and pools."""
    FEMALE, MALE, SURNAMES, NICKNAMES = FEMALE, MALE, SURNAMES, NICKNAMES
    STREETS, TOWNS, STREET_KINDS = STREETS, TOWNS, STREET_KINDS
    SCHOOLS, CARE_HOMES = SCHOOLS, CARE_HOMES
    document = Doc13
    bad_initials = staticmethod(bad_initials)


age = B7.age
HEALTH, SOCIAL = B8.HEALTH, B8.SOCIAL
sign, marking, family = B8.sign, B8.marking, B8.family
aged, head, sig = B10.aged, B10.head, B10.sig
dob_phrase, cpc_line = B9.dob_phrase, B9.cpc_line
cog_said, sent_line, ids = B11.cog_said, B11.sent_line, B11.ids
cog_ratified = B10.cog_ratified
cog_to_come = B12.cog_to_come
DAY = dt.timedelta(days=1)


def subj_line(c: Ctx, subject: str, p: Person, dob: dt.date) -> None:
    """The subject stated in the text: a child's age, or 'adult at risk'."""
    D = c.d
    if subject == "child":
        D.t("the child, ").nm(p, "forename").t(", ")
        aged(c, dob, c.incident)
        D.t(",")
    else:
        D.t("an adult at risk of harm, ").nm(p, "full").t(", ")
        aged(c, dob, c.incident)
        D.t(",")


def rat_words(c: Ctx) -> None:
    """A ratification in words: 'on the 3rd day of ...'."""
    c.d.t("The Chief Officers Group ratified the review on the ").ratified(c.cog, "dayof").t(".\n")


def rat_dotted(c: Ctx) -> None:
    c.d.t("COG approved ").ratified(c.cog, "dotshort").t("\n")


def rat_any(c: Ctx) -> None:
    c.rng.choice((cog_said, cog_ratified, B9.ratified_sentence, lambda c: rat_words(c), lambda c: rat_dotted(c)))(c)


# ---------------------------------------------------------------- layouts (each returns doc_type, subject)


def L_B13_interpreter_mediated_account_scr_adult(c: Ctx):
    D = c.d
    head(c, "Significant Case Review: account given through an interpreter", "adult")
    a, i, w = c.person(True), c.pro(), c.pro()
    dob = c.dob_adult()
    D.t("This review concerns ")
    subj_line(c, "adult", a, dob)
    D.t(" whose first language is Swahili. Her account was given through ").nm(i, "full")
    D.t(", interpreter, on ").date(c.commenced + 9 * DAY, c.ds()).t(".\n\n")
    D.t("Interpreter: ").nm(i, "title").t(" explained that ").nm(a, "forename").t(" said: \"The carer did not come for three days.\"\n")
    D.t("Reviewer: ").nm(w, "init").t(" asked who else visited. ").nm(a, "title").t(" (born ").dob(dob, c.ds())
    D.t(") named her neighbour.\n\n")
    rat_any(c)
    sig(c)
    return "SCR", "adult"


def L_B13_family_tree_in_words_lr_child(c: Ctx):
    D = c.d
    m, f, (k1, k2) = family(c, 2)
    gm = c.person(True)
    d1, d2 = c.dob_young(2014, 2019), c.dob_young(2019, 2022)
    head(c, "Learning Review - the family, described in words", "child")
    D.t("At the top of the family is ").nm(gm, "full").t(", maternal grandmother. Her daughter is ").nm(m, "full")
    D.t(", who has two children with ").nm(f, "full").t(": ").nm(k1, "forename").t(", ")
    aged(c, d1, c.incident)
    D.t(", born on ").dob(d1, c.ds()).t(", and ").nm(k2, "forename").t(", ")
    aged(c, d2, c.incident)
    D.t(", the subject of this review, whose birthday is ").dob(d2, c.ds()).t(".\n")
    D.t("Below the children nobody else lives in the house; ").nm(gm, "title").t(" lives nearby.\n\n")
    cog_said(c)
    sig(c)
    return "LR", "child"


def L_B13_meeting_transcript_speaker_labels_other(c: Ctx):
    D = c.d
    a, b, e, k = c.pro(), c.pro(), c.pro(), c.person()
    dob = c.dob_young()
    D.t("Transcript of a multi-agency meeting held on ").date(c.referral + 2 * DAY, c.ds()).t("\n(typed from the recording)\n\n")
    D.t("CHAIR (").nm(a, "full").t("): We are here about ").nm(k, "full").t(", date of birth ").dob(dob, c.ds()).t(".\n")
    D.t("").nm(b, "initials").t(": School saw bruising on Monday.\n")
    D.t("").nm(e, "initials").t(": I visited and ").nm(k, "forename").t(" was quiet.\n")
    D.t("CHAIR: Thank you ").nm(e, "forename").t(". Actions to ").k("Police Scotland").t(".\n")
    return "OTHER", None


def L_B13_practitioner_reflective_log_other(c: Ctx):
    D = c.d
    me, k, mgr = c.pro(True), c.person(), c.pro()
    D.t("Reflective log - ").nm(me, "full").t(", ").k(c.rng.choice(SOCIAL)).t("\n\n")
    D.t("Week 1. I met ").nm(k, "forename").t(" at home, "); c.addr(c.place()).t(". I felt unsure.\n")
    D.t("Week 2. Supervision with ").nm(mgr, "title").t(". We talked about drift.\n")
    D.t("Week 3. The learning review has begun; I will give my account.\n")
    return "OTHER", None


def L_B13_cpc_letter_to_family_outcome_child(c: Ctx):
    D = c.d
    m, f, (k,) = family(c, 1)
    pl = c.place()
    dob = c.dob_young()
    D.k(c.committee("child")).t("\n\n").nm(m, "titlefull").t("\n"); c.addr(pl, sep="\n").t("\n\n")
    D.t("Dear ").nm(m, "title").t(",\n\nWe wrote to you about the learning review after what happened to ")
    D.nm(k, "forename").t(" (").k(f"{age(dob, c.incident)} years old").t(" at the time). ")
    D.t("We can tell you the review is finished: the Chief Officers Group ratified it on ").ratified(c.cog, c.rs()).t(".\n")
    D.t("The outcome is that six learning points will be shared with staff.\n\nYours sincerely,\n")
    sig(c)
    return "LR-OUTCOME", "child"


def L_B13_newsletter_review_extract_other(c: Ctx):
    D = c.d
    ed = c.pro()
    D.t("PARTNERSHIP NEWS - Spring edition\n\nLearning from a review\n")
    D.t("A recent learning review looked at a baby born in the spring of 2024 and how agencies shared concerns. ")
    D.t("Key message: ask, don't assume.\n\nEdited by ").nm(ed, "full").t(", ").k(c.a["council"]).t("\n")
    return "OTHER", None


def L_B13_contacts_export_with_dobs_other(c: Ctx):
    D = c.d
    D.t("contact_id;surname;forename;dob;role\n")
    for i in range(3):
        p = c.person()
        D.t(f"{100 + i};").pii("person", p.surname, "surname").t(";").pii("person", p.forename, "forename")
        D.t(";").dob(c.dob_parent() if i else c.dob_young(), "dotlong" if i else "slash").t(";household\n")
        D.people.append(p)
    return "OTHER", None


def L_B13_scots_usage_icr_child(c: Ctx):
    D = c.d
    m, f, (k,) = family(c, 1)
    dob = c.dob_young()
    head(c, "Initial Case Review", "child")
    D.t("The wean, ").nm(k, "forename").t(", ")
    aged(c, dob, c.incident)
    D.t(", bided wi' her mammy ").nm(m, "full").t(" at "); c.addr(c.place()).t(". Her faither, ").nm(f, "title")
    D.t(", wisnae seen by onybody for weeks. The nursery at ").q("school", c.school()).t(" kent she wis greetin' a lot.\n\n")
    cog_ratified(c)
    sig(c)
    return "ICR", "child"


def L_B13_hospital_discharge_ward_staff_lr_adult(c: Ctx):
    D = c.d
    a, n1, n2, dr = c.person(False), c.pro(True), c.pro(), c.pro()
    dob = c.dob_older()
    head(c, "Learning Review: discharge from hospital", "adult")
    D.t("The adult at risk, ").nm(a, "full").t(" (").dob(dob, c.ds()).t("), was discharged from ").k(c.a["hosp"])
    D.t(" late in the evening. Ward staff: Staff Nurse ").nm(n1, "full").t(", Charge Nurse ").nm(n2, "surname")
    D.t(" and ").nm(dr, "titleinit").t(". He went home to ").q("care_home", c.home()).t(".\n\n")
    rat_words(c)
    sig(c, False)
    return "LR", "adult"


def L_B13_email_to_cc_headers_decision_adult(c: Ctx):
    D = c.d
    s, t1, t2, a = c.pro(), c.pro(), c.pro(), c.person()
    D.t("From: ").nm(s, "full").t(" <").pii("email", c.mail(s)).t(">\nTo: ").nm(t1, "full").t("; ").nm(t2, "full")
    D.t("\nCc: ").pii("email", c.mail(a, 0, "gmail.com")).t("\nSubject: SCR decision\n\n")
    D.t("The ").k(c.committee("adult")).t(" has decided that a Significant Case Review will proceed for ")
    D.nm(a, "title").t(", an adult at risk. The review will begin in the coming weeks.\n\n").nm(s, "forename").t("\n")
    return "LR-DECISION", "adult"


def L_B13_quoted_text_messages_scr_child(c: Ctx):
    D = c.d
    m, f, (k,) = family(c, 1)
    dob = c.dob_young(2009, 2012)
    head(c, "Significant Case Review", "child")
    D.t("The young person, ").nm(k, "full").t(", ")
    aged(c, dob, c.incident)
    D.t(", sent these texts to ").nm(m, "lowerfore").t(":\n")
    D.t("  [21:14] \"mum im at ").nm(f, "lowerfore").t("s can u come\"\n  [21:40] \"dont tell ").nm(f, "lowerfore")
    D.t(" i said\"\n\n")
    cog_said(c)
    sig(c)
    return "SCR", "child"


def L_B13_bulletin_lr_outcome_adult(c: Ctx):
    D = c.d
    a = c.person(True)
    D.k(c.committee("adult")).t(" - Bulletin\n\nOutcome of learning review\n")
    D.t("The learning review about ").k("Adult A").t(", an adult at risk, concluded. Its findings were endorsed by the COG on ")
    D.ratified(c.cog, c.rs()).t(". ").nm(a, "title").t("'s family were told first.\n")
    return "LR-OUTCOME", "adult"


def L_B13_housing_officer_letter_other(c: Ctx):
    D = c.d
    h, a = c.pro(), c.person()
    D.k(c.a["council"]).t(" Housing Services\n\nTo the review lead,\n\nI write about my tenant ").nm(a, "full")
    D.t(" at "); c.addr(c.place()).t(". Rent arrears began last year; the door was never answered.\n\nRegards\n").nm(h, "full").t("\n")
    return "OTHER", None


def L_B13_interview_schedule_other(c: Ctx):
    D = c.d
    D.t("Review interviews - schedule\n")
    for i in range(3):
        p = c.pro()
        D.t(f"{10 + i}:00  ").nm(p, "titleinit").t("  (").k(c.rng.choice(HEALTH)).t(")\n")
    return "OTHER", None


def L_B13_keyworker_handover_lowercase_other(c: Ctx):
    D = c.d
    k, w = c.person(), c.pro()
    D.t("handover note\n\nfor ").nm(w, "lowerfore").t(": ").nm(k, "lower").t(" lives at "); c.addr(c.place(), lower=True)
    D.t(". born ").dob(c.dob_young(), "lowerabbr").t(". please phone ").pii("phone", c.tel()).t("\n")
    return "OTHER", None


def L_B13_minute_of_agreement_decision_child(c: Ctx):
    D = c.d
    k = c.person()
    dob = c.dob_young()
    D.t("MINUTE OF AGREEMENT\n\n").k(c.committee("child")).t("\n\nIt is agreed that a Learning Review will be held about ")
    D.nm(k, "initials").t(", a child ").k(f"aged {age(dob, c.incident)}").t(". Reasons: criteria met.\n")
    D.t("Agreed on ").date(c.decision, c.ds()).t(".\n")
    return "LR-DECISION", "child"


def L_B13_outcome_register_line_child(c: Ctx):
    D = c.d
    k = c.person()
    D.t("Review register\nref | subject | kind | outcome | COG ratified\n")
    D.t("LR-13 | ").nm(k, "init").t(" (child, ").k("12 years old").t(") | ").k(c.committee("child")).t(" | findings accepted | ")
    D.ratified(c.cog, "slash").t("\n")
    return "OTHER", None  # gold review: a register is a record, not a notification (set 12's COG tracker)


def L_B13_learning_event_feedback_form_other(c: Ctx):
    D = c.d
    p = c.pro()
    D.t("Learning event feedback\nName (optional): ").nm(p, "full").t("\nWhat will you change? Ask about the household.\n")
    return "OTHER", None


def L_B13_trap_cog_meeting_to_come_lr_adult(c: Ctx):
    D = c.d
    a = c.person()
    head(c, "Learning Review (final draft)", "adult")
    D.t("This review considers the care of ").nm(a, "full").t(", an adult at risk.\n")
    cog_to_come(c, "review")
    sig(c)
    return "LR", "adult"


def L_B13_trap_cpc_approved_cog_not_met_scr_child(c: Ctx):
    D = c.d
    k = c.person()
    dob = c.dob_young()
    head(c, "Significant Case Review", "child")
    D.t("The child, ").nm(k, "forename").t(", ")
    aged(c, dob, c.incident)
    D.t(", died at home.\n")
    cpc_line(c, "child")
    D.t("The Chief Officers Group has not yet met to consider it.\n")
    sig(c)
    return "SCR", "child"


def L_B13_trap_submitted_to_cog_icr_child(c: Ctx):
    D = c.d
    k = c.person()
    head(c, "Initial Case Review", "child")
    D.t("Subject: ").nm(k, "forename").t(", a child ").k("aged 4").t(".\nThis report was submitted to the Chief Officers Group on ")
    D.date(c.sent, c.ds()).t(" for its consideration.\n")
    sig(c)
    return "ICR", "child"


def L_B13_trap_review_commenced_only_lr_adult(c: Ctx):
    D = c.d
    a = c.person()
    head(c, "Learning Review - report", "adult")
    D.t("Adult at risk: ").nm(a, "full").t("\nReview commenced: ").date(c.commenced, c.ds()).t("\n")
    D.t("Findings: the care plan was not reviewed after the fall.\n")
    sig(c)
    return "LR", "adult"


def L_B13_ratified_third_day_of_icr_adult(c: Ctx):
    D = c.d
    a = c.person(True)
    head(c, "Initial Case Review", "adult")
    D.t("").nm(a, "title").t(", an adult at risk living at ").q("care_home", c.home()).t(", fell twice.\n")
    rat_words(c)
    sig(c, False)
    return "ICR", "adult"


def L_B13_approved_by_cog_dotted_lr_child(c: Ctx):
    D = c.d
    k = c.person()
    dob = c.dob_young()
    head(c, "Learning Review", "child")
    D.t("").nm(k, "forename").t(" (").k(f"{age(dob, c.incident)} yrs old").t(") attended ").q("school", c.school()).t(".\n")
    rat_dotted(c)
    sig(c)
    return "LR", "child"


def L_B13_endorsed_by_cog_scr_adult(c: Ctx):
    D = c.d
    a, s = c.person(False), c.person(True)
    head(c, "Significant Case Review", "adult")
    D.t("").nm(a, "full").t(", an adult at risk, was cared for by his sister ").nm(s, "title").t(".\n")
    D.t("The review was endorsed by the COG on ").ratified(c.cog, c.rs()).t(".\n")
    sent_line(c)
    sig(c)
    return "SCR", "adult"


def L_B13_forwarded_lowercase_outcome_adult(c: Ctx):
    D = c.d
    s, a = c.pro(), c.person()
    D.t("---------- Forwarded message ---------\nfrom: ").nm(s, "lower").t("\n\nhi, the apc review about ")
    D.nm(a, "lowertitle").t(" (adult at risk) is done - cog ratified it on ").ratified(c.cog, c.rs()).t(". outcome: accepted.\n")
    D.nm(s, "lowerfore").t("\n")
    return "LR-OUTCOME", "adult"


def L_B13_dob_in_table_brackets_prose_scr_child(c: Ctx):
    D = c.d
    m, f, (k,) = family(c, 1)
    dm, dk = c.dob_parent(), c.dob_young()
    head(c, "Significant Case Review", "child")
    D.t("Person | Relationship | Born\n").nm(m, "full").t(" | mother | ").dob(dm, "slash").t("\n")
    D.nm(k, "forename").t(" | child | ").dob(dk, "long").t("\n\n")
    D.nm(f, "full").t(" [").dob(c.dob_parent(), c.ds()).t("] is the father. ").nm(k, "forename").t(", ")
    aged(c, dk, c.incident)
    D.t(", was born on ").dob(dk, "long").t(".\n")
    cog_ratified(c)
    sig(c)
    return "SCR", "child"


def L_B13_nicknames_signoff_distribution_lr_child(c: Ctx):
    D = c.d
    k = c.person()
    nick = c.nickname()
    head(c, "Learning Review", "child")
    D.t("").nm(k, "forename").t(" (known as ").nick(nick).t("), ").k("aged 9").t(", was often absent. ").nick(nick)
    D.t(" told staff little.\n")
    rat_any(c)
    D.t("\nDistribution: ")
    for _ in range(3):
        D.nm(c.pro(), "init").t("; ")
    D.t("\n")
    sig(c)
    return "LR", "child"


def L_B13_titles_surnames_apc_icr_adult(c: Ctx):
    D = c.d
    a, b = c.person(True), c.person(False)
    head(c, "Initial Case Review", "adult")
    D.t("").nm(a, "title").t(", an adult at risk, relied on ").nm(b, "title").t(", her lodger. ").nm(a, "title")
    D.t(" (").dob(c.dob_older(), c.ds()).t(") lost savings.\n")
    cog_said(c)
    sig(c)
    return "ICR", "adult"


def L_B13_glossary_free_forenames_long_prose_scr_child(c: Ctx):
    D = c.d
    m, f, (k1, k2) = family(c, 2)
    head(c, "Significant Case Review", "child")
    D.t("").nm(k1, "forename").t(" and ").nm(k2, "forename").t(" are brothers; the younger is ").k("aged 6").t(". ")
    D.t("When ").nm(m, "forename").t(" went into hospital, ").nm(f, "forename").t(" looked after them, ")
    D.t("but ").nm(f, "forename").t(" worked nights, and ").nm(k1, "forename").t(" was left in charge.\n")
    rat_any(c)
    sig(c)
    return "SCR", "child"


def L_B13_decision_not_proceed_letter_adult(c: Ctx):
    D = c.d
    a, s = c.person(), c.pro()
    D.k(c.committee("adult")).t("\n\nDear colleague,\n\nThe referral about ").nm(a, "titleinit")
    D.t(", an adult at risk, was screened on ").date(c.decision, c.ds()).t(". A Significant Case Review will not proceed; ")
    D.t("a single-agency review is advised.\n\n")
    sign(c, s, "Chair", c.a["council"])
    return "LR-DECISION", "adult"


def L_B13_cog_minute_ratified_extract_other(c: Ctx):
    D = c.d
    ch = c.pro()
    D.t("Chief Officers Group - minute extract\nPresent: ").nm(ch, "full").t(" (chair)\n")
    D.t("Item 4. The Chief Officers Group ratified the Learning Review on ").ratified(c.cog, c.rs()).t(".\n")
    return "OTHER", None


def L_B13_ap_icr_identifiers_hyphen_forename(c: Ctx):
    D = c.d
    a = c.person(True, double=True)
    dob = c.dob_adult()
    head(c, "Initial Case Review", "adult")
    D.t("Adult at risk: ").nm(a, "full").t("\n")
    ids(c, a, dob)
    D.t("").nm(a, "forename").t(" lives with her son. ")
    cog_ratified(c)
    sig(c)
    return "ICR", "adult"


def L_B13_terms_of_reference_table_other(c: Ctx):
    D = c.d
    D.t("Terms of reference\nScope | period | agencies\n").k(c.committee("child")).t(" | 12 months | ")
    D.k("Police Scotland").t(", ").k(c.a["board"]).t("\n")
    return "OTHER", None


def L_B13_interim_status_note_other(c: Ctx):
    D = c.d
    k = c.person()
    D.t("Interim report - status note\nThe review about ").nm(k, "init").t(" is in progress; interviews continue.\n")
    return "OTHER", None


LAYOUTS = [v for k, v in list(globals().items()) if k.startswith("L_B13_")]
TRAPS = {"B13_trap_cog_meeting_to_come_lr_adult", "B13_trap_cpc_approved_cog_not_met_scr_child",
         "B13_trap_submitted_to_cog_icr_child", "B13_trap_review_commenced_only_lr_adult",
         "B13_email_to_cc_headers_decision_adult", "B13_minute_of_agreement_decision_child",
         "B13_decision_not_proceed_letter_adult"}
DATED_OTHER = {"B13_cog_minute_ratified_extract_other", "B13_outcome_register_line_child"}


def check(name: str, text: str, doc: B9.Doc9, doc_type: str) -> list[str]:
    """Set 8's gold check (as sets 9 to 12 use it)."""
    return B8.check(name, text, doc, doc_type)


SET = blind_eval.BlindSet(
    key="blind13", prefix="B13", seed=SEED, n=DEFAULT_N, layouts=LAYOUTS, ctx=Ctx, check=check,
    names=(FEMALE, MALE, SURNAMES, NICKNAMES, STREETS, TOWNS), places=CARE_HOMES + SCHOOLS, generic=frozenset(GENERIC),
    earlier=(B7.SET, B8.SET, B9.SET, B10.SET, B11.SET, B12.SET), subjects=True)
generate, build, pool_words, pool_overlaps = SET.generate, SET.build, SET.pool_words, SET.pool_overlaps


if __name__ == "__main__":
    sys.exit(SET.main())
