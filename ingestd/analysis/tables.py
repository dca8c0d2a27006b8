"""Tables as text extraction leaves them: rows of cells under one or more rows of headings.

Registers, trackers and forms reach us as CSV exports, tab-separated DOCX tables, "|" tables
(Markdown, e-mail) and spreadsheets saved as text. A spreadsheet's heading may take two rows or
more, with a merged cell over several columns ("Review" over "Referred | ICR done | COG
ratified"): saved as text, the merged cell's words stand in its first column and the columns it
spans are empty. A cell's meaning is its column's headings, top to bottom, never its
neighbours' words: in "ICR-A, <name>, 02/07/1995, ..., 15/09/2025" the first date is a date of
birth because its column says "DOB", not because of the cell before it.

The reader is shared: the date finder reads a dated cell under its column's headings (a column
naming the COG's ratification gives the row's date, any other dated column is another event),
and ``classify`` reads a subject's age or date of birth in the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A table has three columns or more: "label<TAB>value" is a form's row, read by the form rules.
MIN_COLUMNS = 3
# The rows read upwards from a cell to find its table's headings.
MAX_ROWS_UP = 60
# A heading is a few words ("Date outcome ratified by COG"); a longer cell is a sentence's part.
MAX_HEADING_WORDS = 7
# A heading's cell: words, no digits, no sentence ("COG ratified", "Date of birth", "D.O.B.").
_HEADING = re.compile(r"[A-Za-z][A-Za-z /&.#'’()_-]{0,40}")
# A Markdown table's rule row ("|---|:---:|"): neither heading nor values.
_RULE_CELL = re.compile(r":?-{3,}:?")
# Any date-like value ("15/09/2025", "3 March 2026", "2026-03-03"): a row holding one is a row of
# values, not of headings. Kept loose on purpose: a heading never holds digits.
_HAS_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Cell:
    """One cell of a row: its text (stripped) and its ``[start, end)`` in the whole text."""

    text: str
    start: int
    end: int


def _separator(line: str) -> str | None:
    """The character a row's cells are separated by, when it is a row of a table at all."""
    if "\t" in line:
        return "\t"
    if line.count("|") >= 2:
        return "|"
    if line.count(";") >= 2:
        return ";"
    if line.count(",") >= MIN_COLUMNS - 1:
        return ","
    return None


def split_row(line: str, offset: int = 0, separator: str | None = None) -> tuple[str, list[Cell]] | None:
    """The row's separator and its cells (offsets into the whole text, the line at ``offset``).

    Quoted cells of a CSV export keep their commas (``"46 High Street, Ardmore"`` is one cell).
    A "|" row's outer pipes open and close it, they are no empty cells. None when the line is no
    row of ``MIN_COLUMNS`` cells or more (or, with ``separator``, not a row of that kind).
    """
    sep = separator or _separator(line)
    if sep is None or sep not in line:
        return None
    cells: list[Cell] = []
    start, quoted = 0, False
    for index, char in enumerate(line + sep):
        if char == '"' and sep == ",":
            quoted = not quoted
        elif char == sep and not quoted or index == len(line):
            raw = line[start:index]
            begin, end = start + len(raw) - len(raw.lstrip()), start + len(raw.rstrip())
            if sep == "," and end - begin >= 2 and line[begin] == line[end - 1] == '"':
                # the span is the text inside the quotes, as Cell promises (line[start:end] == text)
                inner = line[begin + 1:end - 1]
                begin, end = begin + 1 + len(inner) - len(inner.lstrip()), begin + 1 + len(inner.rstrip())
            cells.append(Cell(line[begin:end], offset + begin, offset + end))
            start = index + 1
    if sep == "|":
        if cells and not cells[0].text:
            cells = cells[1:]
        if cells and not cells[-1].text:
            cells = cells[:-1]
    return (sep, cells) if len(cells) >= MIN_COLUMNS else None


def _is_rule_row(cells: list[Cell]) -> bool:
    return all(_RULE_CELL.fullmatch(cell.text.replace(" ", "")) for cell in cells)


def _heading_row(cells: list[Cell], last: bool) -> bool:
    """Whether a row is one of headings: no digits, its cells words. The row right above the
    values names every column but perhaps the first (a register's "Ref" is sometimes blank); a
    row above that (merged cells over groups of columns) may leave cells empty."""
    texts = [cell.text for cell in cells]
    if any(_HAS_DIGIT.search(t) or len(t.split()) > MAX_HEADING_WORDS for t in texts):
        return False
    if last:
        return all(_HEADING.fullmatch(t) for t in texts[1:])
    filled = [t for t in texts if t]
    return bool(filled) and all(_HEADING.fullmatch(t) for t in filled)


def _rows_above(text: str, row_start: int, sep: str, width: int) -> list[list[Cell]]:
    """The rows of the same table above the one at ``row_start``, nearest first (blank lines,
    which PDF extraction puts between rows, skipped; a line of another shape ends the table)."""
    rows: list[list[Cell]] = []
    end = row_start - 1
    while end > 0 and len(rows) < MAX_ROWS_UP:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip():
            continue
        row = split_row(line, start, sep)
        if row is None or len(row[1]) != width:
            break
        if not _is_rule_row(row[1]):
            rows.append(row[1])
    return rows


@dataclass(frozen=True)
class Column:
    """The column a cell stands in: its headings top to bottom, the cell, the row's separator."""

    headings: tuple[str, ...]
    cell: Cell
    separator: str


def column_headings(text: str, row_start: int, position: int) -> Column | None:
    """The headings of the column ``position`` lies in, top to bottom, and the cell itself.

    The row at ``row_start`` must be a table row under one or more rows of headings, with only
    rows of values between them. A heading row's empty cell under a merged cell takes the words
    of the nearest filled cell to its left ("Review" spans the empty cells after it); the row
    right above the values names its own columns. None when the row is no such table's.
    """
    row_end = text.find("\n", row_start)
    line = text[row_start:row_end if row_end >= 0 else len(text)]
    parsed = split_row(line, row_start)
    if parsed is None:
        return None
    sep, cells = parsed
    index = next((i for i, cell in enumerate(cells) if cell.start <= position < cell.end + 1), None)
    if index is None:
        return None
    above = _rows_above(text, row_start, sep, len(cells))
    # the table's top rows are its headings: read down from the top while rows are headings
    top_down = list(reversed(above))
    count = 0
    while count < len(top_down) and _heading_row(top_down[count], last=False):
        count += 1
    # the last of them must name its columns; rows of values (any) stand between it and this row
    while count and not _heading_row(top_down[count - 1], last=True):
        count -= 1
    if not count:
        return None
    headings: list[str] = []
    for depth, row in enumerate(top_down[:count]):
        cell = row[index].text
        if not cell and depth < count - 1:
            cell = next((row[i].text for i in range(index - 1, -1, -1) if row[i].text), "")
        if cell and cell not in headings:
            headings.append(cell)
    return Column(tuple(headings), cells[index], sep)
