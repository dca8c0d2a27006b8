"""The team's digest: what came in on the last working day(s) and what needs a person.

Scheduled Monday to Friday at ``[notify] digest_time`` (``[deadline] timezone``, Europe/London
by default) and sent to ``[notify] team_address``. It covers the calendar days since the previous
working day began: on Tuesday to Friday that is yesterday; on Monday it is Friday, Saturday
and Sunday, so nothing received over a weekend is left out. Bank holidays are not known to
ingestd; a digest on the day after one simply covers one working day less.

Contents: messages received, reports filed by type, held and duplicate counts; late reports
and reports whose ratification date was not found (by reference and committee); every held
message whose original is still waiting for a person (by intake id and reason); keys about to
expire. Nothing when there is nothing to say. A digest is queued once per day (its key is the
date), however often the job or ``ingestd digest`` runs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ingestd.outbound import compose, wording
from ingestd.storage import notices
from ingestd.storage.models import MessageRow, ReportRow

if TYPE_CHECKING:  # the service module imports this one
    from ingestd.service import Services

log = logging.getLogger("ingestd.notices")

WAITING = ("quarantined", "no_report")


def period_for(today: date) -> tuple[date, date]:
    """[first, last] calendar days the digest of ``today`` covers (the previous working day on)."""
    first = today - timedelta(days=1)
    while first.weekday() >= 5:
        first -= timedelta(days=1)
    return first, today - timedelta(days=1)


@dataclass(frozen=True)
class Digest:
    today: date
    first: date
    last: date
    context: dict[str, object]

    @property
    def empty(self) -> bool:
        c = self.context
        return not (c["received"]["messages"] or c["late"] or c["unknown"] or c["waiting"]  # type: ignore[index]
                    or c["key_warnings"])


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def collect(services: Services, today: date) -> Digest:
    from ingestd.status import key_warnings

    config = services.config
    tz = ZoneInfo(config.deadline.timezone)
    first, last = period_for(today)
    start = datetime.combine(first, time(0), tz).astimezone(timezone.utc)
    end = datetime.combine(today, time(0), tz).astimezone(timezone.utc)

    def local(value: datetime) -> str:
        return wording.day_month(_aware(value).astimezone(tz).date(), today)

    with services.sessions() as session:
        messages = list(session.scalars(select(MessageRow).where(
            MessageRow.received_at >= start, MessageRow.received_at < end)))
        reports = list(session.scalars(select(ReportRow).where(
            ReportRow.received_at >= start, ReportRow.received_at < end, ReportRow.withdrawn.is_(False))
            .order_by(ReportRow.reference)))
        held_rows = list(session.scalars(select(MessageRow).where(
            MessageRow.status.in_(WAITING), MessageRow.archived.is_(True)).order_by(MessageRow.received_at)))
    # Waiting for a person: its original is still in the quarantine (not discarded, purged or reprocessed).
    waiting_rows = [m for m in held_rows if services.quarantine.find(m.intake_id) is not None]
    by_type = {t: sum(1 for r in reports if r.doc_type == t) for t in wording.TYPE_NAMES}

    def report_item(r: ReportRow) -> dict[str, object]:
        return {"reference": r.reference, "type_name": wording.TYPE_NAMES.get(r.doc_type, r.doc_type), "cpc": r.cpc,
                "due_by": wording.day_month(r.due_by, today) if r.due_by else None, "days_late": r.days_late,
                "received_on": local(r.received_at)}

    context: dict[str, object] = {
        "today": today.isoformat(),
        "period": (f"on {wording.day_month(first, today)}" if first == last
                   else f"from {wording.day_month(first, today)} to {wording.day_month(last, today)}"),
        "received": {
            "messages": len(messages),
            "filed": len(reports),
            "held": sum(1 for m in messages if m.status in WAITING),
            "duplicates": sum(1 for m in messages if m.status == "duplicate"),
            "by_type": by_type,
        },
        "late": [report_item(r) for r in reports if r.timeliness == "late"],
        "unknown": [report_item(r) for r in reports if r.timeliness == "unknown"],
        "waiting": [{"intake_id": m.intake_id, "reason_code": m.reason or m.status,
                     "reason": wording.held_reason(m.reason), "received_on": local(m.received_at)}
                    for m in waiting_rows],
        "key_warnings": key_warnings(services),
    }
    return Digest(today=today, first=first, last=last, context=context)


def local_today(services: Services) -> date:
    config = services.config
    return services.clock().astimezone(ZoneInfo(config.deadline.timezone)).date()


def render(services: Services, digest: Digest) -> compose.Rendered:
    return compose.render(services.config.notify, "digest.txt.j2", digest.context)


def queue_digest(services: Services, today: date | None = None) -> str:
    """Queue today's digest unless there is nothing to say or it is queued already. Returns what happened."""
    config = services.config
    if not config.notify.enabled or not config.notify.team_address:
        return "no digest: [notify] smarthost and team_address are not both set"
    today = today or local_today(services)
    key = f"digest:{today.isoformat()}"
    if notices.exists(services.sessions, key):
        return f"digest for {today} already queued"
    digest = collect(services, today)
    if digest.empty:
        log.info("digest for %s: nothing to report, nothing sent", today)
        return f"digest for {today}: nothing to report"
    rendered = render(services, digest)
    message_id = compose.new_message_id(config.notify)
    now = services.clock()
    content = compose.build(config.notify, kind="digest", to=config.notify.team_address, rendered=rendered,
                            message_id=message_id, date=now)
    c = digest.context
    summary = (f"digest {today}: {c['received']['messages']} received, {len(c['late'])} late, "  # type: ignore[index,arg-type]
               f"{len(c['unknown'])} unknown date, {len(c['waiting'])} waiting")  # type: ignore[arg-type]
    if notices.enqueue(services.sessions, notices.NewNotice(
            notice_key=key, kind="digest", message_id=message_id, recipient=config.notify.team_address,
            content=content, summary=summary), now):
        log.info("digest for %s queued", today)
        return f"digest for {today} queued"
    return f"digest for {today} already queued"
