"""``ingestd serve`` as a real subprocess: readiness, watchdog, drain, recovery, reload, memory.

Each test starts the daemon with a ``$NOTIFY_SOCKET`` the test listens on, as systemd would,
and talks SMTP to it on 127.0.0.1. What is asserted is what an operator would check: the
sd_notify messages, reply codes, the intake log in the database, the exit status, the log.
"""

from __future__ import annotations

import json
import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from ingestd.config import Config
from ingestd.spool import Spool
from ingestd.storage.db import make_engine, open_database
from ingestd.storage.repository import LogFilter, intake_log
from tests.cli import run_cli_process
from tests.waiting import wait_until
from tests.intake.smtp.conftest import INTAKE, message
from tests.intake.smtp.daemon_process import REPO, DaemonProcess, free_port


@pytest.fixture
def daemon(make_config: Callable[..., Config], tmp_path: Path) -> Iterator[Callable[..., DaemonProcess]]:
    started: list[DaemonProcess] = []

    def _daemon(smtp: str = "", extra: str = "", start: bool = True, shutdown_timeout: int = 10,
                **kwargs: object) -> DaemonProcess:
        port = free_port()
        config = make_config(extra=f'[smtp]\nlisten = "127.0.0.1:{port}"\nrecipients = ["{INTAKE}"]\n'
                                   f'shutdown_timeout = {shutdown_timeout}\n{smtp}\n{extra}\n')
        proc = DaemonProcess(config.source, tmp_path, **kwargs)  # type: ignore[arg-type]
        proc.config = config  # type: ignore[attr-defined]
        proc.port = port  # type: ignore[attr-defined]
        started.append(proc)
        if start:
            proc.start()
            proc.wait_ready()
        return proc

    yield _daemon
    for proc in started:
        proc.close()


def send(port: int, raw: bytes) -> str:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo("cpc.example.gov.uk")
        client.mail("a@cpc.example.gov.uk")
        client.rcpt(INTAKE)
        code, reply = client.data(raw)
    assert code == 250, reply
    return reply.decode().rsplit(" ", 1)[-1]


def wait_for_log(config: Config, count: int) -> list[dict]:
    sessions = open_database(config.database_url, create=False)
    return wait_until(lambda: (lambda e: e if len(e) >= count else None)(intake_log(sessions, LogFilter())),
                      what=f"{count} intake log entries")


def wait_for_stderr(proc: DaemonProcess, text: str) -> str:
    return wait_until(lambda: proc.stderr() if text in proc.stderr() else None, what=f"{text!r} in the daemon log")


def wait_for_pings(proc: DaemonProcess, count: int) -> None:
    wait_until(lambda: proc.count("WATCHDOG=1") >= count, what=f"{count} WATCHDOG=1 pings")


def test_ready_after_checks_then_mail_is_processed_and_watchdog_pings(daemon):
    proc = daemon()
    spool_ids = [send(proc.port, message(f"d{n}")) for n in range(3)]
    entries = wait_for_log(proc.config, 3)
    assert sorted(e["intake_id"] for e in entries) == sorted(spool_ids)
    assert {e["channel"] for e in entries} == {"smtp"}
    wait_for_pings(proc, 3)  # WATCHDOG_USEC=2s: a ping a second while healthy
    assert proc.terminate() == 0
    assert proc.count("STOPPING=1") == 1
    assert not list(Spool(proc.config.spool_dir).pending())


def test_status_shows_spool_and_processing(daemon):
    proc = daemon(start=False)
    assert run_cli_process(proc.config, "db", "upgrade").code == 0
    spool = Spool(proc.config.spool_dir)
    spool.put(message("queued"), channel="smtp")  # waiting: no daemon running yet
    result = run_cli_process(proc.config, "status", "--format", "json")
    assert result.code == 0, result.err
    status = json.loads(result.out)
    assert status["spool_depth"] == 1 and status["oldest_spooled_age_seconds"] >= 0
    assert status["last_processed_at"] is None and status["quarantined"] == 0
    proc.start()
    proc.wait_ready()
    wait_for_log(proc.config, 1)
    result = run_cli_process(proc.config, "status")
    assert result.code == 0, result.err
    lines = dict(line.split(": ", 1) for line in result.out.splitlines())
    assert lines["spool_depth"] == "0" and lines["oldest_spooled_age_seconds"] == "-"
    assert lines["last_processed_at"].endswith("Z") and lines["quarantined"] == "0"


def _outdated_schema(config: Config) -> None:
    with make_engine(config.database_url).begin() as conn:
        conn.execute(text("CREATE TABLE unrelated (id INTEGER PRIMARY KEY)"))


def _spool_not_a_directory(config: Config) -> None:
    config.storage.data_dir.mkdir(parents=True, exist_ok=True)
    config.spool_dir.write_bytes(b"not a directory")


@pytest.mark.parametrize(("breakage", "smtp", "expected"), [
    (_outdated_schema, "", "ingestd db upgrade"),
    (_spool_not_a_directory, "", "spool"),
    (None, 'tls_cert = "missing.crt"\ntls_key = "missing.key"\n', "tls_cert"),
], ids=["schema-outdated", "spool-unwritable", "tls-material-missing"])
def test_failed_self_check_means_no_ready_and_a_clear_error(daemon, breakage, smtp, expected):
    proc = daemon(smtp=smtp, start=False)
    if breakage is not None:
        breakage(proc.config)
    proc.start()
    assert proc.proc.wait(30) != 0
    assert proc.count("READY=1") == 0
    assert expected in proc.stderr()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", proc.port), timeout=2).close()


def test_sigterm_finishes_data_in_flight_refuses_new_sessions_and_exits(daemon):
    proc = daemon()
    busy = smtplib.SMTP("127.0.0.1", proc.port, timeout=30)
    busy.ehlo("cpc.example.gov.uk")
    busy.mail("a@cpc.example.gov.uk")
    busy.rcpt(INTAKE)
    assert busy.docmd("DATA")[0] == 354
    raw = message("in-flight", size=30_000)
    busy.send(raw[:15_000])
    proc.signal(signal.SIGTERM)
    wait_for_stderr(proc, "shutting down: draining")
    with socket.create_connection(("127.0.0.1", proc.port), timeout=5) as late:
        assert late.recv(200).startswith(b"421 4.3.2")
    busy.send(raw[15_000:] + b".\r\n")
    code, reply = busy.getreply()
    assert code == 250, reply
    busy.close()
    assert proc.proc.wait(120) == 0  # how fast is a benchmark's business; that it ends is ours
    # Accepted means durable: processed now, or by the next start.
    proc.start()
    proc.wait_ready()
    (entry,) = wait_for_log(proc.config, 1)
    assert entry["intake_id"] == reply.decode().rsplit(" ", 1)[-1]


def test_idle_session_cut_off_with_421_on_sigterm_and_exit_is_prompt(daemon):
    # An idle session must not hold shutdown for [smtp] shutdown_timeout: with a timeout of an
    # hour, the daemon still exits (the wait below would give up long before the hour).
    proc = daemon(shutdown_timeout=3600)
    idle = socket.create_connection(("127.0.0.1", proc.port), timeout=60)
    assert idle.recv(200).startswith(b"220")
    proc.signal(signal.SIGTERM)
    assert idle.recv(200).startswith(b"421 4.3.2")
    assert proc.proc.wait(300) == 0
    idle.close()


def test_message_left_in_the_spool_is_processed_on_start_and_debris_removed(daemon):
    proc = daemon(start=False)
    spool = Spool(proc.config.spool_dir)
    entry = spool.put(message("left-behind"), channel="smtp")
    (spool.tmp_dir / "torn.eml.1234.tmp").write_bytes(b"half a messa")
    proc.start()
    proc.wait_ready()
    (logged,) = wait_for_log(proc.config, 1)
    assert logged["intake_id"] == entry.spool_id
    # Crash debris is gone; the watchdog's own write/fsync/rename probe may be in flight.
    assert [p.name for p in spool.tmp_dir.iterdir() if not p.name.startswith("selfcheck-")] == []


def test_message_that_killed_its_worker_max_attempts_times_is_quarantined_as_poison(daemon):
    proc = daemon(extra="[pipeline]\nmax_attempts = 3\n", start=False)
    spool = Spool(proc.config.spool_dir)
    entry = spool.put(message("poison"), channel="smtp")
    for _ in range(3):  # what each worker does durably before a try that then killed it
        entry = spool.record_attempt(entry)
    proc.start()
    proc.wait_ready()
    (logged,) = wait_for_log(proc.config, 1)
    assert (logged["intake_id"], logged["status"], logged["reason"]) == (entry.spool_id, "quarantined", "poison")
    assert spool.pending() == []


def test_oversize_without_size_keeps_daemon_memory_bounded(daemon):
    proc = daemon(smtp="max_message_size = 1048576\n")
    send(proc.port, message("warm-up"))  # every code path used once before measuring
    wait_for_log(proc.config, 1)
    baseline = proc.vm_hwm_kb()
    with socket.create_connection(("127.0.0.1", proc.port), timeout=60) as sock:
        reader = sock.makefile("rb")
        assert reader.readline().startswith(b"220")
        sock.sendall(b"EHLO cpc.example.gov.uk\r\n")
        while reader.readline()[3:4] == b"-":
            pass
        for body, expected in ((b"y" * 998 + b"\r\n", b"552"), (b"A" * 65536, b"500")):
            sock.sendall(b"MAIL FROM:<a@cpc.example.gov.uk>\r\nRCPT TO:<" + INTAKE.encode() + b">\r\nDATA\r\n")
            for _ in range(3):
                assert reader.readline()[:1] in (b"2", b"3")
            chunk = body * max(1, (1 << 20) // len(body))
            for _ in range(64):  # 64 MB, 64 times the limit
                sock.sendall(chunk)
            sock.sendall(b"\r\n.\r\n")
            assert reader.readline().startswith(expected)
    growth_mb = (proc.vm_hwm_kb() - baseline) / 1024
    assert growth_mb < 16, f"peak RSS grew by {growth_mb:.1f} MB for 128 MB of refused data"
    assert Spool(proc.config.spool_dir).pending() == []


def test_sighup_reloads_cpc_directory_and_names_what_needs_a_restart(daemon):
    proc = daemon()
    path = proc.config.source
    original = path.read_text()
    path.write_text(original.replace('name = "Fife Child Protection Committee"',
                                     'name = "Fife and Kinross Child Protection Committee"')
                    .replace(f'listen = "127.0.0.1:{proc.port}"', f'listen = "127.0.0.1:{proc.port + 1}"'))
    proc.signal(signal.SIGHUP)
    log = wait_for_stderr(proc, "SIGHUP: changed settings need a restart")
    assert "SIGHUP: reloaded the CPC directory (3 committees)" in log
    assert "need a restart to take effect: smtp.listen" in log
    send(proc.port, message("after-hup"))  # still serving on the old listener
    path.write_text("this is [not valid toml")
    proc.signal(signal.SIGHUP)
    assert "configuration not reloaded, keeping the running one" in wait_for_stderr(proc, "configuration not reloaded")
    send(proc.port, message("after-bad-hup"))
    assert proc.terminate() == 0


def test_socket_activation_uses_the_passed_socket(daemon, tmp_path):
    proc = daemon(start=False)
    port = free_port()  # systemd-socket-activate binds this one; the config's listen port stays unused
    notify_env = ["-E", f"NOTIFY_SOCKET={proc._notify_path}", "-E", "PYTHONUNBUFFERED=1"]
    stderr = open(proc.stderr_path, "ab")
    activator = subprocess.Popen(
        ["systemd-socket-activate", "-l", f"127.0.0.1:{port}", *notify_env,
         sys.executable, "-m", "ingestd", "--config", str(proc.config.source), "serve"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=stderr)
    stderr.close()
    proc.proc = activator
    try:
        # Like a .socket unit, the activator starts the service on the first connection (exec:
        # same pid), and that connection is the service's first session.
        def connect() -> smtplib.SMTP | None:
            try:
                return smtplib.SMTP("127.0.0.1", port, timeout=30)
            except ConnectionRefusedError:  # the activator has not bound the port yet
                return None

        client = wait_until(connect, what="systemd-socket-activate listening")
        with client:
            client.sendmail("a@cpc.example.gov.uk", [INTAKE], message("activated"))
        proc.wait_ready()
        wait_for_log(proc.config, 1)
        assert "listening socket passed by systemd" in proc.stderr()
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", proc.port), timeout=2).close()
    finally:
        activator.send_signal(signal.SIGTERM)
        rc = activator.wait(120)
    assert rc == 0 and proc.stderr().rstrip().endswith("ingestd.daemon: stopped")


def _child_pids(proc: DaemonProcess, name: str) -> list[int]:
    """The daemon's child processes whose kernel name (``comm``, set by each) starts with ``name``."""
    assert proc.proc is not None
    return [int(child) for child in Path(f"/proc/{proc.proc.pid}/task/{proc.proc.pid}/children").read_text().split()
            if _comm(int(child)).startswith(name)]


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except FileNotFoundError:  # exited meanwhile
        return ""


def _worker_pids(proc: DaemonProcess) -> list[int]:
    return _child_pids(proc, "ingestd-worker")


def test_a_killed_worker_is_started_again_and_mail_keeps_flowing(daemon):
    proc = daemon()
    send(proc.port, message("before-worker-kill"))
    wait_for_log(proc.config, 1)
    (worker,) = _worker_pids(proc)
    os.kill(worker, signal.SIGKILL)
    send(proc.port, message("after-worker-kill"))  # the listener does not depend on the worker
    wait_for_log(proc.config, 2)
    assert "worker 0 exited with status -9; starting it again" in proc.stderr()
    assert _worker_pids(proc) and _worker_pids(proc) != [worker]


def test_watchdog_is_withheld_while_the_event_loop_is_stalled(daemon):
    proc = daemon()
    wait_for_pings(proc, 2)
    proc.signal(signal.SIGSTOP)  # the whole daemon stalls, as a blocked event loop would
    time.sleep(3.0)  # the stimulus: a stall longer than the 1 s watchdog interval (not a wait for anything)
    proc.signal(signal.SIGCONT)
    wait_for_stderr(proc, "watchdog withheld: event loop lag")
    pings = proc.count("WATCHDOG=1")
    wait_for_pings(proc, pings + 1)  # and resumed once healthy again


def test_metrics_endpoint_counts_what_the_workers_did(daemon):
    import urllib.request

    metrics_port = free_port()
    proc = daemon(extra=f'[metrics]\nlisten = "127.0.0.1:{metrics_port}"\n')
    send(proc.port, message("first"))
    send(proc.port, message("second"))
    wait_for_log(proc.config, 2)

    def scrape() -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=30) as response:
            return response.read().decode()

    def samples(text: str) -> dict[str, float]:
        return {line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1])
                for line in text.splitlines() if line and not line.startswith("#")}

    # The pipeline histogram is written by the worker after the commit the log shows.
    found = wait_until(lambda: (lambda s: s if s.get("ingestd_pipeline_seconds_count", 0) >= 2 else None)(
        samples(scrape())), what="two pipeline timings on /metrics")
    assert found['ingestd_messages_total{channel="smtp",outcome="no_report"}'] == 2
    assert found["ingestd_spool_depth"] == 0 and found["ingestd_database_up"] == 1
    assert found['ingestd_last_success_timestamp_seconds{channel="smtp"}'] > 0
    assert any(k.startswith("ingestd_build_info{") for k in found)
    assert "first" not in scrape()  # labels are channels and codes, never content
    assert proc.terminate() == 0
