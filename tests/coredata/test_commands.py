"""``ingestd coredata show|set|export`` over reports filed through ``ingestd ingest``."""

from __future__ import annotations

import csv
import io
import json

import pytest

from ingestd.coredata import FIELDS, check_value
from tests.cli import run_cli
from tests.web.server import file_reports


def _reference(config, doc_type: str) -> str:  # type: ignore[no-untyped-def]
    entries = json.loads(run_cli(config, "log", "--format", "json").out)
    return next(e["reference"] for e in entries if e["doc_type"] == doc_type)


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_filed_reports_get_their_core_data_and_a_reviewer_sets_values(make_config, tmp_path, db_url):
    config = make_config(db_url)
    file_reports(config, tmp_path)
    icr = _reference(config, "ICR")
    shown = {v["field"]: v for v in json.loads(run_cli(config, "coredata", "show", icr, "--format", "json").out)}
    assert [f.name for f in FIELDS] == list(shown)
    assert shown["age"]["value"] == 4 and shown["age"]["source"] == "auto"
    assert shown["age"]["evidence"].startswith("age-aged: ") and "(aged 4)" in shown["age"]["evidence"]
    assert shown["decision_date"]["value"] == "2026-10-20"
    assert "Police Scotland" in shown["agencies"]["value"]
    assert shown["committee"]["value"] == "Glasgow Child Protection Committee"
    assert shown["committee_kind"]["value"] == "CPC" and shown["ratification_date"]["value"] == "2026-11-03"

    result = run_cli(config, "coredata", "set", icr, "harm", "Neglect", "physical")
    assert result.code == 0, result.err
    result = run_cli(config, "coredata", "set", icr, "parallel_proceedings", "yes")
    assert result.code == 0, result.err
    shown = {v["field"]: v for v in json.loads(run_cli(config, "coredata", "show", icr, "--format", "json").out)}
    assert shown["harm"]["value"] == ["neglect", "physical"]  # spelt as the [coredata] list spells them
    assert shown["harm"]["source"] == "reviewer" and shown["harm"]["username"].startswith("cli:")
    assert shown["harm"]["at"].endswith("Z")
    audit = [r for r in json.loads(run_cli(config, "audit", "--format", "json").out) if r["action"] == "coredata"]
    assert [(r["target"], r["detail"], r["address"]) for r in audit] == [(icr, "set harm", "cli"),
                                                                          (icr, "set parallel_proceedings", "cli")]
    assert all(r["username"].startswith("cli:") for r in audit)

    table = run_cli(config, "coredata", "show", icr).out
    assert "neglect; physical" in table and "reviewer" in table

    exported = list(csv.DictReader(io.StringIO(run_cli(config, "coredata", "export", "--format", "csv").out)))
    assert {row["reference"] for row in exported} == {e["reference"] for e in json.loads(
        run_cli(config, "log", "--format", "json").out) if e["reference"]}
    mine = next(row for row in exported if row["reference"] == icr)
    assert mine["harm"] == "neglect; physical" and mine["harm_source"] == "reviewer" and mine["age"] == "4"
    rows = json.loads(run_cli(config, "coredata", "export", "--format", "json", "--since", "2026-11-01").out)
    assert [r["reference"] for r in rows] == [icr]  # the ICR is the only report received from November
    for row in rows:  # every exported value passes the gate: lists' values, numbers, dates
        for f in FIELDS:
            check_value(config, f.name, row[f.name])

    log = json.loads(run_cli(config, "log", "--format", "json").out)
    entry = next(e for e in log if e["reference"] == icr)
    assert entry["core_data"]["harm"] == ["neglect", "physical"] and entry["core_data"]["age"] == 4
    assert all(e["core_data"] is None for e in log if e["reference"] is None)


def test_values_outside_the_lists_are_refused_in_one_line(make_config, tmp_path):
    config = make_config()
    file_reports(config, tmp_path)
    icr = _reference(config, "ICR")
    for args, words in ((("harm", "Ann Example"), "is not in the list"), (("age", "1998-04-02"), "whole number"),
                        (("age", "130"), "whole number"), (("gender", "female", "male"), "one value"),
                        (("notification_date", "yesterday"), "a date like"),
                        (("ratification_date", "2026-11-04"), "ingestd amend"),
                        (("agencies", "Example Primary School"), "is not in the list")):
        result = run_cli(config, "coredata", "set", icr, *args)
        assert result.code == 2, (args, result.err)
        assert len(result.error_lines()) == 1 and words in result.err, (args, result.err)
    assert run_cli(config, "coredata", "show", "ICR-2099-0001").code == 1
    assert not [r for r in json.loads(run_cli(config, "audit", "--format", "json").out) if r["action"] == "coredata"]
    assert run_cli(config, "coredata", "set", icr, "age", "none").code == 0
    shown = {v["field"]: v for v in json.loads(run_cli(config, "coredata", "show", icr, "--format", "json").out)}
    assert shown["age"]["value"] is None and shown["age"]["source"] == "reviewer"


def test_reports_filed_before_the_core_data_set_are_filled_on_first_read(make_config, tmp_path):
    config = make_config()
    file_reports(config, tmp_path)
    from sqlalchemy import delete
    from ingestd.storage.db import open_database
    from ingestd.storage.models import CoreDataRow
    sm = open_database(config.database_url, create=False)
    with sm.begin() as session:
        session.execute(delete(CoreDataRow))  # as a database filed before issue 12 would be
    icr = _reference(config, "ICR")
    shown = {v["field"]: v for v in json.loads(run_cli(config, "coredata", "show", icr, "--format", "json").out)}
    assert shown["age"]["value"] == 4 and shown["age"]["source"] == "auto"
    with sm() as session:
        assert session.query(CoreDataRow).filter_by(reference=icr).count() == 13
