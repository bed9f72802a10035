"""Household tables: people, shared trips, attachments.

The ``info={"label": ...}`` of a table whose rows belong to a person is what the app names when it
asks before removing that person ("goes with them: 12 reimbursement lines ...").
"""

import uuid
from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.storage.types import UTCDateTime, utcnow


def new_uid() -> str:
    return uuid.uuid4().hex


def person_fk(*, nullable: bool = False) -> Column:  # type: ignore[type-arg]
    """A person_id column that disappears with the person (ON DELETE CASCADE)."""
    return Column(
        Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=nullable, index=True
    )


class Person(SQLModel, table=True):
    """A household member."""

    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True, max_length=32)
    name: str = Field(max_length=80)
    name_key: str = Field(unique=True, max_length=80)  # domain.names.name_key(name)
    born: date | None = None
    role: str = Field(default="holder", max_length=16)
    nir: str | None = Field(default=None, max_length=15)  # compact, validated by stdnum
    s1_holder: bool = False
    # What counts at the Schengen border (domain.schengen.Nationality): "unknown" until asked.
    nationality: str = Field(
        default="unknown", max_length=16, sa_column_kwargs={"server_default": "unknown"}
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Trip(SQLModel, table=True):
    """A planned or past trip; shared by the CEAM check and the Schengen travel log."""

    __tablename__ = "trip"
    __table_args__ = {"info": {"label": QT_TRANSLATE_NOOP("Records", "trips")}}

    id: int | None = Field(default=None, primary_key=True)
    destination: str = Field(max_length=2)  # ISO 3166 alpha-2
    depart: date
    return_date: date
    purpose: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class TripTraveller(SQLModel, table=True):
    __tablename__ = "trip_traveller"
    __table_args__ = {"info": {"label": QT_TRANSLATE_NOOP("Records", "trips (as a traveller)")}}

    trip_id: int = Field(
        sa_column=Column(Integer, ForeignKey("trip.id", ondelete="CASCADE"), primary_key=True)
    )
    person_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )


class Attachment(SQLModel, table=True):
    """A file copied into attachments/ (named by its SHA-256) and linked to any record."""

    __tablename__ = "attachment"
    __table_args__ = (
        Index("ix_attachment_owner", "owner_kind", "owner_id"),
        {"info": {"label": QT_TRANSLATE_NOOP("Records", "attachments")}},
    )

    id: int | None = Field(default=None, primary_key=True)
    owner_kind: str = Field(max_length=40)  # the owning table's name, e.g. "vitale_order"
    owner_id: int
    sha256: str = Field(max_length=64, index=True)
    file_name: str = Field(max_length=255)  # the name the user knew it by
    size: int
    added_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
