"""Failure classes read from blind set 6 (tuned on from round 8), each probed with text of our own.

Every name, place and date here is invented; none comes from set 6.
"""

from __future__ import annotations

import pytest

# --- dates of birth written "11-Dec-2018" (month abbreviation between hyphens or slashes) ----


@pytest.mark.parametrize("text, dob", [
    ("Referral details\nD.O.B: 07-Mar-2016\nSchool: Hillhead Academy\n", "07-Mar-2016"),
    ("The younger brother, Caspian (born 3/Nov/2012), stayed with a grandparent.", "3/Nov/2012"),
    ("Wrenna Halloway, DOB 29-Jul-09, was seen at the clinic.", "29-Jul-09"),
])
def test_birth_date_with_a_month_abbreviation_between_hyphens(run, text, dob):
    redacted, flagged = run(text)
    assert ("dob", dob) in flagged
    assert dob not in redacted


def test_event_date_with_a_month_abbreviation_stays(run):
    redacted, _ = run("The case conference was held on 14-Feb-2026 at the area office.")
    assert "14-Feb-2026" in redacted


# --- a form's dot leader between the birth-date label and the date ----------------------------


@pytest.mark.parametrize("dob", ["2017-09-30", "30/09/2017", "30 September 2017"])
def test_birth_date_after_a_dot_leader(run, dob):
    text = f"Young person .............. Ottoline Fennimore\nDate of birth ............. {dob}\n"
    redacted, flagged = run(text)
    assert ("dob", dob) in flagged
    assert dob not in redacted


def test_event_date_after_a_dot_leader_stays(run):
    redacted, _ = run("Date of referral .......... 2026-01-12\nDate of meeting ........... 2026-02-02\n")
    assert "2026-01-12" in redacted and "2026-02-02" in redacted


# --- an action's owner given by initials after a dash at the end of the line ------------------


def test_action_owner_initials_after_a_dash_are_redacted(run):
    text = ("Present: Ms Ottoline Fennimore (Chair), Mr Caspian Quillan (Education)\n\n"
            "Actions\n- send the chronology to the reviewer - OF\n- book the next panel \u2013 CQ\n")
    redacted, flagged = run(text)
    assert ("person", "OF") in flagged and ("person", "CQ") in flagged
    assert "- OF" not in redacted and "\u2013 CQ" not in redacted


def test_initials_of_nobody_present_after_a_dash_stay(run):
    text = ("Present: Ms Ottoline Fennimore (Chair), Mr Caspian Quillan (Education)\n\n"
            "Actions\n- ask for the records - HR\n")
    redacted, _ = run(text)
    assert "- HR" in redacted


# --- a personal title and a surname, both in capitals ------------------------------------------


@pytest.mark.parametrize("text, surname", [
    ("The health visitor, MRS QUILLAN-FENNIMORE, called twice a week.", "QUILLAN-FENNIMORE"),
    ("Adult F (MR HALLOWAY, d.o.b. 02.03.41) moved to a care home.", "HALLOWAY"),
    ("A letter from DR WRENNA HALLOWAY was read to the panel.", "WRENNA HALLOWAY"),
])
def test_surname_after_a_capitalised_title_is_redacted(run, text, surname):
    redacted, flagged = run(text)
    assert ("person", surname) in flagged
    assert surname not in redacted


def test_capitalised_title_before_report_vocabulary_stays(run):
    redacted, _ = run("MS TEAMS MEETING OF THE CHILD PROTECTION COMMITTEE")
    assert "MS TEAMS MEETING" in redacted


# --- labels that name a person in words: next of kin, the person at the centre of the review --


@pytest.mark.parametrize("label", ["Next of kin", "Person at the centre of the review",
                                   "Young person at the centre of this review"])
def test_name_after_a_worded_person_label_is_redacted(run, label):
    redacted, flagged = run(f"Referral summary\n{label}: Wrenna Halloway\nAgency: Social Work\n")
    assert ("person", "Wrenna Halloway") in flagged
    assert "Halloway" not in redacted


def test_worded_person_label_without_a_name_keeps_its_value(run):
    redacted, _ = run("Next of kin: not recorded\n")
    assert "not recorded" in redacted


# --- an e-mail signed with a bare forename that the sender's address spells ----------------------


def test_bare_forename_signing_an_email_is_redacted(run):
    text = ("From: ottoline.fennimore@council.example\nTo: intake\nSubject: outcome\n\n"
            "Please see the outcome below.\nOttoline\n\n> On 2 May 2026, the clerk wrote:\n> Outcome attached.\n")
    redacted, flagged = run(text)
    assert ("person", "Ottoline") in flagged
    assert "Ottoline" not in redacted


def test_bare_word_line_not_in_the_senders_address_stays(run):
    text = "From: review.team@council.example\nSubject: outcome\n\nOutcome\nPlease see below.\n"
    redacted, _ = run(text)
    assert "Outcome\nPlease" in redacted


# --- a review subject given by initials in brackets after its label ----------------------------


@pytest.mark.parametrize("text, initials", [
    ("Subject: Child B (OF), d.o.b. 01.02.19\nReview commissioned: 03.04.25\n", "OF"),
    ("The panel considered the care of Adult C (WH) over two years.", "WH"),
])
def test_initials_in_brackets_after_a_subject_label_are_redacted(run, text, initials):
    redacted, flagged = run(text)
    assert ("person", initials) in flagged
    assert f"({initials})" not in redacted


def test_acronym_in_brackets_after_a_subject_label_stays(run):
    redacted, _ = run("Adult D (ASP) was discussed at the committee.")
    assert "(ASP)" in redacted


# --- a person in an action plan's Owner column ------------------------------------------------


def test_initial_and_surname_in_an_owner_column_are_redacted(run):
    text = "Action | Owner | Due\nRefresh the training | C. Quillan | 3 Jun 26\n"
    redacted, flagged = run(text)
    assert any(cat == "person" and "Quillan" in form for cat, form in flagged)
    assert "Quillan" not in redacted and "3 Jun 26" in redacted


# --- an NI number in any case inside a bracketed identifiers block ------------------------------


def test_ni_number_in_any_case_beside_a_chi_in_brackets_is_redacted(run):
    redacted, flagged = run("Wrenna Halloway [2203114568 / 0131 496 0123 / Cd 123456 a]\n")
    assert ("ni", "Cd 123456 a") in flagged
    assert "123456" not in redacted


def test_ni_shaped_reference_in_brackets_without_a_chi_stays(run):
    redacted, _ = run("See the minute (ab 123456 c / page 2) for the decision.\n")
    assert "ab 123456 c" in redacted


# --- the person a review is about, named after "the review concerns" ----------------------------


@pytest.mark.parametrize("text", ["Summary: the review concerns Wrenna Halloway, then aged 7.",
                                  "This report relates to Wrenna Halloway and her mother."])
def test_name_after_review_concerns_is_redacted(run, text):
    redacted, flagged = run(text)
    assert ("person", "Wrenna Halloway") in flagged
    assert "Halloway" not in redacted


def test_organisation_after_review_concerns_stays(run):
    redacted, _ = run("The review concerns Eastmuir Council services for older people.")
    assert "Eastmuir Council" in redacted
