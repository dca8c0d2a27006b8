"""Load and validate the TOML configuration, once.

Strict by design: an unknown key, a wrong type or a bad value raises ``ConfigError`` with one
line naming the file and the key (``/etc/ingestd/ingestd.toml: [smtp] listen: ...``). The CLI
turns that into exit status 2. A misspelt key silently ignored is how a daemon ends up
listening on every interface.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
import types
import typing
from dataclasses import fields, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ingestd.config.cpcs import DEFAULT_CPCS
from ingestd.config.schema import (
    COMMITTEE_KINDS,
    DOC_TYPES,
    ArchiveConfig,
    Config,
    CpcEntry,
    DeadlineConfig,
    GpgConfig,
    ImapConfig,
    LoggingConfig,
    MetricsConfig,
    WebConfig,
    CoreDataConfig,
    SummaryConfig,
    NotifyConfig,
    PipelineConfig,
    PolicyConfig,
    SmtpConfig,
    StorageConfig,
)
from ingestd.errors import ConfigError

SECTIONS: dict[str, type] = {
    "storage": StorageConfig,
    "deadline": DeadlineConfig,
    "logging": LoggingConfig,
    "pipeline": PipelineConfig,
    "policy": PolicyConfig,
    "smtp": SmtpConfig,
    "gpg": GpgConfig,
    "archive": ArchiveConfig,
    "imap": ImapConfig,
    "metrics": MetricsConfig,
    "notify": NotifyConfig,
    "web": WebConfig,
    "coredata": CoreDataConfig,
    "summary": SummaryConfig,
}
LOG_FORMATS = ("text", "json")
#: Used when neither ``--config`` nor ``$INGESTD_CONFIG`` names a file and this one exists.
SYSTEM_CONFIG = Path("/etc/ingestd/ingestd.toml")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
FINGERPRINT = re.compile(r"^[0-9A-F]{40}$")


def default_state_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where state lives with no configuration: systemd's StateDirectory, else the user's."""
    env = os.environ if environ is None else environ
    if env.get("STATE_DIRECTORY"):
        return Path(env["STATE_DIRECTORY"].split(":")[0])
    base = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "ingestd"


def load_config(path: str | os.PathLike[str] | None = None,
                environ: Mapping[str, str] | None = None, system_config: Path = SYSTEM_CONFIG) -> Config:
    """Read ``path``, else ``$INGESTD_CONFIG``, else ``system_config`` when it exists, else the
    embedded defaults, into a ``Config``."""
    env = os.environ if environ is None else environ
    if path is None and env.get("INGESTD_CONFIG"):
        path = env["INGESTD_CONFIG"]
    if path is None and system_config.is_file():
        path = system_config
    state_dir = default_state_dir(env)
    if path is None:
        # Embedded defaults say require_tls = false explicitly: loopback only, so plaintext is allowed.
        config = Config(storage=StorageConfig(data_dir=state_dir), cpcs=DEFAULT_CPCS,
                        smtp=SmtpConfig(require_tls=False))
    else:
        config = _load_file(Path(path), state_dir)
    level = env.get("INGESTD_LOG_LEVEL")
    if level:
        if level.upper() not in LOG_LEVELS:
            raise ConfigError(f"INGESTD_LOG_LEVEL: expected one of {', '.join(LOG_LEVELS)}, got {level!r}")
        config = replace(config, logging=replace(config.logging, level=level.upper()))
    return config


def _load_file(path: Path, state_dir: Path) -> Config:
    where = str(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{where}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot read: {exc.__class__.__name__}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML: {exc}") from None

    base_dir = path.resolve().parent
    sections: dict[str, Any] = {}
    cpcs: tuple[CpcEntry, ...] = DEFAULT_CPCS
    for key, value in raw.items():
        if key == "cpc":
            cpcs = _parse_cpcs(where, value)
        elif key in SECTIONS:
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: [{key}]: expected a table")
            sections[key] = _parse_section(where, key, SECTIONS[key], value, base_dir)
        else:
            raise ConfigError(f"{where}: {key}: unknown section (known: {', '.join(sorted([*SECTIONS, 'cpc']))})")

    storage = sections.get("storage", StorageConfig(data_dir=state_dir))
    if "storage" in sections and "data_dir" not in raw["storage"]:
        storage = replace(storage, data_dir=state_dir)
    config = Config(
        storage=storage,
        cpcs=cpcs,
        deadline=sections.get("deadline", DeadlineConfig()),
        logging=sections.get("logging", LoggingConfig()),
        pipeline=sections.get("pipeline", PipelineConfig()),
        policy=sections.get("policy", PolicyConfig()),
        smtp=sections.get("smtp", SmtpConfig()),
        gpg=sections.get("gpg", GpgConfig()),
        archive=sections.get("archive", ArchiveConfig()),
        imap=sections.get("imap", ImapConfig()),
        metrics=sections.get("metrics", MetricsConfig()),
        notify=sections.get("notify", NotifyConfig()),
        web=sections.get("web", WebConfig()),
        coredata=sections.get("coredata", CoreDataConfig()),
        summary=sections.get("summary", SummaryConfig()),
        source=path,
        cpcs_built_in="cpc" not in raw,
    )
    _check_values(where, config)
    return config


def _parse_cpcs(where: str, value: Any) -> tuple[CpcEntry, ...]:
    if not isinstance(value, list):
        raise ConfigError(f"{where}: [[cpc]]: expected an array of tables")
    entries = []
    seen: set[str] = set()
    for index, item in enumerate(value, start=1):
        label = f"[[cpc]] #{index}"
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: {label}: expected a table")
        if "name" not in item:
            raise ConfigError(f"{where}: {label} name: missing")
        entry = _parse_section(where, "cpc", CpcEntry, item, Path("."), label=label)
        if not entry.name.strip():
            raise ConfigError(f"{where}: {label} name: must not be empty")
        if entry.name in seen:
            raise ConfigError(f"{where}: {label} name: duplicate CPC name")
        seen.add(entry.name)
        for domain in entry.sender_domains:
            if not re.fullmatch(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+", domain):
                raise ConfigError(f"{where}: {label} sender_domains: not a lower-case domain name: {domain!r}")
        for fingerprint in entry.signing_keys:
            if not FINGERPRINT.match(fingerprint.replace(" ", "").upper()):
                raise ConfigError(
                    f"{where}: {label} signing_keys: expected a full 40-hex-digit fingerprint, got {fingerprint!r}")
        if entry.kind not in COMMITTEE_KINDS:
            raise ConfigError(f"{where}: {label} kind: expected one of {', '.join(COMMITTEE_KINDS)}, got {entry.kind!r}")
        if entry.valid_from and entry.valid_until and entry.valid_until < entry.valid_from:
            raise ConfigError(f"{where}: {label} valid_until: before valid_from")
        entry = replace(entry, signing_keys=tuple(f.replace(" ", "").upper() for f in entry.signing_keys))
        entries.append(entry)
    return tuple(entries)


def _parse_section(where: str, section: str, cls: type, table: dict[str, Any], base_dir: Path,
                   label: str | None = None) -> Any:
    label = label or f"[{section}]"
    hints = typing.get_type_hints(cls)
    known = {f.name for f in fields(cls) if f.init}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(f"{where}: {label} {key}: unknown key (known: {', '.join(sorted(known))})")
        if section == "deadline" and key == "days":
            values[key] = _parse_days(where, value)
            continue
        if section == "web" and key == "cookie_secure":
            values[key] = _parse_cookie_secure(where, value)
            continue
        if section == "smtp" and key == "listener_processes":
            values[key] = _parse_listener_processes(where, value)
            continue
        values[key] = _coerce(where, f"{label} {key}", hints[key], value, base_dir)
    return cls(**values)


COOKIE_SECURE = ("auto", "true", "false")


def _parse_listener_processes(where: str, value: Any) -> int | str:
    """An integer >= 1 or ``"auto"`` (``SmtpConfig.listener_count`` resolves it)."""
    if isinstance(value, str) and value.lower() == "auto":
        return "auto"
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    raise ConfigError(f"{where}: [smtp] listener_processes: expected an integer >= 1 or \"auto\", got {value!r}")


def _parse_cookie_secure(where: str, value: Any) -> str:
    """``true``, ``false`` or ``"auto"``, kept as one of the three words."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.lower() in COOKIE_SECURE:
        return value.lower()
    raise ConfigError(f"{where}: [web] cookie_secure: expected true, false or \"auto\", got {value!r}")


def _parse_days(where: str, value: Any) -> dict[str, int]:
    if isinstance(value, int) and not isinstance(value, bool):
        days = {t: value for t in DOC_TYPES}
    elif isinstance(value, dict):
        days = {t: 7 for t in DOC_TYPES}
        for doc_type, n in value.items():
            if doc_type not in DOC_TYPES:
                raise ConfigError(f"{where}: [deadline] days: unknown document type {doc_type!r} "
                                  f"(known: {', '.join(DOC_TYPES)})")
            if not isinstance(n, int) or isinstance(n, bool):
                raise ConfigError(f"{where}: [deadline] days.{doc_type}: expected an integer, got {n!r}")
            days[doc_type] = n
    else:
        raise ConfigError(f"{where}: [deadline] days: expected an integer or a table like "
                          f"{{ICR = 7, SCR = 7, LR = 7}}, got {value!r}")
    for doc_type, n in days.items():
        if not 0 <= n <= 366:
            raise ConfigError(f"{where}: [deadline] days.{doc_type}: expected 0..366, got {n}")
    return days


def _coerce(where: str, key: str, hint: Any, value: Any, base_dir: Path) -> Any:
    """Check ``value`` against the annotation ``hint``; return it in the schema's type."""
    args = typing.get_args(hint)
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _coerce(where, key, inner[0], value, base_dir)
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: {key}: expected true or false, got {value!r}")
        return value
    if hint is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise ConfigError(f"{where}: {key}: expected an integer, got {value!r}")
        if value < 0:
            raise ConfigError(f"{where}: {key}: must not be negative, got {value}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"{where}: {key}: expected a string, got {value!r}")
        if "\r" in value or "\n" in value or "\x00" in value:
            raise ConfigError(f"{where}: {key}: must not contain line breaks or NUL")
        return value
    if hint is date:
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise ConfigError(f"{where}: {key}: expected a date (2026-05-01), got {value!r}")
    if hint is Path:
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where}: {key}: expected a path string, got {value!r}")
        p = Path(value).expanduser()
        return p if p.is_absolute() else base_dir / p
    if origin is tuple:
        if not isinstance(value, list):
            raise ConfigError(f"{where}: {key}: expected a list, got {value!r}")
        return tuple(_coerce(where, key, args[0], item, base_dir) for item in value)
    raise ConfigError(f"{where}: {key}: unsupported setting type")  # pragma: no cover - schema bug


def _check_values(where: str, config: Config) -> None:
    """Cross-field and range checks that the type alone cannot express."""
    level = config.logging.level.upper()
    if level not in LOG_LEVELS:
        raise ConfigError(f"{where}: [logging] level: expected one of {', '.join(LOG_LEVELS)}, got {config.logging.level!r}")
    if config.logging.format not in LOG_FORMATS:
        raise ConfigError(f"{where}: [logging] format: expected one of {', '.join(LOG_FORMATS)}, "
                          f"got {config.logging.format!r}")
    metrics = config.metrics
    if metrics.enabled:
        host, sep, port = metrics.listen.rpartition(":")
        if not sep or not port.isdigit() or not 0 < int(port) < 65536 or not host:
            raise ConfigError(f"{where}: [metrics] listen: expected HOST:PORT, got {metrics.listen!r}")
        if not is_loopback(metrics.host):
            raise ConfigError(f"{where}: [metrics] listen: the metrics endpoint has no authentication, so it "
                              f"listens on loopback only, not {metrics.host!r}")
    try:
        ZoneInfo(config.deadline.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{where}: [deadline] timezone: unknown time zone {config.deadline.timezone!r}") from None
    url = config.storage.database_url
    if url and not re.match(r"^(sqlite|postgresql)(\+\w+)?://", url):
        raise ConfigError(f"{where}: [storage] database_url: expected a sqlite:// or postgresql:// URL")

    smtp = config.smtp
    host, sep, port = smtp.listen.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536 or not host:
        raise ConfigError(f"{where}: [smtp] listen: expected HOST:PORT, got {smtp.listen!r}")
    if (smtp.tls_cert is None) != (smtp.tls_key is None):
        raise ConfigError(f"{where}: [smtp] tls_key: tls_cert and tls_key must be set together")
    if smtp.require_tls and smtp.tls_cert is None:
        raise ConfigError(f"{where}: [smtp] require_tls: true needs tls_cert and tls_key")
    if smtp.require_tls is False and not is_loopback(smtp.host):
        raise ConfigError(f"{where}: [smtp] require_tls: plaintext SMTP is allowed only on a loopback listener, "
                          f"not {smtp.host!r}")
    if smtp.tls_cert is None and not is_loopback(smtp.host):
        raise ConfigError(f"{where}: [smtp] tls_cert: a listener off loopback ({smtp.host!r}) needs TLS")
    if not smtp.recipients:
        raise ConfigError(f"{where}: [smtp] recipients: at least one intake address is needed")
    for addr in smtp.recipients:
        if not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+", addr):
            raise ConfigError(f"{where}: [smtp] recipients: not an e-mail address: {addr!r}")
    for relay in smtp.trusted_relays:
        try:
            ipaddress.ip_network(relay, strict=False)
        except ValueError:
            raise ConfigError(f"{where}: [smtp] trusted_relays: not an IP address or network: {relay!r}") from None
    for key in ("max_message_size", "max_recipients", "max_connections", "command_call_limit", "idle_timeout",
                "spool_writers"):
        if getattr(smtp, key) < 1:
            raise ConfigError(f"{where}: [smtp] {key}: must be at least 1")

    if config.pipeline.max_attempts < 1:
        raise ConfigError(f"{where}: [pipeline] max_attempts: must be at least 1")
    if config.pipeline.ocr_min_confidence > 100:
        raise ConfigError(f"{where}: [pipeline] ocr_min_confidence: expected 0..100, got "
                          f"{config.pipeline.ocr_min_confidence}")
    if not 70 <= config.pipeline.ocr_dpi <= 600:
        raise ConfigError(f"{where}: [pipeline] ocr_dpi: expected 70..600, got {config.pipeline.ocr_dpi}")
    if not re.fullmatch(r"[a-z_]{3,8}(\+[a-z_]{3,8})*", config.pipeline.ocr_language):
        raise ConfigError(f"{where}: [pipeline] ocr_language: expected Tesseract language codes like eng or "
                          f"eng+gla, got {config.pipeline.ocr_language!r}")
    for fingerprint in config.archive.recipients:
        if not FINGERPRINT.match(fingerprint.replace(" ", "").upper()):
            raise ConfigError(f"{where}: [archive] recipients: expected full fingerprints, got {fingerprint!r}")
    if config.archive.retention_days < 1:
        raise ConfigError(f"{where}: [archive] retention_days: must be at least 1")

    imap = config.imap
    if imap.security not in ("tls", "starttls", "none"):
        raise ConfigError(f"{where}: [imap] security: expected tls, starttls or none, got {imap.security!r}")
    if imap.after not in ("move", "flag"):
        raise ConfigError(f"{where}: [imap] after: expected move or flag, got {imap.after!r}")
    if imap.enabled:
        if imap.security == "none" and not is_loopback(imap.host):
            raise ConfigError(f"{where}: [imap] security: none is allowed only for a loopback host")
        if not imap.username:
            raise ConfigError(f"{where}: [imap] username: needed when host is set")
        if imap.password_file is None and not imap.oauth2_token_command:
            raise ConfigError(f"{where}: [imap] password_file: set password_file or oauth2_token_command")
        if not 0 < imap.port < 65536:
            raise ConfigError(f"{where}: [imap] port: expected 1..65535, got {imap.port}")
    if not re.fullmatch(r"[\x21-\x7e]+", imap.flag_keyword) or any(c in imap.flag_keyword for c in '(){%*"\\]'):
        raise ConfigError(f"{where}: [imap] flag_keyword: not a valid IMAP keyword")
    for key in ("folder", "processed_folder", "failed_folder"):
        if not getattr(imap, key):
            raise ConfigError(f"{where}: [imap] {key}: must not be empty")
    _check_notify(where, config)
    _check_web(where, config)
    _check_review(where, config)


ADDRESS = re.compile(r"[^@\s<>\"]+@[^@\s<>\"]+")


def _check_notify(where: str, config: Config) -> None:
    notify = config.notify
    if notify.security not in ("starttls", "tls", "none"):
        raise ConfigError(f"{where}: [notify] security: expected starttls, tls or none, got {notify.security!r}")
    if not re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", notify.digest_time):
        raise ConfigError(f"{where}: [notify] digest_time: expected HH:MM (24-hour), got {notify.digest_time!r}")
    for key in ("from_address", "team_address"):
        value = getattr(notify, key)
        if value and not ADDRESS.fullmatch(value):
            raise ConfigError(f"{where}: [notify] {key}: not an e-mail address: {value!r}")
    wants_mail = notify.acknowledge or notify.team_address or any(c.acknowledge for c in config.cpcs)
    if not notify.enabled:
        if wants_mail:
            raise ConfigError(f"{where}: [notify] smarthost: acknowledgements or a digest are configured, "
                              f"but no relay to send them through")
        return
    host, sep, port = notify.smarthost.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ConfigError(f"{where}: [notify] smarthost: expected HOST:PORT, got {notify.smarthost!r}")
    if notify.security == "none" and not is_loopback(notify.host):
        raise ConfigError(f"{where}: [notify] security: none is allowed only for a loopback relay, "
                          f"not {notify.host!r}")
    if not notify.from_address:
        raise ConfigError(f"{where}: [notify] from_address: needed when smarthost is set")
    if notify.from_address.lower() in (a.lower() for a in config.smtp.recipients):
        raise ConfigError(f"{where}: [notify] from_address: must not be an intake address in [smtp] recipients "
                          f"(replies to notices would come back in as reports)")
    if (notify.password_file is not None or notify.oauth2_token_command) and not notify.username:
        raise ConfigError(f"{where}: [notify] username: needed with password_file or oauth2_token_command")
    if notify.password_file is not None and notify.oauth2_token_command:
        raise ConfigError(f"{where}: [notify] oauth2_token_command: set password_file or oauth2_token_command, not both")
    for key in ("timeout", "retry_initial"):
        if getattr(notify, key) < 1:
            raise ConfigError(f"{where}: [notify] {key}: must be at least 1")


def is_loopback(host: str) -> bool:
    """True for 'localhost' and loopback IP literals (the only places plaintext is allowed)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_web(where: str, config: Config) -> None:
    web = config.web
    socket_path = web.unix_socket
    if socket_path is not None:
        if not socket_path.is_absolute() or len(str(socket_path).encode()) > 100:
            raise ConfigError(f"{where}: [web] listen: unix: needs an absolute path of at most 100 bytes, "
                              f"got {web.listen!r}")
    else:
        host, sep, port = web.listen.rpartition(":")
        if not sep or not port.isdigit() or not 0 < int(port) < 65536 or not host:
            raise ConfigError(f"{where}: [web] listen: expected HOST:PORT or unix:/PATH, got {web.listen!r}")
    if len(str(web.control_socket).encode()) > 100:
        raise ConfigError(f"{where}: [web] control_socket: a socket path of at most 100 bytes, "
                          f"got {str(web.control_socket)!r}")
    if (web.tls_cert is None) != (web.tls_key is None):
        raise ConfigError(f"{where}: [web] tls_key: tls_cert and tls_key must be set together")
    if socket_path is not None and web.tls:
        raise ConfigError(f"{where}: [web] tls_cert: not used on a unix: socket (the proxy in front does TLS)")
    if socket_path is None and not web.tls and not is_loopback(web.host):
        raise ConfigError(f"{where}: [web] listen: off loopback ({web.host!r}) the web app needs tls_cert and "
                          f"tls_key; behind a reverse proxy on this host, listen on 127.0.0.1")
    for proxy in web.trusted_proxies:
        try:
            ipaddress.ip_network(proxy, strict=False)
        except ValueError:
            raise ConfigError(f"{where}: [web] trusted_proxies: not an IP address or network: {proxy!r}") from None
    if web.trusted_user_header:
        if not re.fullmatch(r"[A-Za-z0-9-]+", web.trusted_user_header):
            raise ConfigError(f"{where}: [web] trusted_user_header: expected a header name like X-Remote-User, "
                              f"got {web.trusted_user_header!r}")
        if not web.trusted_proxies and socket_path is None:
            raise ConfigError(f"{where}: [web] trusted_user_header: needs trusted_proxies, the addresses of the "
                              f"proxy that sets it (anyone else could send the header), or a unix: listen")
    for key in ("session_idle_minutes", "max_failed_logins", "lockout_minutes", "max_failed_logins_per_address",
                "page_size"):
        if getattr(web, key) < 1:
            raise ConfigError(f"{where}: [web] {key}: must be at least 1")


def _check_review(where: str, config: Config) -> None:
    if config.summary.min_cell < 1:
        raise ConfigError(f"{where}: [summary] min_cell: must be at least 1")
    for f in fields(config.coredata):
        values = getattr(config.coredata, f.name)
        if not values:
            raise ConfigError(f"{where}: [coredata] {f.name}: the list must not be empty")
        if len(set(values)) != len(values):
            raise ConfigError(f"{where}: [coredata] {f.name}: a value is listed twice")
        for value in values:
            if not value.strip() or len(value) > 100:
                raise ConfigError(f"{where}: [coredata] {f.name}: values are 1 to 100 characters, got {value!r}")
