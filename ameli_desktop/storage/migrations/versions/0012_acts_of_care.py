"""Acts of care (issue 19): the acts built from the stored lines, the user's links of bank debits
to acts, the debits to confirm; bank lines belong to the household (no person), and every bank
line gets a small index of its own. The acts are built by the app at the first open after this
migration (they are derived from the lines: app_meta's "care/rules" is cleared to say so).

Revision ID: 0012_acts_of_care
Revises: 0011_person_aliases
Create Date: 2026-12-21 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_acts_of_care"
down_revision: str | None = "0011_person_aliases"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A batch rebuild of the line table (a column becomes nullable): env.py runs it with foreign
    # keys off, so the claims, payments and lines pointing at lines keep their links.
    with op.batch_alter_table("reimbursement_line", schema=None) as batch_op:
        batch_op.alter_column("person_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_index(
            "ix_reimbursement_line_bank",
            ["line_date"],
            unique=False,
            sqlite_where=sa.text("insurer IS NOT NULL"),
        )
    # A bank export's lines are the household's: de-duplicated household-wide (issue 16).
    op.execute("UPDATE reimbursement_line SET person_id = NULL WHERE insurer IS NOT NULL")
    op.create_table(
        "care_act",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("care_date", sa.Date(), nullable=False),
        sa.Column("nature", sa.String(length=300), nullable=False),
        sa.Column("practitioner", sa.String(length=200), nullable=False),
        sa.Column("paid_cents", sa.Integer(), nullable=True),
        sa.Column("base_cents", sa.Integer(), nullable=True),
        sa.Column("rate_percent", sa.Integer(), nullable=True),
        sa.Column("amo_cents", sa.Integer(), nullable=True),
        sa.Column("withheld_cents", sa.Integer(), nullable=False),
        sa.Column("amc_cents", sa.Integer(), nullable=True),
        sa.Column("left_cents", sa.Integer(), nullable=True),
        sa.Column("third_party", sa.Boolean(), nullable=False),
        sa.Column("sent_to_amc", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("amo_paid_on", sa.Date(), nullable=True),
        sa.Column("amo_payment_cents", sa.Integer(), nullable=True),
        sa.Column("amo_bank_line_id", sa.Integer(), nullable=True),
        sa.Column("amo_bank_date", sa.Date(), nullable=True),
        sa.Column("amc_paid_on", sa.Date(), nullable=True),
        sa.Column("amc_payment_cents", sa.Integer(), nullable=True),
        sa.Column("amc_bank_line_id", sa.Integer(), nullable=True),
        sa.Column("amc_bank_date", sa.Date(), nullable=True),
        sa.Column("bank_line_id", sa.Integer(), nullable=True),
        sa.Column("line_ids", sa.String(length=2000), nullable=False),
        sa.Column("documents", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_care_act_person_date", "care_act", ["person_id", "care_date"])
    op.create_index("ix_care_act_date", "care_act", ["care_date"])
    op.create_index(
        "ix_care_act_owed",
        "care_act",
        ["status", "since"],
        sqlite_where=sa.text("status != 'settled'"),
    )
    op.create_index(
        "ix_care_act_bank_line",
        "care_act",
        ["bank_line_id"],
        sqlite_where=sa.text("bank_line_id IS NOT NULL"),
    )
    op.create_table(
        "care_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bank_line_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("linked", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["bank_line_id"], ["reimbursement_line.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["line_id"], ["reimbursement_line.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_care_link_bank_line", "care_link", ["bank_line_id"])
    op.create_index("ix_care_link_line", "care_link", ["line_id"])
    op.create_table(
        "care_candidate",
        sa.Column("bank_line_id", sa.Integer(), nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["act_id"], ["care_act.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("bank_line_id", "act_id"),
    )
    op.create_index("ix_care_candidate_act", "care_candidate", ["act_id"])
    op.execute("DELETE FROM app_meta WHERE key = 'care/rules'")


def downgrade() -> None:
    op.drop_index("ix_care_candidate_act", table_name="care_candidate")
    op.drop_table("care_candidate")
    op.drop_index("ix_care_link_line", table_name="care_link")
    op.drop_index("ix_care_link_bank_line", table_name="care_link")
    op.drop_table("care_link")
    op.drop_index("ix_care_act_bank_line", table_name="care_act")
    op.drop_index("ix_care_act_owed", table_name="care_act")
    op.drop_index("ix_care_act_date", table_name="care_act")
    op.drop_index("ix_care_act_person_date", table_name="care_act")
    op.drop_table("care_act")
    with op.batch_alter_table("reimbursement_line", schema=None) as batch_op:
        batch_op.drop_index("ix_reimbursement_line_bank")
    # A bank line goes back to a person only where one member can hold it (the first).
    op.execute(
        "UPDATE reimbursement_line SET person_id = (SELECT min(id) FROM person) "
        "WHERE person_id IS NULL"
    )
    op.execute("DELETE FROM reimbursement_line WHERE person_id IS NULL")
    with op.batch_alter_table("reimbursement_line", schema=None) as batch_op:
        batch_op.alter_column("person_id", existing_type=sa.Integer(), nullable=False)
