"""Person names: evidence from titles, roles, labels, form fields, table columns and gazetteers.

Each rule proposes a *phrase* of capitalised words; ``_core`` trims it to the words that can
be a name (dropping titles, roles and report vocabulary at its edges and cutting it at the
first such word inside). Rules differ in how much they trust their evidence:

* a title ("Ms", "Dr", "Sergeant") names the next words, unless they open an organisation
  ("Dr Example's Hospital");
* a role or relationship ("the health visitor, ...", "their mother ..."), an anonymised
  label ("Child Q: ...", "Young Person Y, ..."), a form field ("Name / DOB", "Chair"), a
  column headed Name or Presenter, an apposition (", Lead Officer", "(Chair)"), a birth date
  right after the phrase, or a letter's sign-off name it when it is not inside an
  organisation's name;
* a forename gazetteer hit on the first word of a two-to-four word phrase, or Scottish
  surname morphology (Mc/Mac, O', hyphenated with a Mc part), names it when it is not inside
  an organisation's name;
* a lone gazetteer first name names itself only where an ordinary word would not be
  capitalised and the document never writes it in lower case.

The result is a list of name findings; ``propagate`` then redacts every other mention of
their words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from redaction.dates import DATE
from redaction.gazetteer import forenames
from redaction.keep import Protected
from redaction.layout import cells_under_header, label_value_cells
from redaction.lexicon import (
    APOSTROPHES,
    BARE_CUE_ROLES,
    HOUSE_TYPES,
    LOWER,
    NAME_MONTHS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_HEADS,
    ROLE_WORDS,
    STREET_TYPES_UNNUMBERED,
    TITLES,
    UPPER,
)

_A = APOSTROPHES
_PART = rf"(?:[OD][{_A}])?[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?"
WORD = rf"{_PART}(?:-{_PART})*"
CAPS = rf"(?:O[{_A}])?[{UPPER}]{{2,}}(?:[-{_A}][{UPPER}]{{2,}})*"
_INITIAL = rf"[{UPPER}]\.?"
_PARTICLE = "|".join(sorted(NAME_PARTICLES))
_SEP = rf"(?:[ ]|\n(?=[{UPPER}])|[ ][\"\u201c]{WORD}[\"\u201d][ ])"  # a "nickname" between names
PHRASE = rf"(?<![\w{_A}-])(?:{_INITIAL}[ ]){{0,2}}{WORD}(?:{_SEP}(?:(?:{_PARTICLE})[ ])?{WORD}){{0,3}}"

_TOKEN = re.compile(rf"{WORD}|{_INITIAL}(?![{LOWER}])")
_MORPH = re.compile(rf"^(?:Ma?c[{UPPER}][{LOWER}]+|O[{_A}][{UPPER}][{LOWER}]+)")
_NOT_NAME = NOT_NAMES | ROLE_WORDS | ORG_HEADS | STREET_TYPES_UNNUMBERED | (HOUSE_TYPES - {"hall", "mill", "house"})


def _forms(words: Iterable[str]) -> str:
    forms = {w.capitalize() for w in words} | {w.upper() for w in words}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


_TITLE_RE = re.compile(rf"(?<![\w])(?:{_forms(TITLES)})\.?[ ]+(?P<n>{PHRASE})")
_ORG_AFTER = re.compile(rf"(?:[{_A}]s)?[ ]+(?:[{UPPER}][\w{_A}-]*[ ]+){{0,2}}(?:{_forms(ORG_HEADS)})\b")
_CUE_VERBS = (
    r"(?:chaired|completed|prepared|written|signed|authored|compiled|seen|visited|assessed|examined|"
    r"interviewed|supported|referred|reported|accompanied|attended|raised|shared)[ ]by"
)
_ROLE_ALTERNATION = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
_BARE_ALTERNATION = "|".join(sorted(BARE_CUE_ROLES, key=len, reverse=True))
# "Chair: Ann Example", "the health visitor, Ann Example", "nurse was Ann Example".
_ROLE_CUE = re.compile(
    rf"(?i:\b(?:{_ROLE_ALTERNATION}|{_CUE_VERBS})(?:[ ]of)?)"
    rf"(?:[ ]*[,:\t\u2013\u2014-][ ]*|[ ]+(?i:is|was|were|being|named|called)[ ]+)(?P<n>{PHRASE})"
)
# "their mother Ann Example", "chaired by Ann Example": only roles that cannot start a title.
_BARE_CUE = re.compile(rf"(?i:\b(?:{_BARE_ALTERNATION}|{_CUE_VERBS})(?:[ ]of)?)[ ]+(?P<n>{PHRASE})")
_LABEL = re.compile(
    rf"(?<![\w])(?:Child|Young[ ]Person|Young[ ]Adult|Sibling|Baby|Infant|Person|Adult|Parent|Carer|Mother|Father|Subject)[ ]"
    rf"(?:[A-Z]{{1,2}}|\d{{1,2}})(?![\w])(?:[{_A}]s)?[ ]*[:,(\t\u2013\u2014-][ ]*(?P<n>{PHRASE})"
)
_APPOSITION = re.compile(rf"(?P<n>{PHRASE})(?:[ ]*,[ ]*(?:the[ ]+|a[ ]+|our[ ]+|an[ ]+)?|[ ]*\([ ]*)(?P<r>[^,()\n;]{{1,60}})")
_BIRTH_AFTER = re.compile(
    rf"(?P<n>{PHRASE})(?:[ ]*[(,]?[ ]*(?i:DOB|D\.O\.B|born|date[ ]of[ ]birth|b\.)|[ ]*/[ ]*{DATE})"
)
_SIGN_OFF = re.compile(
    rf"(?im:^[ \t]*(?:kind[ ]regards|best[ ]wishes|best[ ]regards|warm[ ]regards|regards|yours[ ]sincerely|yours[ ]faithfully|many[ ]thanks|signed|signature)[ ,.:_\u2026]*\n?[ \t._\u2026]*)(?P<n>{PHRASE})"
)
_SURNAME_FIRST = re.compile(rf"(?<![\w{_A}-])(?P<s>{CAPS}),[ ]*(?P<f>{WORD}(?:[ ]{WORD})?)")
_GENERIC = re.compile(rf"(?<![\w{_A}-]){PHRASE}")
_CONTINUATION = re.compile(rf"(?:[ ]+and[ ]+|[ ]*&[ ]*|[ ]*,[ ]*)(?P<n>{PHRASE})")
_FIELD_LABEL = re.compile(
    r"(?i)\b(?:names?|forenames?|surnames?|chair(?:ed)?|author|contact|clerk|taker|reviewer|presenter|signed|"
    r"(?:prepared|completed|written|produced|authored)[ ]by|officer|worker|visitor|nurse|teacher|mother|father|"
    r"parents?|carers?|partner|sibling|grand(?:mother|father|parent)|gp|consultant|manager|present|attendees?|"
    r"attending|apologies|distribution|cc|to|from|fao|attn|reporter|practitioner|midwife|paediatrician|"
    r"social[ ]worker|key[ ]worker|lead)\b"
)
_NAME_HEADER = re.compile(
    r"(?i)^(?:(?:full|first|last|family|given|fore|sur)[ ]?)?names?$|presenter|attendees?|author|contact|worker|"
    r"practitioner|^who$|^person|^chair|responsible|^lead$|^member"
)
_FIELD_SPLIT = re.compile(r"[/;,]|\band\b|&")
_ROLE_TAIL = frozenset(ROLE_WORDS | ORG_HEADS | {"independent", "chief", "senior", "principal", "deputy", "head"})

STRONG = 50
GAZETTEER = 45


@dataclass(frozen=True)
class NameFinding:
    """A name's span (without its title) and its words, ready for placeholders and propagation."""

    start: int
    end: int
    words: tuple[str, ...]
    strength: int


def find_names(text: str, protected: Protected) -> list[NameFinding]:
    """Names found on direct evidence, before document-wide propagation."""
    found: dict[tuple[int, int], NameFinding] = {}

    def accept(start: int, phrase: str, strength: int, veto: bool = True, min_words: int = 1) -> None:
        for finding in _cores(start, phrase, strength):
            if len(finding.words) < min_words:
                continue
            if veto and protected.overlaps(finding.start, finding.end):
                continue
            key = (finding.start, finding.end)
            if key not in found or found[key].strength < strength:
                found[key] = finding

    for match in _TITLE_RE.finditer(text):
        if _ORG_AFTER.match(text, match.end("n")):
            continue
        accept(match.start("n"), match.group("n"), STRONG, veto=False)
    for pattern in (_ROLE_CUE, _BARE_CUE, _LABEL, _SIGN_OFF):
        for match in pattern.finditer(text):
            accept(match.start("n"), match.group("n"), STRONG)
    for match in _BIRTH_AFTER.finditer(text):
        accept(match.start("n"), match.group("n"), STRONG)
    for match in _APPOSITION.finditer(text):
        if _role_tail(match.group("r")):
            accept(match.start("n"), match.group("n"), STRONG, min_words=2)
    for start, end in label_value_cells(text, _FIELD_LABEL):
        for piece_start, piece in _field_pieces(text, start, end):
            accept(piece_start, piece, STRONG)
    for start, end in cells_under_header(text, _NAME_HEADER):
        for piece_start, piece in _field_pieces(text, start, end):
            accept(piece_start, piece, STRONG)
    for match in _SURNAME_FIRST.finditer(text):
        _surname_first(match, protected, found)
    _gazetteer(text, protected, found)
    _continuations(text, protected, found)
    return sorted(found.values(), key=lambda f: (f.start, -f.end))


def _cores(start: int, phrase: str, strength: int) -> Iterator[NameFinding]:
    """Trim a phrase to its name words; a phrase broken over two lines may hold two names."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(phrase)]
    groups: list[list[tuple[int, str]]] = [[]]
    for offset, token in tokens:
        if groups[-1] and "\n" in phrase[groups[-1][-1][0]:offset]:
            groups.append([])
        groups[-1].append((offset, token))
    if len(groups) == 2 and len(groups[0]) == 1 and len(groups[1]) <= 2:
        groups = [groups[0] + groups[1]]  # a first name wrapped away from its surname
    for group in groups:
        core = _trim(group, phrase)
        if core:
            first, last = core[0], core[-1]
            words = tuple(t for _, t in core if len(t.rstrip(".")) > 1)
            yield NameFinding(start + first[0], start + last[0] + len(last[1]), words, strength)


def _trim(tokens: list[tuple[int, str]], phrase: str) -> list[tuple[int, str]]:
    core: list[tuple[int, str]] = []
    for offset, token in tokens:
        low = token.lower().rstrip(".")
        if low in _NOT_NAME or low in TITLES:
            if core:
                break
            continue
        if low in NAME_MONTHS and _next_is_digit(phrase, offset + len(token)):
            break
        core.append((offset, token))
    while core and len(core[-1][1].rstrip(".")) == 1:
        core.pop()
    if not any(len(t.rstrip(".")) > 1 for _, t in core):
        return []
    return core


def _next_is_digit(phrase: str, position: int) -> bool:
    rest = phrase[position:position + 2].strip()
    return rest[:1].isdigit()


def _role_tail(tail: str) -> bool:
    if "@" in tail:
        return True
    words = [w.lower().strip(".'\u2019") for w in re.findall(r"[\w'\u2019.-]+", tail)[:4]]
    return any(w in _ROLE_TAIL or w.removesuffix("'s") in _ROLE_TAIL for w in words)


def _field_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """Each name-like stretch at the head of the parts of a field value ("A / B; C and D")."""
    position = start
    for separator in [*_FIELD_SPLIT.finditer(text, start, end), None]:
        piece_end = separator.start() if separator else end
        piece = text[position:piece_end]
        stripped = piece.lstrip(" \t")
        match = re.match(PHRASE, stripped)
        if match:
            yield piece_end - len(piece) + (len(piece) - len(stripped)), match.group()
        if separator is None:
            break
        position = separator.end()


def _surname_first(match: re.Match[str], protected: Protected, found: dict[tuple[int, int], NameFinding]) -> None:
    """"EXAMPLE, Ann": an upper-case surname, a comma, and a known first name."""
    surname, forename = match.group("s"), match.group("f")
    first = forename.split(" ")[0]
    if surname.lower() in _NOT_NAME or first.lower() in _NOT_NAME or first.lower() not in forenames():
        return
    if protected.overlaps(match.start(), match.end()):
        return
    words = (*forename.split(" "), surname)
    for start, end in ((match.start("s"), match.end("s")), (match.start("f"), match.end("f"))):
        found[(start, end)] = NameFinding(start, end, words, STRONG)


def _gazetteer(text: str, protected: Protected, found: dict[tuple[int, int], NameFinding]) -> None:
    names = forenames()
    lowered_words: set[str] | None = None
    for match in _GENERIC.finditer(text):
        phrase = match.group()
        for finding in _cores(match.start(), phrase, GAZETTEER):
            if protected.overlaps(finding.start, finding.end):
                continue
            words = finding.words
            last = words[-1].lower() if words else ""
            if len(words) >= 2:
                if (words[0].lower() in names or any(_MORPH.match(w) for w in words)) and last not in _NOT_NAME:
                    _add(found, finding)
                continue
            if len(words) != 1 or finding.end - finding.start != len(words[0]):
                continue
            word = words[0]
            if word.lower() in NAME_MONTHS:
                continue  # "until May": a lone month-name needs more than the gazetteer
            if _MORPH.match(word) and not _ORG_AFTER.match(text, finding.end):
                _add(found, finding)
                continue
            if word.lower() not in names:
                continue
            if lowered_words is None:
                lowered_words = set(re.findall(rf"(?<![{UPPER}{LOWER}])[{LOWER}]+", text))
            if word.lower() in lowered_words:
                continue
            if _capitalised_mid_sentence(text, finding.start) or _followed_by_lower_word(text, finding.end):
                _add(found, finding)


def _beside_number(text: str, start: int, end: int) -> bool:
    """"9th June", "June 2026": a month, not a person."""
    return bool(re.search(r"\d(?:st|nd|rd|th)?(?:[ ]of)?[ ]$", text[max(0, start - 8):start])) or bool(
        re.match(r",?[ ]\d", text[end:end + 3])
    )


def _add(found: dict[tuple[int, int], NameFinding], finding: NameFinding) -> None:
    key = (finding.start, finding.end)
    if key not in found:
        found[key] = finding


def _capitalised_mid_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return bool(re.search(rf"[{LOWER}0-9,][ ]$", before))


def _followed_by_lower_word(text: str, end: int) -> bool:
    return bool(re.match(rf"(?:[{_A}]s)?[ ][{LOWER}]{{2,}}", text[end:end + 20]))


def _continuations(text: str, protected: Protected, found: dict[tuple[int, int], NameFinding]) -> None:
    """"Ann Example and Bo Example": a name right after a found name (and, &, a list comma)."""
    frontier = [f for f in found.values() if f.strength >= STRONG and len(f.words) >= 2]
    while frontier:
        next_frontier = []
        for finding in frontier:
            match = _CONTINUATION.match(text, finding.end)
            if not match:
                continue
            for core in _cores(match.start("n"), match.group("n"), STRONG):
                if protected.overlaps(core.start, core.end) or (core.start, core.end) in found:
                    continue
                if match.group().lstrip().startswith(",") and len(core.words) < 2:
                    continue
                found[(core.start, core.end)] = core
                next_frontier.append(core)
        frontier = next_frontier
