"""Run one extraction in a throw-away, resource-limited worker process.

Every parser in our stack has documented denial-of-service modes (THREATS §0.4, D1-D7,
E1-E9), so none of them runs in the daemon. The parent sends the bytes (and a password
an operator supplied, if any) over the worker's stdin (no temp file, no sender-chosen
name), waits at most the job's wall clock (``parse_wall_seconds``, ``ocr_wall_seconds``),
then kills the worker's whole process group, Tesseract or LibreOffice included. Worker
stderr is drained and dropped: only its size is logged.

A worker that dies of a SIGKILL we did not send is run once more: its own limits never send
one (RLIMIT_AS fails an allocation, RLIMIT_CPU sends SIGXCPU first), so it came from outside,
most often the kernel's OOM killer when the machine or the service's cgroup (``MemoryMax=``)
ran short, which says nothing about the document. Seen on a machine loaded with other jobs: a
300 dpi scan whose OCR peaks at 190 MB (worker) and 115 MB (Tesseract) under the 512 MB limit
came back ``parse-memory`` once and was read on the next run.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
from typing import Any

from ingestd.config.schema import PipelineConfig
from ingestd.errors import ParseError

from .worker import frame

log = logging.getLogger("ingestd.parse")

_JSON_OVERHEAD = 1024


def run_worker(data: bytes, options: dict[str, Any], limits: PipelineConfig, *, wall_seconds: int,
               password: str | None = None) -> dict[str, Any]:
    """Run one worker job (``options``, see ``parsers.worker``) on ``data`` within
    ``wall_seconds``; return its successful outcome or raise ``ParseError`` with a reason code.
    ``password`` travels over stdin with the document, never in argv or the environment."""
    bound = max(limits.max_text_chars * 6, limits.max_attachment_size * 2) + _JSON_OVERHEAD
    returncode, stdout = _run_once(data, options, wall_seconds, password)
    if returncode == -signal.SIGKILL:
        log.warning("parser worker killed by a SIGKILL it was not sent (the OOM killer?); running it once more")
        returncode, stdout = _run_once(data, options, wall_seconds, password)
    return _decode(returncode, stdout, bound)


def _run_once(data: bytes, options: dict[str, Any], wall_seconds: int,
              password: str | None) -> tuple[int, bytes]:
    command = [
        sys.executable,
        "-P",  # do not put the working directory on sys.path
        "-s",  # no user site-packages
        "-m",
        "ingestd.parsers.worker",
        json.dumps(options),
    ]
    env = {"PATH": os.defpath, "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0"}
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd="/",
        env=env,
        start_new_session=True,  # its own process group, so a kill takes any children too
    )
    try:
        stdout, stderr = process.communicate(frame(password, data), timeout=wall_seconds)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        process.communicate()
        log.warning("parser worker killed after %ss wall clock", wall_seconds)
        raise ParseError("parse-timeout", f"wall clock over {wall_seconds}s") from None
    finally:
        if process.poll() is None:
            _kill_group(process)
            process.wait()
    if stderr:
        log.debug("parser worker wrote %d bytes to stderr (discarded)", len(stderr))
    return process.returncode, stdout


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _decode(returncode: int, stdout: bytes, bound: int) -> dict[str, Any]:
    if returncode < 0:
        raise ParseError(*_signal_reason(-returncode))
    if returncode != 0 or not stdout:
        # Python itself failed (e.g. a MemoryError while starting under RLIMIT_AS).
        raise ParseError("parse-memory" if returncode == 1 and not stdout else "unreadable", f"worker exit {returncode}")
    # max_text_chars of text is at most 6 bytes per char once JSON-escaped; archive members
    # come back base64-encoded (4/3 of max_attachment_size).
    if len(stdout) > bound:
        raise ParseError("too-large", "worker output over limit")
    try:
        outcome = json.loads(stdout)
    except ValueError as exc:
        raise ParseError("unreadable", "worker output not json") from exc
    if not outcome.get("ok"):
        raise ParseError(str(outcome.get("reason", "unreadable")), str(outcome.get("detail", "")))
    return outcome


def _signal_reason(signum: int) -> tuple[str, str]:
    """SIGXCPU is RLIMIT_CPU; a SIGKILL we did not send (twice: ``run_worker`` ran it again)
    is from outside, most often the kernel's OOM killer; a segfault or abort under RLIMIT_AS
    is most often a failed allocation in C code (lxml, zlib) that did not surface as MemoryError."""
    name = signal.Signals(signum).name if signum in signal.Signals._value2member_map_ else str(signum)
    if signum == signal.SIGXCPU:
        return "parse-timeout", f"cpu limit ({name})"
    if signum == signal.SIGKILL:
        return "parse-memory", (f"killed twice ({name}) from outside the worker, not by [pipeline] "
                                "parse_memory_mb: the system ran out of memory (OOM killer)")
    return "unreadable", f"worker died ({name})"
