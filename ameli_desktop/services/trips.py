"""Trips: who travels where and when. Entered once, read by the CEAM check and the Travel log.

The Travel log (Schengen 90/180) reads these as planned stays through :meth:`TripService.all`
and :meth:`TripService.upcoming`, so a trip is never entered twice.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ameli_desktop.domain.ceam import TripPlan, make_trip
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from ameli_desktop.services.context import AppContext
from ameli_desktop.storage.models import Person, Trip, TripTraveller

MAX_PURPOSE_LENGTH = 200
MAX_TRIP_DAYS = 2 * 366  # longer is a typo, or not a trip but a move abroad


@dataclass(frozen=True, slots=True)
class TravellerRef:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class TripRecord:
    id: int
    destination: str  # ISO 3166 alpha-2
    depart: date
    return_date: date
    purpose: str
    travellers: tuple[TravellerRef, ...]  # sorted by name

    @property
    def plan(self) -> TripPlan:
        return TripPlan(self.destination, self.depart, self.return_date)

    @property
    def traveller_ids(self) -> tuple[int, ...]:
        return tuple(t.id for t in self.travellers)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "country": self.destination,
            "depart": self.depart.isoformat(),
            "return": self.return_date.isoformat(),
            "purpose": self.purpose,
            "travellers": [t.name for t in self.travellers],
        }


@dataclass(frozen=True, slots=True)
class TripDetails:
    """What the user enters for a trip."""

    traveller_ids: tuple[int, ...]
    country: str
    depart: date
    return_date: date
    purpose: str = ""


def validate_trip(details: TripDetails) -> TripDetails:
    """Check a trip as typed: travellers, country code, dates, purpose length."""
    if not details.traveller_ids:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "A trip needs at least one traveller."),
            field="travellers",
        )
    plan = make_trip(details.country, details.depart, details.return_date)
    if plan.length_days > MAX_TRIP_DAYS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A trip of {days} days ({depart} to {return_date}) is too long: check the dates.",
            ),
            field="return_date",
            days=plan.length_days,
            depart=details.depart.isoformat(),
            return_date=details.return_date.isoformat(),
        )
    purpose = " ".join(details.purpose.split())
    if len(purpose) > MAX_PURPOSE_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The purpose is longer than {limit} characters."),
            field="purpose",
            limit=MAX_PURPOSE_LENGTH,
        )
    return TripDetails(
        tuple(dict.fromkeys(details.traveller_ids)),
        plan.country,
        plan.departure,
        plan.return_date,
        purpose,
    )


def _not_found(trip_id: int) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "There is no trip with id {id}."), field="trip", id=trip_id
    )


class TripService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def _records(self, session: Session, trips: Sequence[Trip]) -> list[TripRecord]:
        ids = [t.id for t in trips]
        travellers: dict[int, list[TravellerRef]] = {i: [] for i in ids if i is not None}
        if ids:
            rows = session.execute(
                select(TripTraveller.trip_id, Person.id, Person.name)
                .join(Person, Person.id == TripTraveller.person_id)
                .where(TripTraveller.trip_id.in_(ids))
                .order_by(Person.name)
            ).all()
            for trip_id, person_id, name in rows:
                travellers[trip_id].append(TravellerRef(person_id, name))
        result = []
        for trip in trips:
            assert trip.id is not None
            result.append(
                TripRecord(
                    trip.id,
                    trip.destination,
                    trip.depart,
                    trip.return_date,
                    trip.purpose,
                    tuple(travellers[trip.id]),
                )
            )
        return result

    def all(self, person_id: int | None = None) -> list[TripRecord]:
        """Every trip (or one person's), by departure date."""
        with self.ctx.read() as session:
            query = select(Trip).order_by(Trip.depart, Trip.id)  # type: ignore[arg-type]
            if person_id is not None:
                query = query.join(TripTraveller, TripTraveller.trip_id == Trip.id).where(
                    TripTraveller.person_id == person_id
                )
            return self._records(session, session.scalars(query).all())

    def upcoming(self, today: date | None = None, person_id: int | None = None) -> list[TripRecord]:
        """Trips not over yet (return date today or later)."""
        day = today or self.ctx.today()
        return [t for t in self.all(person_id) if t.return_date >= day]

    def get(self, trip_id: int) -> TripRecord:
        with self.ctx.read() as session:
            trip = session.get(Trip, trip_id)
            if trip is None:
                raise _not_found(trip_id)
            return self._records(session, [trip])[0]

    def _check_people(self, session: Session, ids: Sequence[int]) -> None:
        known = set(
            session.scalars(select(Person.id).where(Person.id.in_(ids))).all()  # type: ignore[union-attr]
        )
        missing = [i for i in ids if i not in known]
        if missing:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."),
                field="travellers",
                id=missing[0],
            )

    def add(self, details: TripDetails) -> TripRecord:
        clean = validate_trip(details)
        with self.ctx.write() as session:
            self._check_people(session, clean.traveller_ids)
            trip = Trip(
                destination=clean.country,
                depart=clean.depart,
                return_date=clean.return_date,
                purpose=clean.purpose,
            )
            session.add(trip)
            session.flush()
            assert trip.id is not None
            for person_id in clean.traveller_ids:
                session.add(TripTraveller(trip_id=trip.id, person_id=person_id))
            session.flush()
            return self._records(session, [trip])[0]

    def update(self, trip_id: int, details: TripDetails) -> TripRecord:
        clean = validate_trip(details)
        with self.ctx.write() as session:
            trip = session.get(Trip, trip_id)
            if trip is None:
                raise _not_found(trip_id)
            self._check_people(session, clean.traveller_ids)
            trip.destination = clean.country
            trip.depart = clean.depart
            trip.return_date = clean.return_date
            trip.purpose = clean.purpose
            session.execute(delete(TripTraveller).where(TripTraveller.trip_id == trip_id))  # type: ignore[arg-type]
            for person_id in clean.traveller_ids:
                session.add(TripTraveller(trip_id=trip_id, person_id=person_id))
            session.flush()
            return self._records(session, [trip])[0]

    def remove(self, trip_id: int) -> None:
        with self.ctx.write() as session:
            trip = session.get(Trip, trip_id)
            if trip is None:
                raise _not_found(trip_id)
            session.delete(trip)
        from ameli_desktop.services.attachments import AttachmentService

        AttachmentService(self.ctx).remove_all("trip", trip_id)
