"""The security review of the web app (issue 11): one test (or a few) per finding, each of which
failed before its fix. Real ``ingestd web`` processes driven over HTTP, as in test_security."""

from __future__ import annotations

import getpass
import re
import stat
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from ingestd.accounts import name_digest
from ingestd.storage import accounts as store
from ingestd.storage.db import open_database
from ingestd.storage.models import LoginFailureRow
from ingestd.web.app import ROUTES
from tests.cli import run_cli
from tests.web.server import PASSWORD, add_user, csrf_of, free_port, login, start_web, web_config_text
from tests.web.test_security import audit_rows


def failures_recorded(config, name: str) -> int:  # type: ignore[no-untyped-def]
    digest = name_digest(config.web_session_key_file.read_bytes(), name)
    return store.failures_for_name(open_database(config.database_url), digest, datetime(2000, 1, 1, tzinfo=timezone.utc))


def lock(web, name: str = "reviewer") -> None:  # type: ignore[no-untyped-def]
    with web.client() as client:
        for n in range(web.config.web.max_failed_logins):
            assert login(client, name, f"wrong password {n}").status_code == 401
        assert "locked" in login(client, name, web.users[name]).text


# ---- 1. the lockout -----------------------------------------------------------------------------

def test_1_attempts_on_a_locked_account_are_not_counted_so_they_cannot_prolong_the_lock(web):
    lock(web)
    with web.client() as client:
        for n in range(5):
            assert login(client, "reviewer", f"still trying {n}").status_code == 403
    assert failures_recorded(web.config, "reviewer") == 10


def test_1_failures_older_than_the_lockout_window_do_not_lock(web):
    digest = name_digest(web.config.web_session_key_file.read_bytes(), "reviewer")
    long_ago = datetime.now(timezone.utc) - timedelta(minutes=web.config.web.lockout_minutes + 1)
    with open_database(web.config.database_url).begin() as session:
        session.add_all(LoginFailureRow(at=long_ago, name_digest=digest, address="192.0.2.1") for _ in range(10))
    with web.client() as client:
        assert login(client, "reviewer", PASSWORD).status_code == 303


@pytest.mark.parametrize("command", [("unlock", "reviewer"), ("passwd", "reviewer", "--password-stdin"),
                                     ("enable", "reviewer")])
def test_1_unlock_passwd_and_enable_clear_the_failures(web, command):
    lock(web)
    result = run_cli(web.config, "user", *command, stdin=b"a brand new password 3\n")
    assert result.code == 0, result.err
    password = "a brand new password 3" if command[0] == "passwd" else PASSWORD
    with web.client() as client:
        assert login(client, "reviewer", password).status_code == 303
    if command[0] == "unlock":
        assert "10 failed logins forgotten" in result.err
        row = audit_rows(web.config, action="user-unlock")[-1]
        assert row["target"] == "reviewer" and row["username"] == f"cli:{getpass.getuser()}"


def test_1_unlock_of_no_such_account_says_so(web):
    result = run_cli(web.config, "user", "unlock", "nobody-here")
    assert result.code != 0 and "no account named 'nobody-here'" in result.err


# ---- 2. the proxy: a unix socket, a shared secret ---------------------------------------------------

def test_2_over_the_unix_socket_the_proxy_s_headers_count_and_the_socket_is_0660(make_config, tmp_path):
    socket_dir = Path(tempfile.mkdtemp(prefix="iw-", dir="/tmp"))  # a socket path must be short
    socket_path = socket_dir / "web.sock"
    config = make_config(extra=web_config_text(f"unix:{socket_path}", 'trusted_user_header = "X-Remote-User"'))
    add_user(config, "reviewer", "reviewer", PASSWORD)
    server = start_web(config, tmp_path)
    try:
        assert stat.S_IMODE(socket_path.stat().st_mode) == 0o660
        with server.client(headers={"X-Remote-User": "reviewer", "X-Forwarded-For": "198.51.100.7"}) as client:
            assert client.get("/").status_code == 200
        assert audit_rows(config, action="sso-login")[-1]["address"] == "198.51.100.7"
        server.stop()
        server = start_web(config, tmp_path)  # the socket left by the last run is replaced
        with server.client() as client:
            assert client.get("/healthz").text == "ok"
    finally:
        server.stop()
        socket_path.unlink(missing_ok=True)
        socket_dir.rmdir()


@pytest.fixture
def secret_web(make_config, tmp_path):  # type: ignore[no-untyped-def]
    secret = tmp_path / "proxy.secret"
    secret.write_text("s3cret-of-the-proxy-and-the-app\n")
    secret.chmod(0o600)
    config = make_config(extra=web_config_text(free_port(), f'trusted_user_header = "X-Remote-User"\n'
                                                            f'trusted_proxies = ["127.0.0.1"]\n'
                                                            f'trusted_proxy_secret_file = "{secret}"'))
    add_user(config, "reviewer", "reviewer", PASSWORD)
    server = start_web(config, tmp_path)
    yield server
    server.stop()


def test_2_with_a_proxy_secret_the_user_header_counts_only_with_the_secret(secret_web):
    for headers, status in (({}, 303), ({"X-Ingestd-Proxy-Secret": "a guess at the secret"}, 303),
                            ({"X-Ingestd-Proxy-Secret": "s3cret-of-the-proxy-and-the-app"}, 200)):
        with secret_web.client(headers={"X-Remote-User": "reviewer", **headers}) as client:
            assert client.get("/").status_code == status, headers
    # Without the secret, X-Forwarded-For is not believed either.
    with secret_web.client(headers={"X-Forwarded-For": "198.51.100.9"}) as client:
        client.get("/")
    assert audit_rows(secret_web.config, action="refused")[-1]["address"] == "127.0.0.1"


# ---- 3. behind a local proxy: check-config's warning, cookie_secure ---------------------------------

def test_3_check_config_warns_of_a_loopback_listener_with_no_trusted_proxy(make_config):
    plain = run_cli(make_config(extra=web_config_text(free_port())), "check-config")
    assert "[web] listen is loopback without TLS and trusted_proxies is empty" in plain.out + plain.err
    proxied = run_cli(make_config(extra=web_config_text(free_port(), 'trusted_proxies = ["127.0.0.1"]')),
                      "check-config")
    assert "trusted_proxies is empty" not in proxied.out + proxied.err


def _cookie(response: httpx.Response) -> str:
    return next(v for k, v in response.headers.multi_items() if k == "set-cookie" and "session=" in v)


@pytest.mark.web_extra('trusted_proxies = ["127.0.0.1"]')
def test_3_auto_the_cookie_is_secure_when_the_trusted_proxy_says_https(web):
    with web.client(headers={"X-Forwarded-Proto": "https"}) as client:
        cookie = _cookie(login(client, "reviewer", PASSWORD))
    assert cookie.startswith("__Host-ingestd_session=") and "secure" in cookie.lower()
    with web.client() as client:
        assert "secure" not in _cookie(login(client, "reviewer", PASSWORD)).lower()


@pytest.mark.web_extra("cookie_secure = true")
def test_3_cookie_secure_true_makes_it_secure_over_plain_http(web):
    with web.client() as client:
        cookie = _cookie(client.get("/login"))
    assert cookie.startswith("__Host-ingestd_session=") and "secure" in cookie.lower()


# ---- 4. blocking work off the event loop ----------------------------------------------------------------

def test_4_every_handler_runs_in_the_threadpool():
    import inspect
    for route in ROUTES:
        endpoint = getattr(route, "endpoint", None)
        if endpoint is None:
            continue
        inner = getattr(endpoint, "__wrapped__", endpoint)
        assert not inspect.iscoroutinefunction(inner), route.path  # a plain function: run_in_threadpool


# ---- 5. the body limit, however the body is sent -------------------------------------------------------

def test_5_a_chunked_post_over_64_kib_is_refused_with_413(web):
    def body():  # type: ignore[no-untyped-def]
        yield b"name=reviewer&password="
        for _ in range(100):
            yield b"x" * 1024

    with web.client() as client:
        response = client.post("/login", content=body(), headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413 and response.text == "the request is too large (at most 64 KiB)"


# ---- 6. strict numbers; no request data in the log ------------------------------------------------------

@pytest.mark.parametrize("page", ["²", "1234567", "9" * 5000, "-1", "0", "1.5", " 2"])
def test_6_a_page_that_is_not_a_plain_number_is_a_400_with_plain_words(web, page):
    client = web.login("admin")
    for path in ("/", "/search", "/audit"):
        response = client.get(path, params={"page": page, "q": "report"})
        assert response.status_code == 400, (path, page)
        assert "page must be a whole number from 1 to 999999" in response.text
    assert "Traceback" not in web.log_path.read_text()


def test_6_an_unexpected_failure_is_a_generic_page_and_the_log_has_no_request_data(web):
    client = web.login("reviewer")
    with open_database(web.config.database_url).begin() as session:
        from sqlalchemy import text
        session.execute(text("DROP TABLE report_search"))
    response = client.get("/search", params={"q": "Zyxwordprobe"})
    assert response.status_code == 500 and "something went wrong on the server" in response.text
    assert "Zyxwordprobe" not in response.text
    log_text = web.log_path.read_text()
    assert "web request failed: sqlalchemy.exc.OperationalError at " in log_text
    assert "Zyxwordprobe" not in log_text and "Traceback" not in log_text


# ---- 7. logout on the server side ------------------------------------------------------------------------

def test_7_a_cookie_copied_before_logout_no_longer_works(web):
    client = web.login("reviewer")
    copied = client.cookies["ingestd_session"]
    client.post("/logout", data={"csrf_token": csrf_of(client.get("/").text)})
    with web.client(cookies={"ingestd_session": copied}) as thief:
        assert thief.get("/").status_code == 303


def test_7_a_role_change_ends_the_session(web):
    client = web.login("reviewer")
    assert run_cli(web.config, "user", "role", "reviewer", "admin").code == 0
    assert client.get("/").status_code == 303


# ---- 8. under HTTPS only the __Host- cookie ---------------------------------------------------------------

def _value(response: httpx.Response) -> str:
    return _cookie(response).split(";")[0].split("=", 1)[1]


@pytest.mark.web_extra('trusted_proxies = ["127.0.0.1"]')
def test_8_under_https_the_plain_cookie_name_is_not_read(web):
    # The proxy says https; the cookies are sent by hand (httpx keeps Secure cookies from plain http).
    https = {"X-Forwarded-Proto": "https"}
    with web.client(headers=https) as client:
        page = client.get("/login")
        anonymous = _value(page)
        response = client.post("/login", headers={"cookie": f"__Host-ingestd_session={anonymous}"},
                               data={"csrf_token": csrf_of(page.text), "name": "reviewer", "password": PASSWORD})
        assert response.status_code == 303
        value = _value(response)
        assert client.get("/", headers={"cookie": f"__Host-ingestd_session={value}"}).status_code == 200
        assert client.get("/", headers={"cookie": f"ingestd_session={value}"}).status_code == 303


# ---- 9. single sign-on: a new CSRF token, one audit row a session ------------------------------------------

@pytest.mark.web_extra('trusted_user_header = "X-Remote-User"\ntrusted_proxies = ["127.0.0.1"]')
def test_9_single_sign_on_rotates_the_csrf_token_and_is_audited_once(web):
    with web.client() as client:
        before = csrf_of(client.get("/login").text)
        sso = {"X-Remote-User": "reviewer"}
        after = csrf_of(client.get("/", headers=sso).text)
        assert after != before
        for _ in range(3):
            assert csrf_of(client.get("/", headers=sso).text) == after
    assert len(audit_rows(web.config, action="sso-login")) == 1


# ---- 10. what the audit was missing ----------------------------------------------------------------------

def test_10_basic_logins_and_export_filters_are_audited(web):
    with web.client(auth=("reviewer", PASSWORD)) as client:
        client.get("/api/log", params={"type": "ICR", "cpc": "Glasgow"})
        client.get("/log.csv", params={"timeliness": "late"})
    logins = audit_rows(web.config, action="login", username="reviewer")
    assert [r["detail"] for r in logins] == ["basic", "basic"]
    assert audit_rows(web.config, action="api-log")[-1]["detail"] == "1 entry; type=ICR&cpc=Glasgow"
    assert audit_rows(web.config, action="export")[-1]["detail"] == "csv, 1 entry; timeliness=late"


def test_10_cli_account_changes_name_the_os_user(web):
    assert run_cli(web.config, "user", "disable", "reviewer").code == 0
    rows = audit_rows(web.config, action="user-disable") + audit_rows(web.config, action="user-add")
    assert {r["username"] for r in rows} == {f"cli:{getpass.getuser()}"}


def test_10_probes_for_reports_that_do_not_exist_are_audited(web):
    client = web.login("reviewer")
    assert client.get("/reports/ICR-2026-0999").status_code == 404
    assert client.get("/reports/<script>").status_code == 404
    rows = audit_rows(web.config, action="view-report")
    assert [(r["target"], r["outcome"]) for r in rows] == [("ICR-2026-0999", "not-found"), (None, "not-found")]


def test_10_a_second_acknowledgement_changes_nothing_and_says_so(web):
    client = web.login("reviewer")
    reference = next(e["reference"] for e in client.get("/api/log").json() if e["timeliness"] == "late")
    for _ in range(2):
        token = csrf_of(client.get(f"/reports/{reference}").text)
        assert client.post(f"/reports/{reference}/acknowledge", data={"csrf_token": token}).status_code == 303
    page = client.get(f"/reports/{reference}").text
    assert "It was acknowledged already, by reviewer" in page
    rows = audit_rows(web.config, action="acknowledge")
    assert [r["outcome"] for r in rows] == ["ok", "already"]


# ---- 11. anonymous refusals are bounded --------------------------------------------------------------------

def test_11_a_scanner_writes_one_row_a_minute_however_many_requests(web):
    with web.client() as client:
        for n in range(200):
            client.get(f"/reports/ICR-2026-{n:04d}")
        for n in range(30):
            login(client, f"guess{n}", "wrong password")
    refused = audit_rows(web.config, action="refused")
    assert len(refused) == 1 and refused[0]["detail"] == "anonymous; 200 times in the minute from this address"
    failed = audit_rows(web.config, action="login-failed")
    assert len(failed) == 1 and failed[0]["detail"] == "wrong (no such account); 30 times in the minute from this address"


# ---- 12. the audit's pages ------------------------------------------------------------------------------------

def test_12_a_page_past_the_end_of_the_audit_shows_the_last_page(web):
    admin = web.login("admin")
    response = admin.get("/audit", params={"page": "999"})
    assert response.status_code == 200 and "login" in response.text
    assert admin.get("/audit", params={"page": "²"}).status_code == 400


# ---- 13. messages from the server, not the address -------------------------------------------------------------

def test_13_the_report_page_takes_no_message_from_the_query_string(web):
    client = web.login("reviewer")
    page = client.get("/reports/ICR-2026-0001", params={"redacted": "all names were"}).text
    assert 'id="redacted-count"' not in page and "all names were" not in page
    token = csrf_of(page)
    response = client.post("/reports/ICR-2026-0001/redact", data={"csrf_token": token, "words": "Summary",
                                                                  "category": "person"})
    assert response.status_code == 303 and "?" not in response.headers["location"]
    shown = client.get(response.headers["location"]).text
    assert re.search(r'id="redacted-count" role="status">\d+ places? redacted<', shown)
    assert 'id="redacted-count"' not in client.get("/reports/ICR-2026-0001").text  # once
