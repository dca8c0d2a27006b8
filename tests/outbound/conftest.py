"""A real SMTP relay on 127.0.0.1 for the notice tests: aiosmtpd with STARTTLS and a test CA.

``relay`` starts an aiosmtpd ``Controller`` on a free port with the suite's self-signed
certificate (``tests/intake/smtp/conftest.py``), STARTTLS required before MAIL. Its behaviour is
scripted per test: ``replies`` (the next DATA replies, e.g. ``451 4.3.0``), ``rcpt_replies`` (the next RCPT replies), ``users`` (AUTH
PLAIN/LOGIN), ``tokens`` (AUTH XOAUTH2), ``hold`` (DATA waits until released: a relay that
stalls mid-transaction). ``notify_config`` writes an ingestd config whose ``[notify]`` points
at it.
"""

from __future__ import annotations

import base64
import email
import ssl
import textwrap
import threading
from datetime import datetime, timezone
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from ingestd.config import Config
from tests.factories import make_docx
from tests.messages import DOCX_TYPE, build_message, icr_text
from tests.intake.smtp.conftest import TlsMaterial, write_tls_material
from tests.intake.smtp.daemon_process import free_port
from tests.waiting import wait_until

FROM = "notices@strategic.example.gov.scot"
TEAM = "team@strategic.example.gov.scot"

RECEIVED = datetime(2026, 11, 6, 9, 0, tzinfo=timezone.utc)


def report_message(lines: list[str] | None = None, **kwargs) -> bytes:  # type: ignore[no-untyped-def]
    """A fictional ICR (tests/messages.py) from Glasgow, received 6 November 2026."""
    return build_message([(make_docx(lines or icr_text()), "icr.docx", DOCX_TYPE)],
                         received=kwargs.pop("received", RECEIVED), **kwargs)


def with_headers(raw: bytes, **headers: str) -> bytes:
    """``raw`` with extra header lines in front (``Return_Path=...`` -> ``Return-Path: ...``)."""
    lines = "".join(f"{k.replace('_', '-')}: {v}\r\n" for k, v in headers.items()).encode()
    return lines + raw


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        msg = email.message_from_bytes(self.data, policy=default_policy)
        assert isinstance(msg, EmailMessage)
        return msg

    @property
    def text(self) -> str:
        """Headers and the decoded body, for content checks that base64 or QP cannot hide from."""
        msg = self.message
        body = msg.get_body(("plain",))
        assert body is not None
        return str(msg) + "\n" + body.get_content()


@dataclass
class _Handler:
    replies: list[str] = field(default_factory=list)
    rcpt_replies: list[str] = field(default_factory=list)
    users: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    hold: threading.Event | None = None
    data_started: threading.Event = field(default_factory=threading.Event)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        reply = self.rcpt_replies.pop(0) if self.rcpt_replies else "250 2.1.5 Ok"
        if reply.startswith("250"):
            envelope.rcpt_tos.append(address)
        return reply

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.data_started.set()
        hold = self.hold
        if hold is not None:
            import asyncio
            while not hold.is_set():
                await asyncio.sleep(0.02)
            return "451 4.3.0 released without delivery"
        if self.replies:
            return self.replies.pop(0)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 2.0.0 Ok: queued"

    async def auth_XOAUTH2(self, server, args):  # type: ignore[no-untyped-def]
        if len(args) < 2:
            return AuthResult(success=False, handled=False)
        decoded = base64.b64decode(args[1]).decode()
        fields = dict(part.split("=", 1) for part in decoded.split("\x01") if "=" in part)
        user, bearer = fields.get("user", ""), fields.get("auth", "")
        ok = bool(user) and self.tokens.get(user) == bearer.removeprefix("Bearer ")
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd sends the 535 itself


class TestRelay:
    __test__ = False

    def __init__(self, tls: TlsMaterial, port: int) -> None:
        self.tls = tls
        self.port = port
        self.handler = _Handler()
        self.controller: Controller | None = None

    def start(self, *, starttls: bool = True, auth: bool = False) -> "TestRelay":
        context = None
        if starttls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(self.tls.cert), str(self.tls.key))
        handler = self.handler

        def authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
            if isinstance(auth_data, LoginPassword):
                ok = handler.users.get(auth_data.login.decode()) == auth_data.password.decode()
                return AuthResult(success=ok, handled=False)
            return AuthResult(success=False, handled=False)

        kwargs: dict[str, object] = {"tls_context": context, "require_starttls": starttls}
        if auth:
            kwargs.update(auth_required=True, authenticator=authenticator, auth_require_tls=starttls)
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                     server_hostname="relay.test", **kwargs)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.handler.hold is not None:
            self.handler.hold.set()
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def received(self) -> list[Received]:
        return list(self.handler.received)

    def wait_for(self, count: int) -> list[Received]:
        return wait_until(lambda: len(self.handler.received) >= count and self.received,
                          what=f"{count} message(s) at the relay")


@pytest.fixture(scope="session")
def relay_tls(tmp_path_factory: pytest.TempPathFactory) -> TlsMaterial:
    return write_tls_material(tmp_path_factory.mktemp("relay-tls"))


@pytest.fixture
def relay_port() -> int:
    return free_port()


@pytest.fixture
def relay(relay_tls: TlsMaterial, relay_port: int) -> Iterator[TestRelay]:
    """An unstarted relay: the test scripts it, then calls ``start()``."""
    server = TestRelay(relay_tls, relay_port)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def notify_config(make_config: Callable[..., Config], relay_tls: TlsMaterial,
                  relay_port: int) -> Callable[..., Config]:
    """A config whose ``[notify]`` sends through the test relay. ``notify`` lines are appended
    to the ``[notify]`` table; ``extra`` is other TOML; ``cpcs`` replaces the committee list."""

    def _make(notify: str = "", *, database_url: str | None = None, extra: str = "",
              cpcs: str | None = None, acknowledge: bool = True) -> Config:
        body = notify_toml(relay_port, relay_tls, acknowledge=acknowledge) + textwrap.dedent(notify) \
            + textwrap.dedent(extra)
        kwargs = {} if cpcs is None else {"cpcs": cpcs}
        return make_config(database_url, extra=body, **kwargs)

    return _make


def notify_toml(relay_port: int, relay_tls: TlsMaterial, *, acknowledge: bool = True, retry_initial: int = 60) -> str:
    """The ``[notify]`` table for the test relay (more keys may follow it)."""
    return textwrap.dedent(f"""
        [notify]
        smarthost = "127.0.0.1:{relay_port}"
        ca_file = "{relay_tls.ca_file}"
        from_address = "{FROM}"
        acknowledge = {str(acknowledge).lower()}
        team_address = "{TEAM}"
        retry_initial = {retry_initial}
        timeout = 10
    """)
