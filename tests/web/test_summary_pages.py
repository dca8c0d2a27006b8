"""``/summary`` and ``/summary.csv`` against a real ``ingestd web``, over file_reports' intakes
plus the third quarter of tests/summary_reports.py; figures checked against ``/api/log``."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from xml.etree import ElementTree as ET

import pytest
from selenium.webdriver.common.by import By

from ingestd.storage import accounts as store
from ingestd.storage.db import open_database
from ingestd.summary import SECONDARY
from tests.summary_reports import FIFE, FROM, HIGHLAND, TO, file_summary_reports
from tests.web.browser import browser, screenshot  # noqa: F401 - fixture
from tests.web.test_browser_journeys import click_and_wait, open_and_log_in, wait_for_path

QUERY = {"from": FROM.isoformat(), "to": TO.isoformat()}


def _row(html: str, committee: str) -> list[str]:
    match = re.search(rf'<tr><th scope="row">{re.escape(committee)}</th>(.*?)</tr>', html)
    assert match, f"no row for {committee}"
    return re.findall(r'<td class="num">(.*?)</td>', match.group(1))


def _log_counts(client, withdrawn: tuple[str, ...]) -> Counter[str]:  # type: ignore[no-untyped-def]
    """Filed, not withdrawn, reports of the quarter by committee, as /api/log gives them."""
    entries = client.get("/api/log", params={"status": "filed", "since": FROM.isoformat(),
                                             "until": TO.isoformat()}).json()
    return Counter(e["cpc"] for e in entries if e["reference"] not in withdrawn)


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_summary_page_figures_match_the_log_and_a_committee_of_three_shows_less_than_five(web, db_url):
    planted = file_summary_reports(open_database(web.config.database_url))
    client = web.login()
    page = client.get("/summary", params=QUERY)
    assert page.status_code == 200, page.text
    counts = _log_counts(client, planted.withdrawn)
    assert counts[FIFE] == 10 and counts[HIGHLAND] == 4  # file_reports' Highland LR is in August too
    assert _row(page.text, FIFE)[1] == str(counts[FIFE])
    assert _row(page.text, HIGHLAND)[1] == "&lt;5"
    charts = re.findall(r"<svg\b.*?</svg>", page.text, re.S)
    assert len(charts) == 6
    for chart in charts:
        ET.fromstring(chart)  # well-formed XML
    assert 'href="/summary"' in page.text and 'aria-current="page">Summary' in page.text  # in the menu
    rows, _ = store.audit_entries(open_database(web.config.database_url), action="view-summary")
    assert rows and rows[-1]["detail"] == "2026-07-01 to 2026-09-30" and rows[-1]["username"] == "reviewer"


def test_summary_csv_is_the_same_figures_and_is_audited(web):
    file_summary_reports(open_database(web.config.database_url))
    response = web.login().get("/summary.csv", params=QUERY)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "ingestd-summary-2026-07-01-2026-09-30.csv" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {"table": "committee", "row": HIGHLAND, "column": "reports", "value": "<5"} in rows
    assert {"table": "committee", "row": FIFE, "column": "reports", "value": "10"} in rows
    assert "summary test report" not in response.text and "Quillon" not in response.text  # no report text
    rows, _ = store.audit_entries(open_database(web.config.database_url), action="export")
    assert rows[-1]["detail"] == "summary csv, 2026-07-01 to 2026-09-30"
    with web.client(auth=("reviewer", web.users["reviewer"])) as script:  # HTTP Basic, as for /log.csv
        assert script.get("/summary.csv", params=QUERY).text == response.text
    with web.client() as anonymous:
        assert anonymous.get("/summary.csv", params=QUERY).status_code == 401


def test_summary_needs_a_login_and_names_bad_dates(web):
    anonymous = web.client().get("/summary", params=QUERY, headers={"accept": "text/html"})
    assert anonymous.status_code in (302, 303) and "/login" in anonymous.headers["location"]
    client = web.login()
    bad = client.get("/summary", params={"from": "July", "to": "2026-09-30"})
    assert bad.status_code == 400 and "from: expected a date" in bad.text
    half = client.get("/summary", params={"from": "2026-07-01"})
    assert half.status_code == 400 and "together" in half.text
    default = client.get("/summary")
    assert default.status_code == 200
    assert re.search(r"Reports received (\d{4})-(\d\d)-01 to \1-(\d\d)-(30|31)", default.text)  # a whole quarter


def test_a_reviewer_produces_a_summary_in_the_browser(web, browser, tmp_path):  # noqa: F811 - fixture
    file_summary_reports(open_database(web.config.database_url))
    open_and_log_in(browser, web)
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Summary"))
    wait_for_path(browser, "/summary")
    for name, day in QUERY.items():
        field = browser.find_element(By.CSS_SELECTOR, f"#summary-period input[name='{name}']")
        browser.execute_script("arguments[0].value = arguments[1];", field, day)
    click_and_wait(browser, browser.find_element(By.ID, "summary-show"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Reports received 2026-07-01 to 2026-09-30"

    def committee_row(name: str) -> list[str]:
        for tr in browser.find_elements(By.CSS_SELECTOR, "#figures-committee tbody tr"):
            if tr.find_element(By.TAG_NAME, "th").text == name:
                return [td.text for td in tr.find_elements(By.TAG_NAME, "td")]
        raise AssertionError(f"no row for {name}")

    assert committee_row(FIFE)[1:3] == ["10", "50"]
    assert committee_row(HIGHLAND)[1] == "<5"
    assert browser.find_element(By.ID, "summary-reports").text == "20"  # 19 planted + file_reports' August LR
    charts = browser.find_elements(By.CSS_SELECTOR, "figure.chart svg")
    assert len(charts) == 6 and charts[0].size["width"] > 200  # drawn, no script needed
    assert SECONDARY in browser.find_element(By.ID, "figures-type").text
    screenshot(browser, "summary", tmp_path)
