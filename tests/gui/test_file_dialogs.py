"""Qt's own dialogs speak the UI's language, save dialogs suggest names in it and remember their
folders per kind of file, across runs (ui/messages.py, ui/i18n.py).

The file dialogs are the real ones that ui/messages.py builds; only showing them is answered
(``messages.run_file_dialog``), as a user would: the dialog is looked at, a file is chosen.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from ameli_desktop.ui import messages
from ameli_desktop.ui.app import open_settings
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.messages import open_file as real_open_file
from ameli_desktop.ui.messages import save_file as real_save_file

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.i18n import install_translators, reset_language

    installed = install_translators("fr")
    assert len(installed) == 2, "the app's and Qt's own French translations"
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    reset_language()


class Chooser:
    """Answers the file dialogs: records each one as shown, then picks ``answers`` in turn."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: Path | None) -> None:
        self.answers = list(answers)
        self.shown: list[dict[str, object]] = []
        monkeypatch.setattr(messages, "save_file", real_save_file)
        monkeypatch.setattr(messages, "open_file", real_open_file)
        monkeypatch.setattr(messages, "run_file_dialog", self.run)

    def run(self, dialog: QFileDialog) -> list[Path]:
        self.shown.append(
            {
                "folder": Path(dialog.directory().absolutePath()),
                "name": Path(dialog.selectedFiles()[0]).name if dialog.selectedFiles() else "",
                "qt_own": dialog.testOption(QFileDialog.Option.DontUseNativeDialog),
                "buttons": [b.text() for b in dialog.findChildren(QPushButton)],
            }
        )
        answer = self.answers.pop(0)
        return [] if answer is None else [answer]


def test_qt_own_buttons_and_dialogs_speak_french(french, ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Buttons Qt names itself (OK, Cancel, Yes, No) and a file dialog, in the French UI."""
    from ameli_desktop.ui.dialogs.preferences import PreferencesDialog

    preferences = PreferencesDialog(ui_ctx)
    qtbot.addWidget(preferences)
    [box] = preferences.findChildren(QDialogButtonBox)
    assert sorted(b.text() for b in box.buttons()) == ["Annuler", "OK"]
    question = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "x",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(question)
    assert sorted(b.text() for b in question.buttons()) == ["&Non", "&Oui"]
    chooser = Chooser(monkeypatch, None)
    assert messages.save_file(None, "Enregistrer", "x.pdf", "PDF (*.pdf)") is None
    [shown] = chooser.shown
    if QLocale.system().language() != QLocale.Language.French:
        assert shown["qt_own"]  # the native dialog would speak the system's language
    assert {"&Enregistrer", "Annuler"} <= set(shown["buttons"])  # type: ignore[arg-type]


def test_the_summary_is_offered_under_a_french_name_in_the_last_pdf_folder(
    french, main_window, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    PeopleService(ctx).add(PersonDetails("Paul Lebrun"))
    ImportService(ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    main_window.ui.notify("reimbursements")
    tab = main_window.show_tab("reimbursements")
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(2025))
    documents, sheets = tmp_path / "Documents santé", tmp_path / "Tableurs"
    documents.mkdir()
    sheets.mkdir()
    opened: list[Path] = []
    monkeypatch.setattr(messages, "open_with_system", opened.append)
    chooser = Chooser(
        monkeypatch, documents / "remboursements-2025", sheets / "lignes.csv", None, None
    )

    main_window._update_actions()
    main_window.export_pdf_action.trigger()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20_000)
    assert opened == [documents / "remboursements-2025.pdf"]  # the extension added
    tab.csv_action.trigger()
    assert (sheets / "lignes.csv").exists()
    main_window.export_pdf_action.trigger()  # cancelled
    tab.csv_action.trigger()  # cancelled
    first, csv, pdf_again, csv_again = chooser.shown
    assert (first["folder"], first["name"]) == (Path.home(), "remboursements-2025.pdf")
    assert (csv["folder"], csv["name"]) == (Path.home(), "remboursements.csv")
    assert pdf_again["folder"] == documents  # PDFs go where the last PDF went
    assert csv_again["folder"] == sheets  # ... and spreadsheets where theirs went


def test_export_folders_are_remembered_across_runs(
    ctx, qtbot, no_prompts, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """The folder is kept in settings.ini in the data folder: a new start opens it again, and a
    folder since removed is not offered."""
    folder = tmp_path / "Calendriers"
    folder.mkdir()
    UiContext(ctx, open_settings(ctx.paths))
    chooser = Chooser(monkeypatch, folder / "rendez-vous.ics", None, None)
    assert messages.save_file(None, "t", "appointments.ics", "*.ics") == folder / "rendez-vous.ics"
    written = ctx.paths.settings_file.read_text(encoding="utf-8")
    assert f"[folders]\nics={folder}\n" in written

    UiContext(ctx, open_settings(ctx.paths))  # the next start: settings read from the file
    messages.save_file(None, "t", "ceam-deadlines.ics", "*.ics")
    folder.rmdir()
    messages.save_file(None, "t", "ceam-deadlines.ics", "*.ics")
    assert [s["folder"] for s in chooser.shown[1:]] == [folder, Path.home()]


def test_an_open_dialog_starts_where_it_is_told(
    ctx, qtbot, no_prompts, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "ameli-backup.db"
    chooser = Chooser(monkeypatch, backup)
    assert messages.open_file(None, "t", "*.db", tmp_path) == backup
    assert chooser.shown[0]["folder"] == tmp_path
