"""Names written in lower case: "hi sigrid,", "mr example's name", "thanks\\nann".

Every other name rule reads capitals. A writer who types an e-mail in lower case writes the
names in it the same way, and nothing capitalised is there to read. What is still there is
the POSITION and the words around it, which do not depend on case:

* a personal title before a word no English word list knows ("mr example", "mrs example's");
* a greeting's or a sign-off's word that the forename gazetteer knows, everyday first names
  included ("hi jo,", "thanks\\nann"), but not the words people greet with ("hi love,");
* the display name of a ``From:`` header whose words the sender's address spells
  ("from: ann example <ann.example@...>").

Most sentences and paragraphs opening in lower case are evidence too: the writer types everything
that way. Once one of these shows that the document writes people in lower case, document-wide
readings follow: every lower-case word the forename gazetteer knows that is no common English
word is a first name there ("... and oriel moved ..."), a lower-case word right before a surname
found in lower case belongs to that name ("bo example and mr example"), and so does a word no
English list knows right after a first name found ("spoke to ann example"). A
document with no lower-case evidence is read exactly as before, so the capitalised rules'
figures are untouched; ``propagate`` then redacts every other mention of these words in any
case. A word the document writes capitalised inside a public body's name ("Angus Council") is
a place there, not a first name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ingestd.redaction.gazetteer import is_forename
from ingestd.redaction.keep import Protected
from ingestd.redaction.layout import cells_under_header
from ingestd.redaction.positions import BODY_LABEL as _BODY_LABEL
from ingestd.redaction.lexicon import (
    ACRONYMS, APOSTROPHES, LOWER, NOT_NAMES, ORG_HEADS, ROLE_WORDS, STREET_TYPES, TITLES, UPPER,
)

_A = APOSTROPHES
_WORD = rf"[{LOWER}]{{2,}}(?:-[{LOWER}]{{2,}})*"
# an Irish surname keeps its apostrophe in lower case too: "mr o'neill", "ms d'arcy"
_TITLED = re.compile(rf"(?<![\w{_A}-])(?P<t>mr|mrs|ms|miss|mx|dr)\.?[ ]+(?P<n>(?:[od][{_A}])?{_WORD})(?![\w-])")
# a relative named in apposition ("her nephew, ann example (written so in the bank's note)") and
# a review's lettered label with the name in brackets ("chidl Q (ann example)"): the words' place
# says a person follows whatever the case, so a word no English list knows there is a name
_KIN_NAMED = re.compile(
    rf"(?<![\w{_A}-])(?i:nephew|niece|son|daughter|mother|father|brother|sister|cousin|aunt|uncle|partner|"
    rf"husband|wife|grandson|granddaughter|grandmother|grandfather|stepfather|stepmother|neighbour|carer)"
    rf",?[ ]+(?P<n>{_WORD})(?:[ ](?P<s>{_WORD}))?(?![\w-])")
# a form's field that names a person, its value typed in lower case ("name of adult: ann example",
# "referrer: ann example, nhs example"): the label says a person follows whatever the case
_FIELD_VALUE = re.compile(
    rf"(?m)^[ \t>]*(?:[-*\u2022][ \t]+|\(?(?:\d{{1,2}}|[a-h])[.)][ \t]+)?(?P<l>[^\W\d_][^\n:\t]{{0,40}}?)[ \t]*"
    rf"(?::|\t|[ ][-\u2013\u2014][ ])[ \t]*(?P<n>{_WORD})(?:[ ](?P<s>{_WORD}))?(?=[ \t]*(?:[,;(]|$))")
_PERSON_LABEL = re.compile(
    r"(?i)\b(?:names?|forenames?|surnames?|known[ ]as|referr(?:er|ed[ ]by)|reported[ ]by|(?:completed|submitted|sent|prepared"
    r"|written)[ ]by|author|caller|informant|contact|next[ ]of[ ]kin|mother|father|parents?|carers?|partner|sibling"
    r"|child|adult|person|patient|client|pupil|service[ ]user|worker|officer|nurse|visitor|gp|manager|chair)\b")
# the same test for a table's cells in lower case under a heading that names people ("name |
# dob | relationship" / "ann example | 03/05/2019 | daughter"), not under one naming bodies
_PERSON_HEADING = re.compile(
    rf"(?is)^(?=.*?(?:{_PERSON_LABEL.pattern.removeprefix('(?i)')}))(?!.*?(?:{_BODY_LABEL.pattern.removeprefix('(?i)')}))")
# a label or heading that asks for the name itself: one word no English list knows is a name there
_NAME_LABEL = re.compile(r"(?i)\b(?:names?|forenames?|known[ ]as)\b")
_CELL_NAME = re.compile(rf"[ \t]*(?P<n>{_WORD})(?:[ ](?P<s>{_WORD}))?[ \t]*")
_LETTER_NAMED = re.compile(rf"(?<![\w{_A}-])[{UPPER}][ ]\((?P<n>{_WORD})(?:[ ](?P<s>{_WORD}))?\)")
# "miss" is also a verb: "would miss", "to miss", "we miss"
_VERB_MISS = re.compile(r"\b(?:would|will|to|i|we|you|they|he|she|did|not|never|can|could|may|might|should|must|n't)[ ]+\Z")
# a title's word before a street type is a street's: "miss tolland street" is no person
_STREET_AFTER = re.compile(rf"[ ]+(?:{'|'.join(sorted(STREET_TYPES))})(?![\w-])")
_GREETING = re.compile(
    rf"(?m)^[ \t>]*(?i:hi|hello|hiya|dear|morning|afternoon|good[ ](?:morning|afternoon|evening))[ ,]+"
    rf"(?P<n>{_WORD})(?:[ ](?P<s>{_WORD}))?[ ]*[,!.:]?[ \t]*$")
_SIGN_OFF = re.compile(
    rf"(?m)^[ \t>]*(?i:thanks|many[ ]thanks|thank[ ]you|cheers|regards|kind[ ]regards|best[ ]regards|best"
    rf"|best[ ]wishes|all[ ]the[ ]best|warm[ ]regards|ta)[ ,.!]*\n(?:[ \t]*\n)?[ \t>]*"
    rf"(?P<n>{_WORD})(?:[ ](?P<s>{_WORD}))?[ \t,.]*$")
# a greeting opening a message with more on its line ("hi ann, fyi - can you log this"), and a
# notes' label listing who came ("present: ann example (sw), duty team"): the place says a person
# follows; a word no English list knows there is a name, whatever the gazetteer knows
_GREETING_INLINE = re.compile(
    rf"(?m)^[ \t>]*(?i:hi|hello|hiya|dear)[ ]+(?P<n>{_WORD})(?:[ ](?P<s>{_WORD}))?[ ]*,[ ]*\S")
_PRESENT = re.compile(
    rf"(?m)^[ \t>-]*(?i:present|attendees|attending|in[ ]attendance|apologies|chair|author|minute[ ]taker)"
    rf"[ ]*[:-][ ]*(?P<n>{_WORD})(?:[ ](?P<s>[{LOWER}]{{1,3}}[{_A}])?(?P<t>{_WORD}))?(?=[ ]*[(,;\n])")
# "rang re ann, says ...": "re" (regarding) before a lone word no English list knows names its subject
_RE_NAMED = re.compile(rf"(?<![\w{_A}-])re:?[ ]+(?P<n>{_WORD})(?=[ ]*[,.;:\n])")
_FROM = re.compile(rf"(?m)^[ \t]*(?i:from):[ \t]*[\"']?(?P<n>[{LOWER}][^<>\n\"'@]{{1,60}}?)[\"']?[ \t]*<(?P<a>[^>@\s]+)@")
# a mail header's display name with no address after it ("from: ann example" in a forwarded
# message, the address dropped): the header's place says a person; its words must be first
# names or words no English list knows ("to: duty team" names nobody)
_HEADER_BARE = re.compile(
    rf"(?m)^[ \t>]*(?i:from|to|cc|sender):[ \t]*(?P<n>{_WORD})(?:[ ](?P<s>{_WORD}))?[ \t]*$")
# whom texts were sent to, and the words of a quoted text message after its time stamp
# ("sent these texts to ann:" / "[21:14] "im at bos can u come""): messages are typed in lower
# case, names with them; there a word no English list knows is a name
_TEXTED_TO = re.compile(
    rf"(?<![\w{_A}-])(?i:texted|messaged|sent[ ](?:[a-z]+[ ]){{0,2}}(?:texts?|messages?)[ ]to)[ ]+(?P<n>{_WORD})(?=[ ]*[:,.;\n])")
_QUOTED_MESSAGE = re.compile(
    r"(?m)^[ \t>-]*(?:\[\d{1,2}[:.]\d{2}\]|\d{1,2}[:.]\d{2})[ \t]*(?:[^\n\"\u201c]{0,30}:[ ]*)?"
    r"[\"\u201c](?P<m>[^\"\u201d\n]{1,300})[\"\u201d]")
# a note's addressee opening a line ("for ann: ...", "fao ann example:") and the person who
# lives at an address ("ann example lives at 12 ..."): a person's place whatever the case
_ADDRESSEE = re.compile(rf"(?m)^[ \t>-]*(?i:for|fao|attn)[ ]+(?P<n>{_WORD})(?:[ ](?P<s>{_WORD}))?[ ]*:")
_LIVES_AT = re.compile(
    rf"(?<![\w{_A}-])(?P<n>{_WORD})(?:[ ](?P<s>{_WORD}))?[ ]+(?i:lives|lived|living|resides|resided)[ ]at\b")
_LIVES_AT_VERB = re.compile(r"(?i:lives|lived|living|resides|resided)[ ]at\b")  # a cheap gate for ``_LIVES_AT``
_CAPITALISED = re.compile(rf"(?<![\w{_A}-])[{UPPER}][{LOWER}]+(?![\w-])")
_LOWER_TOKEN = re.compile(rf"(?<![\w{_A}-]){_WORD}(?![\w-])")
# a public body's name in lower case: "angus council", "moray child protection committee",
# "nhs ayrshire and arran"; its words are a place's, not a person's
_ORG_AFTER = re.compile(rf"(?:[ ][{LOWER}]+){{0,3}}?[ ](?:{'|'.join(sorted(ORG_HEADS))})(?![\w-])")
_NHS_BEFORE = re.compile(rf"\bnhs[ ](?:[{LOWER}]+[ ](?:and|&)[ ])?\Z")
# family words the gazetteer also lists ("nan", "kin" as in next of kin)
_FAMILY = frozenset("nan nana nanny nanna papa mam mammy kin bairn wean".split())
# words a greeting or a sign-off holds that the gazetteer also lists ("hi love,", "cheers\nmate")
_ADDRESS_WORDS = frozenset("again love hun pet mate guys folks everyone everybody colleague colleagues friends you".split())
_SHORT = 3  # a word this long or shorter is a name by its place only when the gazetteer knows it
_MIN_FORENAME = 3  # a two-letter word ("ci", "jo") is a first name only where a greeting puts it
_EVERYDAY = 10_000  # the commonest English words: never a first name in lower case
_ENGLISH = 50_000  # ... a wider list: never a surname after a title in lower case
_NOT_NAME = NOT_NAMES | ORG_HEADS | ROLE_WORDS | TITLES | _FAMILY


@functools.cache
def _english(count: int) -> frozenset[str]:
    try:
        from wordfreq import top_n_list
    except ModuleNotFoundError:
        return frozenset()
    return frozenset(top_n_list("en", count))


def _forename(word: str) -> bool:
    """A lower-case first name: the gazetteer knows it and it is no everyday English word."""
    return word not in _NOT_NAME and word not in _english(_EVERYDAY) and is_forename(word)


def _addressed(word: str) -> bool:
    """A greeting's or sign-off's first name: any the gazetteer knows, everyday ones too ("hi jo,")."""
    return word not in _NOT_NAME and word not in _ADDRESS_WORDS and is_forename(word)


def _unknown_word(word: str) -> bool:
    """A lower-case word no English list knows: where a person's place holds it, a name.

    Three letters or fewer is more often a service's acronym typed in lower case ("present: cpo,
    sw") than a name; a short name must be one the gazetteer knows.
    """
    return (len(word) > _SHORT and word not in _NOT_NAME and word not in ACRONYMS
            and all(p not in _english(_ENGLISH) for p in word.split("-")))


def _surname(word: str) -> bool:
    """A lower-case surname after a title: no English word at all ("mr tveit", not "mr right")."""
    return word not in _NOT_NAME and all(p not in _english(_ENGLISH) for p in word.split("-"))


def _titled_surname(word: str) -> bool:
    """A lower-case surname after a title: no everyday English word ("mr toth", not "ms word", "mr right").

    The wide list (``_ENGLISH``) holds many surnames, since its words come from text that names
    people ("toth", "nagy"); right after a title the everyday list is the test.
    """
    return word not in _NOT_NAME and all(p not in _english(_EVERYDAY) for p in word.split("-"))


# "her ms relapse", "the ms clinic", "a 20 ms delay": "ms" after a determiner or a number is no title
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:her|his|their|my|your|our|its|the|a|an)|\d)[ ]+\Z")


# a sentence's first letter: after a full stop, or opening a paragraph (a wrapped line of a
# PDF's text opens with whatever word the line break fell before, so a line start is none)
_SENTENCE_START = re.compile(r"(?:\A|\n[ \t>]*\n|[.!?])[ \t>\n]*([^\W\d_])")
_MIN_STARTS = 4  # fewer sentences than this say nothing about how a writer types
_BLANK_RUN = re.compile(r"[ \t>\n]{3,}")


def _shrunk_blank(run: re.Match[str]) -> str:
    """A run of blank space as short as it reads to ``_SENTENCE_START``: a blank line, a line break or a space."""
    breaks = run.group().count("\n")
    return "\n\n" if breaks >= 2 else "\n" if breaks else " "


def _writes_lower(text: str) -> bool:
    """Most sentences and paragraphs open in lower case: the writer types everything that way."""
    # runs of blank space shrunk first: the pattern would rescan a long run from each of its newlines
    starts = [m.group(1) for m in _SENTENCE_START.finditer(_BLANK_RUN.sub(_shrunk_blank, text))]
    return len(starts) >= _MIN_STARTS and sum(c.islower() for c in starts) * 2 > len(starts)


def _body_words(text: str, protected: Protected) -> set[str]:
    """Words the document writes capitalised inside a public body's name ("Angus Council")."""
    return {m.group().lower() for m in _CAPITALISED.finditer(text) if protected.overlaps(m.start(), m.end())}


def find_lowercase_names(text: str, protected: Protected) -> Iterator[tuple[int, int, str]]:
    """(start, end, rule) of each name written in lower case; nothing when no evidence says so."""
    if not _english(_EVERYDAY):
        return  # without a word list every lower-case word would look unexplained
    found: list[tuple[int, int, str]] = []
    surnames: set[str] = set()
    for match in _TITLED.finditer(text):
        if match.group("t") == "miss" and _VERB_MISS.search(text, max(0, match.start() - 12), match.start()):
            continue
        if _DETERMINER_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "her ms relapse", "20 ms": the condition, the unit, not a title
        if _titled_surname(match.group("n")) and not _STREET_AFTER.match(text, match.end("n")):
            found.append((match.start("n"), match.end("n"), "name-lower-title"))
            surnames.add(match.group("n"))
    for pattern, rule in ((_GREETING, "name-lower-greeting"), (_SIGN_OFF, "name-lower-sign-off")):
        for match in pattern.finditer(text):
            if not _addressed(match.group("n")):
                continue
            end = match.end("n")
            if match.group("s") and _surname(match.group("s")):
                end = match.end("s")
                surnames.add(match.group("s"))
            found.append((match.start("n"), end, rule))
    for match in _GREETING_INLINE.finditer(text):
        word = match.group("n")
        if (_unknown_word(word) or _forename(word)) and word not in _ADDRESS_WORDS:
            found.append((match.start("n"), match.end("n"), "name-lower-greeting"))
    for match in _RE_NAMED.finditer(text):
        if _unknown_word(match.group("n")):  # not "re pip": a benefit's name is also a first name
            found.append((match.start("n"), match.end("n"), "name-lower-re"))
    for match in _PRESENT.finditer(text):
        if _unknown_word(match.group("n")) or _forename(match.group("n")):
            end = match.end("t") if match.group("t") and _surname(match.group("t")) else match.end("n")
            found.append((match.start("n"), end, "name-lower-present"))
            if end == match.end("t"):
                surnames.add(text[match.start("t") if not match.group("s") else match.start("s"):end])
    for match in _FROM.finditer(text):
        spelt = re.sub(r"[^a-z]", "", match.group("a").lower())
        for word in _LOWER_TOKEN.finditer(match.group("n")):
            low = word.group()
            spelt_here = re.sub(r"[^a-z]", "", low) in spelt and low not in _english(_EVERYDAY)
            if low in _NOT_NAME or not (spelt_here or _forename(low)):
                continue
            start = match.start("n") + word.start()
            found.append((start, start + len(low), "name-lower-sender"))
    for match in _HEADER_BARE.finditer(text):
        forename, surname = match.group("n"), match.group("s")
        if not (_forename(forename) or _unknown_word(forename)):
            continue
        if surname and not _surname(surname):
            continue
        found.append((match.start("n"), match.end("s") if surname else match.end("n"), "name-lower-sender"))
        if surname:
            surnames.add(surname)
    yield from _placed_names(text)
    if not found and not _writes_lower(text):
        return
    yield from found
    places = _body_words(text, protected)
    taken = {(s, e) for s, e, _ in found}
    ends = {e for _, e, _ in found}  # where a name ends: the next word may be its surname
    tokens = list(_LOWER_TOKEN.finditer(text))
    for index, token in enumerate(tokens):
        if token.span() in taken:
            continue
        low = token.group()
        if low in places or _ORG_AFTER.match(text, token.end()) or _NHS_BEFORE.search(text, max(0, token.start() - 30), token.start()):
            continue
        if len(low) >= _MIN_FORENAME and _forename(low):
            yield token.start(), token.end(), "name-lower-forename"
            ends.add(token.end())
        elif index + 1 < len(tokens) and tokens[index + 1].group() in surnames and (
                text[token.end():tokens[index + 1].start()] == " ") and _surname(low):
            yield token.start(), token.end(), "name-lower-forename"
        elif token.start() - 1 in ends and text[token.start() - 1] == " " and _surname(low):
            # the surname after a lower-case first name: "spoke to gwenllian quarrie"
            yield token.start(), token.end(), "name-lower-forename"


def _placed_names(text: str) -> Iterator[tuple[int, int, str]]:
    """Lower-case names a kin word, a lettered label or a person's field or column places (``_KIN_NAMED``,
    ``_LETTER_NAMED``, ``_FIELD_VALUE``, ``_PERSON_HEADING``), and round 15's addressees and messages.

    They say how one name was written, not how the writer types, so they do not switch on the
    document-wide readings.
    """
    lives_at = _LIVES_AT.finditer(text) if _LIVES_AT_VERB.search(text) else ()
    for match in (*_ADDRESSEE.finditer(text), *lives_at):
        forename, surname = match.group("n"), match.group("s")
        if surname and _titled_surname(forename) and _surname(surname):
            # a surname no English list knows: the word before it need only be no everyday word
            yield match.start("n"), match.end("s"), "name-lower-placed"
        elif surname and (_unknown_word(surname) or _forename(surname)):
            yield match.start("s"), match.end("s"), "name-lower-placed"  # "and ann lives at"
        elif not surname and (_unknown_word(forename) or _forename(forename)):
            yield match.start("n"), match.end("n"), "name-lower-placed"
    for match in _TEXTED_TO.finditer(text):
        if _unknown_word(match.group("n")) or _forename(match.group("n")):
            yield match.start("n"), match.end("n"), "name-lower-message"
    messages = [token for match in _QUOTED_MESSAGE.finditer(text)
                for token in _LOWER_TOKEN.finditer(text, match.start("m"), match.end("m"))]
    typed = {token.group() for token in messages}
    for token in messages:
        low = token.group()
        if _unknown_word(low) or _forename(low):
            # "at bos" beside "tell bo": a possessive typed without its apostrophe is the name's
            end = token.end() - 1 if low.endswith("s") and low[:-1] in typed else token.end()
            yield token.start(), end, "name-lower-message"
    for pattern, rule in ((_KIN_NAMED, "name-lower-kin"), (_LETTER_NAMED, "name-lower-label"),
                          (_FIELD_VALUE, "name-lower-field")):
        for match in pattern.finditer(text):
            named = False
            if rule == "name-lower-field":
                if not _PERSON_LABEL.search(match.group("l")) or _BODY_LABEL.search(match.group("l")):
                    continue  # "concern: ...", "name of school: ...": no person's field
                named = bool(_NAME_LABEL.search(match.group("l")))
            forename, surname = match.group("n"), match.group("s")
            if surname and _surname(surname) and (_surname(forename) or _forename(forename)):
                yield match.start("n"), match.end("s"), rule
            elif _forename(forename) or (named and not surname and _unknown_word(forename)):
                # one word alone must be a first name ("(anonymised)" stays), or no English word where
                # the label asks for a name
                yield match.start("n"), match.end("n"), rule
    for start, end in cells_under_header(text, _PERSON_HEADING):
        cell = _CELL_NAME.fullmatch(text, start, end)
        if cell is None:
            continue
        forename, surname = cell.group("n"), cell.group("s")
        if surname and _surname(surname) and (_surname(forename) or _forename(forename)):
            yield cell.start("n"), cell.end("s"), "name-lower-field"
        elif not surname and (_forename(forename) or _unknown_word(forename)):
            yield cell.start("n"), cell.end("n"), "name-lower-field"
