"""Several SMTP listener processes behind one listening socket (``[smtp] listener_processes``).

Why: one listener is one Python event loop, so it can use one core. Measured with Postfix's
``smtp-source`` on this project's 2-core machine, it spent about 2.3 ms of CPU per 100 KB
message and reached 0.5-0.9 of Postfix's durable accept rate, while Postfix spreads the same
work over several processes. With ``listener_processes`` >= 2 the daemon keeps the listening
socket (bound here, or passed by systemd socket activation) and runs N listener processes, each
the same ``IntakeServer`` as before with its own event loop and spool threads.

Who accepts: every listener, from the one shared listening socket - and a listener passes a
connection it has just accepted to another listener when that one has fewer sessions open.
Left to the kernel alone, a short burst of connections lands mostly on whichever process
wakes first: measured here, 4 connections made at once split 3-1 or 4-0 between two idle
listeners in 3 of 5 tries, and a relay's 4 reused sessions would then share one core. Having
the daemon accept every connection and hand it over (``SCM_RIGHTS``) spread them evenly but
cost the daemon about 0.2 ms of CPU per connection, on the same 2 cores. Now the accept is the
event loop's own (uvloop's, in C), and a listener hands a socket over (``SCM_RIGHTS`` over the
other's ``SOCK_SEQPACKET`` channel) only when the other has fewer sessions open - in a burst,
not for a connection that finds the listeners evenly loaded.

Counting sessions: a shared array (``STATE``, one row per listener, lock-free: a listener
SIGKILLed mid-update cannot leave a lock held) where each listener writes only its own row:
its heartbeat, its open sessions, and how many connections it has received from each other
listener. A listener that hands a connection over counts it as the other's until the other's
"received from" count says it arrived, so a burst accepted by one listener is split evenly
before the other has even woken up. ``max_connections`` is one cap for the whole daemon: a
listener answers ``421`` when the open sessions of all listeners add up to it.

Durable and once-only as with one listener: each listener writes the spool itself (``Spool.put``:
committed in place in a file of its own pool, or temp file, fsync, rename, directory fsync; names
carry a nanosecond time and 48 random bits, temp names 32 more, pool files 64, so processes cannot
collide) and sends ``250`` only after that, then wakes the
pipeline workers through their pipes (``WorkerWaker``). A listener that dies (even SIGKILL) loses
only unacknowledged mail, which the client sends again; the daemon starts it again within a
second, gives the others its new channel, and recovers the dead one's pool files
(``Spool.recover_pool``). On shutdown every listener drains as the single
listener does (``IntakeServer.drain`` within ``[smtp] shutdown_timeout``) while the daemon, and
any listener still accepting, answers new connections ``421``. On SIGHUP the daemon sends each
listener the new TLS certificate and key paths. Health for the watchdog: every listener is alive
and its event loop has written its heartbeat recently.
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
from dataclasses import replace
from pathlib import Path
from typing import Any

from ingestd.config import Config
from ingestd.config.schema import SmtpConfig
from ingestd.errors import ConfigError
from ingestd.intake.smtp import SHUTTING_DOWN, TOO_MANY_CONNECTIONS, IntakeServer, _Refuse, tls_context_for

log = logging.getLogger("ingestd.smtp.listeners")

# A listener's row in the shared state: [heartbeat (CLOCK_MONOTONIC), sessions open, connections
# received from listener 0, from listener 1, ...]. Doubles: whole counts, written atomically.
HEARTBEAT, OPEN, RECEIVED_FROM = 0, 1, 2
HEARTBEAT_SECONDS = 0.5
STALE_HEARTBEAT_SECONDS = 10.0
HAND_OVER_STALE_SECONDS = 2.0  # no connection is handed to a listener silent for longer (stopped, stuck)
ACCEPTS_PER_WAKEUP = 64  # while draining, a burst of connections is answered in one go
PROCESS_NAME = "ingestd-smtp"  # the kernel's comm (ps, top), so operators and tests can tell them apart

# What goes down a listener's channel: a connection (with its descriptor and the sender's index),
# new TLS material (from the daemon), or another listener's new channel (after a restart).
CONNECTION, TLS_FILES, PEER = b"c", b"t", b"p"


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


def row_size(count: int) -> int:
    return RECEIVED_FROM + count


class _Listener:
    """The daemon's handle on one listener process: its process and the write end of its channel."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.proc: Any = None
        self.channel: socket.socket | None = None  # written by the daemon and by the other listeners
        self.inbox: socket.socket | None = None  # the listener's end, until it is started


class ListenerPool:
    """N listener processes sharing the listening socket (see the module docstring)."""

    def __init__(self, config: Config, count: int, sock: socket.socket, wake_workers: Any) -> None:
        self.config = config
        self.count = count
        self.sock = sock
        self.wake_workers = wake_workers
        self._context = multiprocessing.get_context("spawn")
        self._listeners = [_Listener(index) for index in range(count)]
        self.state = self._context.RawArray("d", count * row_size(count))
        self.draining = False
        self._stopping = False
        self.restarts = 0

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    def start(self) -> None:
        for listener in self._listeners:  # every channel first: each listener gets all of them
            self._new_channel(listener)
        for listener in self._listeners:
            self._spawn(listener)

    def _new_channel(self, listener: _Listener) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        ours.setblocking(False)
        if listener.channel is not None:
            listener.channel.close()  # connections still queued there were never answered: clients retry
        listener.channel, listener.inbox = ours, theirs

    def _spawn(self, listener: _Listener) -> None:
        size = row_size(self.count)
        base = listener.index * size
        for offset in range(size):  # the dead process can no longer write its row
            self.state[base + offset] = 0.0
        self.state[base + HEARTBEAT] = time.monotonic()
        channels = [other.channel if other is not listener else None for other in self._listeners]
        listener.proc = self._context.Process(
            target=_listener_main, name=f"{PROCESS_NAME}-{listener.index}", daemon=True,
            args=(self.config, listener.index, os.getpid(), listener.inbox, channels, self.sock,
                  self.state, self.wake_workers))
        listener.proc.start()
        assert listener.inbox is not None
        listener.inbox.close()
        listener.inbox = None

    def open_sessions(self, index: int) -> int:
        return int(self.state[index * row_size(self.count) + OPEN])

    # ---- while draining: the daemon answers what no listener takes any more -----------------

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
                _refuse(conn, SHUTTING_DOWN)
            finally:
                conn.close()

    # ---- supervision ------------------------------------------------------------------------

    def revive(self) -> None:
        """Start again any listener that died (a crash, an OOM kill, SIGKILL); tell the others."""
        if self._stopping:
            return
        for listener in self._listeners:
            if not listener.proc.is_alive():
                log.error("SMTP listener %d exited with status %s; starting it again",
                          listener.index, listener.proc.exitcode)
                listener.proc.join(0)
                self.restarts += 1
                self._recover_pool()
                self._new_channel(listener)
                self._spawn(listener)
                assert listener.channel is not None
                for other in self._listeners:
                    if other is not listener and other.channel is not None:
                        try:
                            socket.send_fds(other.channel, [PEER + bytes([listener.index])],
                                            [listener.channel.fileno()])
                        except OSError:
                            log.error("SMTP listener %d did not take listener %d's new channel",
                                      other.index, listener.index)

    def _recover_pool(self) -> None:
        """The dead listener's pool files: a message it committed in place but had not yet moved
        to ``new/`` (killed between its fsync and its rename: no ``250`` went out) is filed now,
        not at the next start; its unused files are removed. Other listeners' files are locked."""
        try:
            from ingestd.spool import Spool  # imported where used, as in _serve

            Spool(self.config.spool_dir).recover_pool()
        except OSError as exc:
            log.error("spool pool recovery failed: %s (errno %s)", exc.__class__.__name__, exc.errno)
            return
        self.wake_workers()

    def health(self) -> str | None:
        now = time.monotonic()
        for listener in self._listeners:
            if not listener.proc.is_alive():
                return f"SMTP listener {listener.index} is not running"
            silent = now - self.state[listener.index * row_size(self.count) + HEARTBEAT]
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
        asyncio.get_running_loop().add_reader(self.sock.fileno(), self._accept)
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


def _listener_main(config: Config, index: int, parent: int, inbox: socket.socket,
                   channels: list[socket.socket | None], sock: socket.socket, state: Any,
                   wake_workers: Any) -> None:
    from ingestd.daemon import die_with_parent, set_process_name
    from ingestd.logsetup import configure_logging

    die_with_parent(parent)
    set_process_name(f"{PROCESS_NAME}-{index}")
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the daemon, which stops us
    configure_logging(config.logging.level, config.logging.format)
    serve = _serve(config, index, inbox, channels, sock, state, wake_workers)
    try:
        import uvloop
    except ImportError:  # pragma: no cover - as in ingestd.daemon.serve
        asyncio.run(serve)
        return
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(serve)


class Balance:
    """This listener's view of the shared session counts, and where a new connection should go."""

    def __init__(self, index: int, count: int, state: Any, channels: list[socket.socket | None],
                 max_connections: int) -> None:
        self.index = index
        self.count = count
        self.state = state
        self.size = row_size(count)
        self.mine = index * self.size
        self.channels = channels
        self.handed = [0] * count  # connections handed to each listener since its channel came
        self.max_connections = max_connections

    def started(self) -> None:
        self.state[self.mine + OPEN] += 1

    def ended(self) -> None:
        self.state[self.mine + OPEN] -= 1

    def received(self, sender: int) -> None:
        self.state[self.mine + OPEN] += 1  # first: a reader between the two counts it twice, never not at all
        if 0 <= sender < self.count:
            self.state[self.mine + RECEIVED_FROM + sender] += 1

    def new_peer_channel(self, peer: int, channel: socket.socket) -> None:
        old = self.channels[peer]
        if old is not None:
            old.close()
        self.channels[peer] = channel
        self.handed[peer] = 0  # its row was reset when it was started again

    def open_at(self, peer: int) -> float:
        """Sessions open at ``peer``, counting those handed to it that it has not taken yet."""
        base = peer * self.size
        state = self.state
        if peer == self.index:
            return state[base + OPEN]
        in_flight = self.handed[peer] - state[base + RECEIVED_FROM + self.index]
        return state[base + OPEN] + max(0.0, in_flight)

    def total(self) -> float:
        return sum(self.open_at(peer) for peer in range(self.count))

    def target(self) -> int | None:
        """The listener to hand a new connection to, or None: this one has no more than any other."""
        best, fewest = None, self.state[self.mine + OPEN]
        now = time.monotonic()
        for peer in range(self.count):
            if peer == self.index or self.channels[peer] is None:
                continue
            if now - self.state[peer * self.size + HEARTBEAT] > HAND_OVER_STALE_SECONDS:
                continue
            sessions = self.open_at(peer)
            if sessions < fewest:
                best, fewest = peer, sessions
        return best

    def hand_over(self, peer: int, fd: int) -> bool:
        channel = self.channels[peer]
        if channel is None:
            return False
        try:
            socket.send_fds(channel, [CONNECTION + bytes([self.index])], [fd])
        except OSError:  # its queue is full or it is gone: serve it here
            return False
        self.handed[peer] += 1
        return True


class _HandOver(asyncio.Protocol):
    """A connection this listener accepted for another: its socket goes there, our descriptor closes.

    Nothing has been read or written on it (the client waits for the greeting). If the other
    listener cannot take it, the session is served here after all.
    """

    def __init__(self, balance: Balance, peer: int, serve_here: Any) -> None:
        self.balance = balance
        self.peer = peer
        self.serve_here = serve_here

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        sock = transport.get_extra_info("socket")
        if sock is not None and self.balance.hand_over(self.peer, sock.fileno()):
            transport.abort()  # closes only our descriptor: the other listener has its own
            return
        protocol = self.serve_here()
        transport.set_protocol(protocol)
        protocol.connection_made(transport)


async def _serve(config: Config, index: int, inbox: socket.socket, channels: list[socket.socket | None],
                 sock: socket.socket, state: Any, wake_workers: Any) -> None:
    from ingestd.spool import Spool

    loop = asyncio.get_running_loop()
    count = len(channels)
    balance = Balance(index, count, state, channels, config.smtp.max_connections)
    server = IntakeServer(config.smtp, Spool(config.spool_dir), on_spooled=wake_workers,
                          tls_context=tls_context_for(config.smtp))
    server.on_session_ended = balance.ended

    def serve_here() -> asyncio.Protocol:
        balance.started()
        return server.protocol_factory()

    def accepted() -> asyncio.Protocol:
        if not server.draining:
            if balance.total() >= config.smtp.max_connections:
                server.refused += 1
                log.warning("connection refused: %d sessions open (max_connections)", balance.total())
                return _Refuse(TOO_MANY_CONNECTIONS)
            peer = balance.target()
            if peer is not None:
                return _HandOver(balance, peer, serve_here)
        return serve_here()

    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    inbox.setblocking(False)

    def receive() -> None:
        while True:
            try:
                data, fds, _, _ = socket.recv_fds(inbox, 4096, 4)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                data, fds = b"", []
            if not data and not fds:  # every writer is gone: the daemon has exited
                stop.set()
                loop.remove_reader(inbox.fileno())
                return
            kind = data[:1]
            if kind == CONNECTION:
                for fd in fds:
                    balance.received(data[1] if len(data) > 1 else -1)
                    conn = socket.socket(fileno=fd)
                    conn.setblocking(False)
                    loop.create_task(_connect(loop, server, conn))
            elif kind == PEER and fds and len(data) > 1:
                balance.new_peer_channel(data[1], socket.socket(fileno=fds[0]))
                for fd in fds[1:]:
                    os.close(fd)
            else:
                for fd in fds:
                    os.close(fd)
                if kind == TLS_FILES:
                    _reload_tls(server, json.loads(data[1:]))

    loop.add_reader(inbox.fileno(), receive)
    for channel in channels:
        if channel is not None:
            channel.setblocking(False)
    beat = loop.create_task(_heartbeat(state, index * row_size(count) + HEARTBEAT))
    server.server = await loop.create_server(accepted, sock=sock, backlog=100)
    await stop.wait()
    server.server.close()  # the others, or the daemon, answer what comes now
    # Connections handed over but not yet taken are taken now: the drain answers them 421
    # (a connection closed without a word would look like a network fault to the sender).
    try:
        receive()
        loop.remove_reader(inbox.fileno())
    except (ValueError, OSError):
        pass
    await server.drain(float(config.smtp.shutdown_timeout))
    beat.cancel()
    server.handler.spool_threads.close(wait=True)


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


async def _heartbeat(state: Any, slot: int) -> None:
    while True:
        state[slot] = time.monotonic()
        await asyncio.sleep(HEARTBEAT_SECONDS)
