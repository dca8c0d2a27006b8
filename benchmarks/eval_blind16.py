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

The one run: (by the lead)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind16_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind16_reports, "blind16")
