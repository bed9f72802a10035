"""Small helpers for the record tables of the card tabs: sortable, filterable, read-only views."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from ameli_desktop.ui.models.ceam import SORT_ROLE


def table_view(model: QSortFilterProxyModel, name: str, sort_column: int = 0) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    return view


def sort_proxy(source: object, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
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

    path = messages.save_file(
        view,
        QCoreApplication.translate("RecordTables", "Export the list as CSV"),
        f"{file_stem}.csv",
        QCoreApplication.translate("RecordTables", "CSV (*.csv)"),
    )
    if path is None:
        return None
    header, rows = visible_rows(view)
    try:
        write_csv(path, header, rows)
    except OSError as exc:
        messages.error(
            view, QCoreApplication.translate("RecordTables", "Export the list as CSV"), exc
        )
        return None
    return path


def add_csv_export(view: QTableView, file_stem: str) -> QAction:
    """A right-click "Export as CSV…" on the table (every list exports: DESIGN.md 10); the file's
    suggested name is ``file_stem``, in the UI's language, and ".csv"."""
    action = QAction(QCoreApplication.translate("RecordTables", "Export as CSV…"), view)
    action.triggered.connect(lambda: export_view_csv(view, file_stem))
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addAction(action)
    return action
