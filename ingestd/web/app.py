"""``create_app``: the routes table, the middleware, and the state every handler shares.

Routes (promised to users and their bookmarks and scripts; README "For reviewers"):

    GET  /healthz                       ok, for the proxy: no authentication, no data
    GET  /login, POST /login, POST /logout
    GET  /                              the intake log, filtered by the query string
    GET  /attention                     unknown dates, late reports not acknowledged, held messages
    GET  /reports/{reference}           one report; ?find=WORDS marks words in its text
    POST /reports/{reference}/acknowledge
    POST /reports/{reference}/redact     redact words by hand (a category, every place)
    POST /reports/{reference}/amend      correct fields, with a reason (web.amendviews)
    POST /reports/{reference}/checked    mark the redaction checked
    POST /reports/{reference}/withdraw   withdraw an entry filed by mistake (admins)
    POST /reports/{reference}/coredata   the core data set: set values, or confirm an automatic one
    POST /quarantine/{intake_id}/password  "Try this password" on a held protected attachment (admins)
    GET  /search?q=                     full-text search over the redacted texts
    GET  /log.csv, /log.xlsx            the filtered log as a spreadsheet
    GET  /api/log                       the JSON of 'ingestd log --format json'
    GET  /audit                         the access audit (admins)
    GET  /summary?from=&to=, /summary.csv  the periodic summary (small counts shown as "<5")
    GET  /static/...                    the stylesheet
"""

from __future__ import annotations

import base64
import logging
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ingestd.accounts import Authenticator
from ingestd.config.schema import Config
from ingestd.storage import accounts as store
from ingestd.web import amendviews, coreviews, handredaction, quarantineviews, summaryviews, views
from ingestd.web.auditlimit import AnonymousAudit
from ingestd.web.auth import Sessions, Visit, account_for_session, wants_html
from ingestd.web.security import CSRF_FIELD, Proxies, SecurityHeaders, load_proxy_secret, load_session_key

log = logging.getLogger("ingestd.web")
STATIC = Path(__file__).resolve().parent / "static"

ROUTES = [
    Route("/healthz", views.healthz, methods=["GET"]),
    Route("/login", views.login_page, methods=["GET"]),
    Route("/login", views.login_submit, methods=["POST"]),
    Route("/logout", views.logout, methods=["POST"]),
    Route("/", views.intake_log, methods=["GET"]),
    Route("/attention", views.attention, methods=["GET"]),
    Route("/reports/{reference}", views.report, methods=["GET"]),
    Route("/reports/{reference}/acknowledge", views.acknowledge, methods=["POST"]),
    Route("/reports/{reference}/redact", handredaction.redact, methods=["POST"]),
    Route("/reports/{reference}/amend", amendviews.amend, methods=["POST"]),
    Route("/reports/{reference}/checked", amendviews.checked, methods=["POST"]),
    Route("/reports/{reference}/withdraw", amendviews.withdraw, methods=["POST"]),
    Route("/reports/{reference}/coredata", coreviews.save, methods=["POST"]),
    Route("/quarantine/{intake_id}/password", quarantineviews.try_password, methods=["POST"]),
    Route("/search", views.search, methods=["GET"]),
    Route("/log.csv", views.log_csv, methods=["GET"]),
    Route("/log.xlsx", views.log_xlsx, methods=["GET"]),
    Route("/api/log", views.api_log, methods=["GET"]),
    Route("/audit", views.audit, methods=["GET"]),
    Route("/summary", summaryviews.summary_page, methods=["GET"]),
    Route("/summary.csv", summaryviews.summary_csv, methods=["GET"]),
    Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
]


class WebState:
    """What the handlers share: configuration, the database, sessions, templates."""

    def __init__(self, config: Config, sessions_db: Any) -> None:
        self.config = config
        self.db = sessions_db
        self.zone = ZoneInfo(config.deadline.timezone)
        key = load_session_key(config.web_session_key_file)
        web = config.web
        self.sessions = Sessions(key, web.session_idle_minutes)
        self.authenticator = Authenticator(sessions_db, web, key)
        secret = load_proxy_secret(web.trusted_proxy_secret_file) if web.trusted_proxy_secret_file else None
        self.proxies = Proxies(web.trusted_proxies, secret=secret, unix_socket=web.unix_socket is not None)
        self.anonymous_audit = AnonymousAudit(sessions_db)
        self.templates = Environment(loader=PackageLoader("ingestd.web", "templates"),
                                     autoescape=select_autoescape(default=True, default_for_string=True),
                                     trim_blocks=True, lstrip_blocks=True)

    def secure_cookie(self, https: bool) -> bool:
        """``[web] cookie_secure``: true, false, or auto (Secure when the request came over HTTPS)."""
        setting = self.config.web.cookie_secure
        return setting == "true" or (setting == "auto" and https)

    def visit(self, request: Request) -> Visit:
        visit = self.peek(request)
        if visit.account is None and visit.session.get("u"):
            visit.session.pop("u", None)  # ended (logged out, password changed, disabled): anonymous again
            visit.session.pop("e", None)
        self._single_sign_on(request, visit)
        if visit.account is None:
            visit.account = self._basic(request, visit)
        return visit

    def peek(self, request: Request) -> Visit:
        """Who the session cookie says is asking, with no side effects (no single sign-on, no
        Basic login, no audit): for error pages, which show the menu to a logged-in reviewer."""
        https = self.proxies.is_https(request, self.config.web.tls)
        secure = self.secure_cookie(https)
        session, _why = self.sessions.read(request, secure)
        return Visit(account=account_for_session(self.db, session), address=self.proxies.client_address(request),
                     session=session, https=https, secure_cookie=secure)

    def _single_sign_on(self, request: Request, visit: Visit) -> None:
        """The proxy's user header: a session for that account, begun (and audited) once; a
        session for someone else is replaced, since the proxy speaks for who is at the browser."""
        header = self.config.web.trusted_user_header
        if not header or not self.proxies.from_proxy(request):
            return
        name = request.headers.get(header, "").strip()
        if not name:
            return
        if visit.account is not None and visit.account.name.lower() == name.lower():
            visit.via_sso = True
            return
        account = store.get_account(self.db, name) if len(name) <= 64 else None
        if account is None or account.disabled:
            visit.account = None
            visit.session.clear()
            self.anonymous_audit.record(visit.address, "sso-login", "no enabled account for the proxy's user")
            return
        visit.start_session(account)  # a fresh CSRF token: none from before the identity was known
        visit.via_sso = True
        store.note_login(self.db, account.name)
        self.audit(visit, "sso-login", target=account.name, username=account.name)

    def _basic(self, request: Request, visit: Visit):  # type: ignore[no-untyped-def]
        """HTTP Basic for scripts on /api/log and the exports; throttled and audited like the form
        (every request of a script is a login, and is audited as one)."""
        auth = request.headers.get("authorization", "")
        if not auth.lower().startswith("basic ") or views.is_page(request):
            return None
        try:
            name, _, password = base64.b64decode(auth[6:].strip()).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return None
        result = self.authenticator.login(name, password, visit.address)
        if not result.ok:
            known = result.account or (store.get_account(self.db, name) if len(name) <= 64 else None)
            if known is None:
                self.anonymous_audit.record(visit.address, "login-failed", f"basic: {result.outcome} (no such account)")
            else:
                self.audit(visit, "login-failed", username=known.name, outcome="refused",
                           detail=f"basic: {result.outcome}")
            return None
        self.audit(visit, "login", username=result.account.name, detail="basic")
        return result.account

    def audit(self, visit: Visit, action: str, *, target: str | None = None, outcome: str = "ok",
              detail: str | None = None, username: str | None = None) -> None:
        store.audit(self.db, action, username=username or visit.username, address=visit.address,
                    target=target, outcome=outcome, detail=detail)

    def audit_refusal(self, visit: Visit, target: str, why: str) -> None:
        """A refused request: each one for an account; for nobody, at most one row a minute per
        address and reason, with a count (a scanner must not be able to fill the disk)."""
        if visit.account is None:
            self.anonymous_audit.record(visit.address, "refused", why, target=target)
        else:
            self.audit(visit, "refused", target=target, outcome="refused", detail=why)

    def render(self, request: Request, visit: Visit, template: str, status_code: int = 200,
               **context: Any) -> HTMLResponse:
        flash = visit.session.pop("f", None)
        page = self.templates.get_template(template).render(
            request=request, visit=visit, user=visit.account, csrf_field=CSRF_FIELD,
            csrf_token=visit.csrf_token, path=request.url.path,
            flash={"id": flash[0], "text": flash[1], "link": flash[2] if len(flash) == 3 else None}
            if isinstance(flash, list) and len(flash) in (2, 3) else None,
            **context)
        return HTMLResponse(page, status_code=status_code)

    def error_page(self, request: Request, status: int, message: str) -> Response:
        if not wants_html(request) or request.url.path.startswith("/static/"):
            return PlainTextResponse(message, status_code=status)
        try:
            visit = self.peek(request)
        except Exception:  # noqa: BLE001 - the database itself may be what failed
            visit = Visit(account=None, address="")
        return self.render(request, visit, "error.html", status_code=status, message=message)


def create_app(config: Config, sessions_db: Any) -> Starlette:
    app = Starlette(routes=ROUTES, middleware=[Middleware(SecurityHeaders, tls=config.web.tls)],
                    exception_handlers=views.EXCEPTION_HANDLERS)
    app.state.web = WebState(config, sessions_db)
    return app


def serve(config: Config) -> int:
    """``ingestd web``: run the app in the foreground until SIGTERM/SIGINT."""
    import uvicorn

    from ingestd.storage.db import open_database
    sessions_db = open_database(config.database_url, create=False)
    app = create_app(config, sessions_db)
    web = config.web
    options = dict(log_config=None, access_log=False, server_header=False, proxy_headers=False, lifespan="off",
                   timeout_graceful_shutdown=10)
    if web.unix_socket is not None:
        sock = bind_unix_socket(web.unix_socket)
        log.info("web app listening on unix:%s (for the proxy on this host)", web.unix_socket)
        try:
            uvicorn.Server(uvicorn.Config(app, **options)).run(sockets=[sock])
        finally:
            sock.close()
            web.unix_socket.unlink(missing_ok=True)
        return 0
    log.info("web app listening on %s://%s (%s)", "https" if web.tls else "http", web.listen,
             "TLS" if web.tls else "plain HTTP: put it behind a TLS proxy")
    uvicorn.run(app, host=web.host, port=web.port, ssl_certfile=str(web.tls_cert) if web.tls_cert else None,
                ssl_keyfile=str(web.tls_key) if web.tls_key else None, **options)
    return 0


SOCKET_MODE = 0o660  # the service's user and group (the proxy's user joins the group); nobody else


def bind_unix_socket(path: Path):  # type: ignore[no-untyped-def]
    """The listening socket, mode 0660 from the start (uvicorn's own ``uds`` makes it 0666, which
    would let any local process speak as the proxy). A socket left by an earlier run is replaced:
    uvicorn ends by re-raising SIGTERM, so the ``finally`` in ``serve`` does not always run."""
    import os
    import socket
    import stat

    from ingestd.errors import ConfigError
    try:
        if stat.S_ISSOCK(path.lstat().st_mode):
            path.unlink()
    except FileNotFoundError:
        pass
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o777 & ~SOCKET_MODE)
    try:
        sock.bind(str(path))
    except OSError as exc:
        sock.close()
        raise ConfigError(f"[web] listen: cannot listen on unix:{path}: {exc.strerror}") from None
    finally:
        os.umask(old)
    os.chmod(path, SOCKET_MODE)
    sock.listen(128)
    return sock
