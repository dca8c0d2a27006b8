"""Validated patterns for identifiers: e-mail, phone, CHI, NHS and National Insurance numbers.

Every pattern is a single pass with bounded repetition (no nested quantifiers), so a 5 MB
text costs linear time. Number-like matches are validated before they are reported: a CHI
number has a real DDMMYY birth date and a mod-11 check digit, an NHS number a mod-11 check
digit, a phone number the digit count of a UK (or +country) number. A label right before
the number ("CHI", "NHS number") is accepted instead of a checksum, because a mistyped
identifier is still an identifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import phonenumbers

from ingestd.redaction.keep import Protected
from ingestd.redaction.layout import cells_under_header, label_value_cells
from ingestd.redaction.model import Finding

PRIORITY = 90

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?){1,8}"
)

# UK numbers: 0 + 9 or 10 digits, grouped by spaces, dashes or an area code in brackets;
# +44 with an optional (0); other countries as + followed by digit groups.
_PHONE = re.compile(
    r"(?<![\w+/.-])(?:"
    r"\(0\d{2,5}\)[ -]?\d{3,4}[ -]?\d{3,4}"
    r"|(?:\+44[ -]?(?:\(0\)[ -]?)?|0)\d{2,5}(?:[ -]?\d{2,4}){1,3}"
    r"|\+(?:[1-9]\d{0,2})(?:[ -]?\(?\d{1,4}\)?){2,5}"
    r")(?![\w/-]|\.\d)"
)

# The same, for a number that a line break split ("07700 900\n861", "(01632)\n960123"): tried
# only where the one-line pattern found nothing, so a number followed by a digit on the next
# line is not read as one longer invalid number.
_PHONE_WRAPPED = re.compile(_PHONE.pattern.replace("[ -]?", "[ \n-]?"))

# Where the library's matcher is asked to look: a run of at least eight digits with the separators
# people type between groups, an optional leading + or (, and an extension after it.
# Not inside a reference ("CR/01632/960731") or a word; an ISBN is a book's number, not a phone's.
_EXTENSION = re.compile(r"[ ,]*(?:ext\.?|extension|x\.?)[ ]*\d{1,6}\b", re.IGNORECASE)
_PHONE_CANDIDATE = re.compile(r"(?<![\w/])(?<!ISBN )(?<!ISBN: )(?<!ISBN-1[03] )[+(]?\d(?:[ ().\-/\u00a0]{0,3}\d){7,}"
                              rf"(?:{_EXTENSION.pattern})?", re.IGNORECASE)
_DIALLING_PREFIX = re.compile(r"(?:\+\d{1,3}[ -]?(?:\(0\))?|\(0\))[ -]?\Z")

_TEN_DIGITS = re.compile(r"(?<![\w/.-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\w/-]|\.\d)")
_CHI_GROUPED = re.compile(r"(?<![\w/.-])(\d{6})[ -](\d{4})(?![\w/-]|\.\d)")
_NI = re.compile(
    r"(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"[\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?[A-D](?![A-Za-z0-9])"  # a space may be a line break
)
# A National Insurance number typed in lower case ("ab123456c") is one when a label names it:
# unlabelled, a lower-case code of that shape is too often something else's reference.
# The label is enough evidence for a typing slip too: a prefix the rules never issue ("QQ"), a
# missing or out-of-range final letter.
# The groups may be typed apart with a space, a dash or a full stop ("AB-12-34-56-C", "ab.12.34.56.c").
_NI_ANY_CASE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?\d{2}(?:[\s.-]?[A-Z])?(?![A-Za-z0-9])",
                          re.IGNORECASE)
# The label's words, and the bare letters of a field's label ("NI:", "N.I. -", "NI #"): a short
# label is how forms and registers name the field, and the code's shape after it does the rest
# (round 17; "NI" in running text, Northern Ireland, has no field separator after it).
_NI_WORDS = (r"national\s+insurance(?:\s+(?:number|no\.?))?|nat(?:ional|\.)?\s*ins(?:urance\b|\.)?\s*(?:number|no\b\.?)?"
             r"|N\.?I\.?\s*(?:number|no\b\.?)|NINO")
_NI_BARE = r"\bN\.?I\.?(?:[ \t]*[:#=|\t\u2013\u2014-])"
# ... and the capitals right before the code, as a table row or a list types it ("| NI ab123456c")
_NI_LABEL = re.compile(rf"(?i)(?:\b(?:{_NI_WORDS})\W{{0,4}}|{_NI_BARE}[ \t]*|(?-i:\bNI[ ]))\Z")
# a cheap gate: any of those labels anywhere in the text (``_NI_FIELD``'s bare column heading too)
_NI_LABEL_ANYWHERE = re.compile(rf"(?i)\b(?:{_NI_WORDS})|{_NI_BARE}|(?m:\bN\.?I\.?$)|(?-i:\bNI[ ])")
# A field or a column so labelled, however far its value stands ("NI number:   ab123456c", a
# register's "NI" column).
_NI_FIELD = re.compile(rf"(?i)\b(?:{_NI_WORDS})\b|^N\.?I\.?$")
# Ten digits that a line break split ("943 476\n5919"): read as one number only across one break.
_TEN_DIGITS_WRAPPED = re.compile(r"(?<![\w/.-])(\d{3})(?:[ ]?\n|[ ])(\d{3})(?:[ ]?\n|[ ])(\d{4})(?![\w/-]|\.\d)")
# "[0101011234 / 0131 496 0000 / ab 123456 c]": an identifiers block in brackets after a name; a
# code of the NI number's shape in any case, beside a ten-digit CHI or NHS number, is the NI number.
_ID_BRACKET = re.compile(r"[\[(]([^\[\]()\n]{0,80})[\])]")
_ID_SEPARATOR = re.compile(r"[ ]*[/,;|][ ]*")
_LABEL_WINDOW = 30
_CHI_LABEL = re.compile(r"\bCHI\b(?:\s*(?:number|no\.?|#))?", re.IGNORECASE)
_NHS_LABEL = re.compile(r"\bNHS\s*(?:number|no\b\.?|#)", re.IGNORECASE)


def find_identifiers(text: str) -> Iterator[Finding]:
    """Yield e-mail, phone, CHI, NHS and NI findings in ``text``."""
    yield from _emails(text)
    # spans already claimed by an identifier: sorted, so a long text's thousands of numbers stay linear
    taken = Protected([])
    for finding in _health_numbers(text):
        if _DIALLING_PREFIX.search(text, max(0, finding.start - 12), finding.start):
            continue  # "+44 (0)131 496 0911": a phone number's digits after its country code, not an NHS number
        if not taken.overlaps(finding.start, finding.end):
            taken.add(finding.start, finding.end)
        yield finding
    for match in _NI.finditer(text):
        yield Finding(match.start(), match.end(), "ni", PRIORITY, "ni:" + _digits_letters(match.group()), "ni")
    ni_fields: list[tuple[int, int]] | None = None  # labelled fields and columns, read on first need
    for match in _NI_ANY_CASE.finditer(text) if _NI_LABEL_ANYWHERE.search(text) else ():
        if _NI.fullmatch(match.group()):
            continue
        labelled = bool(_NI_LABEL.search(text, max(0, match.start() - _LABEL_WINDOW), match.start()))
        if not labelled:
            if ni_fields is None:
                ni_fields = _labelled_cells(text, _NI_FIELD)
            labelled = bool(_inside(ni_fields, match.start(), match.end()))
        if labelled:
            yield Finding(match.start(), match.end(), "ni", PRIORITY,
                          "ni:" + _digits_letters(match.group().upper()), "ni-label")
    for bracket in _ID_BRACKET.finditer(text) if "/" in text or "," in text else ():
        parts = _ID_SEPARATOR.split(bracket.group(1))
        if len(parts) < 2 or not any(_TEN_DIGITS.fullmatch(p.strip()) for p in parts):
            continue
        for match in _NI_ANY_CASE.finditer(text, bracket.start(1), bracket.end(1)):
            if not _NI.fullmatch(match.group()):
                yield Finding(match.start(), match.end(), "ni", PRIORITY,
                              "ni:" + _digits_letters(match.group().upper()), "ni-id-block")
    phones = [m for m in _PHONE.finditer(text) if _is_phone(m.group())]
    if "\n" in text:
        spans = [(m.start(), m.end()) for m in phones]
        phones += [m for m in _PHONE_WRAPPED.finditer(text) if "\n" in m.group() and _is_phone(m.group())
                   and not any(s < m.end() and m.start() < e for s, e in spans)]
    for match in phones:
        if taken.overlaps(match.start(), match.end()):
            continue
        extension = _EXTENSION.match(text, match.end())  # "ext. 4471" goes with its number
        end = extension.end() if extension else match.end()
        taken.add(match.start(), end)
        rule = "phone-wrapped" if "\n" in match.group() else "phone"
        yield Finding(match.start(), end, "phone", PRIORITY - 1, "phone:" + _digits(match.group()), rule)
    yield from _formatted_phones(text, taken)


def _formatted_phones(text: str, taken: Protected) -> Iterator[Finding]:
    """Phone numbers in the formats people type that the pattern above does not know.

    libphonenumber (the ``phonenumbers`` package, Google's metadata for every country) reads
    full stops and slashes between groups, the ``00`` international prefix, a ``(0)`` after any
    country code and extensions; a hand-written pattern for each of those would lag behind it.
    Its lenient matcher also offers dates and references, so a match counts only with a phone
    number's digit count (``_is_phone``): a national number starts with 0, an international one
    is one the metadata calls possible. Validity is not asked for: the fictional ranges reports
    use (Ofcom's drama numbers) are possible, not valid.
    """
    for candidate in _PHONE_CANDIDATE.finditer(text):
        if taken.covers(candidate.start(), candidate.end()):
            continue
        yield from _library_phones(text, candidate.start(), candidate.end(), taken)


def _library_phones(text: str, begin: int, stop: int, taken: Protected) -> Iterator[Finding]:
    """The matcher's phone numbers in ``text[begin:stop]`` (one candidate run: the matcher is slow on a whole text)."""
    for match in phonenumbers.PhoneNumberMatcher(text[begin:stop], "GB", leniency=phonenumbers.Leniency.POSSIBLE):
        start, end, raw = begin + match.start, begin + match.end, match.raw_string
        if taken.overlaps(start, end):
            continue
        number = match.number
        if not raw.startswith(("+", "00")) and not raw.lstrip("(").startswith("0"):
            continue  # a national number is dialled from its trunk 0
        # the count without an extension ("ext. 4471"), which is redacted with its number
        international = f"+{number.country_code}{'0' if number.italian_leading_zero else ''}{number.national_number}"
        if not (phonenumbers.is_possible_number(number) and _is_phone(international)):
            continue
        taken.add(start, end)
        yield Finding(start, end, "phone", PRIORITY - 1, "phone:" + _digits(raw), "phone-format")


def _emails(text: str) -> Iterator[Finding]:
    for match in _EMAIL.finditer(text):
        end = match.end()
        while text[end - 1] in ".-":  # a full stop after an address ends the sentence
            end -= 1
        yield Finding(match.start(), end, "email", PRIORITY, "email:" + text[match.start():end].lower(), "email")


def _health_numbers(text: str) -> Iterator[Finding]:
    """CHI and NHS numbers: both are ten digits with a mod-11 check digit; CHI starts DDMMYY."""
    seen: set[int] = set()
    candidates = [(m.start(), m.end(), m.group(1) + m.group(3) + m.group(4)) for m in _TEN_DIGITS.finditer(text)]
    candidates += [(m.start(), m.end(), m.group(1) + m.group(2)) for m in _CHI_GROUPED.finditer(text)]
    candidates += [(m.start(), m.end(), m.group(1) + m.group(2) + m.group(3))
                   for m in _TEN_DIGITS_WRAPPED.finditer(text) if m.group().count("\n") == 1]
    cells: dict[str, list[tuple[int, int]]] = {}  # labelled fields and columns, read on first need

    def in_cells(kind: str, label: re.Pattern[str], start: int, end: int) -> int:
        if kind not in cells:
            cells[kind] = _labelled_cells(text, label) if label.search(text) else []
        return _inside(cells[kind], start, end)

    for start, end, digits in sorted(candidates):
        if start in seen:
            continue
        seen.add(start)
        before = text[max(0, start - _LABEL_WINDOW):start]
        # A label on the line above names this number only when the number opens its line
        # ("NHS number:" / "943 476 5919"); otherwise it heads a column of another cell.
        line_break = before.rfind("\n")
        if line_break >= 0 and before[line_break + 1:].strip():
            before = before[line_break + 1:]
        # A label right before the number, or the number in a field or column labelled so.
        chi_label = _last_label(_CHI_LABEL, before) or in_cells("chi", _CHI_LABEL, start, end)
        nhs_label = _last_label(_NHS_LABEL, before) or in_cells("nhs", _NHS_LABEL, start, end)
        if chi_label > nhs_label:
            category, rule = "chi", "chi-label"
        elif nhs_label > chi_label:
            category, rule = "nhs", "nhs-label"
        elif not mod11_valid(digits):
            continue
        elif _ddmmyy_valid(digits):
            category, rule = "chi", "chi-checksum"
        else:
            category, rule = "nhs", "nhs-checksum"
        yield Finding(start, end, category, PRIORITY + 1, category + ":" + digits, rule)


def _labelled_cells(text: str, label: re.Pattern[str]) -> list[tuple[int, int]]:
    return [*label_value_cells(text, label), *cells_under_header(text, label)]


def _inside(cells: list[tuple[int, int]], start: int, end: int) -> int:
    """1 when ``[start, end)`` lies in one of ``cells`` (a weaker label than one right before it)."""
    return int(any(s <= start and end <= e for s, e in cells))


def _last_label(pattern: re.Pattern[str], before: str) -> int:
    """Position (1-based) of the last label in the window before a number, 0 when none."""
    last = 0
    for match in pattern.finditer(before):
        last = match.end()
    return last


def mod11_valid(digits: str) -> bool:
    """The NHS / CHI check: weights 10..2 on nine digits; 11 - sum mod 11 is the tenth (11 -> 0)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _ddmmyy_valid(digits: str) -> bool:
    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    try:
        date(2000 + year, month, day)
    except ValueError:
        return False
    return True


def _is_phone(raw: str) -> bool:
    digits = _digits(raw)
    if raw.startswith("+"):
        if digits.startswith("44"):
            national = digits[2:]
            if national.startswith("0"):
                national = national[1:]
            return 9 <= len(national) <= 10
        return 8 <= len(digits) <= 15
    return 10 <= len(digits) <= 11 and digits[1] != "0"


def _digits(raw: str) -> str:
    return "".join(ch for ch in raw if ch.isdigit())


def _digits_letters(raw: str) -> str:
    return "".join(ch for ch in raw if ch.isalnum()).upper()
