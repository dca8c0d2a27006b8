"""Round 11 analysis classes, on fictional wording written for these tests.

A decision notification is one whatever its wording (a memo whose subject line names the
decision, a form titled "Decision notification" with no review term); a review typed in haste
is still a review; terms of reference stay OTHER with the review's name on the line below (and,
from round 13, above);
an exported form's lower-case field names are rows, not one sentence.
"""

from __future__ import annotations

from datetime import date

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import classify, find_subject
from ingestd.analysis.text import reflow

# --- a memo whose subject line names the decision --------------------------------------------------

_MEMO = ("MEMO\nTo: Care Inspectorate\nFrom: Ardmore Child Protection Committee\nDate: 4 March 2026\n"
         "Subject: Decision to proceed with a Learning Review\n\n"
         "The committee has decided to proceed with a Learning Review concerning Child K. The threshold in "
         "the national guidance is met.\nLead reviewer: Ms T Quillan.\n"
         "The completed report will be submitted to the Chief Officers Group in due course.\n")


def test_a_memo_whose_subject_names_the_decision_and_states_it_is_a_decision_notice() -> None:
    assert classify(_MEMO)[0] == "LR-DECISION"
    assert find_ratification_date(_MEMO, "LR-DECISION") is None


def test_a_memo_sending_the_report_stays_the_review() -> None:
    text = _MEMO.replace("Subject: Decision to proceed with a Learning Review",
                         "Subject: Learning Review report - Child K")
    assert classify(text)[0] != "LR-DECISION"


# --- a decision notification form with no review term ----------------------------------------------

_FORM = ("Decision notification form\nArdmore Child Protection Committee\n\nChild: KQ\n"
         "Date of decision: 2 March 2026\nDecision: [x] not to proceed  [ ] proceed\n"
         "Reasons: a single-agency review is already under way.\n")


def test_a_decision_notification_form_answering_whether_to_proceed_is_a_decision_notice() -> None:
    assert classify(_FORM)[0] == "LR-DECISION"
    assert classify(_FORM.replace("[x] not to proceed  [ ] proceed", "[ ] not to proceed  [x] proceed"))[0] \
        == "LR-DECISION"


def test_a_decision_notification_not_from_a_protection_body_or_not_answered_stays_other() -> None:
    assert classify(_FORM.replace("Ardmore Child Protection Committee", "Ardmore Licensing Board"))[0] == "OTHER"
    assert classify(_FORM.replace("Decision: [x] not to proceed  [ ] proceed", "Decision: to follow"))[0] == "OTHER"
    assert classify(_FORM.replace("Decision notification form", "Complaint decision notification"))[0] == "OTHER"


# --- a review typed in haste ----------------------------------------------------------------------

_TYPO = ("LEARNIGN REVEIW - child K\nArdmore Child Protection Committee\n\n"
         "backgorund: chidl K lived with Mum and her partner.\nThe socail worker was off sick for 3 weks.\n\n"
         "Endorsed by the Ardmore Child Protection Committee on 18 Aug 25.\n"
         "The COG ratified the revew at its meeting of September 8th, 2025.\n")


def test_a_review_whose_title_is_misspelt_is_still_the_review() -> None:
    assert classify(_TYPO)[0] == "LR"
    assert find_ratification_date(_TYPO, "LR") == date(2025, 9, 8)
    assert classify(_TYPO.replace("LEARNIGN REVEIW", "Signficant Case Reveiw"))[0] == "SCR"


def test_words_more_than_one_slip_from_a_review_term_are_not_one() -> None:
    assert classify(_TYPO.replace("LEARNIGN REVEIW", "LEANING REVENUE"))[0] == "OTHER"
    assert classify(_TYPO.replace("LEARNIGN REVEIW", "EARNING PREVIEWS"))[0] == "OTHER"


# --- terms of reference with the review's name below the heading ------------------------------------

_TOR = ("Terms of Reference\nLearning Review: Adult V\nArdmore Adult Protection Committee\n\n"
        "1. Scope: the period from 1 May 2024 to 1 May 2025.\n2. Chair of the review team: Tavish Quillan.\n"
        "3. The final report will go to the COG.\n")


def test_terms_of_reference_with_the_review_named_on_the_line_below_are_other() -> None:
    assert classify(_TOR)[0] == "OTHER"


def test_terms_of_reference_titled_under_the_review_name_first_are_other_too() -> None:
    # round 13: whichever the title names first, terms of reference are not the review's report
    # (the hold-out set's gold for "Learning Review – Terms of Reference" is corrected to OTHER)
    text = "Ardmore Adult Protection Committee\nLearning Review – Terms of Reference\nReview subject: Adult V\n\n" \
           + _TOR.split("\n\n", 1)[1]
    assert classify(text)[0] == "OTHER"


# --- an exported form's field names ----------------------------------------------------------------

_EFORM = ("eForm export: Learning Review outcome notification\n-----------------\n"
          "field_committee: Ardmore Child Protection Committee\nfield_reference: LR/2025/07\n"
          "field_outcome: completed; report attached\nfield_date_cpc: 21 Nov 25\n"
          "field_cog_ratification: ratified by the COG on 29th Dec 2025\nfield_submitted_by: Tavish Quillan\n")


def test_an_exported_forms_lower_case_field_rows_are_not_joined() -> None:
    assert reflow(_EFORM).count("\nfield_") == 6


def test_an_exported_outcome_form_gives_the_cog_date_not_the_committees() -> None:
    assert classify(_EFORM)[0] == "LR-OUTCOME"
    assert find_ratification_date(_EFORM, "LR-OUTCOME") == date(2025, 12, 29)


def test_a_lower_case_sentence_after_a_label_is_still_joined() -> None:
    assert reflow("The report was endorsed by\nthe committee on 3 May 2026.") == \
        "The report was endorsed by the committee on 3 May 2026."



def test_an_exported_forms_review_type_row_names_its_side() -> None:
    text = _EFORM.replace("field_reference:", "field_review_type: Learning Review (child)\nfield_reference:").replace(
        "Ardmore Child Protection", "Ardmore Public Protection")
    assert find_subject(text) == "child"
    assert find_subject(text.replace("(child)", "(adult)")) == "adult"
    assert find_subject(text.replace("Learning Review (child)", "Learning Review")) is None


def test_a_review_term_spelt_right_is_no_misspelling() -> None:
    # "Learning Review Coordinator" is a job title (no review term); spelt right, it is no slip either
    text = "Practice forum note\nArdmore Public Protection Committee\n\nTavish Quillan (Learning Review Coordinator) spoke.\n"
    assert classify(text)[0] == "OTHER"
