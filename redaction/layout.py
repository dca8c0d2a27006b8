"""Where a value sits in the layout of extracted text: label cells and table columns.

Extracted DOCX and PDF tables arrive one row per line with cells separated by tabs (or, in
text typed or pasted as a table, by pipes: "| Mother | 12/03/1990 |"); forms
arrive as ``Label: value`` or ``Label<TAB>value``. Recognisers ask two questions of that
layout: "which values stand after a label like X?" and "which cells stand in a column whose
header is like X?".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

_LINE = re.compile(r"[^\n]+")
_MAX_LABEL = 60
_MAX_HEADER_CELL = 40


def label_value_cells(text: str, label: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Spans of the value after ``Label:`` or ``Label<TAB>`` at the start of a line."""
    for start, end, body, cut in _labelled_lines(text):
        if not label.search(body, 0, cut):
            continue
        value_start = cut + 1
        while value_start < len(body) and body[value_start] in " \t":
            value_start += 1
        if value_start < len(body):
            yield start + value_start, end


# Several recognisers ask for the labels and the rows of the same text: its layout is read
# once per text (the last few texts are kept; a str caches its own hash).
_LAYOUT_CACHE = 4


@functools.lru_cache(maxsize=_LAYOUT_CACHE)
def _labelled_lines(text: str) -> tuple[tuple[int, int, str, int], ...]:
    """(start, end, body, label end) of every line that opens with a label."""
    found = []
    for line in _LINE.finditer(text):
        body = line.group()
        cut = _label_end(body)
        if cut is not None:
            found.append((line.start(), line.end(), body, cut))
    return tuple(found)


@functools.lru_cache(maxsize=_LAYOUT_CACHE)
def _rows(text: str) -> tuple[tuple[tuple[int, int], ...] | None, ...]:
    """The cell spans of every line of ``text``, None for a line that is not a table row."""
    rows: list[tuple[tuple[int, int], ...] | None] = []
    for line in _LINE.finditer(text):
        body = line.group()
        separator = _separator(body)
        rows.append(None if separator is None else tuple(_cells(body, line.start(), separator)))
    return tuple(rows)


def _label_end(body: str) -> int | None:
    positions = [p for p in (body.find("\t"), body.find(":")) if 0 < p <= _MAX_LABEL]
    if not positions:
        return None
    cut = min(positions)
    if _SENTENCE_END.search(body, 0, cut):
        return None  # "... for 2007. A<TAB>Form(s)": the end of a sentence, not a label
    return cut


_SENTENCE_END = re.compile(r"[a-z0-9)][.!?][ ]+[A-Z0-9]")


def cells_under_header(text: str, header: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Spans of the cells below a header cell matching ``header`` in a tab-separated table."""
    columns: list[int] = []
    for cells in _rows(text):
        if cells is None:
            columns = []
            continue
        hits = [i for i, (s, e) in enumerate(cells) if e - s <= _MAX_HEADER_CELL and header.search(text[s:e])]
        # Under a header, a row whose cell in the header's column is a value ("Ann Example |
        # Senior Social Worker") is a row of values, even when another cell looks like a label.
        in_column = not columns or any(i in hits for i in columns if i < len(cells))
        if hits and len(hits) < len(cells) and in_column:
            columns = hits
            continue
        for index in columns:
            if index < len(cells):
                yield cells[index]


def row_cells(text: str) -> Iterator[list[tuple[int, int]]]:
    """The cell spans of every tab- or pipe-separated row of ``text``."""
    for cells in _rows(text):
        if cells is not None:
            yield list(cells)


def _separator(body: str) -> str | None:
    """How a table row's cells are separated: tabs, pipes (two, or one with spaces round it), or not a row."""
    if "\t" in body:
        return "\t"
    if "|" in body and (body.count("|") >= 2 or " | " in body):
        return "|"
    return None


def _cells(body: str, offset: int, separator: str = "\t") -> Iterator[tuple[int, int]]:
    position = 0
    if separator == "|" and body.lstrip().startswith("|"):
        # "| Mother | 12/03/1990 |": the outer pipes frame the row, they do not open a cell.
        position = body.index("|") + 1
        body_cells = body[position:].rstrip()
        body_cells = body_cells[:-1] if body_cells.endswith("|") else body_cells
    elif separator == "|":
        body_cells = body.rstrip()
        body_cells = body_cells[:-1] if body_cells.endswith("|") else body_cells
    else:
        body_cells = body
    for cell in body_cells.split(separator):
        stripped_start = position + (len(cell) - len(cell.lstrip()))
        stripped_end = position + len(cell.rstrip())
        yield offset + stripped_start, offset + max(stripped_start, stripped_end)
        position += len(cell) + 1
