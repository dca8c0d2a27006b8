"""Document-wide propagation: once a name or a birth date is known, every mention goes.

After "Ann Example" is found anywhere, every capitalised or upper-case "Ann", "Example",
"Ms Example", "EXAMPLE" and "Example's" in the document is redacted too, whatever the
recognisers made of it locally, except inside an organisation's name ("Example Hospital").
Lower-case mentions stay when the word is English ("rose" the verb is not "Rose" the name);
a name's word no English list knows goes in lower case too ("spoke to ilse"). Each mention is tied to a
person so that placeholders stay consistent: a full name is its own person; a lone word
belongs to the nearest full name before it that contains it (or the first one after it).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from ingestd.redaction.dates import find_dates
from ingestd.redaction.keep import Protected
from ingestd.redaction.model import Finding
from ingestd.redaction.gazetteer import forename_gender, is_forename
from ingestd.redaction.initials import SERVICES
from ingestd.redaction.lexicon import ACRONYMS, EVERYDAY_ABBREVIATIONS, NAME_MONTHS, SURNAME_WORDS, TITLES, UPPER
from ingestd.redaction.lowercase import _ENGLISH, _english
from ingestd.redaction.names import _NOT_NAME, NameFinding, _beside_number, _lowered_words
from ingestd.redaction.positions import NOT_INITIALS

DIRECT_PRIORITY = 50
PROPAGATED_PRIORITY = 40


def _norm(word: str) -> str:
    return word.lower().replace("\u2019", "'")


_MIN_HYPHEN_PART = 3


def _hyphen_parts(surnames: Iterable[str]) -> set[str]:
    """The parts of a double-barrelled surname, each also used alone ("Example-Sample" ... "Sample")."""
    return {part for word in surnames if "-" in word for part in word.split("-")
            if len(part) >= _MIN_HYPHEN_PART and part not in _NOT_NAME}


class People:
    """Resolves a word at a position to the person (full name) it most likely refers to."""

    def __init__(self, findings: list[NameFinding]) -> None:
        self._mentions: dict[str, list[tuple[int, str]]] = {}
        for finding in findings:
            long_words = [_norm(w) for w in finding.words if len(w) > 1]
            if len(long_words) < 2:
                continue
            key = " ".join(long_words)
            for word in long_words:
                self._mentions.setdefault(word, []).append((finding.start, key))
            for part in _hyphen_parts(long_words[1:]):
                self._mentions.setdefault(part, []).append((finding.start, key))
        for mentions in self._mentions.values():
            mentions.sort()

    def key(self, words: tuple[str, ...], position: int, gender: str | None = None) -> str:
        """The person a mention belongs to; ``gender`` ("F"/"M") comes from a title before it.

        "Mr Example" after "Ann Example" is not Ann: a titled surname goes to the nearest full
        name whose first name has the title's gender, or is a person of its own when none has.
        """
        long_words = [_norm(w) for w in words if len(w) > 1]
        if len(long_words) >= 2:
            return "person:" + " ".join(long_words)
        word = long_words[0] if long_words else ""
        mentions = self._mentions.get(word)
        if gender is not None:
            mentions = [m for m in mentions or () if _gender_of(m[1], word) in (gender, None)]
            if not mentions:
                return f"person:{_TITLE_GENDER_KEY[gender]} {word}"
        if not mentions:
            return "person:" + word
        index = bisect.bisect_right(mentions, (position, "\uffff")) - 1
        return "person:" + mentions[max(index, 0)][1]


_TITLE_GENDER = {"mr": "M", "mrs": "F", "ms": "F", "miss": "F"}
_TITLE_GENDER_KEY = {"M": "mr", "F": "ms"}
_TITLE_BEFORE = re.compile(r"(?i)\b(mr|mrs|ms|miss)\.?[ ]+$")


def _gender_of(full_key: str, word: str) -> str | None:
    """The gender of a full name's first name, when the mention is not that first name itself."""
    first = full_key.split(" ")[0]
    return None if first == word else forename_gender(first)


def _title_gender(text: str, start: int) -> str | None:
    match = _TITLE_BEFORE.search(text, max(0, start - 6), start)
    return _TITLE_GENDER[match.group(1).lower()] if match else None


def person_findings(text: str, names: list[NameFinding], protected: Protected) -> Iterator[Finding]:
    """The direct name findings and every other capitalised mention of their words."""
    findings = list(_person_findings(text, names, protected))
    # "Mrs Example ... Example said": an untitled surname joins the one titled person of
    # that surname, when there is exactly one (with two, Mr and Mrs, it cannot choose).
    titled: dict[str, set[str]] = {}
    for finding in findings:
        prefix, _, word = finding.key.removeprefix("person:").partition(" ")
        if prefix in _TITLE_GENDER_KEY.values() and word and " " not in word:
            titled.setdefault(word, set()).add(finding.key)
    for finding in findings:
        word = finding.key.removeprefix("person:")
        keys = titled.get(word)
        if keys is not None and len(keys) == 1:
            yield Finding(finding.start, finding.end, finding.category, finding.priority, next(iter(keys)), finding.rule)
        else:
            yield finding


def _person_findings(text: str, names: list[NameFinding], protected: Protected) -> Iterator[Finding]:
    people = People(names)
    direct = {(f.start, f.end) for f in names}
    for finding in names:
        gender = _title_gender(text, finding.start)
        yield Finding(finding.start, finding.end, "person", DIRECT_PRIORITY,
                      people.key(finding.words, finding.start, gender), finding.rule)
    words = {_norm(w) for f in names for w in f.words if len(w) > 1 and _norm(w) not in _NOT_NAME}
    if not words:
        return
    words |= _hyphen_parts(_norm(w) for f in names if len(f.words) >= 2 for w in f.words[1:])
    # One pass of the tokeniser serves both the neighbour rounds and the mentions.
    tokens = list(_CAPITALISED.finditer(text))
    lows = [_norm(match.group()) for match in tokens]
    words |= _neighbours(text, tokens, lows, names, words, protected)
    words |= _coordinated(text, tokens, lows, names, words, protected)
    # a name the document writes in lower case ("mr example") is redacted in lower case elsewhere
    lower = {_norm(w) for f in names if f.rule.startswith("name-lower") for w in f.words}
    # ... and so is a found name's word that no English list knows: "Ilse Example" in a header,
    # "spoke to ilse" in a lower-case note; "rose" the verb is an English word and stays
    english = _english(_ENGLISH)
    if english:
        lower |= {w for w in words if len(w) >= _MIN_LOWER and all(p not in english for p in w.split("-"))}
    for start, end, found in _mentions(text, tokens, lows, words):
        if not (text[start].isupper() or _norm(text[start:end]) in lower) or (start, end) in direct or protected.overlaps(start, end):
            continue
        if not text[start].isupper() and _in_address(text, start, end):
            continue  # "ilse.example@...": the address is an identifier's, redacted whole
        surface = text[start:end]
        if surface.lower() in NAME_MONTHS and _beside_number(text, start, end):
            continue
        key = people.key((found or _canonical(surface),), start, _title_gender(text, start))
        yield Finding(start, end, "person", PROPAGATED_PRIORITY, key,
                      _variant_rule(surface, found))
    yield from _initials(text, names, people, protected)


# Minutes refer to people by their initials: "Ann Example (AE) - Chair" in the attendance
# list, then "AE summarised the referral", "Action: AE to share ...", a cell "AE" in the
# action column. Initials are upper-case letters of a found full name's words.
# Dotted initials ("Ann Ro Example (A.R.E.)", then "A.R.E. said") are read as their letters.
# ... and typed with a space or without the last full stop ("A. E.", "A.E"): the same initials.
# A possessive after them is theirs too ("J.P.'s file", "JP's notes").
_INITIALS = re.compile(
    rf"(?<![\w&/.'\u2019-])(?:[{UPPER}]{{2,4}}|(?:[{UPPER}]\.){{2,4}}|[{UPPER}]\.(?:[ ][{UPPER}]\.){{1,3}}"
    rf"|(?:[{UPPER}]\.){{1,3}}[{UPPER}](?![.]))(?![\w&/-]|['\u2019](?!s\b))")
_DEFINED = re.compile(rf"[ ]*\([ ]*([{UPPER}]{{2,4}}|(?:[{UPPER}]\.){{2,4}})[ ]*\)")
_LEGEND_BEFORE = re.compile(rf"(?<![\w&/.'\u2019-])([{UPPER}]{{2,4}})[ ]*(?:=|:|[-\u2013\u2014]|\()[ ]*\Z")
# Where an undefined upper-case token is a person: an action's owner ("AE to share", "AE will
# ..."), the subject of a reporting verb ("AE advised"), after "with / by / Action: / Lead:",
# or alone in a table cell or a list of owners ("AE / BE").
_INITIALS_AFTER = re.compile(
    r"[ ]+(?:to[ ][a-z]|will[ ]|would[ ]|and[ ][A-Z]{2,4}\b|(?:also[ ])?(?:summarised|summarized|advised|noted|"
    r"confirmed|explained|agreed|reported|said|stated|described|updated|outlined|highlighted|asked|"
    r"queried|raised|suggested|shared|presented|welcomed|thanked|offered|provided|clarified)\b)"
    r"|[ ]*[/&,][ ]*[A-Z]{2,4}\b"
)
_INITIALS_BEFORE = re.compile(
    r"(?:\b(?:with|by|from|and|to|cc|Action|Lead|Owner|Responsible|Actioned[ ]by|Who)[ ]*:?[ ]*"
    r"|[A-Z]{2,4}[ ]*[/&,][ ]*)\Z"
)
_CELL_EDGE = re.compile(r"[\t|]")
# An action list gives each action's owner after a dash at the end of the line ("- circulate
# the draft - AE", "Share the plan – BE"); a dash mid-line ("AE - Chair") is a legend, read above.
_OWNER_DASH = re.compile(r"[ ][-\u2013\u2014][ ]*\Z")
_WRITTEN_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _name_initials(words: tuple[str, ...]) -> set[str]:
    """"Ann Bo Example" gives ABE and AE; "Ann Mac Example" AME and AE; "Ann Ex-Ample" AE and AEA."""
    letters = [w[0].upper() for w in words if w[:1].isalpha()]
    if len(letters) < 2:
        return set()
    forms = {"".join(letters), letters[0] + letters[-1]}
    last = words[-1]
    if "-" in last:
        forms.add("".join(letters[:-1]) + "".join(p[0].upper() for p in last.split("-") if p))
    return {f for f in forms if 2 <= len(f) <= 4}


def _initials(text: str, names: list[NameFinding], people: People, protected: Protected) -> Iterator[Finding]:
    owners: dict[str, str] = {}  # initials -> person key, from the names found
    defined: dict[str, str] = {}  # ... written in brackets right after the full name
    ambiguous: set[str] = set()
    written_at: dict[str, list[tuple[int, str]]] = {}  # initials -> (where, person) of each full name
    for finding in names:
        # the letters come from the name as written: "B. Example (BE)" keeps its initial, which
        # the finding's words (the parts that identify) leave out
        written = tuple(w for w in _WRITTEN_WORD.findall(text, finding.start, finding.end) if w[0].isupper())
        long_words = tuple(w for w in finding.words if len(w) > 1 or w.isalpha())
        if len(long_words) < 2 and len(written) < 2:
            continue
        key = people.key(long_words or written, finding.start)
        forms = _name_initials(long_words) | _name_initials(written)
        for form in forms:
            if owners.setdefault(form, key) != key:
                ambiguous.add(form)
            written_at.setdefault(form, []).append((finding.start, key))
        match = _DEFINED.match(text, finding.end)
        if match and match.group(1).replace(".", "") in forms:
            defined[match.group(1).replace(".", "")] = key
        match = _LEGEND_BEFORE.search(text, max(0, finding.start - 12), finding.start)
        if match and match.group(1) in forms:
            defined[match.group(1)] = key  # "AE = Ann Example": a key to the initials
    if not owners:
        return
    acronyms: set[str] | None = None
    for match in _INITIALS.finditer(text):
        token = match.group().replace(".", "").replace(" ", "")
        if token not in owners or token.lower() in ACRONYMS or protected.overlaps(match.start(), match.end()):
            continue
        if token in defined:
            yield Finding(match.start(), match.end(), "person", PROPAGATED_PRIORITY, defined[token], "name-initials")
            continue
        start, end = match.start(), match.end()
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 20):start]
        after = text[end:end + 40]
        cell = (not before.strip() or _CELL_EDGE.search(before[-2:] or "")) and (
            not after.split("\n", 1)[0].strip() or _CELL_EDGE.match(after.lstrip(" ")))
        line_owner = _OWNER_DASH.search(before) and not after.split("\n", 1)[0].strip()
        if token not in ambiguous and (cell or line_owner or _INITIALS_AFTER.match(text, end)
                                       or _INITIALS_BEFORE.search(before)):
            yield Finding(start, end, "person", PROPAGATED_PRIORITY, owners[token], "name-initials")
            continue
        if acronyms is None:
            acronyms = _document_acronyms(text)
        if _initials_anywhere(text, token, start, end, acronyms):
            yield Finding(start, end, "person", PROPAGATED_PRIORITY, _nearest(written_at[token], start),
                          "name-initials-everywhere")


# Letters that stand for something else than the person whose initials they spell: a public
# body or a service ("GP", "SW", "HV"), a title ("DR"), an everyday abbreviation ("TV").
_OTHER_LETTERS = NOT_INITIALS | SERVICES | TITLES | EVERYDAY_ABBREVIATIONS
# A person's initials take no article: "the OV tariff", "a QV" are a thing's letters
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:the|a|an|this|that|each|every|per|its|our|any|no))[ ]\Z")
# A capitals word right beside the initials: a heading or a shouted phrase ("NOTES IN BRIEF")
_CAPS_BEFORE = re.compile(rf"(?<![\w'\u2019-])[{UPPER}]{{2,}}[ ]\Z")
_CAPS_AFTER = re.compile(rf"[ ][{UPPER}]{{2,}}(?![\w'\u2019-])")


def _initials_anywhere(text: str, token: str, start: int, end: int, acronyms: set[str]) -> bool:
    """Whether a found person's initials stand for that person here, wherever they are written.

    "Ann Example" anywhere in the document makes "AE", "A.E.", "A. E." her initials in any position
    (a comment's author, a subject line, a bracket before her name): one document rarely uses
    the same letters for two things. Not when the letters are a body's, a service's, a title's
    or an everyday abbreviation (``_OTHER_LETTERS``), an acronym the document spells out itself
    ("Ann Example" and an "Adult Example (AE)" panel), letters after an article ("the AE tariff":
    a person's initials take none), or an English word in a line of capitals ("SEEN IN CLINIC"
    beside an "Ian Nairn").
    """
    low = token.lower()
    if low in _OTHER_LETTERS or token in acronyms or _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return False
    english = _english(_ENGLISH)
    if english and low in english:
        if _CAPS_BEFORE.search(text, max(0, start - 30), start) or _CAPS_AFTER.match(text, end):
            return False
    return True


def _nearest(written: list[tuple[int, str]], position: int) -> str:
    """The person whose full name stands nearest before ``position`` (else the first one after)."""
    before = [key for where, key in written if where <= position]
    return before[-1] if before else written[0][1]


# "Inter-agency Referral Discussion (IRD)", "IRD - Inter-agency Referral Discussion": an
# acronym the document defines by spelling it out.
_BRACKETED_ACRONYM = re.compile(rf"\(([{UPPER}]{{2,4}})\)")
_GLOSSARY_LINE = re.compile(rf"(?m)^[ \t]*([{UPPER}]{{2,4}})[ \t]*(?:[-\u2013\u2014=:]|\t)[ \t]*([^\n]{{3,80}})$")
_WORD_BEFORE = re.compile(r"[^\W\d_][\w'\u2019]*(?:-[^\W\d_][\w'\u2019]*)*")


def _document_acronyms(text: str) -> set[str]:
    """Letters the document itself spells out as the initials of words, not of a person."""
    found: set[str] = set()
    for match in _BRACKETED_ACRONYM.finditer(text):
        words = _WORD_BEFORE.findall(text, max(0, match.start() - 80), match.start())
        if _spells(match.group(1), words, at_end=True):
            found.add(match.group(1))
    for match in _GLOSSARY_LINE.finditer(text):
        if _spells(match.group(1), _WORD_BEFORE.findall(match.group(2)), at_end=False):
            found.add(match.group(1))
    return found


_JOINING_WORDS = frozenset("of and the for in to on a an with".split())


def _spells(letters: str, words: list[str], at_end: bool) -> bool:
    """Whether the first letters of the words next to the letters spell them (joining words and
    hyphens aside): "Inter-agency Referral Discussion" ends in IRD, "Child Protection" opens CP."""
    parts = [p for w in words if w.lower() not in _JOINING_WORDS for p in w.split("-") if p]
    firsts = "".join(p[0] for p in parts).upper()
    return firsts.endswith(letters) if at_end else firsts.startswith(letters)


_NEIGHBOUR_ROUNDS = 3


def _neighbours(text: str, tokens: list[re.Match[str]], lows: list[str], names: list[NameFinding], words: set[str],
                protected: Protected) -> set[str]:
    """Name words found right beside a known one: "Ann [Example]" makes "Ann" a forename too.

    A capitalised word just before a known surname, or just after a known forename (a first
    name of a full name, or a one-word name found alone), belongs to
    the same name unless it is report vocabulary, an organisation's name, or a word the document
    also writes in lower case (and is not a known first name). ``tokens`` are the text's
    ``_CAPITALISED`` matches and ``lows`` their ``_norm`` forms.
    """
    forenames = {_norm(f.words[0]) for f in names if len(f.words) >= 2}
    # a first name found alone ("Ann said") opens a full name elsewhere ("The adult, Ann Example,")
    forenames |= {_norm(f.words[0]) for f in names
                  if len(f.words) == 1 and len(f.words[0]) > 1 and not f.words[0].isupper()}
    surnames = {_norm(w) for f in names for w in f.words[1:] if len(w) > 1}
    # "Mr Example" names a surname: "ANN\nEXAMPLE" elsewhere gives its first name
    surnames |= {_norm(f.words[0]) for f in names if len(f.words) == 1 and f.rule == "name-title" and len(f.words[0]) > 1}
    lowered: set[str] | None = None
    found: set[str] = set()
    lows = [low.removesuffix("'s") for low in lows]
    for _ in range(_NEIGHBOUR_ROUNDS):
        new: set[str] = set()
        for index, match in enumerate(tokens):
            low = lows[index]
            if low not in surnames and low not in forenames:
                continue
            left, right = low in surnames, low in forenames
            if not (left or right):
                continue
            for other, before in ((index - 1, True), (index + 1, False)):
                if not (0 <= other < len(tokens)) or (before and not left) or (not before and not right):
                    continue
                neighbour = tokens[other]
                gap = text[neighbour.end():match.start()] if before else text[match.end():neighbour.start()]
                word = neighbour.group()
                candidate = _norm(word).removesuffix("'s")
                # one space, or the line break of a wrapped name ("ANN\nEXAMPLE") before a known surname
                if gap not in (" ", "\n") or (gap == "\n" and not before):
                    continue
                if not word[0].isupper() or len(candidate) < 2 or candidate in words or candidate in found:
                    continue
                if candidate in TITLES or candidate in _NOT_NAME or candidate in SURNAME_WORDS:
                    continue
                # a word in capitals only beside a known word in capitals ("ANN EXAMPLE"), never a heading
                if (word.isupper() and not match.group().isupper()) or protected.overlaps(neighbour.start(), neighbour.end()):
                    continue
                if lowered is None:
                    lowered = _lowered_words(text)
                if (candidate in lowered or candidate.endswith("ly")) and not is_forename(word):
                    continue
                new.add(candidate)
                (forenames if before else surnames).add(candidate)
        if not new:
            break
        found |= new
    return found


# "lived with Ann, Bo and Cai", "Ann and Bo were at home": words joined to a name by a comma,
# "and", "or" or "&" are names of the same kind (one list holds one kind of thing).
_JOIN_GAPS = frozenset({", ", " and ", ", and ", " & ", " or ", ", or "})
_CONJUNCTIONS = frozenset({"and", "or"})


def _coordinated(text: str, tokens: list[re.Match[str]], lows: list[str], names: list[NameFinding],
                 words: set[str], protected: Protected) -> set[str]:
    """Capitalised words coordinated with a first name the document uses alone: "Gunta, Chinonso and
    Ioan" once "Gunta told us" is a person, and so on along the list.

    Only beside a one-word name found alone (a first name used like a person), so that "Ann Example
    and Police Scotland" never joins; a word that is report vocabulary, a title, a word the
    document also writes in lower case (unless a known first name), in capitals or protected stays.
    """
    # a first name found alone: one word, the whole span ("C Example" keeps only its surname), no title
    alone = {_norm(f.words[0]) for f in names
             if len(f.words) == 1 and len(f.words[0]) > 2 and not f.words[0].isupper()
             and f.end - f.start == len(f.words[0]) and not f.rule.startswith("name-title")}
    if not alone:
        return set()
    lowered: set[str] | None = None
    found: set[str] = set()
    lows = [low.removesuffix("'s") for low in lows]
    aside = _joined_across_asides(text, tokens)
    for _ in range(_NEIGHBOUR_ROUNDS):
        new: set[str] = set()
        for index, match in enumerate(tokens):
            if lows[index] not in alone:
                continue
            for other in (index - 2, index - 1, index + 1, index + 2, *aside.get(index, ())):
                if not 0 <= other < len(tokens):
                    continue
                neighbour = tokens[other]
                gap = text[neighbour.end():match.start()] if other < index else text[match.end():neighbour.start()]
                if abs(other - index) == 2 and lows[(other + index) // 2] not in _CONJUNCTIONS:
                    continue  # two words away only across the conjunction: "Ann and Bo"
                if other in aside.get(index, ()):
                    gap = ", "  # joined across a bracketed aside: "Ann (Child A, aged 4) and Bo"
                word = neighbour.group()
                candidate = _norm(word).removesuffix("'s")
                if gap not in _JOIN_GAPS or not word[0].isupper() or word.isupper() or len(candidate) < 3:
                    continue
                if candidate in words or candidate in found or candidate in alone:
                    continue
                if candidate in TITLES or candidate in _NOT_NAME or candidate in SURNAME_WORDS:
                    continue
                if protected.overlaps(neighbour.start(), neighbour.end()):
                    continue
                if lowered is None:
                    lowered = _lowered_words(text)
                if (candidate in lowered or candidate.endswith("ly")) and not is_forename(word):
                    continue
                new.add(candidate)
        if not new:
            break
        found |= new
        alone |= new
    return found


# A bracketed aside between two coordinated words: "Ann (Child A, aged 4) and Bo", "Ann (6), Bo".
_ASIDE_JOIN = re.compile(r"[ ]*\([^()\n]{1,40}\)(?:,[ ]and|,[ ]or|,|[ ]and|[ ]or|[ ]&)[ ]")


def _joined_across_asides(text: str, tokens: list[re.Match[str]]) -> dict[int, tuple[int, ...]]:
    """Token index -> the index of the token joined to it across a bracketed aside, both ways round."""
    if "(" not in text:
        return {}
    starts = [token.start() for token in tokens]
    joined: dict[int, tuple[int, ...]] = {}
    for index, token in enumerate(tokens):
        if text.startswith("(", token.end()) or text.startswith(" (", token.end()):
            match = _ASIDE_JOIN.match(text, token.end())
            if match:
                other = bisect.bisect_left(starts, match.end())
                if other < len(tokens) and starts[other] == match.end():
                    joined[index] = (*joined.get(index, ()), other)
                    joined[other] = (*joined.get(other, ()), index)
    return joined


_CAPITALISED = re.compile(r"(?<![\w'\u2019-])[^\W\d_][\w'\u2019-]*")


def _mentions(text: str, tokens: list[re.Match[str]], lows: list[str],
              words: set[str]) -> Iterator[tuple[int, int, str | None]]:
    """Whole-word mentions of ``words`` in any case; a set lookup per word keeps this linear.

    ``tokens`` are the text's ``_CAPITALISED`` matches and ``lows`` their ``_norm`` forms.
    Hyphenated names are also found written with a space or run together ("Ann-Marie",
    "Ann Marie", "AnnMarie") by a small pattern of their own. A surname's plural ("the
    Examples'") and a word a scan misread with digits ("Examp1e") are mentions too; the found
    word they stand for comes third (None: the mention spells it).
    """
    ocr_words: dict[str, str] | None = None
    for match, low in zip(tokens, lows):
        if low.endswith("'s") and low not in words:
            low = low[:-2]
        low = low.rstrip("'-")
        if low in words:
            yield match.start(), match.start() + len(low), None
        elif _plural_of(low, words):
            # "the Examples' flat", "the Examples were seen": a family named by its surname
            yield match.start(), match.start() + len(low), low.removesuffix("'").removesuffix("s")
        elif _quoted(text, match.start(), match.start() + len(low)) and (short := _shortened(low, words)):
            # "Ann Examplina ... wrote 'Exam' on every record": a quoted short form of a found name
            yield match.start(), match.start() + len(low), short
        elif _OCR_DIGIT.search(low) and low[:1].isalpha():
            if ocr_words is None:
                ocr_words = {_ocr_fold(w): w for w in words if len(w) >= _MIN_OCR}
            if len(low) >= _MIN_OCR and _ocr_fold(low) in ocr_words:
                # "Quera1t", "S0kunthea": a scan read a letter of a found name as a digit
                yield match.start(), match.start() + len(low), ocr_words[_ocr_fold(low)]
    hyphenated = [w for w in words if "-" in w]
    if hyphenated:
        alternation = "|".join(_word_pattern(w) for w in sorted(hyphenated, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w'\u2019-])(?:{alternation})(?![\w-])", re.IGNORECASE)
        for match in pattern.finditer(text):
            if "-" not in match.group():
                yield match.start(), match.end(), None


_MIN_PLURAL = 4  # "the Bells" is a family; "Als" or "Jos" is too short to tell
_MIN_OCR = 4
# The letters a scan or an OCR engine most often reads as digits: 0 for o, 1 for l or i, 5 for s.
_OCR_DIGIT = re.compile(r"[015]")
_OCR_FOLD = str.maketrans({"0": "o", "1": "l", "i": "l", "5": "s"})


def _plural_of(low: str, words: set[str]) -> bool:
    """Whether a word is a found surname's plural, possessive or not ("Examples", "Examples'")."""
    stem = low.removesuffix("'").removesuffix("s")
    return stem != low and len(stem) >= _MIN_PLURAL and stem in words and stem not in _ENGLISH_PLURAL_STEMS


# A name that is also a common noun has a plural that is the noun's ("Roses", "Bells" at a church).
_ENGLISH_PLURAL_STEMS = frozenset("rose bell hope faith grace joy may june mark bill will dawn heather holly ivy".split())


_QUOTES = "'\"\u2018\u2019\u201c\u201d"
_MIN_SHORT = 4


def _variant_rule(surface: str, found: str | None) -> str:
    """The row a mention came from: a misread, a short form, or the name's own word."""
    if found and _OCR_DIGIT.search(surface):
        return "name-ocr-variant"
    if found and len(found) > len(surface) + 1:
        return "name-short-form"
    return "name-propagated"


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether a word stands alone in quotation marks ('Exam', "Exam")."""
    return start > 0 and text[start - 1] in _QUOTES and text[end:end + 1] in _QUOTES and text[end:end + 1] != ""


def _shortened(low: str, words: set[str]) -> str | None:
    """The found name a quoted word is the first letters of ('Montse' of a longer first name), if any."""
    if len(low) < _MIN_SHORT:
        return None
    return next((w for w in words if len(w) > len(low) + 1 and w.startswith(low)), None)


def _ocr_fold(word: str) -> str:
    """A word with the letters OCR confuses with digits made one: "quera1t" and "queralt" agree."""
    return word.translate(_OCR_FOLD)


_MIN_LOWER = 3  # a two-letter word in lower case ("jo", "al") is too often something else


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether a word is part of an e-mail address or a web address ("ilse.example@", "www.x.org")."""
    return (text[start - 1:start] in {".", "@", "/"} or text[end:end + 1] in {"@"}
            or (text[end:end + 1] in {".", "_"} and text[end + 1:end + 2].isalnum()))


def _word_pattern(word: str) -> str:
    """A word with its hyphen optional or spaced ("Ann-Marie", "Ann Marie", "AnnMarie")."""
    parts = [re.escape(p) for p in word.split("-")]
    return r"\s?-?\s?".join(parts).replace("'", "['\u2019]")


def _canonical(surface: str) -> str:
    return re.sub(r"\s+", "", surface).replace("\u2019", "'")


def dob_recurrences(text: str, dobs: list[Finding]) -> Iterator[Finding]:
    """Every other mention of a date string that the document gives as a birth date."""
    keys = {f.key for f in dobs}
    if not keys:
        return
    for start, end in find_dates(text):
        key = "dob:" + " ".join(text[start:end].lower().split())
        if key in keys:
            yield Finding(start, end, "dob", dobs[0].priority - 1, key, "dob-recurrence")
