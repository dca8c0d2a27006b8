#!/usr/bin/env python3
"""Evaluate the engine on the fifteenth blind set (benchmarks/blind15_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind15.py [--n 105] [--seed 20261277] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind15.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 14, same figures in the same form).
Written without reading the rules, the analysis code or any generator's layout templates; nobody
has read its failures.  ``--show`` lists them for a reviewer of the generator, never for the
author of a rule; once someone has looked, the set is no longer blind and its figures must not be
reported as such.  Not to be tuned on: it measures round 16.

What its author read (recorded in ``blind15_reports.py``'s docstring too): the brief, issue 10,
../shared/DOMAIN.md and THREATS.md, ``blind_eval.py``, ``eval_blind13.py`` (docstring), the names of
earlier layouts (``grep -h "^def L_"``), the ``SETS``/``OTHER_LAYOUTS`` rows and sets 13 and 14's tests of
``tests/test_blind_sets.py``, README's evaluation figures table, and the non-template parts of
``blind14_reports.py`` to ``blind7_reports.py`` and ``blind5_reports.py`` (their ``Doc``/``Person``/``Ctx``/
``Place`` classes, pools, date wordings, sign-off and phrase helpers, checks, ``AREAS``).  Never the
rules, the analysis code, redaction/, a rule word list, an ``L_*`` body or any set's failures.  Pool
words were checked by ``pool_overlaps`` against ../shared/corpus, benchmarks/*.py and sets 7 to 14's
pools (hits dropped, none looked at).  The engine was never run on this set by its author.

Generator frozen at 38351cb (``--check`` passing, ``tests/test_blind_sets.py -k blind15`` green).  Its
author read the generated texts and their gold (documents 1 to 70 and every particle-name and
Gaelic/English document) against issue 10's kinds, subject and ratification rules before freezing;
no gold error found.  Open questions, kept as written: ``cog_minute_outcomes_table_other`` is OTHER
keeping the meeting's date (``DATED_OTHER``, as sets 13 and 14's minutes); ``trap_other_area_ratified_lr_adult``
names another committee's review "ratified by its own Chief Officers Group" on a date, which is no
ratification of this review (the gold check reads that phrase as a trap, ``Doc15.trap``); the hospital
incident form's NHS numbers are unspaced and valid, the SCR mother's labelled NHS number has a wrong
check digit (gold, as issue 10 says).

The one run: (by the lead)

    (to be filled in by the lead: engine of main at <commit>, just before round 16 merges; seed
    20261277, 105 documents, 35 layouts; run once, without --show)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind15_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind15_reports, "blind15")
