"""IMAP polling inside ``ingestd serve`` (a real daemon process), next to SMTP intake."""

from __future__ import annotations

import datetime as dt

from tests.waiting import wait_until
from tests.factories import make_docx
from tests.messages import DOCX_TYPE, build_message, icr_text
from tests.test_daemon import daemon, send, wait_for_log  # noqa: F401 - the daemon fixture

from .conftest import Account, imap_toml


def test_serve_collects_by_idle_and_one_message_by_both_channels_is_filed_once(daemon, imap_account: Account):
    proc = daemon(extra=imap_toml(imap_account, idle=True, poll_interval=60))
    report = build_message([(make_docx(icr_text()), "icr.docx", DOCX_TYPE)],
                           message_id="<both-channels-1@glasgow.gov.uk>")
    when = dt.datetime(2026, 11, 6, 9, 30, tzinfo=dt.timezone.utc)
    imap_account.append(report, when=when)
    [entry] = wait_for_log(proc.config, 1)
    assert (entry["status"], entry["channel"], entry["reference"]) == ("filed", "imap", "ICR-2026-0001")
    assert entry["received_at"] == "2026-11-06T09:30:00Z"  # the server's INTERNALDATE
    wait_until(lambda: imap_account.uids("INBOX") == [], what="the message moved out of INBOX")
    assert len(imap_account.uids("Processed")) == 1

    send(proc.port, report.replace(b"\n", b"\r\n"))  # the same mail relayed over SMTP (other bytes, same Message-ID)
    entries = wait_for_log(proc.config, 2)
    assert [e["status"] for e in entries] == ["filed", "duplicate"]
    assert entries[1]["channel"] == "smtp" and entries[1]["duplicate_of"] == ["ICR-2026-0001"]
