"""Tray reminders while the app runs: the day before and an hour before each planned appointment.

Where the platform has no system tray the reminders are silent (the .ics export lets the user's own
calendar remind them). Each reminder is shown once: the service records it in the database, so a
restart does not repeat it.
"""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from ameli_desktop.domain.appointments import CATEGORY_LABELS, Appointment, ReminderKind
from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.appointments import AppointmentService
from ameli_desktop.ui import formatting
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.i18n import translate

CHECK_EVERY_MS = 60_000
FIRST_CHECK_MS = 3_000

ShowMessage = Callable[[str, str], None]


class ReminderNotifier(QObject):
    """Checks every minute; ``show_message`` is the tray's, or a test's, or None (silent)."""

    activated = Signal()  # the user clicked a reminder: show the Appointments tab

    def __init__(
        self,
        ui: UiContext,
        parent: QObject | None = None,
        *,
        icon: QIcon | None = None,
        start: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.tray: QSystemTrayIcon | None = None
        self.show_message: ShowMessage | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon or QIcon(), self)
            self.tray.setToolTip(self.tr("Ameli Desktop: appointment reminders"))
            self.tray.messageClicked.connect(self.activated)
            self.tray.activated.connect(lambda _reason: self.activated.emit())
            self.tray.show()
            tray = self.tray
            self.show_message = lambda title, text: tray.showMessage(
                title, text, QSystemTrayIcon.MessageIcon.Information, 15_000
            )
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        if start:
            self.timer.start()
            QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def message(self, appointment: Appointment, kind: ReminderKind) -> tuple[str, str]:
        details = appointment.details
        title = (
            self.tr("CPAM appointment tomorrow")
            if kind is ReminderKind.DAY_BEFORE
            else self.tr("CPAM appointment in an hour")
        )
        text = self.tr("{when} — {person}: {category}\n{place}\nReason: {reason}").format(
            when=formatting.day_time(appointment.starts_at),
            person=appointment.person_name,
            category=translate("Appointments", CATEGORY_LABELS[details.category]),
            place=details.place,
            reason=details.reason,
        )
        return title, text

    def check(self, now: datetime | None = None) -> list[tuple[Appointment, ReminderKind]]:
        """Show what is due now; returns it. Silent (and nothing marked) without a tray."""
        if self.show_message is None or self.ui.ctx.read_only:
            return []
        service = AppointmentService(self.ui.ctx)
        try:
            due = service.due_reminders(now)
            for appointment, kind in due:
                self.show_message(*self.message(appointment, kind))
                service.mark_reminded(appointment.id, kind)
        except UserError:
            return []  # a locked or read-only database: try again at the next tick
        return due
