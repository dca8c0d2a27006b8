"""Initial schema: messages, digests, reports, reference counters, intake events, IMAP cursors.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("intake_id", sa.String(64), nullable=False, unique=True),
        sa.Column("sha256", sa.String(64), nullable=False, index=True),
        sa.Column("message_id_sha256", sa.String(64), nullable=True, index=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sender_cpc", sa.String(200), nullable=True),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("reason", sa.String(64), nullable=True),
        sa.Column("duplicate_of", sa.String(200), nullable=True),
        sa.Column("crypto_encrypted", sa.Boolean, nullable=False),
        sa.Column("crypto_signed", sa.Boolean, nullable=False),
        sa.Column("crypto_signer", sa.String(40), nullable=True),
        sa.Column("crypto_verdict", sa.String(32), nullable=True),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("source", sa.JSON, nullable=True),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "message_digests",
        sa.Column("digest", sa.String(80), primary_key=True),
        sa.Column("message_id", sa.Integer, sa.ForeignKey("messages.id"), nullable=False),
    )
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reference", sa.String(32), nullable=False, unique=True),
        sa.Column("doc_type", sa.String(8), nullable=False, index=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("message_id", sa.Integer, sa.ForeignKey("messages.id"), nullable=False, index=True),
        sa.Column("cpc", sa.String(200), nullable=True, index=True),
        sa.Column("decision", sa.String(32), nullable=True),
        sa.Column("ratified_on", sa.Date, nullable=True),
        sa.Column("due_by", sa.Date, nullable=True),
        sa.Column("timeliness", sa.String(16), nullable=False),
        sa.Column("days_late", sa.Integer, nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("redacted_text", sa.Text, nullable=False),
        sa.Column("redaction_counts", sa.JSON, nullable=False),
        sa.Column("attachment_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("filed_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("doc_type", "year", "seq", name="uq_reports_type_year_seq"),
    )
    op.create_table(
        "reference_counters",
        sa.Column("doc_type", sa.String(8), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("last_seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "intake_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("intake_id", sa.String(64), nullable=True, index=True),
        sa.Column("message_id", sa.Integer, sa.ForeignKey("messages.id"), nullable=True, index=True),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(64), nullable=True),
        sa.Column("reference", sa.String(32), nullable=True),
        sa.Column("detail", sa.String(500), nullable=True),
    )
    op.create_table(
        "imap_cursors",
        sa.Column("mailbox_key", sa.String(64), primary_key=True),
        sa.Column("uidvalidity", sa.BigInteger, nullable=False),
        sa.Column("last_uid", sa.BigInteger, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for table in ("imap_cursors", "intake_events", "reference_counters", "reports", "message_digests", "messages"):
        op.drop_table(table)
