#!/usr/bin/env python3
"""Evaluate the engine on the fourteenth blind set (benchmarks/blind14_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind14.py [--n 105] [--seed 20261270] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind14.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 13, same figures in the same form).
Written without reading the rules, the analysis code or any generator's layout templates; nobody
has read its failures.  ``--show`` lists them for a reviewer of the generator, never for the
author of a rule; once someone has looked, the set is no longer blind and its figures must not be
reported as such.

What its author read (recorded in ``blind14_reports.py``'s docstring too): the brief, issue 10,
../shared/DOMAIN.md and THREATS.md, ``blind_eval.py``, ``eval_blind13.py`` (docstring), the names of
earlier layouts (``grep -h "^def L_"``), the ``SETS``/``OTHER_LAYOUTS`` rows and set 13's tests of
``tests/test_blind_sets.py``, the non-template parts of ``blind13_reports.py`` to ``blind7_reports.py``
and ``blind5_reports.py`` (docstrings, pools, ``Ctx``/``Doc`` classes, forms, date wordings, sign-off
and phrase helpers, checks, ``SET``, ``AREAS``) and set 6's ``ratification_claims``.  Never the rules,
the analysis code, redaction/, a rule word list or an ``L_*`` body.  Pool words were checked by
``pool_overlaps`` against ../shared/corpus, benchmarks/*.py and sets 7 to 13's pools (hits dropped,
none looked at).

The one run (2026-12-07), engine of main at 8610f06 (the commit this branch left main at; the baseline
before round 15), seed 20261270, 105 documents, 35 layouts; generator frozen (committed, b1d680b)
before it and not changed after; unseen figures, run once without ``--show``, no failing form read
(aggregate figures and the per-layout totals as printed):

    blind14 (seed 20261270): 105 documents, 35 layouts, engine time 2.8s
    category    total  leaked  recall
    person        258      19   0.926
    dob            45       1   0.978
    address        33       3   0.909
    postcode       33       0   1.000
    phone          21       0   1.000
    email          21       0   1.000
    chi             9       0   1.000
    nhs             6       0   1.000
    ni              3       0   1.000
    ALL           429      23   0.946
    person by part (kept out / total): forename 37/45, forename_variant 3/3, full 142/153, init 15/15, initials 18/18, surname 3/3, title 18/18, titleinit 3/3
    keep recall 284/285 = 0.996
    type accuracy 102/105 = 0.971
      confusion (expected -> got): LR-DECISION->OTHER:3
    subject accuracy (review documents) 72/72 = 1.000
    ratification exact 102/105 (51 with a date, 54 without), unknown 0, WRONG 3

    layout                 docs   pii leaked    keep  type   rat WRONG
    B14_action_plan_table_other    3     9      0   3/3     3/3   3/3     0
    B14_allcaps_headings_names_icr_adult    3    15      0   9/9     3/3   3/3     0
    B14_approved_us_date_scr_child    3     3      0   9/9     3/3   3/3     0
    B14_asp_learning_review_ppc_adult    3    24      0  24/24    3/3   3/3     0
    B14_case_conference_minutes_initials_other    3    27      0   9/9     3/3   3/3     0
    B14_chat_export_practitioners_other    3    24     13   3/3     3/3   3/3     0
    B14_chronology_born_column_icr_child    3    30      0  12/12    3/3   3/3     0
    B14_cog_agenda_other      3     3      0   3/3     3/3   3/3     0
    B14_cog_minute_ratified_other    3     3      0   3/3     3/3   3/3     0
    B14_court_report_extract_other    3    15      0   3/3     3/3   3/3     0
    B14_cover_letter_dated_other    3     9      0   9/9     3/3   3/3     0
    B14_decision_not_proceed_form_child    3     3      0   9/9     3/3   3/3     0
    B14_decision_proceed_email_adult    3     9      0   6/6     3/3   3/3     0
    B14_distribution_signatory_table_scr_adult    3    18      0  24/24    3/3   3/3     0
    B14_genogram_key_in_words_lr_child    3    27      0   9/9     3/3   3/3     0
    B14_gp_practice_summary_other    3    15      0   0/0     3/3   3/3     0
    B14_icr_child_identifiers_form    3    21      0   5/6     3/3   3/3     0
    B14_lower_case_referral_form_other    3    18      6   6/6     3/3   3/3     0
    B14_nickname_chronology_b_column_lr_child    3    18      1   6/6     3/3   3/3     0
    B14_outcome_letter_child    3    12      0  15/15    3/3   3/3     0
    B14_outcome_word_form_tickboxes_child    3    15      0  18/18    3/3   3/3     0
    B14_particles_double_barrel_scr_child    3    18      0   9/9     3/3   3/3     0
    B14_ratified_ordofcomma_lr_adult    3     6      0   6/6     3/3   3/3     0
    B14_register_dash2pad_outcome_adult    3     3      0   9/9     3/3   3/3     0
    B14_risk_matrix_lr_adult    3    15      0   6/6     3/3   3/3     0
    B14_sar_request_letter_other    3    15      0   3/3     3/3   3/3     0
    B14_scr_decision_letter_to_inspectorate_adult    3    12      0  15/15    0/3   3/3     0
    B14_serious_incident_review_other    3     6      0   6/6     3/3   3/3     0
    B14_trap_cog_declined_icr_adult    3     6      0   6/6     3/3   3/3     0
    B14_trap_cog_to_consider_lr_adult    3     9      0   6/6     3/3   3/3     0
    B14_trap_previous_review_ratified_scr_adult    3     3      0   6/6     3/3   0/3     3
    B14_trap_ratification_deferred_scr_child    3     3      0   9/9     3/3   3/3     0
    B14_trap_sent_for_ratification_icr_adult    3     9      3   6/6     3/3   3/3     0
    B14_trap_tor_signed_off_lr_child    3     3      0   6/6     3/3   3/3     0
    B14_upperdash_outcome_child    3     3      0   6/6     3/3   3/3     0

Of note from the figures alone: the 3 WRONG dates are all in ``trap_previous_review_ratified_scr_adult``
(a previous review "ratified on" a date, this one not yet ratified), the failure issue 10 calls worse
than none; the 3 type errors are LR-DECISION->OTHER, all in ``scr_decision_letter_to_inspectorate_adult``.

Second run (2026-12-07, by the lead), engine of main at ec35e66, after round 15 (redaction and
analysis, both tuned on set 13); unseen, figures only, no failure read: redaction exactly as in the
one run (person 0.926, 19 of 258 leaked; DOB 0.978, 1 of 45; address 0.909, 3 of 33; ALL 0.946;
keep 284/285); type 102/105 -> 105/105 (the SCR decision letter to the Care Inspectorate is now
LR-DECISION), subject 72/72, ratification 102/105 exact, 0 unknown, WRONG 3 (as before: all three
in ``B14_trap_previous_review_ratified_scr_adult``).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind14_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind14_reports, "blind14")
