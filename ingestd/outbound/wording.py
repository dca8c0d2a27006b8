"""Plain words for what a sender is told: document types, timeliness, and why a message was held.

One row per reason code (README "Reason codes"), each saying what happened and what to do, in
words a committee's administrator can act on. Nothing in a row depends on the message: the
words are the same for everyone, which is what keeps them free of personal data.
"""

from __future__ import annotations

from datetime import date

TYPE_NAMES = {
    "ICR": "Initial Case Review",
    "SCR": "Significant Case Review",
    "LR": "Learning Review",
}

#: reason code -> what the sender is told. Every documented code has a row (tests check this).
HELD_REASONS: dict[str, str] = {
    "no-attachment": "we found no report attached; please send the report as a PDF or Word document",
    "no-report": ("the attachments did not look like an Initial Case Review, Significant Case Review or "
                  "Learning Review report; if one was attached, please send it again as a PDF or Word document"),
    "no-text-layer": "the report is a scan we could not read; please send the document itself",
    "unreadable": "an attachment could not be read (it may be damaged); please send it again",
    "truncated": "an attachment arrived incomplete; please send it again",
    "encrypted-pdf": ("the PDF is protected by a password we do not have; please send it without the "
                      "password (encrypt the e-mail instead)"),
    "zip-bomb": "an attachment could not be opened safely; the team will look at it",
    "too-large": "an attachment is larger than we can process; the team will contact you",
    "parse-timeout": "an attachment took too long to read; the team will look at it",
    "parse-memory": "an attachment needed more memory to read than we allow; the team will look at it",
    "malformed-mime": "the message itself could not be read; please send it again",
    "poison": "the message could not be processed; the team will look at it",
    "undecryptable": ("the message could not be decrypted with our key; please check that you used our "
                      "current public key, and send it again"),
    "integrity-failure": "the encrypted message was damaged on the way; please send it again",
    "oversize-plaintext": "the decrypted message is larger than we can process; the team will contact you",
    "unencrypted": "reports from your committee must be sent encrypted; please send it again, encrypted",
    "unsigned": "reports from your committee must be signed; please send it again, signed",
    "signer-not-registered": ("the message was signed with a key that is not registered for your committee; "
                              "please contact the team"),
    "bad-signature": "the signature on the message did not verify; please send it again",
    "duplicate": "we had already received this message or report",
    "header-too-large": "the message's header was larger than we accept; please send it again as a new message",
    "mime-parts": ("the message has more parts than we accept; please send the report in a message of "
                   "its own"),
    "mime-depth": "the message is nested more deeply than we accept; please send the report in a new message",
    "password-protected": ("the report is protected by a password; the team will ask you for it (please "
                           "send the password separately, never in the same e-mail)"),
    "password-wrong": "the password we were given did not open the report; the team will contact you",
    "little-text": ("an attachment had almost no text (a cover sheet or an empty form?); please send the "
                    "completed report"),
    "ocr-low-confidence": "the report is a scan we could not read reliably; please send the document itself",
    "convert-unavailable": ("the report is in an older format we could not convert; please send it as a PDF "
                            "or Word (.docx) document"),
    "portal-encrypted": ("the report is behind an encryption portal; the team will open it in the portal, "
                         "or please send the report itself encrypted to our key"),
    "held-parts": "an attachment could not be read; the team will look at it",
    "spool-corrupt": ("the message was damaged on our disk before it could be read; please send it again "
                      "(the team has been told)"),
}

DEFAULT_HELD = "the message is being held for the team to look at"


def held_reason(code: str | None) -> str:
    return HELD_REASONS.get(code or "", DEFAULT_HELD)


def day_month(value: date, year_of: date | None = None) -> str:
    """``3 November``; with the year when it differs from ``year_of``'s (``28 December 2025``)."""
    text = f"{value.day} {value:%B}"
    return text if year_of is not None and value.year == year_of.year else f"{text} {value.year}"


def deadline_sentence(ratified_on: date | None, due_by: date | None, received_on: date, timeliness: str,
                      days_late: int | None) -> str:
    """``ratified 3 November, due 10 November, received 6 November: on time``."""
    received = day_month(received_on, received_on)
    if ratified_on is None or due_by is None or timeliness == "unknown":
        return (f"received {received}; we could not find the date the Chief Officers Group ratified it, "
                f"so its due date is not known yet")
    head = f"ratified {day_month(ratified_on, received_on)}, due {day_month(due_by, received_on)}, received {received}"
    if timeliness == "late":
        n = days_late or 0
        return f"{head}: {n} day{'s' if n != 1 else ''} late"
    return f"{head}: on time"
