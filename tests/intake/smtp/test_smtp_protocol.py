"""Protocol details a relay depends on: per-transaction command limits, NUL in DATA, and EHLO
advertising exactly what is done (PIPELINING, ENHANCEDSTATUSCODES). Real server, real sockets."""

from __future__ import annotations

import re
import socket

import pytest

from .conftest import INTAKE, message

ENHANCED = re.compile(rb"^[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3} ")


def test_a_reused_connection_is_not_cut_off_by_the_command_limit(smtp_server):
    # Postfix reuses a connection for message after message; the limit is per transaction.
    server = smtp_server("command_call_limit = 5\n")
    with server.client() as client:
        for n in range(12):
            client.sendmail("a@cpc.example.gov.uk", [INTAKE], message(f"reuse-{n}"))
            assert client.rset()[0] == 250  # Postfix probes a cached session with RSET
    assert len(server.spooled()) == 12


def test_command_limit_still_ends_a_session_that_never_completes_a_transaction(smtp_server):
    server = smtp_server("command_call_limit = 5\n")
    raw = server.raw()
    raw.reply()
    raw.command(b"EHLO cpc.example.gov.uk")
    for _ in range(5):
        assert raw.command(b"MAIL FROM:<a@cpc.example.gov.uk>")[0] in (250, 503)
        assert raw.command(b"RSET")[0] == 250  # RSET does not buy a fresh budget
    code, reply = raw.command(b"MAIL FROM:<a@cpc.example.gov.uk>")
    assert (code, reply[:9]) == (421, b"421 4.7.0")
    assert raw.closed()


def test_nul_in_data_gets_550_and_nothing_is_stored(smtp_server):
    server = smtp_server()
    with server.client() as client:
        client.ehlo()
        client.mail("a@cpc.example.gov.uk")
        client.rcpt(INTAKE)
        assert client.docmd("DATA")[0] == 354
        client.send(message(30, body="before\x00after\r\n") + b".\r\n")
        code, reply = client.getreply()
        assert (code, reply[:5]) == (550, b"5.6.0")
        # the session goes on: the next, clean message is accepted
        client.sendmail("a@cpc.example.gov.uk", [INTAKE], message(31))
    assert server.spooled() == [message(31)]


def test_ehlo_advertises_pipelining_and_enhanced_codes_and_both_hold(smtp_server):
    server = smtp_server()
    raw = server.raw()
    greeting = raw.reply()
    assert greeting[0] == 220
    code, ehlo = raw.command(b"EHLO cpc.example.gov.uk")
    assert code == 250
    keywords = {line[4:].split(b" ")[0].upper() for line in ehlo.split(b"\n")[1:]}
    assert {b"PIPELINING", b"ENHANCEDSTATUSCODES", b"SIZE", b"8BITMIME"} <= keywords
    # One write with a whole transaction plus junk: every reply, in order, with an enhanced code.
    raw.send(b"MAIL FROM:<a@cpc.example.gov.uk>\r\nRCPT TO:<nobody@elsewhere.example>\r\nRCPT TO:<"
             + INTAKE.encode() + b">\r\nNOOP\r\nVRFY someone\r\nBOGUS\r\nDATA\r\n")
    replies = [raw.reply() for _ in range(7)]
    assert [c for c, _ in replies] == [250, 550, 250, 250, 252, 500, 354]
    for code, text in replies[:-1]:
        assert ENHANCED.match(text), text
    raw.send(message(32) + b".\r\nRSET\r\nMAIL FROM:\r\nQUIT\r\n")
    replies = [raw.reply() for _ in range(4)]
    assert [c for c, _ in replies] == [250, 250, 501, 221]
    for code, text in replies:
        assert ENHANCED.match(text), text
    raw.close()
    assert server.spooled() == [message(32)]


@pytest.mark.parametrize("where", ["first-line", "middle", "last-line"])
@pytest.mark.parametrize("content, accepted", [(1000, True), (1001, False)])
def test_line_length_limit_is_exact_wherever_the_line_is_and_however_it_is_split(smtp_server, where, content,
                                                                              accepted):
    # 1,000 characters plus CR fill aiosmtpd's 1,001-octet limit (the LF ends the line).
    server = smtp_server()
    long_line = b"y" * content + b"\r\n"
    filler = b"z" * 70 + b"\r\n"
    body = {"first-line": long_line + filler * 50,
            "middle": filler * 900 + long_line + filler * 900,
            "last-line": filler * 50 + long_line}[where]
    raw = server.raw()
    raw.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # two writes, two segments
    raw.reply()
    raw.command(b"EHLO cpc.example.gov.uk")
    assert raw.command(b"MAIL FROM:<a@cpc.example.gov.uk>")[0] == 250
    assert raw.command(b"RCPT TO:<" + INTAKE.encode() + b">")[0] == 250
    assert raw.command(b"DATA")[0] == 354
    stream = body + b".\r\n"
    cut = stream.index(long_line) + content // 2  # split inside the long line
    raw.send(stream[:cut])
    raw.send(stream[cut:])
    code, _ = raw.reply()
    raw.close()
    assert code == (250 if accepted else 500)
    assert server.spooled() == ([body] if accepted else [])


def test_auth_is_neither_advertised_nor_accepted_after_starttls(smtp_server, tls_material):
    # ingestd has no accounts: offering AUTH (aiosmtpd's default after STARTTLS) would promise
    # something that always fails.
    server = smtp_server(f'tls_cert = "{tls_material.cert}"\ntls_key = "{tls_material.key}"\n')
    with server.client() as client:
        client.starttls(context=tls_material.client_context())
        client.ehlo()
        assert not client.has_extn("auth")
        assert client.has_extn("pipelining") and client.has_extn("enhancedstatuscodes")
        code, reply = client.docmd("AUTH", "PLAIN AGFsaWNlAHNlY3JldA==")
        assert code == 500 and ENHANCED.match(b"%d %s" % (code, reply))


PATHS = ["<a@b.example>", "<a@b.example> SIZE=100", "<a@b.example>  SIZE=100 ", " <first.last@cpc.example.gov.uk>",
         "<a@b.example> BODY=8BITMIME SMTPUTF8", "<a+tag@b.example>", "<A@B.EXAMPLE>", "<a@b.example>\tSIZE=1",
         "<a..b@c.example>", "<.a@b.example>", "<a@[192.0.2.1]>", '<"q x"@b.example>', "<>", "<a@b..example>",
         "<a@b.example> (comment) SIZE=1", "a@b.example", "<a@b.example", "<@relay.example:a@b.example>",
         "<" + "l" * 70 + "@b.example>"]


@pytest.mark.parametrize("path", PATHS)
def test_fast_path_parser_reads_mail_and_rcpt_paths_as_aiosmtpd_does(path):
    # The fast path for "<local@domain>" must never read an argument differently from the
    # parser it short-cuts (anything unusual is handed to that parser).
    from aiosmtpd.smtp import SMTP

    from ingestd.intake.smtp import IntakeSMTP

    reference = SMTP.__new__(SMTP)
    ours = IntakeSMTP.__new__(IntakeSMTP)
    reference.local_part_limit = ours.local_part_limit = 64
    assert ours._getaddr(path) == SMTP._getaddr(reference, path)
