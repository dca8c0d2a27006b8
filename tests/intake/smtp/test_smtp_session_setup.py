"""A session built from the server's template (``SessionTemplate``) is the session aiosmtpd's own
``__init__`` builds: same attributes, the same shared settings, fresh per-connection state.

If an aiosmtpd upgrade adds state to ``SMTP.__init__``, the attribute sets differ here."""

from __future__ import annotations

import asyncio
import ssl

from ingestd.intake.smtp import IntakeSMTP, SessionTemplate

from .conftest import INTAKE


def build_both(server):  # type: ignore[no-untyped-def]
    """(session from aiosmtpd's __init__, two sessions from one template), built in the server's loop."""
    async def build():  # type: ignore[no-untyped-def]
        intake = server.server
        options = intake.session_options()
        limit = intake.config.command_call_limit
        plain = IntakeSMTP(intake.handler, intake, command_call_limit=limit, **options)
        template = SessionTemplate(intake.handler, asyncio.get_running_loop(), **options)
        first = IntakeSMTP(intake.handler, intake, command_call_limit=limit, template=template, **options)
        second = IntakeSMTP(intake.handler, intake, command_call_limit=limit, template=template, **options)
        return plain, first, second
    return server.call(build())


def test_a_templated_session_has_what_aiosmtpds_init_gives(smtp_server):
    server = smtp_server()
    plain, first, second = build_both(server)
    assert set(vars(first)) == set(vars(plain))
    for name, value in vars(plain).items():
        if name in ("_stream_reader_wr", "_strong_reader", "_closed", "_smtp_methods", "_drain_waiters"):
            assert type(vars(first)[name]) is type(value), name  # made per connection
            continue
        mine = vars(first)[name]
        if getattr(value, "__self__", None) is plain:  # a method bound to the session itself
            assert (mine.__func__, mine.__self__) == (value.__func__, first), name
            continue
        assert mine == value, name
    # per-connection objects are not shared between sessions
    assert first._stream_reader is not second._stream_reader
    assert first._closed is not second._closed
    assert first.calls is not second.calls
    assert dict(first._smtp_methods).keys() == dict(plain._smtp_methods).keys()
    assert "AUTH" not in first._smtp_methods and "DATA" in first._smtp_methods


def test_sessions_from_a_template_serve_one_message_after_another(smtp_server):
    server = smtp_server()
    for n in range(3):  # each connection a session of its own, from the same template
        with server.client() as client:
            client.sendmail("a@cpc.example.gov.uk", [INTAKE], f"Subject: s{n}\r\n\r\nbody {n}\r\n".encode())
    assert len(server.spooled()) == 3
    assert server.server._template is not None


def test_a_tls_reload_gives_new_sessions_a_new_template(smtp_server, tls_material):
    server = smtp_server()
    with server.client() as client:
        client.noop()
    before = server.server._template
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(tls_material.cert), str(tls_material.key))
    server.server.reload_tls(context)
    with server.client() as client:
        code, _ = client.ehlo()
        assert code == 250 and client.has_extn("starttls")
    assert server.server._template is not before
    assert server.server._template.shared["tls_context"] is context
