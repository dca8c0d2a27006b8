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


def reflow(text: str) -> str:
    """Page furniture removed and soft-wrapped lines joined into their sentences.

    A line break is soft when the next line goes on in lower case, when the line stops on a
    word that cannot end a sentence, or when the line is as long as the text's wrap width
    and does not end a sentence (the next line starting with a capital: "Chief\nOfficers").
    Table rows (tabs, wide gaps) are never joined.
    """
    lines = _strip_page_furniture(text).split("\n")
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
_LABELLED_ROW = re.compile(r"[ \t]*[A-Z][^.:;!?\n\t]{0,80}:[ \t]+\S")


def _soft_break(previous: str, line: str, width: int) -> bool:
    """Whether the break between two extracted lines falls inside a sentence.

    Judged on the lines as extracted, so a line lengthened by an earlier join does not
    look like a full-width line.
    """
    if _SOFT_BREAK.search(previous[-40:] + "\n" + line[:40]):
        return True
    stripped = previous.rstrip()
    if _LABELLED_ROW.match(previous) and _LABELLED_ROW.match(line):
        return False
    return (bool(width) and len(stripped) >= 0.75 * width and len(stripped) >= 40
            and not re.search(r"[.!?:;]$", stripped) and "\t" not in previous and "   " not in stripped
            and "\t" not in line and re.match(r"\s*[A-Za-z0-9(]", line) is not None)
