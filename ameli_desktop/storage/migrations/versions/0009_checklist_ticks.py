"""Card orders remember which lines of their checklist (photo, ID...) were ticked.

Revision ID: 0009_checklist_ticks
Revises: 0008_travel_permit_state
Create Date: 2026-12-08 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_checklist_ticks"
down_revision: str | None = "0008_travel_permit_state"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A column added with a default: SQLite's ALTER TABLE ADD COLUMN, no table rebuild, so the
    # orders' steps (ON DELETE CASCADE) are never touched.
    with op.batch_alter_table("vitale_order", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("checklist_done", sa.String(length=4000), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    with op.batch_alter_table("vitale_order", schema=None) as batch_op:
        batch_op.drop_column("checklist_done")
