#!/usr/bin/env python3
"""Evaluate the engine on the fourth blind set (benchmarks/blind4_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind4.py [--n 84] [--seed 20261205] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind4.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with ``eval_blind3.py``, same figures in the same
form): per-category PII recall with leaked counts, person names by part, keep recall,
document-type accuracy with the confusion, subject accuracy on review documents,
ratification exact / unknown / WRONG, and a line per layout.  Exit status 0 unless something
crashes; ``--check`` exits 1 if the gold is wrong.

Nobody tunes on this set: do not read its failures when changing a rule.  ``--show`` lists
them for a reviewer of the generator, never for the author of a rule; once someone has looked,
the set is no longer blind and its figures must not be reported as such.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind4_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind4_reports, "blind4")
