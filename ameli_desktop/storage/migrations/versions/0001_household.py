"""Household tables: people, trips and their travellers, attachments.

Revision ID: 0001_household
Revises:
Create Date: 2026-11-25 11:40:09.612131
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_household"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_kind", sa.String(length=40), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index("ix_attachment_owner", ["owner_kind", "owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("name_key", sa.String(length=80), nullable=False),
        sa.Column("born", sa.Date(), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("nir", sa.String(length=15), nullable=True),
        sa.Column("s1_holder", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name_key"),
        sa.UniqueConstraint("uid"),
    )
    op.create_table(
        "trip",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("destination", sa.String(length=2), nullable=False),
        sa.Column("depart", sa.Date(), nullable=False),
        sa.Column("return_date", sa.Date(), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "trip_traveller",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["trip_id"], ["trip.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("trip_id", "person_id"),
    )
    with op.batch_alter_table("trip_traveller", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trip_traveller_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("trip_traveller", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_traveller_person_id"))

    op.drop_table("trip_traveller")
    op.drop_table("trip")
    op.drop_table("person")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index("ix_attachment_owner")

    op.drop_table("attachment")
