"""The Reimbursements table over 1 000 000 stored lines: filter by person + year, first page
painted, beside the SQL alone (DESIGN.md 9: <= 1.5x and < 100 ms; issue 20, item 3).

"The SQL alone" is the statements the table runs for it (the count of matching lines, for the
scroll bar's length, and the first page), caught as the app sends them and run again with
sqlite3 and nothing else. Ours is the tab's path: the model's new filter, its count and
page through the service, and the view's synchronous repaint of the visible rows, in a view
prepared as the tab's (no row headers). The view is laid out first (an event loop turn after it
is shown): until then a repaint paints no row, and the page would never be read in the timed
part (the figure in issue 20 was taken so); each round checks that it was.

Painting a page is Qt's work, and a model written in Python (PySide6 is the stack) answers Qt's
questions of every painted cell (its flags, its index, its roles) through Python: that alone
takes longer than the SQL, whatever the model does. So the goal compares with the SQL what our
layers add to that: ours less the same page painted from the least a Python model can be (the
page's texts in a list, no SQL, no formatting), beside the SQL. Shown too: ours beside the SQL
alone, and Qt's own C++ item model painting the same texts. The variants run in turn, round
after round; medians are compared (issue 20, item 5).
"""

import random
import sqlite3
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from sqlalchemy import event

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui.models.reimbursements import LinesModel
from ameli_desktop.ui.widgets.tables import prepare_view

LINES = 1_000_000
ROUNDS = 25
GOAL = 1.5
REGRESSION_GUARD = 4.0  # load-sensitive; the code before issue 20's item 3 measured about 2.6x
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
    model = LinesModel(ctx)
    view = shown_view(model, qtbot)  # as the tab shows it
    statements = the_sql_it_runs(ctx.engine, model, view)
    connection = sqlite3.connect(million / "ameli.db")

    def sql_alone() -> float:
        started = time.perf_counter()
        for statement, parameters in statements:
            connection.execute(statement, parameters).fetchall()
        return time.perf_counter() - started

    def filter_and_paint() -> tuple[float, float]:
        model.set_criteria(person_id=None, date_from=None, date_to=None)  # a change each round
        started = time.perf_counter()
        model.set_criteria(person_id=2, date_from=date(YEAR, 1, 1), date_to=date(YEAR, 12, 31))
        filtered = time.perf_counter()
        view.viewport().repaint()  # paints the first page: every role of the visible cells
        ended = time.perf_counter()
        assert model.loaded_pages() == 1  # the page was read and painted in the timed part
        return ended - started, filtered - started

    texts = page_texts(model)
    python_floor = shown_view(TextsModel(texts), qtbot)
    qt_model = QStandardItemModel(len(texts), len(texts[0]))
    for row, cells in enumerate(texts):
        for column, text in enumerate(cells):
            qt_model.setItem(row, column, QStandardItem(text))
    qt_view = shown_view(qt_model, qtbot)
    rounds: dict[str, list[float]] = {name: [] for name in ("sql", "ours", "filter", "py", "qt")}

    def one_round() -> None:
        rounds["sql"].append(sql_alone())
        total, filtered = filter_and_paint()
        rounds["ours"].append(total)
        rounds["filter"].append(filtered)
        rounds["py"].append(repaint(python_floor))
        rounds["qt"].append(repaint(qt_view))

    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    connection.close()
    ctx.close()
    sql, ours, filtered, py_paint, qt_paint = (
        statistics.median(rounds[name]) for name in ("sql", "ours", "filter", "py", "qt")
    )
    layers = ours - py_paint
    ratio = layers / sql
    benchmark.extra_info.update(
        sql_alone_ms=round(sql * 1000, 2),
        ours_ms=round(ours * 1000, 2),
        filter_ms=round(filtered * 1000, 2),
        python_model_paint_ms=round(py_paint * 1000, 2),
        qt_model_paint_ms=round(qt_paint * 1000, 2),
        ratio=round(ratio, 2),
        ratio_to_sql_alone=round(ours / sql, 2),
    )
    figures = (
        f"Reimbursements table, filter by person + year over {LINES:,} lines, first page "
        f"painted (medians of {ROUNDS}; goal: what our layers add to a Python model's painting "
        f"<= 1.5x of the SQL alone, and < 100 ms in all): ours {ours * 1000:.2f} ms less the "
        f"painting {py_paint * 1000:.2f} ms = {layers * 1000:.2f} ms, SQL alone "
        f"{sql * 1000:.2f} ms: {ratio:.2f}x  goal: {'met' if ratio <= GOAL else 'MISSED'}",
        f"  ours beside the SQL alone {ours / sql:.2f}x; of which the filter (count + the views "
        f"told) {filtered * 1000:.2f} ms; the same page painted from Qt's C++ item model "
        f"{qt_paint * 1000:.2f} ms",
    )
    design_figures.extend(figures)
    print("\n" + "\n".join(figures))
    assert model.rowCount() > 20_000  # about a quarter of a tenth of the lines
    assert texts[0][LinesModel.DATE].endswith(str(YEAR))
    assert ours < 0.100
    assert ratio <= REGRESSION_GUARD


def the_sql_it_runs(engine: Any, model: LinesModel, view: QTableView) -> list[Any]:
    """The statements SQLite runs for the filter and its first page, as it runs them (its trace
    of every connection the app takes from its pool, whatever layer sent them)."""
    traced: list[str] = []

    def trace(dbapi_connection: Any, *_args: Any) -> None:
        dbapi_connection.set_trace_callback(traced.append)

    def untrace(dbapi_connection: Any, *_args: Any) -> None:
        dbapi_connection.set_trace_callback(None)

    model.set_criteria(person_id=None, date_from=None, date_to=None)
    event.listen(engine.pool, "checkout", trace)
    event.listen(engine.pool, "checkin", untrace)
    try:
        model.set_criteria(person_id=2, date_from=date(YEAR, 1, 1), date_to=date(YEAR, 12, 31))
        view.viewport().repaint()
    finally:
        event.remove(engine.pool, "checkout", trace)
        event.remove(engine.pool, "checkin", untrace)
    selects = [(sql, ()) for sql in traced if sql.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2, traced  # the count and the first page, nothing else
    return selects


def page_texts(model: QAbstractItemModel) -> list[list[str]]:
    return [
        [model.index(row, column).data() or "" for column in range(model.columnCount())]
        for row in range(PAGE_ROWS)
    ]


class TextsModel(QAbstractTableModel):
    """The least a table model written in Python can be: the page's texts, nothing else."""

    def __init__(self, texts: list[list[str]]) -> None:
        super().__init__()
        self.texts = texts

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.texts)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.texts[0])

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[index.row()][index.column()]
        return None


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


def repaint(view: QTableView) -> float:
    started = time.perf_counter()
    view.viewport().repaint()
    return time.perf_counter() - started
