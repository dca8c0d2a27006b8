"""Delivery: take due notices from the queue and hand them to the relay, one attempt each.

``deliver_due`` is what the daemon runs every few seconds and what ``ingestd notices send``
runs once. Per notice: ``claim`` (committed: state ``sending``, attempts + 1), send, then
record the relay's verdict (committed):

* ``250`` -> ``sent``; address and message cleared.
* ``RelayRejected`` (5xx) -> ``failed`` with the reply code, logged; address and message cleared.
* ``RelayError`` (4xx, connection, TLS, login) -> ``queued`` again after a back-off of
  ``[notify] retry_initial`` doubling per attempt up to ``RETRY_MAX``; once a notice has waited longer than
  ``[notify] retry_for`` it is ``failed`` as ``expired``.

A crash can leave a notice ``sending``. ``recover`` (at daemon start) puts it back to
``queued`` with its Message-ID unchanged: if the crash fell in the one window where that can
matter (the relay said 250, our commit did not happen), the resend carries the Message-ID the
recipient's mail system already has. Nothing is lost; nothing is sent twice outside that window.
"""

from __future__ import annotations

import logging
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from ingestd.config.schema import NotifyConfig
from ingestd.errors import RelayError, RelayRejected
from ingestd.outbound.relay import Relay, RelaySession
from ingestd.storage import notices
from ingestd.storage.models import NoticeRow

if TYPE_CHECKING:  # the service module imports this one
    from ingestd.service import Services

log = logging.getLogger("ingestd.notices")

RETRY_MAX = timedelta(hours=1)


@dataclass
class DeliveryReport:
    sent: list[int] = field(default_factory=list)
    deferred: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)


def backoff(attempts: int, initial_seconds: int) -> timedelta:
    return min(RETRY_MAX, timedelta(seconds=initial_seconds) * (2 ** min(20, max(0, attempts - 1))))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def deliver_due(services: Services, *, relay: Relay | None = None, now: datetime | None = None) -> DeliveryReport:
    config = services.config
    sm = services.sessions
    report = DeliveryReport()
    if not config.notify.enabled:
        return report
    now = (now or services.clock()).astimezone(timezone.utc)
    notices.forget_hashes(sm, now - timedelta(seconds=config.notify.ack_min_interval))
    due = notices.due(sm, now)
    if not due:
        return report
    relay = relay or Relay(config.notify)
    with ExitStack() as stack:
        session: RelaySession | None = None  # opened for the first notice claimed, shared by the rest
        for notice_id in due:
            row = notices.claim(sm, notice_id, now)
            if row is None:
                continue
            assert row.recipient is not None and row.content is not None
            try:
                if session is None:
                    session = stack.enter_context(relay.session())
                code = session.send(row.recipient, row.content)
            except RelayRejected as exc:
                notices.mark_failed(sm, row.id, exc.code, exc.message, now)
                log.error("notice %d (%s) failed: %s: %s", row.id, row.kind, exc.code, exc.message)
                report.failed.append(row.id)
                continue
            except RelayError as exc:
                _defer(sm, row, exc, now, config.notify, report)
                if exc.code in ("connection", "tls", "auth") or exc.code.startswith("421"):
                    break  # the connection is gone: the rest wait, untried, for the next pass
                continue
            notices.mark_sent(sm, row.id, code, now)
            log.info("notice %d (%s) sent: %s %s", row.id, row.kind, code, row.summary)
            report.sent.append(row.id)
    return report


def _defer(sm: sessionmaker[Session], row: NoticeRow, exc: RelayError, now: datetime, cfg: NotifyConfig,
           report: DeliveryReport) -> None:
    retry_for = cfg.retry_for
    delay = backoff(row.attempts, cfg.retry_initial)
    waited = now - _aware(row.created_at)
    if waited + delay > timedelta(seconds=retry_for):
        notices.mark_failed(sm, row.id, "expired", f"retried for {retry_for}s; last: {exc.code}: {exc.message}", now)
        log.error("notice %d (%s) failed: not accepted within %ds (last: %s)", row.id, row.kind, retry_for, exc.code)
        report.failed.append(row.id)
        return
    next_at = now + delay
    notices.mark_retry(sm, row.id, exc.code, exc.message, next_at)
    log.warning("notice %d (%s) deferred: %s: %s; next try at %s", row.id, row.kind, exc.code, exc.message,
                next_at.isoformat(timespec="seconds"))
    report.deferred.append(row.id)


def recover(services: Services) -> int:
    ids = notices.recover(services.sessions)
    for notice_id in ids:
        log.warning("notice %d was being sent when ingestd stopped; it is queued again with the same Message-ID",
                    notice_id)
    return len(ids)
