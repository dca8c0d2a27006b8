"""The one exception hierarchy of ingestd.

    IngestError
    ├── ConfigError            bad configuration: names the file and the key; CLI exit 2
    ├── UsageError             a CLI call that cannot be carried out as asked; CLI exit 2
    ├── NotFound               no such reference or quarantine ID; CLI exit 1
    ├── StorageError           the database refused or is out of date
    │   └── SchemaOutdated     the database needs ``ingestd db upgrade``
    ├── SpoolError             the spool could not store a message durably
    ├── ParseError             an attachment could not be read (translated from pdfminer/docx)
    ├── CryptoError            gpg failed in a way that is not the sender's fault
    ├── ControlError           the daemon's control socket was absent, refused or broke the protocol
    ├── RelayError             the mail relay did not take a notice this time; retried with back-off
    │   └── RelayRejected      the relay answered 5xx: this notice will never be accepted
    └── Quarantine             a pipeline stage stops a message; carries a reason code

Third-party exceptions are translated at exactly one boundary (``raise ParseError(..) from exc``).
Messages never contain names, subjects, filenames or body text: only codes, hashes and sizes.
"""

from __future__ import annotations


class IngestError(Exception):
    """Root of every error ingestd raises on purpose."""


class ConfigError(IngestError):
    """Configuration is unusable. The message is one line: ``FILE: [section] key: problem``."""


class UsageError(IngestError):
    """A command-line request that cannot be honoured (unknown reference, bad filter value)."""


class NotFound(IngestError):
    """A reference number or quarantine ID that the database does not hold."""


class StorageError(IngestError):
    """The database could not be used."""


class SchemaOutdated(StorageError):
    """The database schema is older than this version of ingestd."""


class SpoolError(IngestError):
    """A message could not be written to the spool durably; the sender must retry."""


class ParseError(IngestError):
    """An attachment could not be turned into text. ``reason`` is a stable code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class CryptoError(IngestError):
    """gpg could not be run as configured (missing binary, unusable home, timeout)."""


class ControlError(IngestError):
    """The daemon's control socket (``ingestd.control``) could not do what was asked.

    ``kind`` is a stable code (``absent``, ``refused``, ``timeout``, ``protocol``, or the code
    of the daemon's error reply); the message is plain words for an admin's page and never
    carries the request (it holds a password). ``command``: the CLI command the daemon names
    when it cannot do it either (``not-here``)."""

    def __init__(self, kind: str, message: str, command: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.command = command


class RelayError(IngestError):
    """The relay did not accept an outgoing notice. ``code`` is what ``notices list`` shows:
    the reply code and enhanced status (``451 4.3.0``), or ``connection``, ``tls``, ``auth``.
    The message is in plain words and never repeats the server's text (it can quote addresses)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


class RelayRejected(RelayError):
    """A 5xx reply to MAIL, RCPT or DATA: retrying the same notice cannot succeed."""


class Quarantine(IngestError):
    """Signal raised by a pipeline stage: keep the raw message aside with ``reason``.

    ``reason`` is a stable, documented code (``no-report``, ``no-text-layer``, ``undecryptable``...).
    ``detail`` is for operators and must not carry personal data.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
