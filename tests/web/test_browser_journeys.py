"""A reviewer's day in Debian's headless Chromium against a real ``ingestd web`` process.

Each test is one journey through the pages, asserting what a reviewer would look at: the
rows of the log, the deadline sentence, the marked placeholders, the downloaded spreadsheet,
the audit rows. The data are ``file_reports``' four intakes (tests/web/server.py):

    received     reference      committee   ratified     timeliness
    2026-11-20   (no report)    Glasgow
    2026-11-12   ICR-2026-0001  Glasgow     2026-11-03   2 days late (due 2026-11-10)
    2026-08-03   LR-2026-0001   Highland    unknown      unknown
    2026-05-22   SCR-2026-0001  Fife        2026-05-19   on time (holds conftest.HOSTILE)

The README's pictures are these tests' screenshots:
``INGESTD_SCREENSHOTS=docs/screenshots .venv/bin/python -m pytest tests/web/test_browser_journeys.py``.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from openpyxl import load_workbook
from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select

from ingestd.coredata import LOG_COLUMNS
from ingestd.storage.repository import LOG_JSON_FIELDS
from tests.cli import run_cli
from tests.waiting import wait_until
from tests.web.browser import browser, downloaded, screenshot, start_chromium  # noqa: F401 - fixture
from tests.web.conftest import HOSTILE
from tests.web.server import WebServer

ICR, LR, SCR = "ICR-2026-0001", "LR-2026-0001", "SCR-2026-0001"
GLASGOW = "Glasgow Child Protection Committee"
EXPORT_COLUMNS = [*LOG_JSON_FIELDS, "received_on", *LOG_COLUMNS]


# ---- what a reviewer reads off the pages ------------------------------------------------------------

def path_of(driver: WebDriver) -> str:
    return urlsplit(driver.current_url).path


def query_of(driver: WebDriver) -> dict[str, list[str]]:
    return parse_qs(urlsplit(driver.current_url).query)


def wait_for_path(driver: WebDriver, path: str) -> None:
    wait_until(lambda: path_of(driver) == path and driver.execute_script("return document.readyState") == "complete",
               what=f"the page {path} (at {driver.current_url})")


def click_and_wait(driver: WebDriver, element: WebElement) -> None:
    """Click something that loads a new page, and wait until the old page is gone and the new one is in."""
    html = driver.find_element(By.TAG_NAME, "html")
    element.click()
    wait_until(lambda: _stale(html) and driver.execute_script("return document.readyState") == "complete",
               what="the next page to load")


def _stale(element: WebElement) -> bool:
    try:
        element.tag_name
    except WebDriverException:  # stale: the old page is gone (or going)
        return True
    return False


def log_in(driver: WebDriver, name: str, password: str) -> None:
    """Fill in the login form of the page the browser is on (``/login``, perhaps with ``?next=``)."""
    assert path_of(driver) == "/login", driver.current_url
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    click_and_wait(driver, driver.find_element(By.ID, "login"))
    assert driver.find_elements(By.ID, "logout"), f"not logged in: {driver.current_url}"


def open_and_log_in(driver: WebDriver, web: WebServer, name: str = "reviewer", path: str = "/") -> None:
    driver.get(web.url + path)
    wait_for_path(driver, "/login")
    log_in(driver, name, web.users[name])


def log_rows(driver: WebDriver) -> list[dict[str, str]]:
    """The intake log's rows as a reviewer reads them: column heading -> cell text, plus the row's class."""
    headings = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "#log thead th")]
    rows = []
    for tr in driver.find_elements(By.CSS_SELECTOR, "#log tbody tr"):
        cells = [td.text for td in tr.find_elements(By.TAG_NAME, "td")]
        if len(cells) == len(headings):
            rows.append({**dict(zip(headings, cells)), "class": tr.get_attribute("class") or ""})
    return rows


def references(driver: WebDriver) -> list[str]:
    return [row["Reference"] for row in log_rows(driver)]


def options(driver: WebDriver, facet: str) -> dict[str, str]:
    """A filter's choices: value -> the text shown, e.g. ``{"late": "late (1)"}`` (``all`` left out)."""
    select = driver.find_element(By.ID, f"filter-{facet}")
    return {o.get_attribute("value"): o.text for o in select.find_elements(By.TAG_NAME, "option")
            if o.get_attribute("value")}


def set_date(driver: WebDriver, name: str, iso_day: str) -> None:
    """Put a date in one of the form's date fields. Typed keys would depend on the browser's
    locale (mm/dd/yyyy in Debian's en-US-only Chromium, dd/mm/yyyy in en-GB), while the field's
    value, which the form submits, is always ISO; so the value is set and the field told."""
    field = driver.find_element(By.CSS_SELECTOR, f"#filters input[name='{name}']")
    driver.execute_script("arguments[0].value = arguments[1];"
                          "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                          "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, iso_day)
    assert field.get_attribute("value") == iso_day


def apply_filters(driver: WebDriver) -> None:
    click_and_wait(driver, driver.find_element(By.ID, "apply-filters"))


def background(element: WebElement) -> str:
    return element.value_of_css_property("background-color")


def no_alert(driver: WebDriver) -> bool:
    try:
        driver.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


@pytest.fixture
def second_browser(tmp_path: Path) -> Iterator[WebDriver]:
    """Another Chromium with its own profile: a new session, no cookies."""
    downloads = tmp_path / "downloads-2"
    downloads.mkdir()
    driver = start_chromium(downloads)
    try:
        yield driver
    finally:
        driver.quit()


# ---- 1. log in, read the log, log out --------------------------------------------------------------

def test_log_in_read_the_log_newest_first_and_log_out(web, browser, tmp_path):
    browser.get(web.url + "/")
    wait_for_path(browser, "/login")  # no way in without an account
    assert query_of(browser) == {"next": ["/"]}
    assert not browser.find_elements(By.CSS_SELECTOR, "#log, nav[aria-label=main]")
    screenshot(browser, "login", tmp_path)

    log_in(browser, "reviewer", web.users["reviewer"])
    assert path_of(browser) == "/"
    assert browser.find_element(By.CSS_SELECTOR, ".who").text == "reviewer (reviewer)"
    rows = log_rows(browser)
    assert [r["Received"] for r in rows] == ["2026-11-20", "2026-11-12", "2026-08-03", "2026-05-22"]
    assert [r["Reference"] for r in rows[1:]] == [ICR, LR, SCR]
    assert rows[0]["Status"] == "no report no-attachment"  # the mail without a report, with its reason code
    assert browser.find_element(By.ID, "total").text == "4"

    no_report, late, unknown, on_time = rows
    assert late["class"] == "late" and late["Timeliness"] == "2 days late"
    assert (late["Ratified"], late["Due"]) == ("2026-11-03", "2026-11-10")
    assert unknown["class"] == "unknown" and unknown["Timeliness"] == "unknown"
    assert (unknown["Ratified"], unknown["Due"]) == ("unknown", "")
    assert on_time["class"] == "on_time" and on_time["Timeliness"] == "on time"
    # They stand out: the late and unknown rows are tinted, their badges coloured, the others are not.
    tr = {r: browser.find_element(By.XPATH, f"//table[@id='log']//tr[.//a[text()='{r}']]") for r in (ICR, LR, SCR)}
    tints = {r: background(row.find_element(By.TAG_NAME, "td")) for r, row in tr.items()}
    assert len(set(tints.values())) == 3, tints
    badges = {r: row.find_element(By.CSS_SELECTOR, ".badge") for r, row in tr.items()}
    assert badges[ICR].get_attribute("class") == "badge late"
    assert badges[LR].get_attribute("class") == "badge unknown"
    assert background(badges[ICR]) != background(badges[LR]) != background(badges[SCR])
    assert badges[ICR].value_of_css_property("font-weight") == "700"
    screenshot(browser, "intake-log", tmp_path)

    click_and_wait(browser, browser.find_element(By.ID, "logout"))
    assert path_of(browser) == "/login"
    assert not browser.find_elements(By.ID, "logout")
    browser.get(web.url + "/")
    wait_for_path(browser, "/login")
    browser.get(web.url + f"/reports/{ICR}")
    wait_for_path(browser, "/login")
    assert query_of(browser) == {"next": [f"/reports/{ICR}"]}


# ---- 2. filters, counts, a bookmarkable view --------------------------------------------------------

def test_filter_the_log_and_bookmark_the_view(web, browser, second_browser, tmp_path):
    open_and_log_in(browser, web)
    assert options(browser, "timeliness") == {"late": "late (1)", "on_time": "on time (1)",
                                              "unknown": "unknown (1)", "none": "none (1)"}
    fife, highland = "Fife Child Protection Committee", "Highland Child Protection Committee"
    assert options(browser, "committee") == {fife: f"{fife} (1)", GLASGOW: f"{GLASGOW} (2)",
                                             highland: f"{highland} (1)"}
    assert options(browser, "type") == {"ICR": "Initial Case Review (1)", "LR": "Learning Review (1)",
                                        "SCR": "Significant Case Review (1)", "none": "none (1)"}

    Select(browser.find_element(By.ID, "filter-timeliness")).select_by_value("unknown")
    apply_filters(browser)
    assert references(browser) == [LR]
    assert query_of(browser) == {"timeliness": ["unknown"]}
    assert browser.find_element(By.CSS_SELECTOR, ".summary").text.startswith("1 entry match the filters")

    # Only values that would show something are offered (Highland's LR is the one unknown date).
    assert list(options(browser, "committee")) == ["Highland Child Protection Committee"]
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Clear filters"))
    Select(browser.find_element(By.ID, "filter-committee")).select_by_value(GLASGOW)
    apply_filters(browser)
    assert [r["Received"] for r in log_rows(browser)] == ["2026-11-20", "2026-11-12"]
    # The counts are of what choosing each value would show next to the other filters.
    assert options(browser, "type") == {"ICR": "Initial Case Review (1)", "none": "none (1)"}
    assert options(browser, "timeliness") == {"late": "late (1)", "none": "none (1)"}
    assert options(browser, "committee")[GLASGOW] == f"{GLASGOW} (2)"  # its own filter does not narrow it

    # Nothing matches: the form still shows (and keeps) every filter in force.
    set_date(browser, "received_from", "2026-11-13")
    set_date(browser, "received_to", "2026-11-15")
    apply_filters(browser)
    assert log_rows(browser) == [] and "Nothing matches." in browser.find_element(By.ID, "log").text
    committee = Select(browser.find_element(By.ID, "filter-committee")).first_selected_option
    assert (committee.get_attribute("value"), committee.text) == (GLASGOW, f"{GLASGOW} (0)")
    apply_filters(browser)
    assert query_of(browser) == {"committee": [GLASGOW], "received_from": ["2026-11-13"],
                                 "received_to": ["2026-11-15"]}

    Select(browser.find_element(By.ID, "filter-committee")).select_by_value("")
    set_date(browser, "received_from", "2026-08-01")
    set_date(browser, "received_to", "2026-11-15")
    apply_filters(browser)
    assert references(browser) == [ICR, LR]
    assert options(browser, "timeliness") == {"late": "late (1)", "unknown": "unknown (1)"}

    set_date(browser, "ratified_from", "2026-11-01")
    set_date(browser, "ratified_to", "2026-11-30")
    Select(browser.find_element(By.ID, "filter-type")).select_by_value("ICR")
    apply_filters(browser)
    assert references(browser) == [ICR]  # the LR has no ratification date, so no ratified range holds it
    assert query_of(browser) == {"type": ["ICR"], "received_from": ["2026-08-01"], "received_to": ["2026-11-15"],
                                 "ratified_from": ["2026-11-01"], "ratified_to": ["2026-11-30"]}
    # The form shows the filters in force, so the next change starts from them.
    assert Select(browser.find_element(By.ID, "filter-type")).first_selected_option.get_attribute("value") == "ICR"
    assert browser.find_element(By.CSS_SELECTOR, "input[name=ratified_from]").get_attribute("value") == "2026-11-01"
    bookmark, seen = browser.current_url, log_rows(browser)

    Select(browser.find_element(By.ID, "filter-type")).select_by_value("")
    set_date(browser, "ratified_to", "")
    set_date(browser, "ratified_from", "")
    apply_filters(browser)
    assert references(browser) == [ICR, LR]
    screenshot(browser, "filtered-log", tmp_path)
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Clear filters"))
    assert len(log_rows(browser)) == 4 and query_of(browser) == {}

    # The bookmark, in a new session: the login page, then the same rows.
    second_browser.get(bookmark)
    wait_for_path(second_browser, "/login")
    log_in(second_browser, "admin", web.users["admin"])
    assert second_browser.current_url == bookmark
    assert log_rows(second_browser) == seen


# ---- 3. one report ---------------------------------------------------------------------------------

def test_read_a_report_deadline_placeholders_hostile_text_and_find(web, browser, tmp_path):
    open_and_log_in(browser, web)
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, ICR))
    assert path_of(browser) == f"/reports/{ICR}"
    assert browser.find_element(By.ID, "reference").text == ICR
    facts = {dt.text: dd.text for dt, dd in zip(browser.find_elements(By.CSS_SELECTOR, "dl.facts dt"),
                                                browser.find_elements(By.CSS_SELECTOR, "dl.facts dd"))}
    assert facts["Type"] == "Initial Case Review (ICR), about a child"
    assert facts["Committee"] == GLASGOW
    deadline = browser.find_element(By.ID, "deadline")
    assert deadline.text == "ratified 3 Nov, due 10 Nov, received 12 Nov 2026: 2 days late"
    assert deadline.get_attribute("class") == "late"
    assert facts["Decision"] == "proceed to an SCR"

    # Placeholders are marked, and look unlike the text around them.
    document = browser.find_element(By.ID, "document")
    placeholders = document.find_elements(By.CSS_SELECTOR, "mark.redacted")
    assert {p.text for p in placeholders} >= {"[PERSON 1]", "[PERSON 2]", "[ADDRESS 1]"}
    assert all(re.fullmatch(r"\[[A-Z-]+(?: \d+)?\]", p.text) for p in placeholders)
    assert background(placeholders[0]) != background(document)
    assert document.text.count("[PERSON 1]") == len([p for p in placeholders if p.text == "[PERSON 1]"])

    # Find in this report: the words are marked and counted.
    find = browser.find_element(By.ID, "find")
    find.send_keys("review")
    click_and_wait(browser, browser.find_element(By.ID, "find-button"))
    assert query_of(browser) == {"find": ["review"]}
    found = browser.find_elements(By.CSS_SELECTOR, "#document mark.found")
    assert [f.text.lower() for f in found] == ["review"] * len(found) and len(found) == 4
    assert browser.find_element(By.ID, "found-count").text == "4 matches"
    assert browser.find_element(By.ID, "find").get_attribute("value") == "review"
    screenshot(browser, "report", tmp_path)

    # The SCR's text holds a script and an image with an onerror: shown as text, run never.
    browser.get(web.url + f"/reports/{SCR}")
    wait_for_path(browser, f"/reports/{SCR}")
    document = browser.find_element(By.ID, "document")
    assert "Abernethy" not in browser.page_source  # the name after the markup is still redacted
    assert not document.find_elements(By.CSS_SELECTOR, "script, img")
    assert browser.title == f"{SCR} · ingestd"
    assert browser.execute_script("return document.title") != "owned"
    assert no_alert(browser)
    assert HOSTILE.rsplit(" Dr ", 1)[0] in document.text
    assert browser.find_element(By.ID, "deadline").text == \
        "ratified 19 May, due 26 May, received 22 May 2026: on time (4 days to spare)"


# ---- 4. search --------------------------------------------------------------------------------------

@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_search_from_the_header_and_open_a_result(web, browser, tmp_path, db_url):
    open_and_log_in(browser, web)
    box = browser.find_element(By.ID, "q")
    box.send_keys("review")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.search button"))
    assert path_of(browser) == "/search" and query_of(browser) == {"q": ["review"]}
    assert browser.find_element(By.ID, "total").text == "3"
    results = browser.find_elements(By.CSS_SELECTOR, "#results > li")
    assert sorted(r.find_element(By.TAG_NAME, "a").text for r in results) == [ICR, LR, SCR]
    for result in results:
        marks = result.find_elements(By.CSS_SELECTOR, ".snippet mark.found")
        assert marks and all(m.text.lower().startswith("review") for m in marks), result.text
    assert browser.find_element(By.ID, "q").get_attribute("value") == "review"  # the box keeps the words
    screenshot(browser, "search", tmp_path)

    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys("grandmother")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.search button"))
    results = browser.find_elements(By.CSS_SELECTOR, "#results > li")
    assert [r.find_element(By.TAG_NAME, "a").text for r in results] == [SCR]
    assert [m.text for m in results[0].find_elements(By.CSS_SELECTOR, ".snippet mark.found")] == ["grandmother"]
    click_and_wait(browser, results[0].find_element(By.TAG_NAME, "a"))
    assert path_of(browser) == f"/reports/{SCR}" and query_of(browser) == {"find": ["grandmother"]}
    assert [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#document mark.found")] == ["grandmother"]
    assert browser.find_element(By.ID, "found-count").text == "1 match"

    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys("Abernethy")  # a name the redaction removed is not in the searchable text
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.search button"))
    assert browser.find_element(By.ID, "total").text == "0"


# ---- 5. export ---------------------------------------------------------------------------------------

def test_export_the_filtered_view_to_excel_and_csv(web, browser, tmp_path):
    open_and_log_in(browser, web)
    Select(browser.find_element(By.ID, "filter-committee")).select_by_value(GLASGOW)
    set_date(browser, "received_from", "2026-11-01")
    apply_filters(browser)
    shown = [r["Received"] for r in log_rows(browser)]
    assert shown == ["2026-11-20", "2026-11-12"]
    # What `ingestd log --format json` says of the same intakes, in its order (oldest first).
    result = run_cli(web.config, "log", "--format", "json")
    assert result.code == 0, result.err
    expected = [e for e in json.loads(result.out) if e["cpc"] == GLASGOW]
    assert [e["intake_id"] for e in expected] and len(expected) == 2

    browser.find_element(By.ID, "export-xlsx").click()
    xlsx = downloaded(browser, ".xlsx")
    sheet = load_workbook(xlsx, read_only=True).active
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert table[0] == EXPORT_COLUMNS
    assert len(table) == 1 + len(expected)
    by_column = [dict(zip(table[0], row)) for row in table[1:]]
    assert [r["intake_id"] for r in by_column] == [e["intake_id"] for e in expected]
    icr = next(r for r in by_column if r["reference"] == ICR)
    assert (icr["timeliness"], icr["days_late"], icr["cpc"]) == ("late", 2, GLASGOW)
    assert icr["due_by"].date().isoformat() == "2026-11-10"  # a real date cell, not text
    assert {r["received_on"].date().isoformat() for r in by_column} == set(shown)

    browser.find_element(By.ID, "export-csv").click()
    csv_path = downloaded(browser, ".csv")
    with csv_path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == EXPORT_COLUMNS
        exported = list(reader)
    assert [r["intake_id"] for r in exported] == [e["intake_id"] for e in expected]
    for row, entry in zip(exported, expected):
        for key in ("reference", "status", "reason", "doc_type", "cpc", "received_at", "ratified_on", "due_by",
                    "timeliness", "decision"):
            assert row[key] == ("" if entry[key] is None else str(entry[key])), key
    assert sorted(r["received_on"] for r in exported) == sorted(shown)
    assert path_of(browser) == "/"  # the downloads left the page where it was


# ---- 6. what needs attention, and acknowledging a late report ----------------------------------------------

def test_attention_lists_unknown_and_late_until_acknowledged(web, browser, tmp_path):
    open_and_log_in(browser, web)
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Needs attention"))
    assert path_of(browser) == "/attention"
    unknown = browser.find_element(By.ID, "unknown-dates")
    assert [a.text for a in unknown.find_elements(By.CSS_SELECTOR, "li a")] == [LR]
    assert "received 2026-08-03" in unknown.text
    late = browser.find_element(By.ID, "late")
    assert [a.text for a in late.find_elements(By.CSS_SELECTOR, "li a")] == [ICR]
    assert "due 2026-11-10, received 2026-11-12, 2 days late" in late.text
    screenshot(browser, "attention", tmp_path)

    click_and_wait(browser, late.find_element(By.LINK_TEXT, ICR))
    assert path_of(browser) == f"/reports/{ICR}"
    click_and_wait(browser, browser.find_element(By.ID, "acknowledge"))
    assert path_of(browser) == f"/reports/{ICR}"
    assert not browser.find_elements(By.ID, "acknowledge")
    acknowledged = browser.find_element(By.XPATH, "//dt[text()='Acknowledged']/following-sibling::dd[1]")
    assert acknowledged.text.startswith("by reviewer at 20"), acknowledged.text

    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Needs attention"))
    late = browser.find_element(By.ID, "late")
    assert not late.find_elements(By.CSS_SELECTOR, "li a") and "None." in late.text
    assert "(0)" in late.find_element(By.TAG_NAME, "h2").text
    unknown = browser.find_element(By.ID, "unknown-dates")
    assert [a.text for a in unknown.find_elements(By.CSS_SELECTOR, "li a")] == [LR]  # still needs a person
    click_and_wait(browser, unknown.find_element(By.LINK_TEXT, LR))
    deadline = browser.find_element(By.ID, "deadline")
    assert deadline.text == ("received 3 Aug 2026; the ratification date is unknown, so the deadline cannot be "
                             "worked out: check the report and the committee")
    assert deadline.get_attribute("class") == "unknown"
    assert not browser.find_elements(By.ID, "acknowledge")  # only a late report is acknowledged
    # The intake log still says it was late: acknowledging is not excusing.
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Intake log"))
    assert next(r for r in log_rows(browser) if r["Reference"] == ICR)["Timeliness"] == "2 days late"



def test_an_admin_opens_a_protected_report_with_its_password(web, browser, tmp_path):
    password_journey(web, browser, tmp_path)


def test_under_the_shipped_units_the_daemon_opens_it_for_the_admin(daemon_and_masked_web, browser, tmp_path):
    """The same journey where the web app cannot reach the quarantine (the web unit's masks): the
    daemon does the work over its control socket, and the admin sees no difference."""
    password_journey(daemon_and_masked_web, browser, tmp_path)
    assert "reprocessed over the control socket: filed" in daemon_and_masked_web.daemon.stderr()
    from tests.web.test_reprocess_password import DOC_PASSWORD, WRONG
    daemon_log = daemon_and_masked_web.daemon.stderr()
    assert DOC_PASSWORD not in daemon_log and WRONG not in daemon_log


def password_journey(web: WebServer, browser: WebDriver, tmp_path: Path) -> None:
    from tests.web.test_reprocess_password import DOC_PASSWORD, WRONG, hold_protected
    intake_id = hold_protected(web.config, tmp_path)
    open_and_log_in(browser, web, "admin", "/attention")
    row = browser.find_element(By.XPATH, f"//section[@id='held']//tr[td[text()='{intake_id}']]")
    assert "password-protected" in row.text
    field = row.find_element(By.CSS_SELECTOR, "input[type='password']")
    assert field.get_attribute("autocomplete") == "off"
    field.send_keys(WRONG)
    click_and_wait(browser, row.find_element(By.XPATH, ".//button[text()='Try this password']"))
    assert path_of(browser) == "/attention"
    assert browser.find_element(By.ID, "reprocess-outcome").text == \
        "That password did not open it; nothing changed. It is still held."
    row = browser.find_element(By.XPATH, f"//section[@id='held']//tr[td[text()='{intake_id}']]")
    field = row.find_element(By.CSS_SELECTOR, "input[type='password']")
    assert field.get_attribute("value") == ""  # never refilled
    field.send_keys(DOC_PASSWORD)
    screenshot(browser, "attention-password", tmp_path)
    click_and_wait(browser, row.find_element(By.XPATH, ".//button[text()='Try this password']"))
    outcome = browser.find_element(By.ID, "reprocess-outcome")
    assert outcome.text.startswith("The password opened it: filed as ICR-2026-0002."), outcome.text
    assert not browser.find_elements(By.XPATH, f"//section[@id='held']//td[text()='{intake_id}']")
    click_and_wait(browser, outcome.find_element(By.LINK_TEXT, "Open ICR-2026-0002"))
    assert path_of(browser) == "/reports/ICR-2026-0002"
    assert DOC_PASSWORD not in browser.page_source

# ---- 7. the access audit is for admins ---------------------------------------------------------------

def test_audit_shows_the_journey_to_admins_only(web, browser, second_browser, tmp_path):
    # A reviewer's journey: log in, open a report, search, export, try the audit.
    open_and_log_in(browser, web, "reviewer")
    assert not browser.find_elements(By.LINK_TEXT, "Audit")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, ICR))
    browser.find_element(By.ID, "q").send_keys("grandmother")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.search button"))
    browser.get(web.url + "/")
    wait_for_path(browser, "/")
    browser.find_element(By.ID, "export-csv").click()
    downloaded(browser, ".csv")
    browser.get(web.url + "/audit")
    wait_until(lambda: "administrators" in browser.find_element(By.TAG_NAME, "body").text,
               what="the refusal of /audit")
    assert browser.find_element(By.TAG_NAME, "body").text == "this page is for administrators"
    assert not browser.find_elements(By.ID, "audit")
    status = browser.execute_script("return performance.getEntriesByType('navigation')[0].responseStatus")
    assert status == 403

    # The admin sees the link and, in the audit, what the reviewer did.
    open_and_log_in(second_browser, web, "admin")
    click_and_wait(second_browser, second_browser.find_element(By.LINK_TEXT, "Audit"))
    assert path_of(second_browser) == "/audit"
    headings = [th.text for th in second_browser.find_elements(By.CSS_SELECTOR, "#audit thead th")]
    entries = [dict(zip(headings, [td.text for td in tr.find_elements(By.TAG_NAME, "td")]))
               for tr in second_browser.find_elements(By.CSS_SELECTOR, "#audit tbody tr")]
    seen = [(e["Account"], e["Action"], e["Target"], e["Outcome"], e["Detail"]) for e in entries]
    expected_newest_first = [
        ("admin", "view-log", "", "ok", ""),
        ("admin", "login", "", "ok", ""),
        ("reviewer", "refused", "/audit", "refused", "forbidden"),
        ("reviewer", "export", "", "ok", "csv, 4 entries"),
        ("reviewer", "view-log", "", "ok", ""),
        ("reviewer", "search", "", "ok", "1 result"),  # how many, never the words
        ("reviewer", "view-report", ICR, "ok", ""),
        ("reviewer", "view-log", "", "ok", ""),
        ("reviewer", "login", "", "ok", ""),
        # Both browsers, before their logins, from one address within a minute: one row, counted.
        ("", "refused", "/", "refused", "anonymous; 2 times in the minute from this address"),
    ]
    assert seen[:len(expected_newest_first)] == expected_newest_first, seen
    assert all(e["From"] == "127.0.0.1" for e in entries[:len(expected_newest_first)])
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["When (UTC)"]) for e in entries)
    assert "grandmother" not in second_browser.page_source
    screenshot(second_browser, "audit", tmp_path)

    # The audit's own filter: one account's entries.
    second_browser.find_element(By.CSS_SELECTOR, "form.filters input[name=user]").send_keys("reviewer")
    click_and_wait(second_browser, second_browser.find_element(By.CSS_SELECTOR, "form.filters button"))
    assert query_of(second_browser)["user"] == ["reviewer"]
    accounts = {td.text for td in second_browser.find_elements(By.CSS_SELECTOR, "#audit tbody td:nth-child(2)")}
    assert accounts == {"reviewer"}
