"""Round 7 analysis classes (issue 10), on fictional wording written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import classify

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
