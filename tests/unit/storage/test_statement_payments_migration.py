"""Migration 0007 (statement payments) on a database seeded at 0006 with lines and a claim.

The line table is rebuilt (batch mode): with foreign keys on, that would have nulled the claim's
link to its line (STYLE.md 8). Every row must come through unchanged, with the new columns empty.
"""

import sqlite3
from pathlib import Path

from ameli_desktop.storage import migrate

SELECT_LINES = "SELECT id, {} FROM reimbursement_line"
LINE_COLUMNS = (
    "person_id, batch_id, line_date, care_date, payment_date, nature, practitioner, paid_cents, "
    "reimbursed_cents, insurer, fingerprint, source_line"
)


def test_lines_and_the_claims_pointing_at_them_survive(tmp_path: Path) -> None:
    db = tmp_path / "ameli.db"
    migrate.upgrade(db, "0006_app_meta")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "INSERT INTO person (uid, name, name_key, role, s1_holder, created_at) "
            "VALUES ('u1', 'Zoé Lebrun', 'lebrun zoe', 'holder', 0, '2026-01-01 10:00:00')"
        )
        conn.execute(
            "INSERT INTO import_batch (file_name, sha256, profile, encoding, imported, "
            "duplicates, rejected, skipped, imported_at) "
            "VALUES ('a.csv', 'x', 'ameli', 'utf-8', 2, 0, 0, 0, '2026-01-02 10:00:00')"
        )
        conn.executemany(
            f"INSERT INTO reimbursement_line ({LINE_COLUMNS}) "  # noqa: S608 - fixed names
            "VALUES (1, 1, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)",
            [
                (
                    "2025-01-02",
                    "2025-01-02",
                    "2025-01-07",
                    "Consultation",
                    3000,
                    1900,
                    None,
                    "f1",
                    6,
                ),
                ("2025-01-09", None, "2025-01-09", "VIR CPAM", None, 1900, "mandatory", "f2", 7),
            ],
        )
        conn.execute(
            "INSERT INTO claim (person_id, kind, sent_on, status, notes, line_id, created_at) "
            "VALUES (1, 'care', '2025-01-02', 'paid', '', 1, '2026-01-01 10:00:00')"
        )
    before = {
        "lines": conn.execute(SELECT_LINES.format(LINE_COLUMNS)).fetchall(),
        "claims": conn.execute("SELECT * FROM claim").fetchall(),
    }
    conn.close()

    # Up to 0007 itself: 0012 gives bank lines to the household (its own test says so).
    migrate.upgrade(db, "0007_statement_payments")

    assert migrate.read_revision(db) == "0007_statement_payments"
    conn = sqlite3.connect(db)
    try:
        assert conn.execute(SELECT_LINES.format(LINE_COLUMNS)).fetchall() == before["lines"]
        assert conn.execute("SELECT * FROM claim").fetchall() == before["claims"]
        assert conn.execute(
            "SELECT payment_cents, sent_to_complementary, bank_line_id FROM reimbursement_line"
        ).fetchall() == [(None, None, None), (None, None, None)]
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("UPDATE reimbursement_line SET bank_line_id = 2 WHERE id = 1")
        plan = " ".join(
            str(row)
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT 1 FROM reimbursement_line WHERE bank_line_id = 2"
            )
        )
        assert "ix_reimbursement_line_bank_line" in plan
        plan = " ".join(
            str(row)
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM reimbursement_line "
                "WHERE line_date BETWEEN '2025-01-01' AND '2025-12-31' AND insurer = 'mandatory'"
            )
        )
        assert "ix_reimbursement_line_credits" in plan
        conn.execute("DELETE FROM reimbursement_line WHERE id = 2")  # the bank line goes ...
        assert conn.execute("SELECT bank_line_id FROM reimbursement_line").fetchall() == [(None,)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
