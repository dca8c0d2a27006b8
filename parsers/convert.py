"""Older and other word-processor formats (.doc, .rtf, .odt) to DOCX with LibreOffice.

Runs only inside the worker. LibreOffice is the kept tool that reads Word 97-2003, RTF and
ODF faithfully; we ask it for DOCX (``--convert-to docx``) and then read that exactly like
an attached DOCX (zip guards, python-docx). Each conversion gets a fresh private directory
with its own profile (``-env:UserInstallation``), so concurrent workers never share or lock
a profile and nothing of one document is left for the next; the directory is removed after.
The input file is named by us (``input.<ext>``), never by the sender.

LibreOffice needs to write files (its profile, the output) and reserves a lot of address
space, so the worker gives this conversion ``[pipeline] convert_memory_mb`` and a file-size
bound instead of RLIMIT_FSIZE=0; CPU and the parent's wall clock still apply.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ingestd.errors import ParseError

EXTENSIONS = {"doc": "doc", "rtf": "rtf", "odt": "odt"}


def to_docx(data: bytes, source: str, soffice: str, timeout: int) -> bytes:
    """Convert ``data`` (``source`` one of EXTENSIONS) to DOCX bytes; raise ``ParseError``."""
    work = Path(tempfile.mkdtemp(prefix="ingestd-convert-"))
    try:
        source_path = work / f"input.{EXTENSIONS[source]}"
        source_path.write_bytes(data)
        out_dir = work / "out"
        out_dir.mkdir()
        command = [soffice, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                   f"-env:UserInstallation={(work / 'profile').as_uri()}",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(source_path)]
        env = {"PATH": "/usr/bin:/bin", "HOME": str(work), "TMPDIR": str(work), "LC_ALL": "C.UTF-8",
               "SAL_USE_VCLPLUGIN": "svp"}
        try:
            proc = subprocess.run(command, capture_output=True, timeout=timeout, env=env, cwd=work,
                                  start_new_session=True)
        except subprocess.TimeoutExpired:
            raise ParseError("parse-timeout", f"conversion over {timeout}s") from None
        except OSError as exc:
            raise ParseError("convert-unavailable", type(exc).__name__) from None
        result = out_dir / "input.docx"
        if proc.returncode != 0 or not result.exists():
            # LibreOffice exits 0 and writes nothing for input it cannot read.
            raise ParseError("unreadable", f"conversion failed (exit {proc.returncode})")
        return result.read_bytes()
    finally:
        shutil.rmtree(work, ignore_errors=True)

