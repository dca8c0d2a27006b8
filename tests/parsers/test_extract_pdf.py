"""PDF text through the sandboxed worker, and every way a PDF can refuse to give text."""

from __future__ import annotations

import logging

import pytest

from ingestd import parsers
from ingestd.config.schema import PipelineConfig
from ingestd.errors import ParseError
from tests.factories import make_encrypted_pdf, make_pdf, make_scanned_pdf

CANARY = "Wilhelmina Quarterbridge"  # invented; must never reach a log or an error message


def _reason(data: bytes, limits: PipelineConfig) -> str:
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(data, "pdf", limits)
    return caught.value.reason


def test_text_layer_is_extracted_one_paragraph_per_line(limits: PipelineConfig) -> None:
    lines = [
        "Significant Case Review: Child V",
        "The Chief Officers Group ratified the report on 14 May 2031. " * 3,
        "Lead reviewer: " + CANARY,
    ]
    result = parsers.extract_text(make_pdf(lines), "pdf", limits)
    assert result.pages == 1
    out = result.text.split("\n")
    assert out[0] == lines[0]
    assert out[1] == lines[1].strip()  # word-wrapped lines are joined again
    assert out[2] == lines[2]


def test_long_document_spans_pages_and_keeps_every_line(limits: PipelineConfig) -> None:
    lines = [f"Numbered fictional line {n:03d}" for n in range(150)]
    result = parsers.extract_text(make_pdf(lines), "pdf", limits)
    assert result.pages is not None and result.pages >= 3
    assert [line for line in result.text.replace("\f", "\n").split("\n") if line] == lines


def test_scanned_pdf_has_no_text_layer(limits: PipelineConfig) -> None:
    assert _reason(make_scanned_pdf(pages=2), limits) == "no-text-layer"


def test_password_protected_pdf(limits: PipelineConfig) -> None:
    assert _reason(make_encrypted_pdf(["Confidential fictional content"]), limits) == "password-protected"


def test_truncated_pdf(limits: PipelineConfig) -> None:
    data = make_pdf([f"line {n}" for n in range(200)])
    assert _reason(data[: len(data) * 2 // 3], limits) == "truncated"


def test_garbage_behind_a_pdf_header_is_unreadable(limits: PipelineConfig) -> None:
    assert _reason(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n", limits) == "unreadable"


def test_input_over_max_attachment_size_is_refused_before_parsing() -> None:
    data = make_pdf(["Short fictional text"])
    assert _reason(data, PipelineConfig(max_attachment_size=len(data) - 1)) == "too-large"


def test_no_document_text_in_logs_or_errors(limits: PipelineConfig, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    parsers.extract_text(make_pdf([f"Contact {CANARY} about the review"]), "pdf", limits)
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(make_pdf([f"Contact {CANARY}"] * 50), "pdf", PipelineConfig(max_text_chars=100))
    assert CANARY not in str(caught.value)
    assert CANARY not in caplog.text
    assert "sha256=" in caplog.text
