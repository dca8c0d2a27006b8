"""Failure classes read from blind set 11 (tuned on from round 13), each probed with text of our own.

Every name, place and date here is invented; none comes from set 11. Each class is probed in a
layout of its own (not set 11's), since the mechanism, not the example, is what has to carry.
"""

from __future__ import annotations

from tests.redaction.helpers import dobs as _dobs, words as _words


# --- names an e-mail address spells, and a found name's other mentions in lower case --------

def test_a_contact_block_whose_address_spells_the_name_is_a_person(run):
    text = ("Enquiries about this briefing\n"
            "Odalric Brevick\n"
            "Planning and Improvement\n"
            "odalric.brevick@example.org.uk\n\n"
            "Ilsabet Quorrin-Vannalt\n"
            "Business Support\n"
            "iquorrin-vannalt@example.org.uk\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"Odalric", "Brevick", "Ilsabet", "Quorrin-Vannalt"}
    assert "Planning and Improvement" in redacted and "Business Support" in redacted


def test_a_shared_inbox_names_nobody(run):
    text = "Business Support\nbusiness.support@example.org.uk\nPlanning Team\nplanningteam@example.org.uk\n"
    redacted, _ = run(text)
    assert "Business Support" in redacted and "Planning Team" in redacted


def test_a_found_name_written_in_lower_case_elsewhere_goes_unless_it_is_english(run):
    text = ("Ms Teodrica Quorrin chaired the meeting. Mr Hope attended.\n\n"
            "Action log\n"
            "14/02/25 - quorrin to write to the school\n"
            "21/02/25 - no hope of a place before summer\n")
    redacted, _ = run(text)
    assert "quorrin" not in redacted
    assert "no hope of a place" in redacted


# --- lower-case notes: a greeting with more on its line, who was present, 're X,' --------------

def test_lower_case_greeting_attendance_and_regarding_place_a_name(run):
    text = ("hello teodric, quick one before the panel\n\n"
            "attendees: ilsabet drunhoe (hv), school nurse\n"
            "- grandad phoned re oskarine, wants a call back\n"
            "- the panel phoned re housing, no reply\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"teodric", "ilsabet", "drunhoe", "oskarine"}
    assert "school nurse" in redacted and "re housing" in redacted


# --- forenames alone: relatives' words, names known by another name ----------------------------

def test_a_grandchild_niece_or_nephew_names_the_word_after(run):
    text = ("She cares for her granddaughter Oskarine and her nephew Brannic most weekends.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"Oskarine", "Brannic"}


def test_a_name_known_by_another_name_in_any_setting(run):
    text = ("The young person was known on the ward as Teo. "
            "Odalric (also known as Dalo) attended the review.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"Teo", "Odalric", "Dalo"}


def test_initials_that_move_out_or_go_missing_are_a_person(run):
    text = "03/03/25 - QZ moved out after the argument\n09/03/25 - YV went missing overnight\n"
    redacted, _ = run(text)
    assert not _words(redacted) & {"QZ", "YV"}


def test_a_first_person_letter_ends_with_its_writers_name(run):
    text = ("Dear complaints officer\n\n"
            "I wish to complain about how my grandson was treated at the assessment centre.\n\n"
            "Ysolt Vannalt-Brevick\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"Ysolt", "Vannalt-Brevick"}


# --- dates of birth without the word ----------------------------------------------------------

def test_a_date_that_an_age_in_its_sentence_fits_is_a_birth_date(run):
    text = ("The young person, then 15 years old, gave 03/09/2009 at the front desk.\n"
            "The group met on 12 May 2025 and again on 3 June 2025 when he was 15 years old.\n")
    _, flagged = run(text)
    assert _dobs(flagged) == {"03/09/2009"}


def test_a_date_in_brackets_after_a_persons_noun_is_a_birth_date(run):
    text = "The service user (March 4, 1961) lives alone. The core group (12/03/2026) met twice.\n"
    _, flagged = run(text)
    assert _dobs(flagged) == {"March 4, 1961"}


def test_the_answer_to_a_question_about_a_birth_is_a_birth_date(run):
    text = ("What is the adult's date of birth?\n- 4.3.61\n\n"
            "When did the panel meet?\n- 14.3.25\n")
    _, flagged = run(text)
    assert _dobs(flagged) == {"4.3.61"}
