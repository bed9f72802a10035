"""Travel log tables: residence permits / long-stay visas, and stays in the Schengen area (entries
and exits at the border). A person's nationality group is a column of ``person``.

Trips (the shared ``trip`` table) are not copied here: the travel service reads them as planned
stays, so a trip is entered once.
"""

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.storage.models.household import person_fk
from ameli_desktop.storage.types import UTCDateTime, utcnow


class ResidencePermit(SQLModel, table=True):
    """A residence permit (titre de séjour) or long-stay visa (VLS-TS): days in the state that
    issued it, while it is valid, don't count."""

    __tablename__ = "residence_permit"
    __table_args__ = {
        "info": {"label": QT_TRANSLATE_NOOP("Records", "residence permits and long-stay visas")}
    }

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=person_fk())
    kind: str = Field(default="residence_permit", max_length=20)  # domain.schengen.PermitKind
    start: date
    end: date
    reference: str = Field(default="", max_length=60)  # the document's number, optional
    # ISO 3166 alpha-2 of the Schengen state that issued it (permits recorded before it was asked
    # were French: the app's titre de séjour and VLS-TS).
    state: str = Field(default="FR", max_length=2, sa_column_kwargs={"server_default": "FR"})


class SchengenStay(SQLModel, table=True):
    """One stay in the Schengen area: entry and exit as crossed at the border (exit empty while
    inside). Stamps are None when not recorded."""

    __tablename__ = "schengen_stay"
    __table_args__ = {"info": {"label": QT_TRANSLATE_NOOP("Records", "Schengen stays")}}

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=person_fk())
    entry: date
    exit: date | None = None
    country: str = Field(default="FR", max_length=2)  # ISO 3166 alpha-2 of the stay
    entry_port: str = Field(default="", max_length=80)
    exit_port: str = Field(default="", max_length=80)
    passport: str = Field(default="", max_length=40)
    stamped_entry: bool | None = None
    stamped_exit: bool | None = None
    ees_recorded: bool = False
    notes: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
