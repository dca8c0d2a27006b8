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

Gold review (2026-12-08, helper gold17, branch gold17, without the engine; nothing in redaction/,
``ingestd/redaction``, ``ingestd/analysis`` or any rule list read): the set written at 3e02bcf, digest
as above, all 105 documents read in full with their gold marked inline (three of every layout), each
person name, address, postcode, date of birth, e-mail, phone and CHI/NHS/NI number checked for a
``pii`` entry of the right category and part, every keep term for presence and for being no person,
``doc_type``/``subject`` against issue 10, and every sentence or row naming the COG or the Chief
Officers against ``ratification_date`` (the 15 trap documents and the 6 decision notifications
undated, as they should be).  Mechanical checks (throw-away scripts outside the repository, printing
no set strings into it): every ``pii``/``keep`` text occurs (the scorer's case-insensitive
whole-word match); no keep term overlaps a ``pii`` text; no word of any pool (forenames, surnames,
particles, streets, towns, care homes, schools) occurs outside a ``pii`` or ``quasi`` span; every
numeric date outside the gold (28: event dates - commissioned, phoned, discharged,
sent to the COG, deferred-to or future meetings) read in context and none is a date of birth; every
weekday written next to a date is that date's weekday; every stated age equals the age, at a date
of the document, of the date of birth given; every CHI passes its check digit with the sex digit of
its holder; the NHS numbers fail the check only on the three labelled "NHS number:" rows meant to;
every postcode's unit letters are allowed; every gold ratification date is read back from the text;
the part names match their forms; no single-word person entry is an English word.  Gold errors
found: none, so the generator is unchanged and the digest did not move.  (The mixed-caps layout's
title-case names have no entry of their own: the capitals entry covers them, the scorer matching
case-insensitively; not an error.)

Open questions, judged: (1) the report pasted into an e-mail under '>' is the report (SCR), not a
cover (OTHER): the whole report, headed and ended ("-- end of report --"), is in the document and
its ratification sentence is this review's; issue 10 makes a cover OTHER because the report is
elsewhere, and a typing by the outer mail would lose the only copy - agreed.  (2) The case-file
audit is OTHER: no review term anywhere, it is none of ICR/SCR/LR or a notification, and issue 10
puts everything else in OTHER whoever commissioned it - agreed.  (3) The newsletter's "a learning
review completed this year" names neither a date nor the COG, so no date - agreed.  Left as text
(realism, not gold, so not changed after freezing): a household table's son and daughter-in-law
drawn as any parents' ages, so in one document the grandchild is born when they are 12 and 8, and
the son's surname differs from the adult's; a "brother" with another surname up to 23 years apart;
two health visitors titled Dr; two children of 13 with a primary-school class teacher; an outcome
notified on a Sunday.

The one run (2026-12-08, by the lead), engine of main at 33bc256 (round 17; before rounds 18 and 19),
seed 20261291, 105 documents, 35 layouts; the set's digest checked first (``8ac000ad...b273fa656``);
run without --show, no failing form read (aggregate figures as printed):

    person 0.970 (12 of 399 leaked; initials 9 of 18 kept out), dob 0.952 (3 of 63), phone 0.762
    (5 of 21), ni 0.000 (3 of 3), address, postcode, email, chi, nhs 1.000; ALL 0.963; keep 282/282;
    type 97/105 (LR-OUTCOME->OTHER 3, OTHER->LR 2, SCR->OTHER 3); subject 83/84; ratification
    105/105 exact (63 with a date, 42 without), unknown 0, WRONG 0.

Second run, engine after round 18 (both halves, tuned on set 16; main at 75e18f6, the merge of
round18r): every figure identical to the one run.
After round 19's analysis (152006a): identical again.  After the phone and NI formats (read from the
formats' specifications; the lead knew from the one run's figures that phones and NI numbers leaked,
not which forms) and round 19's redaction (main at 2b57e78): phone 0.762 -> 1.000 (0 of 21 leaked),
ni 0.000 -> 1.000 (0 of 3), ALL 0.963 -> 0.976; person 0.970, dob 0.952, keep 282/282, type 97/105,
subject 83/84 and ratification 105/105 (0 wrong) unchanged.  The phone and NI gain is the formats'
change alone: main at 152006a, before it, still printed 0.762 and 0.000.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind17_reports  # noqa: E402
import blind_eval  # noqa: E402

if __name__ == "__main__":
    blind_eval.run(blind17_reports, "blind17")
