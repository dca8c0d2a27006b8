"""Where a value sits in the layout of extracted text: label cells and table columns.

Extracted DOCX and PDF tables arrive one row per line with cells separated by tabs (or, in
text typed or pasted as a table, by pipes: "| Mother | 12/03/1990 |"); forms
arrive as ``Label: value`` or ``Label<TAB>value``. Recognisers ask two questions of that
layout: "which values stand after a label like X?" and "which cells stand in a column whose
header is like X?". A table typed with spaces is read by where its cells start, also where a
long value outgrew its column and the next cell starts one space after it.
"""

from __future__ import annotations

import bisect
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
    """(start, end, body, label end) of every line that opens with a label.

    A form exported by a system names its fields in snake case ("field_submitted_by: ..."):
    the label's underscores are read as the spaces they stand for, so the label words match.
    """
    found = []
    for line in _LINE.finditer(text):
        body = line.group()
        cut = _label_end(body)
        if cut is not None:
            if "_" in body[:cut]:
                body = body[:cut].replace("_", " ") + body[cut:]
            found.append((line.start(), line.end(), body, cut))
    return tuple(found)


@functools.lru_cache(maxsize=_LAYOUT_CACHE)
def _rows(text: str) -> tuple[tuple[tuple[int, int], ...] | None, ...]:
    """The cell spans of every line of ``text``, None for a line that is not a table row."""
    rows: list[tuple[tuple[int, int], ...] | None] = []
    lines = list(_LINE.finditer(text))
    for line in lines:
        body = line.group()
        separator = _separator(body)
        rows.append(None if separator is None else tuple(_cells(body, line.start(), separator)))
    if '"' in text or ",," in text:
        _csv_rows(text, lines, rows)
    _fixed_width_rows(text, lines, rows)
    return tuple(rows)


# A spreadsheet saved as CSV: a cell holding a comma is quoted ('"4 Example Road, Town"'), a
# merged heading leaves empty cells (",,Person,,,Review,,"), and dates sit side by side
# ("08/04/2025,18/08/2025"). Consecutive lines that split into the same number of cells (three
# or more, quotes respected), none with a comma and a space outside its quotes (prose), are
# the rows of one table, its merged heading row included.
_CSV_MIN_CELLS = 3
_CSV_MIN_ROWS = 2


def _csv_rows(text: str, lines: list[re.Match[str]], rows: list[tuple[tuple[int, int], ...] | None]) -> None:
    """Fill in the rows of comma-separated blocks that ``_separator`` cannot read line by line."""
    split = [_csv_cells(line.group(), line.start()) for line in lines]
    index = 0
    while index < len(lines):
        cells = split[index]
        following = index + 1
        while (cells is not None and following < len(lines) and split[following] is not None
               and len(split[following]) == len(cells)
               and text.count("\n", lines[following - 1].end(), lines[following].start()) == 1):
            following += 1
        if cells is not None and following - index >= _CSV_MIN_ROWS:
            for row in range(index, following):
                rows[row] = tuple(split[row])  # type: ignore[arg-type]
            index = following
        else:
            index += 1


def _csv_cells(body: str, offset: int) -> list[tuple[int, int]] | None:
    """The cell spans of a comma-separated line (quotes stripped), or None if it is no such row."""
    if "," not in body or "\t" in body or "|" in body:
        return None
    cells: list[tuple[int, int]] = []
    start, quoted, position = 0, False, 0
    while position <= len(body):
        char = body[position] if position < len(body) else ","
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            if body.startswith(" ", position + 1) and position < len(body):
                return None  # ", " outside quotes: a sentence's comma
            cell_start, cell_end = start, position
            if body[cell_start:cell_end].strip().startswith('"') and body[cell_start:cell_end].rstrip().endswith('"'):
                cell_start = body.index('"', cell_start) + 1
                cell_end = body.rindex('"', cell_start - 1, cell_end)
            while cell_start < cell_end and body[cell_start] == " ":
                cell_start += 1
            while cell_end > cell_start and body[cell_end - 1] == " ":
                cell_end -= 1
            cells.append((offset + cell_start, offset + cell_end))
            start = position + 1
        position += 1
    if quoted or len(cells) < _CSV_MIN_CELLS:
        return None
    return cells


# A table typed with spaces ("Name<spaces>Date of birth<spaces>Relationship", the values below
# starting where the headings start): cells are runs of text two or more spaces apart.
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
_MIN_FIXED_ROWS = 2  # a header and one row of values
# A rule typed under a header ("-----", "=====", "----  ------", box-drawing lines): part of the table.
_RULE_LINE = re.compile(r"[ \t]*[-=_~\u2500\u2501\u2550]{3,}(?:[ \t]+[-=_~\u2500\u2501\u2550]{3,})*[ \t]*")
_ALIGN_SLACK = 1  # a cell may start one column off its heading


def _fixed_width_rows(text: str, lines: list[re.Match[str]], rows: list[tuple[tuple[int, int], ...] | None]) -> None:
    """Fill in the rows of space-aligned tables: consecutive lines whose cells all start under a heading.

    The first line of such a block is its header: every cell of every following line must
    start where one of its cells starts, so prose with a double space after a full stop (whose
    pieces start anywhere) is never taken for a table. A row that leaves a column empty gets an
    empty span there, so a cell's index is its heading's.
    """
    index = 0
    while index < len(lines):
        header = _spaced_cells(lines[index]) if rows[index] is None else None
        if header is not None and any(_LABELLED_CELL.fullmatch(text, start, end) for start, end in header):
            header = None  # "CHI: 0604203292   NHS no. 943 476 5919": a line of form fields, not a header
        if header is None or text[lines[index].end():lines[index].end() + 2] == "\n\n":
            index += 1
            continue
        header = _header_split_by_rows(text, lines, index, header)
        starts = [start - lines[index].start() for start, _ in header]
        block = [tuple(header)]
        following = index + 1
        while following < len(lines) and rows[following] is None:
            if text.count("\n", lines[following - 1].end(), lines[following].start()) > 1:
                break  # a blank line ends the table
            if following == index + 1 and _RULE_LINE.fullmatch(lines[following].group()):
                # The rule under the header: a row of empty cells, so the columns run on below it.
                block.append(tuple((lines[following].start(), lines[following].start()) for _ in starts))
                following += 1
                continue
            cells = _spaced_cells(lines[following], minimum=1)
            if cells is None and len(block) > 1 + _ruled(block):
                cells = _continued(lines[following], starts, block[-1])
            aligned = cells is not None and _aligned(cells, lines[following].start(), starts)
            if not aligned or _runs_over(aligned, lines[following].start(), starts):
                aligned = _overflowed(lines[following], starts, lines[index].end() - lines[index].start(),
                                      _column_shapes(text, block, lines[following + 1:following + 1 + _SHAPE_ROWS],
                                                     starts)) or aligned
            if not aligned:
                break
            block.append(aligned)
            following += 1
        if len(block) - _ruled(block) >= _MIN_FIXED_ROWS:
            rows[index:following] = block
            index = following
        else:
            index += 1


# A heading is a word or two ("Name", "Date of birth:"); a cell holding a label and its value
# ("CHI: 0604203292") is a form's field, and a line of them is no table's header.
_LABELLED_CELL = re.compile(r"[^\W\d_][^\n:]{0,30}:[ ]+\S.*")


def _ruled(block: list[tuple[tuple[int, int], ...]]) -> int:
    """1 when the block's second row is the rule under its header (empty cells), else 0."""
    return int(len(block) > 1 and all(start == end for start, end in block[1]))


def _spaced_cells(line: re.Match[str], minimum: int = 2) -> list[tuple[int, int]] | None:
    body = line.group()
    if "  " not in body.strip():
        return None  # cells are two or more spaces apart: a line without such a gap is no row
    cells = [(line.start() + m.start(), line.start() + m.end()) for m in _SPACED_CELL.finditer(body)]
    return cells if len(cells) >= minimum else None


def _continued(line: re.Match[str], starts: list[int], above: tuple[tuple[int, int], ...]) -> list[tuple[int, int]] | None:
    """The one cell of a line that wraps a long cell of the row above ("Mother's partner (lives" /
    "<spaces>in the home part of the week)", or "Ann Example-" / "Example" under Name): starting
    under a heading under which the row above has a cell, nothing else on the line (in the first
    column, a few words that fit under it). Read as a row of empty cells but that one, so the
    table goes on below it instead of ending there."""
    body = line.group()
    indent = len(body) - len(body.lstrip(" "))
    end = len(body.rstrip())
    column = next((i for i, s in enumerate(starts) if abs(s - indent) <= _ALIGN_SLACK), None)
    if column == 0 and (len(starts) < 2 or end >= starts[1] - 1 or len(body.split()) > _WRAPPED_WORDS):
        return None  # in the first column only a short piece that fits under its heading ("Quillan")
    if column is None or column >= len(above) or above[column][0] == above[column][1]:
        return None
    return [(line.start() + indent, line.start() + end)]


_WRAPPED_WORDS = 3


def _aligned(cells: list[tuple[int, int]], line_start: int, starts: list[int]) -> tuple[tuple[int, int], ...] | None:
    """The row's cells placed under the header's columns, or None if a cell starts between columns."""
    placed = [(line_start + start, line_start + start) for start in starts]  # empty until a cell fills it
    for cell_start, cell_end in cells:
        offset = cell_start - line_start
        column = next((i for i, s in enumerate(starts) if abs(s - offset) <= _ALIGN_SLACK), None)
        if column is None:
            return None
        placed[column] = (cell_start, cell_end)
    return tuple(placed)


# A row whose cell outgrew its column ("Ann Example-Example Minute taker" under "Name   Role"):
# the next cell starts one space after it, under its heading or pushed right of it. Read only
# inside a table already begun, never for a line of prose (see ``_overflowed``).
_WORD = re.compile(r"\S+")
_OVERFLOW_MAX_PUSH = 16  # how far past its heading an outgrown cell may push the next one
_OVERFLOW_LONGER = 24  # ... and how much longer than the header such a row may be
_PROSE_WORDS = frozenset(
    "the a an and was were to with that has had is are of in for on at by this it he she they her his their "
    "but not who which when from".split())
_MAX_PROSE_WORDS = 2
_SHAPE_ROWS = 5  # rows below an outgrown one that say what its columns hold


def _shape(text: str) -> str:
    return "digit" if text[:1].isdigit() else "upper" if text[:1].isupper() else "other"


def _runs_over(cells: tuple[tuple[int, int], ...], line_start: int, starts: list[int]) -> bool:
    """Whether a cell runs on past the next heading into a column the row leaves empty."""
    return any(start < end and end - line_start > starts[column + 1] and cells[column + 1][0] == cells[column + 1][1]
               for column, (start, end) in enumerate(cells[:-1]))


def _column_shapes(text: str, block: list[tuple[tuple[int, int], ...]], below: list[re.Match[str]],
                   starts: list[int]) -> list[set[str]]:
    """How each column's values start (a digit, a capital), read from the table's aligned rows
    above an outgrown row and the few right below it."""
    rows = list(block[1:])
    for line in below:
        cells = _spaced_cells(line, minimum=1)
        aligned = cells is not None and _aligned(cells, line.start(), starts)
        if not aligned:
            break
        rows.append(aligned)
    shapes: list[set[str]] = [set() for _ in starts]
    for row in rows:
        for column, (start, end) in enumerate(row):
            if start < end:
                shapes[column].add(_shape(text[start:end]))
    return shapes


def _overflowed(line: re.Match[str], starts: list[int], header_width: int,
                shapes: list[set[str]]) -> tuple[tuple[int, int], ...] | None:
    """The cells of a table row one of whose cells outgrew its column, or None.

    The first cell starts under the first heading. A cell that runs past the next heading
    ends at the single space after which a word starts under that heading or, failing
    that, pushed right of it by the overflow (the smallest push, preferring a word that
    starts the way the column's other values start); a cell separated by two spaces that
    starts right of its heading is pushed there by the one before. A line of prose (a full
    stop at its end, several function words, much longer than the header) is no such row.
    """
    body = line.group()
    base = line.start()
    stripped = body.rstrip()
    if (stripped.endswith(".") or len(stripped) > header_width + _OVERFLOW_LONGER
            or sum(w.lower() in _PROSE_WORDS for w in stripped.split()) > _MAX_PROSE_WORDS):
        return None
    words = [(m.start(), m.end()) for m in _WORD.finditer(body)]
    if not words or abs(words[0][0] - starts[0]) > _ALIGN_SLACK:
        return None
    placed = [(base + start, base + start) for start in starts]
    column, cell_start, cell_end = 0, words[0][0], words[0][1]
    split = False  # a cell boundary found at a single space: what this reading adds
    for index, (start, end) in enumerate(words[1:], 1):
        gap = start - cell_end
        later = [c for c in range(column + 1, len(starts)) if abs(starts[c] - start) <= _ALIGN_SLACK]
        crossed = column + 1 < len(starts) and cell_end > starts[column + 1]
        if later:
            new_column = later[0]
        elif gap >= 2 and column + 1 < len(starts) and start > starts[column + 1]:
            new_column = column + 1  # pushed right by the cell before
        elif (gap == 1 and crossed and column + 1 < len(starts)
              and 0 < start - starts[column + 1] <= _OVERFLOW_MAX_PUSH
              and _best_push(body, words[index:], starts[column + 1], shapes[column + 1]) == start):
            new_column = column + 1
        elif gap >= 2:
            return None  # a cell that starts between columns: not this table's row
        else:
            cell_end = end
            continue
        placed[column] = (base + cell_start, base + cell_end)
        split = split or gap == 1
        column, cell_start, cell_end = new_column, start, end
    placed[column] = (base + cell_start, base + cell_end)
    return tuple(placed) if split else None


_HEADER_ROWS = 30  # the rows below a header that may show where its columns start


def _header_split_by_rows(text: str, lines: list[re.Match[str]], index: int,
                          header: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A header whose heading filled its column ("Relationship Date of birth", one space apart)
    split where the rows below start a cell: at a word inside a heading under which most of
    the rows (cells two spaces apart) start one."""
    if not any(" " in text[start:end] for start, end in header):
        return header
    base = lines[index].start()
    row_starts: list[set[int]] = []
    for line in lines[index + 1:index + 1 + _HEADER_ROWS]:
        if text.count("\n", base, line.start()) > len(row_starts) + 1:
            break  # a blank line ends the table
        base_of_line = line.start()
        if _RULE_LINE.fullmatch(line.group()) or "  " not in line.group().strip():
            row_starts.append(set())
            base = base_of_line
            continue
        row_starts.append({m.start() for m in _SPACED_CELL.finditer(line.group())})
        base = base_of_line
    rows = [starts for starts in row_starts if starts]
    if not rows:
        return header
    split: list[tuple[int, int]] = []
    line_start = lines[index].start()
    for start, end in header:
        cell_start = start
        for word in _WORD.finditer(text, start, end):
            offset = word.start() - line_start
            if word.start() == cell_start or text[word.start() - 2] == " ":
                continue
            under = sum(any(abs(offset - s) <= _ALIGN_SLACK for s in starts) for starts in rows)
            if 2 * under > len(rows):
                split.append((cell_start, word.start() - 1))
                cell_start = word.start()
        split.append((cell_start, end))
    return split


def _best_push(body: str, words: list[tuple[int, int]], heading: int, shapes: set[str]) -> int | None:
    """Where the cell after an outgrown one starts, among the words ahead on the line."""
    candidates = [start for start, _ in words if 0 < start - heading <= _OVERFLOW_MAX_PUSH
                  and body[start - 1] == " " and body[start - 2:start - 1] != " "]
    if not candidates:
        return None
    matching = [start for start in candidates if _shape(body[start:]) in shapes]
    return (matching or candidates)[0]


def _label_end(body: str) -> int | None:
    # a form typed with a spaced dash between label and value ("Date of birth - 3 May 2019") is
    # the same form: the dash is the separator (the value is read after it)
    dash = _DASH_SEPARATOR.search(body, 0, _MAX_LABEL + 2)
    positions = [p for p in (body.find("\t"), body.find(":"), dash.start() + 1 if dash else -1) if 0 < p <= _MAX_LABEL]
    if not positions:
        return None
    cut = min(positions)
    number = _ITEM_NUMBER.match(body)
    if _SENTENCE_END.search(body, number.end() if number else 0, cut):
        return None  # "... for 2007. A<TAB>Form(s)": the end of a sentence, not a label
    return cut


_SENTENCE_END = re.compile(r"[a-z0-9)][.!?][ ]+[A-Z0-9]")
_DASH_SEPARATOR = re.compile(r"(?<=[^\W\d_)])[ ][-\u2013\u2014][ ]")
# A form's question number before its label ("Q1. Review subject:", "4a. Child's name:", "1.2",
# "b.", "iv.", "(3) Name:") is no sentence ending before the label.
_ITEM_NUMBER = re.compile(
    r"[ \t]*(?:Q|Question[ ]|Section[ ]|Part[ ])?(?:\d{1,2}(?:\.\d{1,2})*[a-z]?|[a-z]|[ivx]{1,4}|\(\w{1,4}\))[.)]?[ ]+(?=[A-Z])")


# A form whose cells were extracted one per line: each label alone on its line, its value on the
# line below ("Name of child" / "Ann Example" / "Date of birth" / "03/09/2019"). The label is a
# short line without a sentence's end; the value a short line too, and the pair sits among other
# such pairs (the line after the value is short as well, or the text ends), so a heading over a
# paragraph is not read as a label.
_STACKED_MAX_WORDS = 6
_STACKED_MAX_LINE = 60


def stacked_label_values(text: str, label: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Spans of the value lines right below a line that is only a label like ``label``."""
    lines = list(_LINE.finditer(text))
    for index, line in enumerate(lines[:-1]):
        body = line.group().strip().rstrip(":").rstrip()
        if not body or not _stacked_label(body) or not label.search(body):
            continue
        value = lines[index + 1]
        if not _stacked_gap(text, line, value) or not _stacked_value(value.group().strip()):
            continue
        after = lines[index + 2] if index + 2 < len(lines) else None
        if after is not None and not _stacked_short(after.group().strip()):
            continue
        start = value.start() + len(value.group()) - len(value.group().lstrip())
        yield start, value.start() + len(value.group().rstrip())


def labelled_values(text: str) -> Iterator[tuple[str, int, int]]:
    """(label, value start, value end) of every form value, ``Label: value`` or the stacked
    label-then-value lines; the label lower-cased, its spaces collapsed, so one label's rows match."""
    for start, end, body, cut in _labelled_lines(text):
        value_start = cut + 1
        while value_start < len(body) and body[value_start] in " \t":
            value_start += 1
        if value_start < len(body):
            yield " ".join(body[:cut].lower().split()), start + value_start, end
    lines = list(_LINE.finditer(text))
    for index, line in enumerate(lines[:-1]):
        body = line.group().strip().rstrip(":").rstrip()
        value = lines[index + 1]
        if body and _stacked_label(body) and _stacked_gap(text, line, value) and _stacked_value(value.group().strip()):
            start = value.start() + len(value.group()) - len(value.group().lstrip())
            yield " ".join(body.lower().split()), start, value.start() + len(value.group().rstrip())


def _stacked_gap(text: str, line: re.Match[str], value: re.Match[str]) -> bool:
    """The value on the next line, or after one blank line (an extractor's empty paragraph per cell)."""
    return text.count("\n", line.end(), value.start()) in (1, 2)


_STACKED_LABEL_WORDS = 5


def _stacked_label(body: str) -> bool:
    """A label's line: a few words, no comma ("Ann Example, Lead Reviewer" is a signature line)."""
    return _stacked_short(body) and "," not in body and len(body.split()) <= _STACKED_LABEL_WORDS


def _stacked_value(body: str) -> bool:
    """A value's line: short, and no label of its own ("Distribution:" opens a list)."""
    return _stacked_short(body) and not body.endswith(":")


def _stacked_short(body: str) -> bool:
    return (0 < len(body) <= _STACKED_MAX_LINE and len(body.split()) <= _STACKED_MAX_WORDS
            and not body.endswith((".", ";", ",")) and "\t" not in body and ": " not in body)


def cells_under_header(text: str, header: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Spans of the cells below a header cell matching ``header`` in a tab-separated table."""
    for cells, columns, _ in _rows_under_header(text, header):
        for index in columns:
            if index < len(cells) and cells[index][0] < cells[index][1]:
                yield cells[index]


def cells_shifted_under_header(text: str, header: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Where a column's value may have moved in a row with fewer cells than its header.

    OCR can read the gap between two cells as a space or a bar ("Ann Example | Daughter<TAB>
    12/03/2019"), merging them: every cell after the merge moves one column left, so the value
    of the header's column is in that column or up to as many columns left of it as the row
    lost. The span runs from the first of those cells to the last.
    """
    for cells, columns, width in _rows_under_header(text, header):
        lost = width - len(cells)
        if lost <= 0:
            continue
        for index in columns:
            first, last = max(0, index - lost), min(index, len(cells) - 1)
            if first <= last:
                yield cells[first][0], cells[last][1]


_Cells = tuple[tuple[int, int], ...]


def _rows_under_header(text: str, header: re.Pattern[str]) -> Iterator[tuple[_Cells, list[int], int]]:
    """(cells, the header's matching columns, the header's cell count) of each row under such a header."""
    columns: list[int] = []
    width = 0
    values = 0  # rows of values read under the current header
    merged = False  # ... a header with empty cells: a merged heading row
    for cells in _rows(text):
        if cells is None:
            columns = []
            continue
        # an export's snake-case headings read with their underscores as spaces ("date_of_birth")
        hits = [i for i, (s, e) in enumerate(cells)
                if e - s <= _MAX_HEADER_CELL and header.search(text[s:e].replace("_", " "))]
        # Under a header, a row whose cell in the header's column is a value ("Ann Example |
        # Senior Social Worker") is a row of values, even when another cell looks like a label.
        # Right under a header, before any value, a row of headings is the header's second row:
        # a merged heading above ("Person" over "Name", "DOB") and the headings proper below.
        in_column = not columns or (not values and merged) or any(i in hits for i in columns if i < len(cells))
        if hits and len(hits) < len(cells) and in_column:
            columns, width, values = hits, len(cells), 0
            merged = any(start == end for start, end in cells)
            continue
        if columns:
            values += 1
            yield cells, columns, width


def in_table_row(text: str, position: int) -> bool:
    """Whether the line holding ``position`` is a table row (tab, pipe or space-aligned cells)."""
    starts, rows = _row_index(text)
    line = bisect.bisect_right(starts, position) - 1
    return 0 <= line < len(rows) and rows[line] is not None


@functools.lru_cache(maxsize=_LAYOUT_CACHE)
def _row_index(text: str) -> tuple[list[int], tuple[tuple[tuple[int, int], ...] | None, ...]]:
    return [line.start() for line in _LINE.finditer(text)], _rows(text)


def row_cells(text: str) -> Iterator[list[tuple[int, int]]]:
    """The cell spans of every tab- or pipe-separated row of ``text``."""
    for cells in _rows(text):
        if cells is not None:
            yield [cell for cell in cells if cell[0] < cell[1]]


def _separator(body: str) -> str | None:
    """How a table row's cells are separated: tabs, pipes (two, or one with spaces round it), or not a row."""
    if "\t" in body:
        return "\t"
    if "|" in body and (body.count("|") >= 2 or " | " in body):
        return "|"
    if body.count(";") >= _MIN_SEMICOLONS and all(
            0 < len(cell.split()) <= _MAX_SEMICOLON_CELL_WORDS for cell in body.split(";")):
        return ";"  # "Ann Example; mother; 03/04/1990; as above": a table typed with semicolons
    if (body.count(",") >= _MIN_SEMICOLONS and ", " not in body and not _DIGIT_COMMA.search(body)
            and all(0 < len(cell.split()) <= _MAX_SEMICOLON_CELL_WORDS for cell in body.split(","))):
        # "101,Example,Ann,26.07.1982": an export's comma-separated row; prose puts a space after
        # its commas, and a number's thousands ("1,200,000") are no cells
        return ","
    return None


_DIGIT_COMMA = re.compile(r"\d,\d")


_MIN_SEMICOLONS = 2
_MAX_SEMICOLON_CELL_WORDS = 6


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
