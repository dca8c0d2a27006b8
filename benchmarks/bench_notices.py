"""Benchmark: what the durable notice queue costs per notice, measured side by side.

Queues N acknowledgement-sized notices in a fresh SQLite database and delivers them with
``deliver_due`` through an aiosmtpd relay on loopback (STARTTLS, certificate verified), then
sends the same N messages with a bare ``smtplib`` loop over one STARTTLS connection. Prints
per-notice times and the ratio: the queue's three committed transactions per notice
(queued -> sending -> sent) against the wire cost alone. Synthetic data only.

    .venv/bin/python benchmarks/bench_notices.py [-n 200]
"""

from __future__ import annotations

import argparse
import shutil
import smtplib
import sys
import tempfile
import textwrap
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ingestd.config import load_config  # noqa: E402
from ingestd.outbound.deliver import deliver_due  # noqa: E402
from ingestd.service import build_services  # noqa: E402
from ingestd.storage import notices  # noqa: E402
from tests.intake.smtp.conftest import write_tls_material  # noqa: E402 - the tests' cert generator
from tests.intake.smtp.daemon_process import free_port  # noqa: E402
from tests.outbound.conftest import TestRelay  # noqa: E402 - the tests' aiosmtpd relay

BODY = ("This is an automatic reply.\n\n  ICR-2026-0001  Initial Case Review, Sample Child Protection Committee\n"
        "    ratified 3 November, due 10 November, received 6 November: on time\n")


def message(i: int) -> bytes:
    return (f"From: notices@example.org\r\nTo: cpc{i}@example.org\r\nSubject: Received: ICR-2026-{i:04d}\r\n"
            f"Message-ID: <bench.{i}@example.org>\r\n\r\n" + BODY.replace("\n", "\r\n")).encode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=200)
    n = parser.parse_args().n
    work = Path(tempfile.mkdtemp(prefix="bench-notices-"))
    tls = write_tls_material(work / "tls")
    port = free_port()
    relay = TestRelay(tls, port).start()
    config_path = work / "ingestd.toml"
    config_path.write_text(textwrap.dedent(f"""
        [storage]
        database_url = "sqlite:///{work / 'db.sqlite3'}"
        data_dir = "{work / 'data'}"
        [logging]
        level = "WARNING"
        [notify]
        smarthost = "127.0.0.1:{port}"
        ca_file = "{tls.cert}"
        from_address = "notices@example.org"
    """))
    services = build_services(load_config(config_path, environ={}))
    try:
        now = datetime.now(timezone.utc)
        started = time.perf_counter()
        for i in range(n):
            notices.enqueue(services.sessions, notices.NewNotice(
                notice_key=f"bench:{i}", kind="ack", message_id=f"<bench.{i}@example.org>",
                recipient=f"cpc{i}@example.org", content=message(i), summary=f"ICR-2026-{i:04d}"), now)
        queued = time.perf_counter() - started
        started = time.perf_counter()
        sent = 0
        while sent < n:
            sent += len(deliver_due(services).sent)
        delivered = time.perf_counter() - started
        assert len(relay.received) == n

        context = services.config.notify
        from ingestd.credentials import verified_context
        started = time.perf_counter()
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
            smtp.starttls(context=verified_context(context.ca_file, "bench"))
            for i in range(n):
                smtp.sendmail("notices@example.org", [f"cpc{i}@example.org"], message(i))
        bare = time.perf_counter() - started
        assert len(relay.received) == 2 * n
    finally:
        relay.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"notices: {n}, SQLite (synchronous=FULL), aiosmtpd relay on loopback with STARTTLS")
    print(f"queue (1 commit each):                 {1000 * queued / n:7.2f} ms/notice")
    print(f"deliver_due (claim, send, mark sent):  {1000 * delivered / n:7.2f} ms/notice")
    print(f"bare smtplib loop, one connection:     {1000 * bare / n:7.2f} ms/notice")
    print(f"ratio queue+deliver / bare:            {(queued + delivered) / bare:7.2f}")


if __name__ == "__main__":
    main()
