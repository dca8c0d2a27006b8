#!/usr/bin/env python3
"""Evaluate the engine on the seventh blind set (benchmarks/blind7_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind7.py [--n 99] [--seed 20261221] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind7.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 6, same figures in the same form).
Nobody tunes on this set: do not read its failures when changing a rule.  ``--show`` lists
them for a reviewer of the generator, never for the author of a rule; once someone has looked,
the set is no longer blind and its figures must not be reported as such.

Frozen before anyone reads set 6's failures; written without reading the rules, the analysis
code or any generator's templates.  NOT YET RUN on the engine: the lead runs it once and
records that run's aggregate figures here (engine commit, date, the harness's table).  Never
for tuning.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind7_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind7_reports, "blind7")
