"""The durable queue of outgoing notices (table ``outgoing_notices``).

States::

    queued --claim--> sending --250--> sent
      ^                  |  \\--5xx or retried too long--> failed
      \\---4xx, connection, tls, auth (with back-off)---/

Every change is its own committed transaction, so the queue says after a crash exactly what
was known: a notice is ``queued`` (not yet tried, or due again), ``sending`` (handed to the
relay, its 250 not yet recorded), ``sent`` or ``failed``. ``claim`` is a conditional UPDATE,
so two delivery passes (the daemon and ``ingestd notices send``) never take the same notice.
On ``sent`` and ``failed`` the recipient address and the rendered message are set to NULL:
the anonymised store keeps no e-mail address once a notice has been dealt with.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ingestd.storage.models import NoticeRow

STATES = ("queued", "sending", "sent", "failed")


@dataclass(frozen=True)
class NewNotice:
    notice_key: str
    kind: str
    message_id: str
    recipient: str
    content: bytes
    summary: str
    intake_id: str | None = None
    recipient_hmac: str | None = None


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def enqueue(sm: sessionmaker[Session], notice: NewNotice, now: datetime) -> bool:
    """Queue ``notice``; False if one with the same ``notice_key`` exists (queued once, ever)."""
    with sm() as session:
        session.add(_row(notice, now))
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return False
    return True


def enqueue_ack(sm: sessionmaker[Session], notice: NewNotice, now: datetime, since: datetime) -> str:
    """Queue an acknowledgement unless its sender had one at or after ``since``.

    Returns ``queued``, ``rate-limited`` or ``exists``. The check and the insert are one
    transaction, serialised per sender: SQLite transactions here are ``BEGIN IMMEDIATE`` (one
    writer at a time), and on PostgreSQL a transaction-scoped advisory lock on the address hash
    makes two workers acknowledging the same sender at the same moment take turns.
    """
    assert notice.recipient_hmac is not None
    with sm() as session:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                            {"key": int(notice.recipient_hmac[:15], 16)})
        recent = session.scalars(select(NoticeRow.id).where(
            NoticeRow.kind == "ack", NoticeRow.recipient_hmac == notice.recipient_hmac,
            NoticeRow.created_at >= since).limit(1)).first()
        if recent is not None:
            session.rollback()
            return "rate-limited"
        session.add(_row(notice, now))
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return "exists"
    return "queued"


def _row(notice: NewNotice, now: datetime) -> NoticeRow:
    return NoticeRow(
        notice_key=notice.notice_key, kind=notice.kind, intake_id=notice.intake_id,
        message_id=notice.message_id, recipient=notice.recipient, recipient_hmac=notice.recipient_hmac,
        content=notice.content, summary=notice.summary[:500], state="queued", attempts=0,
        created_at=now, next_attempt_at=now,
    )


def exists(sm: sessionmaker[Session], notice_key: str) -> bool:
    with sm() as session:
        return session.scalars(select(NoticeRow.id).where(NoticeRow.notice_key == notice_key)).first() is not None


def forget_hashes(sm: sessionmaker[Session], before: datetime) -> int:
    """Drop the address hash of notices dealt with and older than ``before``: the rate limit no
    longer needs it, and an address hash kept for ever would be a pseudonymous trail."""
    with sm() as session:
        result = session.execute(update(NoticeRow).where(
            NoticeRow.recipient_hmac.is_not(None), NoticeRow.created_at < before,
            NoticeRow.state.in_(("sent", "failed"))).values(recipient_hmac=None))
        session.commit()
        return int(result.rowcount)  # type: ignore[attr-defined]


def due(sm: sessionmaker[Session], now: datetime, limit: int = 100) -> list[int]:
    with sm() as session:
        return list(session.scalars(select(NoticeRow.id).where(
            NoticeRow.state == "queued", NoticeRow.next_attempt_at <= now).order_by(NoticeRow.id).limit(limit)))


def claim(sm: sessionmaker[Session], notice_id: int, now: datetime) -> NoticeRow | None:
    """Mark one due notice ``sending`` (attempts + 1) and return it; None if someone else has it."""
    with sm() as session:
        result = session.execute(
            update(NoticeRow)
            .where(NoticeRow.id == notice_id, NoticeRow.state == "queued", NoticeRow.next_attempt_at <= now)
            .values(state="sending", attempts=NoticeRow.attempts + 1)
        )
        session.commit()
        if result.rowcount != 1:  # type: ignore[attr-defined]  # a CursorResult for UPDATE
            return None
        return session.get(NoticeRow, notice_id)


def mark_sent(sm: sessionmaker[Session], notice_id: int, code: str, now: datetime) -> None:
    _finish(sm, notice_id, "sent", code, None, now)


def mark_failed(sm: sessionmaker[Session], notice_id: int, code: str, reason: str, now: datetime) -> None:
    _finish(sm, notice_id, "failed", code, reason, now)


def _finish(sm: sessionmaker[Session], notice_id: int, state: str, code: str, reason: str | None,
            now: datetime) -> None:
    with sm() as session:
        session.execute(update(NoticeRow).where(NoticeRow.id == notice_id).values(
            state=state, recipient=None, content=None, finished_at=now, last_code=code[:32],
            last_reason=reason[:200] if reason else None))
        session.commit()


def mark_retry(sm: sessionmaker[Session], notice_id: int, code: str, reason: str, next_attempt_at: datetime) -> None:
    with sm() as session:
        session.execute(update(NoticeRow).where(NoticeRow.id == notice_id).values(
            state="queued", next_attempt_at=next_attempt_at, last_code=code[:32], last_reason=reason[:200]))
        session.commit()


def release(sm: sessionmaker[Session], notice_id: int) -> None:
    """Give a claimed notice back untried (the pass stopped before its turn); the attempt is not counted."""
    with sm() as session:
        session.execute(update(NoticeRow).where(NoticeRow.id == notice_id, NoticeRow.state == "sending")
                        .values(state="queued", attempts=NoticeRow.attempts - 1))
        session.commit()


def recover(sm: sessionmaker[Session]) -> list[int]:
    """At daemon start: notices left ``sending`` by a crash go back to ``queued`` (same Message-ID)."""
    with sm() as session:
        ids = list(session.scalars(select(NoticeRow.id).where(NoticeRow.state == "sending")))
        if ids:
            session.execute(update(NoticeRow).where(NoticeRow.id.in_(ids)).values(state="queued"))
            session.commit()
        return ids


def listing(sm: sessionmaker[Session], states: Sequence[str] = STATES) -> list[dict[str, object]]:
    """What ``ingestd notices list`` prints: no address, no content."""
    with sm() as session:
        rows = session.scalars(select(NoticeRow).where(NoticeRow.state.in_(list(states))).order_by(NoticeRow.id))
        return [{
            "id": row.id,
            "kind": row.kind,
            "state": row.state,
            "summary": row.summary,
            "intake_id": row.intake_id,
            "attempts": row.attempts,
            "created_at": _iso(row.created_at),
            "next_attempt_at": _iso(row.next_attempt_at) if row.state == "queued" else None,
            "finished_at": _iso(row.finished_at),
            "last_code": row.last_code,
            "last_reason": row.last_reason,
            "message_id": row.message_id,
        } for row in rows]


def _iso(value: datetime | None) -> str | None:
    value = _aware(value)
    return None if value is None else value.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def count_by_state(sm: sessionmaker[Session]) -> dict[str, int]:
    """Notices per state, for ``ingestd status`` and monitoring (every state present, 0 if none)."""
    from sqlalchemy import func, select

    with sm() as session:
        found = dict(session.execute(select(NoticeRow.state, func.count()).group_by(NoticeRow.state)).all())
    return {state: int(found.get(state, 0)) for state in STATES}
