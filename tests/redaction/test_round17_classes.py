"""Failure classes read from blind set 15 (tuned on in round 17), each probed with text of our own.

Every name, place and number here is invented; none comes from set 15. Each class is probed in a
layout of its own (not set 15's): a property of position or structure, never a word.
"""

from __future__ import annotations

from tests.redaction.helpers import forms, words as _words


# --- a National Insurance number under a field's bare letters or a register's column ---------------

def test_a_bare_ni_field_label_is_enough_for_a_lower_case_number(run):
    text = ("Household\n"
            "Carer: Mr Q (grandfather)   NI: tk482913b\n"
            "Carer's partner: Mrs Q   N.I. - tk 48 29 14 a\n")
    redacted, flagged = run(text)
    assert {"tk482913b", "tk 48 29 14 a"} <= forms(flagged, "ni")
    assert "tk482913b" not in redacted


def test_a_register_column_headed_ni_labels_every_cell_under_it(run):
    text = ("Ref\tRelationship\tNI\n"
            "R1\tfather\tpw 11 22 33 c\n"
            "R2\tuncle\tpw445566\n")
    _, flagged = run(text)
    assert {"pw 11 22 33 c", "pw445566"} <= forms(flagged, "ni")


def test_ni_in_running_text_labels_nothing(run):
    # a keep probe: Northern Ireland in prose, a reference of the same shape later (main keeps it too)
    text = "The family moved from NI in 2021. File pw445566 was archived.\n"
    redacted, flagged = run(text)
    assert not forms(flagged, "ni") and "pw445566" in redacted


# --- a council joined to a health board by "and" stays whole ----------------------------------------

def test_a_council_and_an_nhs_board_joined_by_and_are_both_kept(run):
    text = "The man, aged 58, had been known to Kelvaith Council and NHS Dunmorrow since 2019.\n"
    redacted, _ = run(text)
    assert "Kelvaith Council and NHS Dunmorrow" in redacted


def test_a_person_joined_to_an_nhs_board_is_still_a_person(run):
    # a keep probe the other way: the fix protects a body, not whatever stands before "and NHS"
    text = "Mr Velmorran Quistadt and NHS Dunmorrow staff met on Monday.\n"
    redacted, _ = run(text)
    assert "Quistadt" not in redacted and "NHS Dunmorrow" in redacted


# --- the doer after a passive verb, whose care a review is into --------------------------------------

def test_the_agent_of_a_passive_verb_is_a_person(run):
    text = ("Summary\n"
            "Over the summer the tenancy was taken over by Thorvaine Ellisk, and the young man was "
            "later threatened by Ormsgarra Pelquist-Yselt.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"Thorvaine", "Ellisk", "Ormsgarra", "Pelquist-Yselt"}


def test_a_body_after_a_passive_verb_stays(run):
    text = "The referral was made by Kelvaith Council; the plan was agreed by Social Work.\n"
    redacted, _ = run(text)
    assert "Kelvaith Council" in redacted and "Social Work" in redacted


def test_whose_care_or_welfare_a_review_is_into_is_a_person(run):
    text = ("Dear colleague,\nThe inquiry into the welfare of Zandrovic Lyskavo has concluded, and "
            "our concerns about the treatment of Yselt Draskavel were shared.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"Zandrovic", "Lyskavo", "Yselt", "Draskavel"}


# --- a full name's shape in prose, with no cue at all -------------------------------------------------

def test_two_unknown_capitalised_words_in_prose_are_a_full_name(run):
    text = ("Chronology\n"
            "14.03.26 A taxi brought Sellakor Quilmaree home after midnight; a neighbour, Farrowdene "
            "Orvane, rang the duty line.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"Sellakor", "Quilmaree", "Farrowdene", "Orvane"}


def test_a_place_of_two_unknown_words_after_a_place_preposition_stays(run):
    # keep probes: a town after "moved to" / "in", a heading in another language, an address
    text = ("Ath-morvadh Orvane Sellakor / Initial Case Review\n"
            "In May the family moved to Tobrescu Ennisquay and lived in Harrowquist Dunmorrow until June.\n")
    redacted, _ = run(text)
    assert "Tobrescu Ennisquay" in redacted and "Harrowquist Dunmorrow" in redacted
    assert "Orvane Sellakor" in redacted


def test_two_unknown_words_opening_a_sentence_of_prose_are_a_full_name(run):
    text = "Background\nZandrovic Lyskavo rarely left the flat in 2024. Staff said little.\n"
    redacted, _ = run(text)
    assert not _words(redacted) & {"Zandrovic", "Lyskavo"}


# --- a table's header row is no "Name:" field ---------------------------------------------------------

def test_the_headings_of_a_table_opening_with_name_are_kept(run):
    text = ("Name\tCHI\tNI\tRelationship\n"
            "Mr Q\t0101101234\tpw445566c\tfather\n")
    redacted, _ = run(text)
    assert redacted.startswith("Name\tCHI\tNI\tRelationship\n")


def test_a_form_repeating_its_name_label_on_each_line_is_rows_of_fields(run):
    # a keep probe the other way (main redacts these too): the label repeats, so no header
    text = "Name\tSellakor Quilmaree\tRole\tmother\nName\tOrvane Pelquist\tRole\tfather\n"
    redacted, _ = run(text)
    assert not _words(redacted) & {"Sellakor", "Quilmaree", "Orvane", "Pelquist"}


def test_rows_of_label_and_value_pairs_are_fields_not_a_header(run):
    text = "Name\tSellakor Quilmaree\tRole\tcarer\nAddress\tnone given\tPhone\tnone\n"
    redacted, flagged = run(text)
    assert not _words(redacted) & {"Sellakor", "Quilmaree"}
    assert any(form == "Sellakor Quilmaree" for _, form in flagged)
