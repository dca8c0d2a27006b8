"""Dates of birth: a date is personal data only where the text says it is a birth date.

Dates of events stay. A date counts as a date of birth when a cue stands right before it
("DOB", "D.O.B.", "date of birth", "born", "born on the"), when it stands alone in brackets
right after a name ("Ann Example (12/03/2019)", "Child B (Ann Example) (12/03/2019)"),
when a year stands right after "b." or "born" ("b. 1966" in a genogram), when it sits in a table cell (tab- or pipe-separated) whose
row label or column header names a birth date, or when the very same date string was a
birth date elsewhere in the document (propagated by the caller).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ingestd.redaction.layout import cells_shifted_under_header, cells_under_header, label_value_cells
from ingestd.redaction.lexicon import NAME_MONTHS, NOT_NAMES, ORG_HEADS, ROLE_WORDS, TITLES
from ingestd.redaction.model import Finding
from ingestd.redaction.patterns import starting_with

PRIORITY = 80

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?"
DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}"
    r"|(?:[0-2]?\d|3[01])[/.-](?:0?\d|1[0-2])[/.-](?:\d{4}|\d{2})(?!\d)"
    # "11-Dec-2018", "11/Dec/18": a month abbreviation between hyphens or slashes, as clinical
    # and agency systems print dates.
    rf"|(?:[0-2]?\d|3[01])[/-]{_MONTH}[/-](?:\d{{4}}|\d{{2}})(?!\d)"
    # "5 March 2019", "5th of March, 2019", and the deed's "5th day of March 2019"
    rf"|{_DAY}\s(?:day\sof\s|of\s)?{_MONTH},?\s\d{{4}}"
    # "05 Jul 16": a month abbreviation with a two-digit year, as a form or a hurried note writes it
    # ... with its abbreviation's full stop ("6 Sep. 17", "14 Dec. 62")
    rf"|(?:[0-2]?\d|3[01])\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s\d{{2}}(?![\d:])"
    rf"|{_MONTH}\s{_DAY},?\s\d{{4}}"
    rf"|{_MONTH}\s\d{{4}})"
)
# A date as a person's birth date is written in brackets or apposition: its weekday may open it
# and it may be typed in capitals ("(Friday 27th of May 2016)", "(18TH MAY 2009)"); the weekday
# stays outside the date's own span, so the date's other mentions are found without it.
# "Friday the 2nd of February 2018": the weekday may take the ordinal's article with it.
WEEKDAY = r"(?i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ ](?:the[ ])?)"
ANY_CASE_DATE = rf"(?i:{DATE})"
# A date starts with a digit (any script's: ``\\d``) or a month's first letter: ``starting_with``.
_DATE_RE = starting_with(r"\dAaDdFfJjMmNnOoSs\u017f", rf"(?<![\w/.-]){DATE}(?![\w/]|[.-]\d)", re.IGNORECASE)
def _slips(word: str) -> str:
    """A word and its one-slip typings (two letters swapped, one dropped), first letter kept."""
    forms = {word}
    for i in range(1, len(word) - 1):
        forms.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
    for i in range(1, len(word)):
        forms.add(word[:i] + word[i + 1:])
    return "|".join(sorted(forms, key=lambda f: (-len(f), f)))


_CUE = (
    # "date of brith", "dat of birht": a label typed in haste is the same label; "b." is born, but
    # "B. Example" is an initial
    rf"(?:\bDOB|\bD\.\s?O\.\s?B\.?|\b(?:{_slips('date')})\s+of\s+(?:{_slips('birth')})\b|\bborn|\bbirth\s*date|\bbirthday(?![ ](?:party|parties|celebration|card|present|treat|meal))|\bb\.(?-i:(?![ ]?(?!{_MONTH}(?![a-z])|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z][a-z])))"
    # A form's dot leader ("Date of birth ....... 2023-06-22") joins the label to its value, and
    # the value may open with its weekday ("Saturday 13th of December 2014").
    r"[^.;\n\d]{0,30}?(?:\.{2,}[ \t]*)?"
    rf"(?:{WEEKDAY})?"
)
# Every cue starts with b or d ("born", "DOB", "date of birth"): ``starting_with``.
_CUED_DATE = starting_with("BbDd", rf"{_CUE}({DATE})(?![\w/]|[.-]\d)", re.IGNORECASE)
# "b. 1966", "born 1966", "(b.1966)", "year of birth: 1966": a year of birth in a genogram or a
# family list is a date of birth too (it narrows a person down as much as a full date in a
# small family). Only right after the cue, so "born in Fife in 2019" stays prose.
_BIRTH_YEAR = starting_with(
    "BbYy",
    r"(?:(?<![\w.])b\.[ ]?|\bborn[ ](?:in[ ])?|\b(?:year[ ]of[ ]birth|YOB)\b[ ]*:?[ ]*)((?:19|20)\d{2})(?![\w/]|[.-]\d)",
    re.IGNORECASE,
)
# "Ann Example (12/03/2019)": a date alone in brackets right after a name is how family
# members' birth dates are written; an event's date is not bracketed after a person.
# The name may itself be bracketed after a label, as written or already anonymised:
# "Child B (Ann Example) (12/03/2019)", "Child B ([PERSON 2]) (12/03/2019)".
# An age beside the date in the bracket ("(12/03/2019, aged 6)", "(6 yrs; 12/03/2019)"), or the
# date of death after it ("(12/03/2019 - 04/06/2019)"): the first date is still the birth date.
_BRACKET_AGE = r"(?i:(?:now[ ]|then[ ])?(?:aged?[ ])?\d{1,3}(?:[ ]?(?:years?|yrs?|y|months?|mths?)(?:[ ]old)?)?)"
# Square brackets are brackets too: "Adult at risk: Ann Example [7-8-1963]".
BIRTH_BRACKET = (rf"[(\[][ ]?(?:{_BRACKET_AGE}[,;][ ]*)?{WEEKDAY}?(?P<d>{ANY_CASE_DATE})"
                 rf"(?:[,;][ ]*{_BRACKET_AGE}|[ ]*(?:[-\u2013\u2014]|to)[ ]*{ANY_CASE_DATE})?[ ]?[)\]]")
_AFTER_NAME = re.compile(
    rf"(?<![\w'-])(?P<p>[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]*){{0,3}})"
    rf"(?:[ ]\((?:[A-Z][\w'’-]+(?:[ ][\w'’-]+){{0,3}}|\[[A-Z]+[ ]\d+\])\))?[ ]{BIRTH_BRACKET}",
    re.UNICODE,
)
# A bracketed date's phrase that is report vocabulary is an event's or a paper's, not a person's:
# "Decision (Saturday 29th of May 2026)", "Core Group (12/03/2026)"; a relationship or an
# anonymised label is a person ("Mother (12/03/1990)", "Young Person C (07.09.2011)").
_LABEL_WORDS = frozenset(
    "child children young person adult subject baby infant sibling maternal paternal step half older younger foster"
    " kinship birth".split())
# "Ann Example, 03/04/2015; Bo Example, 12/10/2017": in a list of people separated by
# semicolons, the date after each name and a comma is its birth date, like "Ann (03/04/2015)".
# The item must touch a semicolon (ending with one, or following one); a phrase of report
# vocabulary ("Core Group, 03/04/2025; Review, ...") is a meeting, not a person (``listed_births``).
_LISTED_ITEM = rf"(?P<p>[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){{0,3}}),[ ]+(?P<d>{DATE})(?![\w/]|[.-]\d)"
_LISTED_BEFORE = re.compile(rf"(?<![\w'’-]){_LISTED_ITEM}[ ]*\Z", re.UNICODE)
_LISTED_AFTER = re.compile(rf"\s+(?:and\s+)?{_LISTED_ITEM}", re.UNICODE)
_LISTED_LOOK_BACK = 90
_SENTENCE_END = re.compile(r"[.;!?][ ]+(?=[A-Z])|\)[ ]+[a-z]")
# A header or a field label naming a birth date, in any spelling a form or an export uses: "DOB",
# "D.O.B", "D/O/B", "Dt of birth", "Date-of-birth", "date of brith" (one slip), "Birthdate",
# "Birthday" (not a birthday party's date), "Date born".
_BIRTH_HEADER = re.compile(
    rf"\b(?:DOB|D\.O\.B|D/O/B|(?:{_slips('date')}|dt\.?)[\s_-]+of[\s_-]+(?:{_slips('birth')})|born|birth[\s_-]*date"
    r"|birthday(?![ ](?:party|parties|celebration|card|present|treat|meal))|date[\s_-]+born)\b", re.IGNORECASE)


# A family-composition row without a header: a cell that is only a relationship ("Mother",
# "Maternal grandmother", "Child B", "Half-sibling") and a cell that is only a date.
_RELATION = (
    r"(?:(?:maternal|paternal|step|half|foster|kinship|birth|older|younger)[ -]?)?"
    r"(?:mother|father|mum|dad|parent|stepfather|stepmother|grandmother|grandfather|grandparent|"
    r"brother|sister|sibling|son|daughter|aunt|uncle|cousin|carer|partner|child|baby|infant|"
    r"subject[ ](?:child|adult))(?:[{}]s[ ]partner)?(?:[ ]\(?(?:child|young[ ]person|adult)?[ ]?[A-Z]{{1,2}}\)?)?"
).format("'’")

# "her older sibling, Ann Example, 27/08/2008.": a relative named in apposition with a date right
# after the name and a comma, ending the clause, is a family composition written as prose; an
# event's date has a verb or a preposition ("..., on 12/03/2026", "..., 12/03/2026, was seen").
# Found from the date backwards (dates are rare, relationship words are not).
_KIN_BEFORE = re.compile(
    rf"(?i:\b{_RELATION}),?[ ]+(?P<p>[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){{0,3}}),[ ]+{WEEKDAY}?\Z", re.UNICODE)
# ... or the apposition goes on about the person: "a child, Ann Example, 27.4.16, who was 8"
_CLAUSE_END = re.compile(r"[ ]*(?:[.;)]|\n|\Z|,[ ]+(?:who|whose|then|now|aged)\b)")
_KIN_LOOK_BACK = 100

_RELATION_CELL = re.compile(
    rf"(?im)(?:^|(?<=[\t|,])|(?<=[ ][-\u2013\u2014][ ])|(?<=[ ]{{2}}))[ ]*{_RELATION}[ ]*(?=[\t|,]|[ ][-\u2013\u2014][ ]|[ ]{{2}}|$)")
_PROSE_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,}(?![\w'’-])")
# cells a tab, a pipe, a comma, a spaced dash or (a table typed with spaces) two spaces apart
_ROW_SPLIT = re.compile(r"[\t|]|,[ ]|[ ][-\u2013\u2014][ ]|[ ]{2,}")
_STRONG_SEPARATOR = re.compile(r"[\t|]|,[ ]")
_RELATION_ONLY = re.compile(rf"(?i)[ ]*{_RELATION}[ ]*")
# a cell holding a date and nothing else, its weekday and article included ("Friday the 2nd of May 2018")
_WHOLE_DATE = re.compile(rf"[ ]*(?:{WEEKDAY}|the[ ])?({DATE})[ ]*", re.IGNORECASE)


def _family_row_dates(text: str) -> Iterator[tuple[int, int]]:
    lines_seen: set[int] = set()
    for cell in _RELATION_CELL.finditer(text):
        line_start = text.rfind("\n", 0, cell.start()) + 1
        if line_start in lines_seen:
            continue
        lines_seen.add(line_start)
        line_end = text.find("\n", cell.end())
        line_end = len(text) if line_end < 0 else line_end
        position = line_start
        dates: list[tuple[int, int]] = []
        # A row whose only separators are dashes or spaces ("Mother - Ann Example - 14/02/1991") is read
        # strictly: one lower-case word outside a relationship ("Father - 20/01/2026 - moved
        # out") makes it an event.
        prose_limit = 1 if not _STRONG_SEPARATOR.search(text, line_start, line_end) else 3
        for separator in [*_ROW_SPLIT.finditer(text, line_start, line_end), None]:
            cell_end = separator.start() if separator else line_end
            whole = _WHOLE_DATE.fullmatch(text, position, cell_end)
            if whole:
                dates.append((whole.start(1), whole.end(1)))
            elif (len(_PROSE_WORD.findall(text, position, cell_end)) >= prose_limit
                  and not _RELATION_ONLY.fullmatch(text, position, cell_end)):
                dates = []  # "12/03/2026 | Mother | attended the GP with her": a chronology row
                break
            if separator is None:
                break
            position = separator.end()
        yield from dates


def find_dobs(text: str) -> Iterator[Finding]:
    """Yield date-of-birth findings: cued dates and dates under a birth-date header or label."""
    for match in _CUED_DATE.finditer(text):
        yield _finding(text, match.start(1), match.end(1), "dob-cue")
    for match in _BIRTH_YEAR.finditer(text):
        yield _finding(text, match.start(1), match.end(1), "dob-year")
    for match in _AFTER_NAME.finditer(text):
        if _dated_person(match.group("p")):
            yield _finding(text, match.start("d"), match.end("d"), "dob-after-name")
    for date in _DATE_RE.finditer(text):
        if _CLAUSE_END.match(text, date.end()):
            kin = _KIN_BEFORE.search(text, max(0, date.start() - _KIN_LOOK_BACK), date.start())
            if kin and _person_like(kin.group("p")):
                yield _finding(text, date.start(), date.end(), "dob-kin-apposition")
    for match in listed_births(text):
        yield _finding(text, match.start("d"), match.end("d"), "dob-list")
    for start, end in label_value_cells(text, _BIRTH_HEADER):
        # A field's value ends with its sentence: "(DOB: 7 March 2016) lives with ... .
        # Referral received on 16.10.25" is a birth date and then an event's date.
        stop = _SENTENCE_END.search(text, start, end)
        yield from _dates_in(text, start, stop.start() if stop else end, "dob-field")
    yield from _shifted_birth_dates(text)
    for label in _BIRTH_LABEL_LINE.finditer(text):
        # "Date of birth" / "03/09/2019": a form's cells extracted one per line, the value below;
        # a stacked card's "Child's D.O.B.:" with its value on the indented line under it
        below = _LINE_BELOW.match(text, label.end())
        if below:
            yield _finding(text, below.start(1), below.end(1), "dob-field")
    for match in _DATE_THEN_CUE.finditer(text):
        yield _finding(text, match.start(1), match.end(1), "dob-label-after")
    for match in _AGE_THEN_DATE.finditer(text):
        if _person_like(match.group("p")):
            yield _finding(text, match.start("d"), match.end("d"), "dob-after-age")
    for match in _PERSON_LABEL_DATE.finditer(text):
        if _person_like(match.group("p")):
            yield _finding(text, match.start("d"), match.end("d"), "dob-person-label")
    for match in _NAME_DATE_ROW.finditer(text):
        if _person_like(match.group("p")):
            yield _finding(text, match.start("d"), match.end("d"), "dob-name-row")
    for match in _LABEL_NAME_DATE.finditer(text):
        if _person_like(match.group("p")):
            yield _finding(text, match.start("d"), match.end("d"), "dob-label-name")
    for start, end in cells_under_header(text, _BIRTH_HEADER):
        yield from _dates_in(text, start, end, "dob-column")
    for start, end in cells_shifted_under_header(text, _BIRTH_HEADER):
        yield from _dates_in(text, start, end, "dob-column-shifted")
    for start, end in _family_row_dates(text):
        yield _finding(text, start, end, "dob-family-row")
    for match in _BRACKETED.finditer(text):
        if _NOUN_BEFORE.search(text, max(0, match.start() - _NOUN_LOOK_BACK), match.start()):
            yield _finding(text, match.start("d"), match.end("d"), "dob-noun-bracket")
    for question in _QUESTION_END.finditer(text):
        line_start = text.rfind("\n", 0, question.start()) + 1
        if _BIRTH_WORDS.search(text, line_start, question.start()):
            answer = _ANSWER_DATE.match(text, question.end())
            if answer:
                yield _finding(text, answer.start(1), answer.end(1), "dob-answer")
    yield from _age_consistent_dates(text)


def listed_births(text: str) -> Iterator[re.Match[str]]:
    """The "Name, date" items next to each semicolon whose phrase is no report vocabulary;
    ``names`` takes the phrase as a person, this module the date as a birth date. Found from
    the semicolons (rare), each item once."""
    seen: set[int] = set()
    position = text.find(";")
    while position >= 0:
        for match in (_LISTED_BEFORE.search(text, max(0, position - _LISTED_LOOK_BACK), position),
                      _LISTED_AFTER.match(text, position + 1)):
            if match and match.start("p") not in seen and _person_like(match.group("p")):
                seen.add(match.start("p"))
                yield match
        position = text.find(";", position + 1)


def _dated_person(phrase: str) -> bool:
    """A phrase before a bracketed date that may be a person: no report vocabulary outside a
    relationship, an anonymised label or a title ("Mother", "Child B", "Mr Example"; not "Decision")."""
    return not any(
        word.lower() in _VOCABULARY and word.lower() not in _LABEL_WORDS | TITLES and not _RELATION_ONLY.fullmatch(word)
        for word in phrase.split(" ") if len(word) > 1)


def _person_like(phrase: str) -> bool:
    """Words left after leading vocabulary ("Mother Ann Example") and none of them vocabulary."""
    words = phrase.split(" ")
    while words and words[0].lower() in _VOCABULARY:
        words.pop(0)
    return bool(words) and not any(word.lower() in _VOCABULARY for word in words)


_VOCABULARY = NOT_NAMES | ORG_HEADS | ROLE_WORDS | NAME_MONTHS


_EMPTY_BIRTH_LABEL = re.compile(
    r"(?im)^[ \t]*(?:DOB|D\.O\.B\.?|date[ ]of[ ]birth|birth[ ]?date)[ \t]*:?[ \t]*$"
)
# A birth-date label alone on its line, a qualifier before it allowed ("Child's D.O.B.:").
_BIRTH_LABEL_LINE = re.compile(
    r"(?im)^[ \t]*(?:[\w'\u2019]+[ ]){0,3}(?:DOB|D\.O\.B\.?|date[ ]of[ ]birth|birth[ ]?date)[ \t]*:?[ \t]*$"
)
# The label after its value: "03-06-2013 | child's date of birth", "12/03/2019 (DOB)".
_DATE_THEN_CUE = re.compile(
    rf"(?<![\w/.-])({DATE})(?![\w/]|[.-]\d)[ \t]*[|(,:\u2013\u2014-]?[ \t]*(?:[\w'\u2019]+[ ]){{0,2}}"
    r"(?:DOB\b|D\.O\.B|date[ ]of[ ]birth\b|birth[ ]?date\b)",
    re.IGNORECASE,
)
# A family line: a name, an age, a date ("Ann Example, 4, 03/05/2021"): the date is the birth date.
_AGE_THEN_DATE = re.compile(
    rf"(?<![\w'\u2019-])(?P<p>[A-Z][\w'\u2019-]+(?:[ ][A-Z][\w'\u2019-]+){{0,3}}),[ ]+\d{{1,2}}"
    rf"(?:[ ]?(?:years?|yrs?|y)(?:[ ]old)?)?,[ ]+(?P<d>{DATE})(?![\w/]|[.-]\d)",
    re.IGNORECASE,
)
# A label naming a person, its value that person's name and a date, nothing more on the line:
# "Child: Ann Example, 03/05/2021", "Mother: Bo Example - 12.10.1990". An event's date has a
# label of its own ("ICR convened: ..."); a date standing beside a name under a person's label
# is that person's birth date.
_PERSON_LABEL_DATE = re.compile(
    r"(?m)^[ \t]*(?i:(?:the[ ]+)?(?:subject[ ]+)?(?:child|young[ ]person|adult|baby|infant|person|mother|father"
    r"|sibling|brother|sister|parent|carer|client|patient|service[ ]user|pupil)(?:[ ][A-Z0-9]{1,2})?"
    r"(?:[ ]at[ ]risk)?(?:'s)?(?:[ ](?:full[ ])?name)?)[ \t]*:[ \t]*"
    rf"(?P<p>[A-Z][\w'\u2019-]+(?:[ ][A-Z][\w'\u2019.-]*){{0,3}})[ ]*(?:,|[ ][-\u2013\u2014])[ ]*(?P<d>{DATE})[ \t]*$"
)
# A household table without a header: a row of two cells, a full name and a date, nothing else
# ("Ann Example | 26th March 1945"): a chronology row has an event in it, a meeting row a phrase of
# report vocabulary ("Core Group | 12/03/2026"), so the date beside a bare name is the birth date.
_NAME_DATE_ROW = re.compile(
    rf"(?m)^[ \t]*(?P<p>[A-Z][\w'\u2019-]+(?:[ ][A-Z][\w'\u2019-]+){{1,3}})[ \t]*(?:\||\t)[ \t]*"
    rf"{WEEKDAY}?(?P<d>{ANY_CASE_DATE})(?![\w/]|[.-]\d)[ \t]*$")
# A person's label, a name, a comma and a date closing the item ("Re: Ann Example, 2nd of Aug 1988,
# 12 High Street", "(Adult A: Ann Example, 24 nov 1991)"): the subject line of a letter about a
# patient and an anonymised label's gloss give the name with its birth date; a meeting's date has
# a label of its own.
_LABEL_NAME_DATE = re.compile(
    r"(?:^|(?<=[(\n]))[ \t]*(?i:re|(?:the[ ])?(?:subject[ ])?(?:child|young[ ]person|adult|patient|client|service[ ]user)"
    r"(?:[ ][A-Z0-9]{1,2})?(?:[ ]at[ ]risk)?)[ \t]*:[ \t]*"
    rf"(?P<p>[A-Z][\w'\u2019-]+(?:[ ][A-Z][\w'\u2019-]+){{1,3}}),[ ]*{WEEKDAY}?(?P<d>{ANY_CASE_DATE})"
    r"(?![\w/]|[.-]\d)(?=[ \t]*(?:[,)]|\n|\Z))")
_LINE_BELOW = re.compile(rf"(?:[ \t]*\n){{1,3}}[ \t]*({DATE})[ \t]*(?=\n|\Z)", re.IGNORECASE)
_DATE_LABEL = re.compile(r"(?i)\bdate\b|\bdob\b|d\.o\.b|\bborn\b|\bwhen\b")
_DATE_AT_END = re.compile(rf"({DATE})[ \t]*$", re.IGNORECASE)


# "an adult at risk (Jan 25, 1997)", "the child (03.08.15)": a date alone in brackets right after
# a person's noun is that person's birth date, as after a name ("Ann Example (12/03/2019)").
_NOUN_BEFORE = re.compile(
    rf"(?i:\b(?:adult(?:[ ]at[ ]risk(?:[ ]of[ ]harm)?)?|young[ ]person|service[ ]user|{_RELATION}))[ ]\Z")
_BRACKETED = re.compile(BIRTH_BRACKET)  # starts with "(": found fast, then the noun looked for before it
_NOUN_LOOK_BACK = 60
# "Q2. When was Ann born?" / "A. On 21-Jun-38.": the answer to a question about a birth gives the
# birth date, on the answer's first line.
_QUESTION_END = re.compile(r"\?[ \t]*\n")
_BIRTH_WORDS = re.compile(r"(?i)\bborn\b|date[ ]of[ ]birth|\bDOB\b|\bbirthday\b")
_ANSWER_DATE = re.compile(
    rf"(?:[ \t]*\n)?[ \t]*(?:A\d*[.:)]|Answer[.:])?[^\n\d]{{0,20}}?({DATE})(?![\w/]|[.-]\d)", re.IGNORECASE)
# An explicit age in the same sentence as a date that many years before the document's latest
# date: "Ann Example, 14 Feb. 2018, who was 7 years old", "aged 5 (26th December 2019)". The date
# is the birth date whatever words surround it; an event's date is near the report's own year.
_AGE = starting_with("Aa0-9", r"\b(?:aged?[ ](\d{1,3})\b|(\d{1,3})[ -]?(?:years?|yrs?)(?:[ -]old|-old)\b)", re.IGNORECASE)
_YEAR_IN_DATE = re.compile(r"(\d{4}|\d{2})\s*\Z")
_MONTH_YEAR = re.compile(rf"{_MONTH}\s\d{{4}}", re.IGNORECASE)
_FOUR_DIGIT_YEAR = re.compile(r"(\d{4})\s*\Z")
_SENTENCE_STOP = re.compile(r"\n|[.!?](?=\s+[A-Z(]|\s*\Z)")
_AGE_LOOK_BACK = 200  # characters a sentence's age is looked for on either side of its date
_MIN_AGE = 2  # a baby's age in months or a year says too little about a date's year
_AGE_SLACK = 2  # a birthday not yet reached; an age at the referral, a year or two before the report


def _date_year(surface: str, latest: int) -> int | None:
    match = _YEAR_IN_DATE.search(surface.rstrip(".)"))
    if not match:
        return None
    year = int(match.group(1))
    if len(match.group(1)) == 2:
        year += 2000 if 2000 + year <= latest else 1900
    return year


def _age_consistent_dates(text: str) -> Iterator[Finding]:
    """Dates whose year is an age mentioned in their sentence before the document's latest year."""
    ages = list(_AGE.finditer(text))
    if not ages:
        return
    starts = [age.start() for age in ages]
    dates = list(_DATE_RE.finditer(text))
    four_digit = [int(m.group(1)) for d in dates if (m := _FOUR_DIGIT_YEAR.search(d.group().rstrip(".)")))]
    latest = max((y for y in four_digit if 1900 <= y <= 2100), default=0)
    if not latest:
        return  # with only two-digit years there is no century to tell an age by
    for date in dates:
        near = bisect.bisect_left(starts, date.start() - _AGE_LOOK_BACK)
        if near == len(starts) or starts[near] > date.end() + _AGE_LOOK_BACK:
            continue  # no age within reach: most dates
        year = _date_year(date.group(), latest)
        if year is None or _MONTH_YEAR.fullmatch(date.group()):
            continue  # "in March 2007, when she was 18": a month and a year is an event's time
        reach = max(0, date.start() - _AGE_LOOK_BACK)
        start = max((m.end() for m in _SENTENCE_STOP.finditer(text, reach, date.start())), default=reach)
        stop = _SENTENCE_STOP.search(text, date.end())
        end = stop.start() if stop else len(text)
        for age in ages[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]:
            if age.end() > end:
                continue
            value = int(age.group(1) or age.group(2))
            if value >= _MIN_AGE and abs(latest - year - value) <= _AGE_SLACK:
                yield _finding(text, date.start(), date.end(), "dob-age-consistent")
                break


def _shifted_birth_dates(text: str) -> Iterator[Finding]:
    """A birth-date label left without its value, the value at the end of the row above.

    OCR of a skewed form reads the value column a row out of step with the labels:
    "Child's name:<TAB>Ann Example 10-08-2020" / "Date of birth:" with nothing after it. The
    date ending the row above is this label's value unless that row's own label names a date.
    """
    for label in _EMPTY_BIRTH_LABEL.finditer(text):
        above_end = label.start() - 1
        if above_end <= 0:
            continue
        above_start = text.rfind("\n", 0, above_end) + 1
        above = text[above_start:above_end]
        head = re.split(r"[:\t]", above, maxsplit=1)[0]
        date = _DATE_AT_END.search(above)
        if date and not _DATE_LABEL.search(head) and ("\t" in above or ":" in above):
            yield _finding(text, above_start + date.start(1), above_start + date.end(1), "dob-field-shifted")


def find_dates(text: str) -> Iterator[tuple[int, int]]:
    """Every date-like stretch (used to propagate a birth date to its other mentions)."""
    for match in _DATE_RE.finditer(text):
        yield match.start(), match.end()


def _dates_in(text: str, start: int, end: int, rule: str) -> Iterator[Finding]:
    for match in _DATE_RE.finditer(text, start, end):
        yield _finding(text, match.start(), match.end(), rule)


def _finding(text: str, start: int, end: int, rule: str) -> Finding:
    return Finding(start, end, "dob", PRIORITY, "dob:" + " ".join(text[start:end].lower().split()), rule)
