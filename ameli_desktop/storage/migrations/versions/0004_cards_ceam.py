"""Card tables: cartes Vitale and their orders, CEAM cards, provisional certificates, S1 countries.

Revision ID: 0004_cards_ceam
Revises: 0003_travel
Create Date: 2026-11-25 11:57:44.443298
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_cards_ceam"
down_revision: str | None = "0003_travel"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ceam_card",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("issued", sa.Date(), nullable=False),
        sa.Column("expires", sa.Date(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("person_id"),
    )
    op.create_table(
        "ceam_provisional",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ceam_provisional", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ceam_provisional_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "ceam_s1",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id"),
    )
    op.create_table(
        "vitale_card",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("blocked_on", sa.Date(), nullable=True),
        sa.Column("ordered_at_once", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("vitale_card", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vitale_card_person_id"), ["person_id"], unique=False)

    op.create_table(
        "vitale_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("vitale_order", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vitale_order_person_id"), ["person_id"], unique=False)

    op.create_table(
        "vitale_order_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=20), nullable=False),
        sa.Column("step_date", sa.Date(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["vitale_order.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("order_id", "step"),
    )
    with op.batch_alter_table("vitale_order_step", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vitale_order_step_order_id"), ["order_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("vitale_order_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vitale_order_step_order_id"))
    op.drop_table("vitale_order_step")
    with op.batch_alter_table("vitale_order", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vitale_order_person_id"))
    op.drop_table("vitale_order")
    with op.batch_alter_table("vitale_card", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vitale_card_person_id"))
    op.drop_table("vitale_card")
    op.drop_table("ceam_s1")
    with op.batch_alter_table("ceam_provisional", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ceam_provisional_person_id"))
    op.drop_table("ceam_provisional")
    op.drop_table("ceam_card")
