"""Text that must stay: names of public bodies and services.

An organisation's name is a run of capitalised words (with "of", "for", "and", "the" between
them) that contains a word like Council, Committee, Hospital, Service or Scotland, or that
starts with NHS: "City of Edinburgh Council", "Royal Hospital for Children and Young People",
"NHS Greater Glasgow and Clyde"; the protected part ends at the last such word. A first name inside such a run ("Dr Gray's Hospital",
"Angus Council") is not propagated as a person. "and" joins two runs only when the words
before it already read as an organisation, so "Ann Example and Police Scotland" keeps the
person outside the protected run.
"""

from __future__ import annotations

import bisect
import re

from ingestd.redaction.lexicon import APOSTROPHES, LOWER, NOT_NAMES, ORG_HEADS, ORG_OPENERS, ROLE_WORDS, UPPER

# A full stop belongs to a word only inside it ("U.K") or after "St": a sentence's full stop
# ends the run, so "... Ann Example. School staff" protects nothing of the name.
_WORD = rf"(?:St\.|[{UPPER}](?:[{UPPER}{LOWER}0-9{APOSTROPHES}&-]|\.(?=[{UPPER}{LOWER}0-9]))*)"
_RUN = re.compile(rf"{_WORD}(?:[ ](?:(?:of|for|and|the|&|in|on)[ ])*{_WORD})*")
_JOINERS = frozenset({"and", "&"})


class Protected:
    """Sorted, non-overlapping protected intervals with a fast overlap test."""

    def __init__(self, intervals: list[tuple[int, int]]) -> None:
        intervals.sort()
        self._starts = [s for s, _ in intervals]
        self._ends = [e for _, e in intervals]

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a character with a protected interval."""
        i = bisect.bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start

    def covers(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies wholly inside one interval."""
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._ends[i] >= end

    def add(self, start: int, end: int) -> None:
        """Add an interval that overlaps none held (callers test ``overlaps`` first)."""
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def __len__(self) -> int:
        return len(self._starts)


# Anonymised labels stay whole: "Young Person Y" is no person called Young.
_LABEL = re.compile(
    r"(?<![\w-])(?:Child|Young[ ]Person|Young[ ]Adult|Young[ ]People|Sibling|Baby|Infant|Adult|Subject)[ ]"
    r"(?:[A-Z]{1,2}|\d{1,2})(?![\w-])"
)


# A public body named in Gaelic opens with its head word ("Comhairle" council, "Bòrd" board)
# and runs on through the article ("nan", "na") that breaks an English run.
_GAELIC_BODY = re.compile(
    rf"(?<![\w-])(?:Comhairle|B[o\u00f2]rd)(?:[ ](?:(?:na|nan|nam|an)[ ])?[{UPPER}][{UPPER}{LOWER}{APOSTROPHES}-]*)+"
)


def find_protected(text: str) -> Protected:
    """The spans of organisation names and anonymised labels in ``text``."""
    intervals: list[tuple[int, int]] = [(m.start(), m.end()) for m in _LABEL.finditer(text)]
    intervals += [(m.start(), m.end()) for m in _GAELIC_BODY.finditer(text)]
    for run in _RUN.finditer(text):
        if " " not in run.group() and run.group().rstrip(".").lower() not in ORG_HEADS:
            continue
        intervals.extend(_org_parts(run.group(), run.start()))
    return Protected(intervals)


def _org_parts(run: str, offset: int) -> list[tuple[int, int]]:
    """Split a run at joiners that do not continue an organisation, keep parts naming one."""
    parts: list[tuple[int, int]] = []
    part_start = 0
    orgish = False
    position = 0
    words = run.split(" ")
    for index, word in enumerate(words):
        low = _bare(word)
        if word in _JOINERS and not orgish and not _place_pair(words, index, part_start, position):
            parts.append((part_start, position - 1))
            part_start = position + len(word) + 1
        elif low in ORG_OPENERS or low in ORG_HEADS or low in NOT_NAMES or low in ROLE_WORDS:
            orgish = True
        position += len(word) + 1
    parts.append((part_start, len(run)))
    kept = []
    for start, end in parts:
        words = run[start:end].split(" ")
        if _bare(words[0]) == "nhs":
            kept.append((offset + start, offset + end))
            continue
        # "Ann Example of NHS Lothian raised": "of" joined a person to a health board; the board
        # is protected from "NHS" on, and the words before it stay findable.
        nhs_at = next((i for i, w in enumerate(words) if i and _bare(w) == "nhs"), None)
        if nhs_at is not None:
            nhs_start = start + sum(len(w) + 1 for w in words[:nhs_at])
            kept.append((offset + nhs_start, offset + end))
            # "known to Example Council and NHS Lothian": a body joined to the board by "and"
            # is a body of its own, protected up to its last head word (round 17)
            if nhs_at >= 2 and words[nhs_at - 1] in _JOINERS:
                kept.extend(_up_to_last_head(words[:nhs_at - 1], offset + start))
            continue
        # Only up to the last head word: what follows ("for Children and Young People") holds
        # no name, and a name after a head ("Health Visitor Ann Example") must stay findable.
        kept.extend(_up_to_last_head(words, offset + start))
    return kept


def _up_to_last_head(words: list[str], offset: int) -> list[tuple[int, int]]:
    """The span of ``words`` (starting at ``offset``) up to its last organisation head, if any."""
    position, last_head_end = offset, None
    for word in words:
        if _bare(word) in ORG_HEADS:
            last_head_end = position + len(word)
        position += len(word) + 1
    return [] if last_head_end is None else [(offset, last_head_end)]


def _place_pair(words: list[str], index: int, part_start: int, position: int) -> bool:
    """"Perth and Kinross Council", "Argyll and Bute Council": one place word, "and", one place
    word, then more of the organisation's name; a name before "and Police Scotland" stays out."""
    if position - part_start != len(words[index - 1]) + 1 or index + 2 >= len(words):
        return False
    after = _bare(words[index + 1])
    return not (after in ORG_OPENERS or after in ORG_HEADS or after in NOT_NAMES or after in ROLE_WORDS) and any(
        _bare(w) in ORG_HEADS for w in words[index + 2:]
    )


def _bare(word: str) -> str:
    """The word in lower case without a possessive: "Council's" and "Councils'" give council(s)."""
    word = word.lower().rstrip(".,")
    if word.endswith(("'s", "\u2019s")):
        return word[:-2]
    if word.endswith(("s'", "s\u2019")):
        return word[:-1]
    return word
