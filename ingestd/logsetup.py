"""Logging set-up: our loggers at the configured level, content-printing libraries tamed.

aiosmtpd (``mail.log``) prints envelopes and data at DEBUG, python-gnupg (``gnupg``) prints
decrypted output at DEBUG, imapclient prints the LOGIN line, SQLAlchemy can echo bound
parameters. None of them may go below WARNING, whatever level ingestd runs at.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import datetime, timezone

TAMED = ("mail.log", "gnupg", "imapclient", "imapclient.imaplib", "sqlalchemy", "sqlalchemy.engine",
         "alembic", "apscheduler", "pdfminer", "docx", "asyncio")


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is now (a daemon's stderr may be replaced, as tests do)."""

    @property  # type: ignore[override]
    def stream(self):  # type: ignore[no-untyped-def]
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:  # type: ignore[no-untyped-def]
        pass


#: syslog priorities (RFC 5424) by logging level, for journald's ``<N>`` line prefix.
SYSLOG_PRIORITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3, logging.CRITICAL: 2}


def _priority(levelno: int) -> int:
    for level in (logging.CRITICAL, logging.ERROR, logging.WARNING, logging.INFO):
        if levelno >= level:
            return SYSLOG_PRIORITY[level]
    return SYSLOG_PRIORITY[logging.DEBUG]


class JournalFormatter(logging.Formatter):
    """``<4>ingestd.smtp: ...``: journald reads the prefix as the priority (``journalctl -p warning``)
    and stamps the time itself."""

    def __init__(self) -> None:
        super().__init__("%(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        return f"<{_priority(record.levelno)}>{super().format(record)}"


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``time`` (UTC, ``Z``), ``level``, ``priority``, ``logger``, ``message``."""

    def format(self, record: logging.LogRecord) -> str:
        moment = datetime.fromtimestamp(record.created, timezone.utc)
        return json.dumps({
            "time": moment.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "priority": _priority(record.levelno),
            "logger": record.name,
            "message": record.getMessage(),
        }, ensure_ascii=False)


def under_journald(environ: dict[str, str] | os._Environ[str] | None = None) -> bool:
    """True when stderr is the journal stream systemd gave us (``$JOURNAL_STREAM`` is ``DEV:INODE``)."""
    env = os.environ if environ is None else environ
    stream = env.get("JOURNAL_STREAM", "")
    if not stream:
        return False
    try:
        st = os.fstat(sys.stderr.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return stream == f"{st.st_dev}:{st.st_ino}"


def make_formatter(fmt: str = "text", environ: dict[str, str] | None = None) -> logging.Formatter:
    if fmt == "json":
        return JsonFormatter()
    if under_journald(environ):
        return JournalFormatter()
    return logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")


def configure_logging(level: str, fmt: str = "text") -> None:
    root = logging.getLogger()
    handler = next((h for h in root.handlers if getattr(h, "_ingestd", False)), None)
    if handler is None:
        handler = _StderrHandler()
        handler._ingestd = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    handler.setFormatter(make_formatter(fmt))
    root.setLevel(logging.WARNING)
    logging.getLogger("ingestd").setLevel(level.upper())
    for name in TAMED:
        logging.getLogger(name).setLevel(logging.WARNING)


def _describe(exc_type: type[BaseException], tb: object) -> str:
    import traceback

    frames = traceback.extract_tb(tb)  # type: ignore[arg-type]
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames[-5:]))
    return f"{exc_type.__module__}.{exc_type.__qualname__} at {where or '?'}"


def describe_exception(exc: BaseException) -> str:
    """Type and place of an exception, never its message (which may quote content)."""
    return _describe(type(exc), exc.__traceback__)


def install_excepthooks() -> None:
    """Uncaught exceptions are logged by type and place only (THREATS K4).

    A default traceback prints the exception's message, and exceptions raised around parsed
    mail can carry a name or a subject in it. The frames (file, line, function) are kept: they
    are what a developer needs and hold no content.
    """
    import threading

    describe = _describe

    def hook(exc_type, exc, tb):  # type: ignore[no-untyped-def]
        if issubclass(exc_type, KeyboardInterrupt):
            return
        logging.getLogger("ingestd").critical("uncaught %s (message withheld)", describe(exc_type, tb))

    def thread_hook(args):  # type: ignore[no-untyped-def]
        if args.exc_type is SystemExit:
            return
        logging.getLogger("ingestd").critical("uncaught in thread: %s (message withheld)",
                                              describe(args.exc_type, args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook
