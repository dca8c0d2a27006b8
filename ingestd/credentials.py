"""Secrets and verified TLS for ingestd's outgoing connections (the IMAP poller, the mail relay).

Both clients log in the same way, so they share one implementation: a password read from a
file each time it is needed (trailing newline ignored), or an OAuth2 access token printed by
a command run without a shell (getmail6's ``password_command``; XOAUTH2 is the only login
Exchange Online still accepts). Neither the secret nor the command's stderr is ever logged or
put into an exception message: token helpers sometimes print secrets there.

``verified_context`` is the one TLS policy for clients: the system trust store plus an
optional extra CA file, hostname checked, TLS 1.2 or later. There is deliberately no way to
turn verification off.
"""

from __future__ import annotations

import shlex
import ssl
import subprocess
from pathlib import Path

from ingestd.errors import ConfigError, IngestError


class CredentialError(IngestError):
    """A secret could not be obtained (unreadable file, failing token command). Says which key."""


def password_from_file(path: Path, key: str) -> str:
    try:
        return path.read_text().rstrip("\r\n")
    except OSError as exc:
        raise CredentialError(f"{key}: cannot read ({exc.strerror})") from None


def token_from_command(command: str, timeout: float, key: str) -> str:
    """Run ``command`` (no shell) and return the first line it prints."""
    try:
        proc = subprocess.run(shlex.split(command), capture_output=True, timeout=timeout,
                              stdin=subprocess.DEVNULL, check=False)
    except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
        raise CredentialError(f"{key} could not be run ({exc.__class__.__name__})") from None
    token = proc.stdout.decode("utf-8", "replace").strip().splitlines()
    if proc.returncode != 0 or not token:
        raise CredentialError(f"{key} failed (exit status {proc.returncode})")
    return token[0].strip()


def xoauth2_string(username: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (Google/Microsoft), before base64."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01"


def verified_context(ca_file: Path | None, key: str) -> ssl.SSLContext:
    """System trust store plus ``ca_file``; hostname checked; TLS 1.2 or later."""
    ctx = ssl.create_default_context()
    if ca_file is not None:
        try:
            ctx.load_verify_locations(cafile=str(ca_file))
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"{key}: cannot load {ca_file}: {exc.__class__.__name__}") from None
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx
