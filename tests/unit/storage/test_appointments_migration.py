"""Migration 0002_appointments from a database seeded at 0001 with data in it."""

import sqlite3
from datetime import date
from pathlib import Path

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.storage import migrate


def test_upgrade_from_0001_keeps_the_household_and_adds_the_tables(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    migrate.upgrade(paths.database, "0001_household")
    conn = sqlite3.connect(paths.database)
    conn.execute(
        "INSERT INTO person (uid, name, name_key, role, s1_holder, created_at) "
        "VALUES ('u1', 'Zoé', 'zoe', 'holder', 0, '2026-01-01 00:00:00')"
    )
    conn.commit()
    conn.close()

    opened = migrate.open_database(paths, now=FixedClock.on(date(2026, 11, 25)).now())
    opened.engine.dispose()
    assert opened.migrated_from == "0001_household"
    assert opened.backup is not None  # backed up before migrating

    conn = sqlite3.connect(paths.database)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"appointment", "birth_declaration", "account_signup"} <= tables
        assert conn.execute("SELECT name FROM person").fetchall() == [("Zoé",)]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.HEAD,)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(
            "INSERT INTO appointment (person_id, starts_at, duration_minutes, channel, place, "
            "category, reason, documents_json, status, notes, reminded, created_at, updated_at) "
            "VALUES (1, '2026-11-27 13:30:00', 30, 'office', 'CPAM', 'other', 'why', '[]', "
            "'planned', '', '', '2026-11-25 09:00:00', '2026-11-25 09:00:00')"
        )
        conn.execute("DELETE FROM person")  # ON DELETE CASCADE reaches the appointment
        assert conn.execute("SELECT count(*) FROM appointment").fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
