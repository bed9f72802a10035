"""Record a person's CEAM, a provisional certificate, or (for an S1 holder) the S1 country."""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.ceam import default_expiry, provisional_end
from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.ceam import CeamService, PersonCeam
from ameli_desktop.ui import formatting
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.widgets.country_field import CountryField
from ameli_desktop.ui.widgets.date_field import DateField
from ameli_desktop.ui.widgets.forms import FieldErrors


class CeamCardDialog(Dialog):
    """A person's CEAM (issue, expiry defaulting to issue + 2 years, number), or S1 country."""

    def __init__(self, ui: UiContext, entry: PersonCeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.entry = entry
        self.saved = False
        person = entry.person
        self.setWindowTitle(self.tr("CEAM of {name}").format(name=person.name))
        self.setMinimumWidth(460)
        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        today = ui.ctx.today()
        self.s1_country: CountryField | None = None
        if person.s1_holder:
            note = QLabel(
                self.tr(
                    "{name} holds an S1: their European card comes from the country that issued"
                    " the S1, not from the French Assurance Maladie. Which country is it?"
                ).format(name=person.name)
            )
            note.setWordWrap(True)
            form.addRow(note)
            ceam = ui.ctx.facts.ceam
            self.s1_country = CountryField(
                ui.ctx.facts,
                "s1_country",
                codes=[*ceam.covered_countries, ceam.home_country],
            )
            self.s1_country.set_code(entry.s1_country)
            self.errors.add_row(form, self.tr("S1 &country"), "s1_country", self.s1_country)
        else:
            card = entry.card
            self.issued = DateField(
                "issued",
                near=today,
                value=card.issued if card else today,
                latest=today,
                required=True,
            )
            self.own_expiry = QCheckBox(self.tr("The card shows another expiry date"))
            self.own_expiry.setObjectName("own_expiry")
            self.expires = DateField(
                "expires",
                near=today,
                value=card.expires if card else default_expiry(today),
                required=True,
            )
            self.number = QLineEdit(card.number if card else "")
            self.number.setObjectName("number")
            self.number.setPlaceholderText(self.tr("Optional, as printed on the card"))
            self.errors.add_row(form, self.tr("&Issued on"), "issued", self.issued)
            form.addRow("", self.own_expiry)
            self.errors.add_row(form, self.tr("&Expires on"), "expires", self.expires)
            self.errors.add_row(form, self.tr("Card &number"), "number", self.number)
            if card is not None and card.expires != default_expiry(card.issued):
                self.own_expiry.setChecked(True)
            self.own_expiry.toggled.connect(self._sync_expiry)
            self.issued.value_changed.connect(lambda _d: self._sync_expiry())
            self._sync_expiry()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

    def _sync_expiry(self) -> None:
        """Expiry follows the issue date (+ 2 years) unless the user says the card differs."""
        own = self.own_expiry.isChecked()
        self.expires.setEnabled(own)
        issued = self.issued.valid_value()
        if not own and issued is not None:
            self.expires.set_value(default_expiry(issued, self.ui.ctx.facts.ceam))

    def save(self) -> None:
        service = CeamService(self.ui.ctx)
        self.errors.clear()
        try:
            if self.s1_country is not None:
                service.set_s1_country(self.entry.person.id, self.s1_country.code())
            else:
                service.set_card(
                    self.entry.person.id,
                    self.issued.day(),
                    self.expires.day() if self.own_expiry.isChecked() else None,
                    self.number.text(),
                )
        except UserError as exc:
            self.errors.show(exc)
            return
        self.saved = True
        self.ui.notify("ceam")
        self.accept()

    @classmethod
    def edit(cls, ui: UiContext, entry: PersonCeam, parent: QWidget | None = None) -> bool:
        dialog = cls(ui, entry, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


class ProvisionalDialog(Dialog):
    """A provisional replacement certificate, downloaded on a day, valid 3 months."""

    def __init__(self, ui: UiContext, entry: PersonCeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.entry = entry
        self.setWindowTitle(
            self.tr("Provisional certificate for {name}").format(name=entry.person.name)
        )
        self.setMinimumWidth(460)
        today = ui.ctx.today()
        intro = QLabel(
            self.tr(
                "The certificat provisoire de remplacement is downloaded from ameli.fr (Mes"
                " démarches) when a card cannot arrive in time. It is valid {months} months."
            ).format(months=ui.ctx.facts.ceam.provisional_validity_months)
        )
        intro.setWordWrap(True)
        self.start = DateField("start", near=today, value=today, latest=today, required=True)
        self.end_label = QLabel()
        self.end_label.setObjectName("end_label")
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setPlaceholderText(self.tr("Optional, as printed on the certificate"))
        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Downloaded on"), "start", self.start)
        form.addRow(self.tr("Valid until"), self.end_label)
        self.errors.add_row(form, self.tr("Certificate &number"), "number", self.number)
        self.start.value_changed.connect(lambda _d: self._show_end())
        self._show_end()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

    def _show_end(self) -> None:
        start = self.start.valid_value()
        self.end_label.setText(
            formatting.day(provisional_end(start, self.ui.ctx.facts.ceam)) if start else ""
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            CeamService(self.ui.ctx).add_provisional(
                self.entry.person.id,
                self.start.day(),
                number=self.number.text(),
            )
        except UserError as exc:
            self.errors.show(exc)
            return
        self.ui.notify("ceam")
        self.accept()

    @classmethod
    def add(cls, ui: UiContext, entry: PersonCeam, parent: QWidget | None = None) -> bool:
        return cls(ui, entry, parent).exec() == QDialog.DialogCode.Accepted
