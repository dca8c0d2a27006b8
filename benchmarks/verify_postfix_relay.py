#!/usr/bin/env python3
"""Verify the README's "Behind Postfix" setup: a 1,200-mail burst relayed with 0 deferrals.

Starts ``ingestd serve`` (plain SMTP on loopback, ``trusted_relays = ["127.0.0.1"]``, the
default limits) and a private Postfix instance configured exactly as the README's Postfix
section says (``tests/postfix.py``: own config directory, queue and ports; the
system's Postfix is not touched). The mails are first queued in Postfix on hold (so that the
burst is a full queue, as after an ingestd outage), then released at once; the script waits
until Postfix's queue is empty and ingestd has spooled them, and prints what Postfix's log
says: delivered, deferred, bounced, and 421 replies.

``--postfix-defaults`` relays through Postfix's plain ``smtp`` transport with its defaults
instead (20 parallel deliveries, unlimited connection reuse), for comparison.

    sudo python3 benchmarks/verify_postfix_relay.py [--messages 1200] [--size 20480] [--dir DIR]

Exit status 0 when every message was delivered with no deferral. Standard library and
ingestd's own dependencies only (no test extra).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/postfix.py (standard library only)

from bench_smtp import INTAKE, smtp_source, start_daemon, stop_daemon, workers_of  # noqa: E402
from tests.postfix import PostfixInstance, available, readme_settings  # noqa: E402

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1200)
    parser.add_argument("--size", type=int, default=20 * 1024, help="body bytes per message")
    parser.add_argument("--sessions", type=int, default=10, help="smtp-source sessions queueing the burst")
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--postfix-defaults", action="store_true",
                        help="relay through Postfix's default smtp transport (the configuration that deferred)")
    parser.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args()
    if not shutil.which("smtp-source") or not available():
        print("needs Debian's postfix package (postfix, smtp-source) and root")
        return 2

    workdir = Path(tempfile.mkdtemp(prefix="verify-postfix-", dir=args.dir))
    os.chmod(workdir, 0o755)
    max_size = 50 * 1024 * 1024
    proc, port, _ = start_daemon(workdir, max_size, tls=False, smtp_extra='trusted_relays = ["127.0.0.1"]\n')
    settings = readme_settings(INTAKE, port, message_size_limit=max_size, use_transport=not args.postfix_defaults)
    # Queue the burst on hold first (everything Postfix receives here is the burst), so that
    # the release is one full queue at once, as after an ingestd outage.
    settings["smtpd_recipient_restrictions"] = ("check_client_access inline:{ {127.0.0.1 = HOLD} }, "
                                                "permit_mynetworks, reject_unauth_destination")
    postfix = PostfixInstance(workdir / "postfix", settings)
    spool_new = workdir / "data" / "spool" / "new"
    try:
        postfix.start()
        # The SMTP edge is what is verified; the pipeline would only compete for CPU.  Only the
        # pipeline workers are paused: with listener_processes >= 2 (the default "auto") the
        # daemon's other children are the SMTP listeners, and a stopped listener never greets.
        workers = workers_of(proc.pid)
        for pid in workers:
            os.kill(pid, signal.SIGSTOP)
        seconds = smtp_source(postfix.port, args.messages, args.size, args.sessions)
        queued = postfix.queue_count()
        print(f"queued {queued} of {args.messages} messages of {args.size // 1024} KB in Postfix (on hold) "
              f"in {seconds:.1f} s")
        started = time.monotonic()
        subprocess.run(["postsuper", "-c", str(postfix.config_dir), "-H", "ALL"], check=True, capture_output=True)
        postfix.postfix("flush")
        while postfix.queue_count() and time.monotonic() - started < args.timeout:
            time.sleep(0.5)
        elapsed = time.monotonic() - started
        counts = postfix.log_counts()
        spooled = len(list(spool_new.glob("*.eml"))) if spool_new.exists() else 0
        transport = "Postfix defaults (smtp transport)" if args.postfix_defaults else "README transport 'ingestd'"
        print(f"{transport}: released {queued} at once; queue empty after {elapsed:.1f} s "
              f"({queued / elapsed:.0f} msgs/s)" if not postfix.queue_count() else
              f"{transport}: {postfix.queue_count()} still queued after {elapsed:.0f} s")
        print(f"Postfix log: delivered {counts['sent']}, deferred {counts['deferred']}, bounced {counts['bounced']}, "
              f"of them after a 421 {counts['421']}; ingestd spooled {spooled}")
        for pid in workers:
            os.kill(pid, signal.SIGCONT)
        ok = counts["deferred"] == 0 and counts["bounced"] == 0 and counts["sent"] == args.messages \
            and spooled == args.messages
        print("verdict:", "OK, 0 deferrals" if ok else "NOT OK")
        return 0 if ok else 1
    finally:
        postfix.stop()
        stop_daemon(proc, workdir)


if __name__ == "__main__":
    sys.exit(main())
