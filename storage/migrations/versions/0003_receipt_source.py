"""messages.received_source: which clock a message's receipt time was read from.

relay (a trusted relay's Received: header), accepted (our SMTP acceptance), internaldate (the
IMAP server's), header or clock (a message file). Existing rows stay NULL: they were timed by
whoever handed the message over, and nothing recorded says more.

Revision ID: 0003_receipt
Revises: 0001
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = "0003_receipt"
down_revision = "0002_analysis"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("received_source", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("received_source")
