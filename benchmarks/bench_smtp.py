#!/usr/bin/env python3
"""SMTP intake throughput against the disk's own fsync rate and against Postfix, and peak memory.

Two modes; both start a real ``ingestd serve`` with its state in a directory on the disk under
test, and need nothing beyond ingestd's own dependencies (no test extra, no pytest):

``--mode python`` (default): STARTTLS with a certificate made here by ``openssl``, then

1. sends N messages of S bytes (default 1,000 x 100 KB) over C concurrent TLS connections
   (default 4) and reports accepted messages per second (first MAIL to last 250): once with
   the worker processes paused (SIGSTOP: the SMTP edge and the spool alone) and once with
   them processing alongside, as deployed;
2. right after each, on the same disk, times a bare loop of write + fsync + rename +
   directory fsync of S-byte files, and reports the ratio (target >= 0.5; the disk of a
   shared machine varies from minute to minute, hence a bare loop next to each run);
3. has C clients send one message each at ``max_message_size`` at once and reports the
   daemon's peak RSS (VmHWM) before and after.

``--mode postfix``: Postfix's own load generator ``smtp-source`` (plain SMTP on loopback)
against ingestd with the pipeline paused, and against a private Postfix instance
(``tests/postfix.py``, queue on the same disk, messages put on hold so that
only the durable accept is measured), interleaved for ``--rounds`` rounds, each round in
both session modes (reused sessions as a relaying Postfix does, and one connection per message,
smtp-source's default) and for each ``--listener-processes`` setting (``[smtp]
listener_processes``, default ``1,auto``: one daemon each, compared side by side in every
round); prints the load average, per mode and setting the median rate of each side with its
spread, their ratio (target >= 1.0) and the CPU per message of the processes serving SMTP
(the daemon and its ``ingestd-smtp-N`` listeners: event loops, and whole processes).
``--compare CHECKOUT`` runs another ingestd checkout (main's worktree, say) beside this one in
every round, the two taking turns going first, both against the same Postfix run: on a shared
machine the load moves figures from one run to the next more than code changes do.

    python3 benchmarks/bench_smtp.py [--mode python|postfix] [--dir DIR] [--messages 1000] [--size 102400]
                                     [--listener-processes 1,auto] [--compare CHECKOUT]

Figures (postfix mode, 1,000 x 100 KB, 4 sessions, 4 rounds, this project's 2-core VM shared with
other work, Postfix 3.7.11; medians, range over the rounds; not tuned on: the code was changed
from profiles, and these runs only measure it) are in README.md, "SMTP performance". In short,
for issue 13's command loop and reply batching beside main in three runs (load 2.4-5.1), with one
listener: ratio to Postfix 1.02-1.29 (main 0.94-1.11) with reused sessions and 0.98-1.04 (main
0.99-1.00) with one connection per message; event-loop CPU per message 0.57-0.61 ms reused
(main 0.59-0.72) and 0.83-0.98 ms one per message (main 0.82-1.03).
With ``[smtp] spool_writers`` (branch smtp8: 4 threads per listener fsyncing side by side instead
of one) beside main in three runs at load 7.0-14.4, one listener: ratio 0.64-0.79 reused (main
0.18-0.31) and 0.55-0.89 one per message (main 0.22-0.37); two listeners: 0.91-1.23 (main
0.68-0.99) and 0.90-1.35 (main 0.74-0.96).
With in-place commits (branch smtp11: a message is written into a pool file whose name is durable
already and committed by that file's fsync alone, no rename-then-directory-fsync before the
``250``) beside main, two listeners, see README.md for the runs and their load.
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
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # tests/postfix.py (standard library only)

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


class Checkout:
    """A source tree of ingestd to start daemons from: this one, or another one (``--compare``).

    Another checkout runs with its own virtualenv's Python when it has one, from its own
    directory, and writes no byte-code there (it may be a tree that must stay untouched).
    """

    def __init__(self, path: Path, python: str) -> None:
        self.path = path
        self.python = python

    @classmethod
    def this(cls) -> "Checkout":
        return cls(REPO, sys.executable)

    @classmethod
    def other(cls, path: Path) -> "Checkout":
        path = path.resolve()
        venv = path / ".venv" / "bin" / "python"
        return cls(path, str(venv) if venv.exists() else sys.executable)

    def environ(self) -> dict[str, str]:
        env = dict(os.environ)
        if self.path != REPO:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        return env

    @property
    def label(self) -> str:
        head = subprocess.run(["git", "-C", str(self.path), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True).stdout.strip() or "?"
        dirty = subprocess.run(["git", "-C", str(self.path), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        name = "this checkout" if self.path == REPO else str(self.path)
        return f"{name} ({head}{'+changes' if dirty else ''})"


def make_tls(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost/127.0.0.1, made with the openssl command."""
    directory.mkdir(parents=True, exist_ok=True)
    cert, key = directory / "smtp.crt", directory / "smtp.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], check=True, capture_output=True)
    return cert, key


def start_daemon(workdir: Path, max_size: int, *, tls: bool = True, smtp_extra: str = "",
                 code: "Checkout | None" = None,
                 log_level: str = "WARNING") -> tuple[subprocess.Popen[bytes], int, ssl.SSLContext | None]:
    """``ingestd serve`` with its state in ``workdir``, from this checkout or from ``code``."""
    code = code or Checkout.this()
    port = free_port()
    if tls:
        cert, key = make_tls(workdir / "tls")
        tls_lines = f'tls_cert = "{cert}"\ntls_key = "{key}"\n'
        context: ssl.SSLContext | None = ssl.create_default_context(cafile=str(cert))
    else:
        tls_lines, context = "require_tls = false\n", None
    config = workdir / "ingestd.toml"
    config.write_text(f"""
[storage]
data_dir = "{workdir / 'data'}"

[logging]
level = "{log_level}"

[smtp]
listen = "127.0.0.1:{port}"
recipients = ["{INTAKE}"]
max_message_size = {max_size}
{tls_lines}{smtp_extra}
""")
    proc = subprocess.Popen([code.python, "-m", "ingestd", "--config", str(config), "serve"], cwd=code.path,
                            env=code.environ(), stderr=open(workdir / "daemon.log", "wb"))
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"ingestd serve did not start: {(workdir / 'daemon.log').read_text()}")
            time.sleep(0.05)
    return proc, port, context


def stop_daemon(proc: subprocess.Popen[bytes], workdir: Path) -> None:
    """SIGTERM the daemon ``start_daemon`` started (killed if it takes over a minute), then remove its directory."""
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()
    shutil.rmtree(workdir, ignore_errors=True)


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


def children(pid: int, name: str = "") -> list[int]:
    """Child processes of ``pid``; with ``name``, those whose kernel name (comm) starts with it."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    pids = [int(p) for p in path.read_text().split()] if path.exists() else []
    return [child for child in pids if Path(f"/proc/{child}/comm").read_text().startswith(name)]


def workers_of(pid: int) -> list[int]:
    """The pipeline worker processes of a daemon (paused for the edge-only measurement)."""
    return children(pid, "ingestd-worker")


def listener_pids(pid: int) -> list[int]:
    """Where SMTP sessions run: the daemon itself, and its listener processes (listener_processes >= 2)."""
    return [pid, *children(pid, "ingestd-smtp")]


def listener_cpu(pid: int) -> tuple[float, float]:
    """(CPU of the listener processes, CPU of their main threads = event loops), seconds."""
    pids = listener_pids(pid)
    return sum(cpu_seconds(p) for p in pids), sum(thread_cpu_seconds(p, p) for p in pids)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def thread_cpu_seconds(pid: int, tid: int) -> float:
    """User + system CPU time of one thread (the main thread runs the event loop)."""
    fields = Path(f"/proc/{pid}/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_split(pid: int) -> tuple[float, float]:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) / os.sysconf("SC_CLK_TCK"), int(fields[12]) / os.sysconf("SC_CLK_TCK")


def vm_hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def smtp_source(port: int, messages: int, size: int, sessions: int, *, reuse: bool = False) -> float:
    """Run Postfix's smtp-source against 127.0.0.1:port; seconds from start to last reply.

    ``reuse``: send message after message over each session (``-d``), as a relaying Postfix
    does; otherwise one connection per message.
    """
    cmd = ["smtp-source", "-4", *(["-d"] if reuse else []), "-s", str(sessions), "-m", str(messages), "-l", str(size),
           "-f", "bench@cpc.example.gov.uk", "-t", INTAKE, "-M", "cpc.example.gov.uk", "-S", "bench",
           f"127.0.0.1:{port}"]
    started = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"smtp-source failed (rc={result.returncode}): {result.stderr.strip()[-500:]}")
    return elapsed


# The two ways a client uses sessions, both measured in one run: the issue measured with
# smtp-source's default (one connection per message); a relaying Postfix reuses its sessions.
SESSION_MODES = {
    "reused": ("sessions reused as a relay does (smtp-source -d)", True),
    "per-message": ("one connection per message (smtp-source's default)", False),
}


def postfix_mode(args: argparse.Namespace) -> int:
    """smtp-source against ingestd (pipeline paused) and against Postfix queueing durably.

    Every round runs, for each session mode and each ``--listener-processes`` setting (one
    daemon each, started once), ingestd - this checkout's, then ``--compare``'s if given - and
    then Postfix, so contention from other work on the machine hits both sides of a ratio
    alike, the settings alike, and the two checkouts alike.
    """
    from tests.postfix import PostfixInstance, available  # stdlib only: no test extra needed

    if not shutil.which("smtp-source") or not available():
        print("postfix mode needs Debian's postfix package (smtp-source, postfix) and root; skipped")
        return 2
    modes = [mode.strip() for mode in args.sessions.split(",") if mode.strip()]
    unknown = [mode for mode in modes if mode not in SESSION_MODES]
    if unknown or not modes:
        print(f"--sessions: expected a comma-separated list of {', '.join(SESSION_MODES)}, got {args.sessions!r}")
        return 2
    settings = listener_settings(args.listener_processes)
    if not settings:
        print(f"--listener-processes: expected a comma-separated list of integers >= 1 or auto, "
              f"got {args.listener_processes!r}")
        return 2
    codes = [Checkout.this()]
    if args.compare is not None:
        if not (args.compare / "ingestd" / "__main__.py").exists():
            print(f"--compare: {args.compare} is not an ingestd checkout")
            return 2
        codes.append(Checkout.other(args.compare))
    labels = [code.label for code in codes]
    workdir = Path(tempfile.mkdtemp(prefix="bench-smtp-pf-", dir=args.dir))
    os.chmod(workdir, 0o755)
    daemons: dict[tuple[int, str], tuple[subprocess.Popen[bytes], int, Path]] = {}
    for setting in settings:
        for index, code in enumerate(codes):
            daemon_dir = workdir / f"ingestd-{index}-{setting}"
            daemon_dir.mkdir()
            proc, port, _ = start_daemon(daemon_dir, args.max_message_size, tls=False, code=code,
                                         smtp_extra=f"listener_processes = {toml_value(setting)}\n")
            daemons[index, setting] = (proc, port, daemon_dir)
    # Postfix as a queueing MTA that accepts for the intake domain and holds everything: the
    # queue file is written and fsync'd by cleanup before the 250, nothing is delivered.
    postfix = PostfixInstance(workdir / "postfix", {
        "relay_domains": INTAKE.split("@")[1],
        "smtpd_recipient_restrictions": "check_client_access inline:{ {127.0.0.1 = HOLD} }, "
                                        "permit_mynetworks, reject_unauth_destination",
        "message_size_limit": str(args.max_message_size),
        "smtpd_client_connection_count_limit": "0",
        "smtpd_client_message_rate_limit": "0",
        "smtpd_client_connection_rate_limit": "0",
    })
    runs = [(mode, setting, index) for mode in modes for setting in settings for index in range(len(codes))]
    ingestd_rates: dict[tuple[str, str, int], list[float]] = {run: [] for run in runs}
    postfix_rates: dict[tuple[str, str], list[float]] = {(mode, setting): [] for mode in modes for setting in settings}
    ratios: dict[tuple[str, str, int], list[float]] = {run: [] for run in runs}
    cpu_per_message: dict[tuple[str, str, int], list[float]] = {run: [] for run in runs}
    loop_cpu_per_message: dict[tuple[str, str, int], list[float]] = {run: [] for run in runs}
    paused: list[int] = []
    try:
        postfix.start()
        for proc, _, _ in daemons.values():
            for pid in workers_of(proc.pid):
                os.kill(pid, signal.SIGSTOP)
                paused.append(pid)
        counts = {setting: wait_for_listeners(proc.pid, setting) for (_, setting), (proc, _, _) in daemons.items()}
        print(f"disk: {workdir}; {args.rounds} interleaved rounds of {args.messages} x {args.size // 1024} KB "
              f"over {args.connections} sessions (smtp-source), each round: "
              + "; ".join(SESSION_MODES[mode][0] for mode in modes) + "; each with listener_processes = "
              + ", ".join(f"{setting} ({counts[setting]} listener(s))" for setting in settings)
              + "; ingestd from " + " and ".join(labels))
        print(f"load average at the start: {load_average()}")
        for round_no in range(1, args.rounds + 1):
            for mode in modes:
                reuse = SESSION_MODES[mode][1]
                for setting in settings:
                    measured = []
                    # the checkouts take turns going first: the first run follows Postfix's queue
                    # clean-up and the spool removal, whose disk work may still be under way
                    order = list(range(len(codes)))
                    for index in order[round_no % len(codes):] + order[:round_no % len(codes)]:
                        run = (mode, setting, index)
                        proc, port, daemon_dir = daemons[index, setting]
                        cpu_before, loop_before = listener_cpu(proc.pid)
                        seconds = smtp_source(port, args.messages, args.size, args.connections, reuse=reuse)
                        cpu_after, loop_after = listener_cpu(proc.pid)
                        cpu_per_message[run].append(1000 * (cpu_after - cpu_before) / args.messages)
                        loop_cpu_per_message[run].append(1000 * (loop_after - loop_before) / args.messages)
                        ingestd_rates[run].append(args.messages / seconds)
                        measured.append(run)
                        # keep the disk state alike
                        shutil.rmtree(daemon_dir / "data" / "spool" / "new", ignore_errors=True)
                    seconds = smtp_source(postfix.port, args.messages, args.size, args.connections, reuse=reuse)
                    postfix_rate = args.messages / seconds
                    postfix_rates[mode, setting].append(postfix_rate)
                    postfix.postfix("flush")
                    subprocess.run(["postsuper", "-c", str(postfix.config_dir), "-d", "ALL"], capture_output=True)
                    for run in sorted(measured):
                        ratios[run].append(ingestd_rates[run][-1] / postfix_rate)
                        who = f" [{labels[run[2]]}]" if len(codes) > 1 else ""
                        print(f"  round {round_no} {mode:>11} listener_processes={setting:<4}{who}: ingestd "
                              f"{ingestd_rates[run][-1]:6.1f} msgs/s (CPU per message: event loops "
                              f"{loop_cpu_per_message[run][-1]:.2f} ms, listener processes "
                              f"{cpu_per_message[run][-1]:.2f} ms), Postfix {postfix_rate:6.1f} msgs/s, "
                              f"ratio {ratios[run][-1]:.2f}", flush=True)
        version = subprocess.run(["postconf", "-h", "mail_version"], capture_output=True, text=True).stdout.strip()
        print(f"load average at the end: {load_average()}")
        print(f"medians (min-max) over {args.rounds} rounds; ingestd with the pipeline paused, "
              f"Postfix {version} queueing durably (hold):")
        met = True
        for mode in modes:
            print(f"  {SESSION_MODES[mode][0]}:")
            for setting in settings:
                rates = postfix_rates[mode, setting]
                print(f"    listener_processes = {setting} ({counts[setting]} listener(s)); "
                      f"Postfix {statistics.median(rates):.1f} msgs/s ({spread(rates, 1)})")
                for index, label in enumerate(labels):
                    run = (mode, setting, index)
                    ratio = statistics.median(ratios[run])
                    if index == 0:
                        met = met and (ratio >= 1.0 or setting != settings[-1])
                    print(f"      {label}: ingestd {statistics.median(ingestd_rates[run]):.1f} msgs/s "
                          f"({spread(ingestd_rates[run], 1)}); ratio ingestd / Postfix {ratio:.2f} "
                          f"({spread(ratios[run], 2)}; target >= 1.0)")
                    print(f"        CPU per {args.size // 1024} KB message: event loops "
                          f"{statistics.median(loop_cpu_per_message[run]):.2f} ms "
                          f"({spread(loop_cpu_per_message[run], 2)}; target <= 1 ms), listener processes "
                          f"{statistics.median(cpu_per_message[run]):.2f} ms ({spread(cpu_per_message[run], 2)}; "
                          f"adds the spool threads' write + fsync, mostly kernel time; with 2+ listeners, "
                          f"the daemon and any hand-over between listeners too)")
        return 0 if met else 1
    finally:
        for pid in paused:
            try:
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass
        postfix.stop()
        for proc, _, daemon_dir in daemons.values():
            stop_daemon(proc, daemon_dir)
        shutil.rmtree(workdir, ignore_errors=True)


def listener_settings(text: str) -> list[str]:
    """``"1,auto"`` -> ``["1", "auto"]``; empty when any item is not an integer >= 1 or auto."""
    items = [item.strip().lower() for item in text.split(",") if item.strip()]
    if not all(item == "auto" or (item.isdigit() and int(item) >= 1) for item in items):
        return []
    return list(dict.fromkeys(items))


def wait_for_listeners(pid: int, setting: str) -> int:
    """How many processes serve SMTP once all have started (the daemon alone for 1)."""
    expected = min(4, len(os.sched_getaffinity(0))) if setting == "auto" else int(setting)
    if expected == 1:
        return 1
    deadline = time.monotonic() + 60
    while len(children(pid, "ingestd-smtp")) < expected:
        if time.monotonic() > deadline:
            raise SystemExit(f"ingestd serve did not start {expected} listener processes")
        time.sleep(0.05)
    return expected


def toml_value(setting: str) -> str:
    return '"auto"' if setting == "auto" else setting


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def spread(values: list[float], digits: int) -> str:
    return f"{min(values):.{digits}f}-{max(values):.{digits}f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("python", "postfix"), default="python",
                        help="python: smtplib over TLS vs a bare fsync loop; postfix: smtp-source vs Postfix")
    parser.add_argument("--dir", type=Path, default=None, help="directory on the disk under test (default: a temp dir)")
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--size", type=int, default=100 * 1024)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=4, help="postfix mode: interleaved rounds (medians)")
    parser.add_argument("--sessions", default=",".join(SESSION_MODES),
                        help="postfix mode: session modes to measure in each round, comma-separated: "
                             "reused (smtp-source -d, as a relaying Postfix does), per-message (one connection "
                             "per message, smtp-source's default); default: both")
    parser.add_argument("--listener-processes", default="1,auto",
                        help="postfix mode: [smtp] listener_processes settings to compare side by side, "
                             "comma-separated (integers >= 1 or auto; default: 1,auto); python mode: the first")
    parser.add_argument("--compare", type=Path, default=None, metavar="CHECKOUT",
                        help="postfix mode: another ingestd checkout (e.g. main's worktree) measured side by "
                             "side with this one in every round, run with its own .venv's Python and without "
                             "writing into it")
    parser.add_argument("--max-message-size", type=int, default=50 * 1024 * 1024,
                        help="[smtp] max_message_size for the daemon (default: ingestd's default)")
    args = parser.parse_args()
    if args.mode == "postfix":
        return postfix_mode(args)
    return python_mode(args)


def python_mode(args: argparse.Namespace) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="bench-smtp-", dir=args.dir))
    setting = (listener_settings(args.listener_processes) or ["auto"])[0]
    proc, port, context = start_daemon(workdir, args.max_message_size,
                                       smtp_extra=f"listener_processes = {toml_value(setting)}\n")
    wait_for_listeners(proc.pid, setting)
    try:
        tag = secrets.token_hex(3)
        ratios = {}
        print(f"disk: {workdir} ({os.statvfs(workdir).f_bsize}-byte blocks)")
        for label, paused in (("pipeline paused (SMTP edge + spool only)", True),
                              ("pipeline running alongside (as deployed)", False)):
            messages = [make_message(n, args.size, f"{tag}-{paused}") for n in range(args.messages)]
            batches = [messages[i::args.connections] for i in range(args.connections)]
            workers = workers_of(proc.pid)
            if paused:
                for pid in workers:
                    os.kill(pid, signal.SIGSTOP)
            cpu_before, own_before = listener_cpu(proc.pid)[0], os.times()
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
                  f"{listener_cpu(proc.pid)[0] - cpu_before:.1f} s, benchmark clients "
                  f"{own.user + own.system - own_before.user - own_before.system:.1f} s")
        ratio = ratios["pipeline running alongside (as deployed)"]

        time.sleep(1)
        before = vm_hwm_mb(proc.pid)
        limit_size = args.max_message_size - 4096
        big = [[make_message(10**6 + n, limit_size, tag)] for n in range(args.connections)]
        big_seconds = send_all(port, context, big)
        after = vm_hwm_mb(proc.pid)
        time.sleep(3)  # let the worker process pick the big messages up
        workers = ", ".join(f"{vm_hwm_mb(child):.0f} MB" for child in workers_of(proc.pid))
        print(f"peak RSS of ingestd serve (listener process): {before:.0f} MB before, {after:.0f} MB after "
              f"{args.connections} clients sent {limit_size / 2**20:.1f} MB messages at once ({big_seconds:.1f} s); "
              f"worker/helper processes so far: {workers or 'none'}")
        return 0 if ratio >= 0.5 else 1
    finally:
        stop_daemon(proc, workdir)


if __name__ == "__main__":
    sys.exit(main())
