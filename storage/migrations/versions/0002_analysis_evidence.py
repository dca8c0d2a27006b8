"""Analysis evidence on reports: subject, ratification candidates, suspected leftovers; longer type codes.

``doc_type`` widens to 16 characters for ``LR-DECISION`` and ``LR-OUTCOME``. New report
columns: ``subject`` (child | adult | null), ``ratification_candidates`` (JSON: dates, weights
and rule names only, never text), ``suspect_count`` and ``suspects`` (JSON: [start, end]
offsets in the redacted text of capitalised words a person should check), ``cpc_flag``
(why the committee is null: unknown | ambiguous).

Revision ID: 0002_analysis
Revises: 0001
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = "0002_analysis"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.alter_column("doc_type", type_=sa.String(16), existing_type=sa.String(8), existing_nullable=False)
        batch.add_column(sa.Column("subject", sa.String(8), nullable=True))
        batch.add_column(sa.Column("ratification_candidates", sa.JSON, nullable=True))
        batch.add_column(sa.Column("suspect_count", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("suspects", sa.JSON, nullable=True))
        batch.add_column(sa.Column("cpc_flag", sa.String(16), nullable=True))
    with op.batch_alter_table("reference_counters") as batch:
        batch.alter_column("doc_type", type_=sa.String(16), existing_type=sa.String(8), existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("reference_counters") as batch:
        batch.alter_column("doc_type", type_=sa.String(8), existing_type=sa.String(16), existing_nullable=False)
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("cpc_flag")
        batch.drop_column("suspects")
        batch.drop_column("suspect_count")
        batch.drop_column("ratification_candidates")
        batch.drop_column("subject")
        batch.alter_column("doc_type", type_=sa.String(8), existing_type=sa.String(16), existing_nullable=False)
