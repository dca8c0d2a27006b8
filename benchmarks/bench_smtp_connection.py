#!/usr/bin/env python3
"""The event-loop CPU of one SMTP listener per message, one connection per message and reused,
for this checkout and (``--compare``) another one side by side in every round.

Why a benchmark of its own: ``bench_smtp.py --mode postfix`` runs the whole daemon beside
Postfix for many minutes; a change to the per-connection path (accept, greeting, EHLO, QUIT,
close) shows in one listener's event loop alone. Each checkout runs one ``IntakeServer`` on
uvloop in a process of its own (spool threads as deployed, the spool on a directory of
``--dir``, default ``/dev/shm``: the disk is not what is measured), and Postfix's
``smtp-source`` (C, in its own process) sends the messages; the figure is the CPU of the
server's main thread (its event loop, from ``/proc``) per message. The checkouts take turns
going first, so load from elsewhere hits both alike. ``--profile`` instead runs this checkout's
server under cProfile for one per-message round and prints where the event loop's time went.

    python3 benchmarks/bench_smtp_connection.py [--compare CHECKOUT] [--rounds 5] [--messages 2000]
                                               [--size 102400] [--sessions 4] [--dir /dev/shm]
                                               [--profile] [--daemon 1,2 [--log-level INFO]] [--floor]
    python3 benchmarks/bench_smtp_connection.py --in-memory 20000

Figures (this project's 2-core VM, load 2-5, 2,000 x 100 KB over 4 sessions; README.md, "The
per-connection path"): the floor 0.15 ms per message with a connection each and 0.08 ms reused;
``IntakeServer`` 0.38 and 0.23 ms; the daemon 0.10-0.14 ms per connection with one listener and
0.20-0.25 ms with two; in memory about 30 µs of Python per connection. The ``accepted`` log line
and the workers' wake-up moved into the spool thread (branch smtp12): 0.055-0.07 ms less per
message at the default log level INFO, beside main in 6 rounds; no change measurable at WARNING.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_smtp import (INTAKE, Checkout, listener_cpu, smtp_source, start_daemon,  # noqa: E402
                                   stop_daemon, thread_cpu_seconds, toml_value, wait_for_listeners, workers_of)

# The server process: one IntakeServer on uvloop, as a listener runs it; it prints its port,
# then serves until its standard input closes (with --profile, then prints the profile).
SERVER = textwrap.dedent("""
    import asyncio, cProfile, pstats, sys
    from pathlib import Path
    import uvloop
    from ingestd.config.schema import SmtpConfig
    from ingestd.intake.smtp import IntakeServer
    from ingestd.spool import Spool

    spool_dir, profile = Path(sys.argv[1]), sys.argv[2] == "1"

    async def serve():
        config = SmtpConfig(listen="127.0.0.1:0", recipients=({intake!r},), max_connections=64,
                            max_message_size=10 * 1024 * 1024)
        server = IntakeServer(config, Spool(spool_dir), hostname="bench.example.org")
        await server.start()
        print(server.port, flush=True)
        loop = asyncio.get_running_loop()
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        await loop.run_in_executor(None, sys.stdin.read)
        if profiler:
            profiler.disable()
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(45)
        await server.drain(5)

    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(serve())
""").replace("{intake!r}", repr(INTAKE))


# The floor: a bare uvloop protocol that answers smtp-source's dialogue with canned replies (no
# checks, no spool): what the sockets and the event loop cost per message, whatever the code.
FLOOR = textwrap.dedent("""
    import asyncio, sys
    import uvloop

    class Canned(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport, self.buffer, self.in_data = transport, bytearray(), False
            transport.write(b"220 bench.example.org ESMTP\\r\\n")

        def data_received(self, data):
            buffer = self.buffer
            buffer += data
            while True:
                if self.in_data:
                    end = buffer.find(b"\\r\\n.\\r\\n")
                    if end < 0:
                        return
                    del buffer[:end + 5]
                    self.in_data = False
                    self.transport.write(b"250 2.0.0 OK queued\\r\\n")
                    continue
                end = buffer.find(b"\\r\\n")
                if end < 0:
                    return
                verb = bytes(buffer[:4]).upper()
                del buffer[:end + 2]
                if verb == b"QUIT":
                    self.transport.write(b"221 2.0.0 Bye\\r\\n")
                    self.transport.close()
                    return
                if verb == b"DATA":
                    self.in_data = True
                    self.transport.write(b"354 End data with <CR><LF>.<CR><LF>\\r\\n")
                else:
                    self.transport.write(b"250 OK\\r\\n")

    async def serve():
        loop = asyncio.get_running_loop()
        server = await loop.create_server(Canned, "127.0.0.1", 0)
        print(server.sockets[0].getsockname()[1], flush=True)
        await loop.run_in_executor(None, sys.stdin.read)

    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(serve())
""")


class Server:
    def __init__(self, checkout: Checkout, spool_dir: Path, *, profile: bool = False, floor: bool = False) -> None:
        self.spool_dir = spool_dir
        self.label = "floor (canned replies)" if floor else checkout.label
        env = checkout.environ()
        env["PYTHONPATH"] = str(checkout.path)
        self.proc = subprocess.Popen([checkout.python, "-c", FLOOR if floor else SERVER, str(spool_dir),
                                      "1" if profile else "0"],
                                     cwd=checkout.path, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True)
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline())

    def loop_cpu(self) -> float:
        return thread_cpu_seconds(self.proc.pid, self.proc.pid)

    def clear_spool(self) -> None:
        for path in (self.spool_dir / "new").glob("*.eml"):
            path.unlink()

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(60)


class Daemon:
    """``ingestd serve`` with its workers paused (SIGSTOP): the event loops of its listeners."""

    def __init__(self, checkout: Checkout, workdir: Path, setting: str, log_level: str) -> None:
        workdir.mkdir()
        self.workdir = workdir
        self.checkout, self.setting = checkout, setting
        self.proc, self.port, _ = start_daemon(workdir, 10 * 1024 * 1024, tls=False, code=checkout,
                                               smtp_extra=f"listener_processes = {toml_value(setting)}\n",
                                               log_level=log_level)
        wait_for_listeners(self.proc.pid, setting)
        deadline = time.monotonic() + 60
        while not workers_of(self.proc.pid):  # started after the listeners
            if time.monotonic() > deadline:
                raise SystemExit("ingestd serve started no worker process")
            time.sleep(0.05)
        self.paused = workers_of(self.proc.pid)
        for pid in self.paused:
            os.kill(pid, signal.SIGSTOP)

    def loop_cpu(self) -> float:
        return listener_cpu(self.proc.pid)[1]

    @property
    def label(self) -> str:
        return f"{self.checkout.label}, listener_processes = {self.setting}"

    def clear_spool(self) -> None:
        for path in (self.workdir / "data" / "spool" / "new").glob("*.eml"):
            path.unlink(missing_ok=True)

    def stop(self) -> None:
        for pid in self.paused:
            os.kill(pid, signal.SIGCONT)
        stop_daemon(self.proc, self.workdir)


def in_memory_us(sessions: int) -> float:
    """This checkout's Python per connection: sessions of HELO and QUIT fed to ``IntakeServer``'s
    protocol through a transport that only counts writes (no sockets, no system calls)."""
    import asyncio

    import uvloop

    from ingestd.config.schema import SmtpConfig
    from ingestd.intake.smtp import IntakeServer
    from ingestd.spool import Spool

    class CountingTransport(asyncio.Transport):
        def __init__(self, protocol: asyncio.Protocol) -> None:
            super().__init__()
            self.protocol, self.writes, self.closing = protocol, 0, False

        def write(self, data: bytes) -> None:  # type: ignore[override]
            self.writes += 1

        def is_closing(self) -> bool:
            return self.closing

        def close(self) -> None:
            if not self.closing:
                self.closing = True
                asyncio.get_running_loop().call_soon(self.protocol.connection_lost, None)

        def get_extra_info(self, name: str, default: object = None) -> object:
            return {"peername": ("127.0.0.1", 40000), "sockname": ("127.0.0.1", 8025)}.get(name, default)

        def get_write_buffer_size(self) -> int:
            return 0

    async def run() -> float:
        server = IntakeServer(SmtpConfig(listen="127.0.0.1:0", recipients=(INTAKE,)),
                              Spool(Path(tempfile.mkdtemp(prefix="bench-smtp-mem-"))), hostname="bench.example.org")

        async def one() -> None:
            session = server.protocol_factory()
            transport = CountingTransport(session)
            session.connection_made(transport)
            session.data_received(b"HELO cpc.example.gov.uk\r\n")
            while transport.writes < 2:
                await asyncio.sleep(0)
            session.data_received(b"QUIT\r\n")
            while not transport.closing or server.sessions:
                await asyncio.sleep(0)

        for _ in range(200):  # warm-up
            await one()
        started = time.thread_time()
        for _ in range(sessions):
            await one()
        return (time.thread_time() - started) / sessions * 1e6

    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(run())


def per_message_ms(server: Server, args: argparse.Namespace, reuse: bool) -> float:
    before = server.loop_cpu()
    smtp_source(server.port, args.messages, args.size, args.sessions, reuse=reuse)
    cpu = server.loop_cpu() - before
    server.clear_spool()
    return cpu / args.messages * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", type=Path, help="another checkout (main's worktree, say) run beside this one")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--size", type=int, default=100 * 1024)
    parser.add_argument("--sessions", type=int, default=4)
    parser.add_argument("--dir", type=Path, default=Path("/dev/shm"))
    parser.add_argument("--profile", action="store_true", help="cProfile this checkout's event loop, one round")
    parser.add_argument("--daemon", metavar="LISTENER_PROCESSES",
                        help="measure ingestd serve (workers paused) with these listener_processes (1,2) instead")
    parser.add_argument("--log-level", default="WARNING",
                        help="[logging] level of the daemons (INFO, the default of ingestd.toml, logs 2 lines a message)")
    parser.add_argument("--floor", action="store_true",
                        help="also a bare uvloop protocol with canned replies: what the sockets alone cost")
    parser.add_argument("--in-memory", type=int, metavar="SESSIONS",
                        help="only this checkout's Python per connection, in memory (no sockets)")
    args = parser.parse_args()
    if args.in_memory:
        print(f"{in_memory_us(args.in_memory):.1f} µs of CPU per connection (HELO and QUIT, in memory)")
        return 0
    if shutil.which("smtp-source") is None:
        raise SystemExit("smtp-source not found: apt-get install postfix (it ships smtp-source)")

    workdir = Path(tempfile.mkdtemp(prefix="bench-smtp-conn-", dir=args.dir))
    checkouts = [Checkout.this()] + ([Checkout.other(args.compare)] if args.compare else [])
    servers: list[Server | Daemon] = []
    for n, checkout in enumerate(checkouts):
        if args.daemon:
            servers += [Daemon(checkout, workdir / f"daemon-{n}-{setting}", setting, args.log_level)
                        for setting in args.daemon.split(",")]
        else:
            servers.append(Server(checkout, workdir / f"spool-{n}", profile=args.profile))
    if args.floor:
        servers.append(Server(checkouts[0], workdir / "floor", floor=True))
    try:
        if args.profile:
            print(f"one connection per message: {per_message_ms(servers[0], args, False):.3f} ms "
                  "of event-loop CPU per message (under cProfile)")
            return 0
        results: dict[tuple[int, str], list[float]] = {}
        print(f"load average at the start: {os.getloadavg()[0]:.1f}")
        for round_ in range(args.rounds):
            order = servers if round_ % 2 == 0 else servers[::-1]
            for mode, reuse in (("one per message", False), ("reused", True)):
                for server in order:
                    results.setdefault((servers.index(server), mode), []).append(
                        per_message_ms(server, args, reuse))
        print(f"{args.messages} x {args.size} B over {args.sessions} sessions, {args.rounds} rounds; "
              f"load average {os.getloadavg()[0]:.1f}; event-loop CPU per message, median (min-max)")
        for n, server in enumerate(servers):
            cells = []
            for mode in ("one per message", "reused"):
                values = results[(n, mode)]
                cells.append(f"{mode} {statistics.median(values):.3f} ms ({min(values):.3f}-{max(values):.3f})")
            connection = statistics.median(results[(n, "one per message")]) - statistics.median(results[(n, "reused")])
            print(f"  {server.label}: " + ", ".join(cells) + f"; a connection {connection:.3f} ms")
        return 0
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
