"""The Overview tab: what needs doing next across the app, each line a link to its record."""

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.overview import Overview, OverviewService
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.models.overview import OverviewModel
from ameli_desktop.ui.models.table import SORT_ROLE
from ameli_desktop.ui.tabs.base import EmptyStateTab
from ameli_desktop.ui.widgets.empty_state import EmptyState
from ameli_desktop.ui.widgets.tables import prepare_view


class OverviewTab(EmptyStateTab):
    key = "overview"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.overview = Overview(())
        self.shown = self.overview  # what the household selector lets through
        page = QWidget()
        heading = QLabel(self.tr("What needs doing next"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("overviewSummary")
        self.summary.setWordWrap(True)
        self.model = OverviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("overviewTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OverviewModel.SEVERITY, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(True)
        # What and Details (the model's stretching columns) wrap, and rows grow to fit.
        prepare_view(self.table)
        header = self.table.horizontalHeader()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Qt re-measures only the rows on screen when the columns' widths change (a resized
        # window): measure them all once the layout has settled
        self.fit_rows = QTimer(self)
        self.fit_rows.setSingleShot(True)
        self.fit_rows.setInterval(0)
        self.fit_rows.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self.fit_rows.start())
        # activated: Enter, and a double-click (or a single one where the platform says so);
        # doubleClicked as well would open the record twice.
        self.table.activated.connect(self.open_index)
        self.open_action = QAction(self.tr("&Open the selected line"), self)
        self.open_action.setObjectName("openOverviewLine")
        self.open_action.triggered.connect(self.open_current)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_open())
        hint = QLabel(self.tr("Double-click a line, or press Enter, to open it."))
        hint.setObjectName("overviewHint")
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.stack.addWidget(page)
        self.refresh()

    def title(self) -> str:
        return self.tr("Overvie&w")

    def make_empty_state(self) -> EmptyState:
        empty = EmptyState(
            self.tr("What needs doing next"),
            self.tr(
                "The Overview gathers what needs doing across the app: a CEAM expiring before a "
                "trip, a carte Vitale order running late, this week's appointments, claims past "
                "their expected date and Schengen days left. Start by adding the people in your "
                "household."
            ),
        )
        empty.add_action(self.tr("Manage household…"), self.open_household)
        return empty

    def refresh(self) -> None:
        people = PeopleService(self.ui.ctx).all()
        self.show_empty(not people)
        self.overview = OverviewService(self.ui.ctx).overview()
        shown = self.shown = self.overview.for_person(self.ui.person_filter)
        self.model.set_items(list(shown.items), {p.id: p.name for p in people})
        self.fit_rows.start()
        self._update_open()
        pressing = shown.count()
        if not shown.items:
            self.summary.setText(
                self.tr("Nothing needs doing: every card, trip and claim is in order.")
            )
        else:
            self.summary.setText(
                self.tr("To do now or soon: {count}.").format(count=pressing)
                if pressing
                else self.tr("Nothing is urgent; below, what is worth knowing.")
            )
        self.title_changed.emit()

    def attention_count(self) -> int:
        """What is pressing among the lines shown, as the summary above them says."""
        return self.shown.count()

    def open_index(self, index) -> None:  # type: ignore[no-untyped-def]
        item = self.model.item_at(self.proxy.mapToSource(index).row())
        self.ui.open_record(item.area, item.record_kind, item.record_id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_index(index)

    def _update_open(self) -> None:
        self.open_action.setEnabled(self.table.currentIndex().isValid())

    def menu_actions(self) -> list[QAction | None]:
        return [self.open_action]

    def standard_action(self, role: str) -> QAction | None:
        return self.open_action if role == "edit" else None
