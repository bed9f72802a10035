"""Migration 0011 (person aliases) on a database seeded at 0010 with people, an import, lines, a
claim and a daily allowance: every row comes through unchanged, and the two new tables take an
alias, a "leave out" answer and a bank account's person, which go with their person."""

import sqlite3
from datetime import date
from pathlib import Path

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.storage import migrate
from tests.db_dump import dump

TABLES = ("person", "import_batch", "reimbursement_line", "claim", "daily_allowance")


def rows_of(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}  # noqa: S608
    finally:
        conn.close()


def seed_at_0010(db: Path) -> None:
    migrate.upgrade(db, "0010_statement_documents")
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany(
            "INSERT INTO person (id, uid, name, name_key, born, role, s1_holder, created_at) "
            "VALUES (?, ?, ?, ?, ?, 'holder', 0, '2026-01-01 10:00:00')",
            [
                (1, "u1", "Claire Whitfield", "claire whitfield", "1988-03-03"),
                (2, "u2", "CLAIRE MARTIN", "claire martin", None),
            ],
        )
        conn.execute(
            "INSERT INTO import_batch (id, file_name, sha256, profile, encoding, imported, "
            "duplicates, rejected, skipped, imported_at, document) VALUES (1, 'releve.pdf', 'x', "
            "'ameli-pdf', 'pdf', 2, 0, 0, 0, '2026-01-02 10:00:00', 'ameli_monthly')"
        )
        conn.executemany(
            "INSERT INTO reimbursement_line (id, person_id, batch_id, line_date, care_date, nature, "
            "practitioner, paid_cents, reimbursed_cents, fingerprint, source_line) "
            "VALUES (?, ?, 1, '2025-01-30', '2025-01-30', 'C GENERALISTE', '', 3000, 2100, ?, ?)",
            [(1, 1, "f1", 20), (2, 2, "f1", 21)],
        )
        conn.execute(
            "INSERT INTO claim (person_id, kind, sent_on, status, notes, line_id, created_at) "
            "VALUES (2, 'care', '2025-01-30', 'paid', '', 2, '2026-01-01 10:00:00')"
        )
        conn.execute(
            "INSERT INTO daily_allowance (person_id, batch_id, nature, amount_cents, source_line) "
            "VALUES (1, 1, 'IJ', 36144, 44)"
        )
    conn.close()


def test_rows_survive_and_the_new_tables_follow_their_person(tmp_path: Path) -> None:
    db = tmp_path / "ameli.db"
    seed_at_0010(db)
    before = rows_of(db)
    assert all(before.values())

    opened = migrate.open_database(DataPaths(tmp_path), now=FixedClock.on(date(2026, 12, 21)).now())
    opened.engine.dispose()

    assert opened.migrated_from == "0010_statement_documents"
    assert rows_of(db) == before
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        with conn:
            conn.execute(
                "INSERT INTO person_alias (name_key, name, born, person_id, updated_at) "
                "VALUES ('claire martin', 'CLAIRE MARTIN', NULL, 1, '2026-12-21 10:00:00')"
            )
            conn.execute(
                "INSERT INTO person_alias (name_key, name, born, person_id, updated_at) "
                "VALUES ('noe', 'NOE', '2018-09-02', NULL, '2026-12-21 10:00:00')"
            )
            conn.execute(
                "INSERT INTO import_source_person (source, label, person_id, updated_at) "
                "VALUES ('bank:bnp_paribas#****4821', 'BNP Paribas ****4821', 2, "
                "'2026-12-21 10:00:00')"
            )
        try:
            with conn:
                conn.execute(
                    "INSERT INTO person_alias (name_key, name, born, person_id, updated_at) "
                    "VALUES ('noe', 'Noé', '2018-09-02', 1, '2026-12-21 10:00:00')"
                )
        except sqlite3.IntegrityError:
            pass
        else:
            raise AssertionError("a spelling and a date of birth have one answer")
        with conn:
            conn.execute("DELETE FROM person WHERE id = 2")
        assert conn.execute("SELECT count(*) FROM import_source_person").fetchone() == (0,)
        with conn:
            conn.execute("DELETE FROM person WHERE id = 1")
        assert conn.execute("SELECT name, person_id FROM person_alias").fetchall() == [
            ("NOE", None)
        ]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_downgrade_removes_exactly_the_new_tables(tmp_path: Path) -> None:
    db = tmp_path / "ameli.db"
    seed_at_0010(db)
    before = dump(db)
    migrate.upgrade(db, "0011_person_aliases")
    from alembic import command

    from ameli_desktop.storage.db import make_engine

    engine = make_engine(db, foreign_keys=False)
    try:
        with engine.connect() as connection:
            command.downgrade(migrate._alembic_config(connection), "0010_statement_documents")  # type: ignore[arg-type]
            connection.commit()
    finally:
        engine.dispose()
    assert dump(db) == before
