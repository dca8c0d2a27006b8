"""Text of a DOCX: everything Word shows, in document order.

Runs only inside the worker process, after ``zipguard`` has vetted the container. Output is
one paragraph per line; a table row is one line with its cells joined by a tab, and a nested
table follows its row, one line per nested row. Section headers come first and footers last
(each distinct text once, in section order), then footnotes, endnotes and comments, because
redaction must see every place a name can hide, and a letterhead or a "Prepared by" footer
is a common one.

The body is read from the XML rather than through python-docx's paragraph API, because that
API skips content controls (``w:sdt``: the fill-in fields of Word form templates, where
committees type the dates and names) and text boxes (``w:txbxContent``). A text box's
paragraphs follow the paragraph that anchors it.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.section import Section

CELL_SEPARATOR = "\t"
_NOTES_RELTYPES = {
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes": "w:footnote",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes": "w:endnote",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments": "w:comment",
}
_MAX_TABLE_DEPTH = 50  # nested 500 deep is an attack (THREATS E9), not a report
_P, _TBL, _SDT, _SDT_CONTENT, _CUSTOM_XML = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
_TR, _TC, _T, _TAB, _BR, _CR = qn("w:tr"), qn("w:tc"), qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_TXBX, _DEL, _SDT_PR = qn("w:txbxContent"), qn("w:del"), qn("w:sdtPr")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_WRAPPERS = {_SDT_CONTENT, _CUSTOM_XML, qn("w:ins"), qn("w:smartTag")}


def docx_to_text(data: bytes) -> str:
    """Extract all human-visible text of a vetted DOCX."""
    document = docx.Document(io.BytesIO(data))
    headers, footers = _section_texts(document.sections)
    body = list(_blocks(document.element.body, depth=0))
    lines = [*headers, *body, *_note_lines(document), *footers]
    return "\n".join(line for line in lines if line.strip())


def _children(element) -> Iterator:
    """Block-level children, looking through content controls and other wrappers."""
    for child in element:
        if child.tag == _SDT:
            for content in child.iterchildren(_SDT_CONTENT):
                yield from _children(content)
        elif child.tag in _WRAPPERS:
            yield from _children(child)
        else:
            yield child


def _blocks(element, depth: int) -> Iterator[str]:
    for child in _children(element):
        if child.tag == _P:
            yield _paragraph_text(child)
            for box in _text_boxes(child):
                yield from _blocks(box, depth)
        elif child.tag == _TBL and depth < _MAX_TABLE_DEPTH:
            yield from _table_lines(child, depth)


def _text_boxes(paragraph) -> Iterator:
    """Outermost text boxes anchored in a paragraph, once (not the VML fallback copy)."""
    for box in paragraph.iter(_TXBX):
        ancestors = list(box.iterancestors())
        if any(a.tag == _FALLBACK for a in ancestors):
            continue
        if any(a.tag == _TXBX for a in ancestors):
            continue
        yield box


def _paragraph_text(paragraph) -> str:
    """The paragraph's own text, runs inside content controls and hyperlinks included.

    Soft line breaks become spaces (a line is a paragraph), tabs stay (a "Label<TAB>value"
    line is a form field); deleted tracked changes and text boxes (read separately) are left out.
    """
    pieces: list[str] = []
    stack = [iter(paragraph)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            continue
        tag = node.tag
        if tag in (_TXBX, _DEL, _SDT_PR, _FALLBACK) or not isinstance(tag, str):
            continue
        if tag == _T:
            pieces.append(node.text or "")
        elif tag == _TAB:
            pieces.append("\t")
        elif tag in (_BR, _CR):
            pieces.append(" ")
        else:
            stack.append(iter(node))
    return "".join(pieces).strip()


def _table_lines(table, depth: int) -> Iterator[str]:
    for row in _children(table):
        if row.tag != _TR:
            continue
        cells: list[str] = []
        nested: list[str] = []
        for cell in _children(row):
            if cell.tag != _TC:
                continue
            paragraphs = []
            for child in _children(cell):
                if child.tag == _P:
                    text = _paragraph_text(child)
                    if text:
                        paragraphs.append(text)
                    for box in _text_boxes(child):
                        paragraphs.extend(line for line in _blocks(box, depth + 1) if line)
                elif child.tag == _TBL and depth + 1 < _MAX_TABLE_DEPTH:
                    nested.extend(_table_lines(child, depth + 1))
            cells.append(" ".join(paragraphs))
        if any(cells):
            yield CELL_SEPARATOR.join(cells)
        yield from nested


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
            for line in _blocks(part._element, depth=0):
                if line.strip() and line not in sink:
                    sink.append(line)
    return headers, footers


def _note_lines(document: Document) -> list[str]:
    """Footnotes, endnotes and comments, read straight from their parts (python-docx has no API)."""
    lines: list[str] = []
    for rel in document.part.rels.values():
        tag = _NOTES_RELTYPES.get(rel.reltype)
        if tag is None or rel.is_external:
            continue
        root = docx.oxml.parse_xml(rel.target_part.blob)
        for note in root.iter(qn(tag)):
            if note.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            lines.extend(line for line in _blocks(note, depth=0) if line)
    return lines
