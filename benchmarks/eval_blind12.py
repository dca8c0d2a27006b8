#!/usr/bin/env python3
"""Evaluate the engine on the twelfth blind set (benchmarks/blind12_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind12.py [--n 105] [--seed 20261256] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind12.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 11, same figures in the same form).
Written without reading the rules, the analysis code or any generator's layout templates; nobody
has read its failures.  ``--show`` lists them for a reviewer of the generator, never for the
author of a rule; once someone has looked, the set is no longer blind and its figures must not be
reported as such.

What its author read (recorded in ``blind12_reports.py``'s docstring too): ``blind_eval.py``, the
brief's list of set 11's shapes, the names of earlier layouts (``grep -h "^def L_"``), ``eval_blind10.py``
and ``eval_blind11.py`` (their docstrings and figures), the tests of ``tests/test_blind_sets.py``, the
non-template parts of ``blind11_reports.py``, ``blind10_reports.py``, ``blind9_reports.py`` and
``blind8_reports.py`` (docstrings, pools, ``Ctx``/``Doc`` classes, date wordings, sign-off and phrase
helpers, check, ``SET``), and, for the API those build on, the ``Doc``/``Person``/``Ctx``/``Place``
classes, date wordings and reader and gold check of ``blind7_reports.py`` and ``blind5_reports.py``;
the first lines of ../shared/DOMAIN.md.  Never the rules, the analysis code, redaction/, a rule word
list or an ``L_*`` body.  Words of the pools were checked one by one against ../shared/corpus and
benchmarks/*.py with ``grep -wi`` (hits dropped, none looked at).

"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind12_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind12_reports, "blind12")
