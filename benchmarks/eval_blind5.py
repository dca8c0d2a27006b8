#!/usr/bin/env python3
"""Evaluate the engine on the fifth blind set (benchmarks/blind5_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind5.py [--n 78] [--seed 20261207] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind5.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 and 4, same figures in the same form).
Nobody tunes on this set: do not read its failures when changing a rule.  ``--show`` lists
them for a reviewer of the generator, never for the author of a rule; once someone has looked,
the set is no longer blind and its figures must not be reported as such.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind5_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind5_reports, "blind5")
