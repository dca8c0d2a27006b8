"""Delivery through the relay: verified STARTTLS, authentication, 4xx back-off, 5xx give-up."""

from __future__ import annotations

import json
import logging
import ssl
import sys
from datetime import datetime, timedelta, timezone

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from ingestd.errors import ConfigError
from ingestd.outbound.deliver import deliver_due
from ingestd.service import build_services, ingest_bytes
from ingestd.storage import notices
from ingestd.storage.models import NoticeRow
from tests.cli import run_cli
from tests.intake.smtp.conftest import write_tls_material
from tests.outbound.conftest import RECEIVED, report_message


def queued_ack(config):  # type: ignore[no-untyped-def]
    services = build_services(config)
    ingest_bytes(services, report_message(), received_at=RECEIVED)
    return services


def state(services) -> list[tuple[str, str | None, int]]:  # type: ignore[no-untyped-def]
    return [(r["state"], r["last_code"], r["attempts"]) for r in notices.listing(services.sessions)]


def test_451_is_retried_later_and_delivered_once(notify_config, relay, db_url) -> None:
    relay.handler.replies = ["451 4.3.0 Try again later"]
    relay.start()
    services = queued_ack(notify_config(database_url=db_url))
    now = datetime.now(timezone.utc)
    assert deliver_due(services, now=now).deferred
    assert relay.received == [] and state(services) == [("queued", "451 4.3.0", 1)]
    assert not deliver_due(services, now=now + timedelta(seconds=30)).sent, "back-off respected"
    assert deliver_due(services, now=now + timedelta(seconds=61)).sent
    assert len(relay.received) == 1 and state(services) == [("sent", "250 2.0.0", 2)]


def test_5xx_gives_up_with_a_logged_reason_and_forgets_the_address(notify_config, relay, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    relay.handler.replies = ["550 5.7.1 <cpc@glasgow.gov.uk>: relaying denied"]
    relay.start()
    services = queued_ack(notify_config())
    assert deliver_due(services).failed
    assert state(services) == [("failed", "550 5.7.1", 1)]
    assert "notice 1 (ack) failed: 550 5.7.1" in caplog.text
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("ingestd"))
    assert "glasgow.gov.uk" not in ours  # neither our log nor the stored reason repeats the server's text
    with services.sessions() as session:
        row = session.scalars(select(NoticeRow)).one()
        assert row.recipient is None and row.content is None and "glasgow" not in (row.last_reason or "")
    assert not deliver_due(services, now=datetime.now(timezone.utc) + timedelta(days=1)).sent


@pytest.mark.parametrize("reply, final", [
    ("550 5.1.1 <cpc@glasgow.gov.uk>: no such user", ("failed", "550 5.1.1", 1)),
    ("450 4.2.1 mailbox busy", ("queued", "450 4.2.1", 1)),
])
def test_a_refused_recipient(notify_config, relay, reply, final) -> None:
    relay.handler.rcpt_replies = [reply]
    relay.start()
    services = queued_ack(notify_config())
    deliver_due(services)
    assert relay.received == [] and state(services) == [final]


def test_retried_too_long_fails_as_expired(notify_config, relay) -> None:
    relay.handler.replies = ["421 4.3.2 shutting down"] * 5
    relay.start()
    services = queued_ack(notify_config("retry_for = 120\n"))
    now = datetime.now(timezone.utc)
    deliver_due(services, now=now)
    deliver_due(services, now=now + timedelta(seconds=61))
    assert state(services) == [("failed", "expired", 2)]
    assert relay.received == []


def test_relay_down_then_up(notify_config, relay) -> None:
    services = queued_ack(notify_config())
    now = datetime.now(timezone.utc)
    assert deliver_due(services, now=now).deferred
    assert state(services) == [("queued", "connection", 1)]
    relay.start()
    assert deliver_due(services, now=now + timedelta(seconds=61)).sent
    assert len(relay.received) == 1


def test_relay_without_starttls_gets_nothing(notify_config, relay) -> None:
    relay.start(starttls=False)
    services = queued_ack(notify_config())
    deliver_due(services)
    assert relay.received == [] and state(services) == [("queued", "tls", 1)]


def test_relay_with_an_untrusted_certificate_gets_nothing(notify_config, relay, tmp_path) -> None:
    other = write_tls_material(tmp_path / "other-ca")
    relay.start()
    config = notify_config()
    from dataclasses import replace
    services = queued_ack(replace(config, notify=replace(config.notify, ca_file=other.cert)))
    deliver_due(services)
    assert relay.received == [] and state(services) == [("queued", "tls", 1)]


def test_plaintext_only_to_a_loopback_relay(notify_config, relay, make_config) -> None:
    relay.start(starttls=False)
    services = queued_ack(notify_config('security = "none"\n'))
    assert deliver_due(services).sent and len(relay.received) == 1
    with pytest.raises(ConfigError, match=r"\[notify\] security: none is allowed only for a loopback relay"):
        make_config(extra='[notify]\nsmarthost = "relay.example.org:25"\nsecurity = "none"\n'
                          'from_address = "n@example.org"\n')


def test_implicit_tls(notify_config, relay_tls, relay_port) -> None:
    from tests.outbound.conftest import _Handler

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(relay_tls.cert), str(relay_tls.key))
    handler = _Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=relay_port, ssl_context=context,
                            server_hostname="localhost")
    controller.start()
    try:
        services = queued_ack(notify_config('security = "tls"\n'))
        assert deliver_due(services).sent and len(handler.received) == 1
    finally:
        controller.stop()


def test_login_with_a_password_file(notify_config, relay, tmp_path) -> None:
    relay.handler.users = {"ingestd": "correct horse"}
    relay.start(auth=True)
    (tmp_path / "pw").write_text("wrong\n")
    (tmp_path / "good").write_text("correct horse\n")
    services = queued_ack(notify_config(f'username = "ingestd"\npassword_file = "{tmp_path / "pw"}"\n'))
    now = datetime.now(timezone.utc)
    deliver_due(services, now=now)
    assert relay.received == [] and state(services) == [("queued", "auth", 1)]
    from dataclasses import replace
    services.config = replace(services.config, notify=replace(services.config.notify, password_file=tmp_path / "good"))
    assert deliver_due(services, now=now + timedelta(seconds=61)).sent and len(relay.received) == 1


@pytest.mark.parametrize("token, delivered", [("tok-4711", True), ("tok-expired", False)])
def test_login_with_the_xoauth2_token_command(notify_config, relay, token, delivered) -> None:
    relay.handler.tokens = {"ingestd@strategic.example.gov.scot": "tok-4711"}
    relay.start(auth=True)
    command = f"{sys.executable} -c 'print(\"{token}\")'"
    services = queued_ack(notify_config(f'username = "ingestd@strategic.example.gov.scot"\n'
                                        f'oauth2_token_command = "{command.replace(chr(34), chr(92) + chr(34))}"\n'))
    deliver_due(services)
    assert len(relay.received) == (1 if delivered else 0)
    assert state(services) == ([("sent", "250 2.0.0", 1)] if delivered else [("queued", "auth", 1)])


def test_notices_list_shows_queued_sent_and_failed_without_addresses(notify_config, relay) -> None:
    from tests.messages import icr_text

    relay.handler.rcpt_replies = ["250 2.1.5 Ok", "550 5.1.1 <x@glasgow.gov.uk>: no such user",
                                  "451 4.3.0 later"]
    relay.start()
    config = notify_config("ack_min_interval = 0\n")
    services = build_services(config)
    for n, sender in enumerate(("a@glasgow.gov.uk", "b@glasgow.gov.uk", "c@glasgow.gov.uk")):
        ingest_bytes(services, report_message(icr_text(f"{n + 1} November 2026"), sender=sender),
                     received_at=RECEIVED)
    deliver_due(services)
    result = run_cli(config, "notices", "list", "--format", "json")
    assert result.code == 0
    rows = json.loads(result.out)
    assert [(r["state"], r["last_code"], r["summary"]) for r in rows] == [
        ("sent", "250 2.0.0", "ICR-2026-0001"), ("failed", "550 5.1.1", "ICR-2026-0002"),
        ("queued", "451 4.3.0", "ICR-2026-0003")]
    assert "@" not in json.dumps(rows).replace("@strategic.example.gov.scot>", ">")  # only our own Message-IDs
    result = run_cli(config, "notices", "list")
    assert result.code == 0
    table = result.out
    assert table.splitlines()[0].split() == ["id", "kind", "state", "attempts", "created_at", "next_attempt_at",
                                             "last_code", "summary"]
    assert len(table.splitlines()) == 4 and "@" not in table
    result = run_cli(config, "notices", "list", "--state", "failed")
    assert result.code == 0
    failed = result.out.splitlines()[1:]
    assert len(failed) == 1 and "550 5.1.1" in failed[0] and "ICR-2026-0002" in failed[0]



def test_data_refused_after_rcpt_is_a_refusal_not_a_lost_connection(notify_config, relay) -> None:
    """smtplib raises SMTPDataError, an OSError subclass, when DATA itself is refused: still a 5xx."""
    relay.handler.rcpt_replies = ["251 2.1.5 will forward"]  # accepted, but the relay keeps no recipient
    relay.start()
    services = queued_ack(notify_config())
    deliver_due(services)
    assert relay.received == [] and state(services) == [("failed", "503", 1)]
