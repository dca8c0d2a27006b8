"""UK dates, and the date on which the Chief Officers Group ratified a review's outcome.

Scottish reports write dates day first, in many styles ("3rd November 2026", "03/11/2026",
"Tuesday 3 Nov 2026", "19.05.2026", "28th of July 2026", "03/Nov/2026"). ``03/11/2026`` is
always 3 November: there is no month-first reading here. A four-digit year written first (ISO
order, with hyphens, slashes or dots: "2026-11-03", "2026/11/03", "2026-11-03T10:00") is year,
month, day.

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
from itertools import islice

from ingestd.analysis import weights
from ingestd.analysis.evidence import Evidence
from ingestd.analysis.tables import column_headings
from ingestd.analysis.text import read_lookalikes, read_tick_boxes, reflow

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
        (?P<tday>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+day)?(?:\s+of)?(?:[\s-]+|/)(?P<tmonth>{_MONTH_RE}),?(?:[\s-]+|/)(?P<tyear>{_YEAR_RE})
      | (?P<mmonth>{_MONTH_RE})\s+(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<myear>\d{{4}})
      | (?P<iyear>\d{{4}})(?P<isep>[-/.])(?P<imonth>\d{{1,2}})(?P=isep)(?P<iday>\d{{1,2}})
      | (?P<nday>\d{{1,2}})(?P<sep>[/.\-])(?P<nmonth>\d{{1,2}})(?P=sep)(?P<nyear>\d{{4}}|\d{{2}})
    )
    (?![/.\-]\d)(?!(?!T\d{{1,2}}:\d)\w)
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _full_year(text: str) -> int:
    digits = text.lstrip("'")
    year = int(digits)
    # A two-digit year is this century's ("03/11/26") up to _CENTURY_PIVOT; above it, the last
    # century's: only a date of birth is written so ("6.6.99"), never a review's own date.
    if len(digits) != 2:
        return year
    return 2000 + year if year < _CENTURY_PIVOT else 1900 + year


_CENTURY_PIVOT = 50


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
    r"|\bto\s+be\s+(?:considered|presented|tabled|submitted|discussed)\b|\bfor\s+consideration\b"
    r"|\b(?:scheduled|planned|proposed|expected|provisional)\b"
    r"|\bfurther\s+information\s+(?:was\s+)?(?:requested|required)\b"
    # ratification asked for, or to come: "Ratification will be sought at the COG on ..."
    r"|\b(?:will|shall|is\s+to|are\s+to)\s+be\s+(?:sought|requested)\b"
    r"|\bwill\s+(?:go|come|return)\s+(?:back\s+)?to\s+(?:the\s+)?(?:COG|chief\s+officers)"
    r"|\b(?:seek|seeks|seeking|sought)\s+(?:ratification|endorsement|approval)\b"
    r"|\b(?:ratification|endorsement|approval)\s+(?:will|is\s+to|is\s+expected)\b"
    # a meeting that did not decide: "did not reach a decision", "were unable to ratify",
    # "requested amendments before ratification"
    r"|\b(?:did\s+not|didn['’]t|failed\s+to|unable\s+to|could\s+not|not\s+able\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:reach|make|take|ratify|endorse|approve|agree|decide|sign)\w*"
    r"|\bno\s+decision\b|\bwithout\s+(?:a\s+)?decision\b|\bbefore\s+(?:ratification|endorsement|approval)\b"
    r"|\b(?:requested|asked\s+for|required|sought)\s+(?:\w+\s+){0,2}?(?:amendments?|changes|revisions?)\b",
    re.IGNORECASE,
)
# A meeting still to come ("Next COG meeting (ratification): 3/6/27", "the forthcoming
# meeting of the Chief Officers Group on ..."): what it will do is not done. Only a verb in
# the past in the clause ("ratified at its next meeting on ...") says a decision was made.
# "Date of next COG: 3 Dec 2025" (an agenda's or minute's line) names the meeting by the body
# alone: the next COG is a meeting to come as much as the next COG meeting is.
_FUTURE_MEETING = re.compile(
    r"\b(?:next|forthcoming|upcoming|future)\s+(?:[\w'’()]+\s+){0,3}?meeting\b"
    r"|\b(?:next|forthcoming|upcoming|future)\s+(?:(?:PP|public\s+protection)\s+)?"
    r"(?:COGs?\b|chief\s+officers?['’]?s?['’]?(?:\s+group)?)", re.IGNORECASE)
_DECIDED_VERB = re.compile(r"\b(?:ratified|endorsed|approved|signed\s+off)\b", re.IGNORECASE)
# Just before the date: what the date is the date of, when it is not the COG's decision.
_OTHER_EVENT = re.compile(
    r"(?:\bborn|\bd\.?o\.?b\.?|date\s+of\s+birth"
    r"|\bdate\s+of\s+(?:the\s+)?(?:ICR|initial\s+case\s+review|rapid\s+review|referral|incident|report|letter)"
    r"|\bICR\s+(?:meeting|date)|\breferr(?:al|ed)\b[^.\n]{0,20}|\bheld|\bconvened|\bmet|\btook\s+place"
    r"|\bdated|\bletter|\breport\s+date|\bincident|\badmitted|\bsubmitted|\bsent|\bpublished"
    r"|\bcirculated|\bpresented|\bpresentation|\bsubmission|\bcommenced|\bbegan|\bstarted|\bcommissioned)"
    r"[\s:,\-–—]*(?:on|of|dated)?[\s:,\t\-–—]*(?:the\s+)?$",
    re.IGNORECASE,
)
# Just after the date, a table row's description of some other event.
_TAIL_EVENT = re.compile(
    r"[\s:,\-–—]*(?:[\w'’/-]+\s+){0,5}?(?:held|convened|met|received|sent|submitted|published|issued"
    r"|circulated|born|admitted|occurred|took\s+place|made|opened|closed)\b",
    re.IGNORECASE,
)
# Sent, submitted or presented TO the COG: the date the COG received it, not its decision.
_TO_COG = re.compile(
    r"\b(?:sent|submitted|presented|referred|forwarded|reported|tabled|passed|circulated|escalated|went|taken"
    r"|presentation|submission|referral|report)"
    r"\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?(?:COGs?\b|chief\s+officers?)",
    re.IGNORECASE,
)
# Another body as the subject of the verb: "the CPC approved the report on ...".
_OTHER_SUBJECT = re.compile(
    r"\b(?:CPC|APC|child\s+protection\s+committee|adult\s+protection\s+committee|committee|ICR|panel"
    r"|review\s+team|sub-?group)\s+(?:has\s+|had\s+|have\s+)?(?:formally\s+|also\s+)?"
    r"(?:approv|endors|agree|ratif|sign|accept)\w*",
    re.IGNORECASE,
)
# The Chief Officers Group by any of its names, in a pattern.
_COG_NAME = r"(?:COG\b|chief\s+officers?['’]?s?['’]?(?:\s+group)?|public\s+protection\s+chief\s+officers?(?:\s+group)?)"


# Another review than this one: a previous, earlier, prior or former review (or report), one of
# another area or committee, one about a different person. Its ratification date is that
# review's, never this one's, however plainly it says "ratified on". Not "previously" (an adverb
# about this review: "previously deferred, the report was ratified on ..."), and not a review's
# meeting, panel or team ("the previous review meeting").
_REVIEW_NOUN = r"(?:(?:initial\s+|significant\s+)?case\s+reviews?|learning\s+reviews?|reviews?|reports?|(?-i:ICRs?|SCRs?|LRs?))"
_OTHER_WORD = r"(?:previous|earlier|prior|former|preceding|last|older|separate|another|different|other|similar)"
# someone or somewhere else than this review's: "another resident", "a different child", "a neighbouring area"
_ANOTHER_ONE = (r"(?:another|a\s+different|a\s+neighbouring|other|a\s+separate)\s+(?:[\w-]+\s+)?"
                r"(?:area|committee|partnership|council|authority|child|adult|person|family|young\s+person|service"
                r"|home|resident|patient|pupil|sibling|man|woman|boy|girl|case|incident|death)\b")
_OTHER_REVIEW = re.compile(
    rf"\b(?:{_OTHER_WORD})(?!\s+(?:to|than|in)\b)\s+(?:[\w'’-]+\s+){{0,2}}?{_REVIEW_NOUN}\b(?!\s+(?:meeting|panel|group|team)s?\b)"
    rf"|\b{_REVIEW_NOUN}\s+(?:[\w'’-]+\s+){{0,4}}?(?:by|in|of|for|from|into|about|concerning|involving)\s+(?:the\s+)?"
    rf"{_ANOTHER_ONE}"
    # decided by another area's Chief Officers: "ratified by a neighbouring area's COG", "the COG of another area"
    rf"|\b(?:another|a\s+different|a\s+neighbouring|a\s+separate)\s+(?:area|committee|partnership|council)['’]s\s+"
    rf"(?:[\w-]+\s+)?{_COG_NAME}|\b{_COG_NAME}\s+(?:of|for|in)\s+(?:another|a\s+different|a\s+neighbouring)"
    rf"\s+(?:area|committee|partnership|council)\b"
    # "ratified by its own Chief Officers Group", "by their own COG": a body set apart from this one's
    rf"|\b(?:its|their)\s+own\s+(?:[\w-]+\s+)?{_COG_NAME}"
    # a clause opening on "that review" points back to one named before: "...a review by the Fenwick
    # committee: that review was ratified on ..." (a report calls itself "this review")
    rf"|(?:^|(?<=[.;:\n]))[ \t]*that\s+(?:[\w-]+\s+)?{_REVIEW_NOUN}\b",
    re.IGNORECASE,
)
# This review named after the other one ("Following the previous review, this report was ratified
# on ..."): the date is this review's again.
_OWN_REVIEW = re.compile(
    rf"\b(?:this|the|our|present|current)\s+(?!{_OTHER_WORD}\b)(?:[\w-]+\s+)?{_REVIEW_NOUN}\b(?!['’])"
    rf"(?!\s+(?:by|in|of|for|from|into|about|concerning)\s+(?:the\s+)?(?:another|a\s+different|a\s+neighbouring"
    rf"|other|a\s+separate)\b)",
    re.IGNORECASE,
)


# Another review named only as a point of comparison or of time ("after a previous ICR", "following
# the earlier review", "unlike the last SCR"): the clause's subject or object is still this review.
# "the findings of a previous review" is that review's, and counts.
_ASIDE_BEFORE = re.compile(
    r"\b(?:after|following|since|unlike|than|like|with|before|besides|beyond|despite|over|as\s+in)\s+"
    r"(?:the\s+|an?\s+|its\s+|their\s+|our\s+)?$",
    re.IGNORECASE,
)


# A review brought in with an indefinite article and placed elsewhen or as one more on the same
# ground ("an SCR into the same home", "a review of the home in 2021", "previously, an SCR was
# ratified ..."): a report calls itself "this review" or "the review", so in an SCR's or a Learning
# Review's report such "a review" is another one. A report's own summary ("A Learning Review into
# the care of Adult R was ratified by the COG on ...") has no such mark and keeps its date. Not "is
# a review", "as a review", nor a decision to hold one (read by the commissioning rule).
_A_REVIEW = re.compile(
    rf"(?<!\bis\s)(?<!\bwas\s)(?<!\bas\s)(?<!\bsuch\s)(?<!\bthat\s)(?<!\bwhether\s)(?<!\bhold\s)(?<!\bwith\s)"
    rf"(?<!\bto\s)\b(?:an?|one)\s+(?:[\w-]+\s+){{0,1}}?{_REVIEW_NOUN}\b(?!['’])(?!\s+(?:meeting|panel|group|team)s?\b)",
    re.IGNORECASE,
)


_ELSEWHEN = re.compile(
    r"\bthe\s+same\s+(?:[\w-]+\s+)?(?:home|family|service|provider|school|house|ward|unit|setting|household)\b"
    r"|\bin\s+(?:19|20)\d\d\b|\byears?\s+(?:ago|earlier|before)\b|\bpreviously\b|\bhistoric(?:al)?\b",
    re.IGNORECASE,
)


def _of_another_review(head: str, tail: str, indefinite_is_other: bool = False) -> bool:
    """Whether the review a date's clause ratified is another one ("A previous review of the same
    home, ratified on ...", "On 3 May 2022 the COG ratified an earlier SCR"): the nearest review
    named before the date, or else the first after it, is another review, not this one.
    ``indefinite_is_other``: in a review's own report, "a review" / "an SCR" placed elsewhen or on the
    same ground ("in 2021", "into the same home", "previously") is another one too."""
    def others(text: str) -> list[re.Match[str]]:
        found = [m for m in _OTHER_REVIEW.finditer(text) if not _ASIDE_BEFORE.search(text, 0, m.start())]
        if indefinite_is_other and _ELSEWHEN.search(head + " " + tail):
            found += [m for m in _A_REVIEW.finditer(text) if not _ASIDE_BEFORE.search(text, 0, m.start())]
        return sorted(found, key=lambda m: m.start())

    before = others(head)
    if before:
        last_end = max(m.end() for m in before)
        return not any(m.start() >= last_end for m in _OWN_REVIEW.finditer(head))
    after = others(tail)
    if not after:
        return False
    own = _OWN_REVIEW.search(tail)
    return own is None or own.start() > after[0].start()


# The committee a document names as its own in its opening lines ("Thornhallow Adult Protection
# Committee", "Brackenmoor CPC", "the Quillhaven Chief Officers Group"): the place words before it.
_PLACE_WORD = r"[A-Z][\w'’-]+"
_PLACE = rf"(?-i:{_PLACE_WORD}(?:\s+(?:and|&)\s+{_PLACE_WORD}|\s+{_PLACE_WORD}){{0,3}})"
_OWN_COMMITTEE = re.compile(
    rf"(?P<place>{_PLACE})\s+(?:(?:child|adult|public)\s+(?:support\s+and\s+)?protection\s+committee\b"
    rf"|(?-i:CPC|APC|PPC)\b|{_COG_NAME})", re.IGNORECASE)
# A Chief Officers Group named by its place ("ratified by the Wester Fenwick COG", "Fenwick's Chief
# Officers Group"): another area's when the place is not in the document's own committee's name.
_PLACE_COG = re.compile(rf"\bthe\s+(?P<place>{_PLACE})\s+{_COG_NAME}|(?P<owner>{_PLACE})['’]s\s+{_COG_NAME}",
                        re.IGNORECASE)
# Words a COG's name is qualified by that name no place: "the Public Protection COG", "the Joint COG".
_NOT_A_PLACE = frozenset({"public", "protection", "joint", "child", "adult", "children", "adults", "the", "this",
                          "our", "local", "area", "partnership", "committee", "council", "multi-agency", "chief",
                          "officers", "group", "and", "&", "executive", "strategic", "cpc", "apc", "ppc", "cog", "cogs",
                          "special", "extraordinary", "annual", "quarterly", "full", "virtual", "scottish", "s",
                          # a meeting named by its month ("ratified at the March COG on ...")
                          "january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                          "sep", "sept", "oct", "nov", "dec"})
_OPENING_LINES = 6


def _place_words(place: str) -> set[str]:
    """A place's words in lower case, less those that name no place ("Public Protection", a month)."""
    return {word.lower() for word in re.findall(r"[\w-]+", place)} - _NOT_A_PLACE


# A heading is short in characters too: a hostile "word" of 100,000 letters is no heading, and the
# committee pattern would scan it from each of its letters.
_HEADING_MAX_CHARS = 200


def _own_places(text: str) -> set[str]:
    """The place words of the committee the document names as its own in its opening heading lines
    (short lines with no full stop: a sentence naming another area's COG is not a heading)."""
    opening = "\n".join(line for line in text.splitlines()[:_OPENING_LINES]
                        if len(line.split()) <= _HEADING_MAX_WORDS and len(line) <= _HEADING_MAX_CHARS
                        and not line.rstrip().endswith("."))
    return {word for m in _OWN_COMMITTEE.finditer(opening) for word in _place_words(m.group("place"))}


def _other_areas_cog(head: str, own_places: set[str]) -> bool:
    """Whether the COG the date's clause names nearest before the date is another area's, named by its
    place: its place words are not all in the document's own committee's name ("the East Lothian COG" in
    a West Lothian report; "the Lothian COG" there, or "the Brackenmoor COG" in the Quillhaven and
    Brackenmoor committee's, are its own). Unknown owner: never."""
    if not own_places:
        return False
    named = list(_PLACE_COG.finditer(head))
    if not named:
        return False
    place = named[-1].group("place") or named[-1].group("owner")
    words = _place_words(place)
    return bool(words) and not words <= own_places


# A section about other reviews ("Previous reviews", "3.2 Learning from earlier reviews", "Background:
# other reviews of the home"): the dates in it are those reviews', however plainly they say
# "ratified on". Its heading is the nearest heading above the date: a short line with no date and no
# full stop, at the start or after a blank line, no more than a few lines up.
_OTHER_REVIEWS_HEADING = re.compile(
    rf"^[ \t]*(?:\d+(?:\.\d+)*[.)]?[ \t]+)?(?:[\w ]{{1,30}}:[ \t]*)?(?:learning\s+from\s+|summary\s+of\s+)?"
    rf"(?:{_OTHER_WORD}|past|historic(?:al)?|related)(?!\s+(?:to|than|in)\b)\s+(?:[\w-]+\s+){{0,2}}?{_REVIEW_NOUN}\b[^.\n]*$",
    re.IGNORECASE,
)
_THIS_REVIEW = re.compile(rf"\bthis\s+(?:[\w-]+\s+)?{_REVIEW_NOUN}\b", re.IGNORECASE)
_HEADING_REACH_LINES = 8
_HEADING_MAX_WORDS = 10
_HEADING_WINDOW = 4000  # characters looked back for a heading: the reach in lines, read cheaply


def _block_heading(text: str, position: int) -> str | None:
    """The heading right above the block of lines ``position`` lies in: the nearest short line above
    with no date and no closing full stop, standing at the start or after a blank line, with no blank
    line between it and the block but those right below it (None when there is none near). A block
    further down, after a blank line, is another part of the section, which may be the review's own."""
    line_start = text.rfind("\n", 0, position) + 1
    window_start = max(0, line_start - _HEADING_WINDOW)
    lines = text[window_start:line_start].split("\n")[:-1]
    if window_start:
        lines = lines[1:]  # a line cut by the window is no line to read
    seen = 0
    blank_crossed = False
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line.strip():
            blank_crossed = True
            continue
        if blank_crossed and not _heading_like(lines, index):
            return None
        seen += 1
        if seen > _HEADING_REACH_LINES:
            return None
        if _heading_like(lines, index):
            return line
    return None


def _heading_like(lines: list[str], index: int) -> bool:
    line = lines[index]
    blank_before = index == 0 or not lines[index - 1].strip()
    return (blank_before and len(line.split()) <= _HEADING_MAX_WORDS and not re.search(r"[.;,]\s*$", line)
            and not re.match(r"\s*[-•*]", line) and not find_dates(line))


def _sentence_before(text: str, mention: DateMention, prev_end: int) -> str:
    """The sentence's words before a date when an earlier date of the same sentence cut its clause
    ("A previous ICR was held on 3 Jan 2023 and ratified by the COG on ..."), "" otherwise: the
    review the sentence is about is named before the first date."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    lo = max(line_start, mention.start - 2 * _WINDOW)
    if prev_end <= lo:
        return ""
    before = text[lo:mention.start]
    cuts = [cut for cut in _CLAUSE_END.finditer(before) if not _inside_brackets(before, cut)]
    sentence = before[cuts[-1].end():] if cuts else before
    return sentence if len(sentence) > mention.start - prev_end else ""


def _in_other_reviews_section(text: str, mention: DateMention, head: str, tail: str) -> bool:
    """Whether a date stands under a heading about other reviews, its clause not naming this one."""
    heading = _block_heading(text, mention.start)
    return (heading is not None and bool(_OTHER_REVIEWS_HEADING.match(heading))
            and not _THIS_REVIEW.search(head + " " + tail))


# A note in brackets right after a date that says the meeting has not happened or decided.
_PENDING_NOTE = re.compile(
    r"\s*\(\s*(?:scheduled|provisional|planned|proposed|expected|tbc|to\s+be\s+confirmed|pending|future"
    r"|date\s+to\s+be\s+confirmed|awaiting\b[^)]*)\s*\)",
    re.IGNORECASE,
)
_COG_EVENT = re.compile(r"(?:COG|chief\s+officers?['’]?s?['’]?(?:\s+group)?)[^.\n]{0,25}$", re.IGNORECASE)
# A verb's agent other than the COG ("approved by the CPC on ...").
_OTHER_AGENT = re.compile(
    r"\bby\s+(?:the\s+)?(?:[\w&'’]+\s+){0,7}?(?:CPC|committee|council|ICR|panel|review\s+team|sub-?group|board"
    r"|partnership|comhairle)\b",
    re.IGNORECASE,
)
# A person approving, not the Chief Officers Group: the chair, convener or lead officer (of a
# committee, however long its name: "approved by the chair of the East Lothian and Midlothian Public
# Protection Committee on ..."). "the COG chair" and "the chair of the COG" are the COG's.
_PERSON_AGENT = re.compile(
    rf"\bby\s+(?:the\s+|its\s+|their\s+)?(?!{_COG_NAME})(?:(?:independent|vice|deputy|acting|interim)[\s-]+)?"
    r"(?:chair(?:person|man|woman)?|convenou?r|convener|lead\s+officer|independent\s+reviewer)\b"
    rf"(?!\s+of\s+(?:the\s+)?{_COG_NAME})",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?](?=\s+[A-Z(\"'‘“]|\s*$)|[.!?]\s*\n|;|\n\s*\n|\n(?=\s*(?:[-•*]|\d+[.)]\s))")
# After the date, a new clause about something else.
_TAIL_CUT = re.compile(
    r"\(|,\s*(?=(?:having|after|following|when|which|but|although|previously|and)\b)", re.IGNORECASE
)

# A parenthesised abbreviation is part of the name before it, not an aside: "the Chief
# Officers' Group (COG) ratified".
_ABBREVIATION = re.compile(r"\(\s*(?:[A-Z]{2,6}s?|date)\s*\)")

# The decision to hold a review, as opposed to the review's own outcome.
_REVIEW_NAME = r"(?:(?:an?|the|this|a\s+further)\s+)?(?:SCR|significant\s+case\s+review|learning\s+review|LR|review)"
_COMMISSIONING = re.compile(
    rf"{_REVIEW_NAME}\s+(?:(?:should|would|will|to)\s+)?(?:be\s+)?(?:commissioned|undertaken|carried\s+out"
    rf"|convened|initiated|held)\b|\b(?:commission|undertake|convene|initiate|proceed\s+to|progress\s+to)\s+"
    rf"{_REVIEW_NAME}\b",
    re.IGNORECASE,
)

_WINDOW = 160

# After a date, a second verb joined by "and" whose own "on" leads into the next date: "(presented
# on 18 Feb 2026) and was ratified by the COG on (23 Mar 2026)", "and then sent to the Care
# Inspectorate on". Only "by / at / to <body>" may stand between the verb and its "on"; "and
# ratified the report sent on ..." has an object, and the verb is this date's.
_NEXT_DATE_CLAUSE = re.compile(
    r"[\s,]+(?:and|then)\s+(?:(?:it|this|they|the\s+(?:report|review|outcome|findings))\s+)?(?:(?:was|were|is|has\s+been|had\s+been|then|subsequently|later|formally|finally)\s+)*"
    r"(?:\w+ed|signed\s+off)\s+(?:(?:by|at|to)\s+(?:the\s+)?(?:[\w'’&()-]+\s+){0,6}?)?(?:on|dated)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# A form's dotted or underlined leader between a label and its value ("Date ratified by COG
# ........ 3 March 2026", "Date: ______ 3/3/26"): read as the tab it stands for. Same length,
# so offsets into the text stay valid.
_LEADER = re.compile(r"[ \t]*(?:\.{4,}|…{2,}|_{4,}|(?:\.[ ]){3,}\.?)[ \t]*")


# A case-management system's export names its fields in codes ("COG_STATUS: ratified by COG",
# "COG_DT: 08/01/2026"): the code's underscores are read as spaces (same length, so spans hold),
# and "DT" / "DTE" in such a code as "date", so the code is read as the label it abbreviates.
_FIELD_CODE = re.compile(r"^[ \t]*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?=[ \t]*:)", re.MULTILINE)


def _field_codes_spelt(text: str) -> str:
    if "_" not in text:
        return text
    return _FIELD_CODE.sub(lambda m: m.group().replace("_", " "), text)


def _without_leaders(text: str) -> str:
    if "...." not in text and "…" not in text and "____" not in text and ". . ." not in text:
        return text
    return _LEADER.sub(lambda m: "\t" + " " * (len(m.group()) - 1), text)


# "agreed / accepted / supported by the COG": the COG's decision, whatever the verb.
_COG_AGENT = re.compile(
    r"\b(?:agreed|accepted|supported|signed|noted\s+and\s+agreed)\s+(?:\w+\s+)?by\s+(?:the\s+)?"
    r"(?:COG\b|chief\s+officers?['’]?s?['’]?(?:\s+group)?|public\s+protection\s+chief)",
    re.IGNORECASE,
)
# What Chief Officers approve that is not the review's outcome: its terms of reference, remit,
# scope, timescale or membership, an extension, a plan.
_NOT_OUTCOME = re.compile(
    r"\b(?:terms\s+of\s+reference|ToR|remit|scope|timescales?|membership|extension"
    r"|(?:action|improvement|project|review|delivery)\s+plan)\b",
    re.IGNORECASE,
)
# The review itself endorsed together with its plan ("The ICR and its action plan were endorsed
# by the COG on ...", "the learning review, with the improvement plan, was approved"): the review
# is the verb's object and the plan comes with it, so the plan does not make it "not the outcome".
# Only the review named by its kind and joined to the plan; a possessive ("the review's action
# plan") or a plan alone ("Chief Officers approved the action plan") stays not the outcome.
_REVIEW_WITH_PLAN = re.compile(
    r"\b(?:ICR|SCR|LR|(?:initial|significant)\s+case\s+review|learning\s+review|review)(?!['’])"
    r"\s*,?\s+(?:and|together\s+with|along\s+with|with)\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?plans?\b",
    re.IGNORECASE,
)
# What sets a review up (not a plan): with one of these in the clause, a review joined to its plan is
# still the set-up approved ("the terms of reference for the review and its project plan").
_REVIEW_SET_UP = re.compile(
    r"\b(?:terms\s+of\s+reference|ToR|remit|scope|timescales?|membership|extension)\b", re.IGNORECASE)
_OUTCOME_OBJECT = re.compile(r"\b(?:report|outcome|findings|recommendations|review\s+(?:report|findings))\b", re.IGNORECASE)


def _outcome_object(clause: str) -> bool:
    """Whether a clause that names a plan or a remit also names the review's outcome as approved."""
    if _OUTCOME_OBJECT.search(clause):
        return True
    return bool(_REVIEW_WITH_PLAN.search(clause)) and not _REVIEW_SET_UP.search(clause)
# "At the meeting held on 9 Feb 2026, Chief Officers endorsed the report": the meeting's date
# is the decision's, when the COG and its verb open the clause right after it.
_COG_DECIDED_AFTER = re.compile(
    r"^[\s,]*(?:the\s+)?(?:COG|chief\s+officers?['’]?s?['’]?(?:\s+group)?)\s+(?:\(COG\)\s+)?"
    r"(?:formally\s+|unanimously\s+)?(?:ratif|endors|approv|agreed|signed)",
    re.IGNORECASE,
)

# A form's own ratification row: "Date outcome ratified by COG<tab>...", "Date of COG
# ratification: ...". Its value, when it is not a date, says the COG has not ratified.
_RATIFIED_ROW = re.compile(
    r"^[ \t|*•-]*(?P<label>(?:date|when)\b[^\n\t|:]{0,80}?(?:ratif\w*|endors\w*|approv\w*|agreed|signed[\s-]+off)"
    r"[^\n\t|:]{0,40}?(?:\bCOG\b|chief\s+officers?['’]?s?['’]?(?:\s+group)?)"
    r"|(?:date|when)\b[^\n\t|:]{0,40}?(?:\bCOG\b|chief\s+officers?['’]?s?['’]?(?:\s+group)?)"
    r"[^\n\t|:]{0,40}?(?:ratif\w*|endors\w*|approv\w*|agreed|signed[\s-]+off)(?:\s+the\s+\w+)?)"
    r"(?:[ ]*\([^()\n]{0,30}\))?[ ]*(?:[\t|:]|\s[-–—]\s)[ \t]*(?P<value>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)


# A form's yes/no question answered no: "Ratified by COG: No", "Has the COG endorsed the report?<TAB>Not yet".
_RATIFIED_NO = re.compile(
    r"^[ \t|*•-]*(?:"
    r"(?:(?:report|outcome)\s+)?(?:ratified|endorsed|approved|signed\s+off)(?:\s+by)?(?:\s+the)?\s+"
    r"(?:COG\b|chief\s+officers?['’]?s?['’]?(?:\s+group)?)"
    r"|has\s+the\s+(?:COG\b|chief\s+officers?['’]?s?['’]?(?:\s+group)?)\s+(?:ratified|endorsed|approved|agreed|signed\s+off)"
    r"(?:\s+the)?(?:\s+(?:report|outcome|review|findings))?"
    r")(?:[ ]*\([^()\n]{0,30}\))?[ ]*\??[ ]*[:\t|?][ \t]*(?:no|not\s+yet|pending|awaited|n)[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)


_DONE_VERB = r"(?:ratified|endorsed|approved|agreed|signed\s+off)"
# A form's ratification question answered yes, with no date of its own: "Ratified by COG: Yes",
# "COG decision | Ratified", "Has the COG ratified the report?<TAB>Yes", "Status: Ratified by the
# Chief Officers Group". The date is then on a row of its own below ("Date: 4 March 2026").
_RATIFIED_YES = re.compile(
    rf"^[ \t|*•-]*(?:"
    rf"(?:(?:was|is|has)\s+(?:the\s+)?)?(?:(?:report|outcome|review|findings)\s+)?(?:been\s+)?"
    rf"{_DONE_VERB}(?:\s+by)?(?:\s+the)?\s+{_COG_NAME}"
    rf"|has\s+the\s+{_COG_NAME}\s+{_DONE_VERB}(?:\s+the)?(?:\s+(?:report|outcome|review|findings))?"
    rf"|(?:the\s+)?{_COG_NAME}\s+(?:decision|ratification|approval|endorsement|outcome|ratified|endorsed)"
    rf")(?:[ ]*\([^()\n]{{0,30}}\))?[ ]*\??[ ]*(?:[:\t|?][ \t|]*(?:\n[ \t]*(?:status[ ]*:[ ]*)?)?|\n\s*(?:status[ ]*:[ ]*)?)"
    rf"(?:yes|y|ratified|endorsed|approved|agreed|signed\s+off)[ \t.|]*$"
    rf"|^[ \t|*•-]*(?:{_COG_NAME}\s+)?(?:status|decision|outcome)[ ]*[:\t|][ \t|]*{_DONE_VERB}\s+by\s+(?:the\s+)?{_COG_NAME}[ \t.|]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The label of the date row under such an answer, when it names no other event: the answer's
# date, or the COG meeting's (which is the meeting that ratified). Anything else (sent, presented,
# submitted to the COG, a referral, the review's start, the CPC's approval, a meeting to come) is
# another event's date and the answer stays unknown.
_NEUTRAL_DATE_LABEL = re.compile(
    rf"(?:if\s+(?:yes|so)[\s,]*)?(?:date|on|when|meeting\s+date|decision\s+date"
    rf"|date\s+of\s+(?:the\s+)?(?:meeting|decision|ratification"
    rf"|endorsement|approval|{_COG_NAME}(?:\s+meeting)?)|(?:{_COG_NAME}\s+)(?:meeting\s+)?(?:date|dte?)"
    rf"|date\s+(?:ratified|endorsed|agreed|approved)(?:\s+by\s+(?:the\s+)?{_COG_NAME})?)",
    re.IGNORECASE,
)
_ANSWER_WINDOW_LINES = 3
_ROW = re.compile(r"[^\n]+")


def _answered_yes_dates(text: str, mentions: list[DateMention]) -> dict[tuple[int, int], tuple[int, int]]:
    """Dates that a ratification question answered yes points to: ``{date span: answer span}``.

    The date must be on the first dated row right below the answer (only bare labels between),
    with a neutral label ("Date", "On", "Date of meeting", "COG meeting date"), and the single
    such date there and on the row after; two, or only dates labelled as another event, or
    another field first (a signature block's "Signed: ... / Date: ..."), give nothing.
    """
    found: dict[tuple[int, int], tuple[int, int]] = {}
    for answer in _RATIFIED_YES.finditer(text):
        if find_dates(answer.group()):
            continue  # the row has its own date: the ordinary rules read it
        # The rows right below the answer: bare labels ("Date:") may stand before the date's
        # row; any other row ("Completed by: ...", whose "Date:" is the form's signature date)
        # ends the search. The row after the date's is read too, so that two dates tie.
        rows = list(islice((m for m in _ROW.finditer(text[answer.end():]) if m.group().strip()), _ANSWER_WINDOW_LINES + 1))
        window_end = answer.end()
        for index, row in enumerate(rows):
            row_start, row_end = answer.end() + row.start(), answer.end() + row.end()
            if index and (_RATIFIED_YES.match(row.group()) or _RATIFIED_NO.match(row.group())):
                break  # the next question's rows
            if any(row_start <= m.start < row_end for m in mentions):
                following = rows[index + 1] if index + 1 < len(rows) else None
                window_end = answer.end() + following.end() if following is not None else row_end
                break
            if index >= _ANSWER_WINDOW_LINES - 1 or not _NEUTRAL_DATE_LABEL.fullmatch(row.group().strip(" \t|:?*-–—")):
                break
        neutral: list[DateMention] = []
        for mention in mentions:
            if not answer.end() <= mention.start < window_end:
                continue
            row_start = text.rfind("\n", 0, mention.start) + 1
            label = text[row_start:mention.start]
            if not label.strip(" \t|:*-"):
                label = _previous_line(text[answer.end():max(answer.end(), row_start - 1)]) or ""
                if find_dates(label):
                    label = ""
            label = label.strip(" \t|:?*-–—\n")  # "If yes, when?" asks as a label does
            if _NEUTRAL_DATE_LABEL.fullmatch(label) and not _FUTURE_MEETING.search(label):
                neutral.append(mention)
        if len(neutral) == 1 and neutral[0].value is not None:
            found[(neutral[0].start, neutral[0].end)] = answer.span()
    return found


# --- minutes of the COG's own meeting ----------------------------------------------------
# Minutes of a Chief Officers Group meeting record its decisions without dates: "The COG
# ratified the report." The date is the meeting's, written once in the minutes' heading
# ("Minutes of the COG meeting, 12 May 2026", "Held on 12 May 2026", "Date of meeting: ...").
# A CPC's minutes saying the COG ratified are not the COG's meeting and give nothing.
_MINUTES_TITLE = re.compile(rf"\bminutes?\b|\bnotes?\s+of\b|\bmeeting\b", re.IGNORECASE)
# "Minutes of the COG", "Note of the Chief Officers Group", "Example Chief Officers Group": an
# area's name in capitals may stand before the COG's.
_COG_TITLE = re.compile(
    rf"^[ \t]*(?:(?:minutes?|notes?)\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?)?"
    rf"(?-i:(?:[A-Z][\w&'’-]*\s+){{0,3}}?){_COG_NAME}",
    re.IGNORECASE)
_MEETING_DATE_LINE = re.compile(
    r"^[ \t|*]*(?:(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date|(?:meeting\s+)?held(?:\s+on)?|date)\s*[:\t|]?\s*)?"
    rf"(?:(?:{_WEEKDAY_RE}),?\s+)?$",
    re.IGNORECASE,
)
_MINUTED_DECISION = re.compile(
    rf"\b(?:the\s+)?(?:{_COG_NAME}|group|members)\s+(?:formally\s+|unanimously\s+)?{_DONE_VERB}\s+"
    r"(?:the\s+)?(?:[\w()-]+\s+){0,3}?(?:report|findings|recommendations|outcome)\b(?!['’])"
    rf"|\b(?:report|findings|outcome)\s+(?:was|were)\s+(?:formally\s+)?(?:ratified|endorsed)\b"
    rf"(?!\s+by\s+(?!the\s+{_COG_NAME}))",
    re.IGNORECASE,
)
_EARLIER = re.compile(r"\b(?:previous(?:ly)?|earlier|already|last\s+meeting|prior)\b", re.IGNORECASE)
_HEADING_LINES = 6


def _minuted_meeting_date(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The meeting's date in minutes of the COG that record the COG ratifying a report.

    Only when the heading names the COG and minutes, gives one meeting date, a sentence with
    no date of its own says the COG (or its members) ratified the report, and no sentence
    says a ratification was deferred or still to come.
    """
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()][:_HEADING_LINES]
    title = lines[:3]
    if not any(_COG_TITLE.search(line.group()) for line in title):
        return None
    if not any(_MINUTES_TITLE.search(line.group()) for line in title):
        return None
    heading: list[DateMention] = []
    for index, line in enumerate(lines):
        for mention in mentions:
            if not line.start() <= mention.start < line.end():
                continue
            before = text[line.start():mention.start]
            on_title = index < 3 and (_COG_TITLE.search(before) or _MINUTES_TITLE.search(before)) \
                and not re.search(r"\bof\s+(?:the\s+)?(?:last|previous)\b|\bminutes\s+of\s+the\s+meeting\s+of\b",
                                  before, re.IGNORECASE)
            if on_title or _MEETING_DATE_LINE.match(before):
                heading.append(mention)
    if len({m.value for m in heading}) != 1 or heading[0].value is None:
        return None
    body_start = title[-1].end()  # the decision is in the body, not the heading
    decided = False
    for match in re.finditer(r"[^.;!?\n]+[.;!?]?", text):
        clause = match.group()
        if _STRONG.search(clause) and (_NOT_RATIFIED.search(clause) or _FUTURE_MEETING.search(clause)):
            return None  # "Chief Officers deferred ratification": not settled at this meeting
        if (match.start() >= body_start and _MINUTED_DECISION.search(clause) and not find_dates(clause)
                and not _EARLIER.search(clause) and not _NOT_OUTCOME.search(clause)):
            decided = True
    return heading[0] if decided else None


# A form's status or COG decision row whose answer is that the COG did not ratify: "Status:
# Deferred", "COG decision: Returned for amendment", "Outcome: Not yet ratified" (a ticked box
# reads so). Like a ratification row without a date, it outranks any date read elsewhere.
_STATUS_NOT_RATIFIED = re.compile(
    rf"^[ \t|*•-]*(?:(?:the\s+)?{_COG_NAME}[ ]+)?(?:status|decision|outcome)[ ]*[:\t|]\s*(?:status[ ]*:[ ]*)?"
    r"(?:deferred|postponed|adjourned|returned|not\s+(?:yet\s+)?(?:ratified|endorsed|approved|agreed|signed\s+off)"
    r"|awaiting|pending|declined|refused)\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


# This review's own ratification still to come, said in a sentence of its own: "This report will go
# to the Chief Officers Group when the panel has finished", "This review has not yet been ratified",
# "This report is awaiting ratification by the COG". The review named as this one ("this report",
# "this review", "this SCR"): "the learning review will report to the COG" in an ICR's record is the
# next review's. A date of ratification in such a text is another review's, or a meeting to come.
_AWAITED_STEP = r"(?:ratification|endorsement|approval|sign[\s-]off)"
_THIS_ONE = rf"\bthis\s+(?:[\w-]+\s+){{0,2}}?{_REVIEW_NOUN}\b(?!['’])(?:\s*\([^()\n]{{0,30}}\))?\s*,?\s*"
_OWN_RATIFICATION_TO_COME = re.compile(
    rf"{_THIS_ONE}(?:(?:will|shall|is\s+to|is\s+due\s+to|is\s+expected\s+to)\s+(?:then\s+)?(?:be\s+)?"
    rf"(?:go(?:ing)?|come|return|presented|submitted|considered|ratified|endorsed|approved|tabled|taken|sent|report(?:ed)?)\b"
    rf"[^.\n]{{0,80}}?(?:{_COG_NAME}|ratif\w*|endorse\w*)"
    rf"|(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:ratified|endorsed|approved|considered)"
    rf"|(?:is|remains)\s+(?:yet\s+to\s+be\s+(?:ratified|endorsed|approved|considered)|(?:still\s+)?(?:awaiting|pending)"
    rf"\s+(?:ratification|endorsement|approval|consideration|{_COG_NAME}))"
    # "This report is not final and has not gone to the Chief Officers Group": not sent, so not decided
    rf"|(?:[^.\n;]{{0,40}}?\b(?:and|but)\s+)?(?:has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?"
    rf"(?:gone|went|sent|submitted|presented|taken|tabled|put|passed|come)\s+(?:\w+\s+)?(?:to|before)\s+(?:the\s+)?{_COG_NAME})"
    # a status clause of its own, naming no review: "; COG ratification awaited.", "Ratification by the
    # Chief Officers Group is still pending", "Status: COG approval outstanding"
    rf"|(?:^|(?<=[.;:]))[ \t]*(?:(?:the\s+)?{_COG_NAME}(?:['’]s)?\s+{_AWAITED_STEP}"
    rf"|{_AWAITED_STEP}\s+by\s+(?:the\s+)?{_COG_NAME})\s+(?:is\s+|remains\s+)?(?:still\s+)?"
    rf"(?:awaited|pending|outstanding|to\s+follow|not\s+yet\s+(?:given|received|obtained|confirmed))\b"
    # "; awaiting COG ratification.", "Pending ratification by the Chief Officers Group."
    rf"|(?:^|(?<=[.;:]))[ \t]*(?:(?:still|currently|now)\s+)?(?:awaiting|pending)\s+(?:the\s+)?"
    rf"(?:{_COG_NAME}(?:['’]s)?\s+{_AWAITED_STEP}|{_AWAITED_STEP}\s+(?:by|from|of)\s+(?:the\s+)?{_COG_NAME})",
    re.IGNORECASE | re.MULTILINE,
)


def _own_ratification_to_come(text: str) -> tuple[int, int] | None:
    """The span of a sentence saying this review's own ratification is still to come, if any."""
    found = _OWN_RATIFICATION_TO_COME.search(text)
    return found.span() if found else None


def _pending_ratified_row(text: str) -> tuple[str, tuple[int, int]] | None:
    """The rule and span of a ratification row whose value is not a date (awaiting, TBC, blank, No)
    or of a status row saying the COG did not ratify (``status-not-ratified``).

    A form that says in its own ratification row that the COG has not ratified outranks
    every other date in it: the COG meeting's date, the date sent to the COG. A blank value
    followed by a date on the next line is a cell wrapped below its label, not a blank.
    """
    answer = _RATIFIED_NO.search(text)
    if answer:
        return "ratified-row-pending", answer.span()
    status = _STATUS_NOT_RATIFIED.search(text)
    if status:
        return "status-not-ratified", status.span()
    for row in _RATIFIED_ROW.finditer(text):
        value = row.group("value").strip(" \t|")
        if find_dates(value):
            continue
        if not value and find_dates(_next_line(text, row.end())):
            continue
        return "ratified-row-pending", row.span()
    return None


def _next_line(text: str, start: int, end: int | None = None) -> str:
    """The first non-blank line of ``text[start:end]`` ("" when there is none).

    Both readers of a form's rows use it: a ratification row whose cell wrapped below its
    label, and a date whose row goes on into the next line. Reads no further than that line.
    """
    end = len(text) if end is None else end
    while True:
        stop = text.find("\n", start, end)
        line = text[start:end if stop < 0 else stop]
        if line.strip():
            return line
        if stop < 0:
            return ""
        start = stop + 1


def _previous_line(before: str) -> str | None:
    """The last non-blank line of ``before`` (table cells come out separated by blank lines)."""
    for line in reversed(before.split("\n")):
        if line.strip():
            return line
    return None


def _next_line_is_date(text: str, row_end: int) -> bool:
    """Whether the next non-blank line after ``row_end`` is a date and nothing else."""
    return parse_uk_date(_next_line(text, row_end)) is not None


@dataclass(frozen=True)
class TableReading:
    """One way ``_table_column_label`` reads a table's dated cell, as a row: its name, why, and examples.

    ``catches`` are (text, ISO date) pairs whose ratification the reading gives; ``leaves`` texts in
    which it gives no date (the answer is unknown). Tests are generated from these rows.
    """

    name: str
    reason: str
    catches: tuple[tuple[str, str], ...]
    leaves: tuple[str, ...]


TABLE_READINGS: tuple[TableReading, ...] = (
    TableReading(
        "column-names-ratification",
        "a column whose heading names the COG's ratification gives its row's date, the row's other cells "
        "(a name, an address, other dates) being other columns', in CSV, tab, '|' or ';' exports",
        (("Corrieval Child Protection Committee - ICR log\nref,child,dob,referred,COG ratified\n"
          "I-9,Merewen Haskettle,04/05/2019,12/01/2026,09/03/2026\n", "2026-03-09"),
         ("Corrieval Adult Protection Committee\nInitial Case Review\n\n| ref | adult | ICR held | Ratified by COG |\n"
          "|---|---|---|---|\n| I-9 | Wendell Farrowby | 02/02/2026 | 09/03/2026 |\n", "2026-03-09")),
        ("Corrieval Child Protection Committee - ICR log\nref,child,referred,COG ratified\n"
         "I-9,Child T,12/01/2026,09/03/2026\nI-10,Child U,19/01/2026,16/03/2026\n",),  # two reviews: which one?
    ),
    TableReading(
        "merged-heading",
        "a spreadsheet's heading rows above the columns' own (a merged cell over several columns) head every "
        "column they span: 'COG' over 'Date ratified' is the COG's ratification, over 'Date sent' it is not",
        (("Corrieval Adult Protection Committee\nInitial Case Review\n\t\tChief Officers Group\t\n"
          "Ref\tAdult\tDate ratified\tNotes\nI-9\tAdult T\t09/03/2026\tnone\n", "2026-03-09"),
         ("Corrieval Adult Protection Committee\nInitial Case Review\n;;COG ratification;\n"
          "Ref;Adult;Date;Minute\nI-9;Adult T;09/03/2026;item four\n", "2026-03-09")),
        ("Corrieval Adult Protection Committee\nInitial Case Review\n\t\tChief Officers Group\t\n"
         "Ref\tAdult\tDate sent\tNotes\nI-9\tAdult T\t09/03/2026\tratified\n",),
    ),
    TableReading(
        "column-names-other-event",
        "a dated column named for another event (a birth, a referral, the date sent to the COG) is never the "
        "ratification, even when another cell of its row says 'ratified'",
        (),
        ("Corrieval Child Protection Committee - ICR log\nref,child,date sent to COG,status\n"
         "I-9,Child T,09/03/2026,ratified by COG\n",
         "Corrieval Child Protection Committee\nInitial Case Review\n| ref | D.O.B. | referral date | COG status |\n"
         "| I-9 | 09/03/2016 | 12/01/2026 | ratified |\n"),
    ),
    TableReading(
        "bare-date-column",
        "a column headed only 'Date' says nothing of its own: the row's own cells say what its date is",
        (("Corrieval Child Protection Committee\nInitial Case Review\nstage | date | by\n"
          "ICR held | 02/02/2026 | panel\nratified by the COG | 09/03/2026 | Chief Officers Group\n", "2026-03-09"),),
        ("Corrieval Child Protection Committee\nInitial Case Review\nstage | date | by\n"
         "ICR held | 02/02/2026 | panel\nsent to the COG | 09/03/2026 | chair\n",),
    ),
)


def _column_header(text: str, row_start: int, row_end: int, mention: DateMention) -> str | None:
    """The label above a date in a tab-separated row that sits under a row of labels.

    Applies when the row before has as many cells and no date of its own (a header row),
    so "Date of ICR<tab>Date ratified by COG" over "1 Oct 2026<tab>3 Nov 2026" gives each
    date its own label.
    """
    row = text[row_start:row_end]
    if "\t" not in row or DATE_PATTERN.sub("", text[row_start:mention.start]).strip():
        return None  # a label<tab>value row, not a row of values
    above = _previous_line(text[:max(0, row_start - 1)])
    if above is None or above.count("\t") != row.count("\t") or find_dates(above):
        return None
    cells = above.split("\t")
    index = text[row_start:mention.start].count("\t")
    return cells[index] if index < len(cells) else None


# A register's, tracker's or spreadsheet's table (CSV, tab, "|" or ";" cells) under one or more rows
# of headings ("ref | subject | outcome | COG ratified" over "LR-7 | ... | findings accepted |
# 04/03/2026"; a merged "Review" over "Referred, ICR done, COG ratified"): a dated cell is read under
# its column's headings, never with the row's other cells (a committee's name there is the row's
# subject, not who decided; "ratified by COG" in the next cell is another column's). A column whose
# headings name the COG's ratification gives the row's date; a column named for another event
# ("DOB", "Referred", "Date sent to COG") or for nothing of the COG's is not ratification. A bare
# "Date" column says nothing of its own, so the row's own words are read as before.
_GENERIC_HEADING = re.compile(r"(?i)(?:key\s+)?(?:dates?|when|on|day)")


@dataclass(frozen=True)
class _ColumnLabel:
    """A dated cell's column headings as its label, and where the cell ends."""

    label: str
    cell_end: int


def _table_column_label(text: str, row_start: int, mention: DateMention) -> _ColumnLabel | None:
    """The label a dated table cell is read under: its column's headings, then the cell's own words
    before the date ("Outcome" over "ratified by COG 04/03/2026"); a heading that names another event
    alone, whatever the cell says. None when the date is no table's cell or its column is a bare "Date"."""
    column = column_headings(text, row_start, mention.start)
    if column is None or not column.headings:
        return None
    if column.separator in ",;" and column.cell.text != text[mention.start:mention.end]:
        return None  # a CSV cell is a table's only when the date is its whole value: prose has commas too
    ruling = next((h for h in column.headings if _rules_out(h)), None)
    if ruling is not None:
        return _ColumnLabel(ruling, column.cell.end)  # "Date sent to the COG", "DOB", "Referred": another event
    if all(_GENERIC_HEADING.fullmatch(h) for h in column.headings):
        return None  # a bare "Date" column: the row's own words say what the date is
    own_words = text[column.cell.start:mention.start].strip()
    return _ColumnLabel(" ".join(column.headings) + (" " + own_words if own_words else ""), column.cell.end)


_LABEL_RUN_MAX = 8
_LABEL_RUN_STRETCH = 2000


def _listed_column_label(text: str, row_start: int) -> str | None:
    """The label of a date in a form extracted column by column: k labels, then k values.

    "Date of ICR / Date of referral / Date of COG ratification / 2025-10-30 / 8th Oct 2025 /
    28.11.2025", one cell a line (blank lines between): the i-th value is the i-th label's.
    Only when every value line is a date alone, every label line holds no date, the two runs
    have the same length and nothing else stands between them.
    """
    row_end = text.find("\n", row_start)
    if parse_uk_date(text[row_start:row_end if row_end >= 0 else len(text)]) is None:
        return None  # not a date alone on its line
    # the runs are short: read the lines of a stretch around the row, not the whole text
    lo = text.rfind("\n", 0, max(0, row_start - _LABEL_RUN_STRETCH)) + 1
    hi = text.find("\n", row_start + _LABEL_RUN_STRETCH)
    lines = [m for m in _ROW.finditer(text, lo, len(text) if hi < 0 else hi) if m.group().strip()]
    index = next((i for i, m in enumerate(lines) if m.start() <= row_start < m.end() + 1), None)
    if index is None or parse_uk_date(lines[index].group()) is None:
        return None
    first = index
    while first > 0 and parse_uk_date(lines[first - 1].group()) is not None:
        first -= 1
    last = index
    while last + 1 < len(lines) and parse_uk_date(lines[last + 1].group()) is not None:
        last += 1
    count = last - first + 1
    if count < 2 or count > _LABEL_RUN_MAX or first < count:
        return None
    labels = lines[first - count:first]
    if any(find_dates(m.group()) or len(m.group().strip()) > 80 or re.search(r"[.;]\s*$", m.group())
           for m in labels):
        return None
    # the line before the labels must not be a label too (a longer run would pair differently)
    if first - count - 1 >= 0:
        before = lines[first - count - 1].group()
        if _DATE_LABEL.match(before) and not find_dates(before):
            return None
    return labels[index - first].group().strip()


# A "Date | Stage" table extracted one cell a line: a header "Date" over one other short column
# name, then the rows, each a date over its description ("13/10/26" / "Chief Officers Group -
# ratified"). Under such a header a date's words are the line below it, never the line above
# (the row before's description).
_VALUE_FIRST_HEADER = re.compile(
    r"^[ \t]*Date[ \t]*\n(?:[ \t]*\n)*[ \t]*[A-Z][A-Za-z/&' -]{2,30}[ \t]*\n(?:[ \t]*\n)*", re.MULTILINE)
_VALUE_FIRST_ROWS = 40


def _under_value_first_header(text: str, row_start: int) -> bool:
    """Whether the line at ``row_start`` is within a few rows below a value-first table header."""
    for header in _VALUE_FIRST_HEADER.finditer(text, max(0, row_start - 4000), row_start + 1):
        if header.end() > row_start or not DATE_PATTERN.match(text, header.end()):
            continue  # the first row after the header must open with a date
        if text.count("\n", header.end(), row_start) <= _VALUE_FIRST_ROWS:
            return True
    return False


def _clause_bounds(text: str, mention: DateMention, prev_end: int, next_start: int) -> tuple[str, str, bool, bool]:
    """The words before and after a date within its clause, stopping at neighbouring dates, whether
    the date opens its row, and whether it was read as a table's cell under its column's headings.

    ``text`` has been through ``reflow``. A date at the start of its own line (a table
    cell, a form value) also sees the line before it, where its label usually is.
    """
    lo = max(prev_end, mention.start - _WINDOW)
    before = text[lo:mention.start]
    line_start = before.rfind("\n")
    head = before[line_start + 1:] if line_start >= 0 else before
    row_start = text.rfind("\n", 0, mention.start) + 1
    row_end = text.find("\n", mention.end)
    row_end = len(text) if row_end < 0 else row_end
    rest_of_row = text[mention.end:row_end]
    column = _table_column_label(text, row_start, mention)
    if column is not None:
        # A table's cell: its column's headings (and the cell's own words) are its label, the rest
        # of its own cell its only words after; the row's other cells are other columns'.
        return column.label, text[mention.end:column.cell_end], False, True
    header = _column_header(text, row_start, row_end, mention)
    if header is None:
        header = _listed_column_label(text, row_start)
    if header is not None:
        # A row of values under a row of labels: the label is the cell above.
        head = header
    elif (line_start >= 0 and not rest_of_row.strip(" \t.,;:")
            and (not head.strip() or re.fullmatch(r"\s*" + _WEEKDAY_RE + r",?\s*", head, re.I))
            and not _next_line_is_date(text, row_end)
            and not _under_value_first_header(text, row_start)):
        # A value alone on its line: its label is the line above. Not when the row goes
        # on after the date ("3 Nov 2026<tab>Ratified": the row describes itself), and not
        # in a run of values ("Date of ICR / Date of COG / 1 Oct / 3 Nov": cells listed
        # column by column, so the line above is not this value's label).
        above = before[:line_start]
        label = _previous_line(above)
        if label is not None and len(label.strip()) <= 200 and not re.search(r"[.;]\s*$", label):
            head = label + "\n" + head
            # A label wrapped inside its cell: "Date of ratification by Chief Officers" / "Group".
            if len(label.split()) <= 2:
                above = above[:above.rstrip().rfind("\n")] if "\n" in above.rstrip() else ""
                first = _previous_line(above)
                wrapped = not above.rstrip(" \t").endswith("\n")  # a blank line between is no wrap
                if (wrapped and first is not None and len(first.strip()) <= 80 and not re.search(r"[.;:]\s*$", first)
                        and not re.search(r"\d", first)):
                    head = first + "\n" + head
    cuts = [cut for cut in _CLAUSE_END.finditer(head) if not _inside_brackets(head, cut)]
    if cuts:
        head = head[cuts[-1].end():]

    hi = min(next_start, mention.end + _WINDOW)
    after = text[mention.end:hi]
    # A date alone on its line (a table row) reads on into the next non-blank line.
    line_end = after.find("\n")
    starts_row = not text[row_start:mention.start].strip() or bool(
        re.fullmatch(r"\s*" + _WEEKDAY_RE + r",?\s*", text[row_start:mention.start], re.I))
    labelled_row = bool(re.search(r"[|\t:]", text[row_start:mention.start]))
    if line_end >= 0 and after[:line_end].strip() == "":
        following = _next_line(after, line_end + 1)
        between = text[mention.end + line_end + 1:next_start]
        next_on_following = "\n" not in between.lstrip("\n \t")
        label_of_next = "\n" not in between.strip("\n \t") and _DATE_LABEL.match(following) is not None
        if next_start < len(text) and (next_on_following or label_of_next) and not _rules_out(following):
            # the next line holds the next date, or is a date's label right above it: its words are
            # that date's ("Printed 20/05/2026" / "The COG ratified the report on 19 May 2026";
            # "Date sent to CI" / "14/03/2026"). A line that is no label ("Chief Officers Group -
            # ratified") is this date's own, as in a Date | Stage table; and a line that rules a
            # date out ("Deferred to next meeting.") is never dropped on a guess.
            following = ""
        if following.rstrip().endswith(":") or (labelled_row and re.search(r"[|\t]", following)):
            # the next row's label ("Date outcome ratified by COG:", "COG ratification | "), not
            # this date's words: a "label | date" row ends with its date
            following = ""
        elif _LABEL_ROW.match(following) and (
                (labelled_row and _LABEL_ROW.match(text, row_start)) or _value_under_label(text, row_start, mention)):
            # "Meeting date: 4 March 2026" over "COG status: ratified": a form's row is one field,
            # the next row answers its own ("whose meeting?" is not said: unknown, never a guess)
            following = ""
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
    if mention.end + len(tail) == next_start:
        # "presented to the committee on 18 Feb 2026 and was ratified by the COG on 23 Mar 2026":
        # a verb joined by "and" that leads straight into the next date is that date's clause.
        lead_in = _NEXT_DATE_CLAUSE.search(tail)
        if lead_in:
            tail = tail[:lead_in.start()]
    tail = _ABBREVIATION.sub(" ", tail)
    bracketed = re.fullmatch(r"[ \t]*\(([^()\n]*)\)[ \t.]*", rest_of_row)
    if starts_row and bracketed:
        # "12/03/2026 (date of COG ratification)": a value first, its label in brackets after it
        tail = " " + bracketed.group(1)
    side = _TAIL_CUT.search(tail)
    if side and (tail[:side.start()].strip(" \t,") or _STRONG.search(head) or _COG.search(head)):
        tail = tail[:side.start()]
    elif side:
        aside_end = tail.find(")" if side.group().startswith("(") else ",", side.end())
        tail = tail[:side.start()] + (tail[aside_end:] if aside_end >= 0 else "")
    return head, tail, starts_row, False


def _inside_brackets(text: str, cut: re.Match[str]) -> bool:
    """A full stop inside brackets opened and closed on its line ("(S. Example)", "(approx.
    3 wks)") is an initial's or an abbreviation's, not the end of the clause round the brackets."""
    if not cut.group().startswith(".") or "\n" in cut.group():
        return False
    line_start = text.rfind("\n", 0, cut.start()) + 1
    opened = text.rfind("(", line_start, cut.start())
    if opened < 0 or text.rfind(")", opened, cut.start()) >= 0:
        return False
    line_end = text.find("\n", cut.end())
    closed = text.find(")", cut.end(), len(text) if line_end < 0 else line_end)
    return closed >= 0 and "(" not in text[cut.end():closed]


def _value_under_label(text: str, row_start: int, mention: DateMention) -> bool:
    """A date alone on its line under its label's own line ("Meeting date:" / "4 March 2026")."""
    row_end = text.find("\n", mention.end)
    if text[row_start:mention.start].strip() or text[mention.end:row_end if row_end >= 0 else len(text)].strip():
        return False
    above = _previous_line(text[:max(0, row_start - 1)])
    return above is not None and above.rstrip().endswith(":")


# A form's "Label: value" row: a short label of words, a colon, then its value on the same line.
_LABEL_ROW = re.compile(r"[ \t]*[A-Za-z][A-Za-z'’()/&. -]{1,50}:[ \t]*\S")
# A line that labels a date: "Date sent to CI", "When ratified", "On", "Decision date:".
_DATE_LABEL = re.compile(r"[ \t]*(?:(?:the\s+)?date\b|when\b|on\b)|[^\n]*:[ \t]*$|[^\n]*\bdate[ \t]*$", re.IGNORECASE)


def _rules_out(line: str) -> bool:
    """Whether a line of its own, read as a date's words, says it is no ratification."""
    line = line.strip()
    return bool(line) and (_blocked("", line) or _names_other_event(line))


def _names_other_event(label: str) -> bool:
    """A label that ends naming another event ("Child's date of birth", "Date the review began")."""
    return bool(_OTHER_EVENT.search(label)) and not _COG_EVENT.search(label)


def _blocked(head: str, tail: str) -> bool:
    """True when the words nearest the date say this meeting did not settle the outcome.

    "Deferred ... ratified on 3 Nov" is a ratification; "approved on 1 Nov and sent to the
    COG for ratification" is not. Either side of the date can block it.
    """
    futures = list(_FUTURE_MEETING.finditer(head))
    if futures and not _DECIDED_VERB.search(head):
        return True
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


def _score(head: str, tail: str, starts_row: bool = False) -> list[tuple[str, int]] | None:
    """Evidence ``(rule, weight)`` that a date is the COG's ratification; None when ruled out.

    ``starts_row``: the date opens its line, so the words after it describe it (a row of a
    "Date | Stage" table), and an event other than the COG's there rules it out.
    """
    if _blocked(head, tail):
        return None
    if _of_another_review(head, tail):
        return None  # "A previous review of the same home, ratified on 21 May 2022, ...": not this review
    if _OTHER_EVENT.search(head) and not _COG_EVENT.search(head) and not _COG_DECIDED_AFTER.match(tail):
        return None
    if starts_row and tail.strip() and _TAIL_EVENT.match(tail) and not _STRONG.search(tail) and not _COG.search(tail):
        return None  # "12 May 2026<tab>Notification sent to the Care Inspectorate"
    if starts_row and _names_other_event(tail.strip(" \t\n|:-–—.")):
        return None  # "05/05/2015" over "Child's date of birth": a value-first card's own label
    to_cog = list(_TO_COG.finditer(head))
    if to_cog and not _STRONG.search(head, to_cog[-1].end()):
        return None  # "Date sent to the Chief Officers Group": it reached the COG, nobody decided
    other = list(_OTHER_AGENT.finditer(head)) + list(_OTHER_SUBJECT.finditer(head)) + list(_PERSON_AGENT.finditer(head))
    if other and not _COG.search(head, max(m.end() for m in other)):
        return None  # "approved by the CPC on ...", "the CPC approved it on ...": another body
    clause = head + " " + tail
    if not _COG.search(clause) and (_OTHER_AGENT.search(tail) or _OTHER_SUBJECT.search(tail) or _PERSON_AGENT.search(tail)):
        return None  # "5 May 2026<tab>Report approved by the Child Protection Committee"
    if _NOT_OUTCOME.search(clause) and not _outcome_object(clause):
        return None  # "the terms of reference were approved by Chief Officers on ...": not the outcome
    evidence: list[tuple[str, int]] = []
    if _STRONG.search(clause) or _COG_AGENT.search(clause):
        evidence.append(("ratify-verb", weights.RATIFY_VERB))
    if _COG.search(head) or (_COG.search(tail) and not other):
        evidence.append(("cog-named", weights.COG_NAMED))
    if _WEAK.search(clause):
        evidence.append(("decision-word", weights.DECISION_WORD))
    if re.search(r"\bdate\b", head, re.IGNORECASE) and _COG.search(head):
        evidence.append(("form-label", weights.FORM_LABEL))  # "COG decision date", "Date ratified by COG"
    rules = {rule for rule, _ in evidence}
    # A COG meeting mentioned in prose is not its decision (the meeting may be to come, or
    # may have deferred): a ratify verb, the COG with a decision word, or a form's COG date
    # label ("Date of COG: ...") is needed.
    if not ("ratify-verb" in rules or {"cog-named", "decision-word"} <= rules or {"cog-named", "form-label"} <= rules):
        return None
    if sum(weight for _, weight in evidence) < weights.MIN_CANDIDATE:
        return None
    return evidence


def _commissions_review(clause: str) -> bool:
    """Whether a clause decides to hold a review ("no SCR would be held" decides against)."""
    return bool(_COMMISSIONING.search(clause)) and not re.search(r"\bno\b|\bnot\b|n['’]t\b", clause, re.I)


@dataclass(frozen=True)
class Candidate:
    """A date that could be the ratification, with the evidence that supports it.

    ``evidence`` is ranked, heaviest first; ``span`` is where the date was read (offsets in
    the reflowed text). Stored with a filed report as dates and rule names only.
    """

    value: date | None
    weight: int
    evidence: tuple[Evidence, ...]
    span: tuple[int, int]


def ratification_candidates(text: str, doc_type: str | None = None) -> list[Candidate]:
    """Each date that could be the ratification, best first, with its evidence.

    In a Significant Case Review or Learning Review report, the COG's earlier decision to
    commission the review ("ratified on 14 March the recommendation that a Learning Review
    be commissioned") is the ICR's outcome, not the report's: it is not a candidate there.
    A date that carries evidence in two places (a form row and a sentence saying the same)
    gains ``AGREEMENT``: two readings that agree are stronger than either, not a tie.
    """
    text = reflow(read_lookalikes(read_tick_boxes(text)))
    # an export's coded row is one field: its date is read with its own label only, never with
    # the next row's words ("ICR_DT: 11/11/2025" over "COG_STATUS: ratified by COG")
    code_rows = {m.start() for m in _FIELD_CODE.finditer(text)}
    text = _without_leaders(_field_codes_spelt(text))
    mentions = find_dates(text)
    review_report = doc_type in ("SCR", "LR", "LR-OUTCOME")
    answered = _answered_yes_dates(text, mentions)
    minuted = _minuted_meeting_date(text, mentions)
    own_places = _own_places(text)
    found: list[tuple[DateMention, list[tuple[str, int]]]] = []
    for index, mention in enumerate(mentions):
        if _PENDING_NOTE.match(text, mention.end):
            continue  # "12 May 2026 (provisional)"
        prev_end = mentions[index - 1].end if index else 0
        next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        head, tail, starts_row, in_column = _clause_bounds(text, mention, prev_end, next_start)
        row_start = text.rfind("\n", 0, mention.start) + 1
        if row_start in code_rows:
            row_end = text.find("\n", mention.end)
            head, tail = text[row_start:mention.start], text[mention.end:row_end if row_end >= 0 else len(text)]
        evidence = _score(head, tail, starts_row)
        if evidence is not None and in_column:
            # read under its column's headings: the rule says how, the weight stays the label's own
            evidence = evidence + [("column-heading", weights.COLUMN_HEADING)]
        if evidence is not None and _of_another_review(_sentence_before(text, mention, prev_end), ""):
            evidence = None  # "A previous ICR was held on 3 Jan 2023 and ratified by the COG on ...": its subject
        if evidence is not None and _in_other_reviews_section(text, mention, head, tail):
            evidence = None  # "Previous reviews" / "An SCR of the home was ratified by the COG on ...": not this one
        if evidence is not None and _other_areas_cog(head, own_places):
            evidence = None  # "ratified by the Wester Fenwick COG on ..." in a Thornhallow report: another area's
        if (mention.start, mention.end) in answered and not _blocked(head, tail):
            # "Ratified by COG: Yes" / "Date: 4 March 2026": the answer's date
            evidence = (evidence or []) + [("ratified-answer", weights.RATIFIED_ANSWER)]
        if minuted is not None and mention is minuted:
            # "Minutes of the COG, held on 12 May 2026 ... The COG ratified the report."
            evidence = (evidence or []) + [("minuted-decision", weights.MINUTED_DECISION)]
        if evidence is not None and doc_type in ("SCR", "LR") and _of_another_review(head, tail, indefinite_is_other=True):
            evidence = None  # an SCR's report: "The home was the subject of an SCR in 2021, which the COG ratified on ..."
        if evidence is None or (review_report and _commissions_review(head + " " + tail)):
            continue
        found.append((mention, evidence))
    mentions_per_value: dict[date | None, int] = {}
    for mention, _ in found:
        mentions_per_value[mention.value] = mentions_per_value.get(mention.value, 0) + 1
    candidates = []
    for mention, evidence in found:
        span = (mention.start, mention.end)
        ranked = [Evidence(rule, weight, span) for rule, weight in evidence]
        if mention.value is not None and mentions_per_value[mention.value] > 1:
            ranked.append(Evidence("agreement", weights.AGREEMENT, span))
        ranked.sort(key=lambda e: -e.weight)
        candidates.append(Candidate(mention.value, sum(e.weight for e in ranked), tuple(ranked), span))
    before_start = _best_before_review_start(text, mentions, candidates)
    if before_start is not None:
        # The best-supported date came before this review began: another review's, so unknown.
        evidence = (Evidence("before-review-start", weights.BEFORE_REVIEW_START, before_start),)
        candidates.append(Candidate(None, weights.BEFORE_REVIEW_START, evidence, before_start))
    to_come = _own_ratification_to_come(text)
    if to_come is not None:
        # "This report will go to the COG when the panel has finished": no date in it is this review's.
        evidence = (Evidence("own-ratification-to-come", weights.OWN_RATIFICATION_TO_COME, to_come),)
        candidates.append(Candidate(None, weights.OWN_RATIFICATION_TO_COME, evidence, to_come))
    pending = _pending_ratified_row(text)
    if pending is not None:
        # The form's ratification row says "not yet": that outranks any date read elsewhere.
        rule, span = pending
        evidence = (Evidence(rule, weights.RATIFIED_ROW_PENDING, span),)
        candidates.append(Candidate(None, weights.RATIFIED_ROW_PENDING, evidence, span))
    candidates.sort(key=lambda c: (-c.weight, c.span))
    return candidates


# What starts this review, labelled so ("Date of referral:", "Referral received", "Date of ICR", "The
# review commenced on", "ICR convened on"): its ratification can only come after every one of them.
_REVIEW_START = re.compile(
    r"(?:\bdate\s+of\s+(?:the\s+)?(?:referral|ICR|initial\s+case\s+review|rapid\s+review)(?:\s+received)?"
    r"|\breferral\s+(?:received|date)|\b(?:ICR|initial\s+case\s+review)\s+(?:was\s+)?(?:held|convened|met|meeting|date)"
    r"|\b(?:this|the)\s+(?:[\w-]+\s+)?review\s+(?:was\s+)?(?:commenced|began|started|convened)"
    r"|\b(?:date\s+(?:the\s+)?)?review\s+(?:commenced|began|started)|\breview\s+(?:commencement|start)\s+date)"
    r"[\s:,\-–—]*(?:on|of|dated)?[\s:,\t\-–—|]*(?:the\s+)?$",
    re.IGNORECASE,
)


def _best_before_review_start(text: str, mentions: list[DateMention], candidates: list[Candidate]) -> tuple[int, int] | None:
    """The span of a best-supported candidate dated before this review's start, if any.

    A review is ratified after it was referred, screened and begun: a date before the latest
    labelled start ("Date of referral: 12/01/2026", "The review commenced on ...") cannot be this
    review's ratification, however it is worded ("An SCR of the home, ratified by the COG on ...,
    made five recommendations"). Only the heaviest candidates are looked at: the answer becomes
    unknown, never the next date down.
    """
    if not candidates:
        return None
    starts = []
    for index, mention in enumerate(mentions):
        if mention.value is None:
            continue
        prev_end = mentions[index - 1].end if index else 0
        label = text[max(prev_end, text.rfind("\n", 0, mention.start) + 1):mention.start]
        if not label.strip(" \t|:"):
            label = _previous_line(text[max(prev_end, 0):mention.start].rstrip(" \t")) or ""
        if _REVIEW_START.search(label) and not _OTHER_REVIEW.search(label):
            starts.append(mention.value)
    if not starts:
        return None
    latest_start = max(starts)
    best = max(c.weight for c in candidates)
    early = [c for c in candidates if c.weight == best and c.value is not None and c.value < latest_start]
    return early[0].span if early else None


def find_ratification_date(text: str, doc_type: str | None = None) -> date | None:
    """The date the Chief Officers Group ratified (endorsed, approved, agreed) the review's outcome.

    Dates of deferrals, of the ICR meeting, of letters, of births, of the CPC's own approval,
    of the review's start and of a COG meeting to come are not candidates. Returns ``None``
    when no date carries enough evidence, when two different dates carry the same best
    evidence, or when the best-supported mention is not a valid date (31/02/2026, or a
    weekday that contradicts the date). ``doc_type`` is what ``classify`` said (ICR, SCR,
    LR); when not given the text is classified here.
    """
    if doc_type is None:
        from ingestd.analysis.classify import classify  # classify imports this module: import here, not at the top

        doc_type = classify(text)[0]
    return decide(ratification_candidates(text, doc_type))


def decide(candidates: list[Candidate]) -> date | None:
    """The best candidate's date, or None when there is none or two dates tie for best."""
    if not candidates:
        return None
    best = candidates[0].weight
    top = {c.value for c in candidates if c.weight == best}
    if len(top) != 1:
        return None
    (value,) = top
    return value
