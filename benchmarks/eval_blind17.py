#!/usr/bin/env python3
"""Evaluate the engine on the seventeenth blind set (benchmarks/blind17_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind17.py [--n 105] [--seed 20261291] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind17.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 16, same figures in the same form).
Written without reading the rules, the analysis code or any generator's layout templates; nobody
has run the engine on it or read its failures.  ``--show`` lists them for a reviewer of the
generator, never for the author of a rule; once someone has looked, the set is no longer blind and
its figures must not be reported as such.

What its author read (recorded in ``blind17_reports.py``'s docstring too): the brief, issue 10,
../shared/DOMAIN.md, ``blind_eval.py``, ``eval_blind16.py`` (docstring), the names of earlier layouts,
the ``SETS`` and ``OTHER_LAYOUTS`` rows and set 16's tests of ``tests/test_blind_sets.py``, and the
non-template parts of ``blind16_reports.py`` to ``blind5_reports.py``.  Never the rules, the analysis
code, redaction/, a rule word list or an ``L_*`` body (save six lines of one set-13 body seen by
accident while paging its helpers).  Pool words were checked by ``pool_overlaps`` against
../shared/corpus, benchmarks/*.py and sets 7 to 16's pools (hits dropped, none looked at).

Frozen at commit c5e38b1 (which added this file); the set it writes (``blind17_reports.py OUT``) has the
digest ``8ac000ad5862706c367b6309e239d39a4dfa308829276b4a85bba66b273fa656`` (``cd OUT && find . -type f |
sort | xargs sha256sum | sha256sum``): check it before the run, so a later edit of the generator shows.
The engine has not been run on this set; the lead runs it once.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind17_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind17_reports, "blind17")
