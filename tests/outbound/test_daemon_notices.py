"""``ingestd serve`` sends acknowledgements itself, and a crash never loses or doubles one.

The daemon runs as a real subprocess (``tests/test_daemon.py``'s fixture), mail arrives over
SMTP, the relay is the aiosmtpd test relay; the daemon is SIGKILLed while the relay is down,
and while a notice is in the middle of being handed over.
"""

from __future__ import annotations

import threading

from ingestd.storage import notices
from ingestd.storage.db import open_database
from tests.outbound.conftest import notify_toml
from tests.outbound.conftest import report_message
from tests.test_daemon import daemon, send  # noqa: F401 - the fixture
from tests.waiting import wait_until


def listing(config):  # type: ignore[no-untyped-def]
    return notices.listing(open_database(config.database_url, create=False))


def test_relay_down_during_a_crash_loses_nothing_and_sends_nothing_twice(daemon, relay, relay_tls,  # noqa: F811
                                                                        relay_port) -> None:
    proc = daemon(extra=notify_toml(relay_port, relay_tls, retry_initial=1))
    send(proc.port, report_message().replace(b"\n", b"\r\n"))
    rows = wait_until(lambda: [r for r in listing(proc.config) if r["attempts"] >= 1 and r["state"] == "queued"],
                      what="a delivery attempt against the relay that is down")
    assert rows[0]["last_code"] == "connection"
    proc.kill()

    relay.start()
    proc.start()
    proc.wait_ready()
    wait_until(lambda: [r for r in listing(proc.config) if r["state"] == "sent"], what="the notice sent")
    assert [r["state"] for r in listing(proc.config)] == ["sent"]
    [got] = relay.received
    assert got.message["X-Ingestd-Notice"] == "ack" and "Received: ICR-" in got.message["Subject"]
    assert proc.terminate() == 0
    assert len(relay.received) == 1


def test_crash_while_the_relay_holds_the_notice_sends_it_once_after_restart(daemon, relay, relay_tls,  # noqa: F811
                                                                            relay_port) -> None:
    relay.handler.hold = threading.Event()
    relay.start()
    proc = daemon(extra=notify_toml(relay_port, relay_tls, retry_initial=1))
    send(proc.port, report_message().replace(b"\n", b"\r\n"))
    wait_until(relay.handler.data_started.is_set, what="the daemon handing the notice to the relay")
    assert [r["state"] for r in listing(proc.config)] == ["sending"]
    proc.kill()
    relay.handler.hold.set()  # the relay never said 250: nothing was delivered
    relay.handler.hold = None
    assert relay.received == []

    proc.start()
    proc.wait_ready()
    wait_until(lambda: [r for r in listing(proc.config) if r["state"] == "sent"], what="the notice sent after restart")
    assert proc.terminate() == 0
    [got] = relay.received
    assert got.message["X-Ingestd-Notice"] == "ack"
    assert "queued again with the same Message-ID" in proc.stderr()
