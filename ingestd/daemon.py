"""``ingestd serve``: the SMTP listener, the spool workers and the scheduler.

The SMTP listener runs in this process (``[smtp] listener_processes = 1``) or, with 2 or more,
in listener processes this process feeds with connections (``ingestd.intake.listeners``); the
workers are always processes of their own.

Start-up, in order; ``READY=1`` goes to systemd only when all of it worked:

1. open the database (refuses an outdated schema: ``SchemaOutdated``), build the services;
2. self-checks: the spool can write -> fsync -> rename -> fsync its directory, the
   quarantine directory is writable, the TLS certificate and key load, and a token encrypted
   to each intake key in ``[gpg] home`` decrypts (``ingestd.openpgp.canary``, THREATS J2);
3. clear crash debris from the spool (``Spool.recover``) and bind the listener (or take the
   socket systemd passed, ``LISTEN_FDS``);
4. start the workers - they first take whatever a previous run left in the spool, so a
   message in flight when the process died is processed again - then the scheduler jobs.

Last, before ``READY=1``, it opens the control socket (``ingestd.control``, ``[web]
control_socket``) where the web app hands over the admins' "Try this password", when the
socket's directory exists (``RuntimeDirectory=ingestd`` of the unit makes it).

Signals: SIGTERM/SIGINT drain and exit within ``[smtp] shutdown_timeout`` (new sessions get
``421``, commands in flight finish, the current message in each worker is finished); SIGHUP
re-reads the configuration file and applies what can change under a running daemon (the CPC
directory, ``[policy]``, the TLS certificate and key) and logs, for anything else that
changed, that a restart is needed.

Watchdog: with ``WatchdogSec=`` set, ``WATCHDOG=1`` is sent every half period only if the
event loop answered in time, the spool passed a write/fsync/rename check, every listener
process is alive and beating, and every worker is either idle and alive or has been on its
current message for less than its stall limit.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import secrets
import signal
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

from ingestd.config import Config, load_config
from ingestd.errors import ConfigError, IngestError, SpoolError
from ingestd.intake.listeners import ListenerPool, listen_socket
from ingestd.intake.smtp import IntakeServer, tls_context_for
from ingestd.notify import listen_fds, notify, watchdog_interval
from ingestd.spool import write_durably

log = logging.getLogger("ingestd.daemon")

IDLE_WAKE_SECONDS = 2.0
MAX_BACKOFF_SECONDS = 300.0


class Workers:
    """Worker processes that take spooled messages through ``process_entry``.

    Processing runs in separate processes, not threads: a message that crashes or wedges its
    worker (or burns CPU parsing) cannot take the SMTP listener with it, and the listener's
    event loop does not compete with the pipeline for the GIL. A worker that dies is started
    again; ``process_entry`` raised the entry's attempt counter durably before the try, so a
    message that keeps killing its worker is quarantined as ``poison`` after ``max_attempts``.
    Each worker dies with the daemon (``PR_SET_PDEATHSIG``), so a SIGKILLed daemon leaves no
    orphan behind; the spool's per-entry ``flock`` keeps two workers off one message anyway.
    """

    def __init__(self, config: Config, count: int, stall_limit: float) -> None:
        self.config = config
        self.count = max(1, count)
        self.stall_limit = stall_limit
        self._context = multiprocessing.get_context("spawn")
        # Lock-free on purpose: a worker SIGKILLed inside a multiprocessing.Event would leave its
        # lock held and the next wake-up would block the event loop. Per worker: a pipe to wake
        # it (one byte, non-blocking) and shared doubles [heartbeat, busy since (0: idle),
        # messages processed, stop flag], CLOCK_MONOTONIC.
        self._pipes = [self._context.Pipe(duplex=False) for _ in range(self.count)]
        for _, sender in self._pipes:
            os.set_blocking(sender.fileno(), False)
        self._state = [self._context.RawArray("d", 4) for _ in range(self.count)]
        self._stopping = False
        self._procs: list[Any] = [None] * self.count
        self.restarts = 0

    def start(self) -> None:
        for index in range(self.count):
            self._spawn(index)

    def _spawn(self, index: int) -> None:
        self._state[index][0] = time.monotonic()
        self._state[index][1] = 0.0
        proc = self._context.Process(target=_worker_main, name=f"ingestd-worker-{index}", daemon=True,
                                     args=(self.config, os.getpid(), self._pipes[index][0], self._state[index]))
        proc.start()
        self._procs[index] = proc

    def wake(self, *_: object) -> None:
        self.waker()()

    def waker(self) -> "WorkerWaker":
        """What wakes the workers from another process (an SMTP listener): picklable, lock-free."""
        return WorkerWaker([sender for _, sender in self._pipes])

    def revive(self) -> None:
        """Start again any worker that died (crash, OOM kill, a poison message)."""
        if self._stopping:
            return
        for index, proc in enumerate(self._procs):
            if proc is not None and not proc.is_alive():
                log.error("worker %d exited with status %s; starting it again", index, proc.exitcode)
                proc.join(0)
                self.restarts += 1
                self._spawn(index)

    @property
    def processed(self) -> int:
        return int(sum(state[2] for state in self._state))

    def stop(self, timeout: float) -> bool:
        """Ask the workers to stop after their current message; True if all stopped in time."""
        self._stopping = True
        for state in self._state:
            state[3] = 1.0
        self.wake()
        deadline = time.monotonic() + timeout
        for proc in self._procs:
            if proc is not None:
                proc.join(max(0.0, deadline - time.monotonic()))
        stopped = True
        for proc in self._procs:
            if proc is not None and proc.is_alive():
                stopped = False
                proc.kill()  # its message stays in the spool, claimed by nobody, retried on start
                proc.join(5)
        return stopped

    def restart(self, config: Config, timeout: float) -> None:
        """New configuration (SIGHUP): let each worker finish its message, then start fresh ones."""
        self.stop(timeout)
        self.config = config
        self._stopping = False
        for state in self._state:
            state[3] = 0.0
        self.start()

    def health(self) -> str | None:
        """None when every worker makes progress, else why not (for the watchdog and the log)."""
        now = time.monotonic()
        for index, proc in enumerate(self._procs):
            if proc is None or not proc.is_alive():
                return f"worker {index} is not running"
            beat, busy_since = self._state[index][0], self._state[index][1]
            if busy_since and now - busy_since > self.stall_limit:
                return f"worker {index} has been on one message for {now - busy_since:.0f}s"
            if not busy_since and now - beat > 10 * IDLE_WAKE_SECONDS + 30:
                return f"worker {index} has not woken for {now - beat:.0f}s"
        return None


class WorkerWaker:
    """Writes one byte to each worker's wake pipe; works in any process that was given the pipes.

    The pipes' write ends are non-blocking (set once by ``Workers``; the flag belongs to the
    open pipe, so every process holding it shares it): when a pipe is full of wake-ups already,
    nothing is lost by not adding one.
    """

    def __init__(self, senders: list[Any]) -> None:
        self.senders = senders

    def __call__(self, *_: object) -> None:
        for sender in self.senders:
            try:
                os.write(sender.fileno(), b"w")
            except (BlockingIOError, BrokenPipeError):
                pass


def set_process_name(name: str) -> None:
    """The kernel's name for this process (``ps -o comm``, ``top``; at most 15 bytes)."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(15, name.encode()[:15], 0, 0, 0)  # PR_SET_NAME = 15


def die_with_parent(parent: int) -> None:
    """PR_SET_PDEATHSIG: the kernel SIGKILLs this worker when the daemon dies, even by SIGKILL."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG = 1
    if os.getppid() != parent:  # the daemon died before the call above
        os._exit(1)


def _worker_main(config: Config, parent: int, wake: Any, state: Any) -> None:
    """The worker process: process what is in the spool, sleep until woken, repeat."""
    die_with_parent(parent)
    set_process_name("ingestd-worker")
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the daemon, which stops us
    from ingestd.logsetup import configure_logging
    from ingestd.service import build_services, process_entry

    configure_logging(config.logging.level, config.logging.format)
    services = build_services(config)
    retry_at: dict[str, float] = {}
    failures: dict[str, int] = {}
    while not state[3]:
        state[0] = time.monotonic()
        try:
            entries = services.spool.pending()
        except OSError as exc:
            log.error("spool unreadable: %s", exc.__class__.__name__)
            entries = []
        next_due: float | None = None
        for entry in entries:
            if state[3]:
                return
            now = time.monotonic()
            due = retry_at.get(entry.spool_id, 0.0)
            if due > now:
                next_due = due if next_due is None else min(next_due, due)
                continue
            state[1] = now
            try:
                outcome = process_entry(services, entry)
            except Exception as exc:  # noqa: BLE001 - one bad message must not stop the worker
                # Exception text may quote message content: the class and the id only.
                failures[entry.spool_id] = failures.get(entry.spool_id, 0) + 1
                delay = min(MAX_BACKOFF_SECONDS, 2.0 ** failures[entry.spool_id])
                retry_at[entry.spool_id] = time.monotonic() + delay
                log.error("id=%s processing failed (%s); retry in %.0fs", entry.spool_id,
                          exc.__class__.__name__, delay)
                continue
            finally:
                state[1] = 0.0
                state[0] = time.monotonic()
            if outcome is not None:
                retry_at.pop(entry.spool_id, None)
                failures.pop(entry.spool_id, None)
                state[2] += 1
                log.info("id=%s processed: %s", entry.spool_id, outcome.status)
        wait = IDLE_WAKE_SECONDS
        if next_due is not None:
            wait = max(0.05, min(wait, next_due - time.monotonic()))
        if wake.poll(wait):
            os.read(wake.fileno(), 4096)  # any number of wake-ups: one pass over the spool


class Daemon:
    """One running ``ingestd serve``. ``run()`` returns the exit status."""

    def __init__(self, config: Config, environ: dict[str, str] | None = None) -> None:
        self.config = config
        self.environ = dict(os.environ if environ is None else environ)
        self.services: Any = None
        self.server: IntakeServer | None = None  # the listener in this process ([smtp] listener_processes = 1)
        self.listeners: ListenerPool | None = None  # or the listener processes (2 or more)
        self.workers: Workers | None = None
        self.scheduler: Any = None
        self.imap: Any = None
        self.metrics_server: Any = None
        self.control: Any = None  # the control socket (ingestd.control), when its directory exists
        self.executor = ThreadPoolExecutor(max_workers=max(2, min(32, config.smtp.max_connections)),
                                           thread_name_prefix="ingestd-spool")
        self._stop: asyncio.Event | None = None
        self._reload_lock = threading.Lock()

    # ---- start-up ---------------------------------------------------------------------------

    def self_check(self) -> None:
        """Everything that must work before READY=1. Raises an IngestError that says what to fix."""
        from ingestd.service import build_services

        self.services = build_services(self.config)  # SchemaOutdated / StorageError
        spool = self.services.spool
        try:
            spool.self_check()
        except OSError as exc:
            raise SpoolError(f"spool {spool.root}: write/fsync/rename check failed: "
                             f"{exc.strerror or exc.__class__.__name__}") from None
        quarantine = self.config.quarantine_dir
        try:
            quarantine.mkdir(mode=0o700, parents=True, exist_ok=True)
            probe = write_durably(quarantine, f".selfcheck-{secrets.token_hex(4)}", b"ok", quarantine)
            probe.unlink()
        except OSError as exc:
            raise SpoolError(f"quarantine {quarantine}: not writable: {exc.strerror or exc.__class__.__name__}") from None
        self.tls_context = tls_context_for(self.config.smtp)  # ConfigError naming the file
        from ingestd.openpgp.canary import decrypt_canary

        decrypt_canary(self.services.gpg)  # CryptoError: the intake key cannot decrypt (THREATS J2)
        spool.recover()

    def _listen_socket(self) -> socket.socket | None:
        fds = listen_fds(self.environ)
        if not fds:
            return None
        sock = socket.socket(fileno=fds[0])
        sock.setblocking(False)
        log.info("using the listening socket passed by systemd (fd %d)", fds[0])
        return sock

    async def _start_server(self) -> None:
        self.workers = Workers(self.config, self.config.pipeline.workers,
                               stall_limit=max(120.0, 3.0 * self.config.pipeline.parse_wall_seconds))
        count = self.config.smtp.listener_count
        try:
            if count > 1:
                sock = self._listen_socket() or listen_socket(self.config.smtp)
                self.listeners = ListenerPool(self.config, count, sock, self.workers.waker())
                self.listeners.start()
                return
            self.server = IntakeServer(self.config.smtp, self.services.spool,
                                       on_spooled=self.workers.wake, tls_context=self.tls_context)
            await self.server.start(self._listen_socket())
        except OSError as exc:
            raise ConfigError(f"[smtp] listen {self.config.smtp.listen}: cannot listen: "
                              f"{exc.strerror or exc.__class__.__name__}") from None

    def add_job(self, func: Callable[[], object], *, seconds: float, job_id: str) -> None:
        """Run ``func`` every ``seconds`` in the scheduler (one at a time; missed runs coalesce)."""

        def job() -> None:
            try:
                func()
            except Exception as exc:  # noqa: BLE001 - a failed run is logged; the next one retries
                log.error("scheduled job %s failed: %s", job_id, exc.__class__.__name__)

        self.scheduler.add_job(job, "interval", seconds=seconds, id=job_id, max_instances=1,
                               coalesce=True, replace_existing=True)

    def _start_scheduler(self) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler

        from ingestd import retention
        from ingestd.status import key_warnings

        assert self.workers is not None
        self.scheduler = BackgroundScheduler(timezone=self.config.deadline.timezone)
        self.add_job(self.workers.wake, seconds=60, job_id="spool-sweep")
        self.add_job(lambda: retention.purge(self.services), seconds=24 * 3600, job_id="purge")
        self.add_job(lambda: key_warnings(self.services), seconds=24 * 3600, job_id="key-health")
        from ingestd.outbound.jobs import add_notice_jobs
        add_notice_jobs(self)
        self._start_imap()
        self.scheduler.start()

    def _start_imap(self) -> None:
        """IMAP polling (``ingestd.intake.imap``) when ``[imap] host`` is set.

        Contract: ``ImapPoller(config, services)``; its ``start()``/``stop()`` are called if it
        has them, and its ``job`` (or ``poll_once``) is run every ``[imap] poll_interval``
        seconds through ``add_job``. Messages it spools are picked up by the workers.
        """
        if not self.config.imap.enabled:
            return
        try:
            from ingestd.intake.imap import ImapPoller  # type: ignore[import-not-found]
        except ImportError:
            raise ConfigError("[imap] host is set, but this installation has no IMAP intake "
                              "(ingestd.intake.imap)") from None
        self.imap = ImapPoller(self.config, self.services)
        job = getattr(self.imap, "job", None) or getattr(self.imap, "poll_once", None)
        if callable(job):
            self.add_job(job, seconds=self.config.imap.poll_interval, job_id="imap-poll")
        if callable(getattr(self.imap, "start", None)):
            self.imap.start()

    def _start_metrics(self) -> None:
        """The Prometheus endpoint, before the workers start (they inherit its multiprocess dir)."""
        if not self.config.metrics.enabled:
            return
        from ingestd import metrics

        directory = metrics.prepare_multiprocess_dir(self.config.storage.data_dir)
        try:
            self.metrics_server = metrics.start_endpoint(self.config.metrics.host, self.config.metrics.port,
                                                         self.services, directory)
        except OSError as exc:
            raise ConfigError(f"[metrics] listen {self.config.metrics.listen}: cannot listen: "
                              f"{exc.strerror or exc.__class__.__name__}") from None

    # ---- running ----------------------------------------------------------------------------

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        await loop.run_in_executor(None, self.self_check)
        self._start_metrics()
        await self._start_server()
        assert self.workers is not None
        self.workers.start()
        self._start_scheduler()
        from ingestd import control
        self.control = control.serve(self.config, lambda: self.services)
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self._stop.set)
        loop.add_signal_handler(signal.SIGHUP, lambda: loop.run_in_executor(None, self.reload))
        port = self.listeners.port if self.listeners is not None else self.server.port  # type: ignore[union-attr]
        log.info("listening on %s port %d (%d listener process(es)); %d worker(s); TLS %s", self.config.smtp.host,
                 port, self.listeners.count if self.listeners is not None else 1, self.workers.count,
                 "required" if self.config.smtp.tls_required else "off (loopback)")
        notify("READY=1\nSTATUS=accepting mail", self.environ)
        watchdog = loop.create_task(self._watchdog())
        supervisor = loop.create_task(self._supervise())
        try:
            await self._stop.wait()
        finally:
            watchdog.cancel()
            supervisor.cancel()
        return await self.shutdown()

    async def shutdown(self) -> int:
        """Drain within ``[smtp] shutdown_timeout`` seconds; the exit status is 0."""
        loop = asyncio.get_running_loop()
        budget = float(self.config.smtp.shutdown_timeout)
        started = loop.time()
        notify("STOPPING=1\nSTATUS=draining", self.environ)
        log.info("shutting down: draining SMTP sessions and the current messages")
        if self.server is not None:
            await self.server.drain(budget)
        if self.listeners is not None:
            await self.listeners.drain(budget)
            self.listeners.close()
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
        if self.imap is not None and callable(getattr(self.imap, "stop", None)):
            await loop.run_in_executor(None, self.imap.stop)
        if self.control is not None:
            self.control.stop()  # a reprocess in flight finishes in its thread; no new ones
        if self.workers is not None:
            remaining = max(1.0, budget - (loop.time() - started))
            if not await loop.run_in_executor(None, self.workers.stop, remaining):
                log.warning("shutdown: a worker is still on its message; it will be retried on the next start")
        self.executor.shutdown(wait=False)
        if self.metrics_server is not None:
            self.metrics_server.shutdown()
        log.info("stopped")
        return 0

    async def _supervise(self) -> None:
        assert self.workers is not None
        while True:
            await asyncio.sleep(1.0)
            self.workers.revive()
            if self.listeners is not None:
                self.listeners.revive()

    async def _watchdog(self) -> None:
        interval = watchdog_interval(self.environ)
        if interval is None:
            return
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(interval)
            lag = loop.time() - before - interval
            problem = self._health_problem(lag, interval)
            if problem is None:
                try:
                    await asyncio.wait_for(loop.run_in_executor(self.executor, self.services.spool.self_check),
                                           timeout=interval)
                except (OSError, SpoolError, asyncio.TimeoutError) as exc:
                    problem = f"spool check failed ({exc.__class__.__name__})"
            if problem is None:
                depth = self.services.spool.depth()
                notify(f"WATCHDOG=1\nSTATUS=accepting mail; spool depth {depth}", self.environ)
            else:
                log.error("watchdog withheld: %s", problem)

    def _health_problem(self, lag: float, interval: float) -> str | None:
        if lag > interval:
            return f"event loop lag {lag:.1f}s"
        assert self.workers is not None
        if self.listeners is not None:
            problem = self.listeners.health()
            if problem is not None:
                return problem
        return self.workers.health()

    # ---- SIGHUP ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the configuration; apply the reloadable parts, name the rest."""
        from ingestd.service import build_services

        with self._reload_lock:
            if self.config.source is None:
                log.warning("SIGHUP: running on embedded defaults, nothing to reload")
                return
            try:
                new = load_config(self.config.source)
            except IngestError as exc:
                log.error("SIGHUP: configuration not reloaded, keeping the running one: %s", exc)
                return
            old = self.config
            applied = replace(old, cpcs=new.cpcs, policy=new.policy,
                              smtp=replace(old.smtp, tls_cert=new.smtp.tls_cert, tls_key=new.smtp.tls_key))
            needs_restart = [name for name in ("storage", "deadline", "logging", "pipeline", "gpg", "archive", "imap",
                                               "notify")
                             if getattr(new, name) != getattr(old, name)]
            needs_restart += [f"smtp.{key}" for key in vars(old.smtp)
                              if key not in ("tls_cert", "tls_key") and getattr(new.smtp, key) != getattr(old.smtp, key)]
            if new.web.control_socket != old.web.control_socket:
                needs_restart.append("web.control_socket")
            try:
                context = tls_context_for(applied.smtp)
                services = build_services(applied)
            except IngestError as exc:
                log.error("SIGHUP: configuration not applied, keeping the running one: %s", exc)
                return
            self.config = applied
            self.services = services
            if self.server is not None:
                self.server.reload_tls(context)
            if self.listeners is not None:
                self.listeners.reload_tls(applied)
            if self.workers is not None:
                self.workers.restart(applied, float(applied.smtp.shutdown_timeout))
            if self.imap is not None:
                self.imap.reconfigure(applied, services)
            log.info("SIGHUP: reloaded the CPC directory (%d committees), [policy] and the TLS material",
                     len(applied.cpcs))
            if needs_restart:
                log.warning("SIGHUP: changed settings need a restart to take effect: %s",
                            ", ".join(sorted(needs_restart)))


def serve(config: Config) -> int:
    """Run the daemon until SIGTERM/SIGINT. Start-up failures raise IngestError (exit 1).

    The event loop is uvloop's when it is installed: its C implementation of the loop and of
    TLS roughly halves the listener's CPU per message, which is what limits acceptance on a
    small machine. The standard loop works the same, only slower.
    """
    try:
        import uvloop
    except ImportError:  # pragma: no cover - uvloop is a dependency; this keeps the daemon usable without
        return asyncio.run(Daemon(config).run())
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(Daemon(config).run())
