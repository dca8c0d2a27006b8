"""Service functions over the anonymised store: filing, the intake log, lookups.

Filing happens in one transaction per message: the message row, its digests, every report
with its freshly assigned reference, and the intake events commit together or not at all.
Reference numbers come from ``reference_counters``, bumped with an UPDATE inside that
transaction: on PostgreSQL the row lock queues concurrent filers, on SQLite ``BEGIN
IMMEDIATE`` does; a rolled-back filing rolls its number back too, so sequences have no holes
and no number is ever given twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Iterable

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ingestd.errors import NotFound
from ingestd.model import CryptoStatus, FiledReport, Intake, IntakeOutcome, ReportDraft
from ingestd.times import utc_z
from ingestd.storage.models import EventRow, ImapCursor, MessageDigest, MessageRow, ReferenceCounter, ReportRow

log = logging.getLogger("ingestd.storage")

STATUSES = ("filed", "duplicate", "quarantined", "no_report")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def find_message(sm: sessionmaker[Session], intake_id: str) -> MessageRow | None:
    with sm() as session:
        return session.scalars(select(MessageRow).where(MessageRow.intake_id == intake_id)).first()


def recorded_outcome(sm: sessionmaker[Session], intake: Intake) -> IntakeOutcome | None:
    """What was recorded for ``intake.intake_id``, or None if nothing was (crash replay check)."""
    with sm() as session:
        row = session.scalars(select(MessageRow).where(MessageRow.intake_id == intake.intake_id)).first()
        return _outcome_from_row(session, row, intake) if row is not None else None


def seen_digest(sm: sessionmaker[Session], digest: str) -> MessageRow | None:
    """The message first recorded under ``digest`` ("raw:<sha256>" or "mid:<sha256>")."""
    with sm() as session:
        row = session.get(MessageDigest, digest)
        return session.get(MessageRow, row.message_id) if row else None


def find_recorded(sm: sessionmaker[Session], sha256: str, message_id_sha256: str | None) -> MessageRow | None:
    """A message recorded with these exact bytes (any status, quarantine included) or, failing
    that, with this Message-ID digest (the same mail that also came in by another channel)."""
    with sm() as session:
        row = session.scalars(select(MessageRow).where(MessageRow.sha256 == sha256).limit(1)).first()
        if row is None and message_id_sha256 is not None:
            row = session.scalars(select(MessageRow).where(
                MessageRow.message_id_sha256 == message_id_sha256).limit(1)).first()
        return row


def references_of(sm: sessionmaker[Session], message_pk: int) -> list[str]:
    with sm() as session:
        return list(session.scalars(select(ReportRow.reference).where(ReportRow.message_id == message_pk)
                                    .order_by(ReportRow.id)))


def report_by_attachment(sm: sessionmaker[Session], sha256: str) -> str | None:
    with sm() as session:
        return session.scalars(select(ReportRow.reference).where(ReportRow.attachment_sha256 == sha256)).first()


def _outcome_from_row(session: Session, row: MessageRow, intake: Intake) -> IntakeOutcome:
    reports = session.scalars(select(ReportRow).where(ReportRow.message_id == row.id).order_by(ReportRow.id)).all()
    return IntakeOutcome(
        intake=intake, status=row.status, reason=row.reason,
        reports=tuple(FiledReport(r.reference, r.doc_type, r.timeliness, r.days_late) for r in reports),
        duplicate_of=tuple(filter(None, (row.duplicate_of or "").split(","))),
    )


def _next_reference(session: Session, doc_type: str, year: int) -> tuple[str, int]:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert  # type: ignore[assignment]
    session.execute(dialect_insert(ReferenceCounter).values(doc_type=doc_type, year=year, last_seq=0)
                    .on_conflict_do_nothing())
    seq = session.execute(
        update(ReferenceCounter)
        .where(ReferenceCounter.doc_type == doc_type, ReferenceCounter.year == year)
        .values(last_seq=ReferenceCounter.last_seq + 1)
        .returning(ReferenceCounter.last_seq)
    ).scalar_one()
    return f"{REFERENCE_PREFIXES.get(doc_type, doc_type)}-{year}-{seq:04d}", seq


# Reports keep their type as prefix (ICR-2026-0001); a Learning Review's notifications get
# prefixes of their own, so a reference says what it is at a glance.
REFERENCE_PREFIXES = {"LR-DECISION": "LRD", "LR-OUTCOME": "LRO"}


def record(
    sm: sessionmaker[Session],
    intake: Intake,
    *,
    status: str,
    reason: str | None = None,
    drafts: Iterable[ReportDraft] = (),
    reference_year: int,
    sender_cpc: str | None = None,
    message_id_sha256: str | None = None,
    crypto: CryptoStatus | None = None,
    archived: bool = False,
    detail: str | None = None,
    replace_quarantined: bool = False,
    held_parts: list[dict[str, Any]] | None = None,
) -> IntakeOutcome:
    """File one message's outcome atomically and return what was recorded.

    ``status`` is what the pipeline concluded before filing (``filed`` when it has drafts,
    else ``no_report`` or ``quarantined``). Duplicates are decided here, under the database's
    unique constraints, so two processes racing on the same message cannot both file it.
    Called again for an ``intake_id`` already recorded (a crash after commit, before the spool
    was cleared), it changes nothing and returns the stored outcome - unless
    ``replace_quarantined`` is set and the stored outcome is a quarantine, or a filing with
    held parts (operator reprocess: reports already filed stay filed under their references).
    """
    assert status in ("filed", "no_report", "quarantined")
    crypto = crypto or CryptoStatus()
    drafts = list(drafts)
    now = _now()
    with sm.begin() as session:
        existing = session.scalars(select(MessageRow).where(MessageRow.intake_id == intake.intake_id)).first()
        if existing is not None:
            if not (replace_quarantined and (existing.status in ("quarantined", "no_report") or existing.held_parts)):
                return _outcome_from_row(session, existing, intake)
            row = existing
            session.execute(delete(MessageDigest).where(MessageDigest.message_id == row.id))
        else:
            row = MessageRow(intake_id=intake.intake_id, sha256=intake.sha256, channel=intake.channel,
                             received_at=intake.received_at, size=intake.size)
            session.add(row)
        if intake.received_source is not None:
            row.received_source = intake.received_source
        row.message_id_sha256 = message_id_sha256
        row.sender_cpc = sender_cpc
        row.status = status
        row.reason = reason
        row.duplicate_of = None
        row.crypto_encrypted = crypto.encrypted
        row.crypto_signed = crypto.signed
        row.crypto_signer = crypto.signer
        row.crypto_verdict = crypto.verdict
        row.archived = archived
        row.source = dict(intake.source) or None
        row.held_parts = list(held_parts) if held_parts else None
        row.processed_at = now
        session.flush()

        events: list[EventRow] = []
        filed: list[FiledReport] = []
        duplicate_of: list[str] = []

        if status != "quarantined":
            first_sighting, by = _claim_digests(session, row, intake.sha256, message_id_sha256)
            # Same bytes: a duplicate outright. Same Message-ID with other bytes (the mail
            # relayed over SMTP and also fetched by IMAP, say): a duplicate only if it has no
            # report that is not filed yet - different content is never collapsed (THREATS B14).
            if first_sighting is not None and (by == "raw" or not drafts):
                earlier = session.scalars(select(ReportRow.reference).where(
                    ReportRow.message_id == first_sighting.id).order_by(ReportRow.id)).all()
                duplicate_of = list(earlier) or [first_sighting.intake_id]
                drafts = []
                row.status, row.reason = "duplicate", "duplicate"

        for draft in drafts:
            earlier = session.scalars(select(ReportRow).where(
                ReportRow.attachment_sha256 == draft.attachment_sha256)).first()
            if earlier is not None and earlier.message_id == row.id:
                # Reprocessing a filing with held parts: this report was filed from this very
                # message before and keeps its reference.
                filed.append(FiledReport(earlier.reference, earlier.doc_type, earlier.timeliness, earlier.days_late))
                continue
            existing_ref = earlier.reference if earlier is not None else None
            if existing_ref is None:
                try:
                    with session.begin_nested():
                        reference, seq = _next_reference(session, draft.doc_type, reference_year)
                        session.add(ReportRow(
                            reference=reference, doc_type=draft.doc_type, year=reference_year, seq=seq,
                            message_id=row.id, cpc=draft.cpc, decision=draft.decision,
                            ratified_on=draft.deadline.ratified_on, due_by=draft.deadline.due_by,
                            timeliness=draft.deadline.timeliness, days_late=draft.deadline.days_late,
                            received_at=intake.received_at, redacted_text=draft.redacted_text,
                            redaction_counts=dict(draft.redaction_counts),
                            attachment_sha256=draft.attachment_sha256, filed_at=now,
                            subject=draft.subject, ratification_candidates=list(draft.ratification_candidates),
                            suspect_count=len(draft.suspects), suspects=[list(p) for p in draft.suspects],
                            cpc_flag=draft.cpc_flag, text_source=draft.text_source,
                            ocr_confidence=draft.ocr_confidence))
                        session.flush()
                except IntegrityError:
                    existing_ref = session.scalars(select(ReportRow.reference).where(
                        ReportRow.attachment_sha256 == draft.attachment_sha256)).first()
                    if existing_ref is None:
                        raise
                else:
                    filed.append(FiledReport(reference, draft.doc_type, draft.deadline.timeliness,
                                             draft.deadline.days_late))
                    events.append(EventRow(event="filed", reference=reference,
                                           detail=f"attachment_sha256={draft.attachment_sha256[:16]}"))
                    continue
            duplicate_of.append(existing_ref)
            events.append(EventRow(event="duplicate", reason="duplicate-report", reference=existing_ref,
                                   detail=f"attachment_sha256={draft.attachment_sha256[:16]}"))

        if drafts and not filed:
            row.status, row.reason = "duplicate", "duplicate"
        elif filed:
            row.status = "filed"
        row.duplicate_of = ",".join(duplicate_of) or None
        if row.status in ("duplicate", "no_report", "quarantined"):
            events.append(EventRow(event=row.status, reason=row.reason, detail=detail,
                                   reference=duplicate_of[0] if duplicate_of else None))
        for ev in events:
            ev.at, ev.intake_id, ev.message_id = now, intake.intake_id, row.id
            session.add(ev)
        session.flush()
        outcome = IntakeOutcome(intake=intake, status=row.status, reason=row.reason, reports=tuple(filed),
                                duplicate_of=tuple(duplicate_of))
    log.info("recorded id=%s status=%s reason=%s refs=%s", intake.intake_id, outcome.status,
             outcome.reason, ",".join(r.reference for r in outcome.reports) or "-")
    return outcome


def _claim_digests(session: Session, row: MessageRow, sha256: str,
                   message_id_sha256: str | None) -> tuple[MessageRow | None, str | None]:
    """Register this message's digests where they are new.

    Returns the earlier message holding the raw digest (``"raw"``) or, failing that, the
    Message-ID digest (``"mid"``), or ``(None, None)`` on a first sighting.
    """
    earlier: tuple[MessageRow | None, str | None] = (None, None)
    for kind, digest in (("raw", f"raw:{sha256}"),
                         ("mid", f"mid:{message_id_sha256}" if message_id_sha256 else None)):
        if digest is None:
            continue
        holder = session.get(MessageDigest, digest)
        if holder is None:
            try:
                with session.begin_nested():
                    session.add(MessageDigest(digest=digest, message_id=row.id))
                    session.flush()
                continue
            except IntegrityError:  # another writer registered it just now
                holder = session.get(MessageDigest, digest)
        if holder is not None and holder.message_id != row.id and earlier[0] is None:
            earlier = (session.get(MessageRow, holder.message_id), kind)
    return earlier


def add_event(sm: sessionmaker[Session], event: str, *, intake_id: str | None = None, reason: str | None = None,
              reference: str | None = None, detail: str | None = None) -> None:
    with sm.begin() as session:
        message_pk = None
        if intake_id:
            message_pk = session.scalars(select(MessageRow.id).where(MessageRow.intake_id == intake_id)).first()
        session.add(EventRow(at=_now(), intake_id=intake_id, message_id=message_pk, event=event, reason=reason,
                             reference=reference, detail=detail))


# ---- queries for reviewers -------------------------------------------------------------------

@dataclass(frozen=True)
class LogFilter:
    doc_type: str | None = None
    cpc: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    late: bool = False
    status: str | None = None
    withdrawn: bool = False  # True: only the reports an admin withdrew (issue 12); False: never them


def _iso(value: datetime) -> str:
    return utc_z(value, timespec="auto")  # type: ignore[return-value]


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


#: The fields of every intake-log entry (``ingestd log --format json``, ``/api/log``), in order.
LOG_JSON_FIELDS = ("reference", "status", "reason", "doc_type", "cpc", "received_at", "received_source",
                   "ratified_on", "due_by", "timeliness", "days_late", "decision", "channel", "intake_id",
                   "duplicate_of", "subject", "suspect_count", "cpc_flag", "text_source", "ocr_confidence",
                   "held_parts", "amended")


def report_entry(report: ReportRow, message: MessageRow) -> dict[str, Any]:
    return {
        "reference": report.reference,
        "status": "filed",
        "reason": None,
        "doc_type": report.doc_type,
        "cpc": report.cpc,
        "received_at": _iso(report.received_at),
        "received_source": message.received_source,
        "ratified_on": _date(report.ratified_on),
        "due_by": _date(report.due_by),
        "timeliness": report.timeliness,
        "days_late": report.days_late,
        "decision": report.decision,
        "channel": message.channel,
        "intake_id": message.intake_id,
        "duplicate_of": None,
        "subject": report.subject,
        "suspect_count": report.suspect_count or 0,
        "cpc_flag": report.cpc_flag,
        "text_source": report.text_source or "text",
        "ocr_confidence": report.ocr_confidence,
        "held_parts": message.held_parts or [],
        "amended": bool(report.amended),
    }


def message_entry(message: MessageRow) -> dict[str, Any]:
    return {
        "reference": None,
        "status": message.status,
        "reason": message.reason,
        "doc_type": None,
        "cpc": message.sender_cpc,
        "received_at": _iso(message.received_at),
        "received_source": message.received_source,
        "ratified_on": None,
        "due_by": None,
        "timeliness": None,
        "days_late": None,
        "decision": None,
        "channel": message.channel,
        "intake_id": message.intake_id,
        "duplicate_of": message.duplicate_of.split(",") if message.duplicate_of else None,
        "subject": None,
        "suspect_count": None,
        "cpc_flag": None,
        "text_source": None,
        "ocr_confidence": None,
        "held_parts": message.held_parts or [],
        "amended": False,
    }



def intake_log(sm: sessionmaker[Session], flt: LogFilter) -> list[dict[str, Any]]:
    """One entry per filed report plus one per message that produced no report, oldest first."""
    entries: list[tuple[datetime, int, int, dict[str, Any]]] = []
    with sm() as session:
        if flt.status in (None, "filed"):
            q = (select(ReportRow, MessageRow).join(MessageRow, ReportRow.message_id == MessageRow.id)
                 .where(ReportRow.withdrawn == flt.withdrawn))
            if flt.doc_type:
                q = q.where(ReportRow.doc_type == flt.doc_type)
            if flt.cpc:
                q = q.where(func.lower(ReportRow.cpc).contains(flt.cpc.lower()))
            if flt.since:
                q = q.where(ReportRow.received_at >= flt.since)
            if flt.until:
                q = q.where(ReportRow.received_at < flt.until)
            if flt.late:
                q = q.where(ReportRow.timeliness == "late")
            for report, message in session.execute(q):
                entries.append((_aware(report.received_at), message.id, report.id, report_entry(report, message)))
        if flt.status != "filed" and not flt.doc_type and not flt.late and not flt.withdrawn:
            q2 = select(MessageRow).where(MessageRow.status != "filed")
            if flt.status:
                q2 = q2.where(MessageRow.status == flt.status)
            if flt.cpc:
                q2 = q2.where(func.lower(MessageRow.sender_cpc).contains(flt.cpc.lower()))
            if flt.since:
                q2 = q2.where(MessageRow.received_at >= flt.since)
            if flt.until:
                q2 = q2.where(MessageRow.received_at < flt.until)
            for message in session.scalars(q2):
                entries.append((_aware(message.received_at), message.id, 0, message_entry(message)))
    entries.sort(key=lambda item: item[:3])  # receipt time, then intake order
    return [entry for *_, entry in entries]


def show_report(sm: sessionmaker[Session], reference: str) -> dict[str, Any]:
    with sm() as session:
        found = session.execute(select(ReportRow, MessageRow).join(MessageRow, ReportRow.message_id == MessageRow.id)
                                .where(ReportRow.reference == reference.upper())).first()
        if found is None:
            raise NotFound(f"no report with reference {reference!r} (try 'ingestd log')")
        report, message = found
        entry = report_entry(report, message)
        entry["text"] = report.redacted_text
        entry["redactions"] = dict(sorted(report.redaction_counts.items()))
        entry["crypto"] = {
            "encrypted": message.crypto_encrypted,
            "signed": message.crypto_signed,
            "signer": message.crypto_signer,
            "verdict": message.crypto_verdict,
        }
        entry["filed_at"] = _iso(report.filed_at)
        entry["suspects"] = [list(p) for p in report.suspects or []]
        entry["ratification_candidates"] = list(report.ratification_candidates or [])
        entry["withdrawn"] = bool(report.withdrawn)
        entry["machine_values"] = dict(report.machine_values or {})
        entry["redaction_checked_by"] = report.redaction_checked_by
        entry["redaction_checked_at"] = utc_z(report.redaction_checked_at)
        from ingestd.storage.amendments import history_in
        entry["history"] = history_in(session, report.reference)
        return entry


def last_processed_at(sm: sessionmaker[Session]) -> datetime | None:
    with sm() as session:
        value = session.scalar(select(func.max(MessageRow.processed_at)))
        return _aware(value) if value else None


def count_by_status(sm: sessionmaker[Session]) -> dict[str, int]:
    with sm() as session:
        return {status: n for status, n in session.execute(
            select(MessageRow.status, func.count()).group_by(MessageRow.status))}


def quarantined_messages(sm: sessionmaker[Session]) -> list[MessageRow]:
    """Held messages in receipt order (then intake order), as an operator works through them."""
    with sm() as session:
        return list(session.scalars(select(MessageRow).where(MessageRow.status == "quarantined")
                                    .order_by(MessageRow.received_at, MessageRow.id)))


def events_for(sm: sessionmaker[Session], intake_id: str) -> list[EventRow]:
    """The event history of one message, oldest first (codes and sizes only, no content)."""
    with sm() as session:
        return list(session.scalars(select(EventRow).where(EventRow.intake_id == intake_id)
                                    .order_by(EventRow.at, EventRow.id)))


def get_imap_cursor(sm: sessionmaker[Session], mailbox_key: str) -> tuple[int, int] | None:
    with sm() as session:
        row = session.get(ImapCursor, mailbox_key)
        return (row.uidvalidity, row.last_uid) if row else None


def set_imap_cursor(sm: sessionmaker[Session], mailbox_key: str, uidvalidity: int, last_uid: int) -> None:
    with sm.begin() as session:
        row = session.get(ImapCursor, mailbox_key)
        if row is None:
            session.add(ImapCursor(mailbox_key=mailbox_key, uidvalidity=uidvalidity, last_uid=last_uid,
                                   updated_at=_now()))
        else:
            row.uidvalidity, row.last_uid, row.updated_at = uidvalidity, last_uid, _now()


def metrics_counts(sm: sessionmaker[Session]) -> dict[str, Any]:
    """Aggregates for the metrics endpoint: by (channel, status), held by reason, last per channel."""
    with sm() as session:
        by_channel_status = {(channel, status): n for channel, status, n in session.execute(
            select(MessageRow.channel, MessageRow.status, func.count()).group_by(MessageRow.channel, MessageRow.status))}
        held_by_reason = {reason: n for reason, n in session.execute(
            select(MessageRow.reason, func.count()).where(MessageRow.status == "quarantined")
            .group_by(MessageRow.reason))}
        last_by_channel = {channel: _aware(moment) for channel, moment in session.execute(
            select(MessageRow.channel, func.max(MessageRow.processed_at)).group_by(MessageRow.channel))
            if moment is not None}
    return {"by_channel_status": by_channel_status, "held_by_reason": held_by_reason,
            "last_by_channel": last_by_channel}
