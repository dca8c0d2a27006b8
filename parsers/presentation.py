"""How the parsing side is described to people: ``check-config`` lines, ``show`` lines.

Plain words only; no parsing library is imported here.
"""

from __future__ import annotations

from typing import Any

from ingestd.config.schema import PipelineConfig

from . import converter, ocr_engine


def capabilities(limits: PipelineConfig) -> list[str]:
    """What ``check-config`` says about OCR and format conversion."""
    tesseract = ocr_engine(limits)
    soffice = converter(limits)
    if tesseract:
        ocr = (f"OCR: on ({tesseract}, language {limits.ocr_language}, {limits.ocr_dpi} dpi, at most "
               f"{limits.ocr_max_pages} pages in {limits.ocr_wall_seconds}s, min confidence "
               f"{limits.ocr_min_confidence})")
    else:
        ocr = (f"OCR: off ({limits.tesseract!r} not found: scans are quarantined as no-text-layer; "
               "install tesseract-ocr and tesseract-ocr-eng)")
    if soffice:
        convert = f"Word 97-2003, RTF and ODT: on ({soffice}, {limits.convert_wall_seconds}s per file)"
    else:
        convert = (f"Word 97-2003, RTF and ODT: off ({limits.soffice!r} not found: such attachments are "
                   "quarantined as convert-unavailable; install libreoffice-writer-nogui)")
    return [ocr, convert]


def describe_source(entry: dict[str, Any]) -> str:
    source = entry.get("text_source") or "text"
    if source == "text":
        return "text layer"
    confidence = entry.get("ocr_confidence")
    pages = "all pages" if source == "ocr" else "some pages"
    shown = f"{confidence:.0f}" if isinstance(confidence, (int, float)) else "unknown"
    return f"OCR of {pages} (mean word confidence {shown}/100; check names and dates against the original)"


def held_summary(held_parts: list[dict[str, Any]] | None) -> str | None:
    """What a reviewer is shown: "1 attachment could not be read: part 2 (pdf): <meaning>"."""
    if not held_parts:
        return None
    n = len(held_parts)
    items = "; ".join(f"part {h.get('part')} ({h.get('kind')}): {h.get('meaning') or h.get('reason')}"
                      for h in held_parts)
    return f"{n} attachment{'s' if n != 1 else ''} could not be read: {items}"
