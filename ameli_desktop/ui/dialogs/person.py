"""Add or edit one household member: name, date of birth, role, NIR, S1, and what counts at the
Schengen border (nationality group; a permit when adding: issue 18)."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from ameli_desktop.services.household import NameTakenError, PeopleService, PersonRecord
from ameli_desktop.ui import messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.widgets.ameli_account import AmeliAccountSection
from ameli_desktop.ui.widgets.date_field import birth_date_field
from ameli_desktop.ui.widgets.forms import FieldErrors
from ameli_desktop.ui.widgets.travel_status import TravelStatusFields


class PersonDialog(Dialog):
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
        self.born = birth_date_field("born", ui.ctx.today())
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
            form, self.tr("P&assport (Schengen)"), "nationality", self.travel
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
            self.born.set_value(person.born)
            self.role.setCurrentIndex(self.role.findData(person.role.value))
            self.nir.setText(person.nir or "")
            self.s1.setChecked(person.s1_holder)
            self.travel.nationality.set_value(person.nationality)

    def details(self) -> PersonDetails:
        """The form's values (raises UserError for a date that is not one, naming its field)."""
        born = self.born.value()
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
        except NameTakenError as exc:
            if self.person is not None and self.offer_merge(exc):
                return
            self.errors.show(exc)
            return
        except UserError as exc:
            self.errors.show(exc)
            return
        self.ui.notify("people")
        self.accept()

    def offer_merge(self, exc: NameTakenError) -> bool:
        """Renamed to another member's name: they may be one person. Merge them (the merge
        dialog shows what moves and can undo it); True when merged."""
        from ameli_desktop.ui.dialogs.merge_people import MergeDialog

        assert self.person is not None
        other = PeopleService(self.ui.ctx).get(exc.other_id)
        if not messages.confirm(
            self,
            self.tr("Merge people"),
            self.tr(
                "{other} is already in the household. Are {name} and {other} one person? Then "
                "merge them: everything of {name} moves onto {other} (a backup is taken first)."
            ).format(name=self.person.name, other=other.name),
        ):
            return False
        merged = MergeDialog.run(self.ui, self.person.id, other.id, self)
        if merged is None:
            return False
        self.saved = merged.target
        self.accept()
        return True

    @classmethod
    def edit(
        cls, ui: UiContext, person: PersonRecord | None, parent: QWidget | None = None
    ) -> PersonRecord | None:
        dialog = cls(ui, person, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
