"""Qt models of the CEAM tab: everyone's coverage, the trips, and one trip's travellers."""

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ameli_desktop.domain.ceam import CoverageState, TripStatus
from ameli_desktop.services.ceam import PersonCeam, TravellerCheck, TripChecks
from ameli_desktop.ui import formatting
from ameli_desktop.ui.texts import show

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

# Translucent tints read on light and dark palettes alike.
GOOD = QColor(46, 125, 50, 70)
WARN = QColor(239, 108, 0, 80)
BAD = QColor(198, 40, 40, 80)
NEUTRAL = QColor(120, 120, 120, 50)

COVERAGE_COLOURS = {
    CoverageState.VALID: GOOD,
    CoverageState.EXPIRING_SOON: WARN,
    CoverageState.EXPIRED: BAD,
    CoverageState.MISSING: BAD,
    CoverageState.NOT_ELIGIBLE_S1: NEUTRAL,
}
STATUS_COLOURS = {
    TripStatus.COVERED: GOOD,
    TripStatus.EXPIRES_DURING_TRIP: BAD,
    TripStatus.MISSING: BAD,
    TripStatus.NOT_ELIGIBLE_S1: WARN,
    TripStatus.NOT_NEEDED: NEUTRAL,
}


def _sort_date(d: date | None) -> str:
    return d.isoformat() if d else "9999-12-31"


class _Table(QAbstractTableModel):
    """Shared plumbing: rows of records, headers, sort role."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header_labels())

    def header_labels(self) -> list[str]:
        raise NotImplementedError

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_labels()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, record: Any, column: int, role: int) -> Any:
        raise NotImplementedError


class CoverageModel(_Table):
    PERSON, STATE, EXPIRES, DAYS_LEFT, NUMBER, PROVISIONAL = range(6)

    def header_labels(self) -> list[str]:
        return [
            self.tr("Person"),
            self.tr("Coverage"),
            self.tr("Valid until"),
            self.tr("Days left"),
            self.tr("Card number"),
            self.tr("Provisional certificate"),
        ]

    def state_label(self, state: CoverageState) -> str:
        return {
            CoverageState.VALID: self.tr("Valid"),
            CoverageState.EXPIRING_SOON: self.tr("Expires soon"),
            CoverageState.EXPIRED: self.tr("Expired"),
            CoverageState.MISSING: self.tr("No card recorded"),
            CoverageState.NOT_ELIGIBLE_S1: self.tr("S1: card from the S1 country"),
        }[state]

    def person_at(self, row: int) -> PersonCeam:
        return self.row_at(row)  # type: ignore[no-any-return]

    def row_of(self, person_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.person.id == person_id), -1)

    def cell(self, record: PersonCeam, column: int, role: int) -> Any:
        coverage = record.coverage
        certificate = record.provisional[-1] if record.provisional else None
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            sorting = role == SORT_ROLE
            if column == self.PERSON:
                return record.person.name
            if column == self.STATE:
                return (
                    list(CoverageState).index(coverage.state)
                    if sorting
                    else (self.state_label(coverage.state))
                )
            if column == self.EXPIRES:
                until = coverage.valid_until or (record.card.expires if record.card else None)
                return _sort_date(until) if sorting else formatting.day(until)
            if column == self.DAYS_LEFT:
                days = coverage.days_remaining
                if sorting:
                    return days if days is not None else -1
                return "" if days is None else str(days)
            if column == self.NUMBER:
                return record.card.number if record.card else ""
            if column == self.PROVISIONAL:
                if certificate is None:
                    return ""
                text = self.tr("{start} to {end}").format(
                    start=formatting.day(certificate.start), end=formatting.day(certificate.end)
                )
                return _sort_date(certificate.end) if sorting else text
        if role == Qt.ItemDataRole.BackgroundRole and column in (self.STATE, self.DAYS_LEFT):
            return COVERAGE_COLOURS[coverage.state]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATE:
            if coverage.state is CoverageState.EXPIRED and coverage.ended_on:
                return self.tr("Ended on {date}").format(date=formatting.day(coverage.ended_on))
            if coverage.by_provisional:
                return self.tr("Covered by a provisional certificate")
        if role == Qt.ItemDataRole.UserRole:
            return record.person.id
        return None


class TripsModel(_Table):
    DESTINATION, DEPART, RETURN, TRAVELLERS, STATUS, NEXT_DEADLINE = range(6)

    def __init__(self, country_name: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.country_name = country_name

    def header_labels(self) -> list[str]:
        return [
            self.tr("Destination"),
            self.tr("Departure"),
            self.tr("Return"),
            self.tr("Travellers"),
            self.tr("CEAM"),
            self.tr("Next deadline"),
        ]

    def trip_at(self, row: int) -> TripChecks:
        return self.row_at(row)  # type: ignore[no-any-return]

    def row_of(self, trip_id: int) -> int:
        return next((i for i, t in enumerate(self._rows) if t.trip.id == trip_id), -1)

    def summary(self, checks: TripChecks) -> str:
        worst = checks.worst
        if worst is None:
            return ""
        return {
            TripStatus.COVERED: self.tr("Everyone covered"),
            TripStatus.EXPIRES_DURING_TRIP: self.tr("Not covered every day"),
            TripStatus.MISSING: self.tr("Someone has no valid card"),
            TripStatus.NOT_ELIGIBLE_S1: self.tr("S1: ask the S1 country"),
            TripStatus.NOT_NEEDED: self.tr("No CEAM needed"),
        }[worst]

    def cell(self, record: TripChecks, column: int, role: int) -> Any:
        trip = record.trip
        sorting = role == SORT_ROLE
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.DESTINATION:
                name = self.country_name(trip.destination)
                return name if sorting else f"{name} ({trip.destination})"
            if column == self.DEPART:
                return _sort_date(trip.depart) if sorting else formatting.day(trip.depart)
            if column == self.RETURN:
                return _sort_date(trip.return_date) if sorting else formatting.day(trip.return_date)
            if column == self.TRAVELLERS:
                return ", ".join(t.name for t in trip.travellers)
            if column == self.STATUS:
                return self.summary(record)
            if column == self.NEXT_DEADLINE:
                deadline = record.next_deadline
                return _sort_date(deadline) if sorting else formatting.day(deadline)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS and record.worst:
            return STATUS_COLOURS[record.worst]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DESTINATION and trip.purpose:
            return trip.purpose
        if role == Qt.ItemDataRole.UserRole:
            return trip.id
        return None


class TripCheckModel(_Table):
    """One trip: each traveller's status, what to do and by when."""

    TRAVELLER, STATUS, ACTION, DEADLINE = range(4)

    def header_labels(self) -> list[str]:
        return [self.tr("Traveller"), self.tr("Status"), self.tr("What to do"), self.tr("By")]

    def status_label(self, status: TripStatus) -> str:
        return {
            TripStatus.COVERED: self.tr("Covered"),
            TripStatus.EXPIRES_DURING_TRIP: self.tr("Expires during the trip"),
            TripStatus.MISSING: self.tr("No valid card"),
            TripStatus.NOT_ELIGIBLE_S1: self.tr("S1 holder"),
            TripStatus.NOT_NEEDED: self.tr("Not needed"),
        }[status]

    def traveller_at(self, row: int) -> TravellerCheck:
        return self.row_at(row)  # type: ignore[no-any-return]

    def cell(self, record: TravellerCheck, column: int, role: int) -> Any:
        check = record.check
        sorting = role == SORT_ROLE
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.TRAVELLER:
                return record.person.person.name
            if column == self.STATUS:
                return self.status_label(check.status)
            if column == self.ACTION:
                return show(check.action)
            if column == self.DEADLINE:
                return _sort_date(check.deadline) if sorting else formatting.day(check.deadline)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS:
            return STATUS_COLOURS[check.status]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ACTION:
            return show(check.action)
        if role == Qt.ItemDataRole.UserRole:
            return record.person.person.id
        return None
