"""Who a statement's beneficiaries are (issue 16): the spellings a file gives a household member,
or whose lines to leave out (person_alias), and whom a bank account's lines are for
(import_source_person). Two new tables; no existing row changes.

Revision ID: 0011_person_aliases
Revises: 0010_statement_documents
Create Date: 2026-12-21 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_person_aliases"
down_revision: str | None = "0010_statement_documents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("born", sa.Date(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_person_alias_name_key_born", "person_alias", ["name_key", "born"], unique=True
    )
    op.create_index("ix_person_alias_person_id", "person_alias", ["person_id"])
    op.create_table(
        "import_source_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=160), nullable=False),
        sa.Column("label", sa.String(length=160), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source"),
    )
    op.create_index("ix_import_source_person_person_id", "import_source_person", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_import_source_person_person_id", table_name="import_source_person")
    op.drop_table("import_source_person")
    op.drop_index("ix_person_alias_person_id", table_name="person_alias")
    op.drop_index("ix_person_alias_name_key_born", table_name="person_alias")
    op.drop_table("person_alias")
