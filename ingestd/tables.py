"""Plain-text tables for the terminal: a header row, then aligned rows (``log``, ``quarantine list``)."""

from __future__ import annotations

from collections.abc import Sequence


def print_table(rows: list[dict], columns: Sequence[str], empty: str = "(no entries)") -> None:
    """A header row, then one aligned row per entry; ``empty`` when there are none."""
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
    if not rows:
        print(empty)
