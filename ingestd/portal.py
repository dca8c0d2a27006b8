"""Notices from encryption portals: the report is there, but not in the message.

Public bodies often send through a portal that replaces the mail with a notice: Egress
("You have received a secure email ... Egress Switch"), Microsoft Purview Message
Encryption ("You've received an encrypted message from ...", with a ``message.html`` or,
to Outlook, a ``message.rpmsg`` attachment), Cisco Secure Email Encryption ("Registered
Envelope"), Mimecast Secure Messaging. Such a message has no readable report, and calling it
``no-attachment`` would tell the team "nothing was sent" when a report is waiting behind a
link. ``portal_notice`` finds them so the message is quarantined as ``portal-encrypted``.

Rules are rows: a name, the evidence, why it is conclusive, and examples the tests check
(``tests/test_portal.py`` builds notices from these descriptions).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ingestd.model import MessagePart

#: [MS-RMPR] protected mail: the attachment's content type, and the "compressed DRM content"
#: prefix that every .rpmsg file starts with.
RPMSG_TYPES = ("application/x-microsoft-rpmsg-message", "application/x-microsoft-rpmsg-message-v2")
RPMSG_MAGIC = bytes.fromhex("76e80460c411e386")
_TEXT_WINDOW = 256 * 1024  # a notice is short; never scan a megabyte of body text


@dataclass(frozen=True)
class NoticeRule:
    name: str
    pattern: re.Pattern[str]
    reason: str
    examples: tuple[str, ...]
    leaves_alone: tuple[str, ...] = ()


NOTICE_RULES: tuple[NoticeRule, ...] = (
    NoticeRule(
        "purview-ome",
        re.compile(r"you(?:'ve| have) received an encrypted message|microsoft (?:purview|office 365) message "
                   r"encryption|outlook\.office365\.com/encryption", re.I),
        "the wording and link of Microsoft's message-encryption wrapper (Purview, formerly Office 365 OME)",
        ("You've received an encrypted message from lead.officer@council.example.gov.uk",
         "To view your message, sign in ... Microsoft Purview Message Encryption"),
        ("The encrypted report is attached as a password-protected PDF.",),
    ),
    NoticeRule(
        "egress",
        re.compile(r"\begress\b.{0,200}\b(?:secure|encrypted|protected) (?:e-?mail|message)|"
                   r"\b(?:secure|encrypted|protected) (?:e-?mail|message)\b.{0,200}\begress\b|switch\.egress\.com",
                   re.I | re.S),
        "Egress Protect/Switch notices name Egress next to 'secure email' and link to its portal",
        ("You have received a secure email from the committee. Open it with Egress.",
         "Read the message at https://switch.egress.com/ui/"),
        ("We will send the report by secure email next week.",),
    ),
    NoticeRule(
        "cisco-registered-envelope",
        re.compile(r"registered envelope|secure email encryption service", re.I),
        "Cisco Secure Email Encryption wraps the message in a 'Registered Envelope' attachment",
        ("You have received a Registered Envelope from the sender.",),
    ),
    NoticeRule(
        "mimecast-secure-messaging",
        re.compile(r"mimecast.{0,100}secure messag|secure messag.{0,100}mimecast", re.I | re.S),
        "Mimecast Secure Messaging notices name the service and link to its portal",
        ("A message has been sent to you using Mimecast Secure Messaging.",),
    ),
)


def portal_notice(parts: Iterable[MessagePart]) -> str | None:
    """The name of the rule that recognises an encryption-portal notice, or None."""
    parts = list(parts)
    for part in parts:
        if part.content_type.lower() in RPMSG_TYPES or part.data.startswith(RPMSG_MAGIC):
            return "rpmsg"
    for part in parts:
        if not part.content_type.lower().startswith("text/"):
            continue
        text = _plain(part.data[:_TEXT_WINDOW], html_markup=part.content_type.lower() == "text/html")
        for rule in NOTICE_RULES:
            if rule.pattern.search(text):
                return rule.name
    return None


def _plain(data: bytes, *, html_markup: bool) -> str:
    text = data.decode("utf-8", "replace")
    if html_markup:
        text = html.unescape(re.sub(r"<[^>]{0,2000}>", " ", text))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text)
