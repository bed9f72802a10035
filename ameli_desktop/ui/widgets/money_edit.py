"""Inputs for amounts and optional dates, read the French way."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from ameli_desktop.domain.money import format_cents, parse_cents
from ameli_desktop.ui import formatting

NO_DATE = QDate(1899, 12, 31)  # the minimum, shown as "none"


class MoneyEdit(QLineEdit):
    """Text like ``1 234,56`` or ``12,50 €``; ``cents()`` raises AmountError (a UserError) with
    ``field`` set when it is not an amount."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText("0,00")

    def cents(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_cents(text)
        except Exception as exc:  # AmountError: give it the field so the form marks it
            exc.field = self.field  # type: ignore[attr-defined]
            raise

    def set_cents(self, cents: int | None) -> None:
        self.setText("" if cents is None else format_cents(cents, symbol=False))


class OptionalDateEdit(QDateEdit):
    """A date, or nothing (shown as the special text)."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(none_text)
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        q = self.date()
        return None if q == NO_DATE else formatting.from_qdate(q)

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else formatting.to_qdate(value))
