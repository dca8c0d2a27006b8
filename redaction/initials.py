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
* a noun only a person is names them in brackets after it ("an adult at risk of harm (QW)");
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
from ingestd.redaction.lexicon import APOSTROPHES, ROLE_WORDS, TITLES, UPPER
from ingestd.redaction.patterns import trie_alternation
from ingestd.redaction.positions import NOT_INITIALS

_A = APOSTROPHES
_TOKEN = rf"(?:(?:[{UPPER}]\.){{2,3}}|[{UPPER}]{{2,3}}(?!\w))"
_INITIALS = re.compile(rf"(?<![\w.&/{_A}-])(?P<i>{_TOKEN})(?![\w&/-])")
# roles a person holds; "lead", "contact", "by" and the like also head a body's or a form's words
_ROLES = trie_alternation(sorted(ROLE_WORDS - {"lead", "contact", "signed", "prepared", "completed", "by", "author",
                                                "police", "child", "baby", "infant", "pupil", "minute", "taker"}))
_PERSON_ROLES = frozenset(ROLE_WORDS - {"lead", "contact", "signed", "prepared", "completed", "by", "author",
                                         "police", "minute", "taker", "presenter"})
_ROLE_BEFORE = re.compile(rf"(?i:\b(?:{_ROLES}))[ ]\Z")
_ROLE_AFTER = re.compile(rf"[ ]*\((?:[\w'-]+[ ]){{0,3}}(?i:{_ROLES})\)")
# a role or kin word with the initials in brackets after it: "cared for by a daughter (SM)"
_ROLE_BRACKET = re.compile(rf"(?i:\b(?:{_ROLES}))[ ]\(\Z")
# A noun only a person is, with the initials in brackets after it: "an adult at risk of harm (QW)",
# "the young person (Q.W.)", "a patient (QW) was discharged". Letters that spell the noun's own
# words ("young person (YP)", "adult at risk (AAR)") abbreviate it and stay (``_abbreviates``).
_PERSON_NOUN_BRACKET = re.compile(
    r"(?i:\b(?P<noun>(?:the[ ]|an?[ ]|this[ ])?(?:[\w-]+[ ]){0,2}(?:child|young[ ]person|young[ ]adult|adult"
    r"(?:[ ]at[ ]risk(?:[ ]of[ ](?:serious[ ])?harm)?)?|service[ ]user|patient|client|resident|tenant|baby|infant"
    r"|pupil|boy|girl|woman|man|person|deceased|victim)))[ ]\(\Z")
_KIN_AFTER = re.compile(
    rf"[{_A}]s[ ]+(?:mother|father|mum|dad|parents?|partner|boyfriend|girlfriend|husband|wife|son|daughter|"
    rf"brother|sister|siblings?|gran|granny|grandmother|grandfather|aunt|uncle|stepfather|stepmother)\b")
# what only a person has, for initials no acronym list knows: "QT's views", "QT's injuries"
_PERSONAL_AFTER = re.compile(
    rf"[{_A}]s[ ]+(?:views|wishes|feelings|account|behaviour|injuries|injury|bruising|bruises|birthday|bedroom|"
    rf"weight|development|diagnosis|medication|school|nursery|placement|bed|body|face|arm|leg|head)\b")
# an age after the initials: "QT (aged 4)", "QT, aged 4,", "QT (6 yrs)", "QT is 6 years old"; a
# span of time is no age ("CBT (6 weeks)", "PPE, 3 months")
_AGE_AFTER = re.compile(
    r"(?:[ ]*\([ ]*|[ ]*,[ ]*|[ ]+(?:is|was|(?:is|was)[ ]now)[ ]+)(?i:(?:aged?|age)[ ]\d{1,3}\b"
    r"|\d{1,2}[ ]?(?:years?|yrs?|months?|weeks?)[ ]old\b|\d{1,2}[ ]?yrs?\b|\d{1,2}-(?:years?|months?)-old\b)")
# a role or a relationship in apposition, before or after: "the child, QT, was seen", "QT, her mother,"
_APPOSED_BEFORE = re.compile(
    rf"(?i:\b(?:the|her|his|their|a|an|our)[ ](?:[\w{_A}-]+[ ]){{0,2}}(?:{_ROLES}|child|children|baby|infant|pupil"
    rf"|young[ ]person|adult)),[ ]\Z")
_APPOSED_AFTER = re.compile(
    rf",[ ](?i:(?:the|her|his|their|a|an|our)[ ](?:[\w{_A}-]+[ ]){{0,2}}(?:{_ROLES}|child|baby|infant|pupil))\b")
_SPEECH = (r"told|asked|phoned|rang|called|texted|messaged|emailed|visited|informed|saw|met|advised|"
           r"contacted|spoke[ ](?:to|with)|reassured|warned|reminded")
# what a body never does: shouts, hits, lives somewhere, feels ("IM shouted", "KT hit him")
_BODILY = (r"shouted|screamed|cried|hit|punched|kicked|pushed|slapped|assaulted|threatened|admitted|denied|"
           r"wanted|felt|lived|stayed|slept|"
           # ... leaves home, moves out, runs away: "KT left the house", "KT went missing"
           r"left[ ](?:the[ ])?(?:house|home|flat|family[ ]home)|moved[ ](?:out|in|away)|returned[ ]home|ran[ ]away|"
           r"went[ ]missing")
_VERB_AFTER = re.compile(
    rf"[ ]+(?:(?:had|has|was|then|also|later|again)[ ]+)?(?:{_SPEECH}|{_BODILY}|said|disclosed|reported|chaired|"
    rf"facilitated)\b")
_VERB_BEFORE = re.compile(rf"\b(?:{_SPEECH})[ ]\Z")
# what is done to a person: "QT was seen by the GP", "QT had been accommodated"
_DONE_TO = re.compile(
    r"[ ]+(?:was|were|had[ ]been|has[ ]been|is[ ]being|was[ ]being)[ ]+(?:seen|born|admitted|removed|accommodated|"
    r"placed|discharged|interviewed|arrested|charged|examined|hurt|injured|assaulted|excluded|collected|"
    r"bathed|fed|smacked|taken[ ]into|looked[ ]after)\b")
# initials joined to a person's initials: "QT and RW were at home" once QT is a person
_JOINED = re.compile(rf"[ ]*(?:,[ ]*(?:and[ ]+|&[ ]*)?|[ ]+and[ ]+|[ ]*&[ ]*)(?P<i>{_TOKEN})(?![\w&/-])")
_LABEL_DOTTED = re.compile(
    rf"(?<![\w])(?:Child|Young[ ]Person|Young[ ]Adult|Adult|Sibling|Baby|Infant|Person)[ ](?:[A-Z]{{1,2}}|\d{{1,2}})"
    rf"[ ]*\((?P<i>(?:[{UPPER}]\.){{2,3}})\)")
# the same label typed in lower case ("about adult f (IG)"): the label word and one letter
_LABEL_LOWER = re.compile(
    rf"(?<![\w])(?:child|young[ ]person|young[ ]adult|adult|sibling|baby|infant|person)[ ][a-z]"
    rf"[ ]*\((?P<i>[{UPPER}]{{2,3}})\)")
# a field for the person a paper is about whose value is initials alone: "Subject: QW", "Child: QW";
# an acronym of report vocabulary ("Subject: ICR") is no person, but a service's letters are
# ("Subject: DA" in a review's terms of reference is the person, not domestic abuse: a subject
# field names whom the review is about)
_LABEL_FIELD = re.compile(
    rf"(?im)^[ \t]*(?:subject|subject[ ]of[ ](?:the[ ])?review|child|young[ ]person|adult(?:[ ]at[ ]risk)?"
    rf"|person|service[ ]user|name)[ \t]*:[ \t]*(?-i:(?P<i>[{UPPER}]{{2,3}}|(?:[{UPPER}]\.){{2,3}}))[ \t]*$")
# a list whose lines open with initials and a dash, a colon or a tab ("Review panel\nMP - Dundee
# City Council\nKN - NHS Tayside"): one list holds one kind of thing, so when the text uses one
# line's initials like a person, every line's initials are people's
# ... and the author's slot of a reviewer's comment or a tracked change, holding initials:
# "[Comment QW: agreed final]", "Edited by Q.W.: typo" (the full-name form is ``names``'s)
_ANNOTATION_INITIALS = re.compile(
    rf"(?im:(?:^[ \t]*|\[[ ]*)(?:comments?|note|annotation|remark|query|reply|response|tracked[ ]change"
    rf"|(?:comment|note|reply|query)[ ](?:by|from)|(?:commented|edited|amended|annotated|changed|modified|inserted|deleted)[ ]by)"
    rf"[ ]*[-\u2013:]?[ ]+)(?-i:(?P<i>[{UPPER}]{{2,3}}|(?:[{UPPER}]\.){{2,3}}))[ ]*:")
_LIST_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[-*\u2022][ \t]+)?(?P<i>[{UPPER}]{{2,3}})(?:[ \t]*[-\u2013\u2014:][ \t]*|\t)(?P<v>\S[^\n]*)$")
_WORD_START = re.compile(r"(?<![\w'-])\w")
# what a review, a referral or a notification is about: "the referral about QW", "a learning
# review for QW", "the review concerned QW"; a referral is FOR a service too ("for CBT"), so not that
_ABOUT_BEFORE = re.compile(
    r"(?i:\b(?:(?:review|icr|scr|lr|notification|decision|outcome)s?[ ](?:about|for|concerning|regarding|re|into)"
    r"|(?:referral|concern|case)s?[ ](?:about|concerning|regarding|re)"
    r"|(?:review|referral|report|case|icr|scr|lr)[ ](?:concerns|concerned|relates[ ]to|related[ ]to|is[ ]about"
    r"|was[ ]about)))[ ]\Z")
# ... and its initials in brackets after the review's name: "outcome of the learning review (Q.W.)"
_ABOUT_BRACKET = re.compile(r"(?i:\b(?:review|icr|scr|lr|referral|notification))[ ]\(\Z")
# A key to the initials a review uses, one person a line: a relationship or a role and the initials,
# either way round, apart by two spaces, a tab, "=", ":" or a dash ("Mother's partner  QW",
# "QW = maternal aunt"). The label is words of kinship or role only, so a glossary's line
# ("QW - quality walk") is no person.
_KEY_SEPARATOR = r"(?:[ ]{2,}|\t+|[ ]*[=:][ ]*|[ ]+[-\u2013\u2014][ ]+)"
_KEY_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[-*\u2022][ \t]+)?(?:(?P<l>[^\W\d][^\n=:\t]{{0,38}}?){_KEY_SEPARATOR}(?P<i>{_TOKEN})"
    # the initials first, the label may go on after a comma with the name, an age or a title:
    # "MO  mother, Ann Example", "UO  the child, 6 yrs old"
    rf"|(?P<j>{_TOKEN}){_KEY_SEPARATOR}(?P<m>[^\W\d][^\n=:\t,]{{0,38}}?)(?:,[^\n]*)?)[ \t]*$")
_KIN = frozenset(
    """mother father mum dad parent stepfather stepmother stepdad stepmum grandmother grandfather grandparent
    gran granny grandad nan brother sister sibling half-brother half-sister stepbrother stepsister son daughter
    aunt uncle cousin niece nephew partner boyfriend girlfriend husband wife ex-partner carer""".split())
# words a kinship label may hold besides its kin word ("mother's former partner", "Child A")
_KIN_QUALIFIERS = frozenset(
    """maternal paternal step half older younger elder birth foster former ex new current the her his their
    of subject child adult young person baby infant sibling"""
    # ... and a role's own words ("health visitor", "family support worker", "named person")
    """ health social family support school community district key named practice specialist""".split())
# services and professions written as capitals that meet, phone and are told like people do
# ("the GP phoned ENT", "OT visited"): kept on a role or a verb, like the acronyms above
SERVICES = frozenset("ent icu hdu picu ot slt salt cmht camhs dn cpn fnp hv mh ld aod ooh sw swd".split()
                      # ... and what a review is about or an order is: "a review concerning CSE", "an IRD
                      # was held", "a CSO was made"
                      + "ird cso icso cpo chs lac laac ceop cse cce fgm hbv da dv sds nai ewo fn nicu scbu cbt dbt"
                      .split())
# never a person's initials on the new readings (a key, a join): acronyms, services, titles ("MRS")
_NEVER_INITIALS = NOT_INITIALS | SERVICES | TITLES
_LOOK_BACK = 40


def find_used_initials(text: str, protected: Protected) -> Iterator[tuple[int, int, str]]:
    """(start, end, rule) of each initials group the text uses like a person."""
    for match in _LABEL_DOTTED.finditer(text):
        yield match.start("i"), match.end("i"), "name-label-initials"
    for match in _LABEL_FIELD.finditer(text):
        if match.group("i").replace(".", "").lower() not in NOT_INITIALS:
            yield match.start("i"), match.end("i"), "name-label-initials"
    for match in _ANNOTATION_INITIALS.finditer(text):
        if match.group("i").replace(".", "").lower() not in _NEVER_INITIALS:
            yield match.start("i"), match.end("i"), "name-initials-author"
    for match in _LABEL_LOWER.finditer(text):
        if match.group("i").lower() not in NOT_INITIALS:
            yield match.start("i"), match.end("i"), "name-label-initials"
    used: set[str] = set()
    for start, end, rule in [*_used_in_prose(text, protected), *_keyed(text, protected)]:
        used.add(text[start:end].replace(".", ""))
        yield start, end, rule
    if used:
        yield from _list_mates(text, protected, used)
        yield from _joined(text, protected, used)


def _joined(text: str, protected: Protected, used: set[str]) -> Iterator[tuple[int, int, str]]:
    """Initials joined by "and", "&" or a comma to initials the text uses as a person's, either way
    round: "QT and RW were at home" once "QT told" says QT is a person."""
    matches = list(_INITIALS.finditer(text))
    for left, right in zip(matches, matches[1:]):
        joined = _JOINED.match(text, left.end("i"))
        if not joined or joined.start("i") != right.start("i"):
            continue
        pair = [(left.group("i"), left.span("i")), (right.group("i"), right.span("i"))]
        if not any(form.replace(".", "") in used for form, _ in pair):
            continue
        for form, (start, end) in pair:
            letters = form.replace(".", "")
            if (letters not in used and letters.lower() not in _NEVER_INITIALS
                    and not protected.overlaps(start, end)):
                yield start, end, "name-initials-joined"


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
                            and mate.group("i").lower() not in SERVICES and not protected.overlaps(start, end)):
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
        known = letters in NOT_INITIALS or letters in SERVICES
        if letters in TITLES:
            continue  # "The district nurse, MRS EXAMPLE": a title in capitals, not initials
        if _KIN_AFTER.match(text, end):
            yield start, end, "name-initials-kin"
            continue
        if known:
            continue
        before = text[max(0, start - _LOOK_BACK):start]
        if _PERSONAL_AFTER.match(text, end):
            yield start, end, "name-initials-kin"
        elif _AGE_AFTER.match(text, end):
            yield start, end, "name-initials-age"
        elif (_ROLE_BEFORE.search(before) or _ROLE_AFTER.match(text, end)
                or (_ROLE_BRACKET.search(before) and text.startswith(")", end))
                or _APPOSED_BEFORE.search(before) or _APPOSED_AFTER.match(text, end)):
            yield start, end, "name-initials-role"
        elif (text.startswith(")", end) and (noun := _PERSON_NOUN_BRACKET.search(before))
              and not _abbreviates(match.group("i").replace(".", ""), noun.group("noun"))):
            yield start, end, "name-initials-noun"
        elif _ABOUT_BEFORE.search(before) or (_ABOUT_BRACKET.search(before) and text.startswith(")", end)):
            yield start, end, "name-initials-subject"
        elif _VERB_AFTER.match(text, end) or _VERB_BEFORE.search(before) or _DONE_TO.match(text, end):
            yield start, end, "name-initials-act"


def _keyed(text: str, protected: Protected) -> Iterator[tuple[int, int, str]]:
    """Initials a key line pairs with a relationship or a role (``_KEY_LINE``)."""
    for match in _KEY_LINE.finditer(text):
        group, label = ("i", match.group("l")) if match.group("i") else ("j", match.group("m"))
        start, end = match.span(group)
        letters = match.group(group).replace(".", "")
        # a title heads a name, never a key line's label: "MR  health visitor" is a person's initials
        never = _NEVER_INITIALS - TITLES if group == "j" else _NEVER_INITIALS
        if letters.lower() in never or protected.overlaps(start, end):
            continue
        if _person_label(label) and not _abbreviates(letters, label):
            yield start, end, "name-initials-key"


_LABEL_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _person_label(label: str) -> bool:
    """Words of kinship or a person's role only, one of them a kin or role word: "Mother's partner", "Child A"."""
    words = [w.lower() for w in _LABEL_WORD.findall(label.replace("\u2019", "'").replace("'s", ""))]
    if not words or len(words) > 5:
        return False
    people = _KIN | _PERSON_ROLES
    return any(w in people for w in words) and all(
        w in people or w in _KIN_QUALIFIERS or (len(w) == 1 and w.isalpha()) for w in words)


def _abbreviates(letters: str, label: str) -> bool:
    """The initials are the label's own words' first letters: "Health Visitor  HV" is an abbreviation."""
    firsts = "".join(m.group()[0] for m in _LABEL_WORD.finditer(label)).upper()
    return letters.upper() in firsts
