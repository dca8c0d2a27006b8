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
