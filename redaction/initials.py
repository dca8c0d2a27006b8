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
_KIN_AFTER = re.compile(
    rf"[{_A}]s[ ]+(?:mother|father|mum|dad|parents?|partner|boyfriend|girlfriend|husband|wife|son|daughter|"
    rf"brother|sister|siblings?|gran|granny|grandmother|grandfather|aunt|uncle|stepfather|stepmother)\b")
_SPEECH = (r"told|asked|phoned|rang|called|texted|messaged|emailed|visited|informed|saw|met|advised|"
           r"contacted|spoke[ ](?:to|with)|reassured|warned|reminded")
_VERB_AFTER = re.compile(rf"[ ]+(?:(?:had|has|was|then|also|later|again)[ ]+)?(?:{_SPEECH}|said|disclosed|reported)\b")
_VERB_BEFORE = re.compile(rf"\b(?:{_SPEECH})[ ]\Z")
_LABEL_DOTTED = re.compile(
    rf"(?<![\w])(?:Child|Young[ ]Person|Young[ ]Adult|Adult|Sibling|Baby|Infant|Person)[ ](?:[A-Z]{{1,2}}|\d{{1,2}})"
    rf"[ ]*\((?P<i>(?:[{UPPER}]\.){{2,3}})\)")
# services and professions written as capitals that meet, phone and are told like people do
# ("the GP phoned ENT", "OT visited"): kept on a role or a verb, like the acronyms above
_SERVICES = frozenset("ent icu hdu picu ot slt salt cmht camhs dn cpn fnp hv mh ld aod ooh sw swd".split())
_LOOK_BACK = 40


def find_used_initials(text: str, protected: Protected) -> Iterator[tuple[int, int, str]]:
    """(start, end, rule) of each initials group the text uses like a person."""
    for match in _LABEL_DOTTED.finditer(text):
        yield match.start("i"), match.end("i"), "name-label-initials"
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
        if _ROLE_BEFORE.search(before) or _ROLE_AFTER.match(text, end):
            yield start, end, "name-initials-role"
        elif _VERB_AFTER.match(text, end) or _VERB_BEFORE.search(before):
            yield start, end, "name-initials-act"
