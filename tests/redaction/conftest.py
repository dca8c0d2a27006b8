"""Helpers for the redaction tests. Every name, street and postcode here is invented."""

from __future__ import annotations

import pytest

from ingestd.redaction import Redacted, redact


def flagged(result: Redacted, text: str) -> list[tuple[str, str]]:
    """(category, original text) of every span, in order."""
    return [(span.category, text[span.start:span.end]) for span in result.spans]


@pytest.fixture
def run():
    """Redact ``text`` and return (redacted text, flagged forms)."""

    def _run(text: str) -> tuple[str, list[tuple[str, str]]]:
        result = redact(text)
        return result.text, flagged(result, text)

    return _run
