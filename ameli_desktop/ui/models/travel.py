"""The Travel log's stays as a table: recorded crossings and trips counted as stays."""

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.schengen import StayFlag
from ameli_desktop.services.travel import StayRecord
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.models.table import SORT_ROLE, Column, Table, TableModel, count_column
from ameli_desktop.ui.texts import show

__all__ = ["SORT_ROLE", "StayRow", "StaysModel"]
FLAGGED = QColor("#c62828")


@dataclass(frozen=True, slots=True)
class StayRow:
    stay: StayRecord
    person_name: str
    days: int
    flags: tuple[StayFlag, ...]


def _stamp(value: bool | None) -> str:
    if value is None:
        return "–"
    return translate("StaysModel", "yes") if value else translate("StaysModel", "no")


def _stamps(row: StayRow) -> str:
    d = row.stay.details
    if row.stay.from_trip:
        return ""
    text = translate("StaysModel", "in: {entry}, out: {exit}").format(
        entry=_stamp(d.stamped_entry), exit=_stamp(d.stamped_exit)
    )
    return text + (translate("StaysModel", ", EES") if d.ees_recorded else "")


def _notes(row: StayRow) -> str:
    stay, d = row.stay, row.stay.details
    parts = []
    if stay.from_trip:
        parts.append(translate("StaysModel", "Trip (from the Trips list)"))
        if stay.trip_purpose:
            parts.append(stay.trip_purpose)
    if d.notes:
        parts.append(d.notes)
    parts += [show(f.explanation) for f in row.flags]
    return " · ".join(parts)


def _italic(row: StayRow) -> QFont | None:
    """A trip from the Trips list, counted as a stay, is in italics."""
    if not row.stay.from_trip:
        return None
    font = QFont()
    font.setItalic(True)
    return font


def _lower(text: Any) -> Any:
    return lambda r: text(r).lower()


def _exit(row: StayRow) -> str:
    exit_ = row.stay.details.exit
    return translate("StaysModel", "still inside") if exit_ is None else formatting.day(exit_)


_COLUMNS: tuple[Column[StayRow], ...] = (
    Column(QT_TRANSLATE_NOOP("StaysModel", "Person"), lambda r: r.person_name),
    Column(
        QT_TRANSLATE_NOOP("StaysModel", "Entry"),
        lambda r: formatting.day(r.stay.details.entry),
        sort=lambda r: r.stay.details.entry.toordinal(),
    ),
    Column(
        QT_TRANSLATE_NOOP("StaysModel", "Exit"),
        _exit,
        sort=lambda r: (r.stay.details.exit or date.max).toordinal(),
    ),
    Column(QT_TRANSLATE_NOOP("StaysModel", "Country"), lambda r: r.stay.details.country),
    count_column(
        QT_TRANSLATE_NOOP("StaysModel", "Days"),
        lambda r: r.days,
    ),
    Column(QT_TRANSLATE_NOOP("StaysModel", "Entry port"), lambda r: r.stay.details.entry_port),
    Column(QT_TRANSLATE_NOOP("StaysModel", "Exit port"), lambda r: r.stay.details.exit_port),
    Column(QT_TRANSLATE_NOOP("StaysModel", "Passport"), lambda r: r.stay.details.passport),
    Column(QT_TRANSLATE_NOOP("StaysModel", "Stamps (tampons)"), _stamps),
    Column(
        QT_TRANSLATE_NOOP("StaysModel", "Notes and flags"),
        _notes,
        tooltip=lambda r: _notes(r) or None,
        foreground=lambda r: QBrush(FLAGGED) if r.flags else None,
        stretch=True,
    ),
)
# Text columns sort without regard to case, as they always have.
STAYS: Table[StayRow] = Table(
    "StaysModel",
    tuple(c if c.sort is not None else replace(c, sort=_lower(c.text)) for c in _COLUMNS),
    row_id=lambda r: r.stay.id,
    font=_italic,
)


class StaysModel(TableModel[StayRow]):
    PERSON, ENTRY, EXIT, COUNTRY, DAYS, ENTRY_PORT, EXIT_PORT, PASSPORT, STAMPS, NOTES = range(10)
    COLUMNS = 10

    def __init__(self, parent: Any = None) -> None:
        super().__init__(STAYS, parent)

    def row_of(self, stay_id: object, *, from_trip: bool = False) -> int:
        return next(
            (
                i
                for i, r in enumerate(self._rows)
                if r.stay.id == stay_id and r.stay.from_trip == from_trip
            ),
            -1,
        )
