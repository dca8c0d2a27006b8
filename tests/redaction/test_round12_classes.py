"""Failure classes read from blind set 10 (tuned on from round 12), each probed with text of our own.

Every name, place and date here is invented; none comes from set 10. Each class is probed in a
layout of its own (not set 10's), since the mechanism, not the example, is what has to carry.
"""

from __future__ import annotations

from tests.redaction.helpers import dobs as _dobs, words as _words


# --- initials: what a review is about, a key to initials, how a person's initials are used ----

def test_initials_a_review_or_a_referral_is_about_are_a_person(run):
    text = ("Subject: decision\n\n"
            "Members discussed the referral regarding TQ and agreed an Initial Case Review.\n"
            "A learning review for WV was not needed: the single-agency review covers it.\n"
            "Attached: summary of the Significant Case Review (R.Z.)\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"TQ", "WV", "R.Z"}
    assert "single-agency review covers it" in redacted


def test_a_key_to_initials_gives_each_relationship_its_person(run):
    text = ("Initials used in this report\n"
            "TQ = the child\n"
            "WV = maternal grandmother\n"
            "ZR = grandmother's partner\n"
            "HV = Health Visitor\n\n"
            "WV collected TQ from nursery.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"TQ", "WV", "ZR"}
    assert "HV = Health Visitor" in redacted


def test_a_numbered_form_row_and_a_family_members_cell_name_initials(run):
    text = ("a) Young person: TQ\nb) Review type: Learning Review\n\n"
            "Household\tInitials\nStepfather\tWV\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"TQ", "WV"}
    assert "Learning Review" in redacted


def test_initials_with_an_age_a_persons_things_or_done_to_are_a_person(run):
    text = ("ZR, aged 9, was excluded twice. ZR's injuries were photographed.\n"
            "WV had been accommodated in 2024, and WV and TQ were placed together.\n"
            "CBT (12 weeks) was offered; the DWP was told.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"ZR", "WV", "TQ"}
    assert "CBT (12 weeks)" in redacted and "DWP" in redacted


# --- dates of birth: bracketed with a weekday or in capitals, in apposition to a relative ----

def test_bracketed_birth_dates_in_any_case_and_with_their_weekday_go(run):
    text = ("Family tree (text)\n"
            "   Brisca Quenby (SUNDAY 4TH OF MAY 2014)    Tormod Quenby (12 June 2016, aged 9)\n"
            "Strategy Discussion (Tuesday 3rd of June 2025): agreed to proceed.\n")
    redacted, flagged = run(text)
    assert {"4TH OF MAY 2014", "12 June 2016"} <= _dobs(flagged)
    assert "3rd of June 2025" in redacted  # an event's bracketed date stays


def test_a_relatives_date_in_apposition_is_a_birth_date(run):
    text = ("Zennor lives with her grandfather, Tormod Quenby, 2 March 1951.\n"
            "The health visitor, Brisca Varrow, on 3 March 2026, found the home warm.\n")
    redacted, flagged = run(text)
    assert "2 March 1951" in _dobs(flagged)
    assert "3 March 2026" in redacted


def test_a_deeds_date_and_a_family_table_typed_with_spaces(run):
    text = ("Her father was born on the 21st day of October 1979.\n\n"
            "Zennor Quenby      04.11.2015      Daughter\n"
            "Tormod Quenby      21.10.1979      Father\n\n"
            "The review met on the 9th day of March 2026.\n")
    redacted, flagged = run(text)
    assert {"21st day of October 1979", "04.11.2015", "21.10.1979"} <= _dobs(flagged)
    assert "9th day of March 2026" in redacted


def test_an_initial_before_a_surname_is_no_born_cue(run):
    redacted, flagged = run("The learning review about Adult F (B. Varrow) was approved on 4 May 2026.\n")
    assert "4 May 2026" in redacted and not _dobs(flagged)


# --- a lower-case title before a surname the wide word list happens to hold ------------------

def test_a_lower_case_title_names_a_surname_outside_the_everyday_words(run):
    redacted, _ = run("visted by dr larsen and mrs janssen; her ms relapse was noted by the GP.\n")
    assert not _words(redacted) & {"larsen", "janssen"}
    assert "her ms relapse" in redacted
