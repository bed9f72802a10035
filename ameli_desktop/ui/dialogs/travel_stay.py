"""Add or edit one stay in the Schengen area: entry, exit (or still inside), country, ports,
passport, stamps, EES, notes and (for a saved stay) its evidence files."""

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.schengen import DEFAULT_COUNTRY, StayDetails, border_status
from ameli_desktop.services.travel import STAY_KIND, StayRecord, TravelService
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.texts import show
from ameli_desktop.ui.widgets.attachments import AttachmentsWidget
from ameli_desktop.ui.widgets.country_field import CountryField
from ameli_desktop.ui.widgets.date_field import DateField
from ameli_desktop.ui.widgets.forms import FieldErrors
from ameli_desktop.ui.widgets.person_selector import person_choice


def date_edit(name: str, value: date) -> DateField:
    """A required travel date, opening near ``value`` (the service explains dates it refuses)."""
    return DateField(name, near=value, value=value, required=True)


def country_combo(ui: UiContext, name: str = "country") -> CountryField:
    """Schengen members first (by name), then the other countries the app knows; France."""
    facts = ui.ctx.facts
    members = set(facts.schengen.members) - set(facts.schengen.not_members)
    field = CountryField(facts, name, codes=set(facts.countries) | members, first=members)
    field.set_code(DEFAULT_COUNTRY)
    return field


STAMP_CHOICES = (None, True, False)


class StayDialog(Dialog):
    def __init__(
        self,
        ui: UiContext,
        *,
        person_id: int | None = None,
        stay: StayRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.stay = stay
        self.saved: StayRecord | None = None
        self.setWindowTitle(self.tr("Edit stay") if stay else self.tr("Add a stay"))
        self.setMinimumWidth(520)
        today = ui.ctx.today()

        self.person = person_choice(ui)
        wanted = stay.person_id if stay else person_id
        if wanted is not None:
            self.person.select_person(wanted)
        self.person.setEnabled(stay is None)

        self.entry = date_edit("entry", today)
        self.inside = QCheckBox(self.tr("Still inside (no exit yet)"))
        self.inside.setObjectName("inside")
        self.exit = date_edit("exit", today)
        self.inside.toggled.connect(lambda on: self.exit.setEnabled(not on))
        exit_row = QHBoxLayout()
        exit_row.setContentsMargins(0, 0, 0, 0)
        exit_row.addWidget(self.exit)
        exit_row.addWidget(self.inside)
        exit_box = QWidget()
        exit_box.setLayout(exit_row)
        self.country = country_combo(ui)
        self.entry_port = QLineEdit()
        self.entry_port.setObjectName("entry_port")
        self.entry_port.setPlaceholderText(self.tr("e.g. Paris-CDG, Calais ferry"))
        self.exit_port = QLineEdit()
        self.exit_port.setObjectName("exit_port")
        self.passport = QLineEdit()
        self.passport.setObjectName("passport")
        self.passport.setPlaceholderText(self.tr("Which passport: e.g. US, ends 1234"))
        self.stamped_entry = self._stamp_combo("stamped_entry")
        self.stamped_exit = self._stamp_combo("stamped_exit")
        self.ees = QCheckBox(self.tr("Recorded in the Entry/Exit System (EES)"))
        self.ees.setObjectName("ees_recorded")
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        self.guidance = QLabel()
        self.guidance.setObjectName("stampGuidance")
        self.guidance.setWordWrap(True)

        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Person"), "person", self.person)
        self.errors.add_row(form, self.tr("&Entry (entrée)"), "entry", self.entry)
        form.addRow(self.tr("E&xit (sortie)"), exit_box)
        exit_box.setFocusProxy(self.exit)  # Alt+X goes to the date
        self.errors.register("exit", self.exit, self.exit.error_label)
        self.errors.add_row(form, self.tr("&Country"), "country", self.country)
        self.errors.add_row(form, self.tr("Entry p&ort"), "entry_port", self.entry_port)
        self.errors.add_row(form, self.tr("Exit po&rt"), "exit_port", self.exit_port)
        self.errors.add_row(form, self.tr("Passport &used"), "passport", self.passport)
        form.addRow(self.tr("Stamped at entry"), self.stamped_entry)
        form.addRow(self.tr("Stamped at exit"), self.stamped_exit)
        form.addRow("", self.ees)
        self.errors.add_row(form, self.tr("&Notes"), "notes", self.notes)
        form.addRow("", self.guidance)

        self.attachments = AttachmentsWidget(ui)
        self.attachments.setObjectName("stayAttachments")
        attachments_label = QLabel(
            self.tr("Evidence (boarding pass, photos of stamps):")
            if stay
            else self.tr("Save the stay first, then attach its evidence from the Travel log.")
        )
        attachments_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(attachments_label)
        layout.addWidget(self.attachments)
        self.attachments.setVisible(stay is not None)
        layout.addWidget(self.buttons)

        if stay is not None:
            d = stay.details
            self.entry.set_value(d.entry)
            self.inside.setChecked(d.exit is None)
            if d.exit is not None:
                self.exit.set_value(d.exit)
            self.country.set_code(d.country)
            self.entry_port.setText(d.entry_port)
            self.exit_port.setText(d.exit_port)
            self.passport.setText(d.passport)
            self.stamped_entry.setCurrentIndex(STAMP_CHOICES.index(d.stamped_entry))
            self.stamped_exit.setCurrentIndex(STAMP_CHOICES.index(d.stamped_exit))
            self.ees.setChecked(d.ees_recorded)
            self.notes.setText(d.notes)
            self.attachments.set_owner(STAY_KIND, stay.id)
        self.entry.value_changed.connect(lambda _d: self.update_guidance())
        self.person.currentIndexChanged.connect(lambda _i: self.update_guidance())
        self.update_guidance()

    def _stamp_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("Not recorded"))
        combo.addItem(self.tr("Yes"))
        combo.addItem(self.tr("No"))
        return combo

    def person_id(self) -> int | None:
        value = self.person.currentData()
        return int(value) if value is not None else None

    def update_guidance(self) -> None:
        """What the border should do for this person on the entry date (DESIGN.md 3)."""
        person_id = self.person_id()
        entry = self.entry.valid_value()
        if person_id is None or entry is None:
            self.guidance.clear()
            return
        immigration = TravelService(self.ui.ctx).immigration(person_id)
        status = border_status(immigration, entry, self.ui.ctx.facts.schengen)
        self.guidance.setText(show(status.explanation))

    def details(self) -> StayDetails:
        return StayDetails(
            entry=self.entry.day(),
            exit=None if self.inside.isChecked() else self.exit.day(),
            country=self.country.code() or DEFAULT_COUNTRY,
            entry_port=self.entry_port.text(),
            exit_port=self.exit_port.text(),
            passport=self.passport.text(),
            stamped_entry=STAMP_CHOICES[self.stamped_entry.currentIndex()],
            stamped_exit=STAMP_CHOICES[self.stamped_exit.currentIndex()],
            ees_recorded=self.ees.isChecked(),
            notes=self.notes.text(),
        )

    def save(self) -> None:
        service = TravelService(self.ui.ctx)
        self.errors.clear()
        try:
            if self.stay is None:
                person_id = self.person_id()
                if person_id is None:
                    raise UserError(
                        QT_TRANSLATE_NOOP("Errors", "Add a person to the household first."),
                        field="person",
                    )
                self.saved = service.add_stay(person_id, self.details())
            else:
                self.saved = service.update_stay(self.stay.id, self.details())
        except UserError as exc:
            self.errors.show(exc)
            return
        self.ui.notify("travel")
        self.accept()

    @classmethod
    def edit(
        cls,
        ui: UiContext,
        *,
        person_id: int | None = None,
        stay: StayRecord | None = None,
        parent: QWidget | None = None,
    ) -> StayRecord | None:
        dialog = cls(ui, person_id=person_id, stay=stay, parent=parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
