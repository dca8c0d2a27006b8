#!/usr/bin/env python3
"""Evaluate the engine on the fifteenth blind set (benchmarks/blind15_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind15.py [--n 105] [--seed 20261277] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind15.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 14, same figures in the same form).
Written without reading the rules, the analysis code or any generator's layout templates; nobody
has read its failures.  ``--show`` lists them for a reviewer of the generator, never for the
author of a rule; once someone has looked, the set is no longer blind and its figures must not be
reported as such.  It measured round 16 (two runs below); tuned on in round 17 since.

What its author read (recorded in ``blind15_reports.py``'s docstring too): the brief, issue 10,
../shared/DOMAIN.md and THREATS.md, ``blind_eval.py``, ``eval_blind13.py`` (docstring), the names of
earlier layouts (``grep -h "^def L_"``), the ``SETS``/``OTHER_LAYOUTS`` rows and sets 13 and 14's tests of
``tests/test_blind_sets.py``, README's evaluation figures table, and the non-template parts of
``blind14_reports.py`` to ``blind7_reports.py`` and ``blind5_reports.py`` (their ``Doc``/``Person``/``Ctx``/
``Place`` classes, pools, date wordings, sign-off and phrase helpers, checks, ``AREAS``).  Never the
rules, the analysis code, redaction/, a rule word list, an ``L_*`` body or any set's failures.  Pool
words were checked by ``pool_overlaps`` against ../shared/corpus, benchmarks/*.py and sets 7 to 14's
pools (hits dropped, none looked at).  The engine was never run on this set by its author.

Generator frozen at 38351cb (``--check`` passing, ``tests/test_blind_sets.py -k blind15`` green).  Its
author read the generated texts and their gold (documents 1 to 70 and every particle-name and
Gaelic/English document) against issue 10's kinds, subject and ratification rules before freezing;
no gold error found.  Open questions, kept as written: ``cog_minute_outcomes_table_other`` is OTHER
keeping the meeting's date (``DATED_OTHER``, as sets 13 and 14's minutes); ``trap_other_area_ratified_lr_adult``
names another committee's review "ratified by its own Chief Officers Group" on a date, which is no
ratification of this review (the gold check reads that phrase as a trap, ``Doc15.trap``); the hospital
incident form's NHS numbers are unspaced and valid, the SCR mother's labelled NHS number has a wrong
check digit (gold, as issue 10 says).

Gold review (2026-12-07, by helper gold15, without running the engine; documents 71 to 105, the
third of each of the 35 layouts, read in full with their gold, and all three of every doubtful layout:
the COG minute, the covering e-mail, the four traps, the decisions; the ratification, approval and
endorsement lines of all 105 listed against their gold).  Recorded here, not in
``blind15_reports.py``, whose own source feeds ``bad_initials``; the generated set (text and gold)
is byte-identical before and after.  No change: no gold error found.
Checked and kept: doc_type and subject of every layout as issue 10 says (decisions and the
bilingual form LR-DECISION; the reply thread, Word-field form and letter LR-OUTCOME; brief, police
extract, incident form, action plan, agenda, cover letter and e-mail, SIR seven-day report, invite
and referral-discussion note OTHER with subject None); ratification is the COG's date only (the
committee's own endorsement in the weekday SCR, the "sent to the COG" and "COG meeting" rows, a
future COG, a cancelled COG, the chair's approval and another area's COG: not, and None where
nothing else is said); every person form (surname-first rota and register, capitals, initials,
"forename + initial" sign-offs, particle surnames with their titles, forenames alone, PC + surname,
the quoted thread's names), DOB ("DoB -", "D.O.B.", in parentheses, labelled DOB), one-line and
lower-case or unspaced addresses and postcodes, phones, e-mails, CHI/NHS/NI numbers are in ``pii``;
``pii`` holds no body, role, age or pseudonym; every keep term is in its text.
``Doc15.trap`` cannot hide a real ratification: the check drops only its "no ratification in the
gold" errors and re-raises one for every claim of set 7's finder not wholly inside a trap span (a
superset of the claims set 5's check raised); the traps are two fixed phrases ("COG ratification
awaited", another area's review "ratified by its own Chief Officers Group on"), and a claim that
ends past a trap, or a later row or sentence ("Ratified by COG: ...", "Date of COG ratification:
...", "The Chief Officers Group ratified this review on ...") appended to either trap layout, still
fails the check (tried on both layouts, then discarded).  Only a claim written through ``trap()``
itself is ignored, by construction.
Open questions (kept as written): the writer's three above; the CSV appendix
(``chronology_csv_multiagency_lr_child``) is typed LR because it carries the review's own subject and
ratification, though an appendix sent alone could be read as OTHER; some contact e-mails' local parts
name a different worker than the signatory (text only; both are gold).

The one run (2026-12-07, by the lead), engine of main at ec35e66 (round 15, both halves, merged;
before round 16), seed 20261277, 105 documents, 35 layouts; run once without --show, no failing form
read (the aggregate figures and the per-layout totals as printed):

    blind15 (seed 20261277): 105 documents, 35 layouts, engine time 1.9s
    category    total  leaked  recall
    person        282       5   0.982
    dob            33       0   1.000
    phone          27       0   1.000
    email          21       0   1.000
    address        18       0   1.000
    postcode       18       0   1.000
    nhs             9       0   1.000
    ni              6       3   0.500
    chi             3       0   1.000
    ALL           417       8   0.981
    person by part (kept out / total): forename 30/30, forename_variant 3/3, full 173/178, init 26/26, initials 9/9, surname 3/3, title 27/27, titleinit 6/6
    keep recall 259/262 = 0.989
    type accuracy 102/105 = 0.971
      confusion (expected -> got): LR-OUTCOME->OTHER:3
    subject accuracy (review documents) 72/72 = 1.000
    ratification exact 99/105 (57 with a date, 48 without), unknown 0, WRONG 6

    layout                 docs   pii leaked    keep  type   rat WRONG
    B15_action_plan_rag_status_other    3     9      0   3/3     3/3   3/3     0
    B15_agenda_joint_cpc_apc_other    3     6      0   5/5     3/3   3/3     0
    B15_bilingual_decision_notification_child    3     9      0   9/9     3/3   3/3     0
    B15_chronology_csv_multiagency_lr_child    3    21      0  15/15    3/3   3/3     0
    B15_cog_minute_outcomes_table_other    3     9      0   8/8     3/3   3/3     0
    B15_cover_email_ratified_other    3     6      0   3/3     3/3   3/3     0
    B15_cover_letter_secure_mail_other    3     6      0   6/6     3/3   3/3     0
    B15_decision_not_proceed_minute_note_child    3     6      0   9/9     3/3   3/3     0
    B15_decision_notification_proceed_eform_adult    3     6      0   6/6     3/3   3/3     0
    B15_dob_dash_label_register_lr_child    3    27      0   3/3     3/3   3/3     0
    B15_email_reply_thread_quoted_outcome_adult    3    27      2  12/12    3/3   3/3     0
    B15_hospital_incident_form_other    3    15      0   6/6     3/3   3/3     0
    B15_icr_adult_care_home_rota    3    12      0   6/6     3/3   3/3     0
    B15_icr_child_form_rows_sent_and_ratified    3     6      0   6/6     3/3   3/3     0
    B15_ird_note_other        3    15      0   9/9     3/3   3/3     0
    B15_learning_brief_two_page_other    3     6      0   9/9     3/3   3/3     0
    B15_learning_event_invite_email_other    3     6      0   0/0     3/3   3/3     0
    B15_lr_adult_cuckooing_flat    3    18      3   9/9     3/3   3/3     0
    B15_lr_child_numbered_findings_summary    3     6      0  12/12    3/3   3/3     0
    B15_lr_child_nursery_staff_weekday    3     9      0   6/6     3/3   3/3     0
    B15_outcome_letter_ppc_to_inspectorate_adult    3     6      0   9/9     0/3   3/3     0
    B15_outcome_notification_word_fields_child    3     9      0   6/6     3/3   3/3     0
    B15_particles_names_icr_child    3    15      0   9/9     3/3   3/3     0
    B15_police_ipc_extract_other    3    21      0   6/6     3/3   3/3     0
    B15_postcode_nospace_lower_icr_adult    3    21      0   9/12    3/3   3/3     0
    B15_scr_adult_legacy_approved_upper    3    12      0  12/12    3/3   3/3     0
    B15_scr_child_identifiers_labelled_wrong_check    3    27      3   3/3     3/3   3/3     0
    B15_selfneglect_lr_neighbours_relations_adult    3    24      0   6/6     3/3   3/3     0
    B15_sir_seven_day_report_other    3     9      0   6/6     3/3   3/3     0
    B15_trap_cog_meeting_cancelled_scr_child    3     9      0   3/3     3/3   3/3     0
    B15_trap_cog_will_be_asked_lr_child    3     3      0   9/9     3/3   3/3     0
    B15_trap_cpc_chair_approved_awaiting_cog_icr_adult    3     6      0   6/6     3/3   0/3     3
    B15_trap_other_area_ratified_lr_adult    3     3      0   9/9     3/3   0/3     3
    B15_unpaid_carer_own_words_scr_adult    3    15      0  12/12    3/3   3/3     0
    B15_weekday_ratified_scr_adult    3    12      0  12/12    3/3   3/3     0

Second run (2026-12-07, by the lead), engine of main at e5a1f01, after round 16 (redaction and
analysis, both tuned on set 14); unseen, figures only, no failure read: every figure exactly as in
the one run (person 0.982, 5 of 282 leaked; DOB 1.000; NI 0.500, 3 of 6; ALL 0.981; keep 259/262;
type 102/105, LR-OUTCOME->OTHER 3; subject 72/72; ratification 99/105, 0 unknown, WRONG 6).  Round
16's analysis alone (75660cb, its other-review rules) was run on it too, with the same figures: the
other-review rules tuned on set 14's previous-review trap did not catch this set's other-area trap.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind15_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind15_reports, "blind15")
