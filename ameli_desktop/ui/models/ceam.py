"""Tables of the CEAM tab: everyone's coverage, the trips, and one trip's travellers."""

from typing import Any

from PySide6.QtGui import QColor

from ameli_desktop.domain.ceam import CoverageState, TripStatus
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.services.ceam import PersonCeam, TravellerCheck, TripChecks
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import country_name, translate
from ameli_desktop.ui.models.table import SORT_ROLE, Column, Table, TableModel, day_column
from ameli_desktop.ui.texts import show

__all__ = ["SORT_ROLE", "CoverageModel", "TripCheckModel", "TripsModel"]

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
COVERAGE_TEXT = {
    CoverageState.VALID: QT_TRANSLATE_NOOP("CoverageModel", "Valid"),
    CoverageState.EXPIRING_SOON: QT_TRANSLATE_NOOP("CoverageModel", "Expires soon"),
    CoverageState.EXPIRED: QT_TRANSLATE_NOOP("CoverageModel", "Expired"),
    CoverageState.MISSING: QT_TRANSLATE_NOOP("CoverageModel", "No card recorded"),
    CoverageState.NOT_ELIGIBLE_S1: QT_TRANSLATE_NOOP(
        "CoverageModel", "S1: card from the S1 country"
    ),
}
TRIP_SUMMARY = {
    TripStatus.COVERED: QT_TRANSLATE_NOOP("TripsModel", "Everyone covered"),
    TripStatus.EXPIRES_DURING_TRIP: QT_TRANSLATE_NOOP("TripsModel", "Not covered every day"),
    TripStatus.MISSING: QT_TRANSLATE_NOOP("TripsModel", "Someone has no valid card"),
    TripStatus.NOT_ELIGIBLE_S1: QT_TRANSLATE_NOOP("TripsModel", "S1: ask the S1 country"),
    TripStatus.NOT_NEEDED: QT_TRANSLATE_NOOP("TripsModel", "No CEAM needed"),
}
TRAVELLER_STATUS = {
    TripStatus.COVERED: QT_TRANSLATE_NOOP("TripCheckModel", "Covered"),
    TripStatus.EXPIRES_DURING_TRIP: QT_TRANSLATE_NOOP("TripCheckModel", "Expires during the trip"),
    TripStatus.MISSING: QT_TRANSLATE_NOOP("TripCheckModel", "No valid card"),
    TripStatus.NOT_ELIGIBLE_S1: QT_TRANSLATE_NOOP("TripCheckModel", "S1 holder"),
    TripStatus.NOT_NEEDED: QT_TRANSLATE_NOOP("TripCheckModel", "Not needed"),
}


# ---------------------------------------------------------------------- coverage
def _valid_until(record: PersonCeam) -> Any:
    coverage = record.coverage
    return coverage.valid_until or (record.card.expires if record.card else None)


def _days_left(record: PersonCeam) -> str:
    days = record.coverage.days_remaining
    return "" if days is None else str(days)


def _certificate(record: PersonCeam) -> str:
    if not record.provisional:
        return ""
    certificate = record.provisional[-1]
    return translate("CoverageModel", "{start} to {end}").format(
        start=formatting.day(certificate.start), end=formatting.day(certificate.end)
    )


def _coverage_tooltip(record: PersonCeam) -> str | None:
    coverage = record.coverage
    if coverage.state is CoverageState.EXPIRED and coverage.ended_on:
        return translate("CoverageModel", "Ended on {date}").format(
            date=formatting.day(coverage.ended_on)
        )
    if coverage.by_provisional:
        return translate("CoverageModel", "Covered by a provisional certificate")
    return None


def _coverage_colour(record: PersonCeam) -> QColor:
    return COVERAGE_COLOURS[record.coverage.state]


COVERAGE: Table[PersonCeam] = Table(
    "CoverageModel",
    (
        Column(QT_TRANSLATE_NOOP("CoverageModel", "Person"), lambda r: r.person.name, stretch=True),
        Column(
            QT_TRANSLATE_NOOP("CoverageModel", "Coverage"),
            lambda r: CoverageModel.state_label(r.coverage.state),
            sort=lambda r: list(CoverageState).index(r.coverage.state),
            tooltip=_coverage_tooltip,
            background=_coverage_colour,
        ),
        day_column(
            QT_TRANSLATE_NOOP("CoverageModel", "Valid until"),
            _valid_until,
        ),
        Column(
            QT_TRANSLATE_NOOP("CoverageModel", "Days left"),
            _days_left,
            sort=lambda r: -1 if r.coverage.days_remaining is None else r.coverage.days_remaining,
            background=_coverage_colour,
        ),
        Column(
            QT_TRANSLATE_NOOP("CoverageModel", "Card number"),
            lambda r: r.card.number if r.card else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("CoverageModel", "Provisional certificate"),
            _certificate,
            sort=lambda r: formatting.sort_day(r.provisional[-1].end) if r.provisional else "",
        ),
    ),
    row_id=lambda r: r.person.id,
)


class CoverageModel(TableModel[PersonCeam]):
    PERSON, STATE, EXPIRES, DAYS_LEFT, NUMBER, PROVISIONAL = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COVERAGE, parent)

    @staticmethod
    def state_label(state: CoverageState) -> str:
        return translate("CoverageModel", COVERAGE_TEXT[state])

    def person_at(self, row: int) -> PersonCeam:
        return self.row_at(row)


# ---------------------------------------------------------------------- trips
def _summary(checks: TripChecks) -> str:
    return translate("TripsModel", TRIP_SUMMARY[checks.worst]) if checks.worst else ""


TRIPS: Table[TripChecks] = Table(
    "TripsModel",
    (
        Column(
            QT_TRANSLATE_NOOP("TripsModel", "Destination"),
            lambda r: f"{country_name(r.trip.destination)} ({r.trip.destination})",
            sort=lambda r: country_name(r.trip.destination),
            tooltip=lambda r: r.trip.purpose or None,
        ),
        day_column(
            QT_TRANSLATE_NOOP("TripsModel", "Departure"),
            lambda r: r.trip.depart,
        ),
        day_column(
            QT_TRANSLATE_NOOP("TripsModel", "Return"),
            lambda r: r.trip.return_date,
        ),
        Column(
            QT_TRANSLATE_NOOP("TripsModel", "Travellers"),
            lambda r: ", ".join(t.name for t in r.trip.travellers),
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("TripsModel", "CEAM"),
            _summary,
            background=lambda r: STATUS_COLOURS[r.worst] if r.worst else None,
        ),
        day_column(
            QT_TRANSLATE_NOOP("TripsModel", "Next deadline"),
            lambda r: r.next_deadline,
        ),
    ),
    row_id=lambda r: r.trip.id,
)


class TripsModel(TableModel[TripChecks]):
    DESTINATION, DEPART, RETURN, TRAVELLERS, STATUS, NEXT_DEADLINE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(TRIPS, parent)

    def trip_at(self, row: int) -> TripChecks:
        return self.row_at(row)


# ---------------------------------------------------------------------- one trip
TRIP_CHECK: Table[TravellerCheck] = Table(
    "TripCheckModel",
    (
        Column(QT_TRANSLATE_NOOP("TripCheckModel", "Traveller"), lambda r: r.person.person.name),
        Column(
            QT_TRANSLATE_NOOP("TripCheckModel", "Status"),
            lambda r: translate("TripCheckModel", TRAVELLER_STATUS[r.check.status]),
            background=lambda r: STATUS_COLOURS[r.check.status],
        ),
        Column(
            QT_TRANSLATE_NOOP("TripCheckModel", "What to do"),
            lambda r: show(r.check.action),
            tooltip=lambda r: show(r.check.action),
            stretch=True,
        ),
        day_column(
            QT_TRANSLATE_NOOP("TripCheckModel", "By"),
            lambda r: r.check.deadline,
        ),
    ),
    row_id=lambda r: r.person.person.id,
)


class TripCheckModel(TableModel[TravellerCheck]):
    """One trip: each traveller's status, what to do and by when."""

    TRAVELLER, STATUS, ACTION, DEADLINE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(TRIP_CHECK, parent)

    def traveller_at(self, row: int) -> TravellerCheck:
        return self.row_at(row)
