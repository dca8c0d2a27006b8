"""Word 97-2003, RTF and ODT are converted by LibreOffice in the sandbox and read like DOCX."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingestd import parsers
from ingestd.config.schema import PipelineConfig
from ingestd.errors import ParseError
from tests.factories import convert_with_libreoffice, make_docx, make_rtf
from tests.messages import icr_text


@pytest.fixture(scope="module")
def word97(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A .doc produced by LibreOffice from a generated DOCX, as an older office would send it."""
    return convert_with_libreoffice(make_docx(icr_text()), "docx", "doc:MS Word 97", tmp_path_factory.mktemp("doc"))


def test_word_97_doc_is_read(limits: PipelineConfig, word97: bytes) -> None:
    assert parsers.sniff(word97) == "ole"
    text = parsers.extract_text(word97, "ole", limits).text
    assert "Initial Case Review: Summary Report" in text
    assert "The Chief Officers Group ratified the outcome of the review on 3rd November 2026." in text


def test_odt_is_read(limits: PipelineConfig, tmp_path: Path) -> None:
    odt = convert_with_libreoffice(make_docx(icr_text()), "docx", "odt", tmp_path)
    assert parsers.sniff(odt) == "odt"
    assert "Vexmoor Rise" in parsers.extract_text(odt, "odt", limits).text


def test_rtf_is_read(limits: PipelineConfig) -> None:
    text = parsers.extract_text(make_rtf(icr_text()), "rtf", limits).text
    assert "Mrs Quarrington contacted the health visitor" in text


def test_without_libreoffice_it_says_so(word97: bytes) -> None:
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(word97, "ole", PipelineConfig(soffice="/nonexistent/soffice"))
    assert caught.value.reason == "convert-unavailable"


def test_conversion_wall_clock(word97: bytes) -> None:
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(word97, "ole", PipelineConfig(parse_wall_seconds=30, convert_wall_seconds=0))
    assert caught.value.reason == "parse-timeout"
