"""Decide an attachment's format from its bytes alone.

The sender chooses the filename and the declared content type, so neither is evidence
(THREATS B11). Sniffing runs in the daemon process, so it only reads headers and the ZIP
central directory; it never decompresses a member.
"""

from __future__ import annotations

import io
import struct
import zipfile

PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW = 1024  # Acrobat accepts the header anywhere in the first 1024 bytes
ZIP_LOCAL_HEADER = b"PK\x03\x04"
CONTENT_TYPES = "[Content_Types].xml"
WORD_MAIN = "word/document.xml"
_OOXML_FIRST_MEMBERS = (CONTENT_TYPES, "_rels/.rels", "word/", "docProps/")


def sniff(data: bytes) -> str | None:
    """Return ``"pdf"``, ``"docx"`` or ``None`` (not a format we parse)."""
    if PDF_MAGIC in data[:PDF_MAGIC_WINDOW]:
        return "pdf"
    if data.startswith(ZIP_LOCAL_HEADER):
        return "docx" if _looks_like_docx(data) else None
    return None


def _looks_like_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        # No readable central directory: a truncated DOCX still starts with an OOXML part.
        # Call it docx so that extraction reports it as truncated rather than unsupported.
        return _first_member_name(data).startswith(_OOXML_FIRST_MEMBERS)
    return CONTENT_TYPES in names and WORD_MAIN in names


def _first_member_name(data: bytes) -> str:
    """Name stored in the first local file header (APPNOTE 4.3.7), or ``""``."""
    if len(data) < 30:
        return ""
    (name_length,) = struct.unpack_from("<H", data, 26)
    return data[30 : 30 + name_length].decode("cp437", errors="replace")
