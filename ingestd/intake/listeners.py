"""Several SMTP listener processes behind one listening socket (``[smtp] listener_processes``).

Why: one listener is one Python event loop, so it can use one core. Measured with Postfix's
``smtp-source`` on this project's 2-core machine, it spent about 2.3 ms of CPU per 100 KB
message and reached 0.5-0.9 of Postfix's durable accept rate, while Postfix spreads the same
work over several processes. With ``listener_processes`` >= 2 the daemon keeps the listening
socket (bound here, or passed by systemd socket activation) and runs N listener processes, each
the same ``IntakeServer`` as before with its own event loop and spool-writing threads.

Who accepts: the daemon, not the kernel. Left to the kernel (every process waiting on the one
socket), a short burst of connections lands mostly on whichever process wakes first: measured
here, 4 connections made at once split 3-1 or 4-0 between two idle listeners in 3 of 5 tries,
and a relay's 4 reused sessions would then share one core. So the daemon accepts each
connection and hands the socket (``SCM_RIGHTS`` over a ``SOCK_SEQPACKET`` pair) to the
listener with the fewest sessions open, which also makes ``max_connections`` one cap for the
whole daemon. Handing over costs the daemon tens of microseconds per connection, not per message.

Durable and once-only as with one listener: each listener writes the spool itself (``Spool.put``:
temp file, fsync, rename, directory fsync; names carry a nanosecond time and 48 random bits,
temp names 32 more, so processes cannot collide) and sends ``250`` only after that, then wakes the
pipeline workers through their pipes (``WorkerWaker``). A listener that dies (even SIGKILL) loses
only unacknowledged mail, which the client sends again; the daemon starts it again within a
second. On shutdown every listener drains as the single listener does (``IntakeServer.drain``
within ``[smtp] shutdown_timeout``) while the daemon answers new connections ``421``. On
SIGHUP the daemon sends each listener the new TLS certificate and key paths. Health for the
watchdog: every listener is alive and its event loop has written its heartbeat recently.
"""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import os
import signal
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from ingestd.config import Config
from ingestd.config.schema import SmtpConfig
from ingestd.errors import ConfigError
from ingestd.intake.smtp import SHUTTING_DOWN, TOO_MANY_CONNECTIONS, IntakeServer, tls_context_for

log = logging.getLogger("ingestd.smtp.listeners")

# Shared doubles per listener (lock-free: a listener SIGKILLed mid-update cannot leave a lock
# held), each written by one side only: [heartbeat (CLOCK_MONOTONIC, listener), sessions ended
# (listener)]. The daemon counts the sessions it handed over itself.
HEARTBEAT, ENDED = 0, 1
HEARTBEAT_SECONDS = 0.5
STALE_HEARTBEAT_SECONDS = 10.0
ACCEPTS_PER_WAKEUP = 64  # a burst of connections is taken in one go, without starving the loop
PROCESS_NAME = "ingestd-smtp"  # the kernel's comm (ps, top), so operators and tests can tell them apart

# What the daemon sends down a listener's channel: a connection (with its descriptor) or new TLS material.
CONNECTION, TLS_FILES = b"c", b"t"


def listen_socket(config: SmtpConfig) -> socket.socket:
    """Bind ``[smtp] listen`` as asyncio's server would (address reuse, non-blocking)."""
    family, kind, proto, _, address = socket.getaddrinfo(config.host, config.port, type=socket.SOCK_STREAM,
                                                         flags=socket.AI_PASSIVE)[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind(address)
        sock.listen(100)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


class _Listener:
    """The daemon's handle on one listener process: its process, channel and counts."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.proc: Any = None
        self.channel: socket.socket | None = None  # the daemon's end
        self.state: Any = None
        self.handed = 0  # connections handed over to this process

    @property
    def open_sessions(self) -> int:
        return self.handed - int(self.state[ENDED])


class ListenerPool:
    """N listener processes fed by the daemon's accept loop (see the module docstring)."""

    def __init__(self, config: Config, count: int, sock: socket.socket, wake_workers: Any) -> None:
        self.config = config
        self.count = count
        self.sock = sock
        self.wake_workers = wake_workers
        self._context = multiprocessing.get_context("spawn")
        self._listeners = [_Listener(index) for index in range(count)]
        self.draining = False
        self._stopping = False
        self.restarts = 0
        self.refused = 0

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    def start(self) -> None:
        for listener in self._listeners:
            self._spawn(listener)
        asyncio.get_running_loop().add_reader(self.sock.fileno(), self._accept)

    def _spawn(self, listener: _Listener) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        ours.setblocking(False)
        if listener.channel is not None:
            listener.channel.close()  # connections still queued there were never answered: clients retry
        listener.channel, listener.handed = ours, 0
        listener.state = self._context.RawArray("d", 2)
        listener.state[HEARTBEAT] = time.monotonic()
        listener.proc = self._context.Process(
            target=_listener_main, name=f"{PROCESS_NAME}-{listener.index}", daemon=True,
            args=(self.config, listener.index, os.getpid(), theirs, listener.state, self.wake_workers))
        listener.proc.start()
        theirs.close()

    # ---- accepting --------------------------------------------------------------------------

    def _accept(self) -> None:
        for _ in range(ACCEPTS_PER_WAKEUP):
            try:
                conn, _ = self.sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # EMFILE, ECONNABORTED: this connection is lost, the loop is not
                log.error("accept failed: %s", exc.__class__.__name__)
                return
            try:
                self._hand_over(conn)
            finally:
                conn.close()  # the listener has its own descriptor now

    def _hand_over(self, conn: socket.socket) -> None:
        if self.draining:
            _refuse(conn, SHUTTING_DOWN)
            return
        alive = [listener for listener in self._listeners if listener.proc.is_alive()]
        total = sum(listener.open_sessions for listener in alive)
        if total >= self.config.smtp.max_connections:
            self.refused += 1
            log.warning("connection refused: %d sessions open (max_connections)", total)
            _refuse(conn, TOO_MANY_CONNECTIONS)
            return
        for listener in sorted(alive, key=lambda item: item.open_sessions):
            assert listener.channel is not None
            try:
                socket.send_fds(listener.channel, [CONNECTION], [conn.fileno()])
            except OSError:  # its queue is full or it is gone: the next one
                continue
            listener.handed += 1
            return
        log.error("no SMTP listener could take a connection: answered 421")
        _refuse(conn, SHUTTING_DOWN)

    # ---- supervision ------------------------------------------------------------------------

    def revive(self) -> None:
        """Start again any listener that died (a crash, an OOM kill, SIGKILL)."""
        if self._stopping:
            return
        for listener in self._listeners:
            if not listener.proc.is_alive():
                log.error("SMTP listener %d exited with status %s; starting it again",
                          listener.index, listener.proc.exitcode)
                listener.proc.join(0)
                self.restarts += 1
                self._spawn(listener)

    def health(self) -> str | None:
        now = time.monotonic()
        for listener in self._listeners:
            if not listener.proc.is_alive():
                return f"SMTP listener {listener.index} is not running"
            silent = now - listener.state[HEARTBEAT]
            if silent > STALE_HEARTBEAT_SECONDS:
                return f"SMTP listener {listener.index} has not answered for {silent:.0f}s"
        return None

    @property
    def pids(self) -> list[int]:
        return [listener.proc.pid for listener in self._listeners if listener.proc.is_alive()]

    def reload_tls(self, config: Config) -> None:
        """New sessions in every listener use the new certificate and key (the daemon checked they load)."""
        self.config = config
        files = json.dumps([str(config.smtp.tls_cert or ""), str(config.smtp.tls_key or "")]).encode()
        for listener in self._listeners:
            assert listener.channel is not None
            try:
                listener.channel.send(TLS_FILES + files)
            except OSError:
                log.error("SMTP listener %d did not take the new TLS material; it gets it when started again",
                          listener.index)

    async def drain(self, timeout: float) -> None:
        """New connections get ``421``; every listener drains within ``timeout`` and exits."""
        self.draining = True
        self._stopping = True
        for listener in self._listeners:
            if listener.proc.is_alive():
                os.kill(listener.proc.pid, signal.SIGTERM)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout + 5.0  # the listeners keep the timeout themselves; 5 s to exit
        while any(listener.proc.is_alive() for listener in self._listeners) and loop.time() < deadline:
            await asyncio.sleep(0.05)
        for listener in self._listeners:
            if listener.proc.is_alive():
                log.error("SMTP listener %d did not exit after draining; killed", listener.index)
                listener.proc.kill()
            listener.proc.join(5)

    def close(self) -> None:
        try:
            asyncio.get_running_loop().remove_reader(self.sock.fileno())
        except RuntimeError:
            pass
        self.sock.close()
        for listener in self._listeners:
            if listener.channel is not None:
                listener.channel.close()


def _refuse(conn: socket.socket, reply: str) -> None:
    try:
        conn.setblocking(False)
        conn.send(reply.encode("ascii") + b"\r\n")  # a fresh socket's buffer takes one line
    except OSError:
        pass


# ---- the listener process -------------------------------------------------------------------


def _listener_main(config: Config, index: int, parent: int, channel: socket.socket, state: Any,
                   wake_workers: Any) -> None:
    from ingestd.daemon import die_with_parent, set_process_name
    from ingestd.logsetup import configure_logging

    die_with_parent(parent)
    set_process_name(f"{PROCESS_NAME}-{index}")
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the daemon, which stops us
    configure_logging(config.logging.level, config.logging.format)
    try:
        import uvloop
    except ImportError:  # pragma: no cover - as in ingestd.daemon.serve
        asyncio.run(_serve_handed_connections(config, channel, state, wake_workers))
        return
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(_serve_handed_connections(config, channel, state, wake_workers))


async def _serve_handed_connections(config: Config, channel: socket.socket, state: Any, wake_workers: Any) -> None:
    from ingestd.spool import Spool

    loop = asyncio.get_running_loop()
    executor = ThreadPoolExecutor(max_workers=max(2, min(32, config.smtp.max_connections)),
                                  thread_name_prefix="ingestd-spool")
    server = IntakeServer(config.smtp, Spool(config.spool_dir), executor=executor, on_spooled=wake_workers,
                          tls_context=tls_context_for(config.smtp))

    def ended() -> None:
        state[ENDED] += 1

    server.on_session_ended = ended
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    channel.setblocking(False)

    def receive() -> None:
        while True:
            try:
                data, fds, _, _ = socket.recv_fds(channel, 4096, 4)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                data, fds = b"", []
            if not data and not fds:  # the daemon is gone
                stop.set()
                loop.remove_reader(channel.fileno())
                return
            if data[:1] == CONNECTION:
                for fd in fds:
                    sock = socket.socket(fileno=fd)
                    sock.setblocking(False)
                    loop.create_task(_connect(loop, server, sock))
            elif data[:1] == TLS_FILES:
                for fd in fds:
                    os.close(fd)
                _reload_tls(server, json.loads(data[1:]))

    loop.add_reader(channel.fileno(), receive)
    beat = loop.create_task(_heartbeat(state))
    await stop.wait()
    # Connections handed over but not yet taken are taken now: the drain answers them 421
    # (a connection closed without a word would look like a network fault to the sender).
    try:
        receive()
        loop.remove_reader(channel.fileno())
    except (ValueError, OSError):
        pass
    await server.drain(float(config.smtp.shutdown_timeout))
    beat.cancel()
    executor.shutdown(wait=True)


async def _connect(loop: asyncio.AbstractEventLoop, server: IntakeServer, sock: socket.socket) -> None:
    try:
        await loop.connect_accepted_socket(server.protocol_factory, sock)
    except OSError:  # the client went away between accept and now
        sock.close()
        server.session_ended()


def _reload_tls(server: IntakeServer, files: list[str]) -> None:
    cert, key = (Path(name) if name else None for name in files)
    try:
        server.reload_tls(tls_context_for(replace(server.config, tls_cert=cert, tls_key=key)))
    except ConfigError as exc:
        log.error("SIGHUP: TLS material not reloaded in this listener: %s", exc)


async def _heartbeat(state: Any) -> None:
    while True:
        state[HEARTBEAT] = time.monotonic()
        await asyncio.sleep(HEARTBEAT_SECONDS)
