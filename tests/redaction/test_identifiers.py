"""Identifiers: validated patterns with positive and negative cases."""

from __future__ import annotations

import pytest

from ingestd.redaction.identifiers import mod11_valid


@pytest.mark.parametrize(
    "phone",
    ["0131 496 0123", "0131-496-0456", "(01632) 960 111", "01632-960222", "07700 900 333",
     "07700900444", "+447700900555", "+44 (0)131 496 0777", "+353 1 555 0199"],
)
def test_phone_numbers_are_redacted(run, phone):
    text, spans = run(f"Call the office on {phone} today.")
    assert spans == [("phone", phone)]
    assert text == "Call the office on [PHONE] today."


@pytest.mark.parametrize("not_phone", ["2026-05-25", "07/10/2026", "case CPC-ABC-26-101", "aged 14", "14:00"])
def test_dates_times_and_references_are_not_phones(run, not_phone):
    _, spans = run(f"Noted {not_phone} here.")
    assert spans == []


def test_email_addresses_are_redacted_without_the_full_stop(run):
    text, spans = run("Write to ann.example@webmail.example.net.")
    assert spans == [("email", "ann.example@webmail.example.net")]
    assert text == "Write to [EMAIL]."


def _chi(prefix: str) -> str:
    """A CHI number with a valid check digit for a nine-digit prefix."""
    for last in "0123456789":
        if mod11_valid(prefix + last):
            return prefix + last
    raise AssertionError("no valid check digit")


def test_chi_numbers_with_date_and_check_digit(run):
    chi = _chi("150390123")
    for form in (chi, chi[:6] + "-" + chi[6:], chi[:6] + " " + chi[6:]):
        text, spans = run(f"Record {form} was found.")
        assert spans == [("chi", form)], form
        assert "[CHI]" in text


def test_ten_digits_without_valid_check_or_date_stay(run):
    good = _chi("150390123")
    bad = good[:9] + str((int(good[9]) + 1) % 10)
    _, spans = run(f"Reference {bad} on file.")
    assert spans == []


def test_labelled_chi_is_redacted_even_with_a_bad_check_digit(run):
    _, spans = run("CHI: 3112991234")
    assert spans == [("chi", "3112991234")]


def test_nhs_number_by_check_digit_and_label(run):
    number = _chi("943476591")  # 94 is no day: an NHS number, not a CHI
    spaced = f"{number[:3]} {number[3:6]} {number[6:]}"
    _, spans = run(f"NHS number: {spaced}")
    assert spans == [("nhs", spaced)]
    _, spans = run(f"See {spaced} in the notes.")
    assert spans == [("nhs", spaced)]


@pytest.mark.parametrize("ni", ["HR123456C", "AB 12 34 56 D", "JT654321A"])
def test_national_insurance_numbers(run, ni):
    _, spans = run(f"NI {ni} held.")
    assert spans == [("ni", ni)]


@pytest.mark.parametrize("not_ni", ["GB123456A", "BG123456A", "AB123456E"])
def test_invalid_ni_prefixes_and_suffixes_stay(run, not_ni):
    _, spans = run(f"Ref {not_ni} held.")
    assert spans == []


def test_mod11():
    assert mod11_valid("4010232137")
    assert not mod11_valid("4010232138")
    assert not mod11_valid("12345")
