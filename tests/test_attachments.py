"""End-to-end: every kind of attachment a committee sends, through ``ingestd ingest`` into the log.

One unreadable attachment does not hold back a readable report (held_parts); protected files
are quarantined and reprocessed with a password file; portal notices are portal-encrypted;
scans are OCR'd; ZIPs are opened.
"""

from __future__ import annotations

import json

from tests import scans
from tests.cli import CliResult, run_cli
from tests.factories import make_docx, make_docx_bomb, make_pdf, make_protected_docx, make_scanned_pdf, make_zip
from tests.messages import (DOCX_TYPE, build_message, egress_notice, icr_text, lr_text, purview_notice,
                            scr_text)
import pytest

from tests.test_ingest import INVENTED_PII, cli, log_json, write_eml  # noqa: F401 - the cli fixture

PDF = "application/pdf"
PASSWORD = "Kelpie-Falls-2026"


@pytest.fixture
def lite(make_config, sqlite_url, tmp_path):
    """``cli`` on SQLite only: OCR and LibreOffice are slow, and the storage side of these
    tests (the held_parts column) is covered on both databases by the first test."""
    config = make_config(sqlite_url)

    def run(*argv: str) -> CliResult:
        return run_cli(config, *argv)

    run.config = config  # type: ignore[attr-defined]
    run.tmp = tmp_path  # type: ignore[attr-defined]
    return run


def test_a_readable_report_is_filed_beside_an_unreadable_scan(cli):
    report = make_docx(icr_text())
    raw = build_message([(report, "ICR.docx", DOCX_TYPE), (make_scanned_pdf(), "leaflet.pdf", PDF)])
    code, out, err = cli("ingest", write_eml(cli.tmp, "a.eml", raw))
    assert code == 0, err
    assert "ICR-2026-0001" in out

    [entry] = log_json(cli)
    assert (entry["status"], entry["reference"]) == ("filed", "ICR-2026-0001")
    [held] = entry["held_parts"]
    assert (held["part"], held["kind"], held["reason"]) == (2, "pdf", "no-text-layer")
    assert "scan" in held["meaning"]
    assert "leaflet" not in json.dumps(entry)

    code, out, _ = cli("show", "ICR-2026-0001")
    assert "1 attachment could not be read: part 2 (pdf): it is a scan" in out

    # The original is kept for the person who checks it.
    code, out, _ = cli("quarantine", "list", "--format", "json")
    [kept] = json.loads(out)
    assert (kept["id"], kept["status"], kept["original_kept"]) == (entry["intake_id"], "filed", True)
    assert (kept["reason"], kept["meaning"].split(",")[0]) == ("held-parts", "its reports were filed")
    assert kept["held_parts"][0]["reason"] == "no-text-layer"


def test_a_text_layer_with_almost_no_text_is_little_text(lite):
    raw = build_message([(make_docx(scr_text()), "SCR.docx", DOCX_TYPE), (make_pdf(["Page 1"]), "blank.pdf", PDF)])
    lite("ingest", write_eml(lite.tmp, "a.eml", raw))
    [entry] = log_json(lite)
    assert entry["status"] == "filed"
    assert [h["reason"] for h in entry["held_parts"]] == ["little-text"]


def test_the_only_attachment_unreadable_still_quarantines_with_held_parts(lite):
    raw = build_message([(make_pdf(["Page 1"]), "report.pdf", PDF)])
    lite("ingest", write_eml(lite.tmp, "a.eml", raw))
    [entry] = log_json(lite)
    assert (entry["status"], entry["reason"]) == ("quarantined", "little-text")
    assert entry["held_parts"][0]["part"] == 1


def test_protected_docx_is_quarantined_then_filed_with_a_password_file(lite, caplog):
    raw = build_message([(make_protected_docx(icr_text(), PASSWORD), "ICR.docx", DOCX_TYPE)])
    lite("ingest", write_eml(lite.tmp, "a.eml", raw))
    [entry] = log_json(lite)
    assert (entry["status"], entry["reason"]) == ("quarantined", "password-protected")
    code, out, _ = lite("quarantine", "show", entry["intake_id"])
    shown = json.loads(out)
    assert "protected by a password" in shown["meaning"]
    assert "--password-file" in shown["meaning"]

    wrong = lite.tmp / "wrong.txt"
    wrong.write_text("not-it\n")
    code, out, err = lite("quarantine", "reprocess", entry["intake_id"], "--password-file", str(wrong))
    assert code == 0, err
    assert "quarantined password-wrong" in out

    secret = lite.tmp / "password.txt"
    secret.write_text(PASSWORD + "\n")
    code, out, err = lite("quarantine", "reprocess", entry["intake_id"], "--password-file", str(secret))
    assert code == 0, err
    assert "filed" in out and "ICR-2026-0001" in out
    [entry] = log_json(lite)
    assert (entry["status"], entry["reference"]) == ("filed", "ICR-2026-0001")

    # Never logged, never stored.
    assert PASSWORD not in caplog.text
    database = lite.config.database_url.removeprefix("sqlite:///")
    if lite.config.database_url.startswith("sqlite"):
        for path in (database, database + "-wal"):
            try:
                assert PASSWORD.encode() not in open(path, "rb").read()
            except FileNotFoundError:
                pass


def test_missing_password_file_is_one_line_error(lite):
    raw = build_message([(make_protected_docx(icr_text(), PASSWORD), "ICR.docx", DOCX_TYPE)])
    lite("ingest", write_eml(lite.tmp, "a.eml", raw))
    [entry] = log_json(lite)
    code, _, err = lite("quarantine", "reprocess", entry["intake_id"], "--password-file", str(lite.tmp / "nope"))
    assert code == 1
    assert err.count("\n") == 1 and "cannot read the password file" in err


def test_purview_notice_with_rpmsg_is_portal_encrypted_not_no_attachment(lite):
    lite("ingest", write_eml(lite.tmp, "a.eml", purview_notice()))
    lite("ingest", write_eml(lite.tmp, "b.eml", purview_notice(with_rpmsg=False)))
    entries = log_json(lite)
    assert [(e["status"], e["reason"]) for e in entries] == [("quarantined", "portal-encrypted")] * 2


def test_egress_notice_is_portal_encrypted(lite):
    lite("ingest", write_eml(lite.tmp, "a.eml", egress_notice()))
    [entry] = log_json(lite)
    assert (entry["status"], entry["reason"]) == ("quarantined", "portal-encrypted")
    code, out, _ = lite("quarantine", "show", entry["intake_id"])
    assert "open it in the portal and forward the report" in json.loads(out)["meaning"]


def test_a_plain_mail_saying_secure_email_is_still_no_attachment(lite):
    raw = build_message(body="We will send the report by secure email next week.")
    lite("ingest", write_eml(lite.tmp, "a.eml", raw))
    [entry] = log_json(lite)
    assert (entry["status"], entry["reason"]) == ("no_report", "no-attachment")


def test_scanned_report_is_filed_from_ocr_and_redacted(lite):
    page = scans.render_page(icr_text(), dpi=300, noise=0.002, skew_degrees=0.6, stamp="RECEIVED 5 NOV 2026")
    raw = build_message([(scans.scanned_pdf([page], 300), "scan.pdf", PDF), (scans.logo(), "logo.png", "image/png")])
    code, out, err = lite("ingest", write_eml(lite.tmp, "a.eml", raw))
    assert code == 0, err
    [entry] = log_json(lite)
    assert (entry["status"], entry["doc_type"], entry["ratified_on"]) == ("filed", "ICR", "2026-11-03")
    assert entry["text_source"] == "ocr"
    assert entry["ocr_confidence"] > 80
    assert entry["held_parts"] == []  # the logo is no report, and nothing else was held
    code, out, _ = lite("show", entry["reference"], "--format", "json")
    text = json.loads(out)["text"]
    for pii in INVENTED_PII[:7]:
        assert pii not in text, pii
    code, out, _ = lite("show", entry["reference"])
    assert "OCR of all pages (mean word confidence" in out


def test_zip_of_reports_files_each_and_holds_a_bomb(lite):
    archive = make_zip([("ICR.docx", make_docx(icr_text())), ("LR.docx", make_docx(lr_text())),
                        ("notes.txt", b"fictional notes")])
    inner_bomb = make_zip([("big.docx", make_docx_bomb(uncompressed_mb=300))])
    outer_bomb = make_zip([("zeros.pdf", b"%PDF-1.4\n" + bytes(32 * 1024 * 1024))])
    raw = build_message([(archive, "reports.zip", "application/zip"), (inner_bomb, "more.zip", "application/zip"),
                         (outer_bomb, "zeros.zip", "application/zip")])
    code, out, err = lite("ingest", write_eml(lite.tmp, "a.eml", raw))
    assert code == 0, err
    entries = log_json(lite)
    assert sorted(e["reference"] for e in entries) == ["ICR-2026-0001", "LR-2026-0001"]
    assert [(h["part"], h["kind"], h["reason"]) for h in entries[0]["held_parts"]] == [
        (2, "docx", "zip-bomb"),  # the DOCX inside is a bomb: its own guards stop it
        (3, "zip", "zip-bomb"),  # the archive itself inflates 1000-fold: stopped before unpacking
    ]


def test_check_config_says_whether_ocr_and_conversion_are_on(lite):
    code, out, _ = lite("check-config")
    assert code == 0
    assert "OCR: on (" in out
    assert "Word 97-2003, RTF and ODT: on (" in out


def test_a_protected_report_beside_a_filed_one_is_filed_on_reprocess_with_its_password(lite):
    raw = build_message([(make_docx(icr_text()), "ICR.docx", DOCX_TYPE),
                         (make_protected_docx(scr_text(), PASSWORD), "SCR.docx", DOCX_TYPE)])
    lite("ingest", write_eml(lite.tmp, "a.eml", raw))
    [entry] = log_json(lite)
    assert (entry["reference"], [h["reason"] for h in entry["held_parts"]]) == ("ICR-2026-0001", ["password-protected"])

    secret = lite.tmp / "password.txt"
    secret.write_text(PASSWORD)
    code, out, err = lite("quarantine", "reprocess", entry["intake_id"], "--password-file", str(secret))
    assert code == 0, err
    entries = log_json(lite)
    assert [(e["reference"], e["held_parts"]) for e in entries] == [("ICR-2026-0001", []), ("SCR-2026-0001", [])]
    code, out, _ = lite("quarantine", "list", "--format", "json")
    assert json.loads(out) == []  # nothing left for a person to check
