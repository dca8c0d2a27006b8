#!/usr/bin/env python3
"""Evaluate the engine on the eighteenth blind set (benchmarks/blind18_reports.py): figures only.

    .venv/bin/python benchmarks/eval_blind18.py [--n 105] [--seed 20261298] [--keep-dir DIR]
    .venv/bin/python benchmarks/eval_blind18.py --check     # the gold's own sanity, no engine

The harness is ``blind_eval.py`` (shared with sets 3 to 16, same figures in the same form).
Written blind as a TUNING set: round 19 tunes on it, so its figures after that round are no unseen
figures; before round 19's first run it has not been run at all.  Written without reading the rules,
the analysis code, a rule word list or any generator's layout templates, and without running the
engine on it; nobody has read its failures.  ``--show`` lists them, for the round that tunes on it
and for a reviewer of the generator.

What its author read (recorded in ``blind18_reports.py``'s docstring too): the brief, issue 10,
../shared/DOMAIN.md and THREATS.md, ``blind_eval.py``, ``eval_blind16.py`` (docstring), the names of
earlier layouts, the ``SETS`` and ``OTHER_LAYOUTS`` rows and set 16's tests of
``tests/test_blind_sets.py``, and the non-template parts of ``blind16_reports.py`` to
``blind7_reports.py`` and ``blind5_reports.py`` (and set 6's ``ratification_claims``, which the gold
check calls).  Never the rules, the analysis code, redaction/, a rule word list, an ``L_*`` body or
another helper's set 17.  Pool words were checked by ``pool_overlaps`` against ../shared/corpus,
benchmarks/*.py and sets 7 to 16's pools (hits dropped, none looked at).

Frozen at the commit that added this file; the set it writes (``blind18_reports.py OUT``) has the digest
``629c302503755ff5bc2e038a8e39c94b91c42d8ed7d039010758438b3e6fe849`` (``cd OUT && find . -type f | sort |
xargs sha256sum | sha256sum``): check it before the run, so a later edit of the generator shows.

Gold (``--check``): 105 documents, 35 layouts, 543 PII forms (person 351, dob 51, address 48,
postcode 48, email 18, phone 15, chi 6, nhs 3, ni 3), 315 keep terms; types ICR 21, LR 21,
LR-DECISION 12, LR-OUTCOME 12, OTHER 18, SCR 21; a ratification date in 66, none in 39.

Gold review (2026-12-08, helper gold18, no engine run, nothing under redaction/ or analysis/ read): the
set written at the frozen seed (digest above, unchanged: the generator was not edited) read in full,
all 105 documents with their gold, the three of every layout.  Checked by eye per document: every
person form (full, surname-only, title, initials, OCR-noisy and line-split forms, nicknames, family
plurals), address, postcode, date of birth, e-mail, phone and CHI/NHS/NI number is a ``pii`` entry of
the right category and part, nothing extra; every ``keep`` term is there and impersonal; doc_type and
subject by issue 10 (minutes, cover letters, agendas, action plans, the Serious Incident Review and the
newsletter OTHER with subject None; the COG-noted drafts stay SCR; decision notices LR-DECISION with no
date); every ratification date is the COG's ratification/endorsement/approval of this review (66), and
each trap (noted draft, ratification to be sought, sub-group approval, agenda item, decisions) None (39).
Scripted checks (throwaway, not committed): every pii and keep string occurs in its text; no keep term
overlaps a pii string; no capitalised or lower-case word outside the pii/keep/quasi spans is a name or
place (the leftover word lists are headings, roles, month and weekday words, agency abbreviations);
no unlisted e-mail (the Care Inspectorate's functional mailbox only), phone, postcode, ten-digit
number, NI-shaped string or dd.mm.yy date other than event and meeting dates; CHI and NHS numbers pass
mod 11 and each CHI's first six digits are its holder's date of birth; NI numbers have valid prefixes;
all 54 weekday-plus-date phrases (dates of birth included) name the right weekday; outcome letters and
notices are dated after the ratification and within seven days; ratification after the committee's
endorsement where both are given.  Gold errors found: none, so nothing fixed.  Open (text, not gold):
stated ages fit the dates of birth at the time of the events, not always at the ratification (a
report's "43 yrs old" for a holder who turned 44 before it was ratified); a surname after "Dr" is gold
as the surname alone ("Dr" stays), which scores the same.  ``--check`` passes; ``pytest -k blind18``
13 passed.

Runs (2026-12-08).  Round 19's helpers read its failures on main at cf5f79b and tuned on it (it
was written as round 19's tuning set).  Engines older than that reading are measured by it: on main
at 33bc256 (round 17) and at 75e18f6 (round 18, both halves), identically: person 0.929 (25 of 351
leaked), dob 0.980 (1 of 51), address 0.958 (2 of 48), every other identifier 1.000, ALL 0.948, keep
312/315, type 104/105 (ICR->OTHER 1), subject 87/87, ratification 105/105, 0 wrong.  After round 19,
both halves (TUNED, not a measure; main at 2b57e78): person 0.960 (14 of 351), dob 0.980, address
1.000, ALL 0.972, keep 315/315, type 105/105, subject 87/87, ratification 105/105, 0 wrong.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind18_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind18_reports, "blind18")
