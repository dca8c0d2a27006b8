"""Corrections in the web app: amend, choose a ratification date, mark checked, withdraw.

Over HTTP (roles, CSRF, plain 400s, the log's ``amended`` in JSON, CSV and XLSX) on SQLite and
PostgreSQL, and as journeys in Chromium.
"""

from __future__ import annotations

import io
import json
import re
from html import unescape

import pytest
from openpyxl import load_workbook
from selenium.webdriver.common.by import By

from tests.cli import run_cli
from tests.waiting import wait_until
from tests.web.amending import EARLY, LATE_PICK, file_tied_report
from tests.web.browser import browser, browser_login, screenshot  # noqa: F401 - fixture
from tests.web.server import csrf_of
from tests.web.test_handredaction import _file_with_leftover


def _audit(web, action):  # type: ignore[no-untyped-def]
    return [r for r in json.loads(run_cli(web.config, "audit", "--format", "json").out) if r["action"] == action]


def _api(client):  # type: ignore[no-untyped-def]
    return {e["reference"]: e for e in client.get("/api/log").json() if e["reference"]}


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_a_candidate_date_chosen_over_http_is_amended_audited_and_exported(web, tmp_path, db_url):
    reference = file_tied_report(web.config, tmp_path)
    client = web.login("reviewer")
    page = client.get(f"/reports/{reference}").text
    assert f'name="pick" value="{EARLY}"' in page and f'name="pick" value="{LATE_PICK}"' in page
    assert "beside &#39;ratified&#39;, &#39;endorsed&#39;" in page  # the evidence, in words
    response = client.post(f"/reports/{reference}/amend", data={
        "csrf_token": csrf_of(page), "pick": EARLY, "ratified_on": "", "reason": "checked against the report's text"})
    assert response.status_code == 303 and response.headers["location"].endswith("#history")
    entry = _api(client)[reference]
    assert (entry["ratified_on"], entry["due_by"], entry["timeliness"], entry["amended"]) == \
        (EARLY, "2026-08-11", "on_time", True)
    assert _api(client)["ICR-2026-0001"]["amended"] is False
    shown = _text(client.get(f"/reports/{reference}").text)
    assert "ratification date unknown 2026-08-04 checked against the report's text" in shown
    assert "The engine filed: ratification date unknown." in shown
    assert [(r["username"], r["target"], r["detail"]) for r in _audit(web, "amend")] == [
        ("reviewer", reference, f"ratified_on unknown -> {EARLY}")]
    csv_lines = client.get("/log.csv").text.splitlines()
    column = csv_lines[0].split(",").index("amended")
    assert {line.split(",")[0]: line.split(",")[column] for line in csv_lines[1:]}[reference] == "true"
    sheet = load_workbook(io.BytesIO(client.get("/log.xlsx").content)).active
    rows = list(sheet.iter_rows(values_only=True))
    amended = {row[0]: row[rows[0].index("amended")] for row in rows[1:]}
    assert amended[reference] == "true" and amended["ICR-2026-0001"] == "false"


def test_the_form_sent_back_unchanged_changes_nothing_and_a_bad_value_is_a_plain_400(web):
    client = web.login("reviewer")
    page = client.get("/reports/ICR-2026-0001").text
    form = dict(re.findall(r'<input id="amend-[^"]+" name="([a-z_]+)" type="[a-z-]+" value="([^"]*)"', page))
    assert form == {"ratified_on": "2026-11-03", "received_at": "2026-11-12T09:00"}  # local time, to the minute
    token = csrf_of(page)
    same = client.post("/reports/ICR-2026-0001/amend", data={
        "csrf_token": token, **form, "doc_type": "ICR", "cpc": "Glasgow Child Protection Committee",
        "decision": "proceed_to_scr", "reason": "looked again"})
    assert same.status_code == 400 and "ICR-2026-0001 already holds these values: nothing was changed" in same.text
    for data, words in ((({"ratified_on": "2026-02-31"}), "the ratification date must be a date like 2026-11-03"),
                        ({"received_at": "soon"}, "the receipt time must be a time like"),
                        ({"cpc": "<b>Nowhere</b>"}, "there is no committee called &#39;&lt;b&gt;Nowhere&lt;/b&gt;&#39;"),
                        ({"ratified_on": "2026-11-01", "reason": " "}, "give a reason for the change")):
        response = client.post("/reports/ICR-2026-0001/amend", data={"csrf_token": token, "reason": "r", **data})
        assert response.status_code == 400 and words in response.text, response.text[-500:]
    received = client.post("/reports/ICR-2026-0001/amend", data={
        "csrf_token": token, **form, "received_at": "2026-11-10T09:00", "reason": "delivered by hand"})
    assert received.status_code == 303
    assert (_api(client)["ICR-2026-0001"]["timeliness"], _api(client)["ICR-2026-0001"]["ratified_on"]) == \
        ("on_time", "2026-11-03")  # the ratification date sent back as shown is not a change
    assert [r["detail"] for r in _audit(web, "amend")] == [
        "received_at 2026-11-12T09:00:00Z -> 2026-11-10T09:00:00Z"]


def test_corrections_need_the_role_and_the_csrf_token(web):
    anonymous = web.client().post("/reports/ICR-2026-0001/amend", data={"ratified_on": "2026-11-01", "reason": "r"})
    assert anonymous.status_code == 303 and anonymous.headers["location"] == "/login"
    reviewer = web.login("reviewer")
    token = csrf_of(reviewer.get("/reports/ICR-2026-0001").text)
    for path, data in (("amend", {"ratified_on": "2026-11-01", "reason": "r"}), ("checked", {}),
                       ("withdraw", {"reason": "r"})):
        assert reviewer.post(f"/reports/ICR-2026-0001/{path}", data=data).status_code == 403  # no token
    withdraw = reviewer.post("/reports/ICR-2026-0001/withdraw", data={"csrf_token": token, "reason": "r"})
    assert withdraw.status_code == 403 and "administrators" in withdraw.text
    assert 'id="withdraw-form"' not in reviewer.get("/reports/ICR-2026-0001").text
    refusals = [(r["target"], r["detail"]) for r in _audit(web, "refused")]
    assert ("/reports/ICR-2026-0001/amend", "anonymous") in refusals
    assert ("/reports/ICR-2026-0001/checked", "csrf") in refusals
    assert ("/reports/ICR-2026-0001/withdraw", "forbidden") in refusals
    entry = _api(reviewer)["ICR-2026-0001"]
    assert (entry["ratified_on"], entry["amended"]) == ("2026-11-03", False)
    assert _audit(web, "amend") == [] and _audit(web, "withdraw") == []

    checked = reviewer.post("/reports/ICR-2026-0001/checked", data={"csrf_token": token})
    assert checked.status_code == 303
    assert "Redaction checked by reviewer at" in reviewer.get("/reports/ICR-2026-0001").text
    assert [r["username"] for r in _audit(web, "redaction-checked")] == ["reviewer"]


# ---- journeys in Chromium ---------------------------------------------------------------------

def test_a_reviewer_sets_an_unknown_date_from_a_candidate_and_sees_the_deadline_and_history(web, browser, tmp_path):
    reference = file_tied_report(web.config, tmp_path)
    browser_login(browser, web.url, "reviewer", web.users["reviewer"])
    browser.get(f"{web.url}/attention")
    assert reference in browser.find_element(By.TAG_NAME, "main").text  # unknown date: needs attention
    browser.get(f"{web.url}/reports/{reference}")
    assert "ratification date is unknown" in browser.find_element(By.ID, "deadline").text
    screenshot(browser, "amend-candidates", tmp_path)
    browser.find_element(By.ID, f"pick-{LATE_PICK}").click()
    wait_until(lambda: browser.find_elements(By.ID, "amended"), what="the amended report page")
    assert browser.find_element(By.ID, "amended").text == "1 field amended"
    assert browser.find_element(By.ID, "deadline").text == \
        "ratified 28 Jul, due 4 Aug, received 10 Aug 2026: 6 days late"
    history = browser.find_element(By.ID, "history-table").text
    assert f"reviewer ratification date unknown {LATE_PICK} checked against the report's text" in history
    assert not browser.find_elements(By.ID, "choose-date")  # the date is known now
    screenshot(browser, "amend-history", tmp_path)
    browser.get(f"{web.url}/?type=LR")
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "table.log tbody tr") if reference in r.text)
    assert "late" in row.text


def test_a_reviewer_redacts_a_planted_leftover_and_marks_the_redaction_checked(web, browser, tmp_path):
    reference = _file_with_leftover(web, tmp_path)
    browser_login(browser, web.url, "reviewer", web.users["reviewer"])
    browser.get(f"{web.url}/search?q=zorvath")
    assert browser.find_element(By.ID, "total").text == "1"
    browser.get(f"{web.url}/reports/{reference}")
    browser.find_element(By.ID, "redact-words").send_keys("zorvath mcquillen")
    browser.find_element(By.ID, "redact-button").click()
    wait_until(lambda: browser.find_elements(By.ID, "redacted-count"), what="the redacted page")
    assert "zorvath" not in browser.find_element(By.ID, "document").text.lower()
    browser.find_element(By.ID, "mark-checked").click()
    wait_until(lambda: browser.find_elements(By.ID, "checked-by"), what="the redaction checked")
    history = browser.find_element(By.ID, "history-table").text
    assert "redaction person: 1 place" in history and "redaction checked" in history
    browser.get(f"{web.url}/search?q=zorvath")
    assert browser.find_element(By.ID, "total").text == "0"
    stored = json.loads(run_cli(web.config, "show", reference, "--format", "json").out)
    assert "zorvath" not in stored["text"].lower() and stored["redaction_checked_by"] == "reviewer"


def test_an_admin_withdraws_an_entry_and_it_leaves_the_log_search_and_attention(web, browser, tmp_path):
    browser_login(browser, web.url, "admin", web.users["admin"])
    browser.get(f"{web.url}/")
    assert "SCR-2026-0001" in browser.find_element(By.TAG_NAME, "main").text
    browser.get(f"{web.url}/reports/SCR-2026-0001")
    browser.find_element(By.CSS_SELECTOR, "#withdraw summary").click()
    browser.find_element(By.ID, "withdraw-reason").send_keys("sent to us by mistake")
    browser.find_element(By.ID, "withdraw-button").click()
    wait_until(lambda: browser.find_elements(By.ID, "withdrawn"), what="the withdrawn notice")
    assert not browser.find_elements(By.ID, "amend-form")
    browser.get(f"{web.url}/")
    assert "SCR-2026-0001" not in browser.find_element(By.TAG_NAME, "main").text
    assert "ICR-2026-0001" in browser.find_element(By.TAG_NAME, "main").text
    browser.get(f"{web.url}/search?q=grandmother")
    assert browser.find_element(By.ID, "total").text == "0"
    [row] = _audit(web, "withdraw")
    assert (row["username"], row["target"]) == ("admin", "SCR-2026-0001")
    assert "SCR-2026-0001" in run_cli(web.config, "log", "--withdrawn").out
