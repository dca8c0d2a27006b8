"""Which kind of document an attachment is, and what an Initial Case Review decided.

CPCs send Initial Case Reviews (ICR; the 2021 guidance's "rapid review" is the same stage),
Significant Case Reviews (SCR) and, since the 2021 national guidance, Learning Reviews (LR).
With them come cover letters and COG agendas or minutes that *mention* a review; those are
not reports and must not be filed as one. The title lines say most; the form of the
document (salutation and sign-off, agenda items) and the body break ties.

Decision codes follow the gold standard: ``proceed_to_scr`` covers "a Learning Review
should proceed" too, because a Learning Review is what an SCR is now called.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date as date_type

from ingestd.analysis import weights
from ingestd.analysis.dates import decide, find_dates, parse_uk_date, ratification_candidates
from ingestd.analysis.evidence import Evidence
from ingestd.analysis.text import read_tick_boxes, reflow

ICR, SCR, LR, OTHER = "ICR", "SCR", "LR", "OTHER"
LR_DECISION, LR_OUTCOME = "LR-DECISION", "LR-OUTCOME"
PROCEED, NO_SCR, OTHER_LEARNING = "proceed_to_scr", "no_scr", "other_learning_activity"

# Acronyms match case-sensitively ("LRS", a linear referencing system, is not a Learning
# Review); the words in any case.
_TYPE_TERMS: dict[str, re.Pattern[str]] = {
    ICR: re.compile(r"(?i:\binitial\s+case\s+reviews?\b|\brapid\s+review\b)|\bICRs?\b"),
    # "case review report", but not inside "Initial Case Review Report".
    SCR: re.compile(r"(?i:\bsignificant\s+case\s+reviews?\b|(?<!initial\s)\bcase\s+review\s+report\b)|\bSCRs?\b"),
    LR: re.compile(r"(?i:\blearning\s+reviews?\b)|\bLRs?\b"),
}
# A job title is not the document's kind: "Yusra Example (Learning Review Coordinator)".
_ROLE_AFTER_TERM = re.compile(r"[ \t]+(?:co-?ordinator|officer|manager|administrator)\b", re.IGNORECASE)
# Form fields and phrases that only an ICR record has.
_ICR_FIELDS = re.compile(
    r"date\s+of\s+(?:the\s+)?ICR|ICR\s+(?:meeting|convened|held|met|chair|decision|outcome|recommend)"
    r"|chair\s+of\s+(?:the\s+)?ICR|decision\s+of\s+the\s+ICR|(?:whether|if)\s+the\s+(?:circumstances|criteria)"
    r"|criteria\s+for\s+an?\s+(?:SCR|significant\s+case\s+review|learning\s+review)"
    r"|\b(?:decision|notification)\s+form\b",
    re.IGNORECASE,
)
# Sections a full review report has and an ICR record rarely does.
_REVIEW_FIELDS = re.compile(
    r"lead\s+reviewer|independent\s+(?:reviewer|chair)|terms\s+of\s+reference|review\s+team"
    r"|review\s+questions|methodology|foreword|what\s+we\s+(?:found|learned)|7[\s-]minute\s+briefing",
    re.IGNORECASE,
)
# An e-mail's own header block: "From: ..." and "Subject: ..." lines at the top; a quoted line.
_OPENS_AS_EMAIL = re.compile(r"\A(?:[^\n]*\n){0,3}From:[^\n]*\n(?:[^\n]*\n){0,5}Subject:", re.IGNORECASE)
_QUOTE_MARKED = re.compile(r"^[ \t]*>", re.MULTILINE)
_LETTER_MARKS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"^\s*dear\b", re.IGNORECASE | re.MULTILINE), 3),
    (re.compile(r"\byours\s+(?:sincerely|faithfully|truly)\b", re.IGNORECASE), 3),
    (re.compile(r"^\s*(?:kind\s+|best\s+|warm\s+)?regards\b|^\s*best\s+wishes\b", re.IGNORECASE | re.MULTILINE), 2),
    (re.compile(r"\bI\s+(?:enclose|attach|am\s+writing|write)\b|\bplease\s+find\s+(?:attached|enclosed)\b"
                r"|\b(?:is|are)\s+(?:attached|enclosed)\b", re.IGNORECASE), 2),
    (re.compile(r"\bplease\s+(?:contact|do\s+not\s+hesitate)\b", re.IGNORECASE), 1),
    (re.compile(r"^\s*(?:FAO|our\s+ref|your\s+ref)\b", re.IGNORECASE | re.MULTILINE), 1),
    # an e-mail written in lower case or in haste: "hi sigrid," / "hello all", "thanks" / "many thanks"
    # on a line of their own
    (re.compile(r"^\s*(?:hi|hello)\b[^\n.!?]{0,40},?\s*$", re.IGNORECASE | re.MULTILINE),
     weights.CASUAL_GREETING),
    (re.compile(r"^\s*(?:many\s+)?thanks(?:\s+again)?[,!.]?\s*$", re.IGNORECASE | re.MULTILINE),
     weights.CASUAL_GREETING),
    # a reply or forward's quoted message begins: "-----Original Message-----", "---------- Forwarded
    # message", "On Mon 9 Mar 2026 at 16:40, Ann Example wrote:"
    (re.compile(r"^\s*-{2,}\s*(?:original|forwarded)\s+message\b|^\s*on\b[^\n]{4,120}\bwrote:\s*$",
                re.IGNORECASE | re.MULTILINE),
     weights.QUOTED_CHAIN),
    # an e-mail's own header block: "From: ..." and "Subject: ..." lines at the top
    (_OPENS_AS_EMAIL, 3),
)
# A letter quoted inside a report is set off by indentation (or "> "): its salutation and
# sign-off are the quoted letter's form, not the document's.
_QUOTED_LINE = re.compile(r"^(?:[ ]{4,}|\t|>)[^\n]*$", re.MULTILINE)
_AGENDA_MARKS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\bagenda\b", re.IGNORECASE), 3),
    (re.compile(r"\bapologies\b", re.IGNORECASE), 1),
    (re.compile(r"^\s*(?:present|in\s+attendance)\s*:?\s*$", re.IGNORECASE | re.MULTILINE), 1),
    (re.compile(r"\bany\s+other\s+(?:competent\s+)?business\b|\bAOC?B\b", re.IGNORECASE), 2),
    (re.compile(r"\b(?:minutes?|notes?)\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting\b", re.IGNORECASE), 2),
    (re.compile(r"\bdate\s+of\s+next\s+meeting\b|\bmatters\s+arising\b", re.IGNORECASE), 2),
    (re.compile(r"\bpresenter\b|\bfor\s+(?:ratification|noting|information|discussion)\b", re.IGNORECASE), 1),
)
# Headings of a report's own body.
_REPORT_MARKS = re.compile(
    r"^\s*(?:part\s+\w\s*[–—-]\s*)?(?:\d+\.?\s*)?(?:summary|background|circumstances|chronology|findings"
    r"|initial\s+findings|key\s+(?:practice\s+)?episodes|agency\s+involvement|information\s+from\s+agencies"
    r"|recommendations?|conclusions?|learning|analysis|rationale|discussion|context|decision|outcome"
    r"|reason\s+for\s+review|family\s+and\s+household|the\s+family|what\s+happened|review\s+process)\b",
    re.IGNORECASE | re.MULTILINE,
)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _form_score(text: str, marks: tuple[tuple[re.Pattern[str], int], ...]) -> int:
    return sum(weight for pattern, weight in marks if pattern.search(text))


def _type_evidence(text: str) -> dict[str, list[Evidence]]:
    """Evidence for each review type, the title lines counting far more than the body.

    A type needs a review term of its own: form fields and section headings ("Foreword",
    "Methodology") only add to a type the text already names.
    """
    evidence: dict[str, list[Evidence]] = {ICR: [], SCR: [], LR: []}
    body_hits: dict[str, int] = {ICR: 0, SCR: 0, LR: 0}
    for index, (offset, line) in enumerate(_line_offsets(_without_unticked(text))):
        for doc_type, pattern in _TYPE_TERMS.items():
            for match in pattern.finditer(line):
                span = (offset + match.start(), offset + match.end())
                if index >= 3 and match.group().endswith("s"):
                    continue  # "themes from learning reviews": reviews in general, not this one
                if _ROLE_AFTER_TERM.match(line, match.end()):
                    continue
                if index < 3:
                    evidence[doc_type].append(Evidence("title-term", weights.TITLE_TERM, span))
                    break
                if index < 8:
                    evidence[doc_type].append(Evidence("heading-term", weights.HEADING_TERM, span))
                    break
                if body_hits[doc_type] < weights.MAX_BODY_TERMS:
                    body_hits[doc_type] += 1
                    evidence[doc_type].append(Evidence("body-term", weights.BODY_TERM, span))
    if not any(e.rule == "title-term" for found in evidence.values() for e in found):
        for doc_type, rule, span in _misread_title_terms(text):
            evidence[doc_type].append(Evidence(rule, _MISREAD_WEIGHTS[rule], span))
    named = {doc_type for doc_type, found in evidence.items() if found}
    if ICR in named:
        for match in list(_ICR_FIELDS.finditer(text))[:weights.MAX_FIELDS]:
            evidence[ICR].append(Evidence("icr-field", weights.ICR_FIELD, match.span()))
    scores = {doc_type: sum(e.weight for e in found) for doc_type, found in evidence.items()}
    sections = [Evidence("review-section", weights.REVIEW_SECTION, m.span())
                for m in list(_REVIEW_FIELDS.finditer(text))[:weights.MAX_FIELDS]]
    if SCR in named and scores[SCR] >= scores[LR]:
        evidence[SCR].extend(sections)
    elif LR in named and scores[LR] > scores[SCR]:
        evidence[LR].extend(sections)
    return evidence


# A review's name as typed in haste: "LEARNIGN REVEIW", "Signficant Case Reveiw". Each word within
# one slip (a letter dropped, added, changed, or two swapped) of the name's word, read in the title
# lines only and only when the title lines name no review rightly (the body may: a scanned ICR's
# "INITlAL CASE REVIEW" over a body saying "the ICR").
_TERM_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (ICR, ("initial", "case", "review")),
    (SCR, ("significant", "case", "review")),
    (LR, ("learning", "review")),
)
_MIN_SLIP_LENGTH = 5  # a shorter word ("case") must be spelt right: one slip from it is another word


@dataclass(frozen=True)
class LookalikeRule:
    """Glyphs a scan's text recognition (OCR) takes for one another: each ``(glyph, letter)`` of
    ``readings`` (after lower-casing) reads the glyph as the letter when a title word is compared with
    a review's name, so the misreading costs no slip and a real typing slip may still come on top.
    ``catches`` are title lines that then name a review of ``kind``; ``leaves`` title lines that still
    name none."""

    name: str
    readings: tuple[tuple[str, str], ...]
    reason: str
    kind: str
    catches: tuple[str, ...]
    leaves: tuple[str, ...]


OCR_LOOKALIKES: tuple[LookalikeRule, ...] = (
    LookalikeRule(
        "ocr-upright-stroke", (("1", "i"), ("l", "i"), ("|", "i")),
        "a scan reads one thin upright stroke for another: capital I, lower-case l and i, the digit one, a bar",
        ICR,
        ("Braemuir Child Protection Committee\nlNITIAL CASE REVlEW\n", "INIT1AL CASE REV|EW - Child T\n",
         "Initia1 Case Review (scanned)\n", "Braemuir Child Protection Committee\n1CR record - Child T\n"),
        ("Braemuir Child Protection Committee\nINITIALLED CASE RECORD\n",
         "Braemuir Child Protection Committee\nCR1 record\n"),
    ),
    LookalikeRule(
        "ocr-five-for-s", (("5", "s"),),
        "a scan reads the letter S as the digit five",
        SCR,
        ("5IGNIFICANT CA5E REVIEW\n", "Braemuir Child Protection Committee\nSignificant Ca5e Review\n",
         "5CR - Adult W\nBraemuir Adult Protection Committee\n"),
        ("Braemuir Child Protection Committee\n5 CASE FILES\n",),
    ),
    LookalikeRule(
        "ocr-joined-strokes", (("rn", "m"), ("vv", "w")),
        "a scan joins two narrow letters into one wide one or splits it: 'rn' and 'm', 'vv' and 'w' read for "
        "each other",
        LR,
        ("LEAMING REVIEW\n", "Braemuir Adult Protection Committee\nLearning Revievv\n"),
        ("Braemuir Adult Protection Committee\nEVENING REVIVAL\n",),
    ),
)
_LOOKALIKE_FOLD: tuple[tuple[str, str], ...] = tuple(reading for rule in OCR_LOOKALIKES for reading in rule.readings)
# a title word: letters and the lookalikes' other glyphs ("INIT1AL", "REV|EW")
_LOOKALIKE_MARKS = "".join(sorted({c for glyph, _ in _LOOKALIKE_FOLD for c in glyph if not c.isalpha()}))
_TITLE_WORD = re.compile(rf"[A-Za-z{re.escape(_LOOKALIKE_MARKS)}]+")
# A review's acronym misread by OCR ("lCR", "1CR", "5CR"): its capitals "CR" read rightly, so a
# three-glyph word that folds to the acronym is it. "LR" has no such anchor ("IR" is another word).
_TERM_ACRONYMS: tuple[tuple[str, str], ...] = ((ICR, "ICR"), (SCR, "SCR"))
_MISREAD_WEIGHTS = {"misspelt-title-term": weights.MISSPELT_TITLE_TERM,
                    "lookalike-title-term": weights.LOOKALIKE_TITLE_TERM}


def _fold_lookalikes(word: str) -> str:
    """``word`` in lower case with every OCR lookalike read as the letter it stands for."""
    folded = word.lower()
    for glyph, letter in _LOOKALIKE_FOLD:
        folded = folded.replace(glyph, letter)
    return folded


def _one_slip(word: str, target: str) -> bool:
    """Whether ``word`` is ``target`` or one edit from it (optimal string alignment distance <= 1)."""
    if word == target:
        return True
    if len(target) < _MIN_SLIP_LENGTH or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target)) if a != b]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and word[diff[0]] == target[diff[1]] and word[diff[1]] == target[diff[0]])
    short, long_ = sorted((word, target), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _misread_title_terms(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """Review names in the title lines that are misspelt once or misread by OCR: ``(type, rule, span)``.

    The rule is ``lookalike-title-term`` when the words match once their lookalikes are read
    (``OCR_LOOKALIKES``), ``misspelt-title-term`` when a typing slip was needed too.
    """
    found = []
    for offset, line in _line_offsets(text)[:3]:
        words = list(_TITLE_WORD.finditer(line))
        for doc_type, acronym in _TERM_ACRONYMS:
            for word in words:
                glyphs = word.group()
                if (glyphs != acronym and glyphs[1:] == acronym[1:] and not _ROLE_AFTER_TERM.match(line, word.end())
                        and _fold_lookalikes(glyphs) == _fold_lookalikes(acronym)):
                    found.append((doc_type, "lookalike-title-term", (offset + word.start(), offset + word.end())))
                    break
        for doc_type, target in _TERM_WORDS:
            folded_target = [_fold_lookalikes(t) for t in target]
            for start in range(len(words) - len(target) + 1):
                run = words[start:start + len(target)]
                spelt = [w.group().lower() for w in run]
                if spelt == list(target) or _ROLE_AFTER_TERM.match(line, run[-1].end()):
                    continue
                folded = [_fold_lookalikes(w) for w in spelt]
                if all(_one_slip(w, t) for w, t in zip(folded, folded_target)):
                    rule = "lookalike-title-term" if folded == folded_target else "misspelt-title-term"
                    found.append((doc_type, rule, (offset + run[0].start(), offset + run[-1].end())))
                    break
    return found


def _line_offsets(text: str) -> list[tuple[int, str]]:
    """Non-blank lines with the offset of their first character."""
    found = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            found.append((match.start() + len(line) - len(line.lstrip()), stripped))
    return found


def _first_title_type(lines: list[str]) -> str | None:
    """The review type named first in the title lines, if any."""
    head = "\n".join(lines[:3])
    found = [(m.start(), doc_type) for doc_type, p in _TYPE_TERMS.items() if (m := p.search(head))]
    return min(found)[1] if found else None


_MEETING_TITLE = re.compile(
    r"\bagenda\b|chief\s+officers?['’]?s?['’]?\s+group|\bCOG\b|public\s+protection\s+chief|\bmeeting\s+of\b"
    r"|\bminutes?\b",
    re.IGNORECASE,
)


# A committee's periodic publications report on reviews but are not one; nor is a Serious
# Incident Review (a health board's own process).
_PUBLICATION_TITLE = re.compile(
    r"\bannual\s+report\b|\b(?:business|improvement|strategic|delivery)\s+plan\b"
    r"|\bserious\s+incident\s+reviews?\b"
    r"|\b(?:quarterly|performance|biennial)\s+(?:data\s+|performance\s+)?report\b|\bnewsletter\b"
    # an event that shares a review's learning ("Practitioner learning event", "Learning session")
    r"|\b(?:practitioner|learning|multi-agency)\s+(?:learning\s+)?(?:events?|forums?|sessions?|workshops?)\b",
    re.IGNORECASE,
)
# A session that gathers practitioners' own reflections for a review ("Notes of a reflective session",
# "Reflective practice workshop", "Debrief session for practitioners"), in a title that names no review
# of its own: its notes feed the review, they are not one. (An ICR form whose row names a "reflective
# practice session" as the learning chosen is still the ICR: its title names the review.)
_SESSION_TITLE = re.compile(
    r"\b(?:reflective|reflection|debrief(?:ing)?)\s+(?:practice\s+|learning\s+)?"
    r"(?:events?|forums?|sessions?|workshops?|meetings?)\b"
    r"|\bpractitioners['’]\s+(?:learning\s+|reflective\s+)?(?:events?|forums?|sessions?|workshops?)\b"
    r"|\b(?:events?|forums?|sessions?|workshops?)\s+(?:for|with)\s+(?:frontline\s+)?(?:practitioners|staff)\b",
    re.IGNORECASE,
)


def _is_session_notes(title: str) -> bool:
    return bool(_SESSION_TITLE.search(title)) and not any(p.search(title) for p in _TYPE_TERMS.values())
# A briefing on a review's learning (the "7-minute briefing" format) is not the review: it
# shares lessons under sections of its own ("Why it matters", "Questions for your team"). A
# paper titled so that reports the review itself, saying the review was ratified and with no
# briefing sections, is the review.
_BRIEFING_TITLE = re.compile(r"\b(?:7|seven)[\s-]minute\s+briefing\b|^\s*(?:learning\s+)?briefing\b", re.IGNORECASE)
_BRIEFING_SECTION = re.compile(
    r"\bwhy\s+it\s+matters\b|\bquestions\s+for\b|\bkey\s+messages\b|\blearning\s+points\b"
    r"|\bwhat\s+(?:this|it)\s+means\b|\breflective\s+questions\b|\bwhat\s+(?:can|should)\s+you\s+do\b",
    re.IGNORECASE,
)
_OWN_RATIFICATION = re.compile(
    r"\b(?:this|the)\s+(?:learning|significant\s+case|initial\s+case)\s+review(?:\s+report)?\s+was\s+"
    r"(?:formally\s+)?(?:ratified|endorsed|approved|signed\s+off)\b",
    re.IGNORECASE,
)


def _is_briefing(title: str, text: str) -> bool:
    if not _BRIEFING_TITLE.search(title):
        return False
    return bool(_BRIEFING_SECTION.search(text)) or not _OWN_RATIFICATION.search(text)


@dataclass(frozen=True)
class TitleRule:
    """Words of a title that name a review without the review being the document's business.

    What a row matches in the title lines is read as no review term; a title left with no
    review term of its own is not a review (``OTHER``), whatever its body says about one.
    ``catches`` are titles the row makes ``OTHER``, ``leaves`` titles that stay a review.
    """

    name: str
    pattern: re.Pattern[str]
    reason: str
    catches: tuple[str, ...]
    leaves: tuple[str, ...]


_ANY_REVIEW_TERM = "(?:" + "|".join(f"(?:{p.pattern})" for p in _TYPE_TERMS.values()) + ")"


def _about_review(kind: str) -> re.Pattern[str]:
    """A title naming a paper of ``kind`` about a review: the review's name before it on its line
    (or the line above) and the rest of the title line, with a review's name on the line below."""
    return re.compile(rf"(?:{_ANY_REVIEW_TERM}[^\n]{{0,60}}?\n?[^\n]{{0,60}}?)?\b(?:{kind})\b[^\n]*"
                      rf"(?:\n[^\n]*{_ANY_REVIEW_TERM}[^\n]*)?", re.IGNORECASE)
NOT_THE_REVIEW_TITLES: tuple[TitleRule, ...] = (
    TitleRule(
        "title-addressed-to-review",
        # "for" or "to" the review, but not "proceed / progress / move to" one (a decision's words)
        re.compile(rf"(?:\bfor|(?<!\bproceed)(?<!\bprogress)(?<!\bmove)(?<!\bproceeding)\s+to)\s+"
                   rf"(?:(?:the|a|an|this)\s+)?{_ANY_REVIEW_TERM}", re.IGNORECASE),
        "material supplied to a review (a record extract, a chronology, an agency's submission) has the "
        "review as its recipient, not as its business",
        ("Pupil record extract - for the learning review panel",
         "Single agency chronology submitted to the Initial Case Review",
         "Information for the Significant Case Review (Child P)"),
        ("Learning Review report for the Chief Officers Group",
         "Learning Review - decision to proceed to a Learning Review",
         "Initial Case Review: Child K"),
    ),
    TitleRule(
        "title-paper-for-review",
        # the review's name, then a dash or colon and the kind of paper (the whole rest of the title)
        re.compile(rf"{_ANY_REVIEW_TERM}(?:[ \t]*\([^()\n]{{0,40}}\))?[ \t]*[-–—:][ \t]*(?:the[ \t]+)?"
                   r"(?:(?:single|multi|inter)[- ]?agency[ \t]+|integrated[ \t]+|agency[ \t]+)?"
                   r"(?:records?\s+extract|submission"
                   r"|information\s+request|request\s+for\s+information|invitation)\b"
                   r"(?:[ \t]+(?:from|by|of)[ \t]+[^\n,;]{1,60})?[ \t]*(?:\([^()\n]{0,60}\))?[ \t.]*$",
                   re.IGNORECASE | re.MULTILINE),
        "a records extract, an agency's submission or an information request filed under the review's "
        "name is material for the review, not its report (a chronology is not here: a review's own "
        "chronology of significant events is part of the review; terms of reference have a row of "
        "their own)",
        ("Learning Review - records extract", "Significant Case Review (Child P): agency submission",
         "Learning Review: submission from NHS Ardmore"),
        ("Learning Review - Child K", "Learning Review: final report", "Initial Case Review: outcome",
         "Significant Case Review - Chronology of significant events",
         "Learning Review: submission to the Chief Officers Group"),
    ),
    TitleRule(
        "title-progress-report",
        # the paper's kind, with the review's name before it on its line or on the title line below
        # not an "interim report": set 7's gold files "Initial Case Review — interim report" as the ICR
        _about_review(r"(?:progress|status|position|update|highlight)[ \t]+(?:reports?|updates?|notes?"
                      r"|statements?)|interim[ \t]+updates?|updates?[ \t]+(?:on|to|for|from)"),
        "a progress report or status update on a review tells a committee how far the review has got "
        "(begun, records awaited, a draft due): the review is its topic, not its kind (set 6's "
        "'progress update' and set 8's gold: OTHER); an interim report of the review is the review (set 7)",
        ("Progress report to the Ardmore Adult Protection Committee\nLearning Review: Adult L",
         "Learning Review (Child K) - progress update", "Status report: Significant Case Review, Adult D",
         "Learning Review – Child K\nUpdate report for the Ardmore Child Protection Committee",
         "Learning Review: Child K\nStatus update, March 2026", "Learning Review (Child K): highlight report",
         "Update on the Learning Review for Child K", "Learning Review: Child K\nInterim update to the Committee"),
        ("Learning Review: Child K", "Learning Review report - progress made since the last review",
         "Significant Case Review - final report", "Learning Review Report: Child K\nProgress on recommendations",
         "Learning Review: Child K (updated March 2026)", "Initial Case Review - interim report (adult)"),
    ),
    TitleRule(
        "title-request-about-review",
        _about_review(r"request[ \t]+(?:for|to)[ \t]+(?:an?[ \t]+)?(?:extension|extend)|extension[ \t]+(?:request|of)"
                      r"|(?:media|press|holding|public)[ \t]+(?:statement|release|briefing)"),
        "a request to extend a review's timescale, or a statement to the press about it, is a paper about "
        "the review, not its report",
        ("Learning Review (Child K) - request for an extension",
         "Learning Review: Child K\nRequest for extension of timescale", "Learning Review Child K - media statement"),
        ("Learning Review: Child K", "Learning Review report (extended chronology)",
         "Significant Case Review - final report and statement of learning"),
    ),
    TitleRule(
        "title-review-panel-meeting-notes",
        # an SCR's or Learning Review's panel, team or group, then the meeting paper's kind; or the
        # kind first ("Minutes of the Learning Review panel"). Not an ICR's: an ICR is a meeting, and
        # its minute is its record (set 7's gold).
        re.compile(rf"(?:{_TYPE_TERMS[SCR].pattern}|{_TYPE_TERMS[LR].pattern})[ \t]+(?:review[ \t]+)?"
                   r"(?:panel|team|group|steering[ \t]+group)\b[ \t]*(?:meeting[ \t]*)?(?:[-–—:(][ \t]*)?(?:the[ \t]+)?"
                   r"(?:minutes?|notes?|action[ \t]+notes?|meeting[ \t]+notes?)\b[^\n]*"
                   rf"|\b(?:minutes?|notes?|action[ \t]+notes?)[ \t]+of[ \t]+(?:the[ \t]+)?(?:meeting[ \t]+of[ \t]+(?:the[ \t]+)?)?"
                   rf"(?:{_TYPE_TERMS[SCR].pattern}|{_TYPE_TERMS[LR].pattern})[ \t]+(?:review[ \t]+)?"
                   r"(?:panel|team|group|steering[ \t]+group)\b[^\n]*", re.IGNORECASE),
        "the note or minute of a review panel's meeting records the review's work in progress (scope "
        "agreed, records requested, the next meeting); it is meeting paperwork about the review, not "
        "its report (issue 10's kinds: OTHER)",
        ("Learning Review Panel - note of meeting held 3 March 2026", "Minutes of the Learning Review panel",
         "Significant Case Review team: meeting notes", "Learning Review steering group (minute)"),
        ("Learning Review: Child K", "Minute of Initial Case Review meeting",
         "Learning Review report\nNotes on the panel's method", "Significant Case Review - final report"),
    ),
    TitleRule(
        "title-review-then-terms-of-reference",
        # (before the row below, which would read a heading line "Terms of Reference" alone and leave the
        # review's name above it standing)
        # the review's name (a subject in brackets or after a colon allowed), then terms of reference as
        # the whole rest of the title, on its line or alone on the line below; not when the title goes on
        # to name the review's findings or report ("... terms of reference, findings and recommendations")
        re.compile(rf"{_ANY_REVIEW_TERM}(?:[ \t]*\([^()\n]{{0,40}}\))?(?:[ \t]*:[ \t]*[^\n:–—-]{{1,40}}?)?"
                   r"(?:[ \t]*[-–—:][ \t]*|[ \t]+|[ \t]*\n[ \t]*)(?:the[ \t]+)?(?:draft[ \t]+)?"
                   r"(?:terms\s+of\s+reference|remit)\b(?![^\n]*\b(?:findings|recommendations|report|outcome|and)\b)"
                   r"[^\n]*", re.IGNORECASE),
        "terms of reference set a review up, whichever the title names first: 'Learning Review – Terms "
        "of Reference' is the same paper as 'Terms of Reference – Learning Review' (issue 10's kinds: a "
        "review's terms of reference are not its report, so OTHER; the hold-out set's gold is corrected "
        "to match sets 7 and 9)",
        ("Learning Review – Terms of Reference", "Significant Case Review (Adult D): draft terms of reference",
         "Learning Review: Child K - Terms of Reference", "Learning Review: Child K\nTerms of Reference",
         "Initial Case Review remit"),
        ("Learning Review: Child K", "Significant Case Review - terms of reference, findings and recommendations",
         "Learning Review report\nTerms of reference and methodology",
         "Learning Review: Child K\nFinal report, including the terms of reference"),
    ),
    TitleRule(
        "title-terms-of-reference",
        # the heading's line, and the review's name on the line right below it ("Terms of Reference" /
        # "Learning Review: Adult Y"): the review named under the heading is what the paper sets up
        re.compile(rf"^[ \t]*(?:draft\s+)?(?:terms\s+of\s+reference|remit)\b[^\n]*"
                   rf"(?:\n[^\n]*{_ANY_REVIEW_TERM}[^\n]*)?", re.IGNORECASE | re.MULTILINE),
        "a paper titled as terms of reference sets a review up before it starts; it does not report it, "
        "whether the review's name follows on its line or on the line below (sets 7 and 9's gold)",
        ("Terms of Reference - Learning Review", "Draft terms of reference: Significant Case Review (Adult D)",
         "Terms of Reference\nLearning Review: Adult V"),
        ("Learning Review: Child K", "Significant Case Review - terms of reference, findings and recommendations"),
    ),
)


def _title_is_not_a_review(title: str) -> bool:
    """A title that names a review only in words a ``NOT_THE_REVIEW_TITLES`` row reads."""
    if not any(p.search(title) for p in _TYPE_TERMS.values()):
        return False
    for rule in NOT_THE_REVIEW_TITLES:
        title = rule.pattern.sub(" ", title)
    return not any(p.search(title) for p in _TYPE_TERMS.values())


# The action plan that follows a review ("Learning Review (Child K) - Multi-agency Action
# Plan") is not the review, unless its title says it is the report with its plan.
_ACTION_PLAN_TITLE = re.compile(r"\baction\s+plan\b", re.IGNORECASE)
_REPORT_WORD = re.compile(r"\breport\b", re.IGNORECASE)


def _is_action_plan(title: str) -> bool:
    return bool(_ACTION_PLAN_TITLE.search(title)) and not _REPORT_WORD.search(title)


# A minute's own heading ("Minute of meeting", "Minutes of the Chief Officers Group", "Date of
# meeting:", "Present: ..." on one line): meeting paperwork, counted only when the title names
# no review (an ICR's own minute has these too).
_MINUTE_MARKS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"^\s*(?:present|attendees)\s*:\s*\S", re.IGNORECASE | re.MULTILINE), 1),
    # "Minute of the COG", and a heading with a dash or colon for "of": "MINUTE - Chief Officers Group"
    (re.compile(r"\bminutes?\s*(?:of|[-–—:])\s*(?:the\s+)?"
                r"(?:meeting\b|chief\s+officers|COG\b|public\s+protection\s+chief)"
                r"|^\s*(?:date\s+of\s+meeting|meeting\s+held|held\s+on)\b", re.IGNORECASE | re.MULTILINE), 2),
)
_AGENDA_ITEM = re.compile(r"^(?:item\s+\d+|\d{1,2}(?:[.)]|\s*[:\t]))\s*", re.IGNORECASE)


# The first line names the paper as the COG's own meeting paperwork ("COG minute extract", "Agenda -
# Chief Officers Group", "Action note of the Chief Officers' meeting"): the reviews on the lines
# below are its items, however they are set out. An ICR's own minute names the ICR, not the COG.
# A decision log or a note of the items taken ("COG meeting 3 May - note of items", "Decision log,
# meeting of ...") is such paperwork too: the reviews it lists are deferred, returned or ratified there.
_COG_PAPERWORK_HEADING = re.compile(
    r"(?i)^(?=[^\n]*\b(?:minutes?|agenda|action\s+(?:note|log|points)|decision\s+log|log\s+of\s+decisions"
    r"|record\s+of\s+decisions|notes?\s+of\s+(?:the\s+)?(?:[\w'’]+\s+){0,3}?(?:meeting|items|business)"
    r"|meeting\b[^\n]*[-–—:]\s*notes?)\b)"
    r"(?=[^\n]*(?:\bCOG\b|chief\s+officers?|public\s+protection\s+chief))"
    r"(?![^\n]*(?:initial\s+case\s+review|\bICR\b|rapid\s+review))")


# A first line that is only the COG's name, as a letterhead ("Chief Officers Group", "Ardmore
# Public Protection Chief Officers Group"): the paper's own heading is that line and the next.
_COG_NAME_LINE = re.compile(
    r"(?i)^(?:the\s+)?(?:[\w&'’-]+\s+){0,4}?(?:chief\s+officers?['’]?s?['’]?(?:\s+group)?|\bCOG)\s*(?:\(COG\))?$")


def _paperwork_heading(lines: list[str]) -> str:
    """The first line, with the second when the first is only the COG's name (a letterhead)."""
    if len(lines) > 1 and _COG_NAME_LINE.match(lines[0]):
        return f"{lines[0]} - {lines[1]}"
    return lines[0]


def _is_correspondence(text: str, lines: list[str]) -> bool:
    """A letter or an agenda (or COG minute) that talks about a review rather than being one.

    A title that names a review ("Minute of Initial Case Review meeting") keeps meeting
    paperwork a report; a title that names a COG meeting or an agenda makes it correspondence.
    """
    title = "\n".join(lines[:3])
    # an agenda item in the opening lines ("Item 4: Learning Review report") names a paper on
    # the agenda, not the document
    own_title = "\n".join(line for line in lines[:3] if not _AGENDA_ITEM.match(line))
    titled_report = any(p.search(own_title) for p in _TYPE_TERMS.values())
    heading = _paperwork_heading(lines)
    if _COG_PAPERWORK_HEADING.match(heading) and not any(p.search(heading) for p in _TYPE_TERMS.values()):
        return True
    agenda = _form_score(text, _AGENDA_MARKS)
    if not titled_report:
        agenda += (3 if _MEETING_TITLE.search(title) else 0) + _form_score(text, _MINUTE_MARKS)
    if agenda >= 7 or (agenda >= 4 and not titled_report):
        return True
    letter = _form_score(_QUOTED_LINE.sub("", text), _LETTER_MARKS)
    if _OPENS_AS_EMAIL.search(text) and _QUOTE_MARKED.search(text):
        letter += weights.QUOTED_CHAIN  # an e-mail quoting another ("> ..."): a chain, whatever else it has
    report = len({m.group(0).strip().lower() for m in _REPORT_MARKS.finditer(text)})
    return letter >= 4 and report < letter


@dataclass(frozen=True)
class TypeCandidate:
    """A document type with its total weight and the evidence for it, heaviest first."""

    doc_type: str
    weight: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Classification:
    """What a document is: its kind, an ICR's decision, whose protection it concerns, and why."""

    doc_type: str  # ICR | SCR | LR | LR-DECISION | LR-OUTCOME | OTHER
    decision: str | None
    subject: str | None  # child | adult | None
    candidates: tuple[TypeCandidate, ...]
    # The named class that set the kind over the weighing of review terms (a ``NOTICE_LETTERS`` row,
    # "session-notes-title", "screening-decision-record", ...); None when the heaviest type won.
    rule: str | None = None


def classify(text: str) -> tuple[str, str | None]:
    """Return ``(doc_type, decision)``: ICR | SCR | LR | LR-DECISION | LR-OUTCOME | OTHER, and
    for an ICR what it decided.

    ``decision`` is ``proceed_to_scr``, ``no_scr``, ``other_learning_activity`` or ``None``
    when the text does not say; it is always ``None`` for other types.
    """
    result = classify_with_evidence(text)
    return result.doc_type, result.decision


def classify_with_evidence(text: str) -> Classification:
    """The document's kind with its ranked candidates (``Evidence(rule, weight, span)``).

    A document with no review vocabulary is ``OTHER``. A Learning Review's decision or
    outcome notification, when it arrives as a document of its own, is ``LR-DECISION`` or
    ``LR-OUTCOME`` (its title says notification and decision/outcome); so is a letter or e-mail
    whose own subject names the decision or outcome and whose words state it (``NOTICE_LETTERS``).
    """
    lines = _lines(text)
    if not lines:
        return Classification(OTHER, None, None, (), "empty")
    correspondence = _is_correspondence(text, lines)
    if correspondence:
        letter = _notice_letter_rule(lines, text)
        if letter is not None:
            return Classification(letter.kind, None, find_subject(text), (), letter.name)
    message = _message_notice_rule(lines, text)
    if message is not None:
        return Classification(message.kind, None, find_subject(text), (), message.name)
    form = _form_notice_rule(lines, text)
    if form is not None:
        return Classification(form.kind, None, find_subject(text), (), form.name)
    not_review = "correspondence" if correspondence else _not_a_review_rule(text, lines)
    if not_review is not None:
        return Classification(OTHER, None, None, (), not_review)
    evidence = _type_evidence(text)
    candidates = sorted(
        (TypeCandidate(t, sum(e.weight for e in found), tuple(sorted(found, key=lambda e: -e.weight)))
         for t, found in evidence.items() if found),
        key=lambda c: -c.weight)
    best = candidates[0].weight if candidates else 0
    if best < weights.MIN_TYPE:
        if _outcome_notice_without_review_term(lines, text):
            return Classification(LR_OUTCOME, None, find_subject(text), tuple(candidates), "outcome-notice-form")
        if _decision_notice_without_review_term(lines, text):
            return Classification(LR_DECISION, None, find_subject(text), tuple(candidates), "decision-notice-form")
        return Classification(OTHER, None, None, tuple(candidates))
    leaders = [c.doc_type for c in candidates if c.weight == best]
    doc_type = leaders[0] if len(leaders) == 1 else (_first_title_type(lines) or leaders[0])
    rule = None
    if doc_type == LR and (notice := _notice_rule(lines, text)) is not None:
        doc_type, rule = notice
    elif doc_type == SCR and (notice := _scr_notice_rule(lines, text)) is not None:
        doc_type, rule = notice
    elif doc_type == ICR and _screening_decision(lines, text):
        doc_type, rule = LR_DECISION, "screening-decision-record"
    subject = find_subject(text)
    if doc_type != ICR:
        return Classification(doc_type, None, subject, tuple(candidates), rule)
    return Classification(ICR, icr_decision(text), subject, tuple(candidates))


# An interim report that only says how far the review has got ("Review commenced: ...", "interviews
# are under way; the chronology is being merged") and reports nothing of the review's own (no
# finding, learning, recommendation or conclusion, nothing noted or ratified) is a progress note,
# OTHER (sets 6, 8 and 10's progress notes, set 12's interim cover page). An interim report with
# findings, even findings the COG only noted, is the review (set 7's interim ICR).
_INTERIM_TITLE = re.compile(r"\binterim\s+(?:report|paper|note)\b", re.IGNORECASE)
_IN_PROGRESS = re.compile(
    r"\bunder\s*way\b|\bin\s+progress\b|\b(?:is|are)\s+being\s+[a-z]+ed\b"
    r"|\b(?:is|are)\s+(?:planned|scheduled|awaited|outstanding)\b|\bnot\s+yet\s+(?:started|begun|complete[d]?)\b",
    re.IGNORECASE)
_REVIEW_RESULT = re.compile(
    r"\bfindings?\b|\blearning\b(?!\s+reviews?\b)|\brecommend\w*|\bconclu\w+|\bratif\w+|\bendors\w+"
    r"|\bnoted\b|\bidentified\b|\blessons?\b|\banalysis\b",
    re.IGNORECASE)


def _is_interim_progress_note(title: str, text: str) -> bool:
    return (bool(_INTERIM_TITLE.search(title)) and bool(_IN_PROGRESS.search(text))
            and not _REVIEW_RESULT.search(text))


# A tracker or log exported as a table, its first line the column headings ("ref,item,decision,
# date,owner", "Action<TAB>Owner<TAB>Status"): the reviews it names are its rows' items, not its
# kind (set 12's COG action tracker). Three or more short headings, one naming the row's item or
# action and one its owner, status, decision or due date.
_HEADER_SPLIT = re.compile(r"[ \t]*[,\t|;][ \t]*")
_HEADING_CELL = re.compile(r"[A-Za-z][A-Za-z /&.#-]{0,24}")
_ITEM_HEADING = re.compile(r"(?i)^(?:item|action(?:\s+point)?|task|issue|agenda\s+item)s?$")
_TRACK_HEADING = re.compile(r"(?i)^(?:owner|lead|status|rag|decision|due(?:\s+date)?|deadline|progress|update)$")


def _heading_cells(line: str) -> list[str]:
    return [c for c in _HEADER_SPLIT.split(line.strip(" \t|")) if c]


def _is_tracker_table(lines: list[str]) -> bool:
    cells = _heading_cells(lines[0])
    if len(cells) < 3 or not all(_HEADING_CELL.fullmatch(c) for c in cells):
        return False
    return any(_ITEM_HEADING.match(c) for c in cells) and any(_TRACK_HEADING.match(c) for c in cells)


# A register, log or index kept by the committee, titled so on its first line ("Review register",
# "Case review log") with its column headings on the next ("ref | subject | kind | outcome | COG
# ratified"): the reviews it lists are its rows, not its kind (set 13's register line, as set 12's
# tracker). A title naming a review's own record ("Learning Review: Child K") is not a register.
_REGISTER_TITLE = re.compile(r"(?i)^(?:[\w'’-]+\s+){0,4}(?:register|log|index|tracker|database|spreadsheet)$")


def _is_register_table(lines: list[str]) -> bool:
    if len(lines) < 2 or not _REGISTER_TITLE.match(lines[0]):
        return False
    cells = _heading_cells(lines[1])
    return len(cells) >= 3 and all(_HEADING_CELL.fullmatch(c) for c in cells)


# A practitioner's own running record ("Reflective log - <name>, Social Worker", "Practitioner diary",
# "Supervision journal") titled with no review term: it may say a review has begun and that they will
# give an account; it feeds a review, it is not one.
_LOG_TITLE = re.compile(r"(?i)\b(?:log|logbook|diary|journal)\b"
                        r"|\b(?:case|contact|supervision|running|daily)\s+(?:notes|record)\b")


# A periodical's masthead on the first line ("PARTNERSHIP NEWS - Spring edition", "News and updates -
# Issue 4"): a publication that reports on reviews. Only a short first line: "news" in a report's
# first sentence ("when the news of the injury reached ...") is no masthead.
_MASTHEAD = re.compile(r"(?i)\bnews\b|\bedition\b")
_MASTHEAD_WORDS = 8


def _is_masthead(title_line: str) -> bool:
    return (len(title_line.split()) <= _MASTHEAD_WORDS and bool(_MASTHEAD.search(title_line))
            and not any(p.search(title_line) for p in _TYPE_TERMS.values()))


# A bulletin shares news of reviews ("Practice Bulletin" / "Learning from reviews"): OTHER, unless it
# announces a review's outcome the Chief Officers endorsed (a committee's bulletin read as the outcome
# notice: set 13's gold), which the notice rules read.
_BULLETIN_TITLE = re.compile(r"(?i)\bbulletin\b")


def _is_bulletin_without_outcome(title_line: str, text: str) -> bool:
    return bool(_BULLETIN_TITLE.search(title_line)) and not _COG_DECIDED.search(text) and not any(
        p.search(title_line) for p in _TYPE_TERMS.values())


def _is_practitioner_log(title_line: str) -> bool:
    return bool(_LOG_TITLE.search(title_line)) and not any(p.search(title_line) for p in _TYPE_TERMS.values())


def _not_a_review_rule(text: str, lines: list[str]) -> str | None:
    """The name of the class that makes a paper naming a review no review (``OTHER``), if any."""
    title = "\n".join(lines[:3])
    checks: tuple[tuple[str, Callable[[], bool]], ...] = (
        ("tracker-table", lambda: _is_tracker_table(lines)),
        ("register-table", lambda: _is_register_table(lines)),
        ("log-title", lambda: _is_practitioner_log(lines[0])),
        ("interim-progress-note", lambda: _is_interim_progress_note(title, text)),
        ("publication-title", lambda: bool(_PUBLICATION_TITLE.search(title))),
        ("masthead-title", lambda: _is_masthead(lines[0])),
        ("bulletin-title", lambda: _is_bulletin_without_outcome(lines[0], text)),
        ("session-notes-title", lambda: _is_session_notes(title)),
        ("briefing-title", lambda: _is_briefing(title, text)),
        ("title-not-the-review", lambda: _title_is_not_a_review(title)),
        ("action-plan-title", lambda: _is_action_plan(title)),
    )
    return next((name for name, applies in checks if applies()), None)


def _notice_rule(lines: list[str], text: str) -> tuple[str, str] | None:
    """The notice kind a Learning Review paper is, with the rule's name: its title says notification
    (or names the decision it records), or a memo's subject row names it and its words state it."""
    kind = _notification_kind(lines)
    if kind is not None:
        return kind, "notification-title"
    kind = _decision_record_kind(lines, text)
    if kind is not None:
        return kind, "decision-record-title"
    memo = _memo_notice_rule(lines, text)
    return (memo.kind, memo.name) if memo is not None else None


def _scr_notice_rule(lines: list[str], text: str) -> tuple[str, str] | None:
    """A paper titled as the notification of an SCR's decision ("Significant Case Review - Decision
    Notification") that states the decision is that decision's notice, ``LR-DECISION``; one titled
    as its outcome's notification that says the COG ratified it is ``LR-OUTCOME``: the kind is the
    notification, not the review's name (a message saying so is read by ``MESSAGE_NOTICES``)."""
    kind = _notification_kind(lines)
    if (kind == LR_DECISION and _states_decision(text)) or (kind == LR_OUTCOME and _states_ratified(text)):
        return kind, "notification-title"
    return None


# A notification's title: "Learning Review - Decision Notification", "Notification of the
# outcome of a Learning Review". Since May 2022 these may arrive as documents of their own.
_NOTIFICATION = re.compile(r"(?i)\bnotification\b|\bnotice\b|\bnotifying\b")
_DECISION_NOTICE = re.compile(r"(?i)\bdecision\b|\bwhether\s+to\s+(?:hold|proceed)|\bproceed\b")
_OUTCOME_NOTICE = re.compile(r"(?i)\boutcome\b|\bcompleted?\b|\bfindings\b")
_RATIFICATION_NOTICE = re.compile(r"(?i)\bratif(?:ied|ication)\b|\bendorse(?:d|ment)\b")


# An outcome form titled without the word notification: "Outcome of Learning Review",
# "Learning Review outcome" (a report's "... outcome and recommendations" is the report).
# The acronym counts as the words ("LR OUTCOME FORM"), in capitals only as everywhere.
_OUTCOME_TITLE = re.compile(
    r"(?i)\boutcome\s+of\s+(?:an?\s+|the\s+)?(?:adult\s+|child\s+)?(?:learning\s+review\b|(?-i:LR)\b)"
    r"|(?:\blearning\s+review|\b(?-i:LR))\s*[-–—:]?\s*outcome\b(?!\s+and\b)(?!\s+report\b)"
)
# The outcome notification's title with no review term at all ("OUTCOME NOTIFICATION"): an LR
# outcome when the form says the Chief Officers ratified or endorsed it, the step only a review's
# outcome goes through; a complaint's or an inspection's outcome stays OTHER.
_OUTCOME_NOTICE_TITLE = re.compile(r"(?i)\boutcome\s+notification\b|\bnotification\s+of\s+(?:the\s+)?outcome\b")
_COG_DECIDED = re.compile(
    r"(?i)\b(?:ratified|endorsed)\s+by\s+(?:the\s+)?(?:COG\b|chief\s+officers?)"
    r"|\b(?:COG|chief\s+officers?['’]?s?['’]?(?:\s+group)?)\s+(?:ratified|endorsed)\b"
)
_NOT_REVIEW_OUTCOME = re.compile(r"(?i)\bcomplaints?\b|\binspection\b|\bregistered\s+(?:care\s+)?service\b")


def _outcome_notice_without_review_term(lines: list[str], text: str) -> bool:
    title = "\n".join(_opening_headings(lines))
    return bool(_OUTCOME_NOTICE_TITLE.search(title) and _COG_DECIDED.search(text)
                and not _NOT_REVIEW_OUTCOME.search(title))


# The decision notification's title with no review term at all ("Decision notification form"): a
# Learning Review's decision when a protection committee or the Chief Officers send it and its
# "Decision:" row answers whether to proceed (the form's ticked option, "Decision: [x] not to
# proceed  [ ] proceed"); a complaint's or an inspection's decision stays OTHER.
_DECISION_NOTICE_TITLE = re.compile(r"(?i)\bdecision\s+notification\b|\bnotification\s+of\s+(?:the\s+)?decision\b")
_PROTECTION_BODY = re.compile(
    r"(?i:\b(?:child|adult|public)\s+protection\s+committee\b|chief\s+officers?\b)|\b(?:CPC|APC|COG)\b")
_PROCEED_ANSWER = re.compile(r"(?im)^[ \t]*decision\s*:[ \t]*(?:not\s+to\s+|to\s+|do\s+not\s+)?proceed\b")


def _decision_notice_without_review_term(lines: list[str], text: str) -> bool:
    title = "\n".join(lines[:3])
    return bool(_DECISION_NOTICE_TITLE.search(title) and _PROTECTION_BODY.search(text)
                and not _NOT_REVIEW_OUTCOME.search(title) and _PROCEED_ANSWER.search(read_tick_boxes(text)))


# A memo's header ("MEMO" / "To: ..." / "From: ..." / "Subject: ..."): its subject line is the
# paper's own title, read by the same ``NOTICE_LETTERS`` rows as a letter's.
_MEMO_HEADER_LINES = 6


def _memo_notice_rule(lines: list[str], text: str) -> NoticeRule | None:
    """The ``NOTICE_LETTERS`` row a memo's own subject line and words satisfy, if any (a "Subject:"
    row among the opening lines; a report has no such header)."""
    header = [line for line in lines[:_MEMO_HEADER_LINES] if _SUBJECT_LINE.match(line)]
    return _notice_letter_rule(header[:1], text) if header else None


# A letter's own subject line: "Re: ..." / "Subject: ...", or the short line right after "Dear ...".
_SALUTATION = re.compile(r"(?i)^dear\b")
_SUBJECT_LINE = re.compile(r"(?i)^(?:re|subject|ref)\s*:\s*(?P<subject>\S.*)$")
# What a mail client or a gateway puts before a subject ("RE: FW: [secure] ..."): not its words.
_SUBJECT_PREFIX = re.compile(r"(?i)^(?:(?:re|fwd?|aw|wg)\s*:\s*|\[[^\]\n]{1,30}\]\s*)+")


# A letter's addressee and header rows ("To: Strategic Inspector, Care Inspectorate", "FAO: ...",
# "From:", "Date:", "Cc:"): a letter with no salutation puts its subject as the short line right
# below them ("Notification of the outcome of ..."), as a memo's "Subject:" row would.
_ADDRESSEE_ROW = re.compile(r"(?i)^(?:to|fao|for\s+the\s+attention\s+of|attn)\s*:")
_HEADER_ROW = re.compile(r"(?i)^(?:to|fao|for\s+the\s+attention\s+of|attn|from|date|cc|bcc|our\s+ref|your\s+ref)\s*:")
_SUBJECT_MAX_WORDS = 12


def _subject_below_addressee(lines: list[str], index: int) -> str | None:
    """The short line below a letter's addressee and header rows, when no salutation came first."""
    below = index + 1
    while below < len(lines) and _HEADER_ROW.match(lines[below]):
        below += 1
    if below >= len(lines) or _SALUTATION.match(lines[below]):
        return None
    following = lines[below]
    if len(following.split()) <= _SUBJECT_MAX_WORDS and not re.search(r"[.!?:]$", following):
        return _SUBJECT_PREFIX.sub("", following)
    return None


def _letter_subject(lines: list[str]) -> str | None:
    for index, line in enumerate(lines):
        labelled = _SUBJECT_LINE.match(line)
        if labelled:
            return _SUBJECT_PREFIX.sub("", labelled.group("subject"))
        if _ADDRESSEE_ROW.match(line) and not any(_SALUTATION.match(later) or _SUBJECT_LINE.match(later)
                                                  for later in lines[index + 1:index + 8]):
            return _subject_below_addressee(lines, index)
        if _SALUTATION.match(line) and index + 1 < len(lines):
            following = lines[index + 1]
            if len(following.split()) <= 12 and not re.search(r"[.!?]$", following):
                return _SUBJECT_PREFIX.sub("", following)
            return None
    return None


# The COG's decision on a Learning Review in a message's words, the review named as what was
# decided: "the Chief Officers Group approved the learning review report today", "the learning
# review was ratified by the COG". A message whose subject names only an outcome ("FW: outcome -
# Adult M") is a review's outcome notification when it says this.
_COG_DECIDED_REVIEW = re.compile(
    r"(?i)\b(?:COG|chief\s+officers?['’]?s?['’]?(?:\s+group)?)\s+(?:has\s+|have\s+|formally\s+)*"
    r"(?:ratified|endorsed|approved|signed\s+off)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?learning\s+review\b"
    r"|\blearning\s+review\b[^.\n]{0,60}?\b(?:was|has\s+been|were)\s+(?:formally\s+)?"
    r"(?:ratified|endorsed|approved|signed\s+off)\s+by\s+(?:the\s+)?(?:COG\b|chief\s+officers?)"
)
# A subject naming the outcome: "LR outcome", "Learning Review Child B - ratified" (done: not
# "for ratification", which asks for it).
_OUTCOME_WORD = re.compile(r"(?i)\boutcome\b|\b(?:ratified|endorsed|signed[\s-]+off)\b")
# Right before "ratified by the COG": the decision still to come or not made ("will be", "to be",
# "not yet", "has not been"), so the words state no outcome.
_NOT_DONE_BEFORE = re.compile(
    r"(?i)\b(?:to|will|shall|would|should|may|can|could|must|not|yet|awaiting|before|until)\s+(?:yet\s+)?(?:be(?:en)?\s+)?$")
_DECISION_WORD = re.compile(r"(?i)\bdecision\b(?![\s-]+making)|\bdecided\b")


def _states_decision(text: str) -> bool:
    return icr_decision(text) is not None


def _states_lr_decision(text: str) -> bool:
    """A decision whether to hold a Learning Review, the review named: not an SCR's."""
    return _states_decision(text) and bool(_TYPE_TERMS[LR].search(text)) and not _TYPE_TERMS[SCR].search(text)


def _done(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` states a decision made somewhere in the reflowed text."""
    prose = reflow(text)
    return any(not _NOT_DONE_BEFORE.search(prose[max(0, m.start() - 30):m.start()]) for m in pattern.finditer(prose))


def _states_cog_decided(text: str) -> bool:
    return _done(_COG_DECIDED, text)


def _states_ratified(text: str) -> bool:
    """The COG's ratification said in words ("ratified by the COG") or read as a dated ratification by
    the date finder ("COG ratification date - 15 Sep 25", a form row): either states the outcome. A
    ratification still to come gives the finder no date, so it states none."""
    if _states_cog_decided(text):
        return True
    return decide(ratification_candidates(text, LR_OUTCOME)) is not None


def _states_cog_decided_review(text: str) -> bool:
    return _done(_COG_DECIDED_REVIEW, text)


@dataclass(frozen=True)
class NoticeRule:
    """A letter or e-mail that is itself a Learning Review's decision or outcome notification.

    A notification tells the Care Inspectorate what was decided; a covering letter sends a paper
    (a report, a form) that does. What tells them apart is the message's own subject line (its
    ``Subject:`` header less "RE:", "FW:" and gateway tags, or the short line after "Dear ...")
    naming the decision or the outcome, not a report, and its words stating that decision. The
    word "notification" is not needed: "LEARNING REVIEW DECISION: Child A" and "LR outcome - Adult
    E" name what the message notifies. ``subject`` reads the subject line, ``states`` the whole
    text. ``catches`` are (subject, body) pairs the row makes ``kind``; ``leaves`` pairs it leaves.
    """

    name: str
    kind: str
    subject: Callable[[str], bool]
    states: Callable[[str], bool]
    reason: str
    catches: tuple[tuple[str, str], ...]
    leaves: tuple[tuple[str, str], ...]


_COG_WORD = re.compile(r"(?i:chief\s+officers?)|\bCOG\b")


def _names_lr(subject: str) -> bool:
    return bool(_TYPE_TERMS[LR].search(subject))


NOTICE_LETTERS: tuple[NoticeRule, ...] = (
    NoticeRule(
        "letter-outcome-notification", LR_OUTCOME,
        lambda s: (bool(_NOTIFICATION.search(s) and _OUTCOME_NOTICE.search(s))
                   and bool(_names_lr(s) or _OUTCOME_NOTICE_TITLE.search(s))),
        _states_ratified,
        "its subject says it notifies a review's outcome and it says the Chief Officers ratified it",
        (("Learning review outcome notification", "The report was ratified by the COG on 3 March 2026."),),
        (("Learning review outcome notification", "The report goes to the COG next month."),),
    ),
    NoticeRule(
        "letter-decision-notification", LR_DECISION,
        lambda s: _names_lr(s) and bool(_NOTIFICATION.search(s) and _DECISION_NOTICE.search(s)),
        _states_decision,
        "its subject says it notifies the decision on a Learning Review and it states the decision",
        (("Learning Review decision notification - Child K",
          "The Committee decided to proceed to a learning review."),),
        (("Learning Review decision notification - Child K", "Please find the notification attached."),),
    ),
    NoticeRule(
        "letter-outcome", LR_OUTCOME,
        lambda s: _names_lr(s) and bool(_OUTCOME_WORD.search(s)) and not _REPORT_WORD.search(s),
        _states_ratified,
        "its subject names a Learning Review's outcome and no report, and it says the Chief Officers "
        "ratified it (a lower-case e-mail's 'the cog ratified the learning review ... on ...')",
        (("LR outcome - Adult E", "just to let you know the cog ratified the learning review on 6 october 2025."),
         ("Learning Review Child B - ratified", "The learning review was ratified by the COG on 9 March 2026.")),
        (("learning review report - child a", "The report was ratified by the COG on 3 March 2026."),
         ("LR outcome - Adult E", "The report goes to the COG next month."),
         ("LR outcome - Adult E", "The report is to be ratified by the COG on 3 March 2026."),
         ("LR report for ratification", "The report was ratified by the COG on 3 March 2026.")),
    ),
    NoticeRule(
        "letter-decision", LR_DECISION,
        lambda s: _names_lr(s) and bool(_DECISION_TITLE.search(s)) and not _REPORT_TITLE.search(s),
        _states_decision,
        "its subject names a Learning Review's decision and no report, and its words state the decision "
        "(whether to hold the review): it is the decision's notice, whatever it calls itself",
        (("LEARNING REVIEW DECISION: Child K",
          "At its meeting the Committee decided to proceed with a learning review."),
         ("Decision on whether to hold a learning review (Adult P)",
          "The criteria for a learning review are not met and no learning review will be held.")),
        (("Learning Review decision - report attached", "The Committee decided to proceed to a learning review."),
         ("Learning Review decision-making themes", "Please find our paper attached.")),
    ),
    NoticeRule(
        "letter-cog-decision-ratified", LR_OUTCOME,
        lambda s: _names_lr(s) and bool(_COG_WORD.search(s) and _DECISION_WORD.search(s))
        and not _REPORT_TITLE.search(s),
        _states_ratified,
        "its subject names the COG's decision on a Learning Review and no report, and its words say the COG "
        "ratified it (read after 'letter-decision', so a decision whether to hold the review is that)",
        (("Learning review - Adult H - COG decision", "The COG ratified the learning review on 2 June 2026."),),
        (("Learning review - Adult H - COG decision", "The COG will consider the learning review on 2 June 2026."),
         ("Learning review - Adult H - COG decision", "The COG decided that a learning review will be held."),
         ("Learning review - Adult H - decision", "The COG ratified the learning review on 2 June 2026.")),
    ),
    NoticeRule(
        "letter-outcome-of-stated-review", LR_OUTCOME,
        lambda s: bool(_OUTCOME_WORD.search(s)) and not _REPORT_WORD.search(s) and not any(
            p.search(s) for p in _TYPE_TERMS.values()),
        _states_cog_decided_review,
        "its subject names only an outcome ('FW: outcome - Adult M', a reply chain's) and its words say "
        "the Chief Officers ratified or approved a Learning Review: that review's outcome is its business",
        (("FW: outcome - Adult M", "Confirmed, the Chief Officers Group approved the learning review report today."),),
        (("FW: outcome - Adult M", "The Chief Officers Group approved the terms of reference today."),
         ("outcome of complaint", "The Chief Officers Group approved the learning review report today."),
         ("FW: outcome - Adult M", "The learning review report will be approved by the COG next week.")),
    ),
    NoticeRule(
        "letter-decision-of-stated-review", LR_DECISION,
        lambda s: bool(_DECISION_WORD.search(s)) and not _REPORT_TITLE.search(s) and not any(
            p.search(s) for p in _TYPE_TERMS.values()),
        _states_lr_decision,
        "its subject names only a decision ('Decision - Adult Q') and its words decide whether to hold a "
        "Learning Review: that decision is its business (an SCR's decision is not a Learning Review's)",
        (("Decision - Adult Q", "The Chief Officers decided that a learning review will be carried out."),),
        (("Decision - Adult Q", "The Chief Officers decided that a significant case review will be carried out."),
         ("Decision report - Adult Q", "The Chief Officers decided that a learning review will be carried out."),
         ("Decision - Adult Q", "Please find our paper on the learning review attached.")),
    ),    NoticeRule(
        "letter-icr-outcome-decision", LR_DECISION,
        lambda s: bool(_TYPE_TERMS[ICR].search(s) and (_OUTCOME_WORD.search(s) or _DECISION_WORD.search(s)))
        and not _REPORT_WORD.search(s) and not _TYPE_TERMS[SCR].search(s) and not _names_lr(s),
        _states_lr_decision,
        "its subject names an Initial Case Review's outcome or decision and no report ('ICR outcome - "
        "decision'), and its words decide whether to hold a Learning Review: an ICR's outcome is that "
        "decision, so the message notifies it (an SCR's decision is not a Learning Review's)",
        (("ICR outcome - decision", "The panel agreed not to proceed to a learning review; the threshold is not met."),
         ("Rapid review outcome", "Chief officers decided that a learning review will be carried out.")),
        (("ICR report - outcome", "The panel agreed not to proceed to a learning review."),
         ("ICR outcome", "The panel agreed that a significant case review will be carried out."),
         ("ICR outcome - decision", "Please find the minute of the panel attached.")),
    ),
)


# A message's own words, whatever its subject line (or none: a letter to a family, a forward, "Dear
# colleague"): the message notifies a decision or an outcome when it states one of a review it names,
# and sends nothing (no enclosure: a cover note sends the paper that notifies) and its subject, if
# any, names no report. The kind is the notification, not the review's name: a decision about a
# "Significant Case Review" is notified as a Learning Review's is (issue 10's kinds; set 13's gold).
_ENCLOSES = re.compile(r"(?i)\b(?:enclos|attach)\w*|\bplease\s+find\b|\bforwarding\s+(?:the|our)\b")
_NAMES_A_REVIEW = re.compile(r"(?i)\breview\b|(?-i:\b(?:ICR|SCR|LR)\b)")
_SUBJECT_NAMES_PAPER = re.compile(r"(?i)\breport\b|\bfindings\b|\brecommendations?\b|\bagenda\b|\bminutes?\b"
                                  r"|\bterms\s+of\s+reference\b|\bplan\b|\bfor\s+ratification\b")


def _is_message(text: str) -> bool:
    """A letter's or an e-mail's form (a salutation, a header block, a forward's line, a sign-off)
    outweighing a report's headings; looser than ``_is_correspondence``, which needs a letter's
    form at 4: a two-line e-mail or a "Dear colleague" note is a message too. Meeting paperwork
    (a COG minute's "The COG ratified the review") has no letter's form: it is not a message."""
    letter = _form_score(_QUOTED_LINE.sub("", text), _LETTER_MARKS)
    report = len({m.group(0).strip().lower() for m in _REPORT_MARKS.finditer(text)})
    return letter >= weights.MESSAGE_FORM and report < letter


def _states_review_decision(text: str) -> bool:
    return _states_decision(text) and bool(_NAMES_A_REVIEW.search(text))


# The Chief Officers ratified the review itself (or "it", the review the message is about), not a
# decision or a recommendation ("who ratified the decision", "endorsed its recommendation": the
# ICR's, which a cover letter reports alongside the paper it sends).
_COG_RATIFIED_REVIEW = re.compile(
    r"(?i)\b(?:COG|chief\s+officers?['’]?s?['’]?(?:\s+group)?)\s+(?:has\s+|have\s+|formally\s+)*"
    r"(?:ratified|endorsed|approved|signed\s+off)\s+(?:it\b|(?:the|this)\s+(?:[\w-]+\s+){0,2}?review\b"
    # "endorsed the findings of the learning review", "approved the outcome of the review"
    r"|(?:the|its)\s+(?:findings|outcome|report|recommendations|learning)\s+(?:of|from)\s+(?:the|this)\s+"
    r"(?:[\w-]+\s+){0,2}?review\b)"
    r"|\breview\b[^.\n]{0,40}?\b(?:was|were|has\s+been|have\s+been)\s+(?:formally\s+)?"
    r"(?:ratified|endorsed|approved|signed\s+off)"
    r"\s+by\s+(?:the\s+)?(?:COG\b|chief\s+officers?)")


def _states_review_outcome(text: str) -> bool:
    return _done(_COG_RATIFIED_REVIEW, text)


def _titled_as_review(lines: list[str]) -> bool:
    """A short title line naming a review among the first two: a report signed off with "Kind
    regards" is still the report."""
    for line in lines[:2]:
        if _SALUTATION.match(line) or _SUBJECT_LINE.match(line):
            return False  # the letter's own subject comes after its salutation: not a title
        if len(line.split()) <= 8 and any(p.search(line) for p in _TYPE_TERMS.values()):
            return True
    return False


MESSAGE_NOTICES: tuple[NoticeRule, ...] = (
    NoticeRule(
        "message-states-decision", LR_DECISION,
        lambda s: not _SUBJECT_NAMES_PAPER.search(s),
        _states_review_decision,
        "a message that sends nothing and states the decision whether to hold a review is that decision's "
        "notification, whatever its subject line and whatever the review is called",
        (("SCR decision", "The committee has decided that a Significant Case Review will proceed."),
         ("", "A Significant Case Review will not proceed; a single-agency review is advised.")),
        (("SCR report", "The committee has decided that a Significant Case Review will proceed."),
         ("", "Please find attached our paper; a Significant Case Review will not proceed.")),
    ),
    NoticeRule(
        "message-states-outcome", LR_OUTCOME,
        lambda s: not _SUBJECT_NAMES_PAPER.search(s),
        _states_review_outcome,
        "a message that sends nothing and says the Chief Officers ratified or endorsed a review it names is "
        "that review's outcome notification (a letter to the family, a forward, a note with no subject line)",
        (("", "The review is finished: the Chief Officers Group ratified it on 4 March 2026."),
         ("", "the apc review is done - cog ratified it on 4 march 2026.")),
        (("", "Please find enclosed the review report, which the COG ratified on 4 March 2026."),
         ("", "The learning review will be ratified by the Chief Officers Group on 4 March 2026."),
         ("Learning review report", "The COG ratified the review on 4 March 2026.")),
    ),
)


# --- a form's own fields --------------------------------------------------------------------------
# A form says what it is in its fields when it has no title: rows or sections of labelled fields in
# any layout ("Outcome: ...", "Section C - Outcome: ...", "3. Outcome<TAB>...", "| Outcome | ... |", a
# label alone on its line over its value). The optional lead: a section, part or question number.
_FIELD_LEAD = (r"[ \t|*•-]*(?:(?i:section|part|question|q|item|box)[ \t]*[A-Za-z0-9]{1,3}[ \t]*[-–—:.)][ \t]*"
               r"|\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+)?")
_FIELD_LABEL = r"(?P<label>[A-Za-z][A-Za-z '’/()&.-]{0,60}?)[ \t]*\??"
_FIELD_WITH_VALUE = re.compile(
    rf"{_FIELD_LEAD}{_FIELD_LABEL}[ \t]*(?::|\t|\||[ \t][-–—][ \t])[ \t|]*(?P<value>[^\n]*?)[ \t|]*")
_FIELD_ALONE = re.compile(rf"{_FIELD_LEAD}{_FIELD_LABEL}[ \t]*:?[ \t|]*")
_FIELD_MAX_LABEL_WORDS = 8
_SPACED_DASH = re.compile(r"[ \t][-–—][ \t]")
# A form exported as CSV of "field,value" pairs ("outcome,report accepted", "date ratified by COG,12/01/2026"):
# one comma with no space after it, as a program writes it, on three rows or more.
_CSV_FIELD = re.compile(r"(?P<label>[A-Za-z][A-Za-z '’/()&._-]{0,60}),(?! )(?P<value>\"[^\"\n]*\"|[^,\n]*)")
_CSV_FIELD_MIN_ROWS = 3


@dataclass(frozen=True)
class FormField:
    """A form's field: its label and its value (the next line's when the label stands alone)."""

    label: str
    value: str


def form_fields(text: str) -> list[FormField]:
    """Every labelled field of a form, in order, whatever the layout of its rows."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]

    def with_value(line: str) -> re.Match[str] | None:
        row = _FIELD_WITH_VALUE.fullmatch(line)
        short = row is not None and len(row.group("label").split()) <= _FIELD_MAX_LABEL_WORDS
        return row if short and row.group("value") else None

    exported = sum(bool(_CSV_FIELD.fullmatch(line)) for line in lines) >= _CSV_FIELD_MIN_ROWS
    fields = []
    index = 0
    while index < len(lines):
        line, following = lines[index], lines[index + 1] if index + 1 < len(lines) else None
        alone = _FIELD_ALONE.fullmatch(line)
        if alone and _SPACED_DASH.search(alone.group("label")):
            alone = None  # "Learning Review - Adult T" is a label and its value on one line
        if (alone and following is not None and len(alone.group("label").split()) <= _FIELD_MAX_LABEL_WORDS
                and with_value(following) is None):
            # a label over its value ("Outcome" / "The report and its plan"): the value line is read
            fields.append(FormField(alone.group("label").strip(), following.strip(" \t|")))
            index += 2
            continue
        row = with_value(line)
        if row is not None:
            fields.append(FormField(row.group("label").strip(), row.group("value").strip()))
        elif exported and (pair := _CSV_FIELD.fullmatch(line)):
            fields.append(FormField(pair.group("label").strip(), pair.group("value").strip(' "')))
        index += 1
    return fields


def _title_proper(lines: list[str]) -> list[str]:
    """The opening lines before the form's first field (a field's label names no review: "Learning
    Review: Child K" is a title), at most three: a form that opens on its fields has no title, and
    its fields' values ("the report and improvement plan") are not one."""
    title = []
    for line in lines[:3]:
        row = _FIELD_WITH_VALUE.fullmatch(line)
        if row and row.group("value") and not any(p.search(row.group("label")) for p in _TYPE_TERMS.values()):
            break
        title.append(line)
    return title


# What a finished review hands over (its report, findings, recommendations, learning, a plan) or
# that it was ratified: an outcome field's value naming one of these is a completed review's
# outcome. A decision whether to hold a review ("proceed to a Learning Review") is an ICR's outcome.
_REVIEW_PRODUCT = re.compile(
    r"(?i)\breport\b|\bfindings\b|\brecommendations?\b|\blearning\b(?!\s+reviews?\b)|\b(?:improvement|action)\s+plan"
    r"|\b(?:ratified|endorsed|approved|accepted|agreed|completed?|concluded|finished)\b")
_HOLDS_A_REVIEW = re.compile(
    r"(?i)\bproceed|\bcommission|\bto\s+be\s+(?:held|undertaken|carried\s+out)|\bnot\s+to\s+hold")


def _names_review_outcome(value: str) -> bool:
    return bool(_REVIEW_PRODUCT.search(value)) and not _HOLDS_A_REVIEW.search(value) and icr_decision(value) is None


_NAMES_OUTCOME = re.compile(r"(?i)\boutcome\b|\bratif(?:ied|ication)\b")
_NAMES_DECISION = re.compile(r"(?i)\bdecision\b(?![\s-]+making)|\bwhether\s+to\s+(?:hold|proceed)")


@dataclass(frozen=True)
class FormNoticeRule:
    """A form that is itself a Learning Review's decision or outcome notification, read by its fields.

    A notification laid out as a form (sections, rows, a table of fields) need not have a title: its
    fields say what it is ("Notification type: Learning Review outcome") or what it records ("Outcome:
    the learning review report and its improvement plan"), and its words say the step was taken (the
    COG ratified it; the decision whether to hold a review). A row applies to a form that names a
    Learning Review or an SCR and is no ICR's record, whose own title (if any) names no report, and
    which has no report's body (findings, chronology, recommendations headings). ``label`` must match
    a field's whole label, ``value`` reads its value, ``states`` the whole text. ``catches`` are texts
    the row makes ``kind``, ``leaves`` texts it leaves.
    """

    name: str
    kind: str
    label: re.Pattern[str]
    value: Callable[[str], bool]
    states: Callable[[str], bool]
    reason: str
    catches: tuple[str, ...]
    leaves: tuple[str, ...]


FORM_NOTICES: tuple[FormNoticeRule, ...] = (
    FormNoticeRule(
        "form-outcome-field", LR_OUTCOME,
        re.compile(r"(?i)(?:(?:the|review|learning\s+review|LR|review['’]s)\s+)?outcome"
                   r"(?:\s+of\s+(?:the\s+)?(?:learning\s+)?review)?"),
        _names_review_outcome,
        lambda text: _states_ratified(text),
        "a form whose Outcome field is a finished review's product (its report, findings, plan) and whose rows "
        "or words say the Chief Officers ratified it records that outcome: it is the outcome's notification, "
        "whether laid out in sections, rows or a table, titled or not (an ICR's outcome, a decision whether to "
        "hold a review, is the ICR's)",
        ("Part 1 - Protection committee: Corrieval Adult Protection Committee\nPart 2 - Review: Learning Review, "
         "Adult T\nPart 3 - Outcome: report and recommendations accepted\nPart 4 - Ratified by the Chief Officers "
         "Group: 9 February 2026\n",
         "| Committee | Corrieval Child Protection Committee |\n| Review | Learning Review (Child T) |\n"
         "| Outcome | the learning review report and action plan |\n| Date ratified by COG | 09/02/2026 |\n",
         "Corrieval Public Protection Committee\n\nReview\nLearning Review - Adult T\n\nOutcome\nThe review's findings "
         "and improvement plan\n\nRatification\nThe Chief Officers Group ratified the outcome on 9 February 2026.\n"),
        ("Initial Case Review\nCommittee: Corrieval Child Protection Committee\nOutcome: proceed to a Learning "
         "Review\nDate outcome ratified by COG: 9 February 2026\n",
         "Part 1 - Review: Learning Review, Adult T\nPart 2 - Outcome: report and recommendations accepted\n"
         "Part 3 - To be ratified by the Chief Officers Group on 9 February 2026\n",
         "Learning Review Report: Child T\nOutcome: report and recommendations accepted\nRatified by the COG on "
         "9 February 2026.\n\nBackground\nT lived with his aunt.\n\nFindings\nAgencies shared little.\n\n"
         "Recommendations\nShare plans.\n"),
    ),
    FormNoticeRule(
        "form-notification-type-outcome", LR_OUTCOME,
        re.compile(r"(?i)(?:type\s+of\s+)?(?:notification|notice|document|form|paper)(?:\s+type)?"),
        lambda value: bool(_NAMES_OUTCOME.search(value)) and not _NAMES_DECISION.search(value),
        lambda text: _states_ratified(text),
        "a form whose own field names it an outcome notification ('Notification type: Learning Review outcome') "
        "and which says the Chief Officers ratified the outcome is that notification, wherever the field stands",
        ("Corrieval Adult Protection Committee\nReference: AP-26-04\nNotification type: Learning Review outcome\n"
         "Adult: Adult T\nRatified by COG: 9 February 2026\n",),
        ("Corrieval Adult Protection Committee\nNotification type: Learning Review outcome\nAdult: Adult T\n"
         "To be ratified by COG: 9 February 2026\n",),
    ),
    FormNoticeRule(
        "form-notification-type-decision", LR_DECISION,
        re.compile(r"(?i)(?:type\s+of\s+)?(?:notification|notice|document|form|paper)(?:\s+type)?"),
        lambda value: bool(_NAMES_DECISION.search(value)),
        _states_decision,
        "a form whose own field names it a decision notification ('Form: Learning Review decision') and which "
        "states the decision whether to hold the review is that notification",
        ("Corrieval Child Protection Committee\nForm: Learning Review decision\nChild: Child T\nDecision: the "
         "committee decided not to proceed to a learning review; the criteria are not met.\n",),
        ("Corrieval Child Protection Committee\nForm: Learning Review decision\nChild: Child T\nDecision: to be "
         "taken at the next meeting.\n",),
    ),
)
# A report's body: its headings beyond the form's own ("Outcome", "Decision", "Summary").
_FORM_OWN_HEADINGS = frozenset({"outcome", "decision", "summary"})
_MAX_BODY_HEADINGS = 1


def _has_report_body(text: str) -> bool:
    headings = {m.group(0).strip().lower() for m in _REPORT_MARKS.finditer(text)}
    return len({h for h in headings if h.split()[-1] not in _FORM_OWN_HEADINGS}) > _MAX_BODY_HEADINGS


def _form_notice_rule(lines: list[str], text: str) -> FormNoticeRule | None:
    """The first ``FORM_NOTICES`` row a form's fields and words satisfy, if any."""
    if not (_TYPE_TERMS[LR].search(text) or _TYPE_TERMS[SCR].search(text)):
        return None
    title = _title_proper(lines)
    if any(_REPORT_WORD.search(line) for line in title) or (title and _not_a_review_rule(text, title) is not None):
        return None  # "Learning Review Report: Child K", "Annual Report 2025": the title says what it is
    if _has_report_body(text):
        return None
    scores = {t: sum(e.weight for e in found) for t, found in _type_evidence(text).items()}
    if scores[ICR] >= max(scores[LR], scores[SCR]):
        return None  # an ICR's record: its outcome is the decision whether to hold a review
    fields = form_fields(text)
    for rule in FORM_NOTICES:
        if any(rule.label.fullmatch(f.label) and rule.value(f.value) for f in fields) and rule.states(text):
            return rule
    return None


def _message_notice_rule(lines: list[str], text: str) -> NoticeRule | None:
    """The first ``MESSAGE_NOTICES`` row a message that encloses nothing satisfies, if any."""
    if not _is_message(text) or _ENCLOSES.search(text) or _titled_as_review(lines):
        return None
    subject = _letter_subject(lines) or ""
    if _NOT_REVIEW_OUTCOME.search(subject):
        return None
    return next((rule for rule in MESSAGE_NOTICES if rule.subject(subject) and rule.states(text)), None)


def _notice_letter_rule(lines: list[str], text: str) -> NoticeRule | None:
    """The first ``NOTICE_LETTERS`` row a letter's subject and words satisfy, if any.

    A subject about a complaint, an inspection or a registered service notifies no review's decision.
    """
    subject = _letter_subject(lines)
    if subject is None or _NOT_REVIEW_OUTCOME.search(subject):
        return None
    for rule in NOTICE_LETTERS:
        if rule.subject(subject) and rule.states(text):
            return rule
    return None


# A title that records the decision whether to hold a review ("Decision not to proceed to a
# Learning Review", "Record of decision - Learning Review", "Decision on whether to hold a Learning
# Review"), not a report's ("... report", "outcome", "findings") nor a theme ("decision-making").
_DECISION_TITLE = re.compile(r"(?i)\bdecision\b(?![\s-]+making)|\bdecided\b|\bwhether\s+to\s+(?:hold|proceed|commission|undertake)\b"
                             # a decision minuted as agreed: "MINUTE OF AGREEMENT", "Record of agreement"
                             r"|\b(?:minute|record|note)\s+of\s+(?:the\s+)?agreement\b")
_REPORT_TITLE = re.compile(r"(?i)\breport\b|\boutcome\b|\bfindings\b|\brecommendations?\b|\blearning\s+from\b")


def _decision_record_kind(lines: list[str], text: str) -> str | None:
    """``LR-DECISION`` for a paper titled as a Learning Review decision that states one.

    Its title names the decision and no report, and its words decide whether to hold the
    review (``icr_decision`` reads one): a decision record with no "notification" in its title.
    """
    title = "\n".join(lines[:3])
    screening = _SCREENING_TITLE.search(title)
    if screening:
        title = _SCREENING_TITLE.sub(" decision ", title)  # a screening's outcome is the decision
    if not _DECISION_TITLE.search(title) or _REPORT_TITLE.search(title):
        return None
    return LR_DECISION if icr_decision(text) is not None else None


# The screening of a referral decides whether to hold a review: "Referral screening outcome", "Outcome
# of screening", "Screening result" name that decision, not a review's outcome.
_SCREENING_TITLE = re.compile(
    r"(?i)\b(?:referral\s+)?screening\s+(?:outcome|decision|result)\b|\boutcome\s+of\s+(?:the\s+)?"
    r"(?:referral\s+)?screening\b|\breferral\s+(?:outcome|result)\b")


def _screening_decision(lines: list[str], text: str) -> bool:
    """A paper titled only as a decision record ("Record of screening decision") that decides
    whether to hold a Learning Review, mentioning the ICR that came first: the decision's record,
    not the ICR's. An ICR's own record names the ICR in its title lines; it stays the ICR."""
    title = "\n".join(lines[:3])
    if any(p.search(title) for p in _TYPE_TERMS.values()):
        return False
    return _decision_record_kind(lines, text) is not None and _states_lr_decision(text)


# A letterhead or an address block may stand above a notification's title ("Council Offices" /
# "Harbour Road" / ... / "Notification of the outcome of a Learning Review"): the title is then the
# first heading after it. The opening headings are the lines before the first field with a value or
# the first sentence, up to a few lines: a report's own section headed "Outcome of the review" comes
# after its prose, so it is never among them.
_OPENING_HEADING_LINES = 8
_PROSE_LINE = re.compile(r"[.!?]\s*$")
_PROSE_WORDS = 12
_CELL_GAP = re.compile(r"\S(?: {3,}|\t)\S")


def _opening_headings(lines: list[str]) -> list[str]:
    """The first three lines, and the heading lines that follow them before the form's first field or
    the first sentence (at most ``_OPENING_HEADING_LINES`` in all)."""
    headings = list(lines[:3])
    for line in lines[3:_OPENING_HEADING_LINES]:
        field = _FIELD_WITH_VALUE.fullmatch(line)
        if ((field and field.group("value")) or _PROSE_LINE.search(line) or len(line.split()) > _PROSE_WORDS
                or _CELL_GAP.search(line) or find_dates(line)):
            break  # a field (with a value, or a date, or a wide gap before its value), or prose
        headings.append(line)
    return headings


def _notification_kind(lines: list[str]) -> str | None:
    title = "\n".join(_opening_headings(lines))
    if _OUTCOME_TITLE.search(title):
        return LR_OUTCOME
    if not _NOTIFICATION.search(title):
        return None
    if _OUTCOME_NOTICE.search(title):
        return LR_OUTCOME
    if _DECISION_NOTICE.search(title):
        return LR_DECISION
    if _RATIFICATION_NOTICE.search(title):
        return LR_OUTCOME  # "Learning Review - ratification notice": the outcome's step, no decision named
    return None


_CHILD_TERMS = re.compile(
    r"(?i:\bchild\s+protection\b|\bchildren\s+and\s+families\b|\byoung\s+person\b|\binfant\b|\bbaby\b)"
    r"|\bChild\s+[A-Z]{1,2}\b|\bCPC\b"
)
_ADULT_TERMS = re.compile(
    r"(?i:\badult\s+(?:support\s+and\s+)?protection\b|\badult\s+at\s+risk\b|\bvulnerable\s+adult\b)"
    r"|\bAdult\s+[A-Z]{1,2}\b|\bAPC\b|\bASP\b"
)
# Who the report is about, in its own words: "The adult lived alone", "Child's name:", "THE
# ADULT:", a nursery or a school; a title's "(child)", "(Adults)", "Adult at risk".
_CHILD_WORDS = re.compile(
    r"(?im:\bchild['’]s\s+(?:name|d\.?o\.?b\.?|date\s+of\s+birth)\b|^[ \t•*-]*(?:the\s+)?child(?:\s*:|\s+[–—-]\s)"
    # a section headed by the subjects themselves ("The children", "2. The children")
    r"|^[ \t]*(?:\d{1,2}\.?[ \t]*)?the\s+children[ \t]*$"
    r"|\bname\s+of\s+(?:the\s+)?child\b|\bchild\s+details\b"
    r"|\bthe\s+child\b(?!\s+protection)|\bnursery\b|\b(?:primary|secondary|high)\s+school\b"
    r"|\bchildren['’]s\s+(?:reporter|hearings?|panel)\b"
    # a family table's relationship cell ("| Child |"; an adult's own children are "Son",
    # "Daughter"), and school attendance under the Scottish secondary's name ("attended X Academy")
    r"|^[^\n]*\|[ \t]*child[ \t]*(?:\(subject\)[ \t]*)?\|"
    # ... in a table of tab- or semicolon-separated cells too ("Ann; subject child; 23-01-2019")
    r"|^[^\n]*[\t;] *(?:subject\s+)?child[ \t]*(?:\(subject\)[ \t]*)?[\t;]"
    r"|\battend(?:s|ed|ing)\s+(?-i:(?:[A-Z][\w'’-]*\s+){1,3}(?:Academy|Primary|High\s+School))\b)"
)
# The review's own subject with an age: "the review concerns A, then aged 13", "This report is
# about Adult B, aged 84". Under 18 is a child, 18 or over an adult.
# The harm that led to the review names its subject too: "This Significant Case Review was
# commissioned following the death of Ms G, aged 58", "... the serious injury of a 6-year-old".
_SUBJECT_AGE = re.compile(
    r"(?i)(?:\b(?:review|report)\s+(?:concerns|is\s+about|relates\s+to)\b[^.\n]{0,60}?"
    r"|\breview\b[^.\n]{0,120}?\b(?:death|injury|injuries|harm|neglect|abuse)\s+(?:of|to|suffered\s+by)\s+"
    r"[^.\n]{0,40}?)"
    r"(?:\baged\s+(?P<age>\d{1,3})\b|\ban?\s+(?P<aged>\d{1,3})[- ]years?[- ]old\b)"
    r"(?!\s+(?:months?|weeks?|days?)\b)"
)
# The review's own subject with a date of birth: "The review concerns A (8.3.20)", "This report is
# about B, born 4 May 1950", "The subject of this review is C (d.o.b. 2/2/2014)". Their age over the document's other dates says child or adult: a
# child if under 18 at the latest of them, an adult if 18 or over at the earliest; otherwise
# (a young person who turned 18 during the events) no answer from the age.
_SUBJECT_DOB = re.compile(
    r"(?i)(?:\b(?:review|report)\s+(?:concerns|is\s+about|relates\s+to|focuses\s+on)\b"
    r"|\bsubject\s+of\s+(?:(?:the|this)\s+)?(?:[\w-]+\s+){0,2}?review(?:\s+is\b|\s*:))[^.\n()]{0,60}?"
    r"(?:\(\s*(?:born|b\.|d\.?o\.?b\.?:?)?\s*(?P<bracketed>[^()\n]{6,30}?)\s*\)"
    r"|,?\s+(?:born(?:\s+on)?|d\.?o\.?b\.?:?|date\s+of\s+birth:?)\s+(?P<stated>[^,;()\n]{6,30}?)(?=[,;.)]|\s*$|\s+(?:and|who|in|at)\b))",
    re.MULTILINE,
)
_ADULT_AGE = 18


def _subject_age_side(text: str) -> list[str]:
    """``child`` / ``adult`` for each stated birth date of the review's subject that decides."""
    sides: list[str] = []
    matches = list(_SUBJECT_DOB.finditer(text))
    if not matches:
        return sides
    dated = sorted(m.value for m in find_dates(text) if m.value is not None)
    for match in matches:
        born = parse_uk_date(match.group("bracketed") or match.group("stated"))
        if born is None:
            continue
        side = _side_from_birth(born, dated)
        if side is not None:
            sides.append(side)
    return sides


def _side_from_birth(born: date_type, dated: list[date_type]) -> str | None:
    """``child`` when under 18 at the latest of the document's later dates, ``adult`` when 18 or over
    at the earliest; None when there is none, or the person turned 18 between them."""
    later = [day for day in dated if day > born]
    if not later:
        return None

    def age_on(day: date_type) -> int:
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    if age_on(later[-1]) < _ADULT_AGE:
        return "child"
    if age_on(later[0]) >= _ADULT_AGE:
        return "adult"
    return None


# --- the subject's own details in a form -------------------------------------------------------------
# A form records whose review it is in its first person's rows: a "Name" (or "Child", "Adult",
# "Subject") field, then their date of birth and age, before the next person ("Mother: ...") is named.
# Those rows say child or adult wherever they stand in the form, whatever the title says of the side
# (nothing, in a Public Protection Committee's form). ``form_fields`` reads the rows in any layout.
_SUBJECT_NAME_LABEL = re.compile(
    r"(?i)(?:(?:full\s+)?name(?:\s+of\s+(?:the\s+)?(?:child|adult|young\s+person|person|subject))?"
    r"|(?:the\s+)?(?:subject|child|adult|young\s+person|person(?:\s+at\s+risk)?|service\s+user|patient|pupil|resident)"
    r"(?:['’]s\s+name)?)")
# Any other person's row ends the subject's: a relative, a carer, a worker, the form's author.
_OTHER_PERSON_LABEL = re.compile(
    r"(?i)\b(?:mother|father|mum|dad|parents?|carers?|guardians?|siblings?|brothers?|sisters?|partners?|spouse|wife"
    r"|husband|sons?|daughters?|grand\w*|aunt|uncle|cousin|step\w*|friend|neighbour|relatives?|next\s+of\s+kin"
    r"|referrer|author|reviewer|chair|officer|worker|gp|doctor|nurse|teacher|completed\s+by|signed|contact)\b")
_AGE_LABEL = re.compile(r"(?i)(?:(?:current|present|subject['’]s)\s+)?age(?:\s+(?:at|on)\s+[\w ]{1,30})?")
_DOB_LABEL = re.compile(r"(?i)d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s+date|born")
_AGE_VALUE = re.compile(
    r"(?i)^(?:aged\s+|age\s+)?(?P<n>\d{1,3})(?:[\s-]*(?P<unit>years?|yrs?|months?|mths?|weeks?|wks?|days?))?"
    r"(?:[\s-]+old)?(?![\d/.-]\d)\b")
_AGED_IN_VALUE = re.compile(r"(?i)\baged\s+(?P<n>\d{1,3})\b(?:\s+(?P<unit>months?|weeks?|days?)\b)?"
                            r"|\b(?P<m>\d{1,3})[- ]years?[- ]old\b")


def _side_of_age(years: int, unit: str | None) -> str:
    if unit and unit.lower()[0] in "mwd":
        return "child"  # "9 months", "3 weeks": a baby
    return "child" if years < _ADULT_AGE else "adult"


def _age_field_side(value: str, dated: list[date_type]) -> str | None:
    age = _AGE_VALUE.match(value.strip())
    return _side_of_age(int(age.group("n")), age.group("unit")) if age else None


def _birth_field_side(value: str, dated: list[date_type]) -> str | None:
    found = [m.value for m in find_dates(value) if m.value is not None]
    return _side_from_birth(found[0], dated) if len(found) == 1 else None


def _name_field_side(value: str, dated: list[date_type]) -> str | None:
    aged = _AGED_IN_VALUE.search(value)
    if aged:
        return _side_of_age(int(aged.group("n") or aged.group("m")), aged.group("unit"))
    bracketed = re.search(r"\((?:born\s+|b\.\s*|d\.?o\.?b\.?:?\s*)?([^()\n]{6,30})\)", value)
    born = parse_uk_date(bracketed.group(1)) if bracketed else None
    return _side_from_birth(born, dated) if born else None


@dataclass(frozen=True)
class SubjectRule:
    """A field of the subject's own rows that says child or adult: ``label`` matches the field's whole
    label, ``side`` reads its value (with the document's dates, for a date of birth). ``catches`` are
    (form, side) pairs the row decides; ``leaves`` forms it leaves undecided."""

    name: str
    label: re.Pattern[str]
    side: Callable[[str, list[date_type]], str | None]
    reason: str
    catches: tuple[tuple[str, str], ...]
    leaves: tuple[str, ...]


SUBJECT_DETAILS: tuple[SubjectRule, ...] = (
    SubjectRule(
        "subject-age-field", _AGE_LABEL, _age_field_side,
        "the subject's own Age row (under 18 a child, 18 or over an adult; months or weeks a baby) says whose "
        "protection the form is about, in its rows, its sections or a table of fields",
        (("Corrieval Public Protection Committee\nInitial Case Review\nName: Merewen Haskettle\nAge: 7\n"
          "Mother: Iolanthe Haskettle\nAge: 34\n", "child"),
         ("Corrieval Public Protection Committee\nInitial Case Review\n| Subject | Wendell Farrowby |\n"
          "| Age | 79 years |\n", "adult")),
        ("Corrieval Public Protection Committee\nInitial Case Review\nName: Merewen Haskettle\nMother: Iolanthe Haskettle\n"
         "Age: 34\n",),
    ),
    SubjectRule(
        "subject-birth-date-field", _DOB_LABEL, _birth_field_side,
        "the subject's own date of birth, against the form's other dates, says child (under 18 at the latest) or "
        "adult (18 or over at the earliest)",
        (("Corrieval Public Protection Committee\nInitial Case Review\nName: Merewen Haskettle\nDate of birth: 04.05.2019"
          "\nICR held: 3 March 2026\n", "child"),
         ("Corrieval Public Protection Committee\nInitial Case Review\n\nSubject\nWendell Farrowby\n\nD.O.B.\n"
          "11/11/1941\n\nReferral received\n12 January 2026\n", "adult")),
        ("Corrieval Public Protection Committee\nInitial Case Review\nName: Merewen Haskettle\nDate of birth: 04.05.2007"
         "\nReferral: 1 March 2025\nICR held: 3 March 2026\n",),  # turned 18 in between: no answer
    ),
    SubjectRule(
        "subject-name-field-age", _SUBJECT_NAME_LABEL, _name_field_side,
        "the subject's own name row with their age or birth date beside it ('Person: W. Farrowby, aged 79')",
        (("Corrieval Public Protection Committee\nLearning Review\nPerson: Wendell Farrowby, aged 79\n", "adult"),),
        ("Corrieval Public Protection Committee\nLearning Review\nPerson: Wendell Farrowby\n",),
    ),
)


_LABEL_QUALIFIER = re.compile(r"\s*\([^()\n]{0,30}\)")


def _subject_details_side(text: str) -> str | None:
    """The side the subject's own rows say: the first ``SUBJECT_DETAILS`` answer among the fields from the
    form's first subject row (or its start) up to the next person's row; None when they say nothing."""
    dated: list[date_type] | None = None
    named = False
    for field in form_fields(text):
        if _OTHER_PERSON_LABEL.search(field.label):
            return None  # the next person's rows: the subject's are over
        label = _LABEL_QUALIFIER.sub("", field.label).strip()  # "Date of birth (subject)", "Age (years)"
        is_name = bool(_SUBJECT_NAME_LABEL.fullmatch(label))
        if is_name and named:
            return None  # a second name: another person
        named = named or is_name
        for rule in SUBJECT_DETAILS:
            if rule.label.fullmatch(label):
                if dated is None:
                    dated = sorted(m.value for m in find_dates(text) if m.value is not None)
                side = rule.side(field.value, dated)
                if side is not None:
                    return side
    return None


_ADULT_WORDS = re.compile(
    r"(?im:^[ \t•*-]*(?:the\s+)?adult(?:\s*:|\s+[–—-]\s)|\bthe\s+adult\b(?!\s+(?:support|protection))|\bcare\s+home\b|\bdementia\b"
    r"|\bname\s+of\s+(?:the\s+)?adult\b|\badult\s+details\b|\bperson\s+at\s+risk\b)"
)
_SUBJECT_MARGIN = 2
# A form's own answer to "adult or child?": "Q2. Adult or child: child", "Client group | Adults",
# "Subject: adult at risk". The value is the side word alone, so "Subject: LR Child Q" (an
# e-mail's subject line) is no answer.
_SUBJECT_FIELD = re.compile(
    r"(?im)^[ \t|*•-]*(?:Q?\d{1,2}[.)]\s*)?(?:adult\s*(?:or|/)\s*child|child\s*(?:or|/)\s*adult|subject(?:\s+type)?"
    r"|client\s+group|service\s+user\s+group|age\s+group|review\s+concerns)\s*\??\s*[:\t|]\s*"
    r"(?:an?\s+)?(?P<side>child(?:ren)?|young\s+person|adults?(?:\s+at\s+risk(?:\s+of\s+harm)?)?)"
    # the side word may carry the subject's age and a bracketed date ("Subject: a child 4 years old
    # (25.11.20)", "Subject: an adult, aged 81"): still the form's answer, the age only describes
    r"(?:,?[ \t]+(?:aged[ \t]+\d{1,3}|\d{1,3}[- ]years?[- ]old)(?:[ \t]+\([^()\n]{1,30}\))?)?[ \t.|]*$"
)


# A form's review-type row naming the review with its side, as a title would: "Review type: Learning
# Review (child)", "field_review_type: Significant Case Review - Adult" (an export's field name).
_REVIEW_TYPE_FIELD = re.compile(
    r"(?im)^[ \t|*•-]*(?:review[ _]+type|type[ _]+of[ _]+review|[a-z]+_review_type)\s*[:\t|]\s*"
    rf"{_ANY_REVIEW_TERM}[ \t]*(?:\((?P<side>child|adult)\)|[-–—:][ \t]*(?P<after>child|adult))[ \t.|]*$"
)


def _subject_field(text: str) -> str | None:
    sides = {"adult" if m.group("side").lower().startswith("adult") else "child" for m in _SUBJECT_FIELD.finditer(text)}
    sides |= {(m.group("side") or m.group("after")).lower() for m in _REVIEW_TYPE_FIELD.finditer(text)}
    return sides.pop() if len(sides) == 1 else None


# A protective marking above the title ("OFFICIAL: SENSITIVE", "OFFICIAL-SENSITIVE", "NOT PROTECTIVELY
# MARKED") is page furniture from the government classification scheme, not the title: a blank line
# after it must not leave it as the whole opening block, with the title that names the side below it.
_PROTECTIVE_MARKING = re.compile(
    r"\A(?:[ \t]*(?:OFFICIAL(?:[ \t]*[-:–—][ \t]*|[ \t]+)SENSITIVE(?:[ \t]*[-:–—][ \t]*[A-Z ]{1,30})?|OFFICIAL"
    r"|NOT[ \t]+PROTECTIVELY[ \t]+MARKED|PROTECT|RESTRICTED|CONFIDENTIAL|SECRET)[ \t]*(?:\n|\Z))+",
    re.IGNORECASE)


def find_subject(text: str) -> str | None:
    """``child`` or ``adult`` when the report's own words clearly say whose protection it is.

    From the text, not the sender: a Public Protection Committee sends both. A title that
    names one side only ("Learning Review (child)", "SCR - Adult at Risk") decides, then a form's
    own answer ("Adult or child: child"); otherwise ``None`` when neither side leads the body by
    a clear margin.
    """
    opening = _PROTECTIVE_MARKING.sub("", text.strip(), count=1).strip()
    title = "\n".join(opening.split("\n\n", 1)[0].split("\n")[:3])  # the opening lines, up to a blank line
    title_child = bool(_CHILD_TERMS.search(title) or re.search(r"(?i)\bchild(?:ren)?\b|\byoung\s+person", title))
    title_adult = bool(_ADULT_TERMS.search(title) or re.search(r"(?i)\badults?\b", title))
    if title_child != title_adult:
        return "child" if title_child else "adult"
    field = _subject_field(text)
    if field is not None:
        return field  # the form answers the question itself
    prose = reflow(text)  # a subject's age or birth date may sit across a wrapped line
    ages = [int(m.group("age") or m.group("aged")) for m in _SUBJECT_AGE.finditer(prose)]
    born = _subject_age_side(prose)
    child = (len(_CHILD_TERMS.findall(text)) + len(_CHILD_WORDS.findall(text)) + sum(age < _ADULT_AGE for age in ages)
             + born.count("child"))
    adult = (len(_ADULT_TERMS.findall(text)) + len(_ADULT_WORDS.findall(text)) + sum(age >= _ADULT_AGE for age in ages)
             + born.count("adult"))
    details = _subject_details_side(text)
    if details == "child":
        child += weights.SUBJECT_DETAILS
    elif details == "adult":
        adult += weights.SUBJECT_DETAILS
    if not child and not adult:
        # nothing else says: the person the body opens with, and their age, is the review's subject
        return _opening_age_side(opening)
    if child >= adult + _SUBJECT_MARGIN or (child and not adult):
        return "child"
    if adult >= child + _SUBJECT_MARGIN or (adult and not child):
        return "adult"
    return None


# A review's body opens with its subject ("Ann (known as Annie), aged 9, was often absent.", "The two
# brothers ...; the younger is aged 6."): the age in the first sentence after the title block says
# whose protection it is when nothing else in the text does (a Public Protection Committee's report,
# its title naming no side). Read only then: an adult's report that opens "Mrs B lived with her son,
# aged 12" names the adult elsewhere, and that decides.
_STATED_AGE = re.compile(r"(?i)\baged\s+(?P<age>\d{1,3})\b(?P<unit>\s+(?:months?|weeks?|days?)\b)?"
                         r"|\b(?P<aged>\d{1,3})[- ](?:years?[- ]old\b|(?P<units>months?|weeks?)[- ]old\b)"
                         # "W was 15 at the time", "Mrs B, then 84 when she moved": the age at the events
                         r"|\b(?:was|then)\s+(?P<then>\d{1,3})\s+(?:at\s+the\s+time|when)\b")
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?<!\b[A-Z])[.!?](?=\s|$)|[^\n]+")


def _opening_age_side(opening: str) -> str | None:
    paragraphs = [p for p in opening.split("\n\n") if p.strip()]
    if len(paragraphs) < 2:
        return None
    body = paragraphs[1].strip()
    heading, _, rest = body.partition("\n")
    if rest.strip() and len(heading.split()) <= _FIELD_MAX_LABEL_WORDS and not _PROSE_LINE.search(heading):
        body = rest.strip()  # "1. Introduction" over the first sentence: the heading is no sentence
    first = _FIRST_SENTENCE.match(body)
    age = _STATED_AGE.search(first.group()) if first else None
    if age is None:
        return None
    if age.group("unit") or age.group("units"):
        return "child"  # "aged 9 months": a baby
    return "child" if int(age.group("age") or age.group("aged") or age.group("then")) < _ADULT_AGE else "adult"


# --- ICR decision -------------------------------------------------------------------------

_REVIEW = r"(?:an?\s+)?(?:SCR|significant\s+case\s+review|learning\s+review|LR|full\s+review)"
_WHEN_DECIDED = r"(?:,?\s+(?:on|at)\s+[^;\n]{1,40}?,?)?"
# A form's decision row answered with a bare option ("Decision: Not proceed", "Decision: Proceed";
# a ticked box reads so): the review is the one the form is about, so the answer is the decision.
_BARE_DECISION_ROW = r"^[ \t]*decision[ \t]*:[ \t]*"
_NO_REVIEW = re.compile(
    rf"\bno\s+(?:further\s+)?(?:SCR|significant\s+case\s+review|learning\s+review)\b"
    rf"|\b(?:does|did|do)\s+not\s+(?:meet|reach)\s+the\s+(?:criteria|threshold)"
    rf"|\b(?:criteria|threshold)\b[^.\n]{{0,60}}\b(?:has|have|was|were|is|are)\s+not\s+(?:been\s+)?(?:met|reached)"
    rf"|\b(?:criteria|threshold)\s+(?:for\s+{_REVIEW}\s+)?not\s+(?:met|reached)\b"
    rf"|\bnot\s+(?:to\s+)?(?:proceed|progress|move)\s+(?:to|with)\s+{_REVIEW}"
    # "decided not to hold a learning review", "agreed not to commission an SCR"
    rf"|\bnot\s+to\s+(?:hold|commission|undertake|convene|carry\s+out)\s+{_REVIEW}"
    rf"|{_REVIEW}\s+(?:is|was|will|would|should)\s+not\s+(?:be\s+)?(?:required|necessary|warranted|needed"
    rf"|commissioned|undertaken|carried\s+out|convened|proceed)"
    rf"|\bnot\s+(?:required|necessary|appropriate)\s+to\s+(?:commission|undertake|convene)"
    # a decision row's bare answer, the review named by the form ("[X] Not proceed" reads so)
    rf"|{_BARE_DECISION_ROW}(?:not\s+(?:to\s+)?|do\s+not\s+)proceed[ \t.]*$",
    re.IGNORECASE,
)
_OTHER_ACTIVITY = re.compile(
    r"\bother\s+learning\s+activit|\bsingle[\s-]agency\s+(?:review|learning|audit)|\breflective\s+practice"
    r"|\b7[\s-]minute\s+briefing|\blearning\s+(?:event|session|review\s+session)|\bpractitioner\s+(?:event|forum)"
    r"|\bmulti[\s-]agency\s+(?:audit|case\s+file\s+audit|learning)|\blearning\s+(?:will|is\s+to|should)\s+be\s+"
    r"(?:taken\s+forward|progressed|addressed)|\balternative\s+(?:learning|review)|\bthematic\s+review",
    re.IGNORECASE,
)
_PROCEED = re.compile(
    rf"{_BARE_DECISION_ROW}(?:to\s+)?proceed[ \t.]*$|"
    rf"{_REVIEW}\s+(?:will|should|is\s+to|would|must|shall)\s+(?:now\s+)?(?:be\s+)?(?:carried\s+out|undertaken"
    rf"|commissioned|convened|proceed|progressed|initiated|held)"
    rf"|\b(?:recommend(?:s|ed)?|agreed|decided|decision)\s+(?:that\s+|to\s+)?(?:commission|undertake|convene"
    rf"|proceed\s+(?:to|with)|progress\s+to)?\s*{_REVIEW}\s+(?:is|be|was)\s+(?:commissioned|undertaken|carried\s+out"
    rf"|convened)"
    rf"|\b(?:recommend(?:s|ed|ation)?|agreed|decided|decision|proposal)\s+(?:was\s+)?that\s+{_REVIEW}\s+"
    rf"(?:should\s+)?be\s+"
    rf"(?:commissioned|undertaken|carried\s+out|convened|held|initiated)"
    # "decided on 17 May to proceed with ...", "agreed at its meeting on 2 March to commission ...": when it
    # was decided may stand between the verb and what
    rf"|\b(?:agreed|decided|recommend(?:s|ed)?){_WHEN_DECIDED}\s+to\s+(?:commission|undertake|convene|hold|proceed\s+(?:to|with)"
    rf"|progress\s+to)\s+{_REVIEW}"
    rf"|\b(?:proceed|progress|move)(?:s|es|ed|ing)?\s+(?:to|with)\s+{_REVIEW}"
    rf"|{_REVIEW}\s+to\s+be\s+(?:carried\s+out|undertaken|commissioned|convened|held)"
    rf"|(?<!not\s)\b(?:meets|met)\s+the\s+(?:criteria|threshold)"
    rf"|\b(?:criteria|threshold)\b[^.\n]{{0,60}}\b(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:met|reached)\b",
    re.IGNORECASE,
)
# "No further action" also describes single agencies' responses in a chronology; it is
# a decision only where the sentence is about deciding.
_NO_FURTHER = re.compile(r"\bno\s+further\s+(?:action|review)\b|\bNFA\b", re.IGNORECASE)
_AUTHORITY = re.compile(r"chief\s+officer|\bCOG\b|ratif|endors", re.IGNORECASE)
_DECIDING = re.compile(r"\bdecision\b|\boutcome\b|\bagreed\b|\bdecided\b|\bconcluded\b|\brecommend", re.IGNORECASE)
# The guidance's own name for the third outcome needs no deciding verb around it.
_TERM_OTHER = re.compile(r"\bother\s+learning\s+activit", re.IGNORECASE)
# "a Learning Review (LR) be commissioned": the abbreviation only repeats the name.
_ABBREVIATION = re.compile(r"\s*\((?:LR|SCR|ICR|COG|CPC)s?\)")
# A dot between digits is a date's or a number's ("17.06.2025", "2.1"), not a sentence's end.
_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+(?:[.!?]+|\n|$)")


# Form check boxes as DOCX and PDF text give them.
_UNTICKED = re.compile(r"^[ \t]*(?:☐|□|❏|\[\s*\])[ \t]*\S.*$", re.MULTILINE)
_TICKED = re.compile(r"^[ \t]*(?:☒|☑|■|✓|✔|✗|✘|\[\s*[xX✓✔]\s*\])[ \t]*(?=\S)", re.MULTILINE)


# An unticked option inside a line: "Type of review: ☒ Learning Review  ☐ ICR  ☐ SCR".
_UNTICKED_OPTION = re.compile(r"(?:☐|□|❏|\[[ ]?\])[ \t]*[^☐□❏☒☑■\[\n]*")


def _without_unticked(text: str) -> str:
    """The text with every unticked option blanked (offsets kept): "☐ ICR" is not evidence of an
    ICR; a ticked box (☒, ☑, [x]) and its option stay."""
    if not any(box in text for box in "☐□❏[") :
        return text
    return _UNTICKED_OPTION.sub(lambda m: " " * len(m.group()), text)


# A list of options under an instruction to tick one ("Outcome (please tick)", "Decision of Chief
# Officers (tick one)") where the choice is a bare mark before its line ("X Proceed to Learning
# Review") and the other options have none: the marked line is the decision.
_TICK_INSTRUCTION = re.compile(
    r"(?i)\((?:please\s+)?tick\b[^)\n]*\)|\btick\s+(?:one|as\s+appropriate)\b|\((?:please\s+)?select\s+one\)")
_BARE_MARK = re.compile(r"^[ \t]*[xX✓✔][ \t]+(?=[A-Z])")
_TICK_BLOCK_LINES = 6


def _marked_options(text: str) -> str:
    if not _TICK_INSTRUCTION.search(text):
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not _TICK_INSTRUCTION.search(line):
            continue
        options = [i for i in range(index + 1, len(lines)) if lines[i].strip()][:_TICK_BLOCK_LINES]
        marked = [i for i in options if _BARE_MARK.match(lines[i])]
        if len(marked) == 1:
            lines[marked[0]] = _BARE_MARK.sub("Decision: ", lines[marked[0]])
    return "\n".join(lines)


# A row of options with one ticked among unticked ones: "[ ] Proceed      [X] Not proceed", "[X] Proceed
# [ ] Not proceed". The unticked options before and after the ticked one go, so the ticked one opens
# its line and reads as the decision; a row whose every option is unticked goes as a whole (``_UNTICKED``).
_OPTION_ROW = re.compile(
    r"^(?=[^\n]*(?:☐|□|❏|\[[ \t]*\]))[ \t]*(?:☐|□|❏|☒|☑|■|\[[ \t]*[xX✓✔]?[ \t]*\])[^\n]*(?:☒|☑|■|\[[ \t]*[xX✓✔][ \t]*\])[^\n]*$"
    r"|^[ \t]*(?:☒|☑|■|\[[ \t]*[xX✓✔][ \t]*\])[^\n]*(?:☐|□|❏|\[[ \t]*\])[^\n]*$", re.MULTILINE)


def _ticked_options(text: str) -> str:
    """A form's options as the choice made: unticked lines go, ticked ones read as the decision."""
    text = _marked_options(text)
    if not _UNTICKED.search(text) and not _OPTION_ROW.search(text):
        return text
    text = _OPTION_ROW.sub(lambda m: _UNTICKED_OPTION.sub("", m.group()).strip(), text)
    text = _UNTICKED.sub("", text)
    return _TICKED.sub("Decision: ", text)


def icr_decision(text: str) -> str | None:
    """What the ICR (as ratified by Chief Officers, where it says) decided, or ``None``.

    Each sentence that states an outcome is weighed: Chief Officers' words outweigh the
    ICR's recommendation (they can overrule it), and among equals the later one wins, as
    a decision follows a recommendation. "No SCR, learning through a reflective practice
    session" is ``other_learning_activity``.
    """
    best: tuple[int, int, str] | None = None
    text = _ABBREVIATION.sub("", reflow(_ticked_options(text)))
    sentences = [m.group(0) for m in _SENTENCE.finditer(text) if m.group(0).strip()]
    for position, sentence in enumerate(sentences):
        if re.search(r"\bdefer", sentence, re.IGNORECASE):
            continue
        if _NO_REVIEW.search(sentence):
            # "No SCR is required. Learning will be taken forward through ..." is one decision.
            following = sentences[position + 1] if position + 1 < len(sentences) else ""
            other = _OTHER_ACTIVITY.search(sentence) or _OTHER_ACTIVITY.search(following)
            found = OTHER_LEARNING if other else NO_SCR
        elif _PROCEED.search(sentence):
            found = PROCEED
        elif _OTHER_ACTIVITY.search(sentence) and (_DECIDING.search(sentence) or _TERM_OTHER.search(sentence)):
            found = OTHER_LEARNING
        elif _NO_FURTHER.search(sentence) and (_DECIDING.search(sentence) or _AUTHORITY.search(sentence)):
            found = NO_SCR
        else:
            continue
        weight = 1 + 2 * bool(_AUTHORITY.search(sentence)) + bool(_DECIDING.search(sentence))
        if best is None or (weight, position) >= best[:2]:
            best = (weight, position, found)
    return best[2] if best else None
