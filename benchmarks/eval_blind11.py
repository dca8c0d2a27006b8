#!/usr/bin/env python3
"""Evaluate the engine on the eleventh blind set (benchmarks/blind11_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind11.py [--n 105] [--seed 20261249] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind11.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 10, same figures in the same form).
Written without reading the rules, the analysis code or any generator's layout templates; nobody
has read its failures.  ``--show`` lists them for a reviewer of the generator, never for the
author of a rule; once someone has looked, the set is no longer blind and its figures must not be
reported as such.

RUNPLACEHOLDER
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind11_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind11_reports, "blind11")
