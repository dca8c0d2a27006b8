"""Round 16 analysis classes, on fictional wording written for these tests.

A ratification date must be this review's: a date another review was ratified on (a previous,
earlier, similar review, one of another area or about someone else, the dates listed under a
heading about other reviews, a best date before this review's labelled referral or start) is not
it, and when only such a date is there the answer is unknown. A notification of the decision
whether to hold a review is ``LR-DECISION`` whatever the review is called (an SCR's decision
notified to the Care Inspectorate is one); an SCR paper titled as its outcome's notification that
says the COG ratified it is ``LR-OUTCOME``.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import classify_with_evidence
from ingestd.analysis.dates import ratification_candidates

# --- another review's ratification ------------------------------------------------------------------

_REPORT = ("Significant Case Review (Adult)\nThornhallow Adult Protection Committee\n\n"
           "This review concerns an adult at risk, Adult R, aged 71.\n{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "A previous review of the same home, ratified on 14 May 2022, made five recommendations.",
    "An earlier SCR concerning the same family was ratified by the COG on 03/05/2019.",
    "On 3 May 2022 the Chief Officers Group ratified an earlier review of the home.",
    "A review in another area, ratified by its COG on 3 May 2024, found similar gaps.",
    "A learning review into the death of another resident was ratified by the COG on 3 May 2024.",
    "A similar review was ratified by a neighbouring area's COG on 3 May 2024.",
    "Date previous review ratified by COG: 03/05/2022",
    # the other review is the sentence's subject, named before an earlier date of the sentence
    "A previous ICR was held on 3 Jan 2023 and ratified by the COG on 4 April 2023.",
    "The findings of a previous review were ratified by the COG on 4 April 2023.",
])
def test_another_reviews_ratification_is_not_this_reviews(sentence: str) -> None:
    text = _REPORT.format(sentence=sentence)
    assert find_ratification_date(text, "SCR") is None
    assert ratification_candidates(text, "SCR") == []


@pytest.mark.parametrize("sentence", [
    "A previous review was ratified on 14 May 2022. This review was ratified by the COG on 3 March 2026.",
    "The COG ratified the report on 3 March 2026; a previous review of the home was ratified on 14 May 2022.",
    "Following the previous review, this report was ratified by the COG on 3 March 2026.",
    "Unlike the earlier review, the learning review was endorsed by the Chief Officers Group on 3 March 2026.",
    # another review only as a point in time: this review is still the one ratified
    "This review, which began on 3 Jan 2026 after a previous ICR, was ratified by the COG on 3 March 2026.",
    "As with the earlier SCR, the report was ratified by the COG on 3 March 2026.",
])
def test_this_reviews_ratification_beside_another_reviews_is_kept(sentence: str) -> None:
    assert find_ratification_date(_REPORT.format(sentence=sentence), "SCR") == date(2026, 3, 3)


@pytest.mark.parametrize("sentence", [
    "The report, previously deferred, was ratified by the COG on 3 March 2026.",  # an adverb, this review
    "At the previous review meeting the report was deferred; the COG ratified the report on 3 March 2026.",
    "The report was ratified at the last COG on 3 March 2026.",  # the last meeting, not the last review
    "Prior to the report being ratified by the COG on 3 March 2026, the panel met twice.",  # "prior to"
])
def test_earlier_words_about_this_review_keep_its_date(sentence: str) -> None:
    assert find_ratification_date(_REPORT.format(sentence=sentence), "SCR") == date(2026, 3, 3)


@pytest.mark.parametrize("section", [
    "Previous reviews\n\nAn SCR into the home was ratified by the COG on 14 May 2022. It made four recommendations.\n",
    "3. Learning from earlier reviews\n- ICR Adult L, no further review\n- SCR Adult K, ratified by the COG on 14/05/2022\n",
])
def test_dates_under_a_heading_about_other_reviews_are_theirs(section: str) -> None:
    text = f"Significant Case Review: Adult R\nThornhallow Adult Protection Committee\n\n{section}\nConclusion\n\nThe panel is finishing its analysis.\n"
    assert find_ratification_date(text, "SCR") is None


@pytest.mark.parametrize("after", [
    "Ratification\n\nThis report was ratified by the COG on 3 March 2026.\n",
    "None of them concerned this adult.\n\nThe report was ratified by the COG on 3 March 2026.\n",
])
def test_a_later_block_below_such_a_heading_keeps_this_reviews_date(after: str) -> None:
    text = ("Significant Case Review: Adult R\n\nPrevious reviews\n\nAn SCR into the home was ratified by the COG "
            f"on 14 May 2022.\n\n{after}")
    assert find_ratification_date(text, "SCR") == date(2026, 3, 3)


@pytest.mark.parametrize("sentence", [
    "The home was the subject of a Significant Case Review in 2021, which the COG ratified on 5 May 2021.",
    "In May 2021 the Chief Officers Group ratified an SCR into the same care home (5 May 2021).",
    "Two years ago a review of the same home was ratified by Chief Officers on 5 May 2021.",
])
def test_a_review_brought_in_with_a_or_an_in_a_reviews_report_is_another(sentence: str) -> None:
    assert find_ratification_date(_REPORT.format(sentence=sentence), "SCR") is None


@pytest.mark.parametrize("text, doc_type", [
    (_REPORT.format(sentence="This is a significant case review, ratified by the COG on 3 March 2026."), "SCR"),
    # a report's own summary, nothing placing the review elsewhen
    ("Learning Review (Child)\nBrackenfold Child Protection Committee\n\nA Learning Review into the care of Child F "
     "was ratified by the Chief Officers Group on 3 March 2026.\n", "LR"),
    # an ICR's outcome is the decision on a learning review: that is the ICR's own ratification
    ("Initial Case Review\nBrackenfold Child Protection Committee\n\nThe ICR recommended a learning review, "
     "which the COG endorsed on 3 March 2026.\n", "ICR"),
    # a notification announces its review with "a"
    ("Learning Review outcome notification\nBrackenfold Child Protection Committee\n\nThe Chief Officers Group "
     "ratified a learning review concerning Child F on 3 March 2026.\n", "LR-OUTCOME"),
])
def test_a_review_with_a_or_an_elsewhere_keeps_its_date(text: str, doc_type: str) -> None:
    assert find_ratification_date(text, doc_type) == date(2026, 3, 3)


# --- this review's own ratification still to come ------------------------------------------------


@pytest.mark.parametrize("sentence, to_come", [
    ("The home was the subject of an SCR in 2021, which the COG ratified on 5 May 2021.",
     "This report will go to the Chief Officers Group when the panel has finished its analysis."),
    ("In May 2021 the Chief Officers Group ratified an SCR into the same care home (5 May 2021).",
     "This review has not yet been ratified."),
    ("An SCR in 2021 (ratified 5 May 2021) looked at the same provider.",
     "This report is awaiting ratification by the COG."),
    ("This SCR follows one ratified by the COG on 5 May 2021.",
     "This Significant Case Review (Adult) will be presented to the Chief Officers for ratification."),
])
def test_a_review_that_says_its_own_ratification_is_to_come_has_no_date(sentence: str, to_come: str) -> None:
    text = _REPORT.format(sentence=f"{sentence} {to_come}")
    assert find_ratification_date(text, "SCR") is None
    assert [e.rule for e in ratification_candidates(text, "SCR")[0].evidence] == ["own-ratification-to-come"]


@pytest.mark.parametrize("text, doc_type", [
    # what comes next is not a ratification
    (_REPORT.format(sentence="The report was ratified by the COG on 3 March 2026. This report will be published "
                             "on the committee's website."), "SCR"),
    # an ICR's record: the review to come reports to the COG, not the ICR
    ("Initial Case Review\nBrackenfold Child Protection Committee\n\nThe ICR outcome was endorsed by the COG on "
     "3 March 2026. The learning review will report to the Chief Officers Group on completion.\n", "ICR"),
])
def test_words_about_what_comes_after_the_ratification_keep_its_date(text: str, doc_type: str) -> None:
    assert find_ratification_date(text, doc_type) == date(2026, 3, 3)


# --- a date before this review began -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Significant Case Review: Adult R\nDate of referral: 12/01/2026\n\n"
    "The SCR of the same home was ratified by the COG on 5 May 2021.\n",
    "Significant Case Review: Adult R\n\nThe review commenced on 12 January 2026. "
    "The SCR of the same home was ratified by the Chief Officers Group on 5 May 2021.\n",
])
def test_a_best_date_before_this_review_began_is_another_reviews(text: str) -> None:
    assert find_ratification_date(text, "SCR") is None
    best = ratification_candidates(text, "SCR")[0]
    assert (best.value, [e.rule for e in best.evidence]) == (None, ["before-review-start"])


@pytest.mark.parametrize("text", [
    "Significant Case Review: Adult R\nDate of referral: 12/01/2026\n\nThe report was ratified by the COG on 5 May 2026.\n",
    # the start named is another review's, and earlier than this one's ratification anyway
    "Significant Case Review: Adult R\n\nThe previous review commenced on 12 January 2026. "
    "The report was ratified by the COG on 5 May 2025.\n",
])
def test_a_date_after_the_labelled_start_is_read_as_before(text: str) -> None:
    assert find_ratification_date(text, "SCR") is not None


# --- the decision on an SCR, notified ---------------------------------------------------------------

_LETTER = ("Fenwarden Council\n\n12 March 2026\n\nStrategic Inspector\nCare Inspectorate\n\nDear Colleague\n\n"
           "{subject}\n\n{body}\n\nYours sincerely\n\nSenior Practitioner\nFenwarden Council\n")


@pytest.mark.parametrize("subject, body", [
    ("Notification of decision: Significant Case Review (adult)",
     "The Fenwarden Adult Protection Committee met on 11 March 2026 and decided to proceed with a Significant Case "
     "Review concerning an adult at risk, aged 58. Reasons: the adult died and agencies may have worked together "
     "more effectively.\nThe review will report to the Chief Officers Group in due course."),
    ("SCR decision notification - Adult R",
     "The Committee agreed not to proceed to a significant case review; the criteria are not met."),
    ("Significant Case Review decision - Adult R",
     "The Committee decided to proceed to an SCR concerning an adult at risk."),
])
def test_a_letter_notifying_an_scrs_decision_is_lr_decision(subject: str, body: str) -> None:
    text = _LETTER.format(subject=subject, body=body)
    result = classify_with_evidence(text)
    # round 15's MESSAGE_NOTICES row reads such a letter (it encloses nothing and states the decision)
    assert (result.doc_type, result.rule) == ("LR-DECISION", "message-states-decision")
    assert result.subject == "adult"
    assert find_ratification_date(text, result.doc_type) is None


@pytest.mark.parametrize("subject, body", [
    ("Notification of decision: Significant Case Review (adult)", "Please find the committee's paper attached."),
    ("Notification of decision: Significant Case Review report", "The Committee decided to proceed to an SCR."),
])
def test_a_letter_that_states_no_decision_or_names_a_report_stays_other(subject: str, body: str) -> None:
    assert classify_with_evidence(_LETTER.format(subject=subject, body=body)).doc_type == "OTHER"


def test_a_paper_titled_as_an_scr_decision_notification_that_states_it_is_lr_decision() -> None:
    text = ("Significant Case Review - Decision Notification\nThornhallow Adult Protection Committee\n\n"
            "The Committee decided to proceed with a significant case review concerning Adult R.\n")
    result = classify_with_evidence(text)
    assert (result.doc_type, result.rule) == ("LR-DECISION", "notification-title")


def test_a_paper_titled_as_an_scr_outcome_notification_that_says_it_was_ratified_is_lr_outcome() -> None:
    text = ("Significant Case Review - Outcome Notification\nThornhallow Adult Protection Committee\n\n"
            "The report was ratified by the Chief Officers Group on 3 March 2026.\n")
    result = classify_with_evidence(text)
    assert (result.doc_type, result.rule) == ("LR-OUTCOME", "notification-title")
    assert find_ratification_date(text, result.doc_type) == date(2026, 3, 3)


@pytest.mark.parametrize("text", [
    # titled as the notification but stating nothing: the review's paper, as before
    "Significant Case Review - Decision Notification\nThornhallow Adult Protection Committee\n\nThe form is attached.\n",
    "Significant Case Review - Outcome Notification\nThornhallow Adult Protection Committee\n\nThe report goes to the COG next month.\n",
    # the SCR's own report, which recounts the decision that started it
    "Significant Case Review: Adult R\nThornhallow Adult Protection Committee\n\n"
    "The Committee decided to proceed with a significant case review. Findings follow.\n",
])
def test_an_scr_paper_that_notifies_no_decision_stays_the_scr(text: str) -> None:
    assert classify_with_evidence(text).doc_type == "SCR"
