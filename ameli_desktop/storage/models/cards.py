"""Card tables: each person's cartes Vitale and their orders, CEAM and provisional certificates.

Trips and their travellers are the household tables ``trip`` / ``trip_traveller``.
No ``from __future__ import annotations`` here (fastapi/sqlmodel#196).
"""

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.storage.models.household import person_fk
from ameli_desktop.storage.types import UTCDateTime, utcnow


class VitaleCard(SQLModel, table=True):
    """One physical carte Vitale. A person's current card is their most recent row; a blocked
    card is never reused, so a new card is a new row and the old one becomes "replaced"."""

    __tablename__ = "vitale_card"
    __table_args__ = {"info": {"label": QT_TRANSLATE_NOOP("Records", "cartes Vitale")}}

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=person_fk())
    serial: str = Field(default="", max_length=40)
    status: str = Field(default="active", max_length=16)  # domain.vitale.CardStatus
    blocked_on: date | None = None  # the day a loss/theft/breakage was declared
    ordered_at_once: bool = False  # a new card was ordered the day it was blocked
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class VitaleOrder(SQLModel, table=True):
    """An order for a new carte Vitale; its dated steps are in vitale_order_step."""

    __tablename__ = "vitale_order"
    __table_args__ = {"info": {"label": QT_TRANSLATE_NOOP("Records", "carte Vitale orders")}}

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=person_fk())
    channel: str = Field(default="online", max_length=16)  # domain.vitale.OrderChannel
    notes: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # The lines of facts.toml's order checklist ticked for this order, as a JSON list of their
    # English text (a corrected line loses its tick rather than ticking another one).
    checklist_done: str = Field(
        default="[]", max_length=4000, sa_column_kwargs={"server_default": "[]"}
    )


class VitaleOrderStep(SQLModel, table=True):
    __tablename__ = "vitale_order_step"
    __table_args__ = (UniqueConstraint("order_id", "step"),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("vitale_order.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    step: str = Field(max_length=20)  # domain.vitale.OrderStep
    step_date: date
    position: int  # 0 for "requested", then 1, 2...: the order the steps were taken in


class CeamCard(SQLModel, table=True):
    """A person's CEAM (one at a time: a renewed card replaces the dates)."""

    __tablename__ = "ceam_card"
    __table_args__ = {"info": {"label": QT_TRANSLATE_NOOP("Records", "CEAM cards")}}

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, unique=True
        )
    )
    issued: date
    expires: date
    number: str = Field(default="", max_length=40)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CeamProvisional(SQLModel, table=True):
    """A provisional replacement certificate (certificat provisoire de remplacement)."""

    __tablename__ = "ceam_provisional"
    __table_args__ = {
        "info": {"label": QT_TRANSLATE_NOOP("Records", "provisional CEAM certificates")}
    }

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=person_fk())
    start_date: date
    end_date: date
    number: str = Field(default="", max_length=40)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CeamS1(SQLModel, table=True):
    """For an S1 holder: the country that issued the S1, whose insurer provides their card."""

    __tablename__ = "ceam_s1"
    __table_args__ = {"info": {"label": QT_TRANSLATE_NOOP("Records", "S1 countries")}}

    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    country: str = Field(max_length=2)
