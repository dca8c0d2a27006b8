"""``[smtp] listener_processes = 2``: ``ingestd serve`` with two SMTP listener processes.

What an operator relies on, checked on a real daemon (``tests.test_daemon``'s fixture): every
acknowledged message is spooled and filed exactly once however the sessions spread; a listener
killed mid-session loses nothing it acknowledged and is started again; shutdown drains the
sessions of both; a burst of connections made at once is spread over both;
``max_connections`` caps the daemon, not each listener; SIGHUP's new TLS
certificate reaches both; a stalled listener withholds the watchdog; /metrics counts every
message whichever process took it.
"""

from __future__ import annotations

import hashlib
import os
import signal
import smtplib
import socket
import ssl
import threading
import urllib.request

from ingestd.spool import Spool
from tests.intake.smtp.conftest import INTAKE, message, write_tls_material
from tests.intake.smtp.daemon_process import free_port
from tests.test_daemon import _child_pids, daemon, send, wait_for_log, wait_for_stderr  # noqa: F401 - fixture
from tests.waiting import wait_until

TWO = "listener_processes = 2\n"


def listeners(proc) -> list[int]:  # type: ignore[no-untyped-def]
    return _child_pids(proc, "ingestd-smtp")


def two_listeners(proc) -> list[int]:  # type: ignore[no-untyped-def]
    return wait_until(lambda: (lambda pids: pids if len(pids) == 2 else None)(listeners(proc)),
                      what="two SMTP listener processes")


def open_session(port: int) -> smtplib.SMTP:
    client = smtplib.SMTP("127.0.0.1", port, timeout=30)
    client.ehlo("cpc.example.gov.uk")
    return client


def start_data(client: smtplib.SMTP) -> None:
    client.mail("a@cpc.example.gov.uk")
    client.rcpt(INTAKE)
    assert client.docmd("DATA")[0] == 354


def test_concurrent_sessions_over_two_listeners_are_spooled_and_filed_once(daemon):  # noqa: F811
    proc = daemon(smtp=TWO)
    two_listeners(proc)
    acked: dict[str, str] = {}
    lock = threading.Lock()

    def sender(name: str) -> None:
        # Half the clients reuse one session for all their messages (as a relay does), half
        # open one per message.
        reuse = name.endswith(("0", "2", "4"))
        client = open_session(proc.port) if reuse else None
        for n in range(6):
            raw = message(f"many-{name}-{n}", size=20_000)
            if client is None:
                spool_id = send(proc.port, raw)
            else:
                client.sendmail("a@cpc.example.gov.uk", [INTAKE], raw)  # raises unless 250
                spool_id = ""
            with lock:
                acked[hashlib.sha256(raw).hexdigest()] = spool_id
        if client is not None:
            client.quit()

    threads = [threading.Thread(target=sender, args=(f"client{i}",)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert len(acked) == 36
    entries = wait_for_log(proc.config, 36)
    assert len(entries) == 36  # filed once each: no message twice
    ids = [entry["intake_id"] for entry in entries]
    assert len(set(ids)) == 36
    assert {spool_id for spool_id in acked.values() if spool_id} <= set(ids)
    wait_until(lambda: Spool(proc.config.spool_dir).depth() == 0, what="an empty spool")
    assert proc.terminate() == 0


def socket_holders(pids: list[int]) -> dict[int, int]:
    """The inode of every socket the processes hold, and which of them holds it (``/proc/PID/fd``)."""
    holder: dict[int, int] = {}
    for pid in pids:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except FileNotFoundError:
                continue
            if target.startswith("socket:["):
                holder[int(target[8:-1])] = pid
    return holder


def serving_listener(pids: list[int], port: int, client_ports: list[int]) -> dict[int, int]:
    """Which listener process holds the server side of each connection (what ``ss -tnp`` shows).

    The server side of a connection is the socket at ``port`` whose peer is the client's port;
    ``/proc/net/tcp`` gives its inode and ``/proc/PID/fd`` which process holds it.
    """
    inode_of: dict[int, int] = {}
    for line in open("/proc/net/tcp").read().splitlines()[1:]:
        fields = line.split()
        local, remote, inode = fields[1], fields[2], int(fields[9])
        if int(local.rsplit(":", 1)[1], 16) == port and inode:
            inode_of[int(remote.rsplit(":", 1)[1], 16)] = inode
    holder = socket_holders(pids)
    return {client: holder[inode_of[client]] for client in client_ports
            if client in inode_of and inode_of[client] in holder}


def sessions_held(pids: list[int], port: int) -> int:
    """How many established connections at ``port`` the listener processes hold now.

    A session's place in the shared counts is freed when its listener sees the close, a moment
    after the client's ``QUIT`` returns; a test that relies on the counts waits for this to be 0.
    """
    inodes = set()
    for line in open("/proc/net/tcp").read().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "01" and int(fields[9]):
            inodes.add(int(fields[9]))
    return len(inodes & set(socket_holders(pids)))


def test_a_burst_of_connections_made_at_once_is_spread_over_both_listeners(daemon):  # noqa: F811
    proc = daemon(smtp=TWO)
    pids = two_listeners(proc)
    burst = 8
    # Made back to back without waiting for any greeting: the kernel queues all of them before
    # a listener has woken up, which alone would hand most of them to whichever wakes first.
    clients = [socket.create_connection(("127.0.0.1", proc.port), timeout=30) for _ in range(burst)]
    try:
        for client in clients:
            assert client.recv(200).startswith(b"220 ")  # served: a listener holds it now
        ports = [client.getsockname()[1] for client in clients]
        served = wait_until(lambda: (lambda held: held if len(held) == burst else None)(
            serving_listener(pids, proc.port, ports)), what="every connection held by a listener")
        per_listener = sorted(list(served.values()).count(pid) for pid in pids)
        assert per_listener == [burst // 2, burst // 2], per_listener  # as even as it can be
        for client in clients:
            client.sendall(b"QUIT\r\n")
            assert client.recv(200).startswith(b"221 ")
    finally:
        for client in clients:
            client.close()
    # The sessions ended free their places in both: the next two sessions again go one to each.
    wait_until(lambda: not serving_listener(pids, proc.port, ports), what="the burst's sessions closed")
    pair = [open_session(proc.port), open_session(proc.port)]
    held = serving_listener(pids, proc.port, [client.sock.getsockname()[1] for client in pair])
    assert sorted(held.values()) == sorted(pids)
    for client in pair:
        client.quit()
    assert proc.terminate() == 0


def test_a_listener_killed_mid_session_loses_nothing_acknowledged_and_is_started_again(daemon):  # noqa: F811
    proc = daemon(smtp=TWO)
    first, second = two_listeners(proc)
    acked = [send(proc.port, message(f"before-kill-{n}")) for n in range(4)]
    # Those sessions' places are freed once their listeners have seen them close; until then
    # the counts that place the next two sessions may still include one of them.
    wait_until(lambda: sessions_held([first, second], proc.port) == 0, what="the earlier sessions closed")
    # Two sessions open at once go to different listeners (the one with fewer sessions open).
    sessions = [open_session(proc.port), open_session(proc.port)]
    held = wait_until(lambda: (lambda h: h if len(h) == 2 else None)(serving_listener(
        [first, second], proc.port, [client.sock.getsockname()[1] for client in sessions])),
        what="both sessions held by a listener")
    assert sorted(held.values()) == sorted([first, second])  # one on each
    raws = [message(f"mid-kill-{n}", size=40_000) for n in range(2)]
    for client, raw in zip(sessions, raws):
        start_data(client)
        client.send(raw[:20_000])
    os.kill(first, signal.SIGKILL)
    outcomes = []
    for client, raw in zip(sessions, raws):
        try:
            client.send(raw[20_000:] + b".\r\n")
            code, reply = client.getreply()
        except (OSError, smtplib.SMTPException):
            code, reply = 0, b""
        outcomes.append(code)
        if code == 250:
            acked.append(reply.decode().rsplit(" ", 1)[-1])
        client.close()
    assert sorted(outcomes) == [0, 250]  # the killed listener's session failed, the other's did not
    log = wait_for_stderr(proc, "exited with status -9; starting it again")
    assert "SMTP listener 0 exited with status -9" in log
    restarted = wait_until(lambda: (lambda pids: pids if len(pids) == 2 and first not in pids else None)(
        listeners(proc)), what="the killed listener started again")
    assert second in restarted
    for n in range(4):  # both listeners take mail again
        acked.append(send(proc.port, message(f"after-kill-{n}")))
    entries = wait_for_log(proc.config, len(acked))
    ids = [entry["intake_id"] for entry in entries]
    assert set(acked) <= set(ids) and len(ids) == len(set(ids))
    # The unacknowledged half-message was never spooled: nothing more than what was acknowledged.
    assert len(ids) == len(acked)
    assert proc.terminate() == 0


def test_a_dead_listener_pool_is_recovered_when_it_is_started_again(daemon):  # noqa: F811
    """A message a listener committed in place but had not moved to new/ when it was killed (the
    file is no longer locked, its record matches its bytes) is filed without waiting for a restart
    of the daemon; its unused pool files go."""
    import json
    from datetime import datetime, timezone

    from ingestd.spool import ENTRY_ATTR

    proc = daemon(smtp=TWO)
    first, _ = two_listeners(proc)
    spool = Spool(proc.config.spool_dir)
    raw = message("committed-in-place")
    spool_id = Spool.new_id(datetime.now(timezone.utc), "smtp")
    stranded = spool.pool_dir / "0123456789abcdef"
    stranded.write_bytes(raw)
    os.setxattr(stranded, ENTRY_ATTR, json.dumps({"id": spool_id, "size": len(raw),
                                                  "sha256": hashlib.sha256(raw).hexdigest()}).encode())
    assert spool.pending() == []  # in pool/ only: nobody has looked there since the start
    os.kill(first, signal.SIGKILL)
    wait_for_stderr(proc, "exited with status -9; starting it again")
    [entry] = wait_for_log(proc.config, 1)
    assert entry["intake_id"] == spool_id
    assert not stranded.exists()
    assert proc.terminate() == 0


def test_shutdown_drains_the_sessions_of_every_listener(daemon):  # noqa: F811
    proc = daemon(smtp=TWO)
    pids = two_listeners(proc)
    busy = [open_session(proc.port), open_session(proc.port)]  # one on each listener
    idle = open_session(proc.port)
    raws = [message(f"draining-{n}", size=30_000) for n in range(2)]
    for client, raw in zip(busy, raws):
        start_data(client)
        client.send(raw[:15_000])
    proc.signal(signal.SIGTERM)
    wait_for_stderr(proc, "shutting down: draining")
    assert idle.getreply()[0] == 421  # idle sessions are cut off at once
    with socket.create_connection(("127.0.0.1", proc.port), timeout=10) as late:
        assert late.recv(200).startswith(b"421 4.3.2")
    acked = []
    for client, raw in zip(busy, raws):
        client.send(raw[15_000:] + b".\r\n")
        code, reply = client.getreply()
        assert code == 250, reply  # commands in flight finish
        acked.append(reply.decode().rsplit(" ", 1)[-1])
        client.close()
    assert proc.proc.wait(120) == 0
    assert not [pid for pid in pids if os.path.exists(f"/proc/{pid}")]  # the daemon waited for both
    proc.start()
    proc.wait_ready()
    assert {entry["intake_id"] for entry in wait_for_log(proc.config, 2)} == set(acked)


def test_max_connections_caps_the_daemon_not_each_listener(daemon):  # noqa: F811
    proc = daemon(smtp=TWO + "max_connections = 2\n")
    two_listeners(proc)
    held = [open_session(proc.port), open_session(proc.port)]
    with socket.create_connection(("127.0.0.1", proc.port), timeout=10) as third:
        assert third.recv(200).startswith(b"421 4.7.0")
    held.pop().quit()
    # A closed session frees its place (the listener reports it): a new one is served.
    wait_until(lambda: send_or_none(proc.port), what="a session accepted after one closed")
    held.pop().quit()
    assert proc.terminate() == 0


def send_or_none(port: int) -> str | None:
    try:
        return send(port, message(f"after-cap-{os.urandom(3).hex()}"))
    except (OSError, smtplib.SMTPException, AssertionError):
        return None


def test_sighup_gives_every_listener_the_new_certificate(daemon, tmp_path):  # noqa: F811
    old = write_tls_material(tmp_path / "old")
    new = write_tls_material(tmp_path / "new")
    proc = daemon(smtp=TWO + f'tls_cert = "{old.cert}"\ntls_key = "{old.key}"\n')
    two_listeners(proc)

    def both_verify(tls: ssl.SSLContext) -> bool:
        sessions = [open_session(proc.port), open_session(proc.port)]  # one on each listener
        try:
            for client in sessions:
                client.starttls(context=tls)
            return True
        except ssl.SSLError:
            return False
        finally:
            for client in sessions:
                client.close()

    assert both_verify(old.client_context())
    path = proc.config.source
    path.write_text(path.read_text().replace(str(old.cert), str(new.cert)).replace(str(old.key), str(new.key)))
    proc.signal(signal.SIGHUP)
    wait_for_stderr(proc, "SIGHUP: reloaded")
    wait_until(lambda: both_verify(new.client_context()), what="both listeners presenting the new certificate")
    assert not both_verify(old.client_context())
    assert proc.terminate() == 0


def test_a_stalled_listener_withholds_the_watchdog_until_it_answers_again(daemon):  # noqa: F811
    proc = daemon(smtp=TWO)
    first, _ = two_listeners(proc)
    wait_until(lambda: proc.count("WATCHDOG=1") >= 2, what="two WATCHDOG=1 pings")
    os.kill(first, signal.SIGSTOP)
    try:
        wait_for_stderr(proc, "watchdog withheld: SMTP listener 0 has not answered")
    finally:
        os.kill(first, signal.SIGCONT)
    pings = proc.count("WATCHDOG=1")
    wait_until(lambda: proc.count("WATCHDOG=1") > pings, what="WATCHDOG=1 again once the listener answers")
    assert proc.terminate() == 0


def test_metrics_count_every_message_whichever_listener_took_it(daemon):  # noqa: F811
    metrics_port = free_port()
    proc = daemon(smtp=TWO, extra=f'[metrics]\nlisten = "127.0.0.1:{metrics_port}"\n')
    two_listeners(proc)
    sessions = [open_session(proc.port), open_session(proc.port)]  # one on each listener
    for n in range(6):
        sessions[n % 2].sendmail("a@cpc.example.gov.uk", [INTAKE], message(f"metrics-{n}"))
    for client in sessions:
        client.quit()
    wait_for_log(proc.config, 6)

    def samples() -> dict[str, float]:
        with urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=30) as response:
            text = response.read().decode()
        return {line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1])
                for line in text.splitlines() if line and not line.startswith("#")}

    found = wait_until(lambda: (lambda s: s if s.get("ingestd_pipeline_seconds_count", 0) >= 6 else None)(
        samples()), what="six pipeline timings on /metrics")
    assert found['ingestd_messages_total{channel="smtp",outcome="no_report"}'] == 6
    assert found["ingestd_spool_depth"] == 0
    assert proc.terminate() == 0
