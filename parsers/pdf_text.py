"""Text of a PDF with pdfminer.six, in a reading order that survives tables and columns.

Runs only inside the worker process. pdfminer's own ordering (``boxes_flow``) reads a
two-column page right column first and a table column by column; both scramble the facts
we look for (a date next to its label, a name next to its role). So we take pdfminer's text
boxes and order them ourselves:

* boxes whose vertical extents overlap form a *band*;
* a band in which no two boxes are stacked is a table row: its boxes are cells, read left
  to right and joined by a tab, one line per row;
* a band with stacked boxes is a multi-column region: it is split into columns (boxes whose
  horizontal extents overlap) that are read left to right, each ordered the same way.

Inside a box, a visual line that leaves room for the next line's first word ended a
paragraph on purpose (a heading, a list item); any other line break is word wrap and
becomes a space. Pages are returned one by one; the caller joins them with a form feed, as
pdfminer's own ``extract_text`` does.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTComponent, LTImage, LTTextBox, LTTextLine
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from ingestd.errors import ParseError

CELL_SEPARATOR = "\t"
PAGE_SEPARATOR = "\f"
MAX_PAGES = 500  # THREATS D6: /Count 1000000000 must not mean a billion iterations
MIN_CHARS_PER_PAGE = 20  # below this the "text" is a page number on a scan (kept in step with ingestd.parsers)

_LAPARAMS = LAParams(line_margin=0.5, char_margin=2.0, word_margin=0.1, boxes_flow=None, all_texts=True)
_EOF_MARKER = b"%%EOF"
_EOF_WINDOW = 64 * 1024  # tolerate trailing junk some mailers and scanners append
_OVERLAP_TOLERANCE = 1.0  # points; boxes that merely touch are not side by side


def pdf_page_texts(data: bytes, password: str = "") -> tuple[list[str], list[int]]:
    """Return (text of each page, 0-based pages that are scans).

    A *scan page* has fewer than ``MIN_CHARS_PER_PAGE`` visible characters and at least one
    image: it is a picture of text, for OCR. Whether the document as a whole has enough text
    is judged by the caller (``ingestd.parsers``), which knows whether OCR is available.
    ``data`` must already be known to start like a PDF. ``password`` opens a PDF with a user
    password (pdfminer raises ``PDFPasswordIncorrect`` without it; owner-only protection,
    which restricts printing or copying, opens with the empty password and reads as usual).
    """
    if _EOF_MARKER not in data[-_EOF_WINDOW:]:
        # Every complete PDF ends with %%EOF (ISO 32000-1 §7.5.5); pdfminer would happily
        # return the pages before the cut, and a report must never lose pages silently.
        raise ParseError("truncated", "no %%EOF marker at the end")
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=_LAPARAMS)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[str] = []
    scans: list[int] = []
    for page in PDFPage.get_pages(io.BytesIO(data), maxpages=MAX_PAGES + 1, password=password,
                                  check_extractable=False):
        if len(pages) == MAX_PAGES:
            raise ParseError("too-large", f"more than {MAX_PAGES} pages")
        interpreter.process_page(page)
        layout = device.get_result()
        boxes = list(_text_boxes(layout))
        # Assume symmetric margins: the text area ends as far from the right edge as the
        # leftmost text starts from the left one.
        text_right = layout.x1 - min((box.x0 for box in boxes), default=0.0)
        text = "\n".join(_order(boxes, text_right))
        if _visible(text) < MIN_CHARS_PER_PAGE and _has_image(layout):
            scans.append(len(pages))
        pages.append(text)
    if not pages:
        raise ParseError("unreadable", "no pages")
    return pages, scans


def _visible(text: str) -> int:
    return sum(1 for char in text if not char.isspace())


def _has_image(container: Iterable[LTComponent]) -> bool:
    for item in container:
        if isinstance(item, LTImage):
            return True
        if isinstance(item, Iterable) and _has_image(item):
            return True
    return False


def _text_boxes(container: Iterable[LTComponent]) -> Iterator[LTTextBox]:
    """Every text box on the page, including those inside figures (Form XObjects)."""
    for item in container:
        if isinstance(item, LTTextBox):
            if item.get_text().strip():
                yield item
        elif isinstance(item, Iterable):
            yield from _text_boxes(item)


def _order(boxes: list[LTTextBox], right_edge: float = 0.0) -> Iterator[str]:
    right_edge = max([right_edge, *(box.x1 for box in boxes)])
    for whole in _segments(_bands(boxes)):
        head, segment, tail = _peel(whole)
        for band in head:
            yield from _emit_band(band, right_edge)
        columns = _columns([box for band in segment for box in band])
        if len(segment) == 1 or len(columns) == 1 or _row_like_share(segment, columns) >= 0.5:
            for band in segment:
                yield from _emit_band(band, right_edge)
        else:
            for column in columns:
                yield from _order(column)
        for band in tail:
            yield from _emit_band(band, right_edge)


def _peel(segment: list[list[LTTextBox]]) -> tuple[list[list[LTTextBox]], list[list[LTTextBox]], list[list[LTTextBox]]]:
    """Split off running headers and footers that happen to line up with a body gutter.

    A first or last band is a header/footer when a column of the segment exists only in it
    (a protective marking at the right margin) or when it stands apart from the rest by
    more than twice the usual gap between bands (a page footer below two columns).
    """
    head: list[list[LTTextBox]] = []
    tail: list[list[LTTextBox]] = []
    body = list(segment)
    while len(body) > 2:
        gaps = sorted(_gap(upper, lower) for upper, lower in zip(body, body[1:]))
        usual = gaps[len(gaps) // 2]
        columns = _columns([box for band in body for box in band])
        if _stands_apart(body[0], body, columns, _gap(body[0], body[1]), usual):
            head.append(body.pop(0))
        elif _stands_apart(body[-1], body, columns, _gap(body[-2], body[-1]), usual):
            tail.insert(0, body.pop())
        else:
            break
    return head, body, tail


def _stands_apart(band: list[LTTextBox], body: list[list[LTTextBox]], columns: list[list[LTTextBox]], gap: float, usual: float) -> bool:
    in_band = {id(box) for box in band}
    if any(all(id(box) in in_band for box in column) for column in columns):
        return True
    return gap > max(2 * usual, 6.0)


def _gap(upper: list[LTTextBox], lower: list[LTTextBox]) -> float:
    return min(box.y0 for box in upper) - max(box.y1 for box in lower)


def _emit_band(band: list[LTTextBox], right_edge: float) -> Iterator[str]:
    if len(band) == 1:
        yield from _box_paragraphs(band[0], right_edge)
    elif not _any_stacked(band):
        cells = sorted(band, key=lambda box: box.x0)
        yield CELL_SEPARATOR.join(" ".join(_box_paragraphs(cell)) for cell in cells)
    else:
        columns = _columns(band)
        if len(columns) == 1:
            # Boxes overlapping both ways: pdfminer grouped a table column (or a run of list
            # bullets) into one box. Fall back to visual lines, joined along the baseline.
            yield from _line_rows(band)
        else:
            for column in columns:
                yield from _order(column)


def _segments(bands: list[list[LTTextBox]]) -> list[list[list[LTTextBox]]]:
    """Merge consecutive bands while a vertical gutter still runs through all of them.

    A segment is either a table (most bands are rows with a cell on each side of the gutter)
    or a multi-column text region (paragraphs on either side that do not line up).
    """
    segments: list[list[list[LTTextBox]]] = []
    members: list[LTTextBox] = []
    for band in bands:
        if segments and len(_columns(members + band)) > 1:
            segments[-1].append(band)
            members.extend(band)
        else:
            segments.append([band])
            members = list(band)
    return segments


def _row_like_share(segment: list[list[LTTextBox]], columns: list[list[LTTextBox]]) -> float:
    column_of = {id(box): index for index, column in enumerate(columns) for box in column}
    row_like = sum(
        1
        for band in segment
        if len({column_of[id(box)] for box in band}) > 1 and not _any_stacked(band)
    )
    return row_like / len(segment)


def _bands(boxes: list[LTTextBox]) -> list[list[LTTextBox]]:
    """Split top-down into groups whose vertical extents chain-overlap."""
    bands: list[list[LTTextBox]] = []
    bottom = float("inf")
    for box in sorted(boxes, key=lambda b: (-b.y1, b.x0)):
        if bands and box.y1 > bottom + _OVERLAP_TOLERANCE:
            bands[-1].append(box)
            bottom = min(bottom, box.y0)
        else:
            bands.append([box])
            bottom = box.y0
    return bands


def _columns(band: list[LTTextBox]) -> list[list[LTTextBox]]:
    """Split left-to-right into groups whose horizontal extents chain-overlap."""
    columns: list[list[LTTextBox]] = []
    right = float("-inf")
    for box in sorted(band, key=lambda b: b.x0):
        if columns and box.x0 < right - _OVERLAP_TOLERANCE:
            columns[-1].append(box)
            right = max(right, box.x1)
        else:
            columns.append([box])
            right = box.x1
    return columns


def _any_stacked(band: list[LTTextBox]) -> bool:
    return len(_columns(band)) < len(band)


def _line_rows(band: list[LTTextBox]) -> Iterator[str]:
    """Rebuild rows from the individual lines of overlapping boxes: lines whose vertical
    extents overlap form a row; a wide horizontal gap inside a row is a cell boundary."""
    lines = sorted(
        (line for box in band for line in box if isinstance(line, LTTextLine) and line.get_text().strip()),
        key=lambda line: (-line.y1, line.x0),
    )
    rows: list[list[LTTextLine]] = []
    for line in lines:
        middle = (line.y0 + line.y1) / 2
        if rows and any(other.y0 <= middle <= other.y1 for other in rows[-1]):
            rows[-1].append(line)
        else:
            rows.append([line])
    for row in rows:
        row.sort(key=lambda line: line.x0)
        pieces = [_clean(row[0].get_text())]
        for left, right in zip(row, row[1:]):
            char_width = left.width / max(len(left.get_text().strip()), 1)
            gap_is_cell = right.x0 - left.x1 > 3 * char_width and not _is_bullet(pieces[-1])
            pieces.append(CELL_SEPARATOR if gap_is_cell else " ")
            pieces.append(_clean(right.get_text()))
        yield "".join(pieces)


_BULLETS = {"\uf0b7": "•", "\uf0a7": "•", "\uf076": "•", "\uf0d8": "•"}  # Symbol/Wingdings private use


def _clean(text: str) -> str:
    text = " ".join(text.split())
    for private, bullet in _BULLETS.items():
        text = text.replace(private, bullet)
    return text


def _is_bullet(text: str) -> bool:
    return text in ("•", "-", "–", "*", "o", "▪")


def _box_paragraphs(box: LTTextBox, region_right: float = 0.0) -> Iterator[str]:
    """Rejoin word-wrapped lines; keep deliberate line ends as separate paragraphs.

    ``region_right`` is where a full line of the surrounding column would end; a box whose
    lines all stop short of it is a list or an address block, not wrapped prose.
    """
    lines = [line for line in box if isinstance(line, LTTextLine)]
    right_edge = max([region_right, *(line.x1 for line in lines)])
    current: list[str] = []
    for index, line in enumerate(lines):
        text = _clean(line.get_text())
        if not text:
            continue
        current.append(text)
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is None or _ends_paragraph(line, text, following, right_edge):
            yield " ".join(current)
            current = []
    if current:
        yield " ".join(current)


def _ends_paragraph(line: LTTextLine, text: str, following: LTTextLine, right_edge: float) -> bool:
    next_words = following.get_text().split()
    if not next_words:
        return True
    char_width = line.width / max(len(text), 1)
    room = right_edge - line.x1
    return room > char_width * (len(next_words[0]) + 2)
