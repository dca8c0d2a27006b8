"""Where raw originals are kept: the quarantine and the archive under the data dir.

Both hold one file per message, named by intake id (never by anything the sender chose),
written durably with mode 0600 in 0700 directories. When ``[archive] recipients`` names
OpenPGP keys, every original is encrypted to them before it touches the disk (``.eml.gpg``)
and the daemon holds no key that can read it back. Without archive keys, quarantined
messages are still kept (nothing is ever lost) as plaintext 0600 files, and filed messages'
originals are not kept at all; ``ingestd check-config`` warns about that set-up.

A small JSON sidecar records the reason code and dates, never content.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ingestd.spool import write_durably

log = logging.getLogger("ingestd.security")

Encryptor = Callable[[bytes], bytes]


@dataclass(frozen=True)
class StoredOriginal:
    intake_id: str
    path: Path
    encrypted: bool
    reason: str | None
    stored_at: datetime
    reference: str | None = None


class OriginalStore:
    """One directory of originals (``quarantine/`` or ``archive/``)."""

    def __init__(self, directory: Path, encrypt: Encryptor | None) -> None:
        self.directory = directory
        self.encrypt = encrypt
        self.tmp_dir = directory / ".tmp"

    @property
    def encrypted(self) -> bool:
        return self.encrypt is not None

    def _ensure(self) -> None:
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.tmp_dir.mkdir(mode=0o700, exist_ok=True)

    def put(self, intake_id: str, raw: bytes, *, reason: str | None = None,
            reference: str | None = None) -> StoredOriginal:
        self._ensure()
        self.remove(intake_id)
        if self.encrypt is not None:
            data, name = self.encrypt(raw), f"{intake_id}.eml.gpg"
        else:
            data, name = raw, f"{intake_id}.eml"
        stored_at = datetime.now(timezone.utc)
        sidecar = {"reason": reason, "stored_at": stored_at.isoformat(), "encrypted": self.encrypted,
                   "reference": reference}
        write_durably(self.directory, f"{intake_id}.json", json.dumps(sidecar).encode(), self.tmp_dir)
        path = write_durably(self.directory, name, data, self.tmp_dir)
        log.info("original stored id=%s dir=%s encrypted=%s size=%d", intake_id, self.directory.name,
                 self.encrypted, len(data))
        return StoredOriginal(intake_id, path, self.encrypted, reason, stored_at, reference)

    def find(self, intake_id: str) -> StoredOriginal | None:
        for name, encrypted in ((f"{intake_id}.eml.gpg", True), (f"{intake_id}.eml", False)):
            path = self.directory / name
            if path.exists():
                meta = self._sidecar(intake_id)
                stored_at = meta.get("stored_at")
                return StoredOriginal(
                    intake_id, path, encrypted, meta.get("reason"),
                    datetime.fromisoformat(stored_at) if stored_at else
                    datetime.fromtimestamp(path.stat().st_mtime, timezone.utc),
                    meta.get("reference"))
        return None

    def _sidecar(self, intake_id: str) -> dict:
        try:
            return json.loads((self.directory / f"{intake_id}.json").read_text())
        except (OSError, ValueError):
            return {}

    def all(self) -> list[StoredOriginal]:
        if not self.directory.exists():
            return []
        ids = sorted({p.name.split(".", 1)[0] for p in self.directory.glob("*.eml*")})
        return [s for s in (self.find(i) for i in ids) if s is not None]

    def remove(self, intake_id: str) -> bool:
        removed = False
        for name in (f"{intake_id}.eml.gpg", f"{intake_id}.eml", f"{intake_id}.json"):
            path = self.directory / name
            if path.exists():
                path.unlink()
                removed = True
        return removed

    def count(self) -> int:
        return len(self.all())
