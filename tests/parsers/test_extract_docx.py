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


# --- everything Word shows (issue 10) -------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _with_body_xml(*fragments: str, before: str = "Heading paragraph") -> bytes:
    """A DOCX whose body gets raw WordprocessingML fragments after one ordinary paragraph."""
    document = docx.Document()
    anchor = document.add_paragraph(before)._p
    for fragment in fragments:
        element = docx.oxml.parse_xml(fragment)
        anchor.addnext(element)
        anchor = element
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_content_controls_block_inline_and_in_table_cells_are_extracted(limits: PipelineConfig) -> None:
    data = _with_body_xml(
        # a block-level content control holding a paragraph
        f'<w:sdt {_W}><w:sdtPr><w:alias w:val="Ratified"/></w:sdtPr><w:sdtContent>'
        '<w:p><w:r><w:t>Date ratified by COG: 10 March 2031</w:t></w:r></w:p></w:sdtContent></w:sdt>',
        # an inline content control inside a paragraph
        f'<w:p {_W}><w:r><w:t xml:space="preserve">Child\'s name: </w:t></w:r><w:sdt><w:sdtPr/>'
        '<w:sdtContent><w:r><w:t>Oriel Vantongeren</w:t></w:r></w:sdtContent></w:sdt></w:p>',
        # a table whose second cell is a content control
        f'<w:tbl {_W}><w:tr><w:tc><w:p><w:r><w:t>Date of birth</w:t></w:r></w:p></w:tc>'
        '<w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>04/05/2029</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>'
        '</w:tr></w:tbl>',
    )
    lines = parsers.extract_text(data, "docx", limits).text.split("\n")
    assert lines == ["Heading paragraph", "Date ratified by COG: 10 March 2031",
                     "Child's name: Oriel Vantongeren", "Date of birth\t04/05/2029"]


def test_text_box_is_extracted_once_after_its_paragraph(limits: PipelineConfig) -> None:
    box = '<w:txbxContent><w:p><w:r><w:t>Report author: Tamsyn Quarrell</w:t></w:r></w:p></w:txbxContent>'
    data = _with_body_xml(
        f'<w:p {_W} {_MC}><w:r><w:t>Anchor text</w:t></w:r><w:r><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><w:inline><w:txbx>{box}</w:txbx></w:inline></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><w:textbox>{box}</w:textbox></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r></w:p>',
    )
    lines = parsers.extract_text(data, "docx", limits).text.split("\n")
    assert lines == ["Heading paragraph", "Anchor text", "Report author: Tamsyn Quarrell"]


def test_comments_are_extracted(limits: PipelineConfig) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("The review met in March.")
    if not hasattr(document, "add_comment"):
        pytest.fail("python-docx >= 1.2 is needed to write a comment for this test")
    document.add_comment(paragraph.runs, text="Check with Idony Prewett", author="Reviewer")
    buffer = io.BytesIO()
    document.save(buffer)
    lines = parsers.extract_text(buffer.getvalue(), "docx", limits).text.split("\n")
    assert "Check with Idony Prewett" in lines
