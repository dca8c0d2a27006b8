"""web.auditlimit: anonymous refusals, one row a minute per address and reason (a clock seam)."""

from __future__ import annotations

from ingestd.storage import accounts as store
from ingestd.storage.db import open_database
from ingestd.web.auditlimit import WINDOW, AnonymousAudit


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_refusals_are_counted_in_one_row_a_minute_per_address_and_reason(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'audit.sqlite3'}")
    clock = Clock()
    limit = AnonymousAudit(db, clock=clock)
    for _ in range(3):
        limit.record("192.0.2.1", "refused", "anonymous", target="/")
    limit.record("192.0.2.2", "refused", "anonymous", target="/")
    limit.record("192.0.2.1", "refused", "csrf", target="/logout")
    clock.now += WINDOW  # a new minute: a new row
    limit.record("192.0.2.1", "refused", "anonymous", target="/attention")
    rows, total = store.audit_entries(db)
    assert total == 4
    assert [(r["address"], r["detail"]) for r in rows] == [
        ("192.0.2.1", "anonymous; 3 times in the minute from this address"), ("192.0.2.2", "anonymous"),
        ("192.0.2.1", "csrf"), ("192.0.2.1", "anonymous")]
    assert rows[-1]["target"] == "/attention" and all(r["username"] is None for r in rows)
    assert len(limit._open) == 1  # the last minute's only: memory does not grow with old addresses
