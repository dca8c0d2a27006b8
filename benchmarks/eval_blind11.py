#!/usr/bin/env python3
"""Evaluate the engine on the eleventh blind set (benchmarks/blind11_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind11.py [--n 105] [--seed 20261249] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind11.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 10, same figures in the same form).
Written without reading the rules, the analysis code or any generator's layout templates.
Tuned on from round 13 (redaction and analysis: its failures were read and fixed class by
class): its figures since are TUNED, not a measure of unseen recall.  Before round 13, nobody
read its failures.
``--show`` lists them; once someone has looked, the set is no longer blind and its figures must
not be reported as such.

What its author read (recorded in ``blind11_reports.py``'s docstring too): ``blind_eval.py``,
``score_redaction.py``, ``eval_blind10.py``, the names of earlier layouts, the non-template parts of
``blind10_reports.py``, ``blind9_reports.py`` and ``blind8_reports.py``, and, for the API those build
on, the ``Doc``/``Ctx`` classes, date wordings and reader, identifiers, claim patterns and gold check
of ``blind7_reports.py`` and ``blind5_reports.py``; ../shared/DOMAIN.md's headings and its lines on
ratification.  Never the rules, the analysis code, a rule word list or an ``L_*`` body (one line of a
set 8 layout showed in a grep for a constant's name; it shaped nothing here).

The one run (2026-12-07), engine of main at 4b18faf (the commit this branch left main at), seed
20261249, 105 documents, 35 layouts; generator frozen (committed, e30cb4c) before it and changed after
only by the gold review (2026-12-07, ``blind11_reports.py``'s docstring: one part label, the texts
and every figure below but the "person by part" line unchanged); unseen figures, no failing form
read (aggregate figures and the per-layout totals as printed):

    blind11 (seed 20261249): 105 documents, 35 layouts, engine time 3.1s
    category    total  leaked  recall
    person        362      52   0.856
    dob            57      17   0.702
    email          45       0   1.000
    phone          44       0   1.000
    address        27       0   1.000
    postcode       27       0   1.000
    chi             6       0   1.000
    nhs             6       0   1.000
    ni              6       0   1.000
    ALL           580      69   0.881
    person by part (kept out / total): forename 48/69, forename_variant 7/9, full 143/168, init 16/16, initials 21/24, surname 9/9, title 44/45, titleinit 22/22
    keep recall 332/333 = 0.997
    type accuracy 91/105 = 0.867
      confusion (expected -> got): LR-DECISION->LR:3, LR-OUTCOME->OTHER:5, OTHER->LR:6
    subject accuracy (review documents) 74/75 = 0.987
    ratification exact 94/105 (63 with a date, 42 without), unknown 11, WRONG 0

    layout                 docs   pii leaked    keep  type   rat WRONG
    ap_icr_carer_stress_identifiers    3    30      0   6/6     3/3   2/3     0
    cog_decision_log_row_approved    3     3      0   3/3     0/3   3/3     0
    complaint_letter_from_grandparent_other    3    18      9   3/3     3/3   3/3     0
    cpc_annual_report_extract_other    3     3      0  12/12    3/3   3/3     0
    decision_email_proceed_adult    3    12      3  12/12    3/3   3/3     0
    decision_form_checkbox_not_proceed_adult    3    21      0   9/9     0/3   3/3     0
    decision_form_checkbox_proceed_child    3     9      0   6/6     3/3   3/3     0
    foi_response_letter_other    3    18      0   9/9     3/3   3/3     0
    icr_adult_ratified_in_words    3    15      8   9/9     3/3   3/3     0
    icr_child_birth_in_prose    3    21      1   9/9     3/3   2/3     0
    icr_professional_network_list    3    22      0  23/23    3/3   2/3     0
    lr_adult_distribution_list_and_signatures    3    22      0   8/8     3/3   3/3     0
    lr_appendix_chronology_ddmmyy_dash    3    21      6   9/9     3/3   2/3     0
    lr_child_endorsed_by_cog    3    12      0   6/6     3/3   3/3     0
    lr_child_initials_as_people    3    18      0   6/6     3/3   2/3     0
    lr_written_as_questions_and_answers    3    33      3  18/18    3/3   1/3     0
    nhs_significant_adverse_event_review_other    3    18      0   3/3     3/3   3/3     0
    outcome_email_plain_adult    3    11      0  12/12    1/3   3/3     0
    outcome_email_thread_quoted_replies    3    18      0  12/12    1/3   3/3     0
    outcome_form_tickboxes_child    3    12      0  12/12    3/3   3/3     0
    outcome_forwarded_email_lower_adult    3    18     11   6/6     3/3   3/3     0
    outcome_letter_child_to_inspectorate    3    12      0  15/15    2/3   2/3     0
    ppc_child_review_with_adult_at_risk    3    36      6  14/14    3/3   2/3     0
    review_panel_minutes_with_attendance    3    27      0  11/12    0/3   3/3     0
    scr_adult_titles_with_surnames    3    15      0   9/9     3/3   3/3     0
    scr_child_approved_dotted_short    3    12      3   6/6     3/3   3/3     0
    scr_family_members_table_dob_column    3    30      0  18/18    3/3   2/3     0
    scr_people_keyed_by_pseudonym_letters    3    15      5  24/24    3/3   3/3     0
    seven_minute_briefing_other    3     6      0   6/6     3/3   2/3     0
    training_flyer_learning_from_reviews    3    15      0   6/6     3/3   3/3     0
    trap_cog_agenda_meeting_to_come    3     3      0   6/6     3/3   3/3     0
    trap_icr_cpc_approved_cog_not_met    3     9      3   6/6     3/3   3/3     0
    trap_lr_adult_draft_review_commenced    3     6      0   6/6     3/3   3/3     0
    trap_scr_adult_submitted_to_cog    3    18      2  12/12    3/3   3/3     0
    typed_case_discussion_notes_lower_other    3    21      9   0/0     3/3   3/3     0

Rerun on the reviewed gold (2026-12-07, engine of main at c67dea7, the same engine code as 4b18faf;
figures only): every figure above is the same; the person-by-part line is now forename 45/66,
forename_variant 7/9, full 143/168, init 19/19, initials 21/24, surname 9/9, title 44/45, titleinit 22/22.

Second run (2026-12-07), engine of main at 91f2624, after round 12 (redaction and analysis, both tuned
on set 10); unseen, figures and per-layout totals only, no failure read:

    category    total  leaked  recall
    person        362      50   0.862
    dob            57      12   0.789
    (email, phone, address, postcode, chi, nhs, ni: 0 leaked, 1.000)
    ALL           580      62   0.893
    person by part (kept out / total): forename 45/66, forename_variant 7/9, full 144/168, init 19/19,
      initials 21/24, surname 9/9, title 45/45, titleinit 22/22
    keep recall 332/333 = 0.997
    type accuracy 99/105 (LR-DECISION->LR 3, OTHER->LR 3)
    subject accuracy (review documents) 74/75
    ratification exact 94/105 (63 with a date, 42 without), unknown 11, WRONG 0

Round 12 moved set 11 by person 0.856 -> 0.862 (2 forms), DOB 0.702 -> 0.789 (5 dates), type
91 -> 99/105; ratification unchanged.

TUNED ON from round 13 (analysis, 2026-12-07): its failures were read (``--show``) and fixed as
classes, so set 11's figures from then on are tuned, not a measure. Analysis after round 13: type
105/105, subject 75/75, ratification 105/105 exact with 0 wrong (redaction as after round 12).

Round 13 (redaction) read its failures and tuned on it too: person 0.862 -> 0.992 (50 -> 3 of 362
leaked), DOB 0.789 -> 1.000 (12 -> 0 of 57), keep 0.997 unchanged; the 3 left are lower-case first
names with no evidence but their place in a chronology ("dd/mm/yy - HV visit; <name> low in mood").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind11_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind11_reports, "blind11")
