"""``ingestd status``: what an operator checks first (no message content, only counts and times)."""

from __future__ import annotations

from datetime import datetime, timezone

from ingestd.storage import repository
from ingestd.storage.notices import count_by_state


def collect_status(services, now: datetime | None = None) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Spool depth, age of the oldest spooled message, last processed time, quarantine count,
    outgoing notices waiting and given up, key warnings.

    Values are JSON-ready: ints, floats, ISO 8601 strings (UTC), or None when there is none.
    """
    now = now or services.clock()
    depth, oldest_age = services.spool.stats(now)
    last = repository.last_processed_at(services.sessions)
    counts = repository.count_by_status(services.sessions)
    notices = count_by_state(services.sessions)
    return {
        "spool_depth": depth,
        "oldest_spooled_age_seconds": None if oldest_age is None else round(oldest_age, 1),
        "last_processed_at": None if last is None else
        last.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "quarantined": counts.get("quarantined", 0),
        "messages_total": sum(counts.values()),
        "notices_queued": notices["queued"] + notices["sending"],
        "notices_failed": notices["failed"],
        "key_warnings": key_warnings(services, now),
    }


def key_warnings(services, now: datetime | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """One line per intake, signing or archive key that expires within
    ``[gpg] key_expiry_warning_days``, has expired, or is missing from the keyring. The daemon
    runs this daily (each warning is also logged); ``ingestd status`` shows it."""
    from ingestd.openpgp import check_key_health

    if services.gpg is None:
        return []
    now = now or services.clock()
    config = services.config
    found = check_key_health(services.gpg, config.cpcs, config.archive.recipients,
                             config.gpg.key_expiry_warning_days, now)
    lines = []
    for warning in found:
        if warning.missing:
            state = "missing from the keyring"
        elif warning.expired:
            state = f"expired {warning.expires_at:%Y-%m-%d}"
        else:
            state = f"expires {warning.expires_at:%Y-%m-%d}"
        lines.append(f"{warning.role} key {warning.fingerprint}: {state}")
    return lines
