#!/usr/bin/env python3
"""Evaluate the engine on the tenth blind set (benchmarks/blind10_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind10.py [--n 105] [--seed 20261242] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind10.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 9, same figures in the same form).
Written without reading the rules, the analysis code or any generator's layout templates; nobody
has read its failures.  ``--show`` lists them for a reviewer of the generator, never for the
author of a rule; once someone has looked, the set is no longer blind and its figures must not be
reported as such.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind10_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind10_reports, "blind10")
