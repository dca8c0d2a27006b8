"""Where people are written: a person by default for an unexplained word in such a position.

Word-level rules (a cue, a label naming a person, a gazetteer first name) miss the names that
come with no cue at all, in layouts nobody wrote a rule for. What those layouts share is the
POSITION: a table cell, the value after ``Label:`` (or a dot leader, a dash, the next indented
line), a list item, the line under a sign-off, a bracket, the author of a tracked comment
(``[Commented [AB1]: Ann Example: ...]``), the sender opening a line of a message transcript
(``[14:02] Ann:``). In such a position, a capitalised word that no dictionary, keep term,
public body or report vocabulary explains (the test ``suspects`` applies after redaction) is a
person by default, with the capitalised words it runs into. Prose is no such position: there
a word nobody explains is only a suspect for a person to check.

Initials have no dictionary to fail: they are a person where the position says so, the value
of a label or cell that says "initials" or names the review's subject ("Child: AB, aged 4"),
or the tag of a tracked comment (a word processor writes its author's initials and a number).

``benchmarks/suspect_yield.py`` measures what this is worth: how many leaks lie on suspects
and how many suspects (over-redaction) lie in these positions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ingestd.redaction.keep import Protected
from ingestd.redaction.layout import cells_under_header, row_cells
from ingestd.redaction.lexicon import (
    ACRONYMS, APOSTROPHES, LOWER, NAME_MONTHS, NAME_PARTICLES, ORG_HEADS, TITLES, UPPER,
)
from ingestd.redaction.suspects import KNOWN, explained

_A = APOSTROPHES
_TOKEN = re.compile(rf"(?<![\w{_A}-])[{UPPER}][{UPPER}{LOWER}{_A}-]*[{UPPER}{LOWER}](?![\w{_A}-])")
# Capitalised words a space or a hyphen apart: one name ("Ann Example", "EXAMPLE Ann").
_RUN_GAP = re.compile(r"[ ]|[ ]?-[ ]?")
_MAX_PIECE_WORDS = 5  # more words than this in one piece is a phrase or a sentence, not a name
_PIECE_SPLIT = re.compile(r"[,;/()|\[\]]|[ ][-\u2013\u2014][ ]|\band\b|&")

# "Label: value" and its variants: a colon, a dot leader, a dash between label and value.
# A form's rows may be numbered or lettered ("1) Child: AB", "(b) Mother: CD", "Q3. Name: ...").
_LABEL_VALUE = re.compile(
    r"(?m)^[ \t]*(?:[-*\u2022][ \t]+|\(?(?:Q?\d{1,2}|[a-hA-H])[.)][ \t]+)?(?P<l>[^\W\d][^\n:.\u2013\u2014]{0,48}?)"
    r"[ \t]*(?::|\.{3,}|[ \t][\u2013\u2014-][ \t])[ \t.]*(?P<v>[^\n]+)"
)
# A stacked card: the label on its own line, the value on the next (indented) line.
_STACKED = re.compile(r"(?m)^[ \t]*(?P<l>[^\W\d][^\n:]{0,48}):[ \t]*\n(?:[ \t]*\n)?[ \t]+(?P<v>[^\n]+)")
# A message transcript's sender ("[14:02] Ann:", "Mum:"): capitalised words and a colon opening a line.
# The time stamp before it is whatever the exporting app prints: a time, or a date and a time,
# in brackets or not ("[2026-03-12 14:02]", "[12/03/2026, 14:02:31]", "12/03/2026, 2:02 pm - ").
_STAMP_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ ]?[AaPp]\.?[Mm]\.?)?"
_STAMP_DATE = r"(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}[ ][A-Z][a-z]{2,8}(?:[ ]\d{4})?),?[ ]"
_STAMP = rf"(?:\[(?:{_STAMP_DATE})?{_STAMP_TIME}\][ \t]*|(?:{_STAMP_DATE})?{_STAMP_TIME}(?:[ \t]+[-\u2013][ \t]*|[ \t]+))"
_SENDER = re.compile(
    rf"(?m)^[ \t]*{_STAMP}?"
    rf"(?P<v>[{UPPER}][\w{_A}-]*(?:[ ][{UPPER}][\w{_A}-]*){{0,2}}):[ ]"
)
# ... and a sender alone on the line above their message with the time after the name, as a
# chat app's copied text has it ("Ann Example  09:12", "Ann Example, 12/03/2026 14:02")
_SENDER_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<v>[{UPPER}][\w{_A}-]*(?:[ ][{UPPER}][\w{_A}-]*){{0,2}})[ \t]*,?[ \t]+"
    rf"(?:{_STAMP_DATE})?{_STAMP_TIME}[ \t]*$"
)
# A transcript's turns: a speaker's label (initials, a role, a name, a role with the name in
# brackets) and a colon opening a line, then what was said, a sentence (of three words or more:
# ``_MIN_SAID_WORDS``).
_TURN = re.compile(
    rf"(?m)^[ \t]*{_STAMP}?"
    rf"(?P<l>[{UPPER}][\w{_A}-]*(?:[ ][{UPPER}][\w{_A}-]*){{0,2}}(?:[ ]\([^()\n]{{1,40}}\))?)(?::|[ ][-\u2013])[ ]+"
    rf"(?P<s>[^\n]*[.?!\u2026\"\u201d])[ \t]*$"
)
_MIN_SAID_WORDS = 3
_SPEAKER_INITIALS = re.compile(rf"[{UPPER}]{{2,3}}")
_MIN_TURNS = 3  # fewer turns than this are labelled lines, no dialogue
_LIST_ITEM = re.compile(r"(?m)^[ \t]*(?:[-*\u2022\u25aa\u25cf]|\d{1,2}[.)])[ \t]+(?P<v>[^\n]+)")
_SIGN_OFF = re.compile(
    r"(?im)^[ \t]*(?:(?:kind(?:est)?|best|warm)[ ]regards|regards|many[ ]thanks|thanks|thank[ ]you|"
    r"best[ ]wishes|yours[ ](?:sincerely|faithfully)|with[ ]thanks)[,.!]?[ \t]*\n(?:[ \t]*\n)?(?P<v>[^\n]+)"
)
_BRACKETED = re.compile(r"\((?P<v>[^()\n]{1,40})\)")
# A tracked comment: "[Commented [AB1]: Ann Example: text]", "Comment [AB2]:", "[AB1]".
_COMMENT_TAG = re.compile(
    rf"(?:\b(?i:comment(?:ed)?)[ ]*\[(?P<i>[{UPPER}]{{1,4}}\d{{0,3}})\]"
    rf"|\[(?P<j>[{UPPER}]{{1,4}}\d{{1,3}})\])(?:[ ]*:[ ]*(?P<v>[^:\]\n]{{1,40}}):)?"
)
# Where a value is someone's initials: its label says so, or names the review's subject.
# A family member's label names a person as much as the subject's does ("Mother | AB", "Mother's partner: CD").
_KIN_LABEL = (
    r"(?:(?:maternal|paternal|older|younger|birth|foster|half|step)[ -]?)?(?:mother|father|mum|dad|parent|stepfather"
    r"|stepmother|grandmother|grandfather|gran|granny|brother|sister|sibling|son|daughter|aunt|uncle|cousin|partner"
    r"|boyfriend|girlfriend|husband|wife|carer)(?:[\u2019'](?:s)?[ ]+(?:former[ ]+|new[ ]+)?(?:partner|boyfriend"
    r"|girlfriend|husband|wife|mother|father|brother|sister))?"
)
_INITIALS_LABEL = re.compile(
    r"(?i)\binitials\b|^[ \t]*(?:the[ ]+)?(?:subject[ ]+)?(?:child|adult|young[ ]person)(?:[ ]+[A-Z])?[ \t]*$"
    rf"|^[ \t]*{_KIN_LABEL}(?:[ ]+[A-Z])?[ \t]*$"
)
_INITIALS = re.compile(rf"(?<![\w.])(?:[{UPPER}]\.){{2,3}}(?![\w])|(?<![\w.])[{UPPER}]{{2,3}}(?![\w.])")
# A label whose value is bodies, places or subjects, not people ("Agencies involved: ...").
_BODY_LABEL = re.compile(
    r"(?i)agenc|organi[sz]ation|bod(?:y|ies)|services?\b|committee|council|partnership|address|school|"
    r"nursery|hospital|location|venue|place|area|town|city|region|localit|country|held[ ]at|themes?\b|"
    r"topics?\b|title|heading|learning|findings?|language|religio|ethnic|nationalit|faith|system|software|"
    r"record|database|team\b|category|type\b|status|outcome|decision"
)
BODY_LABEL = _BODY_LABEL  # also read by ``lowercase`` (a lower-case field's label)
# The owner after a dash ending an action item ("- check records - AB").
_OWNER_AFTER_DASH = re.compile(rf"[ ][-\u2013\u2014][ ](?P<i>[{UPPER}]{{2,3}})[ \t]*$")
# An initial before a capitalised word: a name follows ("to I Example", "B. Example").
_INITIAL_BEFORE = re.compile(rf"(?<![\w.{_A}-])[{UPPER}]\.?[ ](?P<v>[{UPPER}][{LOWER}][\w{_A}-]*)")
# An initial before a surname nobody explains: "to I Example", "A Example".
_INITIAL_THEN = re.compile(rf"(?<![\w.{_A}-])[{UPPER}]\.?[ ](?=[{UPPER}][{LOWER}])")
# Acronyms of a review paper that stand where initials would ("Lead: NHS", "Status: TBC").
NOT_INITIALS = frozenset(
    """cog cpc apc ppc icr scr lr lrs sir sar nhs gp hv cswo hscp cp asp ia idr jii vpd ccr cg coc lac
    tbc tba n/a na nil all cpo swo rn sw ed hr it ok no yes uk dob chi ni re fw fwd"""
    .split()
) | ACRONYMS


_COMMON_FORENAME_RANK = 10_000  # a first name among this many commonest words ("Due", "Amber") is a word here
_PREFIXES = ("ante", "post", "pre", "non", "anti", "multi", "inter", "sub", "re", "un", "co")
_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ised", "ized"), ("ising", "izing"), ("isation", "ization"),
             ("ised", "ise"), ("ed", ""), ("ed", "e"))
# A lower-case word after the capitalised run in the same piece: the run opens a phrase.
_PHRASE_GOES_ON = re.compile(rf"[ ](?!(?:{'|'.join(sorted(NAME_PARTICLES))}|nan|na|an|nic|mac)[ ])[{LOWER}]")
# What may stand before a name in its piece: space, a bullet, titles, initials, a time stamp.
_OPENS_PIECE = re.compile(
    rf"[\s\-*\u2022\u25aa\u25cf\[\]:.\d]*(?:(?:{'|'.join(sorted(TITLES))}|[{UPPER}])\.?[ ]+)*",
    re.IGNORECASE,
)
# The last word of a place's or a body's name: the piece after it is a town ("Example House, Town").
# Only words that are rarely a surname: "Hall", "Hill", "Green" and "Park" are people's too.
_PLACE_HEADS = ORG_HEADS | frozenset(
    "house home homes lodge cottage cottages farm farmhouse manse hospice ward road street avenue crescent drive "
    "terrace gardens wynd".split())
_INNER_CAPITAL = re.compile(rf"(?<=[{LOWER}])(?=[{UPPER}])")
# A place or a body before the acronym of its committee or partnership ("Angus CPC", "Fife HSCP").
_BODY_ACRONYM_AFTER = re.compile(r"[ ]+(?:CPC|APC|PPC|COG|HSCP|IJB|CSWO|NHS|ADP|MAPPA|SCRA)\b")


@functools.cache
def _common() -> frozenset[str]:
    from wordfreq import top_n_list

    return frozenset(top_n_list("en", _COMMON_FORENAME_RANK))


@functools.lru_cache(maxsize=4096)
def _explained_here(word: str) -> bool:
    """``explained``, and the word-formation a dictionary leaves out: "Part-time", "Chronologies",
    "Anonymised", "Antenatal", "CouncilAgencies" (two words an extraction ran together); a first
    name that is also among the commonest words is a word in these positions ("Due: 3 May")."""
    if explained(word) or word.lower() in _common():
        return True
    low = word.lower()
    if "-" in word:
        return all(_explained_here(part) for part in word.split("-") if part)
    inner = _INNER_CAPITAL.split(word)
    if len(inner) > 1:
        return all(explained(part) for part in inner)
    for suffix, replacement in _SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 2 and explained(low[: -len(suffix)] + replacement):
            return True
    return any(low.startswith(p) and len(low) > len(p) + 3 and explained(low[len(p):]) for p in _PREFIXES)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The parts of a value ("Ann Example, Chair / Bo Example") short enough to be a name; the
    part after a place ("Example House, Town") is its town, no name."""
    position = start
    after_place = False
    for separator in [*_PIECE_SPLIT.finditer(text, start, end), None]:
        piece_end = separator.start() if separator else end
        words = text[position:piece_end].split()
        if 0 < len(words) <= _MAX_PIECE_WORDS and not after_place:
            yield position, piece_end
        after_place = bool(words) and words[-1].strip(".").lower() in _PLACE_HEADS
        if separator is None:
            break
        position = separator.end()


def person_positions(text: str) -> Iterator[tuple[tuple[int, int], bool]]:
    """Spans where people are written, each with whether initials there are a person's."""
    not_people = set(cells_under_header(text, _BODY_LABEL))  # a column of places, bodies, languages
    for cells in row_cells(text):
        if cells and _BODY_LABEL.search(text[cells[0][0]:cells[0][1]]) and len(cells) == 2:
            continue  # "| Committee | Example CPC |": a form row whose label names no person
        initials_row = any(_INITIALS_LABEL.search(text[s:e]) for s, e in cells)
        for start, end in cells:
            if (start, end) in not_people:
                continue
            for piece in _pieces(text, start, end):
                yield piece, initials_row
    for pattern in (_LABEL_VALUE, _STACKED):
        for match in pattern.finditer(text):
            if _BODY_LABEL.search(match.group("l")):
                continue
            initials = bool(_INITIALS_LABEL.search(match.group("l")))
            for piece in _pieces(text, match.start("v"), match.end("v")):
                yield piece, initials
    for match in _LIST_ITEM.finditer(text):
        owner = _OWNER_AFTER_DASH.search(match.group("v"))
        if owner:
            yield (match.start("v") + owner.start("i"), match.start("v") + owner.end("i")), True
    for match in _INITIAL_BEFORE.finditer(text):
        yield (match.start("v"), match.end("v")), False
    for pattern in (_SENDER, _SENDER_LINE, _LIST_ITEM, _SIGN_OFF):
        for match in pattern.finditer(text):
            for piece in _pieces(text, match.start("v"), match.end("v")):
                yield piece, False
    yield from _speakers(text)
    for match in _BRACKETED.finditer(text):
        value = match.group("v")
        initials = value.lower().startswith("initials")
        yield (match.start("v"), match.end("v")), initials
    for match in _COMMENT_TAG.finditer(text):
        tag = "i" if match.group("i") else "j"
        yield (match.start(tag), match.end(tag)), True
        if match.group("v"):
            yield (match.start("v"), match.end("v")), False


def _speakers(text: str) -> Iterator[tuple[tuple[int, int], bool]]:
    """Initials that speak in a transcript: in a dialogue of two speakers or more, each turn's label
    is a speaker, and a label of initials ("ZB: I visited ...") is a person's, as in a key."""
    turns = [m for m in _TURN.finditer(text) if len(m.group("s").split()) >= _MIN_SAID_WORDS]
    if len(turns) < _MIN_TURNS or len({m.group("l").split(" (")[0] for m in turns}) < 2:
        return
    for match in turns:
        if _SPEAKER_INITIALS.fullmatch(match.group("l")):
            yield match.span("l"), True


def find_position_names(text: str, protected: Protected,
                        lowered: frozenset[str] | set[str] = frozenset()) -> Iterator[tuple[int, int, tuple[str, ...], bool]]:
    """(start, end, words, initials) of each person found by position alone; ``lowered`` holds
    the words the document also writes in lower case (a word, then, not a name)."""
    seen: set[tuple[int, int]] = set()
    for (start, end), initials in person_positions(text):
        if initials:
            for match in _INITIALS.finditer(text, start, end):
                tag = re.match(rf"[{UPPER}]{{1,4}}\d{{1,3}}$", text[start:end])
                letters = match.group().replace(".", "").lower()
                if (letters not in NOT_INITIALS or tag) and not protected.overlaps(*match.span()):
                    span = match.span()
                    if span not in seen:
                        seen.add(span)
                        yield span[0], span[1], (match.group(),), True
            if re.fullmatch(rf"[{UPPER}]{{1,4}}\d{{1,3}}", text[start:end]) and (start, end) not in seen:
                seen.add((start, end))
                yield start, end, (text[start:end],), True  # a comment tag: "AB1"
        for run_start, run_end, words in _runs(text, start, end):
            if (run_start, run_end) in seen or protected.overlaps(run_start, run_end):
                continue
            if not _OPENS_PIECE.fullmatch(text, start, run_start):
                continue  # "resident at Example House": a name opens its cell, after a title at most
            if words[-1].lower() in _PLACE_HEADS or _place_follows(text, run_end):
                continue  # "(Example House Care Home)": a place's name, not a person's
            if _PHRASE_GOES_ON.match(text, run_end, end):
                continue  # "Anonymised report attached: Yes": a phrase, not a name
            if all(_explained_here(w) or w.lower() in lowered for w in words) or _BODY_ACRONYM_AFTER.match(text, run_end):
                continue
            seen.add((run_start, run_end))
            for back in (2, 3):
                initial = _INITIAL_THEN.match(text, max(0, run_start - back))
                if initial and initial.end() == run_start:
                    run_start = initial.start()  # "I Example": the initial is part of the name
                    break
            yield run_start, run_end, words, False


_NEXT_WORD = re.compile(rf"[ ]+([{UPPER}][{LOWER}]+)")


def _place_follows(text: str, end: int) -> bool:
    """Whether the capitalised word after ``end`` is a place's or a body's head word ("House", "Care")."""
    following = _NEXT_WORD.match(text, end)
    return bool(following) and following.group(1).lower() in _PLACE_HEADS | {"care", "nursing"}


def _runs(text: str, start: int, end: int) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Runs of capitalised words (one name) inside ``[start, end)``, month names left out."""
    run: list[re.Match[str]] = []
    for match in [*_TOKEN.finditer(text, start, end), None]:
        if match is not None and (match.group().lower() in KNOWN or match.group().lower() in NAME_MONTHS
                                  or (match.group().isupper() and explained(match.group()))):
            match_is_word = False  # a role, a body's head word, a title, a month: no part of a name
        else:
            match_is_word = match is not None
        if not match_is_word and match is not None:
            if run:
                yield run[0].start(), run[-1].end(), tuple(m.group() for m in run)
            run = []
            continue
        if run and match is not None and _RUN_GAP.fullmatch(text, run[-1].end(), match.start()):
            run.append(match)
            continue
        if run:
            yield run[0].start(), run[-1].end(), tuple(m.group() for m in run)
        run = [match] if match is not None else []
