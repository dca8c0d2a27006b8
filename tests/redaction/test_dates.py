"""Dates of birth are redacted where the text says so; dates of events stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Morag (DOB 05/03/2012) attends school.", "05/03/2012"),
        ("Hamish Drummond, born 2019-11-02, lives nearby.", "2019-11-02"),
        ("Date of birth: 3rd of May 2018", "3rd of May 2018"),
        ("She was born on 14 February 2015.", "14 February 2015"),
        ("D.O.B. 1.2.2010", "1.2.2010"),
        ("born March 4, 2001", "March 4, 2001"),
    ],
)
def test_cued_dates_of_birth(run, sentence, date):
    text, spans = run(sentence)
    assert ("dob", date) in spans
    assert date not in text


def test_date_of_birth_column(run):
    table = "Name\tDOB\tRole\nIsobel Strachan\t12.06.1990\tMother\nStruan Strachan\t01.09.2016\tChild A\n"
    text, spans = run(table)
    assert ("dob", "12.06.1990") in spans and ("dob", "01.09.2016") in spans
    assert "Mother" in text and "Child A" in text


def test_event_dates_and_ages_stay(run):
    sentence = "Child A (aged 9) was admitted on 12 March 2026 and the ICR met on 2026-04-01."
    text, spans = run(sentence)
    assert spans == []
    assert text == sentence


def test_a_birth_date_is_redacted_wherever_it_recurs(run):
    text, _ = run("Child A was born on 4 July 2019.\nOn 4 July 2019 the family moved.")
    assert "4 July 2019" not in text
