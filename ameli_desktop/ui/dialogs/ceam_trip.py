"""Add or edit a trip: travellers, destination, dates, purpose. Shared with the Travel log."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.trips import TripDetails, TripRecord, TripService
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.widgets.country_field import CountryField
from ameli_desktop.ui.widgets.date_field import DateField
from ameli_desktop.ui.widgets.forms import FieldErrors


class TripDialog(Dialog):
    def __init__(
        self, ui: UiContext, trip: TripRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.trip = trip
        self.saved: TripRecord | None = None
        self.setWindowTitle(self.tr("Edit trip") if trip else self.tr("Add a trip"))
        self.setMinimumWidth(480)
        today = ui.ctx.today()

        self.travellers = QListWidget()
        self.travellers.setObjectName("travellers")
        self.travellers.setMaximumHeight(140)
        chosen = set(trip.traveller_ids) if trip else set()
        for person in PeopleService(ui.ctx).all():
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            selected = person.id in chosen if trip else person.id == ui.person_filter
            item.setCheckState(Qt.CheckState.Checked if selected else Qt.CheckState.Unchecked)
            self.travellers.addItem(item)
        self.country = CountryField(ui.ctx.facts, "country")
        self.country.lineEdit().setPlaceholderText(self.tr("A name or a code, e.g. ES"))
        self.depart = DateField(
            "depart", near=today, value=trip.depart if trip else today, required=True
        )
        self.return_date = DateField(
            "return_date", near=today, value=trip.return_date if trip else today, required=True
        )
        self.purpose = QLineEdit(trip.purpose if trip else "")
        self.purpose.setObjectName("purpose")
        self.purpose.setPlaceholderText(self.tr("Optional, e.g. Holidays"))
        if trip is not None:
            self.country.set_code(trip.destination)
        self.depart.value_changed.connect(lambda _d: self._keep_return_after_departure())

        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Travellers"), "travellers", self.travellers)
        self.errors.add_row(form, self.tr("&Destination"), "country", self.country)
        self.errors.add_row(form, self.tr("D&eparture"), "depart", self.depart)
        self.errors.add_row(form, self.tr("&Return"), "return_date", self.return_date)
        self.errors.add_row(form, self.tr("&Purpose"), "purpose", self.purpose)
        note = QLabel(
            self.tr(
                "The trip is also counted in the Travel log (Schengen 90/180) when the"
                " destination is in the Schengen area."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

    def _keep_return_after_departure(self) -> None:
        """A return typed before the departure follows it (a return not typed yet too)."""
        depart, back = self.depart.valid_value(), self.return_date.valid_value()
        if depart is not None and back is not None and back < depart:
            self.return_date.set_value(depart)

    def checked_ids(self) -> tuple[int, ...]:
        ids = []
        for row in range(self.travellers.count()):
            item = self.travellers.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def details(self) -> TripDetails:
        return TripDetails(
            self.checked_ids(),
            self.country.code(),
            self.depart.day(),
            self.return_date.day(),
            self.purpose.text(),
        )

    def save(self) -> None:
        service = TripService(self.ui.ctx)
        self.errors.clear()
        try:
            if self.trip is None:
                self.saved = service.add(self.details())
            else:
                self.saved = service.update(self.trip.id, self.details())
        except UserError as exc:
            self.errors.show(exc)
            return
        self.ui.notify("trips")
        self.accept()

    @classmethod
    def edit(
        cls, ui: UiContext, trip: TripRecord | None, parent: QWidget | None = None
    ) -> TripRecord | None:
        dialog = cls(ui, trip, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
