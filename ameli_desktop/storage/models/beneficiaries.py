"""Who a statement's beneficiaries are, as the user said (issue 16): the spellings a file gives a
household member (or whose lines to leave out), and whom a bank account's lines are for.

Both point at a person with ON DELETE CASCADE, so removing a person forgets them and merging two
people moves them like any other record (services.merge finds them from the foreign keys).
"""

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.storage.types import UTCDateTime, utcnow


class PersonAlias(SQLModel, table=True):
    """A beneficiary's spelling in a statement (``CLAIRE MARTIN``, ``CLAIRE`` born 03/03/1988)
    and the member it is; ``person_id`` NULL: leave that beneficiary's lines out."""

    __tablename__ = "person_alias"
    __table_args__ = (
        # One answer per spelling and date of birth (a NULL date is kept unique by the service:
        # SQLite's unique indexes let NULLs repeat).
        Index("ix_person_alias_name_key_born", "name_key", "born", unique=True),
        {"info": {"label": QT_TRANSLATE_NOOP("Records", "names in statement files")}},
    )

    id: int | None = Field(default=None, primary_key=True)
    name_key: str = Field(max_length=120)  # domain.names.name_key of the file's spelling
    name: str = Field(max_length=120)  # the spelling as the file printed it, for the user
    born: date | None = None  # the date of birth the file printed with it, if any
    person_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=True, index=True
        ),
    )
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ImportSourcePerson(SQLModel, table=True):
    """Whom the lines of a file without a beneficiary column are for, by where the file comes
    from (a bank and its account, or an import profile): the next import preselects them."""

    __tablename__ = "import_source_person"
    __table_args__ = {"info": {"label": QT_TRANSLATE_NOOP("Records", "bank accounts")}}

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=160, unique=True)  # services.beneficiaries.source_of
    label: str = Field(default="", max_length=160)  # the bank and account, for the user
    person_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
