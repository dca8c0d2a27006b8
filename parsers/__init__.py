"""Format sniffing and sandboxed text extraction for report attachments.

    sniff(data) -> "pdf" | "docx" | None          content only; filenames are the sender's
    extract_text(data, kind, limits) -> ExtractionResult
        raises ingestd.errors.ParseError with ``reason`` one of REASONS

Parsing happens in a separate worker process (``parsers.worker``) under RLIMIT_AS,
RLIMIT_CPU and a wall-clock timeout; this process never imports pdfminer or python-docx.
"""

from __future__ import annotations

import hashlib
import logging
import time

from ingestd.config.schema import PipelineConfig
from ingestd.errors import ParseError

from .result import ExtractionResult
from .sandbox import run_worker
from .sniff import sniff

__all__ = ["REASONS", "ExtractionResult", "extract_text", "sniff"]

log = logging.getLogger("ingestd.parse")

#: Stable reason codes carried by ``ParseError.reason``.
REASONS = (
    "unreadable",
    "truncated",
    "encrypted-pdf",
    "no-text-layer",
    "parse-timeout",
    "parse-memory",
    "too-large",
    "zip-bomb",
)
KINDS = ("pdf", "docx")


def extract_text(data: bytes, kind: str, limits: PipelineConfig) -> ExtractionResult:
    """Turn an attachment already sniffed as ``kind`` into plain text, or raise ``ParseError``."""
    if kind not in KINDS:
        raise ValueError(f"extract_text: kind must be one of {KINDS}, got {kind!r}")
    digest = hashlib.sha256(data).hexdigest()[:16]
    if len(data) > limits.max_attachment_size:
        log.info("parse refused sha256=%s size=%d reason=too-large", digest, len(data))
        raise ParseError("too-large", f"{len(data)} bytes over {limits.max_attachment_size}")
    started = time.monotonic()
    try:
        result = run_worker(data, kind, limits)
    except ParseError as exc:
        log.info("parse failed sha256=%s kind=%s size=%d reason=%s", digest, kind, len(data), exc.reason)
        raise
    log.info(
        "parsed sha256=%s kind=%s size=%d chars=%d pages=%s in %.2fs",
        digest, kind, len(data), len(result.text), result.pages, time.monotonic() - started,
    )
    return result
