"""The typed configuration schema.

Every key has a default so that an unconfigured daemon runs safely: SQLite under the state
directory, SMTP on loopback only, nothing relayed, IMAP off. The loader (``config.loader``)
turns a TOML file into these frozen objects; nothing else in ingestd reads the file or the
environment for settings.
"""

from __future__ import annotations

import os
from datetime import date

from dataclasses import dataclass, field
from pathlib import Path

DOC_TYPES = ("ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME")


@dataclass(frozen=True)
class CpcEntry:
    """One protection committee the team receives reports from (CPC, APC or PPC).

    ``kind`` is ``CPC`` (child protection), ``APC`` (adult protection) or ``PPC`` (a public
    protection committee covering both). ``councils`` are the local authorities it covers.
    ``valid_from`` / ``valid_until`` bound the dates on which it exists (a committee merged into
    a PPC stops being a candidate after its last day).

    ``sender_domains`` match the sender's domain or any subdomain of it. ``aliases`` are extra
    phrases (the council's name, a joint committee's older name) that identify the CPC in the
    text of a report when the sender domain does not. ``signing_keys`` are full OpenPGP
    fingerprints (40 hex digits) whose signatures count for this CPC. ``require_encryption`` and
    ``require_signature`` override the global ``[policy]`` when set.
    """

    name: str
    sender_domains: tuple[str, ...] = ()
    signing_keys: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    require_encryption: bool | None = None
    require_signature: bool | None = None
    acknowledge: bool | None = None  # None: [notify] acknowledge decides
    kind: str = "CPC"
    councils: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_until: date | None = None


COMMITTEE_KINDS = ("CPC", "APC", "PPC")


@dataclass(frozen=True)
class StorageConfig:
    database_url: str = ""  # empty: sqlite:///<data_dir>/ingestd.sqlite3
    data_dir: Path = Path("state")


@dataclass(frozen=True)
class DeadlineConfig:
    days: dict[str, int] = field(default_factory=lambda: {t: 7 for t in DOC_TYPES})
    timezone: str = "Europe/London"

    def days_for(self, doc_type: str) -> int:
        return self.days.get(doc_type, 7)


@dataclass(frozen=True)
class LoggingConfig:
    """``format``: ``text`` (one line per record; syslog priority prefixes under journald) or
    ``json`` (one JSON object per line). Neither ever carries message content."""

    level: str = "INFO"
    format: str = "text"


@dataclass(frozen=True)
class MetricsConfig:
    """A Prometheus endpoint (``/metrics``), off unless ``listen`` is set; loopback only."""

    listen: str = ""  # e.g. "127.0.0.1:9325"

    @property
    def enabled(self) -> bool:
        return bool(self.listen)

    @property
    def unix_socket(self) -> Path | None:
        """The socket's path when ``listen`` is ``unix:/PATH``."""
        return Path(self.listen[5:]) if self.listen.startswith("unix:") else None

    @property
    def host(self) -> str:
        return self.listen.rpartition(":")[0].strip("[]")

    @property
    def port(self) -> int:
        return int(self.listen.rpartition(":")[2])


@dataclass(frozen=True)
class PipelineConfig:
    """Limits for the sandboxed parser worker and the spool's retry policy."""

    max_attempts: int = 3
    parse_memory_mb: int = 512
    parse_cpu_seconds: int = 60
    parse_wall_seconds: int = 120
    max_attachment_size: int = 50 * 1024 * 1024
    max_text_chars: int = 5 * 1024 * 1024
    workers: int = 1
    # OCR of scans (PDF pages without a text layer, attached PNG/JPEG/TIFF): on when the
    # Tesseract binary is found. Its own wall clock, because OCR takes seconds per page.
    tesseract: str = "tesseract"
    ocr_language: str = "eng"
    ocr_wall_seconds: int = 600
    ocr_max_pages: int = 50
    ocr_dpi: int = 300
    ocr_min_confidence: int = 60  # mean word confidence (0-100) below which: ocr-low-confidence
    # .doc/.rtf/.odt through LibreOffice headless: on when the soffice binary is found.
    soffice: str = "soffice"
    convert_wall_seconds: int = 120
    convert_memory_mb: int = 2048


@dataclass(frozen=True)
class PolicyConfig:
    """Global default crypto policy; a ``[[cpc]]`` entry may override each flag."""

    require_encryption: bool = False
    require_signature: bool = False


# "auto" listener processes: beyond 4 the SMTP edge outruns any disk's fsync rate anyway, and
# the pipeline workers need the other cores.
MAX_AUTO_LISTENERS = 4


@dataclass(frozen=True)
class SmtpConfig:
    listen: str = "127.0.0.1:8025"
    require_tls: bool | None = None  # None: true whenever tls_cert is set
    tls_cert: Path | None = None
    tls_key: Path | None = None
    recipients: tuple[str, ...] = ("intake@localhost",)
    max_message_size: int = 50 * 1024 * 1024
    max_recipients: int = 10
    max_connections: int = 20
    command_call_limit: int = 100
    idle_timeout: int = 300
    shutdown_timeout: int = 30
    # Relays (addresses or networks, e.g. "127.0.0.1", "10.0.0.0/24") whose Received: header
    # gives the receipt time (ingestd.intake.receipt). Empty: our own acceptance time.
    trusted_relays: tuple[str, ...] = ()
    # SMTP listener processes sharing the listening socket (ingestd.intake.listeners): an integer
    # >= 1, or "auto" = the CPUs this process may run on, at most MAX_AUTO_LISTENERS. 1: the
    # listener runs in the daemon's own event loop, as before there was a choice.
    listener_processes: int | str = "auto"
    # Threads per listener that write and fsync finished messages (ingestd.intake.spool_thread):
    # concurrent sessions' fsyncs run side by side, as Postfix's cleanup processes do; >= 1.
    spool_writers: int = 4

    @property
    def listener_count(self) -> int:
        """``listener_processes`` resolved: "auto" counts the CPUs now (a container may have fewer than the host)."""
        if self.listener_processes == "auto":
            return max(1, min(MAX_AUTO_LISTENERS, len(os.sched_getaffinity(0))))
        return int(self.listener_processes)

    @property
    def host(self) -> str:
        host, _, _ = self.listen.rpartition(":")
        return host.strip("[]")

    @property
    def port(self) -> int:
        return int(self.listen.rpartition(":")[2])

    @property
    def plaintext_allowed(self) -> bool:
        """Plaintext SMTP only when ``require_tls = false`` was said explicitly (loopback is checked on load)."""
        return self.require_tls is False

    @property
    def tls_required(self) -> bool:
        if self.require_tls is None:
            return self.tls_cert is not None
        return self.require_tls


@dataclass(frozen=True)
class GpgConfig:
    home: Path | None = None  # None: OpenPGP mail is quarantined as undecryptable
    binary: str = "gpg"
    timeout: int = 60
    max_plaintext_size: int = 100 * 1024 * 1024
    key_expiry_warning_days: int = 30


@dataclass(frozen=True)
class ArchiveConfig:
    recipients: tuple[str, ...] = ()  # fingerprints of the archive public keys
    retention_days: int = 365


@dataclass(frozen=True)
class ImapConfig:
    host: str = ""  # empty: IMAP intake is off
    port: int = 993
    security: str = "tls"  # tls | starttls | none (loopback only)
    ca_file: Path | None = None
    username: str = ""
    password_file: Path | None = None
    oauth2_token_command: str = ""
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    failed_folder: str = "Failed"
    after: str = "move"  # move | flag
    flag_keyword: str = "ingestd-processed"
    poll_interval: int = 300
    idle: bool = True
    max_attempts: int = 3
    timeout: int = 60

    @property
    def enabled(self) -> bool:
        return bool(self.host)


@dataclass(frozen=True)
class NotifyConfig:
    """Outgoing notices (``ingestd.outbound``): acknowledgements and the team's digest.

    Nothing is sent until ``smarthost`` is set. The relay is always reached over verified TLS
    (STARTTLS, or implicit TLS); plaintext only for a loopback relay, as for IMAP.
    """

    smarthost: str = ""  # HOST:PORT of the organisation's relay; empty: no mail is sent
    security: str = "starttls"  # starttls | tls (implicit, port 465) | none (loopback only)
    ca_file: Path | None = None
    username: str = ""
    password_file: Path | None = None
    oauth2_token_command: str = ""
    from_address: str = ""  # envelope and From: of every notice
    acknowledge: bool = False  # reply to every committee's messages (a [[cpc]] may say otherwise)
    ack_min_interval: int = 300  # seconds: at most one acknowledgement per sender address per interval
    team_address: str = ""  # the digest's recipient; empty: no digest
    digest_time: str = "08:00"  # HH:MM, Europe/London, Monday to Friday
    templates_dir: Path | None = None  # ack.txt.j2 / digest.txt.j2 overriding the shipped ones
    timeout: int = 60  # seconds for connect, each reply, and the token command
    retry_initial: int = 60  # seconds before the first retry; doubles per attempt, at most an hour
    retry_for: int = 2 * 24 * 3600  # seconds a notice is retried (4xx, connection) before it fails

    @property
    def enabled(self) -> bool:
        return bool(self.smarthost)

    @property
    def host(self) -> str:
        return self.smarthost.rpartition(":")[0].strip("[]")

    @property
    def port(self) -> int:
        return int(self.smarthost.rpartition(":")[2])


@dataclass(frozen=True)
class WebConfig:
    """The reviewers' web app (``ingestd web``, ``ingestd.web``).

    It listens on loopback unless it has its own certificate: behind the organisation's reverse
    proxy on the same host, or with ``tls_cert``/``tls_key``. ``trusted_user_header`` (single
    sign-on from a proxy in front) is honoured only on requests from the proxy: from
    ``trusted_proxies`` (and carrying ``trusted_proxy_secret_file``'s secret when one is set),
    or over the Unix socket of ``listen = "unix:/run/ingestd-web/web.sock"``, which only the
    proxy's group can open.
    """

    listen: str = "127.0.0.1:8080"  # HOST:PORT, or unix:/PATH (a socket for the proxy on this host)
    tls_cert: Path | None = None
    tls_key: Path | None = None
    session_idle_minutes: int = 30
    session_key_file: Path | None = None  # None: <data_dir>/web/session.key, made on first start
    trusted_user_header: str = ""  # e.g. "X-Remote-User"; empty: local accounts only
    trusted_proxies: tuple[str, ...] = ()  # addresses whose X-Forwarded-* and user header count
    trusted_proxy_secret_file: Path | None = None  # the proxy must also send this in X-Ingestd-Proxy-Secret
    cookie_secure: str = "auto"  # true, false, or auto: Secure under TLS or when the proxy says https
    max_failed_logins: int = 10  # wrong passwords within lockout_minutes before an account is locked
    lockout_minutes: int = 15
    max_failed_logins_per_address: int = 50  # per lockout period, whatever the account names
    page_size: int = 50
    # The daemon's control socket (ingestd.control): the daemon serves it, the web app's
    # password form hands its work to it there. Off where its directory does not exist.
    control_socket: Path = Path("/run/ingestd/control.sock")

    @property
    def unix_socket(self) -> Path | None:
        """The socket's path when ``listen`` is ``unix:/PATH``."""
        return Path(self.listen[5:]) if self.listen.startswith("unix:") else None

    @property
    def host(self) -> str:
        return self.listen.rpartition(":")[0].strip("[]")

    @property
    def port(self) -> int:
        return int(self.listen.rpartition(":")[2])

    @property
    def tls(self) -> bool:
        return self.tls_cert is not None


@dataclass(frozen=True)
class CoreDataConfig:
    """The category lists of the anonymised core data set (issue 12), which the team may change.

    A value outside its list cannot be entered; a list shortened later keeps old values readable
    (they are shown as "not in the current list")."""

    harm_categories: tuple[str, ...] = (
        "neglect", "physical", "sexual", "emotional", "criminal exploitation", "self-harm or suicide",
        "death: accidental", "death: non-accidental", "death: unexplained")
    legal_statuses: tuple[str, ...] = (
        "child protection register", "looked after", "compulsory supervision order", "adult protection plan")
    risk_factors: tuple[str, ...] = (
        "domestic abuse", "substance use", "mental health", "learning disability", "offending")
    decision_reasons: tuple[str, ...] = (
        "criteria met: serious harm or death and concerns about how agencies worked together",
        "criteria not met", "learning can be taken forward by another route", "single-agency learning only",
        "another review or inquiry already covers it")
    themes: tuple[str, ...] = (
        "information sharing", "risk assessment", "chronology", "neglect recognition", "voice of the child",
        "transitions", "professional curiosity", "escalation", "engagement with families", "multi-agency meetings")
    age_bands: tuple[str, ...] = ("under 1", "1-4", "5-11", "12-15", "16-17", "18-25", "26-64", "65 and over")


@dataclass(frozen=True)
class SummaryConfig:
    """Periodic summaries (``ingestd summary``, ``/summary``): counts below ``min_cell`` are shown
    as "<N" so that nobody in a small area can be singled out."""

    min_cell: int = 5


@dataclass(frozen=True)
class Config:
    """Everything ingestd is told. ``source`` is the file it came from (None: defaults)."""

    storage: StorageConfig = field(default_factory=StorageConfig)
    cpcs: tuple[CpcEntry, ...] = ()
    deadline: DeadlineConfig = field(default_factory=DeadlineConfig)
    logging: LoggingConfig = field(default_factory=LoggingConfig)
    pipeline: PipelineConfig = field(default_factory=PipelineConfig)
    policy: PolicyConfig = field(default_factory=PolicyConfig)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    gpg: GpgConfig = field(default_factory=GpgConfig)
    archive: ArchiveConfig = field(default_factory=ArchiveConfig)
    imap: ImapConfig = field(default_factory=ImapConfig)
    metrics: MetricsConfig = field(default_factory=MetricsConfig)
    notify: NotifyConfig = field(default_factory=NotifyConfig)
    web: WebConfig = field(default_factory=WebConfig)
    coredata: CoreDataConfig = field(default_factory=CoreDataConfig)
    summary: SummaryConfig = field(default_factory=SummaryConfig)
    source: Path | None = None
    cpcs_built_in: bool = True  # False when a [[cpc]] list in the file replaced the built-in directory

    @property
    def database_url(self) -> str:
        if self.storage.database_url:
            return self.storage.database_url
        return f"sqlite:///{(self.storage.data_dir / 'ingestd.sqlite3').resolve()}"

    @property
    def web_session_key_file(self) -> Path:
        return self.web.session_key_file or self.storage.data_dir / "web" / "session.key"

    @property
    def spool_dir(self) -> Path:
        return self.storage.data_dir / "spool"

    @property
    def quarantine_dir(self) -> Path:
        return self.storage.data_dir / "quarantine"

    @property
    def archive_dir(self) -> Path:
        return self.storage.data_dir / "archive"
