"""The reviewers' web app (issue 11): accounts, login throttling, the access audit,
acknowledgements of late reports, and the full-text index over redacted texts.

No column holds a reviewer's password (only an Argon2id hash) or a name typed at the login
box that matched no account (only its keyed digest). The search index is over the redacted
text only, which is all the store holds: on SQLite an FTS5 table kept in step with ``reports``
by triggers, so every writer (daemon, CLI, web) updates it in the same transaction; on
PostgreSQL a GIN expression index, which the database keeps itself.

Revision ID: 0006_web
Revises: 0005_notices
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa

revision = "0006_web"
down_revision = "0005_notices"
branch_labels = None
depends_on = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE report_search USING fts5(redacted_text, content='reports', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER report_search_ai AFTER INSERT ON reports BEGIN "
    "INSERT INTO report_search(rowid, redacted_text) VALUES (new.id, new.redacted_text); END",
    "CREATE TRIGGER report_search_ad AFTER DELETE ON reports BEGIN "
    "INSERT INTO report_search(report_search, rowid, redacted_text) VALUES ('delete', old.id, old.redacted_text); END",
    "CREATE TRIGGER report_search_au AFTER UPDATE OF redacted_text ON reports BEGIN "
    "INSERT INTO report_search(report_search, rowid, redacted_text) VALUES ('delete', old.id, old.redacted_text); "
    "INSERT INTO report_search(rowid, redacted_text) VALUES (new.id, new.redacted_text); END",
    "INSERT INTO report_search(report_search) VALUES ('rebuild')",
]


def upgrade() -> None:
    op.create_table(
        "web_users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),  # as typed, compared case-blind
        sa.Column("name_key", sa.String(64), nullable=False, unique=True),  # lower-cased name
        sa.Column("role", sa.String(16), nullable=False),  # reviewer | admin
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("session_epoch", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "web_login_failures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("name_digest", sa.String(64), nullable=False, index=True),
        sa.Column("address", sa.String(64), nullable=False, index=True),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("username", sa.String(64), nullable=True, index=True),
        sa.Column("action", sa.String(32), nullable=False, index=True),
        sa.Column("target", sa.String(200), nullable=True),
        sa.Column("address", sa.String(64), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("detail", sa.String(500), nullable=True),
    )
    op.create_table(
        "report_acknowledgements",
        sa.Column("reference", sa.String(32), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    else:
        op.execute("CREATE INDEX ix_reports_fts ON reports USING gin (to_tsvector('english', redacted_text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("report_search_ai", "report_search_ad", "report_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS report_search")
    else:
        op.execute("DROP INDEX IF EXISTS ix_reports_fts")
    op.drop_table("report_acknowledgements")
    op.drop_table("audit_events")
    op.drop_table("web_login_failures")
    op.drop_table("web_users")
