"""SIGHUP reaches the IMAP poller: it files with the new committee directory, not the old one."""

from __future__ import annotations

from ingestd.daemon import Daemon
from ingestd.intake.imap import ImapPoller
from ingestd.service import build_services
from ingestd.storage import repository
from ingestd.storage.repository import LogFilter
from tests.factories import make_docx
from tests.messages import DOCX_TYPE, build_message, icr_text
from tests.waiting import wait_until

from .conftest import Account, imap_toml

FIFE_ONLY = """
[[cpc]]
name = "Fife Child Protection Committee"
sender_domains = ["fife.gov.uk"]
"""
WITH_GLASGOW = FIFE_ONLY + """
[[cpc]]
name = "Glasgow Child Protection Committee"
sender_domains = ["glasgow.gov.uk"]
"""


def test_reload_gives_the_running_poller_the_new_directory(make_config, imap_account: Account) -> None:
    imap = imap_toml(imap_account, idle=False, poll_interval=1)
    before = make_config(extra=imap, cpcs=FIFE_ONLY)
    daemon = Daemon(before)
    daemon.services = build_services(before)
    daemon.imap = ImapPoller(before, daemon.services)
    make_config(extra=imap, cpcs=WITH_GLASGOW)  # the operator edits the file, then 'systemctl reload'
    daemon.reload()
    daemon.imap.start()
    try:
        imap_account.append(build_message([(make_docx(icr_text()), "icr.docx", DOCX_TYPE)],
                                          sender="cpc@glasgow.gov.uk"))
        entries = wait_until(lambda: repository.intake_log(daemon.services.sessions, LogFilter()),
                             what="the IMAP message in the intake log")
    finally:
        daemon.imap.stop()
    assert [e["cpc"] for e in entries] == ["Glasgow Child Protection Committee"]
    assert entries[0]["status"] == "filed"
