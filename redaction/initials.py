"""Initials that the text uses like a person: a role's holder, someone spoken to, someone's kin.

A review that refers to people by their initials ("Health Visitor KS home visit", "T.R. told
ZS (Charge Nurse)", "gathered from MT's mother") often never writes the full name, so no
name's letters explain the initials. What tells a person's initials from an organisation's
acronym is how the text USES them, whatever the layout:

* a person's role names them, before ("Social Worker YJ phoned") or in brackets after
  ("ZS (Charge Nurse)");
* they have kin ("MT's mother", "SW's father": a body has no mother);
* they do or undergo what only people do: the subject of a speech or contact verb ("T.R.
  told") or its object ("told ZS", "phoned KS");
* a review's subject label defines them in dotted form ("Child A (N.H.)"), as it does
  undotted ("Child A (AE)", ``names._LABEL_INITIALS``).

Known acronyms (``lexicon.ACRONYMS``, the review vocabulary of ``positions.NOT_INITIALS``)
are never taken on a role or a verb; the kin reading alone overrides them, since "SW's mother"
cannot be social work's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingestd.redaction.keep import Protected
from ingestd.redaction.lexicon import APOSTROPHES, ROLE_WORDS, UPPER
from ingestd.redaction.patterns import trie_alternation
from ingestd.redaction.positions import NOT_INITIALS

_A = APOSTROPHES
_TOKEN = rf"(?:(?:[{UPPER}]\.){{2,3}}|[{UPPER}]{{2,3}}(?!\w))"
_INITIALS = re.compile(rf"(?<![\w.&/{_A}-])(?P<i>{_TOKEN})(?![\w&/-])")
# roles a person holds; "lead", "contact", "by" and the like also head a body's or a form's words
_ROLES = trie_alternation(sorted(ROLE_WORDS - {"lead", "contact", "signed", "prepared", "completed", "by", "author",
                                                "police", "child", "baby", "infant", "pupil", "minute", "taker"}))
_ROLE_BEFORE = re.compile(rf"(?i:\b(?:{_ROLES}))[ ]\Z")
_ROLE_AFTER = re.compile(rf"[ ]*\((?:[\w'-]+[ ]){{0,3}}(?i:{_ROLES})\)")
# a role or kin word with the initials in brackets after it: "cared for by a daughter (SM)"
_ROLE_BRACKET = re.compile(rf"(?i:\b(?:{_ROLES}))[ ]\(\Z")
_KIN_AFTER = re.compile(
    rf"[{_A}]s[ ]+(?:mother|father|mum|dad|parents?|partner|boyfriend|girlfriend|husband|wife|son|daughter|"
    rf"brother|sister|siblings?|gran|granny|grandmother|grandfather|aunt|uncle|stepfather|stepmother)\b")
_SPEECH = (r"told|asked|phoned|rang|called|texted|messaged|emailed|visited|informed|saw|met|advised|"
           r"contacted|spoke[ ](?:to|with)|reassured|warned|reminded")
_VERB_AFTER = re.compile(
    rf"[ ]+(?:(?:had|has|was|then|also|later|again)[ ]+)?(?:{_SPEECH}|said|disclosed|reported|chaired|facilitated)\b")
_VERB_BEFORE = re.compile(rf"\b(?:{_SPEECH})[ ]\Z")
_LABEL_DOTTED = re.compile(
    rf"(?<![\w])(?:Child|Young[ ]Person|Young[ ]Adult|Adult|Sibling|Baby|Infant|Person)[ ](?:[A-Z]{{1,2}}|\d{{1,2}})"
    rf"[ ]*\((?P<i>(?:[{UPPER}]\.){{2,3}})\)")
# the same label typed in lower case ("about adult f (IG)"): the label word and one letter
_LABEL_LOWER = re.compile(
    rf"(?<![\w])(?:child|young[ ]person|young[ ]adult|adult|sibling|baby|infant|person)[ ][a-z]"
    rf"[ ]*\((?P<i>[{UPPER}]{{2,3}})\)")
# a list whose lines open with initials and a dash, a colon or a tab ("Review panel\nMP - Dundee
# City Council\nKN - NHS Tayside"): one list holds one kind of thing, so when the text uses one
# line's initials like a person, every line's initials are people's
_LIST_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[-*\u2022][ \t]+)?(?P<i>[{UPPER}]{{2,3}})(?:[ \t]*[-\u2013\u2014:][ \t]*|\t)(?P<v>\S[^\n]*)$")
_WORD_START = re.compile(r"(?<![\w'-])\w")
# services and professions written as capitals that meet, phone and are told like people do
# ("the GP phoned ENT", "OT visited"): kept on a role or a verb, like the acronyms above
_SERVICES = frozenset("ent icu hdu picu ot slt salt cmht camhs dn cpn fnp hv mh ld aod ooh sw swd".split())
_LOOK_BACK = 40


def find_used_initials(text: str, protected: Protected) -> Iterator[tuple[int, int, str]]:
    """(start, end, rule) of each initials group the text uses like a person."""
    for match in _LABEL_DOTTED.finditer(text):
        yield match.start("i"), match.end("i"), "name-label-initials"
    for match in _LABEL_LOWER.finditer(text):
        if match.group("i").lower() not in NOT_INITIALS:
            yield match.start("i"), match.end("i"), "name-label-initials"
    used: set[str] = set()
    for start, end, rule in _used_in_prose(text, protected):
        used.add(text[start:end].replace(".", ""))
        yield start, end, rule
    if used:
        yield from _list_mates(text, protected, used)


def _list_mates(text: str, protected: Protected, used: set[str]) -> Iterator[tuple[int, int, str]]:
    """Initials opening the lines of a list in which another line's initials are a person's."""
    block: list[re.Match[str]] = []
    previous_end = -2
    for match in [*_LIST_LINE.finditer(text), None]:
        if match is not None and match.start() == previous_end + 1:
            block.append(match)
        else:
            # a glossary spells its letters out ("CSO - Compulsory Supervision Order"): no people
            if len(block) >= 2 and any(m.group("i") in used for m in block) and not any(map(_spelt_out, block)):
                for mate in block:
                    start, end = mate.span("i")
                    if (mate.group("i") not in used and mate.group("i").lower() not in NOT_INITIALS
                            and mate.group("i").lower() not in _SERVICES and not protected.overlaps(start, end)):
                        yield start, end, "name-initials-list"
            block = [match] if match is not None else []
        if match is not None:
            previous_end = match.end()


def _spelt_out(line: re.Match[str]) -> bool:
    """The line's value is its initials spelt out: "IRD - Inter-agency Referral Discussion"."""
    starts = [m.group() for m in _WORD_START.finditer(line.group("v"))]
    every = "".join(starts).upper()
    capitals = "".join(c for c in starts if c.isupper())  # "Head of Service": HS, not HOS
    return line.group("i") in every or line.group("i") in capitals


def _used_in_prose(text: str, protected: Protected) -> Iterator[tuple[int, int, str]]:
    for match in _INITIALS.finditer(text):
        start, end = match.span("i")
        if protected.overlaps(start, end):
            continue
        letters = match.group("i").replace(".", "").lower()
        known = letters in NOT_INITIALS or letters in _SERVICES
        if _KIN_AFTER.match(text, end):
            yield start, end, "name-initials-kin"
            continue
        if known:
            continue
        before = text[max(0, start - _LOOK_BACK):start]
        if (_ROLE_BEFORE.search(before) or _ROLE_AFTER.match(text, end)
                or (_ROLE_BRACKET.search(before) and text.startswith(")", end))):
            yield start, end, "name-initials-role"
        elif _VERB_AFTER.match(text, end) or _VERB_BEFORE.search(before):
            yield start, end, "name-initials-act"
