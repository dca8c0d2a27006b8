"""Reading hostile MIME safely: leaf parts, sender domain, Message-ID, receipt time.

Everything here tolerates broken input: a header that does not parse is treated as absent,
never as an exception that loses the message. Nothing here logs header values.
"""

from __future__ import annotations

import email
import email.utils
import hashlib
import re
from datetime import datetime, timezone
from email import policy
from email.message import EmailMessage, Message

from ingestd.model import MessagePart

MAX_DEPTH = 20  # nesting beyond this is an attack, not a report
MAX_PARTS = 500


def parse_message(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _header(message: Message, name: str) -> str | None:
    try:
        value = message.get(name)
    except Exception:  # noqa: BLE001 - the email package raises many types on hostile headers
        return None
    return str(value) if value is not None else None


def _payload_bytes(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - broken transfer encodings
        payload = None
    if isinstance(payload, bytes):
        return payload
    raw = part.get_payload()
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


def leaf_parts(message: Message, *, from_encrypted: bool = False) -> list[MessagePart]:
    """Every non-container part, depth-first, descending into attached messages."""
    parts: list[MessagePart] = []

    def walk(part: Message, depth: int) -> None:
        if depth > MAX_DEPTH or len(parts) >= MAX_PARTS:
            return
        try:
            is_multipart = part.is_multipart()
            content_type = part.get_content_type()
        except Exception:  # noqa: BLE001
            return
        if is_multipart:
            payload = part.get_payload()
            if isinstance(payload, list):
                for child in payload:
                    if isinstance(child, Message):
                        walk(child, depth + 1)
            return
        if content_type == "message/rfc822":
            payload = part.get_payload()
            if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                walk(payload[0], depth + 1)
                return
        try:
            disposition = part.get_content_disposition()
        except Exception:  # noqa: BLE001
            disposition = None
        parts.append(MessagePart(
            data=_payload_bytes(part), content_type=content_type, disposition=disposition,
            content_id=_header(part, "Content-ID"), from_encrypted=from_encrypted,
        ))

    walk(message, 0)
    return parts


def sender_domain(message: Message) -> str | None:
    """The domain of the From address, lower-cased; None when absent or unparsable."""
    value = _header(message, "From")
    if not value:
        return None
    try:
        addresses = email.utils.getaddresses([value])
    except Exception:  # noqa: BLE001
        return None
    for _, address in addresses:
        if "@" in address:
            domain = address.rsplit("@", 1)[1].strip().strip(">").lower().rstrip(".")
            if re.fullmatch(r"[a-z0-9.-]{1,253}", domain):
                return domain
    return None


def message_id_digest(message: Message) -> str | None:
    """sha256 of the normalised Message-ID: dedup across channels without storing the id."""
    value = _header(message, "Message-ID")
    if not value:
        return None
    normalised = value.strip().strip("<>").strip().lower()
    if not normalised or len(normalised) > 998:
        return None
    return hashlib.sha256(normalised.encode("utf-8", "replace")).hexdigest()


def _parse_date(value: str) -> datetime | None:
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def header_receipt_time(message: Message) -> datetime | None:
    """For a message file: the newest ``Received:`` timestamp, else ``Date:``."""
    newest: datetime | None = None
    try:
        received = message.get_all("Received") or []
    except Exception:  # noqa: BLE001
        received = []
    for value in received:
        text = str(value)
        if ";" not in text:
            continue
        stamp = _parse_date(text.rsplit(";", 1)[1])
        if stamp is not None and (newest is None or stamp > newest):
            newest = stamp
    if newest is not None:
        return newest
    date_value = _header(message, "Date")
    return _parse_date(date_value) if date_value else None
