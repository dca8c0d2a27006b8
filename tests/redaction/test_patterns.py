"""The look-ahead gate of ``patterns.starting_with`` finds exactly what the pattern behind it finds.

The gate only makes scans faster; a match lost to it would be a name or a birth date left in
the output. Every name and date here is invented.
"""

from __future__ import annotations

import re
import sys

import pytest

from ingestd.redaction import dates, names
from ingestd.redaction.patterns import ASCII_LETTERS_ANY_CASE, starting_with
from ingestd.redaction.rules import RULES

_GATED = {
    "names._ROLE_CUE": names._ROLE_CUE,
    "names._BARE_CUE": names._BARE_CUE,
    "names._OBJECT": names._OBJECT,
    "names._SEEN": names._SEEN,
    "names._SURNAME_FIRST": names._SURNAME_FIRST,
    "dates._CUED_DATE": dates._CUED_DATE,
    "dates._BIRTH_YEAR": dates._BIRTH_YEAR,
    "dates._DATE_RE": dates._DATE_RE,
}
_GATE = re.compile(r"\(\?=\[(?P<first>[^\]]*)\]\)\(\?:(?P<source>.*)\)\Z", re.DOTALL)

# The rules table's examples hold every cue these patterns read; the lines after them write
# cues with the characters that fold to an ASCII letter, in capitals and after punctuation.
_TEXT = "\n".join([text for rule in RULES for text, _ in (*rule.redact, *rule.keep)] + [
    "The \u212aeyworker, Tamsin Orrey, visited. \u017fOCIAL WORKER: Bryn Tallet.",
    "THE HEALTH VISITOR Ona Plessey (DOB 03/04/2019) and (d.o.b. 4 May 2018); BORN 1961; YOB: 1958.",
    "Mother, Idra Quelling, b.1972. Nurse:\tCorin Vasse. Dad Ellis Marrow told Fenna Crook that it was so.",
    "Seen on \u0663/\u0664/\u0662\u0660\u0662\u0666 and in \u017fept 2025, SEPT 2024, 2026-01-09, 9th of June 2023.",
    "QUELLING, Idra attended; \u00c9TIENNE-VASSE, Corin did not. Reported by Dilys Framp; signed by Ros Tiller.",
])


def test_ascii_letters_any_case_is_every_character_an_ascii_letter_matches_ignoring_case() -> None:
    ignoring_case = re.compile("[a-z]", re.IGNORECASE)
    folding = {chr(c) for c in range(sys.maxunicode + 1) if ignoring_case.fullmatch(chr(c))}
    listed = re.compile(f"[{ASCII_LETTERS_ANY_CASE}]")
    assert folding == {chr(c) for c in range(sys.maxunicode + 1) if listed.fullmatch(chr(c))}


@pytest.mark.parametrize("name", sorted(_GATED))
def test_gated_pattern_finds_what_its_source_finds(name: str) -> None:
    gated = _GATED[name]
    parts = _GATE.match(gated.pattern)
    assert parts, f"{name} is not built by starting_with"
    source = re.compile(parts.group("source"), gated.flags)
    expected = [(m.span(), m.groups()) for m in source.finditer(_TEXT)]
    assert expected, f"{name} finds nothing in the test text: the comparison would prove nothing"
    assert [(m.span(), m.groups()) for m in gated.finditer(_TEXT)] == expected


def test_a_gate_that_breaks_its_promise_loses_matches() -> None:
    # The comparison above can fail: a gate on the wrong first letter finds less.
    source = r"\b(?:born|dob)[ ](\d{4})"
    assert re.findall(source, "born 1961, dob 1958") == ["1961", "1958"]
    assert starting_with("b", source).findall("born 1961, dob 1958") == ["1961"]
