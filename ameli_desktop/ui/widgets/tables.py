"""The record tables' views: one set-up for all (keyboard, selection, column widths from the
table's description), sorting and filtering proxies, and exporting a list as CSV."""

from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    QEvent,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from ameli_desktop.ui.models.table import SORT_ROLE, SortFilterProxy, Table, TableModel

MIN_STRETCH_CHARS = 18  # a descriptive column is never squeezed below this: the table scrolls
CELL_PADDING = 18  # the margins a header section or cell adds around its text
SAMPLE_ROWS = 40  # a paged table's columns fit its first rows (what a window shows at first)


def source_model(model: QAbstractItemModel | None) -> QAbstractItemModel | None:
    """The model under any proxies."""
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return model


def described_table(view: QTableView) -> Table | None:  # type: ignore[type-arg]
    model = source_model(view.model())
    return model.table if isinstance(model, TableModel) else None


class _EnterOpens(QObject):
    """Enter on a table opens its current row (``activated``) and stops there: it does not also
    press a dialog's default button."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractItemView):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = watched.currentIndex()
                if current.isValid() and watched.state() != QAbstractItemView.State.EditingState:
                    watched.activated.emit(current)
                    return True
        return super().eventFilter(watched, event)


class _ColumnFitter(QObject):
    """Keeps a described table's columns as its description says, whatever the width.

    Narrow columns fit their text; the descriptive columns share what is left. When what is left
    would squeeze them below a readable width, they keep that width and the table scrolls
    sideways instead. A paged table (a million lines cannot be measured) fits its narrow columns
    to its first rows each time it is filled again, each at most its typical width (``chars``),
    so an empty column is only as wide as its header and the descriptive one gets the room.
    """

    def __init__(self, view: QTableView, table: Table) -> None:  # type: ignore[type-arg]
        super().__init__(view)
        self.view = view
        self.table = table
        self.stretch = table.stretch_columns()
        self.paged = bool(getattr(source_model(view.model()), "paged", False))
        self.squeezed = False
        self._checking = False
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance("0000") + CELL_PADDING)
        for section, column in enumerate(table.columns):
            if column.stretch:
                continue
            if self.paged or column.chars:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(section, self._typical(section))
            else:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        self._apply(squeezed=False)
        if self.paged or any(column.chars for column in table.columns):
            # Just after the first page is painted (the next turn of the event loop): showing
            # a filter's lines is not delayed by measuring them (DESIGN.md 9). A short table
            # with typical widths (the acts a debit may have paid) fits its rows the same way.
            self._sampler = QTimer(self)
            self._sampler.setSingleShot(True)
            self._sampler.setInterval(0)
            self._sampler.timeout.connect(self._fit_sample)
            view.model().modelReset.connect(self._sampler.start)
        view.viewport().installEventFilter(self)
        header.sectionResized.connect(self._check)
        header.geometriesChanged.connect(self._check)

    def _fit_sample(self) -> None:
        """A paged table: each narrow column as wide as its first rows need, within ``chars``."""
        model = self.view.model()
        rows = min(model.rowCount(), SAMPLE_ROWS)
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        for section, column in enumerate(self.table.columns):
            if column.stretch or header.isSectionHidden(section):
                continue
            widest = max(
                (
                    metrics.horizontalAdvance(str(model.index(row, section).data() or ""))
                    for row in range(rows)
                ),
                default=0,
            )
            if column.chars:
                widest = min(widest, metrics.horizontalAdvance("0" * column.chars))
            width = max(widest + CELL_PADDING, header.sectionSizeFromContents(section).width())
            if width != header.sectionSize(section):
                header.resizeSection(section, width)
        self._check()

    def _typical(self, section: int) -> int:
        column = self.table.columns[section]
        header = self.view.horizontalHeader()
        text = self.view.fontMetrics().horizontalAdvance("0" * column.chars) + CELL_PADDING
        return max(text, header.sectionSizeFromContents(section).width())

    def minimum(self, section: int) -> int:
        """The narrowest a descriptive column may be: its header, and its typical width (or a
        readable line)."""
        header = self.view.horizontalHeader()
        chars = self.table.columns[section].chars or MIN_STRETCH_CHARS
        readable = self.view.fontMetrics().horizontalAdvance("0" * chars)
        return max(readable + CELL_PADDING, header.sectionSizeFromContents(section).width())

    def _apply(self, *, squeezed: bool) -> None:
        header = self.view.horizontalHeader()
        self.squeezed = squeezed
        for section in self.stretch:
            if squeezed:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(section, self.minimum(section))
            else:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)

    def _check(self, *_args: object) -> None:
        if not self.stretch or self._checking:
            return
        self._checking = True  # resizing a section calls back here
        try:
            self._fit()
        finally:
            self._checking = False

    def _fit(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(s)
            for s in range(header.count())
            if s not in self.stretch and not header.isSectionHidden(s)
        )
        needed = others + sum(self.minimum(s) for s in self.stretch)
        squeezed = needed > self.view.viewport().width()
        if squeezed != self.squeezed:
            self._apply(squeezed=squeezed)
        elif squeezed:  # the header may have put its default size back (a reset, showing)
            for section in self.stretch:
                if header.sectionSize(section) < self.minimum(section):
                    header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
                    header.resizeSection(section, self.minimum(section))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._check()
        return super().eventFilter(watched, event)


def prepare_view(
    view: QTableView,
    *,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
) -> QTableView:
    """What every record table does: whole rows, read-only, Tab leaves it, Enter opens the
    current row (``activated``, as a double-click does), columns sized from the description."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab goes to the next control, arrows move in the table
    view.verticalHeader().hide()
    view.installEventFilter(_EnterOpens(view))
    fit_columns(view)
    return view


def fit_columns(view: QTableView) -> None:
    """Size a described table's columns from its description (see :class:`_ColumnFitter`)."""
    table = described_table(view)
    if table is not None and view.findChild(_ColumnFitter) is None:
        _ColumnFitter(view, table)


def table_view(model: QSortFilterProxyModel, name: str, sort_column: int = 0) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setWordWrap(True)
    prepare_view(view)
    view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    return view


def sort_proxy(source: object, parent: QWidget) -> QSortFilterProxyModel:
    proxy = SortFilterProxy(parent)
    proxy.setSourceModel(source)  # type: ignore[arg-type]
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy


def section_title(title: str) -> QLabel:
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def visible_rows(view: QTableView) -> tuple[list[str], list[list[str]]]:
    """The header and the rows as shown (sorted and filtered), as text."""
    model = view.model()
    columns = range(model.columnCount())
    header = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    rows = [[str(model.index(r, c).data() or "") for c in columns] for r in range(model.rowCount())]
    return header, rows


def export_view_csv(view: QTableView, file_stem: str) -> Path | None:
    """Ask where, then write the list as shown to a formula-safe CSV (DESIGN.md 5)."""
    from ameli_desktop.exports.csv import write_csv
    from ameli_desktop.ui import messages

    header, rows = visible_rows(view)
    return messages.save_as(
        view,
        QCoreApplication.translate("RecordTables", "Export the list as CSV"),
        f"{file_stem}.csv",
        QCoreApplication.translate("RecordTables", "CSV (*.csv)"),
        lambda path: write_csv(path, header, rows),
    )


def add_csv_export(view: QTableView, file_stem: str) -> QAction:
    """A right-click "Export as CSV…" on the table (every list exports: DESIGN.md 10); the file's
    suggested name is ``file_stem``, in the UI's language, and ".csv"."""
    action = QAction(QCoreApplication.translate("RecordTables", "Export as CSV…"), view)
    action.triggered.connect(lambda: export_view_csv(view, file_stem))
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addAction(action)
    return action
