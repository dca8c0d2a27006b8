"""A real Dovecot for the IMAP poller's tests, plus the helpers the tests share.

``dovecot`` (session scope) starts ``/usr/sbin/dovecot -c FILE`` as an ordinary background
process with a generated configuration under a private directory in /tmp (not pytest's
tmp_path: that is mode 0700 under root and the mail uid ``nobody`` must reach its Maildir).
It listens on 127.0.0.1 only: implicit TLS and STARTTLS ports with a certificate for
IP 127.0.0.1 issued by a test CA generated here (a second, unrelated CA exists for the
"wrong CA" test), passwd-file authentication, Maildir storage, and an ``oauth2`` passdb whose
``introspection_url`` points at a small HTTP server run by the fixture (XOAUTH2 tests).

Each test gets a fresh account (``imap_account``): a new passwd-file line, so mailboxes never
leak between tests. ``FaultProxy`` is a TCP man-in-the-middle in front of Dovecot's plaintext
port that can strip capabilities, rewrite a FETCH literal's length or cut the connection
mid-FETCH: the faults a hostile network or a broken server produce.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from imapclient import IMAPClient

from tests.certs import make_ca, make_server_cert
from tests.messages import plain_message
from ingestd.config import Config
from ingestd.service import Services, build_services

DOVECOT = "/usr/sbin/dovecot"
DOVEADM = "/usr/bin/doveadm"
PASSWORD = "correct horse battery staple"
USERS = 200  # accounts per server, one per test


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listening on 127.0.0.1:{port}")


# ---- the token-introspection endpoint (RFC 7662 style, as Dovecot's oauth2 passdb calls it) ----

class TokenEndpoint:
    """Answers Dovecot's ``introspection_mode = post`` requests; tokens are registered by tests."""

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}
        self.requests = 0
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                form = urllib.parse.parse_qs(self.rfile.read(length).decode())
                token = (form.get("token") or [""])[0]
                endpoint.requests += 1
                user = endpoint.tokens.get(token)
                body = json.dumps({"active": True, "username": user} if user else {"active": False}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/introspect"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# ---- Dovecot -------------------------------------------------------------------------------

DOVECOT_CONF = """\
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
info_log_path = {d}/dovecot.log
instance_name = {instance}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{d}/server.crt
ssl_key = <{d}/server.key
ssl_dh = </usr/share/dovecot/dh.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login xoauth2
auth_failure_delay = 0
auth_cache_size = 0
mail_location = maildir:~/Maildir
mail_plugins =
mailbox_idle_check_interval = 1 secs
shutdown_clients = yes
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/users
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2
  args = {d}/oauth2.conf
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={d}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {plain_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
"""

OAUTH2_CONF = """\
introspection_mode = post
introspection_url = {url}
username_attribute = username
active_attribute = active
active_value = true
"""


@dataclass
class Dovecot:
    directory: Path
    token_endpoint: TokenEndpoint
    ca_file: Path
    other_ca_file: Path
    tls_port: int = field(default_factory=free_port)
    plain_port: int = field(default_factory=free_port)
    users: list[str] = field(default_factory=list)
    instance: str = field(default_factory=lambda: f"ingestd-test-{secrets.token_hex(4)}")

    @property
    def conf(self) -> Path:
        return self.directory / "dovecot.conf"

    def write_config(self) -> None:
        d = self.directory
        self.users = [f"cpc{secrets.token_hex(5)}" for _ in range(USERS)]
        (d / "users").write_text("".join(f"{u}:{{PLAIN}}{PASSWORD}::::::\n" for u in self.users))
        (d / "oauth2.conf").write_text(OAUTH2_CONF.format(url=self.token_endpoint.url))
        self.conf.write_text(DOVECOT_CONF.format(d=d, instance=self.instance, plain_port=self.plain_port,
                                                 tls_port=self.tls_port))
        home = d / "home"
        home.mkdir(exist_ok=True)
        shutil.chown(home, "nobody", "nogroup")
        for path in (d, d / "users", d / "oauth2.conf", self.conf):
            path.chmod(0o755 if path.is_dir() else 0o644)

    def start(self) -> None:
        # dovecot daemonises; its stdout/stderr must not be our pipes or run() waits for the master.
        errors = self.directory / "start.err"
        with open(errors, "wb") as err:
            proc = subprocess.run([DOVECOT, "-c", str(self.conf)], stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=err)
        if proc.returncode != 0:
            raise RuntimeError(f"dovecot did not start: {errors.read_text()}\n{self.log()}")
        wait_port(self.tls_port)
        wait_port(self.plain_port)

    def stop(self) -> None:
        """Stop like a real restart does: clients disconnected, every process of this instance gone.

        ``dovecot stop`` ends the master, but login (TLS proxy) and imap processes of open
        sessions outlive it; they are ended by pid, found by this instance's unique name.
        """
        subprocess.run([DOVEADM, "-c", str(self.conf), "kick", "*"], stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run([DOVECOT, "-c", str(self.conf), "stop"], stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.tls_port), timeout=0.2).close()
            except OSError:
                break
            time.sleep(0.05)
        for pid in self.instance_pids():
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    def instance_pids(self) -> list[int]:
        marker = f"dovecot-{self.instance}/".encode()
        pids = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    if (entry / "cmdline").read_bytes().startswith(marker):
                        pids.append(int(entry.name))
                except OSError:
                    pass
        return pids

    def log(self) -> str:
        path = self.directory / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def next_user(self) -> str:
        """A user nobody has used yet. The passwd-file is written once, before start: Dovecot's
        reload-on-change has a one-second mtime granularity that fast tests would race."""
        return self.users.pop()


def start_dovecot(token_endpoint: TokenEndpoint) -> Dovecot:
    directory = Path(tempfile.mkdtemp(prefix="ingestd-dovecot-"))
    ca, ca_key, ca_file = make_ca("ingestd test CA", directory)
    _, _, other_ca_file = make_ca("unrelated CA", directory)
    make_server_cert(ca, ca_key, directory, dns=(), stem="server")  # IP 127.0.0.1 only: "localhost" mismatches
    server = Dovecot(directory=directory, token_endpoint=token_endpoint, ca_file=ca_file,
                     other_ca_file=other_ca_file)
    server.write_config()
    server.start()
    return server


@pytest.fixture(scope="session")
def token_endpoint() -> Iterator[TokenEndpoint]:
    endpoint = TokenEndpoint()
    yield endpoint
    endpoint.close()


@pytest.fixture(scope="session")
def dovecot(token_endpoint: TokenEndpoint) -> Iterator[Dovecot]:
    server = start_dovecot(token_endpoint)
    yield server
    server.stop()
    shutil.rmtree(server.directory, ignore_errors=True)


@pytest.fixture
def private_dovecot(token_endpoint: TokenEndpoint) -> Iterator[Dovecot]:
    """A Dovecot of one's own, for tests that stop and restart the server."""
    server = start_dovecot(token_endpoint)
    yield server
    server.stop()
    shutil.rmtree(server.directory, ignore_errors=True)


# ---- accounts and mail ---------------------------------------------------------------------

@dataclass
class Account:
    server: Dovecot
    username: str
    password: str = PASSWORD

    def client(self) -> IMAPClient:
        """A plain test-side client (the "other mail client"), over verified TLS."""
        import ssl
        ctx = ssl.create_default_context(cafile=str(self.server.ca_file))
        client = IMAPClient("127.0.0.1", self.server.tls_port, ssl=True, ssl_context=ctx, timeout=10)
        client.login(self.username, self.password)
        client.normalise_times = False
        return client

    def append(self, raw: bytes, when: dt.datetime | None = None, folder: str = "INBOX",
               flags: tuple[bytes, ...] = ()) -> None:
        with self.client() as c:
            c.append(folder, raw, flags=flags, msg_time=when)

    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.client() as c:
            if not c.folder_exists(folder):
                return []
            c.select_folder(folder, readonly=True)
            return list(c.search("ALL"))

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            return {uid: tuple(data[b"FLAGS"]) for uid, data in c.fetch(uids, ["FLAGS"]).items()} if uids else {}


def make_account(server: Dovecot) -> Account:
    return Account(server=server, username=server.next_user())


@pytest.fixture
def imap_account(dovecot: Dovecot) -> Account:
    return make_account(dovecot)


_counter = iter(range(1, 10**9))


def make_message(tag: str | None = None, body: str | None = None) -> bytes:
    """A small plain-text message with a distinct Message-ID and body (pipeline: no_report)."""
    n = next(_counter)
    tag = tag or f"{secrets.token_hex(6)}.{n}"
    return plain_message(tag, body=body or f"Routine correspondence number {n} ({tag}). No attachment.\r\n",
                         sender="office@glasgow.gov.uk", to="reviews@careinspectorate.example", subject=f"note {n}")


def imap_toml(account: Account, *, host: str = "127.0.0.1", port: int | None = None, security: str = "tls",
              ca_file: Path | None | str = "default", auth: str = "password", **keys: object) -> str:
    """The ``[imap]`` section for ``make_config(extra=...)``."""
    directory = account.server.directory
    lines = ["[imap]", f'host = "{host}"', f"port = {port or account.server.tls_port}",
             f'security = "{security}"', f'username = "{account.username}"']
    if ca_file == "default":
        ca_file = account.server.ca_file
    if ca_file is not None:
        lines.append(f'ca_file = "{ca_file}"')
    if auth == "password":
        pw = directory / f"pw-{account.username}"
        pw.write_text(account.password + "\n")
        pw.chmod(0o600)
        lines.append(f'password_file = "{pw}"')
    else:
        lines.append(f"oauth2_token_command = {json.dumps(auth)}")
    for key, value in keys.items():
        lines.append(f"{key} = {json.dumps(value) if not isinstance(value, bool) else str(value).lower()}")
    return "\n" + "\n".join(lines) + "\n"


@pytest.fixture
def imap_setup(make_config: Callable[..., Config], imap_account: Account) -> Callable[..., tuple[Config, Services]]:
    """``imap_setup(**imap_keys) -> (config, services)`` for ``imap_account``."""

    def _setup(account: Account | None = None, database_url: str | None = None,
               **keys: object) -> tuple[Config, Services]:
        config = make_config(database_url=database_url, extra=imap_toml(account or imap_account, **keys))
        return config, build_services(config)

    return _setup


# ---- a fault-injecting man in the middle ---------------------------------------------------

def _shutdown(*sockets: socket.socket) -> None:
    """End both directions of a proxied connection, whichever side failed first."""
    for sock in sockets:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class FaultProxy:
    """Forwards 127.0.0.1:port to Dovecot's plaintext port, injecting the faults it is told to.

    ``strip`` removes capability words (``STARTTLS``, ``MOVE``, ``IDLE``) from what the server
    says; ``fetch_literal`` is ``None``, ``"cut"`` (forward a few bytes of the next FETCH literal,
    then drop both connections) or ``"huge"`` (announce the literal as ``{4294967295}``).
    """

    LITERAL = re.compile(rb"(BODY\[\] \{)(\d+)(\}\r\n)")

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.strip: tuple[bytes, ...] = ()
        self.fetch_literal: str | None = None
        self.cut_on: bytes | None = None  # drop the connection when the client sends this
        self.faults_injected = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            threading.Thread(target=self._pump_up, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pump_down, args=(upstream, client), daemon=True).start()

    def _pump_up(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                if self.cut_on is not None and self.cut_on in data:
                    self.faults_injected += 1
                    raise OSError("fault: cut before a command reached the server")
                dst.sendall(data)
        except OSError:
            pass
        finally:
            _shutdown(src, dst)

    def _pump_down(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                for word in self.strip:
                    data = data.replace(b" " + word, b"")
                match = self.LITERAL.search(data)
                if match and self.fetch_literal == "cut":
                    self.faults_injected += 1
                    dst.sendall(data[: match.end() + 10])
                    raise OSError("fault: cut mid-FETCH")
                if match and self.fetch_literal == "huge":
                    self.faults_injected += 1
                    data = self.LITERAL.sub(rb"\g<1>4294967295\g<3>", data, count=1)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            _shutdown(src, dst)

    def close(self) -> None:
        self._closed = True
        self.listener.close()


@pytest.fixture
def fault_proxy(dovecot: Dovecot) -> Iterator[FaultProxy]:
    proxy = FaultProxy(dovecot.plain_port)
    yield proxy
    proxy.close()
