"""The sandboxed side of extraction: ``python -m ingestd.parsers.worker KIND MEMORY_MB CPU_S MAX_CHARS``.

The document arrives on stdin and one JSON object leaves on stdout:
``{"ok": true, "text": ..., "pages": ...}`` or ``{"ok": false, "reason": ..., "detail": ...}``.
Limits are set before any parsing library is imported, so even their import runs inside
them. Nothing is written to stderr on purpose: exception messages from pdfminer or lxml can
quote document bytes, so only exception class names ever leave this process.
"""

from __future__ import annotations

import json
import logging
import resource
import sys
from typing import Any

_MB = 1024 * 1024


def _apply_limits(memory_mb: int, cpu_seconds: int) -> None:
    """RLIMIT_AS bounds every allocation (decompression bombs, THREATS D2/E1); RLIMIT_CPU
    ends runaway parsing with SIGXCPU, then SIGKILL one second later; RLIMIT_CORE=0 keeps a
    crash from dumping document text to disk; RLIMIT_FSIZE=0 forbids writing files."""
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * _MB, memory_mb * _MB))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


def _extract(kind: str, data: bytes, memory_mb: int) -> dict[str, Any]:
    from ingestd.errors import ParseError

    try:
        if kind == "pdf":
            from .pdf_text import pdf_to_text

            text, pages = pdf_to_text(data)
            return {"ok": True, "text": text, "pages": pages}
        if kind == "docx":
            from .docx_text import docx_to_text
            from .zipguard import ZipLimits, check_docx_container

            check_docx_container(data, ZipLimits.for_memory(memory_mb))
            return {"ok": True, "text": docx_to_text(data), "pages": None}
        return {"ok": False, "reason": "unreadable", "detail": "unknown kind"}
    except ParseError as exc:
        return {"ok": False, "reason": exc.reason, "detail": exc.detail}
    except MemoryError:
        return {"ok": False, "reason": "parse-memory", "detail": "MemoryError"}
    except RecursionError:
        # THREATS D1: a circular /Prev chain recurses until Python gives up.
        return {"ok": False, "reason": "unreadable", "detail": "RecursionError"}
    except Exception as exc:  # noqa: BLE001 - the one boundary where library errors become codes
        return {"ok": False, "reason": _classify(exc), "detail": type(exc).__name__}


def _classify(exc: Exception) -> str:
    """Map pdfminer/python-docx exception classes to our reason codes, by class name only."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    if names & {"PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"}:
        return "encrypted-pdf"
    return "unreadable"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    kind, memory_mb, cpu_seconds, max_chars = args[0], int(args[1]), int(args[2]), int(args[3])
    _apply_limits(memory_mb, cpu_seconds)
    logging.disable(logging.CRITICAL)  # pdfminer warns with object contents
    data = sys.stdin.buffer.read()
    try:
        outcome = _extract(kind, data, memory_mb)
        if outcome["ok"] and len(outcome["text"]) > max_chars:
            outcome = {"ok": False, "reason": "too-large", "detail": f"text of {len(outcome['text'])} chars"}
        payload = json.dumps(outcome).encode("utf-8")
    except MemoryError:
        payload = b'{"ok": false, "reason": "parse-memory", "detail": "MemoryError"}'
    sys.stdout.buffer.write(payload)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
