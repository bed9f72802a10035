"""Reimbursement tables: import batches, statement lines, claims to follow, saved import profiles.

Revision ID: 0005_reimbursements
Revises: 0004_cards_ceam
Create Date: 2026-11-25 12:02:12.644474
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_reimbursements"
down_revision: str | None = "0004_cards_ceam"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("profile", sa.String(length=80), nullable=False),
        sa.Column("encoding", sa.String(length=20), nullable=False),
        sa.Column("imported", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batch_sha256"), ["sha256"], unique=False)

    op.create_table(
        "import_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("data", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "reimbursement_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("line_date", sa.Date(), nullable=False),
        sa.Column("care_date", sa.Date(), nullable=True),
        sa.Column("payment_date", sa.Date(), nullable=True),
        sa.Column("nature", sa.String(length=300), nullable=False),
        sa.Column("practitioner", sa.String(length=200), nullable=False),
        sa.Column("paid_cents", sa.Integer(), nullable=True),
        sa.Column("base_cents", sa.Integer(), nullable=True),
        sa.Column("rate_percent", sa.Integer(), nullable=True),
        sa.Column("reimbursed_cents", sa.Integer(), nullable=True),
        sa.Column("complementary_cents", sa.Integer(), nullable=True),
        sa.Column("deductions_cents", sa.Integer(), nullable=True),
        sa.Column("third_party", sa.Boolean(), nullable=True),
        sa.Column("insurer", sa.String(length=16), nullable=True),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.Column("source_line", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batch.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reimbursement_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reimbursement_line_line_date"), ["line_date"], unique=False
        )
        batch_op.create_index(
            "ix_reimbursement_line_person_date", ["person_id", "line_date"], unique=False
        )

    op.create_table(
        "claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("expected_by", sa.Date(), nullable=True),
        sa.Column("care_date", sa.Date(), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("notes", sa.String(length=2000), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["line_id"], ["reimbursement_line.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_person_id"))

    op.drop_table("claim")
    with op.batch_alter_table("reimbursement_line", schema=None) as batch_op:
        batch_op.drop_index("ix_reimbursement_line_person_date")
        batch_op.drop_index(batch_op.f("ix_reimbursement_line_line_date"))

    op.drop_table("reimbursement_line")
    op.drop_table("import_profile")
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batch_sha256"))

    op.drop_table("import_batch")
