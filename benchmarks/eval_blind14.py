#!/usr/bin/env python3
"""Evaluate the engine on the fourteenth blind set (benchmarks/blind14_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind14.py [--n 105] [--seed 20261270] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind14.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 13, same figures in the same form).
Written without reading the rules, the analysis code or any generator's layout templates; nobody
has read its failures.  ``--show`` lists them for a reviewer of the generator, never for the
author of a rule; once someone has looked, the set is no longer blind and its figures must not be
reported as such.

What its author read (recorded in ``blind14_reports.py``'s docstring too): the brief, issue 10,
../shared/DOMAIN.md and THREATS.md, ``blind_eval.py``, ``eval_blind13.py`` (docstring), the names of
earlier layouts (``grep -h "^def L_"``), the ``SETS``/``OTHER_LAYOUTS`` rows and set 13's tests of
``tests/test_blind_sets.py``, the non-template parts of ``blind13_reports.py`` to ``blind7_reports.py``
and ``blind5_reports.py`` (docstrings, pools, ``Ctx``/``Doc`` classes, forms, date wordings, sign-off
and phrase helpers, checks, ``SET``, ``AREAS``) and set 6's ``ratification_claims``.  Never the rules,
the analysis code, redaction/, a rule word list or an ``L_*`` body.  Pool words were checked by
``pool_overlaps`` against ../shared/corpus, benchmarks/*.py and sets 7 to 13's pools (hits dropped,
none looked at).

FIGURES
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind14_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind14_reports, "blind14")
