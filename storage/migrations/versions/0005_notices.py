"""Outgoing notices: the durable queue of acknowledgements and digests (issue 15).

A row holds the recipient address and the rendered message only while the notice is waiting;
both are cleared once it is sent or has failed, so the anonymised store keeps no e-mail
address. ``recipient_hmac`` (a keyed hash) remains for the per-sender rate limit.

Revision ID: 0005_notices
Revises: 0001
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = "0005_notices"
down_revision = "0004_held_parts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outgoing_notices",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("notice_key", sa.String(120), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("intake_id", sa.String(64), nullable=True, index=True),
        sa.Column("message_id", sa.String(200), nullable=False, unique=True),
        sa.Column("recipient", sa.String(320), nullable=True),
        sa.Column("recipient_hmac", sa.String(64), nullable=True, index=True),
        sa.Column("content", sa.LargeBinary, nullable=True),
        sa.Column("summary", sa.String(500), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_code", sa.String(32), nullable=True),
        sa.Column("last_reason", sa.String(200), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("outgoing_notices")
