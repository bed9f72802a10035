"""Importing a 100 000-line statement, and re-importing it, beside ``csv`` + ``executemany``.

DESIGN.md 9: import (parse, validate, de-duplicate, store) <= 2x, re-import (all duplicates)
<= 1.5x of "csv + sqlite3.executemany of the same rows". The baseline here reads the same decoded
text with ``csv`` and ``executemany``s its rows, as they are, into the app's own
``reimbursement_line`` table (same columns, same two indexes, same pragmas, one transaction):
what is left of the ratio is our reading, checking, fingerprinting and de-duplicating. The ratio
to a bare 10-column table without indexes is printed too, for the record. Every round starts
from a fresh folder (set up outside the timing).
"""

import csv
import io
import sqlite3
import time
from collections.abc import Callable
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import (
    IMPORT_CACHE_KIB,
    ImportOptions,
    ImportService,
)
from ameli_desktop.storage.models import ReimbursementLine

ROUNDS = 5
TODAY = date(2026, 11, 25)
TABLE = ReimbursementLine.__table__  # type: ignore[attr-defined]
# The raw CSV cells placed in the app's columns, as they are (no conversion: that is our work).
SAME_TABLE_INSERT = (
    "INSERT INTO reimbursement_line (person_id, batch_id, line_date, care_date, payment_date, "
    "nature, practitioner, paid_cents, base_cents, rate_percent, reimbursed_cents, "
    "complementary_cents, deductions_cents, third_party, insurer, fingerprint, source_line) "
    "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, NULL, '', 0)"
)
RAW_TO_COLUMNS = itemgetter(2, 0, 0, 1, 3, 4, 5, 6, 7, 8, 9)


def _connect(db_path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute(f"PRAGMA cache_size={IMPORT_CACHE_KIB}")
    return connection


def same_table_baseline(data: bytes, db_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(data.decode("cp1252"), newline=""), delimiter=";"))
    connection = _connect(db_path)
    try:
        connection.execute("BEGIN")
        connection.executemany(SAME_TABLE_INSERT, map(RAW_TO_COLUMNS, rows[1:]))
        connection.execute("COMMIT")
    finally:
        connection.close()


def bare_baseline(data: bytes, db_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(data.decode("cp1252"), newline=""), delimiter=";"))
    connection = _connect(db_path)
    try:
        connection.execute("CREATE TABLE line (c0, c1, c2, c3, c4, c5, c6, c7, c8, c9)")
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO line VALUES (?,?,?,?,?,?,?,?,?,?)", rows[1:])
        connection.execute("COMMIT")
    finally:
        connection.close()


def empty_app_table(folder: Path) -> Path:
    db = folder / "baseline.db"
    connection = sqlite3.connect(db)
    dialect = sqlite_dialect.dialect()
    connection.execute(str(CreateTable(TABLE).compile(dialect=dialect)))
    for index in TABLE.indexes:
        connection.execute(str(CreateIndex(index).compile(dialect=dialect)))
    connection.close()
    return db


def best_of(rounds: int, setup: Callable[[], Any], work: Callable[[Any], Any]) -> float:
    best = float("inf")
    for _ in range(rounds):
        prepared = setup()
        started = time.perf_counter()
        work(prepared)
        best = min(best, time.perf_counter() - started)
    return best


def baselines(data: bytes, factory: Any) -> tuple[float, float]:
    same = best_of(
        ROUNDS,
        lambda: empty_app_table(factory.mktemp("same")),
        lambda db: same_table_baseline(data, db),
    )
    bare = best_of(
        ROUNDS, lambda: factory.mktemp("bare") / "bare.db", lambda db: bare_baseline(data, db)
    )
    return same, bare


def fresh_context(folder: Path) -> AppContext:
    ctx = AppContext.open(folder, clock=FixedClock.on(TODAY), daily_backup=False)
    people = PeopleService(ctx)
    for name in ("LEBRUN Paul", "LEBRUN Zoé", "MARTIN Éloïse", "LEBRUN Léo"):
        people.add(PersonDetails(name))
    return ctx


@pytest.fixture
def statement_file(statement_100k: bytes, tmp_path: Path) -> Path:
    path = tmp_path / "releve-100k.csv"
    path.write_bytes(statement_100k)
    return path


def report(
    benchmark: Any, what: str, ours: float, *, same: float, bare: float, goal: float
) -> float:
    ratio = ours / same
    benchmark.extra_info.update(
        baseline_same_table_s=round(same, 4),
        baseline_bare_table_s=round(bare, 4),
        ours_s=round(ours, 4),
        ratio=round(ratio, 2),
        ratio_to_bare_table=round(ours / bare, 2),
    )
    print(
        f"\n{what}: ours {ours:.3f} s; baseline (same table) {same:.3f} s -> {ratio:.2f}x "
        f"(goal <= {goal}); bare table {bare:.3f} s -> {ours / bare:.2f}x"
    )
    return ratio


def test_import_100k_lines(
    benchmark: Any, statement_100k: bytes, statement_file: Path, tmp_path_factory: Any
) -> None:
    same, bare = baselines(statement_100k, tmp_path_factory)
    contexts: list[AppContext] = []

    def setup() -> tuple[tuple[ImportService], dict[str, Any]]:
        ctx = fresh_context(tmp_path_factory.mktemp("import"))
        contexts.append(ctx)
        return (ImportService(ctx),), {}

    def run(service: ImportService) -> Any:
        return service.import_file(statement_file, ImportOptions())

    result = benchmark.pedantic(run, setup=setup, rounds=ROUNDS, iterations=1)
    for ctx in contexts:
        ctx.close()
    ratio = report(benchmark, "import", benchmark.stats.stats.min, same=same, bare=bare, goal=2.0)
    assert result.imported == 100_000
    assert ratio <= 2.0


def test_reimport_100k_lines_adds_nothing(
    benchmark: Any, statement_100k: bytes, statement_file: Path, tmp_path_factory: Any
) -> None:
    same, bare = baselines(statement_100k, tmp_path_factory)
    ctx = fresh_context(tmp_path_factory.mktemp("reimport"))
    service = ImportService(ctx)
    service.import_file(statement_file, ImportOptions())

    result = benchmark.pedantic(
        service.import_file, args=(statement_file, ImportOptions()), rounds=ROUNDS, iterations=1
    )
    ctx.close()
    ratio = report(
        benchmark, "re-import", benchmark.stats.stats.min, same=same, bare=bare, goal=1.5
    )
    assert (result.imported, result.duplicates) == (0, 100_000)
    assert ratio <= 1.5
