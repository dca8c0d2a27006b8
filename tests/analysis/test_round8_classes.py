"""Round 8 analysis classes (issue 10), on fictional wording written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date

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
