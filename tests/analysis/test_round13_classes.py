"""Round 13 analysis classes, on fictional wording written for these tests.

A review endorsed together with its action plan is the review's outcome (the plan alone is not);
terms of reference are OTHER whichever the title names first; a row of tick boxes reads as its
ticked option wherever it stands, and a decision row's bare "Not proceed" is the form's decision;
the note of a review panel's meeting is meeting paperwork; a protective marking above the title is
not the title.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import classify, classify_with_evidence, icr_decision

# --- the review endorsed together with its plan ---------------------------------------------------


@pytest.mark.parametrize("doc_type, title, sentence", [
    ("ICR", "Initial Case Review - Child T",
     "The ICR and its action plan were endorsed by the Chief Officers Group on 4 March 2026."),
    ("LR", "Learning Review: Adult W",
     "The learning review, together with its improvement plan, was approved by the COG on 04/03/2026."),
    ("SCR", "Significant Case Review (Child T)",
     "The SCR and the multi-agency action plan were ratified by Chief Officers on 4th March 26."),
    ("LR", "Learning Review: Child T", "A. Yes. The review and its action plan were endorsed by the COG on 4 mar 2026."),
])
def test_a_review_endorsed_with_its_action_plan_is_the_outcome(doc_type: str, title: str, sentence: str) -> None:
    text = f"{title}\nBreckmoor Child Protection Committee\n\nThe family moved to Yarrowby in 2024.\n\n{sentence}\n"
    assert find_ratification_date(text, doc_type) == date(2026, 3, 4)


@pytest.mark.parametrize("sentence", [
    "Chief Officers approved the review's action plan on 4 March 2026.",        # the plan alone
    "The action plan for the review was endorsed by the COG on 4 March 2026.",  # the plan alone
    "The ICR and its action plan were submitted to the Chief Officers Group on 4 March 2026.",  # sent, not decided
    "The ICR and its action plan will be endorsed by the Chief Officers Group on 4 March 2026.",  # to come
    # what sets the review up, with its plan: still not the outcome
    "Chief Officers approved the terms of reference for the review and its project plan on 4 March 2026.",
])
def test_a_plan_alone_or_a_review_only_sent_with_its_plan_gives_no_date(sentence: str) -> None:
    text = f"Initial Case Review - Child T\nBreckmoor Child Protection Committee\n\n{sentence}\n"
    assert find_ratification_date(text, "ICR") is None


# --- terms of reference, whichever the title names first --------------------------------------------

_TOR_BODY = ("\n\n1. Purpose: to consider the response to Child T between May 2024 and May 2025.\n"
             "2. Lead reviewer: Kestle Vellacott\n3. Methodology: practitioner conversations.\n"
             "4. The final report will go to the Chief Officers Group.\n")


@pytest.mark.parametrize("heading", [
    "Breckmoor Child Protection Committee\nLearning Review – Terms of Reference",
    "Learning Review (Child T): draft terms of reference\nBreckmoor Child Protection Committee",
    "Significant Case Review: Child T\nTerms of Reference",
    "Terms of Reference - Learning Review\nBreckmoor Child Protection Committee",
])
def test_terms_of_reference_are_other_whichever_the_title_names_first(heading: str) -> None:
    result = classify_with_evidence(heading + _TOR_BODY)
    assert result.doc_type == "OTHER"
    assert result.rule == "title-not-the-review"


def test_a_report_whose_title_goes_on_to_its_findings_stays_the_review() -> None:
    text = "Significant Case Review - terms of reference, findings and recommendations\n" + _TOR_BODY
    assert classify(text)[0] == "SCR"


# --- a row of tick boxes, the ticked one not first ---------------------------------------------------

_DECISION_FORM = ("Adult Support and Protection - Learning Review decision\nBreckmoor Adult Protection Committee\n\n"
                  "Adult at risk: DRUMVANE, Ossington\n\n{row}\n"
                  "Decided on 3 June 2026 by the committee's screening group.\n\nContact: Kestle Vellacott\n")


@pytest.mark.parametrize("row, decision", [
    ("[ ] Proceed      [X] Not proceed", "no_scr"),
    ("☐ Proceed\t☒ Not proceed", "no_scr"),
    ("[X] Proceed      [ ] Not proceed", "proceed_to_scr"),
    ("[ ] Proceed   [ ] Not proceed   [x] Other learning activity", "other_learning_activity"),
])
def test_a_decision_form_reads_its_ticked_option_wherever_it_stands(row: str, decision: str) -> None:
    text = _DECISION_FORM.format(row=row)
    assert icr_decision(text) == decision
    assert classify(text)[0] == "LR-DECISION"


def test_a_decision_form_with_no_option_ticked_decides_nothing() -> None:
    text = _DECISION_FORM.format(row="[ ] Proceed      [ ] Not proceed")
    assert icr_decision(text) is None
    assert classify(text)[0] != "LR-DECISION"


def test_an_icr_forms_ticked_not_proceed_is_its_decision() -> None:
    text = ("Initial Case Review - Child T\nBreckmoor Child Protection Committee\n\nDate of ICR: 2 June 2026\n"
            "Decision on a Learning Review:\n[ ] Proceed      [X] Not proceed\n")
    assert classify(text) == ("ICR", "no_scr")


# --- the note of a review panel's meeting -------------------------------------------------------------

_PANEL_BODY = ("\nBreckmoor Adult Protection Committee\n\nPresent:\nKestle Vellacott (KV) Chair\n"
               "Ossington Drumvane (OD) Senior Nurse\n\n1. Scope agreed; chronologies due in a month.\n"
               "Action: KV to request records.\n2. Next panel: 30 June 2026.\n")


@pytest.mark.parametrize("heading", [
    "Learning Review Panel - note of meeting held 2 June 2026",
    "Minutes of the Significant Case Review panel, 2 June 2026",
    "Learning Review team: action notes",
])
def test_the_note_of_a_review_panels_meeting_is_other(heading: str) -> None:
    assert classify(heading + _PANEL_BODY)[0] == "OTHER"


def test_the_minute_of_an_icr_meeting_stays_the_icr() -> None:
    assert classify("Minute of Initial Case Review meeting, 2 June 2026" + _PANEL_BODY)[0] == "ICR"


# --- a protective marking above the title ----------------------------------------------------------

_PPC_REVIEW = ("Public Protection - Learning Review\nBreckmoor Child Protection Committee\n\n"
               "1. Why this review\nThe review is about a child, aged 6, who lived with a grandparent.\n\n"
               "2. The adult in the household\nThe grandparent is an adult at risk; an adult support and protection "
               "inquiry ran in parallel. The adult at risk is not the subject of this review.\n")


@pytest.mark.parametrize("marking", ["OFFICIAL: SENSITIVE\n\n", "OFFICIAL-SENSITIVE\n\n", "OFFICIAL\n\n",
                                     "NOT PROTECTIVELY MARKED\n\n", ""])
def test_a_protective_marking_above_the_title_is_not_the_title(marking: str) -> None:
    assert classify_with_evidence(marking + _PPC_REVIEW).subject == "child"
