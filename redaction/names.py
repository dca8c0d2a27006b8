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

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ingestd.redaction.dates import BIRTH_BRACKET, DATE, listed_births
from ingestd.redaction.gazetteer import is_forename
from ingestd.redaction.keep import Protected
from ingestd.redaction.layout import (
    cells_under_header,
    in_table_row,
    label_value_cells,
    labelled_values,
    row_cells,
    stacked_label_values,
)
from ingestd.redaction.positions import find_position_names
from ingestd.redaction.patterns import ASCII_LETTERS_ANY_CASE, starting_with, trie_alternation
from ingestd.redaction.initials import find_used_initials
from ingestd.redaction.lowercase import find_lowercase_names
from ingestd.redaction.lexicon import (
    ACRONYMS,
    APOSTROPHES,
    BARE_CUE_ROLES,
    HOUSE_TYPES,
    LOWER,
    NAME_MONTHS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_HEADS,
    ROLE_WORDS,
    STREET_TYPES,
    STREET_TYPES_UNNUMBERED,
    SURNAME_WORDS,
    TITLES,
    UPPER,
)

_A = APOSTROPHES
# An apostrophe prefix of one to three letters: O'Example, D'Example, De'Example.
# Up to two inner capitals: "MacDonald", "MacGillEathain" (Mac Gill Eathain).
_PART = rf"(?:[{UPPER}][{LOWER}]{{0,2}}[{_A}])?[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+){{0,2}}"
WORD = rf"{_PART}(?:-{_PART})*"
CAPS = rf"(?:O[{_A}])?[{UPPER}]{{2,}}(?:[-{_A}][{UPPER}]{{2,}})*"
# A Gaelic surname's lenited or prefixed second word: "Mac an t-Saoir", "Nic a' h-Example".
_GAELIC_PREFIX = rf"(?:[tThH]-|[th](?=[{UPPER}]))?"  # "an t-Saoir", and "an tSaoir" as Irish writes it
_INITIAL = rf"[{UPPER}]\.?"
_PARTICLE = "|".join(sorted(NAME_PARTICLES))
# a "nickname" or ('nickname') between names: "Gregor ('Greg') Example"
_SEP = rf"(?:[ ]|\n(?=[{UPPER}])|[ ]\(?[\"'\u201c\u2018]{WORD}[\"'\u201d\u2019]\)?[ ])"
# Gaelic and Irish surname particles, capitalised: "Ó Example", "Nic a' Example", "Ní Example".
# With the article of "Mac an t-Saoir", "Nic na ...", and the patronymic "nighean" / "ni" / "mac".
_GAELIC_WORDS = "Ó Ní Nic Mhic Uí Ua Mac NÍ NIC MHIC UÍ MAC nighean nic ni mhic mac".split()
_GAELIC = rf"{trie_alternation(_GAELIC_WORDS)}(?:[ ](?:[aA][{_A}]|an|AN|na|NA))?"
# Every particle between a forename and a surname, as one prefix tree (tried after each word).
_ANY_PARTICLE = rf"(?:{trie_alternation([*NAME_PARTICLES, *_GAELIC_WORDS])}(?:[ ](?:[aA][{_A}]|an|AN|na|NA))?)"
# An initial may end its line: "the deputy manager, T.\nExample, described ...".
# Not inside a word ("O'Hare" holds no "Hare"), but right after an opening quote: "'Ann hit me'".
PHRASE = (rf"(?=[{UPPER}])(?:(?<![\w{_A}-])|(?<=[\s(\[][{_A}\u2018\u201c\"]))(?:{_INITIAL}[ ]|[{UPPER}]\.\n){{0,2}}{WORD}"
          rf"(?:{_SEP}(?:{_ANY_PARTICLE}[ ]{_GAELIC_PREFIX})?{WORD}){{0,3}}")
# The articles inside a Gaelic surname: part of the name's span, never a name word of their own.
_GAELIC_LINKS = frozenset({"an", "na", "a'", "a\u2019"})
_GAELIC_HEADS = frozenset({"mac", "nic", "mhic", "ni", "ní", "ó", "uí", "nighean"})

_TOKEN = re.compile(rf"{WORD}|{CAPS}(?![{LOWER}])|{_INITIAL}(?![{LOWER}])")
# An upper-case name in a form field or a register ("Child's name: ANN EXAMPLE").
_CAPS_PHRASE = rf"(?<![\w{_A}-]){CAPS}(?:[ ]{CAPS}){{0,3}}(?![\w{_A}-])"
_MORPH = re.compile(rf"^(?:[{UPPER}][{LOWER}]+-)?(?:Ma?c[{UPPER}][{LOWER}]+|O[{_A}][{UPPER}][{LOWER}]+)")
_NOT_NAME = NOT_NAMES | ROLE_WORDS | ORG_HEADS | STREET_TYPES_UNNUMBERED | (HOUSE_TYPES - {"hall", "mill", "house"})


def _forms(words: Iterable[str]) -> str:
    return trie_alternation({w.capitalize() for w in words} | {w.upper() for w in words})


_PERSONAL_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b")
_TITLE_RE = re.compile(rf"(?<![\w])(?:{_forms(TITLES)})\.?[ ]+(?P<n>{PHRASE})")
# A personal title in capitals before a surname in capitals ("MRS EXAMPLE", "MR EX-AMPLE"): how
# a capitalised narrative names a professional; the title alone is the evidence, as in mixed case.
_CAPS_TITLED = re.compile(rf"(?<![\w{_A}-])(?:MRS|MR|MS|MISS|MX|DR)\.?[ ]+(?P<n>{CAPS}(?:[ ]{CAPS}){{0,2}})(?![\w{_A}-])")
_ORG_AFTER = re.compile(rf"(?:[{_A}]s)?[ ]+(?:[{UPPER}][\w{_A}-]*[ ]+){{0,2}}(?:{_forms(ORG_HEADS)})\b")
_CUE_VERBS = (
    r"(?:" + trie_alternation(
        """chaired completed prepared written signed authored compiled seen visited assessed examined
        interviewed supported referred reported accompanied attended raised shared taken led conducted
        undertaken facilitated recorded minuted presented collected""".split() + ["cared for", "looked after"])
    + r"[ ]by|(?:also[ ])?known[ ](?:only[ ])?as|aka"
    # the person a review is about: "the review concerns Ann Example, then aged 9"
    r"|(?:review|report)[ ](?:concerns|is[ ]about|relates[ ]to))"
)
_ROLE_ALTERNATION = trie_alternation(ROLE_WORDS)
_BARE_ALTERNATION = trie_alternation(BARE_CUE_ROLES)
# "Chair: Ann Example", "the health visitor, Ann Example", "nurse was Ann Example".
# The cues below all start with an ASCII letter (the word lists are ASCII): ``starting_with``.
_ROLE_CUE = starting_with(
    ASCII_LETTERS_ANY_CASE,
    rf"(?i:\b(?:(?:{_ROLE_ALTERNATION})s?|{_CUE_VERBS}|(?:review|panel)[ ]team|panel[ ]members?)(?:[ ]of)?)"
    rf"(?:[ ]*[,:\t\u2013\u2014(-][ ]*\n?[ ]*|[ ]+(?i:is|was|were|being|named|called)[ ]+)(?P<n>{PHRASE})"
)
# "their mother Ann Example", "chaired by Ann Example": only roles that cannot start a title.
_BARE_CUE = starting_with(
    ASCII_LETTERS_ANY_CASE,
    rf"(?i:\b(?:{_BARE_ALTERNATION}|{_CUE_VERBS}|(?:family|families|relatives|friends|household)(?=[ ]of))(?:[ ]of)?)"
    rf"[ ]+[\"'\u201c\u2018]?(?P<n>{PHRASE})",
)
_LABEL = re.compile(
    rf"(?<![\w])(?:Child|Young[ ]Person|Young[ ]Adult|Sibling|Baby|Infant|Person|Adult|Parent|Carer|Mother|Father|Subject"
    rf"|Mr|Mrs|Ms|Miss|Mx)[ ]"
    rf"(?:[A-Z]{{1,2}}|\d{{1,2}})(?![\w])(?:[{_A}]s)?[ ]*[:,(\t\u2013\u2014-][ ]*(?P<n>{PHRASE})"
)
# The rules below that start with a phrase are applied as a tail after each phrase that
# ``_GENERIC`` finds (one pass over the text for all of them, see ``_PhraseHit``).
_APPOSITION = re.compile(
    rf"(?:[ ]*,[ ]*(?:the[ ]+|a[ ]+|our[ ]+|an[ ]+)?|[ ]*\([ ]*|[ ]+[-\u2013\u2014][ ]+)(?=(?P<r>[^,()\n;]{{1,60}}))"
)
# "Ann Example and Ms Bo": a phrase joined by "and" to a titled person is a person too.
_AND_TITLED = re.compile(rf"[ ]+(?:and|&)[ ]+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ ]+[{UPPER}]")
# The role after a name is looked at, not consumed, so a name inside it is still found.
# "(Sibling 2, born ...)", ", Child A," "(aged 4)": an anonymised label or an age names a lone word too.
_LABEL_TAIL = re.compile(
    r"(?:(?:Child|Young[ ]Person|Sibling|Baby|Infant|Person|Adult|Subject)[ ](?:[A-Z]{1,2}|\d{1,2})\b"
    r"|(?i:born|dob|d\.o\.b|date[ ]of[ ]birth|aged[ ]\d)"
    # "Ann Example (tel. 01632 960418, e-mail ...)": contact details are a person's
    r"|(?i:tel\b|tel\.|telephone|mobile|mob\.|phone|e-?mail)[ .:]*[\d+(\w])"
)
_AGE_TAIL = re.compile(r"\d{1,2}(?i:[ ]*(?:years?|yrs?)(?:[ ]old)?)?[ ]*")
# "Ann Example, an adult at risk,": a noun that only a person is, opening the apposition.
_PERSON_NOUN_TAIL = re.compile(
    r"(?:(?:vulnerable|older|elderly|young|disabled)[ ])?"
    r"(?:adult|person|woman|man|boy|girl|teenager|toddler|patient|pensioner|widow|widower)(?:[ ]at[ ]risk)?"
    # the noun closes the apposition or a clause about the person follows: not "an adult day centre"
    r"(?=[ ]*(?:[,.;:)]|$|[ ](?:who|whom|whose|with|of|in|from|aged|living|known)\b))"
)
# An age in words ("8 yrs old", "9 years old at the time"): a person's, whatever the name's length.
_AGE_WORDS = re.compile(r"\d{1,2}[ ]*(?i:years?|yrs?)[ ]old\b")
# "E. Example", "G Example": an initial and a surname, not after a capitalised word ("Appendix C
# Chronology") and, without a full stop, not the article "A" or the pronoun "I".
_INITIAL_SURNAME = re.compile(
    # after a list's bullet ("- J. Example"), and after a full stop when the initial has its own
    # ("... not invited. J. Example recorded")
    rf"(?:^|(?<=[\t(\[/,;:])|(?<=[{LOWER}0-9,;:)\u2013\u2014-][ ])|(?<=^[-*\u2022\u2013][ ])|(?<=[.!?][ ])(?=[{UPPER}]\.[ ]))"
    rf"(?P<n>(?:[{UPPER}]\.[ \n]?|(?![AI][ ])[{UPPER}][ ]){WORD})(?![\w{_A}-])",
    re.MULTILINE,
)
# Verbs whose subject or object is a person: "Ann said", "Ann had left", "phoned Ann".
_INITIAL_ONLY = re.compile(rf"[{UPPER}]\.?[ ]{WORD}")
_PERSON_ROLES = frozenset(ROLE_WORDS - ORG_HEADS - {"lead", "contact", "signed", "prepared", "completed", "by", "author"})
_PERSON_VERBS = (
    r"(?:said|says|told|tells|disclosed|discloses|admitted|denied|denies|explained|stated|phoned|phones|"
    r"rang|rings|texted|texts|messaged|emailed|cried|shouted|screamed|agreed|refused|declined|raised|"
    r"raises|reported|reports|returned|returns|arrived|left|moved|live|lives|lived|stay|stays|stayed|spoke|"
    r"asked|asks|visited|attended|attends|missed|presented|became|refers|referred|arrested|"
    r"admitted|seen|born|charged|interviewed|present|threatened|assaulted|hit|punched|pushed|"
    # what a person, not a body, does in prose: "that Ann held power of attorney", "Ann wanted"
    r"held|wanted|wants|wished|wishes|needed|needs|felt|feels|knew|thought|tried|heard|went|slept|woke|"
    # what a member of a review does: "Ann Example represented NHS Tayside", "chaired the ICR"
    r"represented|chaired|"
    # what a carer does: "Ann looked after them, but Ann worked nights"
    r"looked[ ]after|looks[ ]after|worked|babysat|cared[ ]for)"
)
_SUBJECT = re.compile(
    rf"[ \n]+(?:(?:had|has|was|is|were|then|also|later|again|still|never|"
    rf"often|not|did[ ]not|does[ ]not)[ \n]+){{0,2}}{_PERSON_VERBS}\b"
)
_OBJECT = starting_with(
    "a-zCDEILMS",  # lower-case verbs, "Interview / Meeting / ... with", "Statement / Letter / E-mail / Message of"
    rf"\b(?:told|tells|phoned|phones|rang|rings|texted|texts|messaged|emailed|contact|contacted|contacts|met|"
    rf"(?:[Ii]nterview|[Mm]eeting|[Cc]onversation|[Dd]iscussion|[Cc]all)s?[ ]with|"
    rf"(?:[Ss]tatement|[Ll]etter|[Ee]-?mail|[Mm]essage)s?[ ](?:of|by|from)|"
    rf"meets|asked|asks|informed|informs|hit|slapped|punched|assaulted|threatened|threatens|"
    rf"spoke[ ](?:to|with)|speaks[ ](?:to|with)|staying[ ]with|stays[ ]with|lives[ ]with|lived[ ]with|"
    rf"living[ ]with|cared[ ]for[ ]by|said(?:[ ]that)?|involving|interviewed|arrested|charged|cautioned|"
    rf"mentioned|mention|supervised|(?:reported|stated|disclosed|explained|confirmed|alleged|believed|"
    rf"thought|felt|said|told[ ]\w+)[ ]that)[ ]+(?P<n>{PHRASE})"
)
# "Ann's behaviour", "Ann's mother": a possessive before a word that only a person has.
_POSSESSOR = re.compile(
    rf"[{_A}]s[ ]+(?:behaviour|mother|father|mum|dad|partner|boyfriend|girlfriend|"
    rf"husband|wife|son|daughter|children|baby|brother|sister|siblings?|gran|granny|grandmother|grandfather|"
    rf"aunt|uncle|wishes|views|feelings|account|presentation|attendance|weight|development|injuries|injury|"
    rf"bruising|birthday|bedroom|relationship|drinking|drug|alcohol|mental|parenting)\b"
)
# A lone word no dictionary knows as the object that ends a clause after "with" ("an A&E
# attendance with Ann.") or after "to" where papers or replies are sent ("Papers to Ann by 30
# June"): who one is with or sends things to is a person; a place or a body there is a
# dictionary word, a keep term or vocabulary (checked by the caller).
_LONE_END = r"(?![\w{a}-])(?=[ ]*(?:[.;,)]|\n|\Z))".format(a=_A)
# (The scans start with a literal, "with " / " to ", and look back for the rest: fast.)
_WITH_LONE = re.compile(rf"with[ ](?<![\w-]with[ ])(?P<n>{WORD}){_LONE_END}")
_TO_LONE = re.compile(rf"[ ]to[ ](?P<n>{WORD})(?![\w{_A}-])(?=[ ]+by\b|[ ]*(?:[.;,)]|\n|\Z))")
_SENT_BEFORE = re.compile(
    r"(?i:\b(?:papers?|comments?|returns?|responses?|replies|apologies|reports?|updates?|documents?|forms?"
    r"|questions?|queries|feedback|nominations?|drafts?|amendments?|copied|forwarded|addressed|handed"
    r"|e-?mailed)(?:[ ][a-z]+){0,3})\Z"
)
_SENT_LOOK_BACK = 48
# "Ann's school", "the death of Ann Example", "the views of Ann": what a person has, where a
# place or a body might have it too, so a lone word is taken only when no dictionary word.
_POSSESSOR_MORE = re.compile(
    rf"[{_A}]s[ ]+(?:school|nursery|teacher|death|life|health|needs|voice|safety|flat|room|file"
    rf"|records|gp|social[ ]worker|key[ ]worker)\b"
)
# "Ann Example, of 4 example road", "Ann Example, who lives at flat 3/2, ...": a person and the
# address they live at (the address itself is found by ``addresses``).
_AT_ADDRESS = re.compile(
    r"(?:[ ]*,)?[ ]+(?:of|at|(?:who[ ])?(?:lives|lived|resides|resided|stays|stayed|living|residing|staying)[ ]at)"
    rf"[ ]+(?i:(?:flat|apartment)[ ][\w/]+,?[ ]+)?(?i:\d{{1,4}}[a-z]?(?:/\d{{1,3}})?,?[ ]+(?:[\w{_A}-]+[ ]){{1,3}}"
    rf"(?:{trie_alternation(STREET_TYPES)}))\b"
)
# "a letter about Ann Example", "the review concerned Ann": checked like ``_POSSESSOR_MORE``.
_ABOUT = re.compile(rf"[ ](?:about|concerning|concerns|regarding|concerned)[ ](?P<n>{PHRASE})")
_OF_CAPITAL = re.compile(rf"[ ]of[ ](?P<n>{PHRASE})")
_OF_PERSON_BEFORE = re.compile(
    r"\b(?:death|views|wishes|feelings|voice|lived[ ]experience|account|behaviour|presentation|injuries|birth"
    r"|funeral|disappearance|murder|killing"
    # what a review is into: the care, welfare or treatment of someone (round 17)
    r"|(?:the|their|his|her)[ ](?:care|welfare|wellbeing|well-being|safety|treatment|neglect|abuse|exploitation"
    r"|mistreatment|experiences?|needs))\Z"
)
# "the flat was used by Ann Example", "she was exploited by Bo Example": the agent of a passive
# verb, a doer; checked like ``_POSSESSOR_MORE`` (no English word, or a first name opening two
# words), since bodies act too ("was referred by Example Council") (round 17).
_AGENT = re.compile(
    rf"\b(?:was|were|been|being|is|are|be|got|get|gets)[ ](?:[{LOWER}]+ly[ ])?"
    rf"(?:[{LOWER}]{{2,}}(?:ed|en|wn|ght|nt)|met|hit|held|kept|led|told|sold|run|let|put|set|cut)"
    rf"[ ]by[ ](?P<n>{PHRASE})"
)


def _of_person(text: str) -> Iterator[re.Match[str]]:
    """"the death of Ann Example": a phrase after " of " whose noun before is one only a person has."""
    for match in _OF_CAPITAL.finditer(text):
        if _OF_PERSON_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            yield match


def _with_lone(text: str) -> Iterator[re.Match[str]]:
    """"seen at the clinic with Ann.": "with" a lone word, after an encounter in the same clause
    (a plan "shared with" or "working with" a charity names a body, not a person)."""
    for match in _WITH_LONE.finditer(text):
        before = text[max(0, match.start() - _ENCOUNTER_LOOK_BACK):match.start()]
        clause = re.split(r"[.;:!?|\t\n]", before)[-1]
        if _ENCOUNTER.search(clause):
            yield match


_ENCOUNTER = re.compile(
    r"(?i)\b(?:attendances?|attended|appointments?|visits?|visited|seen|saw|contact|sessions?|meetings?|met|"
    r"stay(?:s|ed|ing)?|li(?:ve|ves|ved|ving)|left|arrived|came|went|play(?:s|ed|ing)?|sp(?:oke|oken|eaks?|eaking)|"
    r"talk(?:s|ed|ing)?|argu(?:ed|ment)|incident|fight|walk(?:s|ed|ing)?|out|home|slept|sleeps?)\b"
)
_ENCOUNTER_LOOK_BACK = 80


def _sent_to(text: str) -> Iterator[re.Match[str]]:
    """"Papers to Ann by 30 June", "copied to Ann.": a lone word after " to " where things are sent."""
    for match in _TO_LONE.finditer(text):
        if _SENT_BEFORE.search(text, max(0, match.start() - _SENT_LOOK_BACK), match.start()):
            yield match
# "Ann Example from Police Scotland", "Ann of Example Council": a person of an organisation.
_OF_ORG = re.compile(rf"[ ]+(?:from|of|at)[ ]+(?:the[ ]+)?(?=[{UPPER}])")
_PRONOUNISH = frozenset(
    """everyone everybody someone somebody nobody anyone anybody none nothing something everything
    neither both all many others several most some each another""".split()
)
# "b." is born in lower case, or in capitals before a year; "B.L." after a word is initials
_BORN_B = r"(?:b\.|B\.(?=[ ]?\d))"
_BIRTH_AFTER = re.compile(
    rf"(?![\w{_A}-])(?:[ ]*[(,]?[ ]*(?:(?i:DOB|D\.O\.B|born|date[ ]of[ ]birth)|{_BORN_B})|[ ]*/[ ]*{DATE})"
)
# Found from the bracketed date backwards: the date is rare, a phrase is everywhere.
_BRACKETED_DATE = re.compile(rf"[ ]{BIRTH_BRACKET}")
_RELATION_AFTER = re.compile(
    r"[ ]*[\u2014\u2013,:-][ ]*(?:(?:maternal|paternal|step|half|older|younger)[ -]?)?"
    r"(?:mother|father|sibling|sister|brother|son|daughter|grand\w*|aunt|uncle|cousin|child|partner|carer)\b",
    re.IGNORECASE,
)
_PHRASE_AT_END = re.compile(rf"(?P<n>{PHRASE})(?![\w{_A}-])\Z")
_LOOK_BACK = 80


def _bracketed_date_names(text: str) -> Iterator[re.Match[str]]:
    """The phrase right before each bracketed date: "Ann Example (12/03/2019)"."""
    for date in _BRACKETED_DATE.finditer(text):
        lo = max(0, date.start() - _LOOK_BACK)
        for start in range(lo, date.start()):
            if start == lo or not (text[start - 1].isalnum() or text[start - 1] in "-'\u2019"):
                match = _PHRASE_AT_END.match(text, start, date.start())
                if match:
                    yield match
                    break
# "SW1 is Ann Example", "Adult N, is Ann Example", "Practitioner 3 was ...", "the chair of the
# review was Ann Example": a practitioner code, an anonymised label, a numbered or lettered
# role, or a role "of the <thing>" before is / was names the person after it. Found from the
# copula backwards (is / was before a capital is rare; the cues are many words).
_COPULA = re.compile(rf"[ ](?:is|was)[ ]+(?=[{UPPER}])")
_COPULA_CUE = re.compile(
    rf"(?<![\w{_A}-])(?:[A-Z]{{1,4}}\d{{1,2}}"  # a practitioner code: SW1, HV2, GP3
    rf"|(?:Child|Young[ ]Person|Young[ ]Adult|Adult|Sibling|Person|Subject|Parent|Carer|Mother|Father)"
    rf"[ ](?:[A-Z]{{1,2}}|\d{{1,2}})"  # an anonymised label: Adult N, Child 2
    rf"|(?i:{_ROLE_ALTERNATION})[ ](?:[A-Z]|\d{{1,2}})"  # a numbered role: Practitioner 3, Worker B
    rf"|(?i:{_ROLE_ALTERNATION}|subject|focus)s?[ ]of[ ](?:the|this|that|our)[ ][a-z]+(?:[ ][a-z]+)?),?\Z"
)
_COPULA_LOOK_BACK = 60


def _copula_names(text: str) -> Iterator[tuple[int, str]]:
    """(start, phrase) of each name that a code, label or role and is / was put before it."""
    for copula in _COPULA.finditer(text):
        before = text[max(0, copula.start() - _COPULA_LOOK_BACK):copula.start()]
        if not _COPULA_CUE.search(before):
            continue
        phrase = _GENERIC.match(text, copula.end())
        if phrase:
            yield phrase.start(), phrase.group()


# A naming verb gives a person's name or nickname: "called Child A 'Kit'", "was referred to as
# Oriel", "known to everyone as 'Bo'". A quoted word there is a name; an unquoted one only when
# it is no English word ("called Transitions" names a project). Propagation then finds the
# name's other mentions ("saw Kit on two of them").
# "Ann (known as Bo) was 9": the word before a bracketed other name is a name too
# A letter written in the first person ends with its writer's name, a sign-off or not: the last
# line, two to four capitalised words, none of them vocabulary and not all of them English.
_FIRST_PERSON = re.compile(r"\bI[ ](?:am|was|write|would|have|had|wish|want)\b|\bmy[ ](?:grand)?(?:child|son|daughter|family|mother|father)\b")
_LETTER_END = re.compile(rf"(?:\A|\n)[ \t]*(?P<n>{WORD}(?:[ ]{WORD}){{1,3}})[ \t,.]*\s*\Z")
_LETTER_TAIL = 200  # characters from the end where the closing name is looked for
_KNOWN_AS_BEFORE = re.compile(
    rf"(?<![\w{_A}-])(?P<n>{WORD})[ ]\((?:also[ ])?(?:known[ ]as|called|nicknamed|aka|a\.k\.a\.)[ ]")
_NAMED_AS = re.compile(
    rf"\b(?:called|named|nicknamed|renamed|(?:known|referred[ ]to|addressed|registered)"
    rf"(?:[ ](?:to|at|in|by|among|within)(?:[ ](?:the|a|an|his|her|their))?(?:[ ][a-z]+){{1,2}})?[ ]as|goes[ ]by|went[ ]by)"
    rf"[ ]+(?:(?:him|her|them|(?:Child|Adult|Young[ ]Person|Baby|Sibling)[ ][A-Z]|the[ ][a-z]+)[ ]+)?"
    rf"(?:[\"'\u201c\u2018](?P<q>{WORD})[\"'\u201d\u2019]|(?P<n>{WORD})(?![\w{_A}-]))"
)
# A person giving their own name: "My name is Ann Example.", "I am called Bo", "my name's Ann".
_SELF_NAMED = re.compile(rf"\b(?:[Mm]y[ ]name[ ]is|[Mm]y[ ]name[{_A}]s|I[ ]am[ ]called|I[{_A}]m[ ]called)[ ]+(?P<n>{PHRASE})")
# A person a service knows: "Adult A was known to Ann Example of the mental health team" (a
# service known to is report vocabulary and fails the plausibility check: "known to Social Work").
_KNOWN_TO = re.compile(rf"\b(?:was|were|is|are|been|became|become)[ ]known[ ]to[ ]+(?P<n>{PHRASE})")
# A footnote or list item giving a person with where they were then: "[5] Ann, then at Leafield
# Primary School.", "3. Bo, now at college": a place has no 'then at' of its own.
_THEN_AT = re.compile(
    rf"(?m)^[ \t]*(?:\[\d{{1,2}}\]|\d{{1,2}}[.)]|[-*\u2022])[ \t]*(?P<n>{WORD}),[ ](?:then|now|since|later)[ ](?:at|in|with|attending)\b")
# A sentence's subject that the next clause calls "she" or "he": "Ann was the one constant; she
# told ...". A place or a body is "it" or "they", so the pronoun says a person was the subject.
_PRONOUN_SUBJECT = re.compile(
    rf"(?:(?<=[.!?][ ])|(?<=^))(?P<n>{WORD})[ ](?:was|is|had|has|felt|seemed|became|remained|stayed|said|told)\b"
    rf"[^.;:!?\n]{{0,80}}[;,][ ](?:and[ ]|but[ ])?(?:she|he)[ ]", re.MULTILINE)
# A person written to or spoken to: "had written to Oriel twice", "spoke to Bo about ...".
_SPOKEN_TO = re.compile(
    rf"\b(?:wrote|written|writes|writing|spoke|spoken|speaks|speaking|talked|talking|talks|replied|explained|"
    rf"reached[ ]out|sent[ ](?:a[ ])?(?:letters?|texts?|messages?))[ ]to[ ](?P<n>{WORD})(?![\w{_A}-])(?![ ][{UPPER}])"
)
# "have you seen Ann this week?", "saw Ann at the gate": who is seen is a person when the word is
# no dictionary's (a place is seen *at* or *in*; a town or a body there is an English word, a keep term)
_SEEN = starting_with(
    "schp",
    rf"\b(?:seen|saw|see|sees|seeing|heard[ ]from|checked[ ]on|check[ ]on|collected|picked[ ]up|pick[ ]up)[ ]"
    rf"(?P<n>{WORD})(?![\w{_A}-])(?![ ][{UPPER}])")
# Thanks said to someone: "Thank you Ann.", "thanks, Ann!" (a vocative: the name closes the clause)
_THANKED = starting_with(
    "TtCc", rf"\b(?i:thank[ ]you|thanks|cheers)[ ]*,?[ ]+(?P<n>{WORD})(?![\w{_A}-])(?=[ ]*(?:[.,!;]|$))", re.MULTILINE
)
_SIGN_OFF = re.compile(
    rf"(?im:^[ \t]*(?:kind[ ]regards|best[ ]wishes|best[ ]regards|warm[ ]regards|regards|yours[ ]sincerely|yours[ ]faithfully|many[ ]thanks|thanks|thank[ ]you|with[ ]thanks|cheers|all[ ]the[ ]best|signed|signature)[ ,.:_\u2026!]*(?:\n[ \t._\u2026]*){{0,5}})(?P<n>{PHRASE}|{_CAPS_PHRASE})"
)
# A letter's addressee block names its reader on the line above their post: "Ann Example\nStrategic
# Inspector\nCare Inspectorate". The post line ends with a role word and holds nothing else; the name
# line holds a name of two words or more alone (one word could be a team: "Duty\nSenior Officer").
_ADDRESSEE = re.compile(
    rf"(?m:^[ \t]*)(?P<n>{PHRASE})[ \t,]*\n[ \t]*(?:[{UPPER}][{LOWER}]+[ ]){{0,3}}(?i:{_ROLE_ALTERNATION})[ \t,]*$",
    re.MULTILINE)
# An e-mail signed with a bare forename on its own line ("Please find ...\nAnn\n"): the sender's
# address ("From: ann.example@...") spells the same word, which is the evidence it is a name.
_FROM_LOCAL = re.compile(r"(?im)^[ \t]*from:[^\n@]*?(?<![\w.+-])([a-z]{2,})[._-][a-z][\w.'-]*@")
_BARE_LINE = re.compile(rf"(?m)^[ \t]*(?P<n>[{UPPER}][{LOWER}]+)[ \t,.]*$")
# A person's own address spells their name: "ann.example@council.gov.uk" under a signature's
# "Ann Example", "From: Ann Example <ann.example@...>". Where the document also writes those words
# side by side (any case, apostrophes and hyphens aside), the pair is that person's name whatever
# surrounds it: a signature block with no sign-off, a lower-case display name. A shared inbox's
# words ("duty.team@", "social.work@") are vocabulary, so at least one part must be no everyday word.


def _spelt(word: str) -> str:
    return re.sub(r"[^a-z]", "", word.lower())


def _email_owners(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(start, end, words) of each mention of two or three words that an e-mail address spells.

    The address spells them in full ("ann.example", "ann_example", "annexample") or as the first
    word's initial and the last ("aexample"); the words stand side by side, one space apart.
    Found from each "@" (addresses are few) and then from the tails of what they spell.
    """
    common = _common_words() if "@" in text else frozenset()
    if not common:
        return
    locals_: set[str] = set()
    at = text.find("@")
    while at >= 0:
        local = _LOCAL_BEFORE.search(text, max(0, at - _LOCAL_LOOK_BACK), at)
        if local and _LOCAL_SHAPE.fullmatch(local.group(1)):
            locals_.add(_spelt(local.group(1)))
        at = text.find("@", at + 1)
    locals_.discard("")
    if not locals_:
        return
    # the last word of a pair is some tail of an address, written with or without its punctuation
    tails = {key[cut:] for key in locals_ for cut in range(1, len(key) - _MIN_TAIL + 1)}
    punctuated = "|".join("['\u2019-]?".join(re.escape(c) for c in tail) for tail in sorted(tails, key=len, reverse=True))
    last_words = re.compile(rf"(?<![\w'\u2019@.-])(?:{punctuated})(?![\w'\u2019@-])", re.IGNORECASE)
    for last in last_words.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, last.start() - _LOCAL_LOOK_BACK), last.start())
        if not before:
            continue
        for group in ((before.group("b"), last.group()), (before.group("a"), before.group("b"), last.group())):
            if None in group:
                continue
            lows = [_spelt(w) for w in group]
            if any(not w or w in _NOT_NAME or w in ACRONYMS or w in TITLES for w in lows) or all(w in common for w in lows):
                continue
            if "".join(lows) in locals_ or (lows[0][0] + lows[-1] in locals_ and len(lows[-1]) >= _MIN_TAIL):
                start = last.start() - len(" ".join(group[:-1])) - 1
                yield start, last.end(), group


_LOCAL_LOOK_BACK = 64
_LOCAL_BEFORE = re.compile(r"(?<![\w.+-])([A-Za-z][A-Za-z'._-]*)\Z")
# two or three words joined by "." or "_", or one word of four letters or more ("aexample")
_LOCAL_SHAPE = re.compile(r"[A-Za-z][A-Za-z'-]+(?:[._][A-Za-z][A-Za-z'-]+){1,2}|[A-Za-z][A-Za-z'-]{3,}")
_WORDS_BEFORE = re.compile(r"(?<![\w'\u2019@.-])(?:(?P<a>[A-Za-z][A-Za-z'\u2019-]*)[ ])?(?P<b>[A-Za-z][A-Za-z'\u2019-]*)[ ]\Z")
_MIN_TAIL = 3  # a surname an address spells after an initial has three letters at least


# A review's subject given by initials in brackets after the label: "Child A (AE), d.o.b. ...",
# "Adult C (BE)". The label says a person follows; report acronyms in brackets stay.
_LABEL_INITIALS = re.compile(
    rf"(?<![\w])(?:Child|Young[ ]Person|Young[ ]Adult|Adult|Sibling|Baby|Infant|Person)[ ](?:[A-Z]{{1,2}}|\d{{1,2}})"
    rf"[ ]*\((?P<n>[{UPPER}]{{2,3}})\)")
# A letter's or an e-mail's greeting names its reader: "Dear Ann,", "Hi Ann", "Good morning Ann Example".
_SALUTATION = re.compile(
    rf"(?im:^[ \t>]*(?:dear|hi|hello|hiya|good[ ](?:morning|afternoon|evening)|morning|afternoon|fao|attn)\.?[ ,:]+)"
    rf"(?P<n>{PHRASE}|{_CAPS_PHRASE})"
)
# A reviewer's comment or a tracked change names its author in the author's slot, before the
# colon that opens the remark: "[Comment Ann Example: add the date]", "[Comment ANN EXAMPLE: ...]",
# "Note from Ann Example: ...", "Edited by Ann Example:". The slot holds a person, written in
# whatever case the export uses ("[Comment AE: agreed]" gives initials: ``initials``).
_ANNOTATION_AUTHOR = re.compile(
    rf"(?im:(?:^[ \t]*|\[[ ]*)(?:comments?|note|annotation|remark|query|reply|response|tracked[ ]change"
    rf"|(?:comment|note|reply|query)[ ](?:by|from)|(?:commented|edited|amended|annotated|changed|modified|inserted|deleted)[ ]by)"
    # initials alone in the slot are read by ``initials`` (they may be a found name's)
    rf"[ ]*[-\u2013:]?[ ]+)(?![{UPPER}]{{2,3}}[ ]*:)(?P<n>{PHRASE}|{_CAPS_PHRASE})[ ]*(?:\([^()\n]{{1,30}}\)[ ]*)?:"
)
# A reply's quoted header: "On Wednesday 19 November 2026, Ann Example <a@b.example> wrote:".
_WROTE = re.compile(
    rf"(?im:^[ \t>]*On[ ][^\n]{{4,60}}?,[ ]+)(?P<n>{PHRASE}|{_CAPS_PHRASE})(?:[ ]*<[^>\n]*>)?[ ]+wrote:"
)
# A heading over a list of people, one or more a line until a blank line: "Present:",
# "Review team members present:", "In attendance", "Distribution list", "Apologies".
_LIST_WORDS = (r"(?:present|attendees|in[ ]attendance|attendance|apologies|distribution(?:[ ]list)?"
               r"|circulation(?:[ ]list)?|copied[ ]to|members[ ]present)")
_LIST_HEADING = re.compile(
    # the heading alone on its line ("Present", "Distribution list") or a short line ending in a
    # colon ("Review team members present:"); never a wrapped line of prose that contains the word
    rf"(?im)^[ \t]*(?:{_LIST_WORDS}[ \t]*:?|(?:[^\s:]+[ ]){{0,4}}{_LIST_WORDS}\b[^\n:\t.,;]{{0,30}}:)[ \t]*\n"
)
_BRACKETED = re.compile(r"\([^()\n]*\)")
_MAX_LIST_LINES = 30
_SURNAME_FIRST = starting_with(f"{UPPER}", rf"(?<![\w{_A}-])(?P<s>{CAPS}),[ ]*(?P<f>{WORD}(?:[ ]{WORD})?)")
_GENERIC = re.compile(PHRASE)
_CONTINUATION = re.compile(rf"(?:[ ]+and[ ]+|[ ]*&[ ]*|[ ]*,[ ]*)(?P<n>{PHRASE})")
_FIELD_LABEL = re.compile(
    r"(?i)\b(?:names?|forenames?|surnames?|chair(?:ed)?|author|contact|clerk|taker|reviewer|presenter|signed|"
    r"(?:prepared|completed|written|produced|authored|submitted|sent|compiled)[ ]by|scribe|facilitator|officer|worker|visitor|nurse|teacher|mother|father|"
    r"parents?|carers?|partner|sibling|grand(?:mother|father|parent)|gp|consultant|manager|present|attendees?|"
    r"attending|attendance|apologies|distribution|reporter|practitioners?|professionals|midwife|paediatrician|"
    r"social[ ]worker|key[ ]worker|lead|patient|client|service[ ]user|pupil|the[ ]deceased|"
    # a relative named as contact, and the person a review centres on, said in words
    r"next[ ]of[ ]kin|(?:person|adult|child|young[ ]person)[ ]at[ ]the[ ]cent(?:re|er))\b"
    # a letter's address lines only as the whole label ("To:", "cc:"), not "... return to<TAB>"
    r"|(?i:^[ \t]*(?:cc|to|from|fao|attn)[ \t.]*$)"
    # the person a review is about, as the whole label ("THE ADULT:", "Subject child:"), not
    # "Adult Protection Committee:"
    r"|(?i:^[ \t]*(?:the[ ]+)?(?:subject[ ]+)?(?:adult|child|young[ ]person)(?:[ ]+at[ ]+risk)?[ \t]*$)"
)
# The labels of a form extracted one cell per line whose value (the line below) is a person: a
# name label or a relationship, the whole label ("Name of child", "Parent", "Mother's name"); a
# role's line is a heading as often as a label, so only these.
_STACKED_LABEL = re.compile(
    r"(?i)^(?:(?:the[ ])?(?:child|young[ ]person|adult|person|subject|mother|father|parent|carer|sibling)(?:[']s)?[ ])?"
    r"(?:(?:full|first|last|family|given|fore|sur)[ ]?)?names?(?:[ ]of[ ](?:the[ ])?(?:child|young[ ]person|adult|person"
    r"|subject|mother|father|parent|carer|sibling|deceased)(?:[ ]at[ ]risk)?)?$"
    r"|^(?:(?:birth|step|foster|kinship)[ -]?)?(?:mother|father|parents?|carers?|partner|sibling|brother|sister"
    r"|grand(?:mother|father|parent)|guardian|next[ ]of[ ]kin|(?:subject[ ])?(?:child|adult|young[ ]person)(?:[ ]at[ ]risk)?)$"
)
_NAME_HEADER = re.compile(
    r"(?i)^(?:(?:full|first|last|family|given|fore|sur)[ ]?)?names?$|presenter|attendees?|author|contact|worker|"
    r"practitioner|^who$|^person|^chair|responsible|^lead$|^member|^(?:action[ ])?owners?$"
)
_FIELD_SPLIT = re.compile(r"[/;,]|\band\b|&")
_ROLE_TAIL = frozenset(ROLE_WORDS | ORG_HEADS | {"independent", "chief", "senior", "principal", "deputy", "head",
                                                 "lodger", "tenant", "named"})

STRONG = 50
GAZETTEER = 45


class _PhraseHit:
    """A phrase ``_GENERIC`` found and the tail rule that matched right after it, read like the
    match of one pattern ``(?P<n>PHRASE)TAIL`` (``start("n")``, ``group("n")``, ``group("r")``, ``end()``)."""

    __slots__ = ("_start", "_phrase", "_tail")

    def __init__(self, start: int, phrase: str, tail: re.Match[str]) -> None:
        self._start, self._phrase, self._tail = start, phrase, tail

    def start(self, group: str = "n") -> int:
        return self._start if group == "n" else self._tail.start(group)

    def group(self, group: str = "n") -> str:
        return self._phrase if group == "n" else self._tail.group(group)

    def end(self, group: int | str = 0) -> int:
        return self._tail.end(group)


def _cue_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, except that a name read on across a line break does not hide
    a cue on the next line: "Lead reviewer - Ann Example" / "Author - Bo Example" gives both."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        newline = match.group("n").find("\n")
        position = match.start("n") + newline + 1 if newline >= 0 else max(match.end(), position + 1)


def _after_phrases(text: str, phrases: list[re.Match[str]], tail: re.Pattern[str]) -> Iterator[_PhraseHit]:
    for phrase in phrases:
        match = tail.match(text, phrase.end())
        if match:
            yield _PhraseHit(phrase.start(), phrase.group(), match)


@dataclass(frozen=True)
class NameFinding:
    """A name's span (without its title) and its words, ready for placeholders and propagation."""

    start: int
    end: int
    words: tuple[str, ...]
    strength: int
    rule: str = ""


def find_names(text: str, protected: Protected) -> list[NameFinding]:
    """Names found on direct evidence, before document-wide propagation.

    Each finding carries the name of the rule that made it (a row of ``rules.RULES``).
    """
    found: dict[tuple[int, int], NameFinding] = {}

    def accept(start: int, phrase: str, rule: str, veto: bool = True, min_words: int = 1) -> None:
        for finding in _cores(start, phrase, STRONG, rule):
            if len(finding.words) < min_words or text[finding.end:finding.end + 1].isalnum():
                continue  # ... or part of a longer token: "Child A, DoB" names nobody "Do"
            if veto and protected.overlaps(finding.start, finding.end):
                continue
            key = (finding.start, finding.end)
            if key not in found or found[key].strength < STRONG:
                found[key] = finding

    def add_plausible(start: int, phrase: str, rule: str, subject: bool, one_word: bool = False) -> None:
        for finding in _cores(start, phrase, STRONG, rule):
            if (one_word and len(finding.words) != 1) or text[finding.end:finding.end + 1].isalnum():
                continue
            if _plausible_person(text, finding, protected, lowered, subject):
                _add(found, finding)

    for match in _TITLE_RE.finditer(text):
        if _ORG_AFTER.match(text, match.end("n")):
            continue
        accept(match.start("n"), match.group("n"), "name-title", veto=False)
        first = match.group("n").split(" ")[0]
        if first.lower() in SURNAME_WORDS and _PERSONAL_TITLE.match(match.group()):
            start = match.start("n")
            found.setdefault((start, start + len(first)),
                             NameFinding(start, start + len(first), (first,), STRONG, "name-title"))
    for match in _CAPS_TITLED.finditer(text):
        words = match.group("n").split(" ")
        if not any(w.lower() in _NOT_NAME or w.lower() in ACRONYMS for w in words):
            start = match.start("n")
            found.setdefault((start, match.end("n")),
                             NameFinding(start, match.end("n"), tuple(words), STRONG, "name-title-caps"))
    for match in _LABEL_INITIALS.finditer(text):
        if match.group("n").lower() not in ACRONYMS and match.group("n").lower() not in _REVIEW_ACRONYMS:
            start, end = match.start("n"), match.end("n")
            found.setdefault((start, end), NameFinding(start, end, (match.group("n"),), STRONG, "name-label-initials"))
    senders = {m.group(1).lower() for m in _FROM_LOCAL.finditer(text)}
    for match in _BARE_LINE.finditer(text) if senders else ():
        if match.group("n").lower() in senders and match.group("n").lower() not in _NOT_NAME:
            start, end = match.start("n"), match.end("n")
            found.setdefault((start, end), NameFinding(start, end, (match.group("n"),), STRONG, "name-sender"))
    for pattern, rule in ((_ROLE_CUE, "name-role-cue"), (_BARE_CUE, "name-bare-cue"), (_LABEL, "name-label"),
                          (_SIGN_OFF, "name-sign-off"), (_WROTE, "name-wrote"), (_SALUTATION, "name-salutation"),
                          (_ANNOTATION_AUTHOR, "name-annotation-author")):
        for match in _cue_matches(pattern, text):
            accept(match.start("n"), match.group("n"), rule)
    for match in _ADDRESSEE.finditer(text):
        accept(match.start("n"), match.group("n"), "name-addressee", min_words=2)
    english = _common_words(_ENGLISH_WORDS)
    for start, phrase in _copula_names(text):
        if " " in phrase or not english or phrase.lower() not in english or is_forename(phrase):
            accept(start, phrase, "name-copula")  # not "the focus of this review is Transitions"
    phrases = list(_GENERIC.finditer(text))
    for match in _after_phrases(text, phrases, _BIRTH_AFTER):
        accept(match.start("n"), match.group("n"), "name-birth-after")
    for match in listed_births(text):
        accept(match.start("p"), match.group("p"), "name-birth-after")  # "Ann Example, 03/04/2015; ..."
    common = _common_words()
    for match in _bracketed_date_names(text):
        # "Ann Example (12/03/2019)": how a family member's birth date is written. One word
        # only when it is no everyday English word ("Core Group (date)" is a meeting).
        phrase = match.group("n")
        if " " not in phrase and phrase.lower() in common:
            # ... unless a relationship follows: "Sim (12/03/2019) - half-sibling" in a genogram
            date = _BRACKETED_DATE.match(text, match.end())
            if not (date and _RELATION_AFTER.match(text, date.end())):
                continue
        accept(match.start("n"), phrase, "name-birth-after")
    for match in _after_phrases(text, phrases, _AND_TITLED):
        accept(match.start("n"), match.group("n"), "name-continuation", min_words=2)
    lowered = _lowered_words(text)
    for match in _after_phrases(text, phrases, _APPOSITION):
        tail = match.group("r")
        if _LABEL_TAIL.match(tail):
            accept(match.start("n"), match.group("n"), "name-apposition")
        elif _AGE_TAIL.fullmatch(tail):
            # an age in apposition after a full name: "Ann Example, 6, attends", "Ann Example (36)"
            accept(match.start("n"), match.group("n"), "name-apposition", min_words=2)
            if _AGE_WORDS.match(tail):
                # an age in words names one word as "aged 4" does: "Ann, 8 yrs old," "Bo (7 years old)"
                add_plausible(match.start("n"), match.group("n"), "name-apposition", True, one_word=True)
        elif _AGE_WORDS.match(tail):
            # "Bo (9 years old at the time)": the age opens the bracket, a clause goes on
            add_plausible(match.start("n"), match.group("n"), "name-apposition", True, one_word=True)
        elif _role_tail(tail) or _PERSON_NOUN_TAIL.match(tail):
            accept(match.start("n"), match.group("n"), "name-apposition", min_words=2)
            if _INITIAL_ONLY.fullmatch(match.group("n")):
                accept(match.start("n"), match.group("n"), "name-apposition")  # "E Example (health visitor)"
            elif _person_role(tail):
                add_plausible(match.start("n"), match.group("n"), "name-apposition", True, one_word=True)
    for match in _INITIAL_SURNAME.finditer(text):
        if _ORG_AFTER.match(text, match.end("n")) or _after_capitalised_word(text, match.start("n")):
            continue
        accept(match.start("n"), match.group("n"), "name-initial")
        surname = match.group("n").split(" ")[-1]
        if surname.lower() in SURNAME_WORDS and not re.match(rf"[ ][{UPPER}]", text[match.end("n"):match.end("n") + 2]):
            start = match.end("n") - len(surname)  # "K. Young", not "K Young Person"
            found.setdefault((start, match.end("n")),
                             NameFinding(start, match.end("n"), (surname,), STRONG, "name-initial"))
    for match in _after_phrases(text, phrases, _SUBJECT):
        add_plausible(match.start("n"), match.group("n"), "name-subject", True)
    for match in _OBJECT.finditer(text):
        add_plausible(match.start("n"), match.group("n"), "name-object", False)
    for match in _after_phrases(text, phrases, _POSSESSOR):
        add_plausible(match.start("n"), match.group("n"), "name-possessive", False)
    for hits in (_with_lone(text), _sent_to(text)):
        for match in hits:
            if english and match.group("n").lower() not in english:
                add_plausible(match.start("n"), match.group("n"), "name-lone-object", False, one_word=True)
    tail_at = max(0, len(text) - _LETTER_TAIL)
    closing = _LETTER_END.search(text, tail_at) if english and _FIRST_PERSON.search(text) else None
    if closing:
        words = [w.lower() for w in closing.group("n").split()]
        parts = [p for w in words for p in w.split("-")]
        if not any(p in _NOT_NAME or p in ACRONYMS for p in parts) and not all(p in english for p in parts):
            accept(closing.start("n"), closing.group("n"), "name-letter-end", min_words=2)
    for match in _KNOWN_AS_BEFORE.finditer(text):
        if english and (match.group("n").lower() not in english or is_forename(match.group("n"))):
            add_plausible(match.start("n"), match.group("n"), "name-named-as", False, one_word=True)
    for match in _NAMED_AS.finditer(text):
        quoted = match.group("q") is not None
        word = match.group("q") or match.group("n")
        if quoted or (english and word.lower() not in english):
            add_plausible(match.start("q" if quoted else "n"), word, "name-named-as", False, one_word=True)
    for match in _SELF_NAMED.finditer(text):
        add_plausible(match.start("n"), match.group("n"), "name-named-as", False)
    for match in _KNOWN_TO.finditer(text):
        add_plausible(match.start("n"), match.group("n"), "name-known-to", False)
    for match in _THEN_AT.finditer(text):
        if english and (match.group("n").lower() not in english or is_forename(match.group("n"))):
            add_plausible(match.start("n"), match.group("n"), "name-then-at", False, one_word=True)
    for match in _PRONOUN_SUBJECT.finditer(text):
        if english and (match.group("n").lower() not in english or is_forename(match.group("n"))):
            add_plausible(match.start("n"), match.group("n"), "name-pronoun-subject", True, one_word=True)
    for match in _THANKED.finditer(text):
        if english and match.group("n").lower() not in english:
            add_plausible(match.start("n"), match.group("n"), "name-thanked", False, one_word=True)
    for match in [*_SPOKEN_TO.finditer(text), *_SEEN.finditer(text)]:
        if english and match.group("n").lower() not in english:
            add_plausible(match.start("n"), match.group("n"), "name-lone-object", False, one_word=True)
    for match in _after_phrases(text, phrases, _AT_ADDRESS):
        add_plausible(match.start("n"), match.group("n"), "name-at-address", False)
    for hits, rule in ((_after_phrases(text, phrases, _POSSESSOR_MORE), "name-possessive"),
                       (_of_person(text), "name-possessive"), (_ABOUT.finditer(text), "name-possessive"),
                       (_AGENT.finditer(text) if " by " in text else (), "name-agent")):
        for match in hits:
            # no dictionary word, or a known first name opening two words: not "Glasgow's schools",
            # "the views of Parents", "Kinross House's care"; a saint's name is a school's or a church's
            words = match.group("n").split()
            if not english or _AFTER_SAINT.search(text, max(0, match.start("n") - 4), match.start("n")):
                continue
            if rule == "name-agent" and len(words) == 1 and not is_forename(words[0]):
                continue  # "run by Example", "supported by Example": a charity's one word as often as a person's
            if all(w.lower() not in english for w in words) or (len(words) > 1 and is_forename(words[0])):
                add_plausible(match.start("n"), match.group("n"), rule, False)
    for match in _after_phrases(text, phrases, _OF_ORG):
        if protected.overlaps(match.end(), match.end() + 1):
            add_plausible(match.start("n"), match.group("n"), "name-of-org", True)
    # ... and a role's or a field's label too ("Lead reviewer" / "Ann Example"), whose value must then
    # read as a name whole (``_stacked_name``), so a heading's line below stays
    for start, end in sorted({*stacked_label_values(text, _STACKED_LABEL), *stacked_label_values(text, _FIELD_LABEL)}):
        if _stacked_name(text[start:end], common):
            accept(start, text[start:end], "name-field-stacked")
    for cells, rule in ((label_value_cells(text, _FIELD_LABEL), "name-field"),
                        (cells_under_header(text, _NAME_HEADER), "name-column"),
                        (_listed_people(text), "name-list")):
        for start, end in cells:
            if rule == "name-field" and _header_row(text, start):
                continue  # "Name<TAB>CHI<TAB>NI" over rows of values: headings, not a field's value
            for piece_start, piece in _field_pieces(text, start, end):
                accept(piece_start, piece, rule)
    for start, phrase in _row_people(text):
        accept(start, phrase, "name-row")
    for match in _SURNAME_FIRST.finditer(text):
        _surname_first(match, protected, found)
    _gazetteer(text, protected, found, phrases)
    _upper_case_names(text, protected, found)
    _nicknames(text, protected, found)
    _continuations(text, protected, found, lowered)
    _caps_surnames(text, protected, found)
    for start, end in _initials_fields(text, protected):
        found.setdefault((start, end), NameFinding(start, end, (text[start:end],), STRONG, "name-initials-field"))
    keyed: set[str] = set()
    for match in _LEGEND.finditer(text):
        for finding in _cores(match.start("n"), match.group("n"), STRONG, "name-initials-legend"):
            if (len(finding.words) >= 2 and match.group("i") in _initials_of(finding.words)
                    and not protected.overlaps(finding.start, finding.end)):
                found[(finding.start, finding.end)] = finding
                keyed.add(match.group("i"))
    for key, finding in list(found.items()):
        if finding.words in {(initials,) for initials in keyed}:
            # Initials the key resolves ("AE" in a Lead column) are that person's: propagation
            # numbers them with the full name, so they are no name of their own here.
            del found[key]
    for start, end, words, initials in find_position_names(text, protected, lowered):
        rule = "name-position-initials" if initials else "name-position"
        found.setdefault((start, end), NameFinding(start, end, words, STRONG, rule))
    # a found name's own initials used like a person ("MO  mother, Ann Example" in a key) are that
    # name's: they carry its words, so propagation numbers them with it; initials two found names
    # share are left to propagation, which can tell them apart by position
    owners: dict[str, tuple[str, ...]] = {}
    shared: set[str] = set()
    for f in found.values():
        if len(f.words) >= 2:
            for form in _initials_of(f.words):
                if owners.setdefault(form, f.words) != f.words:
                    shared.add(form)
    for start, end, rule in find_used_initials(text, protected):
        letters = text[start:end].replace(".", "")
        if letters not in owners:
            found.setdefault((start, end), NameFinding(start, end, (text[start:end],), STRONG, rule))
        elif letters not in shared:
            found.setdefault((start, end), NameFinding(start, end, owners[letters], STRONG, rule))
    for start, end, rule in find_lowercase_names(text, protected):
        if not protected.overlaps(start, end):
            found.setdefault((start, end), NameFinding(start, end, tuple(text[start:end].split(" ")), STRONG, rule))
    # last: a name another rule found keeps that rule's name; the address only adds what none found
    taken = [(f.start, f.end) for f in found.values()]
    for start, end, words in _email_owners(text):
        if not protected.overlaps(start, end) and not any(a < end and start < b for a, b in taken):
            found.setdefault((start, end), NameFinding(start, end, words, STRONG, "name-email-owner"))
    _unknown_pairs(text, protected, found, phrases, english)  # last: only where no rule found a name
    _same_label_values(text, protected, found)
    _unwrap_table_rows(text, found)
    return sorted(found.values(), key=lambda f: (f.start, -f.end))


_TITLE_ONLY = re.compile(rf"(?:(?:{_forms(TITLES)})\.?[ ]+)?")


def _same_label_values(text: str, protected: Protected, found: dict[tuple[int, int], NameFinding]) -> None:
    """A label that holds a person's name in one row holds one in every row.

    Where one value of a form's label ("Referrer: Ann Example", or the stacked "Referrer" / "Ann
    Example") is a name another rule found, whole, the same label's other values that read as a
    name whole (``_stacked_name``) are names too, whatever the label says: one form's field holds
    one kind of thing. Found last, from what the other rules found.
    """
    if not found:
        return
    # a found name ending a value, a title before it at most, is the value's ("Mrs Ann Example")
    ends = {f.end: f.start for f in found.values() if len(f.words) >= 2 or f.rule.startswith("name-title")}
    by_label: dict[str, list[tuple[int, int]]] = {}
    for label, start, end in labelled_values(text):
        by_label.setdefault(label, []).append((start, end))

    def named(start: int, end: int) -> bool:
        return end in ends and ends[end] >= start and _TITLE_ONLY.fullmatch(text, start, ends[end]) is not None

    # the label alone vouches for a value only when a first name opens it or the wider English list
    # lacks a word of it: a label's other values may be a form's answers in capitals ("Self Referral")
    wider = _common_words(_ENGLISH_WORDS)
    for label, values in by_label.items():
        if len(values) < 2 or not any(named(start, end) for start, end in values):
            continue
        for start, end in values:
            if named(start, end) or protected.overlaps(start, end) or not _stacked_name(text[start:end], wider):
                continue
            for finding in _cores(start, text[start:end], STRONG, "name-same-label"):
                if (finding.start, finding.end) == (start, end):
                    _add(found, finding)


# Initials standing for a person with no full name to resolve them: the value of an "Initials"
# field, a cell in a document-control table's Author / By / Initials column, the presenter in
# brackets at the end of an agenda item ("3. Final report for ratification (AB)").
_INITIALS_LABEL = re.compile(r"(?i)\binitials\b")
_INITIALS_HEADER = re.compile(r"(?i)^(?:author|by|initials|amended[ ]by|updated[ ]by|reviewed[ ]by)$")
_INITIALS_VALUE = re.compile(rf"[{UPPER}]{{2,4}}(?![\w{_A}-])")
_INITIALS_ALONE = re.compile(rf"[{UPPER}]{{2,3}}(?=[ ]*(?:\(|$))")
_AGENDA_PRESENTER = re.compile(rf"(?m)^[ \t]*\d{{1,2}}[.)][^\n]*?\((?P<i>[{UPPER}]{{2,4}})\)[ \t]*$")
# Acronyms a review paper puts in brackets or a cell that are never a person's initials.
_REVIEW_ACRONYMS = frozenset(
    """cog cpc apc ppc icr scr lr lrs sir sar nhs gp hv cswo hscp cp asp ia idr jii vpd ccr cg coc lac
    tbc tba n/a na nil all cpo swo rn sw ed hr it""".split()
)


# A key to initials ("Leads: AE = Ann Example; BE - Bo Example", "Chair: AE (Ann Example)"): the
# name after "=", ":", a dash or a bracket is a person when the initials before it are its own.
_LEGEND = re.compile(rf"(?<![\w{_A}&/.-])(?P<i>[{UPPER}]{{2,4}})[ ]*(?:=|:|[-\u2013\u2014]|\()[ ]*(?P<n>{PHRASE})")


def _initials_of(words: tuple[str, ...]) -> set[str]:
    """"Ann Bo Example" gives ABE and AE; "Ann Ex-Ample" also AEA."""
    letters = [w[0].upper() for w in words if w[:1].isalpha()]
    forms = {"".join(letters), letters[0] + letters[-1]} if len(letters) >= 2 else set()
    if forms and "-" in words[-1]:
        forms.add("".join(letters[:-1]) + "".join(p[0].upper() for p in words[-1].split("-") if p))
    return forms


def _initials_fields(text: str, protected: Protected) -> Iterator[tuple[int, int]]:
    cells = [*label_value_cells(text, _INITIALS_LABEL), *cells_under_header(text, _INITIALS_HEADER)]
    spans = [(s, s + m.end()) for s, e in cells if (m := _INITIALS_VALUE.match(text[s:e]))]
    # a person field holding only initials ("Minute taker: LF", "Chair: AE (Ann Example)")
    spans += [(s, s + m.end()) for s, e in label_value_cells(text, _FIELD_LABEL)
              if (m := _INITIALS_ALONE.match(text[s:e]))]
    spans += [(m.start("i"), m.end("i")) for m in _AGENDA_PRESENTER.finditer(text)]
    for start, end in spans:
        token = text[start:end].lower()
        if token not in ACRONYMS and token not in _REVIEW_ACRONYMS and not protected.overlaps(start, end):
            yield start, end


def _unwrap_table_rows(text: str, found: dict[tuple[int, int], NameFinding]) -> None:
    """A name read across a line break that ends a table row is cut at the break.

    A line break before a capital may wrap a name in prose ("Ann\nExample"), but a table row
    ends with its last cell: "Self" at the end of one row and "Ann Example" opening the next
    are two cells, not one name.
    """
    for key, finding in list(found.items()):
        newline = text.rfind("\n", finding.start, finding.end)
        if newline < 0 or not (in_table_row(text, finding.start) and in_table_row(text, newline + 1)):
            continue
        del found[key]
        for part in _cores(newline + 1, text[newline + 1:finding.end], finding.strength, finding.rule):
            found.setdefault((part.start, part.end), part)


# "Ann EXAMPLE": a surname written in capitals right after a found name (forms, minutes).
_CAPS_SURNAME = re.compile(
    rf"[ ](?P<p>{_GAELIC}[ ])?(?P<s>(?:[{UPPER}]{{1,3}}[{_A}])?[{UPPER}]{{2,}}(?:[-{_A}][{UPPER}]{{2,}})*)(?![\w{_A}-])"
)
_VOWELS = frozenset("AEIOUYÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ")


def _caps_surnames(text: str, protected: Protected, found: dict[tuple[int, int], NameFinding]) -> None:
    """Extend a found name over an upper-case surname right after it: "Ann EXAMPLE".

    Not over report vocabulary or acronyms ("Ann Example NHS", "Ann Example CAMHS"): the
    word has a vowel, three letters or more, and is neither a known word nor protected.
    """
    for key, finding in list(found.items()):
        match = _CAPS_SURNAME.match(text, finding.end)
        if not match or not finding.words:
            continue
        word = match.group("s")
        letters = [c for c in word if c.isalpha()]
        low = word.lower()
        if (len(letters) < 3 or not _VOWELS.intersection(letters) or low in _NOT_NAME or low in ACRONYMS
                or low in TITLES or protected.overlaps(match.start("s"), match.end("s"))):
            continue
        end = match.end("s")
        if (finding.start, end) in found:
            continue
        del found[key]
        found[(finding.start, end)] = NameFinding(finding.start, end, (*finding.words, word), finding.strength,
                                                  "name-caps-surname")


def _cores(start: int, phrase: str, strength: int, rule: str = "") -> Iterator[NameFinding]:
    """Trim a phrase to its name words; a phrase broken over two lines may hold two names."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(phrase)]
    groups: list[list[tuple[int, str]]] = [[]]
    for offset, token in tokens:
        if groups[-1] and "\n" in phrase[groups[-1][-1][0]:offset]:
            groups.append([])
        groups[-1].append((offset, token))
    if len(groups) == 2 and len(groups[0]) == 1 and len(groups[1]) <= 2:
        groups = [groups[0] + groups[1]]  # a first name wrapped away from its surname
    # A later line that opens with report vocabulary ("The", "Date") is the next sentence or
    # row, not more of the name: "Report author: Ann Example" / "The approach was ...".
    # (a title opening the line opens a name: "Dr Ann Example" / "Dr Bo Example" is two people)
    groups = [groups[0]] + [g for g in groups[1:] if g and (g[0][1].lower().rstrip(".") not in _NOT_NAME
                                                            or g[0][1].lower().rstrip(".") in TITLES)]
    # ... and a later line of everyday words only, no first name among them, is the next row's
    # label or heading: "Dr Ann Example" / "Visit 2", "Seen by" / "Ann Example" / "Outcome"
    if len(groups) > 1:
        common = _common_words()
        groups = [groups[0]] + [g for g in groups[1:]
                                if not (common and all(_english(t, common) and not is_forename(t) for _, t in g))]
    for group in groups:
        core = _trim(group, phrase, strength >= STRONG)
        if core:
            first, last = core[0], core[-1]
            words = tuple(t for _, t in core if len(t.rstrip(".")) > 1 and t.lower() not in _GAELIC_LINKS)
            yield NameFinding(start + first[0], start + last[0] + len(last[1]), words, strength, rule)


def _trim(tokens: list[tuple[int, str]], phrase: str, strong: bool = False) -> list[tuple[int, str]]:
    core: list[tuple[int, str]] = []
    for index, (offset, token) in enumerate(tokens):
        low = token.lower().rstrip(".")
        if low in _GAELIC_LINKS and core and core[-1][1].lower() in _GAELIC_HEADS:
            core.append((offset, token))  # "MAC AN T-SAOIR": the article inside the surname
            continue
        if low in _NOT_NAME or low in TITLES:
            if core and low in SURNAME_WORDS and index == len(tokens) - 1 and (strong or is_forename(core[0][1])):
                core.append((offset, token))  # "Ann Young": a surname that is also a report word
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


def _person_role(tail: str) -> bool:
    words = [w.lower() for w in re.findall(r"[\w'\u2019-]+", tail)[:4]]
    return any(w in _PERSON_ROLES for w in words)


def _role_tail(tail: str) -> bool:
    if "@" in tail:
        return True
    words = [w.lower().strip(".'\u2019") for w in re.findall(r"[\w'\u2019.-]+", tail)[:4]]
    return any(w in _ROLE_TAIL or w.removesuffix("'s") in _ROLE_TAIL for w in words)


# A list item's bullet or number ("- Ann Example", "2) Ann Example"): not part of the value.
_BULLET = re.compile(r"(?:[-*\u2022\u2013\u25aa\u25cf]|\d{1,2}[.)])[ \t]+")


def _field_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """Each name-like stretch at the head of the parts of a field value ("A / B; C and D")."""
    position = start
    for separator in [*_FIELD_SPLIT.finditer(text, start, end), None]:
        piece_end = separator.start() if separator else end
        piece = text[position:piece_end]
        stripped = piece.lstrip(" \t")
        bullet = _BULLET.match(stripped)
        if bullet and not text[text.rfind("\n", 0, position) + 1:position].strip():
            stripped = stripped[bullet.end():]  # only where the line opens: " - Head Teacher" after a name is a role
        match = re.match(PHRASE, stripped) or _caps_name(stripped)
        if match:
            yield piece_end - len(piece) + (len(piece) - len(stripped)), match.group()
        if separator is None:
            break
        position = separator.end()


def _listed_people(text: str) -> Iterator[tuple[int, int]]:
    """Lines of a list of people under its heading, with bracketed agencies blanked out.

    Yields the spans between brackets, so "Ann Example (NHS Greater Glasgow and Clyde)" offers
    "Ann Example" and never "Clyde".
    """
    for heading in _LIST_HEADING.finditer(text):
        position = heading.end()
        for _ in range(_MAX_LIST_LINES):
            line_end = text.find("\n", position)
            line_end = len(text) if line_end < 0 else line_end
            if not text[position:line_end].strip():
                break  # a blank line ends the list
            # "  Ann Example (AE)<TAB>Chair": in a list laid out with tabs the person is the first
            # cell and the rest is a role or an agency; a header row over it ("Name<TAB>Agency")
            # offers only header words, which are never a name.
            cell_end = text.find("\t", position, line_end)
            cell_end = line_end if cell_end < 0 else cell_end
            piece_start = position
            for bracket in _BRACKETED.finditer(text, position, cell_end):
                yield piece_start, bracket.start()
                piece_start = bracket.end()
            yield piece_start, cell_end
            position = line_end + 1


_ROW_RELATION = re.compile(
    r"(?i)(?:(?:maternal|paternal|step|half|foster|birth)[ -]?)?(?:mother|father|parent|grandmother|grandfather|"
    r"brother|sister|sibling|son|daughter|aunt|uncle|partner|carer)(?:['’]s[ ]partner)?"
)
_ROW_NAME = re.compile(rf"(?:{PHRASE}|{_INITIAL_ONLY.pattern})(?:[ ]{CAPS})?|{_CAPS_PHRASE}")


def _row_people(text: str) -> Iterator[tuple[int, str]]:
    """A table row with no header naming its columns: "Ann Example | Service Manager | Council".

    A cell that is only a name (two to four words, not all of them everyday English words
    unless one is a known forename) stands in a row whose other cell is a role or a
    relationship: that row is about a person.
    """
    common = _common_words(_ENGLISH_WORDS)
    for cells in row_cells(text):
        if len(cells) < 2:
            continue
        texts = [text[s:e] for s, e in cells]
        # cheap first: a cell that could be a name at all (two to four capitalised words)
        names = [i for i, cell in enumerate(texts)
                 if 3 < len(cell) <= 60 and cell[0].isupper() and 1 <= cell.count(" ") <= 3]
        if not names:
            continue
        roles = {i for i, cell in enumerate(texts) if cell and len(cell) <= 60
                 and (_ROW_RELATION.fullmatch(cell) or _role_tail(cell))}
        if not roles:
            continue
        for index in names:
            cell = texts[index]
            if index in roles or not _ROW_NAME.fullmatch(cell):
                continue
            words = cell.replace(",", " ").split()
            if not 2 <= len(words) <= 4:
                continue
            if all(_english(w, common) and not is_forename(w) and not w.isupper() for w in words):
                continue  # "Strengthen Chronologies | Team Leader": an action, not a person
            yield cells[index][0], cell


_CELL_SEPARATOR = re.compile(r"\t+|[ ]+\|[ ]+")


def _header_row(text: str, position: int) -> bool:
    """Whether the line holding ``position`` heads a table: three cells or more, no colon after
    its first, and the next line has as many cells but another first cell, and that no label (a
    form repeating "Name<TAB>...<TAB>Role<TAB>..." on each line, or pairing "Name" and "Address"
    rows, is rows of fields, not a header) (round 17)."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    if line_end < 0:
        return False
    cells = _CELL_SEPARATOR.split(text[line_start:line_end].strip())
    if len(cells) < 3 or ":" in cells[0]:
        return False
    next_end = text.find("\n", line_end + 1)
    following = text[line_end + 1:len(text) if next_end < 0 else next_end].strip()
    below = _CELL_SEPARATOR.split(following)
    if len(below) != len(cells) or below[0].lower() == cells[0].lower():
        return False
    # "Name | Ann Example | DOB | ..." over "Address | ... | Phone | ...": label and value pairs
    return not (below[0].lower().rstrip(":") in _NOT_NAME or _FIELD_LABEL.search(below[0]))


def _english(word: str, common: frozenset[str]) -> bool:
    """A common English word, or the plural of one ("Chronologies", "Referrals")."""
    low = word.lower()
    return low in common or (low.endswith("s") and low[:-1] in common) or (
        low.endswith("ies") and low[:-3] + "y" in common)


def _after_capitalised_word(text: str, start: int) -> bool:
    """"Appendix C Chronology", "Plan B Meeting": the letter belongs to the word before it."""
    before = re.search(r"([^\W\d_][\w'\u2019-]*)[ ]$", text[max(0, start - 40):start])
    return bool(before) and before.group(1)[0].isupper()


def _caps_name(piece: str) -> re.Match[str] | None:
    """An upper-case name at the head of a field value; a lone short word may be an acronym."""
    match = re.match(_CAPS_PHRASE, piece)
    if not match:
        return None
    words = match.group().split(" ")
    if any(w.lower() in _NOT_NAME for w in words):
        return None
    if len(words) == 1 and len(words[0]) < 5 and not is_forename(words[0]):
        return None
    return match


def _lowered_words(text: str) -> set[str]:
    return set(re.findall(rf"(?<![{UPPER}{LOWER}])[{LOWER}]+", text))


_STACKED_WORD = re.compile(rf"{WORD}|{CAPS}|{_INITIAL}")


def _stacked_name(value: str, common: frozenset[str]) -> bool:
    """A value line under a person's label that reads as a name, whole: capitalised words, none of
    them vocabulary, not all of them everyday English unless a known first name opens them ("Not
    Known", "Support Offered" and "Unknown" are a form's answers, not people)."""
    words = value.split()
    if not words or not all(_STACKED_WORD.fullmatch(w) for w in words) or any(w.lower() in _NOT_NAME for w in words):
        return False
    if len(words) == 1:  # one word: a first name, or no word of the wider English list ("Caller")
        return is_forename(words[0]) or not _english(words[0], _common_words(_ENGLISH_WORDS))
    return is_forename(words[0]) or not all(_english(w, common) for w in words)


def _plausible_person(text: str, finding: NameFinding, protected: Protected, lowered: set[str], subject: bool) -> bool:
    """A phrase that a verb or an organisation names as a person, unless it reads as a common noun.

    A plural ("Neighbours said"), a pronoun-like word ("Everyone agreed") or, at the start of a
    sentence, a word the document also writes in lower case is not taken as a name.
    """
    if protected.overlaps(finding.start, finding.end) or not finding.words:
        return False
    words = finding.words
    if len(words) == 1:
        word = words[0]
        low = word.lower()
        if len(word) < 3 or low in _PRONOUNISH or low in NAME_MONTHS or low in TITLES:
            return False
        if low.endswith("s") and not is_forename(word) and _plural_of_common(low):
            return False  # "Neighbours said"; "Kelis said" is a name that ends in s
        if subject and not _capitalised_mid_sentence(text, finding.start) and low in lowered and not is_forename(word):
            return False
    return not any(w.lower() in _NOT_NAME for w in words)


def _surname_first(match: re.Match[str], protected: Protected, found: dict[tuple[int, int], NameFinding]) -> None:
    """"EXAMPLE, Ann": an upper-case surname, a comma, and a first name (known, or found as a name)."""
    surname, forename = match.group("s"), match.group("f")
    first = forename.split(" ")[0]
    named = any(start == match.start("f") for start, _ in found)
    if surname.lower() in _NOT_NAME and surname.lower() not in SURNAME_WORDS:
        return
    if first.lower() in _NOT_NAME or not (named or is_forename(first)):
        return
    if protected.overlaps(match.start(), match.end()):
        return
    words = (*forename.split(" "), surname)
    for start, end in ((match.start("s"), match.end("s")), (match.start("f"), match.end("f"))):
        found[(start, end)] = NameFinding(start, end, words, STRONG, "name-surname-first")


def _gazetteer(text: str, protected: Protected, found: dict[tuple[int, int], NameFinding],
               phrases: list[re.Match[str]]) -> None:
    lowered_words: set[str] | None = None
    for match in phrases:
        phrase = match.group()
        if " " not in phrase and "\n" not in phrase and not is_forename(phrase) and not _MORPH.match(phrase):
            continue  # one word, neither a known first name nor Mc/Mac/O': nothing below takes it
        for finding in _cores(match.start(), phrase, GAZETTEER, "name-gazetteer"):
            if protected.overlaps(finding.start, finding.end) or text[finding.end:finding.end + 1].isalnum():
                continue  # ... or part of a longer token: "DoB" holds no "Do"
            words = finding.words
            last = words[-1].lower() if words else ""
            if len(words) >= 2:
                named = is_forename(words[0]) or (len(words) >= 3 and is_forename(words[1]))
                if (named or any(_MORPH.match(w) for w in words)) and last not in _NOT_NAME:
                    if lowered_words is None:
                        lowered_words = set(re.findall(rf"(?<![{UPPER}{LOWER}])[{LOWER}]+", text))
                    if not _title_case_heading(text, finding, lowered_words):
                        _add(found, finding)
                continue
            if len(words) != 1 or finding.end - finding.start != len(words[0]):
                continue
            word = words[0]
            if word.lower() in NAME_MONTHS:
                continue  # "until May": a lone month-name needs more than the gazetteer
            if _AFTER_SAINT.search(text, max(0, finding.start - 4), finding.start):
                continue  # "St Aidan's school", "St Mary's": a saint names a school, a church, a hospital
            if _MORPH.match(word) and not _ORG_AFTER.match(text, finding.end):
                _add(found, finding)
                continue
            if not is_forename(word):
                continue
            if lowered_words is None:
                lowered_words = set(re.findall(rf"(?<![{UPPER}{LOWER}])[{LOWER}]+", text))
            if word.lower() in lowered_words:
                continue
            if _capitalised_mid_sentence(text, finding.start) or (
                    _followed_by_lower_word(text, finding.end) and not _opens_short_heading(text, finding.start)
                    and word.lower() not in _EVERYDAY_FORENAMES):
                _add(found, finding)


def _unknown_pairs(text: str, protected: Protected, found: dict[tuple[int, int], NameFinding],
                   phrases: list[re.Match[str]], english: frozenset[str]) -> None:
    """"the care of Ann Example", "kept by Bo Example": two or three capitalised words in
    running prose, none of them a word any English list knows, is a full name whatever the cue
    (round 17, rule ``name-unknown-pair``).

    A name's shape, not its words: mid-sentence (after a lower-case word or a comma), so a
    heading or a sentence's first word is not read; not after a place's preposition ("in",
    "near": a town of two words is written there), not before a number or a capitalised word
    or a postcode (an address), nor right before a capitalised word (a longer title), not a public body's part, no acronym or report word.
    """
    if not english:
        return
    for match in phrases:
        if " " not in match.group():
            continue
        for finding in _cores(match.start(), match.group(), GAZETTEER, "name-unknown-pair"):
            words = finding.words
            if not 2 <= len(words) <= 3 or (finding.start, finding.end) in found:
                continue
            if any(len(w) < 3 or not w[0].isupper() or w[1:].isupper() or _english(w, english)
                   or w.lower() in _NOT_NAME or w.lower() in ACRONYMS or w.lower() in STREET_TYPES
                   or w.lower() in HOUSE_TYPES or any(_english(p, english) for p in w.split("-"))
                   for w in words):
                continue
            if protected.overlaps(finding.start, finding.end) or any(
                    s < finding.end and finding.start < e for s, e in found):
                continue
            before = _WORD_BEFORE.search(text, max(0, finding.start - 30), finding.start)
            if not before:
                # a sentence's first words: a name when a lower-case English word follows in prose
                if not (_SENTENCE_START.search(text, max(0, finding.start - 3), finding.start)
                        and (after := _LOWER_AFTER.match(text, finding.end)) and after.group(1) in english
                        and not _opens_short_heading(text, finding.start)):
                    continue
            elif before.group(1) and before.group(1) not in english:
                continue  # after an English word or a comma: prose, not a heading in another language
            if _PLACE_BEFORE.search(text, max(0, finding.start - 12), finding.start):
                continue
            if _ADDRESS_AFTER.match(text, finding.end):
                continue
            _add(found, finding)


_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][ ]{1,2})\Z")
_LOWER_AFTER = re.compile(rf"[ ]([{LOWER}]{{2,}})\b")
# the lower-case word or the comma right before a name in prose
_WORD_BEFORE = re.compile(rf"(?:(?<![\w{_A}-])([{LOWER}]+)|,)[ ]\Z")
# "lived in Example Town", "near Example Glen": the words after a place's preposition are a place
_PLACE_BEFORE = re.compile(
    rf"(?:\b(?:in|at|near|around|outside|across|towards|into|within|throughout|via)|[{UPPER}][{LOWER}]+[ ]of"
    rf"|\b(?:moved|moving|moves|move|went|go|goes|going|gone|returned|returning|travelled|traveled|relocated|came"
    rf"|come|back|drove|walked|flew|headed|holiday|holidays|holidayed|trip|journey|visit|visits)[ ](?:to|from))[ ]\Z")
# a street, a town before its postcode, a longer capitalised run: no person's name ends there
_ADDRESS_AFTER = re.compile(rf"[ ]*,?[ ]*(?:\d|[{UPPER}]{{1,2}}\d)|[ ][{UPPER}]")


# First names that are everyday words ("Even page header", "Will be sent"): opening a
# sentence with nothing else to say they are names, they are the word.
_AFTER_SAINT = re.compile(r"\bSt\.?[ ]\Z")
_EVERYDAY_FORENAMES = frozenset(
    """even will can so do go said way made take come done tell run per else due won save fine nice
    free long deep mine oh ok okay am are be line lot door chance price""".split()
)

_COMMON_WORDS = 10_000  # the most frequent English words, for telling a heading from a name


_ENGLISH_WORDS = 50_000  # ... and a wider list for telling a table's action text from a name


def _plural_of_common(low: str) -> bool:
    """Whether a word ending in s reads as the plural of an everyday word (or has no word list to tell)."""
    common = _common_words()
    return not common or low in common or low[:-1] in common or (low.endswith("es") and low[:-2] in common)


@functools.cache
def _common_words(count: int = _COMMON_WORDS) -> frozenset[str]:
    try:
        from wordfreq import top_n_list
    except ModuleNotFoundError:
        return frozenset()
    return frozenset(top_n_list("en", count))


def _title_case_heading(text: str, finding: NameFinding, lowered: set[str]) -> bool:
    """"Core Data" alone on its line: a heading in title case, not a forename and a surname.

    Only two common English words, the second no forename and written in lower case
    elsewhere in the document, with nothing else on the line. A gazetteer hit is all that
    named it; a name with any other evidence (a title, a role, a table column) is not asked.
    """
    words = finding.words
    if len(words) != 2 or _MORPH.match(words[1]) or is_forename(words[1]):
        return False
    first, second = words[0].lower(), words[1].lower()
    common = _common_words()
    if first not in common or second not in common or second not in lowered:
        return False
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    return line.strip(" \t:") == text[finding.start:finding.end]


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


def _opens_short_heading(text: str, start: int) -> bool:
    """A word opening a short line with no sentence punctuation: a heading or page furniture
    ("Even page header", "Grace period terms"), where every first word is capitalised."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", start)
    line = text[start:len(text) if line_end < 0 else line_end].strip()
    return len(line.split()) <= _HEADING_WORDS and not re.search(r"[.!?;:,]", line)


_HEADING_WORDS = 5


def _followed_by_lower_word(text: str, end: int) -> bool:
    return bool(re.match(rf"(?:[{_A}]s)?[ ][{LOWER}]{{2,}}", text[end:end + 20]))


def _continuations(text: str, protected: Protected, found: dict[tuple[int, int], NameFinding],
                   lowered: set[str]) -> None:
    """"Ann Example and Bo Example": a name right after a found name (and, &, a list comma).

    ``lowered`` is the set of the text's lower-case words (``_lowered_words``), read once by
    the caller.
    """
    frontier = [f for f in found.values() if f.strength >= STRONG or len(f.words) >= 2]
    while frontier:
        next_frontier = []
        for finding in frontier:
            next_frontier += _continued_before(text, protected, found, lowered, finding)
            match = _CONTINUATION.match(text, finding.end)
            if not match:
                continue
            for core in _cores(match.start("n"), match.group("n"), STRONG, "name-continuation"):
                if protected.overlaps(core.start, core.end) or (core.start, core.end) in found:
                    continue
                if match.group().lstrip().startswith(",") and len(core.words) < 2:
                    continue
                if len(core.words) < 2 and not _plausible_person(text, core, protected, lowered, True):
                    continue
                found[(core.start, core.end)] = core
                next_frontier.append(core)
        frontier = next_frontier


_BEFORE_AND = re.compile(rf"(?<![\w{_A}-])(?P<n>{WORD})(?:[ ]+and[ ]+|[ ]*&[ ]*)\Z")


def _continued_before(text: str, protected: Protected, found: dict[tuple[int, int], NameFinding],
                      lowered: set[str], finding: NameFinding) -> list[NameFinding]:
    """"Ann and Bo live with their mother": the one word before "and" a one-word name found on
    its own evidence is a name too, when nothing says it is a common noun or a body."""
    if len(finding.words) != 1:
        return []
    before = _BEFORE_AND.search(text, max(0, finding.start - _LOOK_BACK), finding.start)
    if not before:
        return []
    added = []
    for core in _cores(before.start("n"), before.group("n"), STRONG, "name-continuation"):
        if (core.end == before.end("n") and len(core.words) == 1 and (core.start, core.end) not in found
                and _plausible_person(text, core, protected, lowered, True)):
            found[(core.start, core.end)] = core
            added.append(core)
    return added


# A name written only in capitals: "TORQUIL EXAMPLE", "ANN MAC AN T-EXAMPLE" (a heading, a
# signature block, a form filled in capitals). Two to four upper-case words, Gaelic particles
# and their articles inside.
_CAPS_GAELIC = r"(?:MAC|NIC|MHIC|NÍ|NI|UÍ|Ó)[ ](?:(?:AN|NA|A[{a}])[ ])?(?:[TH]-)?".format(a=_A)
_CAPS_NAME = re.compile(
    rf"(?<![\w{_A}-]){CAPS}(?:[ \n](?:{_CAPS_GAELIC})?{CAPS}){{1,3}}(?![\w{_A}-])"
)
_CAPS_WORD = re.compile(rf"(?:[{UPPER}]{{1,3}}[{_A}-])?[{UPPER}]{{2,}}(?:[-{_A}][{UPPER}]{{2,}})*")
# What names the upper-case phrase after it: a role, a relation, a 'by' verb, an anonymised
# label or a field label, right before it on its line.
_CUE_BEFORE = re.compile(
    rf"(?i:\b(?:{_ROLE_ALTERNATION}|{_BARE_ALTERNATION}|{_CUE_VERBS}|name|signed|author)(?:[ ]of)?"
    rf"|(?:Child|Young[ ]Person|Adult|Sibling|Person|Subject)[ ](?:[A-Z]{{1,2}}|\d{{1,2}}))"
    rf"(?:[ ]*[,:\t\u2013\u2014(-][ ]*|[ ]+(?:(?i:is|was|were|being|named|called)[ ]+)?)\Z"
)
_CAPS_AFTER = re.compile(rf"(?:[ ]*,[ ]*|[ ]*\([ ]*|[ ]+[-\u2013\u2014][ ]+)(?P<r>[^,()\n;]{{1,60}})")
_CAPS_VERB = re.compile(rf"[ ]+(?:(?:had|has|was|is|then|also|later|not)[ ]+)?{_PERSON_VERBS}\b|[ ]+recorded\b")
_CAPS_LOOK_BACK = 60


def _upper_case_names(text: str, protected: Protected, found: dict[tuple[int, int], NameFinding]) -> None:
    """Names in capitals that no normal-case mention gives away.

    Two to four upper-case words, none of them report vocabulary, an acronym or a title, each
    with a vowel; named as a person by what stands around it (a role or label before it, a
    role, a label or a birth date after it in apposition, a verb only a person does), or by a
    known first name opening it on a line that is not itself all in capitals (a heading).
    """
    common = _common_words()
    for match in _CAPS_NAME.finditer(text):
        start, end = match.start(), match.end()
        if protected.overlaps(start, end) or any(s <= start and end <= e for s, e in found):
            continue
        words = [w for w in _CAPS_WORD.findall(match.group()) if w.lower() not in _GAELIC_LINKS]
        if len(words) < 2 or any(w.lower() in _NOT_NAME or w.lower() in ACRONYMS or w.lower() in TITLES
                                 or not _VOWELS.intersection(w) for w in words):
            continue
        if words[0].lower() in NAME_MONTHS:
            continue
        # "PLEASE NOTE", "GRACE PERIOD": everyday words need a cue, a first name is not enough
        everyday = all(w.lower() in common for w in words)
        forename = is_forename(words[0]) and not everyday
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - _CAPS_LOOK_BACK):start]
        after = _CAPS_AFTER.match(text, end)
        cued = bool(_CUE_BEFORE.search(before)) or bool(
            after and (_LABEL_TAIL.match(after.group("r")) or _role_tail(after.group("r")))
        ) or bool(_CAPS_VERB.match(text, end)) or bool(_BIRTH_AFTER_CAPS.match(text, end))
        if everyday and not _CUE_BEFORE.search(before):
            continue
        if not cued and forename:
            line_end = text.find("\n", end)
            line = text[line_start:len(text) if line_end < 0 else line_end]
            cued = any(c.islower() for c in line)
        if cued:
            _add(found, NameFinding(start, end, tuple(words), STRONG, "name-caps"))


_BIRTH_AFTER_CAPS = re.compile(rf"[ ]*[(,]?[ ]*(?:(?i:DOB|D\.O\.B|born|date[ ]of[ ]birth)|{_BORN_B})")
# A nickname in quotes after a found name or a naming verb: 'Ann "Bo" ...', 'called "Bo"'.
_NICKNAME_AFTER = re.compile(rf"[ ]\(?[\"'\u201c\u2018](?P<n>{WORD})[\"'\u201d\u2019]")
_NICKNAME_CUE = re.compile(
    rf"(?i:\b(?:called|nicknamed|known[ ](?:only[ ])?as|aka|a\.k\.a\.?))[ ]+(?:{PHRASE}[ ]+)?"
    rf"[\"'\u201c\u2018](?P<n>{WORD})[\"'\u201d\u2019]"
)


def _nicknames(text: str, protected: Protected, found: dict[tuple[int, int], NameFinding]) -> None:
    """A nickname in quotes: right after a found name ('Ann "Bo" Example', 'called Ann "Bo"')
    or after called / known as / nicknamed. It is redacted like the name, wherever it recurs."""
    matches = [m for f in list(found.values()) if (m := _NICKNAME_AFTER.match(text, f.end))]
    matches += list(_NICKNAME_CUE.finditer(text))
    for match in matches:
        start, end = match.start("n"), match.end("n")
        word = match.group("n")
        if word.lower() in _NOT_NAME or word.lower() in TITLES or protected.overlaps(start, end):
            continue
        _add(found, NameFinding(start, end, (word,), STRONG, "name-nickname"))
