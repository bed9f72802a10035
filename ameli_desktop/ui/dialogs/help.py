"""The Help panel (F1, Help menu): phone lines open now or when they open, what a CPAM appointment
is for, creating an ameli account with its 7-day e-mail deadline, declaring a birth, public holidays.

All the facts come from facts.toml through domain.help, with their sources shown; this module only
lays them out and calls the services.
"""

import html
from collections.abc import Sequence
from datetime import datetime, time

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.appointments import paris_time
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.facts import Source
from ameli_desktop.domain.help import (
    BORN_ABROAD_NOTE,
    LineKind,
    Text,
    account_steps,
    appointment_purpose,
    birth_declaration_deadline,
    birth_declaration_steps,
    describe_hours,
    describe_line_status,
    line_status,
    phone_lines,
    public_holidays,
)
from ameli_desktop.services.help import AccountSignupService, BirthDeclarationService
from ameli_desktop.ui import formatting
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.i18n import current_language, error_text, translate
from ameli_desktop.ui.widgets.date_field import DateField
from ameli_desktop.ui.widgets.forms import FieldErrors
from ameli_desktop.ui.widgets.person_selector import person_choice

REFRESH_MS = 30_000
OPEN_COLOUR = "#2e7d32"
CLOSED_COLOUR = "#c62828"


def help_text(text: Text) -> str:
    """A domain Text in the UI language (its weekday and holiday names translated too)."""
    params = dict(text.params)
    for key in ("weekday", "holiday", "first", "last"):
        if params.get(key):
            params[key] = translate("Help", params[key])
    if params.get("days"):
        params["days"] = ", ".join(translate("Help", d) for d in params["days"].split(", "))
    return translate("Help", text.template).format(**params)


def _label(text: str, *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(True)
    return label


def _bullets(items: Sequence[str]) -> QLabel:
    body = "".join(f"<li>{html.escape(i)}</li>" for i in items)
    return _label(f"<ul style='margin-left:-20px'>{body}</ul>", rich=True)


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


PHONE_PAGE, APPOINTMENT_PAGE, ACCOUNT_PAGE, BIRTH_PAGE, HOLIDAYS_PAGE = range(5)  # show_page()


class HelpDialog(Dialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.facts = ui.ctx.facts
        self.setWindowTitle(self.tr("Help (aide)"))
        self.resize(760, 620)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("helpTabs")
        self.tabs.addTab(self._phone_page(), self.tr("Phone (téléphone)"))
        self.tabs.addTab(self._appointment_page(), self.tr("CPAM appointments"))
        self.tabs.addTab(self._account_page(), self.tr("ameli account"))
        self.tabs.addTab(self._birth_page(), self.tr("Declare a birth"))
        self.tabs.addTab(self._holidays_page(), self.tr("Public holidays"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_lines)
        self.timer.start()
        self.refresh_lines()

    def _sources(self, sources: Sequence[Source]) -> QLabel:
        links = "; ".join(
            f"<a href='{html.escape(s.url, quote=True)}'>{html.escape(s.title)}</a>"
            for s in sources
        )
        label = _label(
            "<small>" + html.escape(self.tr("Sources:")) + " " + links + "</small>", rich=True
        )
        label.setObjectName("sources")
        return label

    # ------------------------------------------------------------------ phone
    def _phone_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.lines = phone_lines(self.facts)
        self.line_status_labels: dict[LineKind, QLabel] = {}
        for line in self.lines:
            box = QGroupBox(translate("Help", line.name))
            form = QVBoxLayout(box)
            number = QLabel(line.number)
            number.setObjectName(f"number_{line.kind.value}")
            font = number.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            number.setFont(font)
            number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            status = QLabel()
            status.setObjectName(f"status_{line.kind.value}")
            self.line_status_labels[line.kind] = status
            row = QHBoxLayout()
            row.addWidget(number)
            row.addSpacing(16)
            row.addWidget(status, 1)
            form.addLayout(row)
            form.addWidget(_label(help_text(describe_hours(line))))
            if line.note:
                form.addWidget(_label(translate("Help", line.note)))
            layout.addWidget(box)
        emergency = _label(
            self.tr(
                "For a medical emergency call {number} (free, every day, at any hour) — not "
                "the Assurance Maladie."
            ).format(number=self.facts.help.emergency_number)
        )
        layout.addWidget(emergency)
        layout.addWidget(
            _label(
                self.tr(
                    "“Open now” is computed from the current time in Paris and the French public "
                    "holidays."
                )
            )
        )
        layout.addStretch(1)
        layout.addWidget(
            self._sources(self.facts.source_of("help") + self.facts.source_of("help", "holidays"))
        )
        return _scroll(page)

    def refresh_lines(self) -> None:
        now = self.ui.ctx.clock.now()
        for line in self.lines:
            status = line_status(line, now)
            label = self.line_status_labels[line.kind]
            label.setText(help_text(describe_line_status(status, now)))
            colour = OPEN_COLOUR if status.is_open else CLOSED_COLOUR
            label.setStyleSheet(f"color: {colour}; font-weight: bold;")
            label.setProperty("open", status.is_open)
        if hasattr(self, "signup_person"):
            self.refresh_signup()

    # ------------------------------------------------------------------ appointment
    def _appointment_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        is_for, is_not = appointment_purpose(self.facts)
        layout.addWidget(_label(f"<b>{html.escape(self.tr('What it is for'))}</b>", rich=True))
        layout.addWidget(_bullets([help_text(t) for t in is_for]))
        layout.addWidget(_label(f"<b>{html.escape(self.tr('What it is not'))}</b>", rich=True))
        not_for = _bullets([help_text(t) for t in is_not])
        not_for.setObjectName("appointmentIsNot")
        layout.addWidget(not_for)
        layout.addStretch(1)
        layout.addWidget(self._sources(self.facts.source_of("help")))
        return _scroll(page)

    # ------------------------------------------------------------------ account
    def _account_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        steps = account_steps(self.facts, current_language())
        body = "".join(f"<li>{html.escape(help_text(s))}</li>" for s in steps)
        layout.addWidget(_label(f"<ol>{body}</ol>", rich=True))

        box = QGroupBox(self.tr("Your e-mail validation deadline"))
        form = QFormLayout(box)
        self.signup_person = person_choice(self.ui, "signupPerson")
        today = self.ui.ctx.today()
        self.signup_day = DateField("signupStarted", near=today, latest=today, required=True)
        self.signup_time = QTimeEdit()
        self.signup_time.setObjectName("signupTime")
        self.signup_time.setDisplayFormat("HH:mm")
        self.show_signup_start(self.ui.ctx.clock.now())
        self.signup_save = QPushButton(self.tr("I started then"))
        self.signup_save.setObjectName("signupSave")
        self.signup_save.clicked.connect(self.save_signup)
        self.signup_now = QPushButton(self.tr("I started just now"))
        self.signup_now.clicked.connect(self.save_signup_now)
        self.signup_validated = QCheckBox(self.tr("I clicked the link: the account is validated"))
        self.signup_validated.setObjectName("signupValidated")
        self.signup_validated.toggled.connect(self.set_validated)
        self.signup_deadline = QLabel()
        self.signup_deadline.setObjectName("signupDeadline")
        self.signup_deadline.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.signup_day)
        top = Qt.AlignmentFlag.AlignTop
        buttons.addWidget(self.signup_time, 0, top)
        buttons.addWidget(self.signup_save, 0, top)
        buttons.addWidget(self.signup_now, 0, top)
        buttons.addStretch(1)
        form.addRow(self.tr("Person"), self.signup_person)
        form.addRow(self.tr("Started creating it"), buttons)
        form.addRow("", self.signup_validated)
        form.addRow("", self.signup_deadline)
        self.signup_person.currentIndexChanged.connect(lambda _i: self.refresh_signup())
        if self.signup_person.count() == 0:
            box.setEnabled(False)
            self.signup_deadline.setText(self.tr("Add the people in your household first."))
        layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(self._sources(self.facts.source_of("account")))
        return _scroll(page)

    def show_signup_start(self, moment: datetime) -> None:
        local = moment.astimezone(PARIS)
        self.signup_day.set_value(local.date())
        self.signup_time.setTime(QTime(local.hour, local.minute))

    def _chosen_start(self) -> datetime:
        """The day and Paris time typed (raises UserError for a day that is not a date)."""
        clock = self.signup_time.time()
        return paris_time(
            self.signup_day.day(), time(clock.hour(), clock.minute()), field="signupStarted"
        )

    def save_signup(self, started: datetime | None = None) -> None:
        person_id = self.signup_person.currentData()
        if person_id is None or self.ui.ctx.read_only:
            return
        self.signup_day.clear_error()
        try:
            AccountSignupService(self.ui.ctx).started(
                int(person_id), started or self._chosen_start()
            )
        except UserError as exc:
            if exc.field == self.signup_day.field:
                self.signup_day.show_error(error_text(exc))
            else:
                self.signup_deadline.setText(error_text(exc))
            return
        self.refresh_signup()

    def save_signup_now(self) -> None:
        now = self.ui.ctx.clock.now()
        self.show_signup_start(now)
        self.save_signup(now)

    def set_validated(self, validated: bool) -> None:
        person_id = self.signup_person.currentData()
        if person_id is None or self.ui.ctx.read_only:
            return
        service = AccountSignupService(self.ui.ctx)
        if service.get(int(person_id)) is not None:
            service.set_validated(int(person_id), validated)
        self.refresh_signup()

    def refresh_signup(self) -> None:
        person_id = self.signup_person.currentData()
        if person_id is None:
            return
        record = AccountSignupService(self.ui.ctx).get(int(person_id))
        self.signup_validated.blockSignals(True)
        self.signup_validated.setChecked(bool(record and record.validated))
        self.signup_validated.setEnabled(record is not None)
        self.signup_validated.blockSignals(False)
        if record is None:
            self.signup_deadline.setText(
                self.tr(
                    "Note when you start creating the account: the link in the confirmation "
                    "e-mail expires after {days} days."
                ).format(days=self.facts.account.email_validation_days)
            )
            return
        self.show_signup_start(record.started_at)
        deadline = formatting.day_time(record.deadline.deadline)
        if record.validated:
            text = self.tr("Validated. (The link was valid until {deadline}.)").format(
                deadline=deadline
            )
        elif record.deadline.expired:
            text = self.tr(
                "The link expired on {deadline}: start the account creation again on ameli.fr."
            ).format(deadline=deadline)
        else:
            left = record.deadline.time_left
            text = self.tr(
                "Click the link in the e-mail by {deadline} ({days} days and {hours} hours left)."
            ).format(deadline=deadline, days=left.days, hours=left.seconds // 3600)
        self.signup_deadline.setText(text)

    # ------------------------------------------------------------------ birth
    def _birth_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        for step in birth_declaration_steps(None, self.facts):
            box = QGroupBox(help_text(step.title))
            inner = QVBoxLayout(box)
            inner.addWidget(_label(help_text(step.details)))
            if step.documents:
                inner.addWidget(_label(self.tr("Documents needed:")))
                inner.addWidget(_bullets([translate("Help", d) for d in step.documents]))
            layout.addWidget(box)
        layout.addWidget(_label(translate("Help", BORN_ABROAD_NOTE)))

        box = QGroupBox(self.tr("Add the child to the household and follow the declaration"))
        form = QFormLayout(box)
        general = QLabel()
        self.birth_errors = FieldErrors(general)
        self.child_name = QLineEdit()
        self.child_name.setObjectName("childName")
        today = self.ui.ctx.today()
        self.child_born = DateField("born_on", near=today, value=today, latest=today, required=True)
        self.child_born.setObjectName("childBorn")
        self.child_born.value_changed.connect(lambda _d: self._update_mairie_deadline())
        self.mairie_deadline = QLabel()
        self.mairie_deadline.setObjectName("mairieDeadline")
        self.birth_parent = person_choice(self.ui, "birthParent")
        self.declared_on = DateField("declared_on", near=today, value=today, required=True)
        self.declared_on.setObjectName("declaredOn")
        self.both_parents = QCheckBox(self.tr("Attach the child to both parents' rights"))
        self.both_parents.setObjectName("bothParents")
        self.child_nir = QLineEdit()
        self.child_nir.setObjectName("childNir")
        self.child_nir.setPlaceholderText(self.tr("When the caisse has sent it (optional)"))
        name_error = self.birth_errors.add_row(
            form, self.tr("Child's &name"), "child_name", self.child_name
        )
        self.birth_errors.register("name", self.child_name, name_error)
        self.birth_errors.add_row(form, self.tr("&Born on"), "born_on", self.child_born)
        form.addRow("", self.mairie_deadline)
        self.birth_errors.add_row(form, self.tr("&Parent declaring"), "parent", self.birth_parent)
        self.birth_errors.add_row(
            form, self.tr("Declared to the caisse &on"), "declared_on", self.declared_on
        )
        form.addRow("", self.both_parents)
        self.birth_errors.add_row(form, self.tr("Child's NI&R"), "nir", self.child_nir)
        self.declare_button = QPushButton(self.tr("Add the child and a claim to follow"))
        self.declare_button.setObjectName("declareBirth")
        self.declare_button.clicked.connect(self.declare_birth)
        form.addRow("", self.declare_button)
        form.addRow("", general)
        self.birth_result = QLabel()
        self.birth_result.setObjectName("birthResult")
        self.birth_result.setWordWrap(True)
        form.addRow("", self.birth_result)
        self.declarations = QListWidget()
        self.declarations.setObjectName("declarations")
        self.declarations.setMaximumHeight(110)
        self.confirm_button = QPushButton(self.tr("The caisse confirmed it"))
        self.confirm_button.clicked.connect(self.confirm_declaration)
        form.addRow(self.tr("Declarations followed"), self.declarations)
        form.addRow("", self.confirm_button)
        if self.birth_parent.count() == 0 or self.ui.ctx.read_only:
            self.declare_button.setEnabled(False)
            self.birth_result.setText(self.tr("Add the parents to the household first."))
        layout.addWidget(box)
        layout.addWidget(self._sources(self.facts.source_of("birth")))
        self._update_mairie_deadline()
        self.reload_declarations()
        return _scroll(page)

    def _update_mairie_deadline(self) -> None:
        born = self.child_born.valid_value()
        if born is None:
            self.mairie_deadline.clear()
            return
        self.mairie_deadline.setText(
            self.tr("Declare at the mairie by {date}.").format(
                date=formatting.day(birth_declaration_deadline(born, self.facts))
            )
        )

    def declare_birth(self) -> None:
        self.birth_errors.clear()
        parent = self.birth_parent.currentData()
        try:
            record = BirthDeclarationService(self.ui.ctx).declare(
                child_name=self.child_name.text(),
                born_on=self.child_born.day(),
                parent_id=int(parent) if parent is not None else None,
                declared_on=self.declared_on.day(),
                both_parents=self.both_parents.isChecked(),
                nir=self.child_nir.text().strip() or None,
            )
        except UserError as exc:
            self.birth_errors.show(exc)
            return
        self.birth_result.setText(
            self.tr(
                "Added {child} to the household. Follow up with the caisse if the child is not "
                "on your rights by {date}."
            ).format(child=record.child_name, date=formatting.day(record.expected_by))
        )
        self.child_name.clear()
        self.child_nir.clear()
        self.reload_declarations()
        self.ui.notify("people")
        self.ui.notify("claims")

    def reload_declarations(self) -> None:
        self.declarations.clear()
        for d in BirthDeclarationService(self.ui.ctx).all():
            if d.confirmed_on:
                state = self.tr("confirmed on {date}").format(date=formatting.day(d.confirmed_on))
            else:
                state = self.tr("follow up by {date}").format(date=formatting.day(d.expected_by))
            item = QListWidgetItem(
                self.tr("{child}, born {born} ({parent}): {state}").format(
                    child=d.child_name,
                    born=formatting.day(d.born_on),
                    parent=d.parent_name,
                    state=state,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.declarations.addItem(item)
        self.confirm_button.setEnabled(self.declarations.count() > 0 and not self.ui.ctx.read_only)

    def confirm_declaration(self) -> None:
        item = self.declarations.currentItem()
        if item is None:
            return
        BirthDeclarationService(self.ui.ctx).confirm(int(item.data(Qt.ItemDataRole.UserRole)))
        self.reload_declarations()
        self.ui.notify("claims")

    # ------------------------------------------------------------------ holidays
    def _holidays_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        year = self.ui.ctx.today().year
        layout.addWidget(
            _label(
                self.tr(
                    "Public holidays (jours fériés) in {year}: the Assurance Maladie's phone "
                    "lines and offices are closed."
                ).format(year=year)
            )
        )
        self.holidays = QListWidget()
        self.holidays.setObjectName("holidays")
        for holiday in public_holidays(year):
            self.holidays.addItem(
                f"{formatting.day(holiday.day)}  {translate('Help', holiday.name)}"
            )
        layout.addWidget(self.holidays, 1)
        layout.addWidget(
            _label(
                self.tr(
                    "Alsace and Moselle also have Good Friday and 26 December; they are not "
                    "counted here."
                )
            )
        )
        layout.addWidget(self._sources(self.facts.source_of("help", "holidays")))
        return page

    # ------------------------------------------------------------------ opening
    def show_page(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    @classmethod
    def open(cls, ui: UiContext, parent: QWidget | None = None) -> "HelpDialog":
        """Show the panel (non-modal), reusing the one already open for this parent."""
        existing = getattr(parent, "help_dialog", None)
        try:
            if isinstance(existing, cls) and existing.isVisible():
                existing.raise_()
                existing.activateWindow()
                return existing
        except RuntimeError:  # its window was destroyed
            pass
        dialog = cls(ui, parent)
        if parent is not None:
            parent.help_dialog = dialog  # type: ignore[attr-defined]
        dialog.show()
        return dialog

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.timer.stop()
        super().closeEvent(event)
