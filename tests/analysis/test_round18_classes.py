"""Round 18 analysis classes, on fictional wording written for these tests (no name or place from any pool).

Three classes, each in layouts of its own:

* a notification's kind from what its fields say it is and records, when it has no title: an
  Outcome field naming a finished review's report or plan with the COG's ratification stated, or a
  field naming the notification's type (``FORM_NOTICES``), in rows, numbered questions, "|" tables,
  headings over values;
* a table's dated cell read under its column's headings, in every heading row (a spreadsheet's
  merged cell spans the columns after it) and in any export (CSV, tab, "|", ";"): a column naming
  the COG's ratification gives the row's date, any other dated column is not ratification
  (``TABLE_READINGS``);
* the subject from the form's own rows for its first person (age, date of birth, the age beside
  the name), up to the next person's rows (``SUBJECT_DETAILS``).

The tables' own examples are tested first, then each class in shapes the tables do not show.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingestd.analysis import find_ratification_date
from ingestd.analysis.classify import (
    FORM_NOTICES,
    LR,
    LR_DECISION,
    LR_OUTCOME,
    SUBJECT_DETAILS,
    classify_with_evidence,
    find_subject,
    form_fields,
)
from ingestd.analysis.dates import TABLE_READINGS, ratification_candidates

# --- the tables' own rows ----------------------------------------------------------------------------


@pytest.mark.parametrize("rule, text", [(r, t) for r in FORM_NOTICES for t in r.catches])
def test_form_notice_row_catches_its_examples(rule, text: str) -> None:
    result = classify_with_evidence(text)
    assert (result.doc_type, result.rule) == (rule.kind, rule.name)


@pytest.mark.parametrize("rule, text", [(r, t) for r in FORM_NOTICES for t in r.leaves])
def test_form_notice_row_leaves_its_examples(rule, text: str) -> None:
    assert classify_with_evidence(text).rule != rule.name


@pytest.mark.parametrize("rule, text, side", [(r, t, s) for r in SUBJECT_DETAILS for t, s in r.catches])
def test_subject_details_row_catches_its_examples(rule, text: str, side: str) -> None:
    assert find_subject(text) == side


@pytest.mark.parametrize("rule, text", [(r, t) for r in SUBJECT_DETAILS for t in r.leaves])
def test_subject_details_row_leaves_its_examples(rule, text: str) -> None:
    assert find_subject(text) is None


@pytest.mark.parametrize("reading, text, iso", [(r, t, d) for r in TABLE_READINGS for t, d in r.catches])
def test_table_reading_gives_its_dates(reading, text: str, iso: str) -> None:
    assert find_ratification_date(text, "ICR") == date.fromisoformat(iso)


@pytest.mark.parametrize("reading, text", [(r, t) for r in TABLE_READINGS for t in r.leaves])
def test_table_reading_gives_no_date_where_it_says_none(reading, text: str) -> None:
    assert find_ratification_date(text, "ICR") is None


# --- a notification's kind from its fields ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # numbered questions, the committee's own e-form
    "Q1. Committee: Dunmarrow Adult Protection Committee\nQ2. Review: Learning Review (Adult W)\n"
    "Q3. Outcome of the review: findings and recommendations accepted\n"
    "Q4. Date ratified by the Chief Officers Group: 12.01.26\n",
    # tab-separated rows with no title, the ratification in a sentence of the notes
    "Committee\tDunmarrow Child Protection Committee\nReview\tLR (Child W)\nOutcome\tReport and action plan\n"
    "Notes\tThe Chief Officers Group ratified the outcome on 12 January 2026.\n",
    # headings over their values, "Section" numbering
    "Section 1: Committee\nDunmarrow Public Protection Committee\n\nSection 2: Outcome\n"
    "The learning review report and the improvement plan\n\nSection 3: Ratified by the COG\n12/01/2026\n",
])
def test_an_untitled_form_recording_a_ratified_outcome_is_the_outcome_notification(text: str) -> None:
    result = classify_with_evidence(text)
    assert result.doc_type == LR_OUTCOME
    assert result.rule == "form-outcome-field"
    assert find_ratification_date(text, result.doc_type) == date(2026, 1, 12)


@pytest.mark.parametrize("text", [
    # an ICR's outcome is the decision whether to hold a review
    "Q1. Committee: Dunmarrow Child Protection Committee\nQ2. Review: Initial Case Review (Child W)\n"
    "Q3. Outcome: to proceed to a learning review\nQ4. Date ratified by the Chief Officers Group: 12.01.26\n",
    # the outcome not yet ratified
    "Committee\tDunmarrow Child Protection Committee\nReview\tLR (Child W)\nOutcome\tReport and action plan\n"
    "Notes\tThe report will go to the Chief Officers Group for ratification in January.\n",
    # a report with its cover sheet: its title says report, and it has a report's body
    "Learning Review Report (Child W)\nOutcome: report and recommendations\nRatified by the COG: 12/01/2026\n\n"
    "Background\nW lived with an aunt.\n\nFindings\nSchool and health did not meet.\n",
    # an annual report's entry for a review
    "Dunmarrow Child Protection Committee Annual Report 2025-26\nReview: Learning Review (Child W)\n"
    "Outcome: report and recommendations accepted\nRatified by the COG: 12/01/2026\n",
])
def test_a_form_that_records_no_finished_outcome_is_not_the_notification(text: str) -> None:
    assert classify_with_evidence(text).doc_type != LR_OUTCOME


def test_a_field_naming_the_notice_type_in_a_pipe_table() -> None:
    text = ("| Field | Entry |\n|---|---|\n| Committee | Dunmarrow Child Protection Committee |\n"
            "| Type of notification | Learning Review - decision |\n| Child | Child W |\n"
            "| Decision | The committee decided that a learning review will be held. |\n")
    result = classify_with_evidence(text)
    assert (result.doc_type, result.rule) == (LR_DECISION, "form-notification-type-decision")


def test_a_learning_review_with_no_outcome_field_stays_the_review() -> None:
    text = ("Dunmarrow Child Protection Committee\nLearning Review: Child W\n\nStatus: ratified by the COG on "
            "12 January 2026\n\nWhat happened\nW moved school twice.\n")
    assert classify_with_evidence(text).doc_type == LR


@pytest.mark.parametrize("text, labels", [
    ("Section A - Committee: X\n| Outcome | the report |\n3. Date\t12/01/2026\n",
     [("Committee", "X"), ("Outcome", "the report"), ("Date", "12/01/2026")]),
    ("Part 2: Outcome\nthe report\nLearning Review - Child W\n", [("Outcome", "the report"), ("Learning Review", "Child W")]),
])
def test_form_fields_reads_rows_in_any_layout(text: str, labels: list[tuple[str, str]]) -> None:
    assert [(f.label, f.value) for f in form_fields(text)] == labels


# --- a table's dated cell under its column's headings ------------------------------------------------

def test_a_spreadsheet_with_two_heading_rows_and_several_value_rows() -> None:
    # tab-separated, the group "Chief Officers Group" spanning two columns; every row the same review
    text = ("Dunmarrow Adult Protection Committee\nInitial Case Review - timeline (adult)\n"
            "\t\tChief Officers Group\t\n"
            "Stage\tHeld\tDate sent\tDate ratified\n"
            "ICR\t03/11/2025\t01/12/2025\t\n"
            "ICR (revised)\t05/01/2026\t\t12/01/2026\n")
    assert find_ratification_date(text, "ICR") == date(2026, 1, 12)
    (best, *_) = ratification_candidates(text, "ICR")
    assert "column-heading" in {e.rule for e in best.evidence}


def test_a_ratification_column_left_empty_gives_no_date_from_the_others() -> None:
    text = ("Dunmarrow Adult Protection Committee\nInitial Case Review - timeline (adult)\n"
            "\t\tChief Officers Group\t\n"
            "Stage\tHeld\tDate sent\tDate ratified\n"
            "ICR\t03/11/2025\t01/12/2025\t\n")
    assert find_ratification_date(text, "ICR") is None


def test_a_markdown_register_names_the_column_in_its_first_heading_row_only() -> None:
    text = ("Dunmarrow Child Protection Committee\nInitial Case Review\n\n"
            "| Review | | COG ratification | |\n| Ref | Child | Date | Minute |\n|---|---|---|---|\n"
            "| I-4 | Child W | 12.01.2026 | item 6 |\n")
    assert find_ratification_date(text, "ICR") == date(2026, 1, 12)


@pytest.mark.parametrize("heading", ["DOB", "Referred", "Date sent to COG", "Next COG", "ICR held"])
def test_a_csv_column_named_for_another_event_is_never_the_ratification(heading: str) -> None:
    text = (f"Dunmarrow Child Protection Committee - ICR log\nref,child,{heading},status\n"
            "I-4,Child W,12/01/2026,ratified by COG\n")
    assert find_ratification_date(text, "ICR") is None


def test_a_csv_cell_inside_prose_is_no_table() -> None:
    # a sentence with commas is not a row of cells: its date is read as a sentence's
    text = ("Dunmarrow Child Protection Committee\nInitial Case Review\n\n"
            "The Chief Officers Group, meeting in Dunmarrow, agreed, without dissent,\n"
            "that the report was ratified, on 12 January 2026, as final.\n")
    assert find_ratification_date(text, "ICR") == date(2026, 1, 12)


# --- the subject from the form's own rows ------------------------------------------------------------

@pytest.mark.parametrize("text, side", [
    # a "|" table of the subject's details, the age in months
    ("Dunmarrow Public Protection Committee\nInitial Case Review\n| Name | Ferelith Drummack |\n"
     "| Age | 14 months |\n| Father | Ossian Drummack |\n", "child"),
    # headings over values, a date of birth and the form's own later dates
    ("Dunmarrow Public Protection Committee\nInitial Case Review\n\nPerson\nOssian Drummack\n\nDate of birth\n"
     "3 June 1958\n\nICR convened\n12 January 2026\n", "adult"),
    # the age beside the name, a numbered form
    ("Dunmarrow Public Protection Committee\nInitial Case Review\n1. Young person: Ferelith Drummack, aged 16\n"
     "2. Carer: Ossian Drummack\n", "child"),
])
def test_the_subjects_own_rows_say_the_side(text: str, side: str) -> None:
    assert find_subject(text) == side


@pytest.mark.parametrize("text", [
    # the age is the mother's: her row comes first
    "Dunmarrow Public Protection Committee\nInitial Case Review\nMother: Iolanthe Drummack\nAge: 41\n"
    "Name: Ferelith Drummack\n",
    # a second name row: the second person's age is not the subject's
    "Dunmarrow Public Protection Committee\nInitial Case Review\nName: Ferelith Drummack\nName: Ossian Drummack\n"
    "Age: 67\n",
])
def test_another_persons_age_is_not_the_subjects(text: str) -> None:
    assert find_subject(text) is None


# --- a title below a letterhead; a form exported as CSV pairs; a qualified label -------------------------

def test_a_notification_title_below_a_letterhead_is_its_title() -> None:
    text = ("Dunmarrow Child Protection Committee\nCouncil Offices\nHarbour Road\nDunmarrow\n\n"
            "Notification of the outcome of a Learning Review\n\nChild: Child W\n"
            "Date the Chief Officers Group ratified the outcome: 12/01/2026\nCompleted by: Ferelith Drummack\n")
    result = classify_with_evidence(text)
    assert (result.doc_type, result.rule) == (LR_OUTCOME, "notification-title")


def test_a_report_section_named_outcome_after_its_prose_is_no_title() -> None:
    text = ("Dunmarrow Child Protection Committee\nLearning Review\nChild W\n\n"
            "W moved school twice in a year and was seen by four agencies.\n\n"
            "Outcome of the learning review - notification to the Care Inspectorate\n"
            "The Chief Officers Group ratified the report on 12 January 2026.\n\n"
            "Findings\nAgencies did not share what they knew.\n\nRecommendations\nShare plans.\n")
    assert classify_with_evidence(text).doc_type == LR


def test_a_form_exported_as_csv_pairs_is_read_by_its_fields() -> None:
    text = ("field,value\ncommittee,Dunmarrow Adult Protection Committee\nreview,Learning Review (Adult W)\n"
            "outcome,report and improvement plan accepted\ndate ratified by COG,12/01/2026\n")
    result = classify_with_evidence(text)
    assert (result.doc_type, result.rule) == (LR_OUTCOME, "form-outcome-field")
    assert find_ratification_date(text, result.doc_type) == date(2026, 1, 12)


def test_a_subject_label_with_a_qualifier_in_brackets() -> None:
    text = ("Dunmarrow Public Protection Committee\nInitial Case Review\n\nName: Ossian Drummack\n"
            "Date of birth (subject): 03/06/2011\nReferral received: 12/01/2026\nMother: Iolanthe Drummack\n")
    assert find_subject(text) == "child"


@pytest.mark.parametrize("text, side", [
    # a numbered heading over the first sentence, the age at the events said with "was ... at the time"
    ("DUNMARROW PUBLIC PROTECTION COMMITTEE\nLEARNING REVIEW\n\n1. Introduction\nW was 15 at the time of the fire "
     "and lived with an aunt.\n\n2. Findings\nAgencies did not share what they knew.\n", "child"),
    ("DUNMARROW PUBLIC PROTECTION COMMITTEE\nLEARNING REVIEW\n\nBackground\nMr D, then 84 when he moved into "
     "sheltered housing, had no visitors.\n\nFindings\nNobody checked on him.\n", "adult"),
])
def test_the_first_sentence_below_a_heading_gives_the_subjects_age(text: str, side: str) -> None:
    assert find_subject(text) == side


def test_another_number_after_was_is_no_age() -> None:
    text = ("DUNMARROW PUBLIC PROTECTION COMMITTEE\nLEARNING REVIEW\n\n1. Introduction\nThe visit was 15 minutes "
            "late.\n\n2. Findings\nAgencies did not share what they knew.\n")
    assert find_subject(text) is None


def test_a_quoted_csv_cells_span_is_the_text_inside_its_quotes():
    """Cell promises text == line[start:end]: a reader that marks or quotes a cell by its span needs that."""
    from ingestd.analysis.tables import split_row
    line = 'R7, "12 Quarry Brae, Lintmill" ,  3 March 2026 '
    _, cells = split_row(line)
    assert [c.text for c in cells] == ["R7", "12 Quarry Brae, Lintmill", "3 March 2026"]
    assert all(line[c.start:c.end] == c.text for c in cells)
