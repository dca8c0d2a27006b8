"""Read gpg's ``--with-colons`` key listings (GnuPG ``doc/DETAILS``) into small value objects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

from ingestd.errors import CryptoError
from ingestd.openpgp.gpg import Gpg

FINGERPRINT_RE = re.compile(r"\A[0-9A-F]{40}\Z|\A[0-9A-F]{64}\Z")


@dataclass(frozen=True)
class KeyInfo:
    """One primary key or subkey: validity letter, usage letters (lowercase), expiry."""

    fingerprint: str
    validity: str  # "e" expired, "r" revoked, "i" invalid, "d" disabled, ...
    usage: str  # this key's own capabilities: any of "escat"
    expires_at: datetime | None

    @property
    def unusable(self) -> bool:
        return self.validity in ("r", "i", "d") or "D" in self.usage


@dataclass(frozen=True)
class KeyBlock:
    primary: KeyInfo
    subkeys: tuple[KeyInfo, ...]

    def capable(self, usage: str) -> list[KeyInfo]:
        """Keys (primary and subkeys) of this block that can do ``usage`` and are not revoked."""
        return [key for key in (self.primary, *self.subkeys) if usage in key.usage and not key.unusable]


def is_fingerprint(value: str) -> bool:
    """Full v4 (40) or v5/v6 (64) hex fingerprint: short or long key IDs are refused (THREATS J8)."""
    return bool(FINGERPRINT_RE.match(value.upper()))


def list_keys(gpg: Gpg, *, secret: bool, pattern: str | None = None) -> list[KeyBlock]:
    """The key blocks in the home (or matching ``pattern``); an unknown pattern gives []."""
    args = ["--with-colons", "--fixed-list-mode", "--with-fingerprint", "--with-subkey-fingerprint",
            "--list-secret-keys" if secret else "--list-keys"]
    if pattern is not None:
        args.append(pattern)
    run = gpg.run(args)
    if run.returncode != 0 and pattern is None:
        raise CryptoError(f"gpg: cannot list keys (rc={run.returncode})")
    return parse_colons(run.output.decode("utf-8", "replace"))


def parse_colons(listing: str) -> list[KeyBlock]:
    blocks: list[KeyBlock] = []
    primary: KeyInfo | None = None
    subkeys: list[KeyInfo] = []
    pending: list[str] | None = None  # fields of a pub/sub line waiting for its fpr line
    pending_is_primary = False

    def flush() -> None:
        if primary is not None:
            blocks.append(KeyBlock(primary, tuple(subkeys)))

    for line in listing.splitlines():
        fields = line.split(":")
        record = fields[0]
        if record in ("pub", "sec"):
            flush()
            primary, subkeys = None, []
            pending, pending_is_primary = fields, True
        elif record in ("sub", "ssb"):
            pending, pending_is_primary = fields, False
        elif record == "fpr" and pending is not None and len(fields) > 9:
            key = KeyInfo(
                fingerprint=fields[9].upper(),
                validity=pending[1] if len(pending) > 1 else "",
                usage=pending[11] if len(pending) > 11 else "",
                expires_at=_epoch(pending[6] if len(pending) > 6 else ""),
            )
            if pending_is_primary:
                primary = key
            else:
                subkeys.append(key)
            pending = None
    flush()
    return blocks


def _epoch(value: str) -> datetime | None:
    if not value.isdigit():
        return None
    return datetime.fromtimestamp(int(value), tz=timezone.utc)
