"""Failure classes read from blind set 14 (tuned on in round 16), each probed with text of our own.

Every name, place and date here is invented; none comes from set 14. Each class is probed in a
layout of its own (not set 14's): a messaging app's other export formats, a care plan's form, a
letter's prose, a table typed in lower case. The mechanism, not the example, has to carry.
"""

from __future__ import annotations

from tests.redaction.helpers import dobs as _dobs, words as _words


# --- a message's sender after whatever time stamp the app prints ------------------------------

def test_a_sender_after_a_date_and_time_stamp_is_a_person(run):
    text = ("WhatsApp chat with Duty Team\n"
            "[12/03/2026, 14:02:31] Ulvasha Korrindel: are you at the flat?\n"
            "12/03/2026, 2:05 pm - Gwendral Haskeld: yes, mum is here\n"
            "[2026-03-12 14:07] Mum: please don't come in\n"
            "[2026-03-12 14:09] Ulvasha: ok, waiting outside\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"Ulvasha", "Korrindel", "Gwendral", "Haskeld"}
    assert "Mum: please" in redacted and "Duty Team" in redacted


def test_a_sender_on_a_line_of_their_own_with_the_time_after_the_name(run):
    text = ("Orvane Pitmuchan 09:12\n"
            "can someone check the school run today\n"
            "Police Scotland, 12/03/2026 09:20\n"
            "officers are on their way\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"Orvane", "Pitmuchan"}
    assert "Police Scotland" in redacted


# --- who is seen, heard from, checked on or collected ------------------------------------------

def test_a_lone_unknown_word_seen_heard_from_or_collected_is_a_person(run):
    text = ("Nobody had seen Tobrenne since the weekend. The nursery has not heard from Lishmay either; "
            "her aunt collected Corrabel on Friday. Staff saw Glasgow colleagues at the hub and were seen "
            "at Inverdrum.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"Tobrenne", "Lishmay", "Corrabel"}
    assert "saw Glasgow colleagues" in redacted and "at Inverdrum" in redacted


# --- a person's field or column typed in lower case --------------------------------------------

def test_a_lower_case_field_that_names_a_person_holds_a_name(run):
    text = ("care plan review\n"
            "name of child: ysmera quennoch\n"
            "completed by: merrowin tulloway, health visiting\n"
            "mother: not known\n"
            "known as: ulvasha\n"
            "name of school: kirkton drimmel\n"
            "concern: missed appointments, tavrisk clinic\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"ysmera", "quennoch", "merrowin", "tulloway", "ulvasha"}
    assert "mother: not known" in redacted and "kirkton drimmel" in redacted and "tavrisk clinic" in redacted


def test_lower_case_cells_under_a_heading_that_names_people(run):
    text = ("household\n"
            "name | relationship | age\n"
            "fenwhistle achnacrull | grandmother | 71\n"
            "ulvasha | granddaughter | 6\n\n"
            "agency | contact\n"
            "social work | duty team\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"fenwhistle", "achnacrull", "ulvasha"}
    assert "duty team" in redacted and "social work" in redacted


# --- an address with a house name and no number, typed in lower case ---------------------------

def test_an_unnumbered_lower_case_address_after_a_verb_of_living_there(run):
    text = ("Summary: the family has resided at the old schoolhouse, achnacrull, inverdrum ky1 1aa since 2024; "
            "before that she was staying with an aunt near inverdrum.\n")
    redacted, flagged = run(text)
    assert "schoolhouse" not in redacted and "achnacrull" not in redacted
    assert ("address", "the old schoolhouse, achnacrull, inverdrum") in flagged
    assert "staying with an aunt" in redacted


# --- a date of birth written with its weekday and article --------------------------------------

def test_a_birth_date_with_its_weekday_and_article(run):
    text = ("Household\n"
            "Korrindel Ulvasha\tTuesday the 4th of May 2021\tdaughter\n"
            "The child, Ulvasha Korrindel (Friday the 3rd of June 2016), attends nursery.\n")
    _, flagged = run(text)
    assert {"4th of May 2021", "3rd of June 2016"} <= _dobs(flagged)


# --- a line of form fields is no header of a table typed with spaces ---------------------------

def test_a_line_of_form_fields_does_not_make_the_rows_below_table_cells(run):
    text = ("PATIENT SUMMARY\n"
            "CHI: 0101011234   NHS no. 943 476 5919\n"
            "Home address: flat 2, 8 quarry row, inverdrum ky1 1aa\n"
            "Age: aged 4\n"
            "Date seen: 3 March 2026\n")
    redacted, flagged = run(text)
    assert "Age: aged 4" in redacted and "Date seen: 3 March 2026" in redacted
    assert ("address", "flat 2, 8 quarry row, inverdrum") in flagged


# --- the document's own characters: spaces that are not U+0020, a dash between label and value --

def test_no_break_and_narrow_spaces_are_read_as_spaces_and_kept_in_the_output(run):
    text = ("Name:\u00a0Ulvasha\u00a0Korrindel\n"
            "Address:\u00a012\u00a0Quarry\u00a0Row, Inverdrum KY1\u00a01AA\n"
            "Date of birth:\u00a003\u202f05\u202f2019 (as given)\n"
            "Mrs\u00a0Haskeld attended with Police\u00a0Scotland.\n")
    redacted, flagged = run(text)
    assert not _words(redacted.replace("\u00a0", " ")) & {"Ulvasha", "Korrindel", "Quarry", "Haskeld"}
    assert "KY1" not in redacted
    assert "Police\u00a0Scotland" in redacted and "Address:\u00a0" in redacted  # the document's characters stay
    assert ("person", "Ulvasha\u00a0Korrindel") in flagged


def test_a_form_typed_with_a_dash_between_label_and_value(run):
    text = ("referral summary\n"
            "name of child - ysmera quennoch\n"
            "referred by - merrowin tulloway, school nurse\n"
            "Child - QT, 6 yrs old\n"
            "concern - missed appointments\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"ysmera", "quennoch", "merrowin", "tulloway", "QT"}
    assert "concern - missed appointments" in redacted and "school nurse" in redacted


def test_a_transcript_whose_speakers_are_followed_by_a_dash(run):
    text = ("Professionals meeting, typed notes\n"
            "QT - I visited on Monday and the flat was cold.\n"
            "RW - School saw bruising on her arm that day.\n"
            "QT - Mum said she would ring the GP today.\n"
            "HV - The health visitor will call on Friday.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"QT", "RW"}
    assert "HV - The health visitor" in redacted


# --- a sentence's subject that the next clause calls "she" or "he" -----------------------------

def test_a_one_word_subject_the_next_clause_calls_she_or_he_is_a_person(run):
    text = ("Reflections from the practitioners' event\n"
            "Corrabel remained at the same nursery throughout, and she spoke warmly of it. "
            "Inverdrum was the one constant; it had a nursery and a surgery. "
            "Tobrenne seemed settled, but he said the flat was cold.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"Corrabel", "Tobrenne"}
    assert "Inverdrum was the one constant" in redacted
