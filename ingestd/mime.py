"""Reading hostile MIME safely: a pre-parse scan, headers, sender domain, Message-ID, receipt time.

Everything here tolerates broken input: a header that does not parse is treated as absent,
never as an exception that loses the message. Nothing here logs header values.
"""

from __future__ import annotations

import email
import email.parser
import email.utils
import hashlib
import re
from datetime import datetime, timezone
from email import policy
from email.message import EmailMessage, Message

from ingestd.errors import Quarantine

MAX_PARTS = 500  # parts per message (delimiter lines, or Content-Type headers); real reports have a handful
MAX_HEADER_BYTES = 100 * 1024  # Postfix's header_size_limit
MAX_BOUNDARIES = 50  # multipart containers per message; real reports have a handful

_PART_HEADER = re.compile(rb"(?im)^content-type[ \t]*:")
_BOUNDARY_PARAM = re.compile(rb"(?i)boundary[ \t]*=")
# The boundary value as the parser will read it: quoted, a token, or RFC 2231 (boundary*=...''p).
_BOUNDARY_VALUE = re.compile(rb"""(?i)boundary(?:\*0?)?\*?[ \t]*=[ \t]*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))""")
_HEADER_END = re.compile(rb"\r?\n\r?\n")


def prescan(raw: bytes) -> None:
    """Refuse structures that would make the email parser itself the attack, before parsing.

    CPython's parser takes minutes over 300,000 tiny parts and overflows the stack on
    multiparts nested 1,000 deep (THREATS B1, B2, B8); counting a few byte patterns is linear
    and cheap. Raises ``Quarantine`` with ``header-too-large``, ``mime-parts`` or ``mime-depth``.
    """
    end = _HEADER_END.search(raw, 0, MAX_HEADER_BYTES + 4)
    if end is None and len(raw) > MAX_HEADER_BYTES:
        raise Quarantine("header-too-large", f"no end of header within {MAX_HEADER_BYTES} bytes")
    parts = 0
    for parts, _ in enumerate(_PART_HEADER.finditer(raw), start=1):
        if parts > MAX_PARTS:
            raise Quarantine("mime-parts", f"more than {MAX_PARTS} parts")
    delimiters = count_delimiter_lines(raw)
    if delimiters > MAX_PARTS + 1:  # n parts need n + 1 delimiter lines (the last one closes)
        raise Quarantine("mime-parts", f"more than {MAX_PARTS} boundary delimiter lines")
    boundaries = 0
    for boundaries, _ in enumerate(_BOUNDARY_PARAM.finditer(raw), start=1):
        if boundaries > MAX_BOUNDARIES:
            raise Quarantine("mime-depth", f"more than {MAX_BOUNDARIES} multipart containers")


def declared_boundaries(raw: bytes) -> set[bytes]:
    """Every multipart boundary declared anywhere in ``raw`` (at most MAX_BOUNDARIES + 1 of them)."""
    found: set[bytes] = set()
    for match in _BOUNDARY_VALUE.finditer(raw):
        value = match.group(1) or match.group(2)
        if b"''" in value:  # RFC 2231: charset'language'value, percent-encoded
            value = re.sub(rb"%([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                           value.split(b"''", 1)[1])
        found.add(value)
        if len(found) > MAX_BOUNDARIES:
            break
    return found


def count_delimiter_lines(raw: bytes) -> int:
    """Lines that start with ``--boundary`` for any declared boundary: what the parser splits on.

    Counting ``Content-Type:`` headers misses parts without headers: 300,000 bare ``--p``
    lines cost the parser a minute (THREATS B2). A part the parser will make is a delimiter
    line, whatever follows it, so these are counted - with ``bytes.count``, at C speed.
    A boundary that is a prefix of another (``p`` and ``p2``) counts the longer one's lines
    twice; that only makes the limit stricter for a structure no real mailer produces.
    """
    total = 0
    for boundary in declared_boundaries(raw):
        delimiter = b"--" + boundary
        total += raw.count(b"\n" + delimiter) + raw.startswith(delimiter)
        if total > MAX_PARTS + 1:
            break
    return total


def parse_headers(raw: bytes) -> EmailMessage:
    """The header section only: cheap whatever the body holds."""
    end = _HEADER_END.search(raw, 0, MAX_HEADER_BYTES + 4)
    head = raw[: end.end()] if end else raw[:MAX_HEADER_BYTES]
    message = email.parser.BytesParser(policy=policy.default).parsebytes(head, headersonly=True)
    assert isinstance(message, EmailMessage)
    return message


def _header(message: Message, name: str) -> str | None:
    try:
        value = message.get(name)
    except Exception:  # noqa: BLE001 - the email package raises many types on hostile headers
        return None
    return str(value) if value is not None else None


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
