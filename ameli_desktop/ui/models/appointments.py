"""Appointments as a table model, and the proxy that filters it by text, status and day."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
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
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.names import fold
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.models.table import SORT_ROLE, Column, Table, TableModel

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class AppointmentRow:
    """An appointment, and whether it is over and still waits for its outcome (now, injected)."""

    appointment: Appointment
    needs_outcome: bool


def _status(row: AppointmentRow) -> str:
    text = translate("Appointments", STATUS_LABELS[row.appointment.status])
    if row.needs_outcome:
        return translate("AppointmentsModel", "{status}: outcome?").format(status=text)
    return text


def _documents(row: AppointmentRow) -> str:
    documents = row.appointment.details.documents
    done = sum(1 for d in documents if d.checked)
    return f"{done}/{len(documents)}" if documents else ""


def _font(row: AppointmentRow) -> QFont | None:
    """Italic when it waits for its outcome, struck out when cancelled."""
    cancelled = row.appointment.status is Status.CANCELLED
    if not (row.needs_outcome or cancelled):
        return None
    font = QFont()
    font.setItalic(True)
    font.setStrikeOut(cancelled)
    return font


APPOINTMENTS: Table[AppointmentRow] = Table(
    "AppointmentsModel",
    (
        Column(
            QT_TRANSLATE_NOOP("AppointmentsModel", "When (Paris time)"),
            lambda r: formatting.day_time(r.appointment.starts_at),
            sort=lambda r: r.appointment.starts_at.timestamp(),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppointmentsModel", "Person"), lambda r: r.appointment.person_name
        ),
        Column(
            QT_TRANSLATE_NOOP("AppointmentsModel", "Category"),
            lambda r: translate("Appointments", CATEGORY_LABELS[r.appointment.details.category]),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppointmentsModel", "How"),
            lambda r: translate("Appointments", CHANNEL_LABELS[r.appointment.details.channel]),
            tooltip=lambda r: r.appointment.details.place or None,
        ),
        Column(
            QT_TRANSLATE_NOOP("AppointmentsModel", "Reason"),
            lambda r: " ".join(r.appointment.details.reason.split()),
            tooltip=lambda r: r.appointment.details.reason,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("AppointmentsModel", "Status"),
            _status,
            tooltip=lambda r: (
                translate(
                    "AppointmentsModel",
                    "This appointment is over: record whether it was done, cancelled or missed.",
                )
                if r.needs_outcome
                else None
            ),
        ),
        Column(QT_TRANSLATE_NOOP("AppointmentsModel", "Documents"), _documents),
        Column(
            QT_TRANSLATE_NOOP("AppointmentsModel", "Files"),
            lambda r: str(r.appointment.attachment_count) if r.appointment.attachment_count else "",
            sort=lambda r: r.appointment.attachment_count,
        ),
    ),
    row_id=lambda r: r.appointment.id,
    font=_font,
)


class AppointmentsModel(TableModel[AppointmentRow]):
    WHEN, PERSON, CATEGORY, CHANNEL, REASON, STATUS, DOCUMENTS, ATTACHMENTS = range(8)
    COLUMNS = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(APPOINTMENTS, parent)

    def set_appointments(self, appointments: list[Appointment], now: datetime) -> None:
        self.set_rows(AppointmentRow(a, needs_outcome(a, now)) for a in appointments)

    def appointment_at(self, row: int) -> Appointment:
        return self.row_at(row).appointment


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
