"""Value objects of the redaction engine.

``Span`` and ``Redacted`` are the public result. ``Finding`` is what a recogniser reports
before the findings of all recognisers are merged: it carries a priority (which finding wins
an overlap) and an entity key (which findings share one placeholder number).
"""

from __future__ import annotations

from dataclasses import dataclass, field

CATEGORIES = ("person", "address", "postcode", "phone", "email", "dob", "chi", "nhs", "ni")


@dataclass(frozen=True)
class Span:
    """A redacted stretch ``[start, end)`` of the ORIGINAL text and what replaced it."""

    start: int
    end: int
    category: str
    placeholder: str
    rule: str = ""  # the row of ``rules.RULES`` that made it: "why was this redacted?"


@dataclass(frozen=True)
class Redacted:
    """The redacted text, the spans it was made from, the number of spans per category, and
    the suspected leftovers."""

    text: str
    spans: tuple[Span, ...]
    counts: dict[str, int] = field(default_factory=dict)
    # [start, end) in ``text`` of capitalised words left that no word list explains (a
    # possible missed name), for a person to check; never redacted on this evidence.
    suspects: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Finding:
    """One recogniser's claim that ``[start, end)`` is personal data.

    ``priority`` orders claims on overlapping text (identifiers validated by a checksum beat a
    name guess). ``key`` groups findings of one entity (a person's normalised full name, an
    address's street line) so that they share a placeholder number. ``rule`` names the row of
    ``rules.RULES`` that made the claim.
    """

    start: int
    end: int
    category: str
    priority: int = 0
    key: str = ""
    rule: str = ""
