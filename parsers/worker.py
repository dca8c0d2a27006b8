"""The sandboxed side of extraction: ``python -m ingestd.parsers.worker OPTIONS_JSON``.

``OPTIONS_JSON`` says what to do and under which limits (kind, memory, CPU, output bound,
OCR and conversion settings); it holds nothing secret. Stdin carries a 4-byte big-endian
length, that many bytes of password (UTF-8; length 0 for none), then the document: the
password thus never appears in argv or the environment (both readable in ``/proc`` by the
same user) and never leaves this process. One JSON object leaves on stdout:
``{"ok": true, ...}`` or ``{"ok": false, "reason": ..., "detail": ...}``.

Limits are set before any parsing library is imported, so even their import runs inside
them. Nothing is written to stderr on purpose: exception messages from pdfminer or lxml can
quote document bytes, so only exception class names ever leave this process.

=========  ====================================================================================
kind       does
=========  ====================================================================================
pdf        pdfminer text per page, and which pages are scans (no text, an image)
ocr-pdf    renders the listed pages with PDFium and OCRs them with Tesseract
image      OCRs every frame of a PNG/JPEG/TIFF; small or wordless pictures are not reports
docx       zip guards, then python-docx
ole        OLE2: an encrypted OOXML package (msoffcrypto) or Word 97-2003 (LibreOffice)
odt, rtf   LibreOffice to DOCX, then as docx
zip        archive guards, then the bytes of every member that sniffs as a report format
=========  ====================================================================================
"""

from __future__ import annotations

import base64
import io
import json
import logging
import resource
import struct
import sys
import time
from typing import Any

_MB = 1024 * 1024


def _apply_limits(memory_mb: int, cpu_seconds: int, fsize_mb: int) -> None:
    """RLIMIT_AS bounds every allocation (decompression bombs, THREATS D2/E1); RLIMIT_CPU
    ends runaway parsing with SIGXCPU, then SIGKILL one second later; RLIMIT_CORE=0 keeps a
    crash from dumping document text to disk; RLIMIT_FSIZE=0 forbids writing files (only a
    LibreOffice conversion, which must write its profile and output, gets a bound instead).
    Children (Tesseract, LibreOffice) inherit all of them."""
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * _MB, memory_mb * _MB))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize_mb * _MB, fsize_mb * _MB))


def frame(password: str | None, data: bytes) -> bytes:
    """What the parent writes to the worker's stdin."""
    secret = (password or "").encode("utf-8")
    return struct.pack(">I", len(secret)) + secret + data


def _unframe(raw: bytes) -> tuple[str, bytes]:
    (length,) = struct.unpack_from(">I", raw, 0)
    return raw[4 : 4 + length].decode("utf-8"), raw[4 + length :]


def _extract(kind: str, data: bytes, password: str, options: dict[str, Any]) -> dict[str, Any]:
    from ingestd.errors import ParseError

    try:
        handler = _HANDLERS.get(kind)
        if handler is None:
            return {"ok": False, "reason": "unreadable", "detail": "unknown kind"}
        return handler(data, password, options)
    except ParseError as exc:
        return {"ok": False, "reason": exc.reason, "detail": exc.detail}
    except MemoryError:
        return {"ok": False, "reason": "parse-memory", "detail": "MemoryError"}
    except RecursionError:
        # THREATS D1: a circular /Prev chain recurses until Python gives up.
        return {"ok": False, "reason": "unreadable", "detail": "RecursionError"}
    except Exception as exc:  # noqa: BLE001 - the one boundary where library errors become codes
        return {"ok": False, "reason": _classify(exc, password), "detail": type(exc).__name__}


def _classify(exc: Exception, password: str) -> str:
    """Map library exception classes to our reason codes, by class name only."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    if names & {"PDFPasswordIncorrect", "InvalidKeyError"}:
        return "password-wrong" if password else "password-protected"
    if names & {"PDFEncryptionError", "PDFEncryptionWarning", "PDFEncryptionV4Error"}:
        return "password-protected"  # an encryption scheme pdfminer cannot open
    if names & {"DecompressionBombError"}:
        return "zip-bomb"
    return "unreadable"


# ---- one handler per kind ----------------------------------------------------------------------

def _pdf(data: bytes, password: str, options: dict[str, Any]) -> dict[str, Any]:
    from .pdf_text import pdf_page_texts

    pages, scans = pdf_page_texts(data, password)
    return {"ok": True, "page_texts": pages, "scan_pages": scans}


def _ocr_pdf(data: bytes, password: str, options: dict[str, Any]) -> dict[str, Any]:
    from .ocr import RENDER_MARGIN, OcrSettings, max_page_pixels, ocr_image, render_pdf_pages

    settings = OcrSettings.from_options(options["ocr"])
    deadline = time.monotonic() + settings.wall_seconds
    pages = [int(p) for p in options["pages"]]
    texts: list[str] = []
    confidences: list[float] = []
    for image, dpi in render_pdf_pages(data, pages, settings.dpi, password,
                                       max_page_pixels(settings.memory_mb, RENDER_MARGIN)):
        page = ocr_image(image, settings, deadline, dpi=dpi)
        del image  # before the next page is rendered
        texts.append(page.text)
        confidences.extend(page.confidences)
    return {"ok": True, "page_texts": restore_case(texts), "words": len(confidences),
            "confidence": sum(confidences) / len(confidences) if confidences else None}


def _image(data: bytes, password: str, options: dict[str, Any]) -> dict[str, Any]:
    from .ocr import (MIN_SCAN_SIDE_PX, MIN_WORDS_PER_IMAGE, OcrSettings, clean, image_frames, max_page_pixels,
                      ocr_image, too_big)

    scan = image_frames(data)
    if all(min(size) < MIN_SCAN_SIDE_PX for size in scan.sizes):
        return {"ok": True, "page_texts": [], "not_a_report": "small-image"}
    if not options.get("ocr"):
        return {"ok": False, "reason": "no-text-layer", "detail": "image, ocr off"}
    settings = OcrSettings.from_options(options["ocr"])
    deadline = time.monotonic() + settings.wall_seconds
    scanned_at = max(70, min(scan.dpi, 1200))
    enlarge = max(1.0, settings.dpi / scanned_at) ** 2  # clean() enlarges a coarse scan to settings.dpi
    # Checked before any frame is decoded: a frame too big to OCR within the limit is said so
    # plainly, never left to a starved Tesseract (which can read it as an empty page).
    for width, height in scan.sizes:
        if min(width, height) >= MIN_SCAN_SIDE_PX and width * height * enlarge > max_page_pixels(settings.memory_mb):
            raise too_big(int(width * height * enlarge), settings, "an image")
    texts: list[str] = []
    confidences: list[float] = []
    for image in scan.frames():
        if min(image.size) < MIN_SCAN_SIDE_PX:  # type: ignore[attr-defined]
            continue
        page = ocr_image(clean(image, scanned_at, enlarge_to=settings.dpi), settings, deadline,
                         dpi=max(scanned_at, settings.dpi))
        del image  # before the next frame is decoded
        texts.append(page.text)
        confidences.extend(page.confidences)
    if len(confidences) < MIN_WORDS_PER_IMAGE:
        return {"ok": True, "page_texts": [], "not_a_report": "image-without-text"}
    return {"ok": True, "page_texts": restore_case(texts), "ocr_pages": len(texts), "words": len(confidences),
            "confidence": sum(confidences) / len(confidences)}


def _docx(data: bytes, password: str, options: dict[str, Any]) -> dict[str, Any]:
    from .docx_text import docx_to_text
    from .zipguard import ZipLimits, check_docx_container

    check_docx_container(data, ZipLimits.for_memory(int(options["text_memory_mb"])))
    return {"ok": True, "text": docx_to_text(data)}


def _ole(data: bytes, password: str, options: dict[str, Any]) -> dict[str, Any]:
    """[MS-OFFCRYPTO] 2.3.4: an encrypted OOXML file is an OLE2 file with an
    ``EncryptedPackage`` stream; a Word 97-2003 file has a ``WordDocument`` stream (and may be
    RC4-encrypted inside it). Anything else in OLE2 (a spreadsheet, an Outlook item) is not a
    report format."""
    import olefile

    from ingestd.errors import ParseError

    with olefile.OleFileIO(data) as ole:
        encrypted_package = ole.exists("EncryptedPackage")
        word_97 = ole.exists("WordDocument")
    if not (encrypted_package or word_97):
        return {"ok": True, "text": "", "not_a_report": "other-ole"}
    import msoffcrypto

    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    if encrypted_package or office.is_encrypted():
        if not password:
            raise ParseError("password-protected", "encrypted office file")
        office.load_key(password=password)
        plain = io.BytesIO()
        office.decrypt(plain)
        data = plain.getvalue()
    if encrypted_package:
        from .sniff import sniff

        if sniff(data) != "docx":
            return {"ok": True, "text": "", "not_a_report": "other-office"}
        return _docx(data, "", options)
    return _converted(data, "doc", options)


def _odt(data: bytes, password: str, options: dict[str, Any]) -> dict[str, Any]:
    return _converted(data, "odt", options)


def _rtf(data: bytes, password: str, options: dict[str, Any]) -> dict[str, Any]:
    return _converted(data, "rtf", options)


def _converted(data: bytes, source: str, options: dict[str, Any]) -> dict[str, Any]:
    from ingestd.errors import ParseError

    from .convert import to_docx

    convert = options.get("convert")
    if not convert:
        raise ParseError("convert-unavailable", "libreoffice not installed")
    docx_bytes = to_docx(data, source, str(convert["soffice"]), int(convert["timeout"]))
    return _docx(docx_bytes, "", options)


def _zip(data: bytes, password: str, options: dict[str, Any]) -> dict[str, Any]:
    from .archive import report_members

    members = report_members(data, password, int(options["max_member_total"]))
    return {"ok": True, "members": [base64.b64encode(m).decode("ascii") for m in members]}


def restore_case(texts: list[str]) -> list[str]:
    """``ocr.restore_name_case`` over the whole document, page breaks kept."""
    from .ocr import restore_name_case

    return restore_name_case("\f".join(texts)).split("\f")


_HANDLERS = {"pdf": _pdf, "ocr-pdf": _ocr_pdf, "image": _image, "docx": _docx, "ole": _ole, "odt": _odt,
             "rtf": _rtf, "zip": _zip}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    options = json.loads(args[0])
    kind, max_chars = str(options["kind"]), int(options["max_chars"])
    _apply_limits(int(options["memory_mb"]), int(options["cpu_seconds"]), int(options.get("fsize_mb", 0)))
    logging.disable(logging.CRITICAL)  # pdfminer warns with object contents
    password, data = _unframe(sys.stdin.buffer.read())
    try:
        outcome = _extract(kind, data, password, options)
        del password
        chars = len(outcome.get("text", "")) + sum(len(t) for t in outcome.get("page_texts", []))
        if outcome["ok"] and chars > max_chars:
            outcome = {"ok": False, "reason": "too-large", "detail": f"text of {chars} chars"}
        payload = json.dumps(outcome).encode("utf-8")
    except MemoryError:
        payload = b'{"ok": false, "reason": "parse-memory", "detail": "MemoryError"}'
    sys.stdout.buffer.write(payload)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
