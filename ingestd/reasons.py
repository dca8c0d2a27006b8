"""Why an attachment could not be read, in codes and in plain words.

One row per code a parser or the attachment stage can give. The code is stable (it is in
the intake log, the quarantine list and the metrics); the meaning is what a reviewer reads
("1 attachment could not be read: it is protected by a password ..."), so it says what to
do, and never names the file or quotes it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    code: str
    meaning: str


ATTACHMENT_REASONS: tuple[Reason, ...] = (
    Reason("unreadable", "the file is damaged or not what it claims to be"),
    Reason("truncated", "the file is cut short (incomplete download or attachment)"),
    Reason("password-protected", "it is protected by a password: ask the committee for it and run "
                                 "'ingestd quarantine reprocess ID --password-file FILE'"),
    Reason("password-wrong", "the password supplied did not open it"),
    Reason("no-text-layer", "it is a scan (pictures of pages, no text) and OCR could not read it or is off"),
    Reason("little-text", "it has a text layer but almost no text (under 20 characters a page): "
                          "a cover sheet or a form without its content"),
    Reason("ocr-low-confidence", "it is a scan and OCR read it with low confidence: the text would be "
                                 "unreliable, check the original"),
    Reason("parse-timeout", "reading it took longer than the configured limit"),
    Reason("parse-memory", "reading it needed more memory than the configured limit"),
    Reason("too-large", "it is larger than the configured limit (size, pages or text)"),
    Reason("zip-bomb", "it is an archive or document that expands to an unsafe size"),
    Reason("convert-unavailable", "it is a .doc, .rtf or .odt file and LibreOffice is not installed"),
    Reason("held-parts", "its reports were filed, but an attachment could not be read (see held_parts): "
                         "check the original"),
    Reason("portal-encrypted", "the report is behind an encryption portal: open it in the portal and "
                               "forward the report"),
)

_BY_CODE = {reason.code: reason for reason in ATTACHMENT_REASONS}
ATTACHMENT_CODES = tuple(_BY_CODE)


def meaning(code: str) -> str:
    """The plain-words meaning of ``code`` (the code itself for one not in the table)."""
    found = _BY_CODE.get(code)
    return found.meaning if found else code
