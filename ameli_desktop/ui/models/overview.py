"""The Overview's items as a table model: how pressing, what, when, who."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ameli_desktop.services.attention import AttentionItem, Severity
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import translate, translate_value

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "Attention"
COLOURS = {Severity.URGENT: "#c62828", Severity.SOON: "#b26a00", Severity.INFO: "#2e75b6"}


class OverviewModel(QAbstractTableModel):
    SEVERITY, WHAT, DETAIL, WHEN, PERSON = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AttentionItem] = []
        self._names: dict[int, str] = {}

    def set_items(self, items: list[AttentionItem], names: dict[int, str]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._names = dict(names)
        self.endResetModel()

    def item_at(self, row: int) -> AttentionItem:
        return self._items[row]

    @staticmethod
    def texts(item: AttentionItem) -> tuple[str, str]:
        """What and details in the UI language: templates and labelled values translated."""
        what = item.text(translate(CONTEXT, item.title), translate_value)
        detail = (
            item.detail_text(translate(CONTEXT, item.detail), translate_value)
            if item.detail
            else ""
        )
        return what, detail

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("How pressing"),
            self.tr("What"),
            self.tr("Details"),
            self.tr("Date"),
            self.tr("Person"),
        ][section]

    def severity_text(self, severity: Severity) -> str:
        return {
            Severity.URGENT: self.tr("Now"),
            Severity.SOON: self.tr("Soon"),
            Severity.INFO: self.tr("To know"),
        }[severity]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.SEVERITY:
                return self.severity_text(item.severity)
            if column == self.WHAT:
                return self.texts(item)[0]
            if column == self.DETAIL:
                return self.texts(item)[1]
            if column == self.WHEN:
                return formatting.day(item.due)
            if column == self.PERSON:
                return self._names.get(item.person_id, "") if item.person_id is not None else ""
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            return QBrush(QColor(COLOURS[item.severity]))
        if role == Qt.ItemDataRole.UserRole:
            # sort key: most pressing first, then the earliest date
            if column == self.SEVERITY:
                return -int(item.severity)
            if column == self.WHEN:
                return item.due.isoformat() if item.due else "9999"
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None
