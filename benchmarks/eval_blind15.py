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

Gold review (2026-12-07, by helper gold15, without running the engine; documents 71 to 105, the
third of each of the 35 layouts, read in full with their gold, and all three of every doubtful layout:
the COG minute, the covering e-mail, the four traps, the decisions; the ratification, approval and
endorsement lines of all 105 listed against their gold).  Recorded here, not in
``blind15_reports.py``, whose own source feeds ``bad_initials``; the generated set (text and gold)
is byte-identical before and after.  No change: no gold error found.
Checked and kept: doc_type and subject of every layout as issue 10 says (decisions and the
bilingual form LR-DECISION; the reply thread, Word-field form and letter LR-OUTCOME; brief, police
extract, incident form, action plan, agenda, cover letter and e-mail, SIR seven-day report, invite
and referral-discussion note OTHER with subject None); ratification is the COG's date only (the
committee's own endorsement in the weekday SCR, the "sent to the COG" and "COG meeting" rows, a
future COG, a cancelled COG, the chair's approval and another area's COG: not, and None where
nothing else is said); every person form (surname-first rota and register, capitals, initials,
"forename + initial" sign-offs, particle surnames with their titles, forenames alone, PC + surname,
the quoted thread's names), DOB ("DoB -", "D.O.B.", in parentheses, labelled DOB), one-line and
lower-case or unspaced addresses and postcodes, phones, e-mails, CHI/NHS/NI numbers are in ``pii``;
``pii`` holds no body, role, age or pseudonym; every keep term is in its text.
``Doc15.trap`` cannot hide a real ratification: the check drops only its "no ratification in the
gold" errors and re-raises one for every claim of set 7's finder not wholly inside a trap span (a
superset of the claims set 5's check raised); the traps are two fixed phrases ("COG ratification
awaited", another area's review "ratified by its own Chief Officers Group on"), and a claim that
ends past a trap, or a later row or sentence ("Ratified by COG: ...", "Date of COG ratification:
...", "The Chief Officers Group ratified this review on ...") appended to either trap layout, still
fails the check (tried on both layouts, then discarded).  Only a claim written through ``trap()``
itself is ignored, by construction.
Open questions (kept as written): the writer's three above; the CSV appendix
(``chronology_csv_multiagency_lr_child``) is typed LR because it carries the review's own subject and
ratification, though an appendix sent alone could be read as OTHER; some contact e-mails' local parts
name a different worker than the signatory (text only; both are gold).

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
