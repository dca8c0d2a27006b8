"""Format sniffing and sandboxed text extraction for report attachments.

    sniff(data) -> one of KINDS | None             content only; filenames are the sender's
    extract_text(data, kind, limits, password=None) -> ExtractionResult
        raises ingestd.errors.ParseError with ``reason`` one of REASONS
    open_archive(data, limits, password=None) -> [member bytes]    for kind "zip"
    ocr_engine(limits), converter(limits) -> the binary's path, or None when it is not installed

Parsing happens in separate worker processes (``parsers.worker``) under RLIMIT_AS,
RLIMIT_CPU and a wall-clock timeout; this process never imports pdfminer, python-docx,
PDFium, Pillow or msoffcrypto. A PDF is read in up to two jobs: its text layer (within
``parse_wall_seconds``), then, for pages that are scans, OCR (within ``ocr_wall_seconds``).

Whether a PDF has enough text is judged here, once OCR has had its say:

* under ``MIN_CHARS_PER_PAGE`` visible characters a page on average, with scanned pages
  (no text, an image) that OCR could not read or OCR off: ``no-text-layer``;
* the same with no scanned page (a text layer that says next to nothing): ``little-text``;
* OCR'd text whose mean word confidence is under ``[pipeline] ocr_min_confidence``:
  ``ocr-low-confidence`` (bad text would be filed and redacted badly).
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import shutil
import time
from typing import Any

from ingestd.config.schema import PipelineConfig
from ingestd.errors import ParseError
from ingestd.reasons import ATTACHMENT_CODES

from .result import ExtractionResult
from .sandbox import run_worker
from .sniff import DOCUMENT_KINDS, KINDS, sniff

__all__ = ["KINDS", "REASONS", "ExtractionResult", "converter", "extract_text", "ocr_engine", "open_archive",
           "sniff"]

log = logging.getLogger("ingestd.parse")

#: Stable reason codes carried by ``ParseError.reason`` (meanings in ``ingestd.reasons``).
REASONS = tuple(code for code in ATTACHMENT_CODES if code not in ("portal-encrypted", "held-parts"))
MIN_CHARS_PER_PAGE = 20  # below this on average the "text" is page numbers on a scan
PAGE_SEPARATOR = "\f"
_CONVERTED = ("ole", "odt", "rtf")
_CONVERT_FILE_MB = 512  # LibreOffice's profile and output; the worker may write no more


def ocr_engine(limits: PipelineConfig) -> str | None:
    """Absolute path of the Tesseract binary, or None: OCR is off."""
    return _binary(limits.tesseract)


def converter(limits: PipelineConfig) -> str | None:
    """Absolute path of LibreOffice's ``soffice``, or None: .doc/.rtf/.odt cannot be read."""
    return _binary(limits.soffice)


def _binary(name: str) -> str | None:
    if not name:
        return None
    if os.path.isabs(name):
        return name if os.access(name, os.X_OK) else None
    return shutil.which(name)


def extract_text(data: bytes, kind: str, limits: PipelineConfig, *, password: str | None = None) -> ExtractionResult:
    """Turn an attachment already sniffed as ``kind`` into plain text, or raise ``ParseError``.

    ``password`` (from an operator, for a protected file) is handed to the worker over its
    stdin and used only there; it is never logged.
    """
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"extract_text: kind must be one of {DOCUMENT_KINDS}, got {kind!r}")
    digest = _refuse_oversize(data, limits)
    started = time.monotonic()
    try:
        if kind == "pdf":
            result = _pdf(data, limits, password)
        elif kind == "image":
            result = _image(data, limits)
        else:
            outcome = _job(data, kind, limits, password=password)
            result = ExtractionResult(text=outcome.get("text", ""), not_a_report=outcome.get("not_a_report"))
    except ParseError as exc:
        log.info("parse failed sha256=%s kind=%s size=%d reason=%s", digest, kind, len(data), exc.reason)
        raise
    log.info(
        "parsed sha256=%s kind=%s size=%d chars=%d pages=%s ocr_pages=%d in %.2fs",
        digest, kind, len(data), len(result.text), result.pages, result.ocr_pages, time.monotonic() - started,
    )
    return result


def open_archive(data: bytes, limits: PipelineConfig, *, password: str | None = None) -> list[bytes]:
    """The report-format members of a ZIP attachment, unpacked in the worker under its limits."""
    digest = _refuse_oversize(data, limits)
    try:
        outcome = _job(data, "zip", limits, password=password, max_member_total=limits.max_attachment_size)
    except ParseError as exc:
        log.info("archive refused sha256=%s size=%d reason=%s", digest, len(data), exc.reason)
        raise
    members = [base64.b64decode(m) for m in outcome["members"]]
    log.info("archive sha256=%s size=%d report_members=%d", digest, len(data), len(members))
    return members


def _refuse_oversize(data: bytes, limits: PipelineConfig) -> str:
    digest = hashlib.sha256(data).hexdigest()[:16]
    if len(data) > limits.max_attachment_size:
        log.info("parse refused sha256=%s size=%d reason=too-large", digest, len(data))
        raise ParseError("too-large", f"{len(data)} bytes over {limits.max_attachment_size}")
    return digest


def _job(data: bytes, kind: str, limits: PipelineConfig, *, password: str | None = None,
         wall_seconds: int | None = None, **extra: Any) -> dict[str, Any]:
    options: dict[str, Any] = {
        "kind": kind,
        "memory_mb": limits.parse_memory_mb,
        "text_memory_mb": limits.parse_memory_mb,
        "cpu_seconds": limits.parse_cpu_seconds,
        "max_chars": limits.max_text_chars,
        "fsize_mb": 0,
        **extra,
    }
    wall = wall_seconds or limits.parse_wall_seconds
    if kind in _CONVERTED:
        soffice = converter(limits)
        if soffice is not None:
            options["convert"] = {"soffice": soffice, "timeout": limits.convert_wall_seconds}
        options["memory_mb"] = max(limits.parse_memory_mb, limits.convert_memory_mb)
        options["fsize_mb"] = _CONVERT_FILE_MB
        wall = limits.parse_wall_seconds + limits.convert_wall_seconds
    return run_worker(data, options, limits, wall_seconds=wall, password=password)


def _ocr_options(limits: PipelineConfig) -> dict[str, Any] | None:
    tesseract = ocr_engine(limits)
    if tesseract is None:
        return None
    return {"tesseract": tesseract, "language": limits.ocr_language, "dpi": limits.ocr_dpi,
            "wall_seconds": limits.ocr_wall_seconds, "memory_mb": limits.parse_memory_mb}


def _pdf(data: bytes, limits: PipelineConfig, password: str | None) -> ExtractionResult:
    outcome = _job(data, "pdf", limits, password=password)
    pages: list[str] = list(outcome["page_texts"])
    scans: list[int] = list(outcome["scan_pages"])
    ocr = _ocr_options(limits) if scans else None
    confidence: float | None = None
    ocr_pages = 0
    if ocr is not None:
        if len(scans) > limits.ocr_max_pages:
            raise ParseError("too-large", f"{len(scans)} scanned pages over ocr_max_pages={limits.ocr_max_pages}")
        read = _job(data, "ocr-pdf", limits, password=password, wall_seconds=limits.ocr_wall_seconds + 5,
                    ocr=ocr, pages=scans, cpu_seconds=max(limits.parse_cpu_seconds, limits.ocr_wall_seconds))
        for index, text in zip(scans, read["page_texts"]):
            pages[index] = text
        ocr_pages = len(scans) if read["words"] else 0
        confidence = read["confidence"]
    text = PAGE_SEPARATOR.join(pages)
    visible = _visible(text)
    if visible < MIN_CHARS_PER_PAGE * len(pages):
        reason = "no-text-layer" if scans else "little-text"
        raise ParseError(reason, f"pages={len(pages)} chars={visible} scan_pages={len(scans)}")
    _check_confidence(confidence, limits)
    return ExtractionResult(text=text, pages=len(pages), ocr_pages=ocr_pages, ocr_confidence=confidence,
                            scan_pages=tuple(scans))


def _image(data: bytes, limits: PipelineConfig) -> ExtractionResult:
    ocr = _ocr_options(limits)
    outcome = _job(data, "image", limits, wall_seconds=limits.ocr_wall_seconds + 5, ocr=ocr,
                   cpu_seconds=max(limits.parse_cpu_seconds, limits.ocr_wall_seconds))
    if outcome.get("not_a_report"):
        return ExtractionResult(text="", not_a_report=outcome["not_a_report"])
    texts = list(outcome["page_texts"])
    confidence = outcome.get("confidence")
    _check_confidence(confidence, limits)
    return ExtractionResult(text=PAGE_SEPARATOR.join(texts), pages=len(texts), ocr_pages=len(texts),
                            ocr_confidence=confidence)


def _check_confidence(confidence: float | None, limits: PipelineConfig) -> None:
    if confidence is not None and confidence < limits.ocr_min_confidence:
        raise ParseError("ocr-low-confidence", f"mean word confidence {confidence:.0f} < {limits.ocr_min_confidence}")


def _visible(text: str) -> int:
    return sum(1 for char in text if not char.isspace())
