"""Travel status (issue 18): each person's nationality group becomes a column of ``person``,
"unknown" until asked; each residence permit / long-stay visa records the state that issued it.

What the stored data already said is kept, nothing is guessed: the group was a ``travel_profile``
row, created as "other" with a person's first stay or permit whether or not anyone had said so, or
"eu_eea_ch" when the user chose it. So:
- "eu_eea_ch" stays (only a user ever set it);
- a person with a recorded permit is "other" (a titre de séjour or VLS-TS is for a passport from
  outside the EU/EEA/Switzerland);
- everyone else is "unknown": an "other" row without a permit may be the app's own guess.
Every permit recorded so far is French (the app offered a titre de séjour or a VLS-TS, both
French documents): its state is FR. The ``travel_profile`` table goes.

Revision ID: 0008_travel_permit_state
Revises: 0007_statement_payments
Create Date: 2026-12-08 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_travel_permit_state"
down_revision: str | None = "0007_statement_payments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Adding a column with a default needs no rebuild of the table (SQLite ALTER TABLE ADD).
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("nationality", sa.String(length=16), nullable=False, server_default="unknown")
        )
    with op.batch_alter_table("residence_permit", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("state", sa.String(length=2), nullable=False, server_default="FR")
        )
    op.execute(
        "UPDATE person SET nationality = 'eu_eea_ch' WHERE id IN "
        "(SELECT person_id FROM travel_profile WHERE nationality = 'eu_eea_ch')"
    )
    op.execute(
        "UPDATE person SET nationality = 'other' WHERE nationality = 'unknown' AND id IN "
        "(SELECT person_id FROM residence_permit)"
    )
    with op.batch_alter_table("travel_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_travel_profile_person_id"))
    op.drop_table("travel_profile")


def downgrade() -> None:
    op.create_table(
        "travel_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("nationality", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("person_id", name="uq_travel_profile_person_id"),
    )
    with op.batch_alter_table("travel_profile", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_travel_profile_person_id"), ["person_id"], unique=False
        )
    # The old schema had no "unknown": such people had no row (or a guessed "other" one).
    op.execute(
        "INSERT INTO travel_profile (person_id, nationality) "
        "SELECT id, nationality FROM person WHERE nationality IN ('eu_eea_ch', 'other')"
    )
    with op.batch_alter_table("residence_permit", schema=None) as batch_op:
        batch_op.drop_column("state")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("nationality")
