"""Statement lines know their transfer: the bank line that paid them, the transfer's total as the
ameli relevé gives it, and whether the CPAM sent them on to the complementary insurer; the
Assurance Maladie's bank credits get a small index of their own.

Revision ID: 0007_statement_payments
Revises: 0006_app_meta
Create Date: 2026-12-06 23:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_statement_payments"
down_revision: str | None = "0006_app_meta"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A batch rebuild of the line table (the foreign key needs it on SQLite): env.py runs it
    # with foreign keys off, so the claims pointing at lines keep their links (STYLE.md 8).
    with op.batch_alter_table("reimbursement_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("payment_cents", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("sent_to_complementary", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("bank_line_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_reimbursement_line_bank_line_id",
            "reimbursement_line",
            ["bank_line_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(
            "ix_reimbursement_line_bank_line",
            ["bank_line_id"],
            unique=False,
            sqlite_where=sa.text("bank_line_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_reimbursement_line_credits",
            ["line_date"],
            unique=False,
            sqlite_where=sa.text("insurer = 'mandatory'"),
        )


def downgrade() -> None:
    with op.batch_alter_table("reimbursement_line", schema=None) as batch_op:
        batch_op.drop_index("ix_reimbursement_line_credits")
        batch_op.drop_index("ix_reimbursement_line_bank_line")
        batch_op.drop_constraint("fk_reimbursement_line_bank_line_id", type_="foreignkey")
        batch_op.drop_column("bank_line_id")
        batch_op.drop_column("sent_to_complementary")
        batch_op.drop_column("payment_cents")
