"""Typing into the app's inputs as a user does: key clicks, then Tab out of the field."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ameli_desktop.ui.widgets.date_field import DateField


def activate(qtbot: Any, widget: Any) -> None:
    """Make the widget's window the active one, as the user's would be: focus changes (Tab)
    then send the focus-out events that end an edit."""
    window = widget.window()
    if window.isVisible() and not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def type_date(qtbot: Any, field: DateField, text: str, *, leave: bool = True) -> None:
    """Select what the field holds, type ``text`` key by key, then (by default) Tab out."""
    edit = field.edit
    activate(qtbot, edit)
    edit.setFocus()
    edit.selectAll()
    if text:
        qtbot.keyClicks(edit, text)
    else:
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
    if leave:
        QTest.keyClick(edit, Qt.Key.Key_Tab)
        if not edit.isVisible():
            # A dialog built but not shown keeps no focus: send what leaving the field sends.
            edit.editingFinished.emit()
