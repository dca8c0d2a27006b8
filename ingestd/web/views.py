"""The page handlers. Each is wrapped by ``auth.guard``, which decides who may call it.

What is audited (``audit_events``; README "For reviewers"): ``login``, ``login-failed``,
``logout``, ``sso-login``, ``view-log``, ``view-attention``, ``view-report``, ``search``,
``export``, ``api-log``, ``acknowledge``, ``view-audit``, and ``refused`` (no session, wrong
role, missing CSRF token). A search is audited with its number of results, never its words,
which could be a name.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import text
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from ingestd.errors import NotFound, StorageError, UsageError
from ingestd.reasons import message_meaning
from ingestd.redaction.model import CATEGORIES
from ingestd.storage import accounts as store
from ingestd.storage.repository import LOG_JSON_FIELDS, LogFilter, show_report
from ingestd.storage.repository import intake_log as read_intake_log
from ingestd.storage.search import query_words, search_reports
from ingestd.web import exports
from ingestd.web.auth import Visit, guard, wants_html
from ingestd.web.logview import FACETS, LogQuery, page_of, received_on, select, with_local_dates
from ingestd.web.present import (DECISION_WORDS, TIMELINESS_WORDS, TYPE_NAMES_ALL, crypto_words, deadline_sentence,
                                 marked_snippet, marked_text)

log = logging.getLogger("ingestd.web")
API_PATHS = ("/api/log", "/log.csv", "/log.xlsx", "/summary.csv")


def is_page(request: Request) -> bool:
    return request.url.path not in API_PATHS


def _state(request: Request):  # type: ignore[no-untyped-def]
    return request.app.state.web


def _entries(request: Request) -> list[dict[str, Any]]:
    web = _state(request)
    return with_local_dates(read_intake_log(web.db, LogFilter()), web.zone)


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


# ---- no session needed ---------------------------------------------------------------------------

async def healthz(request: Request) -> Response:
    try:
        with _state(request).db() as session:
            session.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 - the proxy only needs to know
        return PlainTextResponse("database unavailable", status_code=503)
    return PlainTextResponse("ok")


@guard(None)
async def login_page(request: Request, visit: Visit) -> Response:
    if visit.account is not None:
        return RedirectResponse(_safe_next(request.query_params.get("next")), status_code=303)
    return _state(request).render(request, visit, "login.html", next=_safe_next(request.query_params.get("next")),
                                  message=None)


LOGIN_WORDS = {
    "wrong": "The name or the password is not right.",
    "locked": "Too many wrong passwords for this name: it is locked for {minutes} minutes. "
              "Try again later, or ask an administrator.",
    "address-limited": "Too many failed logins from this address: try again in {minutes} minutes.",
    "disabled": "This account is disabled: ask an administrator.",
}


@guard(None)
async def login_submit(request: Request, visit: Visit) -> Response:
    web = _state(request)
    form = await request.form()
    name = str(form.get("name") or "").strip()[:200]
    password = str(form.get("password") or "")
    target = _safe_next(str(form.get("next") or "/"))
    result = web.authenticator.login(name, password, visit.address)
    if not result.ok:
        known = result.account or (store.get_account(web.db, name) if len(name) <= 64 else None)
        web.audit(visit, "login-failed", username=known.name if known else None, outcome="refused",
                  detail=result.outcome if known else f"{result.outcome} (no such account)")
        message = LOGIN_WORDS[result.outcome].format(minutes=web.config.web.lockout_minutes)
        return web.render(request, visit, "login.html", status_code=401 if result.outcome == "wrong" else 403,
                          next=target, message=message)
    account = result.account
    assert account is not None
    visit.session.clear()  # a new session (and CSRF token) at login: no fixation
    visit.session.update({"u": account.name, "e": account.session_epoch})
    visit.account = account
    web.audit(visit, "login")
    return RedirectResponse(target, status_code=303)


@guard("reviewer")
async def logout(request: Request, visit: Visit) -> Response:
    _state(request).audit(visit, "logout")
    visit.end_session = True
    return RedirectResponse("/login", status_code=303)


# ---- pages ---------------------------------------------------------------------------------------

@guard("reviewer")
async def intake_log(request: Request, visit: Visit) -> Response:
    web = _state(request)
    query = LogQuery.from_params(request.query_params)
    page = page_of(_entries(request), query, web.config.web.page_size)
    web.audit(visit, "view-log", detail=urlencode(query.params())[:500] or None)
    return web.render(request, visit, "log.html", query=query, page=page, facets=FACETS,
                      link=lambda **changes: "?" + urlencode(query.params(**changes)),
                      export_query=urlencode({k: v for k, v in query.params().items() if k != "page"}),
                      words=_words())



@guard("reviewer")
async def attention(request: Request, visit: Visit) -> Response:
    web = _state(request)
    entries = _entries(request)
    acked = store.acknowledgements(web.db)
    filed = [e for e in entries if e["status"] == "filed"]
    unknown = [e for e in reversed(filed) if e["timeliness"] == "unknown"]
    late = [e for e in reversed(filed) if e["timeliness"] == "late" and e["reference"] not in acked]
    committee = [e for e in reversed(filed) if e.get("cpc_flag")]
    held = [{**e, "meaning": message_meaning(e["reason"])} for e in reversed(entries) if e["status"] == "quarantined"]
    web.audit(visit, "view-attention")
    return web.render(request, visit, "attention.html", unknown=unknown, late=late, held=held,
                      committee=committee, words=_words())


@guard("reviewer")
async def report(request: Request, visit: Visit) -> Response:
    web = _state(request)
    reference = request.path_params["reference"]
    entry = show_report(web.db, reference)
    entry["received_on"] = received_on(entry, web.zone).isoformat()
    find = query_words(request.query_params.get("find", ""))
    body, found = marked_text(entry["text"], entry.get("suspects") or [], find)
    ack = store.acknowledgements(web.db).get(entry["reference"])
    web.audit(visit, "view-report", target=entry["reference"])
    return web.render(request, visit, "report.html", entry=entry, body=body, find=" ".join(find), found=found,
                      deadline=deadline_sentence(entry), crypto=crypto_words(entry["crypto"]), ack=ack,
                      redacted=request.query_params.get("redacted", "")[:6], redact_categories=CATEGORIES,
                      words=_words())


@guard("reviewer")
async def acknowledge(request: Request, visit: Visit) -> Response:
    web = _state(request)
    entry = show_report(web.db, request.path_params["reference"])
    if entry["timeliness"] != "late":
        raise UsageError(f"{entry['reference']} is not late: there is nothing to acknowledge")
    store.acknowledge(web.db, entry["reference"], visit.username or "")
    web.audit(visit, "acknowledge", target=entry["reference"])
    return RedirectResponse(f"/reports/{entry['reference']}", status_code=303)


@guard("reviewer")
async def search(request: Request, visit: Visit) -> Response:
    web = _state(request)
    q = request.query_params.get("q", "")[:500]
    page_text = request.query_params.get("page", "1")
    page = int(page_text) if page_text.isdigit() and int(page_text) >= 1 else 1
    size = web.config.web.page_size
    hits, total = search_reports(web.db, q, limit=size, offset=(page - 1) * size) if q.strip() else ([], 0)
    if q.strip():
        web.audit(visit, "search", detail=f"{total} result{'s' if total != 1 else ''}")
    results = [{"hit": h, "snippet": marked_snippet(h.snippet)} for h in hits]
    return web.render(request, visit, "search.html", q=q, results=results, total=total, page=page,
                      pages=max(1, -(-total // size)), find=" ".join(query_words(q)), words=_words())


# ---- for spreadsheets and scripts ------------------------------------------------------------------

def _export_entries(request: Request) -> list[dict[str, Any]]:
    return select(_entries(request), LogQuery.from_params(request.query_params, cli_names=True))


def _entries_words(entries: list[Any]) -> str:
    return f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}"


def _filename(request: Request, suffix: str) -> str:
    return f"ingestd-log-{datetime.now(_state(request).zone).date().isoformat()}.{suffix}"


@guard("reviewer")
async def log_csv(request: Request, visit: Visit) -> Response:
    entries = _export_entries(request)
    _state(request).audit(visit, "export", detail=f"csv, {_entries_words(entries)}")
    return Response(exports.to_csv(entries), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{_filename(request, "csv")}"'})


@guard("reviewer")
async def log_xlsx(request: Request, visit: Visit) -> Response:
    entries = _export_entries(request)
    _state(request).audit(visit, "export", detail=f"xlsx, {_entries_words(entries)}")
    return Response(exports.to_xlsx(entries),
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"content-disposition": f'attachment; filename="{_filename(request, "xlsx")}"'})


@guard("reviewer")
async def api_log(request: Request, visit: Visit) -> Response:
    entries = [{key: entry[key] for key in LOG_JSON_FIELDS} for entry in _export_entries(request)]
    _state(request).audit(visit, "api-log", detail=_entries_words(entries))
    return Response(json.dumps(entries, indent=2), media_type="application/json")


# ---- for administrators ------------------------------------------------------------------------------

@guard("admin")
async def audit(request: Request, visit: Visit) -> Response:
    web = _state(request)
    params = request.query_params
    since = _bound(params.get("since"), web.zone, end=False)
    until = _bound(params.get("until"), web.zone, end=True)
    page_text = params.get("page", "1")
    page = int(page_text) if page_text.isdigit() and int(page_text) >= 1 else 1
    size = web.config.web.page_size
    rows, total = store.audit_entries(web.db, since=since, until=until, username=params.get("user") or None,
                                      action=params.get("action") or None, limit=size, offset=(page - 1) * size,
                                      newest_first=True)
    web.audit(visit, "view-audit")
    keep = {k: params[k] for k in ("since", "until", "user", "action") if params.get(k)}
    return web.render(request, visit, "audit.html", rows=rows, total=total, page=page,
                      pages=max(1, -(-total // size)), filters=keep,
                      link=lambda p: "?" + urlencode({**keep, "page": p}))


def _bound(value: str | None, zone: Any, *, end: bool) -> datetime | None:
    if not value:
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"expected a date like 2026-11-03, not {value[:30]!r}") from None
    if end:
        day += timedelta(days=1)
    return datetime.combine(day, time(0), zone).astimezone(timezone.utc)


def _words() -> dict[str, dict[str, str]]:
    return {"type": TYPE_NAMES_ALL, "timeliness": TIMELINESS_WORDS, "decision": DECISION_WORDS}


# ---- errors: one translation boundary ------------------------------------------------------------------

def _error(request: Request, status: int, message: str) -> Response:
    if not wants_html(request) or request.url.path.startswith("/static/"):
        return PlainTextResponse(message, status_code=status)
    web = _state(request)
    try:
        visit = web.peek(request)
    except Exception:  # noqa: BLE001 - the database itself may be what failed
        visit = Visit(account=None, address="")
    return web.render(request, visit, "error.html", status_code=status, message=message)


async def _usage(request: Request, exc: Exception) -> Response:
    return _error(request, 400, str(exc))


async def _not_found(request: Request, exc: Exception) -> Response:
    return _error(request, 404, str(exc))


async def _storage(request: Request, exc: Exception) -> Response:
    return _error(request, 503, "the database is not available just now: try again shortly")


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    words = {404: "there is no such page", 405: "that is not allowed here",
             413: "the request is too large"}.get(exc.status_code, "the request could not be served")
    return _error(request, exc.status_code, words)


async def _internal(request: Request, exc: Exception) -> Response:
    from ingestd.logsetup import describe_exception
    log.error("web request failed: %s", describe_exception(exc))
    return _error(request, 500, "something went wrong on the server; it has been logged")


EXCEPTION_HANDLERS = {UsageError: _usage, NotFound: _not_found, StorageError: _storage, HTTPException: _http,
                      Exception: _internal}
