"""THREATS.md G1/F11 (process part): SIGKILL ``ingestd serve`` at random moments under load.

Two SMTP clients send distinct messages while a third thread SIGKILLs the daemon at random
moments (mid-DATA, mid-fsync, mid-processing, mid-commit...) and restarts it. Clients do not
retry, so the invariant is exact: every message that got ``250`` is in the intake log
exactly once, and a message that did not get ``250`` is there at most once (it may have been
spooled just before the kill). It runs until 110 messages were acknowledged across at least
8 kills (about 30 s on an idle machine; longer on a loaded one, which is fine).
"""

from __future__ import annotations

import hashlib
import os
import random
import smtplib
import threading
import time

from sqlalchemy import func, select

from ingestd.spool import Spool
from ingestd.storage.db import open_database
from ingestd.storage.models import MessageRow
from tests.intake.smtp.conftest import INTAKE, message
from tests.test_daemon import daemon  # noqa: F401 - the fixture
from tests.waiting import wait_until

MIN_ACKED = 110
MIN_KILLS = 8
#: A ceiling for a broken run only: the loop ends when both minimums are met.
GIVE_UP_AFTER = 600.0


def test_sigkill_at_random_moments_loses_nothing_and_duplicates_nothing(daemon):  # noqa: F811
    seed = int(os.environ.get("INGESTD_KILL_SEED", str(random.randrange(1 << 30))))
    rng = random.Random(seed)
    proc = daemon()
    acked: dict[str, str] = {}      # sha256 -> spool id from the 250 reply
    unacked: set[str] = set()
    lock = threading.Lock()
    stop = threading.Event()
    counter = iter(range(10**6))

    def sender(name: str) -> None:
        while not stop.is_set():
            with lock:
                n = next(counter)
            raw = message(f"kill-{seed}-{name}-{n}", size=rng.choice([300, 4000, 30000]))
            digest = hashlib.sha256(raw).hexdigest()
            try:
                with smtplib.SMTP("127.0.0.1", proc.port, timeout=10) as client:
                    client.ehlo("cpc.example.gov.uk")
                    client.mail("a@cpc.example.gov.uk")
                    client.rcpt(INTAKE)
                    code, reply = client.data(raw)
            except (OSError, smtplib.SMTPException):
                code, reply = 0, b""
            with lock:
                if code == 250:
                    acked[digest] = reply.decode().rsplit(" ", 1)[-1]
                else:
                    unacked.add(digest)
            if code != 250:
                time.sleep(0.05)  # the daemon is down: a real MTA would back off too

    threads = [threading.Thread(target=sender, args=(name,), daemon=True) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    kills = 0
    started = time.monotonic()
    try:
        while time.monotonic() - started < GIVE_UP_AFTER and (len(acked) < MIN_ACKED or kills < MIN_KILLS):
            time.sleep(rng.uniform(0.05, 1.2))  # the stimulus: a random moment to kill at, not a wait
            proc.kill()
            kills += 1
            proc.start()
            proc.wait_ready()
    finally:
        stop.set()
        for thread in threads:
            thread.join(15)

    assert kills >= MIN_KILLS and len(acked) >= MIN_ACKED, f"seed={seed}: {kills} kills, {len(acked)} acknowledged"
    spool = Spool(proc.config.spool_dir)
    wait_until(lambda: spool.pending() == [], what=f"seed={seed}: the spool drained", deadline_s=600)
    assert proc.terminate() == 0

    sessions = open_database(proc.config.database_url, create=False)
    with sessions() as session:
        counts = dict(session.execute(select(MessageRow.sha256, func.count()).group_by(MessageRow.sha256)).all())
        stored_ids = dict(session.execute(select(MessageRow.sha256, MessageRow.intake_id)).all())
    lost = [d for d in acked if counts.get(d, 0) == 0]
    doubled = [d for d, n in counts.items() if n > 1]
    assert not lost, f"seed={seed}: {len(lost)} acknowledged message(s) lost"
    assert not doubled, f"seed={seed}: {len(doubled)} message(s) recorded twice"
    assert all(stored_ids[d] == spool_id for d, spool_id in acked.items())
    assert set(counts) <= set(acked) | unacked
    assert list(spool.tmp_dir.iterdir()) == []
    print(f"seed={seed} kills={kills} acknowledged={len(acked)} not acknowledged={len(unacked)} "
          f"of which stored={sum(1 for d in unacked if d in counts)}")
