"""Who is asking: the session cookie, single sign-on from a trusted proxy, roles, refusals.

The session is a cookie signed with the session key (itsdangerous), holding the account name,
the account's session epoch, the CSRF token and at most one flash message; nothing else. It
is re-signed on every request, and one older than ``[web] session_idle_minutes`` is refused,
so the timeout is measured from the last request. Flags: ``HttpOnly``, ``SameSite=Strict``,
``Path=/``, and when the cookie is Secure (``[web] cookie_secure``; ``auto``: under TLS or
when the proxy says https) the ``__Host-`` name prefix, and then only that name is read: a
plain-named cookie planted over HTTP is ignored. Logging out, changing a password,
disabling an account or changing its role bumps its epoch, which ends its sessions at once,
including any copy of the cookie.

``guard`` wraps every page handler: it is the one place that reads the request body (capped
at ``MAX_FORM_BYTES`` however it is sent), turns "no session", "wrong role" and "no CSRF
token" into refusals, audits them, refreshes the cookie, and turns an unexpected exception
into a generic page. Handlers are plain functions run in the threadpool, because what they
do blocks (Argon2 hashing, the database); only the body is read on the event loop.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from ingestd.errors import NotFound, StorageError, UsageError
from ingestd.storage import accounts as store
from ingestd.storage.accounts import Account
from ingestd.web.security import CSRF_FIELD, csrf_ok, new_csrf_token

log = logging.getLogger("ingestd.web")
COOKIE = "ingestd_session"
SECURE_COOKIE = "__Host-ingestd_session"
MAX_FORM_BYTES = 64 * 1024
MAX_FORM_FIELDS = 50
#: Raised by handlers on purpose and answered by the app's exception handlers (views.py).
EXPECTED_ERRORS = (UsageError, NotFound, StorageError, HTTPException)


@dataclass
class Visit:
    """One request's caller: the account (None before login), the session to write back."""

    account: Account | None
    address: str
    session: dict[str, Any] = field(default_factory=dict)
    https: bool = False
    secure_cookie: bool = False
    via_sso: bool = False
    end_session: bool = False
    form: FormData | None = None  # a POST's fields, read (capped) by the guard

    @property
    def username(self) -> str | None:
        return self.account.name if self.account else None

    @property
    def csrf_token(self) -> str:
        if not self.session.get("c"):
            self.session["c"] = new_csrf_token()
        return self.session["c"]

    def start_session(self, account: Account) -> None:
        """A new session for ``account``: everything before it (the CSRF token too) is dropped,
        so nothing planted before the login survives it (no fixation)."""
        self.session.clear()
        self.session.update({"u": account.name, "e": account.session_epoch})
        self.account = account

    def flash(self, element_id: str, text: str, *, link: str | None = None) -> None:
        """A message for the next page (after a redirect), kept in the signed session, so that
        nobody can put words on the page with a crafted link. ``link``: a report reference the
        message links to."""
        self.session["f"] = [element_id, text] + ([link] if link else [])


class Sessions:
    def __init__(self, key: bytes, idle_minutes: int) -> None:
        self.serializer = URLSafeTimedSerializer(key, salt="ingestd-web-session")
        self.idle_seconds = idle_minutes * 60

    def read(self, request: Request, secure: bool) -> tuple[dict[str, Any], str | None]:
        """The session and, if one was refused, why ("expired" or "invalid"). With a Secure
        cookie only the ``__Host-`` name counts."""
        raw = request.cookies.get(SECURE_COOKIE if secure else COOKIE)
        if not raw:
            return {}, None
        try:
            data = self.serializer.loads(raw, max_age=self.idle_seconds)
        except SignatureExpired:
            return {}, "expired"
        except BadSignature:
            return {}, "invalid"
        return (data if isinstance(data, dict) else {}), None

    def write(self, response: Response, visit: Visit) -> None:
        name = SECURE_COOKIE if visit.secure_cookie else COOKIE
        if visit.end_session or not visit.session:
            response.delete_cookie(name, path="/", secure=visit.secure_cookie, httponly=True, samesite="strict")
            return
        response.set_cookie(name, self.serializer.dumps(visit.session), max_age=self.idle_seconds, path="/",
                            secure=visit.secure_cookie, httponly=True, samesite="strict")


Handler = Callable[[Request, Visit], Response]


class TooLarge(Exception):
    """The body is over ``MAX_FORM_BYTES`` (declared or streamed)."""


async def read_form(request: Request, limit: int = MAX_FORM_BYTES) -> FormData:
    """The POST's form, read with a cap: a chunked body has no Content-Length to check first,
    so the stream itself is counted, and the parser is given the same limits."""
    declared = request.headers.get("content-length")
    if declared is not None and (not re.fullmatch(r"[0-9]{1,12}", declared) or int(declared) > limit):
        raise TooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge
        chunks.append(chunk)
    request._body = b"".join(chunks)  # what request.form() parses; the stream is spent
    return await request.form(max_files=0, max_fields=MAX_FORM_FIELDS, max_part_size=limit)


def wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api/") or path.endswith((".csv", ".xlsx")))


def guard(role: str | None = "reviewer", *, audit_as: str | None = None) -> Callable[[Handler], Callable[[Request], Awaitable[Response]]]:
    """Wrap a handler: who is asking, may they, is the CSRF token there (POST); refresh the cookie.

    ``role`` None: anyone (the login page). ``reviewer``: any enabled account. ``admin``: admins.
    """

    def wrap(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        def serve(request: Request, form: FormData | None) -> Response:
            web = request.app.state.web
            visit = web.visit(request)
            visit.form = form
            refusal = None
            if role is not None and visit.account is None:
                refusal = "anonymous"
            elif role == "admin" and visit.account is not None and not visit.account.is_admin:
                refusal = "forbidden"
            elif form is not None and not csrf_ok(visit.session.get("c"), form.get(CSRF_FIELD)):  # type: ignore[arg-type]
                refusal = "csrf"
            if refusal is not None:
                web.audit_refusal(visit, request.url.path, refusal)
                response = refused(request, refusal)
            else:
                response = handler(request, visit)
            web.sessions.write(response, visit)
            return response

        @functools.wraps(handler)
        async def endpoint(request: Request) -> Response:
            form = None
            try:
                if request.method == "POST":
                    try:
                        form = await read_form(request)
                    except TooLarge:
                        return PlainTextResponse(f"the request is too large (at most {MAX_FORM_BYTES // 1024} KiB)",
                                                 status_code=413)
                return await run_in_threadpool(serve, request, form)
            except EXPECTED_ERRORS:
                raise
            except Exception as exc:  # noqa: BLE001 - the one place an unexpected failure becomes a page
                # Logged by type and place only: the message could quote the request.
                from ingestd.logsetup import describe_exception
                log.error("web request failed: %s", describe_exception(exc))
                return await run_in_threadpool(request.app.state.web.error_page, request, 500,
                                               "something went wrong on the server; it has been logged")

        endpoint.audit_as = audit_as  # type: ignore[attr-defined]
        return endpoint

    return wrap


def refused(request: Request, why: str) -> Response:
    if why == "anonymous":
        if wants_html(request) and request.method == "GET":
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            from urllib.parse import quote
            return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
        if wants_html(request):
            # A form sent after the session ended (idle timeout): nothing is done; log in again.
            return RedirectResponse("/login", status_code=303)
        return PlainTextResponse("authentication required: log in at /login", status_code=401,
                                 headers={"WWW-Authenticate": 'Basic realm="ingestd", charset="UTF-8"'})
    if why == "forbidden":
        return PlainTextResponse("this page is for administrators", status_code=403)
    return PlainTextResponse("the form had expired or did not come from this site: reload the page and try again",
                             status_code=403)


def account_for_session(sessions_db: Any, session: dict[str, Any]) -> Account | None:
    name = session.get("u")
    if not name:
        return None
    account = store.get_account(sessions_db, name)
    if account is None or account.disabled or account.session_epoch != session.get("e"):
        return None
    return account
