"""The anonymised store's tables (SQLAlchemy 2 declarative).

No column holds a name, a postal or e-mail address, a subject, a filename or unredacted
text. Messages are known by hashes and the spool id; reports by reference numbers. The
unique constraints are what make "filed once" true under concurrency: a second writer with
the same message digest, Message-ID digest or attachment digest fails its insert and the
message is recorded as a duplicate instead.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class MessageRow(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    intake_id: Mapped[str] = mapped_column(String(64), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    message_id_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    # relay | accepted | internaldate | header | clock: which clock received_at was read from
    # (ingestd.intake.receipt); NULL for messages recorded before migration 0003.
    received_source: Mapped[str | None] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(Integer)
    sender_cpc: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), index=True)  # filed|duplicate|quarantined|no_report
    reason: Mapped[str | None] = mapped_column(String(64))
    duplicate_of: Mapped[str | None] = mapped_column(String(200))  # reference(s) or intake id
    crypto_encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    crypto_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    crypto_signer: Mapped[str | None] = mapped_column(String(40))
    crypto_verdict: Mapped[str | None] = mapped_column(String(32))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)  # an original is held under data_dir
    source: Mapped[dict | None] = mapped_column(JSON)  # channel facts: IMAP uidvalidity/uid; never content
    # Attachments that could not be read: [{part, kind, reason, meaning, sha256, size}]; no filenames.
    held_parts: Mapped[list | None] = mapped_column(JSON)
    processed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class MessageDigest(Base):
    """First sighting of each distinct message (by raw sha256 and by Message-ID digest)."""

    __tablename__ = "message_digests"

    digest: Mapped[str] = mapped_column(String(80), primary_key=True)  # "raw:<sha>" or "mid:<sha>"
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"))


class ReportRow(Base):
    __tablename__ = "reports"
    __table_args__ = (UniqueConstraint("doc_type", "year", "seq", name="uq_reports_type_year_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    doc_type: Mapped[str] = mapped_column(String(16), index=True)  # ICR|SCR|LR|LR-DECISION|LR-OUTCOME
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    cpc: Mapped[str | None] = mapped_column(String(200), index=True)
    decision: Mapped[str | None] = mapped_column(String(32))
    ratified_on: Mapped[date | None] = mapped_column(Date)
    due_by: Mapped[date | None] = mapped_column(Date)
    timeliness: Mapped[str] = mapped_column(String(16))
    days_late: Mapped[int | None] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    redacted_text: Mapped[str] = mapped_column(Text)
    redaction_counts: Mapped[dict] = mapped_column(JSON)
    attachment_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    text_source: Mapped[str | None] = mapped_column(String(16))  # text | ocr | text+ocr (NULL: before 0004)
    ocr_confidence: Mapped[float | None] = mapped_column(Float)  # mean Tesseract word confidence, 0-100
    filed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    subject: Mapped[str | None] = mapped_column(String(8))  # child | adult | None
    # [{"date": "2026-03-10" | null, "weight": 9, "rules": ["ratify-verb", ...]}]: no text, no names
    ratification_candidates: Mapped[list | None] = mapped_column(JSON)
    suspect_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    suspects: Mapped[list | None] = mapped_column(JSON)  # [[start, end], ...] in redacted_text
    cpc_flag: Mapped[str | None] = mapped_column(String(16))  # unknown | ambiguous when cpc is None
    # Issue 12 (migration 0007_review): the engine's value of every field a reviewer changed,
    # {"ratified_on": "2026-11-03" | null, ...}; the columns above hold the effective values.
    machine_values: Mapped[dict | None] = mapped_column(JSON)
    amended: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    redaction_checked_by: Mapped[str | None] = mapped_column(String(64))
    redaction_checked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ReferenceCounter(Base):
    """Last sequence number used per (type, year); bumped inside the filing transaction."""

    __tablename__ = "reference_counters"

    doc_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class EventRow(Base):
    """The intake log: what happened to each message, with stable reason codes."""

    __tablename__ = "intake_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    intake_id: Mapped[str | None] = mapped_column(String(64), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    event: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(64))
    reference: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(String(500))  # codes, sizes, hashes only


class ImapCursor(Base):
    """Where IMAP polling got to, per account and folder (the IMAP issue)."""

    __tablename__ = "imap_cursors"

    mailbox_key: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of host/user/folder
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class NoticeRow(Base):
    """One outgoing notice (acknowledgement or digest) in the durable send queue.

    ``recipient`` and ``content`` (the rendered message, whose ``To:`` holds the address) exist
    only while the notice is ``queued`` or ``sending``; they are set to NULL when it is ``sent``
    or ``failed``. ``message_id`` is chosen when the notice is queued, before any attempt, so a
    resend after a crash carries the same Message-ID. ``summary`` holds references and reason
    codes only, for ``ingestd notices list``.
    """

    __tablename__ = "outgoing_notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_key: Mapped[str] = mapped_column(String(120), unique=True)  # ack:<intake id>:<status> | digest:<date>
    kind: Mapped[str] = mapped_column(String(16))  # ack | digest
    intake_id: Mapped[str | None] = mapped_column(String(64), index=True)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    recipient: Mapped[str | None] = mapped_column(String(320))
    recipient_hmac: Mapped[str | None] = mapped_column(String(64), index=True)
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    summary: Mapped[str] = mapped_column(String(500))
    state: Mapped[str] = mapped_column(String(16), index=True)  # queued | sending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_code: Mapped[str | None] = mapped_column(String(32))  # "451 4.3.0", "connection", "tls", "auth"
    last_reason: Mapped[str | None] = mapped_column(String(200))  # plain words, no server text


class UserRow(Base):
    """A web-app account. Only an Argon2id hash of the password is kept. ``session_epoch`` is
    bumped when the password changes or the account is disabled, which ends every session
    signed for the old epoch."""

    __tablename__ = "web_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    name_key: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # reviewer | admin
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    session_epoch: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    password_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class LoginFailureRow(Base):
    """One failed login, by the keyed digest of the name tried (never the name) and the address.

    A success (or ``ingestd user unlock``, ``passwd``, ``enable``) deletes the rows for its name;
    ``ingestd.accounts`` counts those within ``[web] lockout_minutes``."""

    __tablename__ = "web_login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    name_digest: Mapped[str] = mapped_column(String(64), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)


class AuditRow(Base):
    """Who did what, when, from where: logins, views, exports, changes. No report content."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    username: Mapped[str | None] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(32), index=True)
    target: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))  # ok | refused
    detail: Mapped[str | None] = mapped_column(String(500))


class AcknowledgementRow(Base):
    """A reviewer has seen that a late report is late (it leaves /attention)."""

    __tablename__ = "report_acknowledgements"

    reference: Mapped[str] = mapped_column(String(32), primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AmendmentRow(Base):
    """One change a reviewer made to a report: who, when, the field, old and new, and why.

    ``field``: ratified_on | doc_type | cpc | decision | received_at | withdrawn | redaction |
    redaction_checked. Values are ISO dates, codes or public bodies' names, never report text
    (a hand redaction records its category and how many places, not the words)."""

    __tablename__ = "report_amendments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), index=True)
    field: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(String(200))
    new_value: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(String(500))
    username: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CoreDataRow(Base):
    """One value of a report's anonymised core data set (issue 12)."""

    __tablename__ = "core_data"

    reference: Mapped[str] = mapped_column(String(32), primary_key=True)
    field: Mapped[str] = mapped_column(String(48), primary_key=True)
    value: Mapped[object | None] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(16))  # auto | reviewer
    evidence: Mapped[str | None] = mapped_column(String(500))
    username: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
