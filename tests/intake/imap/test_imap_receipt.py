"""Receipt time over IMAP, against a real Dovecot: a report held up at the organisation's MX
is timed by the MX's acceptance, not by the later INTERNALDATE of the mailbox delivery."""

from __future__ import annotations

import datetime as dt

import pytest

from ingestd.intake.imap import poll_once
from ingestd.service import build_services
from ingestd.storage import repository
from ingestd.storage.repository import LogFilter
from tests.intake.smtp.test_receipt_time import postfix_received

from .conftest import Account, imap_toml, make_message

UTC = dt.timezone.utc
MX_ACCEPTED = dt.datetime(2026, 3, 1, 23, 50, 0, tzinfo=UTC)  # before midnight: day 7
DELIVERED = dt.datetime(2026, 3, 2, 9, 15, 0, tzinfo=UTC)  # INTERNALDATE, after the outage: day 8


@pytest.mark.parametrize("trusted, received_at, source", [
    ('["10.1.2.3"]', "2026-03-01T23:50:00Z", "relay"),
    ("[]", "2026-03-02T09:15:00Z", "internaldate"),
])
def test_mail_held_up_at_a_trusted_mx_is_timed_by_the_mx(make_config, imap_account: Account, trusted,
                                                          received_at, source) -> None:
    # Topmost: the mailbox server's own header, saying the trusted MX (10.1.2.3) handed it over;
    # below it: the MX's header, written when it accepted the mail from the committee.
    raw = postfix_received(DELIVERED, peer="10.1.2.3") + postfix_received(MX_ACCEPTED) + make_message()
    imap_account.append(raw, when=DELIVERED)
    config = make_config(extra=imap_toml(imap_account) + f"\n[smtp]\ntrusted_relays = {trusted}\n")
    services = build_services(config)

    result = poll_once(config, services)

    assert result.recorded == 1
    [entry] = repository.intake_log(services.sessions, LogFilter())
    assert (entry["received_at"], entry["received_source"]) == (received_at, source)
