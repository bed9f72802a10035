"""The Reimbursements table over 1 000 000 stored lines: filter by person + year, first page
shown, beside the SQL alone (DESIGN.md 9: <= 1.5x and < 100 ms).

"The SQL alone" is what a paged view needs before it can paint: the count of matching lines
(the scroll bar's length) and the first page, run with sqlite3 and nothing else. Ours is the
tab's path: the proxy's new filter, the model's count and page through the service, and the
view's synchronous repaint of the visible rows, in a view prepared as the tab's (no row
headers). The view is laid out first (an event loop turn after it is shown): until then a
repaint paints no row, and the page would never be read in the timed part; each round checks
that it was. Shown too: the filter's part (the count, the views told), and the time Qt takes to
paint the same page's texts from its own item model, with no Python and no SQL: painting alone
takes longer than the SQL, so the 1.5x goal cannot hold as written (issue 20); ours beside the
SQL + that painting is what the table's own layers add.
"""

import random
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui.models.reimbursements import LinesModel, LinesProxyModel
from ameli_desktop.ui.widgets.tables import prepare_view

LINES = 1_000_000
ROUNDS = 15
GOAL = 1.5
REGRESSION_GUARD = 5.0  # ours / (SQL + painting): load-sensitive; the code before was about 5x
PAGE_ROWS = 40  # more than the view shows
YEAR = 2021
NATURES = [
    "Consultation médecin généraliste",
    "Pharmacie vignette blanche",
    "Kinésithérapie",
    "Analyses de biologie médicale",
    "Soins dentaires",
    "Optique - verres",
]
COUNT_SQL = (
    "SELECT count(*) FROM reimbursement_line l "
    "WHERE l.person_id = ? AND l.line_date >= ? AND l.line_date <= ?"
)
PAGE_SQL = (  # the page query the model runs (services.reimbursements.page)
    "SELECT l.id, l.person_id, p.name, l.line_date, l.care_date, l.payment_date, l.nature, "
    "l.practitioner, l.paid_cents, l.base_cents, l.rate_percent, l.reimbursed_cents, "
    "l.complementary_cents, l.deductions_cents, l.third_party, l.insurer, l.batch_id, "
    "l.source_line FROM reimbursement_line l JOIN person p ON p.id = l.person_id "
    "WHERE l.person_id = ? AND l.line_date >= ? AND l.line_date <= ? "
    "ORDER BY l.line_date DESC, l.id DESC LIMIT 200 OFFSET 0"
)


@pytest.fixture(scope="module")
def million(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with four people and a million lines over ten years."""
    folder = tmp_path_factory.mktemp("million")
    ctx = AppContext.open(folder, clock=FixedClock.on(date(2026, 11, 25)), daily_backup=False)
    for name in ("Paul Lebrun", "Zoé Lebrun", "Éloïse Martin", "Léo Lebrun"):
        PeopleService(ctx).add(PersonDetails(name))
    ctx.close()
    rng = random.Random(9)  # noqa: S311 - test data
    start = date(2016, 1, 1)

    def rows() -> Any:
        for i in range(LINES):
            day = (start + timedelta(days=rng.randrange(3650))).isoformat()
            paid = rng.randrange(100, 50_000)
            yield (
                rng.randrange(1, 5), None, day, day, day, rng.choice(NATURES), "Dr MARTIN",
                paid, paid, 70, paid * 7 // 10, None, 100, None, None, f"{i:032x}", i,
            )  # fmt: skip

    connection = sqlite3.connect(folder / "ameli.db", isolation_level=None)
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO reimbursement_line (person_id, batch_id, line_date, care_date, "
        "payment_date, nature, practitioner, paid_cents, base_cents, rate_percent, "
        "reimbursed_cents, complementary_cents, deductions_cents, third_party, insurer, "
        "fingerprint, source_line) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows(),
    )
    connection.execute("COMMIT")
    connection.execute("ANALYZE")
    connection.close()
    return folder


def test_filter_person_and_year_first_page(
    benchmark: Any, million: Path, qtbot: Any, design_figures: list[str]
) -> None:
    ctx = AppContext.open(million, clock=FixedClock.on(date(2026, 11, 25)), daily_backup=False)
    bounds = (2, f"{YEAR}-01-01", f"{YEAR}-12-31")

    connection = sqlite3.connect(million / "ameli.db")
    sql_best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        connection.execute(COUNT_SQL, bounds).fetchall()
        connection.execute(PAGE_SQL, bounds).fetchall()
        sql_best = min(sql_best, time.perf_counter() - started)
    connection.close()

    model = LinesModel(ctx)
    proxy = LinesProxyModel(model)
    view = shown_view(proxy, qtbot)

    def filter_and_paint() -> None:
        proxy.set_criteria(person_id=None, date_from=None, date_to=None)  # a change each round
        started = time.perf_counter()
        proxy.set_criteria(person_id=2, date_from=date(YEAR, 1, 1), date_to=date(YEAR, 12, 31))
        filtered = time.perf_counter()
        view.viewport().repaint()  # paints the first page: data() for the visible rows
        timings.append((time.perf_counter() - started, filtered - started))
        assert model.loaded_pages() == 1  # the page was read and painted in the timed part

    timings: list[tuple[float, float]] = []
    benchmark.pedantic(filter_and_paint, rounds=ROUNDS, iterations=1)
    ours = min(total for total, _filter in timings)
    filter_only = min(f for _total, f in timings)
    texts = [
        [proxy.index(row, column).data() or "" for column in range(proxy.columnCount())]
        for row in range(PAGE_ROWS)
    ]
    ctx.close()
    paint = paint_alone(texts, qtbot)
    ratio = ours / sql_best
    floor_ratio = ours / (sql_best + paint)
    benchmark.extra_info.update(
        sql_alone_ms=round(sql_best * 1000, 2),
        ours_ms=round(ours * 1000, 2),
        ratio=round(ratio, 2),
        filter_only_ms=round(filter_only * 1000, 2),
        paint_alone_ms=round(paint * 1000, 2),
        ratio_to_sql_and_paint=round(floor_ratio, 2),
    )
    figures = (
        f"Reimbursements table, filter by person + year over {LINES:,} lines, first page "
        f"painted (best of {ROUNDS}; goal <= 1.5x of the SQL alone and < 100 ms): "
        f"ours {ours * 1000:.1f} ms, SQL alone {sql_best * 1000:.1f} ms: {ratio:.2f}x  "
        f"goal: {'met' if ratio <= GOAL else 'MISSED'}",
        f"  of which the filter (count + the views told) {filter_only * 1000:.1f} ms; painting "
        f"the same page from a QStandardItemModel alone {paint * 1000:.1f} ms: ours is "
        f"{floor_ratio:.2f}x of the SQL + that painting",
    )
    design_figures.extend(figures)
    print("\n" + "\n".join(figures))
    assert model.rowCount() > 20_000  # about a quarter of a tenth of the lines
    assert texts[0][LinesModel.DATE].endswith(str(YEAR))
    assert ours < 0.100
    # DESIGN.md 9's 1.5x of the SQL alone cannot hold once the page is painted: Qt's painting
    # of the page's text alone takes longer than the SQL (issue 20). Not asserted; this keeps
    # what was gained over the SQL + a C++ model's painting.
    assert floor_ratio <= REGRESSION_GUARD


def shown_view(model: QAbstractItemModel, qtbot: Any) -> QTableView:
    """A view prepared as the tab's (no row headers), shown and laid out."""
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    prepare_view(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)  # the view's delayed layout: without it a repaint paints no row
    return view


def paint_alone(texts: list[list[str]], qtbot: Any) -> float:
    """The best time to repaint the same page's texts from Qt's own item model: no Python per
    cell, no SQL. What any Qt view of this page costs at least."""
    model = QStandardItemModel(len(texts), len(texts[0]))
    for row, cells in enumerate(texts):
        for column, text in enumerate(cells):
            model.setItem(row, column, QStandardItem(text))
    view = shown_view(model, qtbot)
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        view.viewport().repaint()
        best = min(best, time.perf_counter() - started)
    return best
