"""The automatic rules, tested from their own table: every example a rule must catch gives
its value, every text it must leave gives nothing, and the value gate holds for all of them."""

from __future__ import annotations

import pytest

from ingestd.config.schema import Config, CoreDataConfig
from ingestd.coredata import (AGENCIES, AGENCY_RULES, FIELD_BY_NAME, FIELDS, KINDS, RULES, STORED_FIELDS, _matches,
                              band_for, check_value, extract, window)

CATCHES = [pytest.param(rule, text, value, id=f"{rule.name}:{n}")
           for rule in RULES for n, (text, value) in enumerate(rule.catches)]
LEAVES = [pytest.param(rule, text, id=f"{rule.name}:{n}") for rule in RULES for n, text in enumerate(rule.leaves)]


@pytest.mark.parametrize(("rule", "text", "value"), CATCHES)
def test_each_rule_catches_its_examples(rule, text, value):
    assert [v for v, *_ in _matches(rule, text)][:1] == [value]


@pytest.mark.parametrize(("rule", "text"), LEAVES)
def test_each_rule_leaves_its_counter_examples(rule, text):
    assert _matches(rule, text) == []


def test_every_rule_names_a_stored_field_and_a_value_its_list_allows():
    config = Config()
    for rule in RULES:
        field = FIELD_BY_NAME[rule.field]
        assert field.record is None, rule.name
        assert rule.reason and rule.catches, rule.name
        for _text, value in rule.catches:
            check_value(config, field.name, [value] if field.kind == "multi" else value)
    assert {f.kind for f in FIELDS} <= set(KINDS)
    assert {name for name, *_ in AGENCY_RULES} == set(AGENCIES)


@pytest.mark.parametrize(("rule", "text", "value"), CATCHES)
def test_the_whole_extraction_reads_each_example(rule, text, value):
    found = extract(text, CoreDataConfig())[rule.field]
    field = FIELD_BY_NAME[rule.field]
    if field.kind == "multi":
        assert value in found.value
    else:
        assert found.value == value
    assert found.evidence and found.evidence.startswith(rule.name + ":")


def test_evidence_is_a_window_of_the_redacted_text_with_placeholders_whole():
    text = ("Background. " * 5 + "[PERSON 12] said that Child A (aged 9) had lived with [PERSON 3] at [ADDRESS 1] "
            "for a year. " + "More words follow here. " * 5)
    age = extract(text, CoreDataConfig())["age"]
    assert age.value == 9
    assert age.evidence.startswith("age-aged: ...")
    quoted = age.evidence.removeprefix("age-aged: ").strip(".")
    assert quoted in " ".join(text.split())
    assert "[PERSON 3]" in quoted and "ERSON 12]" not in quoted.replace("[PERSON 12]", "")
    for start in range(len(text)):  # wherever a window starts or ends, no placeholder is cut in half
        piece = window(text, start, start + 1).strip(".")
        assert piece.count("[") == piece.count("]"), piece


def test_an_age_is_never_read_from_a_date_of_birth():
    text = "Child B, DOB [DOB], was born in 2012. Date of birth: [DOB]. She was seen on 3 May 2026."
    found = extract(text, CoreDataConfig())
    assert found["age"].value is None and found["age_band"].value is None


def test_the_first_age_is_the_subjects_and_the_band_follows_it():
    found = extract("Young Person C (aged 15) lived with a 42-year-old man.", CoreDataConfig())
    assert found["age"].value == 15 and found["age_band"].value == "12-15"
    assert found["age_band"].evidence == "from the age: 15"
    assert band_for(0, CoreDataConfig().age_bands) == "under 1"
    assert band_for(70, CoreDataConfig().age_bands) == "65 and over"


def test_a_value_the_team_took_out_of_its_list_is_not_filled():
    narrower = CoreDataConfig(themes=("chronology",))
    found = extract("Information sharing was poor and the chronology was late.", narrower)
    assert found["themes"].value == ["chronology"]


def test_a_mention_of_proceedings_outweighs_no_charges():
    text = "No charges were brought against the mother. A fatal accident inquiry is expected."
    assert extract(text, CoreDataConfig())["parallel_proceedings"].value == "yes"
    assert extract("Nothing was said about it.", CoreDataConfig())["parallel_proceedings"].value == "unknown"


def test_every_stored_field_gets_a_value_of_its_kind():
    found = extract("", CoreDataConfig())
    assert set(found) == {f.name for f in STORED_FIELDS}
    for f in STORED_FIELDS:
        assert found[f.name].value == ([] if f.kind == "multi" else "unknown" if f.kind == "yesno" else None)
