"""The main window: tabs with empty states, the household selector, menus, remembered layout."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui.app import build_main_window, open_settings
from ameli_desktop.ui.dialogs.about import AboutDialog
from ameli_desktop.ui.widgets.empty_state import EmptyState

TAB_TITLES = [
    "Overvie&w",
    "Rei&mbursements",
    "&Card orders",
    "CE&AM",
    "A&ppointments",
    "Travel &log",
]


def test_six_tabs_each_with_a_useful_empty_state(main_window) -> None:  # type: ignore[no-untyped-def]
    titles = [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())]
    assert titles == TAB_TITLES
    for page in main_window.tab_pages:
        empty = page.findChild(EmptyState)
        if empty is None:  # a feature has replaced its placeholder
            continue
        assert "household" in empty.text_label.text()
        assert empty.title_label.text()


def test_the_person_selector_follows_the_household(main_window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    selector = main_window.person_selector
    assert [selector.itemText(i) for i in range(selector.count())] == ["All the household"]
    ana = PeopleService(ctx).add(PersonDetails("Ana"))
    main_window.ui.notify("people")
    assert [selector.itemText(i) for i in range(selector.count())] == ["All the household", "Ana"]
    with qtbot.waitSignal(main_window.ui.bus.person_filter_changed) as signal:
        selector.setCurrentIndex(1)
    assert signal.args == [ana.id]
    assert main_window.ui.person_filter == ana.id


def test_standard_shortcuts(main_window) -> None:  # type: ignore[no-untyped-def]
    shortcut = {
        name: getattr(main_window, f"{name}_action").shortcut().toString()
        for name in ("quit", "find", "export_pdf", "preferences", "household")
    }
    assert shortcut == {
        "quit": "Ctrl+Q",
        "find": "Ctrl+F",
        "export_pdf": "Ctrl+P",
        "preferences": "Ctrl+,",
        "household": "Ctrl+Shift+H",
    }
    assert [a.shortcut().toString() for a in main_window.view_menu.actions()] == [
        f"Ctrl+{i}" for i in range(1, 7)
    ]


def test_geometry_and_last_tab_are_restored(ctx, qtbot, no_prompts) -> None:  # type: ignore[no-untyped-def]
    first = build_main_window(ctx, open_settings(ctx.paths))
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # within the offscreen screen (800x600), or Qt clamps it
    first.move(40, 30)
    first.tabs.setCurrentIndex(3)
    first.close()
    second = build_main_window(ctx, open_settings(ctx.paths))
    qtbot.addWidget(second)
    second.show()
    assert second.tabs.currentIndex() == 3
    assert (second.width(), second.height()) == (700, 500)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_settings_stay_owner_only(main_window, ctx) -> None:  # type: ignore[no-untyped-def]
    main_window.close()
    settings = Path(ctx.paths.settings_file)
    assert settings.exists()
    assert os.stat(settings).st_mode & 0o777 == 0o600


def test_about_box_shows_version_folder_and_licences(main_window, ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QTextBrowser

    from ameli_desktop import __version__

    about = AboutDialog(main_window.ui, main_window)
    labels = " ".join(label.text() for label in about.findChildren(QLabel))
    assert __version__ in labels
    assert "never logs in to ameli.fr" in labels
    assert about.findChild(QLabel, "aboutDataFolder").text().endswith(str(ctx.paths.root))
    licences = about.findChild(QTextBrowser, "aboutLicences").toPlainText()
    for name in ("PySide6", "reportlab", "DejaVu", "GPL-3.0-or-later", "LGPL-3.0"):
        assert name in licences


def test_backup_from_the_file_menu(main_window, ctx) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.storage.backups import list_backups

    PeopleService(ctx).add(PersonDetails("Ana"))
    main_window.backup_action.trigger()
    assert any(b.reason == "manual" for b in list_backups(ctx.paths))
    assert "Backed up to" in main_window.statusBar().currentMessage()


def test_restore_from_the_file_menu(main_window, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.services.backups import BackupService
    from ameli_desktop.ui import messages

    PeopleService(ctx).add(PersonDetails("Ana"))
    backup = BackupService(ctx).backup_now()
    PeopleService(ctx).add(PersonDetails("Bob"))
    main_window.ui.notify("people")
    monkeypatch.setattr(messages, "open_file", lambda *a, **k: backup)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    main_window.restore_action.trigger()
    assert [p.name for p in PeopleService(ctx).all()] == ["Ana"]
    selector = main_window.person_selector
    assert [selector.itemText(i) for i in range(selector.count())] == ["All the household", "Ana"]


def test_preferences_choose_french_for_next_start(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.dialogs.preferences import PreferencesDialog
    from ameli_desktop.ui.i18n import chosen_language

    dialog = PreferencesDialog(main_window.ui, main_window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.save()
    assert chosen_language(main_window.ui.settings) == "fr"


def test_french_translation_is_applied(ctx, qtbot, no_prompts) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.i18n import install_translators

    installed = install_translators("fr")
    try:
        window = build_main_window(ctx, open_settings(ctx.paths))
        qtbot.addWidget(window)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles[0].replace("&", "") == "Vue d'ensemble"
        assert titles[1].replace("&", "") == "Remboursements"
        assert window.file_menu.title() == "&Fichier"
    finally:
        for translator in installed:
            QApplication.instance().removeTranslator(translator)


def test_read_only_data_is_announced(data_dir, clock, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from ameli_desktop.services.context import AppContext
    from ameli_desktop.ui import messages

    AppContext.open(data_dir, clock=clock).close()
    conn = sqlite3.connect(Path(data_dir) / "ameli.db")
    conn.execute("UPDATE alembic_version SET version_num = 'zzzz_newer'")
    conn.commit()
    conn.close()
    warnings: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: warnings.append(title))
    ctx = AppContext.open(data_dir, clock=clock)
    window = build_main_window(ctx, open_settings(ctx.paths))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: warnings == ["Read-only data"])
    assert window.findChild(type(window.folder_label), "readOnlyLabel") is not None
    ctx.close()


def test_about_opens_from_the_help_menu(main_window) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []

    def check_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, check_and_close)
    main_window.about_action.trigger()
    assert opened == ["AboutDialog"]
