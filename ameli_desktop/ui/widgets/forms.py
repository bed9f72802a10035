"""Validation errors shown next to the field (STYLE.md 4), not in a pop-up.

A form registers its inputs by the field names the services use in ``UserError.field``; showing an
error marks that input (red outline, ``invalid`` property for tests) and writes the message under it.
An input with an error line of its own (the date field: it also says a wrong date as soon as the
user leaves it) keeps its messages there, so a field's errors are in one place.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from ameli_desktop.domain.errors import UserError
from ameli_desktop.ui.i18n import error_text

INVALID_STYLE = "border: 1px solid #c62828; border-radius: 2px;"
HINT_MARGIN = 14  # a line edit's frame and text margins, and room for its clear button


class FieldErrors:
    def __init__(self, general: QLabel | None = None) -> None:
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.general = general
        if general is not None:
            self._style_label(general)
            general.hide()

    @staticmethod
    def _style_label(label: QLabel) -> None:
        label.setStyleSheet("color: #c62828;")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)

    def add_row(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> QLabel:
        """Add ``widget`` to ``form`` with an (initially hidden) error label under it."""
        own = getattr(widget, "error_label", None)
        if isinstance(own, QLabel):
            form.addRow(label, widget)
            self.fields[field] = (widget, own)
            return own
        error = QLabel()
        self._style_label(error)
        error.setObjectName(f"error_{field}")
        error.hide()
        form.addRow(label, widget)
        form.addRow("", error)
        self.fields[field] = (widget, error)
        return error

    def register(self, field: str, widget: QWidget, error: QLabel) -> None:
        """``field``'s errors on ``error`` (an input with an error line of its own keeps its
        messages there, as in :meth:`add_row`)."""
        own = getattr(widget, "error_label", None)
        if isinstance(own, QLabel):
            self.fields[field] = (widget, own)
            return
        self._style_label(error)
        error.hide()
        self.fields[field] = (widget, error)

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        mark = getattr(widget, "mark_invalid", None)
        if mark is not None:  # a composite input outlines its own text, not its children
            mark(invalid)
            return
        widget.setProperty("invalid", invalid)
        widget.setStyleSheet(INVALID_STYLE if invalid else "")

    def clear(self) -> None:
        for widget, error in self.fields.values():
            self._mark(widget, False)
            error.hide()
        if self.general is not None:
            self.general.hide()

    def show(self, exc: UserError) -> None:
        """Mark the field named by the error (or show it as a general message)."""
        self.clear()
        text = error_text(exc)
        target = self.fields.get(exc.field or "")
        if target is None:
            if self.general is None:
                raise exc
            self.general.setText(text)
            self.general.show()
            return
        widget, error = target
        self._mark(widget, True)
        error.setText(text)
        error.show()
        widget.setFocus()

    def is_marked(self, field: str) -> bool:
        widget, _ = self.fields[field]
        return bool(widget.property("invalid"))


def show_whole_hint(edit: QLineEdit) -> None:
    """A search field at least as wide as its hint (placeholder) and clear button: a cut hint
    ("Filter people and tr…") does not say what the field does."""
    room = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 2 * HINT_MARGIN
    edit.setMinimumWidth(max(edit.minimumWidth(), room))
