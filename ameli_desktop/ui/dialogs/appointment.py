"""Add or edit an appointment, and record the outcome of a past one.

The form saves through AppointmentService; a wrong field is marked where it is, with the domain's
message (the reason first: the advisor prepares the file from it).
"""

from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.appointments import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    DEFAULT_DURATION_MINUTES,
    MAX_DURATION_MINUTES,
    OUTCOMES,
    PLACE_LABELS,
    STATUS_LABELS,
    Appointment,
    AppointmentDetails,
    Category,
    Channel,
    ChecklistItem,
    Status,
    checklist_label,
    default_checklist,
    paris_time,
    switch_checklist_category,
)
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.appointments import OWNER_KIND, AppointmentService
from ameli_desktop.ui import formatting
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog, scrolling
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.widgets.attachments import AttachmentsWidget
from ameli_desktop.ui.widgets.date_field import DateField
from ameli_desktop.ui.widgets.forms import FieldErrors
from ameli_desktop.ui.widgets.person_selector import person_choice

DEFAULT_TIME = time(9, 0)


class AppointmentDialog(Dialog):
    """Saves through AppointmentService; errors are shown next to their field."""

    def __init__(
        self,
        ui: UiContext,
        appointment: Appointment | None = None,
        parent: QWidget | None = None,
        *,
        day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.appointment = appointment
        self.saved: Appointment | None = None
        self.items: list[ChecklistItem] = []
        self.setWindowTitle(
            self.tr("Edit appointment") if appointment else self.tr("New CPAM appointment")
        )
        self.setMinimumWidth(600)
        facts = ui.ctx.facts

        self.person = person_choice(ui)

        self.day = DateField(
            "day",
            near=ui.ctx.today(),
            value=day or ui.ctx.today() + timedelta(days=1),
            required=True,
        )
        self.clock = QTimeEdit()
        self.clock.setObjectName("clock")
        self.clock.setDisplayFormat("HH:mm")
        self.clock.setTime(QTime(DEFAULT_TIME.hour, DEFAULT_TIME.minute))
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.day)
        when_row.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)
        when_row.addWidget(QLabel(self.tr("Paris time")), 0, Qt.AlignmentFlag.AlignTop)
        when_row.addStretch(1)
        when.setFocusProxy(self.day)  # Alt+W goes to the day

        self.duration = QSpinBox()
        self.duration.setObjectName("duration")
        self.duration.setRange(1, MAX_DURATION_MINUTES)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(DEFAULT_DURATION_MINUTES)

        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for channel in Channel:
            self.channel.addItem(translate("Appointments", CHANNEL_LABELS[channel]), channel.value)
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.place_label = QLabel()

        self.category = QComboBox()
        self.category.setObjectName("category")
        for category in Category:
            self.category.addItem(
                translate("Appointments", CATEGORY_LABELS[category]), category.value
            )

        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(
            self.tr(
                "What you want to settle, e.g. “daily allowances for my arrêt de travail of "
                "3 February not paid yet”."
            )
        )
        self.reason.setFixedHeight(70)
        self.reason.setTabChangesFocus(True)
        reason_hint = QLabel(
            self.tr("Required: the advisor prepares your file from it before meeting you.")
        )
        reason_hint.setWordWrap(True)
        reason_hint.setEnabled(False)

        self.documents = QListWidget()
        self.documents.setObjectName("documents")
        self.documents.setMinimumHeight(110)
        self.documents.setMaximumHeight(170)
        self.documents.itemChanged.connect(self._item_changed)
        self.new_document = QLineEdit()
        self.new_document.setObjectName("newDocument")
        self.new_document.setPlaceholderText(self.tr("Another document to bring"))
        self.new_document.returnPressed.connect(self.add_document)
        add_document = QPushButton(self.tr("Add"))
        add_document.clicked.connect(self.add_document)
        remove_document = QPushButton(self.tr("Remove"))
        remove_document.clicked.connect(self.remove_document)
        documents_box = QWidget()
        documents_layout = QVBoxLayout(documents_box)
        documents_layout.setContentsMargins(0, 0, 0, 0)
        documents_layout.addWidget(self.documents)
        adder = QHBoxLayout()
        adder.addWidget(self.new_document, 1)
        adder.addWidget(add_document)
        adder.addWidget(remove_document)
        documents_layout.addLayout(adder)

        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in Status:
            self.status.addItem(translate("Appointments", STATUS_LABELS[status]), status.value)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(60)
        self.notes.setTabChangesFocus(True)

        self.attachments = AttachmentsWidget(ui)
        self.attachments.setObjectName("attachments")

        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&For"), "person", self.person)
        self.errors.add_row(form, self.tr("&When"), "starts_at", when)
        self.errors.register("day", self.day, self.day.error_label)
        self.errors.add_row(form, self.tr("D&uration"), "duration", self.duration)
        self.errors.add_row(form, self.tr("&How"), "channel", self.channel)
        place_error = QLabel()
        form.addRow(self.place_label, self.place)
        form.addRow("", place_error)
        self.errors.register("place", self.place, place_error)
        self.place_label.setBuddy(self.place)
        self.errors.add_row(form, self.tr("&Category"), "category", self.category)
        self.errors.add_row(form, self.tr("&Reason"), "reason", self.reason)
        form.addRow("", reason_hint)
        self.errors.add_row(form, self.tr("&Documents to bring"), "documents", documents_box)
        self.errors.add_row(form, self.tr("&Status"), "status", self.status)
        self.errors.add_row(form, self.tr("&Notes"), "notes", self.notes)
        form.addRow(self.tr("Attached files"), self.attachments)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(form)
        body_layout.addWidget(general)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)  # a long form: it scrolls on a short screen
        layout.addWidget(self.buttons)

        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        if appointment is None:
            self.category.setCurrentIndex(self.category.findData(Category.OTHER.value))
            self.set_checklist(list(default_checklist(Category.OTHER, facts)))
            self.category.currentIndexChanged.connect(lambda _i: self._category_changed())
            self.attachments.setToolTip(self.tr("Save the appointment first to attach files."))
        else:
            self._load(appointment)
            self.category.currentIndexChanged.connect(lambda _i: self._category_changed())
            self.attachments.set_owner(OWNER_KIND, appointment.id)
        self._channel_changed()

    # ------------------------------------------------------------------ loading
    def _load(self, appointment: Appointment) -> None:
        details = appointment.details
        self.person.setCurrentIndex(max(self.person.findData(appointment.person_id), 0))
        start = details.starts_at.astimezone(PARIS)
        self.day.set_value(start.date())
        self.clock.setTime(QTime(start.hour, start.minute))
        self.duration.setValue(details.duration_minutes)
        self.channel.setCurrentIndex(self.channel.findData(details.channel.value))
        self.place.setText(details.place)
        self.category.setCurrentIndex(self.category.findData(details.category.value))
        self.reason.setPlainText(details.reason)
        self.set_checklist(list(details.documents))
        self.status.setCurrentIndex(self.status.findData(details.status.value))
        self.notes.setPlainText(details.notes)

    def _label(self, item: ChecklistItem) -> str:
        return checklist_label(item, self.ui.ctx.facts, translate)

    def set_checklist(self, items: list[ChecklistItem]) -> None:
        self.items = items
        self.documents.blockSignals(True)
        self.documents.clear()
        for item in items:
            row = QListWidgetItem(self._label(item))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.checked else Qt.CheckState.Unchecked)
            self.documents.addItem(row)
        self.documents.blockSignals(False)

    def _item_changed(self, row: QListWidgetItem) -> None:
        index = self.documents.row(row)
        if 0 <= index < len(self.items):
            checked = row.checkState() == Qt.CheckState.Checked
            self.items[index] = replace(self.items[index], checked=checked)

    def add_document(self) -> None:
        label = " ".join(self.new_document.text().split())
        if label:
            self.set_checklist([*self.items, ChecklistItem(label)])
            self.new_document.clear()

    def remove_document(self) -> None:
        index = self.documents.currentRow()
        if 0 <= index < len(self.items):
            self.set_checklist(self.items[:index] + self.items[index + 1 :])

    def _category_changed(self) -> None:
        category = Category(self.category.currentData())
        self.set_checklist(list(switch_checklist_category(self.items, category, self.ui.ctx.facts)))

    def _channel_changed(self) -> None:
        channel = Channel(self.channel.currentData())
        self.place_label.setText(translate("Appointments", PLACE_LABELS[channel]))
        placeholders = {
            Channel.OFFICE: self.tr("e.g. CPAM, 21 rue Georges Auric, 75019 Paris"),
            Channel.PHONE: self.tr("e.g. 06 12 34 56 78"),
            Channel.VIDEO: self.tr("The link sent by the caisse, if you have it"),
        }
        self.place.setPlaceholderText(placeholders[channel])

    # ------------------------------------------------------------------ saving
    def details(self) -> AppointmentDetails:
        """The form's values (raises UserError for a time that does not exist in Paris)."""
        q_time = self.clock.time()
        starts_at = paris_time(
            self.day.day(), time(q_time.hour(), q_time.minute()), field="starts_at"
        )
        return AppointmentDetails(
            starts_at=starts_at,
            reason=self.reason.toPlainText(),
            category=Category(self.category.currentData()),
            channel=Channel(self.channel.currentData()),
            place=self.place.text(),
            duration_minutes=self.duration.value(),
            status=Status(self.status.currentData()),
            documents=tuple(self.items),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        service = AppointmentService(self.ui.ctx)
        self.errors.clear()
        person_id = self.person.currentData()
        try:
            details = self.details()
            if self.appointment is None:
                self.saved = service.add(person_id, details)
            else:
                self.saved = service.update(self.appointment.id, details, person_id=person_id)
        except UserError as exc:
            self.errors.show(exc)
            return
        self.ui.notify("appointments")
        self.accept()

    @classmethod
    def edit(
        cls,
        ui: UiContext,
        appointment: Appointment | None,
        parent: QWidget | None = None,
        *,
        day: date | None = None,
    ) -> Appointment | None:
        dialog = cls(ui, appointment, parent, day=day)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class OutcomeDialog(Dialog):
    """What happened at a past appointment: done, cancelled or missed, with a note."""

    def __init__(
        self, ui: UiContext, appointment: Appointment, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.appointment = appointment
        self.saved: Appointment | None = None
        self.setWindowTitle(self.tr("Outcome of the appointment"))
        details = appointment.details
        summary = QLabel(
            self.tr("{when} — {person}\n{category}\nReason: {reason}").format(
                when=formatting.day_time(appointment.starts_at),
                person=appointment.person_name,
                category=translate("Appointments", CATEGORY_LABELS[details.category]),
                reason=details.reason,
            )
        )
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        self.choices = QButtonGroup(self)
        choice_box = QVBoxLayout()
        self.buttons_by_status: dict[Status, QRadioButton] = {}
        for status in OUTCOMES:
            button = QRadioButton(translate("Appointments", STATUS_LABELS[status]))
            button.setObjectName(f"outcome_{status.value}")
            self.choices.addButton(button)
            self.buttons_by_status[status] = button
            choice_box.addWidget(button)
        self.buttons_by_status[Status.DONE].setChecked(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What was decided, what to send, a new date…"))
        self.note.setFixedHeight(70)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(choice_box)
        layout.addWidget(QLabel(self.tr("Note (optional)")))
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def chosen(self) -> Status:
        return next(s for s, b in self.buttons_by_status.items() if b.isChecked())

    def save(self) -> None:
        from ameli_desktop.ui.i18n import error_text

        try:
            self.saved = AppointmentService(self.ui.ctx).set_outcome(
                self.appointment.id, self.chosen(), self.note.toPlainText()
            )
        except UserError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.ui.notify("appointments")
        self.accept()

    @classmethod
    def ask(
        cls, ui: UiContext, appointment: Appointment, parent: QWidget | None = None
    ) -> Appointment | None:
        dialog = cls(ui, appointment, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
