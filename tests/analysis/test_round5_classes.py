"""Round 5 analysis classes (issue 10), on fictional wording written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import classify


@pytest.mark.parametrize("sentence", [
    "Ratification will be sought at the COG meeting on 4 June 2026.",
    "The report is to be presented to the Chief Officers Group for ratification on 4 June 2026.",
    "The COG will seek ratification at its meeting on 4 June 2026.",
    "Endorsement is expected at the Chief Officers Group on 4 June 2026.",
])
def test_a_ratification_still_to_be_sought_is_unknown(sentence: str) -> None:
    text = ("Learning Review: Child F\nExample Child Protection Committee\n\n"
            "At its meeting on 30 March 2026 the Chief Officers Group deferred a decision on the report.\n"
            f"{sentence}\n")
    assert find_ratification_date(text, "LR") is None


@pytest.mark.parametrize("sentence", [
    "The COG met on 3 March 2026 but did not reach a decision.",
    "Chief Officers were unable to ratify the report on 3 March 2026 and asked for changes.",
    "At the COG on 3 March 2026 members requested amendments before ratification.",
    "The Chief Officers Group considered the report on 3 March 2026; no decision was made.",
])
def test_a_cog_meeting_that_did_not_decide_gives_no_date(sentence: str) -> None:
    text = f"Learning Review: Child F\nExample Child Protection Committee\n\n{sentence}\n"
    assert find_ratification_date(text, "LR") is None


def test_a_ratification_sought_and_given_is_that_date() -> None:
    text = ("Learning Review: Child F\nExample Child Protection Committee\n\n"
            "Ratification was sought and the Chief Officers Group ratified the report on 4 June 2026.\n")
    assert find_ratification_date(text, "LR") == date(2026, 6, 4)


_PAPER = ("7-Minute Briefing\n7-Minute Briefing - Learning Review\nExample Child Protection Committee\n\n"
          "The family moved twice and the school raised concerns about attendance.\n"
          "{extra}The learning review was ratified by the Chief Officers Group on 3 March 2026.\n")


def test_a_paper_titled_as_a_briefing_that_reports_its_own_ratification_is_the_review() -> None:
    assert classify(_PAPER.format(extra=""))[0] == "LR"


def test_a_briefing_with_its_own_sections_stays_other_even_when_it_mentions_the_ratification() -> None:
    text = _PAPER.format(extra="Why it matters\nNeglect is cumulative.\nQuestions for your team\nWho leads?\n")
    assert classify(text)[0] == "OTHER"


def test_a_briefing_without_the_reviews_ratification_stays_other() -> None:
    text = ("7-Minute Briefing: Learning Review Child F\nExample Child Protection Committee\n\n"
            "1. Background\nThe family moved twice.\n")
    assert classify(text)[0] == "OTHER"


def test_minutes_of_a_committee_meeting_that_discuss_a_review_are_other() -> None:
    text = ("MINUTES\nExample Public Protection Committee\nMeeting held 14 June 2026\n\nPresent:\n"
            "Ysella Pardew (Learning Review Coordinator)\nOrrin Kessock (Service Manager)\n\n"
            "Item 3 - Initial Case Review report\nMembers approved the ICR report.\n")
    assert classify(text)[0] == "OTHER"


def test_a_job_title_naming_a_review_is_no_review_term() -> None:
    text = ("Practice forum note\nExample Public Protection Committee\n\n"
            "Ysella Pardew (Learning Review Coordinator) opened the forum on neglect.\n"
            "Orrin Kessock (Service Manager) presented the audit.\n")
    assert classify(text)[0] == "OTHER"


@pytest.mark.parametrize(("text", "subject"), [
    ("Learning Review (child) - draft\nExample Public Protection Committee\n\nThe family moved twice.\n", "child"),
    ("SIGNIFICANT CASE REVIEW - ADULT AT RISK\nExample Public Protection Committee\n\n"
     "Mr Kessock (CPC Lead Officer) visited. CPC approval is not required.\n", "adult"),
    ("LEARNING REVIEW REPORT\nExample Public Protection Committee\n\nTHE ADULT: ORRIN KESSOCK\n\n"
     "The adult lived alone and had a diagnosis of dementia.\n", "adult"),
    ("ICR PROFORMA\nExample Public Protection Committee\nQ1 Child's name? YSELLA PARDEW\n"
     "Q2 Nursery? Yes, since the spring.\n", "child"),
    ("Learning Review\nExample Public Protection Committee\n\nThe Scottish Children's Reporter Administration "
     "arranged a hearing.\n", "child"),
    ("EXAMPLE PUBLIC PROTECTION COMMITTEE\nINITIAL CASE REVIEW - NOTIFICATION\n\nSECTION 1: CHILD DETAILS\n"
     "Name of child:\tYSELLA PARDEW\n", "child"),
])
def test_the_subject_from_a_public_protection_committees_own_words(text: str, subject: str) -> None:
    from ingestd.analysis.classify import find_subject

    assert find_subject(text) == subject


def test_a_joint_review_naming_both_sides_in_its_title_reads_the_body() -> None:
    from ingestd.analysis.classify import find_subject

    text = ("Example Public Protection Committee\nLEARNING REVIEW - CHILDREN AND ADULTS\nAdult D\n\n"
            "This review concerned both Adult D and the children in the household, under the Adult Support "
            "and Protection guidance and child protection procedures. Adult D lived alone.\n")
    assert find_subject(text) == "adult"


@pytest.mark.parametrize(("body", "expected"), [
    ("The COG ratified the decision to commission this Learning Review on 3 Jan 2026. "
     "The report itself was ratified on 12 May 2026.\n", date(2026, 5, 12)),
    ("Timeline\n3 Jan 2026 - COG agreed to commission the review\n12 May 2026 - COG ratified the final report\n",
     date(2026, 5, 12)),
    ("Timeline\n3 Jan 2026 - COG agreed to commission the review\n12 May 2026 - report presented to COG\n", None),
])
def test_the_cogs_decision_to_hold_the_review_is_not_the_reports_ratification(body: str, expected) -> None:
    text = f"Learning Review\nExample Child Protection Committee\n\n{body}"
    assert find_ratification_date(text, "LR") == expected


def test_a_label_and_date_row_ends_with_its_date() -> None:
    # "ICR meeting | 20/01/26" must not read the next row's "COG ratification" as its own words
    text = ("Initial Case Review\nExample Child Protection Committee\n\nStage | Date\nReferral | 02/01/26\n"
            "ICR meeting | 20/01/26\nCOG ratification | 03/02/26\n")
    assert find_ratification_date(text, "ICR") == date(2026, 2, 3)


def test_an_event_sharing_a_reviews_learning_is_not_the_review() -> None:
    text = ("Practitioner learning event\nExample Child Protection Committee\n\n"
            "Following the Learning Review of Child M, practitioners met to discuss neglect.\n")
    assert classify(text)[0] == "OTHER"


@pytest.mark.parametrize("body", [
    "Ratified by COG: No\nDate of COG: 19/05/2026\n",
    "Has the COG endorsed the report?\tNot yet\nDate of COG: 19/05/2026\n",
])
def test_a_forms_ratification_question_answered_no_is_unknown(body: str) -> None:
    assert find_ratification_date(f"Learning Review\nExample Child Protection Committee\n\n{body}", "LR") is None


@pytest.mark.parametrize("body", [
    "Ratification date\n19 May 2026\n",
    "Page 3 of 10 Printed 20/05/2026\nThe COG ratified the report on 19 May 2026.\n",
])
def test_a_date_takes_its_own_lines_words_not_the_next_dates(body: str) -> None:
    text = f"Learning Review\nExample Child Protection Committee\n\n{body}"
    assert find_ratification_date(text, "LR") == date(2026, 5, 19)
