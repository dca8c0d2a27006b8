#!/usr/bin/env python3
"""Evaluate the engine on the tenth blind set (benchmarks/blind10_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind10.py [--n 105] [--seed 20261242] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind10.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 9, same figures in the same form).
Written without reading the rules, the analysis code or any generator's layout templates.
Tuned on from round 12 (redaction and analysis: its failures were read and fixed class by class): its
figures since are TUNED, not a measure of unseen recall.  Before round 12, nobody tuned
on this set.  ``--show`` lists its failures; once someone has looked, the set is no longer blind
and its figures must not be reported as such.

The one run (2026-12-04), engine of main at 7c8549d (the commit this branch left main at), seed
20261242, 105 documents, 35 layouts; generator frozen (committed) before it and not changed after;
unseen figures, no failing form read (aggregate figures and the per-layout totals as printed):

    blind10 (seed 20261242): 105 documents, 35 layouts, engine time 1.0s
    category    total  leaked  recall
    person        288      22   0.924
    dob            39       8   0.795
    email          27       0   1.000
    phone          15       0   1.000
    address         9       0   1.000
    postcode        9       0   1.000
    chi             3       0   1.000
    nhs             3       0   1.000
    ni              3       0   1.000
    ALL           396      30   0.924
    person by part (kept out / total): forename 64/66, forename_variant 6/6, full 120/120, init 18/18, initials 12/30, surname 3/3, title 37/39, titleinit 6/6
    keep recall 207/207 = 1.000
    type accuracy 84/105 = 0.800
      confusion (expected -> got): LR-DECISION->ICR:3, LR-DECISION->OTHER:6, LR-OUTCOME->LR:3, OTHER->ICR:3, OTHER->LR:3, OTHER->SCR:3
    subject accuracy (review documents) 69/75 = 0.920
    ratification exact 105/105 (63 with a date, 42 without), unknown 0, WRONG 0

    layout                 docs   pii leaked    keep  type   rat WRONG
    action_plan_smart_other    3     3      0   6/6     3/3   3/3     0
    agency_involvement_matrix_icr    3     3      0  15/15    3/3   3/3     0
    ap_icr_delayed_discharge    3    24      0   6/6     3/3   3/3     0
    ap_lr_nursing_home_pressure_sores    3    30      0  15/15    3/3   3/3     0
    ap_lr_power_of_attorney_finance    3    15      0   9/9     3/3   3/3     0
    ap_scr_selfneglect_tenancy    3    30      0   9/9     3/3   3/3     0
    carers_statement_appendix_lr    3     9      0   9/9     3/3   3/3     0
    chronology_by_week_lr     3     9      0   3/3     3/3   3/3     0
    chronology_diary_scr      3     9      2   3/3     3/3   3/3     0
    cog_action_note_ratified    3     3      0  12/12    3/3   3/3     0
    covering_email_forwarded_lower    3    15      0   3/3     3/3   3/3     0
    decision_letter_to_proceed_lr    3    12      3   6/6     0/3   3/3     0
    decision_not_proceed_email_body    3    15      3   3/3     0/3   3/3     0
    dob_table_cells_lr_adult    3    18      1   3/3     3/3   3/3     0
    gaelic_bilingual_scr_child    3     6      0   6/6     3/3   3/3     0
    genogram_arrow_text_lr    3    21      4   3/3     3/3   3/3     0
    hyphen_oapostrophe_family_scr    3    15      0   3/3     3/3   3/3     0
    icr_neighbouring_council_form    3    33      0  12/12    3/3   3/3     0
    initials_key_lr_child     3     9      3   3/3     3/3   3/3     0
    lr_sibling_narrative      3    45      3  18/18    3/3   3/3     0
    lr_spring_born_prose      3    12      0   6/6     3/3   3/3     0
    misspelt_icr_adult        3     9      2   6/6     3/3   3/3     0
    mwc_visit_letter_other    3     6      0   3/3     3/3   3/3     0
    outcome_letter_bilingual_adult    3     3      0   6/6     3/3   3/3     0
    outcome_memo_adult_short    3     6      3   3/3     0/3   3/3     0
    outcome_notice_numbered    3     3      3   3/3     3/3   3/3     0
    pe_reflective_session_notes    3    12      0   6/6     0/3   3/3     0
    police_wellbeing_concern_other    3     9      0   6/6     3/3   3/3     0
    trap_cog_agenda_item      3     0      0   3/3     3/3   3/3     0
    trap_cog_note_deferred_quorum    3     0      0   3/3     0/3   3/3     0
    trap_cog_note_returned_redraft    3     0      0   3/3     0/3   3/3     0
    trap_cpc_signoff_awaits_cog    3     3      3   3/3     3/3   3/3     0
    trap_draft_v03_for_cog    3     3      0   3/3     3/3   3/3     0
    trap_progress_report_review_begun    3     3      0   3/3     3/3   3/3     0
    trap_referral_screening_decision    3     3      0   3/3     0/3   3/3     0

Second run (2026-12-04), engine of main at 8617fad, after round 11 (tuned on set 9); unseen, figures
and per-layout totals only, no failure read:

    category    total  leaked  recall
    person        288      22   0.924
    dob            39       7   0.821
    (email, phone, address, postcode, chi, nhs, ni: 0 leaked, 1.000)
    ALL           396      29   0.927
    person by part (kept out / total): forename 64/66, forename_variant 6/6, full 120/120,
      init 18/18, initials 12/30, surname 3/3, title 37/39, titleinit 6/6
    keep recall 207/207 = 1.000
    type accuracy 86/105 (LR-DECISION->ICR 3, LR-DECISION->OTHER 6, LR-OUTCOME->LR 1,
      OTHER->ICR 3, OTHER->LR 3, OTHER->SCR 3)
    subject accuracy (review documents) 69/75
    ratification exact 105/105 (63 with a date, 42 without), unknown 0, WRONG 0

Round 11 moved set 10 by one date of birth and two types; person recall is unchanged.

Round 12 (analysis TUNED on this set, its failures read): type 86/105 -> 105/105, subject 69/75
(the 6 misses are two layouts whose text names no side: no evidence, null, kept), ratification
105/105 with 0 wrong; redaction figures unchanged.

Round 12 (redaction) tuned on this set (--show read; TUNED figures, not a measure): person 0.924
-> 1.000 (22 -> 0 of 288; initials 12/30 -> 30/30), DOB 0.821 -> 1.000 (7 -> 0 of 39), every
identifier 1.000, keep 207/207; type 86/105, subject 69/75, ratification 105/105 (0 WRONG)
untouched.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind10_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind10_reports, "blind10")
