"""Acknowledgements: one threaded reply per recorded message, to committees that opted in.

``acknowledge_recorded`` runs after a message's outcome is committed and before its spool
entry is removed (``service.finish``, and the crash-replay path of ``process_entry``), and
queues at most one notice per (intake id, outcome) thanks to the queue's unique key. So a
crash anywhere between the commit and the send neither loses the acknowledgement nor queues
it twice.

Who gets one: the sender of a message whose sender domain identified a committee with
``acknowledge`` on (its ``[[cpc]]`` entry, else ``[notify] acknowledge``). Unknown senders
never get a reply: answering forged senders is backscatter. ``LOOP_RULES`` say which messages
are never answered (RFC 3834 section 2), and ``[notify] ack_min_interval`` limits each sender
address to one acknowledgement per interval, the last guard against two automata talking.

The reply goes to the ``Return-Path`` (RFC 3834 section 4) when the message carries one, else
to the ``From`` address. The address is kept only in the notice queue, until the notice is
sent or has failed; the rate limit compares keyed hashes (HMAC-SHA256 with a key of this
installation, ``<data_dir>/notices.key``).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta, timezone
from email.message import Message
from email.utils import getaddresses
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select

from ingestd.config.schema import Config
from ingestd.mime import parse_headers
from ingestd.model import Intake
from ingestd.outbound import compose, wording
from ingestd.storage import notices
from ingestd.storage.models import MessageRow, ReportRow

if TYPE_CHECKING:  # the service module imports this one
    from ingestd.service import Services

log = logging.getLogger("ingestd.notices")


@dataclass(frozen=True)
class LoopRule:
    """A kind of message that is never answered, with why and examples (``tests/outbound``)."""

    name: str
    matches: Callable[[Message], bool]
    reason: str
    catches: tuple[dict[str, str], ...]
    leaves: tuple[dict[str, str], ...]


def _header(message: Message, name: str) -> str:
    value = message.get(name)
    return "" if value is None else " ".join(str(value).split()).lower()


def _auto_submitted(message: Message) -> bool:
    value = _header(message, "Auto-Submitted")
    return bool(value) and value.split(";")[0].strip() != "no"


def _null_sender(message: Message) -> bool:
    return "Return-Path" in message and _header(message, "Return-Path").replace(" ", "") in ("<>", "")


def _daemon_sender(message: Message) -> bool:
    for _, addr in getaddresses([str(message.get("From", "")), str(message.get("Return-Path", ""))]):
        if addr.lower().partition("@")[0] in ("mailer-daemon", "mail-daemon", "postmaster"):
            return True
    return False


LOOP_RULES: tuple[LoopRule, ...] = (
    LoopRule("auto-submitted", _auto_submitted,
             "RFC 3834: a message marked Auto-Submitted (other than 'no') is never answered automatically",
             catches=({"Auto-Submitted": "auto-replied"}, {"Auto-Submitted": "auto-generated"}),
             leaves=({"Auto-Submitted": "no"}, {})),
    LoopRule("precedence", lambda m: _header(m, "Precedence") in ("bulk", "list", "junk"),
             "the de-facto marker of list and bulk mail, and of many vacation replies",
             catches=({"Precedence": "bulk"}, {"Precedence": "list"}, {"Precedence": "junk"}),
             leaves=({"Precedence": "first-class"},)),
    LoopRule("mailing-list", lambda m: "List-Id" in m,
             "RFC 2919: mail distributed by a list; the reply would go to the list",
             catches=({"List-Id": "<cpc.lists.example.gov.uk>"},), leaves=({},)),
    LoopRule("null-sender", _null_sender,
             "RFC 5321 section 4.5.5: a null reverse-path is a bounce, and a bounce is never answered",
             catches=({"Return-Path": "<>"},), leaves=({"Return-Path": "<cpc@glasgow.gov.uk>"},)),
    LoopRule("mailer-daemon", _daemon_sender,
             "bounces and postmaster mail whose null sender was lost on the way (SMTP intake keeps no envelope)",
             catches=({"From": "MAILER-DAEMON@relay.glasgow.gov.uk"},), leaves=({"From": "cpc@glasgow.gov.uk"},)),
    LoopRule("delivery-report", lambda m: m.get_content_type() == "multipart/report",
             "RFC 6522: delivery status and read receipts",
             catches=({"Content-Type": "multipart/report; report-type=delivery-status; boundary=x"},),
             leaves=({"Content-Type": "multipart/mixed; boundary=x"},)),
    LoopRule("our-notice", lambda m: compose.NOTICE_HEADER in m,
             "one of our own notices come back (forwarded, bounced or looped by a rule)",
             catches=({compose.NOTICE_HEADER: "ack"},), leaves=({},)),
    LoopRule("auto-response-suppress",
             lambda m: any(t in ("all", "autoreply") for t in re.split(r"[,\s]+", _header(m, "X-Auto-Response-Suppress"))),
             "Microsoft Exchange's request not to send automatic replies",
             catches=({"X-Auto-Response-Suppress": "All"}, {"X-Auto-Response-Suppress": "DR, AutoReply"}),
             leaves=({"X-Auto-Response-Suppress": "OOF"},)),
)


def loop_rule(message: Message) -> str | None:
    """The name of the first rule that forbids answering ``message``, or None."""
    for rule in LOOP_RULES:
        if rule.matches(message):
            return rule.name
    return None


_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")


def reply_address(message: Message) -> str | None:
    """Return-Path, else From; None unless it is exactly one plain address."""
    for name in ("Return-Path", "From"):
        if name in message:
            found = getaddresses([str(message.get(name))])
            addrs = [a for _, a in found if a]
            if len(addrs) == 1 and _ADDRESS.fullmatch(addrs[0]):
                return addrs[0]
            return None
    return None


def _hmac_key(config: Config) -> bytes:
    """This installation's rate-limit key, made on first use. Written to a temporary name and
    linked into place, so a concurrent worker never reads a half-written key."""
    path = config.storage.data_dir / "notices.key"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".notices.key.{secrets.token_hex(6)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)  # never replaces: the first worker's key wins
        except FileExistsError:
            pass
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_bytes()


def address_hmac(config: Config, address: str) -> str:
    return hmac.new(_hmac_key(config), address.strip().lower().encode(), hashlib.sha256).hexdigest()


def wants_acknowledgement(config: Config, sender_cpc: str | None) -> bool:
    if sender_cpc is None:
        return False
    for entry in config.cpcs:
        if entry.name == sender_cpc:
            return config.notify.acknowledge if entry.acknowledge is None else entry.acknowledge
    return False


def in_committee_domains(config: Config, sender_cpc: str, address: str) -> bool:
    """The reply goes only to the committee's own domains (or subdomains): a report that names a
    committee in its text does not make an outside address one of theirs."""
    domain = address.rpartition("@")[2].lower()
    for entry in config.cpcs:
        if entry.name == sender_cpc:
            return any(domain == d or domain.endswith("." + d) for d in entry.sender_domains)
    return False


def ack_context(config: Config, message: MessageRow, reports: list[ReportRow]) -> dict[str, object]:
    """Everything the template may say: references, committee, types, dates, timeliness, reason words."""
    tz = ZoneInfo(config.deadline.timezone)
    received_at = message.received_at if message.received_at.tzinfo else message.received_at.replace(tzinfo=timezone.utc)
    received_on = received_at.astimezone(tz).date()
    items = [{
        "reference": r.reference,
        "doc_type": r.doc_type,
        "type_name": wording.TYPE_NAMES.get(r.doc_type, r.doc_type),
        "cpc": r.cpc,
        "ratified_on": r.ratified_on,
        "due_by": r.due_by,
        "timeliness": r.timeliness,
        "days_late": r.days_late,
        "deadline": wording.deadline_sentence(r.ratified_on, r.due_by, received_on, r.timeliness, r.days_late),
    } for r in reports]
    duplicate_of = [d for d in (message.duplicate_of or "").split(",") if re.fullmatch(r"[A-Z]+-\d{4}-\d{4,}", d)]
    return {
        "committee": message.sender_cpc,
        "received_on": wording.day_month(received_on, received_on),
        "status": message.status,
        "reports": items,
        "duplicate_of": duplicate_of,
        "held_reason": None if message.status == "filed" else wording.held_reason(message.reason),
        "reason_code": message.reason,
    }


@dataclass(frozen=True)
class ReplyTo:
    """Where an acknowledgement goes and what it threads onto (RFC 5322 section 3.6.4)."""

    address: str
    in_reply_to: str | None
    references: str | None


def reply_plan(config: Config, sender_cpc: str, headers: Message) -> ReplyTo | str:
    """The reply, or in a few words why there is none (for the log: rule names, never content)."""
    rule = loop_rule(headers)
    if rule is not None:
        return rule
    recipient = reply_address(headers)
    if recipient is None:
        return "no single reply address"
    if not in_committee_domains(config, sender_cpc, recipient):
        return "the reply address is outside the committee's domains"
    if recipient.lower() in (a.lower() for a in (config.notify.from_address, *config.smtp.recipients)):
        return "the sender is ingestd itself"
    original_id = str(headers.get("Message-ID", "")).strip()
    if not re.fullmatch(r"<[^<>\s]+>", original_id):
        return ReplyTo(recipient, None, None)
    references = " ".join(str(headers.get("References", "")).split())
    references = f"{references} {original_id}".strip()
    if not re.fullmatch(r"(<[^<>\s]+> ?)+", references) or len(references) > 900:
        references = original_id
    return ReplyTo(recipient, original_id, references)


def acknowledge_recorded(services: Services, intake: Intake, read_raw: Callable[[], bytes]) -> bool:
    """Queue the acknowledgement for a message just recorded, if one is due. True if queued.

    Hostile or malformed headers mean no reply, never a failure: the message is filed already
    and must not be retried (or turned into ``poison``) because of its acknowledgement. Database
    and disk failures do propagate: the caller keeps the spool entry and the replay queues it.
    """
    config: Config = services.config
    if not config.notify.enabled:
        return False
    sm = services.sessions
    with sm() as session:
        message = session.scalars(select(MessageRow).where(MessageRow.intake_id == intake.intake_id)).first()
        if message is None:
            return False
        reports = list(session.scalars(select(ReportRow).where(ReportRow.message_id == message.id)
                                       .order_by(ReportRow.id)))
        same_message_before = message.status == "duplicate" and session.scalars(
            select(MessageRow.id).where(MessageRow.id < message.id, or_(
                MessageRow.sha256 == message.sha256,
                and_(MessageRow.message_id_sha256.is_not(None),
                     MessageRow.message_id_sha256 == message.message_id_sha256))).limit(1)).first() is not None
    key = f"ack:{intake.intake_id}:{message.status}"
    if not wants_acknowledgement(config, message.sender_cpc) or notices.exists(sm, key):
        return False
    if same_message_before:  # the same mail again (by SMTP and by IMAP, say): it was answered the first time
        log.info("id=%s no acknowledgement: the same message was received before", intake.intake_id)
        return False
    try:
        plan = reply_plan(config, message.sender_cpc or "", parse_headers(read_raw()))
    except OSError:
        raise
    except Exception as exc:  # noqa: BLE001 - hostile headers: no reply is the safe answer
        plan = f"headers unreadable ({exc.__class__.__name__})"
    if isinstance(plan, str):
        log.info("id=%s no acknowledgement: %s", intake.intake_id, plan)
        return False
    now = services.clock()
    digest = address_hmac(config, plan.address)
    try:
        rendered = compose.render(config.notify, "ack.txt.j2", ack_context(config, message, reports))
    except compose.TemplateProblem as exc:
        log.error("id=%s no acknowledgement: %s", intake.intake_id, exc)
        return False
    message_id = compose.new_message_id(config.notify)
    content = compose.build(config.notify, kind="ack", to=plan.address, rendered=rendered, message_id=message_id,
                            date=now, in_reply_to=plan.in_reply_to, references=plan.references)
    summary = ", ".join(r.reference for r in reports) or f"held: {message.reason or message.status}"
    result = notices.enqueue_ack(sm, notices.NewNotice(
        notice_key=key, kind="ack", message_id=message_id, recipient=plan.address, content=content,
        summary=summary, intake_id=intake.intake_id, recipient_hmac=digest), now,
        since=now - timedelta(seconds=config.notify.ack_min_interval))
    if result == "queued":
        log.info("id=%s acknowledgement queued (%s)", intake.intake_id, summary)
    elif result == "rate-limited":
        log.info("id=%s no acknowledgement: this sender had one less than %ds ago", intake.intake_id,
                 config.notify.ack_min_interval)
    return result == "queued"
