"""Trips: entered once with their travellers, read by the CEAM check and the Travel log."""

from datetime import date

import pytest

from ameli_desktop.domain.errors import NotFoundError, UserError
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.trips import TripDetails, TripService

D = date.fromisoformat


def test_add_list_update_and_remove_a_trip(ctx: AppContext) -> None:
    people = PeopleService(ctx)
    zoe = people.add(PersonDetails("Zoé"))
    leo = people.add(PersonDetails("Léo"))
    trips = TripService(ctx)
    trip = trips.add(
        TripDetails((zoe.id, leo.id, zoe.id), " es", D("2026-12-02"), D("2026-12-16"), " Ski  ")
    )
    assert trip.destination == "ES"
    assert trip.purpose == "Ski"
    assert [t.name for t in trip.travellers] == ["Léo", "Zoé"]  # duplicates dropped, by name
    assert trips.get(trip.id) == trip
    assert trip.to_json() == {
        "id": trip.id,
        "country": "ES",
        "depart": "2026-12-02",
        "return": "2026-12-16",
        "purpose": "Ski",
        "travellers": ["Léo", "Zoé"],
    }
    moved = trips.update(trip.id, TripDetails((leo.id,), "CH", D("2027-01-02"), D("2027-01-09")))
    assert (moved.destination, moved.depart, moved.traveller_ids) == (
        "CH",
        D("2027-01-02"),
        (leo.id,),
    )
    assert [t.id for t in trips.all(zoe.id)] == []
    assert [t.id for t in trips.all(leo.id)] == [trip.id]
    trips.remove(trip.id)
    assert trips.all() == []
    with pytest.raises(NotFoundError):
        trips.get(trip.id)


def test_upcoming_trips_are_those_not_over(ctx: AppContext) -> None:
    """Today is 25/11/2026: a trip returning on the 25th is still upcoming, the 24th is over."""
    ana = PeopleService(ctx).add(PersonDetails("Ana")).id
    trips = TripService(ctx)
    over = trips.add(TripDetails((ana,), "IT", D("2026-11-20"), D("2026-11-24")))
    today = trips.add(TripDetails((ana,), "IT", D("2026-11-20"), D("2026-11-25")))
    later = trips.add(TripDetails((ana,), "GB", D("2027-02-01"), D("2027-02-05")))
    assert [t.id for t in trips.all()] == [over.id, today.id, later.id]
    assert [t.id for t in trips.upcoming()] == [today.id, later.id]


@pytest.mark.parametrize(
    ("details", "field"),
    [
        (TripDetails((), "ES", D("2026-12-02"), D("2026-12-16")), "travellers"),
        (TripDetails((1,), "Spain", D("2026-12-02"), D("2026-12-16")), "country"),
        (TripDetails((1,), "", D("2026-12-02"), D("2026-12-16")), "country"),
        (TripDetails((1,), "ES", D("2026-12-02"), D("2026-12-01")), "return_date"),
        (TripDetails((1,), "ES", D("2026-12-02"), D("2029-12-01")), "return_date"),
        (TripDetails((1,), "ES", D("2026-12-02"), D("2026-12-03"), "x" * 201), "purpose"),
        (TripDetails((99,), "ES", D("2026-12-02"), D("2026-12-03")), "travellers"),
    ],
)
def test_bad_trips_are_refused_naming_the_field(
    ctx: AppContext, details: TripDetails, field: str
) -> None:
    PeopleService(ctx).add(PersonDetails("Ana"))
    with pytest.raises(UserError) as caught:
        TripService(ctx).add(details)
    assert caught.value.field == field
    assert TripService(ctx).all() == []
