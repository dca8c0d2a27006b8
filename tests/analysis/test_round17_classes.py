"""Round 17 analysis classes, on fictional wording written for these tests.

A person's approval (the chair or convener of a committee, however long its name) is not the COG's
ratification; a review ratified "by its own" Chief Officers Group is another body's review; a status
clause saying the COG's ratification is awaited, and a review saying it has not gone to the COG, mean
its own ratification is still to come; a letter with no salutation has its subject as the short line
below its addressee rows ("To: ..."), so an outcome notification sent with the report is read as one.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import classify, classify_with_evidence
from ingestd.analysis.dates import ratification_candidates

# --- a person's approval is not the COG's -------------------------------------------------------

_ICR = ("Quillhaven and Brackenmoor Public Protection Committee\nInitial Case Review\n\n"
        "The review concerns an adult at risk of harm and the support given at home.\n{line}\n")


@pytest.mark.parametrize("line", [
    "Approved by the chair of the Quillhaven and Brackenmoor Public Protection Committee on 3 March 2026.",
    "Signed off by the independent chair on 3 March 2026.",
    "The report was endorsed by the convener of the Quillhaven Adult Protection Committee on 03/03/2026.",
    "Approved by the vice-chair on 3 March 2026, for the Chief Officers Group in April.",
])
def test_a_chairs_approval_is_not_the_ratification(line: str) -> None:
    assert find_ratification_date(_ICR.format(line=line), "ICR") is None


@pytest.mark.parametrize("line", [
    "Approved by the chair of the Chief Officers Group on 3 March 2026.",
    "Ratified by the COG on 3 March 2026.",
    "The Chief Officers Group ratified the report on 3 March 2026, chaired by the convener.",
])
def test_the_cogs_own_approval_still_gives_its_date(line: str) -> None:
    assert find_ratification_date(_ICR.format(line=line), "ICR") == date(2026, 3, 3)


# --- COG ratification awaited: this review's own ratification is still to come ------------------------

@pytest.mark.parametrize("line", [
    "Ratified by the COG on 3 March 2026; COG ratification awaited.",  # a contradiction: nothing filed
    "Approved by the committee on 3 March 2026. Ratification by the Chief Officers Group is still pending.",
    "Endorsed on 3 March 2026.\nCOG approval outstanding.",
    "Approved by the committee on 3 March 2026; awaiting COG ratification.",
    "Signed off on 3 March 2026. Pending ratification by the Chief Officers Group.",
])
def test_a_status_clause_awaiting_the_cogs_ratification_gives_no_date(line: str) -> None:
    text = _ICR.format(line=line)
    assert find_ratification_date(text, "ICR") is None
    assert any(e.rule == "own-ratification-to-come" for c in ratification_candidates(text, "ICR") for e in c.evidence)


@pytest.mark.parametrize("line", [
    "Ratified by the COG on 3 March 2026. The Care Inspectorate's reply is awaited.",
    "Ratified by the COG on 3 March 2026; CPC approval of the action plan is pending.",
    "Ratified by the COG on 3 March 2026; awaiting the Care Inspectorate's reply.",
])
def test_something_else_awaited_keeps_the_date(line: str) -> None:
    assert find_ratification_date(_ICR.format(line=line), "ICR") == date(2026, 3, 3)


# --- another body's own COG; a review not yet gone to the COG ---------------------------------------

_LR = ("Thornhallow Adult Protection Committee\nAdult Learning Review - interim report\n\n"
       "The review concerns an adult at risk of harm and is at the stage of practitioner events.\n{line}\n")


@pytest.mark.parametrize("line", [
    "Learning of the same kind came from a review by the Quillhaven committee, ratified by its own "
    "Chief Officers Group on 9 May 2025.",
    "The Brackenmoor partnership's review was endorsed by their own COG on 9 May 2025.",
    "Learning came from a review by the Quillhaven committee: that review was ratified by the COG on 9 May 2025.",
])
def test_a_review_ratified_by_its_own_cog_is_another_bodys(line: str) -> None:
    assert find_ratification_date(_LR.format(line=line), "LR") is None


@pytest.mark.parametrize("line", [
    "This report is not final and has not gone to the Chief Officers Group.",
    "This review has not yet been sent to the COG.",
    "This report is a draft, but has not been presented to the Chief Officers Group.",
])
def test_a_review_not_yet_gone_to_the_cog_gives_no_date(line: str) -> None:
    text = _LR.format(line="A previous review was ratified by the COG on 9 May 2025.\n" + line)
    assert find_ratification_date(text, "LR") is None
    assert any(e.rule == "own-ratification-to-come" for c in ratification_candidates(text, "LR") for e in c.evidence)


@pytest.mark.parametrize("line", [
    "This review was ratified by the Chief Officers Group on 9 May 2026.",
    "This report was ratified by our own Chief Officers Group on 9 May 2026.",
    "The ICR had not gone to the COG before the review began; this review was ratified by the COG on 9 May 2026.",
    "The panel noted that review findings were ratified by the COG on 9 May 2026.",
])
def test_this_reviews_own_ratification_keeps_its_date(line: str) -> None:
    assert find_ratification_date(_LR.format(line=line), "LR") == date(2026, 5, 9)


# --- a letter's subject below its addressee rows ------------------------------------------------------

_LETTER = ("Thornhallow Adult Protection Committee\n\nTo: Lead Inspector, Care Inspectorate\n\n{subject}\n\n"
           "{body}\n\nYours sincerely\n\nWenna Ostrander\nIndependent Chair\n")


@pytest.mark.parametrize("subject, body", [
    ("Notification of the outcome of an adult learning review (Adult K)",
     "I can confirm that the Chief Officers Group approved the learning review report on 2 June 2026. "
     "The anonymised report is enclosed."),
    ("Learning Review outcome notification - Adult K",
     "The learning review was ratified by the COG on 2 June 2026; the report is attached."),
])
def test_an_outcome_notification_letter_with_no_salutation_is_lr_outcome(subject: str, body: str) -> None:
    text = _LETTER.format(subject=subject, body=body)
    found = classify_with_evidence(text)
    assert (found.doc_type, found.rule) == ("LR-OUTCOME", "letter-outcome-notification")
    assert find_ratification_date(text, found.doc_type) == date(2026, 6, 2)


@pytest.mark.parametrize("subject, body", [
    ("Learning review report - Adult K", "Please find enclosed the report, ratified by the COG on 2 June 2026."),
    ("Notification of the outcome of an adult learning review (Adult K)",
     "The report goes to the Chief Officers Group next month; the draft is enclosed."),
])
def test_a_cover_letter_below_its_addressee_stays_other(subject: str, body: str) -> None:
    assert classify(_LETTER.format(subject=subject, body=body))[0] == "OTHER"


def test_a_letter_with_a_salutation_reads_the_line_after_it_as_before() -> None:
    text = ("To: Lead Inspector, Care Inspectorate\n\nDear Inspector\n\nLearning review report - Adult K\n\n"
            "Please find enclosed the report, ratified by the COG on 2 June 2026.\n\nYours sincerely\n\nW. Ostrander\n")
    assert classify(text)[0] == "OTHER"


# --- another area's COG named by its place ----------------------------------------------------------

_OWN = ("{own} Adult Protection Committee\nAdult Learning Review\n\n"
        "The review concerns an adult at risk of harm.\n{line}\n")


@pytest.mark.parametrize("own, line", [
    ("Thornhallow", "A review of a similar kind was ratified by the Wester Fenwick COG on 9 May 2025."),
    ("Thornhallow", "Wester Fenwick's Chief Officers Group ratified their learning on 9 May 2025."),
    ("West Brackenmoor", "Learning was shared after the East Brackenmoor COG ratified it on 9 May 2025."),
])
def test_a_cog_named_by_another_place_is_another_areas(own: str, line: str) -> None:
    assert find_ratification_date(_OWN.format(own=own, line=line), "LR") is None


@pytest.mark.parametrize("own, line", [
    ("Thornhallow", "The review was ratified by the Thornhallow COG on 9 May 2025."),
    ("Quillhaven and Brackenmoor", "The review was ratified by the Brackenmoor Chief Officers Group on 9 May 2025."),
    ("West Brackenmoor", "The review was ratified by the Brackenmoor COG on 9 May 2025."),
    ("Thornhallow", "The review was ratified at the March COG on 9 May 2025."),
    ("Thornhallow", "The review was ratified by the Public Protection Chief Officers Group on 9 May 2025."),
    ("Thornhallow", "The review was ratified by the Thornhallow PPC COG on 9 May 2025."),
])
def test_a_cog_named_by_the_documents_own_place_keeps_its_date(own: str, line: str) -> None:
    assert find_ratification_date(_OWN.format(own=own, line=line), "LR") == date(2025, 5, 9)


def test_a_place_named_cog_with_no_own_committee_in_the_heading_keeps_its_date() -> None:
    text = "Adult Learning Review\n\nThe review concerns an adult at risk.\nIt was ratified by the Wester Fenwick COG on 9 May 2025.\n"
    assert find_ratification_date(text, "LR") == date(2025, 5, 9)


def test_a_decision_notification_letter_below_fao_and_date_rows_is_lr_decision() -> None:
    text = ("Thornhallow Child Protection Committee\n\nFAO: Lead Inspector, Care Inspectorate\nDate: 4 May 2026\n\n"
            "Notification of the decision on a learning review (Child T)\n\nThe Committee decided to proceed to a "
            "learning review. The screening record is enclosed.\n\nYours faithfully\n\nW. Ostrander\nChair\n")
    found = classify_with_evidence(text)
    assert (found.doc_type, found.rule) == ("LR-DECISION", "letter-decision-notification")
