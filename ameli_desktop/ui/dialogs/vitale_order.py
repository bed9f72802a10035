"""Carte Vitale dialogs: declare a loss/theft/breakage, order a new card, record an order's step."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.vitale import CardStatus, OrderChannel, OrderStep
from ameli_desktop.services.vitale import OrderRecord, PersonVitale, VitaleService
from ameli_desktop.ui import formatting
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.i18n import current_language
from ameli_desktop.ui.models.vitale import Labels
from ameli_desktop.ui.widgets.date_field import DateField
from ameli_desktop.ui.widgets.forms import FieldErrors


def _channel_combo(labels: Labels) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("channel")
    for channel in OrderChannel:
        combo.addItem(labels.channel(channel), channel.value)
    return combo


def _buttons(dialog: QDialog, save: object) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)  # type: ignore[arg-type]
    buttons.rejected.connect(dialog.reject)
    return buttons


class DeclareIncidentDialog(Dialog):
    """Lost, stolen or broken: the card is blocked that day and can never be used again."""

    def __init__(
        self,
        ui: UiContext,
        entry: PersonVitale,
        kind: CardStatus = CardStatus.LOST,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.entry = entry
        self.labels = Labels(self)
        self.setWindowTitle(
            self.tr("Declare {name}'s carte Vitale lost, stolen or broken").format(
                name=entry.person.name
            )
        )
        self.setMinimumWidth(480)
        today = ui.ctx.today()
        intro = QLabel(
            self.tr(
                "Declare it on your ameli account (or by calling 3646) first: the card is blocked"
                " at once and cannot be used again, even if it is found."
            )
        )
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for status in (CardStatus.LOST, CardStatus.STOLEN, CardStatus.BROKEN):
            self.kind.addItem(self.labels.card(status), status.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.on = DateField("blocked_on", near=today, value=today, latest=today, required=True)
        self.at_once = QCheckBox(self.tr("A new card was ordered at the same time"))
        self.at_once.setObjectName("ordered_at_once")
        self.channel = _channel_combo(self.labels)
        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&What happened"), "status", self.kind)
        self.errors.add_row(form, self.tr("&Blocked on"), "blocked_on", self.on)
        form.addRow("", self.at_once)
        form.addRow(self.tr("Ordered"), self.channel)
        self.channel.setEnabled(False)
        self.at_once.toggled.connect(self.channel.setEnabled)
        self.buttons = _buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.errors.clear()
        try:
            VitaleService(self.ui.ctx).declare_incident(
                self.entry.person.id,
                CardStatus(self.kind.currentData()),
                self.on.day(),
                ordered_at_once=self.at_once.isChecked(),
                channel=OrderChannel(self.channel.currentData()),
            )
        except UserError as exc:
            self.errors.show(exc)
            return
        self.ui.notify("vitale")
        self.accept()

    @classmethod
    def declare(
        cls,
        ui: UiContext,
        entry: PersonVitale,
        kind: CardStatus = CardStatus.LOST,
        parent: QWidget | None = None,
    ) -> bool:
        return cls(ui, entry, kind, parent).exec() == QDialog.DialogCode.Accepted


class OrderDialog(Dialog):
    """A new card order, with what it needs (photo, ID, for a child the parent's account)."""

    def __init__(self, ui: UiContext, entry: PersonVitale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.entry = entry
        self.saved: OrderRecord | None = None
        self.labels = Labels(self)
        self.setWindowTitle(
            self.tr("Order a carte Vitale for {name}").format(name=entry.person.name)
        )
        self.setMinimumWidth(480)
        today = ui.ctx.today()
        facts = ui.ctx.facts.vitale
        checklist = QGroupBox(self.tr("What the order needs (ticks are kept with the order)"))
        checklist.setObjectName("checklist")
        items = QVBoxLayout(checklist)
        self.checks: list[tuple[str, QCheckBox]] = []  # (the line in facts.toml, its box)
        for line, text in zip(
            facts.order_checklist, facts.order_checklist_in(current_language()), strict=True
        ):
            box = QCheckBox(text)  # from facts.toml, in the UI language
            box.setObjectName("checklistLine")
            self.checks.append((line, box))
            items.addWidget(box)
        self.on = DateField("requested_on", near=today, value=today, latest=today, required=True)
        self.channel = _channel_combo(self.labels)
        self.delivery = QLabel()
        self.delivery.setObjectName("delivery")
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Optional"))
        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Requested on"), "requested_on", self.on)
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("Expected around"), self.delivery)
        self.errors.add_row(form, self.tr("&Notes"), "notes", self.notes)
        incident = entry.card.incident if entry.card else None
        self.wait_note = QLabel()
        self.wait_note.setObjectName("wait_note")
        self.wait_note.setWordWrap(True)
        if incident is not None and incident.order_possible_from > today:
            self.wait_note.setText(
                self.tr(
                    "The card was blocked on {blocked}: ordering may only be possible from {date}."
                ).format(
                    blocked=formatting.day(incident.blocked_on),
                    date=formatting.day(incident.order_possible_from),
                )
            )
        else:
            self.wait_note.hide()
        self.on.value_changed.connect(lambda _d: self._show_delivery())
        self.channel.currentIndexChanged.connect(lambda _i: self._show_delivery())
        self._show_delivery()
        self.buttons = _buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(checklist)
        layout.addLayout(form)
        layout.addWidget(self.wait_note)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

    def _show_delivery(self) -> None:
        from ameli_desktop.domain.vitale import VitaleOrder

        requested = self.on.valid_value()
        if requested is None:
            self.delivery.clear()
            return
        order = VitaleOrder.request(requested, OrderChannel(self.channel.currentData()))
        self.delivery.setText(formatting.day(order.expected_delivery(self.ui.ctx.facts.vitale)))

    def save(self) -> None:
        self.errors.clear()
        try:
            self.saved = VitaleService(self.ui.ctx).place_order(
                self.entry.person.id,
                self.on.day(),
                OrderChannel(self.channel.currentData()),
                self.notes.text(),
                checklist_done=[line for line, box in self.checks if box.isChecked()],
            )
        except UserError as exc:
            self.errors.show(exc)
            return
        self.ui.notify("vitale")
        self.accept()

    @classmethod
    def order(
        cls, ui: UiContext, entry: PersonVitale, parent: QWidget | None = None
    ) -> OrderRecord | None:
        dialog = cls(ui, entry, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class AdvanceOrderDialog(Dialog):
    """Record what happened next to an order (only the steps that may follow are offered)."""

    def __init__(self, ui: UiContext, order: OrderRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.order = order
        self.labels = Labels(self)
        self.setWindowTitle(self.tr("Order {id}: next step").format(id=order.id))
        today = ui.ctx.today()
        self.step = QComboBox()
        self.step.setObjectName("step")
        for step in order.order.next_steps():
            self.step.addItem(self.labels.step(step), step.value)
        self.on = DateField(
            "on",
            near=today,
            value=today,
            earliest=order.order.current.on,
            latest=today,
            required=True,
        )
        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Step"), "step", self.step)
        self.errors.add_row(form, self.tr("&On"), "on", self.on)
        self.buttons = _buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

    def select_step(self, step: OrderStep) -> None:
        self.step.setCurrentIndex(self.step.findData(step.value))

    def save(self) -> None:
        self.errors.clear()
        try:
            VitaleService(self.ui.ctx).advance_order(
                self.order.id,
                OrderStep(self.step.currentData()),
                self.on.day(),
            )
        except UserError as exc:
            self.errors.show(exc)
            return
        self.ui.notify("vitale")
        self.accept()

    @classmethod
    def advance(cls, ui: UiContext, order: OrderRecord, parent: QWidget | None = None) -> bool:
        return cls(ui, order, parent).exec() == QDialog.DialogCode.Accepted
