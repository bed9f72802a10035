"""The Travel log's stays as a table model: recorded crossings and trips counted as stays."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ameli_desktop.domain.schengen import StayFlag
from ameli_desktop.services.travel import StayRecord
from ameli_desktop.ui import formatting
from ameli_desktop.ui.texts import show

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FLAGGED = QColor("#c62828")


@dataclass(frozen=True, slots=True)
class StayRow:
    stay: StayRecord
    person_name: str
    days: int
    flags: tuple[StayFlag, ...]


class StaysModel(QAbstractTableModel):
    PERSON, ENTRY, EXIT, COUNTRY, DAYS, ENTRY_PORT, EXIT_PORT, PASSPORT, STAMPS, NOTES = range(10)
    COLUMNS = 10

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StayRow] = []

    def set_rows(self, rows: list[StayRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> StayRow:
        return self._rows[row]

    def row_of(self, stay_id: int, *, from_trip: bool = False) -> int:
        return next(
            (
                i
                for i, r in enumerate(self._rows)
                if r.stay.id == stay_id and r.stay.from_trip == from_trip
            ),
            -1,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Person"),
            self.tr("Entry"),
            self.tr("Exit"),
            self.tr("Country"),
            self.tr("Days"),
            self.tr("Entry port"),
            self.tr("Exit port"),
            self.tr("Passport"),
            self.tr("Stamps (tampons)"),
            self.tr("Notes and flags"),
        ][section]

    def _stamp(self, value: bool | None) -> str:
        if value is None:
            return "–"
        return self.tr("yes") if value else self.tr("no")

    def _display(self, row: StayRow, column: int) -> str:
        stay, d = row.stay, row.stay.details
        if column == self.PERSON:
            return row.person_name
        if column == self.ENTRY:
            return formatting.day(d.entry)
        if column == self.EXIT:
            if d.exit is None:
                return self.tr("still inside")
            return formatting.day(d.exit)
        if column == self.COUNTRY:
            return d.country
        if column == self.DAYS:
            return str(row.days)
        if column == self.ENTRY_PORT:
            return d.entry_port
        if column == self.EXIT_PORT:
            return d.exit_port
        if column == self.PASSPORT:
            return d.passport
        if column == self.STAMPS:
            if stay.from_trip:
                return ""
            text = self.tr("in: {entry}, out: {exit}").format(
                entry=self._stamp(d.stamped_entry), exit=self._stamp(d.stamped_exit)
            )
            return text + (self.tr(", EES") if d.ees_recorded else "")
        if column == self.NOTES:
            parts = []
            if stay.from_trip:
                parts.append(self.tr("Trip (from the Trips list)"))
                if stay.trip_purpose:
                    parts.append(stay.trip_purpose)
            if d.notes:
                parts.append(d.notes)
            parts += [show(f.explanation) for f in row.flags]
            return " · ".join(parts)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTES:
            return self._display(row, column) or None
        if role == SORT_ROLE:
            d = row.stay.details
            if column == self.ENTRY:
                return d.entry.toordinal()
            if column == self.EXIT:
                return (d.exit or date.max).toordinal()
            if column == self.DAYS:
                return row.days
            return self._display(row, column).lower()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NOTES and row.flags:
            return QBrush(FLAGGED)
        if role == Qt.ItemDataRole.FontRole and row.stay.from_trip:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.stay.id
        return None
