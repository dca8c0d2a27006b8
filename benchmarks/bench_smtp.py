#!/usr/bin/env python3
"""SMTP intake throughput against the disk's own fsync rate, and peak memory at the size limit.

Starts a real ``ingestd serve`` (STARTTLS with a certificate generated here, state in a
directory on the disk under test), then:

1. sends N messages of S bytes (default 1,000 x 100 KB) over C concurrent TLS connections
   (default 4) and reports accepted messages per second (first MAIL to last 250): once with
   the worker processes paused (SIGSTOP: the SMTP edge and the spool alone) and once with
   them processing alongside, as deployed;
2. right after each, on the same disk, times a bare loop of write + fsync + rename +
   directory fsync of S-byte files, and reports the ratio (target >= 0.5; the disk of a
   shared machine varies from minute to minute, hence a bare loop next to each run);
3. has C clients send one message each at ``max_message_size`` at once and reports the
   daemon's peak RSS (VmHWM) before and after.

    .venv/bin/python benchmarks/bench_smtp.py [--dir DIR] [--messages 1000] [--size 102400]
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.intake.smtp.conftest import write_self_signed  # noqa: E402 - the tests' cert generator

INTAKE = "intake@ingest.example.org"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_message(n: int, size: int, tag: str) -> bytes:
    head = (f"From: bench@cpc.example.gov.uk\r\nTo: {INTAKE}\r\nSubject: bench {tag} {n}\r\n"
            f"Message-ID: <bench-{tag}-{n}@cpc.example.gov.uk>\r\n\r\n").encode()
    line = b"x" * 76 + b"\r\n"
    body = line * max(1, (size - len(head)) // len(line))
    return head + body


def start_daemon(workdir: Path, max_size: int) -> tuple[subprocess.Popen[bytes], int, ssl.SSLContext]:
    tls = write_self_signed(workdir / "tls")
    port = free_port()
    config = workdir / "ingestd.toml"
    config.write_text(f"""
[storage]
data_dir = "{workdir / 'data'}"

[logging]
level = "WARNING"

[smtp]
listen = "127.0.0.1:{port}"
recipients = ["{INTAKE}"]
tls_cert = "{tls.cert}"
tls_key = "{tls.key}"
max_message_size = {max_size}
command_call_limit = 100000
""")
    proc = subprocess.Popen([sys.executable, "-m", "ingestd", "--config", str(config), "serve"], cwd=REPO,
                            stderr=open(workdir / "daemon.log", "wb"))
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"ingestd serve did not start: {(workdir / 'daemon.log').read_text()}")
            time.sleep(0.05)
    return proc, port, tls.client_context()


def client(port: int, context: ssl.SSLContext) -> smtplib.SMTP:
    smtp = smtplib.SMTP("127.0.0.1", port, local_hostname="cpc.example.gov.uk", timeout=120)
    smtp.starttls(context=context)
    smtp.ehlo("cpc.example.gov.uk")
    return smtp


def send_all(port: int, context: ssl.SSLContext, batches: list[list[bytes]]) -> float:
    barrier = threading.Barrier(len(batches) + 1)
    failures: list[str] = []

    def run(batch: list[bytes]) -> None:
        smtp = client(port, context)
        barrier.wait()
        for raw in batch:
            try:
                smtp.sendmail("bench@cpc.example.gov.uk", [INTAKE], raw)
            except smtplib.SMTPException as exc:
                failures.append(exc.__class__.__name__)
        smtp.quit()

    threads = [threading.Thread(target=run, args=(batch,)) for batch in batches]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if failures:
        raise SystemExit(f"{len(failures)} messages were not accepted: {sorted(set(failures))}")
    return elapsed


def bare_loop(directory: Path, count: int, size: int) -> float:
    """The floor: what the disk allows for one durable file per message, single-threaded."""
    tmp, new = directory / "tmp", directory / "new"
    tmp.mkdir(parents=True)
    new.mkdir()
    data = os.urandom(size)
    dir_fd = os.open(new, os.O_RDONLY | os.O_DIRECTORY)
    started = time.perf_counter()
    for n in range(count):
        name = f"{n:08d}-{secrets.token_hex(4)}"
        fd = os.open(tmp / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.write(fd, data)
        os.fsync(fd)
        os.close(fd)
        os.rename(tmp / name, new / name)
        os.fsync(dir_fd)
    elapsed = time.perf_counter() - started
    os.close(dir_fd)
    shutil.rmtree(directory)
    return elapsed


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_split(pid: int) -> tuple[float, float]:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) / os.sysconf("SC_CLK_TCK"), int(fields[12]) / os.sysconf("SC_CLK_TCK")


def vm_hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=None, help="directory on the disk under test (default: a temp dir)")
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--size", type=int, default=100 * 1024)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--max-message-size", type=int, default=50 * 1024 * 1024,
                        help="[smtp] max_message_size for the daemon (default: ingestd's default)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bench-smtp-", dir=args.dir))
    proc, port, context = start_daemon(workdir, args.max_message_size)
    try:
        tag = secrets.token_hex(3)
        ratios = {}
        print(f"disk: {workdir} ({os.statvfs(workdir).f_bsize}-byte blocks)")
        for label, paused in (("pipeline paused (SMTP edge + spool only)", True),
                              ("pipeline running alongside (as deployed)", False)):
            messages = [make_message(n, args.size, f"{tag}-{paused}") for n in range(args.messages)]
            batches = [messages[i::args.connections] for i in range(args.connections)]
            workers = children(proc.pid)
            if paused:
                for pid in workers:
                    os.kill(pid, signal.SIGSTOP)
            cpu_before, own_before = cpu_seconds(proc.pid), os.times()
            try:
                seconds = send_all(port, context, batches)
                rate = args.messages / seconds
            finally:
                for pid in workers:
                    os.kill(pid, signal.SIGCONT)
            bare_rate = args.messages / bare_loop(workdir / f"bare-{paused}", args.messages, args.size)
            ratios[label] = rate / bare_rate
            print(f"{label}: SMTP {args.messages} x {args.size // 1024} KB over {args.connections} TLS connections: "
                  f"{rate:.1f} messages/s accepted; bare write+fsync+rename+dir-fsync loop right after: "
                  f"{bare_rate:.1f} files/s; ratio {ratios[label]:.2f} (target >= 0.5)")
            own = os.times()
            print(f"    CPU during the run ({seconds:.1f} s wall, 2 cores shared): listener "
                  f"{cpu_seconds(proc.pid) - cpu_before:.1f} s, benchmark clients "
                  f"{own.user + own.system - own_before.user - own_before.system:.1f} s")
        ratio = ratios["pipeline running alongside (as deployed)"]

        time.sleep(1)
        before = vm_hwm_mb(proc.pid)
        limit_size = args.max_message_size - 4096
        big = [[make_message(10**6 + n, limit_size, tag)] for n in range(args.connections)]
        big_seconds = send_all(port, context, big)
        after = vm_hwm_mb(proc.pid)
        time.sleep(3)  # let the worker process pick the big messages up
        workers = ", ".join(f"{vm_hwm_mb(child):.0f} MB" for child in children(proc.pid))
        print(f"peak RSS of ingestd serve (listener process): {before:.0f} MB before, {after:.0f} MB after "
              f"{args.connections} clients sent {limit_size / 2**20:.1f} MB messages at once ({big_seconds:.1f} s); "
              f"worker/helper processes so far: {workers or 'none'}")
        return 0 if ratio >= 0.5 else 1
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
