"""End-to-end: message files through ``ingestd ingest`` into the intake log, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import stat
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.factories import make_docx, make_pdf, make_scanned_pdf
from tests.cli import CliResult, run_cli
from tests.messages import DOCX_TYPE, build_message, cover_letter_text, icr_text, lr_text, scr_text

PDF = "application/pdf"
INVENTED_PII = ("Thessaly", "Quarrington", "Bramwell", "Oxtoby", "Vexmoor", "G72 9QX", "0141 496 0123",
                "Ondine", "Farquharson", "Corrievane", "KY9 4ZT", "Wendelmoor")


@pytest.fixture
def cli(make_config, db_url, tmp_path):
    """``ingestd --config <test config> ...`` on a created database; returns (exit code, stdout, stderr)."""
    config = make_config(db_url)
    assert run_cli(config, "db", "upgrade").code == 0

    def run(*argv: str) -> CliResult:
        return run_cli(config, *argv)

    run.config = config  # type: ignore[attr-defined]
    run.tmp = tmp_path  # type: ignore[attr-defined]
    return run


def write_eml(tmp_path: Path, name: str, raw: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(raw)
    return str(path)


def log_json(cli, *args: str) -> list[dict]:
    code, out, _ = cli("log", "--format", "json", *args)
    assert code == 0
    return json.loads(out)


def test_icr_docx_is_filed_numbered_redacted_and_on_time(cli):
    report = make_docx(icr_text("3rd November 2026"))
    raw = build_message([(report, "ICR report.docx", DOCX_TYPE)],
                        received=datetime(2026, 11, 6, 9, 0, tzinfo=timezone.utc))
    code, out, err = cli("ingest", write_eml(cli.tmp, "a.eml", raw))
    assert code == 0, err
    assert "ICR-2026-0001 ICR on_time" in out

    [entry] = log_json(cli)
    assert entry["reference"] == "ICR-2026-0001"
    assert entry["status"] == "filed"
    assert entry["doc_type"] == "ICR"
    assert entry["cpc"] == "Glasgow Child Protection Committee"
    assert entry["ratified_on"] == "2026-11-03"
    assert entry["due_by"] == "2026-11-10"
    assert entry["timeliness"] == "on_time"
    assert entry["days_late"] is None
    assert entry["decision"] == "proceed_to_scr"
    assert entry["channel"] == "file"
    assert entry["received_at"] == "2026-11-06T09:00:00Z"

    code, out, _ = cli("show", "ICR-2026-0001", "--format", "json")
    shown = json.loads(out)
    assert shown["reference"] == "ICR-2026-0001"
    for pii in INVENTED_PII:
        assert pii not in shown["text"], pii
    assert "Police Scotland" in shown["text"]
    assert "health visitor" in shown["text"]
    assert shown["redactions"]["person"] >= 2
    assert shown["redactions"]["postcode"] >= 1
    assert shown["redactions"]["phone"] == 1
    # Nothing personal in what the command printed or logged either.
    for pii in INVENTED_PII:
        assert pii not in out and pii not in err


def test_late_report_counts_days_late(cli):
    raw = build_message([(make_pdf(icr_text("03/11/2026")), "r.pdf", PDF)],
                        received=datetime(2026, 11, 13, 12, 0, tzinfo=timezone.utc))
    code, out, _ = cli("ingest", write_eml(cli.tmp, "late.eml", raw))
    assert code == 0
    [entry] = log_json(cli)
    assert entry["ratified_on"] == "2026-11-03"  # day first: never 11 March
    assert entry["due_by"] == "2026-11-10"
    assert entry["timeliness"] == "late"
    assert entry["days_late"] == 3
    assert log_json(cli, "--late")[0]["reference"] == entry["reference"]


def test_deadline_judged_in_london_time_across_the_clock_change(cli):
    # Ratified Sat 17 Oct 2026 (BST): due Sat 24 Oct. Received 23:30 UTC on the 24th = 00:30 BST on the 25th.
    raw_late = build_message([(make_docx(icr_text("17 October 2026")), "r.docx", DOCX_TYPE)],
                             received=datetime(2026, 10, 24, 23, 30, tzinfo=timezone.utc))
    # Ratified 18 Oct (due 25 Oct, the day GMT returns). Received 23:30 UTC on the 25th = 23:30 GMT: on time.
    raw_on_time = build_message([(make_docx(icr_text("18 October 2026", extra=["Second case."])), "s.docx",
                                  DOCX_TYPE)], received=datetime(2026, 10, 25, 23, 30, tzinfo=timezone.utc))
    cli("ingest", write_eml(cli.tmp, "x.eml", raw_late), write_eml(cli.tmp, "y.eml", raw_on_time))
    entries = {e["ratified_on"]: e for e in log_json(cli)}
    assert entries["2026-10-17"]["timeliness"] == "late"
    assert entries["2026-10-17"]["days_late"] == 1
    assert entries["2026-10-18"]["timeliness"] == "on_time"


def test_missing_ratification_date_is_unknown_not_guessed(cli):
    lines = [line for line in icr_text() if "Chief Officers" not in line]
    raw = build_message([(make_docx(lines), "r.docx", DOCX_TYPE)])
    cli("ingest", write_eml(cli.tmp, "m.eml", raw))
    [entry] = log_json(cli)
    assert entry["status"] == "filed"
    assert entry["ratified_on"] is None
    assert entry["due_by"] is None
    assert entry["timeliness"] == "unknown"


@pytest.mark.parametrize("written, iso", [
    ("3rd November 2026", "2026-11-03"), ("03/11/2026", "2026-11-03"), ("3 Nov 2026", "2026-11-03"),
    ("Tuesday 3 November 2026", "2026-11-03"), ("19.05.2026", "2026-05-19"), ("28th of July 2026", "2026-07-28"),
])
def test_every_date_form_end_to_end(make_config, sqlite_url, tmp_path, written, iso):
    config = make_config(sqlite_url)
    raw = build_message([(make_docx(icr_text(written)), "r.docx", DOCX_TYPE)])
    path = tmp_path / "d.eml"
    path.write_bytes(raw)
    assert run_cli(config, "ingest", str(path)).code == 0
    [entry] = json.loads(run_cli(config, "log", "--format", "json").out)
    assert entry["ratified_on"] == iso


def test_scr_and_lr_get_their_own_sequences(cli):
    raw = build_message([(make_pdf(scr_text()), "scr.pdf", PDF), (make_docx(lr_text()), "lr.docx", DOCX_TYPE)],
                        sender="cpc@fife.gov.uk")
    code, out, _ = cli("ingest", write_eml(cli.tmp, "two.eml", raw))
    assert code == 0
    assert "SCR-2026-0001 SCR" in out
    assert "LR-2026-0001 LR" in out
    types = sorted(e["doc_type"] for e in log_json(cli))
    assert types == ["LR", "SCR"]
    assert [e["reference"] for e in log_json(cli, "--type", "LR")] == ["LR-2026-0001"]


def test_same_message_twice_files_once_and_logs_duplicate(cli):
    raw = build_message([(make_docx(icr_text()), "r.docx", DOCX_TYPE)])
    first = write_eml(cli.tmp, "1.eml", raw)
    second = write_eml(cli.tmp, "2.eml", raw)
    code, out, _ = cli("ingest", first, second)
    assert code == 0
    assert "duplicate" in out.splitlines()[1]
    entries = log_json(cli)
    assert [e["status"] for e in entries] == ["filed", "duplicate"]
    assert entries[1]["duplicate_of"] == ["ICR-2026-0001"]


def test_report_resent_in_another_message_is_duplicate_of_its_reference(cli):
    report = make_docx(icr_text())
    a = build_message([(report, "r.docx", DOCX_TYPE)], body="first sending")
    b = build_message([(report, "renamed.docx", DOCX_TYPE)], body="sent again, different words")
    cli("ingest", write_eml(cli.tmp, "a.eml", a), write_eml(cli.tmp, "b.eml", b))
    entries = log_json(cli)
    assert [e["status"] for e in entries] == ["filed", "duplicate"]
    assert entries[1]["duplicate_of"] == [entries[0]["reference"]]
    assert len(log_json(cli, "--status", "filed")) == 1


def test_cover_letter_only_is_no_report_and_kept(cli):
    raw = build_message([(make_pdf(cover_letter_text()), "letter.pdf", PDF)])
    code, out, _ = cli("ingest", write_eml(cli.tmp, "c.eml", raw))
    assert code == 0
    [entry] = log_json(cli)
    assert entry["reference"] is None
    assert entry["status"] == "no_report"
    assert entry["reason"] == "no-report"
    kept = list((cli.config.quarantine_dir).glob("*.eml"))
    assert len(kept) == 1


def test_message_without_attachment_is_recorded(cli):
    raw = build_message([], body="Report to follow.")
    code, _, _ = cli("ingest", write_eml(cli.tmp, "n.eml", raw))
    assert code == 0
    [entry] = log_json(cli)
    assert (entry["status"], entry["reason"]) == ("no_report", "no-attachment")


def test_scanned_pdf_is_quarantined_no_text_layer_with_private_original(cli):
    raw = build_message([(make_scanned_pdf(), "scan.pdf", PDF)])
    code, _, _ = cli("ingest", write_eml(cli.tmp, "s.eml", raw))
    assert code == 0
    [entry] = log_json(cli)
    assert (entry["status"], entry["reason"]) == ("quarantined", "no-text-layer")
    [kept] = list(cli.config.quarantine_dir.glob("*.eml"))
    assert kept.read_bytes() == raw
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(cli.config.quarantine_dir.stat().st_mode) == 0o700


def test_truncated_attachment_is_quarantined_and_command_succeeds(cli):
    pdf = make_pdf(icr_text())
    raw = build_message([(pdf[: len(pdf) // 2], "cut.pdf", PDF)])
    code, _, _ = cli("ingest", write_eml(cli.tmp, "t.eml", raw))
    assert code == 0
    [entry] = log_json(cli)
    assert entry["status"] == "quarantined"
    assert entry["reason"] in ("unreadable", "truncated")


def test_broken_mime_is_recorded_not_crashed(cli):
    raw = (b"From: x@glasgow.gov.uk\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n--zz\r\n"
           b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%not base64\r\n")
    code, _, _ = cli("ingest", write_eml(cli.tmp, "b.eml", raw))
    assert code == 0
    [entry] = log_json(cli)
    assert entry["status"] in ("no_report", "quarantined")
    assert entry["reason"]


def test_pdf_sniffed_by_content_not_by_filename(cli):
    # A PDF sent with a misleading name and type is still read; a text file named .pdf is not a report.
    raw = build_message([(make_pdf(icr_text()), "notes.txt", "text/plain"),
                         (b"just words", "fake.pdf", PDF)])
    cli("ingest", write_eml(cli.tmp, "sniff.eml", raw))
    [entry] = log_json(cli)
    assert entry["status"] == "filed"


def test_unreadable_file_is_one_line_error(cli):
    code, out, err = cli("ingest", str(cli.tmp / "missing.eml"))
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("ingestd:")]
    assert len(errors) == 1 and "missing.eml" in errors[0] and "Traceback" not in err


def test_show_unknown_reference_is_one_line_error(cli):
    code, _, err = cli("show", "ICR-2026-9999")
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("ingestd:")]
    assert len(errors) == 1 and "ICR-2026-9999" in errors[0] and "Traceback" not in err


def test_log_csv_and_table_formats(cli):
    raw = build_message([(make_docx(icr_text()), "r.docx", DOCX_TYPE)])
    cli("ingest", write_eml(cli.tmp, "a.eml", raw))
    code, out, _ = cli("log", "--format", "csv")
    header, row = out.strip().splitlines()
    assert header.split(",")[:3] == ["reference", "status", "reason"]
    assert row.startswith("ICR-2026-0001,filed,")
    code, out, _ = cli("log")
    assert "ICR-2026-0001" in out and "filed" in out
    assert log_json(cli, "--cpc", "glasgow")[0]["reference"] == "ICR-2026-0001"
    assert log_json(cli, "--cpc", "fife") == []
    assert log_json(cli, "--since", "2026-11-06") == []
    assert len(log_json(cli, "--until", "2026-11-05")) == 1


def test_no_plaintext_in_database_file(make_config, sqlite_url, tmp_path):
    config = make_config(sqlite_url)
    raw = build_message([(make_docx(icr_text()), "r.docx", DOCX_TYPE)], subject="About Thessaly Quarrington")
    path = tmp_path / "p.eml"
    path.write_bytes(raw)
    assert run_cli(config, "ingest", str(path)).code == 0
    db_bytes = b"".join(p.read_bytes() for p in tmp_path.glob("ingestd.sqlite3*"))
    for pii in INVENTED_PII:
        assert pii.encode() not in db_bytes, pii
    assert b"cpc@glasgow.gov.uk" not in db_bytes
    assert list(config.spool_dir.glob("new/*")) == []


def test_same_message_id_with_a_new_report_is_not_collapsed(cli):
    report = make_docx(icr_text())
    first = build_message([(report, "r.docx", DOCX_TYPE)], message_id="<reused@glasgow.gov.uk>")
    again = build_message([(report, "r.docx", DOCX_TYPE)], message_id="<reused@glasgow.gov.uk>",
                          body="the same mail, relayed again")
    other = build_message([(make_pdf(scr_text()), "scr.pdf", PDF)], message_id="<reused@glasgow.gov.uk>",
                          sender="cpc@fife.gov.uk")
    cli("ingest", write_eml(cli.tmp, "1.eml", first), write_eml(cli.tmp, "2.eml", again),
        write_eml(cli.tmp, "3.eml", other))
    entries = log_json(cli)
    assert [(e["status"], e["reference"]) for e in entries] == [
        ("filed", "ICR-2026-0001"), ("duplicate", None), ("filed", "SCR-2026-0001")]
    assert entries[1]["duplicate_of"] == ["ICR-2026-0001"]
