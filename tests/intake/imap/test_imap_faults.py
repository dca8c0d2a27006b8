"""Faults on the wire and on the server: the poller retries, moves aside, never loses or doubles."""

from __future__ import annotations


import pytest
from .conftest import Account, Dovecot, FaultProxy, imap_toml, make_account, make_message

from ingestd.intake.imap import ImapConnectionLost, ImapError, ImapPoller, ImapProtocolError, poll_once
from ingestd.service import build_services
from ingestd.storage import repository
from ingestd.storage.repository import LogFilter
from tests.cli import run_cli
from tests.waiting import wait_until


def records(services) -> list[dict]:  # type: ignore[no-untyped-def]
    return repository.intake_log(services.sessions, LogFilter())


def proxied(make_config, account: Account, proxy: FaultProxy, **keys: object):  # type: ignore[no-untyped-def]
    config = make_config(extra=imap_toml(account, port=proxy.port, security="none", ca_file=None, **keys))
    return config, build_services(config)


def test_disconnect_mid_fetch_discards_partial_bytes_and_retries(make_config, imap_account: Account,
                                                                 fault_proxy: FaultProxy) -> None:
    imap_account.append(make_message())
    config, services = proxied(make_config, imap_account, fault_proxy)
    fault_proxy.fetch_literal = "cut"

    with pytest.raises(ImapConnectionLost):
        poll_once(config, services)
    assert records(services) == [] and services.spool.pending() == []
    assert len(imap_account.uids("INBOX")) == 1

    fault_proxy.fetch_literal = None
    result = poll_once(config, services)
    assert (result.fetched, result.recorded, result.acknowledged) == (1, 1, 1)
    assert len(records(services)) == 1


def test_over_long_literal_is_refused_then_message_moved_to_failed_folder(make_config, imap_account: Account,
                                                                          fault_proxy: FaultProxy) -> None:
    imap_account.append(make_message())
    config, services = proxied(make_config, imap_account, fault_proxy, max_attempts=2, failed_folder="Failed")
    fault_proxy.fetch_literal = "huge"  # the server announces BODY[] {4294967295}

    for _ in range(2):
        with pytest.raises(ImapProtocolError, match="4294967295-byte literal"):
            poll_once(config, services)
    assert fault_proxy.faults_injected == 2
    result = poll_once(config, services)  # the third pass does not fetch the body again

    assert (result.fetched, result.gave_up) == (0, 1)
    assert fault_proxy.faults_injected == 2
    assert records(services) == []
    assert imap_account.uids("INBOX") == [] and len(imap_account.uids("Failed")) == 1  # moved, not deleted


def test_over_long_literal_in_flag_mode_leaves_message_flagged(make_config, imap_account: Account,
                                                               fault_proxy: FaultProxy) -> None:
    imap_account.append(make_message())
    config, services = proxied(make_config, imap_account, fault_proxy, max_attempts=1, after="flag")
    fault_proxy.fetch_literal = "huge"
    with pytest.raises(ImapProtocolError):
        poll_once(config, services)
    assert poll_once(config, services).gave_up == 1
    assert list(imap_account.flags().values()) == [(b"\\Flagged", b"ingestd-processed-failed")]
    assert poll_once(config, services).candidates == 0


def test_without_move_capability_falls_back_to_copy_delete_uid_expunge(make_config, imap_account: Account,
                                                                       fault_proxy: FaultProxy) -> None:
    """UID EXPUNGE touches our UIDs only: another client's \\Deleted message stays."""
    imap_account.append(make_message(), flags=(b"\\Deleted",))  # someone else's pending deletion
    imap_account.append(make_message())
    config, services = proxied(make_config, imap_account, fault_proxy)
    fault_proxy.strip = (b"MOVE",)

    result = poll_once(config, services)

    assert (result.recorded, result.acknowledged) == (1, 1)
    assert imap_account.uids("INBOX") == [1]
    assert len(imap_account.uids("Processed")) == 1


def test_idle_picks_up_a_message_without_waiting_for_the_poll_interval(imap_setup, imap_account: Account) -> None:
    config, services = imap_setup(idle=True, poll_interval=600)
    poller = ImapPoller(config, services)
    poller.start()
    try:
        wait_until(lambda: poller.status.mode == "idle", what="the poller in IDLE")
        imap_account.append(make_message())
        # Picked up by IDLE's notification (poll_interval is 600 s); how fast is measured in
        # benchmarks/bench_imap.py, not asserted here.
        wait_until(lambda: records(services), what="the appended message recorded")
    finally:
        poller.stop()
    assert len(records(services)) == 1
    assert imap_account.uids("INBOX") == []


def test_without_idle_apscheduler_polls(imap_setup, imap_account: Account) -> None:
    config, services = imap_setup(idle=False, poll_interval=1)
    poller = ImapPoller(config, services)
    poller.start()
    try:
        imap_account.append(make_message())
        wait_until(lambda: records(services), what="the appended message recorded by the scheduled poll")
        assert poller.status.mode == "scheduled"
    finally:
        poller.stop()
    assert len(records(services)) == 1


def test_server_restart_reconnects_with_backoff(make_config, private_dovecot: Dovecot) -> None:
    account = make_account(private_dovecot)
    config = make_config(extra=imap_toml(account, poll_interval=600))
    services = build_services(config)
    poller = ImapPoller(config, services, backoff_initial=0.2, backoff_max=1.0)
    poller.start()
    try:
        account.append(make_message())
        wait_until(lambda: len(records(services)) >= 1, what="the first message recorded")
        private_dovecot.stop()
        wait_until(lambda: poller.status.mode == "backoff", what="the poller backing off")  # IDLE notices the loss
        assert poller.status.last_error == "connection"
        private_dovecot.start()
        account.append(make_message())
        wait_until(lambda: len(records(services)) >= 2, what="the second message recorded after reconnecting")
    finally:
        poller.stop()
    assert len(records(services)) == 2
    assert poller.status.consecutive_failures == 0 and poller.status.last_error is None
    assert account.uids("INBOX") == []


def test_poll_once_cli_takes_mail_through_the_pipeline(make_config, imap_account: Account) -> None:

    imap_account.append(make_message())
    imap_account.append(make_message())
    config = make_config(extra=imap_toml(imap_account))
    result = run_cli(config, "poll", "--once")
    assert result.code == 0
    out = result.out
    assert "2 fetched, 2 recorded" in out
    assert len(records(build_services(config))) == 2
    result = run_cli(config, "poll", "--once")
    assert result.code == 0 and "0 fetched" in result.out


def test_poll_once_cli_reports_an_unreachable_server(make_config, imap_account: Account) -> None:
    from .conftest import free_port


    config = make_config(extra=imap_toml(imap_account, port=free_port()))
    result = run_cli(config, "poll", "--once")
    assert result.code == 1
    err = result.err
    assert "cannot connect" in err and imap_account.username not in err
    assert issubclass(ImapConnectionLost, ImapError)
