"""Round 7 analysis classes (issue 10), on fictional wording written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import classify, classify_with_evidence

_LR = "Learning Review Report: Child Q\nExample Child Protection Committee\n\n"


@pytest.mark.parametrize("rows", [
    "Ratified by COG: Yes\nDate: 4 March 2026\n",
    "| Stage | Detail |\n| COG decision | Ratified |\n| Date of meeting | 04/03/2026 |\n",
    "Has the COG ratified the report?\tYes\nDate\t4/3/26\n",
    "Ratified by COG?\n\nYes\n\nDate:\n\n4 March 2026\n\nLead reviewer\n\nT. Vorley\n",
    "Status: Ratified by the Chief Officers Group\nDate: 4th March 2026\n",
    "Chief Officers Group decision: Endorsed\nMeeting date: 4 March 2026\n",
    "Outcome agreed by Chief Officers? Yes\nDate of decision: 04/03/26\n",
    "Date of referral: 3 Nov 2025\nRatified by COG: Yes\nDate: 4 March 2026\n"
    "Notification sent to Care Inspectorate: 9 March 2026\n",
])
def test_a_ratification_answered_yes_takes_the_date_on_the_row_below(rows: str) -> None:
    assert find_ratification_date(_LR + rows, "LR") == date(2026, 3, 4)


@pytest.mark.parametrize("label", [
    "Date sent to COG", "Date presented to COG", "Date of referral", "Date review commenced",
    "Date approved by CPC", "Next COG meeting",
])
def test_a_yes_answer_never_takes_another_events_date(label: str) -> None:
    neutral = _LR + "Ratified by COG: Yes\nDate: 20 February 2026\n"
    assert find_ratification_date(neutral, "LR") == date(2026, 2, 20)
    assert find_ratification_date(neutral.replace("Date:", f"{label}:"), "LR") is None


def test_a_yes_answer_with_two_dates_below_is_unknown() -> None:
    one = _LR + "Ratified by COG: Yes\nDate: 4 March 2026\n"
    assert find_ratification_date(one, "LR") == date(2026, 3, 4)
    assert find_ratification_date(one + "Date: 11 March 2026\n", "LR") is None


def test_only_a_ratification_question_is_answered_yes() -> None:
    rows = "{question}: Yes\nDate: 20 February 2026\n"
    assert find_ratification_date(_LR + rows.format(question="Endorsed by COG"), "LR") == date(2026, 2, 20)
    assert find_ratification_date(_LR + rows.format(question="Submitted to COG"), "LR") is None


_COG_AGENDA_CPC = ("Example Child Protection Committee\nAgenda for meeting on 21 April 2026\n\n"
                   "Item 4: Learning Review Child Q report - for approval and onward ratification by the COG\n"
                   "Item 5: Any other business\n")


def test_an_agenda_item_in_the_opening_lines_does_not_make_the_agenda_a_report() -> None:
    assert classify(_COG_AGENDA_CPC) == ("OTHER", None)
    assert find_ratification_date(_COG_AGENDA_CPC) is None


_COG_MINUTES = ("CHIEF OFFICERS GROUP\nMinute of meeting\nDate of meeting: 12/05/2026\n\n"
                "Present: T. Vorley, O. Brindlecombe\n\nItem 3 Learning Review (Child Q)\n{decision}\n")


def test_minutes_of_the_cog_are_other_and_give_the_meeting_date_when_the_cog_ratified() -> None:
    text = _COG_MINUTES.format(decision="Chief Officers endorsed the findings and recommendations.")
    assert classify(text)[0] == "OTHER"
    assert find_ratification_date(text) == date(2026, 5, 12)


@pytest.mark.parametrize("decision", [
    "Chief Officers deferred ratification to the next meeting.",
    "The report will be ratified at the next meeting.",
    "Members noted that the COG had previously ratified the report.",
    "Chief Officers approved the action plan.",
])
def test_cog_minutes_that_did_not_ratify_here_are_other_and_unknown(decision: str) -> None:
    text = _COG_MINUTES.format(decision=decision)
    assert classify(text)[0] == "OTHER"
    assert find_ratification_date(text) is None


def test_minutes_of_another_committee_saying_the_cog_ratified_give_no_date() -> None:
    cog = ("Minutes of the Chief Officers Group meeting, 12 May 2026\n\nPresent: T. Vorley (Chair)\n\n"
           "1. Minutes of the meeting of 14 April 2026 were agreed.\n"
           "2. Learning Review Child Q: the COG ratified the report.\n")
    assert find_ratification_date(cog) == date(2026, 5, 12)
    cpc = cog.replace("Chief Officers Group meeting", "Child Protection Committee meeting")
    assert find_ratification_date(cpc) is None


@pytest.mark.parametrize("text", [
    "Outcome of Learning Review\nExample Child Protection Committee\n\nChild: Child Q\n"
    "Date outcome ratified by COG: 4 March 2026\n",
    "Example Child Protection Committee\nLearning Review outcome\n\nReference\tCPC/26/3\n"
    "Date of COG ratification\t4 March 2026\n",
    "Learning Review - Outcome\nExample Adult Protection Committee\n\n"
    "Date outcome endorsed by Chief Officers: 4 March 2026\n",
    "OUTCOME NOTIFICATION\nExample Public Protection Committee\n\nAbout: Adult M\n"
    "Ratified by Chief Officers Group on 4 March 2026.\n",
    "Example Public Protection Committee\nOutcome Notification Form\n\nSubject: adult at risk\n"
    "Outcome endorsed by the COG on 4 March 2026\n",
])
def test_an_outcome_form_with_little_review_vocabulary_is_an_lr_outcome(text: str) -> None:
    assert classify(text)[0] == "LR-OUTCOME"
    assert find_ratification_date(text) == date(2026, 3, 4)


@pytest.mark.parametrize(("outcome", "other"), [
    ("Notification of outcome to the Care Inspectorate\nExample Adult Protection Committee\n\n"
     "The outcome was endorsed by the Chief Officers Group on 4 March 2026.\n",
     "Notification of outcome to the Care Inspectorate\nComplaint about a registered care service\n\n"
     "The complaint was upheld and endorsed by the chief officer on 4 March 2026.\n"),
    ("Outcome notification\nExample Child Protection Committee\n\nRatified by the COG on 4 March 2026.\n",
     "Outcome notification\nExample Council Licensing\n\nYour application was granted on 4 March 2026.\n"),
    ("Outcome notification\nExample Health Board\n\nThe outcome was endorsed by the Chief Officers Group.\n",
     "Serious Incident Review - outcome notification\nExample Health Board\n\n"
     "The outcome was endorsed by the Chief Officers Group.\n"),
    ("Outcome of Learning Review\nExample Nursery\n\nDate: 4 March 2026.\n",
     "Outcome of inspection\nExample Nursery\n\nGrades: good. Date of inspection: 4 March 2026.\n"),
    ("Outcome of Learning Review Child Q\n\nDate ratified by COG\t4 March 2026\n",
     "Multi-agency Action Plan\nOutcome of Learning Review Child Q\n\n"
     "Action\tOwner\nShare chronologies\tSocial work\n"),
])
def test_other_outcomes_and_plans_stay_other(outcome: str, other: str) -> None:
    assert classify(outcome)[0] == "LR-OUTCOME"
    assert classify(other)[0] == "OTHER"


def test_an_lr_report_titled_with_outcome_and_recommendations_stays_the_report() -> None:
    text = ("Learning Review outcome and recommendations: Child Q\nExample Child Protection Committee\n\n"
            "1. Background\n2. Findings\n3. Recommendations\n")
    assert classify(text)[0] == "LR"
    assert classify(text.replace(" and recommendations", ""))[0] == "LR-OUTCOME"


@pytest.mark.parametrize(("field", "subject"), [
    ("2. Adult or child: child", "child"),
    ("Child or adult?\tAdult", "adult"),
    ("| Client group | Adults |", "adult"),
    ("Subject: adult at risk", "adult"),
])
def test_a_forms_own_adult_or_child_answer_gives_the_subject(field: str, subject: str) -> None:
    text = ("Learning Review - Decision Notification\nExample Public Protection Committee\n\n"
            f"1. Initials: QV\n{field}\nNotes: the CPC and the APC were both consulted.\n")
    assert classify_with_evidence(text).subject == subject


def test_two_answers_that_disagree_give_no_subject_from_the_fields() -> None:
    text = ("Learning Review - Decision Notification\nExample Public Protection Committee\n\n"
            "Adult or child: child\nNotes: the CPC and the APC were both consulted.\n")
    assert classify_with_evidence(text).subject == "child"
    assert classify_with_evidence(text + "Client group: adults\n").subject is None


def test_a_reviewer_reads_the_new_evidence_in_words() -> None:
    from ingestd.analysis.dates import ratification_candidates
    from ingestd.web.amendviews import RULE_WORDS

    yes = ratification_candidates(_LR + "Ratified by COG: Yes\nDate: 4 March 2026\n", "LR")
    minutes = ratification_candidates(_COG_MINUTES.format(decision="The COG ratified the report."), "OTHER")
    rules = {e.rule for c in yes + minutes for e in c.evidence}
    assert {"ratified-answer", "minuted-decision"} <= rules
    assert rules <= set(RULE_WORDS)


def test_a_yes_question_in_the_past_tense_with_an_if_yes_date() -> None:
    text = _LR + "Was the outcome ratified by the COG? Yes\nIf yes, date: 4/3/2026\n"
    assert find_ratification_date(text, "LR") == date(2026, 3, 4)


def test_a_note_of_the_cog_gives_its_meeting_date() -> None:
    text = ("Note of the Chief Officers Group\nTuesday 12 May 2026\n\nAttendees: T. Vorley, O. Brindlecombe\n\n"
            "Item 2: Learning Review Adult M. Members endorsed the report.\n")
    assert classify(text)[0] == "OTHER"
    assert find_ratification_date(text) == date(2026, 5, 12)


def test_a_signature_blocks_date_under_a_yes_answer_is_not_the_ratification() -> None:
    answer = _LR + "Ratified by COG: Yes\n{between}Date: 10 March 2026\n"
    assert find_ratification_date(answer.format(between=""), "LR") == date(2026, 3, 10)
    assert find_ratification_date(answer.format(between="Completed by: T. Vorley\n"), "LR") is None
