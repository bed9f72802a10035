"""Appointment tables: CPAM appointments, birth declarations, ameli-account sign-ups.

Revision ID: 0002_appointments
Revises: 0001_household
Create Date: 2026-11-25 11:54:09.158607
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_appointments"
down_revision: str | None = "0001_household"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "account_signup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("validated", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("person_id"),
    )
    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("documents_json", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("reminded", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointment_person_id"), ["person_id"], unique=False)
        batch_op.create_index("ix_appointment_starts_at", ["starts_at"], unique=False)

    op.create_table(
        "birth_declaration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("both_parents", sa.Boolean(), nullable=False),
        sa.Column("born_on", sa.Date(), nullable=False),
        sa.Column("declared_on", sa.Date(), nullable=False),
        sa.Column("expected_by", sa.Date(), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["parent_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("child_id"),
    )
    with op.batch_alter_table("birth_declaration", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_birth_declaration_parent_id"), ["parent_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("birth_declaration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_birth_declaration_parent_id"))
    op.drop_table("birth_declaration")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index("ix_appointment_starts_at")
        batch_op.drop_index(batch_op.f("ix_appointment_person_id"))
    op.drop_table("appointment")
    op.drop_table("account_signup")
