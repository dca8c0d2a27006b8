"""Round 6 classes (issue 10) that the rules table's examples cannot show: how spans relate.

Every name, street and date here is invented.
"""

from __future__ import annotations

from ingestd.redaction import redact


def test_a_space_aligned_table_goes_on_after_a_row_whose_name_outgrew_its_column() -> None:
    text = ("Name              Relationship   Date of birth\n"
            "Ilsa Varrow       Mother         03/05/1988\n"
            "Oriel Quillan-Pellow-Varrow Son 04/07/2015\n"
            "Corran Daske      Grandfather    21.09.1958\n")
    result = redact(text)
    assert result.counts.get("dob") == 3
    for word in ("Ilsa", "Varrow", "Oriel", "Quillan", "Pellow", "Corran", "Daske"):
        assert word not in result.text
    for kept in ("Mother", "Son", "Grandfather"):
        assert kept in result.text


def test_a_family_table_typed_with_one_space_between_full_cells_loses_every_birth_date() -> None:
    widths = (21, 13, 14)
    rows = [("Name", "Relationship", "Date of birth"), ("Ilsa Varrow", "Mother", "03/05/1988"),
            ("Oriel Varrow-Quillan", "Son", "04/07/2015"), ("Corran Varrow", "Daughter", "21.09.2018"),
            ("Eachra Ann Quillan-Daske", "Grandmother", "17 Jan 1961")]
    text = "".join(" ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() + "\n" for row in rows)
    result = redact(text)
    assert result.counts.get("dob") == 4
    for word in ("Ilsa", "Varrow", "Oriel", "Quillan", "Corran", "Eachra", "Daske"):
        assert word not in result.text
    for kept in ("Mother", "Son", "Daughter", "Grandmother"):
        assert kept in result.text


def test_a_line_of_prose_right_under_a_space_aligned_table_is_not_one_of_its_rows() -> None:
    text = ("Name            Role\nIlsa Varrow     Chair\n"
            "The Review Team thanked the family for their time and for the help they gave\n")
    result = redact(text)
    assert "The Review Team thanked the family" in result.text
