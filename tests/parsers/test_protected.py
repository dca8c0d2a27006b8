"""Password-protected DOCX and PDF are recognised, and open only with the password."""

from __future__ import annotations

import pytest

from ingestd import parsers
from ingestd.config.schema import PipelineConfig
from ingestd.errors import ParseError
from tests.factories import make_protected_docx, make_pypdf_protected
from tests.messages import icr_text


def _reason(data: bytes, limits: PipelineConfig, password: str | None = None) -> str:
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(data, parsers.sniff(data), limits, password=password)
    return caught.value.reason


def test_encrypted_docx_is_password_protected_not_ignored(limits: PipelineConfig) -> None:
    data = make_protected_docx(icr_text(), "Tay-Bridge-42")
    assert parsers.sniff(data) == "ole"
    assert _reason(data, limits) == "password-protected"


def test_encrypted_docx_opens_with_its_password(limits: PipelineConfig) -> None:
    data = make_protected_docx(icr_text(), "Tay-Bridge-42")
    result = parsers.extract_text(data, "ole", limits, password="Tay-Bridge-42")
    assert "Initial Case Review: Summary Report" in result.text
    assert "Quarrington" in result.text


def test_encrypted_docx_with_the_wrong_password_says_so(limits: PipelineConfig) -> None:
    assert _reason(make_protected_docx(icr_text(), "Tay-Bridge-42"), limits, "tay-bridge-42") == "password-wrong"


def test_pdf_with_a_user_password_is_password_protected(limits: PipelineConfig) -> None:
    data = make_pypdf_protected(icr_text(), user_password="Ness-7", owner_password="owner-Ness-7")
    assert _reason(data, limits) == "password-protected"
    assert _reason(data, limits, "wrong") == "password-wrong"
    assert "Quarrington" in parsers.extract_text(data, "pdf", limits, password="Ness-7").text


def test_pdf_restricting_only_printing_and_copying_reads_as_today(limits: PipelineConfig) -> None:
    data = make_pypdf_protected(icr_text(), user_password="", owner_password="owner-only")
    assert "The Chief Officers Group ratified" in parsers.extract_text(data, "pdf", limits).text
