#!/usr/bin/env python3
"""Evaluate the engine on the seventh blind set (benchmarks/blind7_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind7.py [--n 99] [--seed 20261221] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind7.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 6, same figures in the same form).
Round 9 tuned on this set (below); before that nobody read its failures.  ``--show`` lists
them for a reviewer of the generator, never for the author of a rule; once someone has looked,
the set is no longer blind and its figures must not be reported as such.

Frozen before anyone reads set 6's failures; written without reading the rules, the analysis
code or any generator's templates.  Not for tuning until round 9 (the runs below, up to round 8,
are unseen figures).

The one run (2026-12-03), seed 20261221, 99 documents, 33 layouts, engine of main at 247afa0 (after
round 7; aggregate figures and the per-layout totals the harness prints; no failing form read):

    category    total  leaked  recall
    person        330      28   0.915
    dob            96      18   0.812
    address        27       0   1.000
    postcode       27       0   1.000
    phone          15       0   1.000
    chi             9       0   1.000
    email           9       0   1.000
    nhs             9       0   1.000
    ni              6       0   1.000
    ALL           528      46   0.913
    person by part (kept out / total): forename 44/48, full 170/177, init 29/30, initials 8/24, surname 3/3, title 27/27, titleinit 21/21
    keep recall 273/276 = 0.989
    type accuracy 87/99 = 0.879
      confusion (expected -> got): LR-DECISION->OTHER:3, LR-OUTCOME->OTHER:3, OTHER->LR:6
    subject accuracy (review documents) 68/75 = 0.907
    ratification exact 83/99 (57 with a date, 42 without), unknown 16, WRONG 0

Second run (2026-12-03), engine of main at 27c3f85, after round 8 (tuned on set 6); aggregate figures
only, no failing form read:

    category    total  leaked  recall
    person        330      26   0.921
    dob            96      15   0.844
    address        27       0   1.000
    postcode       27       0   1.000
    phone          15       0   1.000
    chi             9       0   1.000
    email           9       0   1.000
    nhs             9       0   1.000
    ni              6       0   1.000
    ALL           528      41   0.922
    person by part (kept out / total): forename 44/48, full 171/177, init 29/30, initials 9/24, surname 3/3, title 27/27, titleinit 21/21
    keep recall 273/276 = 0.989
    type accuracy 90/99 = 0.909
      confusion (expected -> got): LR-DECISION->OTHER:3, OTHER->LR:6
    subject accuracy (review documents) 68/75 = 0.907
    ratification exact 83/99 (57 with a date, 42 without), unknown 16, WRONG 0

Round 9 (redaction) TUNED on this set (``--show`` read, so from here on its figures are tuned
figures, not a measure): person 26 -> 0 of 330 leaked, dates of birth 15 -> 0 of 96, keep
273/276 -> 276/276; type, subject and ratification unchanged (analysis untouched).

Round 9 (analysis), tuned on this set (its failures read): engine of branch round9a, redaction
as round 8 (person 0.921, dob 0.844, ALL 0.922, keep 0.989 unchanged):

    type accuracy 99/99 = 1.000
      confusion (expected -> got): none
    subject accuracy (review documents) 75/75 = 1.000
    ratification exact 99/99 (57 with a date, 42 without), unknown 0, WRONG 0
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind7_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind7_reports, "blind7")
