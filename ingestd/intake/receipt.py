"""When did the organisation accept a message? The receipt time behind a relay.

The 7-day deadline counts from the organisation's acceptance of a report, not from the moment
ingestd happened to be handed it. Behind Postfix those differ by seconds normally and by days
after an ingestd outage (Postfix queues and retries with back-off), which turned on-time
reports ``late``. The organisation's relay records its acceptance in the ``Received:`` header
it prepends (RFC 5321 section 4.4), so with ``[smtp] trusted_relays`` set we read it there.

Headers are sender-controlled text, so only a header that a trusted host wrote counts:

* SMTP: when the connecting peer is in ``trusted_relays``, the topmost ``Received:`` header
  is the one it prepended. If that header records (in its ``from`` clause, the
  ``(NAME [ADDRESS])`` Postfix writes from the TCP connection) that it came from another
  trusted relay, the header below was written by that relay, and so on down the chain; the
  lowest header of the chain is the organisation's first acceptance. A peer that is not
  trusted makes every header untrusted: the time is our own acceptance.
* IMAP: the mailbox server's own header is the topmost. If it records a trusted relay as
  its peer, the chain starts with the header below it, as above; the time used is the earlier
  of that and the mailbox's INTERNALDATE.

A header time that cannot be parsed, lies in the future (beyond ``CLOCK_SKEW``), or is older
than ``MAX_RELAY_DELAY`` falls back to our own acceptance time, with a reason code that is
recorded. Nothing here logs header values.
"""

from __future__ import annotations

import email.utils
import ipaddress
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

# How far a relay's clock may run ahead of ours before its header is called a lie.
CLOCK_SKEW = timedelta(minutes=5)
# Postfix gives up after maximal_queue_lifetime (5 days by default): an older "acceptance" is
# not a queueing delay but a wrong clock or a forged header.
MAX_RELAY_DELAY = timedelta(days=7)
MAX_HEADER_BYTES = 100 * 1024
MAX_RECEIVED = 20  # trusted chains are a few hops long; the rest of the header is not read

# Where the time came from, as recorded in messages.received_source and `ingestd log`.
SOURCE_RELAY = "relay"  # a trusted relay's Received: header
SOURCE_ACCEPTED = "accepted"  # our own SMTP acceptance (no trusted relay, or its header unusable)
SOURCE_INTERNALDATE = "internaldate"  # the IMAP server's INTERNALDATE
SOURCE_HEADER = "header"  # a message file: its newest Received:, else Date: (ingestd ingest)
SOURCE_CLOCK = "clock"  # a message file without a usable date: when it was ingested

# Fallback reasons (recorded with the message's source facts as ``receipt_fallback``).
FALLBACKS = {
    "relay-no-header": "the trusted relay's Received: header is missing",
    "relay-date-unparseable": "the trusted relay's Received: header has no readable date",
    "relay-date-future": "the trusted relay's Received: date is later than our own acceptance",
    "relay-date-too-old": f"the trusted relay's Received: date is more than {MAX_RELAY_DELAY.days} days old",
}

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_RECEIVED = re.compile(rb"(?im)^received[ \t]*:")
_FIELD_START = re.compile(rb"\r?\n(?![ \t])")
# Postfix: "from HELO (NAME [ADDRESS])"; the last such comment is the one written from the TCP
# connection (a HELO may itself contain brackets, but it comes first).
_PEER = re.compile(r"\((?:[^()\[\]]*\s)?\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]\)")


@dataclass(frozen=True)
class Receipt:
    received_at: datetime
    source: str
    fallback: str | None = None

    def facts(self) -> dict[str, str | int]:
        """What goes into the spool entry's source facts (and the message row)."""
        facts: dict[str, str | int] = {"received_source": self.source}
        if self.fallback:
            facts["receipt_fallback"] = self.fallback
        return facts


class TrustedRelays:
    """``[smtp] trusted_relays``: addresses and networks whose Received: headers count."""

    def __init__(self, entries: tuple[str, ...] | list[str]) -> None:
        self.networks = tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)

    def __bool__(self) -> bool:
        return bool(self.networks)

    def __contains__(self, address: object) -> bool:
        if not isinstance(address, str) or not self.networks:
            return False
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return any(ip.version == net.version and ip in net for net in self.networks)


def received_headers(raw: bytes | bytearray) -> list[str]:
    """The ``Received:`` fields of the header section, topmost first, unfolded (at most MAX_RECEIVED)."""
    end = _HEADER_END.search(raw, 0, MAX_HEADER_BYTES)
    head = bytes(raw[: end.start() if end else MAX_HEADER_BYTES])
    found = []
    for match in _RECEIVED.finditer(head):
        if match.start() and head[match.start() - 1:match.start()] != b"\n":
            continue
        following = _FIELD_START.search(head, match.end())
        value = head[match.end(): following.start() if following else len(head)]
        found.append(re.sub(r"\r?\n[ \t]+", " ", value.decode("latin-1")))
        if len(found) >= MAX_RECEIVED:
            break
    return found


def header_peer(value: str) -> str | None:
    """The address a Received: header says its writer got the message from (Postfix format).

    Postfix writes ``from HELO (NAME [ADDRESS]) by HOST (Postfix) with ... for <RCPT>; DATE``.
    The HELO is the client's choice and may contain such a comment itself, but it comes
    first; the ``by`` and ``with`` clauses hold no bracketed address, and ``for`` holds one of
    our own recipients. So the last comment with a bracketed address is the TCP peer's.
    """
    peers = _PEER.findall(value.rsplit(";", 1)[0])
    return peers[-1] if peers else None


def header_date(value: str) -> datetime | None:
    if ";" not in value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value.rsplit(";", 1)[1].strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None or parsed.tzinfo is None:  # "-0000" (no zone known) is no acceptance time
        return None
    return parsed.astimezone(timezone.utc)


def _chain_time(headers: list[str], trusted: TrustedRelays) -> datetime | str:
    """Date of the lowest header in a chain of trusted writers starting at ``headers[0]``."""
    if not headers:
        return "relay-no-header"
    index = 0
    while index + 1 < len(headers) and header_peer(headers[index]) in trusted:
        index += 1
    return header_date(headers[index]) or "relay-date-unparseable"


def _judge(stamp: datetime | str, reference: datetime) -> datetime | str:
    if isinstance(stamp, str):
        return stamp
    if stamp > reference + CLOCK_SKEW:
        return "relay-date-future"
    if stamp < reference - MAX_RELAY_DELAY:
        return "relay-date-too-old"
    return min(stamp, reference)


def smtp_receipt(raw: bytes | bytearray, peer: str | None, accepted_at: datetime,
                 trusted: TrustedRelays) -> Receipt:
    """Receipt time of a message accepted over SMTP from ``peer`` at ``accepted_at``."""
    if peer not in trusted:
        return Receipt(accepted_at, SOURCE_ACCEPTED)
    judged = _judge(_chain_time(received_headers(raw), trusted), accepted_at)
    if isinstance(judged, str):
        return Receipt(accepted_at, SOURCE_ACCEPTED, judged)
    return Receipt(judged, SOURCE_RELAY)


def imap_receipt(raw: bytes | bytearray, internaldate: datetime, trusted: TrustedRelays) -> Receipt:
    """Receipt time of a message fetched over IMAP with ``internaldate``.

    The topmost header is the mailbox server's; only if it names a trusted relay as its peer
    is the relay's header (the next one down, and its trusted chain) read at all.
    """
    headers = received_headers(raw) if trusted else []
    if not headers or header_peer(headers[0]) not in trusted:
        return Receipt(internaldate, SOURCE_INTERNALDATE)
    judged = _judge(_chain_time(headers[1:], trusted), internaldate)
    if isinstance(judged, str):
        return Receipt(internaldate, SOURCE_INTERNALDATE, judged)
    if judged < internaldate:
        return Receipt(judged, SOURCE_RELAY)
    return Receipt(internaldate, SOURCE_INTERNALDATE)
