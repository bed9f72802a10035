"""Migration 0010 (statement documents) on a database seeded at 0007 with lines, a settled bank
line and a claim: every row comes through unchanged (the line table is rebuilt with foreign keys
off), the earlier batches are told what they were, and the new tables take rows."""

import sqlite3
from datetime import date
from pathlib import Path

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.storage import migrate

LINE_COLUMNS = (
    "person_id, batch_id, line_date, care_date, payment_date, nature, practitioner, paid_cents, "
    "reimbursed_cents, insurer, fingerprint, source_line, payment_cents, sent_to_complementary, "
    "bank_line_id"
)


def test_every_row_survives_and_earlier_imports_are_named(tmp_path: Path) -> None:
    db = tmp_path / "ameli.db"
    migrate.upgrade(db, "0007_statement_payments")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "INSERT INTO person (uid, name, name_key, role, s1_holder, created_at) "
            "VALUES ('u1', 'Paul Lebrun', 'lebrun paul', 'holder', 0, '2026-01-01 10:00:00')"
        )
        for batch, profile in ((1, "bank"), (2, "ameli-pdf"), (3, "ameli")):
            conn.execute(
                "INSERT INTO import_batch (id, file_name, sha256, profile, encoding, imported, "
                "duplicates, rejected, skipped, imported_at) "
                "VALUES (?, 'f', 'x', ?, 'utf-8', 1, 0, 0, 0, '2026-01-02 10:00:00')",
                (batch, profile),
            )
        rows = [
            (1, 1, "2025-01-08", None, "2025-01-08", "VIR CPAM", "", None, 1900, "mandatory",
             "f1", 2, None, None, None),
            (1, 2, "2025-01-02", "2025-01-02", "2025-01-07", "C GENERALISTE", "", 3000, 1900,
             None, "f2", 19, 1900, 1, 1),
            (1, 3, "2025-01-03", "2025-01-03", "2025-01-09", "Pharmacie", "", 1240, 806, None,
             "f3", 4, None, None, None),
        ]  # fmt: skip
        conn.executemany(
            f"INSERT INTO reimbursement_line ({LINE_COLUMNS}) VALUES ({', '.join('?' * 15)})",  # noqa: S608
            rows,
        )
        conn.execute(
            "INSERT INTO claim (person_id, kind, sent_on, status, notes, line_id, created_at) "
            "VALUES (1, 'care', '2025-01-02', 'paid', '', 2, '2026-01-01 10:00:00')"
        )
    select = f"SELECT id, {LINE_COLUMNS} FROM reimbursement_line ORDER BY id"  # noqa: S608
    before = {
        "lines": conn.execute(select).fetchall(),
        "claims": conn.execute("SELECT * FROM claim").fetchall(),
    }
    conn.close()

    opened = migrate.open_database(DataPaths(tmp_path), now=FixedClock.on(date(2026, 12, 20)).now())
    opened.engine.dispose()

    assert opened.migrated_from == "0007_statement_payments"
    conn = sqlite3.connect(db)
    try:
        assert conn.execute(select).fetchall() == before["lines"]
        assert conn.execute("SELECT * FROM claim").fetchall() == before["claims"]
        assert conn.execute("SELECT id, document FROM import_batch ORDER BY id").fetchall() == [
            (1, "bank"),
            (2, "ameli_monthly"),
            (3, "csv"),
        ]
        assert conn.execute(
            "SELECT DISTINCT kind, payment_id, withheld_from_id FROM reimbursement_line"
        ).fetchall() == [(None, None, None)]
        conn.execute("PRAGMA foreign_keys=ON")
        with conn:
            conn.execute(
                "INSERT INTO statement_payment (batch_id, document, payer, paid_on, "
                "amount_cents, third_party, page, line, bank_line_id) "
                "VALUES (2, 'ameli_monthly', 'mandatory', '2025-01-07', 1900, 0, 1, 21, 1)"
            )
            conn.execute(
                "INSERT INTO daily_allowance (person_id, batch_id, payment_id, nature, "
                "amount_cents, source_line) VALUES (1, 2, 1, 'IJ', 36144, 44)"
            )
            conn.execute("DELETE FROM reimbursement_line WHERE id = 1")  # the bank line goes
        assert conn.execute("SELECT bank_line_id FROM statement_payment").fetchall() == [(None,)]
        with conn:
            conn.execute("DELETE FROM import_batch WHERE id = 2")  # undoing the relevé
        assert conn.execute("SELECT count(*) FROM statement_payment").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM daily_allowance").fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
