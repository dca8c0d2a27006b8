"""UK date parsing and the COG ratification date, on fictional report wording."""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date, parse_uk_date
from ingestd.analysis.dates import ratification_candidates


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("3rd November 2026", date(2026, 11, 3)),
        ("03/11/2026", date(2026, 11, 3)),
        ("3 Nov 2026", date(2026, 11, 3)),
        ("3 Nov. 2026", date(2026, 11, 3)),
        ("Tuesday 3 November 2026", date(2026, 11, 3)),
        ("Tuesday, 3rd November 2026", date(2026, 11, 3)),
        ("Tue 3 Nov 2026", date(2026, 11, 3)),
        ("19.05.2026", date(2026, 5, 19)),
        ("28th of July 2026", date(2026, 7, 28)),
        ("3-11-2026", date(2026, 11, 3)),
        ("3 November, 2026", date(2026, 11, 3)),
        ("22nd Sept 2026", date(2026, 9, 22)),
        ("1 september 2026", date(2026, 9, 1)),
        ("03/11/26", date(2026, 11, 3)),
        ("2026-11-03", date(2026, 11, 3)),
        ("November 3, 2026", date(2026, 11, 3)),
    ],
)
def test_parse_uk_date_forms(written: str, expected: date) -> None:
    assert parse_uk_date(written) == expected


def test_numeric_dates_are_day_first() -> None:
    assert parse_uk_date("07/10/2026") == date(2026, 10, 7)
    assert parse_uk_date("12/01/2026") == date(2026, 1, 12)
    # Month-first would be valid here; day-first is not, so it is not a date at all.
    assert parse_uk_date("10/31/2026") is None


@pytest.mark.parametrize(
    "written",
    ["31/02/2026", "30 February 2026", "Monday 3 November 2026", "Wed 1 September 2026", "32/01/2026",
     "3 Novembre 2026", "November 2026", "3/11", "", "ratified on 3 November 2026"],
)
def test_parse_uk_date_rejects(written: str) -> None:
    assert parse_uk_date(written) is None


def test_ratified_in_sentence() -> None:
    text = (
        "Initial Case Review – Outcome\n"
        "The ICR met on 14 October 2026 and recommended a Significant Case Review.\n"
        "The recommendation was ratified by the Chief Officers' Group on 03/11/2026.\n"
    )
    assert find_ratification_date(text) == date(2026, 11, 3)


def test_form_label_and_value_in_cells() -> None:
    text = (
        "Date of ICR\t2 October 2026\n"
        "Endorsed by Chief Officers\tThursday 22nd October 2026\n"
        "Decision\tNo SCR required\n"
    )
    assert find_ratification_date(text) == date(2026, 10, 22)


def test_label_on_the_line_above_the_value() -> None:
    text = "Date of ICR meeting\n5 May 2026\nDate approved by COG\n19.05.2026\nOutcome\nNo further review\n"
    assert find_ratification_date(text) == date(2026, 5, 19)


def test_cog_decision_date_label() -> None:
    text = "Chair of ICR\tLead Officer\nCOG decision date\t3rd of March 2026\n"
    assert find_ratification_date(text) == date(2026, 3, 3)


def test_deferral_then_ratification_in_a_table() -> None:
    text = (
        "Chief Officers' consideration\n"
        "Meeting\tOutcome\n"
        "6 Oct 2026\tDeferred pending a report from Health.\n"
        "27 Oct 2026\tRatified. Chief Officers agreed that a Learning Review should proceed.\n"
    )
    assert find_ratification_date(text) == date(2026, 10, 27)


def test_deferral_then_ratification_in_prose() -> None:
    text = (
        "The report was first considered by the Chief Officers Group on 6 October 2026, which deferred "
        "its decision until further information was available. At its meeting on 27 October 2026 the "
        "COG ratified the recommendation that no SCR was required."
    )
    assert find_ratification_date(text) == date(2026, 10, 27)


def test_submitted_for_ratification_is_not_ratified() -> None:
    text = (
        "The ICR report was approved by the CPC on 2 March 2026 and submitted to the Chief Officers Group "
        "for ratification at its next meeting.\n"
    )
    assert find_ratification_date(text) is None


def test_agenda_item_for_ratification_gives_nothing() -> None:
    text = (
        "Chief Officers Group\nMeeting: Thursday, 5 November 2026, 10:00\n"
        "3\tICR Child K – for ratification\n4\tAny other business\n"
    )
    assert find_ratification_date(text) is None


def test_ignores_birth_letter_and_icr_meeting_dates() -> None:
    text = (
        "12th August 2026\n"
        "Child M (DOB 01/02/2019) was admitted on 3 June 2026.\n"
        "The Initial Case Review was held on 20 July 2026.\n"
        "Chief Officers endorsed the ICR outcome on 4 August 2026.\n"
        "Report date: 10 August 2026\n"
    )
    assert find_ratification_date(text) == date(2026, 8, 4)


def test_cog_met_and_ratified() -> None:
    text = "The COG met on 9th June 2026 and ratified the decision that no SCR would be held."
    assert find_ratification_date(text) == date(2026, 6, 9)


def test_date_before_the_verb() -> None:
    text = "On 15 September 2026, Chief Officers approved the recommendation of the ICR."
    assert find_ratification_date(text) == date(2026, 9, 15)


def test_learning_review_commissioned_then_report_approved() -> None:
    text = (
        "The rapid review group met on 2 June 2026 and the Chief Officers' Group agreed that a "
        "Learning Review should be undertaken.\n"
        "Sign-off\nChief Officers approved this Learning Review report on 21st of July 2026.\n"
    )
    assert find_ratification_date(text) == date(2026, 7, 21)


def test_same_date_repeated_is_fine() -> None:
    text = (
        "COG ratification date: 11/08/2026\n"
        "The Chief Officers' Group ratified the outcome on Tuesday 11 August 2026.\n"
    )
    assert find_ratification_date(text) == date(2026, 8, 11)


def test_two_dates_with_equal_evidence_is_ambiguous() -> None:
    text = (
        "The Chief Officers' Group ratified the decision on 4 August 2026.\n"
        "Appendix: the Chief Officers' Group ratified the decision on 11 August 2026.\n"
    )
    assert find_ratification_date(text) is None


def test_invalid_ratification_date_is_none() -> None:
    text = "The Chief Officers' Group ratified the ICR outcome on 31/02/2026."
    assert find_ratification_date(text) is None


def test_weekday_contradicting_the_date_is_none() -> None:
    # 3 November 2026 is a Tuesday.
    text = "The outcome was ratified by the COG on Friday 3 November 2026."
    assert find_ratification_date(text) is None


def test_day_first_in_context() -> None:
    text = "Ratified by COG on 07/10/2026"
    assert find_ratification_date(text) == date(2026, 10, 7)


def test_missing_ratification_is_none() -> None:
    text = (
        "Initial Case Review\nThe ICR met on 4 March 2026. Child P (born 2 February 2015) was known to "
        "services. The ICR recommends that a Significant Case Review is commissioned.\n"
    )
    assert find_ratification_date(text) is None


def test_not_ratified_is_none() -> None:
    text = "At the meeting on 5 May 2026 Chief Officers did not ratify the recommendation."
    assert find_ratification_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Date ratified by Chief Officers Group: 3rd November 2026",
        "COG ratification: 03/11/26",
        "Ratification by COG\n03 November 2026\n",
        "The Chief Officers’ Group ratified the ICR recommendation on the 3rd of November 2026.",
        "3rd November 2026 – COG ratified the decision.",
        "The COG meeting of 3 November 2026 ratified the ICR outcome.",
        "Date of COG: 3 November 2026",
        "ICR decision endorsed by COG 03.11.2026",
        "The ICR was convened on 12 October 2026 and its recommendation was ratified by the COG on 3 November 2026.",
        "Chief Officers met on 20 October 2026 and deferred a decision; on 3 November 2026 they ratified the outcome.",
        "COG meeting 3 November 2026\nOutcome: ratified\n",
        "Report approved by the Lead Officer on 1 November 2026. Ratified by COG on 3 November 2026.",
        "Chief Officers ratified the recommendation on 3 November 2026, having deferred it on 20 October 2026.",
        "On 3 November 2026, following a deferral, the COG ratified the ICR outcome.",
        "Endorsed by Chief Officers on: 3 November 2026\nDate sent to Care Inspectorate: 9 November 2026",
        "The decision was ratified at the Chief Officers Group meeting held on 3 November 2026.",
    ],
)
def test_ratification_wording_variants(text: str) -> None:
    assert find_ratification_date(text) == date(2026, 11, 3)


def test_pdf_soft_wrapped_sentence() -> None:
    text = (
        "Produced by Glenmoor Child\nProtection Committee. The full SCR report\n"
        "was ratified by the Chief Officers' Group\non Tuesday 1st September 2026.\n"
    )
    assert find_ratification_date(text) == date(2026, 9, 1)


def test_pdf_table_cells_separated_by_blank_lines() -> None:
    text = "ICR convened\n\n22/07/2026\n\nRatified by Chief Officers' Group\n\nTuesday 11 August 2026\n\nOutcome\n"
    assert find_ratification_date(text) == date(2026, 8, 11)


# --- found on generated reports (benchmarks/eval_synth_analysis.py) ---------------------------


def test_month_day_year_without_comma() -> None:
    assert parse_uk_date("November 3 2026") == date(2026, 11, 3)


def test_sentence_wrapped_before_a_capitalised_word() -> None:
    text = (
        "Governance\n"
        "The final report of the review was presented in full and was ratified by the Chief\n"
        "Officers Group on 18 September 2026 following discussion of the recommendations made.\n"
        "Each agency has since confirmed that it has an action plan in place for the learning.\n"
        "The Committee will monitor progress on the improvement plan through its subgroups.\n"
        "A seven-minute briefing has been circulated to all practitioners across the area.\n"
        "Published on 2 October 2026.\n"
    )
    assert find_ratification_date(text) == date(2026, 9, 18)


def test_sentence_running_over_a_page_break_with_running_header_and_footer() -> None:
    text = (
        "OFFICIAL SENSITIVE\nLearning Review\nThe review team met practitioners from all agencies.\n"
        "The Learning Review report was ratified by the Chief\nGlenmoor CPC\nPage 1 of 2\n\f"
        "OFFICIAL SENSITIVE\nOfficers' Group (COG) on 13th June 2027.\nGlenmoor CPC\nPage 2 of 2\n"
    )
    assert find_ratification_date(text) == date(2027, 6, 13)


def test_approval_by_the_committee_is_not_the_cog_ratification() -> None:
    text = ("The report was approved by the Glenmoor Child Protection Committee on 6 February 2026. "
            "On 6 March 2026 the Chief Officers' Group (COG) ratified the findings.")
    assert find_ratification_date(text) == date(2026, 3, 6)


def test_approval_by_the_council_alone_is_not_a_ratification() -> None:
    assert find_ratification_date("The report was approved by Glenmoor Council on 24/1/2025.") is None


def test_date_to_be_considered_by_cog_is_not_a_ratification() -> None:
    text = "Date of ICR\t12 March 2025\nDate to be considered by COG\t24/03/2025\n"
    assert find_ratification_date(text) is None


def test_process_table_rows_describe_their_own_dates() -> None:
    text = ("Date\tStage\n15 March 2025\tNotification received by CPC Lead Officer\n"
            "7 April 2025\tICR meeting held\n12 May 2025\tOutcome endorsed by Chief Officers\n"
            "17 May 2025\tNotification sent to the Care Inspectorate\n")
    assert find_ratification_date(text) == date(2025, 5, 12)


def test_process_table_cells_on_separate_lines_is_not_wrong() -> None:
    # Cells one per line: the description could belong to the date above or below it.
    text = ("Date\n\nStage\n\n16 September 2026\n\nNotification received\n\n6 October 2026\n\n"
            "ICR meeting held\n\n13/10/26\n\nChief Officers Group – ratified\n\n20 Oct 2026\n\n"
            "Notification sent to the Care Inspectorate\n")
    assert find_ratification_date(text) in (None, date(2026, 10, 13))


def test_row_of_labels_over_a_row_of_dates() -> None:
    text = ("Initial Case Review – Notification\nDate of ICR\tDate of referral\tDate ratified by COG\n"
            "20th January 2026\t2025-12-24\t13/2/2026\n")
    assert find_ratification_date(text) == date(2026, 2, 13)


def test_labels_then_values_one_per_line_pair_in_order() -> None:
    # Round 9: k labels then k dates alone, one cell a line, pair by position (was None before).
    text = ("Date of ICR\n\nDate of referral\n\nDate of COG ratification\n\n"
            "2025-10-30\n\n8th Oct 2025\n\n28.11.2025\n\nDecision\n")
    assert find_ratification_date(text) == date(2025, 11, 28)


@pytest.mark.parametrize("values", [
    "2025-10-30\n\n28.11.2025\n",  # a value missing: two dates for three labels
    "2025-10-30\n\n8th Oct 2025\n\nTBC\n",  # the ratification cell is no date
])
def test_labels_then_values_that_do_not_pair_give_none(values: str) -> None:
    text = "Date of ICR\n\nDate of referral\n\nDate of COG ratification\n\n" + values + "\nDecision\n"
    assert find_ratification_date(text) is None


def test_label_wrapped_inside_its_cell() -> None:
    text = "ICR convened\n2025-05-17\nDate of ratification by Chief\nOfficers Group\n28 May 2025\nOutcome\n"
    assert find_ratification_date(text) == date(2025, 5, 28)


def test_commissioning_decision_in_a_review_report_is_not_its_ratification() -> None:
    text = (
        "Learning Review Report\nGlenmoor Child Protection Committee\nLead reviewer: Iona Strachan\n"
        "Following the ICR, Chief Officers ratified on 14/03/2025 the recommendation that a Learning "
        "Review be commissioned.\nTerms of reference\nWhat we found\n"
    )
    assert find_ratification_date(text) is None
    assert find_ratification_date(text + "Chief Officers endorsed this report on 2 October 2025.\n") == date(
        2025, 10, 2)


def test_commissioning_ratification_is_the_icr_outcome() -> None:
    text = ("Initial Case Review\nChief Officers ratified on 14/03/2025 the recommendation that a Learning "
            "Review be commissioned.\n")
    assert find_ratification_date(text) == date(2025, 3, 14)


# --- issue 10: layouts and verbs the first rules never saw ---------------------------------

_FORM = (
    "Date of referral\t03.02.26\n"
    "Date ICR convened\t17 February 2026\n"
    "Date sent to the Chief Officers Group\t24.02.26\n"
    "Date of COG meeting\t10 March 2026\n"
    "Date outcome ratified by COG\t10.03.26\n"
)


def test_form_date_sent_to_the_cog_is_not_its_ratification() -> None:
    assert find_ratification_date(_FORM, "ICR") == date(2026, 3, 10)


def test_form_row_and_confirming_sentence_agree_and_outweigh_another_date() -> None:
    text = _FORM + "\nThe Chief Officers Group approved the recommendation on the 10th day of March 2026.\n"
    candidates = ratification_candidates(text, "ICR")
    assert candidates[0].value == date(2026, 3, 10)
    assert "agreement" in {e.rule for e in candidates[0].evidence}
    assert find_ratification_date(text, "ICR") == date(2026, 3, 10)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The report was agreed by the Chief Officers Group on the 5th day of March 2026.", date(2026, 3, 5)),
        ("The final report was approved by the COG on 03.02.26.", date(2026, 2, 3)),
        ("Chief Officers endorsed the findings at their meeting on 12 May 2026.", date(2026, 5, 12)),
    ],
)
def test_other_verbs_and_date_forms_for_the_cog_decision(text: str, expected: date) -> None:
    assert find_ratification_date(text, "SCR") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The CPC approved the report on 27.04.26.",
        "Date approved by the CPC\t20 January 2026",
        "The review commenced on 18 February 2026.",
        "The report will be presented to the Chief Officers Group on 9 August 2026.",
        "Date of COG meeting\t09/08/2026 (scheduled)\nDate outcome ratified by COG\tnot yet ratified",
        "The report was submitted to the COG on 21.01.26.",
        "Date\tEvent\n05/05/2026\tReport approved by the Child Protection Committee",
    ],
)
def test_other_events_near_the_cog_are_never_the_ratification(text: str) -> None:
    assert find_ratification_date(text, "SCR") is None


def test_review_commenced_in_the_same_sentence_as_the_ratification() -> None:
    text = "The review commenced on 2 February 2026 and the COG ratified the final report on 9 June 2026."
    assert find_ratification_date(text, "SCR") == date(2026, 6, 9)


def test_cpc_approval_next_to_a_later_cog_ratification() -> None:
    text = ("The CPC approved the report on 27.04.26.\n"
            "The final report was ratified by the Chief Officers Group on the 13th day of May 2026.\n")
    assert find_ratification_date(text, "SCR") == date(2026, 5, 13)


def test_candidates_carry_named_weighted_evidence_and_no_text() -> None:
    (candidate,) = ratification_candidates("Ratified by the Chief Officers Group on 3 November 2026.", "ICR")
    rules = [e.rule for e in candidate.evidence]
    assert rules[0] == "ratify-verb" and "cog-named" in rules
    assert candidate.weight == sum(e.weight for e in candidate.evidence)
    assert all(isinstance(e.span, tuple) for e in candidate.evidence)


@pytest.mark.parametrize(
    "form",
    [
        "Date passed to the COG\t04/03/2027\nDate of COG meeting\t18/03/2027\nDate outcome ratified by COG\tAwaiting COG",
        "Date of COG meeting: 2 April 2027\nDate outcome ratified by COG: TBC",
        "Date of COG meeting | 9 May 2027 |\nDate outcome ratified by COG | pending |",
        "Date of COG meeting\t11.06.27\nDate ratified by the Chief Officers Group\t\nReview lead\tSocial work",
        "Date of the COG meeting - 3 July 2027\nDate COG endorsed the outcome - not yet",
        "Date of COG meeting\t6 Aug 2027\nDate ratified by COG (if applicable)\tN/A",
    ],
)
def test_a_ratification_row_without_a_date_is_unknown_not_another_rows_date(form: str) -> None:
    text = "Initial Case Review record\n" + form + "\nThe group met to consider the referral.\n"
    assert find_ratification_date(text, "ICR") is None
    assert ratification_candidates(text, "ICR")[0].evidence[0].rule == "ratified-row-pending"


def test_a_ratification_row_with_its_date_on_the_next_line_is_not_blank() -> None:
    text = "Date of COG meeting:\n1 March 2027\nDate outcome ratified by COG:\n8 March 2027\n"
    assert find_ratification_date(text, "ICR") == date(2027, 3, 8)


@pytest.mark.parametrize(
    "sentence",
    [
        "After its submission to the COG on 14.09.27, the outcome was ratified on 28 Sep 2027.",
        "Following presentation to the Chief Officers Group on 14/09/2027 the findings were endorsed on 28/09/2027.",
        "Following its referral to the COG on 14 September 2027, the outcome was approved on 28 September 2027.",
    ],
)
def test_the_date_presented_to_the_cog_is_not_the_later_ratification(sentence: str) -> None:
    assert find_ratification_date("Learning Review\n" + sentence, "LR") == date(2027, 9, 28)


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("LEARNING REVIEW\nDate ratified by COG ........ 3 March 2026\n", date(2026, 3, 3)),
        ("Learning Review of Child Q\nThe review team thanks everyone. COG\nratification date ............ 9th April 2026\n",
         date(2026, 4, 9)),
        ("ICR record\nCOG ratification date …… 7/3/26\n", date(2026, 3, 7)),
        ("Learning Review\nDate ratified by Chief Officers ____________ 12.05.2026\n", date(2026, 5, 12)),
    ],
)
def test_a_dotted_leader_stands_between_a_label_and_its_date(form: str, expected: date) -> None:
    assert find_ratification_date(form, "LR") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "These terms of reference were approved by Chief Officers on 18th January 2026; the review is expected "
        "to report in the autumn.",
        "The remit of the review was agreed by the COG on 4 February 2026.",
        "Chief Officers approved the extension of the timescale on 3 March 2026.",
        "The review plan was endorsed by the Chief Officers Group on 9 April 2026.",
    ],
)
def test_approving_the_remit_or_a_plan_is_not_ratifying_the_outcome(sentence: str) -> None:
    assert find_ratification_date("Learning Review of Child Q\n\n" + sentence + "\n", "LR") is None


def test_a_report_agreed_by_chief_officers_beats_the_date_it_was_submitted() -> None:
    text = ("Learning Review - outcome notification\n\nThe final draft was submitted to Chief Officers on 13th "
            "March 2026. Following discussion, the report was agreed by Chief Officers on 2026-03-20.\n")
    assert find_ratification_date(text, "LR-OUTCOME") == date(2026, 3, 20)


def test_the_meeting_held_on_a_date_where_chief_officers_endorsed_the_report() -> None:
    text = ("Learning Review of Child Q\n\n4. Governance\n\nAt the meeting held on 9th February 2026, Chief "
            "Officers endorsed the report and its action plan.\n")
    assert find_ratification_date(text, "LR") == date(2026, 2, 9)
    # ... but a meeting held on a date with nothing decided after it stays out.
    assert find_ratification_date("Learning Review\n\nThe ICR was held on 9th February 2026.\n", "LR") is None


@pytest.mark.parametrize(
    "line",
    [
        "Next COG meeting (ratification): 3/6/27",
        "The report goes to the forthcoming meeting of the Chief Officers Group (ratification) on 3 June 2027.",
        "Upcoming COG meeting - ratification of the Learning Review: 3 June 2027",
    ],
)
def test_a_meeting_still_to_come_is_not_a_ratification(line: str) -> None:
    # Minutes of a sub-group name the COG's next meeting and its purpose: nothing is ratified
    # yet, so the answer is unknown, never that future date (issue 10, round 4).
    text = f"Glenmoor Adult Protection Committee\nMinute of meeting held on 17/09/2026\n\n{line}\n"
    assert find_ratification_date(text) is None


def test_ratified_at_the_next_meeting_is_a_ratification() -> None:
    text = "Deferred in May. At its next meeting the Chief Officers Group ratified the report on 3 June 2026.\n"
    assert find_ratification_date(text) == date(2026, 6, 3)
