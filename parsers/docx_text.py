"""Text of a DOCX: body paragraphs and tables in document order, headers, footers, footnotes.

Runs only inside the worker process, after ``zipguard`` has vetted the container. Output is
one paragraph per line; a table row is one line with its cells joined by a tab, and a nested
table follows its row, one line per nested row. Section headers come first and footers last
(each distinct text once, in section order) because redaction must see every place a name
can hide, and a letterhead or a "Prepared by" footer is a common one.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.section import Section
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

CELL_SEPARATOR = "\t"
_FOOTNOTES_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_MAX_TABLE_DEPTH = 50  # nested 500 deep is an attack (THREATS E9), not a report


def docx_to_text(data: bytes) -> str:
    """Extract all human-visible text of a vetted DOCX."""
    document = docx.Document(io.BytesIO(data))
    headers, footers = _section_texts(document.sections)
    body = list(_blocks(document.iter_inner_content(), depth=0))
    lines = [*headers, *body, *_footnote_lines(document), *footers]
    return "\n".join(line for line in lines if line.strip())


def _blocks(items: Iterable[Paragraph | Table], depth: int) -> Iterator[str]:
    for item in items:
        if isinstance(item, Paragraph):
            yield _paragraph_text(item)
        elif depth < _MAX_TABLE_DEPTH:
            yield from _table_lines(item, depth)


def _paragraph_text(paragraph: Paragraph) -> str:
    # Soft line breaks inside one paragraph become spaces: a line is a paragraph.
    return " ".join(paragraph.text.replace("\r", "\n").split("\n")).strip()


def _table_lines(table: Table, depth: int) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        nested: list[str] = []
        previous = None
        for cell in row.cells:
            if previous is not None and cell._tc is previous:
                continue  # a horizontally merged cell repeats in row.cells
            previous = cell._tc
            cells.append(" ".join(_cell_paragraphs(cell)))
            for inner in cell.tables:
                nested.extend(_table_lines(inner, depth + 1))
        if any(cells):
            yield CELL_SEPARATOR.join(cells)
        yield from nested


def _cell_paragraphs(cell: _Cell) -> Iterator[str]:
    for paragraph in cell.paragraphs:
        text = _paragraph_text(paragraph)
        if text:
            yield text


def _section_texts(sections: Iterable[Section]) -> tuple[list[str], list[str]]:
    headers: list[str] = []
    footers: list[str] = []
    for section in sections:
        for part, sink in (
            (section.first_page_header, headers),
            (section.header, headers),
            (section.even_page_header, headers),
            (section.first_page_footer, footers),
            (section.footer, footers),
            (section.even_page_footer, footers),
        ):
            # is_linked_to_previous: the part has no content of its own; reading it would
            # silently return the previous section's text (or create nothing).
            if part.is_linked_to_previous:
                continue
            for line in _blocks(part.iter_inner_content(), depth=0):
                if line.strip() and line not in sink:
                    sink.append(line)
    return headers, footers


def _footnote_lines(document: Document) -> list[str]:
    """Footnote text, read straight from the footnotes part (python-docx has no API for it)."""
    lines: list[str] = []
    for rel in document.part.rels.values():
        if rel.reltype != _FOOTNOTES_RELTYPE or rel.is_external:
            continue
        root = docx.oxml.parse_xml(rel.target_part.blob)
        for footnote in root.iter(qn("w:footnote")):
            if footnote.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            for paragraph in footnote.iter(qn("w:p")):
                text = "".join(node.text or "" for node in paragraph.iter(qn("w:t"))).strip()
                if text:
                    lines.append(text)
    return lines
