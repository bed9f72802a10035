"""Migration 0005 (reimbursements) on a database seeded at the previous revision with a household."""

import sqlite3
from datetime import date
from pathlib import Path

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.storage import migrate


def test_migrating_a_household_database_keeps_its_people(tmp_path: Path) -> None:
    db = tmp_path / "ameli.db"
    migrate.upgrade(db, "0004_cards_ceam")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "INSERT INTO person (uid, name, name_key, born, role, s1_holder, created_at) "
            "VALUES ('u1', 'Zoé Lebrun', 'lebrun zoe', '1985-05-12', 'holder', 0, "
            "'2026-01-01 10:00:00')"
        )
        conn.execute(
            "INSERT INTO trip (destination, depart, return_date, purpose, created_at) "
            "VALUES ('ES', '2026-07-01', '2026-07-15', 'holidays', '2026-01-01 10:00:00')"
        )
        conn.execute("INSERT INTO trip_traveller (trip_id, person_id) VALUES (1, 1)")
    before = {
        table: conn.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608 - fixed names
        for table in ("person", "trip", "trip_traveller")
    }
    conn.close()

    opened = migrate.open_database(DataPaths(tmp_path), now=FixedClock.on(date(2026, 11, 25)).now())
    opened.engine.dispose()

    assert opened.migrated_from == "0004_cards_ceam"
    assert opened.backup is not None  # taken before migrating
    conn = sqlite3.connect(db)
    try:
        for table, rows in before.items():
            after = conn.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608
            # Later revisions may add columns (0008: person.nationality): the old ones are intact.
            assert [row[: len(rows[0])] for row in after] == rows
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"reimbursement_line", "import_batch", "claim", "import_profile"} <= tables
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(
            "INSERT INTO reimbursement_line (person_id, line_date, nature, practitioner, "
            "fingerprint, source_line) VALUES (1, '2025-01-02', 'Consultation', '', 'f', 2)"
        )
        conn.execute("DELETE FROM person WHERE id = 1")  # cascades to the person's lines
        assert conn.execute("SELECT count(*) FROM reimbursement_line").fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
