"""Person names in every form, and the words that look like names but are not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence, gone",
    [
        ("The health visitor, Fenella Drummond, visited twice.", ["Fenella", "Drummond"]),
        ("Her community psychiatric nurse was Ruaridh Lumsden.", ["Ruaridh", "Lumsden"]),
        ("the family nurse, Jo-Anne Kerrigan, noted it.", ["Jo-Anne", "Kerrigan"]),
        ("Child A: Struan Ballantyne-Muir, aged 4", ["Struan", "Ballantyne-Muir"]),
        ("Young Person Y, Niamh O'Driscoll (DOB 01/02/2010), lives here.", ["Niamh", "O'Driscoll"]),
        ("Mrs Larmour attended.", ["Larmour"]),
        ("Minute taker: I. Larmour", ["Larmour"]),
        ("LARMOUR, Isla", ["LARMOUR", "Isla"]),
        ("Chair: Alasdair McCorquodale (Chief Social Work Officer)", ["Alasdair", "McCorquodale"]),
        ("Report prepared by Catriona Pitcairn, Lead Officer.", ["Catriona", "Pitcairn"]),
        ("Child's name: Oona Fairlie", ["Oona", "Fairlie"]),
        ("Name of child's parents/carers: Rhona Torrance and Lachlan Torrance", ["Rhona", "Lachlan", "Torrance"]),
        ("Regards\nElspeth Blackwood\nLead Officer", ["Elspeth", "Blackwood"]),
        ("Sergeant Hamish Kinnaird (Police Scotland) attended.", ["Hamish", "Kinnaird"]),
        ("Present: Morag Strachan (Chair); Eilidh MacPhail (Education)", ["Morag", "Strachan", "Eilidh", "MacPhail"]),
    ],
)
def test_names_found_from_evidence(run, sentence, gone):
    text, spans = run(sentence)
    for word in gone:
        assert word not in text, (word, text)
    assert any(category == "person" for category, _ in spans)


def test_titles_and_roles_are_kept_around_the_name(run):
    text, _ = run("Ms Isla Larmour, consultant paediatrician, and Dr Larmour's colleague.")
    assert text == "Ms [PERSON 1], consultant paediatrician, and Dr [PERSON 1]'s colleague."


def test_rose_the_name_and_rose_the_verb(run):
    text, _ = run("Her mother, Rose Kerrigan, said the temperature rose overnight. Rose was worried.")
    assert "rose overnight" in text
    assert "Rose" not in text


def test_a_name_that_is_also_a_word_is_kept_as_a_word(run):
    text, _ = run("Dr Wood examined Child B. The wood was damp.")
    assert text == "Dr [PERSON 1] examined Child B. The wood was damp."


def test_all_caps_names(run):
    text, _ = run("Subject: Child C\nMother: Isobel Strachan\nMEETING WITH ISOBEL STRACHAN")
    assert "STRACHAN" not in text and "ISOBEL" not in text


def test_name_split_across_a_line_break_or_table_cell(run):
    text, _ = run("The key worker, Morag Drummond, called.\nMet with Morag\nDrummond at home.\nMorag\tDrummond\tSocial worker")
    assert "Morag" not in text and "Drummond" not in text


def test_table_column_headed_name(run):
    table = "Name\tRole\nHamish Lumsden\tSocial worker\nAll\tTeam\n"
    text, _ = run(table)
    assert "Hamish" not in text and "Lumsden" not in text
    assert "All\tTeam" in text and "Social worker" in text


def test_a_lone_first_name_used_as_a_person(run):
    text, _ = run("11 May 2026: Fenella notes change in behaviour.")
    assert "Fenella" not in text


def test_labels_roles_and_bodies_are_not_names(run):
    sentence = (
        "Child A, Sibling 2, Mother and Mother's partner were seen by the health visitor, the Lead Officer "
        "and the consultant paediatrician of NHS Lothian; Police Scotland and the Scottish Children's "
        "Reporter Administration were told."
    )
    text, spans = run(sentence)
    assert spans == [] and text == sentence


def test_a_quoted_nickname_inside_a_name(run):
    text, _ = run('Maternal grandmother: Margaret "Peggy" Strachan, aged 70.')
    assert "Peggy" not in text and "Strachan" not in text and "Margaret" not in text


def test_names_on_consecutive_lines_stay_separate_people(run):
    text, _ = run("Parents: Isobel Kerrigan / Hamish Drummond\nIsobel's sister lived nearby.")
    assert text == "Parents: [PERSON 1] / [PERSON 2]\n[PERSON 1]'s sister lived nearby."
