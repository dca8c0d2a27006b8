"""The SMTP intake against real clients (smtplib, swaks, raw sockets) on 127.0.0.1.

THREATS.md section A: each test names the case it covers. A reply code is what the sending
MTA acts on, so that is what these tests assert, together with what is (not) in the spool.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import subprocess
import threading
import time

import pytest

from ingestd.errors import SpoolError
from ingestd.intake.smtp import BARE_CHECK_SLICE
from ingestd.spool import Spool

from tests.waiting import wait_until

from .conftest import INTAKE, TlsMaterial, message


def test_accepted_message_is_durably_spooled_byte_for_byte(smtp_server):
    server = smtp_server()
    raw = message(1)
    with server.client() as client:
        client.ehlo()
        assert client.has_extn("size") and int(client.esmtp_features["size"]) == server.config.smtp.max_message_size
        code, reply = client.data(raw) if client.mail("a@cpc.example.gov.uk") and client.rcpt(INTAKE) else (0, b"")
    assert code == 250, reply
    spool_id = reply.decode().rsplit(" ", 1)[-1]
    entries = server.spool.pending()
    assert [e.spool_id for e in entries] == [spool_id]
    assert entries[0].read() == raw  # what the client sent, CRLF and all, nothing added
    assert server.leftovers() == []


def test_dot_stuffed_lines_are_unstuffed(smtp_server):
    server = smtp_server()
    with server.client() as client:
        client.sendmail("a@cpc.example.gov.uk", [INTAKE], message(2, body=".leading dot\r\n..two dots\r\n"))
    (raw,) = server.spooled()
    assert raw.endswith(b"\r\n\r\n.leading dot\r\n..two dots\r\n")


# ---- A14: TLS policy ---------------------------------------------------------------------------

@pytest.fixture
def tls_server(smtp_server, tls_material: TlsMaterial):
    return smtp_server(f'tls_cert = "{tls_material.cert}"\ntls_key = "{tls_material.key}"\n')


def test_mail_before_starttls_gets_530(tls_server, tls_material):
    with tls_server.client() as client:
        client.ehlo()
        assert client.has_extn("starttls")
        code, reply = client.mail("a@cpc.example.gov.uk")
        assert code == 530 and b"STARTTLS" in reply
        assert client.rcpt(INTAKE)[0] == 530
        client.starttls(context=tls_material.client_context())
        client.ehlo()
        client.sendmail("a@cpc.example.gov.uk", [INTAKE], message(3))
    assert tls_server.spooled() == [message(3)]


def test_swaks_delivers_over_starttls_with_verified_certificate(tls_server, tls_material):
    result = subprocess.run(
        ["swaks", "--server", f"127.0.0.1:{tls_server.port}", "--from", "a@cpc.example.gov.uk", "--to", INTAKE,
         "--tls", "--tls-verify", "--tls-ca-path", str(tls_material.ca_file), "--tls-sni", "localhost",
         "--helo", "cpc.example.gov.uk", "--header", "Subject: swaks test", "--body", "swaks body 1"],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "<~  250 2.0.0 OK queued as" in result.stdout
    assert "TLS started" in result.stdout
    (raw,) = tls_server.spooled()
    assert b"swaks body 1" in raw


def test_swaks_without_tls_is_refused_with_530(tls_server):
    result = subprocess.run(
        ["swaks", "--server", f"127.0.0.1:{tls_server.port}", "--from", "a@cpc.example.gov.uk", "--to", INTAKE,
         "--helo", "cpc.example.gov.uk"], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "<** 530 5.7.0 Must issue a STARTTLS command first" in result.stdout
    assert tls_server.spooled() == []


def test_tls_handshake_garbage_closes_the_session_and_server_keeps_serving(tls_server, tls_material):
    raw = tls_server.raw()
    assert raw.reply()[0] == 220
    assert raw.command(b"EHLO cpc.example.gov.uk")[0] == 250
    assert raw.command(b"STARTTLS")[0] == 220
    raw.send(b"\x16\x03\x01\x00\x05garbage-that-is-not-a-client-hello" * 20)
    assert raw.closed()
    raw.close()
    with tls_server.client() as client:
        client.starttls(context=tls_material.client_context())
        client.sendmail("a@cpc.example.gov.uk", [INTAKE], message(4))
    assert tls_server.spooled() == [message(4)]


def test_starttls_command_injection_is_discarded(tls_server, tls_material):
    """A2 / CVE-2024-34083: plaintext pipelined after STARTTLS must not run after the handshake."""
    raw = tls_server.raw()
    assert raw.reply()[0] == 220
    assert raw.command(b"EHLO cpc.example.gov.uk")[0] == 250
    raw.send(b"STARTTLS\r\nMAIL FROM:<inject@evil.example>\r\nRCPT TO:<" + INTAKE.encode() + b">\r\n")
    code, _ = raw.reply()
    assert code == 220
    context = tls_material.client_context()
    tls = context.wrap_socket(raw.sock, server_hostname="localhost")
    secure = type(raw)(tls)
    assert secure.command(b"EHLO cpc.example.gov.uk")[0] == 250
    # Had the injected MAIL run, this RCPT would be accepted; it must find no transaction.
    code, reply = secure.command(b"RCPT TO:<" + INTAKE.encode() + b">")
    assert code == 503, reply
    assert secure.command(b"QUIT")[0] == 221
    secure.close()
    assert tls_server.spooled() == []


# ---- A10: recipients and relaying --------------------------------------------------------------

def test_relay_attempt_and_unknown_mailbox_get_550_and_nothing_is_stored(smtp_server):
    server = smtp_server()
    with server.client() as client:
        client.ehlo()
        assert client.mail("a@cpc.example.gov.uk")[0] == 250
        code, reply = client.rcpt("victim@elsewhere.example.com")
        assert (code, reply[:5]) == (550, b"5.7.1")
        code, reply = client.rcpt("postmaster@ingest.example.org")
        assert (code, reply[:5]) == (550, b"5.1.1")
        assert client.rcpt(INTAKE.upper())[0] == 250  # addresses compare case-insensitively
    with server.client() as client:
        with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
            client.sendmail("a@cpc.example.gov.uk", ["victim@elsewhere.example.com"], message(5))
        assert refused.value.recipients["victim@elsewhere.example.com"][0] == 550
    assert server.spooled() == []


def test_swaks_relay_attempt_is_refused(smtp_server):
    server = smtp_server()
    result = subprocess.run(
        ["swaks", "--server", f"127.0.0.1:{server.port}", "--from", "a@cpc.example.gov.uk",
         "--to", "victim@elsewhere.example.com", "--helo", "cpc.example.gov.uk"],
        capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "<** 550 5.7.1 Relaying denied" in result.stdout
    assert server.spooled() == []


def test_recipient_cap_gets_452(smtp_server):
    server = smtp_server("max_recipients = 2\n")
    with server.client() as client:
        client.ehlo()
        client.mail("a@cpc.example.gov.uk")
        assert client.rcpt(INTAKE)[0] == 250
        assert client.rcpt(INTAKE)[0] == 250
        code, reply = client.rcpt(INTAKE)
        assert (code, reply[:5]) == (452, b"4.5.3")


# ---- A3, A4, A5: size and line limits ----------------------------------------------------------

def test_declared_size_over_the_limit_gets_552_at_mail(smtp_server):
    server = smtp_server("max_message_size = 100000\n")
    with server.client() as client:
        client.ehlo()
        code, _ = client.mail("a@cpc.example.gov.uk", ["SIZE=104857600"])
        assert code == 552
        with pytest.raises(smtplib.SMTPSenderRefused) as refused:
            client.sendmail("a@cpc.example.gov.uk", [INTAKE], message(6, size=200_000))  # smtplib sends SIZE
        assert refused.value.smtp_code == 552
    assert server.spooled() == []


def test_undeclared_oversize_gets_552_after_the_dot_and_session_continues(smtp_server):
    server = smtp_server("max_message_size = 100000\n")
    raw = server.raw()
    assert raw.reply()[0] == 220
    assert raw.command(b"EHLO cpc.example.gov.uk")[0] == 250
    assert raw.command(b"MAIL FROM:<a@cpc.example.gov.uk>")[0] == 250
    assert raw.command(b"RCPT TO:<" + INTAKE.encode() + b">")[0] == 250
    assert raw.command(b"DATA")[0] == 354
    line = b"y" * 998 + b"\r\n"
    for _ in range(2000):  # 2 MB, 20 times the limit
        raw.send(line)
    code, reply = raw.command(b".")
    assert (code, reply[:9]) == (552, b"552 5.3.4")
    # The session is still usable, and the next message is accepted.
    assert raw.command(b"MAIL FROM:<a@cpc.example.gov.uk>")[0] == 250
    assert raw.command(b"RCPT TO:<" + INTAKE.encode() + b">")[0] == 250
    assert raw.command(b"DATA")[0] == 354
    raw.send(message(7))
    assert raw.command(b".")[0] == 250
    raw.close()
    assert server.spooled() == [message(7)]
    assert server.leftovers() == []


def test_over_long_line_gets_500_and_nothing_is_stored(smtp_server):
    server = smtp_server()
    raw = server.raw()
    raw.reply()
    raw.command(b"EHLO cpc.example.gov.uk")
    raw.command(b"MAIL FROM:<a@cpc.example.gov.uk>")
    raw.command(b"RCPT TO:<" + INTAKE.encode() + b">")
    assert raw.command(b"DATA")[0] == 354
    raw.send(b"Subject: x\r\n\r\n" + b"z" * 5000 + b"\r\nshort line\r\n")
    assert raw.command(b".")[0] == 500
    assert raw.command(b"NOOP")[0] == 250
    raw.close()
    assert server.spooled() == []


def test_gigantic_line_without_crlf_is_drained_with_bounded_buffers(smtp_server):
    """aiosmtpd 1.4.6's own DATA reader keeps such a line in memory; ours keeps nothing."""
    server = smtp_server("max_message_size = 100000\n")
    raw = server.raw(timeout=60)
    raw.reply()
    raw.command(b"EHLO cpc.example.gov.uk")
    raw.command(b"MAIL FROM:<a@cpc.example.gov.uk>")
    raw.command(b"RCPT TO:<" + INTAKE.encode() + b">")
    assert raw.command(b"DATA")[0] == 354
    chunk = b"A" * (1 << 20)
    for _ in range(32):
        raw.send(chunk)
    # Memory is measured against the daemon process in tests/test_daemon.py; here: the reply.
    assert raw.command(b"\r\n.")[0] == 500
    raw.close()
    assert server.spooled() == []


# ---- A11: disconnect mid-DATA ------------------------------------------------------------------

def test_disconnect_mid_data_leaves_no_record_and_no_temp_file(smtp_server):
    server = smtp_server()
    raw = server.raw()
    raw.reply()
    raw.command(b"EHLO cpc.example.gov.uk")
    raw.command(b"MAIL FROM:<a@cpc.example.gov.uk>")
    raw.command(b"RCPT TO:<" + INTAKE.encode() + b">")
    assert raw.command(b"DATA")[0] == 354
    raw.send(message(8, size=50_000)[:30_000])
    raw.close()
    deadline = time.monotonic() + 5
    while server.server.sessions and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not server.server.sessions
    assert server.spooled() == []
    assert server.leftovers() == []


# ---- A1, A2b: smuggling and bare line endings ------------------------------------------------

SMUGGLING_VECTORS = [b"\n.\r\n", b"\r\n.\n", b"\n.\n", b"\r.\r\n", b"\r\r\n.\r\n"]


@pytest.mark.parametrize("vector", SMUGGLING_VECTORS, ids=lambda v: repr(v)[2:-1])
def test_smuggling_vector_yields_no_second_envelope(smtp_server, vector):
    server = smtp_server()
    raw = server.raw()
    raw.reply()
    raw.command(b"EHLO cpc.example.gov.uk")
    raw.command(b"MAIL FROM:<a@cpc.example.gov.uk>")
    raw.command(b"RCPT TO:<" + INTAKE.encode() + b">")
    assert raw.command(b"DATA")[0] == 354
    smuggled = (b"MAIL FROM:<spoof@evil.example>\r\nRCPT TO:<" + INTAKE.encode() + b">\r\nDATA\r\n"
                b"From: spoof@evil.example\r\n\r\nsmuggled body\r\n.\r\n")
    # Everything in one segment, as a pipelining attacker's relay would send it.
    raw.send(message(9) + b"innocent text" + vector + smuggled + b"tail\r\n.\r\n")
    code, reply = raw.reply()
    assert (code, reply[:9]) == (550, b"550 5.6.0"), reply
    assert raw.closed(), "the session must end: nothing pipelined after the refused data may run"
    raw.close()
    assert server.spooled() == []


@pytest.mark.parametrize("bare", [b"\n", b"\r"], ids=["LF", "CR"])
@pytest.mark.parametrize("where", ["start", "header", "body"])
def test_bare_line_ending_is_refused(smtp_server, bare, where):
    server = smtp_server()
    raw_message = message(10, body="first\r\nsecond\r\n")
    if where == "start":  # the data's first byte: it follows the CRLF that ended DATA
        raw_message = bare + raw_message
    elif where == "header":
        raw_message = raw_message.replace(b"Subject: transmittal 10\r\n", b"Subject: transmittal 10" + bare)
    else:
        raw_message = raw_message.replace(b"first\r\n", b"first" + bare)
    with server.client() as client:
        client.ehlo()
        client.mail("a@cpc.example.gov.uk")
        client.rcpt(INTAKE)
        # smtplib.data() would "fix" the line endings, so send the bytes as they are.
        code, _ = client.docmd("DATA")
        assert code == 354
        client.send(raw_message + b".\r\n")
        code, reply = client.getreply()
    assert (code, reply[:5]) == (550, b"5.6.0")
    assert server.spooled() == []


def _send_in_reads(server, pieces: list[bytes]) -> tuple[int, bytes]:
    """DATA sent as separate segments, a pause between them, so the server reads each alone."""
    raw = server.raw()
    raw.reply()
    raw.command(b"EHLO cpc.example.gov.uk")
    raw.command(b"MAIL FROM:<a@cpc.example.gov.uk>")
    raw.command(b"RCPT TO:<" + INTAKE.encode() + b">")
    assert raw.command(b"DATA")[0] == 354
    for piece in pieces:
        raw.send(piece)
        time.sleep(0.05)
    reply = raw.command(b".")
    raw.close()
    return reply


# A line break split between two reads: the CR ends one, the LF (or not) starts the next.
SPLIT_BREAKS = [
    pytest.param(b"first\r", b"\nsecond\r\n", 250, id="CR|LF"),
    pytest.param(b"first\r", b"second\r\n", 550, id="CR|x"),
    pytest.param(b"first", b"\nsecond\r\n", 550, id="x|LF"),
    pytest.param(b"first\r", b"\r\nsecond\r\n", 550, id="CR|CRLF"),
    pytest.param(b"first\r\n", b"\rsecond\r\n", 550, id="CRLF|CR"),
    pytest.param(b"first\n", b"\rsecond\r\n", 550, id="LF|CR"),
]


@pytest.mark.parametrize(("before", "after", "expected"), SPLIT_BREAKS)
def test_line_break_split_between_reads_is_judged_as_one(smtp_server, before, after, expected):
    server = smtp_server()
    head = message(12, body="")
    code, _ = _send_in_reads(server, [head + before, after])
    assert code == expected
    assert server.spooled() == ([head + before + after] if expected == 250 else [])


# The bare CR/LF check reads the data in slices of BARE_CHECK_SLICE bytes: a break placed
# so that its bytes straddle a slice boundary must be judged as if there were none.
SLICE_BREAKS = [
    pytest.param(b"\r\n", 250, id="CRLF"),
    pytest.param(b"\r\r\n", 550, id="CR-CRLF"),
    pytest.param(b"\n\r", 550, id="LF-CR"),
    pytest.param(b"\r", 550, id="CR"),
    pytest.param(b"\n", 550, id="LF"),
]


@pytest.mark.parametrize("shift", [-2, -1, 0])
@pytest.mark.parametrize(("line_break", "expected"), SLICE_BREAKS)
def test_line_break_at_the_check_slice_boundary(smtp_server, line_break, expected, shift):
    server = smtp_server()
    head = message(13, body="")
    filler = b"".join(b"%05d " % n + b"w" * 72 + b"\r\n" for n in range((BARE_CHECK_SLICE - 600) // 80))
    at = BARE_CHECK_SLICE + shift  # where the break's first byte lands in the data
    pad = at - len(head) - len(filler)
    assert 0 < pad < 600  # a short last line, well within the line length limit
    data = head + filler + b"v" * pad + line_break + b"after\r\n"
    assert data[at:at + len(line_break)] == line_break
    code, _ = _send_in_reads(server, [data])
    assert code == expected
    assert server.spooled() == ([data] if expected == 250 else [])


# ---- A6, A7: connections, commands, idle -------------------------------------------------------

def test_connection_cap_answers_421_and_frees_up(smtp_server):
    server = smtp_server("max_connections = 2\n")
    first, second = server.raw(), server.raw()
    assert first.reply()[0] == 220 and second.reply()[0] == 220
    third = server.raw()
    code, reply = third.reply()
    assert (code, reply[:9]) == (421, b"421 4.7.0")
    assert third.closed()
    first.command(b"QUIT")
    first.close()
    time.sleep(0.2)
    with server.client() as client:
        client.sendmail("a@cpc.example.gov.uk", [INTAKE], message(11))
    second.close()
    assert server.spooled() == [message(11)]


def test_command_call_limit_answers_421(smtp_server):
    server = smtp_server("command_call_limit = 5\n")
    raw = server.raw()
    raw.reply()
    for _ in range(5):
        assert raw.command(b"NOOP")[0] == 250
    assert raw.command(b"NOOP")[0] == 421
    assert raw.closed()


def test_idle_session_is_closed_after_idle_timeout(smtp_server):
    server = smtp_server("idle_timeout = 1\n")
    raw = server.raw()
    raw.reply()
    started = time.monotonic()
    assert raw.closed(timeout=10)
    assert time.monotonic() - started < 5


def test_a_client_that_never_reads_its_replies_loses_its_slot_at_the_idle_timeout(smtp_server):
    # Empty lines are answered "500" without moving the idle timer; a peer that sends them and
    # reads nothing leaves our replies unsent, and a graceful close waits for the peer to read
    # them - for ever, keeping one of max_connections. At the idle timeout it must be cut off.
    server = smtp_server("idle_timeout = 1\nmax_connections = 1\n")
    silent = socket.socket()
    silent.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    silent.connect((server.host, server.port))
    silent.settimeout(0.5)
    flood = b"\r\n" * 32768
    try:
        for _ in range(64):  # 4 MB of empty lines: some 60 MB of replies
            silent.sendall(flood)
    except TimeoutError:
        pass  # the server has stopped reading: it is waiting for us to read
    except ConnectionResetError:
        pass  # on a slow machine the idle timeout came while we were still sending: cut off already
    try:
        deadline = time.monotonic() + 15
        code = 0
        while time.monotonic() < deadline:
            probe = server.raw()
            code = probe.reply()[0]
            probe.close()
            if code == 220:
                break
            time.sleep(0.2)
        assert code == 220, "the silent session still holds the only connection slot"
    finally:
        silent.close()


def test_non_ascii_sender_without_smtputf8_is_a_syntax_error(smtp_server):
    server = smtp_server()
    raw = server.raw()
    raw.reply()
    raw.command(b"EHLO cpc.example.gov.uk")
    code, _ = raw.command("MAIL FROM:<jos\u00e9@cpc.example.gov.uk>".encode("utf-8"))
    assert 500 <= code < 600
    assert raw.command(b"MAIL FROM:<\xff\xfe@cpc.example.gov.uk>")[0] >= 500
    assert raw.command(b"NOOP")[0] == 250


# ---- A13, F1: faults in our code or the spool -----------------------------------------------

class FaultySpool(Spool):
    """A real spool whose next ``put`` calls fail with the given exceptions (the spool seam)."""

    def __init__(self, root, faults):  # type: ignore[no-untyped-def]
        super().__init__(root)
        self.faults = list(faults)

    def put(self, raw, **kwargs):  # type: ignore[no-untyped-def]
        if self.faults:
            raise self.faults.pop(0)
        return super().put(raw, **kwargs)


def test_handler_fault_answers_451_generically_and_the_retry_is_stored_once(smtp_server, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    canary = "Canary-Surname-Quixbury"
    spool = FaultySpool(tmp_path / "faulty-spool", [RuntimeError(f"boom with {canary} inside")])
    server = smtp_server(spool=spool)
    raw = message(12, body=f"{canary} is mentioned in the body.\r\n")
    with server.client() as client:
        with pytest.raises(smtplib.SMTPDataError) as failed:
            client.sendmail(f"{canary.lower()}@cpc.example.gov.uk", [INTAKE], raw)
        assert failed.value.smtp_code == 451
        reply = failed.value.smtp_error
        assert reply.startswith(b"4.3.0") and canary.encode() not in reply and b"RuntimeError" not in reply
        client.rset()
        client.sendmail(f"{canary.lower()}@cpc.example.gov.uk", [INTAKE], raw)  # the sender's retry
    assert server.spooled() == [raw]
    assert canary.lower() not in caplog.text.lower()
    assert "RuntimeError" in caplog.text  # the class is logged, for the operator


@pytest.mark.parametrize(("errno_", "expected"), [(28, (452, b"4.3.1")), (5, (451, b"4.3.0"))],
                         ids=["ENOSPC", "EIO"])
def test_spool_failure_is_a_temporary_reply(smtp_server, tmp_path, errno_, expected):
    import os
    cause = OSError(errno_, os.strerror(errno_))
    error = SpoolError("spool write failed")
    error.__cause__ = cause
    server = smtp_server(spool=FaultySpool(tmp_path / "faulty-spool", [error]))
    with server.client() as client:
        with pytest.raises(smtplib.SMTPDataError) as failed:
            client.sendmail("a@cpc.example.gov.uk", [INTAKE], message(13))
        assert (failed.value.smtp_code, failed.value.smtp_error[:5]) == expected
    assert server.spooled() == []


class DirectorySyncSpool(Spool):
    """A real spool that records each directory fsync of new/ and can fail the next ones (EIO).

    Its pool never has a file ready, so every message takes the temp file + rename + directory
    fsync path (what a burst beyond the pool, or a file system without extended attributes, gets).
    """

    def __init__(self, root, failures=0):  # type: ignore[no-untyped-def]
        super().__init__(root)
        self.failures = failures
        self.synced_with: list[int] = []  # how many messages were in new/ at each directory fsync

    def use_pool(self, size: int = 0) -> None:
        super().use_pool(0)

    def sync_new(self) -> None:
        if self.failures:
            self.failures -= 1
            import os
            error = SpoolError("spool write failed")
            error.__cause__ = OSError(5, os.strerror(5))
            raise error
        super().sync_new()
        self.synced_with.append(len(list(self.new_dir.glob("*.eml"))))


def test_the_250_follows_a_directory_fsync_that_covers_the_message(smtp_server, tmp_path):
    spool = DirectorySyncSpool(tmp_path / "sync-spool")
    server = smtp_server(spool=spool)
    with server.client() as client:
        for n in range(3):
            client.sendmail("a@cpc.example.gov.uk", [INTAKE], message(30 + n))  # raises unless 250
            # By the time the client has its 250, new/ was fsync'd with this message in it.
            assert spool.synced_with and spool.synced_with[-1] == n + 1
    assert len(server.spooled()) == 3


class FileSyncSpool(Spool):
    """A real spool that records, at each fsync, whether the file holds a complete entry record."""

    def __init__(self, root):  # type: ignore[no-untyped-def]
        super().__init__(root)
        self.fsynced_records: list[dict[str, object]] = []

    def _commit_in_place(self, slot, entry, raw):  # type: ignore[no-untyped-def]
        import json
        import os

        import ingestd.spool as spool_module

        real = os.fsync

        def recording(fd: int) -> None:
            real(fd)
            if fd == slot[0]:  # the pool file's fsync (not a directory's)
                self.fsynced_records.append(json.loads(os.getxattr(fd, spool_module.ENTRY_ATTR)))

        spool_module.os.fsync = recording  # type: ignore[assignment]
        try:
            super()._commit_in_place(slot, entry, raw)
        finally:
            spool_module.os.fsync = real  # type: ignore[assignment]


def test_the_250_follows_the_fsync_of_a_pool_file_holding_the_whole_message(smtp_server, tmp_path):
    """In-place commit: the message and its record (id, size, SHA-256) in one file, one fsync."""
    import hashlib

    spool = FileSyncSpool(tmp_path / "pool-spool")
    server = smtp_server(spool=spool)
    wait_until(lambda: spool.pool_ready, what="the listener's pool has a file ready")
    raw = message(35)
    with server.client() as client:
        client.sendmail("a@cpc.example.gov.uk", [INTAKE], raw)  # raises unless 250
    [entry] = spool.pending()
    [record] = spool.fsynced_records
    assert record["id"] == entry.spool_id and record["size"] == entry.size
    assert record["sha256"] == entry.sha256 == hashlib.sha256(entry.read()).hexdigest()
    assert server.spooled() == [raw] and server.leftovers() == []


def test_a_failed_directory_fsync_answers_451_and_leaves_nothing(smtp_server, tmp_path):
    server = smtp_server(spool=DirectorySyncSpool(tmp_path / "sync-spool", failures=1))
    raw = message(40)
    with server.client() as client:
        with pytest.raises(smtplib.SMTPDataError) as failed:
            client.sendmail("a@cpc.example.gov.uk", [INTAKE], raw)
        assert (failed.value.smtp_code, failed.value.smtp_error[:5]) == (451, b"4.3.0")
        assert server.spooled() == []  # not durable: removed, the sender retries
        client.rset()
        client.sendmail("a@cpc.example.gov.uk", [INTAKE], raw)  # the retry
    assert server.spooled() == [raw]


class MeetingSpool(Spool):
    """A real spool whose message writes wait until ``together`` of them are under way at once."""

    def __init__(self, root, together):  # type: ignore[no-untyped-def]
        super().__init__(root)
        self.meeting = threading.Barrier(together, timeout=10)

    def put(self, raw, **kwargs):  # type: ignore[no-untyped-def]
        self.meeting.wait()  # BrokenBarrierError (-> 451) if the writes run one after another
        return super().put(raw, **kwargs)


@pytest.mark.parametrize("writers", [4, 2])
def test_concurrent_sessions_messages_are_written_side_by_side(smtp_server, tmp_path, writers):
    """[smtp] spool_writers: as many sessions' writes (and their fsyncs) run at once; each gets its 250."""
    spool = MeetingSpool(tmp_path / "meeting-spool", together=writers)
    server = smtp_server(smtp=f"spool_writers = {writers}\n", spool=spool)
    replies: list[int] = []

    def send(n: int) -> None:
        with server.client(timeout=30) as client:
            client.sendmail("a@cpc.example.gov.uk", [INTAKE], message(50 + n))
            replies.append(250)

    senders = [threading.Thread(target=send, args=(n,)) for n in range(writers)]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join(30)
    assert replies == [250] * writers
    assert len(server.spooled()) == writers


def test_real_spool_failure_leaves_nothing_and_answers_451(smtp_server, tmp_path):
    """The spool's new/ directory replaced by a file: every write fails (as root, chmod would not)."""
    server = smtp_server()
    with server.client() as client:
        client.sendmail("a@cpc.example.gov.uk", [INTAKE], message(14))
    server.spool.pending()[0].message_path.unlink()
    for meta in server.spool.new_dir.glob("*.json"):
        meta.unlink()
    server.spool.new_dir.rmdir()
    server.spool.new_dir.write_bytes(b"")
    with server.client() as client:
        with pytest.raises(smtplib.SMTPDataError) as failed:
            client.sendmail("a@cpc.example.gov.uk", [INTAKE], message(15))
        assert failed.value.smtp_code == 451
    assert list(server.spool.tmp_dir.iterdir()) == []


# ---- G2: drain on shutdown ---------------------------------------------------------------------

def test_drain_finishes_data_in_flight_and_refuses_new_sessions_with_421(smtp_server):
    server = smtp_server()
    idle = server.raw()
    assert idle.reply()[0] == 220
    busy = server.raw()
    busy.reply()
    busy.command(b"EHLO cpc.example.gov.uk")
    busy.command(b"MAIL FROM:<a@cpc.example.gov.uk>")
    busy.command(b"RCPT TO:<" + INTAKE.encode() + b">")
    assert busy.command(b"DATA")[0] == 354
    raw = message(16, size=20_000)
    busy.send(raw[:10_000])
    time.sleep(0.2)
    draining = server.drain_soon(10)
    time.sleep(0.3)
    code, reply = idle.reply()
    assert (code, reply[:9]) == (421, b"421 4.3.2")  # idle sessions are told at once
    late = server.raw()
    assert late.reply()[0] == 421                     # new sessions are refused
    busy.send(raw[10_000:])
    assert busy.command(b".")[0] == 250               # the message in flight is accepted
    assert busy.command(b"MAIL FROM:<a@cpc.example.gov.uk>")[0] == 421
    assert busy.closed()
    assert draining.result(10) == 0
    assert server.spooled() == [raw]


def test_no_envelope_or_content_in_logs(smtp_server, caplog):
    caplog.set_level(logging.DEBUG)
    server = smtp_server()
    raw = message(17, body="Secret-Body-Canary text\r\n")
    with server.client() as client:
        client.sendmail("canary.sender@cpc.example.gov.uk", [INTAKE], raw)
    assert server.spooled() == [raw]
    text = caplog.text
    for canary in ("canary.sender", INTAKE, "Secret-Body-Canary", "transmittal 17"):
        assert canary not in text
    assert "accepted size=" in text



def test_the_workers_are_woken_for_each_message_before_its_250_by_a_spool_thread(smtp_server, caplog):
    """The wake-up (a pipe write per worker) and the ``accepted`` line follow the durable write in
    the spool thread that made it, so the event loop spends nothing on them."""
    caplog.set_level(logging.INFO)
    server = smtp_server()
    woken: list[tuple[str, str]] = []
    server.server.handler.on_spooled = lambda entry: woken.append((entry.spool_id, threading.current_thread().name))
    with server.client() as client:
        client.ehlo("cpc.example.gov.uk")
        for n in range(3):
            client.mail("a@cpc.example.gov.uk")
            client.rcpt(INTAKE)
            code, reply = client.data(message(40 + n))
            assert code == 250
            spool_id = reply.decode().rsplit(" ", 1)[-1]
            assert woken[-1][0] == spool_id  # woken before the client had its 250
            assert f"id={spool_id} accepted size=" in caplog.text
    assert len(woken) == 3
    assert all(name.startswith("ingestd-spool") and name != server.thread.name for _, name in woken)


# ---- the DATA reader: terminator split across segments, pipelining ----------------------------

def _open_data(raw):  # type: ignore[no-untyped-def]
    raw.reply()
    raw.command(b"EHLO cpc.example.gov.uk")
    assert raw.command(b"MAIL FROM:<a@cpc.example.gov.uk>")[0] == 250
    assert raw.command(b"RCPT TO:<" + INTAKE.encode() + b">")[0] == 250
    assert raw.command(b"DATA")[0] == 354


@pytest.mark.parametrize("body", [b"", b"x\r\n", b".\r\n", b"..\r\n", b"a\r\n.\r\n"[:-3], b"\r\n\r\n"],
                         ids=["empty", "one-line", "dot-line", "two-dots", "ends-in-dot", "blank-lines"])
def test_terminator_found_when_every_byte_is_its_own_segment(smtp_server, body):
    import socket as socket_module
    server = smtp_server()
    raw = server.raw()
    raw.sock.setsockopt(socket_module.IPPROTO_TCP, socket_module.TCP_NODELAY, 1)
    _open_data(raw)
    stuffed = b"".join(b"." + line if line.startswith(b".") else line for line in body.splitlines(keepends=True))
    for byte in stuffed + b".\r\n":
        raw.send(bytes([byte]))
        time.sleep(0.002)
    code, _ = raw.reply()
    assert code == 250
    raw.close()
    assert server.spooled() == [body]


def test_commands_pipelined_after_the_terminator_are_answered_in_order(smtp_server):
    server = smtp_server()
    raw = server.raw()
    _open_data(raw)
    raw.send(message(20) + b".\r\nMAIL FROM:<b@cpc.example.gov.uk>\r\nRCPT TO:<" + INTAKE.encode()
             + b">\r\nDATA\r\n" + message(21) + b".\r\nQUIT\r\n")
    assert [raw.reply()[0] for _ in range(6)] == [250, 250, 250, 354, 250, 221]
    raw.close()
    assert sorted(server.spooled()) == sorted([message(20), message(21)])


def test_a_client_that_half_closes_after_quit_still_gets_its_250_and_the_message_once(smtp_server):
    """``nc -N`` and scripted senders send the whole session, shut their sending side, then read.

    The message must be acknowledged: a 250 that never comes makes the sender retry a message
    that is already spooled (aiosmtpd cancels the session on end of input).
    """
    server = smtp_server()
    raw = server.raw()
    raw.send(b"EHLO cpc.example.gov.uk\r\nMAIL FROM:<a@cpc.example.gov.uk>\r\nRCPT TO:<"
             + INTAKE.encode() + b">\r\nDATA\r\n")
    raw.send(message(30) + b".\r\nQUIT\r\n")
    raw.sock.shutdown(socket.SHUT_WR)
    raw.sock.settimeout(30)
    assert [raw.reply()[0] for _ in range(6)] == [220, 250, 250, 250, 354, 250]
    assert raw.reply()[0] == 221
    assert raw.closed()
    assert server.spooled() == [message(30)]


def test_a_client_that_half_closes_without_quit_is_answered_and_closed(smtp_server):
    server = smtp_server()
    raw = server.raw()
    raw.send(b"EHLO cpc.example.gov.uk\r\nMAIL FROM:<a@cpc.example.gov.uk>\r\n")
    raw.sock.shutdown(socket.SHUT_WR)
    raw.sock.settimeout(30)
    assert [raw.reply()[0] for _ in range(3)] == [220, 250, 250]
    assert raw.closed()
    deadline = time.monotonic() + 10
    while server.server.sessions and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not server.server.sessions
    assert server.spooled() == []


def test_an_over_long_line_cut_short_by_a_half_close_gets_500_and_the_end(smtp_server):
    server = smtp_server()
    raw = server.raw()
    raw.send(b"EHLO cpc.example.gov.uk\r\nNOOP " + b"x" * 200_000)
    raw.sock.shutdown(socket.SHUT_WR)
    raw.sock.settimeout(30)
    assert [raw.reply()[0] for _ in range(3)] == [220, 250, 500]
    assert raw.closed()
