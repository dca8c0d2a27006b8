"""Our command loop (``IntakeSMTP._handle_client``) answers as aiosmtpd's own loop does, writes
pipelined replies together, and keeps the MAIL line limit per session.

The same byte-exact conversations go to a server running our loop and to one running aiosmtpd's
``SMTP._handle_client`` (the rest of the session is the same class): an aiosmtpd upgrade that
changes what its loop answers shows up here as a difference."""

from __future__ import annotations

import asyncio
import re
import socket
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP

from ingestd.intake.smtp import IntakeSMTP

from .conftest import INTAKE, message


class AiosmtpdLoopSMTP(IntakeSMTP):
    """Our session with aiosmtpd's command loop instead of ours: the reference."""

    _handle_client = SMTP._handle_client
    greets_on_connect = False  # aiosmtpd's loop sends the greeting itself


MAIL = b"MAIL FROM:<a@cpc.example.gov.uk>"
RCPT = b"RCPT TO:<" + INTAKE.encode() + b">"
CONVERSATIONS = {
    "a message": [b"EHLO cpc.example.gov.uk", MAIL, RCPT, b"DATA", message(1) + b".", b"QUIT"],
    "HELO, then ESMTP parameters": [b"HELO cpc.example.gov.uk", MAIL + b" SIZE=10", MAIL, b"QUIT"],
    "no HELO": [MAIL, b"RCPT TO:<x@y.example>", b"DATA", b"NOOP", b"QUIT"],
    "empty and odd lines": [b"", b"   ", b"EHLO cpc.example.gov.uk", b"noop", b"NOOP extra args", b"RSET x",
                            b"QUIT now", b"QUIT"],
    "non-ASCII command and argument": ["EHL\u00d6 x".encode("utf-8"), "EHLO h\u00f6st".encode("utf-8"),
                                       b"EHLO cpc.example.gov.uk", b"QUIT"],
    "line over the line limit": [b"EHLO cpc.example.gov.uk", b"NOOP " + b"x" * 3000, b"NOOP", b"QUIT"],
    "command line over 512": [b"EHLO cpc.example.gov.uk", b"RCPT TO:<" + b"a" * 520 + b"@b.example>",
                              b"MAIL FROM:<" + b"b" * 40 + b"@c.example> SIZE=1" + b" " * 480, b"QUIT"],
    "unknown commands until goodbye": [b"EHLO cpc.example.gov.uk", b"XYZZY", b"AUTH PLAIN AGFiYwBkZWY=",
                                       b"BDAT 10", b"TURN", b"ETRN x", b"NOOP"],
    "nested and out of order": [b"EHLO cpc.example.gov.uk", MAIL, MAIL, b"DATA", RCPT, b"RCPT TO:<a@b.example>",
                                b"DATA x", b"VRFY someone", b"HELP", b"STARTTLS", b"QUIT"],
}


def replies_until_close(server: Any, lines: list[bytes], pipelined: bool) -> list[bytes]:
    """Every reply line the server sends until it closes, with spool ids blanked.

    ``pipelined``: all lines in one write; otherwise each line once the previous reply is in.
    """
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        received = b""
        if pipelined:
            sock.sendall(b"".join(line + b"\r\n" for line in lines))
        replies_seen = 0
        for line in ([] if pipelined else lines):
            while _final_replies(received) <= replies_seen:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                received += chunk
            replies_seen = _final_replies(received)
            try:
                sock.sendall(line + b"\r\n")
            except OSError:  # the server has hung up (the fifth unknown command)
                break
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except ConnectionResetError:
            pass
    return [re.sub(rb"queued as \S+", b"queued as ID", line) for line in received.split(b"\r\n")]


def _final_replies(received: bytes) -> int:
    return sum(1 for line in received.split(b"\r\n")[:-1] if line[3:4] != b"-")


@pytest.mark.parametrize("pipelined", [False, True], ids=["one by one", "pipelined"])
@pytest.mark.parametrize("name", sorted(CONVERSATIONS))
def test_our_command_loop_answers_as_aiosmtpds_does(smtp_server, name, pipelined):
    ours = smtp_server()
    reference = smtp_server()
    reference.server.session_class = AiosmtpdLoopSMTP
    lines = CONVERSATIONS[name]
    expected = replies_until_close(reference, lines, pipelined)
    got = replies_until_close(ours, lines, pipelined)
    assert got == expected
    assert len(expected) > 2  # a conversation, not just a greeting
    assert len(ours.spooled()) == len(reference.spooled())


class RecordingTransport(asyncio.Transport):
    """The network seam of a session: what it writes, each ``write`` call apart."""

    def __init__(self, protocol: asyncio.Protocol) -> None:
        super().__init__()
        self.protocol = protocol
        self.writes: list[bytes] = []
        self.closing = False

    def write(self, data: bytes) -> None:  # type: ignore[override]
        self.writes.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        if not self.closing:
            self.closing = True
            asyncio.get_running_loop().call_soon(self.protocol.connection_lost, None)

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": ("127.0.0.1", 40000), "sockname": ("127.0.0.1", 8025)}.get(name, default)

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass

    def get_write_buffer_size(self) -> int:
        return 0


def writes_for(server: Any, batches: list[bytes], replies_each: list[int]) -> list[list[bytes]]:
    """Feed ``batches`` to one session in turn; after each, the writes made until its replies are out."""
    async def run() -> list[list[bytes]]:
        session = server.server.protocol_factory()
        transport = RecordingTransport(session)
        session.connection_made(transport)
        per_batch = []
        for batch, replies in zip([b"", *batches], [1, *replies_each]):
            before = len(transport.writes) if batch else 0  # the greeting: from connection_made on
            if batch:
                session.data_received(batch)
            for _ in range(500):
                if b"".join(transport.writes[before:]).count(b"\r\n") >= replies:
                    break
                await asyncio.sleep(0.01)
            per_batch.append(transport.writes[before:])
        transport.close()
        await asyncio.sleep(0)
        return per_batch

    return server.call(run())


def test_pipelined_mail_rcpt_and_data_are_answered_in_one_write(smtp_server):
    server = smtp_server()
    ehlo = b"EHLO cpc.example.gov.uk\r\n"
    group = MAIL + b"\r\n" + RCPT + b"\r\n" + b"RCPT TO:<relayed@elsewhere.example>\r\nDATA\r\n"
    greeting, ehlo_reply, group_reply = writes_for(server, [ehlo, group], [7, 4])
    assert len(greeting) == 1 and greeting[0].startswith(b"220 ")
    assert len(ehlo_reply) == 1 and b"250-PIPELINING\r\n" in ehlo_reply[0]  # EHLO's lines in one write too
    assert group_reply == [b"250 2.0.0 OK\r\n250 2.1.5 OK\r\n550 5.7.1 Relaying denied\r\n"
                           b"354 End data with <CR><LF>.<CR><LF>\r\n"]


def test_a_reply_never_waits_for_a_command_not_yet_sent(smtp_server):
    server = smtp_server()
    batches = [b"EHLO cpc.example.gov.uk\r\n", MAIL + b"\r\n", RCPT + b"\r\n", b"RSET\r\n", b"NOOP\r\n"]
    _, _, *replies = writes_for(server, batches, [7, 1, 1, 1, 1])
    assert [len(writes) for writes in replies] == [1, 1, 1, 1]
    assert [writes[0][:3] for writes in replies] == [b"250"] * 4


def test_the_mail_line_limit_does_not_grow_with_the_ehlos_served(smtp_server):
    # RFC 5321 section 4.5.3.1.4: 512 for a command line, plus 26 for SIZE (RFC 1870) after EHLO.
    server = smtp_server()
    for _ in range(3):
        with server.client() as client:
            client.ehlo()
            client.noop()
    raw = server.raw()
    raw.reply()
    raw.command(b"EHLO cpc.example.gov.uk")
    raw.command(b"EHLO cpc.example.gov.uk")  # a second EHLO in the session adds nothing either
    prefix = b"MAIL FROM:<"
    suffix = b"@cpc.example.gov.uk> SIZE=100"
    local = b"a" * (512 + 26 - len(prefix) - len(suffix))
    assert raw.command(prefix + local + suffix)[0] == 250
    assert raw.command(b"RSET")[0] == 250
    code, reply = raw.command(prefix + local + b"a" + suffix)
    assert code == 500 and b"too long" in reply
    raw.close()


class UnreadTransport(RecordingTransport):
    """A peer that reads nothing: what is written stays buffered, so ``close`` never finishes
    (asyncio's transports send what is buffered before they report the connection lost);
    only ``abort`` ends the connection."""

    def get_write_buffer_size(self) -> int:
        return sum(map(len, self.writes))

    def close(self) -> None:
        self.closing = True

    def abort(self) -> None:
        if self.protocol is not None:
            self.protocol, protocol = None, self.protocol  # type: ignore[assignment]
            self.closing = True
            asyncio.get_running_loop().call_soon(protocol.connection_lost, None)


def test_a_session_hung_up_on_a_client_that_reads_nothing_still_ends(smtp_server):
    # The 421 of command_call_limit is written, then the session closes; with the client reading
    # nothing, the graceful close would keep the session (one of max_connections) for ever.
    server = smtp_server("command_call_limit = 2\nidle_timeout = 1\n")

    async def run() -> tuple[bool, list[bytes]]:
        session = server.server.protocol_factory()
        transport = UnreadTransport(session)
        session.connection_made(transport)
        session.data_received(b"NOOP\r\n" * 3)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 10
        while session in server.server.sessions and loop.time() < deadline:
            await asyncio.sleep(0.05)
        return session not in server.server.sessions, transport.writes

    ended, writes = server.call(run())
    assert b"".join(writes).endswith(b"421 4.7.0 NOOP sent too many times in one transaction\r\n")
    assert ended, "the session is still open"
