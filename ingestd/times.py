"""One printed form for moments: ISO 8601 in UTC with ``Z`` (``2026-11-06T09:00:00Z``).

SQLite hands back naive datetimes and PostgreSQL aware ones; every command, on both
backends, prints moments through ``utc_z`` so scripts see one format.
"""

from __future__ import annotations

from datetime import datetime, timezone


def aware(value: datetime) -> datetime:
    """Naive values from the database are UTC (we only ever store UTC)."""
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def utc_z(value: datetime | None, *, timespec: str = "seconds") -> str | None:
    if value is None:
        return None
    return aware(value).astimezone(timezone.utc).isoformat(timespec=timespec).replace("+00:00", "Z")
