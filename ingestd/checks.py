"""``ingestd check-config``: what would fail at 3 a.m., checked now.

A configuration can be valid TOML with every key in range and still not work: the database
refuses connections, an archive key has expired, a committee's signing key was never
imported, the intake secret key is missing. Each check below is one named function that
returns findings (``error``: the daemon will not work as configured; ``warning``: it will, but
not as someone probably meant). Findings name keys, paths, fingerprints and committee names
(which are public bodies), never message content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ingestd.config.schema import Config


@dataclass(frozen=True)
class Finding:
    level: str  # "error" | "warning" | "ok"
    message: str


def check_directory(config: Config) -> Iterator[Finding]:
    if not config.cpcs_built_in:
        yield Finding("warning", f"the [[cpc]] list in {config.source} replaces the built-in directory of "
                                 f"Scotland's committees ({len(config.cpcs)} committees now known); reports from "
                                 f"any other committee will have no committee")


def check_archive_plaintext(config: Config) -> Iterator[Finding]:
    if not config.archive.recipients:
        yield Finding("warning", "[archive] recipients is empty: quarantined originals are kept as plaintext "
                                 "(mode 0600) and filed originals are not archived")


def check_database(config: Config) -> Iterator[Finding]:
    from ingestd.errors import IngestError
    from ingestd.storage.db import current_revision, head_revision, make_engine, missing_sqlite_file
    missing = missing_sqlite_file(config.database_url)
    if missing is not None:
        yield Finding("ok", f"database: none yet at {missing}; created on first use or by 'ingestd db upgrade'")
        return
    try:
        current = current_revision(make_engine(config.database_url))
    except IngestError as exc:
        yield Finding("error", f"database: {exc}")
        return
    head = head_revision()
    if current is None:
        yield Finding("warning", f"database: reachable but empty; run 'ingestd db upgrade' (schema {head})")
    elif current != head:
        yield Finding("error", f"database: schema at revision {current}, this ingestd needs {head}: "
                               f"run 'ingestd db upgrade'")
    else:
        yield Finding("ok", f"database: reachable, schema at revision {current}")


def check_web(config: Config) -> Iterator[Finding]:
    """The web app's files (the TLS pair, the session key, the proxy secret), and a listener
    behind a local proxy that cannot tell the proxy's clients apart."""
    from ingestd.config.loader import is_loopback
    from ingestd.errors import ConfigError
    from ingestd.web.security import load_proxy_secret
    web = config.web
    for key, path in (("tls_cert", web.tls_cert), ("tls_key", web.tls_key)):
        if path is not None and not path.is_file():
            yield Finding("error", f"[web] {key}: {path} does not exist")
    key_file = config.web_session_key_file
    if key_file.exists() and key_file.stat().st_mode & 0o077:
        yield Finding("error", f"[web] session_key_file: {key_file} is readable by others (chmod 600 it); "
                               f"'ingestd web' refuses to start")
    secret = web.trusted_proxy_secret_file
    if secret is not None:
        try:
            load_proxy_secret(secret)
        except ConfigError as exc:
            yield Finding("error", str(exc))
    if web.unix_socket is None and not web.tls and not web.trusted_proxies and is_loopback(web.host):
        # Behind a reverse proxy on this host every request comes from 127.0.0.1: without
        # trusted_proxies the per-address login limit counts everyone together, and the proxy's
        # "this was https" is not believed, so the cookie is not Secure.
        yield Finding("warning", "[web] listen is loopback without TLS and trusted_proxies is empty: behind a "
                                 "reverse proxy on this host the per-address login limit applies to everyone at "
                                 "once and the session cookie is not Secure; set trusted_proxies = "
                                 "[\"127.0.0.1\"] (with trusted_proxy_secret_file), or listen on a unix: socket")
    where = (f"unix:{web.unix_socket} (the proxy's socket)" if web.unix_socket else
             f"{'https' if web.tls else 'http'}://{web.listen}" + ("" if web.tls else " (loopback; TLS from the proxy)"))
    proxy = "the unix socket" if web.unix_socket else ", ".join(web.trusted_proxies)
    yield Finding("ok", f"web app: {where}" + (f", single sign-on from {proxy}" if web.trusted_user_header else "")
                  + (", proxy secret required" if secret is not None else ""))


def check_keys(config: Config) -> Iterator[Finding]:
    """Intake secret key present; every archive key encrypts; every registered signing key found."""
    from ingestd.errors import CryptoError
    from ingestd.openpgp import Gpg, encrypt_for_archive
    from ingestd.openpgp.keys import list_keys

    if config.gpg.home is None:
        if config.archive.recipients or any(c.signing_keys for c in config.cpcs):
            yield Finding("error", "[gpg] home is not set, but [archive] recipients or [[cpc]] signing_keys need "
                                   "a keyring")
        return
    if not config.gpg.home.is_dir():
        yield Finding("error", f"[gpg] home: {config.gpg.home} is not a directory")
        return
    gpg = Gpg(config.gpg)
    try:
        secret = list_keys(gpg, secret=True)
    except CryptoError as exc:
        yield Finding("error", f"[gpg] home: gpg cannot list keys: {exc}")
        return
    if not secret:
        yield Finding("error", f"[gpg] home: no intake secret key in {config.gpg.home}: encrypted mail cannot be "
                               f"decrypted")
    else:
        yield Finding("ok", f"intake secret key(s): {', '.join(b.primary.fingerprint for b in secret)}")
    for fingerprint in config.archive.recipients:
        try:
            encrypt_for_archive(b"ingestd check-config", gpg, (fingerprint,))
        except CryptoError as exc:
            yield Finding("error", f"[archive] recipients: test encryption failed: {exc}")
        else:
            yield Finding("ok", f"archive key {fingerprint}: test encryption worked")
    for cpc in config.cpcs:
        for fingerprint in cpc.signing_keys:
            found = [b for b in list_keys(gpg, secret=False, pattern=fingerprint)
                     if b.primary.fingerprint == fingerprint]
            if not found:
                yield Finding("error", f"signing key {fingerprint} of {cpc.name} is not in the keyring "
                                       f"{config.gpg.home}: its signed mail will not verify")
            else:
                yield Finding("ok", f"signing key {fingerprint} of {cpc.name}: found")


CHECKS: tuple[Callable[[Config], Iterator[Finding]], ...] = (
    check_directory,
    check_archive_plaintext,
    check_database,
    check_keys,
    check_web,
)


def run_checks(config: Config) -> list[Finding]:
    return [finding for check in CHECKS for finding in check(config)]
