#!/usr/bin/env python3
"""Evaluate the engine on the thirteenth blind set (benchmarks/blind13_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind13.py [--n 105] [--seed 20261263] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind13.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 12, same figures in the same form).
Written without reading the rules, the analysis code or any generator's layout templates; nobody
has read its failures.  ``--show`` lists them for a reviewer of the generator, never for the
author of a rule; once someone has looked, the set is no longer blind and its figures must not be
reported as such.

What its author read (recorded in ``blind13_reports.py``'s docstring too): the brief, ``blind_eval.py``,
the names of earlier layouts (``grep -h "^def L_"``), ``eval_blind12.py`` (docstring and figures), the
``SETS`` rows and set 12's tests of ``tests/test_blind_sets.py``, the non-template parts of
``blind12_reports.py`` (docstring, pools, ``Ctx``/``Doc12``, date wordings, helpers, check, ``SET``),
and of ``blind11_reports.py``, ``blind10_reports.py``, ``blind9_reports.py``, ``blind8_reports.py``,
``blind7_reports.py`` and ``blind5_reports.py`` (their ``Doc``/``Person``/``Ctx``/``Place`` classes,
forms, date wordings, sign-off and phrase helpers, checks, ``AREAS``).  Never the rules, the analysis
code, redaction/, a rule word list or an ``L_*`` body.  Pool words were checked by ``pool_overlaps``
against ../shared/corpus, benchmarks/*.py and sets 7 to 12's pools (hits dropped, none looked at).

The one run (2026-12-07), engine of main at d2d354b (the commit this branch left main at; the baseline
before round 14), seed 20261263, 105 documents, 35 layouts; generator frozen (committed, 398c7d6)
before it and changed after only in one docstring word (a place of set 11's pool, which its pool check found in
this file; output byte-identical); unseen figures, run once without ``--show``, no failing form read
(aggregate figures and the per-layout totals as printed):

    blind13 (seed 20261263): 105 documents, 35 layouts, engine time 2.7s
    category    total  leaked  recall
    person        318      59   0.814
    email          63       0   1.000
    phone          60       0   1.000
    dob            39      16   0.590
    address        15       0   1.000
    postcode       15       0   1.000
    chi             3       0   1.000
    nhs             3       0   1.000
    ni              3       0   1.000
    ALL           519      75   0.855
    person by part (kept out / total): forename 44/78, forename_variant 3/3, full 134/144, init 18/18, initials 3/9, surname 4/12, title 38/39, titleinit 15/15
    keep recall 264/264 = 1.000
    type accuracy 81/105 = 0.771
      confusion (expected -> got): LR-DECISION->LR:3, LR-DECISION->SCR:6, LR-OUTCOME->LR:3, LR-OUTCOME->OTHER:6, OTHER->LR:6
    subject accuracy (review documents) 70/72 = 0.972
    ratification exact 102/105 (54 with a date, 51 without), unknown 3, WRONG 0

    layout                 docs   pii leaked    keep  type   rat WRONG
    B13_ap_icr_identifiers_hyphen_forename    3    24      0   9/9     3/3   3/3     0
    B13_approved_by_cog_dotted_lr_child    3    12      3  12/12    3/3   3/3     0
    B13_bulletin_lr_outcome_adult    3     3      0   6/6     3/3   3/3     0
    B13_cog_minute_ratified_extract_other    3     3      0   0/0     3/3   3/3     0
    B13_contacts_export_with_dobs_other    3    27     26   0/0     3/3   3/3     0
    B13_cpc_letter_to_family_outcome_child    3    24      3  12/12    0/3   3/3     0
    B13_decision_not_proceed_letter_adult    3    12      0   9/9     0/3   3/3     0
    B13_dob_in_table_brackets_prose_scr_child    3    27      3  12/12    3/3   3/3     0
    B13_email_to_cc_headers_decision_adult    3    21      0   3/3     0/3   3/3     0
    B13_endorsed_by_cog_scr_adult    3    15      2  12/12    3/3   3/3     0
    B13_family_tree_in_words_lr_child    3    33      5  15/15    3/3   3/3     0
    B13_forwarded_lowercase_outcome_adult    3     9      7   0/0     0/3   3/3     0
    B13_glossary_free_forenames_long_prose_scr_child    3    21      4  12/12    3/3   3/3     0
    B13_hospital_discharge_ward_staff_lr_adult    3    24      1  12/12    3/3   3/3     0
    B13_housing_officer_letter_other    3    12      0   3/3     3/3   3/3     0
    B13_interim_status_note_other    3     3      0   0/0     3/3   3/3     0
    B13_interpreter_mediated_account_scr_adult    3    30      1  12/12    3/3   3/3     0
    B13_interview_schedule_other    3     9      0   9/9     3/3   3/3     0
    B13_keyworker_handover_lowercase_other    3    18      3   0/0     3/3   3/3     0
    B13_learning_event_feedback_form_other    3     3      0   0/0     3/3   3/3     0
    B13_meeting_transcript_speaker_labels_other    3    21      8   3/3     3/3   3/3     0
    B13_minute_of_agreement_decision_child    3     3      0   6/6     0/3   3/3     0
    B13_newsletter_review_extract_other    3     3      0   3/3     0/3   3/3     0
    B13_nicknames_signoff_distribution_lr_child    3    24      0  12/12    3/3   3/3     0
    B13_outcome_register_line_child    3     3      0   6/6     0/3   0/3     0
    B13_practitioner_reflective_log_other    3    15      0   3/3     0/3   3/3     0
    B13_quoted_text_messages_scr_child    3    18      6  12/12    3/3   3/3     0
    B13_ratified_third_day_of_icr_adult    3    12      0   9/9     3/3   3/3     0
    B13_scots_usage_icr_child    3    24      0  12/12    3/3   3/3     0
    B13_terms_of_reference_table_other    3     0      0   9/9     3/3   3/3     0
    B13_titles_surnames_apc_icr_adult    3    18      0   9/9     3/3   3/3     0
    B13_trap_cog_meeting_to_come_lr_adult    3    12      3   9/9     3/3   3/3     0
    B13_trap_cpc_approved_cog_not_met_scr_child    3    12      0  12/12    3/3   3/3     0
    B13_trap_review_commenced_only_lr_adult    3    12      0   9/9     3/3   3/3     0
    B13_trap_submitted_to_cog_icr_child    3    12      0  12/12    3/3   3/3     0

Rerun on the reviewed gold (2026-12-07, engine of main at d2d354b as in the one run; figures only):
redaction, keep and ratification as above; type accuracy 81/105 (LR-DECISION->LR 3,
LR-DECISION->SCR 6, LR-OUTCOME->OTHER 6, OTHER->LR 9), subject accuracy (review documents) 67/69.

Second run (2026-12-07), engine of main at 5143afa, after round 14 (redaction and analysis, both tuned
on set 12); unseen, figures only, no failure read: person 0.821 (57 of 318 leaked), DOB 0.718 (11 of
39), every identifier 1.000, ALL 0.869, keep 264/264; person by part forename 46/78, full 134/144,
initials 3/9, surname 4/12, title 38/39, the rest all; type 81/105 (LR-DECISION->LR 3,
LR-DECISION->SCR 6, LR-OUTCOME->OTHER 6, OTHER->LR 9), subject 67/69, ratification exact 102/105
(3 unknown), WRONG 0. Round 14 moved set 13 by two names and five dates of birth.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind13_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind13_reports, "blind13")
