"""The one date field: typed 14/03/1982 or 14031982 or nothing, Tab leaves it, a wrong date is said
next to it and never dropped, the calendar opens near a plausible year."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QLineEdit, QWidget

from ameli_desktop.domain.errors import UserError
from ameli_desktop.ui.widgets.date_field import DateField, birth_date_field
from tests.conftest import TODAY


@pytest.fixture
def form(qtbot):  # type: ignore[no-untyped-def]
    """A date of birth between two text inputs, in a shown and active window."""
    window = QWidget()
    layout = QFormLayout(window)
    before, after = QLineEdit(), QLineEdit()
    born = birth_date_field("born", TODAY)
    layout.addRow("Name", before)
    layout.addRow("Born", born)
    layout.addRow("NIR", after)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window, before, born, after


def test_digits_typed_without_slashes_are_a_date_shown_the_french_way(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, _before, born, after = form
    born.setFocus()
    qtbot.keyClicks(born.edit, "14031982")
    assert born.value() == date(1982, 3, 14)
    QTest.keyClick(born.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)  # Tab leaves the field: the calendar button takes no focus
    assert born.text() == "14/03/1982"
    assert born.error() == ""


def test_slashes_typed_as_on_paper(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, _before, born, _after = form
    born.setFocus()
    qtbot.keyClicks(born.edit, "14/03/1982")
    assert born.value() == date(1982, 3, 14)


def test_an_empty_field_is_not_given_and_has_no_text_to_append_to(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, _before, born, _after = form
    assert born.text() == ""  # "dd/mm/yyyy" is a placeholder, not text: typing never appends
    assert born.edit.placeholderText() == "dd/mm/yyyy"
    assert born.value() is None
    born.set_value(date(1990, 1, 2))
    born.edit.selectAll()
    QTest.keyClick(born.edit, Qt.Key.Key_Delete)
    assert born.value() is None


def test_shift_tab_and_tab_walk_through_the_form(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, before, born, after = form
    before.setFocus()
    QTest.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(born.edit.hasFocus)
    QTest.keyClick(born.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    QTest.keyClick(after, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(born.edit.hasFocus)


def test_an_incomplete_date_is_said_next_to_the_field_and_kept(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, _before, born, after = form
    born.setFocus()
    qtbot.keyClicks(born.edit, "1403")
    QTest.keyClick(born.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    assert born.text() == "1403"  # kept as typed, to be corrected
    assert "is not a date" in born.error()
    assert born.error_label.isVisible()
    assert born.property("invalid")
    with pytest.raises(UserError) as caught:
        born.value()  # a form saving now shows this error: the date is never dropped
    assert caught.value.field == "born"
    # Typing again clears the message; a whole date reads.
    born.setFocus()
    qtbot.keyClicks(born.edit, "1982")
    assert born.error() == ""
    assert born.value() == date(1982, 3, 14)


def test_a_date_of_birth_in_the_future_is_refused_not_clamped(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, _before, born, _after = form
    born.setFocus()
    qtbot.keyClicks(born.edit, "26/11/2026")
    born.edit.editingFinished.emit()
    assert born.text() == "26/11/2026"
    assert "25/11/2026 or earlier" in born.error()


def test_the_calendar_of_a_date_of_birth_opens_forty_years_back(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, _before, born, _after = form
    born.setFocus()
    QTest.keyClick(born.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = born.popup
    assert popup is not None
    assert popup.isVisible()
    calendar = popup.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (1986, 1)
    assert calendar.maximumDate().toPython() == TODAY
    # Picking a day with the keyboard: arrows, then Enter, in the calendar's grid (which has the
    # focus when the popup opens).
    grid = calendar.findChild(QAbstractItemView)
    assert calendar.focusProxy() is grid
    QTest.keyClick(grid, Qt.Key.Key_Right)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert born.value() == date(1986, 1, 2)
    assert born.text() == "02/01/1986"


def test_the_calendar_opens_on_the_date_typed_and_escape_keeps_it(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, _before, born, _after = form
    born.set_value(date(1975, 7, 14))
    popup = born.open_calendar()
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (1975, 7)
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert born.value() == date(1975, 7, 14)


def test_an_appointment_calendar_opens_on_today(qtbot) -> None:  # type: ignore[no-untyped-def]
    day = DateField("day", near=TODAY, required=True)
    qtbot.addWidget(day)
    day.show()
    popup = day.open_calendar()
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (2026, 11)
    popup.close()
    with pytest.raises(UserError, match="Give a date"):
        day.value()


def test_value_changed_follows_typing(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField("on", near=TODAY)
    qtbot.addWidget(field)
    seen: list[object] = []
    field.value_changed.connect(seen.append)
    field.show()
    field.setFocus()
    qtbot.keyClicks(field.edit, "0102202")  # not a date yet: nothing announced
    assert seen == []
    qtbot.keyClicks(field.edit, "6")
    assert seen == [date(2026, 2, 1)]
    field.set_value(None)
    assert seen == [date(2026, 2, 1), None]
