"""Format is decided by content, never by the name or type the sender declared."""

from __future__ import annotations

from ingestd import parsers
from tests.factories import make_docx, make_pdf, make_scanned_pdf, make_zip_not_docx


def test_pdf_is_sniffed_by_magic() -> None:
    assert parsers.sniff(make_pdf(["Some fictional text."])) == "pdf"
    assert parsers.sniff(make_scanned_pdf()) == "pdf"


def test_pdf_magic_after_leading_junk_within_1024_bytes() -> None:
    assert parsers.sniff(b"\x00" * 500 + make_pdf(["x"])) == "pdf"
    assert parsers.sniff(b"\x00" * 2000 + make_pdf(["x"])) is None


def test_docx_is_sniffed_and_generic_zip_is_an_archive() -> None:
    assert parsers.sniff(make_docx(["A paragraph."])) == "docx"
    assert parsers.sniff(make_zip_not_docx()) == "zip"


def test_truncated_docx_still_sniffs_as_docx_so_it_fails_loudly() -> None:
    data = make_docx(["A paragraph."])
    assert parsers.sniff(data[: len(data) // 2]) == "docx"


def test_older_formats_scans_and_protected_files_are_ours() -> None:
    assert parsers.sniff(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504) == "ole"  # .doc, encrypted .docx
    assert parsers.sniff(b"{\\rtf1\\ansi Fictional text}") == "rtf"
    assert parsers.sniff(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64) == "image"
    assert parsers.sniff(b"\xff\xd8\xff\xe0" + b"\x00" * 64) == "image"
    assert parsers.sniff(b"II*\x00" + b"\x00" * 64) == "image"


def test_other_formats_are_not_ours() -> None:
    assert parsers.sniff(b"Dear colleague, please find attached...") is None
    assert parsers.sniff(b"") is None
    assert parsers.sniff(b"GIF89a" + b"\x00" * 64) is None
