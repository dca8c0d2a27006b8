"""What the pages, exports and the API show, over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from openpyxl import load_workbook

from ingestd.coredata import LOG_COLUMNS
from ingestd.storage.repository import LOG_JSON_FIELDS
from tests.cli import run_cli
from tests.web.server import csrf_of


def rows_of(page: str) -> list[str]:
    body = page.split('<tbody>', 1)[1].split('</tbody>', 1)[0]
    return re.findall(r'<tr class="([^"]*)">', body)


def references(page: str) -> list[str]:
    body = page.split('<tbody>', 1)[1].split('</tbody>', 1)[0]
    return re.findall(r'href="/reports/([A-Z-]+\d{4}-\d{4})"', body)


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_the_intake_log_is_ingestd_log_newest_first_with_filters_in_the_query(web, db_url):
    client = web.login("reviewer")
    page = client.get("/").text
    cli = json.loads(run_cli(web.config, "log", "--format", "json").out)
    assert len(rows_of(page)) == len(cli) == 4
    assert references(page) == [e["reference"] for e in reversed(cli) if e["reference"]]
    assert rows_of(page)[references(page).index("ICR-2026-0001") + 1] == "late"  # the late one stands out
    # Each filter, as a bookmarkable query string.
    assert references(client.get("/?timeliness=unknown").text) == ["LR-2026-0001"]
    assert references(client.get("/?type=scr").text) == ["SCR-2026-0001"]
    assert references(client.get("/?committee=Fife Child Protection Committee").text) == ["SCR-2026-0001"]
    assert references(client.get("/?received_from=2026-08-01&received_to=2026-11-12").text) == \
        ["ICR-2026-0001", "LR-2026-0001"]
    assert references(client.get("/?ratified_from=2026-11-01").text) == ["ICR-2026-0001"]
    assert references(client.get("/?decision=proceed_to_scr").text) == ["ICR-2026-0001"]
    no_report = client.get("/?status=no_report").text
    assert len(rows_of(no_report)) == 1 and references(no_report) == []
    # Counts per value among entries matching the other filters.
    options = client.get("/?type=ICR").text
    assert re.search(r'<option value="late" >late \(1\)</option>', options)
    assert re.search(r'<option value="SCR" >Significant Case Review \(1\)</option>', options)


def test_a_bad_filter_says_what_is_wrong(web):
    client = web.login("reviewer")
    response = client.get("/?received_from=yesterday")
    assert response.status_code == 400 and "received_from: expected a date like 2026-11-03" in response.text


@pytest.mark.web_extra("page_size = 2")
def test_the_log_is_paginated(web):
    client = web.login("reviewer")
    first, second = client.get("/").text, client.get("/?page=2").text
    assert len(rows_of(first)) == 2 and len(rows_of(second)) == 2
    assert "page 1 of 2" in first and 'href="?page=2"' in first
    assert "page 2 of 2" in second


def test_the_report_page_shows_the_arithmetic_and_the_marked_text(web):
    client = web.login("reviewer")
    page = client.get("/reports/icr-2026-0001").text
    assert "ratified 3 Nov, due 10 Nov, received 12 Nov 2026: 2 days late" in page
    assert '<mark class="redacted" title="redacted">[PERSON 1]</mark>' in page
    assert "Quarrington" not in page and "Vexmoor" not in page
    assert "encrypted" in page and "not signed" in page
    found = client.get("/reports/ICR-2026-0001", params={"find": "police"}).text
    assert '<mark class="found" title="found">Police</mark>' in found and "1 match<" in found
    assert client.get("/reports/ICR-2099-0001").status_code == 404


def test_attention_lists_unknown_dates_unacknowledged_late_reports_and_held_messages(web, tmp_path):
    from tests.factories import make_pdf
    from tests.messages import build_message, icr_text
    held = tmp_path / "held.eml"
    held.write_bytes(build_message([(make_pdf(icr_text(), encrypt_password="secret"), "icr.pdf", "application/pdf")],
                                   sender="cpc@fife.gov.uk"))
    run_cli(web.config, "ingest", str(held))
    client = web.login("reviewer")
    page = client.get("/attention").text
    unknown = page.split('id="unknown-dates"')[1].split("</section>")[0]
    late = page.split('id="late"')[1].split("</section>")[0]
    assert "LR-2026-0001" in unknown and "ICR-2026-0001" not in unknown
    assert "ICR-2026-0001" in late and "2 days late" in late
    quarantined = [e for e in json.loads(run_cli(web.config, "log", "--format", "json").out)
                   if e["status"] == "quarantined"]
    assert quarantined, "the test message should have been held"
    from ingestd.reasons import message_meaning
    assert str(message_meaning(quarantined[0]["reason"])) in page.replace("&#39;", "'")
    report = client.get("/reports/ICR-2026-0001").text
    response = client.post("/reports/ICR-2026-0001/acknowledge", data={"csrf_token": csrf_of(report)})
    assert response.status_code == 303
    assert "ICR-2026-0001" not in client.get("/attention").text.split('id="late"')[1].split("</section>")[0]
    assert "by reviewer at" in client.get("/reports/ICR-2026-0001").text
    on_time = client.get("/reports/SCR-2026-0001").text
    assert client.post("/reports/SCR-2026-0001/acknowledge", data={"csrf_token": csrf_of(on_time)}).status_code == 400


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_search_finds_words_in_the_redacted_texts_only(web, db_url):
    client = web.login("reviewer")
    page = client.get("/search", params={"q": "police"}).text
    assert re.findall(r'<li><a href="/reports/([A-Z-]+\d{4}-\d{4})\?find=', page) == ["ICR-2026-0001"]
    assert re.search(r'<mark class="found">Police</mark>', page)
    assert "ICR-2026-0001" in client.get("/search", params={"q": "police health visitor"}).text
    assert '<span id="total">0</span>' in client.get("/search", params={"q": "police grandmother"}).text
    # The redacted names are not in the index; query syntax is just words.
    assert '<span id="total">0</span>' in client.get("/search", params={"q": "Quarrington"}).text
    for hostile in ('"', 'NEAR(police', "police*", "-police", "' OR 1=1 --", "a:b"):
        assert client.get("/search", params={"q": hostile}).status_code == 200, hostile


def test_exports_hold_the_filtered_view_with_the_json_columns_and_received_on(web):
    client = web.login("reviewer")
    response = client.get("/log.csv", params={"timeliness": "late"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment;" in response.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert list(table[0]) == [*LOG_JSON_FIELDS, "received_on", *LOG_COLUMNS]
    assert [(r["reference"], r["received_on"], r["days_late"]) for r in table] == [("ICR-2026-0001", "2026-11-12", "2")]
    book = load_workbook(io.BytesIO(client.get("/log.xlsx", params={"type": "SCR"}).content))
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert header == [*LOG_JSON_FIELDS, "received_on", *LOG_COLUMNS]
    values = dict(zip(header, [c.value for c in sheet[2]]))
    assert values["reference"] == "SCR-2026-0001" and str(values["ratified_on"]).startswith("2026-05-19")
    assert sheet.max_row == 2


def test_exports_never_write_formulas(tmp_path):
    from ingestd.web.exports import to_csv, to_xlsx
    entry = {key: None for key in LOG_JSON_FIELDS}
    entry.update(reference="ICR-2026-0001", status="filed", cpc="=HYPERLINK(\"http://x\")", received_at="2026-11-12T09:00:00Z",
                 received_on="2026-11-12", held_parts=[], duplicate_of=None)
    assert "'=HYPERLINK" in to_csv([entry])
    sheet = load_workbook(io.BytesIO(to_xlsx([entry]))).active
    cell = sheet.cell(row=2, column=LOG_JSON_FIELDS.index("cpc") + 1)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_api_log_is_the_json_of_ingestd_log_with_the_same_filters(web):
    client = web.login("reviewer")
    cli = json.loads(run_cli(web.config, "log", "--format", "json").out)
    assert client.get("/api/log").json() == cli
    cli_late = json.loads(run_cli(web.config, "log", "--format", "json", "--late").out)
    assert client.get("/api/log", params={"late": "1"}).json() == cli_late
    cli_fife = json.loads(run_cli(web.config, "log", "--format", "json", "--cpc", "fife").out)
    assert client.get("/api/log", params={"cpc": "fife"}).json() == cli_fife
    cli_since = json.loads(run_cli(web.config, "log", "--format", "json", "--since", "2026-08-01").out)
    assert client.get("/api/log", params={"since": "2026-08-01"}).json() == cli_since
    assert client.get("/api/log", params={"since": "soon"}).status_code == 400


def test_an_error_page_keeps_the_menu_for_a_logged_in_reviewer(web):
    client = web.login("reviewer")
    response = client.get("/reports/ICR-2099-0001")
    assert response.status_code == 404 and "no report with reference" in response.text
    assert 'id="logout"' in response.text
    with web.client() as anonymous:
        assert anonymous.get("/no-such-page").status_code == 404
