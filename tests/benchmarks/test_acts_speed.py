"""Twenty years of a family (40 000 acts of care, 60 000 bank lines): the matching after an import
and the "Still owed" view, each beside the SQL that reads the same rows (issue 19: <= 2x and
under 200 ms).

The family (four people, 2006-2025) has ameli statement lines (a converter's CSV: paid, base,
rate, the Assurance Maladie's part, participations and the mutuelle's part), a card payment for
each act, the CPAM's transfer of each payment day and the mutuelle's, and other credits no act
explains; the last two months' mutuelle parts have not come yet, and December's statement is the
import measured (its bank lines came first: its card payments wait as expenses).

- *Matching after an import*: December's statement lines written (not timed), then the refresh
  the import runs (settling, building the month's acts, pairing its debits). "The SQL that reads
  the same rows": every SELECT that refresh ran, recorded with their values and replayed alone.
- *Still owed*: the service's view (every act not settled, records built, totals per payer)
  beside its one query run with sqlite3.
Rounds are interleaved (ours, then the baseline) and the medians compared; the machine is shared,
so the ratio matters more than the milliseconds.
"""

import random
import sqlite3
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.acts import _ACT_SQL, _FROM, ActFilter, ActService
from ameli_desktop.services.acts_refresh import refresh, refresh_all, touched_by_rows
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService

pytestmark = pytest.mark.timeout(3600)  # the fixture builds twenty years of acts

ACTS = 40_000
BANK_LINES = 60_000
ROUNDS = 15
START = date(2006, 1, 1)
DAYS = 20 * 365
TODAY = date(2026, 1, 20)
IMPORTED_MONTH = "2025-12"
# (nature, practitioner's card label, paid or None for drawn, rate, participation)
NATURES = [
    ("Consultation médecin généraliste", "CB DR MARTIN", 3000, 70, 200),
    ("Consultation spécialiste", "CB DR DURAND", 6000, 70, 200),
    ("Pharmacie vignette blanche", "CB PHARMACIE DU CENTRE", None, 65, 50),
    ("Kinésithérapie", "CB CABINET KINE DU PARC", 2150, 60, 100),
    ("Analyses de biologie médicale", "CB LABORATOIRE CERBALLIANCE", None, 60, 100),
]
LINE_SQL = (
    "INSERT INTO reimbursement_line (person_id, batch_id, line_date, care_date, payment_date, "
    "nature, practitioner, paid_cents, base_cents, rate_percent, reimbursed_cents, "
    "complementary_cents, deductions_cents, third_party, insurer, fingerprint, source_line) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def _family(
    rng: random.Random,
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(statement lines before December 2025, December's, bank lines), as INSERT parameters."""
    statement: list[tuple[Any, ...]] = []
    december: list[tuple[Any, ...]] = []
    bank: list[tuple[Any, ...]] = []
    cpam: dict[date, int] = {}
    mutuelle: dict[date, int] = {}
    recent = TODAY - timedelta(days=60)
    for i in range(ACTS):
        care = START + timedelta(days=rng.randrange(DAYS))
        nature, label, fixed, rate, withheld = rng.choice(NATURES)
        paid = fixed if fixed is not None else rng.randrange(300, 9000)
        versed = paid * rate // 100
        withheld = min(withheld, versed)
        amc = None if care >= recent else paid - versed
        paid_on = care + timedelta(days=6)
        row = (
            rng.randrange(1, 5), 1 + care.year - START.year, care.isoformat(), care.isoformat(),
            paid_on.isoformat(), nature, label[3:], paid, paid, rate, versed - withheld, amc,
            withheld, 0, None, f"s{i:031x}", i,
        )  # fmt: skip
        (december if care.isoformat().startswith(IMPORTED_MONTH) else statement).append(row)
        cpam[paid_on] = cpam.get(paid_on, 0) + versed - withheld
        if amc:
            mutuelle[paid_on] = mutuelle.get(paid_on, 0) + amc
        bank.append((None, 30, care.isoformat(), None, care.isoformat(), f"{label} {care:%d/%m}",
                     "", paid, None, None, None, None, None, None, "household", f"d{i:031x}", i))  # fmt: skip
    for n, (day, cents) in enumerate(sorted(cpam.items())):
        booked = (day + timedelta(days=1)).isoformat()
        bank.append((None, 30, booked, None, booked, "VIR CPAM DE PARIS", "", None, None, None,
                     cents, None, None, None, "mandatory", f"c{n:031x}", n))  # fmt: skip
    for n, (day, cents) in enumerate(sorted(mutuelle.items())):
        booked = (day + timedelta(days=10)).isoformat()
        bank.append((None, 30, booked, None, booked, "VIR HARMONIE MUTUELLE", "", None, None,
                     None, None, cents, None, None, "complementary", f"m{n:031x}", n))  # fmt: skip
    n = 0
    while len(bank) < BANK_LINES:  # credits no act explains (sick-leave pay, a refund...)
        day = (START + timedelta(days=rng.randrange(DAYS))).isoformat()
        bank.append((None, 30, day, None, day, "VIR CPAM DE PARIS IJ", "", None, None, None,
                     rng.randrange(1000, 90000), None, None, None, "mandatory", f"o{n:031x}", n))  # fmt: skip
        n += 1
    return statement, december, bank


@pytest.fixture(scope="module")
def family(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[Any, ...]], float]:
    folder = tmp_path_factory.mktemp("family")
    ctx = AppContext.open(folder, clock=FixedClock.on(TODAY), daily_backup=False)
    for name in ("Paul Lebrun", "Zoé Lebrun", "Léo Lebrun", "Léa Lebrun"):
        PeopleService(ctx).add(PersonDetails(name))
    ctx.close()
    statement, december, bank = _family(random.Random(2006))  # noqa: S311 - test data
    connection = sqlite3.connect(folder / "ameli.db", isolation_level=None)
    connection.execute("BEGIN")
    for batch in range(1, 31):
        connection.execute(
            "INSERT INTO import_batch (id, file_name, sha256, profile, encoding, imported, "
            "duplicates, rejected, skipped, imported_at, document) VALUES (?, ?, ?, 'ameli', "
            "'utf-8', 0, 0, 0, 0, '2026-01-01 10:00:00', ?)",
            (batch, f"f{batch}", f"{batch:064x}", "bank" if batch == 30 else "csv"),
        )
    connection.executemany(LINE_SQL, statement + bank)
    connection.execute("COMMIT")
    connection.execute("ANALYZE")
    connection.close()
    ctx = AppContext.open(folder, clock=FixedClock.on(TODAY), daily_backup=False)
    started = time.perf_counter()
    with ctx.write() as session:
        refresh_all(session)
    built = time.perf_counter() - started
    ctx.close()
    return folder, december, built


def _report(benchmark: Any, what: str, ours: list[float], sql: list[float]) -> float:
    ours_ms, sql_ms = statistics.median(ours) * 1000, statistics.median(sql) * 1000
    ratio = ours_ms / sql_ms
    benchmark.extra_info.update(ours_ms=round(ours_ms, 2), sql_ms=round(sql_ms, 2),
                                ratio=round(ratio, 2))  # fmt: skip
    print(f"\n{what}: ours {ours_ms:.1f} ms, SQL reading the same rows {sql_ms:.1f} ms, "
          f"ratio {ratio:.2f} (goal <= 2 and < 200 ms; medians of {ROUNDS} interleaved rounds)")  # fmt: skip
    return ratio


def test_matching_after_an_import(benchmark: Any, family: tuple[Path, list[Any], float]) -> None:
    folder, december, built = family
    print(f"\nall {ACTS} acts and {BANK_LINES} bank lines built from scratch in {built:.2f} s")
    ctx = AppContext.open(folder, clock=FixedClock.on(TODAY), daily_backup=False)
    rows = [(*row[:1], 31, *row[2:]) for row in december]
    touched = touched_by_rows(rows)
    selects: list[str] = []
    ours: list[float] = []
    sql: list[float] = []

    def write_december(connection: Any) -> None:
        connection.exec_driver_sql(
            "INSERT INTO import_batch (id, file_name, sha256, profile, encoding, imported, "
            "duplicates, rejected, skipped, imported_at, document) VALUES (31, 'dec', "
            "'dec', 'ameli', 'utf-8', 0, 0, 0, 0, '2026-01-02 10:00:00', 'csv')"
        )
        connection.exec_driver_sql(LINE_SQL, rows)

    def one_round() -> None:
        with ctx.sessions() as session:
            session.begin()
            connection = session.connection()
            raw = connection.connection.dbapi_connection
            write_december(connection)
            record = not selects
            if record:
                raw.set_trace_callback(
                    lambda text: selects.append(text) if text.lstrip().upper().startswith("SELECT") else None
                )  # fmt: skip
            started = time.perf_counter()
            refresh(session, touched)
            ours.append(time.perf_counter() - started)
            raw.set_trace_callback(None)
            session.rollback()
            session.begin()
            connection = session.connection()
            write_december(connection)
            cursor = connection.connection.dbapi_connection.cursor()
            started = time.perf_counter()
            for text in selects:
                cursor.execute(text).fetchall()
            sql.append(time.perf_counter() - started)
            session.rollback()

    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    # What the refresh does, once for real: December's card payments find their acts.
    with ctx.write() as session:
        write_december(session.connection())
        refresh(session, touched)
    december_acts = ActService(ctx).acts(ActFilter(date_from=date(2025, 12, 1)))
    ctx.close()
    ratio = _report(benchmark, f"matching after importing {len(rows)} lines", ours, sql)
    assert len(december_acts) >= len(rows)
    assert sum(1 for a in december_acts if a.bank_debit is not None) > len(rows) // 2
    assert statistics.median(ours) < 0.200
    assert ratio <= 2.0


def test_still_owed_view(benchmark: Any, family: tuple[Path, list[Any], float]) -> None:
    folder, _, _ = family
    ctx = AppContext.open(folder, clock=FixedClock.on(TODAY), daily_backup=False)
    service = ActService(ctx)
    query = f"SELECT {_ACT_SQL} {_FROM} WHERE a.status != 'settled' ORDER BY a.since, a.id"
    connection = sqlite3.connect(folder / "ameli.db")
    ours: list[float] = []
    sql: list[float] = []
    found: list[Any] = []

    def one_round() -> None:
        started = time.perf_counter()
        found.append(service.still_owed())
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        rows = connection.execute(query).fetchall()
        sql.append(time.perf_counter() - started)
        found.append(len(rows))

    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    connection.close()
    ctx.close()
    owed = found[0]
    ratio = _report(
        benchmark,
        f"Still owed ({len(owed.amo_acts)} awaiting the Assurance Maladie, "
        f"{len(owed.amc_acts)} the mutuelle)",
        ours,
        sql,
    )
    assert len(owed.amo_acts) + len(owed.amc_acts) == found[1] > 100
    assert statistics.median(ours) < 0.200
    assert ratio <= 2.0


def test_acts_list_first_page(
    benchmark: Any, family: tuple[Path, list[Any], float], qtbot: Any
) -> None:
    """The Reimbursements tab's acts list (the table engine's paged model, as the lines'):
    filter by person + year, first page painted, beside the SQL alone (the count the scroll bar
    needs and the first page, with sqlite3). The view really paints (``grab``; ``repaint`` on
    the offscreen platform read no page at all), so the ratio counts Qt's painting too: it is
    reported; the time is held to the issue's 200 ms."""
    from PySide6.QtWidgets import QTableView

    from ameli_desktop.ui.models.acts import ActsModel

    folder, _, _ = family
    ctx = AppContext.open(folder, clock=FixedClock.on(TODAY), daily_backup=False)
    year = 2015
    bounds = (2, f"{year}-01-01", f"{year}-12-31")
    where = "a.person_id = ? AND a.care_date >= ? AND a.care_date <= ?"
    count_sql = f"SELECT count(*) FROM care_act a WHERE {where}"  # noqa: S608 - fixed text
    page_sql = (  # the page the model reads (services.acts.ActService.acts)
        f"SELECT {_ACT_SQL} {_FROM} WHERE {where} "
        "ORDER BY a.care_date DESC, a.id DESC LIMIT 200 OFFSET 0"
    )
    connection = sqlite3.connect(folder / "ameli.db")
    model = ActsModel(ctx)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    ours: list[float] = []
    sql: list[float] = []
    pages: list[int] = []

    def one_round() -> None:
        model.set_filter(ActFilter())  # a change each round
        started = time.perf_counter()
        model.set_filter(ActFilter.year(year, 2))
        view.doItemsLayout()  # what the view does after a reset, before it paints
        view.viewport().grab()  # paints the first page: data() for the visible rows
        ours.append(time.perf_counter() - started)
        pages.append(len(model._pages))
        started = time.perf_counter()
        connection.execute(count_sql, bounds).fetchall()
        connection.execute(page_sql, bounds).fetchall()
        sql.append(time.perf_counter() - started)

    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    connection.close()
    shown = model.rowCount()
    first = model.index(0, ActsModel.DATE).data()
    ctx.close()
    ratio = _report(benchmark, f"acts list, person + year, first page of {shown}", ours, sql)
    assert shown > 300
    assert pages == [1] * ROUNDS  # the first page read in each round, and only it
    assert first.endswith(str(year))
    # Ours includes Qt painting the visible rows (grab: a real paint, measured at about half
    # of it); the SQL alone paints nothing, so the ratio is reported, the time is the goal.
    assert ratio > 0
    assert statistics.median(ours) < 0.200
