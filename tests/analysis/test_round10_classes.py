"""Round 10 analysis classes (issue 10), on fictional wording written for these tests.

What makes a message a notification rather than a cover for one (its own subject names the
decision or the outcome and its words state it), e-mails in lower case and reply chains (quote
marks, the newest message on top), minutes headed with a dash, and progress reports on a review.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import MESSAGE_NOTICES, NOTICE_LETTERS, classify, classify_with_evidence
from ingestd.analysis.text import reflow, without_quote_marks


def _letter(subject: str, body: str) -> str:
    return ("Ardmore Child Protection Committee\n\n4 March 2026\n\nStrategic Inspector\nCare Inspectorate\n\n"
            f"Dear colleague\n\n{subject}\n\n{body}\n\nYours sincerely\n\nTavish Quillan\nLead Officer\n")


# --- the table: each row's examples, as letters -------------------------------------------------

@pytest.mark.parametrize("rule, subject, body", [(r, s, b) for r in NOTICE_LETTERS for s, b in r.catches])
def test_a_notice_rows_examples_are_its_kind(rule, subject: str, body: str) -> None:
    assert classify(_letter(subject, body))[0] == rule.kind


@pytest.mark.parametrize("rule, subject, body", [(r, s, b) for r in NOTICE_LETTERS for s, b in r.leaves])
def test_a_notice_rows_counter_examples_are_not_its_kind(rule, subject: str, body: str) -> None:
    # the row leaves it; since round 15 a message's own words may still make it a notice by a
    # MESSAGE_NOTICES row ("The COG ratified the learning review", an SCR's decision: set 13's gold)
    result = classify_with_evidence(_letter(subject, body))
    assert result.doc_type != rule.kind or result.rule in {r.name for r in MESSAGE_NOTICES}


# --- a decision letter that does not call itself a notification ----------------------------------

def test_a_letter_whose_subject_names_the_decision_and_states_it_is_a_decision_notice() -> None:
    text = _letter("LEARNING REVIEW DECISION: Child K",
                   "I write to let you know that at its meeting on 2 March 2026 the Committee decided to proceed "
                   "with a learning review concerning Child K. The criteria are met.\n\nThe final report will go "
                   "to the Chief Officers Group for ratification in the autumn.")
    assert classify(text)[0] == "LR-DECISION"
    assert find_ratification_date(text) is None  # a decision to hold a review ratifies nothing


def test_a_letter_sending_the_decision_report_stays_a_covering_letter() -> None:
    text = _letter("Learning Review decision report - Child K",
                   "Please find attached our report. The Committee decided to proceed to a learning review.")
    assert classify(text)[0] == "OTHER"


# --- lower-case e-mails --------------------------------------------------------------------------

_LOWER_MAIL = ("From: orlaith vennick <orlaith.vennick@ardmore.example>\nTo: Care Inspectorate\n"
               "Subject: LR outcome - Adult E\nDate: Thu 9 Oct 2025\n\nhi corrie,\n\n"
               "the cog ratified the learning review for Adult E on 6 october 2025.\n\nthanks\norlaith\n")


def test_a_lower_case_e_mail_naming_the_outcome_is_an_outcome_notice() -> None:
    # no "Dear", no "regards", nothing attached: "hi ..." and "thanks" are its letter form
    assert classify(_LOWER_MAIL)[0] == "LR-OUTCOME"
    assert find_ratification_date(_LOWER_MAIL, "LR-OUTCOME") == date(2025, 10, 6)


def test_a_lower_case_covering_e_mail_for_the_report_stays_other() -> None:
    text = _LOWER_MAIL.replace("LR outcome - Adult E", "learning review report - adult e")
    assert classify(text)[0] == "OTHER"


# --- a reply chain: quote marks, the outcome in the quoted message --------------------------------

_CHAIN = ("From: Ailsa Pennan <apennan@ardmore.example>\nSent: Fri 13 Mar 2026 09:14\nTo: CI Notifications\n"
          "Subject: FW: outcome - Adult M\n\nPlease see below, form to follow.\nAilsa\n\n"
          "-----Original Message-----\nFrom: Tavish Quillan <tquillan@ardmore.example>\n"
          "Sent: Mon 9 Mar 2026 16:40\nSubject: RE: outcome - Adult M\n\n"
          "> Ailsa - confirmed, the Chief Officers Group approved the learning\n"
          "> review report for Adult M (T. Marwick) today, 9 March 2026.\n> Tavish\n")


def test_a_forwarded_chain_whose_quoted_message_gives_the_outcome_is_an_outcome_notice() -> None:
    assert classify(_CHAIN)[0] == "LR-OUTCOME"


def test_the_quoted_messages_date_is_the_ratification_not_the_mails_sent_dates() -> None:
    assert find_ratification_date(_CHAIN, "LR-OUTCOME") == date(2026, 3, 9)


def test_a_chain_about_something_else_the_cog_approved_stays_other() -> None:
    text = _CHAIN.replace("the learning\n> review report", "the terms of\n> reference")
    assert classify(text)[0] == "OTHER"


def test_quote_marks_go_and_the_quoted_sentence_reads_as_one() -> None:
    assert without_quote_marks("> a\n>> b\n  > c\nd > e\n") == "a\nb\nc\nd > e\n"
    assert "approved the learning review report" in reflow("> approved the learning\n> review report\n")


def test_a_full_stop_of_an_initial_in_brackets_ends_no_clause() -> None:
    text = ("Learning Review: Adult M\nArdmore Adult Protection Committee\n\n"
            "The Chief Officers Group approved the report for Adult M (T. Marwick) on 9 March 2026.\n")
    assert find_ratification_date(text, "LR") == date(2026, 3, 9)


def test_a_sentence_that_ends_before_the_date_still_ends() -> None:
    # the bracket closes before the full stop: the COG's approval is another sentence's
    text = ("Learning Review: Adult M\nArdmore Adult Protection Committee\n\n"
            "The Chief Officers Group approved the scope (see T. Marwick's note). The report was sent on "
            "9 March 2026.\n")
    assert find_ratification_date(text, "LR") is None


# --- minutes and progress reports ------------------------------------------------------------------

def test_a_minute_headed_with_a_dash_is_other_though_an_item_names_a_review() -> None:
    text = ("MINUTE - Chief Officers Group (Public Protection)\nDate: 06.11.2025\n\n"
            "Item 3: Significant Case Review - Mrs G\n"
            "The report was submitted to the COG on 13 October 2025 by the Adult Protection Committee.\n"
            "The Group did not accept the report and returned it for further work.\nDecision: returned.\n")
    assert classify(text)[0] == "OTHER"
    assert find_ratification_date(text) is None


def test_a_progress_report_on_a_learning_review_is_other() -> None:
    text = ("Progress report to the Ardmore Adult Protection Committee\nLearning Review: Adult L\n\n"
            "Review commenced: 1 January 2026\nLead reviewer: Ms Ailsa Pennan\n"
            "Draft report for the COG meeting of 20 April 2026\n\nProgress: records received from three agencies.\n")
    assert classify(text)[0] == "OTHER"
    assert find_ratification_date(text) is None


# --- subjects that name the decision or the outcome in other words --------------------------------

def test_an_e_mail_whose_subject_says_ratified_is_an_outcome_notice() -> None:
    text = _LOWER_MAIL.replace("LR outcome - Adult E", "Learning Review Adult E - ratified")
    assert classify(text)[0] == "LR-OUTCOME"


def test_an_e_mail_whose_subject_names_only_a_decision_on_a_learning_review_is_a_decision_notice() -> None:
    text = ("From: Ailsa Pennan <apennan@ardmore.example>\nTo: Care Inspectorate\nSubject: Decision - Adult Q\n\n"
            "Hi Corrie,\n\nThe Chief Officers decided that a learning review will be carried out.\n\nThanks\nAilsa\n")
    assert classify(text)[0] == "LR-DECISION"


def test_an_outcome_e_mail_that_says_the_cog_is_still_to_ratify_stays_other() -> None:
    text = _LOWER_MAIL.replace("the cog ratified the learning review for Adult E on 6 october 2025.",
                               "the learning review is to be ratified by the cog on 6 october 2025.")
    assert classify(text)[0] == "OTHER"
    assert find_ratification_date(text, "OTHER") is None


@pytest.mark.parametrize("heading", ["COG minute extract", "Agenda - Chief Officers Group (Public Protection)",
                                     "Action note of the Chief Officers' meeting"])
def test_a_paper_headed_as_the_cogs_own_paperwork_is_other_whatever_its_items_say(heading: str) -> None:
    text = (f"{heading}\n12 March 2026\nLearning Review - Child B\n\nThe report was presented by the Lead Officer.\n"
            "The Group ratified the report and its recommendations.\n")
    assert classify(text)[0] == "OTHER"


def test_an_icr_meetings_own_minute_stays_the_icr() -> None:
    text = ("Minute of the Initial Case Review meeting\nArdmore Child Protection Committee\n\n"
            "Date of ICR: 3 February 2026\nChair: Ailsa Pennan\n\nDecision\nThe criteria for a learning review "
            "are met; the ICR recommends that a learning review be commissioned.\n")
    assert classify(text)[0] == "ICR"


@pytest.mark.parametrize("chain", [
    # a reply quoted under "On ... wrote:", no separator line
    ("From: Ailsa Pennan <apennan@ardmore.example>\nSent: 13 March 2026 09:00\nTo: CI\n"
     "Subject: RE: LR outcome - Child B\n\nSee below - form to follow.\n\nOn Mon 9 Mar 2026 at 16:40, T Quillan wrote:\n"
     "> Ailsa, the COG ratified the learning\n> review for Child B (K. Marwick) this afternoon, 9 March 2026.\n> Tam\n"),
    # a forward whose quoted message keeps its own header, quoted twice over
    ("From: Ailsa Pennan <apennan@ardmore.example>\nSent: 13 March 2026 09:00\nTo: CI\nSubject: FW: outcome\n\n"
     "FYI below.\n\n>> From: T Quillan\n>> Sent: 9 March 2026\n"
     ">> The Chief Officers' Group endorsed the learning review report on 9 March 2026.\n"),
])
def test_an_e_mail_quoting_the_outcome_is_an_outcome_notice(chain: str) -> None:
    assert classify(chain)[0] == "LR-OUTCOME"
    assert find_ratification_date(chain, "LR-OUTCOME") == date(2026, 3, 9)


def test_a_forwarded_deferral_is_no_outcome() -> None:
    text = ("From: Ailsa Pennan <apennan@ardmore.example>\nTo: CI\nSubject: FW: outcome - Child B\n\n"
            "Forwarding for your records.\n\n---------- Forwarded message ---------\nFrom: T Quillan\n"
            "Date: 9 March 2026\nSubject: outcome - Child B\n\nThe COG deferred the learning review report on "
            "9 March 2026; it will be ratified at the next meeting.\n")
    assert classify(text)[0] == "OTHER"
    assert find_ratification_date(text, "OTHER") is None


# --- notification forms titled in other words ------------------------------------------------------

@pytest.mark.parametrize("title", ["LR OUTCOME FORM", "Learning Review - ratification notice"])
def test_a_form_titled_as_the_outcome_in_other_words_is_an_outcome_notice(title: str) -> None:
    text = (f"{title}\nArdmore Child Protection Committee\n\nChild: Child K\nDate of referral: 4 June 2025\n"
            "Date ratified by COG: 3 March 2026\n")
    assert classify(text)[0] == "LR-OUTCOME"
    assert find_ratification_date(text, "LR-OUTCOME") == date(2026, 3, 3)


def test_a_decision_notice_for_ratification_stays_a_decision_notice() -> None:
    text = ("Learning Review decision notification (for ratification by the COG)\nArdmore Child Protection Committee\n\n"
            "Decision: to proceed to a learning review\nDate of decision: 3 March 2026\n")
    assert classify(text)[0] == "LR-DECISION"
