"""One table model for every record table of the app (STYLE.md 15): a table is described by its
columns, and :class:`TableModel` serves any description.

A :class:`Column` (or :func:`day_column`, :func:`money_column` for the usual ones) says what a
column shows of a record: its header (marked for translation in
the table's context), its text, how it sorts, its alignment, tooltip and colours, and whether it
is the descriptive column that takes the room left (``stretch``): the views size their columns
from the same description (:func:`~ameli_desktop.ui.widgets.tables.fit_columns`), so the layout
of a table is said in one place. A new table is a :class:`Table` and, when it needs a method or
two (``row_of``, a record with its own name), a short subclass of :class:`TableModel`.

Rows are records (frozen dataclasses from the services) or small wrappers when a cell needs more
than the record (today's date for "overdue"). Tables whose rows come from SQL a page at a time
override :meth:`TableModel.record` and :meth:`TableModel.rowCount` and keep everything else.
"""

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ameli_desktop.ui import formatting

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
Cell = Callable[[Any], Any]

ID_ROLE = Qt.ItemDataRole.UserRole  # the record's id (selecting it again after a refresh)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts right (dates, numbers)
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # amounts and counts
CENTER = Qt.AlignmentFlag.AlignCenter

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_SORT = int(SORT_ROLE)
_ID = int(ID_ROLE)


def _check_state(ticked: bool | None) -> Qt.CheckState | None:
    if ticked is None:
        return None
    return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column of a table.

    Args:
        header: the English header, marked ``QT_TRANSLATE_NOOP(<table context>, ...)``.
        text: what the cell shows for a record.
        sort: the value the column sorts by (the text when None).
        tooltip: the cell's tooltip for a record (None: none).
        header_tooltip: the header's tooltip, marked like the header ("" for none).
        align: LEFT, RIGHT (amounts, counts) or CENTER.
        background, foreground, font: the cell's look for a record (None: the table's).
        stretch: the descriptive column(s) that take the width left; the others fit their text.
        chars: a typical width in characters, for tables too long to measure (paged from SQL).
        check: a tick box in the cell, ticked or not (None: no box for that record).
        set_check: makes the tick box the user's: called with the record and the new state.
    """

    header: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str | None] | None = None
    header_tooltip: str = ""
    align: Qt.AlignmentFlag = LEFT
    background: Callable[[R], Any] | None = None
    foreground: Callable[[R], Any] | None = None
    font: Callable[[R], Any] | None = None
    stretch: bool = False
    chars: int = 0
    check: Callable[[R], bool | None] | None = None
    set_check: Callable[[R, bool], None] | None = None


@dataclass(frozen=True)
class Table(Generic[R]):
    """A table: the translation context of its texts, its columns, and what applies to a whole
    row (the record's id; a row-wide tooltip, colour or font such as an overdue claim's, which
    a column's own replaces; the text of the row's header, when the view shows one)."""

    context: str
    columns: Sequence[Column[R]]
    row_id: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str | None] | None = None
    background: Callable[[R], Any] | None = None
    foreground: Callable[[R], Any] | None = None
    font: Callable[[R], Any] | None = None
    row_header: Callable[[R], str] | None = None
    _roles: list[dict[int, Cell]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Each column's roles resolved once: data() is one dict lookup per call (DESIGN.md 9).
        roles = []
        for column in self.columns:
            cell: dict[int, Cell] = {_DISPLAY: column.text, _SORT: column.sort or column.text}
            align = int(column.align.value)
            cell[_ALIGN] = lambda _r, a=align: a
            if column.check is not None:
                check = column.check
                cell[_CHECK] = lambda r, c=check: _check_state(c(r))
            for role, own, whole in (
                (_TOOLTIP, column.tooltip, self.tooltip),
                (_BACKGROUND, column.background, self.background),
                (_FOREGROUND, column.foreground, self.foreground),
                (_FONT, column.font, self.font),
                (_ID, None, self.row_id),
            ):
                chosen = own or whole
                if chosen is not None:
                    cell[role] = chosen
            roles.append(cell)
        object.__setattr__(self, "_roles", roles)

    def header(self, section: int) -> str:
        return QCoreApplication.translate(self.context, self.columns[section].header)

    def headers(self) -> list[str]:
        return [self.header(c) for c in range(len(self.columns))]

    def stretch_columns(self) -> list[int]:
        return [i for i, c in enumerate(self.columns) if c.stretch]

    def roles(self, section: int) -> dict[int, Cell]:
        return self._roles[section]


class TableModel(QAbstractTableModel, Generic[R]):
    """A read-only table of records described by a :class:`Table`."""

    def __init__(self, table: Table[R], parent: Any = None) -> None:
        super().__init__(parent)
        if any(c.set_check for c in table.columns) and not isinstance(self, CheckableTableModel):
            raise TypeError("a table with tick boxes the user changes is a CheckableTableModel")
        self.table = table
        self._rows: list[R] = []
        self._width = len(table.columns)
        # A subclass with a data() of its own is asked role by role (Qt's multiData calls it).
        self._described = type(self).data is TableModel.data

    # ---------------------------------------------------------------- records
    def set_rows(self, rows: Iterable[R], table: Table[R] | None = None) -> None:
        """New records; with ``table``, a new description too (columns that follow a file)."""
        self.beginResetModel()
        if table is not None:
            self.table = table
            self._width = len(table.columns)
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def record(self, row: int) -> R | None:
        """The record shown on ``row`` (None outside the table): paged tables read it here."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: object) -> int:
        """The row of the record whose id (the table's ``row_id``) is ``record_id``, or -1."""
        row_id = self.table.row_id
        if row_id is None:
            return -1
        return next((i for i, r in enumerate(self._rows) if row_id(r) == record_id), -1)

    # ---------------------------------------------------------------- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            row_header = self.table.row_header
            record = self.record(section) if row_header is not None else None
            if role == _DISPLAY and row_header is not None and record is not None:
                return row_header(record)
            return None
        if not 0 <= section < self._width:
            return None
        column = self.table.columns[section]
        if role == _DISPLAY:
            return self.table.header(section)
        if role == _TOOLTIP and column.header_tooltip:
            return QCoreApplication.translate(self.table.context, column.header_tooltip)
        if role == _ALIGN and column.align != LEFT:
            return int(column.align.value)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.table.roles(index.column()).get(role)
        if cell is None:
            return None
        record = self.record(index.row())
        if record is None:
            return None
        return cell(record)

    def multiData(self, index: Index, span: QModelRoleDataSpan) -> None:
        """Every role a view asks of a cell, in one call (DESIGN.md 9).

        Qt 6's item delegate asks seven roles of each cell it paints (font, alignment, colours,
        tick box, icon, text) with one multiData call: answered here, a painted cell costs one
        call into Python and one look-up of its record, not seven of each.
        """
        if self._described:
            self.fill_roles(index, span)
        else:
            super().multiData(index, span)

    def fill_roles(self, index: Index, span: QModelRoleDataSpan) -> None:
        """:meth:`multiData`'s work, called directly by :class:`MultiDataProxy` too."""
        record = self.record(index.row())  # None for an invalid index (its row is -1)
        if record is None:
            for role_data in span:
                role_data.clearData()
            return
        cell_of = self.table.roles(index.column()).get
        for role_data in span:
            cell = cell_of(role_data.role())
            value = None if cell is None else cell(record)
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)


class CheckableTableModel(TableModel[R]):
    """A table whose tick boxes the user changes (a column with ``set_check``).

    Kept apart from :class:`TableModel`: Qt asks a model's ``flags`` for every cell it paints,
    and a model that does not override it answers from C++ (issue 20: a long table's page paints
    with a third less Python)."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        column = self.table.columns[index.column()]
        if column.set_check is not None and column.check is not None:
            record = self.record(index.row())
            if record is not None and column.check(record) is not None:
                return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ticking a column's box (the only edit a described table takes)."""
        if role != _CHECK or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        column = self.table.columns[index.column()]
        record = self.record(index.row())
        assert column.set_check is not None
        assert record is not None
        column.set_check(record, Qt.CheckState(value) == Qt.CheckState.Checked)
        # The tick can change the row's look and texts (a line left out is greyed).
        last = self.index(index.row(), self._width - 1)
        self.dataChanged.emit(self.index(index.row(), 0), last)
        return True


class PagedTableModel(TableModel[R]):
    """A table too long to hold (a million statement lines, twenty years of acts): its rows are
    read from SQL a page at a time when shown, a few pages kept; filtering and sorting are the
    query's. A subclass says how to count the rows of its ``filter`` and read a page of them
    (:meth:`count_rows`, :meth:`read_page`) and which sort key each column has; with
    :meth:`to_record`, a page is kept as read and a row becomes a record only when shown (a
    view paints a score of a page's two hundred rows)."""

    PAGE_SIZE = 200
    MAX_PAGES = 20  # pages kept in memory (the rest are read again when scrolled back to)
    paged = True  # too long to measure: the views size its columns from their ``chars``
    SORT_KEYS: ClassVar[dict[int, Any]] = {}

    def __init__(self, table: Table[R], flt: Any, sort_key: Any, parent: Any = None) -> None:
        super().__init__(table, parent)
        self.filter = flt
        self.sort_key = sort_key
        self.descending = True
        self._count = 0
        # page number -> (the rows as read, their records once made)
        self._pages: OrderedDict[int, tuple[Sequence[Any], list[R | None]]] = OrderedDict()

    def count_rows(self) -> int:
        raise NotImplementedError

    def read_page(self, offset: int, limit: int) -> Sequence[Any]:
        raise NotImplementedError

    def to_record(self, row: Any) -> R:
        """A row of :meth:`read_page` as the table's record (the row itself by default)."""
        return row  # type: ignore[no-any-return] - read_page gave records

    def set_filter(self, flt: Any) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self.count_rows()
        self.endResetModel()

    def _page(self, number: int) -> tuple[Sequence[Any], list[R | None]]:
        page = self._pages.get(number)
        if page is None:
            rows = self.read_page(number * self.PAGE_SIZE, self.PAGE_SIZE)
            page = self._pages[number] = (rows, [None] * len(rows))
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def loaded_pages(self) -> int:
        return len(self._pages)

    def record(self, row: int) -> R | None:
        if not 0 <= row < self._count:
            return None
        rows, records = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        if offset >= len(rows):
            return None
        record = records[offset]
        if record is None:
            record = records[offset] = self.to_record(rows[offset])
        return record

    def row_of(self, record_id: object) -> int:
        """The row of a record among the pages read, or -1."""
        if self.table.row_id is None:
            return -1
        for number in list(self._pages):
            first = number * self.PAGE_SIZE
            for offset in range(len(self._pages[number][0])):
                record = self.record(first + offset)
                if record is not None and self.table.row_id(record) == record_id:
                    return first + offset
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL (ties by id, so paging is stable)."""
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class MultiDataProxy:
    """Mix into a Qt proxy model, before the Qt class: the view's multiData goes to the source
    model in one call. Qt's proxies answer it role by role through ``data()``: seven calls into
    a :class:`TableModel`'s Python for each painted cell instead of one."""

    def multiData(self, index: Index, span: QModelRoleDataSpan) -> None:
        proxy: QAbstractProxyModel = self  # type: ignore[assignment] - mixed into a proxy
        source = proxy.sourceModel()
        if isinstance(source, TableModel) and source._described:
            # Straight to the Python that answers (not through Qt and back).
            source.fill_roles(proxy.mapToSource(index), span)
        elif source is not None:
            source.multiData(proxy.mapToSource(index), span)


class SortFilterProxy(MultiDataProxy, QSortFilterProxyModel):
    """Qt's sorting and filtering proxy for a described table, its cells answered in one call."""


# ---------------------------------------------------------------------- the usual columns
def day_column(header: str, day: Callable[[R], date | None], **options: Any) -> Column[R]:
    """A date, shown the French way (31/12/2025), sorting as the calendar (a missing one last)."""
    return Column(
        header,
        lambda r: formatting.day(day(r)),
        sort=lambda r: formatting.sort_day(day(r)),
        **options,
    )


def money_column(header: str, cents: Callable[[R], int | None], **options: Any) -> Column[R]:
    """An amount in cents, shown the French way (1 234,56 €), right-aligned, sorting by value
    (a missing amount as nothing)."""
    options.setdefault("align", RIGHT)
    return Column(
        header,
        lambda r: formatting.money(cents(r)),
        sort=lambda r: cents(r) or 0,
        **options,
    )


def count_column(header: str, count: Callable[[R], int], **options: Any) -> Column[R]:
    """A number of things, right-aligned, sorting by value."""
    options.setdefault("align", RIGHT)
    return Column(header, lambda r: str(count(r)), sort=count, **options)
