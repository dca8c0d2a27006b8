"""The value every successful extraction returns.

Kept in its own module so that the worker process and the parent agree on one type without
the parent importing any parsing library.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ExtractionResult:
    """Plain text of one attachment: one paragraph (or table row) per line.

    ``pages`` is the PDF page count (or the number of frames of a scanned image); ``None``
    for formats without fixed pages (DOCX). ``ocr_pages`` of them were read by OCR, with
    ``ocr_confidence`` the mean Tesseract word confidence (0-100) over those pages.
    ``scan_pages`` (PDF only, before OCR) are the 0-based pages with no text layer but an
    image. ``not_a_report`` is set (with the heuristic's name) for a part that is read but
    is plainly no report: a signature logo, a photo without text.
    """

    text: str
    pages: int | None = None
    ocr_pages: int = 0
    ocr_confidence: float | None = None
    scan_pages: tuple[int, ...] = field(default=(), repr=False)
    not_a_report: str | None = None

    @property
    def text_source(self) -> str:
        """``text`` (a text layer), ``ocr`` (every page OCR'd) or ``text+ocr`` (some pages)."""
        if not self.ocr_pages:
            return "text"
        return "ocr" if self.ocr_pages >= (self.pages or 0) else "text+ocr"

    def __repr__(self) -> str:
        # The text is personal data: never let it reach a log through repr().
        return (f"ExtractionResult(chars={len(self.text)}, pages={self.pages}, ocr_pages={self.ocr_pages}, "
                f"not_a_report={self.not_a_report})")
