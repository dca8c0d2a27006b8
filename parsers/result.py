"""The value every successful extraction returns.

Kept in its own module so that the worker process and the parent agree on one type without
the parent importing any parsing library.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractionResult:
    """Plain text of one attachment: one paragraph (or table row) per line.

    ``pages`` is the PDF page count; ``None`` for formats without fixed pages (DOCX).
    """

    text: str
    pages: int | None = None

    def __repr__(self) -> str:
        # The text is personal data: never let it reach a log through repr().
        return f"ExtractionResult(chars={len(self.text)}, pages={self.pages})"
