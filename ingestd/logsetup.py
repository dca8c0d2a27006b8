"""Logging set-up: our loggers at the configured level, content-printing libraries tamed.

aiosmtpd (``mail.log``) prints envelopes and data at DEBUG, python-gnupg (``gnupg``) prints
decrypted output at DEBUG, imapclient prints the LOGIN line, SQLAlchemy can echo bound
parameters. None of them may go below WARNING, whatever level ingestd runs at.
"""

from __future__ import annotations

import logging
import sys

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


def configure_logging(level: str) -> None:
    root = logging.getLogger()
    if not any(getattr(h, "_ingestd", False) for h in root.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._ingestd = True  # type: ignore[attr-defined]
        root.addHandler(handler)
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
