"""The one table model engine: a table is its columns' description, one model class serves them
all, and the views size their columns from the same description."""

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHeaderView, QStyleOptionViewItem, QTableView

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.people import PersonDetails, Role
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui.models.people import PeopleModel
from ameli_desktop.ui.models.reimbursements import LINES, LinesModel
from ameli_desktop.ui.models.table import (
    ID_ROLE,
    RIGHT,
    SORT_ROLE,
    CheckableTableModel,
    Column,
    Table,
    TableModel,
    count_column,
    day_column,
    money_column,
)
from ameli_desktop.ui.widgets.tables import prepare_view, sort_proxy


@dataclass(frozen=True)
class Fruit:
    id: int
    name: str
    note: str
    price_cents: int
    rotten: bool = False


FRUITS: Table[Fruit] = Table(
    "FruitTable",
    (
        Column(QT_TRANSLATE_NOOP("FruitTable", "Name"), lambda f: f.name),
        Column(
            QT_TRANSLATE_NOOP("FruitTable", "Note"),
            lambda f: f.note,
            tooltip=lambda f: f.note or None,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("FruitTable", "Price"),
            lambda f: f"{f.price_cents / 100:.2f}",
            sort=lambda f: f.price_cents,
            align=RIGHT,
            header_tooltip=QT_TRANSLATE_NOOP("FruitTable", "What it costs"),
            background=lambda f: QColor("red") if f.price_cents > 500 else None,
        ),
    ),
    row_id=lambda f: f.id,
    tooltip=lambda f: "rotten" if f.rotten else None,
    foreground=lambda f: QColor("grey") if f.rotten else None,
)
ROWS = [
    Fruit(1, "Apple", "crisp and sweet, from the orchard down the road", 120),
    Fruit(2, "Mango", "", 900, rotten=True),
    Fruit(3, "Kiwi", "fuzzy", 45),
]


@pytest.fixture
def fruits(qtbot):  # type: ignore[no-untyped-def]
    model = TableModel(FRUITS)
    model.set_rows(ROWS)
    return model


def cell(model: TableModel, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def,type-arg]
    return model.index(row, column).data(role)


def test_the_description_gives_every_role(fruits) -> None:  # type: ignore[no-untyped-def]
    assert fruits.columnCount() == 3
    assert fruits.rowCount() == 3
    assert [fruits.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Name",
        "Note",
        "Price",
    ]
    assert fruits.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "What it costs"
    )
    assert fruits.headerData(3, Qt.Orientation.Horizontal) is None
    assert fruits.headerData(0, Qt.Orientation.Vertical) is None
    assert cell(fruits, 0, 2) == "1.20"
    assert cell(fruits, 0, 2, SORT_ROLE) == 120
    assert cell(fruits, 0, 0, SORT_ROLE) == "Apple"  # the text when no sort value is given
    assert cell(fruits, 0, 2, Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT.value)
    assert cell(fruits, 1, 2, Qt.ItemDataRole.BackgroundRole) == QColor("red")
    assert cell(fruits, 0, 2, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(fruits, 2, 0, ID_ROLE) == 3
    # A column's own tooltip replaces the row's; others show the row's.
    assert cell(fruits, 1, 1, Qt.ItemDataRole.ToolTipRole) is None
    assert cell(fruits, 1, 0, Qt.ItemDataRole.ToolTipRole) == "rotten"
    assert cell(fruits, 1, 2, Qt.ItemDataRole.ForegroundRole) == QColor("grey")
    assert cell(fruits, 0, 0, Qt.ItemDataRole.CheckStateRole) is None
    assert fruits.index(9, 0).data() is None
    assert fruits.data(QModelIndex()) is None
    assert fruits.row_of(2) == 1
    assert fruits.row_of(99) == -1


def test_the_model_passes_the_model_tester(fruits, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(fruits)
    fruits.set_rows([])
    qtmodeltester.check(fruits)


class CountingFruits(TableModel[Fruit]):
    """The fruits, counting the calls into data() (each one a call into Python)."""

    def __init__(self) -> None:
        super().__init__(FRUITS)
        self.data_calls = 0
        self._described = True  # answered by multiData as the engine's own data() would be

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        self.data_calls += 1
        return super().data(index, role)


def test_a_painted_cell_is_one_call_with_every_role_as_data_gives_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The delegate asks a cell's seven roles at once (multiData): through the table's proxies,
    the view gets what data() gives, role by role, without asking data() at all."""
    fruits = CountingFruits()
    fruits.set_rows(ROWS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(sort_proxy(fruits, view))
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # Mango, Apple, Kiwi
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(10)
    fruits.data_calls = 0
    view.viewport().repaint()
    assert fruits.data_calls == 0
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, view.model().index(0, 2))
    assert option.text == "9.00"
    assert option.backgroundBrush.color() == QColor("red")  # the column's own colour
    assert option.palette.text().color() == QColor("grey")  # the row's (rotten)
    assert option.displayAlignment == RIGHT
    view.itemDelegate().initStyleOption(option := QStyleOptionViewItem(), view.model().index(2, 1))
    assert option.text == "fuzzy"
    assert option.backgroundBrush.style() == Qt.BrushStyle.NoBrush


def test_a_proxy_sorts_by_the_sort_values(fruits, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = QTableView()
    qtbot.addWidget(view)
    proxy = sort_proxy(fruits, view)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Kiwi", "Apple", "Mango"]


def test_headers_are_translated_in_the_tables_context(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.i18n import install_translators, reset_language

    installed = install_translators("fr")
    try:
        assert LINES.header(LinesModel.NATURE) == "Nature des soins"
        model = PeopleModel()
        assert model.headerData(PeopleModel.BORN, Qt.Orientation.Horizontal) != "Born"
    finally:
        for translator in installed:
            QApplication.instance().removeTranslator(translator)
        reset_language()
    assert LINES.header(LinesModel.NATURE) == "Nature of care"


def test_the_descriptive_column_stretches_and_the_others_fit(fruits, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(fruits)
    prepare_view(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    assert header.sectionSize(1) > header.sectionSize(0) + header.sectionSize(2)
    assert not view.horizontalScrollBar().isVisible()
    assert not view.tabKeyNavigation()


def test_a_narrow_table_keeps_its_descriptive_column_readable_and_scrolls(fruits, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(fruits)
    prepare_view(view)
    view.resize(150, 300)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    readable = view.fontMetrics().horizontalAdvance("0" * 18)
    qtbot.waitUntil(lambda: header.sectionSize(1) >= readable)
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Interactive
    qtbot.waitUntil(view.horizontalScrollBar().isVisible)
    # Wide again: it stretches again.
    view.resize(900, 300)
    qtbot.waitUntil(lambda: header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch)


def test_enter_opens_the_current_row_once(fruits, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(fruits)
    prepare_view(view)
    view.show()
    qtbot.waitExposed(view)
    opened: list[int] = []
    view.activated.connect(lambda index: opened.append(index.row()))
    view.setCurrentIndex(fruits.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [2]


def test_the_household_table_passes_the_model_tester(ui_ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    people = PeopleService(ui_ctx.ctx)
    people.add(PersonDetails("Zoé Lebrun", date(1985, 5, 12), Role.HOLDER, s1_holder=True))
    people.add(PersonDetails("Léo Lebrun", None, Role.CHILD))
    model = PeopleModel()
    model.set_people(people.all())
    qtmodeltester.check(model)
    assert model.index(0, PeopleModel.BORN).data(SORT_ROLE) == "9999-12-31"  # Léo: not given
    assert model.index(1, PeopleModel.S1).data(Qt.ItemDataRole.ToolTipRole)


def test_the_usual_columns_show_and_sort_the_french_way() -> None:
    @dataclass(frozen=True)
    class Row:
        on: date | None
        cents: int | None
        count: int

    table: Table[Row] = Table(
        "FruitTable",
        (
            day_column(QT_TRANSLATE_NOOP("FruitTable", "On"), lambda r: r.on),
            money_column(QT_TRANSLATE_NOOP("FruitTable", "Amount"), lambda r: r.cents),
            count_column(QT_TRANSLATE_NOOP("FruitTable", "Lines"), lambda r: r.count),
        ),
    )
    model = TableModel(table)
    model.set_rows([Row(date(2025, 12, 31), 123456, 7), Row(None, None, 0)])
    assert [cell(model, 0, c) for c in range(3)] == ["31/12/2025", "1\u202f234,56\u00a0€", "7"]
    assert [cell(model, 1, c) for c in range(3)] == ["", "", "0"]
    assert [cell(model, 1, c, SORT_ROLE) for c in range(3)] == ["9999-12-31", 0, 0]
    assert cell(model, 0, 0, SORT_ROLE) == "2025-12-31"
    assert cell(model, 0, 1, Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT.value)
    assert cell(model, 0, 2, Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT.value)


def test_a_tick_box_column_and_row_headers(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    kept: dict[int, bool] = {1: True, 2: False}

    def tick(fruit: Fruit, ticked: bool) -> None:
        kept[fruit.id] = ticked

    table: Table[Fruit] = Table(
        "FruitTable",
        (
            Column(
                QT_TRANSLATE_NOOP("FruitTable", "Keep?"),
                lambda f: "keep" if kept.get(f.id) else "",
                check=lambda f: kept.get(f.id),  # Kiwi (3) has no box
                set_check=tick,
            ),
            Column(QT_TRANSLATE_NOOP("FruitTable", "Name"), lambda f: f.name),
        ),
        row_header=lambda f: f"line {f.id}",
    )
    with pytest.raises(TypeError):  # its flags would never offer the box to the user
        TableModel(table)
    model = CheckableTableModel(table)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert cell(model, 0, 0, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert cell(model, 1, 0, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert cell(model, 2, 0, Qt.ItemDataRole.CheckStateRole) is None
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(2, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.column())))
    assert model.setData(model.index(1, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert kept[2] is True
    assert changed == [(1, 1)]  # the whole row, its look may follow the tick
    assert cell(model, 1, 0) == "keep"
    assert not model.setData(
        model.index(2, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert not model.setData(model.index(0, 1), "x", Qt.ItemDataRole.EditRole)
    assert model.headerData(2, Qt.Orientation.Vertical) == "line 3"


def test_a_short_table_with_typical_widths_fits_its_rows_when_filled(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typical widths (``chars``) are for tables too long to measure; a short table that has
    them (the acts a debit may have paid) narrows each column to its rows once filled."""
    typical = Table(
        "FruitTable",
        (
            Column(QT_TRANSLATE_NOOP("FruitTable", "Name"), lambda f: f.name, chars=30),
            Column(QT_TRANSLATE_NOOP("FruitTable", "Note"), lambda f: f.note, stretch=True),
        ),
    )
    model = TableModel(typical)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    prepare_view(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    thirty = view.fontMetrics().horizontalAdvance("0" * 30)
    assert header.sectionSize(0) >= thirty  # empty: its typical width
    model.set_rows(ROWS)
    qtbot.waitUntil(lambda: header.sectionSize(0) < thirty / 2)
    assert header.sectionSize(0) >= view.fontMetrics().horizontalAdvance("Mango")
