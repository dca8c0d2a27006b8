"""Plain data passed between pipeline stages.

Every stage takes and returns these frozen dataclasses; none of them is persisted as is.
Fields that hold personal data (``text``, ``data``) live only in memory while a message is
processed; storage receives the redacted text and counts only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Intake:
    """How a message reached us. ``received_at`` is timezone-aware (UTC)."""

    intake_id: str  # the spool id: unique per delivery, also names quarantine/archive files
    channel: str  # "smtp" | "imap" | "file"
    received_at: datetime
    sha256: str  # of the raw bytes as received
    size: int
    source: dict[str, str | int] = field(default_factory=dict)  # e.g. IMAP uidvalidity/uid
    # Where received_at came from: relay | accepted | internaldate | header | clock
    # (ingestd.intake.receipt). None for records made before this was kept.
    received_source: str | None = None


@dataclass(frozen=True)
class MessagePart:
    """One leaf MIME part of the effective (decrypted) message."""

    data: bytes
    content_type: str  # as declared by the sender: a hint only, never trusted for the format
    disposition: str | None  # "attachment" | "inline" | None
    content_id: str | None = None
    from_encrypted: bool = False  # true when this part came out of an OpenPGP layer


@dataclass(frozen=True)
class CryptoStatus:
    """What the OpenPGP stage established. Sender headers never set any of this."""

    encrypted: bool = False
    signed: bool = False
    signer: str | None = None  # primary-key fingerprint of the one valid, registered signature
    verdict: str = "unsigned"  # valid | unsigned | signer-not-registered | bad-signature | expired-key | ...


@dataclass(frozen=True)
class Unwrapped:
    """Output of the unwrap stage: the leaf parts to look in for reports, and the crypto verdict."""

    parts: tuple[MessagePart, ...]
    crypto: CryptoStatus


@dataclass(frozen=True)
class Candidate:
    """An attachment whose content sniffed as a report format (or an archive of them)."""

    data: bytes
    kind: str  # one of ingestd.parsers.KINDS: pdf | docx | odt | ole | rtf | image | zip
    sha256: str
    size: int
    part: int = 0  # 1-based position among the message's attachments in a report format (or ZIP)


@dataclass(frozen=True)
class HeldPart:
    """An attachment that could not be read: recorded, never dropped, never named.

    ``part`` is its 1-based position among the message's attachments in a report format or
    ZIP (a ZIP member carries its archive's position), ``reason`` a code of ``ingestd.reasons``.
    """

    part: int
    kind: str
    reason: str
    sha256: str
    size: int

    def as_json(self) -> dict[str, str | int]:
        from ingestd.reasons import meaning

        return {"part": self.part, "kind": self.kind, "reason": self.reason, "meaning": meaning(self.reason),
                "sha256": self.sha256[:16], "size": self.size}


@dataclass(frozen=True)
class Extracted:
    candidate: Candidate
    text: str
    pages: int | None = None
    text_source: str = "text"  # text | ocr | text+ocr
    ocr_confidence: float | None = None


@dataclass(frozen=True)
class Classified:
    extracted: Extracted
    doc_type: str  # ICR | SCR | LR | LR-DECISION | LR-OUTCOME | OTHER
    decision: str | None  # ICR only: proceed_to_scr | no_scr | other_learning_activity | None
    subject: str | None = None  # child | adult | None


@dataclass(frozen=True)
class Deadline:
    ratified_on: date | None
    due_by: date | None
    timeliness: str  # on_time | late | unknown
    days_late: int | None


@dataclass(frozen=True)
class RedactionResult:
    text: str
    counts: dict[str, int]


@dataclass(frozen=True)
class ReportDraft:
    """Everything needed to file one report; only anonymised data from here on."""

    doc_type: str
    cpc: str | None
    decision: str | None
    deadline: Deadline
    redacted_text: str
    redaction_counts: dict[str, int]
    attachment_sha256: str
    subject: str | None = None  # child | adult | None, from the report's words
    # The ratification candidates a reviewer can choose between: dates, weights, rule names.
    ratification_candidates: tuple[dict, ...] = ()
    suspects: tuple[tuple[int, int], ...] = ()  # positions in redacted_text for a human check
    cpc_flag: str | None = None  # "unknown" when cpc is None
    text_source: str = "text"  # text | ocr | text+ocr: a reviewer must know OCR'd text may be imperfect
    ocr_confidence: float | None = None


@dataclass(frozen=True)
class FiledReport:
    reference: str
    doc_type: str
    timeliness: str
    days_late: int | None


@dataclass(frozen=True)
class IntakeOutcome:
    """What happened to one message, as the CLI reports it."""

    intake: Intake
    status: str  # filed | duplicate | quarantined | no_report
    reason: str | None = None
    reports: tuple[FiledReport, ...] = ()
    duplicate_of: tuple[str, ...] = ()
