"""Who is asking: the session cookie, single sign-on from a trusted proxy, roles, refusals.

The session is a cookie signed with the session key (itsdangerous), holding the account name,
the account's session epoch and the CSRF token; nothing else. It is re-signed on every
request, and one older than ``[web] session_idle_minutes`` is refused, so the timeout is
measured from the last request. Flags: ``HttpOnly``, ``SameSite=Strict``, ``Path=/``, and
under HTTPS ``Secure`` with the ``__Host-`` name prefix. Changing a password, disabling an
account or changing its role bumps its epoch, which ends its sessions at once.

``guard`` wraps every page handler: it is the one place that turns "no session", "wrong
role" and "no CSRF token" into refusals, audits them, and refreshes the cookie.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from ingestd.storage import accounts as store
from ingestd.storage.accounts import Account
from ingestd.web.security import CSRF_FIELD, csrf_ok, new_csrf_token

COOKIE = "ingestd_session"
SECURE_COOKIE = "__Host-ingestd_session"
MAX_FORM_BYTES = 64 * 1024


@dataclass
class Visit:
    """One request's caller: the account (None before login), the session to write back."""

    account: Account | None
    address: str
    session: dict[str, Any] = field(default_factory=dict)
    https: bool = False
    via_sso: bool = False
    end_session: bool = False

    @property
    def username(self) -> str | None:
        return self.account.name if self.account else None

    @property
    def csrf_token(self) -> str:
        if not self.session.get("c"):
            self.session["c"] = new_csrf_token()
        return self.session["c"]


class Sessions:
    def __init__(self, key: bytes, idle_minutes: int) -> None:
        self.serializer = URLSafeTimedSerializer(key, salt="ingestd-web-session")
        self.idle_seconds = idle_minutes * 60

    def read(self, request: Request) -> tuple[dict[str, Any], str | None]:
        """The session and, if one was refused, why ("expired" or "invalid")."""
        raw = request.cookies.get(SECURE_COOKIE) or request.cookies.get(COOKIE)
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
        name = SECURE_COOKIE if visit.https else COOKIE
        if visit.end_session or not visit.session:
            response.delete_cookie(name, path="/", secure=visit.https, httponly=True, samesite="strict")
            return
        response.set_cookie(name, self.serializer.dumps(visit.session), max_age=self.idle_seconds, path="/",
                            secure=visit.https, httponly=True, samesite="strict")


Handler = Callable[[Request, Visit], Awaitable[Response]]


def wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api/") or path.endswith((".csv", ".xlsx")))


def guard(role: str | None = "reviewer", *, audit_as: str | None = None) -> Callable[[Handler], Callable[[Request], Awaitable[Response]]]:
    """Wrap a handler: who is asking, may they, is the CSRF token there (POST); refresh the cookie.

    ``role`` None: anyone (the login page). ``reviewer``: any enabled account. ``admin``: admins.
    """

    def wrap(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        @functools.wraps(handler)
        async def endpoint(request: Request) -> Response:
            web = request.app.state.web
            visit = await web.visit(request)
            refusal = None
            if role is not None and visit.account is None:
                refusal = "anonymous"
            elif role == "admin" and visit.account is not None and not visit.account.is_admin:
                refusal = "forbidden"
            elif request.method == "POST" and int(request.headers.get("content-length") or 0) > MAX_FORM_BYTES:
                return PlainTextResponse("the request is too large", status_code=413)
            elif request.method == "POST":
                form = await request.form(max_files=0, max_fields=50)
                if not csrf_ok(visit.session.get("c"), form.get(CSRF_FIELD)):  # type: ignore[arg-type]
                    refusal = "csrf"
            if refusal is not None:
                web.audit(visit, "refused", target=request.url.path, outcome="refused", detail=refusal)
                response = refused(request, refusal)
            else:
                response = await handler(request, visit)
            web.sessions.write(response, visit)
            return response

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
