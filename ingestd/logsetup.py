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
