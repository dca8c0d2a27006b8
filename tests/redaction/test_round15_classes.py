"""Failure classes read from blind set 13 (tuned on in round 15), each probed with text of our own.

Every name, place and date here is invented; none comes from set 13. Each class is probed in a
layout of its own (not set 13's), since the mechanism, not the example, is what has to carry:
a property of position or structure, never a word.
"""

from __future__ import annotations

from tests.redaction.helpers import dobs as _dobs, words as _words


# --- a delimited export: semicolons with no space after them ------------------------------------

def test_an_export_typed_with_bare_semicolons_is_a_table_with_a_header(run):
    text = ("person_ref;family_name;given_name;date_of_birth;relationship\n"
            "A1;Quillvane;Orvelle;02.11.2014;child\n"
            "A2;Brevandor;Yselka;17/06/1989;mother\n")
    redacted, flagged = run(text)
    assert not _words(redacted) & {"Quillvane", "Orvelle", "Brevandor", "Yselka"}
    assert {"02.11.2014", "17/06/1989"} <= _dobs(flagged)
    assert "child" in redacted and "mother" in redacted


def test_a_comma_separated_export_is_a_table_with_a_header(run):
    text = ("ref,family_name,given_name,dob,relationship\n"
            "7,Sarnovy,Lunaveth,30/01/2011,child\n"
            "8,Pellimore,Ingarde,08.08.1984,father\n")
    redacted, flagged = run(text)
    assert not _words(redacted) & {"Sarnovy", "Lunaveth", "Pellimore", "Ingarde"}
    assert {"30/01/2011", "08.08.1984"} <= _dobs(flagged)


def test_prose_commas_and_thousands_are_no_table(run):
    # a keep probe: no header, spaces after commas, digits round a comma (main keeps it too)
    text = "Name,Date of birth\nThe budget, agreed in 2026, was 1,200,000,000 for Drummaquin,Holmquay.\n"
    redacted, flagged = run(text)
    assert "1,200,000,000" in redacted and not _dobs(flagged)


def test_a_bare_semicolon_list_of_meetings_names_nobody(run):
    text = "meeting;date;venue\nCore Group;03.02.2026;Council Offices\nReview;17.03.2026;Council Offices\n"
    redacted, flagged = run(text)
    assert "Core Group" in redacted and "Review" in redacted and not _dobs(flagged)


# --- one word with an age in words, a full name with a noun only a person is ----------------------

def test_one_word_with_an_age_in_words_is_a_person(run):
    text = ("Chronology\n"
            "March: Marrowick (6 years old then) was seen at the dentist.\n"
            "April: the school noted that Drummaquin, 11 yrs old, was often late.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"Marrowick", "Drummaquin"}


def test_a_full_name_in_apposition_with_a_person_noun_is_a_person(run):
    text = ("Background\n"
            "The police were called to the home of Fenwhistle Sarnovy, a vulnerable adult, in May.\n"
            "Quennick Pellimore, an older woman who lived alone, was found by a neighbour.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"Fenwhistle", "Sarnovy", "Quennick", "Pellimore"}


def test_a_body_in_apposition_with_an_adult_service_stays(run):
    # a keep probe: the new apposition rule must not take these (main keeps them too)
    text = "Chapter Four, an adult protection overview, follows. Second Edition, a person-centred guide, is out.\n"
    redacted, _ = run(text)
    assert "Chapter Four" in redacted and "Second Edition" in redacted


# --- a birthday is a birth date --------------------------------------------------------------

def test_a_birthday_is_a_birth_date_but_its_party_is_an_event(run):
    text = ("Family\nThe youngest, whose birthday is 21.09.2019, lives with her aunt.\n"
            "Her birthday party on 21.09.2025 was cancelled after the incident.\n")
    _, flagged = run(text)
    assert _dobs(flagged) == {"21.09.2019"}


# --- a transcript's speakers, and whom a speaker thanks ---------------------------------------------

def test_initials_that_speak_in_a_dialogue_are_people(run):
    text = ("Record of the professionals' call, 4 May 2026\n\n"
            "Facilitator: Thanks for joining, everyone.\n"
            "QK: The nursery saw a mark on his arm.\n"
            "TV: We made a home visit that afternoon.\n"
            "Facilitator: Thanks Ulvadine, can you send the note?\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"QK", "TV", "Ulvadine"}


def test_a_key_of_initials_without_speech_is_not_a_dialogue(run):
    text = "Abbreviations\nCSO: compulsory supervision order\nIRD: inter-agency referral discussion\n"
    redacted, _ = run(text)
    assert "CSO" in redacted and "IRD" in redacted


# --- carers' verbs ------------------------------------------------------------------------------

def test_one_word_that_looks_after_or_works_is_a_person(run):
    text = "After the move, Vashtelle looked after the twins, and Corriban worked shifts at the depot.\n"
    redacted, _ = run(text)
    assert not _words(redacted) & {"Vashtelle", "Corriban"}


# --- lower case: a header with no address, Irish surnames, messages, notes ------------------------

def test_a_lower_case_header_name_with_no_address_is_a_person(run):
    text = ("> from: ingarde holmquay\n> to: review panel\n>\n"
            "> the cog endorsed it on monday; mrs o'brakkan was told.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"ingarde", "holmquay", "o'brakkan"}
    assert "review panel" in redacted


def test_names_in_quoted_text_messages_are_people(run):
    text = ("Messages read from the phone (as typed)\n"
            "  21:02 \"wer r u lunaveth\"\n"
            "  21:05 \"at zephyrines, wil b home l8r\"\n"
            "  21:06 \"ok tell zephyrine thx\"\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"lunaveth", "zephyrine", "zephyrines"}
    assert "home" in redacted and "tell" in redacted


def test_a_notes_addressee_and_who_lives_at_an_address_in_lower_case(run):
    text = ("shift notes\n\nfao taskerin: please chase the gp\n"
            "the lodger quillvane brevandor lives at the same flat since june\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"taskerin", "quillvane", "brevandor"}
    assert "lodger" in redacted and "gp" in redacted
