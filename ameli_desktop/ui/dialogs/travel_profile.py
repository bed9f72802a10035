"""A person's status for the 90/180-day rule: nationality group and residence permits /
long-stay visas with the state that issued them (days in that state do not count, days in the
other Schengen states do; no stamp is due). Works for any household member, before any stay."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.schengen import PERMIT_LABELS, Nationality
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.travel import PermitRecord, TravelService
from ameli_desktop.ui import formatting, messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.i18n import country_name, translate
from ameli_desktop.ui.widgets.forms import FieldErrors
from ameli_desktop.ui.widgets.travel_status import NationalityCombo, PermitFields


class TravelProfileDialog(Dialog):
    """Changes are saved as they are made (each is one small record)."""

    def __init__(self, ui: UiContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.person_id = person_id
        self.service = TravelService(ui.ctx)
        person = PeopleService(ui.ctx).get(person_id)
        self.setWindowTitle(self.tr("Travel status of {name}").format(name=person.name))
        self.setMinimumWidth(520)

        self.nationality = NationalityCombo()
        self.nationality.set_value(self.service.immigration(person_id).nationality)
        self.nationality.currentIndexChanged.connect(lambda _i: self.save_nationality())
        top = QFormLayout()
        top.addRow(self.tr("&Nationality"), self.nationality)

        self.permits_box = QGroupBox(
            self.tr("Residence permits (titre de séjour) and long-stay visas (VLS-TS)")
        )
        self.permits = QListWidget()
        self.permits.setObjectName("permitsList")
        self.remove_button = QPushButton(self.tr("&Remove permit"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.fields = PermitFields(ui)
        self.kind, self.start, self.end, self.state = (
            self.fields.kind,
            self.fields.start,
            self.fields.end,
            self.fields.state,
        )
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("Document number (optional)"))
        self.add_button = QPushButton(self.tr("&Add permit"))
        self.add_button.clicked.connect(self.add_permit)
        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.fields.add_rows(form, self.errors)
        self.errors.add_row(form, self.tr("R&eference"), "reference", self.reference)
        self.errors.register("nationality", self.nationality, general)
        box_layout = QVBoxLayout(self.permits_box)
        box_layout.addWidget(self.permits)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        box_layout.addLayout(row)
        box_layout.addLayout(form)
        box_layout.addWidget(general)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        box_layout.addLayout(add_row)

        note = QLabel(
            self.tr(
                "A valid residence permit or long-stay visa exempts the days spent in the state "
                "that issued it; days in the other Schengen states count towards 90 in any 180 "
                "(Schengen Convention, art. 21). The passport should not be stamped: show the "
                "document at the border."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.permits_box)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.permits.clear()
        for record in self.service.permits(self.person_id):
            self.permits.addItem(self._item(record))
        self.remove_button.setEnabled(self.permits.count() > 0)
        # Recording a permit makes an unknown group "other" (the service's rule): show it.
        self.nationality.blockSignals(True)
        self.nationality.set_value(self.service.immigration(self.person_id).nationality)
        self.nationality.blockSignals(False)
        self.add_button.setEnabled(self.nationality.value() is not Nationality.EU_EEA_CH)

    def _item(self, record: PermitRecord) -> QListWidgetItem:
        text = self.tr("{kind} issued by {state}: {start} – {end}").format(
            kind=translate("Schengen", PERMIT_LABELS[record.period.kind]),
            state=country_name(record.period.state),
            start=formatting.day(record.period.start),
            end=formatting.day(record.period.end),
        )
        if record.reference:
            text += f" ({record.reference})"
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, record.id)
        return item

    def save_nationality(self) -> None:
        self.service.set_nationality(self.person_id, self.nationality.value())
        self.add_button.setEnabled(self.nationality.value() is not Nationality.EU_EEA_CH)
        self.ui.notify("travel")

    def add_permit(self) -> None:
        self.errors.clear()
        try:
            self.service.add_permit(self.person_id, self.fields.period(), self.reference.text())
        except UserError as exc:
            self.errors.show(exc)
            return
        self.reference.clear()
        self.reload()
        self.ui.notify("travel")

    def remove_selected(self) -> None:
        item = self.permits.currentItem()
        if item is None or not messages.confirm(
            self,
            self.tr("Remove permit"),
            self.tr("Remove {permit}?").format(permit=item.text()),
            destructive=True,
        ):
            return
        self.service.remove_permit(int(item.data(Qt.ItemDataRole.UserRole)))
        self.reload()
        self.ui.notify("travel")

    @classmethod
    def open(cls, ui: UiContext, person_id: int, parent: QWidget | None = None) -> None:
        cls(ui, person_id, parent).exec()
