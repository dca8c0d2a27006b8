"""IMAP poll cost on a big, already-handled mailbox.

    .venv/bin/python benchmarks/bench_imap.py [--messages 10000]

Starts a private Dovecot (the test fixture's, from tests/intake/imap/conftest.py), fills INBOX
with N messages already handled in ``after = "flag"`` mode (they carry ``ingestd-processed`` and
stay in the folder), appends one new message and times one ``poll_once``. The pass must fetch
exactly one message body and take under a second. It is run twice: with the cursor in the
database (``UID SEARCH UID <last+1>:* ...``) and without it (fresh database: the
``UNKEYWORD ingestd-processed`` half of the search is what keeps it to one body). Prints times
and counts only; exits 1 if a budget is missed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingestd.config import load_config  # noqa: E402
from ingestd.intake.imap import poll_once  # noqa: E402
from ingestd.intake.imap_conn import mailbox_key  # noqa: E402
from ingestd.service import build_services  # noqa: E402
from ingestd.storage import repository  # noqa: E402
from tests.intake.imap.conftest import TokenEndpoint, imap_toml, make_account, make_message, start_dovecot  # noqa: E402

BUDGET = 1.0


def fill(account, count: int) -> None:  # type: ignore[no-untyped-def]
    with account.client() as client:
        for start in range(0, count, 500):
            batch = [{"msg": make_message(), "flags": (b"ingestd-processed",)}
                     for _ in range(start, min(count, start + 500))]
            client.multiappend("INBOX", batch)


def one_pass(workdir: Path, account, with_cursor: bool, last_uid: int) -> tuple[float, int, int]:  # type: ignore[no-untyped-def]
    workdir.mkdir()
    toml = workdir / "ingestd.toml"
    toml.write_text(f'[storage]\ndata_dir = "{workdir / "data"}"\n' + imap_toml(account, after="flag"))
    config = load_config(toml, environ={})
    services = build_services(config)
    if with_cursor:
        with account.client() as client:
            uidvalidity = int(client.select_folder("INBOX", readonly=True)[b"UIDVALIDITY"])
        repository.set_imap_cursor(services.sessions, mailbox_key(config.imap), uidvalidity, last_uid)
    account.append(make_message())
    started = time.perf_counter()
    result = poll_once(config, services)
    elapsed = time.perf_counter() - started
    return elapsed, result.fetched, result.recorded


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args()

    endpoint = TokenEndpoint()
    server = start_dovecot(endpoint)
    workdir = Path(tempfile.mkdtemp(prefix="ingestd-bench-imap-"))
    ok = True
    try:
        account = make_account(server)
        t0 = time.perf_counter()
        fill(account, args.messages)
        print(f"mailbox: {args.messages} handled messages appended in {time.perf_counter() - t0:.1f}s")
        last_uid = args.messages
        for label, with_cursor in (("with cursor", True), ("without cursor", False)):
            elapsed, fetched, recorded = one_pass(workdir / label.replace(" ", "-"), account, with_cursor, last_uid)
            last_uid += 1
            verdict = "ok" if fetched == 1 and recorded == 1 and elapsed < BUDGET else "FAIL"
            ok &= verdict == "ok"
            print(f"poll {label}: {elapsed * 1000:.0f} ms, bodies fetched: {fetched}, recorded: {recorded} "
                  f"[{verdict}; budget {BUDGET:.0f} s, exactly 1 body]")
    finally:
        server.stop()
        endpoint.close()
        shutil.rmtree(server.directory, ignore_errors=True)
        shutil.rmtree(workdir, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
