"""``create_app``: the routes table, the middleware, and the state every handler shares.

Routes (promised to users and their bookmarks and scripts; README "For reviewers"):

    GET  /healthz                       ok, for the proxy: no authentication, no data
    GET  /login, POST /login, POST /logout
    GET  /                              the intake log, filtered by the query string
    GET  /attention                     unknown dates, late reports not acknowledged, held messages
    GET  /reports/{reference}           one report; ?find=WORDS marks words in its text
    POST /reports/{reference}/acknowledge
    POST /reports/{reference}/redact     redact words by hand (a category, every place)
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
from starlette.responses import HTMLResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ingestd.accounts import Authenticator
from ingestd.config.schema import Config
from ingestd.storage import accounts as store
from ingestd.web import handredaction, summaryviews, views
from ingestd.web.auth import Sessions, Visit, account_for_session
from ingestd.web.security import CSRF_FIELD, Proxies, SecurityHeaders, load_session_key

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
        self.sessions = Sessions(key, config.web.session_idle_minutes)
        self.authenticator = Authenticator(sessions_db, config.web, key)
        self.proxies = Proxies(config.web.trusted_proxies)
        self.templates = Environment(loader=PackageLoader("ingestd.web", "templates"),
                                     autoescape=select_autoescape(default=True, default_for_string=True),
                                     trim_blocks=True, lstrip_blocks=True)

    async def visit(self, request: Request) -> Visit:
        visit = self.peek(request)
        visit.https = self.proxies.is_https(request, self.config.web.tls)
        if visit.account is None and visit.session.get("u"):
            visit.session.pop("u", None)  # ended (password changed, disabled): back to an anonymous session
            visit.session.pop("e", None)
        if visit.account is None:
            visit.account = self._single_sign_on(request, visit) or self._basic(request, visit)
        return visit

    def peek(self, request: Request) -> Visit:
        """Who the session cookie says is asking, with no side effects (no single sign-on, no
        Basic login, no audit): for error pages, which show the menu to a logged-in reviewer."""
        session, _why = self.sessions.read(request)
        return Visit(account=account_for_session(self.db, session), address=self.proxies.client_address(request),
                     session=session)

    def _single_sign_on(self, request: Request, visit: Visit):  # type: ignore[no-untyped-def]
        header = self.config.web.trusted_user_header
        peer = request.client.host if request.client else None
        if not header or not self.proxies.trusts(peer):
            return None
        name = request.headers.get(header, "").strip()
        if not name:
            return None
        account = store.get_account(self.db, name)
        if account is None or account.disabled:
            self.audit(visit, "sso-login", outcome="refused", detail="no enabled account for the proxy's user")
            return None
        visit.session.update({"u": account.name, "e": account.session_epoch})
        visit.via_sso = True
        store.note_login(self.db, account.name)
        self.audit(visit, "sso-login", target=account.name, username=account.name)
        return account

    def _basic(self, request: Request, visit: Visit):  # type: ignore[no-untyped-def]
        """HTTP Basic for scripts on /api/log and the exports; throttled and audited like the form."""
        auth = request.headers.get("authorization", "")
        if not auth.lower().startswith("basic ") or views.is_page(request):
            return None
        try:
            name, _, password = base64.b64decode(auth[6:].strip()).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return None
        result = self.authenticator.login(name, password, visit.address)
        known = result.account.name if result.account else None
        if not result.ok:
            self.audit(visit, "login-failed", username=known, outcome="refused", detail=f"basic: {result.outcome}")
            return None
        return result.account

    def audit(self, visit: Visit, action: str, *, target: str | None = None, outcome: str = "ok",
              detail: str | None = None, username: str | None = None) -> None:
        store.audit(self.db, action, username=username or visit.username, address=visit.address,
                    target=target, outcome=outcome, detail=detail)

    def render(self, request: Request, visit: Visit, template: str, status_code: int = 200,
               **context: Any) -> HTMLResponse:
        page = self.templates.get_template(template).render(
            request=request, visit=visit, user=visit.account, csrf_field=CSRF_FIELD,
            csrf_token=visit.csrf_token, path=request.url.path, **context)
        return HTMLResponse(page, status_code=status_code)


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
    log.info("web app listening on %s://%s (%s)", "https" if web.tls else "http", web.listen,
             "TLS" if web.tls else "plain HTTP: put it behind a TLS proxy")
    uvicorn.run(app, host=web.host, port=web.port, ssl_certfile=str(web.tls_cert) if web.tls_cert else None,
                ssl_keyfile=str(web.tls_key) if web.tls_key else None, log_config=None, access_log=False,
                server_header=False, proxy_headers=False, lifespan="off", timeout_graceful_shutdown=10)
    return 0
