"""Redaction by hand: a reviewer redacts words the engine left in a stored report.

The stored text is rewritten in place. The raw text is not kept anywhere, so nothing can be
un-redacted, and the search index follows through the triggers of migration 0006_web.
Every place the words occur (whole words, any case, any spacing) gets one placeholder: a
person or address takes the next unused number in that report (``[PERSON 4]`` after
``[PERSON 3]``), so the numbering stays consistent; the others take their fixed placeholder.
Words inside an existing placeholder are never touched. The change is recorded as an
amendment (field ``redaction``: the category and how many places, never the words).
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ingestd.errors import NotFound, UsageError
from ingestd.redaction.merge import PLACEHOLDER_PATTERN as PLACEHOLDER, numbered_label, placeholder
from ingestd.redaction.model import CATEGORIES
from ingestd.storage.models import AmendmentRow, ReportRow

MAX_WORDS_CHARS = 200


def words_pattern(words: str) -> re.Pattern[str]:
    tokens = words.split()
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(t) for t in tokens) + r"(?!\w)", re.IGNORECASE)


def check_words(words: str) -> str:
    words = " ".join(words.split())
    if len(words) < 2 or not re.search(r"\w", words):
        raise UsageError("give the words to redact (at least 2 characters)")
    if len(words) > MAX_WORDS_CHARS:
        raise UsageError(f"redact at most {MAX_WORDS_CHARS} characters at a time")
    if PLACEHOLDER.search(words):
        raise UsageError("the words include a placeholder: select only the words that are left")
    return words


def redact_by_hand(sm: sessionmaker[Session], reference: str, words: str, category: str, username: str,
                   reason: str | None = None) -> int:
    """Replace every occurrence of ``words`` in the report's text; returns how many places."""
    if category not in CATEGORIES:
        raise UsageError(f"category must be one of {', '.join(CATEGORIES)}, not {category!r}")
    words = check_words(words)
    with sm.begin() as session:
        report = session.scalar(select(ReportRow).where(ReportRow.reference == reference.upper()))
        if report is None:
            raise NotFound(f"no report with reference {reference!r}")
        text = report.redacted_text
        taken = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
        matches = [m for m in words_pattern(words).finditer(text)
                   if not any(s < m.end() and m.start() < e for s, e in taken)]
        if not matches:
            raise UsageError("those words are not in the report's text (already redacted, or spelt differently)")
        label = numbered_label(category)
        if label is not None:
            used = [int(n) for n in re.findall(rf"\[{label} (\d+)\]", text)]
            new = placeholder(category, max(used, default=0) + 1)
        else:
            new = placeholder(category)
        pieces, position = [], 0
        for m in matches:
            pieces += [text[position:m.start()], new]
            position = m.end()
        pieces.append(text[position:])
        report.redacted_text = "".join(pieces)
        report.suspects = _moved_suspects(report.suspects or [], matches, len(new))
        report.suspect_count = len(report.suspects)
        counts = dict(report.redaction_counts or {})
        counts[category] = counts.get(category, 0) + len(matches)
        report.redaction_counts = counts
        session.add(AmendmentRow(reference=report.reference, field="redaction", old_value=None,
                                 new_value=f"{category}: {len(matches)} place{'s' if len(matches) != 1 else ''}",
                                 reason=(reason or "").strip()[:500] or None, username=username,
                                 at=datetime.now(timezone.utc)))
        return len(matches)


def _moved_suspects(suspects: list[list[int]], matches: list[re.Match[str]], new_length: int) -> list[list[int]]:
    """Suspect positions in the new text: dropped where redacted, shifted after each replacement."""
    moved = []
    for start, end in (tuple(p[:2]) for p in suspects):
        if any(m.start() < end and start < m.end() for m in matches):
            continue
        shift = sum(new_length - (m.end() - m.start()) for m in matches if m.end() <= start)
        moved.append([start + shift, end + shift])
    return moved
