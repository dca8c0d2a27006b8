"""``ingestd amend``, ``ingestd withdraw`` and the history: on SQLite and PostgreSQL.

Reports come from ``tests.web.server.file_reports`` (a late ICR, an on-time SCR, an LR with
no date) and ``tests.web.amending.file_tied_report`` (an LR with two tied candidate dates).
"""

from __future__ import annotations

import getpass
import json

import pytest

from ingestd.storage.amendments import amend, history, mark_redaction_checked
from ingestd.storage.db import open_database
from ingestd.storage.search import search_reports
from ingestd.errors import UsageError
from tests.cli import run_cli
from tests.web.amending import EARLY, LATE_PICK, file_tied_report
from tests.web.server import file_reports

CLI_USER = f"cli:{getpass.getuser()}"


@pytest.fixture
def filed(make_config, db_url, tmp_path):  # type: ignore[no-untyped-def]
    config = make_config(db_url)
    file_reports(config, tmp_path)
    return config


def _log(config, *args):  # type: ignore[no-untyped-def]
    result = run_cli(config, "log", "--format", "json", *args)
    assert result.code == 0, result.err
    return {e["reference"]: e for e in json.loads(result.out) if e["reference"]}


def _audit(config, action):  # type: ignore[no-untyped-def]
    return [r for r in json.loads(run_cli(config, "audit", "--format", "json").out) if r["action"] == action]


def test_an_unknown_date_set_from_the_cli_recomputes_the_deadline_and_keeps_the_machine_value(filed, tmp_path):
    reference = file_tied_report(filed, tmp_path)
    before = _log(filed)[reference]
    assert (before["timeliness"], before["due_by"], before["amended"]) == ("unknown", None, False)

    result = run_cli(filed, "amend", reference, "--ratified-on", EARLY, "--reason", "minute of the COG meeting")
    assert result.code == 0, result.err
    assert result.out == f"{reference} ratified_on: unknown -> {EARLY}\n"
    assert f"{reference}: due 2026-08-11, on time" in result.err
    entry = _log(filed)[reference]
    assert (entry["ratified_on"], entry["due_by"], entry["timeliness"], entry["amended"]) == \
        (EARLY, "2026-08-11", "on_time", True)

    # A second correction: the engine's value (unknown) is still the one kept.
    assert run_cli(filed, "amend", reference, "--ratified-on", LATE_PICK, "--reason", "the findings' date").code == 0
    shown = json.loads(run_cli(filed, "show", reference, "--format", "json").out)
    assert (shown["due_by"], shown["timeliness"], shown["days_late"]) == ("2026-08-04", "late", 6)
    assert shown["machine_values"] == {"ratified_on": None}
    assert [(h["field"], h["old_value"], h["new_value"], h["reason"], h["username"]) for h in shown["history"]] == [
        ("ratified_on", None, EARLY, "minute of the COG meeting", CLI_USER),
        ("ratified_on", EARLY, LATE_PICK, "the findings' date", CLI_USER)]
    text = run_cli(filed, "show", reference).out
    assert "amended      yes (the engine filed: ratified_on unknown)" in text
    assert f"{CLI_USER}  ratified_on: {EARLY} -> {LATE_PICK}  (the findings' date)" in text

    audit = _audit(filed, "amend")
    assert [(r["username"], r["target"], r["address"], r["detail"]) for r in audit] == [
        (CLI_USER, reference, "cli", f"ratified_on unknown -> {EARLY}"),
        (CLI_USER, reference, "cli", f"ratified_on {EARLY} -> {LATE_PICK}")]


def test_receipt_committee_decision_and_type_amended_together(filed):
    assert _log(filed)["ICR-2026-0001"]["timeliness"] == "late"  # due 10 Nov, received 12 Nov
    result = run_cli(filed, "amend", "icr-2026-0001", "--received-at", "2026-11-10T17:30",
                     "--cpc", "fife child protection committee", "--decision", "no_scr", "--type", "ICR",
                     "--reason", "handed over at the meeting")
    assert result.code == 0, result.err
    # --type ICR is what it already was: not a change, so not in the history.
    assert result.out.splitlines() == [
        "ICR-2026-0001 cpc: Glasgow Child Protection Committee -> Fife Child Protection Committee",
        "ICR-2026-0001 decision: proceed_to_scr -> no_scr",
        "ICR-2026-0001 received_at: 2026-11-12T09:00:00Z -> 2026-11-10T17:30:00Z"]
    entry = _log(filed)["ICR-2026-0001"]
    assert (entry["timeliness"], entry["days_late"], entry["cpc"], entry["decision"]) == \
        ("on_time", None, "Fife Child Protection Committee", "no_scr")
    assert entry["received_at"] == "2026-11-10T17:30:00Z"  # 17:30 in November is GMT
    assert _log(filed, "--cpc", "fife")["ICR-2026-0001"]["amended"] is True
    shown = json.loads(run_cli(filed, "show", "ICR-2026-0001", "--format", "json").out)
    assert shown["machine_values"] == {"cpc": "Glasgow Child Protection Committee", "decision": "proceed_to_scr",
                                       "received_at": "2026-11-12T09:00:00Z"}
    rows = {line.split(",")[0]: line for line in run_cli(filed, "log", "--format", "csv").out.splitlines()}
    assert rows["reference"].endswith(",channel,amended")
    assert rows["ICR-2026-0001"].endswith(",true") and rows["SCR-2026-0001"].endswith(",false")


@pytest.mark.parametrize("args, message", [
    (("--ratified-on", "3/11/2026"), "the ratification date must be a date like 2026-11-03, not '3/11/2026'"),
    (("--cpc", "Atlantis CPC"), "there is no committee called 'Atlantis CPC' in the configuration"),
    (("--decision", "maybe"), "the decision must be one of proceed_to_scr, no_scr, other_learning_activity"),
    (("--received-at", "2099-01-01"), "the receipt time is in the future"),
    (("--received-at", "yesterday"), "the receipt time must be a time like 2026-11-12T09:30"),
    (("--ratified-on", "2026-11-03"), "ICR-2026-0001 already holds these values: nothing was changed"),
    ((), "nothing to change: give at least one new value"),
])
def test_a_bad_amendment_is_one_line_and_changes_nothing(filed, args, message):
    result = run_cli(filed, "amend", "ICR-2026-0001", "--ratified-on", "2026-11-01", *args, "--reason", "r") \
        if args and args[0] == "--cpc" else run_cli(filed, "amend", "ICR-2026-0001", *args, "--reason", "r")
    assert result.code == 2
    assert len(result.error_lines()) == 1 and result.error_lines()[0].startswith(f"ingestd: {message}")
    entry = _log(filed)["ICR-2026-0001"]
    assert (entry["ratified_on"], entry["amended"]) == ("2026-11-03", False)
    assert _audit(filed, "amend") == []


def test_amend_needs_a_reason_and_a_filed_reference(filed):
    no_reason = run_cli(filed, "amend", "ICR-2026-0001", "--ratified-on", "2026-11-01")
    assert no_reason.code == 2 and "--reason" in no_reason.err
    blank = run_cli(filed, "amend", "ICR-2026-0001", "--ratified-on", "2026-11-01", "--reason", "  ")
    assert blank.code == 2 and blank.error_lines() == ["ingestd: give a reason for the change (it is kept with the history)"]
    missing = run_cli(filed, "amend", "ICR-2026-0099", "--ratified-on", "2026-11-01", "--reason", "r")
    assert missing.code == 1 and "no report with reference 'ICR-2026-0099'" in missing.err


def test_a_withdrawn_report_leaves_the_log_and_search_but_keeps_its_history_and_audit(filed):
    sessions = open_database(filed.database_url)
    assert search_reports(sessions, "grandmother")[1] == 1  # the SCR's text
    result = run_cli(filed, "withdraw", "SCR-2026-0001", "--reason", "sent to us by mistake")
    assert result.code == 0, result.err
    assert "SCR-2026-0001 withdrawn" in result.err
    assert "SCR-2026-0001" not in _log(filed)
    assert "SCR-2026-0001" not in _log(filed, "--status", "filed")
    assert list(_log(filed, "--withdrawn")) == ["SCR-2026-0001"]
    assert search_reports(sessions, "grandmother") == ([], 0)
    text = run_cli(filed, "show", "SCR-2026-0001").out
    assert "withdrawn    yes" in text and "withdrawn: true  (sent to us by mistake)" in text
    assert [(r["username"], r["target"]) for r in _audit(filed, "withdraw")] == [(CLI_USER, "SCR-2026-0001")]
    again = run_cli(filed, "withdraw", "SCR-2026-0001", "--reason", "twice")
    assert again.code == 2 and again.error_lines() == ["ingestd: SCR-2026-0001 has been withdrawn: it cannot be changed"]
    amended = run_cli(filed, "amend", "SCR-2026-0001", "--ratified-on", "2026-05-18", "--reason", "r")
    assert amended.code == 2 and "has been withdrawn" in amended.err


def test_the_redaction_check_and_hand_redactions_are_in_the_history(filed):
    sessions = open_database(filed.database_url)
    from ingestd.storage.handredaction import redact_by_hand
    assert redact_by_hand(sessions, "ICR-2026-0001", "health visitor", "person", "rev1", reason="a role") == 1
    mark_redaction_checked(sessions, "ICR-2026-0001", "rev2")
    rows = history(sessions, "ICR-2026-0001")
    assert [(r["field"], r["username"]) for r in rows] == [("redaction", "rev1"), ("redaction_checked", "rev2")]
    shown = json.loads(run_cli(filed, "show", "ICR-2026-0001", "--format", "json").out)
    assert shown["redaction_checked_by"] == "rev2" and shown["redaction_checked_at"] == rows[1]["new_value"]
    assert shown["amended"] is False  # a redaction or a check changes no field of the record
    with pytest.raises(UsageError, match="secret cannot be amended"):
        amend(sessions, "ICR-2026-0001", {"secret": "x"}, "r", "rev1", config=filed)
