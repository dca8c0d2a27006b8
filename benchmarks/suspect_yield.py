#!/usr/bin/env python3
"""How much of what leaks would the suspects catch, and how much would they over-redact?

    .venv/bin/python benchmarks/suspect_yield.py [--sets 3 4 5 6 7]

For each blind set (``blind3_reports`` .. ``blind7_reports``), the engine redacts every
document and the figures are counted against the gold:

* leaked person forms and leaked dates of birth, and how many of them lie (in the redacted
  text) on one of ``find_suspects``'s positions: what "a suspect is a person" would catch;
* suspects that are NOT a leaked person form: what that default would over-redact, split into
  those on a keep term of the gold (a public body, a role, "Child A": readability lost) and
  the rest (ordinary words no list explains);
* of the suspects, those in a position where people are written (``positions.person_positions``
  read on the redacted text: a cell, a form value, a list item, a sender ...): leaks there are
  what the structural default ``name-position`` can take, non-leaks there what it would cost.

Figures only: no text, no form, no name is printed.  Sets 3 to 6 were tuned on by earlier
rounds and set 7 by round 9, so these figures describe the suspects, not unseen recall.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from score_redaction import pattern, score_doc  # noqa: E402


def _occurrences(form: str, text: str) -> list[tuple[int, int]]:
    """Where ``form`` occurs as a whole word in ``text`` (the scorer's own matching)."""
    return [m.span() for m in pattern(form, False).finditer(text)]


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def set_figures(number: int) -> dict[str, int]:
    """Leaks, leaks on a suspect, and suspects by what they are, over one blind set."""
    from ingestd.redaction import redact
    from ingestd.redaction.positions import person_positions

    gen = importlib.import_module(f"blind{number}_reports")
    f = dict.fromkeys(("docs", "person", "person_leaked", "person_on_suspect", "dob", "dob_leaked",
                       "dob_on_suspect", "suspects", "suspect_leak", "suspect_keep", "suspect_other",
                       "placed_leak", "placed_other"), 0)
    for text, gold in gen.generate(gen.DEFAULT_N, gen.SEED):
        f["docs"] += 1
        result = redact(text)
        out, suspects = result.text, list(result.suspects)
        scored = score_doc(gold, out, False, "empty")
        leak_spans: list[tuple[int, int]] = []
        for entry, res in zip(gold["pii"], scored["pii"]):
            cat = entry["category"]
            if cat not in ("person", "dob"):
                continue
            f[cat] += 1
            if not res["leaked"]:
                continue
            f[f"{cat}_leaked"] += 1
            form = res["how"].split(":", 1)[1] if res["how"].startswith("token:") else entry["text"]
            where = _occurrences(form, out)
            if cat == "person":
                leak_spans += where
            if any(_overlaps(w, suspects) for w in where):
                f[f"{cat}_on_suspect"] += 1
        keep_spans = [s for k in gold["keep"] for s in _occurrences(k, out)]
        placed = [span for span, _initials in person_positions(out)]
        for pos in suspects:
            f["suspects"] += 1
            leak = _overlaps(pos, leak_spans)
            if _overlaps(pos, placed):
                f["placed_leak" if leak else "placed_other"] += 1
            if leak:
                f["suspect_leak"] += 1
            elif _overlaps(pos, keep_spans):
                f["suspect_keep"] += 1
            else:
                f["suspect_other"] += 1
    return f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Suspects against the leaks of the blind sets (figures only).")
    ap.add_argument("--sets", type=int, nargs="+", default=[3, 4, 5, 6, 7])
    a = ap.parse_args(argv)
    print(f"{'set':<5}{'docs':>5}{'person leaked':>15}{'on suspect':>11}{'dob leaked':>12}{'on suspect':>11}"
          f"{'suspects':>10}{'=leak':>7}{'on keep':>9}{'other':>7}{'placed: leak':>14}{'not':>5}")
    total: dict[str, int] = {}
    for number in a.sets:
        f = set_figures(number)
        for k, v in f.items():
            total[k] = total.get(k, 0) + v
        _row(f"B{number}", f)
    if len(a.sets) > 1:
        _row("ALL", total)
    return 0


def _row(label: str, f: dict[str, int]) -> None:
    print(f"{label:<5}{f['docs']:>5}{f['person_leaked']:>9}/{f['person']:<5}{f['person_on_suspect']:>11}"
          f"{f['dob_leaked']:>7}/{f['dob']:<4}{f['dob_on_suspect']:>11}{f['suspects']:>10}{f['suspect_leak']:>7}"
          f"{f['suspect_keep']:>9}{f['suspect_other']:>7}{f['placed_leak']:>14}{f['placed_other']:>5}")


if __name__ == "__main__":
    sys.exit(main())
