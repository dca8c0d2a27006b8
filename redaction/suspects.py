"""Suspected leftovers: capitalised words a person should look at after redaction.

A name the rules missed is, almost always, a capitalised word that is not an English word.
After redaction, each capitalised word outside every redacted span that is neither a common
English word (``wordfreq``'s list, minus known first names), a keep term or public body
(``keep``), report vocabulary (``lexicon``), nor a short acronym is a *suspect*. The count
and positions (in the redacted text) are stored with the report, so the reviewers' page can
highlight them for a human check. Nothing is redacted on this evidence: it is too weak, and
over-redaction costs readability.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ingestd.redaction.gazetteer import is_forename
from ingestd.redaction.keep import Protected
from ingestd.redaction.lexicon import NOT_NAMES, ORG_HEADS, ROLE_WORDS, STREET_TYPES, TITLES
from ingestd.redaction.model import Span

_ENGLISH_WORDS = 50_000  # this many most frequent English words count as "dictionary words"
_MAX_ACRONYM = 5
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z'’-]+")
KNOWN = NOT_NAMES | ORG_HEADS | ROLE_WORDS | STREET_TYPES | TITLES


@functools.cache
def _dictionary() -> frozenset[str]:
    """Common English words, without the ones that are also first names (those stay suspect)."""
    from wordfreq import top_n_list

    return frozenset(w for w in top_n_list("en", _ENGLISH_WORDS) if w.isalpha() and not is_forename(w))


@dataclass(frozen=True)
class Suspects:
    """Positions ``[start, end)`` in the REDACTED text of words a person should check."""

    positions: tuple[tuple[int, int], ...]

    @property
    def count(self) -> int:
        return len(self.positions)


def _bare(word: str) -> str:
    return word.rstrip("'’-").removesuffix("'s").removesuffix("’s")


def explained(word: str) -> bool:
    """Whether a word list explains a capitalised ``word``: a common English word (not a first
    name), report vocabulary, or a short acronym. ``positions`` asks the same question."""
    word = _bare(word)
    low = word.lower()
    return low in _dictionary() or low in KNOWN or (word.isupper() and len(word) <= _MAX_ACRONYM)


def find_suspects(original: str, spans: tuple[Span, ...], protected: Protected) -> Suspects:
    """Capitalised words of ``original`` left in the output that no word list explains."""
    ordered = sorted(spans, key=lambda s: s.start)
    positions: list[tuple[int, int]] = []
    span_index = 0
    shift = 0  # redacted offset - original offset, from the spans before the word
    for match in _CAPITALISED.finditer(original):
        start, end = match.span()
        while span_index < len(ordered) and ordered[span_index].end <= start:
            span = ordered[span_index]
            shift += len(span.placeholder) - (span.end - span.start)
            span_index += 1
        if span_index < len(ordered) and ordered[span_index].start < end:
            continue  # inside a redacted span
        word = _bare(match.group())
        if explained(word):
            continue
        if protected.overlaps(start, end):
            continue
        positions.append((start + shift, start + shift + len(word)))
    return Suspects(tuple(positions))
