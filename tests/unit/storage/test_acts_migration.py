"""Migration 0012 (acts of care) on a database seeded at 0011 with every kind of line: the app
backs it up, migrates it, builds the acts, and every line is accounted for (issue 19, item 2).

The seed is what 0011's importer stored for G1's consultation (the relevé's line and payment, the
transmission sentence), G2's deferred franchise of a tiers-payant pharmacy, G3's mutuelle line
and transfer, a statement CSV's line, the CPAM's bank credit that settled G1's payment (a bank
line that then belonged to Paul), the mutuelle's credit, the CPAM's franchise debit, a CAF-free
daily allowance, a claim settled by a line, and 0011's answers to who is who (an alias, whom
the bank account's lines were for), which the acts leave as they were.
"""

import sqlite3
from datetime import date
from pathlib import Path

from ameli_desktop.services.acts import ActService
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.storage import migrate

LINE = (
    "id, person_id, batch_id, line_date, care_date, payment_date, nature, practitioner, "
    "paid_cents, base_cents, rate_percent, reimbursed_cents, complementary_cents, "
    "deductions_cents, third_party, insurer, fingerprint, source_line, payment_cents, "
    "sent_to_complementary, bank_line_id, kind, payment_id, complementary_insurer, "
    "amo_quoted_cents, withheld_from_id"
)


def _seed(db: Path) -> None:
    migrate.upgrade(db, "0011_person_aliases")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "INSERT INTO person (id, uid, name, name_key, role, s1_holder, born, created_at) "
            "VALUES (1, 'u1', 'Isabelle Durand', 'durand isabelle', 'holder', 0, '1965-03-12', "
            "'2026-01-01 10:00:00')"
        )
        conn.execute(
            "INSERT INTO person_alias (name_key, name, born, person_id, updated_at) VALUES "
            "('durand isa', 'DURAND ISA', '1965-03-12', 1, '2026-01-01 10:00:00')"
        )
        conn.execute(
            "INSERT INTO import_source_person (source, label, person_id, updated_at) VALUES "
            "('bank:bnp_paribas#****4821', 'BNP Paribas', 1, '2026-01-01 10:00:00')"
        )
        batches = [(1, "ameli_payment"), (2, "mutuelle"), (3, "csv"), (4, "bank"),
                   (5, "ameli_monthly")]  # fmt: skip
        for batch, document in batches:
            conn.execute(
                "INSERT INTO import_batch (id, file_name, sha256, profile, encoding, imported, "
                "duplicates, rejected, skipped, imported_at, document) VALUES (?, ?, ?, 'p', "
                "'utf-8', 1, 0, 0, 0, '2026-01-02 10:00:00', ?)",
                (batch, f"file{batch}", f"sha{batch}", document),
            )
        payments = [
            (1, 1, "ameli_payment", "mandatory", "2018-10-19", 1750, 0, None, 10),
            (2, 2, "mutuelle", "complementary", "2018-10-30", 750, 0, "HARMONIE", None),
            (3, 5, "ameli_monthly", "mandatory", "2018-11-20", 36144, 0, None, None),
            (4, 5, "ameli_monthly", "mandatory", "2018-11-06", 450, 0, None, None),
        ]
        conn.executemany(
            "INSERT INTO statement_payment (id, batch_id, document, payer, paid_on, "
            "amount_cents, third_party, insurer_name, page, line, bank_line_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 20, ?)",
            payments,
        )
        lines = [
            # G1: the relevé's line, paid in payment 1, settled by bank line 10.
            (1, 1, 1, "2018-10-13", "2018-10-13", "2018-10-19", "C GENERALISTE Sect1 (G)", "",
             2500, 2500, 70, 1750, None, None, 0, None, "f1", 19, 1750, 1, 10, "care", 1,
             "MALAKOFF MEDERIC PREVOYAN", None, None),
            # G3: the same act in the mutuelle's statement.
            (2, 1, 2, "2018-10-13", "2018-10-13", "2018-10-30", "Consultation médecine "
             "générale", "", 2500, None, None, None, 750, None, None, None, "f2", 10, 750, None,
             None, "care", 2, None, 1750, None),
            # A statement CSV's act, another day.
            (3, 1, 3, "2018-11-02", "2018-11-02", "2018-11-06", "Pharmacie", "Pharmacie du "
             "Centre", 1240, 1240, 65, 756, None, 50, None, None, "f3", 4, None, None, None,
             None, None, None, None, None),
            # G2: the deferred franchise of the CSV's pharmacy, taken from payment 4.
            (4, 1, 5, "2018-11-02", "2018-11-02", "2018-11-06", "PHARMACIE", "", None, None,
             None, -50, None, 50, 0, None, "f4", 40, 450, 0, None, "withheld", 4, None, None, 3),
            # Bank lines, then Isabelle's: the CPAM's credit, the mutuelle's, a franchise debit.
            (10, 1, 4, "2018-10-22", None, "2018-10-22", "VIR CPAM DES YVELINES", "", None, None,
             None, 1750, None, None, None, "mandatory", "f10", 2, None, None, None, None, None,
             None, None, None),
            (11, 1, 4, "2018-10-31", None, "2018-10-31", "VIR HARMONIE MUTUELLE", "", None,
             None, None, None, 750, None, None, "complementary", "f11", 3, None, None, None,
             None, None, None, None, None),
            (12, 1, 4, "2018-12-01", None, "2018-12-01", "PRLV CPAM FRANCHISES", "", None, None,
             None, -400, None, None, None, "mandatory", "f12", 4, None, None, None, None, None,
             None, None, None),
        ]  # fmt: skip
        conn.executemany(
            f"INSERT INTO reimbursement_line ({LINE}) VALUES ({', '.join('?' * 26)})",  # noqa: S608
            lines,
        )
        conn.execute("UPDATE statement_payment SET bank_line_id = 10 WHERE id = 1")
        conn.execute(
            "INSERT INTO daily_allowance (person_id, batch_id, payment_id, nature, period_start, "
            "period_end, days, daily_cents, amount_cents, paid_on, source_line) VALUES (1, 5, 3, "
            "'INDEMNITES JOURNALIERES MALADIE', '2018-11-01', '2018-11-12', 12, 3012, 36144, "
            "'2018-11-20', 44)"
        )
        conn.execute(
            "INSERT INTO claim (person_id, kind, sent_on, status, notes, line_id, created_at) "
            "VALUES (1, 'care', '2018-11-03', 'paid', '', 3, '2026-01-01 10:00:00')"
        )
    conn.close()


def test_every_line_is_accounted_for_after_the_migration(tmp_path: Path) -> None:
    db = tmp_path / "ameli.db"
    _seed(db)
    conn = sqlite3.connect(db)
    claims = conn.execute("SELECT * FROM claim").fetchall()
    allowances = conn.execute("SELECT * FROM daily_allowance").fetchall()
    answers = [
        conn.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608 - fixed names
        for table in ("person_alias", "import_source_person")
    ]
    conn.close()

    ctx = AppContext.open(tmp_path, clock=FixedClock.on(date(2026, 12, 21)))
    try:
        assert ctx.opened.migrated_from == "0011_person_aliases"
        assert ctx.opened.backup is not None  # backed up, then migrated
        acts = {a.care_date: a for a in ActService(ctx).acts()}
        with ctx.read() as session:
            connection = session.connection()
            lines = dict(
                connection.exec_driver_sql(
                    "SELECT id, person_id FROM reimbursement_line ORDER BY id"
                ).fetchall()
            )
            assert connection.exec_driver_sql("SELECT * FROM claim").fetchall() == claims
            assert [
                connection.exec_driver_sql(f"SELECT * FROM {table}").fetchall()  # noqa: S608
                for table in ("person_alias", "import_source_person")
            ] == answers
            assert (
                connection.exec_driver_sql("SELECT * FROM daily_allowance").fetchall() == allowances
            )
    finally:
        ctx.close()

    # Bank lines are the household's now; statement lines keep their person.
    assert lines == {1: 1, 2: 1, 3: 1, 4: 1, 10: None, 11: None, 12: None}
    assert set(acts) == {date(2018, 10, 13), date(2018, 11, 2)}
    g1 = acts[date(2018, 10, 13)]
    assert g1.line_ids == (1, 2)  # the relevé's and the mutuelle's line: one act
    assert (g1.paid_cents, g1.amo_cents, g1.withheld_cents, g1.amc_cents, g1.left_cents) == (
        2500, 1750, 0, 750, 0,
    )  # fmt: skip
    assert g1.amo_payment is not None
    assert (g1.amo_payment.cents, g1.amo_payment.bank_date) == (1750, date(2018, 10, 22))
    assert g1.amc_payment is not None
    assert g1.amc_payment.bank_date == date(2018, 10, 31)  # the mutuelle's credit, settled now
    pharmacy = acts[date(2018, 11, 2)]
    assert pharmacy.line_ids == (3, 4)  # the CSV's act and the franchise withheld for it
    assert (pharmacy.amo_cents, pharmacy.withheld_cents, pharmacy.left_cents) == (
        806, 100, 1240 - 806 + 100,
    )  # fmt: skip
    # Every statement line is in exactly one act; every bank line explains an act or is listed
    # apart (the franchise debit, which no statement says anything of).
    in_acts = [i for act in acts.values() for i in act.line_ids]
    assert sorted(in_acts) == [1, 2, 3, 4]
    others = ActService(AppContext.open(tmp_path, clock=FixedClock.on(date(2026, 12, 21))))
    try:
        assert [b.id for b in others.other_bank_lines()] == [12]
    finally:
        others.ctx.close()
