"""The one date input of the app: typed ``14/03/1982`` or ``14031982``, or left empty.

Why not QDateEdit: its "not given" value is a special text that digits get appended to, its
sections trap Tab, a typed date it cannot read is silently replaced on save, and its calendar opens
on its minimum (December 1899). Here the text is what the user typed; it is read by
:func:`~ameli_desktop.domain.dates.parse_typed_date` (the rule, in one place), shown back as
``dd/MM/yyyy`` through QLocale, and a text that is not a date is said under the field, never
dropped: :meth:`DateField.value` raises a UserError naming the field, which the forms show.
"""

import re
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.dates import parse_typed_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import error_text

ERROR_COLOUR = "#c62828"
_YEAR_TYPED = re.compile(r"^\s*\d{8}\s*$|\D\s*\d{4}\s*$|^\s*\d{4}-\d{1,2}-\d{2}\s*$")
INVALID_EDIT_STYLE = f"QLineEdit {{ border: 1px solid {ERROR_COLOUR}; border-radius: 2px; }}"


class CalendarPopup(QFrame):
    """The calendar under the field: a click or Enter picks the day, Escape closes."""

    picked = Signal(object)  # date

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("dateFieldPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateFieldCalendar")
        self.calendar.setLocale(QLocale())  # the UI language's month and day names
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def _pick(self, qdate: object) -> None:
        self.picked.emit(formatting.from_qdate(qdate))  # type: ignore[arg-type]
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date or nothing. ``near`` is where the calendar opens when the field is empty (a date
    of birth: some forty years back; an appointment: the context's today), and the year a
    two-digit year is read near; ``earliest``/``latest`` are limits a typed date is checked
    against (and the calendar keeps to)."""

    value_changed = Signal(object)  # date | None: the text now reads as another date, or none

    def __init__(
        self,
        field: str,
        parent: QWidget | None = None,
        *,
        near: date,
        value: date | None = None,
        earliest: date | None = None,
        latest: date | None = None,
        required: bool = False,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(field)
        self.near = near
        self.earliest = earliest
        self.latest = latest
        self.required = required
        self._last: date | None = None

        self.edit = QLineEdit()
        self.edit.setObjectName(f"{field}Text")
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setToolTip(
            self.tr("Type the date as 14/03/1982 or 14031982. Alt+Down opens a calendar.")
        )
        # Room for a whole date and a little more, whatever the font and scale.
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.button = QToolButton()
        self.button.setObjectName(f"{field}Calendar")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Choose on a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Calendar"))
        # Tab goes from the text to the next field: the calendar is a click or Alt+Down away.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.error_label = QLabel()
        self.error_label.setObjectName(f"error_{field}")
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.popup: CalendarPopup | None = None

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._finished)
        self.edit.installEventFilter(self)
        if value is not None:
            self.set_value(value)

    # ------------------------------------------------------------------ reading
    def text(self) -> str:
        return self.edit.text()

    def value(self) -> date | None:
        """The date typed, or None when nothing is (and the field is not required).

        Raises:
            UserError: naming this field, for a text that is not a whole date within the limits
                (or nothing in a required field). The value is never guessed or dropped.
        """
        parsed = parse_typed_date(
            self.edit.text(),
            field=self.field,
            near=self.near,
            earliest=self.earliest,
            latest=self.latest,
        )
        if parsed is None and self.required:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Give a date."), field=self.field)
        return parsed

    def day(self) -> date:
        """The date of a field that must have one (raises UserError otherwise)."""
        parsed = self.value()
        if parsed is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Give a date."), field=self.field)
        return parsed

    def valid_value(self) -> date | None:
        """The date when the text reads as one, else None: for previews that follow typing."""
        try:
            return self.value()
        except UserError:
            return None

    def is_valid(self) -> bool:
        try:
            self.value()
        except UserError:
            return False
        return True

    # ------------------------------------------------------------------ writing
    def set_value(self, value: date | None) -> None:
        self.edit.setText(formatting.day(value))
        self.clear_error()
        self._announce()

    def clear(self) -> None:
        self.set_value(None)

    def set_range(self, earliest: date | None, latest: date | None) -> None:
        self.earliest, self.latest = earliest, latest

    # ------------------------------------------------------------------ errors
    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.mark_invalid(True)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self.mark_invalid(False)

    def mark_invalid(self, invalid: bool) -> None:
        """The red outline FieldErrors gives other inputs, on the text only."""
        self.setProperty("invalid", invalid)
        self.edit.setStyleSheet(INVALID_EDIT_STYLE if invalid else "")

    def error(self) -> str:
        """The message shown under the field ("" when none)."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    # ------------------------------------------------------------------ behaviour
    def _announce(self) -> None:
        current = self.valid_value()
        if current != self._last:
            self._last = current
            self.value_changed.emit(current)

    def _edited(self, text: str) -> None:
        if not self.error_label.isHidden():
            self.clear_error()
        # While typing, 010220 is on its way to 01022026: a two-digit year is only read once
        # the user leaves the field, so previews do not jump to 2020 in between.
        if _YEAR_TYPED.search(text) or not text.strip():
            self._announce()

    def _finished(self) -> None:
        """Leaving the field: a date is shown the French way; anything else is said at once."""
        try:
            parsed = self.value()
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        if parsed is not None:
            shown = formatting.day(parsed)
            if shown != self.edit.text():
                self.edit.setText(shown)
        self.clear_error()
        self._announce()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            alt_down = key_event.key() == Qt.Key.Key_Down and bool(
                key_event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or key_event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def calendar_start(self) -> date:
        """Where the calendar opens: the date typed, else the caller's plausible one."""
        typed = self.valid_value()
        if typed is not None:
            return typed
        start = self.near
        if self.latest is not None and start > self.latest:
            start = self.latest
        if self.earliest is not None and start < self.earliest:
            start = self.earliest
        return start

    def open_calendar(self) -> CalendarPopup:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        calendar = self.popup.calendar
        if self.earliest is not None:
            calendar.setMinimumDate(formatting.to_qdate(self.earliest))
        if self.latest is not None:
            calendar.setMaximumDate(formatting.to_qdate(self.latest))
        start = self.calendar_start()
        calendar.setSelectedDate(formatting.to_qdate(start))
        calendar.setCurrentPage(start.year, start.month)
        self.popup.adjustSize()
        self.popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.popup.show()
        calendar.setFocus()
        return self.popup

    def _picked(self, value: date) -> None:
        self.set_value(value)
        self.edit.setFocus()


BIRTH_YEARS_BACK = 40  # where a date of birth's calendar opens: an adult's, not December 1899


def birth_date_field(field: str, today: date, parent: QWidget | None = None) -> DateField:
    """A date of birth: never in the future; the calendar opens some forty years back."""
    near = date(today.year - BIRTH_YEARS_BACK, 1, 1)
    return DateField(field, parent, near=near, latest=today)
