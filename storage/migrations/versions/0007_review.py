"""Reviewers complete and correct the record (issue 12): amendments with their history,
withdrawal of entries filed by mistake, the "redaction checked" mark, and the anonymised core
data set.

``reports`` keeps the effective values (what the log, the exports and the summaries use);
``machine_values`` keeps what the engine filed for each field a reviewer has changed, and
``report_amendments`` every change (who, when, field, old, new, reason). ``core_data`` holds
one row per report and field, filled automatically with its evidence (``source = 'auto'``)
or entered or confirmed by a reviewer (``source = 'reviewer'``, who and when). No column
holds a name, a date of birth, an address or an identifier: core data values come from the
configured category lists, numbers, dates and public bodies.

Revision ID: 0007_review
Revises: 0006_web
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa

revision = "0007_review"
down_revision = "0006_web"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch (copy-and-rename) operation: on SQLite a batch rebuilds the
    # table and drops the search-index triggers of 0006_web with it.
    op.add_column("reports", sa.Column("machine_values", sa.JSON, nullable=True))
    op.add_column("reports", sa.Column("amended", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("reports", sa.Column("withdrawn", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("reports", sa.Column("redaction_checked_by", sa.String(64), nullable=True))
    op.add_column("reports", sa.Column("redaction_checked_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "report_amendments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reference", sa.String(32), nullable=False, index=True),
        # ratified_on | doc_type | cpc | decision | received_at | withdrawn | redaction | redaction_checked
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("old_value", sa.String(200), nullable=True),
        sa.Column("new_value", sa.String(200), nullable=True),
        sa.Column("reason", sa.String(500), nullable=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "core_data",
        sa.Column("reference", sa.String(32), primary_key=True),
        sa.Column("field", sa.String(48), primary_key=True),
        sa.Column("value", sa.JSON, nullable=True),  # str | int | list[str] | null
        sa.Column("source", sa.String(16), nullable=False),  # auto | reviewer
        sa.Column("evidence", sa.String(500), nullable=True),  # rule and the redacted words it read
        sa.Column("username", sa.String(64), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("core_data")
    op.drop_table("report_amendments")
    with op.batch_alter_table("reports") as batch:
        for column in ("redaction_checked_at", "redaction_checked_by", "withdrawn", "amended", "machine_values"):
            batch.drop_column(column)
    if op.get_bind().dialect.name == "sqlite":  # the batch rebuilt the table: put the index triggers back
        from importlib import import_module
        web = import_module("ingestd.storage.migrations.versions.0006_web")
        for statement in web.SQLITE_FTS[1:]:
            op.execute(statement)
