"""Migration 0002_analysis: a database filed under 0001 upgrades, keeps its reports, and takes the new kinds."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from ingestd.storage import repository
from ingestd.storage.db import alembic_config, head_revision, make_engine, open_database, upgrade
from tests.storage.test_references import _draft, _intake


def test_upgrade_from_0001_keeps_reports_and_accepts_notification_kinds(db_url):
    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO messages (intake_id, sha256, channel, received_at, size, status, crypto_encrypted,"
            " crypto_signed, archived, processed_at) VALUES ('old', 'aa', 'file', '2026-03-01 00:00:00+00',"
            " 1, 'filed', false, false, false, '2026-03-01 00:00:00+00')"))
        conn.execute(text(
            "INSERT INTO reports (reference, doc_type, year, seq, message_id, timeliness, received_at,"
            " redacted_text, redaction_counts, attachment_sha256, filed_at) VALUES ('ICR-2026-0001', 'ICR',"
            " 2026, 1, (SELECT id FROM messages WHERE intake_id = 'old'), 'unknown', '2026-03-01 00:00:00+00', 'x', '{}', 'bb', '2026-03-01 00:00:00+00')"))
    before, after = upgrade(engine)
    assert (before, after) == ("0001", head_revision())  # through 0002_analysis and whatever follows it

    sm = open_database(db_url)
    [old] = repository.intake_log(sm, repository.LogFilter())
    assert old["reference"] == "ICR-2026-0001" and old["subject"] is None and old["suspect_count"] == 0
    outcome = repository.record(sm, _intake(7), status="filed", drafts=[_draft(7, "LR-DECISION")],
                                reference_year=2026)
    assert [r.reference for r in outcome.reports] == ["LRD-2026-0001"]
