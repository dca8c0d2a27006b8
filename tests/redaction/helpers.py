"""Small readers of redaction output shared by the per-round class tests (one copy, not one per file)."""

from __future__ import annotations

import re


def words(text: str) -> set[str]:
    """The word-like tokens of ``text`` (inner dots, hyphens and apostrophes kept: 'R.Z', "O'Dee")."""
    return set(re.findall(r"[\w'.-]*\w", text))


def dobs(flagged: list[tuple[str, str]]) -> set[str]:
    """The forms a redaction flagged as dates of birth."""
    return {form for category, form in flagged if category == "dob"}


def forms(flagged: list[tuple[str, str]], category: str) -> set[str]:
    """The forms a redaction flagged in ``category`` ("person", "ni", "phone", ...)."""
    return {form for cat, form in flagged if cat == category}
