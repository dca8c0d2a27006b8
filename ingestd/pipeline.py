"""The pipeline: raw message bytes in, a verdict with anonymised report drafts out.

Stages, each a small function over plain data (``ingestd.model``)::

    parse MIME -> unwrap (OpenPGP) -> choose report attachments (sniffed) -> extract (sandboxed)
      -> classify -> identify CPC -> ratification date -> deadline -> redact -> draft

Filing (reference numbers, duplicates) is the storage layer's job, in one transaction, so
that this module never touches the database and can be run again on the same bytes at any
time with the same result. A stage that must stop the message raises ``Quarantine(reason)``;
the whole message is then kept aside and nothing of it is filed (never half-filed).

One attachment that cannot be read (a scan OCR cannot read, a protected file) does not hold
back a report beside it: the readable reports are filed, and the verdict carries
``held_parts`` (which attachments, by position and hash, and why) so the original is kept
and a person checks it. Only when no report could be read does an unreadable attachment
quarantine the message, with its reason: it may be the report.
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
from ingestd.portal import portal_notice
from ingestd.model import (
    Candidate,
    Classified,
    CryptoStatus,
    Extracted,
    HeldPart,
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
Extractor = Callable[[bytes, str, "str | None"], "parsers.ExtractionResult"]  # data, kind, password
ArchiveOpener = Callable[[bytes, "str | None"], "list[bytes]"]  # data, password -> report-format members


@dataclass(frozen=True)
class Verdict:
    status: str  # filed | no_report | quarantined (the storage layer may turn it into duplicate)
    reason: str | None = None
    drafts: tuple[ReportDraft, ...] = ()
    sender_cpc: str | None = None
    message_id_sha256: str | None = None
    crypto: CryptoStatus = field(default_factory=CryptoStatus)
    detail: str | None = None
    held_parts: tuple[HeldPart, ...] = ()  # attachments that could not be read (filed or not)


@dataclass(frozen=True)
class Pipeline:
    """The stages bound to one configuration. ``unwrap`` is the OpenPGP seam; ``extract`` and
    ``open_archive`` are the sandboxed parser seams; ``password`` (an operator's, for a
    protected attachment) is passed to them and nowhere else."""

    config: Config
    unwrap: Unwrapper
    extract: Extractor
    redact: Callable[[str], Redacted]
    open_archive: ArchiveOpener

    def run(self, raw: bytes, intake: Intake, *, password: str | None = None) -> Verdict:
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
        held: list[HeldPart] = []
        try:
            unwrapped = self.unwrap(raw, sender_entry)
            crypto = unwrapped.crypto
            candidates, held = choose_attachments(unwrapped.parts, self.config.pipeline.max_attachment_size)
            candidates = self._open_archives(candidates, held, cid, password)
            log.info("id=%s parts=%d candidates=%d encrypted=%s verdict=%s", cid, len(unwrapped.parts),
                     len(candidates), crypto.encrypted, crypto.verdict)
            extracted = [e for e in (self._extract(c, held, cid, password) for c in candidates) if e is not None]
            classified = [classify(e) for e in extracted]
            reports = [c for c in classified if c.doc_type in REPORT_TYPES]
            held_parts = tuple(sorted(held, key=lambda h: h.part))
            if not reports:
                return self._nothing_filed(unwrapped.parts, classified, held_parts, sender, mid, crypto, cid)
            drafts = tuple(self._draft(report, domain, intake.received_at, cid) for report in reports)
        except Quarantine as signal:
            log.warning("id=%s quarantined reason=%s", cid, signal.reason)
            return Verdict(status="quarantined", reason=signal.reason, sender_cpc=sender, message_id_sha256=mid,
                           crypto=crypto, detail=signal.detail or None, held_parts=tuple(held))
        if held_parts:
            log.warning("id=%s filed %d report(s) with %d attachment(s) held: %s", cid, len(drafts), len(held_parts),
                        ",".join(h.reason for h in held_parts))
        return Verdict(status="filed", drafts=drafts, sender_cpc=sender or drafts[0].cpc, message_id_sha256=mid,
                       crypto=crypto, held_parts=held_parts)

    def _nothing_filed(self, parts: tuple[MessagePart, ...], classified: list[Classified],
                       held: tuple[HeldPart, ...], sender: str | None, mid: str | None, crypto: CryptoStatus,
                       cid: str) -> Verdict:
        """No report could be read. An attachment that could not be read may be the report, so
        it quarantines the message with its reason; a portal notice says where the report is;
        otherwise there was nothing to read, or nothing that is a report."""
        common = {"sender_cpc": sender, "message_id_sha256": mid, "crypto": crypto, "held_parts": held}
        if held:
            first = held[0]
            log.warning("id=%s quarantined reason=%s held=%d", cid, first.reason, len(held))
            return Verdict(status="quarantined", reason=first.reason, detail=f"attachment sha256={first.sha256[:16]}",
                           **common)
        notice = portal_notice(parts)
        if notice is not None:
            log.warning("id=%s quarantined reason=portal-encrypted rule=%s", cid, notice)
            return Verdict(status="quarantined", reason="portal-encrypted", detail=f"rule={notice}", **common)
        if not classified:
            return Verdict(status="no_report", reason="no-attachment", **common)
        return Verdict(status="no_report", reason="no-report", detail=f"attachments={len(classified)} all OTHER",
                       **common)

    def _open_archives(self, candidates: list[Candidate], held: list[HeldPart], cid: str,
                       password: str | None) -> list[Candidate]:
        """Replace each ZIP by its report-format members (unpacked in the sandbox)."""
        opened: list[Candidate] = []
        seen = {c.sha256 for c in candidates}
        for candidate in candidates:
            if candidate.kind != "zip":
                opened.append(candidate)
                continue
            try:
                members = self.open_archive(candidate.data, password)
            except ParseError as exc:
                log.warning("id=%s archive sha256=%s size=%d not opened reason=%s", cid, candidate.sha256[:16],
                            candidate.size, exc.reason)
                held.append(_held(candidate, exc.reason))
                continue
            for data in members:
                kind = parsers.sniff(data)
                digest = hashlib.sha256(data).hexdigest()
                if kind is None or kind == "zip" or digest in seen:
                    continue
                seen.add(digest)
                opened.append(Candidate(data=data, kind=kind, sha256=digest, size=len(data), part=candidate.part))
        return opened

    def _extract(self, candidate: Candidate, held: list[HeldPart], cid: str,
                 password: str | None) -> Extracted | None:
        """The attachment's text, or None: it was held (recorded in ``held``) or is plainly no
        report (a logo; logged by the heuristic's name)."""
        try:
            result = self.extract(candidate.data, candidate.kind, password)
        except ParseError as exc:
            log.warning("id=%s attachment sha256=%s kind=%s size=%d not extracted reason=%s", cid,
                        candidate.sha256[:16], candidate.kind, candidate.size, exc.reason)
            held.append(_held(candidate, exc.reason))
            return None
        if result.not_a_report:
            log.info("id=%s attachment sha256=%s kind=%s size=%d is no report (%s)", cid, candidate.sha256[:16],
                     candidate.kind, candidate.size, result.not_a_report)
            return None
        return Extracted(candidate=candidate, text=result.text, pages=result.pages, text_source=result.text_source,
                         ocr_confidence=result.ocr_confidence)

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
        log.info("id=%s report type=%s sha256=%s ratified=%s timeliness=%s redactions=%d source=%s", cid,
                 report.doc_type, report.extracted.candidate.sha256[:16], "known" if ratified_on else "unknown",
                 deadline.timeliness, sum(counts.values()), report.extracted.text_source)
        confidence = report.extracted.ocr_confidence
        return ReportDraft(doc_type=report.doc_type, cpc=cpc, decision=report.decision if report.doc_type == "ICR"
                           else None, deadline=deadline, redacted_text=redacted.text,
                           redaction_counts=counts, attachment_sha256=report.extracted.candidate.sha256,
                           subject=report.subject, ratification_candidates=candidate_records(candidates),
                           suspects=tuple(redacted.suspects), cpc_flag=committee.flag,
                           text_source=report.extracted.text_source,
                           ocr_confidence=round(confidence, 1) if confidence is not None else None)


def _held(candidate: Candidate, reason: str) -> HeldPart:
    return HeldPart(part=candidate.part, kind=candidate.kind, reason=reason, sha256=candidate.sha256,
                    size=candidate.size)


def choose_attachments(parts: tuple[MessagePart, ...] | list[MessagePart],
                       max_size: int) -> tuple[list[Candidate], list[HeldPart]]:
    """Parts whose *content* is a report format or an archive; one candidate per distinct
    content. An oversized one is held (``too-large``), not read and not dropped."""
    chosen: list[Candidate] = []
    held: list[HeldPart] = []
    seen: set[str] = set()
    for part in parts:
        if part.content_type in IGNORED_TYPES or not part.data:
            continue
        kind = parsers.sniff(part.data)
        if kind is None:
            continue
        digest = hashlib.sha256(part.data).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        candidate = Candidate(data=part.data, kind=kind, sha256=digest, size=len(part.data),
                              part=len(chosen) + len(held) + 1)
        if len(part.data) > max_size:
            held.append(_held(candidate, "too-large"))
            continue
        chosen.append(candidate)
    return chosen, held


def classify(extracted: Extracted) -> Classified:
    result = classify_with_evidence(extracted.text)
    return Classified(extracted=extracted, doc_type=result.doc_type, decision=result.decision,
                      subject=result.subject)


_MAX_STORED_CANDIDATES = 5


def candidate_records(candidates: list[RatificationCandidate]) -> tuple[dict, ...]:
    """What is stored of the ratification candidates: dates, weights and rule names, never text."""
    return tuple({"date": c.value.isoformat() if c.value else None, "weight": c.weight,
                  "rules": [e.rule for e in c.evidence]} for c in candidates[:_MAX_STORED_CANDIDATES])
