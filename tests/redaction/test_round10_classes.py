"""Failure classes read from blind set 8 (tuned on from round 10), each probed with text of our own.

Every name, place and date here is invented; none comes from set 8. Each class is probed in a
layout of its own (not set 8's), since the mechanism, not the example, is what has to carry.
"""

from __future__ import annotations

import re

import pytest

# --- names written in lower case ------------------------------------------------------------

_LOWER_MAIL = (
    "From: halvard tolland <halvard.tolland@example.gov.uk>\n"
    "To: review team\n\n"
    "hi feodora,\n\n"
    "quick one - the chronology for the young person is done. mrs quarrie asked for a copy and "
    "gwenllian quarrie rang twice. casimir has not been in touch since the move.\n\n"
    "cheers\nhalvard\n"
)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w'-]+", text))


def test_a_lower_case_mail_loses_every_name(run):
    redacted, _ = run(_LOWER_MAIL)
    left = _words(redacted) & {"halvard", "tolland", "feodora", "quarrie", "gwenllian", "casimir"}
    assert not left, left


def test_the_lower_case_mail_keeps_its_ordinary_words(run):
    redacted, _ = run(_LOWER_MAIL)
    for word in ("chronology", "young", "person", "copy", "touch", "move", "cheers", "review", "team"):
        assert word in _words(redacted), word


def test_the_surname_after_a_lower_case_first_name_goes(run):
    redacted, _ = run("hi feodora,\nthe duty worker spoke to ottilie vennick about the move.\n")
    assert "vennick" not in redacted and "ottilie" not in redacted
    assert "duty worker spoke to" in redacted and "about the move" in redacted


def test_a_writer_who_types_everything_in_lower_case_loses_the_names(run):
    text = ("summary for the panel.\n\nthe review looked at the months when casimir stayed with ottilie vennick. "
            "school did not know. the gp saw him twice.\n")
    redacted, _ = run(text)
    assert not _words(redacted) & {"casimir", "ottilie", "vennick"}
    assert "school did not know" in redacted


def test_wrapped_lines_are_no_lower_case_writing(run):
    # a PDF's wrapped lines open with whatever word the break fell before: not the writer's case
    text = ("The review looked at the months when\ncasimir stayed with his aunt. The school\n"
            "did not know. The GP saw\nhim twice.\n")
    redacted, _ = run(text)
    assert "casimir" in redacted


def test_a_lower_case_forename_alone_needs_lower_case_evidence(run):
    # no title, greeting, sign-off or sender in lower case: nothing says the writer types
    # people in lower case, so a gazetteer hit alone redacts nothing
    text = "Summary: the review looked at when casimir moved between two households."
    redacted, _ = run(text)
    assert "casimir" in redacted


def test_a_lower_case_public_body_is_no_person(run):
    text = "hi feodora,\nthe ottilie council report and the nhs marit and casimir board minute are attached.\n"
    redacted, _ = run(text)
    assert "ottilie council" in redacted and "nhs marit and casimir board" in redacted
    assert "feodora" not in redacted


@pytest.mark.parametrize("text, word", [
    ("we will miss tolland at the next meeting.", "tolland"),
    ("please ask ms word users to save as pdf.", "word"),
    ("the family moved to miss quarrie road last spring.", "quarrie"),
])
def test_lower_case_title_look_alikes_stay(run, text, word):
    redacted, _ = run(text)
    assert word in _words(redacted)


# --- initials used like a person ------------------------------------------------------------


@pytest.mark.parametrize("text, initials", [
    ("14/03/2026 - Family Nurse QV visited; mum tearful.", "QV"),
    ("The children's views were gathered through QV's grandmother.", "QV"),
    ("At the core group, Q.V. told the teacher that she felt unsafe.", "Q.V."),
    ("Contact log: the duty worker phoned QV and left a message.", "QV"),
    ("The concern was raised with QV (Community Midwife) the same day.", "QV"),
])
def test_initials_the_text_uses_like_a_person_are_redacted(run, text, initials):
    redacted, flagged = run(text)
    assert ("person", initials) in flagged
    assert initials not in redacted


@pytest.mark.parametrize("text, acronym", [
    ("The duty worker phoned SCRA and left a message.", "SCRA"),
    ("The Family Nurse CPC update was noted.", "CPC"),
    ("GP said the bruising was accidental.", "GP"),
])
def test_acronyms_in_those_places_stay(run, text, acronym):
    redacted, _ = run(text)
    assert acronym in redacted


def test_dotted_initials_defined_after_a_name_go_everywhere(run):
    text = "Her partner, Wrennock Lisvane (W.L.), left in May. W.L. returned in June."
    redacted, _ = run(text)
    assert "W.L." not in redacted and "Wrennock" not in redacted


# --- a name given by a naming verb, a person written to -------------------------------------


@pytest.mark.parametrize("text, name", [
    ("At nursery everyone called him 'Brisgane', which is how the records name him.", "Brisgane"),
    ("In the GP records she was registered as Vennick until 2024.", "Vennick"),
    ("The housing officer had written to Lisvane about the arrears.", "Lisvane"),
])
def test_a_name_given_by_a_naming_verb_or_written_to(run, text, name):
    redacted, _ = run(text)
    assert name not in redacted


def test_a_project_named_by_a_naming_verb_stays(run):
    redacted, _ = run("The pilot was called Transitions and ran for a year.")
    assert "Transitions" in redacted


# --- a birth date beside the name under a person's label ------------------------------------


def test_a_date_beside_a_name_under_a_persons_label_is_a_birth_date(run):
    text = "Young person: Ysolde Pardew - 02.11.2012\nReferral received: 05/01/2026\n"
    redacted, flagged = run(text)
    assert ("dob", "02.11.2012") in flagged
    assert "05/01/2026" in redacted

