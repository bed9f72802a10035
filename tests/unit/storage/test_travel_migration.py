"""Migration 0003_travel from a database seeded at the previous revision (0002) with data in it."""

import sqlite3
from datetime import date
from pathlib import Path

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.domain.schengen import Nationality, StayDetails
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.travel import TravelService
from ameli_desktop.storage import migrate


def test_upgrade_from_0001_keeps_people_and_trips(data_dir: Path) -> None:
    paths = DataPaths(data_dir).ensure()
    migrate.upgrade(paths.database, "0002_appointments")
    conn = sqlite3.connect(paths.database)
    conn.execute(
        "INSERT INTO person (uid, name, name_key, role, s1_holder, created_at) "
        "VALUES ('u1', 'Sam Lee', 'lee sam', 'holder', 0, '2026-01-01 00:00:00')"
    )
    conn.execute(
        "INSERT INTO trip (destination, depart, return_date, purpose, created_at) "
        "VALUES ('IT', '2027-06-01', '2027-06-30', 'holiday', '2026-01-01 00:00:00')"
    )
    conn.execute("INSERT INTO trip_traveller (trip_id, person_id) VALUES (1, 1)")
    conn.commit()
    conn.close()

    ctx = AppContext.open(data_dir, clock=FixedClock.on(date(2026, 11, 25)))
    try:
        assert ctx.opened.migrated_from == "0002_appointments"
        assert ctx.opened.revision == migrate.HEAD
        [sam] = PeopleService(ctx).all()
        service = TravelService(ctx)
        [trip] = service.stays(sam.id)
        assert (trip.from_trip, trip.entry, trip.details.country) == (True, date(2027, 6, 1), "IT")
        service.add_stay(sam.id, StayDetails(date(2026, 9, 1), date(2026, 9, 10)))
        assert service.status(sam.id).days_used is None  # status never given (issue 18)
        service.set_nationality(sam.id, Nationality.OTHER)
        assert service.status(sam.id).days_used == 10
    finally:
        ctx.close()
    conn = sqlite3.connect(paths.database)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
