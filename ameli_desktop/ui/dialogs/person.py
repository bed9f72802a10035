"""Add or edit one household member: name, date of birth, role, NIR, S1, and what counts at the
Schengen border (nationality group; a permit when adding: issue 18)."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.people import ROLE_LABELS, PersonDetails, Role
from ameli_desktop.services.household import PeopleService, PersonRecord
from ameli_desktop.ui import formatting
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.widgets.ameli_account import AmeliAccountSection
from ameli_desktop.ui.widgets.forms import FieldErrors
from ameli_desktop.ui.widgets.travel_status import TravelStatusFields

UNKNOWN_BIRTH = QDate(1899, 12, 31)  # the QDateEdit's minimum, shown as "not given"


class PersonDialog(QDialog):
    """Saves through PeopleService; errors are shown next to their field."""

    def __init__(
        self, ui: UiContext, person: PersonRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.person = person
        self.saved: PersonRecord | None = None
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add a person"))
        self.setMinimumWidth(460)

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("As you call them, e.g. Zoé Lebrun"))
        self.born = QDateEdit()
        self.born.setObjectName("born")
        self.born.setDisplayFormat("dd/MM/yyyy")
        self.born.setCalendarPopup(True)
        self.born.setMinimumDate(UNKNOWN_BIRTH)
        self.born.setMaximumDate(formatting.to_qdate(ui.ctx.today()))
        self.born.setSpecialValueText(self.tr("Not given"))
        self.born.setDate(UNKNOWN_BIRTH)
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(translate("Roles", ROLE_LABELS[role]), role.value)
        self.nir = QLineEdit()
        self.nir.setObjectName("nir")
        self.nir.setPlaceholderText(self.tr("15 characters, e.g. 1 85 05 78 006 084 91 (optional)"))
        self.nir.setToolTip(
            self.tr(
                "Numéro de sécurité sociale, on the carte Vitale. Stored on this computer only "
                "and shown masked."
            )
        )
        self.s1 = QCheckBox(self.tr("Holds an S1 form (cover paid by another country)"))
        self.s1.setObjectName("s1")
        # Permits of a person already saved are kept in the Travel log (Nationality and permits).
        self.travel = TravelStatusFields(ui, with_permit=person is None)

        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Name"), "name", self.name)
        self.errors.add_row(form, self.tr("Date of &birth"), "born", self.born)
        self.errors.add_row(form, self.tr("&Role"), "role", self.role)
        self.errors.add_row(form, self.tr("N&IR"), "nir", self.nir)
        form.addRow("", self.s1)
        travel_error = self.errors.add_row(
            form, self.tr("&Passport (Schengen)"), "nationality", self.travel
        )
        fields = self.travel.permit_fields
        for field, widget in (
            ("start", fields.start),
            ("end", fields.end),
            ("state", fields.state),
        ):
            self.errors.register(field, widget, travel_error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # The ameli.fr account (issue 7): its own actions, saved to the keyring, not with the form.
        self.account = AmeliAccountSection(ui, person, self)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(form)
        self.layout_.addWidget(general)
        self.layout_.addWidget(self.account)
        self.layout_.addWidget(self.buttons)

        if person is not None:
            self.name.setText(person.name)
            if person.born:
                self.born.setDate(formatting.to_qdate(person.born))
            self.role.setCurrentIndex(self.role.findData(person.role.value))
            self.nir.setText(person.nir or "")
            self.s1.setChecked(person.s1_holder)
            self.travel.nationality.set_value(person.nationality)

    def details(self) -> PersonDetails:
        born_q = self.born.date()
        born: date | None = None if born_q == UNKNOWN_BIRTH else formatting.from_qdate(born_q)
        nationality, permit = self.travel.value()
        return PersonDetails(
            name=self.name.text(),
            born=born,
            role=Role(self.role.currentData()),
            nir=self.nir.text().strip() or None,
            s1_holder=self.s1.isChecked(),
            nationality=nationality,
            permit=permit,
        )

    def save(self) -> None:
        service = PeopleService(self.ui.ctx)
        self.errors.clear()
        try:
            if self.person is None:
                self.saved = service.add(self.details())
            else:
                self.saved = service.update(self.person.id, self.details())
        except UserError as exc:
            self.errors.show(exc)
            return
        self.ui.notify("people")
        self.accept()

    @classmethod
    def edit(
        cls, ui: UiContext, person: PersonRecord | None, parent: QWidget | None = None
    ) -> PersonRecord | None:
        dialog = cls(ui, person, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
