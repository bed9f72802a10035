"""Appointments as a table model, and the proxy that filters it by text, status and day."""

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from ameli_desktop.domain.appointments import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    STATUS_LABELS,
    Appointment,
    Status,
    needs_outcome,
    paris_day,
)
from ameli_desktop.domain.names import fold
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts right (timestamps, numbers)
ID_ROLE = Qt.ItemDataRole.UserRole


class AppointmentsModel(QAbstractTableModel):
    WHEN, PERSON, CATEGORY, CHANNEL, REASON, STATUS, DOCUMENTS, ATTACHMENTS = range(8)
    COLUMNS = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Appointment] = []
        self._now: datetime | None = None

    def set_appointments(self, appointments: list[Appointment], now: datetime) -> None:
        self.beginResetModel()
        self._rows = list(appointments)
        self._now = now
        self.endResetModel()

    def appointment_at(self, row: int) -> Appointment:
        return self._rows[row]

    def row_of(self, appointment_id: int) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == appointment_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return [
            self.tr("When (Paris time)"),
            self.tr("Person"),
            self.tr("Category"),
            self.tr("How"),
            self.tr("Reason"),
            self.tr("Status"),
            self.tr("Documents"),
            self.tr("Files"),
        ][section]

    def _needs_outcome(self, appointment: Appointment) -> bool:
        return self._now is not None and needs_outcome(appointment, self._now)

    def _status_text(self, appointment: Appointment) -> str:
        text = translate("Appointments", STATUS_LABELS[appointment.status])
        if self._needs_outcome(appointment):
            return self.tr("{status}: outcome?").format(status=text)
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        column = index.column()
        details = a.details
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return formatting.day_time(a.starts_at)
            if column == self.PERSON:
                return a.person_name
            if column == self.CATEGORY:
                return translate("Appointments", CATEGORY_LABELS[details.category])
            if column == self.CHANNEL:
                return translate("Appointments", CHANNEL_LABELS[details.channel])
            if column == self.REASON:
                return " ".join(details.reason.split())
            if column == self.STATUS:
                return self._status_text(a)
            if column == self.DOCUMENTS:
                done = sum(1 for d in details.documents if d.checked)
                return f"{done}/{len(details.documents)}" if details.documents else ""
            if column == self.ATTACHMENTS:
                return str(a.attachment_count) if a.attachment_count else ""
        if role == SORT_ROLE:
            if column == self.WHEN:
                return a.starts_at.timestamp()
            if column == self.ATTACHMENTS:
                return a.attachment_count
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == ID_ROLE:
            return a.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.REASON:
                return details.reason
            if column == self.CHANNEL and details.place:
                return details.place
            if column == self.STATUS and self._needs_outcome(a):
                return self.tr(
                    "This appointment is over: record whether it was done, cancelled or missed."
                )
        if role == Qt.ItemDataRole.FontRole and (
            self._needs_outcome(a) or a.status is Status.CANCELLED
        ):
            font = QFont()
            font.setItalic(True)
            font.setStrikeOut(a.status is Status.CANCELLED)
            return font
        return None


class AppointmentsFilter(QSortFilterProxyModel):
    """Text (any column, accents ignored), status, and one Paris day (the calendar's click)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status: Status | None = None
        self._day: date | None = None
        self.setSortRole(SORT_ROLE)

    def _refilter(self, change: Callable[[], None]) -> None:
        """Apply a filter change (Qt 6.10 replaced invalidateFilter with begin/end calls)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt < 6.10
            change()
            self.invalidateFilter()

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", fold(text)))

    def set_status(self, status: Status | None) -> None:
        self._refilter(lambda: setattr(self, "_status", status))

    def set_day(self, day: date | None) -> None:
        self._refilter(lambda: setattr(self, "_day", day))

    @property
    def day(self) -> date | None:
        return self._day

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AppointmentsModel):
            return True
        a = model.appointment_at(source_row)
        if self._status is not None and a.status is not self._status:
            return False
        if self._day is not None and paris_day(a.starts_at) != self._day:
            return False
        if self._text:
            haystack = " ".join(
                str(model.data(model.index(source_row, c)) or "") for c in range(model.COLUMNS)
            )
            haystack += " " + a.details.place + " " + a.details.notes
            return self._text in fold(haystack)
        return True
