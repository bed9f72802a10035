"""What the main window expects of a tab. Tabs refresh themselves from the DataBus."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.widgets.empty_state import EmptyState


class BaseTab(QWidget):
    """A main-window tab.

    Subclasses set ``key`` (a stable id used in settings) and override what they support:
    ``refresh`` (reload from the services), ``export_pdf`` (File > Export PDF, Ctrl+P),
    ``focus_find`` (Ctrl+F), ``attention_count`` (shown in the tab title), ``menu_actions``
    (the Actions menu while the tab is shown) and ``standard_action`` (what the Edit menu's
    New, Edit and Delete run here); a tab whose deletions can be undone keeps them on its
    ``undo_stack`` (the Edit menu's Undo and Redo).
    """

    key = "tab"
    title_changed = Signal()
    actions_changed = Signal()  # the Actions menu or a standard action is another one now
    undo_stack: QUndoStack | None = None

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        ui.bus.changed.connect(self.on_data_changed)
        ui.bus.person_filter_changed.connect(lambda _p: self.refresh())

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the tab shows from the services."""

    def on_data_changed(self, topic: str) -> None:
        self.refresh()

    def can_export_pdf(self) -> bool:
        return False

    def export_pdf(self) -> None:
        """Export this tab's document as PDF (only called when can_export_pdf())."""

    def focus_find(self) -> None:
        """Put the cursor in the tab's search field, if it has one."""

    def open_record(self, kind: str, record_id: int | None) -> None:
        """Select a record of this tab (the Overview's links); the tab is already shown."""

    def attention_count(self) -> int:
        """How many things in this tab need the user's attention (0 shows no count)."""
        return 0

    def menu_actions(self) -> list[QAction | None]:
        """The tab's commands for the menu bar (None: a separator)."""
        return []

    def standard_action(self, role: str) -> QAction | None:
        """The command the Edit menu's ``"new"`` (Ctrl+N), ``"edit"`` (F2) or ``"delete"``
        (Del) runs in this tab now, if any."""
        del role
        return None


class EmptyStateTab(BaseTab):
    """A tab that shows its empty state until it has content (the ``content`` page)."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.stack = QStackedWidget()
        self.empty = self.make_empty_state()
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def make_empty_state(self) -> EmptyState:
        raise NotImplementedError

    def open_household(self) -> None:
        """Every empty state's first step: add the people of the household."""
        from ameli_desktop.ui.dialogs.household import HouseholdDialog

        HouseholdDialog.open(self.ui, self)

    def show_empty(self, empty: bool) -> None:
        if self.stack.count() > 1:
            self.stack.setCurrentIndex(0 if empty else 1)
