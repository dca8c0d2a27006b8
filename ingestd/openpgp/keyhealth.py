"""Key health: warn ahead of the expiry of the keys the daemon depends on.

An expired intake key makes every encrypted report undecryptable; an expired signing key turns
a CPC's signatures into ``expired-key``; an expired archive key stops originals being stored.
The scheduled job and the CLI call ``check_key_health`` and alert on what it returns.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from ingestd.config.schema import CpcEntry
from ingestd.openpgp.gpg import Gpg
from ingestd.openpgp.keys import KeyBlock, list_keys

log = logging.getLogger("ingestd.security")

_USAGE = {"intake": "e", "signing": "s", "archive": "e"}


@dataclass(frozen=True)
class KeyWarning:
    """A key that expires within the warning window, has expired, or (``missing``) is absent."""

    fingerprint: str
    role: str  # "intake" | "signing" | "archive"
    expires_at: datetime | None
    expired: bool
    missing: bool = False


def check_key_health(gpg: Gpg, cpcs: Iterable[CpcEntry], archive_recipients: Sequence[str],
                     warn_days: int, now: datetime) -> list[KeyWarning]:
    """Warnings for intake keys (every secret key in the home), registered signing keys and
    archive keys that expire within ``warn_days`` of ``now`` (timezone-aware) or are missing.

    A key's effective expiry is the earlier of its primary key's and the last expiry among the
    keys able to do its job (an encryption subkey for intake and archive, a signing key for
    signing): a primary valid for years with an encryption subkey expiring next week is a
    warning.
    """
    if not gpg.usable:
        return []
    warnings: list[KeyWarning] = []
    for block in list_keys(gpg, secret=True):
        warnings += _judge(block, "intake", warn_days, now)
    signing = sorted({fpr.upper() for cpc in cpcs for fpr in cpc.signing_keys})
    for role, fingerprints in (("signing", signing), ("archive", [r.upper() for r in archive_recipients])):
        for fingerprint in fingerprints:
            blocks = [b for b in list_keys(gpg, secret=False, pattern=fingerprint)
                      if b.primary.fingerprint == fingerprint]
            if not blocks:
                warnings.append(KeyWarning(fingerprint, role, None, expired=False, missing=True))
                continue
            warnings += _judge(blocks[0], role, warn_days, now)
    for warning in warnings:
        log.warning("openpgp: %s key %s %s (expires %s)", warning.role, warning.fingerprint,
                    "missing" if warning.missing else "expired" if warning.expired else "expiring",
                    warning.expires_at.isoformat() if warning.expires_at else "-")
    return warnings


def _judge(block: KeyBlock, role: str, warn_days: int, now: datetime) -> list[KeyWarning]:
    expires_at = effective_expiry(block, _USAGE[role])
    if expires_at is None or expires_at - now > timedelta(days=warn_days):
        return []
    return [KeyWarning(block.primary.fingerprint, role, expires_at, expired=expires_at <= now)]


def effective_expiry(block: KeyBlock, usage: str) -> datetime | None:
    capable = block.capable(usage)
    candidates = [block.primary.expires_at]
    if capable:
        expiries = [key.expires_at for key in capable]
        candidates.append(None if None in expiries else max(e for e in expiries if e is not None))
    else:
        # Nothing can do the job any more: report it as expired at the primary's expiry, or as long expired.
        return block.primary.expires_at or datetime.min.replace(tzinfo=timezone.utc)
    dated = [c for c in candidates if c is not None]
    return min(dated) if dated else None

