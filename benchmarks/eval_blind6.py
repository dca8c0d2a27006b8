#!/usr/bin/env python3
"""Evaluate the engine on the sixth blind set (benchmarks/blind6_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind6.py [--n 90] [--seed 20261214] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind6.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3, 4 and 5, same figures in the same form).
Nobody tunes on this set: do not read its failures when changing a rule.  ``--show`` lists
them for a reviewer of the generator, never for the author of a rule; once someone has looked,
the set is no longer blind and its figures must not be reported as such.

Frozen before set 5 was tuned on; written without reading the rules, the analysis code or any
generator's templates.  Not yet run on the engine: the lead runs it once and records the
aggregate figures here (the per-layout table and the failures are not to be looked at).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind6_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind6_reports, "blind6")
