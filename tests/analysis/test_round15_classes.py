"""Round 15 analysis classes, on fictional wording written for these tests.

A message (a letter or an e-mail, forwarded or not) whose own words state a decision whether to hold
a review, or that the Chief Officers ratified it, is that notification whatever the review is called
and with no subject line naming it; a paper titled as a minute of agreement that decides whether to
hold a review is the decision; a register or log, a newsletter, a practitioner's log are OTHER; a
register's "COG ratified" column dates its row; a form's meeting date is not the COG's ratification
because the next row says the COG ratified; the age in a report's opening sentence gives the subject
when nothing else in the text does.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import MESSAGE_NOTICES, classify, classify_with_evidence, find_subject

# --- a form's meeting date and a status row ---------------------------------------------------------


@pytest.mark.parametrize("date_row, status_row", [
    ("Meeting date: 4 March 2026", "COG status: ratified"),
    ("Date of meeting: 4 March 2026", "COG status: ratified by the COG"),
    ("Meeting held: 04/03/2026", "Status: endorsed by the Chief Officers Group"),
    ("Meeting date:\n4 March 2026", "COG status: ratified"),  # the value under its label's line
])
def test_a_meeting_date_row_is_not_dated_by_the_status_row_below(date_row: str, status_row: str) -> None:
    # whose meeting it was the row does not say: a wrong date is worse than unknown
    text = (f"Thornhallow Child Protection Committee\nInitial Case Review - record\n\nReferral received: 2 Feb 2026\n"
            f"{date_row}\n{status_row}\n")
    assert find_ratification_date(text, "ICR") is None


@pytest.mark.parametrize("text", [
    # the row names the COG's ratification itself
    "Initial Case Review - record\nDate ratified by COG: 4 March 2026\nCOG status: ratified\n",
    "Initial Case Review - record\nDate ratified by COG:\n4 March 2026\nCOG status: ratified\n",
    # a ratification answer takes the neutral date row below it (round 9)
    "Initial Case Review - record\nRatified by COG: Yes\nDate of meeting: 4 March 2026\n",
    "Initial Case Review - record\nRatified by COG: Yes\nDate:\n4 March 2026\nCompleted by: T. Corrigall\n",
    # a sentence says so
    "Initial Case Review - record\nThe Chief Officers Group ratified the review on 4 March 2026.\n",
])
def test_a_row_or_sentence_naming_the_cogs_ratification_still_dates_it(text: str) -> None:
    assert find_ratification_date(text, "ICR") == date(2026, 3, 4)


# --- the table: each MESSAGE_NOTICES row's examples, as a short letter ------------------------------


def _note(subject: str, body: str) -> str:
    return f"Dear colleague,\n\n{subject}\n\n{body}\n\nRegards\nTamsin\n" if subject else f"Dear colleague,\n\n{body}\n\nTamsin\n"


@pytest.mark.parametrize("rule, subject, body", [(r, s, b) for r in MESSAGE_NOTICES for s, b in r.catches])
def test_a_message_rows_examples_are_its_kind(rule, subject: str, body: str) -> None:
    result = classify_with_evidence(_note(subject, body))
    assert (result.doc_type, result.rule) == (rule.kind, rule.name)


@pytest.mark.parametrize("rule, subject, body", [(r, s, b) for r in MESSAGE_NOTICES for s, b in r.leaves])
def test_a_message_rows_counter_examples_are_not_its_kind(rule, subject: str, body: str) -> None:
    assert classify(_note(subject, body))[0] != rule.kind


# --- decision messages, whatever the review is called -----------------------------------------------


@pytest.mark.parametrize("text", [
    ("From: Tamsin Merrilow <t.merrilow@thornhallow.gov.uk>\nTo: Review team\nSubject: SCR decision\n\n"
     "The Thornhallow Adult Protection Committee has decided that a Significant Case Review will proceed for "
     "Mr O, an adult at risk.\n\nTamsin\n"),
    ("Quillbrae Public Protection Committee\n\nDear colleague,\n\nThe referral about Ms V was screened on "
     "3 May 2026. A Significant Case Review will not proceed; a single-agency review is advised.\n\n"
     "Tamsin Merrilow\nChair\n"),
    ("Dear all,\n\nThe committee agreed on 3 May 2026 that a learning review will be held about Child W.\n\n"
     "Kind regards\nTamsin\n"),
    ("Dear colleague,\n\nThe committee has decided not to hold a learning review for Child W. Single-agency "
     "learning will follow.\n\nRegards\nTamsin\n"),
])
def test_a_message_stating_a_decision_on_a_review_is_the_decision_notification(text: str) -> None:
    result = classify_with_evidence(text)
    assert result.doc_type == "LR-DECISION"
    assert result.rule == "message-states-decision"


@pytest.mark.parametrize("text, kind", [
    # a review's report that recounts the decision to hold it stays the review
    ("Significant Case Review: Adult O\n\n1. Background\nThe committee decided that a Significant Case Review "
     "would proceed. The review found that agencies did not share concerns.\n", "SCR"),
    # a message sending the report is a cover note
    ("Dear colleague,\n\nPlease find attached the Significant Case Review report. The committee decided that "
     "a Significant Case Review will proceed last year.\n\nYours sincerely\nTamsin Merrilow\n", "OTHER"),
])
def test_a_report_or_a_cover_note_is_not_a_decision_notification(text: str, kind: str) -> None:
    assert classify(text)[0] == kind


# --- outcome messages with no subject line -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    ("Thornhallow Child Protection Committee\n\nDear Mrs Merrilow,\n\nWe wrote to you about the learning review. "
     "The review is finished: the Chief Officers Group ratified it on 4 March 2026.\n\nYours sincerely,\n"
     "Ilsa Corrigall\n"),
    ("---------- Forwarded message ---------\nfrom: ilsa corrigall\n\nhi, the apc review about mr o is done - "
     "cog ratified it on 4 march 2026. outcome: accepted.\nilsa\n"),
    ("Dear Ms Corrigall,\n\nThe Chief Officers Group endorsed the findings of the learning review on "
     "4 March 2026.\n\nYours sincerely\nTamsin\n"),
    "Hi all,\n\nThe review's findings were endorsed by the Chief Officers Group on 4 March 2026.\n\nThanks\nTamsin\n",
])
def test_a_message_saying_the_cog_ratified_the_review_is_the_outcome_notification(text: str) -> None:
    result = classify_with_evidence(text)
    assert result.doc_type == "LR-OUTCOME"
    assert result.rule == "message-states-outcome"
    assert find_ratification_date(text, result.doc_type) == date(2026, 3, 4)


@pytest.mark.parametrize("text", [
    # it encloses the report: a cover letter
    ("Dear Mrs Merrilow,\n\nPlease find enclosed the learning review report, which the Chief Officers Group "
     "ratified on 4 March 2026.\n\nYours sincerely,\nIlsa Corrigall\n"),
    # the COG ratified the ICR's decision, not the review: a cover note reporting the outcome
    ("Dear Ms Corrigall,\n\nI am writing to notify you of the outcome of the ICR for Child K. The report was "
     "considered by the Chief Officers' Group, who ratified the decision on 4 March 2026.\n\nYours sincerely\nTamsin\n"),
    # the ratification is still to come
    ("Dear Mrs Merrilow,\n\nThe learning review will be ratified by the Chief Officers Group on 4 March 2026.\n\n"
     "Yours sincerely,\nIlsa Corrigall\n"),
])
def test_a_cover_letter_or_a_ratification_to_come_is_no_outcome_notification(text: str) -> None:
    assert classify(text)[0] == "OTHER"


# --- a minute of agreement ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    ("MINUTE OF AGREEMENT\n\nQuillbrae Child Protection Committee\n\nIt is agreed that a Learning Review "
     "will be held about OK, a child aged 5. Reasons: criteria met.\nAgreed on 3 May 2026.\n"),
    ("RECORD OF AGREEMENT\n\nQuillbrae Adult Protection Committee\n\nIt was agreed that a Learning Review will "
     "not be held. Reasons: criteria not met.\n"),
])
def test_a_minute_of_agreement_whether_to_hold_a_review_is_the_decision(text: str) -> None:
    assert classify(text)[0] == "LR-DECISION"


def test_a_learning_review_report_with_an_agreed_action_stays_the_review() -> None:
    text = ("Learning Review: Child K\n\nFindings\nIt is agreed that agencies will share chronologies. The review "
            "found gaps in supervision.\n")
    assert classify(text)[0] == "LR"


# --- registers, logs, newsletters ---------------------------------------------------------------------

_REGISTER = "Review register\nref | subject | kind | outcome | {column}\nLR-7 | O. K (child) | Quillbrae CPC | {outcome} | {value}\n"


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_review_register_is_other_and_its_cog_ratified_column_dates_the_row(sep: str) -> None:
    text = _REGISTER.format(column="COG ratified", outcome="findings accepted", value="04/03/2026").replace(" | ", sep)
    assert classify(text)[0] == "OTHER"
    assert find_ratification_date(text, "OTHER") == date(2026, 3, 4)


@pytest.mark.parametrize("column", ["Sent to COG", "CPC approved", "Date"])
def test_a_registers_other_columns_give_no_ratification(column: str) -> None:
    text = _REGISTER.format(column=column, outcome="pending", value="04/03/2026")
    assert find_ratification_date(text, "OTHER") is None


@pytest.mark.parametrize("text", [
    ("Reflective log - Tamsin Merrilow, Social Worker\n\nWeek 1. I met the family.\nWeek 2. Supervision.\n"
     "Week 3. The learning review has begun; I will give my account.\n"),
    ("Practitioner diary\nMonday. Home visit.\nTuesday. The learning review panel asked for my notes.\n"),
    "Case notes - Tamsin Corrigall\n\n3 March. Visit.\n4 March. The learning review has begun.\n",
    "Practice Bulletin\n\nLearning from reviews\nA recent learning review found that agencies did not share concerns.\n",
    ("QUILLBRAE PARTNERSHIP NEWS - Winter edition\n\nLearning from a review\nA recent learning review looked at "
     "how agencies shared concerns. Key message: ask.\n"),
])
def test_a_log_a_diary_or_a_newsletter_is_other(text: str) -> None:
    assert classify(text)[0] == "OTHER"


def test_a_committee_bulletin_announcing_an_endorsed_outcome_stays_the_outcome() -> None:
    text = ("Quillbrae Adult Protection Committee - Bulletin\n\nOutcome of learning review\nThe learning review "
            "about Adult A concluded. Its findings were endorsed by the COG on 4 March 2026.\n")
    assert classify(text)[0] == "LR-OUTCOME"


# --- subject: the person the body opens with ----------------------------------------------------------

_PPC_REPORT = "OFFICIAL-SENSITIVE\n\nQuillbrae Public Protection Committee\nLearning Review\n\n{opening}\n{rest}\n"


@pytest.mark.parametrize("opening, subject", [
    ("Ilsa (known as Ils), aged 9, was often absent. Ils told staff little.", "child"),
    ("Tamsin and Ilsa are sisters; the younger is aged 6. Their mother worked nights.", "child"),
    ("The baby, aged 7 months, was taken to hospital.", "child"),
    ("Mr Corrigall, aged 71, lived alone after his wife died.", "adult"),
])
def test_a_reports_opening_age_gives_the_subject_when_nothing_else_does(opening: str, subject: str) -> None:
    text = _PPC_REPORT.format(opening=opening, rest="The review was ratified by the Chief Officers Group on 4 March 2026.")
    assert find_subject(text) == subject


def test_an_opening_age_does_not_outvote_the_texts_own_words() -> None:
    text = _PPC_REPORT.format(opening="Mrs Corrigall lived with her son, aged 12.",
                              rest="The adult at risk had fallen twice. Adult protection inquiries followed.")
    assert find_subject(text) == "adult"


def test_an_age_later_in_the_body_is_not_the_opening() -> None:
    text = _PPC_REPORT.format(opening="Agencies did not share what they knew.", rest="A neighbour, aged 40, called.")
    assert find_subject(text) is None


def test_news_in_a_reports_first_sentence_is_no_masthead() -> None:
    text = ("Significant Case Review\nQuillbrae Child Protection Committee\nWhen the news of the injury reached the "
            "school, staff called the police.\n")
    assert classify(text)[0] == "SCR"
