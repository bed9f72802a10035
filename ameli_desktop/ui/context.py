"""What every tab and dialog is given: the services' context, settings, and a change bus."""

from PySide6.QtCore import QObject, QSettings, Signal

from ameli_desktop.services.context import AppContext
from ameli_desktop.ui import messages


class DataBus(QObject):
    """Tells every view that data changed, so tabs refresh without knowing each other.

    Topics are table-ish words ("people", "reimbursements", "trips", ...); "*" means everything
    (after a restore or an undo that touches several areas).
    """

    changed = Signal(str)
    person_filter_changed = Signal(object)  # int | None: the toolbar's household selector
    status_message = Signal(str)
    open_record = Signal(str, str, object)  # tab key, record kind, record id (or None): go there


class UiContext:
    def __init__(self, ctx: AppContext, settings: QSettings) -> None:
        self.ctx = ctx
        self.settings = settings
        messages.remember_folders_in(settings)  # save dialogs remember their folders there
        self.bus = DataBus()
        self.person_filter: int | None = None

    def notify(self, topic: str) -> None:
        self.bus.changed.emit(topic)

    def set_person_filter(self, person_id: int | None) -> None:
        if person_id != self.person_filter:
            self.person_filter = person_id
            self.bus.person_filter_changed.emit(person_id)

    def open_record(self, area: str, kind: str = "", record_id: int | None = None) -> None:
        """Ask the main window to show a tab and, when the tab can, one of its records."""
        self.bus.open_record.emit(area, kind, record_id)

    def status(self, text: str) -> None:
        self.bus.status_message.emit(text)
