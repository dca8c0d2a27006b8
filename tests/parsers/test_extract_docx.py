"""DOCX text: paragraphs, tables (nested too), headers and footers, in document order."""

from __future__ import annotations

import io

import docx
import pytest

from ingestd import parsers
from ingestd.config.schema import PipelineConfig
from ingestd.errors import ParseError
from tests.factories import make_docx, make_docx_bomb, make_docx_with_doctype, make_zip_not_docx


def test_paragraphs_tables_header_footer_all_extracted_in_order(limits: PipelineConfig) -> None:
    data = make_docx(
        ["Initial Case Review report", "The review met on 3 March 2031."],
        tables=[[["Subject", "Child W"], ["COG decision date", "17 March 2031"]]],
        header="Brackenfield Child Protection Committee",
        footer="Prepared by the review support team",
    )
    result = parsers.extract_text(data, "docx", limits)
    lines = result.text.split("\n")
    assert result.pages is None
    assert lines == [
        "Brackenfield Child Protection Committee",
        "Initial Case Review report",
        "The review met on 3 March 2031.",
        "Subject\tChild W",
        "COG decision date\t17 March 2031",
        "Prepared by the review support team",
    ]


def test_body_order_interleaves_paragraphs_and_tables_and_nested_tables(limits: PipelineConfig) -> None:
    document = docx.Document()
    document.add_paragraph("Before the table")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Outer label"
    inner = table.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Inner one"
    inner.cell(0, 1).text = "Inner two"
    document.add_paragraph("After the table")
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "First page heading"
    section.footer.paragraphs[0].text = "Running footer"
    buffer = io.BytesIO()
    document.save(buffer)

    text = parsers.extract_text(buffer.getvalue(), "docx", limits).text
    lines = text.split("\n")
    assert lines[0] == "First page heading"
    assert lines.index("Before the table") < lines.index("Outer label\t") < lines.index("After the table")
    assert "Inner one\tInner two" in lines
    assert lines.index("Inner one\tInner two") < lines.index("After the table")
    assert lines[-1] == "Running footer"


def test_zip_bomb_is_rejected_quickly_within_a_small_memory_limit() -> None:
    data = make_docx_bomb(uncompressed_mb=64)
    assert len(data) < 1024 * 1024  # a small attachment...
    tight = PipelineConfig(parse_memory_mb=256, parse_wall_seconds=10)
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(data, "docx", tight)  # ...that would need gigabytes in lxml
    assert caught.value.reason == "zip-bomb"


def test_dtd_in_a_part_is_refused(limits: PipelineConfig) -> None:
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(make_docx_with_doctype(), "docx", limits)
    assert caught.value.reason == "unreadable"


def test_truncated_docx_is_truncated(limits: PipelineConfig) -> None:
    data = make_docx(["Something to cut in half."])
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(data[: len(data) // 2], "docx", limits)
    assert caught.value.reason == "truncated"


def test_zip_that_is_not_word_is_unreadable(limits: PipelineConfig) -> None:
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(make_zip_not_docx(), "docx", limits)
    assert caught.value.reason == "unreadable"


def test_output_over_max_text_chars_is_too_large() -> None:
    data = make_docx(["word " * 400])
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(data, "docx", PipelineConfig(max_text_chars=1000, parse_wall_seconds=30))
    assert caught.value.reason == "too-large"
