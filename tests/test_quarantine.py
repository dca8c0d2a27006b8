"""Quarantine operations, encrypted originals at rest, and retention purge."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ingestd.retention import purge
from ingestd.service import build_services, ingest_bytes
from ingestd.storage.repository import LogFilter, intake_log
from tests.cli import run_cli
from tests.factories import make_docx, make_scanned_pdf
from tests.keys import generate_key, remember_home
from tests.messages import DOCX_TYPE, build_message, icr_text

SECRET_WORDS = ("Thessaly", "Quarrington", "Vexmoor")


@pytest.fixture(scope="module")
def archive_key(tmp_path_factory) -> tuple[Path, str]:
    """An archive key pair held by the 'records officer'; the daemon gets only the public half."""
    home = tmp_path_factory.mktemp("officer")
    home.chmod(0o700)
    return home, generate_key(home, "Archive test key <archive@invalid>")


def daemon_home_with(tmp_path: Path, officer_home: Path, fingerprint: str) -> Path:
    home = remember_home(tmp_path / "daemon-gnupg")
    home.mkdir(mode=0o700)
    public = subprocess.run(["gpg", "--homedir", str(officer_home), "--export", fingerprint], check=True,
                            capture_output=True).stdout
    subprocess.run(["gpg", "--batch", "--homedir", str(home), "--import"], input=public, check=True,
                   capture_output=True)
    return home


def test_list_show_discard(make_config, sqlite_url):
    config = make_config(sqlite_url)
    services = build_services(config)
    outcome = ingest_bytes(services, build_message([(make_scanned_pdf(), "scan.pdf", "application/pdf")]))
    qid = outcome.intake.intake_id
    code, out, _ = run_cli(config, "quarantine", "list", "--format", "json")
    [row] = json.loads(out)
    assert (row["id"], row["reason"], row["original_kept"]) == (qid, "no-text-layer", True)
    code, out, _ = run_cli(config, "quarantine", "show", qid)
    assert json.loads(out)["status"] == "quarantined"
    assert run_cli(config, "quarantine", "discard", qid)[0] == 0
    assert list(config.quarantine_dir.glob(f"{qid}*")) == []
    assert run_cli(config, "quarantine", "show", "no-such-id").code == 1


def test_reprocess_after_policy_change_files_under_same_intake(make_config, sqlite_url, tmp_path):
    strict = make_config(sqlite_url, extra="[policy]\nrequire_signature = true\n")
    services = build_services(strict)
    raw = build_message([(make_docx(icr_text()), "r.docx", DOCX_TYPE)])
    outcome = ingest_bytes(services, raw)
    assert (outcome.status, outcome.reason) == ("quarantined", "unsigned")
    relaxed = make_config(sqlite_url)  # same database and data dir, policy back to the default
    code, out, _ = run_cli(relaxed, "quarantine", "reprocess", outcome.intake.intake_id)
    assert code == 0 and "ICR-2026-0001" in out
    entries = intake_log(build_services(relaxed).sessions, LogFilter())
    assert [(e["status"], e["intake_id"]) for e in entries] == [("filed", outcome.intake.intake_id)]
    assert list(relaxed.quarantine_dir.glob("*.eml*")) == []


def test_originals_encrypted_at_rest_and_readable_only_with_officer_key(make_config, sqlite_url,
                                                                       tmp_path, archive_key):
    officer_home, fingerprint = archive_key
    home = daemon_home_with(tmp_path, officer_home, fingerprint)
    config = make_config(sqlite_url, extra=f'[gpg]\nhome = "{home}"\n[archive]\nrecipients = ["{fingerprint}"]\n')
    services = build_services(config)
    filed_raw = build_message([(make_docx(icr_text()), "r.docx", DOCX_TYPE)])
    held_raw = build_message([(make_scanned_pdf(), "scan.pdf", "application/pdf")],
                             body="Thessaly Quarrington, 14 Vexmoor Rise")
    filed = ingest_bytes(services, filed_raw)
    held = ingest_bytes(services, held_raw)
    assert filed.status == "filed" and held.status == "quarantined"

    stored = list(config.archive_dir.glob("*.eml.gpg")) + list(config.quarantine_dir.glob("*.eml.gpg"))
    assert len(stored) == 2
    assert not list(config.storage.data_dir.rglob("*.eml"))  # no plaintext original anywhere
    everything = b"".join(p.read_bytes() for p in config.storage.data_dir.rglob("*") if p.is_file())
    for word in SECRET_WORDS:
        assert word.encode() not in everything
    # The daemon's own keyring cannot read them back ...
    archived = next(config.archive_dir.glob("*.eml.gpg"))
    daemon_try = subprocess.run(["gpg", "--batch", "--homedir", str(home), "--decrypt", str(archived)],
                                capture_output=True)
    assert daemon_try.returncode != 0
    # ... the records officer's can, byte for byte.
    officer = subprocess.run(["gpg", "--batch", "--homedir", str(officer_home), "--decrypt", str(archived)],
                             capture_output=True)
    assert officer.returncode == 0 and officer.stdout == filed_raw

    # Reprocessing an encrypted quarantine needs the officer's key home.
    result = run_cli(config, "quarantine", "reprocess", held.intake.intake_id)
    assert result.code == 2 and "--key-home" in result.error_lines()[0]


def test_purge_destroys_old_originals_and_logs_by_reference(make_config, sqlite_url, tmp_path, archive_key,
                                                            caplog):
    officer_home, fingerprint = archive_key
    home = daemon_home_with(tmp_path, officer_home, fingerprint)
    config = make_config(sqlite_url, extra=f'[gpg]\nhome = "{home}"\n[archive]\nrecipients = ["{fingerprint}"]\n'
                                           "retention_days = 30\n")
    services = build_services(config)
    filed = ingest_bytes(services, build_message([(make_docx(icr_text()), "r.docx", DOCX_TYPE)]))
    assert purge(services) == []  # nothing is old yet
    later = datetime.now(timezone.utc) + timedelta(days=31)
    with caplog.at_level("INFO", logger="ingestd.security"):
        destroyed = purge(services, now=later)
    assert destroyed == [filed.reports[0].reference]
    assert list(config.archive_dir.glob("*.eml*")) == []
    assert any(filed.reports[0].reference in r.getMessage() and "destroyed" in r.getMessage()
               for r in caplog.records)
    # The anonymised record stays.
    assert [e["reference"] for e in intake_log(services.sessions, LogFilter())] == [filed.reports[0].reference]
