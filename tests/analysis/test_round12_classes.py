"""Round 12 analysis classes, on fictional wording written for these tests.

A decision notification is the decision whether to hold a review, with its reasons, however it is
worded: a letter that says when it was decided between the verb and the decision, an e-mail about an
ICR's outcome that decides on a Learning Review, a screening record titled only as a decision. Notes
of a practitioners' reflective session and a COG's decision log or note of items are OTHER. An
outcome memo whose only statement of the ratification is a dated form row is an outcome notice.
"""

from __future__ import annotations

from datetime import date

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import classify, classify_with_evidence, icr_decision

# --- a decision letter: when it was decided stands between the verb and the decision ---------------

_LETTER = ("Dear colleague\n\nLearning review request - decision\n\n"
           "The Brannoch Child Protection Committee considered the referral about YT and decided on "
           "{when} to proceed with a learning review.\nReasons: three agencies held part of the picture.\n"
           "The final report will be put to the Chief Officers Group in due course.\n\n"
           "Yours sincerely\nHalvard Fennick\nLead Officer\n")


def test_a_letter_deciding_on_a_date_to_proceed_with_a_review_is_a_decision_notice() -> None:
    for when in ("9 June 2026", "09.06.2026", "Tuesday 9th of June, 2026"):
        text = _LETTER.format(when=when)
        assert icr_decision(text) == "proceed_to_scr", when
        assert classify(text)[0] == "LR-DECISION", when
        assert find_ratification_date(text) is None  # a decision to hold a review ratifies nothing


def test_deciding_on_a_date_not_to_proceed_with_a_review_is_no_review() -> None:
    text = _LETTER.format(when="9 June 2026").replace("to proceed with", "not to proceed with")
    assert icr_decision(text) == "no_scr"


def test_a_letter_that_only_encloses_the_decision_stays_other() -> None:
    text = ("Dear colleague\n\nLearning review request - decision\n\nPlease find the committee's paper attached."
            "\n\nYours sincerely\nHalvard Fennick\nLead Officer\n")
    assert classify(text)[0] == "OTHER"


# --- an e-mail about an ICR's outcome that decides on a Learning Review -----------------------------

_EMAIL = ("From: ilsa.pettigrew@brannoch.example\nTo: duty.inspector@example.org\nSubject: RE: ICR outcome\n\n"
          "hello all,\n\nthe group met on 2/6/26 and agreed {what}. the threshold in the guidance is met.\n\n"
          "thanks\nilsa\n")


def test_an_email_about_an_icrs_outcome_that_decides_on_a_learning_review_is_a_decision_notice() -> None:
    assert classify(_EMAIL.format(what="to proceed to a learning review"))[0] == "LR-DECISION"
    assert classify(_EMAIL.format(what="not to proceed to a learning review"))[0] == "LR-DECISION"


def test_an_email_about_an_icrs_outcome_sending_a_report_is_not_an_lr_decision() -> None:
    # round 15: one deciding a significant case review is the decision's notice too (set 13's gold:
    # the kind is the notification, not the review's name; ``MESSAGE_NOTICES``)
    assert classify(_EMAIL.format(what="to proceed to a significant case review"))[0] == "LR-DECISION"
    sending = _EMAIL.replace("Subject: RE: ICR outcome", "Subject: RE: ICR report and outcome")
    assert classify(sending.format(what="to proceed to a learning review"))[0] != "LR-DECISION"


# --- a screening record titled only as a decision ----------------------------------------------------

_SCREENING = ("Screening decision record\nBrannoch Child Protection Committee\n\nReferral received: 4 May 2026\n"
              "Child: WQ\nDecision (1 June 2026): proceed to a learning review (the Initial Case Review is "
              "complete).\nRationale: the criteria in the national guidance are met.\n")


def test_a_screening_record_deciding_on_a_learning_review_is_a_decision_notice() -> None:
    assert classify(_SCREENING)[0] == "LR-DECISION"
    assert find_ratification_date(_SCREENING, "LR-DECISION") is None


def test_a_record_titled_as_the_icr_stays_the_icr() -> None:
    text = _SCREENING.replace("Screening decision record", "Initial Case Review - record of decision")
    assert classify(text) == ("ICR", "proceed_to_scr")


# --- notes of a practitioners' reflective session ---------------------------------------------------

_SESSION = ("Record of a debrief session with practitioners\nBrannoch Adult Protection Committee\n"
            "Held on 3 June 2026\n\nFacilitator: H. Fennick\n"
            "Staff from housing and health described the last month before the admission.\n"
            "- Nobody owned the referral.\n"
            "What was said today will inform the learning review; this is not the review.\n")


def test_notes_of_a_practitioners_session_are_other() -> None:
    assert classify(_SESSION)[0] == "OTHER"
    text = _SESSION.replace("Record of a debrief session with practitioners", "Notes of a reflective session")
    assert classify(text)[0] == "OTHER"


def test_a_review_whose_title_names_the_session_it_held_stays_the_review() -> None:
    text = _SESSION.replace("Record of a debrief session with practitioners",
                            "Learning Review (Adult W): report of the reflective session and findings")
    assert classify(text)[0] == "LR"


# --- a COG's decision log or note of items ---------------------------------------------------------

def test_a_cog_decision_log_under_a_letterhead_line_is_other() -> None:
    text = ("Brannoch Chief Officers Group\nDecision log, meeting of 8 June 2026\n\n"
            "Learning Review (adult), Brannoch Adult Protection Committee: RETURNED for redrafting; the "
            "analysis does not follow from the chronology. Resubmit by 6 July 2026.\n")
    assert classify(text)[0] == "OTHER"
    assert find_ratification_date(text) is None


def test_a_cog_note_of_items_is_other() -> None:
    text = ("COG meeting 8 June 2026 - note of items\n\n"
            "Item 5  Initial Case Review (child): deferred, the meeting was not quorate. To be taken on 6 July "
            "2026.\n")
    assert classify(text)[0] == "OTHER"
    assert find_ratification_date(text) is None


def test_an_icr_under_the_cogs_letterhead_stays_the_icr() -> None:
    text = ("Chief Officers Group\nInitial Case Review: Child WQ\nBrannoch Child Protection Committee\n\n"
            "Date of ICR: 2 June 2026\nDecision of the ICR: a learning review should proceed.\n")
    assert classify(text)[0] == "ICR"


# --- an outcome memo whose ratification is a dated row -----------------------------------------------

_MEMO = ("MEMO\nTo: Care Inspectorate\nRe: outcome - child protection learning review (W.Q.)\n\n"
         "The Brannoch Child Protection Committee confirms the review is complete. {row}\n"
         "Lead officer: H. Fennick\n")


def test_an_outcome_memo_with_a_dated_ratification_row_is_an_outcome_notice() -> None:
    text = _MEMO.format(row="COG ratification date - 22 Jun 26")
    assert classify(text)[0] == "LR-OUTCOME"
    assert find_ratification_date(text, "LR-OUTCOME") == date(2026, 6, 22)


def test_an_outcome_memo_whose_ratification_is_still_to_come_is_not_an_outcome_notice() -> None:
    assert classify(_MEMO.format(row="COG ratification date - to be confirmed"))[0] != "LR-OUTCOME"
    assert classify(_MEMO.format(row="It goes to the COG for ratification on 22 Jun 26."))[0] != "LR-OUTCOME"


# --- the same classes in other words -----------------------------------------------------------------

def test_the_decision_may_follow_a_comma_and_a_meeting() -> None:
    text = _LETTER.format(when="9 June 2026").replace(
        "decided on 9 June 2026 to proceed with", "agreed, at its meeting on 9 June 2026, to commission")
    assert icr_decision(text) == "proceed_to_scr"
    assert classify(text)[0] == "LR-DECISION"


def test_a_note_of_the_cogs_meeting_and_its_action_points_are_other() -> None:
    body = "\n\nItem 2  Learning Review (child): returned to the author; resubmit by 6 July 2026.\n"
    assert classify("Note of the Brannoch COG meeting, 8 June 2026" + body)[0] == "OTHER"
    assert classify("Chief Officers Group\nAction points, 8 June 2026" + body)[0] == "OTHER"


def test_a_practitioners_reflection_session_is_other() -> None:
    for title in ("Practitioner reflection session - notes", "Notes from the practitioners' session"):
        assert classify(_SESSION.replace("Record of a debrief session with practitioners", title))[0] == "OTHER", title


def test_a_referral_screening_outcome_that_decides_on_a_learning_review_is_a_decision_notice() -> None:
    text = _SCREENING.replace("Screening decision record", "Referral screening outcome").replace(
        "Decision (1 June 2026): proceed to", "Decision: not to proceed to")
    assert classify(text)[0] == "LR-DECISION"


def test_a_review_reports_outcome_stays_the_review() -> None:
    text = ("Learning Review outcome and recommendations\nBrannoch Child Protection Committee\n\n"
            "1. Findings\nAgencies did not share what they knew.\nThe committee decided on 4 May 2026 to proceed "
            "with a learning review.\n2. Recommendations\nShare chronologies.\n")
    assert classify(text)[0] == "LR"


# --- the class that decided is named ---------------------------------------------------------------

def test_the_class_that_set_the_kind_is_named_in_the_classification() -> None:
    assert classify_with_evidence(_SCREENING).rule == "screening-decision-record"
    assert classify_with_evidence(_SESSION).rule == "session-notes-title"
    assert classify_with_evidence(_EMAIL.format(what="to proceed to a learning review")).rule \
        == "letter-icr-outcome-decision"
    assert classify_with_evidence(_MEMO.format(row="COG ratification date - 22 Jun 26")).rule == "letter-outcome"
    review = classify_with_evidence("Learning Review: Child WQ\nBrannoch Child Protection Committee\n\n"
                                    "1. Findings\nAgencies did not share what they knew.\n")
    assert (review.doc_type, review.rule) == ("LR", None)  # the heaviest review term decided
