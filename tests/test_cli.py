"""The command line as a Unix user meets it: options, exit codes, errors, output formats."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from ingestd import __version__
from ingestd.service import build_services, ingest_bytes
from ingestd.spool import Spool
from tests.cli import REPO, run_cli, run_cli_process
from tests.factories import make_docx, make_scanned_pdf
from tests.keys import generate_key
from tests.messages import DOCX_TYPE, build_message, icr_text

ZULU = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


@pytest.fixture
def config(make_config, sqlite_url):
    return make_config(sqlite_url)


def eml(tmp_path, name: str, raw: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(raw)
    return str(path)


def test_version_and_help_with_examples_and_exit_codes():
    version = run_cli_process(None, "--version")
    assert version.code == 0 and version.out.strip() == f"ingestd {__version__}"
    for command in ("ingest", "log", "show", "redact", "check-config", "db", "status", "quarantine", "purge",
                    "spool", "serve", "poll"):
        helped = run_cli_process(None, command, "--help")
        assert helped.code == 0, command
        assert "example:" in helped.out and "exit status:" in helped.out, command
    assert "upgrade" in run_cli_process(None, "db", "--help").out
    assert all(a in run_cli_process(None, "quarantine", "--help").out for a in ("list", "show", "reprocess", "discard"))


def test_config_and_verbosity_before_or_after_the_subcommand(config, tmp_path):
    path = eml(tmp_path, "a.eml", build_message([(make_docx(icr_text()), "r.docx", DOCX_TYPE)]))
    after = run_cli(None, "ingest", path, "--config", str(config.source), "-v")
    assert after.code == 0 and "ICR-2026-0001" in after.out
    assert "INFO" in after.err  # -v: the pipeline's INFO lines
    before = run_cli(None, "--config", str(config.source), "-q", "log", "--format", "json")
    assert before.code == 0 and json.loads(before.out)[0]["reference"] == "ICR-2026-0001"
    quiet = run_cli(config, "ingest", path)
    assert "INFO" not in quiet.err  # commands log at WARNING unless -v


def test_usage_errors_exit_2_with_one_line(config):
    assert run_cli(config, "db", "upgrade").code == 0
    for argv in (("log", "--since", "2026-13-01"), ("log", "--status", "lost"), ("log", "--format", "yaml"),
                 ("quarantine",), ("frobnicate",)):
        result = run_cli_process(config, *argv)
        assert result.code == 2, argv
        assert len(result.error_lines()) == 1 and "Traceback" not in result.err, argv


def test_choices_are_case_insensitive(config, tmp_path):
    path = eml(tmp_path, "a.eml", build_message([(make_docx(icr_text()), "r.docx", DOCX_TYPE)]))
    assert run_cli(config, "ingest", path).code == 0
    result = run_cli(config, "log", "--type", "icr", "--status", "FILED", "--format", "JSON")
    assert result.code == 0 and [e["reference"] for e in json.loads(result.out)] == ["ICR-2026-0001"]


def test_ingest_refuses_a_document_that_is_not_a_message(config, tmp_path):
    docx = tmp_path / "report.docx"
    docx.write_bytes(make_docx(icr_text()))
    good = eml(tmp_path, "good.eml", build_message([(make_docx(icr_text()), "r.docx", DOCX_TYPE)]))
    result = run_cli(config, "ingest", good, str(docx))
    assert result.code == 2
    [line] = result.error_lines()
    assert "report.docx" in line and "not an e-mail message" in line and "ingestd redact" in line
    # Refused before anything was spooled or recorded: the good message in the same run waits too.
    assert not list(config.spool_dir.glob("new/*.eml"))
    assert not os.path.exists(config.database_url.removeprefix("sqlite:///"))
    notes = tmp_path / "notes.txt"
    notes.write_text("Just some notes, no headers at all.\n")
    assert run_cli(config, "ingest", str(notes)).code == 2


def test_ingest_summary_and_standard_input(config, tmp_path):
    report = build_message([(make_docx(icr_text()), "r.docx", DOCX_TYPE)])
    no_report = build_message([], body="Just a note.")
    paths = [eml(tmp_path, "a.eml", report), eml(tmp_path, "b.eml", no_report), eml(tmp_path, "c.eml", report)]
    result = run_cli(config, "ingest", *paths)
    assert result.code == 0
    assert "3 files: 1 filed, 1 duplicate, 1 no report" in result.err
    piped = run_cli(config, "ingest", "-", stdin=build_message([(make_docx(icr_text("5 November 2026")),
                                                                 "r.docx", DOCX_TYPE)]))
    assert piped.code == 0 and "-: ICR-2026-0002 ICR" in piped.out and "1 file: 1 filed" in piped.err


def test_read_only_commands_never_create_a_database(config):
    database = config.database_url.removeprefix("sqlite:///")
    for argv in (("log",), ("show", "ICR-2026-0001"), ("status",), ("quarantine", "list"),
                 ("quarantine", "show", "x")):
        result = run_cli(config, *argv)
        assert result.code == 1, argv
        [line] = result.error_lines()
        assert database in line and "db upgrade" in line, argv
    assert not os.path.exists(database)


def test_refuses_a_data_dir_owned_by_another_user(config):
    config.storage.data_dir.mkdir(parents=True)
    os.chown(config.storage.data_dir, 65534, 65534)  # the tests run as root; 65534 is nobody
    result = run_cli(config, "ingest", "-", stdin=build_message([]))
    assert result.code == 2
    [line] = result.error_lines()
    assert str(config.storage.data_dir) in line and "runuser -u" in line
    assert not (config.storage.data_dir / "spool").exists()


def test_output_into_a_closed_pipe_ends_quietly(config):
    # The reader ('head') has gone before the output comes: ingestd writes only after it read
    # all its input, so closing our end first makes every write meet a closed pipe, whatever
    # the pipe's capacity on this kernel.
    words = ("The panel met the health visitor and the school nurse on several occasions.\n" * 400).encode()
    proc = subprocess.Popen([sys.executable, "-m", "ingestd", "--config", str(config.source), "redact", "-"],
                            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    proc.stdin.write(words)
    proc.stdin.close()
    err = proc.stderr.read().decode()
    assert proc.wait(120) == 141
    assert err == "", err


def test_a_stopped_database_gives_the_same_line_to_every_command(make_config, tmp_path):
    config = make_config("postgresql+psycopg://postgres@127.0.0.1:1/nothing")  # nothing listens on port 1
    lines = []
    for argv in (("db", "upgrade"), ("status",), ("db", "current")):
        result = run_cli(config, *argv)
        assert result.code == 1, argv
        [line] = result.error_lines()
        assert "cannot open the database" in line and "internal error" not in line, argv
        lines.append(line)
    assert len(set(lines)) == 1


def test_quarantine_list_show_discard_in_operator_form(config):
    services = build_services(config)
    older = ingest_bytes(services, build_message([(make_scanned_pdf(), "s.pdf", "application/pdf")]),
                         received_at=datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc))
    newer = ingest_bytes(services, build_message([(make_scanned_pdf(2), "s.pdf", "application/pdf")]),
                         received_at=datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc))
    table = run_cli(config, "quarantine", "list")
    assert table.code == 0
    header, *rows = table.out.splitlines()
    assert header.split() == ["id", "status", "reason", "received_at"]
    assert [r.split()[0] for r in rows] == [newer.intake.intake_id, older.intake.intake_id]  # receipt order
    listed = json.loads(run_cli(config, "quarantine", "list", "--format", "json").out)
    assert all(ZULU.match(r["received_at"]) for r in listed)
    shown = run_cli(config, "quarantine", "show", older.intake.intake_id, "--format", "text")
    assert shown.code == 0 and "events:" in shown.out and "no-text-layer" in shown.out
    as_json = json.loads(run_cli(config, "quarantine", "show", older.intake.intake_id).out)
    assert as_json["events"] and all(ZULU.match(e["at"]) for e in as_json["events"])
    assert run_cli(config, "quarantine", "discard", older.intake.intake_id).out.startswith("discarded")
    again = run_cli(config, "quarantine", "discard", older.intake.intake_id)
    assert again.code == 0 and "already discarded" in again.out
    events = json.loads(run_cli(config, "quarantine", "show", older.intake.intake_id).out)["events"]
    assert [e["event"] for e in events].count("discarded") == 1


def test_purge_dry_run_lists_and_keeps(make_config, sqlite_url):
    config = make_config(sqlite_url, extra="[archive]\nretention_days = 1\n")
    services = build_services(config)
    held = ingest_bytes(services, build_message([(make_scanned_pdf(), "s.pdf", "application/pdf")]))
    # Stored a long time ago (the stored-at time lives in the original's sidecar).
    sidecar = config.quarantine_dir / f"{held.intake.intake_id}.json"
    data = json.loads(sidecar.read_text())
    sidecar.write_text(json.dumps({**data, "stored_at": "2025-01-01T00:00:00+00:00"}))
    dry = run_cli(config, "purge", "--dry-run")
    assert dry.code == 0 and f"would destroy {held.intake.intake_id}" in dry.out
    assert services.quarantine.find(held.intake.intake_id) is not None
    real = run_cli(config, "purge")
    assert real.code == 0 and "destroyed 1" in real.out
    assert services.quarantine.find(held.intake.intake_id) is None


def test_spool_drain_and_status_age_since_spooling(config):
    assert run_cli(config, "db", "upgrade").code == 0
    spool = Spool(config.spool_dir)
    # What an interrupted 'ingest' leaves: a spooled message whose Received: header is months old.
    spool.put(build_message([(make_docx(icr_text()), "r.docx", DOCX_TYPE)],
                            received=datetime(2026, 7, 28, 9, 0, tzinfo=timezone.utc)),
              channel="file", received_at=datetime(2026, 7, 28, 9, 0, tzinfo=timezone.utc))
    status = json.loads(run_cli(config, "status", "--format", "json").out)
    assert status["spool_depth"] == 1
    assert status["oldest_spooled_age_seconds"] < 24 * 3600  # spooled just now, not 126 days ago
    drained = run_cli(config, "spool", "drain")
    assert drained.code == 0 and "filed" in drained.out and "spool drained: 1 message(s)" in drained.err
    assert json.loads(run_cli(config, "status", "--format", "json").out)["spool_depth"] == 0
    assert json.loads(run_cli(config, "log", "--format", "json").out)[0]["reference"] == "ICR-2026-0001"


def test_db_current(config):
    assert "none (empty)" in run_cli(config, "db", "current").out
    assert run_cli(config, "db", "upgrade").code == 0
    assert "up to date" in run_cli(config, "db", "current").out


def test_check_config_warns_of_a_replaced_directory_and_checks_keys(make_config, sqlite_url, tmp_path):
    home = tmp_path / "gnupg"
    generate_key(home, "intake <intake@strategic.example.gov.scot>")
    missing = "ABCDEF0123456789ABCDEF0123456789ABCDEF01"
    config = make_config(sqlite_url, extra=f'[gpg]\nhome = "{home}"\n',
                         cpcs=f'[[cpc]]\nname = "Fife Child Protection Committee"\n'
                              f'sender_domains = ["fife.gov.uk"]\nsigning_keys = ["{missing}"]\n')
    result = run_cli(config, "check-config")
    assert result.code == 1
    assert "replaces the built-in directory" in result.out
    assert f"signing key {missing} of Fife Child Protection Committee is not in the keyring" in result.out
    assert "intake secret key(s):" in result.out
    assert not os.path.exists(config.database_url.removeprefix("sqlite:///"))  # checking creates nothing
