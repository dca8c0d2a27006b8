"""Decide an attachment's format from its bytes alone.

The sender chooses the filename and the declared content type, so neither is evidence
(THREATS B11). Sniffing runs in the daemon process, so it only reads magic numbers and the
ZIP central directory; it never decompresses a member and never opens an OLE directory
(that, and everything else, happens in the sandboxed worker).

=========  ================================================  ==========================================
kind       evidence                                          becomes
=========  ================================================  ==========================================
pdf        ``%PDF-`` in the first 1024 bytes                 pdfminer text, OCR for pages without text
docx       ZIP with ``[Content_Types].xml`` + ``word/...``   python-docx text
odt        ZIP whose first member is ``mimetype`` = ODF text LibreOffice -> docx -> text
ole        OLE2 compound file magic ``D0CF11E0``             encrypted DOCX, or Word 97-2003 (.doc)
rtf        ``{\\rtf``                                          LibreOffice -> docx -> text
image      PNG, JPEG or TIFF magic                           OCR (a scan sent as a picture)
zip        any other ZIP                                     each report-format member, as an attachment
=========  ================================================  ==========================================
"""

from __future__ import annotations

import io
import struct
import zipfile

PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW = 1024  # Acrobat accepts the header anywhere in the first 1024 bytes
ZIP_LOCAL_HEADER = b"PK\x03\x04"
OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")  # [MS-CFB] 2.2 header signature
RTF_MAGIC = b"{\\rtf"
IMAGE_MAGICS = (
    b"\x89PNG\r\n\x1a\n",  # PNG, RFC 2083 §3.1
    b"\xff\xd8\xff",  # JPEG SOI + first marker
    b"II*\x00",  # TIFF little-endian
    b"MM\x00*",  # TIFF big-endian
)
CONTENT_TYPES = "[Content_Types].xml"
WORD_MAIN = "word/document.xml"
ODF_MIMETYPE = b"mimetype"
ODF_TEXT = b"application/vnd.oasis.opendocument.text"
_OOXML_FIRST_MEMBERS = (CONTENT_TYPES, "_rels/.rels", "word/", "docProps/")

#: Kinds that hold one report each; ``zip`` holds others.
DOCUMENT_KINDS = ("pdf", "docx", "odt", "ole", "rtf", "image")
KINDS = (*DOCUMENT_KINDS, "zip")


def sniff(data: bytes) -> str | None:
    """Return one of ``KINDS``, or ``None`` (not a format we read)."""
    if PDF_MAGIC in data[:PDF_MAGIC_WINDOW]:
        return "pdf"
    if data.startswith(ZIP_LOCAL_HEADER):
        return _zip_kind(data)
    if data.startswith(OLE_MAGIC):
        return "ole"
    if data.startswith(RTF_MAGIC):
        return "rtf"
    if data.startswith(IMAGE_MAGICS):
        return "image"
    return None


def _zip_kind(data: bytes) -> str:
    # ODF (OASIS ODF 1.2 part 3, §3.3): the first member is an uncompressed "mimetype".
    first = _first_member_name(data)
    if first == "mimetype":
        (extra_length,) = struct.unpack_from("<H", data, 28)
        start = 30 + len(ODF_MIMETYPE) + extra_length
        if data[start : start + len(ODF_TEXT)] == ODF_TEXT:
            return "odt"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        # No readable central directory: a truncated DOCX still starts with an OOXML part.
        # Call it docx so that extraction reports it as truncated rather than unsupported.
        return "docx" if first.startswith(_OOXML_FIRST_MEMBERS) else "zip"
    return "docx" if CONTENT_TYPES in names and WORD_MAIN in names else "zip"


def _first_member_name(data: bytes) -> str:
    """Name stored in the first local file header (APPNOTE 4.3.7), or ``""``."""
    if len(data) < 30:
        return ""
    (name_length,) = struct.unpack_from("<H", data, 26)
    return data[30 : 30 + name_length].decode("cp437", errors="replace")
