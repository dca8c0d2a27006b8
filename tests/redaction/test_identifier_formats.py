"""Phone and National Insurance numbers in the formats people type, read from their specification.

Not from a blind set's failures: the formats come from how numbers are written (libphonenumber's
metadata for phones; the NI number's two letters, six digits and suffix, in groups). Every number here
is invented from fictional ranges (Ofcom's drama numbers) or impossible prefixes.
"""

from __future__ import annotations

from tests.redaction.helpers import forms


def test_phone_numbers_with_dots_slashes_and_an_international_prefix_are_redacted(run):
    text = ("Contacts\n"
            "Grandmother: tel 0131.496.0823 (home), mobile 0044 7700 900 634\n"
            "Aunt (abroad): 00 353 1 496 0578; her partner +33 6 12 34 56 78\n"
            "Foster carer: 01632/960245\n")
    redacted, flagged = run(text)
    for number in ("0131.496.0823", "0044 7700 900 634", "00 353 1 496 0578", "01632/960245"):
        assert number not in redacted, number
    assert "6 12 34 56 78" not in redacted
    assert len(forms(flagged, "phone")) >= 5


def test_a_phone_number_in_a_contact_table_cell_with_an_extension_is_redacted(run):
    text = ("Agency | Worker | Telephone\n"
            "Social Work | duty worker | 0131.496.0911 ext. 4471\n")
    redacted, _ = run(text)
    assert "496.0911" not in redacted and "4471" not in redacted
    assert "Social Work" in redacted


def test_dates_references_and_times_typed_like_numbers_are_kept(run):
    text = ("The review met on 03.12.2025 and 14/01/2026 between 09.30 and 12.45.\n"
            "Case reference 2026/04127, order 1234 5678 9012, page 0012 of the bundle.\n")
    redacted, flagged = run(text)
    assert not forms(flagged, "phone")
    for kept in ("03.12.2025", "14/01/2026", "09.30", "2026/04127", "1234 5678 9012", "0012"):
        assert kept in redacted, kept


def test_an_ni_number_typed_with_dashes_or_dots_is_redacted(run):
    text = ("Benefits were checked under JT-48-29-13-C in March.\n"
            "National Insurance no.: jt.48.29.14.b\n")
    redacted, flagged = run(text)
    assert {"JT-48-29-13-C", "jt.48.29.14.b"} <= forms(flagged, "ni")
    assert "48-29-13" not in redacted and "48.29.14" not in redacted


def test_a_dashed_reference_of_another_shape_is_not_an_ni_number(run):
    text = "Minute ref CP-12-34-56 and form SW-2026-01 were filed.\n"
    redacted, flagged = run(text)
    assert not forms(flagged, "ni")
    assert "CP-12-34-56" in redacted and "SW-2026-01" in redacted


def test_an_extension_goes_with_its_number_and_a_country_code_makes_ten_digits_a_phone(run):
    text = ("Duty desk 0131 496 0915 ext. 4471; abroad +44 (0)131 496 0911 extension 22.\n")
    redacted, flagged = run(text)
    assert "4471" not in redacted and "extension 22" not in redacted
    assert not forms(flagged, "nhs")
    assert "+44" not in redacted


def test_a_number_inside_a_reference_or_after_an_isbn_is_not_a_phone(run):
    text = "File CR/01632/960731 was closed; see ISBN 0-19-852663-6 for the guidance.\n"
    redacted, flagged = run(text)
    assert not forms(flagged, "phone")
    assert "CR/01632/960731" in redacted and "0-19-852663-6" in redacted
