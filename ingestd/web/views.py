"""The page handlers. Each is wrapped by ``auth.guard``, which decides who may call it, reads
the form, and runs the handler (a plain function: it blocks on the database) in the threadpool.

What is audited (``audit_events``; README "For reviewers"): ``login`` (the form, and every
HTTP Basic request, detail ``basic``), ``login-failed``, ``logout``, ``sso-login``,
``view-log``, ``view-attention``, ``view-report`` (also a reference that does not exist,
outcome ``not-found``), ``search``, ``export`` and ``api-log`` (with the filters: committee
names, types, dates, never report text), ``acknowledge`` (outcome ``already`` when it was),
``redact``, ``reprocess-password`` (web.quarantineviews: outcome ``ok``, ``wrong-password``,
``held``, ``not-here`` or ``failed``, never the password), ``view-audit``, and ``refused`` (no session, wrong role, missing CSRF token;
anonymous ones at most once a minute per address, with a count: web.auditlimit). A search is
audited with its number of results, never its words, which could be a name.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import text
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from ingestd import coredata
from ingestd.errors import NotFound, StorageError, UsageError
from ingestd.reasons import message_meaning
from ingestd.redaction.model import CATEGORIES
from ingestd.storage import accounts as store
from ingestd.storage.repository import LOG_JSON_FIELDS, LogFilter, show_report
from ingestd.storage.repository import intake_log as read_intake_log
from ingestd.storage.search import query_words, search_reports
from ingestd.web import amendviews, coreviews, exports, quarantineviews
from ingestd.web.auth import Visit, guard
from ingestd.web.logview import FACETS, LogQuery, page_number, page_of, received_on, select, with_local_dates
from ingestd.web.present import (DECISION_WORDS, TIMELINESS_WORDS, TYPE_NAMES_ALL, crypto_words, deadline_sentence,
                                 marked_snippet, marked_text)

log = logging.getLogger("ingestd.web")
API_PATHS = ("/api/log", "/log.csv", "/log.xlsx", "/summary.csv")
REFERENCE = re.compile(r"[A-Za-z]{2,3}-[0-9]{4}-[0-9]{4}")


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

def healthz(request: Request) -> Response:  # sync: Starlette runs it in the threadpool
    try:
        with _state(request).db() as session:
            session.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 - the proxy only needs to know
        return PlainTextResponse("database unavailable", status_code=503)
    return PlainTextResponse("ok")


@guard(None)
def login_page(request: Request, visit: Visit) -> Response:
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
def login_submit(request: Request, visit: Visit) -> Response:
    web = _state(request)
    form = visit.form
    assert form is not None
    name = str(form.get("name") or "").strip()[:200]
    password = str(form.get("password") or "")
    target = _safe_next(str(form.get("next") or "/"))
    result = web.authenticator.login(name, password, visit.address)
    if not result.ok:
        known = result.account or (store.get_account(web.db, name) if len(name) <= 64 else None)
        if known is None:
            web.anonymous_audit.record(visit.address, "login-failed", f"{result.outcome} (no such account)")
        else:
            web.audit(visit, "login-failed", username=known.name, outcome="refused", detail=result.outcome)
        message = LOGIN_WORDS[result.outcome].format(minutes=web.config.web.lockout_minutes)
        return web.render(request, visit, "login.html", status_code=401 if result.outcome == "wrong" else 403,
                          next=target, message=message)
    account = result.account
    assert account is not None
    visit.start_session(account)  # a new session (and CSRF token) at login: no fixation
    web.audit(visit, "login")
    return RedirectResponse(target, status_code=303)


@guard("reviewer")
def logout(request: Request, visit: Visit) -> Response:
    """Ends the session on the server too (the account's epoch): a copy of the cookie made
    before is worthless. The account's sessions in other browsers end with it."""
    web = _state(request)
    if visit.account is not None:
        store.end_sessions(web.db, visit.account.name)
    web.audit(visit, "logout")
    visit.end_session = True
    return RedirectResponse("/login", status_code=303)


# ---- pages ---------------------------------------------------------------------------------------

@guard("reviewer")
def intake_log(request: Request, visit: Visit) -> Response:
    web = _state(request)
    query = LogQuery.from_params(request.query_params)
    page = page_of(_entries(request), query, web.config.web.page_size)
    web.audit(visit, "view-log", detail=urlencode(query.params())[:500] or None)
    return web.render(request, visit, "log.html", query=query, page=page, facets=FACETS,
                      link=lambda **changes: "?" + urlencode(query.params(**changes)),
                      export_query=urlencode({k: v for k, v in query.params().items() if k != "page"}),
                      words=_words())



@guard("reviewer")
def attention(request: Request, visit: Visit) -> Response:
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
                      committee=committee, words=_words(),
                      password_forms=quarantineviews.forms_for(request, visit, held),
                      password_field=quarantineviews.FIELD)


@guard("reviewer")
def report(request: Request, visit: Visit) -> Response:
    web = _state(request)
    reference = request.path_params["reference"]
    try:
        entry = show_report(web.db, reference)
    except NotFound:
        # Probing for references is worth seeing; what was typed is kept only if it looks like one.
        web.audit(visit, "view-report", target=reference.upper() if REFERENCE.fullmatch(reference) else None,
                  outcome="not-found")
        raise
    entry["received_on"] = received_on(entry, web.zone).isoformat()
    find = query_words(request.query_params.get("find", ""))
    body, found = marked_text(entry["text"], entry.get("suspects") or [], find)
    ack = store.acknowledgements(web.db).get(entry["reference"])
    web.audit(visit, "view-report", target=entry["reference"])
    return web.render(request, visit, "report.html", entry=entry, body=body, find=" ".join(find), found=found,
                      deadline=deadline_sentence(entry), crypto=crypto_words(entry["crypto"]), ack=ack,
                      redact_categories=CATEGORIES,
                      words=_words(), **amendviews.report_context(web, entry),
                      **coreviews.context(web, entry["reference"]))


@guard("reviewer")
def acknowledge(request: Request, visit: Visit) -> Response:
    web = _state(request)
    entry = show_report(web.db, request.path_params["reference"])
    if entry["timeliness"] != "late":
        raise UsageError(f"{entry['reference']} is not late: there is nothing to acknowledge")
    if store.acknowledge(web.db, entry["reference"], visit.username or ""):
        web.audit(visit, "acknowledge", target=entry["reference"])
        visit.flash("acknowledged", "Acknowledged: it no longer shows as needing attention.")
    else:  # a second press (or another reviewer's): nothing changes, and the page says so
        ack = store.acknowledgements(web.db)[entry["reference"]]
        web.audit(visit, "acknowledge", target=entry["reference"], outcome="already")
        visit.flash("acknowledged", f"It was acknowledged already, by {ack['by']} at {ack['at']}; nothing changed.")
    return RedirectResponse(f"/reports/{entry['reference']}", status_code=303)


@guard("reviewer")
def search(request: Request, visit: Visit) -> Response:
    web = _state(request)
    q = request.query_params.get("q", "")[:500]
    page = page_number(request.query_params)
    size = web.config.web.page_size
    hits, total = search_reports(web.db, q, limit=size, offset=(page - 1) * size) if q.strip() else ([], 0)
    if q.strip():
        web.audit(visit, "search", detail=f"{total} result{'s' if total != 1 else ''}")
    results = [{"hit": h, "snippet": marked_snippet(h.snippet)} for h in hits]
    return web.render(request, visit, "search.html", q=q, results=results, total=total, page=page,
                      pages=max(1, -(-total // size)), find=" ".join(query_words(q)), words=_words())


# ---- for spreadsheets and scripts ------------------------------------------------------------------

def _export_entries(request: Request) -> tuple[list[dict[str, Any]], str]:
    """The entries of the filtered view, and the filters in force as a query string for the
    audit (committee names, types, statuses, dates: the query, never report text)."""
    query = LogQuery.from_params(request.query_params, cli_names=True)
    filters = {k: v for k, v in query.params().items() if k != "page"}
    if query.cpc_contains:
        filters["cpc"] = query.cpc_contains
    web = _state(request)
    return coredata.attach(web.db, web.config, select(_entries(request), query)), urlencode(filters)


def _entries_words(entries: list[Any], filters: str = "") -> str:
    return f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}" + (f"; {filters}" if filters else "")


def _filename(request: Request, suffix: str) -> str:
    return f"ingestd-log-{datetime.now(_state(request).zone).date().isoformat()}.{suffix}"


@guard("reviewer")
def log_csv(request: Request, visit: Visit) -> Response:
    entries, filters = _export_entries(request)
    _state(request).audit(visit, "export", detail=f"csv, {_entries_words(entries, filters)}")
    return Response(exports.to_csv(entries), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{_filename(request, "csv")}"'})


@guard("reviewer")
def log_xlsx(request: Request, visit: Visit) -> Response:
    entries, filters = _export_entries(request)
    _state(request).audit(visit, "export", detail=f"xlsx, {_entries_words(entries, filters)}")
    return Response(exports.to_xlsx(entries),
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"content-disposition": f'attachment; filename="{_filename(request, "xlsx")}"'})


@guard("reviewer")
def api_log(request: Request, visit: Visit) -> Response:
    chosen, filters = _export_entries(request)
    entries = [{**{key: entry[key] for key in LOG_JSON_FIELDS}, "core_data": entry["core_data"]}
               for entry in chosen]
    _state(request).audit(visit, "api-log", detail=_entries_words(entries, filters))
    return Response(json.dumps(entries, indent=2), media_type="application/json")


# ---- for administrators ------------------------------------------------------------------------------

@guard("admin")
def audit(request: Request, visit: Visit) -> Response:
    web = _state(request)
    params = request.query_params
    since = _bound(params.get("since"), web.zone, end=False)
    until = _bound(params.get("until"), web.zone, end=True)
    page = page_number(params)
    size = web.config.web.page_size

    def read(page: int) -> tuple[list[dict[str, Any]], int]:
        return store.audit_entries(web.db, since=since, until=until, username=params.get("user") or None,
                                   action=params.get("action") or None, limit=size, offset=(page - 1) * size,
                                   newest_first=True)

    rows, total = read(page)
    last = max(1, -(-total // size))
    if page > last:  # past the end (an old bookmark, a hand-typed number): the last page
        page = last
        rows, total = read(page)
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
        day = min(day, date.max - timedelta(days=1)) + timedelta(days=1)
    return datetime.combine(day, time(0), zone).astimezone(timezone.utc)


def _words() -> dict[str, dict[str, str]]:
    return {"type": TYPE_NAMES_ALL, "timeliness": TIMELINESS_WORDS, "decision": DECISION_WORDS}


# ---- errors: one translation boundary ------------------------------------------------------------------

def _error(request: Request, status: int, message: str) -> Response:
    return _state(request).error_page(request, status, message)


def _usage(request: Request, exc: Exception) -> Response:
    return _error(request, 400, str(exc))


def _not_found(request: Request, exc: Exception) -> Response:
    return _error(request, 404, str(exc))


def _storage(request: Request, exc: Exception) -> Response:
    return _error(request, 503, "the database is not available just now: try again shortly")


def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    words = {404: "there is no such page", 405: "that is not allowed here",
             413: "the request is too large"}.get(exc.status_code, "the request could not be served")
    return _error(request, exc.status_code, words)


def _internal(request: Request, exc: Exception) -> Response:
    """Outside the guard (routing, static files). Starlette re-raises after this page, so the
    guard catches what the handlers raise, and this is the rare rest."""
    from ingestd.logsetup import describe_exception
    log.error("web request failed: %s", describe_exception(exc))
    return _error(request, 500, "something went wrong on the server; it has been logged")


EXCEPTION_HANDLERS = {UsageError: _usage, NotFound: _not_found, StorageError: _storage, HTTPException: _http,
                      Exception: _internal}
