"""Notices through a real Postfix as the organisation's relay (Debian's postfix, a private instance).

Postfix offers STARTTLS with a certificate from the suite's test CA and relays to a final
mailbox server (aiosmtpd on loopback). ingestd must verify Postfix's certificate, hand the
acknowledgement over once, and Postfix must deliver it, threaded onto the committee's mail.
"""

from __future__ import annotations

import email
import textwrap
from collections.abc import Iterator

import pytest

from ingestd.outbound.deliver import deliver_due
from ingestd.service import build_services, ingest_bytes
from tests.intake.smtp.conftest import TlsMaterial, write_tls_material
from tests.intake.smtp.daemon_process import free_port
from tests.outbound.conftest import FROM, RECEIVED, TestRelay, report_message
from tests.postfix import PostfixInstance


@pytest.fixture
def mailbox() -> Iterator[TestRelay]:
    """The committee's mail server behind the relay (plain SMTP on loopback)."""
    server = TestRelay(None, free_port()).start(starttls=False)  # type: ignore[arg-type]
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postfix_relay(mailbox: TestRelay) -> Iterator[tuple[PostfixInstance, TlsMaterial]]:
    instance = PostfixInstance(None, {})
    tls = write_tls_material(instance.base / "tls")
    instance.main.update({
        "smtpd_tls_security_level": "may",
        "smtpd_tls_cert_file": str(tls.cert),
        "smtpd_tls_key_file": str(tls.key),
        "smtp_tls_security_level": "none",
        # ingestd on loopback may relay; mail for the committee's domain goes to its server.
        "relay_domains": "glasgow.gov.uk",
        "transport_maps": f"inline:{{ {{glasgow.gov.uk = smtp:[127.0.0.1]:{mailbox.port}}} }}",
    })
    instance.start()
    try:
        yield instance, tls
    finally:
        instance.stop()


def test_acknowledgement_through_postfix_arrives_once_threaded(make_config, postfix_relay, mailbox) -> None:
    postfix, tls = postfix_relay
    config = make_config(extra=textwrap.dedent(f"""
        [notify]
        smarthost = "127.0.0.1:{postfix.port}"
        ca_file = "{tls.ca_file}"
        from_address = "{FROM}"
        acknowledge = true
        timeout = 30
    """))
    services = build_services(config)
    raw = report_message(message_id="<icr-7@glasgow.gov.uk>", received=RECEIVED)
    [report] = ingest_bytes(services, raw).reports
    assert deliver_due(services).sent  # Postfix said 250 after STARTTLS with a verified certificate
    [delivered] = mailbox.wait_for(1)
    ack = email.message_from_bytes(delivered.data)
    assert delivered.rcpt_tos == ["cpc@glasgow.gov.uk"]
    assert ack["In-Reply-To"] == "<icr-7@glasgow.gov.uk>" and "<icr-7@glasgow.gov.uk>" in ack["References"]
    assert report.reference in ack.get_payload(decode=True).decode()
    assert "Received: from" in delivered.data.decode() and "ESMTPS" in delivered.data.decode()  # over TLS
    assert not deliver_due(services).sent  # nothing is sent twice
    assert len(mailbox.received) == 1
