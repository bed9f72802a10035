"""`trips add | list | check | remove`: trips are entered once and shared with the Travel log."""

import argparse

from ameli_desktop.cli.common import add_command, emit, iso_date
from ameli_desktop.domain.dates import format_date
from ameli_desktop.services.ceam import CeamService
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.trips import TripDetails, TripService


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    trips = sub.add_parser("trips", help="trips (CEAM check, travel log)", description="Trips.")
    tsub = trips.add_subparsers(dest="trips_command", required=True, metavar="COMMAND")

    add = add_command(tsub, "add", _add, "add a trip")
    add.add_argument(
        "--traveller", action="append", required=True, metavar="NAME", help="repeat for each"
    )
    add.add_argument("--country", required=True, metavar="CC", help="ISO code, e.g. ES, CH, GB")
    add.add_argument("--depart", required=True, type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument(
        "--return", dest="return_date", required=True, type=iso_date, metavar="YYYY-MM-DD"
    )
    add.add_argument("--purpose", default="")

    listing = add_command(tsub, "list", _list, "list trips")
    listing.add_argument("--person", metavar="NAME", help="only this traveller's trips")
    listing.add_argument("--upcoming", action="store_true", help="only trips not over yet")

    check = add_command(tsub, "check", _check, "each traveller's CEAM cover for a trip")
    check.add_argument("trip", type=int, metavar="ID")

    remove = add_command(tsub, "remove", _remove, "remove a trip")
    remove.add_argument("trip", type=int, metavar="ID")


def _add(args: argparse.Namespace, ctx: AppContext) -> int:
    people = PeopleService(ctx)
    ids = tuple(people.find(name).id for name in args.traveller)
    trip = TripService(ctx).add(
        TripDetails(ids, args.country, args.depart, args.return_date, args.purpose)
    )
    emit(args, {"id": trip.id}, f"Added trip {trip.id} to {trip.destination}.")
    return 0


def _list(args: argparse.Namespace, ctx: AppContext) -> int:
    person_id = PeopleService(ctx).find(args.person).id if args.person else None
    service = TripService(ctx)
    trips = service.upcoming(None, person_id) if args.upcoming else service.all(person_id)
    lines = [
        f"{t.id:>3}  {t.destination}  {format_date(t.depart)} - {format_date(t.return_date)}  "
        + ", ".join(x.name for x in t.travellers)
        + (f"  ({t.purpose})" if t.purpose else "")
        for t in trips
    ]
    emit(args, [t.to_json() for t in trips], "\n".join(lines) or "No trips yet.")
    return 0


def _check(args: argparse.Namespace, ctx: AppContext) -> int:
    checks = CeamService(ctx).trip_checks(args.trip)
    data = {
        "trip": checks.trip.to_json(),
        "travellers": [
            {"person": t.person.person.name, **t.check.to_json()} for t in checks.travellers
        ],
    }
    lines = [
        f"{t.person.person.name}: {t.check.status.value}. {t.check.action}"
        for t in checks.travellers
    ]
    emit(args, data, "\n".join(lines) or "No travellers.")
    return 0


def _remove(args: argparse.Namespace, ctx: AppContext) -> int:
    TripService(ctx).remove(args.trip)
    emit(args, {"removed": args.trip}, f"Removed trip {args.trip}.")
    return 0
