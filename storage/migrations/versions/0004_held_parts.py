"""Attachments that could not be read (held_parts) per message; OCR provenance per report.

Revision ID: 0004_held_parts
Revises: 0001
Create Date: 2026-12-01

``messages.held_parts`` lists the attachments of a message that could not be read, by
position, format, reason code and hash (never a filename), so a filed message with a
scan OCR could not read is flagged for a person. ``reports.text_source`` says whether the
text came from a text layer or from OCR, and ``reports.ocr_confidence`` Tesseract's mean
word confidence. Existing rows get NULL (unknown: filed before OCR existed, so from text).
"""
from alembic import op
import sqlalchemy as sa

revision = "0004_held_parts"
down_revision = "0003_receipt"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("held_parts", sa.JSON, nullable=True))
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("text_source", sa.String(16), nullable=True))
        batch.add_column(sa.Column("ocr_confidence", sa.Float, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("ocr_confidence")
        batch.drop_column("text_source")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("held_parts")
