"""The unexpected-error report: what went wrong, copyable; the app keeps running (the hook that
shows it is ui/crash_hook.py)."""

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
