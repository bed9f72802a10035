"""Travel log tables: travel profile (nationality group), residence permits, Schengen stays.

Revision ID: 0003_travel
Revises: 0002_appointments
Create Date: 2026-11-25 11:56:52.257273
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_travel"
down_revision: str | None = "0002_appointments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "residence_permit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("residence_permit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_residence_permit_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "schengen_stay",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("entry", sa.Date(), nullable=False),
        sa.Column("exit", sa.Date(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("entry_port", sa.String(length=80), nullable=False),
        sa.Column("exit_port", sa.String(length=80), nullable=False),
        sa.Column("passport", sa.String(length=40), nullable=False),
        sa.Column("stamped_entry", sa.Boolean(), nullable=True),
        sa.Column("stamped_exit", sa.Boolean(), nullable=True),
        sa.Column("ees_recorded", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("schengen_stay", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_schengen_stay_person_id"), ["person_id"], unique=False)

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


def downgrade() -> None:
    with op.batch_alter_table("travel_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_travel_profile_person_id"))
    op.drop_table("travel_profile")
    with op.batch_alter_table("schengen_stay", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_schengen_stay_person_id"))
    op.drop_table("schengen_stay")
    with op.batch_alter_table("residence_permit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_residence_permit_person_id"))
    op.drop_table("residence_permit")
