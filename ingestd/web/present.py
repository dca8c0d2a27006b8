"""Dates, deadlines, crypto status and report text as a reviewer reads them.

Report text is hostile input: ``marked_text`` escapes every character of it and adds only its
own markup (placeholders, suspected leftovers, words found), so a report holding ``<script>``
shows those characters as text.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Iterable

from markupsafe import Markup, escape

from ingestd.outbound.wording import TYPE_NAMES
from ingestd.redaction.merge import PLACEHOLDER_PATTERN as PLACEHOLDER

TYPE_NAMES_ALL = {**TYPE_NAMES, "LR-DECISION": "Learning Review decision notification",
                  "LR-OUTCOME": "Learning Review outcome notification", "OTHER": "Other document"}
TIMELINESS_WORDS = {"on_time": "on time", "late": "late", "unknown": "unknown"}
DECISION_WORDS = {"proceed_to_scr": "proceed to an SCR", "no_scr": "no SCR",
                  "other_learning_activity": "other learning activity"}


def short_date(day: date, with_year: bool) -> str:
    return f"{day.day} {day:%b}" + (f" {day.year}" if with_year else "")


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def deadline_sentence(entry: dict[str, Any]) -> str:
    """"ratified 3 Nov, due 10 Nov, received 12 Nov: 2 days late" (years shown when they differ
    or are not this report's receipt year)."""
    received = _day(entry.get("received_on"))
    ratified, due = _day(entry.get("ratified_on")), _day(entry.get("due_by"))
    if received is None:
        return ""
    if ratified is None or due is None:
        return (f"received {short_date(received, True)}; the ratification date is unknown, so the deadline "
                f"cannot be worked out: check the report and the committee")
    years = {received.year, ratified.year, due.year}
    with_year = len(years) > 1
    head = (f"ratified {short_date(ratified, with_year)}, due {short_date(due, with_year)}, "
            f"received {short_date(received, with_year)}")
    if not with_year:
        head += f" {received.year}"
    if entry.get("timeliness") == "late":
        n = entry.get("days_late") or (received - due).days
        return f"{head}: {n} day{'s' if n != 1 else ''} late"
    spare = (due - received).days
    if spare == 0:
        return f"{head}: on time (on the last day)"
    return f"{head}: on time ({spare} day{'s' if spare != 1 else ''} to spare)"


def crypto_words(crypto: dict[str, Any]) -> str:
    parts = ["encrypted to the team's key" if crypto.get("encrypted") else "not encrypted"]
    verdict = crypto.get("verdict")
    if crypto.get("signed") and verdict == "valid":
        signer = crypto.get("signer") or ""
        parts.append(f"signed with the committee's registered key {signer[-16:]}" if signer
                     else "signed with the committee's registered key")
    elif crypto.get("signed"):
        parts.append(f"signed, but the signature did not verify ({verdict or 'unknown'})")
    else:
        parts.append("not signed")
    return "; ".join(parts)


_ENDINGS = re.compile(r"(?:ing|ed|es|s)$", re.IGNORECASE)


def find_pattern(word: str) -> str:
    """Words to mark for a search word: the word and its simple inflections ("review" marks
    "reviews", "reviewed"; "reviews" marks "review"), as PostgreSQL's English search matches them."""
    stem = _ENDINGS.sub("", word) if len(word) > 4 else word
    return r"(?<!\w)" + re.escape(stem) + (r"\w*" if stem != word or len(word) > 3 else "") + r"(?!\w)"


def _spans(text: str, suspects: Iterable[Iterable[int]], find: list[str]) -> list[tuple[int, int, str]]:
    marks: list[tuple[int, int, str]] = [(m.start(), m.end(), "redacted") for m in PLACEHOLDER.finditer(text)]
    for pair in suspects:
        start, end = list(pair)[:2]
        if 0 <= start < end <= len(text):
            marks.append((start, end, "suspect"))
    for word in find:
        for m in re.finditer(find_pattern(word), text, re.IGNORECASE):
            marks.append((m.start(), m.end(), "found"))
    marks.sort()
    chosen: list[tuple[int, int, str]] = []
    last = 0
    for start, end, kind in marks:  # first mark wins where two overlap
        if start >= last:
            chosen.append((start, end, kind))
            last = end
    return chosen


def marked_text(text: str, suspects: Iterable[Iterable[int]] = (), find: list[str] | None = None
                ) -> tuple[Markup, int]:
    """The text, escaped, with placeholders, suspects and found words marked; and how many found."""
    out: list[str] = []
    pos = 0
    found = 0
    for start, end, kind in _spans(text, suspects, find or []):
        out.append(str(escape(text[pos:start])))
        title = {"redacted": "redacted", "suspect": "suspected leftover: check it",
                 "found": "found"}[kind]
        tag = "mark" if kind != "suspect" else "span"
        out.append(f'<{tag} class="{kind}" title="{title}">{escape(text[start:end])}</{tag}>')
        found += kind == "found"
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out)), found


def marked_snippet(snippet: str) -> Markup:
    """A search snippet (hits between storage.search's markers), escaped, hits in <mark>."""
    from ingestd.storage.search import MARK_END, MARK_START
    out: list[str] = []
    for i, piece in enumerate(re.split(f"[{MARK_START}{MARK_END}]", snippet)):
        if i % 2:
            out.append(f'<mark class="found">{escape(piece)}</mark>')
            continue
        pos = 0
        for m in PLACEHOLDER.finditer(piece):
            out.append(str(escape(piece[pos:m.start()])))
            out.append(f'<mark class="redacted">{escape(m.group())}</mark>')
            pos = m.end()
        out.append(str(escape(piece[pos:])))
    return Markup("".join(out))
