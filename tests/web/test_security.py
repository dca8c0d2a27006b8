"""Who may do what: every promise of issue 11's "Who may use it", over real HTTP to a real process."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from itsdangerous import URLSafeTimedSerializer

from ingestd.storage import accounts as store
from ingestd.storage.db import open_database
from ingestd.web.app import ROUTES
from ingestd.web.views import API_PATHS
from tests.cli import run_cli
from tests.intake.smtp.conftest import write_tls_material
from tests.web.server import PASSWORD, add_user, csrf_of, login, start_web

OPEN_ROUTES = {"/login", "/healthz"}


def audit_rows(config, **filters):  # type: ignore[no-untyped-def]
    rows, _ = store.audit_entries(open_database(config.database_url), **filters)
    return rows


def route_examples():  # type: ignore[no-untyped-def]
    for route in ROUTES:
        path = getattr(route, "path", "")
        if path in OPEN_ROUTES or path == "/static" or not hasattr(route, "methods"):
            continue
        for method in sorted(route.methods - {"HEAD"}):
            yield method, path.replace("{reference}", "ICR-2026-0001")


def test_every_route_but_login_and_healthz_refuses_an_anonymous_request(web):
    examples = list(route_examples())
    assert len(examples) >= 10  # the promised routes are all in the table
    with web.client() as client:
        for method, path in examples:
            response = client.request(method, path)
            if path in API_PATHS:
                assert response.status_code == 401, (method, path)  # scripts: a status, not a page
            else:  # a page, or a form sent after the session ended: to the login page, nothing done
                assert response.status_code == 303 and response.headers["location"].startswith("/login"), path
            assert "ICR-2026-0001" not in response.text and "Glasgow" not in response.text
        assert client.get("/healthz").text == "ok"
        assert client.get("/login").status_code == 200
    # Anonymous refusals: one row per address and reason a minute, with the count (web.auditlimit).
    refused = audit_rows(web.config, action="refused")
    assert len(refused) == 1 and refused[0]["username"] is None and refused[0]["address"] == "127.0.0.1"
    assert refused[0]["target"] == examples[0][1]
    assert refused[0]["detail"] == f"anonymous; {len(examples)} times in the minute from this address"


def test_a_post_without_the_csrf_token_is_refused(web):
    client = web.login("reviewer")
    for path in ("/reports/ICR-2026-0001/acknowledge", "/logout"):
        response = client.post(path, data={})
        assert response.status_code == 403, path
        response = client.post(path, data={"csrf_token": "forged"})
        assert response.status_code == 403, path
    assert client.get("/").status_code == 200  # still logged in: the forged logout did nothing
    assert "ICR-2026-0001" not in [k for k in store.acknowledgements(open_database(web.config.database_url))]
    with web.client() as anonymous:
        anonymous.get("/login")
        response = anonymous.post("/login", data={"name": "reviewer", "password": PASSWORD})
        assert response.status_code == 403
    csrf = [r for r in audit_rows(web.config, action="refused") if r["detail"] == "csrf"]
    assert len(csrf) == 5 and {r["username"] for r in csrf} == {"reviewer", None}


def test_a_disabled_account_cannot_log_in_and_its_sessions_end(web):
    client = web.login("reviewer")
    assert run_cli(web.config, "user", "disable", "reviewer").code == 0
    assert client.get("/").status_code == 303  # the open session ended
    with web.client() as fresh:
        response = login(fresh, "reviewer", PASSWORD)
        assert response.status_code == 403 and "disabled" in response.text
    failed = audit_rows(web.config, action="login-failed")
    assert failed[-1]["username"] == "reviewer" and failed[-1]["detail"] == "disabled"
    assert run_cli(web.config, "user", "enable", "reviewer").code == 0
    with web.client() as fresh:
        assert login(fresh, "reviewer", PASSWORD).status_code == 303


def test_the_eleventh_wrong_password_in_a_row_is_refused_even_when_right(web):
    with web.client() as client:
        for n in range(10):
            response = login(client, "reviewer", f"wrong password {n}")
            assert response.status_code == 401 and "not right" in response.text
        response = login(client, "reviewer", PASSWORD)
        assert response.status_code == 403 and "locked" in response.text
        assert client.get("/").status_code == 303
        # The same words for a name that does not exist: the lock does not reveal which names are real.
        for n in range(10):
            login(client, "nobody-here", f"wrong {n}")
        unknown = login(client, "nobody-here", "anything at all")
        assert unknown.status_code == 403
        message = re.compile(r'id="login-message">([^<]+)<')
        assert message.search(unknown.text).group(1) == message.search(response.text).group(1)
    failed = audit_rows(web.config, action="login-failed")
    assert sum(1 for r in failed if r["username"] == "reviewer") == 11
    assert failed[-1]["username"] is None  # a name that is no account is never written down
    assert all("nobody" not in (r["detail"] or "") for r in failed)
    # The admin, logging in from the same address, is not locked out by the reviewer's lock.
    assert web.login("admin").get("/").status_code == 200


@pytest.mark.web_extra("max_failed_logins_per_address = 3")
def test_failed_logins_are_limited_per_address_whatever_the_names(web):
    with web.client() as client:
        for n in range(3):
            assert login(client, f"guess{n}", "wrong password").status_code == 401
        response = login(client, "admin", web.users["admin"])
        assert response.status_code == 403 and "this address" in response.text


def test_a_reviewer_cannot_reach_admin_pages(web):
    client = web.login("reviewer")
    page = client.get("/")
    assert 'href="/audit"' not in page.text
    assert client.get("/audit").status_code == 403
    admin = web.login("admin")
    assert 'href="/audit"' in admin.get("/").text
    audit_page = admin.get("/audit")
    assert audit_page.status_code == 200 and "forbidden" in audit_page.text
    assert audit_rows(web.config, action="refused", username="reviewer")[-1]["detail"] == "forbidden"


def test_report_text_holding_html_is_shown_as_text(web):
    client = web.login("reviewer")
    reference = next(e["reference"] for e in client.get("/api/log").json() if e["doc_type"] == "SCR")
    page = client.get(f"/reports/{reference}").text
    assert "<script>" not in page and "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;document.title=" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "Quillon" not in page and "Abernethy" not in page  # the name after it was redacted
    # The only script elements are the package's own static files (the hand-redaction helper).
    scripts = re.findall(r"<script\b[^>]*>", page)
    assert all(re.fullmatch(r'<script src="/static/[a-z]+\.js" defer>', tag) for tag in scripts), scripts


def test_every_response_carries_the_security_headers(web):
    client = web.login("reviewer")
    for path in ("/", "/login", "/healthz", "/static/style.css", "/reports/ICR-2026-0001", "/no-such-page",
                 "/api/log"):
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp, path
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["x-frame-options"] == "DENY"
    assert client.get("/").headers["cache-control"] == "no-store"
    assert "<script" not in client.get("/").text  # no inline (or any) script on the pages


def _session_cookie(response: httpx.Response) -> str:
    headers = [v for k, v in response.headers.multi_items() if k == "set-cookie" and "session=" in v]
    assert headers, "no session cookie set"
    return headers[-1]


def test_the_session_cookie_has_its_flags_over_plain_http_behind_a_local_proxy(web):
    with web.client() as client:
        response = login(client, "reviewer", PASSWORD)
        cookie = _session_cookie(response).lower()
        assert cookie.startswith("ingestd_session=")
        assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie
        assert "max-age=1800" in cookie  # the idle timeout, 30 minutes by default
        assert "secure" not in cookie  # plain HTTP on loopback: a Secure cookie would never come back


def test_under_tls_the_cookie_is_secure_and_host_bound(make_config, tmp_path):
    from tests.web.server import free_port, web_config_text
    tls = write_tls_material(tmp_path / "tls")
    config = make_config(extra=web_config_text(free_port(), f'tls_cert = "{tls.cert}"\ntls_key = "{tls.key}"'))
    add_user(config, "reviewer", "reviewer", PASSWORD)
    server = start_web(config, tmp_path, ca_file=tls.ca_file)
    try:
        with server.client() as client:
            response = login(client, "reviewer", PASSWORD)
            assert response.status_code == 303
            cookie = _session_cookie(response)
            assert cookie.startswith("__Host-ingestd_session=")
            assert all(flag in cookie.lower() for flag in ("secure", "httponly", "samesite=strict", "path=/"))
            assert "strict-transport-security" in response.headers
            assert client.get("/").status_code == 200
    finally:
        server.stop()


def test_an_idle_session_has_expired(web, tmp_path):
    client = web.login("reviewer")
    key = web.config.web_session_key_file.read_bytes()
    serializer = URLSafeTimedSerializer(key, salt="ingestd-web-session")
    session = serializer.loads(client.cookies["ingestd_session"])
    # A cookie signed 31 minutes ago (the last request), with the real key: past the idle timeout.
    old = URLSafeTimedSerializer(key, salt="ingestd-web-session")
    old.signer_kwargs = {}
    signer = old.make_signer()
    signer.get_timestamp = lambda: int((datetime.now(timezone.utc) - timedelta(minutes=31)).timestamp())  # type: ignore[method-assign]
    stale = signer.sign(old.dump_payload(session)).decode()
    with web.client(cookies={"ingestd_session": stale}) as idle:
        assert idle.get("/").status_code == 303
    with web.client(cookies={"ingestd_session": serializer.dumps(session)}) as fresh:
        assert fresh.get("/").status_code == 200  # the same session, recently used, is fine


def test_a_password_change_ends_the_accounts_sessions(web):
    client = web.login("reviewer")
    result = run_cli(web.config, "user", "passwd", "reviewer", "--password-stdin", stdin=b"a brand new password 3\n")
    assert result.code == 0, result.err
    assert client.get("/").status_code == 303
    assert web.login("reviewer", "a brand new password 3").get("/").status_code == 200


def test_logout_ends_the_session(web):
    client = web.login("reviewer")
    page = client.get("/")
    response = client.post("/logout", data={"csrf_token": csrf_of(page.text)})
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert client.get("/").status_code == 303
    actions = [r["action"] for r in audit_rows(web.config, username="reviewer")]
    assert actions[:3] == ["login", "view-log", "logout"]


def test_scripts_use_the_same_accounts_with_http_basic(web):
    with web.client(auth=("reviewer", PASSWORD)) as client:
        response = client.get("/api/log", params={"type": "ICR"})
        assert response.status_code == 200 and [e["reference"] for e in response.json()] == ["ICR-2026-0001"]
        assert client.get("/").status_code == 303  # pages still want the login form
    with web.client(auth=("reviewer", "wrong password")) as client:
        assert client.get("/api/log").status_code == 401
    assert audit_rows(web.config, action="api-log")[-1]["username"] == "reviewer"
    assert audit_rows(web.config, action="login-failed")[-1]["detail"] == "basic: wrong"


@pytest.mark.web_extra('trusted_user_header = "X-Remote-User"\ntrusted_proxies = ["127.0.0.1"]')
def test_single_sign_on_header_from_the_trusted_proxy_maps_to_an_existing_account(web):
    with web.client(headers={"X-Remote-User": "reviewer"}) as client:
        assert client.get("/").status_code == 200
    with web.client(headers={"X-Remote-User": "someone-else"}) as client:
        assert client.get("/").status_code == 303  # no such account: no way in
    assert run_cli(web.config, "user", "disable", "reviewer").code == 0
    with web.client(headers={"X-Remote-User": "reviewer"}) as client:
        assert client.get("/").status_code == 303
    rows = audit_rows(web.config, action="sso-login")
    assert [r["outcome"] for r in rows] == ["ok", "refused"]  # the refusals of one minute, counted in one row
    assert rows[1]["detail"] == "no enabled account for the proxy's user; 2 times in the minute from this address"


@pytest.mark.web_extra('trusted_user_header = "X-Remote-User"\ntrusted_proxies = ["192.0.2.10"]')
def test_the_single_sign_on_header_from_anyone_else_is_ignored(web):
    with web.client(headers={"X-Remote-User": "admin", "X-Forwarded-For": "192.0.2.10"}) as client:
        assert client.get("/").status_code == 303
    assert audit_rows(web.config, action="sso-login") == []


def test_every_access_is_in_the_audit_with_who_when_what_and_where(web):
    client = web.login("reviewer")
    client.get("/reports/ICR-2026-0001")
    client.get("/log.xlsx", params={"type": "ICR"})
    client.get("/search", params={"q": "Police Quarrington"})
    rows = audit_rows(web.config, username="reviewer")
    by_action = {r["action"]: r for r in rows}
    assert {"login", "view-report", "export", "search"} <= set(by_action)
    assert by_action["view-report"]["target"] == "ICR-2026-0001"
    assert by_action["export"]["detail"] == "xlsx, 1 entry; type=ICR"  # the filters, never report text
    assert all(r["address"] == "127.0.0.1" and r["at"].endswith("Z") for r in rows)
    assert "Quarrington" not in str(rows) and "Police" not in str(rows)  # search words are never kept
