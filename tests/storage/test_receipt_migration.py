"""Migration 0003_receipt: a database made by the previous release upgrades in place."""

from __future__ import annotations


from alembic import command
from sqlalchemy import inspect, text

from ingestd.storage.db import alembic_config, head_revision, make_engine, open_database, upgrade


def test_database_at_0001_upgrades_and_keeps_old_rows_with_unknown_source(db_url):
    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO messages (intake_id, sha256, channel, received_at, size, status, crypto_encrypted, "
            "crypto_signed, archived, processed_at) VALUES ('old-1', 'ab', 'smtp', '2026-11-02 10:00:00+00', "
            "10, 'no_report', false, false, false, '2026-11-02 10:00:01+00')"))
    assert upgrade(engine)[1] == head_revision()
    assert "received_source" in {c["name"] for c in inspect(engine).get_columns("messages")}
    with engine.connect() as conn:
        assert conn.execute(text("SELECT received_source FROM messages WHERE intake_id = 'old-1'")).scalar() is None
    engine.dispose()
    open_database(db_url, create=False)  # the schema is current: no SchemaOutdated
