"""Key health (issue 5 item 7): warn before intake, signing and archive keys expire."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from ingestd.config.schema import CpcEntry, GpgConfig
from ingestd.openpgp import Gpg, KeyWarning, check_key_health

from .conftest import Keys, gnupg


def intake_expiry(keys: Keys) -> datetime:
    listed = gnupg.GPG(gnupghome=str(keys.intake_home)).list_keys(secret=True)
    assert len(listed) == 1
    return datetime.fromtimestamp(int(listed[0]["expires"]), tz=timezone.utc)


def test_quiet_when_nothing_expires_soon(keys: Keys, gpg: Gpg) -> None:
    cpcs = [CpcEntry(name="Test CPC", signing_keys=(keys.registered,))]
    now = datetime.now(timezone.utc)
    assert check_key_health(gpg, cpcs, [keys.archive], 30, now) == []


def test_intake_key_warns_inside_the_window_and_then_expires(keys: Keys, gpg: Gpg) -> None:
    expires = intake_expiry(keys)
    assert check_key_health(gpg, [], [], 30, expires - timedelta(days=31)) == []
    soon = check_key_health(gpg, [], [], 30, expires - timedelta(days=29))
    assert soon == [KeyWarning(keys.intake, "intake", expires, expired=False)]
    late = check_key_health(gpg, [], [], 30, expires + timedelta(days=1))
    assert [(w.role, w.expired) for w in late] == [("intake", True)]


def test_expired_registered_signing_key_and_missing_keys(keys: Keys, gpg: Gpg) -> None:
    cpcs = [CpcEntry(name="Test CPC", signing_keys=(keys.registered, keys.expired, keys.unknown))]
    warnings = check_key_health(gpg, cpcs, [keys.archive, "F" * 40], 30, datetime.now(timezone.utc))
    by_key = {w.fingerprint: w for w in warnings}
    assert by_key[keys.expired].role == "signing" and by_key[keys.expired].expired
    expired_at = by_key[keys.expired].expires_at
    assert expired_at is not None and abs(expired_at - datetime(2021, 1, 1, tzinfo=timezone.utc)) < timedelta(days=2)
    assert by_key[keys.unknown].missing and by_key["F" * 40].missing and by_key["F" * 40].role == "archive"
    assert keys.registered not in by_key and keys.archive not in by_key


def test_no_home_no_warnings() -> None:
    assert check_key_health(Gpg(GpgConfig()), [], [], 30, datetime.now(timezone.utc)) == []
