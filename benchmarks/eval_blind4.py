#!/usr/bin/env python3
"""Evaluate the engine on the fourth blind set (benchmarks/blind4_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind4.py [--n 90] [--seed 20261205] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind4.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with ``eval_blind3.py``, same figures in the same
form): per-category PII recall with leaked counts, person names by part, keep recall,
document-type accuracy with the confusion, subject accuracy on review documents,
ratification exact / unknown / WRONG, and a line per layout.  Exit status 0 unless something
crashes; ``--check`` exits 1 if the gold is wrong.

**No longer blind (2026-12-03).** Round 5 read this set's failures (``--show``) after blind set 5
was frozen, and fixed their classes as rule rows and analysis rules: its figures since are
"tuned on", never a claim about reports nobody has seen.  Blind set 5 (``eval_blind5.py``) is the
unseen measure now.  ``--show`` lists failures for a reviewer of the generator or for a round
that has declared the set tuned on.

The one run (2026-12-02), seed 20261205, 90 documents, 30 layouts, engine of main at e15bb53,
before round 4; nobody has read its failures:

    blind4 (seed 20261205): 90 documents, 30 layouts
    category    total  leaked  recall
    person        539      36   0.933
    dob            62      13   0.790
    address        46       0   1.000
    postcode       46       0   1.000
    phone          21       0   1.000
    email          12       0   1.000
    chi             6       0   1.000
    nhs             6       0   1.000
    ni              6       0   1.000
    ALL           744      49   0.934
    person by part (kept out / total): forename 88/89, full 188/207, init 46/54, initials 11/18,
      surname 22/23, title 102/102, titleinit 46/46
    keep recall 351/352 = 0.997
    type accuracy 89/90 = 0.989
      confusion (expected -> got): OTHER->LR:1
    subject accuracy (review documents) 55/66 = 0.833
    ratification exact 85/90 (48 with a date, 42 without), unknown 0, WRONG 5

    layout                 docs   pii leaked    keep  type   rat WRONG
    action_plan               3    18     12   3/3     3/3   3/3     0
    agenda                    3     9      0   6/6     3/3   3/3     0
    bullet_briefing           3     9      0  12/12    3/3   3/3     0
    caps_signature            3    29      4  15/15    3/3   3/3     0
    chronology                3    32      0  12/12    3/3   3/3     0
    data_model                3     0      0   0/0     3/3   3/3     0
    email_thread              3    18      2   9/9     3/3   3/3     0
    family_fixed              3    54     16  13/13    3/3   3/3     0
    family_pipe               3    42      0  14/14    3/3   3/3     0
    family_tab                3    64      0  14/14    3/3   3/3     0
    footnotes                 3    27      1  10/10    3/3   3/3     0
    form_daterows             3    34      0  15/15    3/3   3/3     0
    form_pending              3     6      0   7/7     3/3   1/3     2
    icr_ids                   3    50      0  10/10    3/3   3/3     0
    keep_traps                3    18      0  23/23    3/3   3/3     0
    lr_adult_agreed           3    33      0  13/13    3/3   3/3     0
    lr_decision               3     6      0   9/9     3/3   3/3     0
    lr_deferred               3    21      0  15/15    3/3   0/3     3
    lr_outcome                3     6      0   9/9     3/3   3/3     0
    minutes                   3    30      0  15/15    2/3   3/3     0
    mixed_case                3    37      1  14/14    3/3   3/3     0
    ppc_full_name             3    19      0  20/20    3/3   3/3     0
    qa_proforma               3    28      1  10/10    3/3   3/3     0
    quoted_letter             3    15      0   6/6     3/3   3/3     0
    scr_dayof                 3    30      1  18/18    3/3   3/3     0
    scr_weekday               3    26      0  10/10    3/3   3/3     0
    signatories               3    39      7  24/25    3/3   3/3     0
    sir                       3    21      2   5/5     3/3   3/3     0
    tech_standard             3     0      0   6/6     3/3   3/3     0
    two_column                3    23      2  14/14    3/3   3/3     0

Second run (once; engine of main after round 4, which was tuned on blind set 3, never on this
set; failures not read):

    category    total  leaked  recall
    person        539      31   0.942
    dob            62      13   0.790
    address        46       0   1.000
    postcode       46       0   1.000
    phone          21       0   1.000
    email          12       0   1.000
    chi             6       0   1.000
    nhs             6       0   1.000
    ni              6       0   1.000
    ALL           744      44   0.941
    person by part (kept out / total): forename 88/89, full 193/207, init 46/54, initials 11/18, surname 22/23, title 102/102, titleinit 46/46
    keep recall 352/352 = 1.000
    type accuracy 86/90 = 0.956
      confusion (expected -> got): LR->OTHER:3, OTHER->LR:1
    subject accuracy (review documents) 55/66 = 0.833
    ratification exact 87/90 (48 with a date, 42 without), unknown 0, WRONG 3

After round 5, which was TUNED ON THIS SET (its failures read; not a claim):

    person 539/539, dob 62/62, every other category 1.000, ALL 744/744 = 1.000
    keep recall 352/352 = 1.000
    type accuracy 90/90 = 1.000
    subject accuracy (review documents) 66/66 = 1.000
    ratification exact 90/90 (48 with a date, 42 without), unknown 0, WRONG 0
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind4_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind4_reports, "blind4")
