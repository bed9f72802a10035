"""Every prompt and file dialog goes through here (STYLE.md 4), so tests can answer them.

Tests replace these functions with monkeypatch; the widgets never call QMessageBox or QFileDialog
directly. What every file dialog does is done here once:
- it speaks the UI's language: Qt's own dialog (translated by Qt's base translations, which
  ``ui.i18n`` loads) when the UI's language is not the system's, whose native dialog would speak
  the system's;
- a save dialog opens in the folder last used for that kind of file (its extension: PDFs in one
  place, spreadsheets in another), remembered in the settings of the data folder, across runs;
  the caller suggests the file's name, in the UI's language ("remboursements-2026.pdf"), and the
  extension is added when the user types a name without one.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ameli_desktop.domain.errors import UserError
from ameli_desktop.ui.i18n import current_language, error_text

T = TypeVar("T")

FOLDER_KEY = "folders/{kind}"  # the settings key of the folder last used for a kind of file

_settings: QSettings | None = None


def remember_folders_in(settings: QSettings | None) -> None:
    """Where save dialogs keep their folders: the settings of the data folder the window shows
    (one per process, set by the UI context; None forgets)."""
    global _settings  # noqa: PLW0603 - one data folder, one settings file, per process
    _settings = settings


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


def speaks_the_ui_language() -> bool:
    """Whether the system's native file dialog would speak the UI's language."""
    return QLocale.system().language() == QLocale(current_language()).language()


def file_dialog(
    parent: QWidget | None, title: str, filters: str, folder: Path, name: str = ""
) -> QFileDialog:
    """A file dialog in the UI's language, opened in ``folder`` with ``name`` typed in."""
    dialog = QFileDialog(parent, title, str(folder), filters)
    if not speaks_the_ui_language():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if name:
        dialog.selectFile(name)
    return dialog


def run_file_dialog(dialog: QFileDialog) -> list[Path]:
    """Show the dialog; the chosen files (none when cancelled). Tests replace this function to
    answer the dialog built by the functions below."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return [Path(name) for name in dialog.selectedFiles()]


def open_file(
    parent: QWidget | None, title: str, filters: str, start: Path | None = None
) -> Path | None:
    dialog = file_dialog(parent, title, filters, start or Path.home())
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = run_file_dialog(dialog)
    return chosen[0] if chosen else None


def open_files(parent: QWidget | None, title: str, filters: str) -> list[Path]:
    dialog = file_dialog(parent, title, filters, Path.home())
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return run_file_dialog(dialog)


def last_folder(kind: str) -> Path | None:
    """The folder last used to save a kind of file (an extension), if it still exists."""
    if _settings is None:
        return None
    value = _settings.value(FOLDER_KEY.format(kind=kind))
    folder = Path(str(value)) if value else None
    return folder if folder is not None and folder.is_dir() else None


def save_file(
    parent: QWidget | None, title: str, suggested: Path | str, filters: str
) -> Path | None:
    """Where to save a file: ``suggested`` is its name in the UI's language (a folder given with
    it is where to start when no folder was used yet for this kind of file)."""
    suggested = Path(suggested)
    suffix = suggested.suffix.lstrip(".").lower()
    kind = suffix or "file"
    start = suggested.parent if suggested.parent != Path() else Path.home()
    dialog = file_dialog(parent, title, filters, last_folder(kind) or start, suggested.name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    chosen = run_file_dialog(dialog)
    if not chosen:
        return None
    path = chosen[0]
    if suffix and not path.suffix:  # what a native dialog may leave to us
        path = path.with_suffix(f".{suffix}")
    if _settings is not None:
        _settings.setValue(FOLDER_KEY.format(kind=kind), str(path.parent))
        _settings.sync()
    return path


def open_with_system(path: Path) -> None:
    """Open an exported file in the system viewer (DESIGN.md 5)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_as(
    parent: QWidget | None,
    title: str,
    suggested: Path | str,
    filters: str,
    write: Callable[[Path], T],
) -> T | None:
    """Ask where (:func:`save_file`), then ``write`` there: what it returns, or None when the
    user cancelled or the writing failed, which is said in one sentence under ``title``
    (every export of a list, a sheet or a calendar goes through here)."""
    path = save_file(parent, title, suggested, filters)
    if path is None:
        return None
    try:
        return write(path)
    except (UserError, OSError) as exc:
        error(parent, title, exc)
        return None
