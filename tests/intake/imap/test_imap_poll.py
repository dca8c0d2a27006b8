"""poll_once against a real Dovecot: filing, acknowledging, the cursor, and crash repair."""

from __future__ import annotations

import datetime as dt
import time

from .conftest import Account, FaultProxy, imap_toml, make_message

from ingestd.intake.imap import ImapConnectionLost, poll_once
from tests.waiting import wait_until
from ingestd.service import build_services
from ingestd.storage import repository
from ingestd.storage.repository import LogFilter


def records(services) -> list[dict]:  # type: ignore[no-untyped-def]
    return repository.intake_log(services.sessions, LogFilter())


def test_new_mail_is_filed_with_internaldate_and_moved(imap_setup, imap_account: Account, db_url: str) -> None:
    when = dt.datetime(2026, 3, 2, 9, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    imap_account.append(make_message(), when=when)
    imap_account.append(make_message(), when=when + dt.timedelta(minutes=1))
    config, services = imap_setup(database_url=db_url)

    result = poll_once(config, services)

    assert (result.fetched, result.recorded, result.acknowledged, result.failed) == (2, 2, 2, 0)
    log = records(services)
    assert len(log) == 2
    assert {e["channel"] for e in log} == {"imap"}
    assert log[0]["received_at"] == "2026-03-02T08:15:00Z"  # INTERNALDATE, not Date: nor "now"
    assert imap_account.uids("INBOX") == []
    assert len(imap_account.uids("Processed")) == 2
    message = repository.find_message(services.sessions, log[0]["intake_id"])
    assert message is not None and message.source["uid"] in (1, 2) and message.source["uidvalidity"]
    # The cursor holds the highest UID handled under the folder's UIDVALIDITY.
    again = poll_once(config, services)
    assert (again.candidates, again.fetched, again.last_uid) == (0, 0, 2)


def test_message_is_read_with_peek_so_unseen_stays_unseen_in_flag_mode(imap_setup, imap_account: Account) -> None:
    imap_account.append(make_message())
    config, services = imap_setup(after="flag")

    result = poll_once(config, services)

    assert (result.recorded, result.acknowledged) == (1, 1)
    flags = imap_account.flags("INBOX")
    assert list(flags.values()) == [(b"ingestd-processed",)]  # no \Seen: BODY.PEEK[]
    assert poll_once(config, services).fetched == 0
    assert len(records(services)) == 1


def test_crash_between_commit_and_move_files_nothing_twice(make_config, imap_account: Account,
                                                           fault_proxy: FaultProxy, db_url: str) -> None:
    """The network dies as the poller sends UID MOVE: the record is committed, the mail not moved."""
    imap_account.append(make_message())
    config = make_config(database_url=db_url,
                         extra=imap_toml(imap_account, port=fault_proxy.port, security="none", ca_file=None))
    services = build_services(config)
    fault_proxy.cut_on = b"UID MOVE"

    try:
        poll_once(config, services)
    except ImapConnectionLost:
        pass
    else:
        raise AssertionError("the proxy should have cut the connection at UID MOVE")
    assert len(records(services)) == 1
    assert len(imap_account.uids("INBOX")) == 1  # still there: the move never happened

    fault_proxy.cut_on = None
    result = poll_once(config, services)

    assert (result.fetched, result.recorded, result.already_known, result.acknowledged) == (1, 0, 1, 1)
    assert len(records(services)) == 1
    assert imap_account.uids("INBOX") == [] and len(imap_account.uids("Processed")) == 1


def test_message_already_received_by_smtp_is_one_message(imap_setup, imap_account: Account) -> None:
    """Same Message-ID, different bytes (the SMTP copy has other trace headers): recorded once."""
    from ingestd.service import ingest_bytes

    raw = make_message(tag="same-report-123")
    config, services = imap_setup()
    ingest_bytes(services, b"Received: from relay.example by mx.example; Mon, 2 Mar 2026 10:00:01 +0000\r\n" + raw,
                 channel="smtp")
    imap_account.append(raw)

    result = poll_once(config, services)

    assert (result.fetched, result.recorded, result.already_known, result.acknowledged) == (1, 0, 1, 1)
    log = records(services)
    assert [e["channel"] for e in log] == ["smtp"]
    assert imap_account.uids("INBOX") == []


def test_recreated_mailbox_new_uidvalidity_skips_nothing_files_nothing_twice(imap_setup, imap_account: Account,
                                                                              db_url: str) -> None:
    with imap_account.client() as c:
        c.create_folder("Reviews")
    old = [make_message() for _ in range(3)]
    for raw in old:
        imap_account.append(raw, folder="Reviews")
    config, services = imap_setup(after="flag", folder="Reviews", database_url=db_url)
    first = poll_once(config, services)
    assert (first.recorded, first.last_uid) == (3, 3)

    # The folder is recreated (a restore, a migration): the three old messages come back without
    # our keyword, and two new ones arrive - one of them at UID 1, far below the old cursor.
    # Dovecot's UIDVALIDITY is the folder's creation second: recreate it in a later second.
    created_in = int(time.time())
    wait_until(lambda: int(time.time()) > created_in, what="the next second")
    with imap_account.client() as c:
        c.delete_folder("Reviews")
        c.create_folder("Reviews")
    new = [make_message() for _ in range(2)]
    for raw in [new[0], *old, new[1]]:
        imap_account.append(raw, folder="Reviews")

    result = poll_once(config, services)

    assert result.resynced and result.uidvalidity != first.uidvalidity
    assert (result.fetched, result.recorded, result.already_known, result.last_uid) == (5, 2, 3, 5)
    assert len(records(services)) == 5
    assert all(f == (b"ingestd-processed",) for f in imap_account.flags("Reviews").values())
    assert poll_once(config, services).fetched == 0
