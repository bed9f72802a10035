"""Migration 0008 (issue 18) on a database seeded at 0007 with people, travel profiles, permits
and stays: what the stored data said about a person's status is kept, nothing is guessed."""

import sqlite3
from datetime import date
from pathlib import Path

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.domain.schengen import Nationality, Rule
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.travel import TravelService
from ameli_desktop.storage import migrate

NOW = "2026-01-01 10:00:00"
PEOPLE = [
    # (name, travel_profile nationality or None)
    ("Ana Eu", "eu_eea_ch"),  # chosen by the user: kept
    ("Bo Permit", "other"),  # has a French permit: "other" is what the data says
    ("Cy Guess", "other"),  # profile made by the first stay: a guess, now unknown
    ("Di Nobody", None),  # never in the travel log
]


def seed(db: Path) -> None:
    migrate.upgrade(db, "0007_statement_payments")
    conn = sqlite3.connect(db)
    with conn:
        for n, (name, profile) in enumerate(PEOPLE, start=1):
            conn.execute(
                "INSERT INTO person (uid, name, name_key, role, s1_holder, created_at) "
                "VALUES (?, ?, ?, 'holder', 0, ?)",
                (f"u{n}", name, name.lower(), NOW),
            )
            if profile:
                conn.execute(
                    "INSERT INTO travel_profile (person_id, nationality) VALUES (?, ?)",
                    (n, profile),
                )
        conn.execute(
            "INSERT INTO residence_permit (person_id, kind, start, end, reference) "
            "VALUES (2, 'residence_permit', '2024-09-01', '2034-08-31', 'FR123')"
        )
        stay = (
            "INSERT INTO schengen_stay (person_id, entry, exit, country, entry_port, exit_port, "
            "passport, stamped_entry, stamped_exit, ees_recorded, notes, created_at) "
            "VALUES (?, ?, ?, ?, '', '', '', NULL, NULL, 0, '', ?)"
        )
        conn.execute(stay, (2, "2025-11-01", None, "FR", NOW))
        conn.execute(stay, (2, "2025-12-01", "2025-12-20", "ES", NOW))
        conn.execute(
            stay, (3, "2025-08-01", "2025-12-20", "FR", NOW)
        )  # 142 days: over for a visitor
    conn.close()


def test_statuses_are_kept_where_the_data_says_and_unknown_elsewhere(data_dir: Path) -> None:
    paths = DataPaths(data_dir).ensure()
    seed(paths.database)
    conn = sqlite3.connect(paths.database)
    stays_before = conn.execute("SELECT * FROM schengen_stay ORDER BY id").fetchall()
    conn.close()

    ctx = AppContext.open(data_dir, clock=FixedClock.on(date(2025, 12, 20)))
    try:
        assert ctx.opened.migrated_from == "0007_statement_payments"
        assert ctx.opened.backup is not None
        people = {p.name: p for p in PeopleService(ctx).all()}
        assert {name: p.nationality for name, p in people.items()} == {
            "Ana Eu": Nationality.EU_EEA_CH,
            "Bo Permit": Nationality.OTHER,
            "Cy Guess": Nationality.UNKNOWN,
            "Di Nobody": Nationality.UNKNOWN,
        }
        travel = TravelService(ctx)
        [permit] = travel.permits(people["Bo Permit"].id)
        assert (permit.period.state, permit.reference) == ("FR", "FR123")
        bo = travel.status(people["Bo Permit"].id)
        assert (bo.rule, bo.days_used) == (Rule.PERMIT_HOLDER, 20)  # Spain only
        cy = travel.status(people["Cy Guess"].id)
        assert (cy.rule, cy.days_used, cy.overstays) == (Rule.UNKNOWN, None, ())
    finally:
        ctx.close()
    conn = sqlite3.connect(paths.database)
    try:
        assert conn.execute("SELECT * FROM schengen_stay ORDER BY id").fetchall() == stays_before
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "travel_profile" not in tables
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_downgrade_gives_back_the_profiles_it_can(tmp_path: Path) -> None:
    from alembic import command

    db = tmp_path / "ameli.db"
    seed(db)
    migrate.upgrade(db)
    engine = migrate.make_engine(db, foreign_keys=False)
    try:
        with engine.connect() as connection:
            command.downgrade(migrate._alembic_config(connection), "0007_statement_payments")  # type: ignore[arg-type]
            connection.commit()
    finally:
        engine.dispose()
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT person_id, nationality FROM travel_profile ORDER BY person_id")
        assert rows.fetchall() == [(1, "eu_eea_ch"), (2, "other")]
        columns = {r[1] for r in conn.execute("PRAGMA table_info(residence_permit)")}
        assert "state" not in columns
        assert conn.execute("SELECT count(*) FROM schengen_stay").fetchone() == (3,)
    finally:
        conn.close()
