"""Tests generated from the redaction rules table: each row's examples, redacted and kept."""

from __future__ import annotations

import pytest

from ingestd.redaction import redact
from ingestd.redaction.rules import RULES, Rule

_REDACT = [pytest.param(rule, text, form, id=f"{rule.name}-{i}") for rule in RULES
           for i, (text, form) in enumerate(rule.redact)]
_KEEP = [pytest.param(rule, text, form, id=f"{rule.name}-{i}") for rule in RULES
         for i, (text, form) in enumerate(rule.keep)]


def _located(text: str, form: str) -> tuple[int, int]:
    assert form in text, f"example form {form!r} is not in its text"
    start = text.index(form)
    return start, start + len(form)


@pytest.mark.parametrize(("rule", "text", "form"), _REDACT)
def test_rule_redacts_its_example(rule: Rule, text: str, form: str) -> None:
    start, end = _located(text, form)
    result = redact(text)
    overlapping = [s for s in result.spans if s.start < end and start < s.end]
    assert any(s.rule == rule.name and s.category == rule.category for s in overlapping), (
        f"{rule.name} did not redact {form!r}: {[(text[s.start:s.end], s.rule) for s in result.spans]}")
    # Every capitalised or digit-bearing word of the form is gone from the output.
    covered = bytearray(len(text))
    for span in result.spans:
        covered[span.start:span.end] = b"\x01" * (span.end - span.start)
    position, left = start, []
    for word in form.split():
        at = text.index(word, position)
        position = at + len(word)
        if (word[0].isupper() or any(ch.isdigit() for ch in word)) and word not in _CONTEXT_WORDS:
            if not all(covered[i] for i in range(at, at + len(word)) if text[i].isalnum()):
                left.append(word)
    assert not left, f"{rule.name} left {left} of {form!r}"


_CONTEXT_WORDS = {"The", "On", "Later"}


@pytest.mark.parametrize(("rule", "text", "form"), _KEEP)
def test_rule_keeps_its_look_alike(rule: Rule, text: str, form: str) -> None:
    start, end = _located(text, form)
    result = redact(text)
    assert not [s for s in result.spans if s.start < end and start < s.end], (
        f"{form!r} was redacted: {[(text[s.start:s.end], s.rule) for s in result.spans]}")


def test_every_row_has_examples_both_ways_and_a_unique_name() -> None:
    assert len({rule.name for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.redact and rule.keep and rule.reason, rule.name


def test_every_span_names_a_row_of_the_table() -> None:
    text = "\n".join(t for rule in RULES for t, _ in rule.redact)
    names = {rule.name for rule in RULES}
    spans = redact(text).spans
    assert spans and {span.rule for span in spans} <= names
