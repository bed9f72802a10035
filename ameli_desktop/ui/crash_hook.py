"""The unexpected-error hook: log it, show a copyable report, keep the app running.

The report's dialog (ui/crash_dialog.py) is imported when there is one to show: the first window
does not need its widgets (DESIGN.md 9).
"""

import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ameli_desktop.crash import log_exception

if TYPE_CHECKING:
    from ameli_desktop.ui.crash_dialog import CrashDialog


class CrashHook(QObject):
    """Installed as sys.excepthook and threading.excepthook; shows reports on the GUI thread."""

    reported = Signal(str)

    def __init__(self, parent_window: QWidget | None = None) -> None:
        super().__init__()
        self.parent_window = parent_window
        self.dialogs: list[CrashDialog] = []
        self.reported.connect(self._show)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        self.reported.emit(log_exception(exc_type, exc, tb))

    def _show(self, report: str) -> None:
        from ameli_desktop.ui.crash_dialog import CrashDialog

        dialog = CrashDialog(report, self.parent_window)
        dialog.setModal(False)
        dialog.finished.connect(
            lambda _r: self.dialogs.remove(dialog) if dialog in self.dialogs else None
        )
        self.dialogs.append(dialog)
        dialog.show()
