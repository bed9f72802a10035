"""Every prompt and file dialog goes through here (STYLE.md 4), so tests can answer them.

Tests replace these functions with monkeypatch; the widgets never call QMessageBox directly.
"""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ameli_desktop.ui.i18n import error_text


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def error(parent: QWidget | None, title: str, exc_or_text: BaseException | str) -> None:
    text = exc_or_text if isinstance(exc_or_text, str) else error_text(exc_or_text)
    QMessageBox.critical(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = False) -> bool:
    """Yes/No, defaulting to No for destructive actions."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.No if destructive else QMessageBox.StandardButton.Yes
    box = QMessageBox(
        QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
        title,
        text,
        buttons,
        parent,
    )
    box.setDefaultButton(default)
    return box.exec() == QMessageBox.StandardButton.Yes


def open_file(
    parent: QWidget | None, title: str, filters: str, start: Path | None = None
) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start or Path.home()), filters)
    return Path(name) if name else None


def open_files(parent: QWidget | None, title: str, filters: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(Path.home()), filters)
    return [Path(n) for n in names]


def save_file(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None


def open_with_system(path: Path) -> None:
    """Open an exported file in the system viewer (DESIGN.md 5)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
