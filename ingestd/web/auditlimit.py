"""Audit rows for requests from nobody, bounded: at most one row a minute per address and reason.

A refused anonymous request (no session, a form without its token, a single sign-on name with
no account, a failed Basic login for a name that is no account) is worth knowing about, but a
scanner can send thousands a minute, and one row each would let it fill the database's disk.
So the first such request from an address, for a given action and reason, writes a row; the
others within ``WINDOW`` only raise that row's count ("anonymous; 37 times in the minute from
this address"). Requests for an account are audited one by one, as before.

The counts live in this process's memory (the web app is one process); entries older than
the window are dropped on each call, so the memory is bounded by the addresses of one minute.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any, Callable

from ingestd.storage import accounts as store

WINDOW = 60.0  # seconds


@dataclass
class _Open:
    row_id: int
    started: float
    count: int


class AnonymousAudit:
    def __init__(self, sessions_db: Any, clock: Callable[[], float] = time.monotonic) -> None:
        self.db = sessions_db
        self.clock = clock
        self._open: dict[tuple[str, str, str], _Open] = {}
        self._lock = threading.Lock()

    def record(self, address: str, action: str, detail: str, *, target: str | None = None) -> None:
        now = self.clock()
        key = (address, action, detail)
        with self._lock:
            for stale in [k for k, v in self._open.items() if now - v.started >= WINDOW]:
                del self._open[stale]
            current = self._open.get(key)
            if current is not None:
                current.count += 1
                count, row_id = current.count, current.row_id
            else:
                row_id = store.audit(self.db, action, username=None, address=address, target=target,
                                     outcome="refused", detail=detail)
                self._open[key] = _Open(row_id=row_id, started=now, count=1)
                return
        store.set_audit_detail(self.db, row_id, f"{detail}; {count} times in the minute from this address")
