"""TLS, authentication and secrets: what the poller refuses, and what it never writes down."""

from __future__ import annotations

import dataclasses
import logging
import shlex
import sys
import time

import pytest

from tests.waiting import wait_until
from .conftest import PASSWORD, Account, FaultProxy, imap_toml, make_message

from ingestd.errors import ConfigError
from ingestd.intake.imap import ImapLoginError, ImapPoller, ImapTLSError, poll_once
from ingestd.service import build_services


def test_starttls_with_verified_certificate_works(make_config, imap_account: Account) -> None:
    imap_account.append(make_message())
    config = make_config(extra=imap_toml(imap_account, port=imap_account.server.plain_port, security="starttls"))
    assert poll_once(config, build_services(config)).recorded == 1


def test_certificate_from_an_unknown_ca_is_refused(make_config, imap_account: Account) -> None:
    imap_account.append(make_message())
    for ca_file in (None, imap_account.server.other_ca_file):
        config = make_config(extra=imap_toml(imap_account, ca_file=ca_file))
        with pytest.raises(ImapTLSError, match="certificate"):
            poll_once(config, build_services(config))
    assert imap_account.uids("INBOX") != []


def test_hostname_mismatch_is_refused(make_config, imap_account: Account) -> None:
    # The certificate names IP 127.0.0.1 only; "localhost" reaches the same server.
    for security, port in (("tls", imap_account.server.tls_port), ("starttls", imap_account.server.plain_port)):
        config = make_config(extra=imap_toml(imap_account, host="localhost", security=security, port=port))
        with pytest.raises(ImapTLSError, match="certificate"):
            poll_once(config, build_services(config))


def test_stripped_starttls_is_an_error_not_a_plaintext_login(make_config, imap_account: Account,
                                                             fault_proxy: FaultProxy, caplog) -> None:
    fault_proxy.strip = (b"STARTTLS",)
    config = make_config(extra=imap_toml(imap_account, port=fault_proxy.port, security="starttls"))
    with pytest.raises(ImapTLSError, match="did not offer STARTTLS"):
        poll_once(config, build_services(config))
    assert "Login: user=<" + imap_account.username not in imap_account.server.log()


def test_wrong_password_backs_off_and_is_reported_once(make_config, imap_account: Account, caplog) -> None:
    imap_account.password = "not the password"
    config = make_config(extra=imap_toml(imap_account))
    services = build_services(config)
    caplog.set_level(logging.DEBUG)
    poller = ImapPoller(config, services, backoff_initial=0.2, backoff_max=5.0)
    started = time.monotonic()
    poller.start()
    # Wait for three failed tries (Dovecot adds its own per-IP auth penalty, and a loaded
    # machine is slow, so give it time), then stop.
    try:
        wait_until(lambda: poller.status.consecutive_failures >= 3, what="three failed logins")
    finally:
        poller.stop()
    elapsed = time.monotonic() - started

    # Waits of 0.2, 0.4, 0.8 s...: n tries need at least 0.2 * (2 ** (n - 1) - 1) s. Never a tight loop.
    tries = poller.status.consecutive_failures
    assert tries >= 3, tries
    assert 0.2 * (2 ** (tries - 1) - 1) <= elapsed + 0.05, (tries, elapsed)
    assert poller.status.last_error == "auth"
    logins = f"user=<{imap_account.username}>, method=PLAIN"
    # Dovecot's log process writes each login line a moment after the reply: wait for it, then count
    wait_until(lambda: imap_account.server.log().count(logins) >= tries, what="Dovecot's login lines")
    assert imap_account.server.log().count(logins) == tries
    waits = [float(r.args[2]) for r in caplog.records if "still unavailable" in r.msg]
    assert waits == [0.2 * 2 ** n for n in range(1, tries)]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.name.startswith("ingestd")]
    assert len(errors) == 1
    assert "authentication" in errors[0].getMessage() and "password_file" in errors[0].getMessage()
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "not the password" not in text and PASSWORD not in text


def test_secrets_and_content_never_reach_the_log(imap_setup, imap_account: Account, caplog) -> None:
    raw = make_message(tag="log-probe")
    imap_account.append(raw)
    config, services = imap_setup()
    caplog.set_level(logging.DEBUG)
    logging.getLogger("imapclient").setLevel(logging.DEBUG)
    logging.getLogger("imapclient.imaplib").setLevel(logging.DEBUG)
    try:
        assert poll_once(config, services).recorded == 1
    finally:
        logging.getLogger("imapclient").setLevel(logging.NOTSET)
        logging.getLogger("imapclient.imaplib").setLevel(logging.NOTSET)
    text = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    for secret in (PASSWORD, imap_account.username, "glasgow.gov.uk", "log-probe", "Subject"):
        assert secret not in text
    assert "imap pass" in text


def test_xoauth2_against_dovecot_oauth2_passdb(make_config, imap_account: Account, token_endpoint,
                                               tmp_path) -> None:
    token = "ya29.test-" + imap_account.username
    token_endpoint.tokens[token] = imap_account.username
    token_file = tmp_path / "token"
    token_file.write_text(token + "\n")
    command = f"{shlex.quote(sys.executable)} -c {shlex.quote('import sys; print(open(sys.argv[1]).read().strip())')} " \
              f"{shlex.quote(str(token_file))}"
    imap_account.append(make_message())
    config = make_config(extra=imap_toml(imap_account, auth=command))
    services = build_services(config)
    before = token_endpoint.requests

    assert poll_once(config, services).recorded == 1
    assert token_endpoint.requests > before
    assert f"user=<{imap_account.username}>, method=XOAUTH2" in imap_account.server.log()

    token_file.write_text("revoked-token\n")
    with pytest.raises(ImapLoginError, match="oauth2_token_command"):
        poll_once(config, services)


def test_failing_token_command_is_a_login_error(make_config, imap_account: Account) -> None:
    config = make_config(extra=imap_toml(imap_account, auth="/bin/false"))
    with pytest.raises(ImapLoginError, match=r"exit status 1"):
        poll_once(config, build_services(config))


def test_folder_names_with_line_breaks_are_rejected(make_config, imap_account: Account) -> None:
    with pytest.raises(ConfigError, match="processed_folder"):
        make_config(extra=imap_toml(imap_account, processed_folder="Done\r\nA1 DELETE INBOX"))
    # And again at the IMAP edge, for a Config built in code rather than loaded from a file.
    config = make_config(extra=imap_toml(imap_account))
    bad = dataclasses.replace(config, imap=dataclasses.replace(config.imap, folder="INBOX\r\nA1 LOGOUT"))
    with pytest.raises(ConfigError, match="folder"):
        poll_once(bad, build_services(config))
    with pytest.raises(ConfigError, match="folder"):
        ImapPoller(bad, build_services(config))
