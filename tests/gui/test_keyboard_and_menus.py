"""Every action from the keyboard: each tab's commands in the menu bar, Ctrl+N / F2 / Del / Ctrl+Z /
Ctrl+Shift+Z run the tab on screen's, Tab leaves a table, Enter opens a row, and menus and tabs
have mnemonics that do not collide."""

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QTableView

from ameli_desktop.domain.appointments import AppointmentDetails
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.domain.schengen import StayDetails
from ameli_desktop.services.appointments import AppointmentService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from ameli_desktop.services.travel import TravelService
from ameli_desktop.ui import messages
from ameli_desktop.ui.main_window import TABS
from tests.gui_keys import activate

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def household(main_window, qtbot):  # type: ignore[no-untyped-def]
    """Zoé with an appointment, a stay and two statement lines; the window active."""
    ctx = main_window.ui.ctx
    zoe = PeopleService(ctx).add(PersonDetails("Zoé Lebrun"))
    appointment = AppointmentService(ctx).add(
        zoe.id,
        AppointmentDetails(starts_at=datetime(2026, 11, 27, 14, 30, tzinfo=PARIS), reason="IJ"),
    )
    stay = TravelService(ctx).add_stay(zoe.id, StayDetails(date(2026, 9, 1), date(2026, 9, 5)))
    ImportService(ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    main_window.ui.notify("*")
    activate(qtbot, main_window)
    return {"zoe": zoe.id, "appointment": appointment.id, "stay": stay.id}


def press(qtbot, window, key: QKeySequence) -> None:  # type: ignore[no-untyped-def]
    """A shortcut as the user presses it, to whatever has the focus in the window."""
    target = QApplication.focusWidget() or window
    combination = key[0]
    QTest.keyClick(target, combination.key(), combination.keyboardModifiers())


def test_each_tabs_commands_are_in_the_actions_menu(main_window, household) -> None:  # type: ignore[no-untyped-def]
    for spec in TABS:
        page = main_window.show_tab(spec.key)
        listed = [a for a in main_window.actions_menu.actions() if not a.isSeparator()]
        assert listed == [a for a in page.menu_actions() if a is not None], spec.key
        assert main_window.actions_menu.isEnabled()


def test_standard_shortcuts_of_the_edit_menu(main_window) -> None:  # type: ignore[no-untyped-def]
    keys = {
        "new": QKeySequence.StandardKey.New,
        "open": QKeySequence(Qt.Key.Key_F2),
        "delete": QKeySequence.StandardKey.Delete,
        "undo": QKeySequence.StandardKey.Undo,
        "redo": QKeySequence.StandardKey.Redo,
    }
    for name, key in keys.items():
        action = getattr(main_window, f"{name}_action")
        assert action.shortcut() == QKeySequence(key), name
        assert action in main_window.edit_menu.actions()


def test_ctrl_n_opens_a_new_appointment(main_window, household, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.dialogs.appointment import AppointmentDialog

    opened: list[object] = []
    monkeypatch.setattr(AppointmentDialog, "edit", lambda *a, **k: opened.append(a[1]))
    tab = main_window.show_tab("appointments")
    tab.table.setFocus()
    press(qtbot, main_window, QKeySequence(QKeySequence.StandardKey.New))
    assert opened == [None]  # a new one, not the selected one


def test_f2_and_enter_edit_the_selected_stay(main_window, household, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.dialogs.travel_stay import StayDialog

    edited: list[int] = []
    monkeypatch.setattr(StayDialog, "edit", lambda *a, **k: edited.append(k["stay"].id))
    tab = main_window.show_tab("travel_log")
    tab.select_stay(household["stay"])
    tab.table.setFocus()
    press(qtbot, main_window, QKeySequence(Qt.Key.Key_F2))
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    assert edited == [household["stay"], household["stay"]]


def test_del_deletes_ctrl_z_undoes_ctrl_shift_z_redoes(
    main_window, household, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    ctx = main_window.ui.ctx
    tab = main_window.show_tab("reimbursements")
    tab.content.setCurrentWidget(tab.lines_page)  # the statement lines (the acts come first)
    stored = ReimbursementService(ctx).count(LineFilter())
    qtbot.waitUntil(lambda: tab.lines_model.rowCount() == stored)
    tab.table.setFocus()
    tab.table.selectRow(0)
    press(qtbot, main_window, QKeySequence(QKeySequence.StandardKey.Delete))
    assert ReimbursementService(ctx).count(LineFilter()) == stored - 1
    assert main_window.undo_action.isEnabled()
    assert main_window.undo_action.text() == "&Undo delete 1 lines"
    press(qtbot, main_window, QKeySequence(QKeySequence.StandardKey.Undo))
    assert ReimbursementService(ctx).count(LineFilter()) == stored
    assert tab.undo_bar.isHidden()
    press(qtbot, main_window, QKeySequence(QKeySequence.StandardKey.Redo))
    assert ReimbursementService(ctx).count(LineFilter()) == stored - 1
    # Another tab, another history: Undo follows the tab on screen.
    main_window.show_tab("appointments")
    assert not main_window.undo_action.isEnabled()
    main_window.show_tab("reimbursements")
    assert main_window.undo_action.isEnabled()


def test_deleting_an_appointment_and_a_stay_undo_from_the_edit_menu(
    main_window, household, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    ctx = main_window.ui.ctx
    appointments = main_window.show_tab("appointments")
    appointments.select(household["appointment"])
    main_window.delete_action.trigger()
    assert AppointmentService(ctx).all() == []
    main_window.undo_action.trigger()
    assert len(AppointmentService(ctx).all()) == 1
    main_window.redo_action.trigger()
    assert AppointmentService(ctx).all() == []
    main_window.undo_action.trigger()

    travel = main_window.show_tab("travel_log")
    travel.select_stay(household["stay"])
    main_window.delete_action.trigger()
    assert TravelService(ctx).stays(household["zoe"]) == []
    main_window.undo_action.trigger()
    assert len(TravelService(ctx).stays(household["zoe"])) == 1


def test_del_in_a_search_field_deletes_a_letter_not_a_line(
    main_window, household, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[object] = []
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: asked.append(a) or True)
    tab = main_window.show_tab("reimbursements")
    tab.table.selectRow(0)
    tab.search.setFocus()
    tab.search.setText("Kine")
    tab.search.setCursorPosition(0)
    QTest.keyClick(tab.search, Qt.Key.Key_Delete)
    assert tab.search.text() == "ine"
    assert asked == []


@pytest.mark.parametrize("key", [spec.key for spec in TABS])
def test_tab_leaves_every_table(main_window, household, qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_tab(key)
    for table in page.findChildren(QTableView):
        if not table.isVisible() or table.model().rowCount() == 0:
            continue
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))
        qtbot.waitUntil(table.hasFocus)
        QTest.keyClick(table, Qt.Key.Key_Tab)
        assert not table.hasFocus(), f"{key}: Tab stays in {table.objectName()}"


def test_enter_in_the_household_table_edits_and_keeps_the_dialog_open(
    ui_ctx, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.dialogs.household import HouseholdDialog
    from ameli_desktop.ui.dialogs.person import PersonDialog

    PeopleService(ui_ctx.ctx).add(PersonDetails("Ana"))
    edited: list[str] = []
    monkeypatch.setattr(PersonDialog, "edit", lambda _ui, person, _p: edited.append(person.name))
    dialog = HouseholdDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert edited == ["Ana"]
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "fr"])
def test_menus_and_tabs_have_mnemonics_that_do_not_collide(
    ctx, qtbot, no_prompts, language: str
) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.app import build_main_window, open_settings
    from ameli_desktop.ui.i18n import install_translators, reset_language

    installed = install_translators(language)
    try:
        window = build_main_window(ctx, open_settings(ctx.paths))
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        letters = [mnemonic(t) for t in menus + tabs]
        assert None not in letters, list(zip(menus + tabs, letters, strict=True))
        assert len(set(letters)) == len(letters), list(zip(menus + tabs, letters, strict=True))
        for menu in (window.file_menu, window.edit_menu, window.household_menu):
            items = [a.text() for a in menu.actions() if not a.isSeparator()]
            assert all(mnemonic(t) for t in items), items
        for action in window.menuBar().actions():  # within a menu, one letter per item
            items = [a.text() for a in action.menu().actions() if a.isVisible()]
            letters = [m for m in map(mnemonic, items) if m]
            assert len(set(letters)) == len(letters), items
    finally:
        for translator in installed:
            QApplication.instance().removeTranslator(translator)
        reset_language()


def page_mnemonics(page) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Letter -> the visible buttons and buddied labels of a tab page that use it."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found: dict[str, list[str]] = {}
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        if not widget.isVisibleTo(page) or (isinstance(widget, QLabel) and widget.buddy() is None):
            continue
        letter = mnemonic(widget.text())
        if letter is not None:
            found.setdefault(letter, []).append(widget.text())
    return found


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_page_takes_a_menus_or_a_tabs_letter(main_window, household, language: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter on a page's button must not be a menu's or a tab's too (Qt then does neither),
    nor another button's of the same page."""
    from ameli_desktop.ui.app import build_main_window, open_settings
    from ameli_desktop.ui.i18n import install_translators, reset_language

    installed = install_translators(language)
    try:
        # A window of its own, built in the language (texts are set when widgets are built).
        window = build_main_window(main_window.ui.ctx, open_settings(main_window.ui.ctx.paths))
        window.show()
        taken = {mnemonic(a.text()): a.text() for a in window.menuBar().actions()}
        taken |= {mnemonic(window.tabs.tabText(i)): "tab" for i in range(window.tabs.count())}
        clashes = {}
        for spec in TABS:
            page = window.show_tab(spec.key)
            for letter, texts in page_mnemonics(page).items():
                if letter in taken or len(texts) > 1:
                    clashes[(spec.key, letter)] = (taken.get(letter), texts)
        window.close()
        assert clashes == {}, "\n".join(f"{k}: {v}" for k, v in clashes.items())
    finally:
        for translator in installed:
            QApplication.instance().removeTranslator(translator)
        reset_language()
