"""The reporting deadline: a review must reach the Care Inspectorate within N days of the
Chief Officers Group ratifying its outcome.

Days are calendar days and receipt is judged by the calendar date *in Scotland*: a report
received at 23:30 UTC on a summer evening arrived the next day locally, and the team
reads the deadline as a date, not an instant.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ingestd.config.schema import DeadlineConfig
from ingestd.errors import ConfigError
from ingestd.model import Deadline

ON_TIME, LATE, UNKNOWN = "on_time", "late", "unknown"


def _local_date(received_at: datetime, timezone: str) -> date:
    if received_at.tzinfo is None:
        raise ValueError("received_at must be timezone-aware (UTC)")
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"[deadline] timezone: unknown time zone {timezone!r}") from exc
    return received_at.astimezone(zone).date()


def compute_deadline(doc_type: str, ratified_on: date | None, received_at: datetime,
                     config: DeadlineConfig) -> Deadline:
    """Due date and timeliness of one report.

    ``due_by`` is ``ratified_on`` plus the configured days for ``doc_type``; a report
    received on or before that local date is on time. Without a ratification date the
    timeliness is ``unknown`` rather than a guess.
    """
    if ratified_on is None:
        return Deadline(ratified_on=None, due_by=None, timeliness=UNKNOWN, days_late=None)
    due_by = ratified_on + timedelta(days=config.days_for(doc_type))
    received_on = _local_date(received_at, config.timezone)
    if received_on <= due_by:
        return Deadline(ratified_on=ratified_on, due_by=due_by, timeliness=ON_TIME, days_late=None)
    return Deadline(ratified_on=ratified_on, due_by=due_by, timeliness=LATE, days_late=(received_on - due_by).days)
