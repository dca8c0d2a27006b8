"""The pipeline: raw message bytes in, a verdict with anonymised report drafts out.

Stages, each a small function over plain data (``ingestd.model``)::

    parse MIME -> unwrap (OpenPGP) -> choose report attachments (sniffed) -> extract (sandboxed)
      -> classify -> identify CPC -> ratification date -> deadline -> redact -> draft

Filing (reference numbers, duplicates) is the storage layer's job, in one transaction, so
that this module never touches the database and can be run again on the same bytes at any
time with the same result. A stage that must stop the message raises ``Quarantine(reason)``;
the whole message is then kept aside and nothing of it is filed (never half-filed).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from ingestd import parsers
from ingestd.redaction import Redacted
from ingestd.config.schema import Config, CpcEntry
from ingestd import analysis
from ingestd.analysis.classify import classify_with_evidence
from ingestd.analysis.cpc import identify_committee
from ingestd.analysis.dates import Candidate as RatificationCandidate
from ingestd.analysis.dates import decide, ratification_candidates
from ingestd.errors import ParseError, Quarantine
from ingestd.mime import message_id_digest, parse_headers, prescan, sender_domain
from ingestd.model import (
    Candidate,
    Classified,
    CryptoStatus,
    Extracted,
    Intake,
    MessagePart,
    ReportDraft,
    Unwrapped,
)

log = logging.getLogger("ingestd.pipeline")

REPORT_TYPES = ("ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME")
# Parts that are never reports, whatever their bytes sniff as (RFC 3156 signatures, keys).
IGNORED_TYPES = ("application/pgp-signature", "application/pgp-keys", "application/pkcs7-signature")

Unwrapper = Callable[[bytes, "CpcEntry | None"], Unwrapped]
Extractor = Callable[[bytes, str], "parsers.ExtractionResult"]


@dataclass(frozen=True)
class Verdict:
    status: str  # filed | no_report | quarantined (the storage layer may turn it into duplicate)
    reason: str | None = None
    drafts: tuple[ReportDraft, ...] = ()
    sender_cpc: str | None = None
    message_id_sha256: str | None = None
    crypto: CryptoStatus = field(default_factory=CryptoStatus)
    detail: str | None = None


@dataclass(frozen=True)
class Pipeline:
    """The stages bound to one configuration. ``unwrap`` is the OpenPGP seam."""

    config: Config
    unwrap: Unwrapper
    extract: Extractor
    redact: Callable[[str], Redacted]

    def run(self, raw: bytes, intake: Intake) -> Verdict:
        cid = intake.intake_id
        try:
            prescan(raw)
        except Quarantine as signal:
            log.warning("id=%s quarantined reason=%s", cid, signal.reason)
            return Verdict(status="quarantined", reason=signal.reason, detail=signal.detail or None)
        try:
            message = parse_headers(raw)  # sender and Message-ID; unwrap parses the structure
        except Exception as exc:  # noqa: BLE001 - the email package can raise anything on hostile input
            log.warning("id=%s unparsable MIME (%s)", cid, exc.__class__.__name__)
            return Verdict(status="quarantined", reason="malformed-mime")
        domain = sender_domain(message)
        mid = message_id_digest(message)
        sender = analysis.identify_cpc(domain, None, self.config.cpcs)
        sender_entry = next((c for c in self.config.cpcs if c.name == sender), None)
        crypto = CryptoStatus()
        try:
            unwrapped = self.unwrap(raw, sender_entry)
            crypto = unwrapped.crypto
            candidates = choose_attachments(unwrapped.parts, self.config.pipeline.max_attachment_size)
            log.info("id=%s parts=%d candidates=%d encrypted=%s verdict=%s", cid, len(unwrapped.parts),
                     len(candidates), crypto.encrypted, crypto.verdict)
            if not candidates:
                return Verdict(status="no_report", reason="no-attachment", sender_cpc=sender,
                               message_id_sha256=mid, crypto=crypto)
            extracted = [self._extract(c, cid) for c in candidates]
            classified = [classify(e) for e in extracted]
            reports = [c for c in classified if c.doc_type in REPORT_TYPES]
            if not reports:
                return Verdict(status="no_report", reason="no-report", sender_cpc=sender,
                               message_id_sha256=mid, crypto=crypto,
                               detail=f"attachments={len(classified)} all OTHER")
            drafts = tuple(self._draft(report, domain, intake.received_at, cid) for report in reports)
        except Quarantine as signal:
            log.warning("id=%s quarantined reason=%s", cid, signal.reason)
            return Verdict(status="quarantined", reason=signal.reason, sender_cpc=sender, message_id_sha256=mid,
                           crypto=crypto, detail=signal.detail or None)
        return Verdict(status="filed", drafts=drafts, sender_cpc=sender or drafts[0].cpc, message_id_sha256=mid,
                       crypto=crypto)

    def _extract(self, candidate: Candidate, cid: str) -> Extracted:
        try:
            result = self.extract(candidate.data, candidate.kind)
        except ParseError as exc:
            log.warning("id=%s attachment sha256=%s kind=%s size=%d not extracted reason=%s", cid,
                        candidate.sha256[:16], candidate.kind, candidate.size, exc.reason)
            raise Quarantine(exc.reason, f"attachment sha256={candidate.sha256[:16]}") from exc
        return Extracted(candidate=candidate, text=result.text, pages=result.pages)

    def _draft(self, report: Classified, domain: str | None, received_at: datetime, cid: str) -> ReportDraft:
        text = report.extracted.text
        committee = identify_committee(domain, text, self.config.cpcs, report.subject,
                                       received_at.astimezone(ZoneInfo(self.config.deadline.timezone)).date())
        cpc = committee.name
        candidates = ratification_candidates(text, report.doc_type)
        ratified_on = decide(candidates)
        deadline = analysis.compute_deadline(report.doc_type, ratified_on, received_at, self.config.deadline)
        redacted = self.redact(text)
        counts = dict(redacted.counts)
        log.info("id=%s report type=%s sha256=%s ratified=%s timeliness=%s redactions=%d", cid, report.doc_type,
                 report.extracted.candidate.sha256[:16], "known" if ratified_on else "unknown",
                 deadline.timeliness, sum(counts.values()))
        return ReportDraft(doc_type=report.doc_type, cpc=cpc, decision=report.decision if report.doc_type == "ICR"
                           else None, deadline=deadline, redacted_text=redacted.text,
                           redaction_counts=counts, attachment_sha256=report.extracted.candidate.sha256,
                           subject=report.subject, ratification_candidates=candidate_records(candidates),
                           suspects=tuple(redacted.suspects), cpc_flag=committee.flag)


def choose_attachments(parts: tuple[MessagePart, ...] | list[MessagePart], max_size: int) -> list[Candidate]:
    """Parts whose *content* is a PDF or DOCX; one candidate per distinct content."""
    chosen: list[Candidate] = []
    seen: set[str] = set()
    for part in parts:
        if part.content_type in IGNORED_TYPES or not part.data:
            continue
        kind = parsers.sniff(part.data)
        if kind is None:
            continue
        if len(part.data) > max_size:
            raise Quarantine("too-large", f"attachment size={len(part.data)}")
        digest = hashlib.sha256(part.data).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        chosen.append(Candidate(data=part.data, kind=kind, sha256=digest, size=len(part.data)))
    return chosen


def classify(extracted: Extracted) -> Classified:
    result = classify_with_evidence(extracted.text)
    return Classified(extracted=extracted, doc_type=result.doc_type, decision=result.decision,
                      subject=result.subject)


_MAX_STORED_CANDIDATES = 5


def candidate_records(candidates: list[RatificationCandidate]) -> tuple[dict, ...]:
    """What is stored of the ratification candidates: dates, weights and rule names, never text."""
    return tuple({"date": c.value.isoformat() if c.value else None, "weight": c.weight,
                  "rules": [e.rule for e in c.evidence]} for c in candidates[:_MAX_STORED_CANDIDATES])
