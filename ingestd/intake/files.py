"""``ingestd ingest`` takes message files: tell a message from a document before spooling it.

A bare DOCX or PDF handed to ``ingest`` used to be filed as a message without a report, with
today's date as its receipt time. A file is taken only when it starts with an RFC 5322 header
block (optionally after an mbox ``From `` line) holding at least one of the fields every mail
system writes. The check reads the first few kilobytes only and never logs what it read.
"""

from __future__ import annotations

import re

from ingestd.errors import UsageError

#: Magic numbers of documents people hand to ``ingest`` by mistake, with what to call them.
DOCUMENT_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP container (a DOCX, ODT or ZIP file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE document (a .doc, or a password-protected DOCX)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)

#: Header fields a real message carries at least one of.
MESSAGE_FIELDS = re.compile(rb"(?im)^(from|date|message-id|received|return-path|mime-version|to|subject)[ \t]*:")
_FIELD_LINE = re.compile(rb"^[\x21-\x39\x3b-\x7e]+[ \t]*:")
_HEAD_WINDOW = 64 * 1024
_HINT = "'ingestd ingest' takes e-mail messages (RFC 5322, .eml); 'ingestd redact FILE' shows a document's redacted text"


def check_message_file(name: str, raw: bytes) -> None:
    """Raise ``UsageError`` (exit 2) unless ``raw`` looks like an RFC 5322 message."""
    head = raw[:_HEAD_WINDOW]
    stripped = head.lstrip(b"\xef\xbb\xbf")
    for magic, what in DOCUMENT_MAGIC:
        if stripped.startswith(magic):
            raise UsageError(f"{name}: this is {what}, not an e-mail message; {_HINT}")
    if stripped.startswith(b"From "):  # an mbox separator line before the headers
        stripped = stripped.split(b"\n", 1)[1] if b"\n" in stripped else b""
    first_line = stripped.split(b"\n", 1)[0]
    if not stripped or not _FIELD_LINE.match(first_line):
        raise UsageError(f"{name}: not an e-mail message (it does not start with a header such as 'From:'); {_HINT}")
    header_block = re.split(rb"\r?\n\r?\n", stripped, maxsplit=1)[0]
    if not MESSAGE_FIELDS.search(header_block):
        raise UsageError(f"{name}: not an e-mail message (no From:, Date:, Message-ID: or Received: header); {_HINT}")
