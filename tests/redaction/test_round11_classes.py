"""Failure classes read from blind set 9 (tuned on from round 11), each probed with text of our own.

Every name, place and date here is invented; none comes from set 9. Each class is probed in a
layout of its own (not set 9's), since the mechanism, not the example, is what has to carry.
"""

from __future__ import annotations

import re


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w'-]+", text))


# --- initials by the list they open, by kin in brackets, by chairing -------------------------

def test_a_list_of_initials_shares_the_kind_one_line_is_used_as(run):
    text = ("Panel members\n"
            "- QT: Example Council\n"
            "- RW: NHS Example\n"
            "- VZ: Example Police\n\n"
            "RW asked whether the school had been told.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"QT", "RW", "VZ"}
    assert "Example Council" in redacted and "NHS Example" in redacted


def test_a_list_no_line_of_which_is_a_person_keeps_its_initials(run):
    text = "Abbreviations\nQT - quality threshold\nRW - review window\n\nThe QT applies to every case.\n"
    redacted, _ = run(text)
    assert {"QT", "RW"} <= _words(redacted)


def test_initials_in_brackets_after_kin_and_initials_that_chair_are_people(run):
    redacted, _ = run("Mr B was supported by a son (TQ). VQ chaired the second meeting.\n")
    assert not _words(redacted) & {"TQ", "VQ"}
    assert "chaired the second meeting" in redacted


def test_a_subject_label_in_lower_case_still_names_its_initials(run):
    redacted, _ = run("re: the young person k (VQ) has moved to a new placement.\n")
    assert "VQ" not in redacted and "new placement" in redacted


# --- fields a system export names in snake case; the scribe ---------------------------------

def test_snake_case_export_fields_hold_people(run):
    text = ("case_reference: SCR/2026/11\n"
            "subject_initials: QT\n"
            "submitted_by: Corvin Daske\n"
            "scribe: VW\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"QT", "Corvin", "Daske", "VW"}
    assert "SCR/2026/11" in redacted


# --- dates of birth: a slip in the label, a two-digit year, a weekday -----------------------

def test_birth_dates_typed_in_haste_or_with_their_weekday_go(run):
    text = ("Young person K, date of birht 3 Mar 18, lives with her aunt.\n"
            "Brother: Casimir Quarrie (14 Nov 15)\n"
            "D.O.B.: Tuesday 4th of March 2014\n"
            "The panel met on 9 Jun 26 at the council offices.\n")
    redacted, flagged = run(text)
    dobs = {form for category, form in flagged if category == "dob"}
    assert {"3 Mar 18", "14 Nov 15", "4th of March 2014"} <= dobs
    assert "9 Jun 26" in redacted


# --- lower-case names by their place ---------------------------------------------------------

def test_a_lower_case_doctor_in_a_greeting_goes(run):
    redacted, _ = run("Hello dr vennick,\n\nThe chronology is attached.\n")
    assert "vennick" not in redacted and "chronology is attached" in redacted


def test_a_relative_named_in_lower_case_apposition_goes(run):
    redacted, _ = run("His niece, ottilie quarrie (as the bank wrote it), kept his cards.\n")
    assert not _words(redacted) & {"ottilie", "quarrie"}
    assert "kept his cards" in redacted


def test_a_lettered_label_with_a_lower_case_name_in_brackets_goes(run):
    redacted, _ = run("Summary: young persn K (casimir vennick) left school at fifteen.\n")
    assert not _words(redacted) & {"casimir", "vennick"}


def test_english_words_in_those_places_stay(run):
    text = "Her son, aged four, was at school.\nName of adult: Adult D (anonymised)\nSee Appendix B (attached below).\n"
    redacted, _ = run(text)
    assert {"aged", "anonymised", "attached", "below"} <= _words(redacted)


def test_a_glossary_spelling_its_letters_out_is_no_list_of_people(run):
    text = ("Glossary\nQRD - Quarterly Review Day\nVZ - visiting zone\n\n"
            "VZ phoned the office twice.\n")
    redacted, _ = run(text)
    assert "QRD" in _words(redacted)
