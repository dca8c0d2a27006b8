"""ingestd behind a real Postfix configured as the README says (a private instance: its own
config directory, queue and port; the system's Postfix and port 25 are never used).

What is asserted is what an operator following the README would check: the committee's reply
codes at Postfix, what reaches ingestd's spool, and the receipt time it records.
"""

from __future__ import annotations

import smtplib
import socket
from collections.abc import Iterator

import pytest

from ingestd.intake.receipt import header_date, received_headers
from tests.postfix import PostfixInstance, readme_settings
from tests.waiting import wait_until

from .conftest import INTAKE, RawClient, message


@pytest.fixture
def relay(smtp_server) -> Iterator[tuple[object, PostfixInstance]]:
    server = smtp_server('trusted_relays = ["127.0.0.1"]\n')
    postfix = PostfixInstance(None, readme_settings(INTAKE, server.port))
    postfix.start()
    try:
        yield server, postfix
    finally:
        postfix.stop()


def delivered(server, postfix: PostfixInstance, count: int) -> list:  # type: ignore[no-untyped-def]
    """Wait until Postfix's queue is empty and ingestd has ``count`` entries; return them."""
    return wait_until(lambda: postfix.queue_count() == 0 and len(server.spool.pending()) >= count
                      and server.spool.pending(), what=f"{count} message(s) relayed through Postfix")


def test_report_relayed_through_postfix_is_timed_by_postfix_acceptance(relay):
    server, postfix = relay
    with smtplib.SMTP("127.0.0.1", postfix.port, local_hostname="mail.cpc.example.gov.uk", timeout=30) as client:
        client.sendmail("cpc@cpc.example.gov.uk", [INTAKE], message("via-postfix"))
    [entry] = delivered(server, postfix, 1)
    raw = entry.read()
    assert raw.endswith(message("via-postfix").split(b"\r\n\r\n", 1)[1])
    top = received_headers(raw)[0]
    assert "(Postfix)" in top  # the header Postfix prepended on accepting it
    assert entry.source["received_source"] == "relay"
    assert entry.received_at == header_date(top)
    assert postfix.log_counts()["deferred"] == 0


def test_unknown_address_is_refused_at_rcpt_so_nothing_bounces_later(relay):
    server, postfix = relay
    with smtplib.SMTP("127.0.0.1", postfix.port, local_hostname="mail.cpc.example.gov.uk", timeout=30) as client:
        client.ehlo()
        client.mail("cpc@cpc.example.gov.uk")
        code, _ = client.rcpt("no-such-box@" + INTAKE.split("@")[1])
        assert code == 550  # relay_recipient_maps: refused in the dialogue, no backscatter
    assert postfix.queue_count() == 0 and server.spool.pending() == []


def test_smuggled_second_message_is_not_split_off_by_postfix(relay):
    # "\n.\r\n" ends the data for some servers and not for others (CVE-2023-51764). With
    # smtpd_forbid_bare_newline = normalize Postfix does not end it there, so the "second"
    # message stays inside the first as text: ingestd receives one message, not two.
    server, postfix = relay
    raw = RawClient(socket.create_connection(("127.0.0.1", postfix.port), timeout=30))
    assert raw.reply()[0] == 220
    assert raw.command(b"EHLO mail.cpc.example.gov.uk")[0] == 250
    assert raw.command(b"MAIL FROM:<cpc@cpc.example.gov.uk>")[0] == 250
    assert raw.command(b"RCPT TO:<" + INTAKE.encode() + b">")[0] == 250
    assert raw.command(b"DATA")[0] == 354
    raw.send(b"Subject: first\r\n\r\nfirst body\n.\r\nMAIL FROM:<evil@cpc.example.gov.uk>\r\nRCPT TO:<"
             + INTAKE.encode() + b">\r\nDATA\r\nSubject: smuggled\r\n\r\nsmuggled body\r\n.\r\n")
    code, _ = raw.reply()
    assert code == 250
    raw.command(b"QUIT")
    raw.close()
    entries = delivered(server, postfix, 1)
    assert len(entries) == 1
    assert b"smuggled body" in entries[0].read()  # carried as text of the one message
