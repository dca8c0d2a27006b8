"""ZIP attachments that carry reports: opened inside the worker with the zip-bomb guards.

Committees zip a report with its appendices to get past attachment filters. Every member is
checked against the same bounds as a DOCX container (entry count, declared total size,
compression ratio, no absolute or ``..`` paths; ``zipguard``) before a byte is inflated, and
the inflated total is bounded again by ``[pipeline] max_attachment_size`` (a lying central
directory is caught by CPython's ``ZipExtFile``, which stops at the declared size and checks
the CRC). Members that sniff as a report format go back to the parent, which treats each as
an attachment of its own; an archive inside the archive is not opened (one level, as mail
filters do), nor is anything else.
"""

from __future__ import annotations

import io
import zipfile

from ingestd.errors import ParseError

from .sniff import DOCUMENT_KINDS, sniff
from .zipguard import ZipLimits, check_members


def report_members(data: bytes, password: str, max_total: int) -> list[bytes]:
    """Bytes of each member whose content is a report format, in archive order."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError, OSError) as exc:
        raise ParseError("truncated", "zip central directory unreadable") from exc
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        check_members(infos, ZipLimits(), allow_encrypted=True)
        members: list[bytes] = []
        total = 0
        for info in infos:
            total += info.file_size
            if total > max_total:
                raise ParseError("too-large", f"archive members over {max_total} bytes")
            secret = password.encode("utf-8") if password else None
            if info.flag_bits & 0x1 and secret is None:
                raise ParseError("password-protected", "encrypted zip member")
            try:
                body = archive.read(info, pwd=secret)
            except RuntimeError as exc:  # "Bad password for file"
                raise ParseError("password-wrong", "zip member") from exc
            except NotImplementedError as exc:  # AES (WinZip) or another method CPython lacks
                raise ParseError("unreadable", "zip member compression or encryption unsupported") from exc
            except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
                raise ParseError("unreadable", "zip member unreadable") from exc
            if sniff(body) in DOCUMENT_KINDS:
                members.append(body)
        return members
