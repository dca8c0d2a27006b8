"""Redaction by hand: a planted leftover is redacted from the stored text and the search index."""

from __future__ import annotations

import json

import pytest
from selenium.webdriver.common.by import By

from ingestd.storage.db import open_database
from ingestd.storage.handredaction import redact_by_hand
from ingestd.errors import UsageError
from tests.cli import run_cli
from tests.waiting import wait_until
from tests.web.browser import browser, browser_login, screenshot  # noqa: F401 - fixture
from tests.web.server import csrf_of

#: A name the engine leaves, planted by the tests: a lower-case name with no cue around it (no
#: title, kin word, label or greeting: since round 11 "the neighbour <name>" is redacted itself).
LEFTOVER = "later that week zorvath mcquillen called twice"


def _file_with_leftover(web, tmp_path):  # type: ignore[no-untyped-def]
    from tests.factories import make_docx
    from tests.messages import DOCX_TYPE, build_message, icr_text
    path = tmp_path / "leftover.eml"
    path.write_bytes(build_message([(make_docx(icr_text("5th November 2026", extra=[LEFTOVER])), "icr.docx",
                                     DOCX_TYPE)], sender="cpc@glasgow.gov.uk"))
    result = run_cli(web.config, "ingest", str(path))
    assert result.code == 0, result.err
    return result.out.split(": ")[1].split()[0]


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_words_redacted_by_hand_leave_the_text_and_the_index(web, tmp_path, db_url):
    reference = _file_with_leftover(web, tmp_path)
    client = web.login("reviewer")
    assert "zorvath" in client.get(f"/reports/{reference}").text  # the planted leftover is there...
    assert reference in client.get("/search", params={"q": "zorvath"}).text  # ...and searchable
    page = client.get(f"/reports/{reference}").text
    response = client.post(f"/reports/{reference}/redact",
                           data={"csrf_token": csrf_of(page), "words": "Zorvath  McQuillen", "category": "person"})
    assert response.status_code == 303
    shown = client.get(response.headers["location"]).text
    assert "zorvath" not in shown.lower() and "mcquillen" not in shown.lower()
    assert "2 place" not in shown and "1 place redacted" in shown
    entry = json.loads(run_cli(web.config, "show", reference, "--format", "json").out)
    assert "zorvath" not in entry["text"].lower()
    numbers = sorted({int(n) for n in __import__("re").findall(r"\[PERSON (\d+)\]", entry["text"])})
    assert numbers == list(range(1, len(numbers) + 1))  # the new placeholder took the next number
    assert f"later that week [PERSON {numbers[-1]}] called twice" in entry["text"]
    assert '<span id="total">0</span>' in client.get("/search", params={"q": "zorvath"}).text
    rows = [r for r in json.loads(run_cli(web.config, "audit", "--format", "json").out) if r["action"] == "redact"]
    assert rows and rows[-1]["target"] == reference and rows[-1]["detail"] == "person, 1 place"
    assert "zorvath" not in json.dumps(rows).lower()


def test_hand_redaction_refuses_what_it_cannot_do(make_config, tmp_path):
    config = make_config()
    from tests.web.server import file_reports
    file_reports(config, tmp_path)
    sessions = open_database(config.database_url)
    with pytest.raises(UsageError, match="not in the report's text"):
        redact_by_hand(sessions, "ICR-2026-0001", "Nonexistent Words", "person", "rev")
    with pytest.raises(UsageError, match="placeholder"):
        redact_by_hand(sessions, "ICR-2026-0001", "[PERSON 1]", "person", "rev")
    with pytest.raises(UsageError, match="category"):
        redact_by_hand(sessions, "ICR-2026-0001", "Police", "secret", "rev")
    # Words inside a placeholder are never touched; other categories take their fixed placeholder.
    assert redact_by_hand(sessions, "ICR-2026-0001", "health visitor", "phone", "rev") == 1
    text = json.loads(run_cli(config, "show", "ICR-2026-0001", "--format", "json").out)["text"]
    assert "the [PHONE] on" in text
    with pytest.raises(UsageError):
        redact_by_hand(sessions, "ICR-2026-0001", "PERSON", "person", "rev")


def test_a_reviewer_selects_a_leftover_in_the_browser_and_redacts_it(web, browser, tmp_path):
    reference = _file_with_leftover(web, tmp_path)
    browser_login(browser, web.url, "reviewer", web.users["reviewer"])
    browser.get(f"{web.url}/reports/{reference}")
    # Select the leftover in the document as a mouse would (a DOM range), and let the page's
    # own script fill the form.
    browser.execute_script("""
        const pre = document.querySelector('#document pre');
        const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
        let node; while ((node = walker.nextNode())) {
          const at = node.data.indexOf('zorvath mcquillen');
          if (at >= 0) { const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + 17);
                         const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); break; } }""")
    words = browser.find_element(By.ID, "redact-words")
    wait_until(lambda: words.get_attribute("value") == "zorvath mcquillen", what="the selection in the form")
    screenshot(browser, "redact-by-hand", tmp_path)
    browser.find_element(By.ID, "redact-button").click()
    wait_until(lambda: browser.find_elements(By.ID, "redacted-count"), what="the redacted page")
    document = browser.find_element(By.ID, "document").text
    assert "zorvath" not in document.lower() and "later that week [PERSON" in document
