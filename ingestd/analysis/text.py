"""Text as extraction leaves it, made readable sentence by sentence.

pdfminer wraps every paragraph at the page width, repeats running headers and footers on
every page and marks page breaks with form feeds, so one sentence ("ratified by the Chief /
Officers Group on ...") can be spread over lines and even pages. The analysis stages read
clauses, so they first get the text back into sentences. DOCX text (one paragraph a line,
tab-separated table rows) passes through almost unchanged.
"""

from __future__ import annotations

import re

# A single line break inside a sentence, as PDF extraction leaves them: the next line goes
# on in lower case, or this one stops on a word that cannot end a sentence.
_SOFT_BREAK = re.compile(
    r"(?:(?<=\S)[ \t]*\n(?=[ \t]*[a-z(])"
    r"|\b(?i:on|by|of|the|a|an|and|to|at|was|were|is|dated|from|with|its|their)[ \t]*\n(?=[ \t]*\S)"
    r"|\b(?:no|not|that)[ \t]*\n(?=[ \t]*\S)"
    # A name broken inside a narrow table cell: "Significant / Case Review", "Chief / Officers".
    r"|\b(?:Significant|Case|Learning|Initial|Rapid)[ \t]*\n(?=[ \t]*(?:Case|Review)\b)"
    r"|\bChief[ \t]*\n(?=[ \t]*Officer)|\bOfficers?['’]?[ \t]*\n(?=[ \t]*Group\b))"
)
# Page furniture pdfminer leaves between the pages of one sentence.
_PAGE_NUMBER = re.compile(r"\s*(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*", re.IGNORECASE)
_EDGE = 4


def page_furniture(text: str) -> set[str]:
    """Running headers and footers: lines that sit at a page edge on at least two pages."""
    pages = text.split("\f")
    if len(pages) < 2:
        return set()
    edges: dict[str, int] = {}
    for page in pages:
        content = [line.strip() for line in page.split("\n") if line.strip()]
        for line in set(content[:_EDGE] + content[-_EDGE:]):
            edges[line] = edges.get(line, 0) + 1
    return {line for line, seen in edges.items() if seen >= 2 and not _PAGE_NUMBER.fullmatch(line)}


def _strip_page_furniture(text: str) -> str:
    """Drop running headers, footers and page numbers at the page breaks (form feeds).

    Only lines next to a page edge go, so a sentence that runs over the page break reads on.
    """
    if "\f" not in text:
        return text
    furniture = page_furniture(text)

    def is_furniture(line: str) -> bool:
        stripped = line.strip()
        return not stripped or stripped in furniture or bool(_PAGE_NUMBER.fullmatch(stripped))

    kept_pages = []
    for page in text.split("\f"):
        lines = page.split("\n")
        start, end = 0, len(lines)
        while start < end and is_furniture(lines[start]):
            start += 1
        while end > start and is_furniture(lines[end - 1]):
            end -= 1
        kept_pages.append("\n".join(lines[start:end]))
    return "\n".join(kept_pages)


def _wrap_width(lines: list[str]) -> int:
    """The width prose was wrapped at: a high percentile of the lengths of prose lines."""
    lengths = sorted(len(line.rstrip()) for line in lines
                     if "\t" not in line and "   " not in line.strip() and len(line.strip()) > 20)
    if len(lengths) < 5:
        return 0
    return lengths[int(len(lengths) * 0.9) - 1]


# Word's review comments as text extraction leaves them: an anchor tag (the author's initials and
# the comment's number) run into the commented word ("ratified[AB1] by the COG"), the comment
# itself inline ("2026[Commented [AB1]: A. Bell: check this date]") or as a margin line of its own
# ("Commented [AB1]: ..."). A comment is a reader's note, not the document's words: a date in it
# is no date of the report, and its tag must not split the sentence it sits in.
_COMMENT_TAG = r"\[[A-Z][A-Za-z]{0,3}\d{1,3}\]"
_COMMENT_INLINE = re.compile(rf"\[Comment(?:ed)?\s*{_COMMENT_TAG}\s*:[^\]\n]*\]")
_COMMENT_MARGIN_LINE = re.compile(rf"^[ \t]*Comment(?:ed)?\s*{_COMMENT_TAG}\s*:[^\n]*(?:\n|$)", re.MULTILINE)
_COMMENT_ANCHOR = re.compile(rf"(?<=[^\s\[]){_COMMENT_TAG}")


def without_comments(text: str) -> str:
    """The text with Word comments, their margin lines and their anchor tags taken out."""
    if "[" not in text and "Comment" not in text:
        return text
    text = _COMMENT_INLINE.sub("", text)
    text = _COMMENT_MARGIN_LINE.sub("", text)
    return _COMMENT_ANCHOR.sub("", text)


# A table pasted as "cell; cell; cell" lines: a header of three or more short capitalised cells
# with no digits ("Name; Relationship; D.O.B.; Address"), then rows in the same form. In such a
# text a line of short cells that does not end as a sentence does ("Ann Example; mother;
# 3/8/1980; as above", "COG ratification date; 24.9.25") is a row, and its semicolons separate
# cells, not clauses: they read as the tabs a DOCX table gives. A single "Label; value" row
# with a short value holding a number ("COG ratification date; 24.9.25") is one too.
_SEMICOLON_HEADER = re.compile(r"[ \t]*[A-Z][^;\d\n]{0,30}(?:;[ \t]*[A-Z][^;\d\n]{0,30}){2,}[ \t]*")
_SEMICOLON_LABEL_ROW = re.compile(r"[ \t]*[A-Z][^;.!?\d\n]{0,60};[ \t]*(?=[^;\n]*\d)\S[^;\n]{0,29}")
_MAX_CELL_WORDS = 6


def _semicolon_row(line: str, table: bool) -> bool:
    stripped = line.strip()
    if table and _merged_semicolon_row(stripped):
        return True
    if ";" not in stripped or stripped.endswith((".", "!", "?", ";")):
        return False
    if _SEMICOLON_LABEL_ROW.fullmatch(line) and len(stripped.split(";")[1].split()) <= 3:
        return True
    return table and all(cell.strip() and len(cell.split()) <= _MAX_CELL_WORDS and len(cell.strip()) <= 60
                         for cell in stripped.split(";"))


def _merged_semicolon_row(stripped: str) -> bool:
    """A spreadsheet's heading row over merged cells (";;COG ratification;"): empty cells and short ones."""
    cells = stripped.split(";")
    filled = [cell for cell in cells if cell.strip()]
    return (len(cells) >= 3 and len(filled) < len(cells) and bool(filled) and not re.search(r"[.!?]\s*$", stripped)
            and all(len(cell.split()) <= _MAX_CELL_WORDS and len(cell.strip()) <= 60 for cell in filled))


def _semicolons_as_cells(lines: list[str]) -> list[str]:
    if not any(";" in line for line in lines):
        return lines
    table = any(_SEMICOLON_HEADER.fullmatch(line) for line in lines)
    return [re.sub(r";[ ]?", "\t", line) if _semicolon_row(line, table) else line for line in lines]


# An e-mail's quoted reply or forward marks each line of the quoted message with "> " (">> " one
# level deeper, RFC 3676 section 4.5). The marks are the mail client's, not the message's words:
# without them a sentence the client wrapped ("... approved the learning" / "> review report on")
# reads as one sentence again, and the newest message of a chain is read like any other text.
_QUOTE_MARKS = re.compile(r"^[ \t]*>(?:[ \t]*>)*[ \t]?", re.MULTILINE)


def without_quote_marks(text: str) -> str:
    """The text with e-mail quote marks ("> ", ">> ") taken off the start of its lines."""
    if ">" not in text:
        return text
    return _QUOTE_MARKS.sub("", text)


def reflow(text: str) -> str:
    """Page furniture, Word comments and quote marks removed and soft-wrapped lines joined into their sentences.

    A line break is soft when the next line goes on in lower case, when the line stops on a
    word that cannot end a sentence, or when the line is as long as the text's wrap width
    and does not end a sentence (the next line starting with a capital: "Chief\nOfficers").
    Table rows (tabs, wide gaps, "|" cells, "; " cells) are never joined.
    """
    lines = _semicolons_as_cells(_strip_page_furniture(without_comments(without_quote_marks(text))).split("\n"))
    width = _wrap_width(lines)
    out = [lines[0]]
    for previous, line in zip(lines, lines[1:]):
        if _soft_break(previous, line, width):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


# A form's "Label: value" row: a short label from a capital, a colon, a value. Two such rows in
# a row are a form, however long ("Date the review report was completed: 7 October 2025" /
# "Outcome endorsed by the Chief Officers Group on: 10 November 2025"), never wrapped prose.
# A form exported by a program labels its rows with field names ("field_date_cpc: 21 Nov 25",
# "field_cog_ratification: ratified by the COG on ..."): lower case, joined by underscores, rows all the same.
_FIELD_ROW = re.compile(r"[ \t]*[a-z][a-z0-9]*(?:_[a-z0-9]+)+:[ \t]+\S")
_LABELLED_ROW = re.compile(r"[ \t]*(?:[A-Z][^.:;!?\n\t]{0,80}|[a-z][a-z0-9]*(?:_[a-z0-9]+)+):[ \t]+\S")


# A line that opens with a date ("02/01/2026", "2026-01-02", "2 Jan 2026", "January 2 2026"): an
# entry of a dated list or a value-first row, whatever its length.
_STARTS_WITH_DATE = re.compile(
    r"[ \t]*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s-]+[A-Za-z]{3,9}\.?,?[\s-]+\d{2,4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b"
)


# A CSV export's row: three cells or more, its commas (outside quoted cells) never followed by a space,
# as a program writes them; a sentence's commas are ("Mrs B, aged 84, lived alone").
_QUOTED_CELL = re.compile(r'"[^"\n]*"')
_CSV_MIN_COMMAS = 2


def _csv_row(line: str) -> bool:
    bare = _QUOTED_CELL.sub("", line.strip())
    return bare.count(",") >= _CSV_MIN_COMMAS and ", " not in bare and " ," not in bare


def _soft_break(previous: str, line: str, width: int) -> bool:
    """Whether the break between two extracted lines falls inside a sentence.

    Judged on the lines as extracted, so a line lengthened by an earlier join does not
    look like a full-width line.
    """
    if _FIELD_ROW.match(line):
        return False  # an exported form's next field, in lower case: a row, not the sentence going on
    if _csv_row(line) or _csv_row(previous):
        return False  # a CSV export's row ("ref,child,referred,COG ratified"): a table's, never a sentence's
    if _SOFT_BREAK.search(previous[-40:] + "\n" + line[:40]):
        return True
    stripped = previous.rstrip()
    if _LABELLED_ROW.match(previous) and _LABELLED_ROW.match(line):
        return False
    if "|" in previous and "|" in line:
        return False  # two rows of a "cell | cell" table ("2 Apr 2025  | date the review began")
    if _STARTS_WITH_DATE.match(previous) and _STARTS_WITH_DATE.match(line):
        return False  # two rows of a dated list ("02/01/2026 — date the review began" / "12/03/2026 — ...")
    return (bool(width) and len(stripped) >= 0.75 * width and len(stripped) >= 40
            and not re.search(r"[.!?:;]$", stripped) and "\t" not in previous and "   " not in stripped
            and "\t" not in line and re.match(r"\s*[A-Za-z0-9(]", line) is not None)


# --- tick boxes ------------------------------------------------------------------------------
# A form's check boxes as DOCX and PDF text give them: ticked (☒ ☑ ■ ✓ ✔ ✗ ✘ [x]) or not
# (☐ □ ❏ [ ]). An option whose box is empty is not what the form says; a ticked one is.
# "[x]", "(x)" and "■" count as boxes only in a text that has empty boxes too: elsewhere "[X]"
# stands in for a withheld name ("Child [X] lived with ...") and "■" is a bullet.
TICKED_BOX = r"(?:☒|☑|■|✓|✔|✗|✘|\[[ ]?[xX✓✔][ ]?\]|(?<![\w)])\([ ]?[xX✓✔][ ]?\))"
EMPTY_BOX = r"(?:☐|□|❏|\[[ ]?\]|(?<![\w)])\([ ]?\))"
_BOX = re.compile(rf"(?P<ticked>{TICKED_BOX})|{EMPTY_BOX}")
_GLYPH_BOX = re.compile(r"(?P<ticked>☒|☑|✓|✔|✗|✘)|☐|□|❏")
_EMPTY_BOX = re.compile(EMPTY_BOX)
# Options written before their boxes ("Ratified by COG   Yes [x]   No [ ]"): the first option is
# the last cell before its box, after a tab, a wide gap, a colon or a question mark.
_CELL_GAP = re.compile(r"\t|[ ]{2,}|[:?|][ ]*")
# A cross on its own after a question ("Ratified by COG: ✗") may mean no as well as a mark: it
# answers nothing yes.
_CROSS = ("✗", "✘")


def _options_after_boxes(line: str, boxes: list[re.Match[str]]) -> tuple[str, list[tuple[bool, str]]]:
    """The label before the first box, and each box's option as the text after it."""
    label = line[:boxes[0].start()]
    options = []
    for index, box in enumerate(boxes):
        end = boxes[index + 1].start() if index + 1 < len(boxes) else len(line)
        options.append((box.group("ticked") is not None, line[box.end():end].strip()))
    return label, options


def _options_before_boxes(line: str, boxes: list[re.Match[str]]) -> tuple[str, list[tuple[bool, str]]] | None:
    """The label, and each box's option as the text before it; None when no cell gap sets them apart."""
    gaps = list(_CELL_GAP.finditer(line, 0, boxes[0].start()))
    if not gaps or not line[gaps[-1].end():boxes[0].start()].strip():
        return None
    label = line[:gaps[-1].end()]
    options, start = [], gaps[-1].end()
    for box in boxes:
        options.append((box.group("ticked") is not None, line[start:box.start()].strip()))
        start = box.end()
    return label, options


def read_tick_boxes(text: str) -> str:
    """A form's tick boxes as the answers they give, each row as "Label: chosen option".

    "Ratified by COG   [x] Yes   [ ] No" reads "Ratified by COG: Yes"; "Ratified by COG  Yes ☐
    No ☒" reads "Ratified by COG: No"; an option on a row of its own reads as the form's status
    when ticked ("☒ Ratified by the COG" is "Status: Ratified by the COG", so the date on the row
    below is the answer's) and is gone when not ("[ ] Learning Review not completed"); a lone
    box after a question answers it yes when ticked, no when empty ("Ratified by COG: ☐").
    """
    if not _BOX.search(text):
        return text
    boxes_of = _BOX if _EMPTY_BOX.search(text) else _GLYPH_BOX
    out = []
    for line in text.split("\n"):
        boxes = list(boxes_of.finditer(line))
        if not boxes:
            out.append(line)
            continue
        if line[boxes[-1].end():].strip() or not line[:boxes[0].start()].strip():
            label, options = _options_after_boxes(line, boxes)
        else:
            parsed = _options_before_boxes(line, boxes)
            if parsed is None and len(boxes) == 1:
                # a lone box after its question ("Ratified by COG: ✔", "Ratified by COG ☐") answers it
                ticked = boxes[0].group("ticked") is not None and boxes[0].group() not in _CROSS
                parsed = line[:boxes[0].start()], [(True, "Yes" if ticked else "No")]
            if parsed is None:
                out.append(line)
                continue
            label, options = parsed
        chosen = "; ".join(option for ticked, option in options if ticked and option)
        indent = line[:len(line) - len(line.lstrip())]
        if label.strip():
            label = label.rstrip(" \t")
            out.append(label + ("" if label.endswith((":", "?", "|")) else ":") + (" " + chosen if chosen else ""))
        elif chosen:
            out.append(indent + "Status: " + chosen)
    return "\n".join(out)
