"""Merging the recognisers' findings into non-overlapping spans, and rendering placeholders.

Findings are taken in order of priority (then length). A finding overlapping text already
claimed keeps only its unclaimed parts, so that no character any recogniser flagged is left
in the output. Placeholders number persons and addresses by their first appearance:
the same entity key gets the same number throughout one document.
"""

from __future__ import annotations

import re

from collections.abc import Iterable

from ingestd.redaction.model import Finding, Span

_NUMBERED = {"person": "PERSON", "address": "ADDRESS"}
_FIXED = {"postcode": "[POSTCODE]", "phone": "[PHONE]", "email": "[EMAIL]", "dob": "[DOB]",
          "chi": "[CHI]", "nhs": "[NHS]", "ni": "[NI]"}


def merge(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """Non-overlapping findings covering every flagged character, sorted by position."""
    claimed = bytearray(len(text))
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (-f.priority, f.start - f.end, f.start)):
        start, end = finding.start, finding.end
        if start >= end:
            continue
        if not any(claimed[start:end]):
            kept.append(finding)
        else:
            kept.extend(_unclaimed_parts(text, finding, claimed))
        claimed[start:end] = b"\x01" * (end - start)
    kept.sort(key=lambda f: f.start)
    return _joined(text, kept)


def _joined(text: str, findings: list[Finding]) -> list[Finding]:
    """One span for person words that stand side by side: "Ann Example" found as two mentions
    reads "[PERSON 1]", not "[PERSON 1] [PERSON 1]" or "[PERSON 1] [PERSON 2]". Two people's
    names are never one space apart (a list or a table row separates them); the first word's
    person numbers the span."""
    joined: list[Finding] = []
    for finding in findings:
        last = joined[-1] if joined else None
        if (last is not None and finding.category == last.category == "person"
                and text[last.end:finding.start] == " "):
            joined[-1] = Finding(last.start, finding.end, last.category, max(last.priority, finding.priority),
                                 last.key, last.rule)
        else:
            joined.append(finding)
    return joined


def _unclaimed_parts(text: str, finding: Finding, claimed: bytearray) -> list[Finding]:
    parts = []
    position = finding.start
    while position < finding.end:
        free = claimed.find(0, position, finding.end)
        if free < 0:
            break
        taken = claimed.find(1, free, finding.end)
        stop = finding.end if taken < 0 else taken
        if any(ch.isalnum() for ch in text[free:stop]):
            start, end = _strip(text, free, stop)
            parts.append(Finding(start, end, finding.category, finding.priority, finding.key, finding.rule))
        position = stop
    return parts


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def render(text: str, findings: list[Finding]) -> tuple[str, tuple[Span, ...], dict[str, int]]:
    """The redacted text, the spans with their placeholders, and the count per category."""
    numbers: dict[str, dict[str, int]] = {category: {} for category in _NUMBERED}
    pieces: list[str] = []
    spans: list[Span] = []
    counts: dict[str, int] = {}
    position = 0
    for finding in findings:
        if finding.category in _NUMBERED:
            seen = numbers[finding.category]
            number = seen.setdefault(finding.key, len(seen) + 1)
            placeholder = f"[{_NUMBERED[finding.category]} {number}]"
        else:
            placeholder = _FIXED[finding.category]
        pieces.append(text[position:finding.start])
        pieces.append(placeholder)
        position = finding.end
        spans.append(Span(finding.start, finding.end, finding.category, placeholder, finding.rule))
        counts[finding.category] = counts.get(finding.category, 0) + 1
    pieces.append(text[position:])
    return "".join(pieces), tuple(spans), counts


#: Any placeholder ``render`` writes (``[PERSON 2]``, ``[POSTCODE]``), for readers of redacted text.
PLACEHOLDER_PATTERN = re.compile(r"\[[A-Z][A-Z-]*(?: \d+)?\]")


def placeholder(category: str, number: int | None = None) -> str:
    """The placeholder a category is rendered with: ``[PERSON 3]`` (numbered) or ``[POSTCODE]``."""
    if category in _NUMBERED:
        return f"[{_NUMBERED[category]} {number or 1}]"
    return _FIXED[category]


def numbered_label(category: str) -> str | None:
    """``PERSON`` / ``ADDRESS`` for the numbered categories, None for the others."""
    return _NUMBERED.get(category)
