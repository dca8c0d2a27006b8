"""Round 14 analysis classes, on fictional wording written for these tests.

A case-management export's field codes ("COG_STATUS", "COG_DT") read as the labels they abbreviate;
an interim report that only says how far the review has got is a progress note (OTHER), one with
findings stays the review; a tracker exported as a table is OTHER; a subject row may carry the
subject's age.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import classify, classify_with_evidence, find_subject

# --- field codes ----------------------------------------------------------------------------------

_EXPORT = ("[CASE EXPORT - Initial Case Review]\nREVIEW_KIND: ICR\nCMTEE_NAME: Thornhallow Child Protection Committee\n"
           "REFERRAL_DT: 02/05/2025\nCPC_APPROVED_DT: 11/11/2025\n{status}\n{date_row}\n[END]\n")


@pytest.mark.parametrize("status, date_row", [
    ("COG_STATUS: ratified by COG", "COG_DT: 19/01/2026"),
    ("COG_STATUS: endorsed by the Chief Officers Group", "COG_MEETING_DT: 19.01.2026"),
    ("COG_DECISION: approved by COG", "COG_DATE: 19 January 2026"),
])
def test_an_exports_coded_status_and_date_rows_give_the_ratification(status: str, date_row: str) -> None:
    text = _EXPORT.format(status=status, date_row=date_row)
    assert find_ratification_date(text, "ICR") == date(2026, 1, 19)


@pytest.mark.parametrize("status, date_row", [
    ("COG_STATUS: awaiting COG", "COG_DT: 19/01/2026"),             # not ratified: no answer
    ("COG_STATUS: ratified by COG", "SENT_TO_COG_DT: 19/01/2026"),  # the date another event's
    ("CPC_STATUS: endorsed by CPC", "CPC_DT: 19/01/2026"),          # the CPC's own approval
])
def test_an_export_without_a_cog_ratification_row_gives_no_date(status: str, date_row: str) -> None:
    text = _EXPORT.format(status=status, date_row=date_row)
    assert find_ratification_date(text, "ICR") is None


@pytest.mark.parametrize("row", ["MEETING_DT: 11/11/2025", "ICR_DT: 11/11/2025", "CPC_APPROVED_DT: 11/11/2025"])
def test_a_coded_rows_date_is_not_read_with_the_next_rows_words(row: str) -> None:
    # the next row's "ratified by COG" answers its own field, with no date row under it
    text = f"[CASE EXPORT]\nREVIEW_KIND: ICR\nREFERRAL_DT: 02/05/2025\n{row}\nCOG_STATUS: ratified by COG\n[END]\n"
    assert find_ratification_date(text, "ICR") is None


# --- interim progress notes -------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Review commenced: 3 March 2026\nLead reviewer: Tamsin Merrilow\nConversations with staff are under way; "
    "the case records are being gathered.\n",
    "The review began on 3 March 2026. Family contact is planned and the agency timelines are awaited.\n",
])
def test_an_interim_report_that_only_states_progress_is_other(body: str) -> None:
    text = f"Quillbrae Public Protection Committee\nSignificant Case Review - interim report\n\nSubject: Oriel F\n{body}"
    result = classify_with_evidence(text)
    assert (result.doc_type, result.rule) == ("OTHER", "interim-progress-note")


@pytest.mark.parametrize("body", [
    "Review commenced: 3 March 2026. Two findings are set out below; the analysis is under way.\n",
    "The COG noted these interim findings on 9 June 2026; interviews are still in progress.\n",
    "Learning so far: referrals were not shared between the school and the health visitor, "
    "although interviews are under way.\n",
])
def test_an_interim_report_with_the_reviews_own_findings_stays_the_review(body: str) -> None:
    text = f"Quillbrae Public Protection Committee\nSignificant Case Review - interim report\n\n{body}"
    assert classify(text)[0] == "SCR"


# --- tracker tables ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "ref,item,decision,date,owner\n12,Learning Review (adult),endorsed by COG,04/03/2026,T. Merrilow\n",
    "Action\tOwner\tStatus\nPublish the Significant Case Review summary\tFenwarden Council\tOpen\n",
    "No | Item | Lead | Due date\n3 | ICR follow-up visits | Quillbrae Council | 30/06/2026\n",
])
def test_a_tracker_exported_as_a_table_is_other(text: str) -> None:
    result = classify_with_evidence(text)
    assert (result.doc_type, result.rule) == ("OTHER", "tracker-table")


def test_a_tracker_rows_ratification_is_still_read() -> None:
    text = "ref,item,decision,date,owner\n12,Learning Review (adult),ratified by COG,04/03/2026,T. Merrilow\n"
    assert find_ratification_date(text, "OTHER") == date(2026, 3, 4)


def test_a_review_whose_first_line_is_a_table_row_of_its_own_stays_the_review() -> None:
    # a report whose first line is a name, date and reference: no item and owner headings
    text = ("Learning Review, Thornhallow, March 2026\nLearning Review: Child F\n\n"
            "The learning review was ratified by the Chief Officers Group on 4 March 2026.\n")
    assert classify(text)[0] == "LR"


# --- a subject row with the age -------------------------------------------------------------------------


@pytest.mark.parametrize("row, side", [
    ("Subject: a child 6 years old (14.02.19)", "child"),
    ("Subject: a child, aged 6", "child"),
    ("Subject: an adult, aged 83", "adult"),
    ("Subject: adult at risk 83 years old", "adult"),
])
def test_a_subject_row_carrying_the_age_answers_the_side(row: str, side: str) -> None:
    text = f"Quillbrae Public Protection Committee\nInitial Case Review\n\n{row}\n\nNHS Fenwarden\n  visit made.\n"
    assert find_subject(text) == side

