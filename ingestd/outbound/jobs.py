"""The daemon's notice jobs: delivery every few seconds, the digest on working-day mornings.

Both call the same service functions as ``ingestd notices send`` and ``ingestd digest``.
"""

from __future__ import annotations

import logging
from typing import Any

from ingestd.outbound import deliver, digest

log = logging.getLogger("ingestd.notify")

DELIVER_EVERY_SECONDS = 5
#: a digest missed because the daemon was down is still sent if it starts within this time
DIGEST_GRACE_SECONDS = 6 * 3600


def add_notice_jobs(daemon: Any) -> None:
    """Register the jobs on ``daemon.scheduler`` (an APScheduler ``BackgroundScheduler``)."""
    config = daemon.config
    if not config.notify.enabled:
        return
    deliver.recover(daemon.services)
    daemon.add_job(lambda: deliver.deliver_due(daemon.services), seconds=DELIVER_EVERY_SECONDS,
                   job_id="notices-deliver")
    if not config.notify.team_address:
        return
    hour, minute = (int(part) for part in config.notify.digest_time.split(":"))

    def digest_job() -> None:
        try:
            digest.queue_digest(daemon.services)
            deliver.deliver_due(daemon.services)
        except Exception as exc:  # noqa: BLE001 - logged; tomorrow's run (or 'ingestd digest') tries again
            log.error("scheduled job digest failed: %s", exc.__class__.__name__)

    daemon.scheduler.add_job(digest_job, "cron", day_of_week="mon-fri", hour=hour, minute=minute,
                             timezone=config.deadline.timezone, id="digest", max_instances=1, coalesce=True,
                             misfire_grace_time=DIGEST_GRACE_SECONDS, replace_existing=True)
