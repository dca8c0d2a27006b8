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
    Reason("parse-memory", "reading it needed more memory than the configured limit, or the machine ran out "
                           "of memory while reading it (the detail says which; then reprocess it)"),
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


#: Why a whole message is held or was not filed, for the team (the web app's /attention page).
#: Every code in README "Reason codes" has a row; attachment codes take their meaning above.
MESSAGE_REASONS: dict[str, str] = {
    "duplicate": "the same message, or every report in it, had been received before",
    "no-attachment": "the message has no attachment in a report format (PDF, Word, scan image, ZIP of these)",
    "no-report": "the attachments were read but none is an ICR, SCR or Learning Review (a cover letter, an agenda)",
    "malformed-mime": "the message structure could not be read at all",
    "poison": "the message crashed the reader repeatedly and was set aside",
    "mime-parts": "the message has more parts than any real report mail; refused unread as unsafe",
    "mime-depth": "the message nests containers deeper than any real report mail; refused unread as unsafe",
    "header-too-large": "a header of the message is far larger than any real one; refused unread as unsafe",
    "spool-corrupt": "the disk could not read the stored message back; an operator must look at the disk",
    "undecryptable": "the message is encrypted but not to a key we hold (old key, or the wrong one)",
    "integrity-failure": "the encrypted message was damaged or tampered with on the way",
    "oversize-plaintext": "the decrypted message is larger than the configured limit",
    "unencrypted": "the committee's policy requires encryption and the message was not encrypted",
    "unsigned": "the committee's policy requires a signature and the message was not signed",
    "signer-not-registered": "the message is signed by a key not registered for the committee",
    "bad-signature": "the signature does not match the message: it may have been altered",
    "encrypted-pdf": "the PDF is protected by a password we do not have",
}


def message_meaning(code: str | None) -> str:
    """Plain words for a message-level or attachment reason code (the code itself if unknown)."""
    if not code:
        return ""
    return MESSAGE_REASONS.get(code) or meaning(code)
