"""The refresh after an import or undo looks only around what changed, yet gives what rebuilding
every act would (services.acts_refresh), over histories far longer than its windows.

Statement lines, the CPAM's transfers and the household's card payments are written straight
into the tables (as an import writes them) over two years, in random batches, some batches undone
again, each followed by the refresh the import or undo runs; the acts, their debits, payments and
debits to confirm must then be those of one rebuild of everything.
"""

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.acts_refresh import (
    refresh,
    refresh_all,
    touched_by_batch,
    touched_by_rows,
)
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from tests.unit.services.test_acts_any_order import snapshot

START = date(2024, 1, 1)
LINE_SQL = (
    "INSERT INTO reimbursement_line (person_id, batch_id, line_date, care_date, payment_date, "
    "nature, practitioner, paid_cents, base_cents, rate_percent, reimbursed_cents, "
    "complementary_cents, deductions_cents, third_party, insurer, fingerprint, source_line) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def history(seed: int, acts: int) -> list[tuple[Any, ...]]:
    """Lines as INSERT parameters (batch id left to fill): acts of few amounts (so that debits
    have rivals), their day's CPAM transfer, card payments, and credits nothing explains."""
    rng = random.Random(seed)  # noqa: S311 - test data
    rows: list[tuple[Any, ...]] = []
    transfers: dict[date, int] = {}
    for i in range(acts):
        care = START + timedelta(days=rng.randrange(700))
        paid = rng.choice([2500, 3000, 3000, 4860])
        net = paid * 7 // 10 - 100
        paid_on = care + timedelta(days=rng.choice([5, 6, 7]))
        rows.append((rng.randrange(1, 3), 0, care.isoformat(), care.isoformat(),
                     paid_on.isoformat(), "Consultation", "", paid, paid, 70, net, None, 100, 0,
                     None, f"s{i}", i))  # fmt: skip
        transfers[paid_on] = transfers.get(paid_on, 0) + net
        if rng.random() < 0.7:
            day = care + timedelta(days=rng.choice([0, 0, 1, 3, 20]))
            rows.append((None, 0, day.isoformat(), None, day.isoformat(), "CB DR MARTIN", "",
                         paid, None, None, None, None, None, None, "household", f"d{i}", i))  # fmt: skip
    for n, (day, cents) in enumerate(sorted(transfers.items())):
        booked = day + timedelta(days=rng.choice([1, 2, 8]))
        rows.append((None, 0, booked.isoformat(), None, booked.isoformat(), "VIR CPAM", "", None,
                     None, None, cents, None, None, None, "mandatory", f"c{n}", n))  # fmt: skip
    for n in range(acts // 10):
        day = (START + timedelta(days=rng.randrange(700))).isoformat()
        rows.append((None, 0, day, None, day, "CB PHARMACIE", "", 3000, None, None, None, None,
                     None, None, "household", f"x{n}", n))  # fmt: skip
    return rows


def household(folder: Path) -> AppContext:
    ctx = AppContext.open(folder, clock=FixedClock.on(date(2026, 11, 25)), daily_backup=False)
    PeopleService(ctx).add(PersonDetails("Paul Lebrun"))
    PeopleService(ctx).add(PersonDetails("Zoé Lebrun"))
    return ctx


def documents(rows: list[tuple[Any, ...]]) -> dict[str, list[tuple[Any, ...]]]:
    """The lines as the files they came in: a statement and a bank export per month (a line of
    another document with the same amount paid is the same act seen again: domain.acts)."""
    files: dict[str, list[tuple[Any, ...]]] = {}
    for row in rows:
        kind = "bank" if row[14] else "releve"
        files.setdefault(f"{kind}-{row[2][:7]}", []).append(row)
    return files


def write_batch(ctx: AppContext, batch: int, name: str, rows: list[tuple[Any, ...]]) -> Any:
    """Write a document's lines, as an import does; the refresh it runs, or what it touched."""
    with ctx.write() as session:
        connection = session.connection()
        connection.exec_driver_sql(
            "INSERT INTO import_batch (id, file_name, sha256, profile, encoding, imported, "
            "duplicates, rejected, skipped, imported_at, document) VALUES (?, ?, ?, 'p', "
            "'utf-8', 0, 0, 0, 0, '2026-01-01 10:00:00', 'csv')",
            (batch, name, name),
        )
        written = [(*row[:1], batch, *row[2:]) for row in rows]
        connection.exec_driver_sql(LINE_SQL, written)
        refresh(session, touched_by_rows(written))


def undo_batch(ctx: AppContext, batch: int) -> None:
    with ctx.write() as session:
        connection = session.connection()
        touched = touched_by_batch(connection, batch, removing=True)
        connection.exec_driver_sql("DELETE FROM reimbursement_line WHERE batch_id = ?", (batch,))
        connection.exec_driver_sql("DELETE FROM import_batch WHERE id = ?", (batch,))
        refresh(session, touched)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.integers(0, 10**6), st.integers(20, 60), st.randoms())
def test_refreshing_around_each_change_gives_the_rebuild_of_everything(
    tmp_path_factory: Any, seed: int, acts: int, rng: random.Random
) -> None:
    files = documents(history(seed, acts))
    names = sorted(files)
    extra = documents(history(seed + 1, acts // 3))  # files that come and go again

    changed = household(tmp_path_factory.mktemp("changed"))
    order = names[:]
    rng.shuffle(order)
    batch = 0
    for name in order:
        batch += 1
        write_batch(changed, batch, name, files[name])
        if rng.random() < 0.3 and extra:
            other = extra.popitem()
            batch += 1
            write_batch(changed, batch, f"extra-{other[0]}", other[1])
            undo_batch(changed, batch)
    incremental = snapshot(changed)
    with changed.write() as session:
        refresh_all(session)
    assert snapshot(changed) == incremental
    changed.close()

    once = household(tmp_path_factory.mktemp("once"))
    for n, name in enumerate(names, start=1):
        write_batch(once, n, name, files[name])
    assert snapshot(once) == incremental
    once.close()
