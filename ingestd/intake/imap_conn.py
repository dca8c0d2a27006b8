"""The IMAP connection seam: verified TLS, authentication, and imapclient's errors translated.

Everything that touches ``imapclient`` directly lives here; the poller (``imap.py``) sees an
``ImapSession`` and the exceptions below. Errors (all ``IngestError``)::

    ImapError                  the mailbox could not be used this time; retry with backoff
    ├── ImapTLSError           certificate, hostname or STARTTLS failure; never "fixed" by plaintext
    ├── ImapLoginError         the server refused our credentials (or the token command failed)
    ├── ImapConnectionLost     network failure or disconnect (mid-FETCH included)
    └── ImapProtocolError      the server said something we will not accept (oversized literal)

Security promises (THREATS.md H4, H6, H7, H9):

* Certificates are always verified against the system store plus ``ca_file``, with the hostname
  checked; ``security = "none"`` is accepted only for a loopback host (checked at config load
  and again here). A server that does not offer STARTTLS when ``security = "starttls"`` is an
  error: that is what a stripping attacker looks like.
* Passwords and tokens are read when needed and never logged. imapclient logs the protocol
  (including the LOGIN line and untagged responses that can carry addresses and subjects) and
  "Logged in as <user>" at DEBUG; a filter on its loggers drops everything below WARNING,
  whatever level the root logger is at.
* Python 3.11's imaplib allocates a literal's announced size in one ``read`` (gh-119511,
  CVE-2025-15366's sibling); a server announcing ``{4294967295}`` would exhaust memory. The
  session bounds every literal to ``max_literal`` bytes and reads in 64 KiB chunks.
* Folder names from configuration must not contain CR, LF or NUL (command injection,
  CVE-2025-15366 class); checked before any command is sent.
"""

from __future__ import annotations

import hashlib
import imaplib
import logging
import socket
import ssl
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from imapclient import IMAPClient
from imapclient import exceptions as imap_exc

from ingestd.config.loader import is_loopback
from ingestd.config.schema import ImapConfig
from ingestd.credentials import CredentialError, password_from_file, token_from_command, verified_context
from ingestd.errors import ConfigError, IngestError

log = logging.getLogger("ingestd.imap")

CHUNK = 64 * 1024


class ImapError(IngestError):
    """The mailbox could not be used this time. ``code`` is a stable reason for logs and health."""

    code = "imap-error"


class ImapTLSError(ImapError):
    code = "tls"


class ImapLoginError(ImapError):
    code = "auth"


class ImapConnectionLost(ImapError):
    code = "connection"


class ImapProtocolError(ImapError):
    code = "protocol"


class _QuietProtocolTrace(logging.Filter):
    """Drop imapclient's DEBUG/INFO records: protocol lines, user names, server texts."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING


for _name in ("imapclient", "imapclient.imapclient", "imapclient.imaplib", "imapclient.util"):
    _logger = logging.getLogger(_name)
    if not any(isinstance(f, _QuietProtocolTrace) for f in _logger.filters):
        _logger.addFilter(_QuietProtocolTrace())


def mailbox_key(cfg: ImapConfig) -> str:
    """The cursor's key: sha256 of host/user/folder (no address stored in clear)."""
    return hashlib.sha256(f"{cfg.host.lower()}/{cfg.username}/{cfg.folder}".encode()).hexdigest()


def check_folder_names(cfg: ImapConfig) -> None:
    for key in ("folder", "processed_folder", "failed_folder"):
        value = getattr(cfg, key)
        if not value or any(c in value for c in "\r\n\0"):
            raise ConfigError(f"[imap] {key}: must be non-empty and contain no CR, LF or NUL")



def tls_context(cfg: ImapConfig) -> ssl.SSLContext:
    """System trust store plus ``ca_file``; hostname checked; TLS 1.2 or later (``ingestd.credentials``)."""
    return verified_context(cfg.ca_file, "[imap] ca_file")


def read_password(cfg: ImapConfig) -> str:
    assert cfg.password_file is not None
    try:
        return password_from_file(cfg.password_file, "[imap] password_file")
    except CredentialError as exc:
        raise ImapLoginError(str(exc)) from None


def fetch_token(cfg: ImapConfig) -> str:
    """Run ``oauth2_token_command`` (no shell) and return its first output line."""
    try:
        return token_from_command(cfg.oauth2_token_command, cfg.timeout, "[imap] oauth2_token_command")
    except CredentialError as exc:
        raise ImapLoginError(str(exc)) from None


@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes | None
    size: int | None
    internaldate: datetime | None


class ImapSession:
    """One authenticated connection with the configured folder selected.

    Methods take and return UIDs only; every command that acts on messages is a UID command
    (THREATS H8: never sequence numbers, never a plain EXPUNGE).
    """

    def __init__(self, client: IMAPClient, cfg: ImapConfig) -> None:
        self.client = client
        self.cfg = cfg
        self.capabilities: frozenset[bytes] = frozenset()
        self.uidvalidity = 0
        self.selected = False
        self._quick_empty = 0

    # -- helpers ---------------------------------------------------------------------------
    def _call(self, what: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one imapclient call; translate its failures at this one boundary."""
        try:
            return fn(*args, **kwargs)
        except ImapError:  # raised inside a read (oversized literal): the stream is out of step
            self.abandon()
            raise
        except (imap_exc.IMAPClientAbortError, imaplib.IMAP4.abort, socket.timeout, TimeoutError,
                ConnectionError, ssl.SSLError, OSError, EOFError) as exc:
            self.abandon()
            raise ImapConnectionLost(f"IMAP connection lost during {what} ({exc.__class__.__name__})") from None
        except (imap_exc.IMAPClientError, imaplib.IMAP4.error) as exc:
            raise ImapProtocolError(f"IMAP server refused {what}") from exc

    def has(self, capability: str) -> bool:
        return capability.encode() in self.capabilities

    def select(self) -> int:
        """Select the folder (read-write) and return its UIDVALIDITY."""
        info = self._call("SELECT", self.client.select_folder, self.cfg.folder)
        self.uidvalidity = int(info[b"UIDVALIDITY"])
        self.selected = True
        return self.uidvalidity

    def ensure_folder(self, name: str) -> None:
        if not self._call("LIST", self.client.folder_exists, name):
            try:
                self._call("CREATE", self.client.create_folder, name)
            except ImapProtocolError:
                if not self._call("LIST", self.client.folder_exists, name):  # created concurrently?
                    raise

    def search(self, criteria: list[Any]) -> list[int]:
        return sorted(int(u) for u in self._call("UID SEARCH", self.client.search, criteria))

    def sizes(self, uids: Iterable[int]) -> dict[int, int]:
        uids = list(uids)
        if not uids:
            return {}
        data = self._call("UID FETCH", self.client.fetch, uids, ["RFC822.SIZE"])
        return {int(uid): int(item[b"RFC822.SIZE"]) for uid, item in data.items() if b"RFC822.SIZE" in item}

    def fetch(self, uid: int) -> Fetched | None:
        """``BODY.PEEK[]`` (leaves ``\\Seen`` alone), size and INTERNALDATE; None if the UID vanished."""
        data = self._call("UID FETCH", self.client.fetch, [uid], ["BODY.PEEK[]", "RFC822.SIZE", "INTERNALDATE"])
        item = data.get(uid)
        if item is None:
            return None
        raw = item.get(b"BODY[]")
        size = item.get(b"RFC822.SIZE")
        return Fetched(uid=uid, raw=bytes(raw) if raw is not None else None,
                       size=int(size) if size is not None else None, internaldate=item.get(b"INTERNALDATE"))

    def move(self, uids: list[int], folder: str) -> None:
        """UID MOVE (RFC 6851); without MOVE: UID COPY, ``\\Deleted``, UID EXPUNGE of these UIDs
        (RFC 4315). Without UIDPLUS the ``\\Deleted`` flag stays: a plain EXPUNGE could remove
        other clients' deletions (THREATS H10)."""
        if self.has("MOVE"):
            self._call("UID MOVE", self.client.move, uids, folder)
            return
        self._call("UID COPY", self.client.copy, uids, folder)
        self._call("UID STORE", self.client.add_flags, uids, [b"\\Deleted"], silent=True)
        if self.has("UIDPLUS"):
            self._call("UID EXPUNGE", self.client.uid_expunge, uids)

    def add_keywords(self, uids: list[int], keywords: list[str]) -> None:
        self._call("UID STORE", self.client.add_flags, uids, [k.encode() for k in keywords], silent=True)

    def expunge_uids(self, uids: list[int]) -> None:
        if uids and self.has("UIDPLUS"):
            self._call("UID EXPUNGE", self.client.uid_expunge, uids)

    # -- IDLE (RFC 2177) ---------------------------------------------------------------------
    def idle_start(self) -> None:
        self._call("IDLE", self.client.idle)

    def idle_check(self, timeout: float) -> list[Any]:
        """Responses received while idling; raises ``ImapConnectionLost`` when the server has gone.

        imapclient's ``idle_check`` swallows EOF and returns ``[]`` at once, which would turn an
        IDLE loop into a busy loop against a dead socket: a BYE, or a run of immediate empty
        returns (the socket polls readable but yields no line), means the connection is over.
        """
        started = time.monotonic()
        responses = self._call("IDLE", self.client.idle_check, timeout=timeout)
        if any(len(r) >= 1 and r[0] == b"BYE" for r in responses if isinstance(r, tuple)):
            self.abandon()
            raise ImapConnectionLost("IMAP server ended the session (BYE) while idling")
        if not responses and time.monotonic() - started < timeout / 10:
            self._quick_empty += 1
            if self._quick_empty >= 5:
                self.abandon()
                raise ImapConnectionLost("IMAP connection closed while idling (EOF)")
        else:
            self._quick_empty = 0
        return responses

    def idle_done(self) -> None:
        self._call("DONE", self.client.idle_done)

    def noop(self) -> None:
        self._call("NOOP", self.client.noop)

    # -- shutdown ----------------------------------------------------------------------------
    def logout(self) -> None:
        try:
            self.client.logout()
        except Exception:  # noqa: BLE001 - best effort: the connection may already be gone
            self.abandon()

    def abandon(self) -> None:
        """Drop the socket without a goodbye (after an error the protocol state is unknown)."""
        try:
            self.client.shutdown()
        except Exception:  # noqa: BLE001 - already closed is fine
            pass


def _bound_literals(client: IMAPClient, limit: int) -> None:
    """Refuse literals over ``limit`` and read the others in chunks (gh-119511)."""
    imap = client._imap  # our own connection object; imaplib calls self.read(size) for literals
    original_read = imap.read

    def bounded_read(size: int) -> bytes:
        if size > limit:
            raise ImapProtocolError(f"server announced a {size}-byte literal (limit {limit})")
        parts = []
        remaining = size
        while remaining:
            chunk = original_read(min(remaining, CHUNK))
            if not chunk:
                raise imaplib.IMAP4.abort("connection closed inside a literal")
            parts.append(chunk)
            remaining -= len(chunk)
        return b"".join(parts)

    imap.read = bounded_read


ClientFactory = Callable[..., IMAPClient]


def connect(cfg: ImapConfig, *, max_literal: int, client_factory: ClientFactory = IMAPClient) -> ImapSession:
    """Open, secure and authenticate a connection; return it with the folder not yet selected."""
    check_folder_names(cfg)
    if cfg.security == "none" and not is_loopback(cfg.host):
        raise ConfigError("[imap] security: none is allowed only for a loopback host")
    ctx = tls_context(cfg) if cfg.security in ("tls", "starttls") else None
    try:
        client = client_factory(cfg.host, port=cfg.port, ssl=cfg.security == "tls", ssl_context=ctx,
                                timeout=cfg.timeout)
    except ssl.SSLCertVerificationError as exc:
        raise ImapTLSError(f"TLS certificate of {cfg.host}:{cfg.port} refused: {exc.verify_message}") from None
    except ssl.SSLError as exc:
        raise ImapTLSError(f"TLS handshake with {cfg.host}:{cfg.port} failed ({exc.reason})") from None
    except (OSError, imaplib.IMAP4.error) as exc:
        raise ImapConnectionLost(f"cannot connect to {cfg.host}:{cfg.port} ({exc.__class__.__name__})") from None
    client.normalise_times = False  # keep INTERNALDATE's zone: receipt times are aware
    session = ImapSession(client, cfg)
    try:
        _bound_literals(client, max_literal)
        if cfg.security == "starttls":
            caps = session._call("CAPABILITY", client.capabilities)
            if b"STARTTLS" not in caps:
                raise ImapTLSError(f"{cfg.host}:{cfg.port} did not offer STARTTLS (stripped?); "
                                   "refusing to continue in plaintext")
            try:
                client.starttls(ctx)
            except ssl.SSLCertVerificationError as exc:
                raise ImapTLSError(f"TLS certificate of {cfg.host}:{cfg.port} refused: {exc.verify_message}") \
                    from None
            except (ssl.SSLError, imap_exc.IMAPClientError, imaplib.IMAP4.error) as exc:
                raise ImapTLSError(f"STARTTLS with {cfg.host}:{cfg.port} failed ({exc.__class__.__name__})") \
                    from None
        _login(session, cfg)
        session.capabilities = frozenset(session._call("CAPABILITY", client.capabilities))
    except BaseException:
        session.abandon()
        raise
    return session


def _login(session: ImapSession, cfg: ImapConfig) -> None:
    client = session.client
    try:
        if cfg.oauth2_token_command:
            token = fetch_token(cfg)
            client.oauth2_login(cfg.username, token)
        else:
            client.login(cfg.username, read_password(cfg))
    except imap_exc.LoginError:
        raise ImapLoginError(f"IMAP authentication to {cfg.host}:{cfg.port} was refused: check [imap] "
                             f"{'oauth2_token_command' if cfg.oauth2_token_command else 'password_file'} "
                             "and username") from None
    except (imaplib.IMAP4.abort, OSError) as exc:
        session.abandon()
        raise ImapConnectionLost(f"connection lost during login ({exc.__class__.__name__})") from None
