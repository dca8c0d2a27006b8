"""The core data set on the report page: the form, its roles and CSRF token, the exports."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.cli import run_cli
from tests.waiting import wait_until
from tests.web.browser import browser, browser_login, downloaded, screenshot  # noqa: F401 - fixture
from tests.web.server import csrf_of

ICR = "ICR-2026-0001"


def _audited(web):  # type: ignore[no-untyped-def]
    return [r for r in json.loads(run_cli(web.config, "audit", "--format", "json").out) if r["action"] == "coredata"]


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_a_reviewer_sets_and_confirms_core_data_through_the_form(web, db_url):
    client = web.login("reviewer")
    page = client.get(f"/reports/{ICR}").text
    assert 'id="coredata-form"' in page and "age-aged: " in page and "(aged 4)" in page
    token = csrf_of(page)
    response = client.post(f"/reports/{ICR}/coredata", data={"csrf_token": token, "confirm": "age"})
    assert response.status_code == 303
    form = {"csrf_token": token, "cd_subject": "child", "cd_age": "4", "cd_age_band": "1-4", "cd_gender": "female",
            "cd_harm": ["neglect", "emotional"], "cd_agencies": ["Police Scotland", "health visiting", "NHS board"],
            "cd_themes": ["information sharing"], "cd_notification_date": "", "cd_decision_date": "2026-10-20",
            "cd_parallel_proceedings": "no"}
    response = client.post(f"/reports/{ICR}/coredata", data=form)
    assert response.status_code == 303, response.text
    shown = client.get(response.headers["location"]).text
    assert 'id="coredata-saved"' in shown
    values = {v["field"]: v for v in json.loads(run_cli(web.config, "coredata", "show", ICR, "--format", "json").out)}
    assert values["harm"]["value"] == ["neglect", "emotional"] and values["harm"]["username"] == "reviewer"
    assert values["gender"]["value"] == "female" and values["parallel_proceedings"]["value"] == "no"
    assert values["age"]["source"] == "reviewer" and values["age"]["evidence"].startswith("age-aged: ")  # confirmed
    assert values["themes"]["source"] == "auto"  # unchanged values stay automatic
    assert [(r["detail"], r["username"]) for r in _audited(web)] == [
        ("confirm age", "reviewer"), ("set gender, harm, parallel_proceedings", "reviewer")]
    api = next(e for e in client.get("/api/log").json() if e["reference"] == ICR)
    assert api["core_data"]["harm"] == ["neglect", "emotional"] and api["core_data"]["committee_kind"] == "CPC"
    table = list(csv.DictReader(io.StringIO(client.get("/log.csv").text)))
    row = next(r for r in table if r["reference"] == ICR)
    assert row["core_harm"] == "neglect; emotional" and row["core_age"] == "4" and row["core_committee_kind"] == "CPC"


def test_the_form_refuses_values_outside_the_lists_and_requests_without_a_token_or_session(web):
    client = web.login("reviewer")
    token = csrf_of(client.get(f"/reports/{ICR}").text)
    for data in ({"cd_harm": "Thessaly Quarrington"}, {"cd_age": "[DOB]"}, {"cd_agencies": "Vexmoor Primary School"}):
        response = client.post(f"/reports/{ICR}/coredata", data={"csrf_token": token, **data})
        assert response.status_code == 400, data
    assert client.post(f"/reports/{ICR}/coredata", data={"cd_harm": "neglect"}).status_code == 403  # no token
    with web.client() as anonymous:
        response = anonymous.post(f"/reports/{ICR}/coredata", data={"cd_harm": "neglect"})
        assert response.status_code == 303 and response.headers["location"] == "/login"
    assert not _audited(web)
    values = {v["field"]: v for v in json.loads(run_cli(web.config, "coredata", "show", ICR, "--format", "json").out)}
    assert values["harm"]["source"] == "auto"
    refused = [r for r in json.loads(run_cli(web.config, "audit", "--format", "json").out) if r["action"] == "refused"]
    assert {r["detail"] for r in refused} >= {"csrf", "anonymous"}


def test_a_reviewer_fills_the_core_data_in_the_browser_and_finds_it_in_the_export(web, browser, tmp_path):
    browser_login(browser, web.url, "reviewer", web.users["reviewer"])
    browser.get(f"{web.url}/reports/{ICR}")
    for value in ("neglect", "physical"):
        browser.find_element(By.CSS_SELECTOR, f'input[name="cd_harm"][value="{value}"]').click()
    browser.find_element(By.CSS_SELECTOR, 'input[name="cd_risk_factors"][value="domestic abuse"]').click()
    Select(browser.find_element(By.ID, "cd_gender")).select_by_value("male")
    Select(browser.find_element(By.ID, "cd_parallel_proceedings")).select_by_value("yes")
    age = browser.find_element(By.ID, "cd_age")
    age.clear()
    age.send_keys("5")
    screenshot(browser, "coredata", tmp_path)
    browser.find_element(By.ID, "coredata-save").click()
    wait_until(lambda: browser.find_elements(By.ID, "coredata-saved"), what="the saved core data")
    assert "reviewer," in browser.find_element(By.ID, "cd-source-harm").text
    assert browser.find_element(By.ID, "cd-source-themes").text.startswith("auto")
    browser.get(f"{web.url}/log.xlsx?type=ICR")
    sheet = load_workbook(downloaded(browser, ".xlsx")).active
    header = [c.value for c in sheet[1]]
    values = dict(zip(header, [c.value for c in sheet[2]]))
    assert values["reference"] == ICR and values["core_harm"] == "neglect; physical"
    assert values["core_risk_factors"] == "domestic abuse" and values["core_gender"] == "male"
    assert values["core_age"] == "5" and values["core_age_band"] == "1-4"
    assert values["core_parallel_proceedings"] == "yes"
