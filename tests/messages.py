"""Builders for the tests' own fictional messages and report texts.

Every person, street and postcode here is invented for these tests.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def icr_text(ratified: str = "3rd November 2026", *, cpc: str = "Glasgow Child Protection Committee",
             decision: str = "proceed", extra: list[str] | None = None) -> list[str]:
    """Lines of a fictional ICR report naming invented people."""
    decision_line = {
        "proceed": "Decision: the Initial Case Review recommends that a Learning Review should proceed.",
        "no": "Decision: the threshold for a Learning Review is not met; no further review is required.",
    }[decision]
    return [
        f"{cpc}",
        "Initial Case Review: Summary Report",
        "Child: Child T (aged 4)",
        "Name of child's parents/carers: Thessaly Quarrington (mother), Bramwell Oxtoby (partner)",
        "Address: Flat 3/2, 14 Vexmoor Rise, Glasgow G72 9QX",
        "Mrs Quarrington contacted the health visitor on 2 October 2026. Mr Oxtoby was not present.",
        "Police Scotland and NHS Greater Glasgow and Clyde shared information.",
        "The ICR meeting took place on 20 October 2026.",
        decision_line,
        f"The Chief Officers Group ratified the outcome of the review on {ratified}.",
        "Contact: Lead Officer, telephone 0141 496 0123.",
        *(extra or []),
    ]


def scr_text(ratified: str = "19.05.2026") -> list[str]:
    return [
        "Fife Child Protection Committee",
        "Significant Case Review: Child M",
        "Executive summary",
        "This Significant Case Review considers multi-agency practice with Child M and family.",
        "Ms Ondine Farquharson-Pell, the child's grandmother, lived at 9 Corrievane Lane, Kirkcaldy KY9 4ZT.",
        f"The Chief Officers Group approved the report at its meeting on {ratified}.",
    ]


def lr_text(ratified: str = "28th of July 2026") -> list[str]:
    return [
        "Highland Child Protection Committee",
        "Learning Review report",
        "This Learning Review was commissioned under the National Guidance for Child Protection in Scotland 2021.",
        "Sibling 2 and Mother were interviewed. Dr Caius Wendelmoor provided a chronology.",
        f"The Chief Officers Group endorsed the Learning Review findings on {ratified}.",
    ]


def cover_letter_text() -> list[str]:
    return [
        "Glasgow Child Protection Committee",
        "Dear colleague,",
        "Please find attached the Initial Case Review report for Child T, ratified by the Chief Officers Group.",
        "Yours sincerely,",
        "Lead Officer",
    ]


def build_message(attachments: list[tuple[bytes, str, str]] = (), *, sender: str = "cpc@glasgow.gov.uk",
                  date: datetime | None = None, received: datetime | None = None, message_id: str | None = None,
                  body: str = "Please find the report attached.", subject: str = "ICR report") -> bytes:
    """A MIME message; ``attachments`` are (bytes, filename, content type)."""
    msg = EmailMessage()
    msg["From"] = f"Child Protection <{sender}>"
    msg["To"] = "intake@strategic.example.gov.scot"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or datetime(2026, 11, 5, 10, 0, tzinfo=timezone.utc))
    msg["Message-ID"] = message_id or make_msgid(domain=sender.split("@")[1])
    if received is not None:
        msg["Received"] = f"from relay.example.net by mx.example.gov.scot; {format_datetime(received)}"
    msg.set_content(body)
    for data, filename, ctype in attachments:
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(msg)


def plain_message(tag: str, *, body: str, sender: str, to: str, subject: str,
                  date: str = "Mon, 02 Mar 2026 10:00:00 +0000", size: int = 0, mime_headers: bool = True) -> bytes:
    """A small plain-text message with CRLF line endings, built byte by byte (no policy
    rewrapping), for the transport tests: its own Message-ID ``<tag@sender domain>`` and body,
    so its own sha256. ``size`` pads the body with 76-character lines up to about that many bytes."""
    if size:
        line = "x" * 76 + "\r\n"
        body += line * max(0, (size - len(body)) // len(line))
    head = (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\n"
            f"Message-ID: <{tag}@{sender.split('@', 1)[1]}>\r\n")
    if mime_headers:
        head += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n"
    head += "\r\n"
    return (head + body).encode("ascii")


def purview_notice(*, with_rpmsg: bool = True, sender: str = "cpc@glasgow.gov.uk") -> bytes:
    """A Microsoft Purview Message Encryption notice as its public documentation describes it:
    "You've received an encrypted message from ...", a "Read the message" link to the
    Office 365 encryption portal, and for Outlook recipients a ``message.rpmsg`` attachment
    (content type application/x-microsoft-rpmsg-message; the file starts with the
    compressed-DRM prefix 76 E8 04 60 C4 11 E3 86)."""
    msg = EmailMessage()
    msg["From"] = f"Lead Officer <{sender}>"
    msg["To"] = "intake@strategic.example.gov.scot"
    msg["Subject"] = "Encrypted message"
    msg["Date"] = format_datetime(datetime(2026, 11, 5, 10, 0, tzinfo=timezone.utc))
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    msg.set_content(f"{sender} has sent you a protected message.\n\nYou\u2019ve received an encrypted message from "
                    f"{sender}\n\nRead the message: https://outlook.office365.com/Encryption/retrieve.ashx\n\n"
                    "Message encryption by Microsoft Office 365\n")
    if with_rpmsg:
        fake_drm = bytes.fromhex("76e80460c411e386") + b"\x00" * 120
        msg.add_attachment(fake_drm, maintype="application", subtype="x-microsoft-rpmsg-message",
                           filename="message.rpmsg")
    return bytes(msg)


def egress_notice(sender: str = "cpc@fife.gov.uk") -> bytes:
    """An Egress Protect notice as Egress describes it: an HTML mail saying the sender has sent
    a secure email, with a button to read it in the Egress web portal (switch.egress.com)."""
    msg = EmailMessage()
    msg["From"] = f"Child Protection <{sender}>"
    msg["To"] = "intake@strategic.example.gov.scot"
    msg["Subject"] = "[SECURE] ICR report"
    msg["Date"] = format_datetime(datetime(2026, 11, 5, 10, 0, tzinfo=timezone.utc))
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    msg.set_content("You have received a secure email. To read it, open it in Egress.\n")
    msg.add_alternative("<html><body><p>You have received a <b>secure email</b> protected by Egress.</p>"
                        "<p><a href=\"https://switch.egress.com/ui/\">Read securely</a></p></body></html>",
                        subtype="html")
    return bytes(msg)
