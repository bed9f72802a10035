"""Add or edit one stay in the Schengen area: entry, exit (or still inside), country, ports,
passport, stamps, EES, notes and (for a saved stay) its evidence files."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.travel import STAY_KIND, StayRecord, TravelService
from ameli_desktop.ui import formatting
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.i18n import country_name
from ameli_desktop.ui.texts import show
from ameli_desktop.ui.widgets.attachments import AttachmentsWidget
from ameli_desktop.ui.widgets.forms import FieldErrors

EARLIEST_INPUT = QDate(2000, 1, 1)  # the form accepts more than the rule: the service explains
LATEST_INPUT = QDate(2100, 12, 31)


def date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setDateRange(EARLIEST_INPUT, LATEST_INPUT)
    edit.setDate(formatting.to_qdate(value))
    return edit


def country_combo(ui: UiContext, name: str = "country") -> QComboBox:
    """Schengen members first (by name), then the other countries the app knows."""
    facts = ui.ctx.facts
    combo = QComboBox()
    combo.setObjectName(name)
    members = set(facts.schengen.members) - set(facts.schengen.not_members)
    names = {code: country_name(code) for code in set(facts.countries) | members}
    for group in (sorted(members, key=names.get), sorted(set(names) - members, key=names.get)):
        for code in group:
            combo.addItem(f"{names[code]} ({code})", code)
        combo.insertSeparator(combo.count())
    combo.removeItem(combo.count() - 1)
    combo.setCurrentIndex(combo.findData(DEFAULT_COUNTRY))
    return combo


STAMP_CHOICES = (None, True, False)


class StayDialog(QDialog):
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

        self.person = QComboBox()
        self.person.setObjectName("person")
        for person in PeopleService(ui.ctx).all():
            self.person.addItem(person.name, person.id)
        wanted = stay.person_id if stay else person_id
        if wanted is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(wanted)))
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
        self.errors.add_row(form, self.tr("E&xit (sortie)"), "exit", exit_box)
        self.errors.add_row(form, self.tr("&Country"), "country", self.country)
        self.errors.add_row(form, self.tr("Entry p&ort"), "entry_port", self.entry_port)
        self.errors.add_row(form, self.tr("Exit po&rt"), "exit_port", self.exit_port)
        self.errors.add_row(form, self.tr("Pass&port used"), "passport", self.passport)
        form.addRow(self.tr("Stamped at entry"), self.stamped_entry)
        form.addRow(self.tr("Stamped at exit"), self.stamped_exit)
        form.addRow("", self.ees)
        self.errors.add_row(form, self.tr("&Notes"), "notes", self.notes)
        form.addRow("", self.guidance)
        # The exit field's widget for marking is the date itself, inside its row.
        self.errors.fields["exit"] = (self.exit, self.errors.fields["exit"][1])

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
            self.entry.setDate(formatting.to_qdate(d.entry))
            self.inside.setChecked(d.exit is None)
            if d.exit is not None:
                self.exit.setDate(formatting.to_qdate(d.exit))
            index = self.country.findData(d.country)
            if index < 0:
                self.country.addItem(d.country, d.country)
                index = self.country.count() - 1
            self.country.setCurrentIndex(index)
            self.entry_port.setText(d.entry_port)
            self.exit_port.setText(d.exit_port)
            self.passport.setText(d.passport)
            self.stamped_entry.setCurrentIndex(STAMP_CHOICES.index(d.stamped_entry))
            self.stamped_exit.setCurrentIndex(STAMP_CHOICES.index(d.stamped_exit))
            self.ees.setChecked(d.ees_recorded)
            self.notes.setText(d.notes)
            self.attachments.set_owner(STAY_KIND, stay.id)
        self.entry.dateChanged.connect(lambda _d: self.update_guidance())
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
        if person_id is None:
            self.guidance.clear()
            return
        immigration = TravelService(self.ui.ctx).immigration(person_id)
        status = border_status(
            immigration, formatting.from_qdate(self.entry.date()), self.ui.ctx.facts.schengen
        )
        self.guidance.setText(show(status.explanation))

    def details(self) -> StayDetails:
        return StayDetails(
            entry=formatting.from_qdate(self.entry.date()),
            exit=None if self.inside.isChecked() else formatting.from_qdate(self.exit.date()),
            country=str(self.country.currentData() or DEFAULT_COUNTRY),
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
