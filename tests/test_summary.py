"""Periodic summaries (ingestd.summary, ingestd.summary_render, ``ingestd summary``).

The figures are checked against ``ingestd log`` over the reports of tests/summary_reports.py;
the suppression rules against a table of examples, each with why it must hold.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from datetime import date
from xml.etree import ElementTree as ET

import pytest

from ingestd.storage.db import open_database
from ingestd.summary import SECONDARY, _suppress, last_full_quarter
from tests.cli import run_cli
from tests.summary_reports import FIFE, FROM, GLASGOW, HIGHLAND, NOT_IN_LIST, TO, file_summary_reports

PERIOD = ("--from", FROM.isoformat(), "--to", TO.isoformat())


def _summary_json(config) -> dict:  # type: ignore[no-untyped-def]
    result = run_cli(config, "summary", *PERIOD, "--format", "json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def _table(data: dict, name: str) -> dict[str, list]:
    table = next(t for t in data["tables"] if t["name"] == name)
    rows = {row[0]: row[1:] for row in table["rows"]}
    if table["total"]:
        rows["total"] = table["total"][1:]
    return rows


@pytest.fixture
def planted(make_config):  # type: ignore[no-untyped-def]
    config = make_config()
    return config, file_summary_reports(open_database(config.database_url))


# ---- the figures, against the log --------------------------------------------------------------------

@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_summary_figures_match_the_log_with_small_counts_hidden(make_config, db_url):
    config = make_config(db_url)
    reports = file_summary_reports(open_database(config.database_url))
    log = run_cli(config, "log", "--status", "filed", "--since", FROM.isoformat(), "--until", TO.isoformat(),
                  "--format", "json")
    assert log.code == 0, log.err
    entries = [e for e in json.loads(log.out) if e["reference"] not in reports.withdrawn]
    by_committee = Counter(e["cpc"] for e in entries)
    assert by_committee == {FIFE: 10, GLASGOW: 6, HIGHLAND: 3}  # the planted quarter, as the log sees it

    data = _summary_json(config)
    assert data["reports"] == len(entries) == 19
    committees = _table(data, "committee")
    assert committees[FIFE][1] == by_committee[FIFE]
    assert committees[HIGHLAND][1] == "<5"  # the committee of 3
    assert committees[GLASGOW][1] == SECONDARY  # else 19 - 10 - 6 gives the 3 back
    assert committees[FIFE][2:] == [50, 6.5]  # 5 of 10 within seven days; median of 1..5, 8..12
    assert committees[HIGHLAND][2:] == [None, None]  # too few behind a share or a median
    assert committees[GLASGOW][2] is None  # 4 within, 1 after: the 1 would be given back
    assert committees["total"][1:] == [19, None, 4]

    types = Counter(e["doc_type"] for e in entries)
    assert _table(data, "type") == {"Initial Case Review": [types["ICR"]], "Significant Case Review": ["<5"],
                                    "Learning Review": [SECONDARY], "total": [19]}
    decisions = Counter(e["decision"] for e in entries if e["doc_type"] == "ICR")
    assert _table(data, "decision") == {"proceed to an SCR": [decisions["proceed_to_scr"]],
                                        "no SCR": [decisions["no_scr"]], "total": [types["ICR"]]}
    timeliness = Counter(e["timeliness"] for e in entries)
    assert _table(data, "timeliness") == {"on time": [timeliness["on_time"]], "late": [SECONDARY],
                                          "unknown": ["<5"], "total": [19]}
    assert _table(data, "harm") == {"neglect": [7], "physical": ["<5"], "other (not in the current list)": ["<5"]}
    assert _table(data, "themes") == {"information sharing": [7], "chronology": ["<5"]}
    assert data["median_days_ratification_to_receipt"] == 4


def test_a_quarter_with_a_committee_of_three_shows_less_than_five_in_every_format(planted):
    config, _ = planted
    table = run_cli(config, "summary", *PERIOD)
    assert table.code == 0, table.err
    line = next(line for line in table.out.splitlines() if line.startswith(HIGHLAND))
    assert re.search(r"\s<5\s", line), line
    rows = list(csv.DictReader(io.StringIO(run_cli(config, "summary", *PERIOD, "--format", "csv").out)))
    assert {"table": "committee", "row": HIGHLAND, "column": "reports", "value": "<5"} in rows
    html = run_cli(config, "summary", *PERIOD, "--format", "html").out
    assert re.search(rf"<th scope=\"row\">{HIGHLAND}</th><td class=\"num\">[^<]*</td><td class=\"num\">&lt;5</td>",
                     html)


def test_min_cell_comes_from_the_config(make_config):
    config = make_config(extra="[summary]\nmin_cell = 4\n")
    file_summary_reports(open_database(config.database_url))
    committees = _table(_summary_json(config), "committee")
    assert committees[HIGHLAND][1] == "<4"
    assert committees[GLASGOW][1] == SECONDARY


# ---- what a summary holds, in each shape -------------------------------------------------------------

def test_no_free_text_from_any_report_in_any_format(planted):
    config, _ = planted
    for fmt in ("table", "csv", "json", "html"):
        out = run_cli(config, "summary", *PERIOD, "--format", fmt).out
        assert out
        for text in (NOT_IN_LIST, "Invented", "summary test report", "[PERSON", "REDACTED"):
            assert text not in out, (fmt, text)
        assert not re.search(r"\b(?:ICR|SCR|LR)-2026-\d{4}\b", out), fmt  # no references either


def test_json_shape(planted):
    config, _ = planted
    data = _summary_json(config)
    assert list(data) == ["from", "to", "min_cell", "reports", "median_days_ratification_to_receipt", "tables"]
    assert (data["from"], data["to"], data["min_cell"]) == ("2026-07-01", "2026-09-30", 5)
    assert [t["name"] for t in data["tables"]] == ["committee", "type", "decision", "timeliness", "harm", "themes"]
    for table in data["tables"]:
        assert list(table) == ["name", "title", "columns", "rows", "total", "note"]
        for row in table["rows"] + ([table["total"]] if table["total"] else []):
            assert len(row) == len(table["columns"])
            counts = row[table["columns"].index("reports")]
            assert isinstance(counts, int) or counts in ("<5", SECONDARY), row


def test_csv_shape(planted):
    config, _ = planted
    result = run_cli(config, "summary", *PERIOD, "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.out)))
    assert rows[0] == ["table", "row", "column", "value"]
    assert all(len(r) == 4 for r in rows)
    assert ["summary", "", "reports", "19"] in rows
    assert ["committee", FIFE, "reports", "10"] in rows
    assert ["committee", FIFE, "% received within 7 days", "50"] in rows
    assert ["committee", HIGHLAND, "median days", ""] in rows  # left out
    assert {r[0] for r in rows[1:]} == {"summary", "committee", "type", "decision", "timeliness", "harm", "themes"}


def test_html_is_one_printable_document_with_well_formed_svg_charts(planted):
    config, _ = planted
    html = run_cli(config, "summary", *PERIOD, "--format", "html").out
    assert html.startswith("<!doctype html>")
    assert "@media print" in html and "<script" not in html and "http://" not in html.replace(
        "http://www.w3.org/2000/svg", "")  # no CDN, nothing fetched
    charts = re.findall(r"<svg\b.*?</svg>", html, re.S)
    assert len(charts) == 6
    committee = ET.fromstring(charts[0])
    ns = {"s": "http://www.w3.org/2000/svg"}
    labels = [t.text for t in committee.findall("s:text", ns)]
    assert labels == [FIFE, "10", GLASGOW, SECONDARY, HIGHLAND, "<5"]
    assert len(committee.findall("s:rect", ns)) == 1  # only the shown count has a bar: a bar would give a number


def test_withdrawn_reports_are_left_out(make_config):
    config = make_config()
    planted = file_summary_reports(open_database(config.database_url))
    assert planted.withdrawn
    data = _summary_json(config)
    assert _table(data, "committee")[FIFE][1] == 10  # 11 filed, 1 withdrawn
    assert "sexual" not in _table(data, "harm")  # the withdrawn report's core data


def test_an_empty_period_is_zeros_not_an_error(make_config):
    config = make_config()
    file_summary_reports(open_database(config.database_url))
    result = run_cli(config, "summary", "--from", "2025-01-01", "--to", "2025-03-31", "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["reports"] == 0 and data["median_days_ratification_to_receipt"] is None
    assert _table(data, "committee") == {"total": ["", 0, None, None]}


# ---- errors -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "words"), [
    (("--from", "2026-09-30", "--to", "2026-07-01"), "ends (2026-07-01) before it starts"),
    (("--from", "2026-07-01"), "--from and --to"),
    (("--from", "1 July", "--to", "2026-09-30"), "not a date"),
    (("--format", "pdf"), "invalid choice"),
])
def test_errors_are_one_line_and_exit_2(make_config, args, words):
    config = make_config()
    file_summary_reports(open_database(config.database_url))
    result = run_cli(config, "summary", *args)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and words in result.err, result.err


def test_no_database_is_one_line(make_config, tmp_path):
    config = make_config(f"sqlite:///{tmp_path / 'nothing-here.sqlite3'}")
    result = run_cli(config, "summary", *PERIOD)
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1 and "no database" in result.err


# ---- the rules, as a table -------------------------------------------------------------------------------

#: (cells, total hidden, cells that must be hidden, why)
SUPPRESSION = [
    ({"a": 10, "b": 3, "c": 6}, False, {"b": "<5", "c": SECONDARY},
     "one small cell beside a shown total: the smallest other non-zero cell goes too"),
    ({"a": 10, "b": 3, "c": 2}, False, {"b": "<5", "c": "<5"}, "two small cells protect each other"),
    ({"a": 10, "b": 3, "c": 0}, False, {"b": "<5", "a": SECONDARY}, "a zero protects nothing: it is known"),
    ({"a": 10, "b": 7}, False, {}, "nothing small: nothing hidden"),
    ({"a": 10, "b": 0}, False, {}, "zero is shown"),
    ({"a": 10, "b": 7}, True, {"b": SECONDARY}, "a hidden total with every cell shown would be their sum"),
    ({"a": 3, "b": 7}, True, {"a": "<5"}, "a hidden total and a hidden cell: two unknowns, one sum"),
    ({"a": 3}, True, {"a": "<5"}, "a small total's only cell is small itself"),
    ({"a": 5, "b": 4, "c": 9}, False, {"b": "<5", "a": SECONDARY}, "min_cell itself is shown"),
]


@pytest.mark.parametrize(("cells", "total_hidden", "hidden", "why"), SUPPRESSION,
                         ids=[row[3] for row in SUPPRESSION])
def test_suppression_rules(cells, total_hidden, hidden, why):
    assert _suppress(cells, 5, total_hidden) == hidden, why


@pytest.mark.parametrize(("today", "quarter"), [
    (date(2026, 12, 2), (date(2026, 7, 1), date(2026, 9, 30))),
    (date(2026, 1, 1), (date(2025, 10, 1), date(2025, 12, 31))),
    (date(2026, 4, 1), (date(2026, 1, 1), date(2026, 3, 31))),
    (date(2026, 6, 30), (date(2026, 1, 1), date(2026, 3, 31))),
])
def test_the_default_period_is_the_last_full_quarter(today, quarter):
    assert last_full_quarter(today) == quarter
