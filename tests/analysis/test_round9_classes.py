"""Round 9 analysis classes (issue 10), on fictional wording written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date, parse_uk_date
from ingestd.analysis.classify import NOT_THE_REVIEW_TITLES, classify, find_subject
from ingestd.analysis.dates import find_dates

_OUTCOME = "LEARNING REVIEW OUTCOME NOTIFICATION\nArdmore Adult Protection Committee\n\n"
_LR = "Learning Review Report\nArdmore Child Protection Committee\n\n"


# --- dates written year first, and two-digit years of birth ---------------------------------

@pytest.mark.parametrize("written, expected", [
    ("2026/03/12", date(2026, 3, 12)),
    ("2026.03.12", date(2026, 3, 12)),
    ("2026/3/2", date(2026, 3, 2)),
    ("2026-03-12T10:00", date(2026, 3, 12)),
    ("12/Mar/2026", date(2026, 3, 12)),
])
def test_a_year_first_date_with_slashes_or_dots_is_year_month_day(written: str, expected: date) -> None:
    # a time after an ISO date and slashes round a month's name are the date's own wording too
    assert [m.value for m in find_dates(written)] == [expected]


@pytest.mark.parametrize("written", ["2026/13/01", "2026/03-12", "2026/27"])
def test_a_year_first_date_that_is_no_date_stays_none(written: str) -> None:
    assert parse_uk_date(written) is None


def test_a_ratification_written_year_first_is_read() -> None:
    text = ("Initial Case Review (Adult Support and Protection)\nArdmore Adult Protection Committee\n\n"
            "Ms Orla Vantreight was visited on 6/5/2025.\n\nThe ICR report was approved by the COG on 2025/11/10.\n")
    assert find_ratification_date(text, "ICR") == date(2025, 11, 10)


def test_a_two_digit_year_above_the_pivot_is_the_last_centurys() -> None:
    assert parse_uk_date("6.6.99") == date(1999, 6, 6)
    assert parse_uk_date("03/11/26") == date(2026, 11, 3)


# --- tick boxes -----------------------------------------------------------------------------

@pytest.mark.parametrize("form, expected", [
    ("Section 2  Outcome\n  [x] Learning Review completed\n  [ ] Learning Review not completed\n"
     "  Ratified by Chief Officers Group   [x] Yes   [ ] No\n  If yes, date: 12/03/2026\n"
     "  Report sent to the Care Inspectorate on: 16/03/2026\n", date(2026, 3, 12)),
    ("Outcome\n  (x) Review completed\n  ( ) Review not completed\n"
     "  Ratified by the COG   (x) Yes   ( ) No\n  If yes, date: 12/03/2026\n", date(2026, 3, 12)),
    ("Ratified by COG: ✔\nDate: 12/03/2026\n", date(2026, 3, 12)),
    ("Was the report ratified by the COG? [X] Yes [ ] No\nIf yes, when? 12/03/2026\n", date(2026, 3, 12)),
    ("☒ Ratified by the Chief Officers Group\n☐ Returned for amendment\nDate: 12 March 2026\n", date(2026, 3, 12)),
    # the box that is ticked says no, or says the COG deferred: the COG meeting's date is no ratification
    ("Ratified by COG   Yes ☐   No ☒\nDate of COG meeting: 12/03/2026\n", None),
    ("Ratified by COG   [ ] Yes   [x] No\nDate of COG meeting: 12/03/2026\n", None),
    ("COG decision:\n  ☒ Deferred\n  ☐ Ratified\nDate of COG meeting: 12/03/2026\n", None),
    ("COG decision   ☐ Ratified   ☒ Deferred\nDate of COG meeting: 12/03/2026\n", None),
    ("Ratified by COG: ☐\nDate of COG meeting: 12/03/2026\n", None),
    ("Ratified by COG: ✗\nDate of COG meeting: 12/03/2026\n", None),  # a lone cross may mean no
])
def test_a_tick_box_form_reads_as_the_answer_ticked(form: str, expected: date | None) -> None:
    assert find_ratification_date(_OUTCOME + form, "LR-OUTCOME") == expected


def test_a_bracketed_x_without_empty_boxes_is_a_withheld_name_not_a_tick() -> None:
    text = _LR + "Child [X] lived with her mother.\nThe report was ratified by the COG on 12 March 2026.\n"
    assert find_ratification_date(text, "LR") == date(2026, 3, 12)
    assert classify(text)[0] == "LR"


# --- a value placed before its label --------------------------------------------------------

@pytest.mark.parametrize("sep", ["  | ", " — ", " - "])
def test_value_first_rows_each_keep_their_own_label(sep: str) -> None:
    rows = [("02/01/2026", "date the review began"), ("03/02/2026", "date the committee approved the report"),
            ("12/03/2026", "date the Chief Officers Group endorsed the report"), ("01/01/2015", "date of birth")]
    text = "OUTCOME NOTIFICATION\nArdmore Child Protection Committee\n\n" + "".join(
        f"{value}{sep}{label}\n" for value, label in rows)
    assert find_ratification_date(text, "LR-OUTCOME") == date(2026, 3, 12)


def test_a_value_first_row_with_its_label_in_brackets() -> None:
    text = _OUTCOME + "02/01/2026 (date the review began)\n12/03/2026 (date of COG ratification)\n"
    assert find_ratification_date(text, "LR-OUTCOME") == date(2026, 3, 12)


def test_a_value_first_row_sent_to_the_cog_is_no_ratification() -> None:
    text = _OUTCOME + "02/01/2026  | date the review began\n12/03/2026  | date the report was sent to the COG\n"
    assert find_ratification_date(text, "LR-OUTCOME") is None


# --- a table pasted with semicolons ----------------------------------------------------------

def test_semicolon_table_rows_are_cells_not_clauses() -> None:
    text = (_LR + "Family composition\nName; Relationship; D.O.B.; Address\n"
            "Orla Vantreight; subject child; 23-01-2019; 4 Blaeberry Row, Keltie\n"
            "Tamsin Vantreight; mother; 6.6.99; as above\n\nGovernance\nCOG ratification date; 24.9.25\n")
    assert find_ratification_date(text, "LR") == date(2025, 9, 24)


@pytest.mark.parametrize("row, expected", [
    ("Date of COG endorsement; 12 March 2026", date(2026, 3, 12)),
    ("Date submitted to COG; 12 March 2026", None),
])
def test_a_single_label_semicolon_value_row(row: str, expected: date | None) -> None:
    assert find_ratification_date(_LR + "Governance\n" + row + "\n", "LR") == expected


def test_a_semicolon_in_prose_still_ends_a_clause() -> None:
    text = _LR + "The ICR met on 2 March 2026; the COG ratified the outcome on 12 March 2026.\n"
    assert find_ratification_date(text, "LR") == date(2026, 3, 12)


# --- Word comments -----------------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("Ratified by COG[QX1]: Yes[QX2]\nDate: 12/03/2026\n", date(2026, 3, 12)),
    ("The COG ratified[Commented [QX1]: P. Quillan: the COG met on 4 March 2026] the report on 12 March 2026.\n",
     date(2026, 3, 12)),
    ("Date of ratification by the Chief Officers Group: 2026/03/12[Commented [TB2]: T. Brennock: checked]\n",
     date(2026, 3, 12)),
    ("The report was ratified by the COG on 12 March 2026.\n"
     "Commented [QX1]: P. Quillan: or was it 4 March 2026?\n", date(2026, 3, 12)),
    # the comment's tag does not hide a ratification row that says "not yet"
    ("Date ratified by COG[QX1]: TBC\nReport sent to the Care Inspectorate on: 12/03/2026\n", None),
])
def test_comment_tags_and_comments_do_not_break_the_parse(body: str, expected: date | None) -> None:
    assert find_ratification_date(_LR + body, "LR") == expected


# --- a decision letter ------------------------------------------------------------------------

def _letter(subject_line: str, body: str) -> str:
    return ("Strategic Inspector\nCare Inspectorate\n\n4 March 2026\n\nDear Strategic Inspector\n\n"
            f"{subject_line}\n\n{body}\n\nYours faithfully\n\n\nT. Brennock\nConvener, Ardmore Adult Protection Committee\n")


@pytest.mark.parametrize("subject_line, body", [
    ("Learning Review decision notification",
     "I write on behalf of the Ardmore Adult Protection Committee to notify you of its decision, made on 2 March "
     "2026, not to proceed to a Learning Review in respect of Ms O. Vantreight.\n\nReasons:\n  (a) the criteria "
     "for a Learning Review are not met;\n  (b) a single-agency review is under way."),
    ("Re: Notification of decision - learning review (Adult K)",
     "The committee met on 2 March 2026 and agreed to proceed to a Learning Review. The review team will be "
     "appointed this month."),
])
def test_a_letter_that_is_the_decision_notification_is_lr_decision(subject_line: str, body: str) -> None:
    assert classify(_letter(subject_line, body))[0] == "LR-DECISION"


def test_a_letter_that_only_encloses_a_decision_notification_stays_other() -> None:
    text = _letter("Learning Review decision notification", "Please find attached our notification form. "
                   "Please do not hesitate to contact me with any questions.")
    assert classify(text)[0] == "OTHER"


# --- titles that mention a review without being one --------------------------------------------

_BODY = ("\nArdmore Council Education Service\n\nPupil: Orla Vantreight\nAttendance this session: 71%\n"
         "The learning review panel asked for this record.\n")


@pytest.mark.parametrize("title", [t for rule in NOT_THE_REVIEW_TITLES for t in rule.catches])
def test_a_title_about_a_review_is_other(title: str) -> None:
    assert classify(title + _BODY)[0] == "OTHER"


@pytest.mark.parametrize("title", [t for rule in NOT_THE_REVIEW_TITLES for t in rule.leaves])
def test_a_title_that_names_the_review_itself_is_not_other(title: str) -> None:
    assert classify(title + _BODY)[0] != "OTHER"


def test_terms_of_reference_that_say_the_report_will_go_to_the_cog_are_other() -> None:
    text = ("Terms of Reference — Learning Review\nArdmore Child Protection Committee\n\n"
            "Approved by the committee on 3 February 2026\n\n1. Scope: the year to 1 January 2026.\n"
            "2. Lead reviewer: P. Quillan\n3. Review team: T. Brennock (health)\n"
            "4. Reporting: the report will go to the committee and then to the Chief Officers Group.\n")
    assert classify(text)[0] == "OTHER"


# --- subject -----------------------------------------------------------------------------------

_PPC = "Learning Review\nArdmore Public Protection Committee\n\n"


@pytest.mark.parametrize("body, expected", [
    ("The review concerns Orla Vantreight (8.3.20), who lived with a grandparent. Police attended on 15-03-2025.",
     "child"),
    ("The review concerns Orla Vantreight (born 26.4.11). Appendix 2 - messages, 20 October 2025.", "child"),
    ("The subject of this review is Orla Vantreight (d.o.b. 2/2/1950). On 3 March 2026 she fell at home.", "adult"),
    ("This report is about Orla Vantreight, born 4 May 1950, who lived alone. She was seen on 3 March 2026.",
     "adult"),
    ("Subject of review: Orla Vantreight, born 2/2/1950. Visited on 3 March 2026.", "adult"),
    # under 18 at the first event and 18 at the last: the age does not say
    ("The review concerns Orla Vantreight (born 3.4.08). She was seen on 3 March 2025 and 3 March 2027.", None),
])
def test_the_subjects_stated_birth_date_gives_their_age(body: str, expected: str | None) -> None:
    assert find_subject(_PPC + body + "\n") == expected


def test_a_section_headed_the_children_is_about_children() -> None:
    text = (_PPC + "The children\nOrla Vantreight (18/3/2012) and Ciaran Dunmallow (17/4/2010) lived with their "
            "mother.\n\nStatus\nThe COG considered the report on 26 January 2026.\n")
    assert find_subject(text) == "child"


def test_household_bullets_labelled_child_with_a_dash() -> None:
    text = ("Initial Case Review\nArdmore Public Protection Committee\n\nHousehold\n"
            " • Mother – Tamsin Vantreight (d.o.b. 23.7.91)\n • Child – Orla (born 15.2.20)\n\n"
            "ICR outcome\nThe findings were endorsed by the COG on April 13 2026.\n")
    assert find_subject(text) == "child"


def test_a_bilingual_gaelic_and_english_icr() -> None:
    text = ("Ath-sgrùdadh Cùise Tùsail / Initial Case Review\nArdmore Public Protection Committee\n\n"
            "Ro-ràdh / Introduction\nThe review concerns Orla Vantreight (8.3.20), who lived with a grandparent.\n\n"
            "Fiosrachadh / Background\nPolice Scotland attended on 15-03-2025.\n\n"
            "Co-dhùnadh / Conclusion\nThe ICR outcome was ratified by the Chief Officers' Group on 2025/10/07.\n")
    assert classify(text)[0] == "ICR"
    assert find_subject(text) == "child"
    assert find_ratification_date(text, "ICR") == date(2025, 10, 7)


def test_a_status_row_saying_deferred_is_evidence_of_its_own() -> None:
    from ingestd.analysis.dates import ratification_candidates

    text = _OUTCOME + "COG decision:\n  ☒ Deferred\n  ☐ Ratified\nDate of COG meeting: 12/03/2026\n"
    assert ratification_candidates(text, "LR-OUTCOME")[0].evidence[0].rule == "status-not-ratified"


def test_a_dates_own_next_line_is_read_when_the_next_date_is_further_down() -> None:
    # Columns extracted one cell a line: "Outcome" over "Friday 27 February 2026" over
    # "Deferred to next meeting." The deferral is this date's; it used to be dropped as if it
    # were the next date's line, and the deferred meeting was filed as the ratification.
    text = ("Initial Case Review - Report to Chief Officers\nArdmore CPC\n\nThe ICR met on 16/2/2026.\n"
            "Chief Officers' consideration\nCOG meeting\nOutcome\nFriday 27 February 2026\n"
            "Deferred to next meeting.\nMarch 13, 2026\nFor ratification\n")
    assert find_ratification_date(text, "ICR") is None


def test_a_semicolon_family_tables_subject_child_cell() -> None:
    text = _PPC + "Name; Relationship; D.O.B.\nOrla; subject child; 23-01-2019\nTamsin; mother; 6.6.99\n"
    assert find_subject(text) == "child"


@pytest.mark.parametrize("marked, expected", [
    ("Proceed to Learning Review", "proceed_to_scr"),
    ("No further review required", "no_scr"),
])
def test_a_bare_mark_under_a_tick_one_instruction_is_the_icr_decision(marked: str, expected: str) -> None:
    options = ["Proceed to Learning Review", "No further review required", "Other learning activity (specify below)"]
    listed = "\n".join(("X " + option) if option == marked else option for option in options)
    text = ("Initial Case Review - Outcome and Notification\nArdmore CPC\nDate of ICR\t14-5-26\n"
            "Decision of Chief Officers (tick one)\n" + listed + "\nDate of COG\t24-5-26\n")
    assert classify(text) == ("ICR", expected)


@pytest.mark.parametrize("body, expected", [
    ("This Significant Case Review was commissioned by the Ardmore Public Protection Committee\n"
     "following the death of Ms V, aged 58. Ms V lived with her son.", "adult"),
    ("The review was commissioned after the serious injury of a 6-year-old in May 2025.", "child"),
    ("This review concerns an 84-year-old man who lived alone.", "adult"),
])
def test_the_harm_that_led_to_the_review_gives_its_subjects_age(body: str, expected: str) -> None:
    assert find_subject("Significant Case Review\nArdmore Public Protection Committee\n\n" + body + "\n") == expected


_DECISION_BODY = ("\nArdmore Adult Protection Committee\n\nDate of decision: 2 March 2026\n"
                  "Decision: not to proceed to a Learning Review. The criteria are not met.\n")


@pytest.mark.parametrize("title", ["Decision not to proceed to a Learning Review", "Record of decision - Learning Review",
                                   "Decision on whether to hold a Learning Review"])
def test_a_paper_titled_as_a_learning_review_decision_that_states_one_is_lr_decision(title: str) -> None:
    assert classify(title + _DECISION_BODY)[0] == "LR-DECISION"


@pytest.mark.parametrize("title", ["Learning Review: professional decision-making in neglect",
                                   "Learning Review report - decision to proceed and findings"])
def test_a_learning_review_report_that_recounts_its_decision_stays_lr(title: str) -> None:
    text = (title + "\nArdmore Child Protection Committee\n\n1. Introduction\nThe ICR decided that a Learning "
            "Review should be undertaken.\n\n2. Findings\nThe COG ratified the report on 3 March 2026.\n")
    assert classify(text)[0] == "LR"


_NOTICE = "OUTCOME NOTIFICATION\nArdmore Child Protection Committee\n\n"


def test_value_first_cards_never_give_a_birth_date_the_label_above_it() -> None:
    # Each value over its label: read label-above, the birth date took "Date the COG ratified the
    # outcome" and was filed (WRONG on main). The label below it names a birth: unknown at worst.
    cards = [("01/02/2026", "Date the review began"), ("03/03/2026", "Date the committee approved the report"),
             ("12/03/2026", "Date the COG ratified the outcome"), ("05/05/2015", "Child's date of birth")]
    text = _NOTICE + "".join(f"{value}\n{label}\n\n" for value, label in cards)
    assert find_ratification_date(text, "LR-OUTCOME") in (None, date(2026, 3, 12))


@pytest.mark.parametrize("text", [
    _NOTICE + "Date the COG ratified the outcome\n12/03/2026\n\nDate sent to the Care Inspectorate\n14/03/2026\n",
    _NOTICE + "Date the review began\n01/02/2026\nDate the COG ratified the outcome\n12/03/2026\nDate sent to CI\n14/03/2026\n",
])
def test_label_over_value_cards_keep_the_next_label_for_the_next_date(text: str) -> None:
    assert find_ratification_date(text, "LR-OUTCOME") == date(2026, 3, 12)


def test_a_date_stage_table_one_cell_a_line_reads_each_dates_stage_below_it() -> None:
    text = ("Initial Case Review\nArdmore Council\nTimeline of the review process\nDate\n\nStage\n\n"
            "16 September, 2026\n\nNotification received by CPC Lead Officer\n\nTuesday 6 October 2026\n\n"
            "ICR meeting held\n\n13/10/26\n\nChief Officers Group – ratified\n\nTue 20 Oct 2026\n\n"
            "Notification sent to the Care Inspectorate\n")
    assert find_ratification_date(text, "ICR") == date(2026, 10, 13)
