"""The input for amounts, read the French way (dates: :mod:`~ameli_desktop.ui.widgets.date_field`)."""

from PySide6.QtWidgets import QLineEdit, QWidget

from ameli_desktop.domain.money import format_cents, parse_cents


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
