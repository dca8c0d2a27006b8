#!/usr/bin/env python3
"""Evaluate the engine on the thirteenth blind set (benchmarks/blind13_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind13.py [--n 105] [--seed 20261263] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind13.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 12, same figures in the same form).
Written without reading the rules, the analysis code or any generator's layout templates; nobody
has read its failures.  ``--show`` lists them for a reviewer of the generator, never for the
author of a rule; once someone has looked, the set is no longer blind and its figures must not be
reported as such.

What its author read (recorded in ``blind13_reports.py``'s docstring too): the brief, ``blind_eval.py``,
the names of earlier layouts (``grep -h "^def L_"``), ``eval_blind12.py`` (docstring and figures), the
``SETS`` rows and set 12's tests of ``tests/test_blind_sets.py``, the non-template parts of
``blind12_reports.py`` (docstring, pools, ``Ctx``/``Doc12``, date wordings, helpers, check, ``SET``),
and of ``blind11_reports.py``, ``blind10_reports.py``, ``blind9_reports.py``, ``blind8_reports.py``,
``blind7_reports.py`` and ``blind5_reports.py`` (their ``Doc``/``Person``/``Ctx``/``Place`` classes,
forms, date wordings, sign-off and phrase helpers, checks, ``AREAS``).  Never the rules, the analysis
code, redaction/, a rule word list or an ``L_*`` body.  Pool words were checked by ``pool_overlaps``
against ../shared/corpus, benchmarks/*.py and sets 7 to 12's pools (hits dropped, none looked at).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind13_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind13_reports, "blind13")
