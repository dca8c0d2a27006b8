"""Web-app accounts, failed-login records, acknowledgements and the access audit (tables of 0006_web).

Plain queries; the decisions (is this login allowed, is this account locked) are made in
``ingestd.accounts``, which passes the thresholds in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ingestd.errors import NotFound, UsageError
from ingestd.storage.models import AcknowledgementRow, AuditRow, LoginFailureRow, UserRow
from ingestd.times import utc_z

ROLES = ("reviewer", "admin")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class Account:
    """What the web app needs to know of an account; never the hash outside this module's callers."""

    name: str
    role: str
    disabled: bool
    session_epoch: int
    password_hash: str
    created_at: datetime
    last_login_at: datetime | None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _account(row: UserRow) -> Account:
    return Account(name=row.name, role=row.role, disabled=row.disabled, session_epoch=row.session_epoch,
                   password_hash=row.password_hash, created_at=_aware(row.created_at),  # type: ignore[arg-type]
                   last_login_at=_aware(row.last_login_at))


def _find(session: Session, name: str) -> UserRow | None:
    return session.scalar(select(UserRow).where(UserRow.name_key == name.lower()))


def get_account(sm: sessionmaker[Session], name: str) -> Account | None:
    with sm() as session:
        row = _find(session, name)
        return _account(row) if row else None


def list_accounts(sm: sessionmaker[Session]) -> list[Account]:
    with sm() as session:
        return [_account(row) for row in session.scalars(select(UserRow).order_by(UserRow.name_key))]


def count_accounts(sm: sessionmaker[Session]) -> int:
    with sm() as session:
        return session.scalar(select(func.count()).select_from(UserRow)) or 0


def add_account(sm: sessionmaker[Session], name: str, role: str, password_hash: str) -> None:
    now = _now()
    try:
        with sm.begin() as session:
            if _find(session, name) is not None:
                raise UsageError(f"an account named {name!r} exists already (try 'ingestd user passwd {name}')")
            session.add(UserRow(name=name, name_key=name.lower(), role=role, password_hash=password_hash,
                                disabled=False, session_epoch=0, created_at=now, password_changed_at=now))
    except IntegrityError:
        raise UsageError(f"an account named {name!r} exists already (try 'ingestd user passwd {name}')") from None


def _update(sm: sessionmaker[Session], name: str, **changes: Any) -> Account:
    with sm.begin() as session:
        row = _find(session, name)
        if row is None:
            raise NotFound(f"no account named {name!r} (try 'ingestd user list')")
        bump = changes.pop("bump_epoch", False)
        for key, value in changes.items():
            setattr(row, key, value)
        if bump:
            row.session_epoch = (row.session_epoch or 0) + 1
        session.flush()
        return _account(row)


def set_password(sm: sessionmaker[Session], name: str, password_hash: str, *, end_sessions: bool = True) -> Account:
    """New hash; ends the account's sessions unless it is only a rehash on login."""
    return _update(sm, name, password_hash=password_hash, password_changed_at=_now(), bump_epoch=end_sessions)


def set_disabled(sm: sessionmaker[Session], name: str, disabled: bool) -> Account:
    return _update(sm, name, disabled=disabled, bump_epoch=disabled)


def set_role(sm: sessionmaker[Session], name: str, role: str) -> Account:
    return _update(sm, name, role=role, bump_epoch=True)


def end_sessions(sm: sessionmaker[Session], name: str) -> Account:
    """Bump the epoch: every cookie of the account, and any copy of one, stops working (logout)."""
    return _update(sm, name, bump_epoch=True)


def note_login(sm: sessionmaker[Session], name: str) -> None:
    _update(sm, name, last_login_at=_now())


# ---- failed logins ----------------------------------------------------------------------------

def add_login_failure(sm: sessionmaker[Session], name_digest: str, address: str) -> None:
    with sm.begin() as session:
        session.add(LoginFailureRow(at=_now(), name_digest=name_digest, address=address[:64]))


def failures_for_name(sm: sessionmaker[Session], name_digest: str, since: datetime) -> int:
    """Failures for a name since ``since`` (a success clears them)."""
    with sm() as session:
        return session.scalar(select(func.count()).select_from(LoginFailureRow)
                              .where(LoginFailureRow.name_digest == name_digest, LoginFailureRow.at >= since)) or 0


def failures_from_address(sm: sessionmaker[Session], address: str, since: datetime) -> int:
    with sm() as session:
        return session.scalar(select(func.count()).select_from(LoginFailureRow)
                              .where(LoginFailureRow.address == address[:64], LoginFailureRow.at >= since)) or 0


def clear_failures(sm: sessionmaker[Session], name_digest: str) -> int:
    """Forget a name's failed logins (a success, ``ingestd user unlock``); how many there were."""
    with sm.begin() as session:
        return session.execute(delete(LoginFailureRow).where(LoginFailureRow.name_digest == name_digest)).rowcount or 0


def forget_failures_before(sm: sessionmaker[Session], before: datetime) -> int:
    with sm.begin() as session:
        return session.execute(delete(LoginFailureRow).where(LoginFailureRow.at < before)).rowcount or 0


# ---- acknowledgements of late reports -----------------------------------------------------------

def acknowledge(sm: sessionmaker[Session], reference: str, username: str) -> bool:
    """Record that ``username`` has seen a late report; False if it was acknowledged already."""
    with sm.begin() as session:
        if session.get(AcknowledgementRow, reference) is not None:
            return False
        session.add(AcknowledgementRow(reference=reference, username=username, at=_now()))
        return True


def acknowledgements(sm: sessionmaker[Session]) -> dict[str, dict[str, str]]:
    with sm() as session:
        return {row.reference: {"by": row.username, "at": utc_z(_aware(row.at))}  # type: ignore[dict-item]
                for row in session.scalars(select(AcknowledgementRow))}


# ---- the access audit ---------------------------------------------------------------------------

def audit(sm: sessionmaker[Session], action: str, *, username: str | None, address: str | None,
          target: str | None = None, outcome: str = "ok", detail: str | None = None) -> int:
    """Add an audit row; its id (for ``set_audit_detail``)."""
    with sm.begin() as session:
        row = AuditRow(at=_now(), username=username, action=action, target=(target or None) and target[:200],
                       address=(address or None) and address[:64], outcome=outcome,
                       detail=(detail or None) and detail[:500])
        session.add(row)
        session.flush()
        return row.id


def set_audit_detail(sm: sessionmaker[Session], row_id: int, detail: str) -> None:
    """Rewrite one row's detail: the count of an aggregated anonymous refusal (web.auditlimit)."""
    with sm.begin() as session:
        row = session.get(AuditRow, row_id)
        if row is not None:
            row.detail = detail[:500]


AUDIT_FIELDS = ("at", "username", "action", "target", "outcome", "address", "detail")


def audit_entries(sm: sessionmaker[Session], *, since: datetime | None = None, until: datetime | None = None,
                  username: str | None = None, action: str | None = None, limit: int | None = None,
                  offset: int = 0, newest_first: bool = False) -> tuple[list[dict[str, Any]], int]:
    """Audit entries matching the filters (a page of them when ``limit`` is given) and how many match."""
    q = select(AuditRow)
    if since:
        q = q.where(AuditRow.at >= since)
    if until:
        q = q.where(AuditRow.at < until)
    if username:
        q = q.where(func.lower(AuditRow.username) == username.lower())
    if action:
        q = q.where(AuditRow.action == action)
    with sm() as session:
        total = session.scalar(select(func.count()).select_from(q.subquery())) or 0
        order = (AuditRow.at.desc(), AuditRow.id.desc()) if newest_first else (AuditRow.at, AuditRow.id)
        q = q.order_by(*order).offset(offset)
        if limit is not None:
            q = q.limit(limit)
        rows = [{"at": utc_z(_aware(row.at)), "username": row.username, "action": row.action,
                 "target": row.target, "outcome": row.outcome, "address": row.address, "detail": row.detail}
                for row in session.scalars(q)]
    return rows, total
