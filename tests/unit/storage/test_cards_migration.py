"""Migration 0004 (cards and CEAM) on a database seeded at the previous revision with real data."""

import sqlite3
from datetime import date
from pathlib import Path

from ameli_desktop.domain.vitale import CardStatus
from ameli_desktop.services.ceam import CeamService
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.trips import TripService
from ameli_desktop.services.vitale import VitaleService
from ameli_desktop.storage import migrate


def test_upgrade_from_0001_keeps_people_and_trips_and_adds_the_card_tables(
    data_dir: Path,
) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / "ameli.db"
    migrate.upgrade(db, "0003_travel")
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO person (id, uid, name, name_key, role, s1_holder, created_at)"
        " VALUES (1, 'u1', 'Zoé', 'zoe', 'holder', 0, '2026-01-01 10:00:00')"
    )
    conn.execute(
        "INSERT INTO trip (id, destination, depart, return_date, purpose, created_at)"
        " VALUES (7, 'ES', '2026-12-02', '2026-12-16', 'Noël', '2026-01-01 10:00:00')"
    )
    conn.execute("INSERT INTO trip_traveller (trip_id, person_id) VALUES (7, 1)")
    conn.commit()
    conn.close()

    ctx = AppContext.open(data_dir, clock=FixedClock.on(date(2026, 11, 25)))
    try:
        assert ctx.opened.migrated_from == "0003_travel"
        assert ctx.opened.revision == migrate.HEAD
        trip = TripService(ctx).get(7)
        assert [t.name for t in trip.travellers] == ["Zoé"]
        CeamService(ctx).set_card(1, date(2025, 6, 1))
        VitaleService(ctx).declare_incident(1, CardStatus.LOST, date(2026, 11, 20))
        [check] = CeamService(ctx).trip_checks(7).travellers
        assert check.check.status.value == "covered"
    finally:
        ctx.close()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM ceam_card").fetchone() == (1,)
    finally:
        conn.close()
