"""Reviewers correct the record: amendments, withdrawal, and the "redaction checked" mark.

A reviewer may change five fields of a filed report (``AMENDABLE``). The ``reports`` row then
holds the reviewer's value, ``machine_values`` keeps what the engine filed (written the first
time a field changes, never overwritten, so a second correction does not lose it), and
``report_amendments`` one row per changed field: who, when, old, new and why. The due date,
the timeliness and the days late are derived values: they are worked out again by the same
code that filed them (``analysis.compute_deadline``), never typed in.

Withdrawal (admins: a file ingested by mistake) sets ``withdrawn``: the report leaves the log,
search, attention, the exports and the summaries, but its row, its history and the audit stay.

Values in ``report_amendments`` are ISO dates and times, codes and public bodies' names, never
report text. Every refusal is a ``UsageError`` with one plain sentence for the reviewer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ingestd.analysis.deadline import compute_deadline
from ingestd.analysis.classify import NO_SCR, OTHER_LEARNING, PROCEED
from ingestd.config.schema import DOC_TYPES, Config
from ingestd.errors import NotFound, UsageError
from ingestd.storage.models import AmendmentRow, ReportRow
from ingestd.times import aware, utc_z

MAX_REASON_CHARS = 500
DECISIONS = (PROCEED, NO_SCR, OTHER_LEARNING)
#: Words that set a field back to "not known" (a ratification date read wrongly, say).
CLEAR_WORDS = ("unknown", "none")


@dataclass(frozen=True)
class Field:
    """One amendable field: how a reviewer's text becomes the stored value, and why it may change."""

    name: str
    label: str  # the words a reviewer reads
    parse: Callable[[str, Config], Any]
    reason: str


def _clear(text: str) -> bool:
    return text.strip().lower() in CLEAR_WORDS


def _ratified_on(text: str, config: Config) -> date | None:
    if _clear(text):
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"the ratification date must be a date like 2026-11-03, not {text[:30]!r}") from None


def _doc_type(text: str, config: Config) -> str:
    value = text.strip().upper()
    if value not in DOC_TYPES:
        raise UsageError(f"the type must be one of {', '.join(DOC_TYPES)}, not {text[:30]!r}")
    return value


def _cpc(text: str, config: Config) -> str | None:
    if _clear(text):
        return None
    names = {entry.name.lower(): entry.name for entry in config.cpcs}
    value = names.get(" ".join(text.split()).lower())
    if value is None:
        raise UsageError(f"there is no committee called {text[:60]!r} in the configuration "
                         f"(see 'ingestd check-config' for the list)")
    return value


def _decision(text: str, config: Config) -> str | None:
    if _clear(text):
        return None
    value = text.strip().lower().replace("-", "_").replace(" ", "_")
    if value not in DECISIONS:
        raise UsageError(f"the decision must be one of {', '.join(DECISIONS)} or none, not {text[:30]!r}")
    return value


def _received_at(text: str, config: Config) -> datetime:
    """An ISO 8601 time; without an offset it is local time ([deadline] timezone), and a date
    alone is the start of that local day (the deadline is judged by the local date)."""
    zone = ZoneInfo(config.deadline.timezone)
    value = text.strip()
    try:
        if len(value) == 10:
            moment = datetime.combine(date.fromisoformat(value), time(0), zone)
        else:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"the receipt time must be a time like 2026-11-12T09:30 or a date like 2026-11-12, "
                         f"not {text[:30]!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    moment = moment.astimezone(timezone.utc)
    if moment > datetime.now(timezone.utc):
        raise UsageError("the receipt time is in the future")
    return moment


#: The fields a reviewer may change, in the order they are applied and shown.
AMENDABLE: dict[str, Field] = {f.name: f for f in (
    Field("ratified_on", "ratification date", _ratified_on,
          "the engine may not find the date the Chief Officers Group ratified, or read another date"),
    Field("doc_type", "type", _doc_type, "a report may be classified as the wrong kind of review"),
    Field("cpc", "committee", _cpc, "a report sent by a shared mailbox may be filed under no or the wrong committee"),
    Field("decision", "decision", _decision, "an ICR's decision may be missing or read wrongly"),
    Field("received_at", "receipt time", _received_at,
          "a report may have reached the team earlier than the message that brought it (by hand, by post)"),
)}


def stored_text(value: Any) -> str | None:
    """A field's value as ``report_amendments`` and ``machine_values`` hold it."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return utc_z(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _reason(reason: str | None) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise UsageError("give a reason for the change (it is kept with the history)")
    if len(reason) > MAX_REASON_CHARS:
        raise UsageError(f"the reason can be at most {MAX_REASON_CHARS} characters")
    return reason


def _report(session: Session, reference: str, *, for_change: bool = True) -> ReportRow:
    report = session.scalar(select(ReportRow).where(ReportRow.reference == reference.strip().upper()))
    if report is None:
        raise NotFound(f"no report with reference {reference!r} (try 'ingestd log')")
    if for_change and report.withdrawn:
        raise UsageError(f"{report.reference} has been withdrawn: it cannot be changed")
    return report


def _current(report: ReportRow, name: str) -> Any:
    value = getattr(report, name)
    return aware(value) if isinstance(value, datetime) else value


@dataclass(frozen=True)
class Change:
    field: str
    old: str | None
    new: str | None


def parse_changes(changes: Mapping[str, str | None], config: Config) -> dict[str, Any]:
    """Check every field's text (all before any is applied); ``None`` means "not asked"."""
    unknown = sorted(set(changes) - set(AMENDABLE))
    if unknown:
        raise UsageError(f"{unknown[0]} cannot be amended (only {', '.join(AMENDABLE)})")
    return {name: AMENDABLE[name].parse(text, config) for name, text in changes.items() if text is not None}


def amend(sm: sessionmaker[Session], reference: str, changes: Mapping[str, str | None], reason: str | None,
          username: str, *, config: Config) -> list[Change]:
    """Apply a reviewer's changes to one report; returns what changed (fields already holding the
    asked value are left out). Refuses, changing nothing, if any value is bad or nothing changes."""
    reason = _reason(reason)
    values = parse_changes(changes, config)
    if not values:
        raise UsageError("nothing to change: give at least one new value")
    now = datetime.now(timezone.utc)
    with sm.begin() as session:
        report = _report(session, reference)
        machine = dict(report.machine_values or {})
        done: list[Change] = []
        for name in AMENDABLE:
            if name not in values or _current(report, name) == values[name]:
                continue
            old, new = stored_text(_current(report, name)), stored_text(values[name])
            machine.setdefault(name, old)
            if name == "cpc" and report.cpc_flag:
                machine.setdefault("cpc_flag", report.cpc_flag)  # "unknown": a reviewer has now said which
                report.cpc_flag = None
            setattr(report, name, values[name])
            session.add(AmendmentRow(reference=report.reference, field=name, old_value=old, new_value=new,
                                     reason=reason, username=username, at=now))
            done.append(Change(name, old, new))
        if not done:
            raise UsageError(f"{report.reference} already holds these values: nothing was changed")
        deadline = compute_deadline(report.doc_type, report.ratified_on, aware(report.received_at), config.deadline)
        report.due_by, report.timeliness, report.days_late = deadline.due_by, deadline.timeliness, deadline.days_late
        report.machine_values = machine
        report.amended = True
        return done


def withdraw(sm: sessionmaker[Session], reference: str, reason: str | None, username: str) -> str:
    """Hide a report filed by mistake from the log and everything built on it; returns its reference."""
    reason = _reason(reason)
    with sm.begin() as session:
        report = _report(session, reference)
        report.withdrawn = True
        session.add(AmendmentRow(reference=report.reference, field="withdrawn", old_value="false",
                                 new_value="true", reason=reason, username=username, at=datetime.now(timezone.utc)))
        return report.reference


def mark_redaction_checked(sm: sessionmaker[Session], reference: str, username: str) -> str:
    """Record that a person has read the redacted text for leftovers; returns the reference."""
    now = datetime.now(timezone.utc)
    with sm.begin() as session:
        report = _report(session, reference)
        previous = utc_z(report.redaction_checked_at)
        report.redaction_checked_by, report.redaction_checked_at = username, now
        session.add(AmendmentRow(reference=report.reference, field="redaction_checked", old_value=previous,
                                 new_value=utc_z(now), reason=None, username=username, at=now))
        return report.reference


HISTORY_FIELDS = ("at", "username", "field", "old_value", "new_value", "reason")


def history(sm: sessionmaker[Session], reference: str) -> list[dict[str, Any]]:
    """Every change to one report, oldest first (amendments, hand redactions, checks, withdrawal)."""
    with sm() as session:
        return history_in(session, _report(session, reference, for_change=False).reference)


def history_in(session: Session, reference: str) -> list[dict[str, Any]]:
    rows = session.scalars(select(AmendmentRow).where(AmendmentRow.reference == reference)
                           .order_by(AmendmentRow.at, AmendmentRow.id))
    return [{"at": utc_z(row.at), "username": row.username, "field": row.field, "old_value": row.old_value,
             "new_value": row.new_value, "reason": row.reason} for row in rows]


def describe(changes: list[Change]) -> str:
    """``ratified_on unknown -> 2026-11-03; cpc ...``: for the audit (values are dates and codes)."""
    return "; ".join(f"{c.field} {c.old or 'unknown'} -> {c.new or 'unknown'}" for c in changes)[:500]
