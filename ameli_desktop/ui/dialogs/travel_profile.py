"""A person's status for the 90/180-day rule: nationality group and residence permits /
long-stay visas (days under them do not count, and no stamp is due)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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
from ameli_desktop.domain.schengen import Nationality, PermitKind, PermitPeriod
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.travel import PermitRecord, TravelService
from ameli_desktop.ui import formatting, messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.dialogs.travel_stay import date_edit
from ameli_desktop.ui.widgets.forms import FieldErrors


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

        self.nationality = QComboBox()
        self.nationality.setObjectName("nationality")
        self.nationality.addItem(
            self.tr("Other passport: the 90/180-day rule applies"), Nationality.OTHER.value
        )
        self.nationality.addItem(
            self.tr("EU, EEA or Swiss citizen: no limit, no stamps"), Nationality.EU_EEA_CH.value
        )
        current = self.service.immigration(person_id).nationality
        self.nationality.setCurrentIndex(self.nationality.findData(current.value))
        self.nationality.currentIndexChanged.connect(lambda _i: self.save_nationality())
        top = QFormLayout()
        top.addRow(self.tr("&Nationality"), self.nationality)

        permits_box = QGroupBox(
            self.tr("Residence permits (titre de séjour) and long-stay visas (VLS-TS)")
        )
        self.permits = QListWidget()
        self.permits.setObjectName("permitsList")
        self.remove_button = QPushButton(self.tr("&Remove permit"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(
            self.tr("Residence permit (titre de séjour)"), PermitKind.RESIDENCE_PERMIT.value
        )
        self.kind.addItem(self.tr("Long-stay visa (VLS-TS)"), PermitKind.LONG_STAY_VISA.value)
        today = ui.ctx.today()
        self.start = date_edit("start", today)
        self.end = date_edit("end", today)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("Document number (optional)"))
        self.add_button = QPushButton(self.tr("&Add permit"))
        self.add_button.clicked.connect(self.add_permit)
        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.addRow(self.tr("&Document"), self.kind)
        self.errors.add_row(form, self.tr("Valid &from"), "start", self.start)
        self.errors.add_row(form, self.tr("Valid &until"), "end", self.end)
        self.errors.add_row(form, self.tr("R&eference"), "reference", self.reference)
        box_layout = QVBoxLayout(permits_box)
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
                "Days covered by a valid residence permit or long-stay visa do not count towards "
                "90/180, and the passport should not be stamped: show the document at the border."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(permits_box)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.permits.clear()
        for record in self.service.permits(self.person_id):
            self.permits.addItem(self._item(record))
        self.remove_button.setEnabled(self.permits.count() > 0)

    def _item(self, record: PermitRecord) -> QListWidgetItem:
        kind = (
            self.tr("Long-stay visa (VLS-TS)")
            if record.period.kind is PermitKind.LONG_STAY_VISA
            else self.tr("Residence permit")
        )
        text = self.tr("{kind}: {start} – {end}").format(
            kind=kind,
            start=formatting.day(record.period.start),
            end=formatting.day(record.period.end),
        )
        if record.reference:
            text += f" ({record.reference})"
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, record.id)
        return item

    def save_nationality(self) -> None:
        self.service.set_nationality(self.person_id, Nationality(self.nationality.currentData()))
        self.ui.notify("travel")

    def add_permit(self) -> None:
        self.errors.clear()
        try:
            self.service.add_permit(
                self.person_id,
                PermitPeriod(
                    self.start.day(),
                    self.end.day(),
                    PermitKind(self.kind.currentData()),
                ),
                self.reference.text(),
            )
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
