"""``Evidence``: why an analysis decided what it did, as data a reviewer (or a test) can read.

``classify`` and the ratification-date finder return ranked candidates, each carrying the
named rules that supported it, the weight each rule added (from ``weights``) and the span of
the text it read. Nothing here holds the text itself, so evidence can be stored with a
filed record without carrying a name.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """One rule's contribution: its name, its weight and the ``[start, end)`` it read."""

    rule: str
    weight: int
    span: tuple[int, int]
