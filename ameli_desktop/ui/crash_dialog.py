"""The unexpected-error hook: log it, show a copyable report, keep the app running."""

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.crash import log_exception


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "Ameli Desktop hit an unexpected error. Your data is safe: the operation in "
                "progress was not saved, and the app keeps running. The report below has no "
                "passwords or identifiers; copy it if you want to report the problem."
            )
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


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
        dialog = CrashDialog(report, self.parent_window)
        dialog.setModal(False)
        dialog.finished.connect(
            lambda _r: self.dialogs.remove(dialog) if dialog in self.dialogs else None
        )
        self.dialogs.append(dialog)
        dialog.show()
