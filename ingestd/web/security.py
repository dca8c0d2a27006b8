"""What every response carries, and the secrets and addresses requests are judged by.

* Security headers on every response (also errors and static files): a Content-Security-Policy
  with no inline script or style, ``X-Content-Type-Options: nosniff``, ``Referrer-Policy:
  no-referrer``, frame denial (``frame-ancestors 'none'`` and ``X-Frame-Options: DENY``), and
  ``Cache-Control: no-store`` on pages, which hold redacted report text.
* CSRF: a random token per session, sent back in a hidden form field on every state-changing
  request and compared in constant time. ``SameSite=Strict`` cookies are the first line; the
  token is the second, for browsers or proxies that do not honour it.
* The session key: 32 random bytes in ``[web] session_key_file``, made (mode 0600) on first
  start. Replacing the file ends every session.
* The proxy: a request comes from the proxy when it arrives on the Unix socket of ``[web]
  listen = "unix:..."`` (only the proxy's group can open it), or from one of ``[web]
  trusted_proxies``; and, when ``[web] trusted_proxy_secret_file`` is set, only if it also
  carries that secret in ``X-Ingestd-Proxy-Secret`` (compared in constant time), so another
  process on the proxy's host cannot pass for it. Only the proxy's ``X-Forwarded-For``,
  ``X-Forwarded-Proto`` and single sign-on header are believed.
* The client's address: the peer, or, for the proxy, the last address it appended to
  ``X-Forwarded-For``.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import secrets
from pathlib import Path

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ingestd.errors import ConfigError

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}
CSRF_FIELD = "csrf_token"
KEY_BYTES = 32
PROXY_SECRET_HEADER = "x-ingestd-proxy-secret"
MIN_PROXY_SECRET = 16  # characters: a shared secret short enough to guess is no secret


class SecurityHeaders:
    """ASGI middleware adding ``HEADERS`` (and HSTS under TLS) to every response."""

    def __init__(self, app: ASGIApp, *, tls: bool) -> None:
        self.app = app
        self.tls = tls

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers[name] = value
                if "cache-control" not in headers:
                    headers["cache-control"] = "no-store"
                if self.tls:
                    headers["strict-transport-security"] = "max-age=31536000"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def load_session_key(path: Path) -> bytes:
    """The key that signs session cookies; made on first start. ConfigError names the file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return load_session_key(path)
        except OSError as exc:
            raise ConfigError(f"[web] session_key_file: cannot create {path}: {exc.strerror}") from None
        key = secrets.token_bytes(KEY_BYTES)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
            handle.flush()
            os.fsync(handle.fileno())
        return key
    except OSError as exc:
        raise ConfigError(f"[web] session_key_file: cannot read {path}: {exc.strerror}") from None
    if len(data) < KEY_BYTES:
        raise ConfigError(f"[web] session_key_file: {path} holds {len(data)} bytes, expected at least {KEY_BYTES}")
    if path.stat().st_mode & 0o077:
        raise ConfigError(f"[web] session_key_file: {path} is readable by others (chmod 600 it)")
    return data


def load_proxy_secret(path: Path) -> bytes:
    """``[web] trusted_proxy_secret_file``: one line, the secret the proxy sends. ConfigError names it."""
    try:
        secret = path.read_bytes().strip()
    except OSError as exc:
        raise ConfigError(f"[web] trusted_proxy_secret_file: cannot read {path}: {exc.strerror}") from None
    if len(secret) < MIN_PROXY_SECRET or b"\n" in secret:
        raise ConfigError(f"[web] trusted_proxy_secret_file: {path} must hold one line of at least "
                          f"{MIN_PROXY_SECRET} characters (e.g. from 'openssl rand -hex 32')")
    if path.stat().st_mode & 0o077:
        raise ConfigError(f"[web] trusted_proxy_secret_file: {path} is readable by others (chmod 600 it)")
    return secret


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_ok(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


class Proxies:
    """Which requests come from the proxy, and the client address and scheme a request stands for."""

    def __init__(self, trusted: tuple[str, ...], *, secret: bytes | None = None, unix_socket: bool = False) -> None:
        self.networks = tuple(ipaddress.ip_network(p, strict=False) for p in trusted)
        self.secret = secret
        self.unix_socket = unix_socket

    def trusts(self, host: str | None) -> bool:
        if not host or not self.networks:
            return False
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False
        return any(address in network for network in self.networks)

    def from_proxy(self, request: Request) -> bool:
        """The socket or a trusted address, and the shared secret when one is configured."""
        if not self.unix_socket and not self.trusts(request.client.host if request.client else None):
            return False
        if self.secret is None:
            return True
        given = request.headers.get(PROXY_SECRET_HEADER, "").encode("utf-8", "replace")
        return hmac.compare_digest(given, self.secret)

    def client_address(self, request: Request) -> str:
        peer = (request.client.host if request.client else "") or ("unix" if self.unix_socket else "")
        if self.from_proxy(request):
            forwarded = request.headers.get("x-forwarded-for", "")
            hops = [h.strip() for h in forwarded.split(",") if h.strip()]
            if hops:
                try:
                    return str(ipaddress.ip_address(hops[-1]))
                except ValueError:
                    pass
        return peer or "unknown"

    def is_https(self, request: Request, tls: bool) -> bool:
        if tls:
            return True
        return self.from_proxy(request) and request.headers.get("x-forwarded-proto", "").lower() == "https"
