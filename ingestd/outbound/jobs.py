"""The daemon's notice jobs: delivery every few seconds, the digest on working-day mornings.

Both call the same service functions as ``ingestd notices send`` and ``ingestd digest``.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ingestd.outbound import deliver, digest

log = logging.getLogger("ingestd.notices")

DELIVER_EVERY_SECONDS = 5
#: a digest missed because the daemon was down is still sent if it starts within this time
DIGEST_GRACE_SECONDS = 6 * 3600


SAMPLE_REPORT: dict[str, Any] = {"reference": "ICR-2026-0001", "doc_type": "ICR", "type_name": "Initial Case Review",
                 "cpc": "Sample Child Protection Committee", "ratified_on": None, "due_by": "10 November",
                 "timeliness": "on_time", "days_late": None, "received_on": "6 November",
                 "deadline": "ratified 3 November, due 10 November, received 6 November: on time"}
SAMPLE_ACKS: list[dict[str, Any]] = [
    {"committee": "Sample Child Protection Committee", "received_on": "6 November", "status": "filed",
     "reports": [SAMPLE_REPORT], "duplicate_of": [], "held_reason": None, "reason_code": None},
    {"committee": "Sample Child Protection Committee", "received_on": "6 November", "status": "quarantined",
     "reports": [], "duplicate_of": [], "held_reason": "the message is held", "reason_code": "poison"},
]
SAMPLE_DIGEST: dict[str, Any] = {
    "today": "2026-11-09", "period": "from 6 November to 8 November",
    "received": {"messages": 1, "filed": 1, "held": 1, "duplicates": 0, "by_type": {"ICR": 1, "SCR": 0, "LR": 0}},
    "late": [dict(SAMPLE_REPORT, days_late=2)], "unknown": [SAMPLE_REPORT],
    "waiting": [{"intake_id": "0-smtp-0", "reason_code": "poison", "reason": "held", "received_on": "6 November"}],
    "key_warnings": ["intake key 0000: expires 2026-12-01"],
}


def check_templates(config: Any) -> None:
    """Render both templates with sample data: a broken custom template stops start-up, naming it."""
    from ingestd.outbound import compose

    for context in SAMPLE_ACKS:
        compose.render(config.notify, "ack.txt.j2", context)
    compose.render(config.notify, "digest.txt.j2", SAMPLE_DIGEST)


def add_notice_jobs(daemon: Any) -> None:
    """Register the jobs on ``daemon.scheduler`` (an APScheduler ``BackgroundScheduler``)."""
    config = daemon.config
    if not config.notify.enabled:
        return
    check_templates(config)
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
    if digest_missed(config, daemon.services.clock()):
        log.info("digest time passed while ingestd was not running: queueing today's digest now")
        digest_job()


def digest_missed(config: Any, now: datetime) -> bool:
    """True on a working day within ``DIGEST_GRACE_SECONDS`` after ``digest_time``: the scheduler
    keeps its jobs in memory, so a daemon started then would otherwise skip today's digest (the
    queue's per-day key stops it from going twice if it had gone already)."""
    local = now.astimezone(ZoneInfo(config.deadline.timezone))
    hour, minute = (int(part) for part in config.notify.digest_time.split(":"))
    due = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return local.weekday() < 5 and timedelta(0) <= local - due <= timedelta(seconds=DIGEST_GRACE_SECONDS)
