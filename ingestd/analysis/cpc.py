"""Which protection committee (CPC, APC or PPC) a report comes from, or an honest "don't know".

The sender's mail domain is the best evidence: it is the council's own domain. The text
comes next: a report names its committee in the title, header and footer, but may also
name another area (the family moved from there, that council held records), so the
choice weighs where a name appears and how often. Last, a weak hint: test and relay
domains such as ``edinburgh.example.gov.uk`` keep the council's leading label.

A council's child and adult protection committees share its mail domain and its name, so
the directory is first narrowed to the committees valid on the receipt date whose kind fits
the report's subject (child: CPC or PPC; adult: APC or PPC). What is still ambiguous after
that, or points nowhere, is ``None`` with a flag (``ambiguous`` / ``unknown``): never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ingestd.config.schema import CpcEntry
from ingestd.analysis.text import page_furniture

# Labels that say nothing about which council a domain belongs to.
_GENERIC_LABELS = frozenset({"www", "mail", "email", "smtp", "mx", "secure", "gov", "uk", "scot", "org", "net",
                             "com", "co", "example", "nhs", "gsi", "gcsx", "cjsm", "council", "social", "sw"})
# Words before a place name that make it a past or other area, not the report's own.
_ELSEWHERE = re.compile(
    r"(?:moved|relocated|transferred|came)\s+(?:here\s+)?from|previously\s+(?:lived|resident|known)"
    r"|formerly|prior\s+to\s+moving|(?:known|referred)\s+to|records\s+(?:held\s+)?by|information\s+from"
    r"|liaison\s+with|on\s+behalf\s+of\s+the\s+neighbouring",
    re.IGNORECASE,
)


# The Chief Officers Group of an area is as much the area's as its committee.
_COG_FORMS = ("Chief Officers Group", "Chief Officers' Group", "Chief Officers’ Group", "Chief Officer Group",
              "Chief Officers", "COG", "Public Protection Chief Officers Group",
              "Public Protection Chief Officers' Group")


def _normalise_domain(domain: str) -> str:
    return domain.strip().strip(".").lower()


def _match_domain(sender_domain: str, cpcs: Sequence[CpcEntry]) -> str | None:
    """The committee whose registered domain is the sender's domain or a parent of it (longest
    wins; among equals the first listed, which for the sender's crypto policy is the CPC)."""
    names = _domain_matches(sender_domain, cpcs)
    return names[0] if names else None


def _domain_matches(sender_domain: str, cpcs: Sequence[CpcEntry]) -> list[str]:
    """Every committee registered for the longest matching domain, in directory order."""
    best_length, names = 0, []
    for cpc in cpcs:
        for registered in cpc.sender_domains:
            registered = _normalise_domain(registered)
            if sender_domain == registered or sender_domain.endswith("." + registered):
                if len(registered) > best_length:
                    best_length, names = len(registered), [cpc.name]
                elif len(registered) == best_length and cpc.name not in names:
                    names.append(cpc.name)
    return names


def _weak_domain(sender_domain: str, cpcs: Sequence[CpcEntry]) -> str | None:
    """A CPC whose registered domain's leading label is a label of the sender's domain.

    Labels are tried left to right; a label that points at two CPCs proves nothing.
    """
    by_label: dict[str, set[str]] = {}
    for cpc in cpcs:
        for registered in cpc.sender_domains:
            label = _normalise_domain(registered).split(".")[0]
            if label and label not in _GENERIC_LABELS:
                by_label.setdefault(label, set()).add(cpc.name)
    for label in sender_domain.split(".")[:-1]:
        names = by_label.get(label)
        if names and len(names) == 1:
            return next(iter(names))
    return None


_KIND_FORMS = {
    "CPC": (" Child Protection Committee", " CPC"),
    "APC": (" Adult Protection Committee", " APC", " Adult Support and Protection Committee"),
    "PPC": (" Public Protection Committee", " PPC"),
}


def _area(name: str) -> str:
    for suffixes in _KIND_FORMS.values():
        if name.endswith(suffixes[0]):
            return name[: -len(suffixes[0])]
    return name


def _variants(area: str) -> set[str]:
    """"Perth and Kinross" is also written "Perth & Kinross"."""
    return {area, area.replace(" and ", " & "), area.replace(" & ", " and ")}


def _normalise_phrase(phrase: str) -> str:
    return " ".join(phrase.lower().replace("&", " and ").split())


@lru_cache(maxsize=8)
def _phrases(cpcs: tuple[CpcEntry, ...]) -> tuple[re.Pattern[str], dict[str, tuple[str, int]]]:
    """One pattern for every way the text may name a CPC, and what each phrase means.

    Alternatives are longest first and matches do not overlap, so "East Renfrewshire
    Council" is never also read as "Renfrewshire Council". A phrase two CPCs both claim is
    dropped: it proves nothing.
    """
    meaning: dict[str, tuple[str, int]] = {}
    claimed_twice: set[str] = set()
    for cpc in cpcs:
        # An alias that is itself an area name ("Orkney Islands", "Glasgow City") also names
        # the committee: "Orkney Islands Child Protection Committee".
        areas = {_area(cpc.name)} | {a for a in cpc.aliases if a.strip() and not re.search(
            r"\b(?:council|committee|cpc|comhairle)\b", a, re.IGNORECASE)}
        phrases = {cpc.name: 3} | {alias: 2 for alias in cpc.aliases if alias.strip()}
        for area in {v for a in areas for v in _variants(a)}:
            kind_forms = _KIND_FORMS.get(cpc.kind, _KIND_FORMS["CPC"])
            if cpc.kind == "CPC":
                kind_forms = (*kind_forms, " Public Protection Committee")
            for form in (*(area + suffix for suffix in kind_forms), *(f"{area} {cog}" for cog in _COG_FORMS)):
                phrases[form] = 3
        for phrase, weight in phrases.items():
            key = _normalise_phrase(phrase)
            previous = meaning.get(key)
            if previous and previous[0] != cpc.name:
                claimed_twice.add(key)
            elif previous is None or previous[1] < weight:
                meaning[key] = (cpc.name, weight)
    for key in claimed_twice:
        meaning.pop(key, None)
    if not meaning:
        return re.compile(r"(?!)"), {}
    alternatives = sorted(meaning, key=len, reverse=True)
    body = "|".join(r"\s+".join(r"(?:and|&)" if word == "and" else re.escape(word) for word in key.split())
                    for key in alternatives)
    return re.compile(rf"(?<![\w&-])(?:{body})(?![\w&-])", re.IGNORECASE), meaning


# Mentions in the body add up to at most this many times the strongest phrase weight, so a
# neighbouring council named in every row of a chronology does not outweigh the title.
_BODY_CAP = 1.5


def _text_scores(text: str, cpcs: Sequence[CpcEntry]) -> dict[str, float]:
    """Weight of evidence for each CPC named in the text.

    The title lines and the running headers and footers name the report's own committee and
    count three times; the closing lines' first mention of each counts half as much again;
    the rest counts, but with a cap, and a name just after "moved from" or "records held by" counts a quarter.
    """
    pattern, meaning = _phrases(tuple(cpcs))
    head_end = _offset_after_lines(text, 5)
    tail_start = max(head_end, len(text) - 300)
    furniture = page_furniture(text)
    scores: dict[str, float] = {}
    body: dict[str, float] = {}
    furniture_seen: set[tuple[str, str]] = set()
    tail_seen: set[str] = set()
    for match in pattern.finditer(text):
        found = meaning.get(_normalise_phrase(match.group(0)))
        if found is None:
            continue
        name, weight = found[0], float(found[1])
        if _ELSEWHERE.search(text[max(0, match.start() - 60):match.start()]):
            weight *= 0.25
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip().strip("\f")
        if match.start() < head_end:
            scores[name] = scores.get(name, 0.0) + 3 * weight
        elif line in furniture:
            if (name, line) not in furniture_seen:
                furniture_seen.add((name, line))
                scores[name] = scores.get(name, 0.0) + 3 * weight
        elif match.start() >= tail_start and name not in tail_seen:
            # The closing lines name the committee once (a sign-off); a chronology ending
            # there names a neighbour row after row.
            tail_seen.add(name)
            scores[name] = scores.get(name, 0.0) + 1.5 * weight
        else:
            body[name] = body.get(name, 0.0) + weight
    for name, weight in body.items():
        scores[name] = scores.get(name, 0.0) + min(weight, _BODY_CAP * 3)
    return scores


def _offset_after_lines(text: str, count: int) -> int:
    offset = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        offset += len(line)
        if line.strip():
            seen += 1
            if seen >= count:
                break
    return offset


@dataclass(frozen=True)
class CommitteeMatch:
    """The committee a report is from, or ``None`` with why: ``unknown`` or ``ambiguous``."""

    name: str | None
    flag: str | None = None


_SUBJECT_KINDS = {"child": ("CPC", "PPC"), "adult": ("APC", "PPC")}


def committees_for(cpcs: Sequence[CpcEntry], subject: str | None, on: date | None) -> tuple[CpcEntry, ...]:
    """The directory narrowed to committees valid ``on`` that can hear a report about ``subject``."""
    kinds = _SUBJECT_KINDS.get(subject or "", ("CPC", "APC", "PPC"))
    return tuple(c for c in cpcs if c.kind in kinds
                 and (on is None or ((c.valid_from is None or c.valid_from <= on)
                                     and (c.valid_until is None or on <= c.valid_until))))


def identify_committee(sender_domain: str | None, text: str | None, cpcs: Sequence[CpcEntry],
                       subject: str | None = None, on: date | None = None) -> CommitteeMatch:
    """The committee of a report, from the directory narrowed by subject and receipt date.

    The sender's domain decides when it points at one committee; when it points at several
    (a council's CPC and APC) the text must choose between those; when nothing decides, the
    answer is ``None``, flagged ``ambiguous`` if several fit and ``unknown`` if none does.
    """
    pool = committees_for(cpcs, subject, on)
    domain = _normalise_domain(sender_domain) if sender_domain else ""
    by_domain = _domain_matches(domain, pool) if domain else []
    if len(by_domain) == 1:
        return CommitteeMatch(by_domain[0])
    if text:
        candidates = tuple(c for c in pool if c.name in by_domain) if by_domain else pool
        scores = _text_scores(text, candidates)
        if scores:
            ranked = sorted(scores.values(), reverse=True)
            if len(ranked) == 1 or ranked[0] > ranked[1]:
                return CommitteeMatch(max(scores, key=lambda name: scores[name]))
            return CommitteeMatch(None, "ambiguous")
    if by_domain:
        return CommitteeMatch(None, "ambiguous")
    if domain:
        weak = _weak_domain(domain, pool)
        if weak:
            return CommitteeMatch(weak)
    return CommitteeMatch(None, "unknown")


def identify_cpc(sender_domain: str | None, text: str | None, cpcs: Sequence[CpcEntry]) -> str | None:
    """The name of the CPC a report comes from, or ``None`` when nothing points at one.

    Order of evidence: the sender's domain (exact or a subdomain of a registered domain);
    the committee or council named in the text, weighted by position and frequency, with
    ``None`` when two CPCs have equal weight; then the sender domain's leading label.
    Child protection committees (and PPCs) are looked at first, then the whole directory: this
    is the sender's committee for the crypto policy, before the report's subject is known.
    """
    child = committees_for(cpcs, "child", None)
    if child and len(child) < len(cpcs):
        return _identify(sender_domain, text, child) or _identify(sender_domain, text, cpcs)
    return _identify(sender_domain, text, cpcs)


def _identify(sender_domain: str | None, text: str | None, cpcs: Sequence[CpcEntry]) -> str | None:
    domain = _normalise_domain(sender_domain) if sender_domain else ""
    if domain:
        found = _match_domain(domain, cpcs)
        if found:
            return found
    if text:
        scores = _text_scores(text, cpcs)
        if scores:
            ranked = sorted(scores.values(), reverse=True)
            if len(ranked) == 1 or ranked[0] > ranked[1]:
                return max(scores, key=lambda name: scores[name])
    if domain:
        return _weak_domain(domain, cpcs)
    return None
