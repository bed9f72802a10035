"""What each statement document says, kept for the acts of care (issue 15): the document an import
was, the payments a statement lists (a relevé's closing lines, a mutuelle's transfers), each
line's kind, payment, transmission, complementary parts and reference, the act a deferred amount
was withheld for, and the daily allowances, apart from care.

Revision ID: 0010_statement_documents
Revises: 0009_checklist_ticks
Create Date: 2026-12-20 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_statement_documents"
down_revision: str | None = "0009_checklist_ticks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("document", sa.String(length=16), nullable=True))
    op.create_table(
        "statement_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("document", sa.String(length=16), nullable=False),
        sa.Column("payer", sa.String(length=16), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("third_party", sa.Boolean(), nullable=False),
        sa.Column("insurer_name", sa.String(length=80), nullable=True),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("bank_line_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batch.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["bank_line_id"], ["reimbursement_line.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_statement_payment_paid_on", "statement_payment", ["paid_on"])
    op.create_table(
        "daily_allowance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("nature", sa.String(length=300), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("daily_cents", sa.Integer(), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("source_line", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batch.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["payment_id"], ["statement_payment.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_daily_allowance_person_start", "daily_allowance", ["person_id", "period_start"]
    )
    # A batch rebuild of the line table (its new foreign keys need it on SQLite): env.py runs it
    # with foreign keys off, so the claims and lines pointing at lines keep their links.
    with op.batch_alter_table("reimbursement_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("payment_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("complementary_insurer", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("complementary_rate", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("amo_quoted_cents", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("reference", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("withheld_from_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_reimbursement_line_withheld_from_id",
            "reimbursement_line",
            ["withheld_from_id"],
            ["id"],
            ondelete="SET NULL",
        )
    # What the batches of earlier versions were: a bank export's lines name their payer.
    op.execute(
        "UPDATE import_batch SET document = CASE WHEN EXISTS (SELECT 1 FROM reimbursement_line l "
        "WHERE l.batch_id = import_batch.id AND l.insurer IS NOT NULL) THEN 'bank' "
        "WHEN profile = 'ameli-pdf' THEN 'ameli_monthly' ELSE 'csv' END"
    )


def downgrade() -> None:
    with op.batch_alter_table("reimbursement_line", schema=None) as batch_op:
        batch_op.drop_constraint("fk_reimbursement_line_withheld_from_id", type_="foreignkey")
        for column in (
            "withheld_from_id",
            "reference",
            "amo_quoted_cents",
            "complementary_rate",
            "complementary_insurer",
            "payment_id",
            "kind",
        ):
            batch_op.drop_column(column)
    op.drop_index("ix_daily_allowance_person_start", table_name="daily_allowance")
    op.drop_table("daily_allowance")
    op.drop_index("ix_statement_payment_paid_on", table_name="statement_payment")
    op.drop_table("statement_payment")
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.drop_column("document")
