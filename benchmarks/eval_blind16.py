#!/usr/bin/env python3
"""Evaluate the engine on the sixteenth blind set (benchmarks/blind16_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind16.py [--n 105] [--seed 20261284] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind16.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 15, same figures in the same form).
Written without reading the rules, the analysis code or any generator's layout templates; nobody
has read its failures.  ``--show`` lists them for a reviewer of the generator, never for the
author of a rule; once someone has looked, the set is no longer blind and its figures must not be
reported as such.

What its author read (recorded in ``blind16_reports.py``'s docstring too): the brief, issue 10,
``blind_eval.py``, ``eval_blind13.py`` (docstring), the names of earlier layouts, the ``SETS`` and
``OTHER_LAYOUTS`` rows and set 15's tests of ``tests/test_blind_sets.py``, and the non-template parts
of ``blind15_reports.py`` to ``blind7_reports.py`` and ``blind5_reports.py``.  Never the rules, the
analysis code, redaction/, a rule word list or an ``L_*`` body.  Pool words were checked by
``pool_overlaps`` against ../shared/corpus, benchmarks/*.py and sets 7 to 15's pools (hits dropped,
none looked at).

Frozen at the commit that added this file; the set it writes (``blind16_reports.py OUT``) has the digest
``bce8818c04c0d214836bb06ca576527570d8d1782f21007637e6c9fd0fd67b09`` (``cd OUT && find . -type f | sort |
xargs sha256sum | sha256sum``): check it before the run, so a later edit of the generator shows.

Gold review (2026-12-07, by helper gold16, without running the engine; recorded here, not in
``blind16_reports.py``, whose docstring feeds ``bad_initials``).  All 105 documents read with their gold
(the three of every layout), plus mechanical checks: every ``pii`` text occurs in its document, no pool
word is left outside a ``pii`` or ``quasi`` span, every keep term occurs, every weekday written with a
date is that date's weekday.  No change: the generator is untouched and the set's digest above still
holds.
Checked and kept: doc_type and subject of all 35 layouts (the transition reports: 18 or over, adult;
the memo, the plain e-mails and the sectioned form are notifications; annual report, agenda, action
plan, cover letter and incident review OTHER with None); ratification dates equal the COG line's date
in every wording (day-first two-digit years, "19 of", upper-case ordinals, "endorsed"/"approved" by the
COG with the action plan, "the Chief Officers ratified"); no date for the CPC's own endorsement, "sent
to the COG" with "pending", "is expected on", the ratified action plan alone, the review panel's
sign-off, the annual report's list (month only, other reviews), decision dates, "on or around" and
"w/c"; a year of birth alone is no date of birth, "b.8/1/14" is one; a patient or adult named only by
initials has the initials as gold (flagged word_collision, so matched case-sensitively); surnames after
role abbreviations (SW, HV, class teacher) are gold without the role; room numbers are text (the care
home's street address and postcode are the PII); ages, pseudonyms, roles and public bodies keep.
Open questions (kept as written):
- ``decision_proceed_memo_child`` is an internal memo between two officers, kept LR-DECISION (the kind
  is the notice of the decision, not its addressee); ``outcome_plain_email_child`` names no recipient.
- Text oddities that do not contradict the gold: a "nephew" or "brother" with a female forename (docs
  48, 83; 50, 85), a 27-30 month health review and a nursery for children of 9 to 13 (docs 41, 76, 99),
  a care home address with a flat number (doc 83), a doctor as transitions worker (doc 39).
- ``blind16_reports.py``'s docstring says Basque, Yoruba and Finnish names were dropped, yet its pools
  hold some names of those origins; ``pool_overlaps`` passes, so only the description is loose.

The one run (2026-12-07, by the lead), engine of main at e5a1f01 (rounds 15 and 16, both halves,
merged; before round 17), seed 20261284, 105 documents, 35 layouts; the set's digest checked first
(``bce8818c...0fd67b09``, as above); run once without --show, no failing form read (the aggregate
figures and the per-layout totals as printed):

    blind16 (seed 20261284): 105 documents, 35 layouts, engine time 0.9s
    category    total  leaked  recall
    person        255      18   0.929
    address        21       0   1.000
    postcode       21       0   1.000
    dob            21       3   0.857
    email          12       0   1.000
    phone           3       0   1.000
    chi             3       0   1.000
    nhs             3       0   1.000
    ni              3       0   1.000
    ALL           342      21   0.939
    person by part (kept out / total): forename 34/36, forename_variant 3/3, full 152/156, init 6/6, initials 3/15, surname 12/12, title 21/21, titleinit 6/6
    keep recall 264/264 = 1.000
    type accuracy 102/105 = 0.971
      confusion (expected -> got): LR-OUTCOME->OTHER:3
    subject accuracy (review documents) 89/90 = 0.989
    ratification exact 102/105 (69 with a date, 36 without), unknown 3, WRONG 0

    layout                 docs   pii leaked    keep  type   rat WRONG
    B16_action_plan_owner_columns_other    3     6      0   3/3     3/3   3/3     0
    B16_advocacy_worker_account_lr_adult    3    12      0   9/9     3/3   3/3     0
    B16_agency_involvement_roles_surnames_lr_child    3    15      0  15/15    3/3   3/3     0
    B16_agenda_with_timings_other    3     3      0   3/3     3/3   3/3     0
    B16_care_home_room_co_address_lr_adult    3    15      0   9/9     3/3   3/3     0
    B16_cog_annual_report_reviews_section_other    3     0      0   6/6     3/3   3/3     0
    B16_cover_letter_enclosures_list_other    3     9      0   6/6     3/3   3/3     0
    B16_decision_not_proceed_reasons_numbered_child    3     6      0  18/18    3/3   3/3     0
    B16_decision_proceed_memo_child    3     6      0   6/6     3/3   3/3     0
    B16_dob_in_sentence_born_year_lr_child    3    18      0   6/6     3/3   3/3     0
    B16_dotted_initials_accents_icr_child    3    21      6   6/6     3/3   3/3     0
    B16_email_disclaimer_decision_proceed_adult    3     9      3   6/6     3/3   3/3     0
    B16_executive_summary_only_lr_child    3     3      0  12/12    3/3   3/3     0
    B16_financial_harm_bank_lr_adult    3     6      0   9/9     3/3   3/3     0
    B16_house_name_address_scr_child    3    18      2   9/9     3/3   3/3     0
    B16_identifiers_footer_icr_adult    3    12      0   6/6     3/3   3/3     0
    B16_interview_q_and_a_scr_child    3     9      0   6/6     3/3   3/3     0
    B16_nickname_young_carer_lr_child    3    15      0   6/6     3/3   3/3     0
    B16_numbered_paras_footnotes_scr_child    3    21      0  15/15    3/3   3/3     0
    B16_on_or_around_wc_dates_icr_adult    3     6      0   6/6     3/3   3/3     0
    B16_outcome_key_dates_table_child    3     0      0   9/9     3/3   3/3     0
    B16_outcome_notification_sections_adult    3     6      0   6/6     0/3   3/3     0
    B16_outcome_plain_email_child    3     6      0   6/6     3/3   3/3     0
    B16_pdf_page_furniture_lr_adult    3    12      0  12/12    3/3   3/3     0
    B16_serious_incident_review_rca_other    3     6      0   3/3     3/3   3/3     0
    B16_spreadsheet_merged_header_icr_adult    3    15      3   6/6     3/3   0/3     0
    B16_surname_comma_forename_relation_scr_adult    3    15      0   6/6     3/3   3/3     0
    B16_tracked_comments_icr_child    3    12      5   6/6     3/3   3/3     0
    B16_transition_young_person_lr_adult    3    12      0   9/9     3/3   3/3     0
    B16_trap_cog_ratified_action_plan_only_lr_child    3     6      0   6/6     3/3   3/3     0
    B16_trap_ratification_expected_scr_adult    3     6      0   6/6     3/3   3/3     0
    B16_trap_ratification_pending_field_icr_child    3     9      0   6/6     3/3   3/3     0
    B16_trap_signed_off_by_panel_lr_adult    3     6      0   6/6     3/3   3/3     0
    B16_two_column_alternating_lines_icr_child    3    15      2   6/6     3/3   3/3     0
    B16_ward_chronology_24h_scr_adult    3     6      0   9/9     3/3   3/3     0

Second run (2026-12-08, by the lead), engine of main at 433afcb, after round 17 (redaction and
analysis, both tuned on set 15); unseen, figures only, no failure read: every figure exactly as in
the one run (person 0.929, 18 of 255 leaked; initials 3/15 kept out; DOB 0.857, 3 of 21; every
other identifier 1.000; ALL 0.939; keep 264/264; type 102/105, LR-OUTCOME->OTHER 3; subject 89/90;
ratification 102/105, 3 unknown, WRONG 0).  Round 17's redaction alone (5f6bc61) gave the same.
Both round 17 helpers saw this set's aggregate README row (the one run's figures, not its failures)
in a merge of main after their rules were written; neither changed a rule after that.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind16_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind16_reports, "blind16")
