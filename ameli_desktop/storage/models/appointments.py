"""Appointment tables: CPAM appointments, birth declarations to follow, ameli-account sign-ups.

Start times are stored as UTC (UTCDateTime) and shown in Europe/Paris: SQLite keeps no time zone,
and a wall-clock value would be ambiguous on the night the clocks go back (DESIGN.md 8).
Never use ``from __future__ import annotations`` here (fastapi/sqlmodel#196).
"""

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, Text
from sqlmodel import Field, SQLModel

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.storage.models.household import person_fk
from ameli_desktop.storage.types import UTCDateTime, utcnow


class AppointmentRow(SQLModel, table=True):
    """An appointment with a CPAM advisor (domain.appointments.AppointmentDetails)."""

    __tablename__ = "appointment"
    __table_args__ = (
        Index("ix_appointment_starts_at", "starts_at"),
        {"info": {"label": QT_TRANSLATE_NOOP("Records", "CPAM appointments")}},
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=person_fk())
    starts_at: datetime = Field(sa_type=UTCDateTime)
    duration_minutes: int
    channel: str = Field(max_length=8)  # domain.appointments.Channel
    place: str = Field(default="", max_length=300)
    category: str = Field(max_length=24)  # domain.appointments.Category
    reason: str = Field(sa_type=Text)  # never empty (checked by the domain before saving)
    documents_json: str = Field(default="[]", sa_type=Text)  # [{"label", "checked", "key"}]
    status: str = Field(default="planned", max_length=10)  # domain.appointments.Status
    notes: str = Field(default="", sa_type=Text)
    reminded: str = Field(default="", max_length=40)  # reminder kinds shown, comma-separated
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class BirthDeclarationRow(SQLModel, table=True):
    """A newborn declared to the caisse, followed until the caisse confirms the attachment."""

    __tablename__ = "birth_declaration"
    __table_args__ = {"info": {"label": QT_TRANSLATE_NOOP("Records", "birth declarations")}}

    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, unique=True
        )
    )
    parent_id: int = Field(sa_column=person_fk())
    both_parents: bool = False  # the child is to be attached to both parents' rights
    born_on: date
    declared_on: date  # declared to the caisse (ameli account or post)
    expected_by: date  # follow up with the caisse if not confirmed by then
    confirmed_on: date | None = None
    notes: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class AccountSignupRow(SQLModel, table=True):
    """When a person started creating their ameli account (the e-mail link lives 7 days)."""

    __tablename__ = "account_signup"
    __table_args__ = {"info": {"label": QT_TRANSLATE_NOOP("Records", "ameli account sign-ups")}}

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, unique=True
        )
    )
    started_at: datetime = Field(sa_type=UTCDateTime)
    validated: bool = False
