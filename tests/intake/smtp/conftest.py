"""Fixtures for the SMTP intake tests: a real server on 127.0.0.1, real clients, real TLS.

``tls_material`` issues a certificate for ``localhost``/127.0.0.1 from a test CA
(tests/certs.py, once per session). ``smtp_server`` starts ``IntakeServer`` on an
ephemeral port in its own event-loop thread, exactly as ``ingestd serve`` runs it, with a
``Spool`` (or a ``Spool`` subclass handed in at that seam, for fault tests) under tmp_path.
"""

from __future__ import annotations

import asyncio
import smtplib
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ingestd.config import Config
from ingestd.intake.smtp import IntakeServer, tls_context_for
from ingestd.logsetup import configure_logging
from ingestd.spool import Spool
from tests.certs import make_ca, make_server_cert
from tests.messages import plain_message

INTAKE = "intake@ingest.example.org"


@dataclass(frozen=True)
class TlsMaterial:
    cert: Path
    key: Path
    ca_file: Path

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))


def write_tls_material(directory: Path) -> TlsMaterial:
    """A certificate for ``localhost`` and 127.0.0.1 from a test CA (tests/certs.py); ``cert`` is the CA file."""
    ca, ca_key, ca_file = make_ca("ingestd SMTP test CA", directory)
    cert_path, key_path = make_server_cert(ca, ca_key, directory, dns=("localhost",), stem="smtp")
    return TlsMaterial(cert_path, key_path, ca_file)


@pytest.fixture(scope="session")
def tls_material(tmp_path_factory: pytest.TempPathFactory) -> TlsMaterial:
    return write_tls_material(tmp_path_factory.mktemp("tls"))


class RunningServer:
    """An ``IntakeServer`` listening on 127.0.0.1:<ephemeral> in a background event loop."""

    def __init__(self, config: Config, spool: Spool) -> None:
        self.config = config
        self.spool = spool
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.server = IntakeServer(config.smtp, spool, tls_context=tls_context_for(config.smtp),
                                   hostname="ingest.example.org")
        self.host = "127.0.0.1"
        self.port = 0

    def start(self) -> None:
        self.thread.start()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, 0))
        sock.listen(128)
        sock.setblocking(False)
        self.call(self.server.start(sock))
        self.port = self.server.port

    def call(self, coro, timeout: float = 30):  # type: ignore[no-untyped-def]
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def drain_soon(self, timeout: float):  # type: ignore[no-untyped-def]
        """Start draining in the server's loop; returns the concurrent future."""
        return asyncio.run_coroutine_threadsafe(self.server.drain(timeout), self.loop)

    def stop(self) -> None:
        if not self.server.draining:
            self.call(self.server.drain(2))
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.server.handler.spool_threads.close(wait=True)

    def client(self, timeout: float = 10) -> smtplib.SMTP:
        return smtplib.SMTP(self.host, self.port, local_hostname="cpc.example.gov.uk", timeout=timeout)

    def raw(self, timeout: float = 10) -> "RawClient":
        return RawClient(socket.create_connection((self.host, self.port), timeout=timeout))

    def spooled(self) -> list[bytes]:
        return [entry.read() for entry in self.spool.pending()]

    def leftovers(self) -> list[Path]:
        """Anything in the spool that is not a complete entry (temp files, orphan metadata)."""
        found = list(self.spool.tmp_dir.glob("*")) if self.spool.tmp_dir.exists() else []
        if self.spool.new_dir.exists():
            found += [p for p in self.spool.new_dir.glob("*.json") if not p.with_suffix(".eml").exists()]
        return found


class RawClient:
    """A byte-exact SMTP client for the protocol-abuse cases smtplib would clean up."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def reply(self) -> tuple[int, bytes]:
        """One (possibly multi-line) reply; (0, b"") when the server closed the connection."""
        lines = []
        while True:
            while b"\r\n" not in self.buffer:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return (0, b"".join(lines))
                self.buffer += chunk
            line, self.buffer = self.buffer.split(b"\r\n", 1)
            lines.append(line)
            if len(line) < 4 or line[3:4] != b"-":
                return int(line[:3]), b"\n".join(lines)

    def command(self, line: bytes) -> tuple[int, bytes]:
        self.send(line + b"\r\n")
        return self.reply()

    def closed(self, timeout: float = 5) -> bool:
        """True when the server has closed (EOF) with nothing more to say."""
        self.sock.settimeout(timeout)
        try:
            return self.buffer == b"" and self.sock.recv(1) == b""
        except (ConnectionResetError, BrokenPipeError):
            return True

    def close(self) -> None:
        self.sock.close()


SmtpServerFactory = Callable[..., RunningServer]


@pytest.fixture
def smtp_server(make_config: Callable[..., Config], tmp_path: Path) -> Iterator[SmtpServerFactory]:
    """``smtp_server(smtp="toml lines", spool=None)`` -> a started ``RunningServer``."""
    configure_logging("DEBUG")  # as ingestd serve does: our loggers verbose, aiosmtpd's tamed
    started: list[RunningServer] = []

    def _start(smtp: str = "", spool: Spool | None = None) -> RunningServer:
        extra = f'\n[smtp]\nlisten = "127.0.0.1:8025"\nrecipients = ["{INTAKE}"]\n{smtp}\n'
        config = make_config(extra=extra)
        server = RunningServer(config, spool or Spool(config.spool_dir))
        server.start()
        started.append(server)
        return server

    yield _start
    for server in started:
        server.stop()


def message(n: int | str, *, body: str | None = None, size: int = 0) -> bytes:
    """A distinct plain-text message for the SMTP tests (tests/messages.py ``plain_message``)."""
    return plain_message(f"test-{n}", body=body if body is not None else f"Case review transmittal test body number {n}.\r\n",
                         sender=f"sender{n}@cpc.example.gov.uk", to=INTAKE, subject=f"transmittal {n}",
                         date="Mon, 03 Mar 2025 10:00:00 +0000", size=size, mime_headers=False)
