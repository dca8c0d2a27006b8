"""Reject hostile DOCX containers before python-docx (and lxml) ever see them.

An 105 KiB DOCX can hold an 8-million-paragraph ``document.xml`` that costs 2.7 GB and
two minutes to parse (THREATS E1/E2); a DTD in a part is the door to entity expansion and
XXE (E3/E4); encrypted, duplicate or path-traversing members have no place in a Word file
(E6). Everything here reads only the central directory, except the DOCTYPE scan, which
streams the parts python-docx will parse, bounded by their declared (and, by CPython's
``ZipExtFile``, enforced) uncompressed size.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from ingestd.errors import ParseError

from .sniff import ZIP_LOCAL_HEADER

_SCAN_CHUNK = 64 * 1024
_DOCTYPE = b"<!DOCTYPE"
_ENTITY = b"<!ENTITY"


@dataclass(frozen=True)
class ZipLimits:
    """Bounds for one DOCX container.

    A real report's ``document.xml`` is 0.1-3 MB and compresses 5-20 times; images are
    already compressed. The ratio bound only applies to members large enough to matter.
    """

    max_members: int = 2000
    max_total_uncompressed: int = 256 * 1024 * 1024
    max_xml_member: int = 32 * 1024 * 1024
    max_ratio: float = 100.0
    ratio_floor: int = 1024 * 1024  # members smaller than this are never "bombs"

    @classmethod
    def for_memory(cls, memory_mb: int) -> ZipLimits:
        """lxml needs 30-60 bytes of RAM per byte of WordprocessingML, so XML parts are capped
        at 1/32 of the worker's address-space limit."""
        return cls(max_xml_member=max(1024 * 1024, memory_mb * 1024 * 1024 // 32))


def check_docx_container(data: bytes, limits: ZipLimits) -> None:
    """Raise ``ParseError`` unless ``data`` is a ZIP python-docx can open safely."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError, OSError) as exc:
        reason = "truncated" if data.startswith(ZIP_LOCAL_HEADER) else "unreadable"
        raise ParseError(reason, "zip central directory unreadable") from exc
    with archive:
        infos = archive.infolist()
        check_members(infos, limits)
        _check_no_dtd(archive, infos)


def check_members(infos: list[zipfile.ZipInfo], limits: ZipLimits, *, allow_encrypted: bool = False) -> None:
    """Central-directory checks shared with ZIP attachments (``parsers.archive``)."""
    if len(infos) > limits.max_members:
        raise ParseError("zip-bomb", f"members={len(infos)}")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise ParseError("unreadable", "duplicate zip member")
        seen.add(name)
        if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/"):
            raise ParseError("unreadable", "zip member path escapes the archive")
        if info.flag_bits & 0x1 and not allow_encrypted:
            raise ParseError("unreadable", "encrypted zip member")
        total += info.file_size
        if total > limits.max_total_uncompressed:
            raise ParseError("zip-bomb", f"declared uncompressed size over {limits.max_total_uncompressed}")
        if _is_xml(name) and info.file_size > limits.max_xml_member:
            raise ParseError("zip-bomb", f"xml member of {info.file_size} bytes")
        if info.file_size > limits.ratio_floor:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise ParseError("zip-bomb", f"compression ratio {ratio:.0f}")


def _check_no_dtd(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """WordprocessingML never needs a DTD; its presence means entity tricks (E3/E4)."""
    for info in infos:
        if not _is_xml(info.filename):
            continue
        try:
            with archive.open(info) as member:
                tail = b""
                while chunk := member.read(_SCAN_CHUNK):
                    window = tail + chunk
                    if _DOCTYPE in window or _ENTITY in window:
                        raise ParseError("unreadable", "dtd in xml part")
                    tail = chunk[-len(_DOCTYPE) :]
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
            # NotImplementedError: an unsupported compression method.
            raise ParseError("unreadable", "zip member unreadable") from exc
        except RuntimeError as exc:
            raise ParseError("unreadable", "zip member unreadable") from exc


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))
