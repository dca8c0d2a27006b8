#!/usr/bin/env python3
"""Evaluate the engine on the ninth blind set (benchmarks/blind9_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind9.py [--n 105] [--seed 20261235] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind9.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 8, same figures in the same form).
Tuned on from round 11 (its failures were read and fixed class by class): its figures since are
TUNED, not a measure of unseen recall.  Before round 11, nobody tuned on this set.  ``--show`` lists
its failures; once someone has looked, the set is no longer blind and its figures must not be
reported as such.

Written without reading the rules, the analysis code or any generator's templates.

The one run (2026-12-04), engine of main at 1687648 (the commit this set's branch started from;
generator and tests frozen in 6064ac8 before the run), seed 20261235, 105 documents, 35 layouts;
aggregate figures and the per-layout totals the harness prints; run without --show, no failing
form read:

    category    total  leaked  recall
    person        384      49   0.872
    dob            54       5   0.907
    address        15       0   1.000
    postcode       15       0   1.000
    email          15       0   1.000
    phone          15       0   1.000
    chi             6       0   1.000
    nhs             3       0   1.000
    ni              3       0   1.000
    ALL           510      54   0.894
    person by part (kept out / total): forename 36/39, forename_variant 3/3, full 167/183,
      init 45/45, initials 21/45, surname 6/6, title 30/36, titleinit 27/27
    keep recall 247/249 = 0.992
    type accuracy 93/105 = 0.886
      confusion (expected -> got): LR->OTHER:3, LR-DECISION->LR:3, LR-DECISION->OTHER:3, OTHER->LR:3
    subject accuracy (review documents) 73/75 = 0.973
    ratification exact 102/105 (63 with a date, 42 without), unknown 3, WRONG 0

    layout                 docs   pii leaked    keep  type   rat WRONG
    ap_icr_scam_mail          3    15      3   6/6     3/3   3/3     0
    ap_lr_carehome_falls      3    18      0  14/15    3/3   3/3     0
    ap_lr_discharge_readmit    3    24      0   6/6     3/3   3/3     0
    ap_scr_hoarding           3    21      0   9/9     3/3   3/3     0
    chronology_agency_blocks    3    21      0  12/12    3/3   3/3     0
    chronology_pipe_rows      3    21      0  12/12    3/3   3/3     0
    cog_minute_extract_ratified    3     6      0   9/9     3/3   3/3     0
    covering_note_lower_names    3     9      6   6/6     3/3   3/3     0
    dob_bracketed_prose       3    15      0   9/9     3/3   3/3     0
    gaelic_heading_icr_adult    3    12      0   9/9     3/3   3/3     0
    genogram_indented_tree    3    36      0   3/3     3/3   3/3     0
    icr_other_council_template    3    24      1  15/15    3/3   3/3     0
    initials_panel_scr        3    18     15  15/15    3/3   3/3     0
    inspection_letter_other    3     6      0   5/6     3/3   3/3     0
    lr_family_voice           3    39      0  15/15    3/3   3/3     0
    mc_mac_household          3    27      1   3/3     3/3   3/3     0
    multiagency_grid_tabbed    3    33      0  27/27    3/3   3/3     0
    outcome_child_two_line    3     6      0   3/3     3/3   3/3     0
    outcome_eform_export      3     9      4   3/3     3/3   0/3     0
    outcome_letter_adult_tabled    3     9      0   3/3     3/3   3/3     0
    outcome_lowercase_mail_body    3    18     12   3/3     3/3   3/3     0
    pe_workshop_record        3    21      3   3/3     3/3   3/3     0
    police_vpd_extract_other    3    15      0   6/6     3/3   3/3     0
    sir_nhs_other             3    12      0   3/3     3/3   3/3     0
    terms_ref_adult_other     3     3      0  12/12    0/3   3/3     0
    trap_cog_minute_held_over    3     3      0   0/0     3/3   3/3     0
    trap_cog_minute_sent_back    3     6      0   0/0     3/3   3/3     0
    trap_cpc_endorsed_only    3     9      0   3/3     3/3   3/3     0
    trap_decision_child_notproceed    3     3      0   3/3     0/3   3/3     0
    trap_decision_decline_letter    3     9      0   9/9     3/3   3/3     0
    trap_decision_proceed_memo    3     9      0   3/3     0/3   3/3     0
    trap_draft_for_cog        3     6      0   3/3     3/3   3/3     0
    trap_review_started_update    3     3      0   3/3     3/3   3/3     0
    trap_submitted_to_cog     3     9      0   3/3     3/3   3/3     0
    typo_ridden_lr            3    15      9   9/9     0/3   3/3     0

Gold review (2026-12-04, after the run above, by a reviewer of the generator: no rule read, no
failure listed, the engine not run, one document per layout read against issue 10's kinds, set 6's
conventions and DOMAIN.md): every layout's doc_type, subject and ratification_date stand. Schools
and care homes were keep gold in four layouts (lr_family_voice, chronology_agency_blocks,
ap_lr_carehome_falls, inspection_letter_other; 12 terms); DOMAIN.md says to "still redact ...
schools and GP practices" and sets 5 to 8 file schools and care homes as quasi (reported, not
scored), so they are quasi now: 237 keep terms, 12 quasi. Texts byte-identical. The keep recall
above (247/249) is on the gold before the fix and needs a rerun; the other figures do not depend on
keep gold.

Rerun on the corrected gold, the same engine (main at the gold9 merge, engine as 1687648; figures
only): keep recall 237/237 = 1.000; every other figure as in the one run above.

Second run (2026-12-04), engine of main at f8cd9e3, after round 10 (tuned on set 8: names in
lower case, initials by use, notification letters by their subject line); unseen, figures and
per-layout totals only, no failure read:

    category    total  leaked  recall
    person        384      25   0.935
    dob            54       5   0.907
    (address, postcode, email, phone, chi, nhs, ni: 0 leaked, 1.000)
    ALL           510      30   0.941
    person by part (kept out / total): forename 39/39, forename_variant 3/3, full 178/183,
      init 45/45, initials 27/45, surname 6/6, title 34/36, titleinit 27/27
    keep recall 237/237 = 1.000
    type accuracy 93/105 (LR->OTHER 3, LR-DECISION->LR 3, LR-DECISION->OTHER 3, OTHER->LR 3)
    subject accuracy (review documents) 73/75
    ratification exact 102/105 (63 with a date, 42 without), unknown 3, WRONG 0

Layouts still leaking (leaked of pii): initials_panel_scr 9/18, outcome_eform_export 4/9,
typo_ridden_lr 4/15, ap_icr_scam_mail 3/15, outcome_lowercase_mail_body 3/18, pe_workshop_record
3/21, covering_note_lower_names 2/9, icr_other_council_template 1/24, mc_mac_household 1/27.
Type misses: terms_ref_adult_other, trap_decision_child_notproceed, trap_decision_proceed_memo,
typo_ridden_lr; unknown dates: outcome_eform_export.

Round 11 (redaction) tuned on this set (--show read; TUNED figures, not a measure): person 0.935
-> 1.000 (25 -> 0 of 384), DOB 0.907 -> 1.000 (5 -> 0 of 54), every identifier 1.000, keep
237/237; type 93/105, subject 73/75, ratification 102/105 (3 unknown, 0 WRONG) untouched.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind9_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind9_reports, "blind9")
