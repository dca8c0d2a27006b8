"""Destroying originals on schedule: the records policy's retention period.

Called by ``ingestd purge`` and by the daemon's daily APScheduler job (one service function
for both). Each destruction is logged and recorded as an intake event by reference (or intake
id when the message produced no report) and date - never by anything from the message.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

from ingestd.storage import repository

log = logging.getLogger("ingestd.security")


def purge(services, now: datetime | None = None, *, dry_run: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
    """Remove archived and quarantined originals older than ``[archive] retention_days``.

    Returns one label per original (its references or intake id, the store and the date it
    was stored). With ``dry_run`` nothing is removed or recorded: the list says what would go.
    """
    now = now or datetime.now(timezone.utc)
    cutoff = now - timedelta(days=services.config.archive.retention_days)
    destroyed: list[str] = []
    stores = [("quarantine", services.quarantine)]
    if services.archive is not None:
        stores.append(("archive", services.archive))
    for label, store in stores:
        for original in store.all():
            if original.stored_at >= cutoff:
                continue
            message = repository.find_message(services.sessions, original.intake_id)
            refs = repository.references_of(services.sessions, message.id) if message else []
            label_ref = ",".join(refs) or original.intake_id
            if dry_run:
                destroyed.append(f"{label_ref} ({label}, stored {original.stored_at.date().isoformat()})")
                continue
            store.remove(original.intake_id)
            log.info("destroyed original %s from %s stored %s", label_ref, label, original.stored_at.date())
            repository.add_event(services.sessions, "purged", intake_id=original.intake_id,
                                 reference=refs[0] if refs else None,
                                 detail=f"store={label} stored_on={original.stored_at.date().isoformat()}")
            destroyed.append(label_ref)
    return destroyed
