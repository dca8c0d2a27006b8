"""Receipt time behind a relay: the deadline counts from the organisation's acceptance.

The end-to-end cases send a report over real SMTP from 127.0.0.1 (standing in for the
organisation's Postfix), process the spool with the real pipeline and read the verdict back
with ``ingestd log --format json``, as a reviewer would. The header cases are a table of
hostile and ordinary ``Received:`` chains run through the same functions the SMTP and IMAP
intakes call.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from ingestd.intake.receipt import TrustedRelays, imap_receipt, smtp_receipt
from ingestd.service import build_services, process_pending
from tests.cli import run_cli
from tests.factories import make_docx
from tests.messages import DOCX_TYPE, build_message, icr_text

from .conftest import INTAKE


def postfix_received(when: datetime, *, peer: str = "192.0.2.10", helo: str = "mail.cpc.example.gov.uk") -> bytes:
    """A Received: header as Postfix 3.7 prepends it on accepting a message (folded, CRLF)."""
    return (f"Received: from {helo} (mail.cpc.example.gov.uk [{peer}])\r\n"
            f"\tby mx.strategic.example.gov.scot (Postfix) with ESMTPS id 4QxZ1m2k3Lz9\r\n"
            f"\tfor <{INTAKE}>; {format_datetime(when)}\r\n").encode("ascii")


def long_date(day: datetime) -> str:
    return f"{day.day} {day:%B %Y}"


@pytest.mark.parametrize("trusted, source, timeliness", [
    ('["127.0.0.1"]', "relay", "on_time"),  # the relay's acceptance, two days before ours
    ('["10.0.0.0/8"]', "accepted", "late"),  # the peer is not a trusted relay: its header is the sender's word
    ("[]", "accepted", "late"),  # no trusted relays: our own acceptance, as before
])
def test_report_delayed_by_an_ingestd_outage_is_judged_on_the_organisations_acceptance(
        smtp_server, trusted, source, timeliness):
    server = smtp_server(f"trusted_relays = {trusted}\n")
    now = datetime.now(timezone.utc).replace(microsecond=0)
    relay_accepted = now - timedelta(days=2)  # Postfix queued it while ingestd was down
    # Due on the day the relay accepted it: on time by the relay's clock, 2 days late by ours.
    ratified = relay_accepted - timedelta(days=7)
    report = make_docx(icr_text(long_date(ratified)))
    message = build_message([(report, "ICR report.docx", DOCX_TYPE)]).replace(b"\n", b"\r\n")
    raw = postfix_received(relay_accepted) + message
    with server.client() as client:
        client.sendmail("cpc@glasgow.gov.uk", [INTAKE], raw)

    services = build_services(server.config)
    [outcome] = process_pending(services)
    assert outcome.status == "filed"
    result = run_cli(server.config, "log", "--format", "json")
    assert result.code == 0
    [entry] = json.loads(result.out)
    assert (entry["received_source"], entry["timeliness"]) == (source, timeliness)
    received_at = datetime.fromisoformat(entry["received_at"].replace("Z", "+00:00"))
    if source == "relay":
        assert received_at == relay_accepted
    else:
        assert received_at >= now


NOW = datetime(2026, 11, 9, 8, 0, 0, tzinfo=timezone.utc)
EARLIER = NOW - timedelta(days=2)
TRUSTED = TrustedRelays(["127.0.0.1", "10.1.0.0/16", "2001:db8::/32"])
BODY = b"From: a@cpc.example.gov.uk\r\nSubject: x\r\n\r\nbody\r\n"


# (name, peer, headers above the body, expected (source, received_at, fallback), why)
SMTP_CASES = [
    ("single trusted hop", "127.0.0.1", postfix_received(EARLIER), ("relay", EARLIER, None),
     "the peer is a trusted relay: its own header is the organisation's acceptance"),
    ("ipv4-mapped peer", "::ffff:127.0.0.1", postfix_received(EARLIER), ("relay", EARLIER, None),
     "a dual-stack listener reports IPv4 peers as mapped IPv6 addresses"),
    ("untrusted peer", "192.0.2.99", postfix_received(EARLIER), ("accepted", NOW, None),
     "a header from a peer we do not trust is the sender's own text"),
    ("chain of two trusted hops", "127.0.0.1",
     postfix_received(EARLIER + timedelta(hours=5), peer="10.1.2.3") + postfix_received(EARLIER),
     ("relay", EARLIER, None), "the local relay got it from the trusted MX, whose header is the first acceptance"),
    ("chain stops at an untrusted hop", "127.0.0.1",
     postfix_received(EARLIER) + postfix_received(EARLIER - timedelta(days=1), peer="198.51.100.7"),
     ("relay", EARLIER, None), "below the relay's header everything was written by the sender's side"),
    ("HELO forging a trusted address", "127.0.0.1",
     postfix_received(EARLIER, helo="evil (x [10.1.2.3])") + postfix_received(EARLIER - timedelta(days=3)),
     ("relay", EARLIER, None), "the peer comment Postfix writes comes last; a HELO cannot extend the chain"),
    ("no Received header", "127.0.0.1", b"", ("accepted", NOW, "relay-no-header"),
     "a trusted relay always prepends one; without it we use our own time"),
    ("unparseable date", "127.0.0.1",
     b"Received: from a (b [192.0.2.1]) by mx (Postfix); yesterday at noon\r\n",
     ("accepted", NOW, "relay-date-unparseable"), "a date we cannot read is no evidence"),
    ("date in the future", "127.0.0.1", postfix_received(NOW + timedelta(hours=2)),
     ("accepted", NOW, "relay-date-future"), "the relay cannot have accepted it after we did"),
    ("date too old", "127.0.0.1", postfix_received(NOW - timedelta(days=30)),
     ("accepted", NOW, "relay-date-too-old"), "Postfix bounces after 5 days; a month is a wrong clock or a lie"),
    ("small clock skew", "127.0.0.1", postfix_received(NOW + timedelta(seconds=40)), ("relay", NOW, None),
     "a relay clock slightly ahead of ours is capped at our own acceptance time"),
]


@pytest.mark.parametrize("name, peer, headers, expected, why", SMTP_CASES, ids=[c[0] for c in SMTP_CASES])
def test_smtp_receipt_reads_only_headers_a_trusted_hop_wrote(name, peer, headers, expected, why):
    receipt = smtp_receipt(headers + BODY, peer, NOW, TRUSTED)
    assert (receipt.source, receipt.received_at, receipt.fallback) == expected, why


IMAP_CASES = [
    ("mailbox got it from the trusted MX", postfix_received(NOW, peer="10.1.2.3") + postfix_received(EARLIER),
     ("relay", EARLIER, None), "the MX's header, below the mailbox server's, is the organisation's acceptance"),
    ("mailbox got it from elsewhere", postfix_received(NOW, peer="192.0.2.50") + postfix_received(EARLIER),
     ("internaldate", NOW, None), "the header below was not written by a trusted relay"),
    ("trusted MX header is later", postfix_received(NOW, peer="10.1.2.3") + postfix_received(NOW + timedelta(minutes=1)),
     ("internaldate", NOW, None), "INTERNALDATE is used when it is the earlier"),
    ("trusted MX header in the future", postfix_received(NOW, peer="10.1.2.3")
     + postfix_received(NOW + timedelta(days=1)), ("internaldate", NOW, "relay-date-future"),
     "a future date falls back with a reason"),
]


@pytest.mark.parametrize("name, headers, expected, why", IMAP_CASES, ids=[c[0] for c in IMAP_CASES])
def test_imap_receipt_uses_the_trusted_hop_when_internaldate_is_later(name, headers, expected, why):
    receipt = imap_receipt(headers + BODY, NOW, TRUSTED)
    assert (receipt.source, receipt.received_at, receipt.fallback) == expected, why


def test_trusted_relays_must_be_addresses_or_networks(make_config):
    from ingestd.errors import ConfigError

    with pytest.raises(ConfigError, match=r"ingestd.toml: \[smtp\] trusted_relays: not an IP address or network: "
                                          r"'mx.example.org'"):
        make_config(extra='[smtp]\ntrusted_relays = ["mx.example.org"]\n')
