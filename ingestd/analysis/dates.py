"""UK dates, and the date on which the Chief Officers Group ratified a review's outcome.

Scottish reports write dates day first, in many styles ("3rd November 2026", "03/11/2026",
"Tuesday 3 Nov 2026", "19.05.2026", "28th of July 2026"). ``03/11/2026`` is always
3 November: there is no month-first reading here.

Finding *the* ratification date is a judgement over every date in the text. Each date is
scored from the words of its own clause (a ratify verb, the COG, "deferred", "born",
"ICR met" ...). The promise is conservative: a wrong date filed silently would mark a
report on time or late wrongly, so an ambiguous or impossible answer gives ``None`` and
the record goes to a person as "unknown".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}

_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY_RE = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?"
)
_YEAR_RE = r"(?:\d{4}|'?\d{2})"

# One pattern for every written form; parse_uk_date() decides whether the match is a real date.
DATE_PATTERN = re.compile(
    rf"""
    (?<![\w/.\-])
    (?:(?P<weekday>{_WEEKDAY_RE}),?\s+(?:the\s+)?)?
    (?:
        (?P<tday>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+(?P<tmonth>{_MONTH_RE}),?[\s-]+(?P<tyear>{_YEAR_RE})
      | (?P<mmonth>{_MONTH_RE})\s+(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?,\s*(?P<myear>\d{{4}})
      | (?P<iyear>\d{{4}})-(?P<imonth>\d{{1,2}})-(?P<iday>\d{{1,2}})
      | (?P<nday>\d{{1,2}})(?P<sep>[/.\-])(?P<nmonth>\d{{1,2}})(?P=sep)(?P<nyear>\d{{4}}|\d{{2}})
    )
    (?![\w/.\-]\d)(?!\w)
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _full_year(text: str) -> int:
    digits = text.lstrip("'")
    year = int(digits)
    # Two-digit years in these reports are always this century ("03/11/26").
    return 2000 + year if len(digits) == 2 else year


def _build(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    try:
        if groups["tday"]:
            day, month = int(groups["tday"]), _MONTHS[groups["tmonth"].lower().rstrip(".")]
            year = _full_year(groups["tyear"])
        elif groups["mday"]:
            day, month = int(groups["mday"]), _MONTHS[groups["mmonth"].lower().rstrip(".")]
            year = int(groups["myear"])
        elif groups["iyear"]:
            day, month, year = int(groups["iday"]), int(groups["imonth"]), int(groups["iyear"])
        else:
            day, month = int(groups["nday"]), int(groups["nmonth"])
            year = _full_year(groups["nyear"])
        value = date(year, month, day)
    except (KeyError, ValueError):
        return None
    weekday = groups["weekday"]
    if weekday and _WEEKDAYS[weekday.lower().rstrip(".")] != value.weekday():
        # "Tuesday 3 November 2026" where the 3rd is a Tuesday is a date; otherwise one
        # of the two halves is a typo and we cannot tell which.
        return None
    return value


def parse_uk_date(s: str) -> date | None:
    """Parse one UK-style date string; ``None`` when it is not exactly one valid date.

    Numeric forms are day first. A weekday that contradicts the date, or an impossible date
    (31/02/2026), gives ``None`` rather than a guess.
    """
    match = DATE_PATTERN.fullmatch(s.strip().rstrip(".,;"))
    if match is None:
        return None
    return _build(match)


@dataclass(frozen=True)
class DateMention:
    """A date-shaped string in a text; ``value`` is None when it is not a valid date."""

    start: int
    end: int
    value: date | None


def find_dates(text: str) -> list[DateMention]:
    """Every date-shaped mention in ``text``, in order, valid or not."""
    return [DateMention(m.start(), m.end(), _build(m)) for m in DATE_PATTERN.finditer(text)]


# --- ratification -------------------------------------------------------------------------

_COG = re.compile(
    r"chief\s+officers?['’]?s?['’]?(?:\s+group)?|\bCOGs?\b|public\s+protection\s+chief", re.IGNORECASE
)
_STRONG = re.compile(
    r"\bratif(?:y|ied|ies|ying|ication)\b|\bendors(?:e|ed|es|ing|ement)\b|\bapprov(?:e|ed|es|al)\b"
    r"|\bsigned[\s-]+off\b|\bsign[\s-]+off\b",
    re.IGNORECASE,
)
_WEAK = re.compile(
    r"\bagreed\b|\baccepted\b|\bdecided\b|\bdecision\b|\bconfirmed\b|\boutcome\b|\bsupported\b",
    re.IGNORECASE,
)
# Words saying a meeting did not settle the outcome (or has not yet).
_NOT_RATIFIED = re.compile(
    r"\bdefer(?:red|ral)?\b|\bpostponed\b|\badjourned\b|\bnot\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:ratified|endorsed|approved|agreed)\b|\bdid\s+not\s+(?:ratify|endorse|approve|agree)\b"
    r"|\b(?:declined|refused)\s+to\b|\bfor\s+(?:ratification|endorsement|approval|decision)\b"
    r"|\bto\s+be\s+(?:ratified|endorsed|approved)\b|\bawaiting\b|\bpending\b|\bnext\s+meeting\b"
    r"|\bwill\s+(?:be\s+)?(?:consider|ratif|endors|approv|meet)\w*|\bdue\s+to\s+(?:meet|consider)\b"
    r"|\bscheduled\b|\bfurther\s+information\s+(?:was\s+)?(?:requested|required)\b",
    re.IGNORECASE,
)
# Just before the date: what the date is the date of, when it is not the COG's decision.
_OTHER_EVENT = re.compile(
    r"(?:\bborn|\bd\.?o\.?b\.?|date\s+of\s+birth"
    r"|\bdate\s+of\s+(?:the\s+)?(?:ICR|initial\s+case\s+review|rapid\s+review|referral|incident|report|letter)"
    r"|\bICR\s+(?:meeting|date)|\breferr(?:al|ed)\b[^.\n]{0,20}|\bheld|\bconvened|\bmet|\btook\s+place"
    r"|\bdated|\bletter|\breport\s+date|\bincident|\badmitted|\bsubmitted|\bsent|\bpublished"
    r"|\bcirculated|\bpresented)"
    r"[\s:,\-–—]*(?:on|of|dated)?[\s:,\t\-–—]*(?:the\s+)?$",
    re.IGNORECASE,
)
_COG_EVENT = re.compile(r"(?:COG|chief\s+officers?['’]?s?['’]?(?:\s+group)?)[^.\n]{0,25}$", re.IGNORECASE)
# A verb's agent other than the COG ("approved by the CPC on ...").
_OTHER_AGENT = re.compile(
    r"\bby\s+(?:the\s+)?(?:[\w&]+\s+){0,4}?(?:CPC|committee|ICR|panel|review\s+team|sub-?group|board)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?](?=\s+[A-Z(\"'‘“]|\s*$)|[.!?]\s*\n|;|\n\s*\n|\n(?=\s*(?:[-•*]|\d+[.)]\s))")
# After the date, a new clause about something else.
_TAIL_CUT = re.compile(
    r"\(|,\s*(?=(?:having|after|following|when|which|but|although|previously|and)\b)", re.IGNORECASE
)

_WINDOW = 160


# A single line break inside a sentence, as PDF extraction leaves them: the next line goes
# on in lower case, or this one stops on a word that cannot end a sentence.
_SOFT_BREAK = re.compile(
    r"(?:(?<=\S)[ \t]*\n(?=[ \t]*[a-z(])"
    r"|\b(?i:on|by|of|the|and|to|at|was|were|is|dated|from|with|its|their)[ \t]*\n(?=[ \t]*\S))"
)


def _unwrap(text: str) -> str:
    """Join soft-wrapped lines; each newline becomes one space so offsets do not move."""
    return _SOFT_BREAK.sub(lambda m: m.group(0).replace("\n", " "), text)


def _previous_line(before: str) -> str | None:
    """The last non-blank line of ``before`` (table cells come out separated by blank lines)."""
    for line in reversed(before.split("\n")):
        if line.strip():
            return line
    return None


def _clause_bounds(text: str, mention: DateMention, prev_end: int, next_start: int) -> tuple[str, str]:
    """The words before and after a date within its clause, stopping at neighbouring dates.

    ``text`` has been through ``_unwrap``. A date at the start of its own line (a table
    cell, a form value) also sees the line before it, where its label usually is.
    """
    lo = max(prev_end, mention.start - _WINDOW)
    before = text[lo:mention.start]
    line_start = before.rfind("\n")
    head = before[line_start + 1:] if line_start >= 0 else before
    if line_start >= 0 and (not head.strip() or re.fullmatch(r"\s*" + _WEEKDAY_RE + r",?\s*", head, re.I)):
        label = _previous_line(before[:line_start])
        if label is not None and len(label.strip()) <= 80 and not re.search(r"[.;]\s*$", label):
            head = label + "\n" + head
    cuts = list(_CLAUSE_END.finditer(head))
    if cuts:
        head = head[cuts[-1].end():]

    hi = min(next_start, mention.end + _WINDOW)
    after = text[mention.end:hi]
    # A date alone on its line (a table row) reads on into the next non-blank line.
    line_end = after.find("\n")
    if line_end >= 0 and after[:line_end].strip() == "":
        following = next((line for line in after[line_end + 1:].split("\n") if line.strip()), "")
        after = after[:line_end] + "\n" + following
    elif line_end >= 0:
        after = after[:line_end]
    cut = _CLAUSE_END.search(after)
    tail = after[:cut.start()] if cut else after
    # ... but not beyond a one-word cell like "Ratified." whose sentence continues the row.
    if cut and tail.strip() and cut.start() < 25 and not _STRONG.search(tail) and not _NOT_RATIFIED.search(tail):
        second = _CLAUSE_END.search(after, cut.end())
        tail = after[:second.start()] if second else after
    # "ratified on 3 Nov, having deferred on 20 Oct": the aside is about another meeting.
    # "On 3 Nov, following a deferral, the COG ratified": the aside is all there is to read.
    side = _TAIL_CUT.search(tail)
    if side and (tail[:side.start()].strip(" \t,") or _STRONG.search(head) or _COG.search(head)):
        tail = tail[:side.start()]
    elif side:
        aside_end = tail.find(")" if side.group().startswith("(") else ",", side.end())
        tail = tail[:side.start()] + (tail[aside_end:] if aside_end >= 0 else "")
    return head, tail


def _blocked(head: str, tail: str) -> bool:
    """True when the words nearest the date say this meeting did not settle the outcome.

    "Deferred ... ratified on 3 Nov" is a ratification; "approved on 1 Nov and sent to the
    COG for ratification" is not. Either side of the date can block it.
    """
    negatives = list(_NOT_RATIFIED.finditer(head))
    if negatives:
        last_negative = negatives[-1]
        strong_after = [m for m in _STRONG.finditer(head) if m.start() >= last_negative.end()]
        if not strong_after:
            return True
    first_negative = _NOT_RATIFIED.search(tail)
    if first_negative:
        first_strong = _STRONG.search(tail)
        if first_strong is None or first_strong.start() >= first_negative.start():
            return True
    return False


def _score(head: str, tail: str) -> int | None:
    """Evidence that a date is the COG's ratification; None when the clause rules it out."""
    if _blocked(head, tail):
        return None
    if _OTHER_EVENT.search(head) and not _COG_EVENT.search(head):
        return None
    clause = head + " " + tail
    strong = bool(_STRONG.search(clause))
    cog = bool(_COG.search(head)) or (bool(_COG.search(tail)) and not _OTHER_AGENT.search(head))
    score = 0
    if strong:
        score += 3
    if cog:
        score += 2
    if _WEAK.search(clause):
        score += 1
    if re.search(r"\bdate\b", head, re.IGNORECASE) and _COG.search(head):
        score += 1  # a form label: "COG decision date", "Date of COG ratification"
    if score < 3 or not (strong or cog):
        return None
    return score


def ratification_candidates(text: str) -> list[tuple[date | None, int]]:
    """Each date that could be the ratification, with its evidence score (for diagnosis)."""
    text = _unwrap(text)
    mentions = find_dates(text)
    scored: list[tuple[date | None, int]] = []
    for index, mention in enumerate(mentions):
        prev_end = mentions[index - 1].end if index else 0
        next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        head, tail = _clause_bounds(text, mention, prev_end, next_start)
        score = _score(head, tail)
        if score is not None:
            scored.append((mention.value, score))
    return scored


def find_ratification_date(text: str) -> date | None:
    """The date the Chief Officers Group ratified (endorsed, approved) the review's outcome.

    Dates of deferrals, of the ICR meeting, of letters and of births are not candidates.
    Returns ``None`` when no date carries enough evidence, when two different dates carry
    the same best evidence, or when the best-supported mention is not a valid date
    (31/02/2026, or a weekday that contradicts the date).
    """
    candidates = ratification_candidates(text)
    if not candidates:
        return None
    best = max(score for _, score in candidates)
    top = {value for value, score in candidates if score == best}
    if len(top) != 1:
        return None
    (value,) = top
    return value
