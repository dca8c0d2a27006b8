"""Round 8 analysis classes (issue 10), on fictional wording written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import classify, classify_with_evidence

_HEAD = "MEETING PAPERS\nArdmore Adult Protection Committee\nMeeting held: Thursday 5 March 2026, 14.00\nChair: P. Quillan\n\n"


@pytest.mark.parametrize("line", [
    "6. Date of the next Chief Officers Group: 19 March 2026",
    "6. Date of next COG - 19/03/2026",
    "6. COG date (upcoming COG): 19.03.2026",
])
def test_the_next_cog_named_without_meeting_is_a_meeting_to_come(line: str) -> None:
    text = _HEAD + "1. Apologies\n2. Learning review updates\n" + line + "\n7. Any other business\n"
    assert find_ratification_date(text, "OTHER") is None


def test_a_report_ratified_at_the_next_cog_still_has_its_date() -> None:
    text = ("Learning Review Report: Adult R\nArdmore Adult Protection Committee\n\n"
            "The report was ratified at the next COG, on 19 March 2026.\n")
    assert find_ratification_date(text, "LR") == date(2026, 3, 19)


_SCR = "Significant Case Review: Child M\nArdmore Child Protection Committee\n\n"


@pytest.mark.parametrize("sentence, expected", [
    ("The findings were tabled at the CPC on the 2nd day of June 2026 and were then signed off by "
     "Chief Officers on the 30th day of June 2026.", date(2026, 6, 30)),
    ("The review went before the committee on 4 May 2026 and was approved by the COG on 1 June 2026.",
     date(2026, 6, 1)),
    ("The report was discussed on 4 May 2026 and it was endorsed by the Chief Officers Group on 01/06/2026.",
     date(2026, 6, 1)),
    # the other way: the verb after "and" has an object, so it is the first date's
    ("On 1 June 2026 the COG met and endorsed the report sent on 4 May 2026.", date(2026, 6, 1)),
])
def test_an_and_clause_leading_into_the_next_date_is_that_dates(sentence: str, expected: date) -> None:
    assert find_ratification_date(_SCR + "2. Governance\n" + sentence + "\n", "SCR") == expected


def test_long_label_value_rows_of_a_form_are_not_joined_as_wrapped_prose() -> None:
    # Rows as long as the form's widest line used to be read as one wrapped sentence, so the
    # completion date took the next row's "endorsed by the Chief Officers Group" and tied.
    form = ("NOTIFICATION OF LEARNING REVIEW OUTCOME\n"
            "Lead agency for this notification: Ardmore Adult Protection Committee\n"
            "Date on which concerns were first raised: 14 January 2026\n"
            "Date the partnership agreed to hold a review: 2 February 2026\n"
            "Date the final review report was completed: 3 March 2026\n"
            "Outcome endorsed by the Chief Officers Group on: 21 April 2026\n"
            "Named contact for this notification: P. Quillan\n")
    assert find_ratification_date(form, "LR-OUTCOME") == date(2026, 4, 21)


def test_a_prose_line_wrapped_after_a_colon_is_still_joined() -> None:
    prose = ("LEARNING REVIEW REPORT\nArdmore Adult Protection Committee\n\n"
             "The review team wishes to record the following outcome for the Committee here:\n"
             "the Chief Officers Group ratified the report at its meeting on 21 April 2026 and\n"
             "the Committee was told the same week by the Lead Officer of the partnership in full.\n"
             "The learning has since been shared with every agency that took part in this review.\n"
             "An action plan is being prepared by the Committee for the next cycle of its work.\n")
    assert find_ratification_date(prose, "LR") == date(2026, 4, 21)


def _letter(subject_line: str, body: str) -> str:
    return ("Ardmore Council\nChief Social Work Officer\n\n12 May 2026\n\nDear Dr Halvard,\n\n"
            f"{subject_line}\n\n{body}\n\nYours faithfully\n\nT. Brennock\nLead Officer, Ardmore Public Protection Committee\n")


_RATIFIED_BODY = ("Please find attached the anonymised report of our learning review concerning Adult T. "
                  "Chief Officers endorsed the outcome on 8 May 2026.")


@pytest.mark.parametrize("subject_line", [
    "Re: Notification of the outcome of a Learning Review",
    "Learning Review - outcome notification",
    "Subject: Outcome notification (Adult T)",
])
def test_a_letter_titled_as_the_outcome_notification_is_the_notification(subject_line: str) -> None:
    result = classify_with_evidence(_letter(subject_line, _RATIFIED_BODY))
    assert (result.doc_type, result.subject) == ("LR-OUTCOME", "adult")


@pytest.mark.parametrize("subject_line, body", [
    ("Re: Learning Review, Adult T", _RATIFIED_BODY),  # only encloses the report
    ("Re: Outcome notification - complaint about a registered service", _RATIFIED_BODY),
    ("Learning Review - outcome notification", "The report will go to Chief Officers in June."),
])
def test_a_covering_letter_that_is_not_the_notification_stays_other(subject_line: str, body: str) -> None:
    assert classify(_letter(subject_line, body))[0] == "OTHER"


_ICR_HEAD = "Initial Case Review\nArdmore Public Protection Committee\n\n"


@pytest.mark.parametrize("body, expected", [
    # a family table whose relationship cell says Child
    ("Household\nName | Relationship | Born\nAILSA TAVISH | Mother | 1988\nRORY TAVISH | Child | 2020\n", "child"),
    # the review's subject with an age, either side of 18
    ("Summary: the report concerns Rory Tavish, then aged 15.\n", "child"),
    ("Summary: this review is about Mr Corrin, aged 84.\n", "adult"),
    # school attendance under a Scottish secondary's name
    ("Background: the youngest attended Glenmorven Academy until the spring.\n", "child"),
])
def test_whose_review_it_is_from_a_family_table_an_age_or_a_school(body: str, expected: str) -> None:
    assert classify_with_evidence(_ICR_HEAD + body).subject == expected


@pytest.mark.parametrize("body", [
    # an adult's own children are "Son" / "Daughter", not the review's child
    "Household\nName | Relationship | Born\nAILSA TAVISH | Daughter | 1988\n",
    "Summary: the report concerns Rory Tavish. His mother, aged 15 at his birth, is now 40.\n",
    "Background: she attended a lunch club run by the council.\n",
])
def test_no_side_from_a_grown_childs_row_another_persons_age_or_a_club(body: str) -> None:
    assert classify_with_evidence(_ICR_HEAD + body).subject is None
