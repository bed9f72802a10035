"""The Appointments tab: an agenda (month calendar and the next appointments), a table of all,
the documents to bring of the selected one, and the outcome of past ones."""

from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QTextCharFormat, QUndoStack
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.appointments import (
    CATEGORY_LABELS,
    STATUS_LABELS,
    Appointment,
    Status,
    checklist_label,
)
from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.appointments import OWNER_KIND, AppointmentService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui import formatting, messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.appointment import AppointmentDialog, OutcomeDialog
from ameli_desktop.ui.i18n import document_language, translate
from ameli_desktop.ui.models.appointments import AppointmentsFilter, AppointmentsModel
from ameli_desktop.ui.models.table import ID_ROLE
from ameli_desktop.ui.tabs.base import EmptyStateTab
from ameli_desktop.ui.undo import Done
from ameli_desktop.ui.widgets.attachments import AttachmentsWidget
from ameli_desktop.ui.widgets.empty_state import EmptyState
from ameli_desktop.ui.widgets.forms import show_whole_hint
from ameli_desktop.ui.widgets.tables import prepare_view, visible_rows

NEXT_COUNT = 8  # how many upcoming appointments the agenda lists


class AppointmentsTab(EmptyStateTab):
    key = "appointments"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.service = AppointmentService(ui.ctx)
        self.removed: Appointment | None = None  # the last deletion, for Undo
        self.undo_stack = QUndoStack(self)  # Edit > Undo / Redo of deletions
        self._outcome_count = 0
        self._has_people = False
        self.content = QWidget()
        self.content.setObjectName("appointmentsContent")
        self._build_content()
        self.stack.addWidget(self.content)
        self.reminders = None
        if not ui.ctx.read_only:
            from ameli_desktop.ui.reminders import ReminderNotifier

            window = parent.window() if parent is not None else None
            icon = window.windowIcon() if window is not None else None
            self.reminders = ReminderNotifier(ui, self, icon=icon)
            self.reminders.activated.connect(self._show_from_tray)
        self.refresh()

    def title(self) -> str:
        return self.tr("A&ppointments")

    def make_empty_state(self) -> EmptyState:
        self.empty_state = EmptyState(
            self.tr("CPAM appointments (rendez-vous)"),
            self.tr(
                "Keep your appointments with CPAM advisors here, with the reason and the "
                "documents to bring, export them to your calendar and print a sheet to take "
                "along. Start by adding the people in your household."
            ),
        )
        self.empty_household_button = self.empty_state.add_action(
            self.tr("Manage household…"), self.open_household
        )
        self.empty_add_button = self.empty_state.add_action(
            self.tr("Add an appointment…"), self.add_appointment
        )
        return self.empty_state

    # ------------------------------------------------------------------ building
    def _build_content(self) -> None:
        # A tool bar (not a row of buttons): it folds what does not fit into its » menu, so the
        # tab never forces the window wider than the user wants.
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("appointmentsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = QAction(self.tr("&New appointment…"), self)
        self.add_action.setObjectName("addAppointment")
        # triggered(bool) would land in add_appointment(day): call it without arguments.
        self.add_action.triggered.connect(lambda: self.add_appointment())  # noqa: PLW0108
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.triggered.connect(self.delete_selected)
        self.outcome_action = QAction(self.tr("&Outcome…"), self)
        self.outcome_action.setToolTip(self.tr("Record whether it was done, cancelled or missed"))
        self.outcome_action.triggered.connect(self.record_selected_outcome)
        self.calendar_button = QToolButton()
        self.calendar_button.setText(self.tr("Export to calendar (.ics)"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.tr("Export to calendar (.ics)"), self.calendar_button)
        self.calendar_menu = menu
        self.export_selected_action = QAction(self.tr("The selected appointment…"), self)
        self.export_selected_action.triggered.connect(lambda: self.export_ics(selected=True))
        self.export_all_action = QAction(self.tr("All the appointments shown…"), self)
        self.export_all_action.triggered.connect(lambda: self.export_ics(selected=False))
        menu.addAction(self.export_selected_action)
        menu.addAction(self.export_all_action)
        self.calendar_button.setMenu(menu)
        self.pdf_action = QAction(self.tr("Appointment sheet (PDF)…"), self)
        self.pdf_action.setToolTip(
            self.tr("The selected appointment, or else every upcoming one (Ctrl+P)")
        )
        self.pdf_action.triggered.connect(self.export_pdf)
        self.csv_action = QAction(self.tr("Table (CSV)…"), self)
        self.csv_action.setToolTip(self.tr("The rows shown, as a spreadsheet file"))
        self.csv_action.triggered.connect(self.export_csv)

        self.search = QLineEdit()
        self.search.setObjectName("appointmentSearch")
        self.search.setPlaceholderText(self.tr("Find (reason, person, place…)"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in Status:
            self.status_filter.addItem(
                translate("Appointments", STATUS_LABELS[status]), status.value
            )

        for action in (self.add_action, self.edit_action, self.delete_action, self.outcome_action):
            self.toolbar.addAction(action)
        self.toolbar.addWidget(self.calendar_button)
        self.toolbar.addAction(self.pdf_action)
        self.toolbar.addAction(self.csv_action)
        show_whole_hint(self.search)
        actions = QHBoxLayout()
        actions.addWidget(self.toolbar, 1)
        actions.addWidget(self.search)
        actions.addWidget(self.status_filter)

        # Banner: past planned appointments ask for their outcome.
        self.outcome_banner = QFrame()
        self.outcome_banner.setObjectName("outcomeBanner")
        self.outcome_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.outcome_banner)
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.outcome_all_button = QPushButton(self.tr("Record outcomes…"))
        self.outcome_all_button.clicked.connect(self.record_outcomes)
        banner.addWidget(self.outcome_label, 1)
        banner.addWidget(self.outcome_all_button)
        self.outcome_banner.hide()

        # Undo bar after a deletion.
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        undo = QHBoxLayout(self.undo_bar)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo.addWidget(self.undo_label, 1)
        undo.addWidget(self.undo_button)
        self.undo_bar.hide()

        # Agenda: month calendar + next appointments.
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("agendaCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setSelectedDate(formatting.to_qdate(self.ui.ctx.today()))
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._mark_calendar())
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.activated.connect(self._day_activated)
        self.day_label = QLabel()
        self.all_days_button = QPushButton(self.tr("All days"))
        self.all_days_button.clicked.connect(lambda: self.show_day(None))
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_label, 1)
        day_row.addWidget(self.all_days_button)
        self.next_list = QListWidget()
        self.next_list.setObjectName("nextAppointments")
        self.next_list.itemActivated.connect(self._next_activated)
        self.next_list.itemClicked.connect(self._next_activated)
        agenda = QWidget()
        agenda_layout = QVBoxLayout(agenda)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(self.calendar)
        agenda_layout.addLayout(day_row)
        agenda_layout.addWidget(QLabel(self.tr("<b>Next appointments</b>")))
        agenda_layout.addWidget(self.next_list, 1)

        # Table of all + the selected appointment's documents and files.
        self.model = AppointmentsModel(self)
        self.proxy = AppointmentsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("appointmentsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AppointmentsModel.WHEN, Qt.SortOrder.AscendingOrder)
        prepare_view(self.table)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.search.textChanged.connect(self.proxy.set_text)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(
                Status(self.status_filter.currentData())
                if self.status_filter.currentData()
                else None
            )
        )

        self.detail_box = QGroupBox(self.tr("Documents to bring"))
        detail = QVBoxLayout(self.detail_box)
        self.detail_reason = QLabel()
        self.detail_reason.setWordWrap(True)
        self.detail_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.checklist = QListWidget()
        self.checklist.setObjectName("selectedChecklist")
        self.checklist.itemChanged.connect(self._checklist_ticked)
        self.attachments = AttachmentsWidget(self.ui)
        self.attachments.changed.connect(self.refresh)
        detail.addWidget(self.detail_reason)
        detail.addWidget(self.checklist, 1)
        detail.addWidget(QLabel(self.tr("Attached files (convocation, letters…)")))
        detail.addWidget(self.attachments)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(self.detail_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(agenda)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([340, 900])

        layout = QVBoxLayout(self.content)
        layout.addLayout(actions)
        layout.addWidget(self.outcome_banner)
        layout.addWidget(self.undo_bar)
        layout.addWidget(split, 1)
        self._selection_changed()

    # ------------------------------------------------------------------ refreshing
    def on_data_changed(self, topic: str) -> None:
        if topic in ("appointments", "people", "*"):
            self.refresh()

    def refresh(self) -> None:
        ctx = self.ui.ctx
        self._has_people = bool(PeopleService(ctx).all())
        selected = self.selected()
        appointments = self.service.all(person_id=self.ui.person_filter)
        now = ctx.clock.now()
        self.model.set_appointments(appointments, now)
        self.show_empty(not appointments and self.removed is None)  # keep Undo reachable
        self.empty_add_button.setVisible(self._has_people)
        self.empty_household_button.setVisible(not self._has_people)
        self._fill_next()
        self._mark_calendar()
        outcome = self.service.needing_outcome(person_id=self.ui.person_filter)
        self._outcome_count = len(outcome)
        if outcome:
            self.outcome_label.setText(
                self.tr(
                    "Past appointments still marked planned: {count}. Record what happened, so "
                    "you know what to follow up."
                ).format(count=len(outcome))
            )
        self.outcome_banner.setVisible(bool(outcome))
        if selected is not None:
            self.select(selected.id)
        self._selection_changed()
        self.title_changed.emit()

    def _fill_next(self) -> None:
        self.next_list.clear()
        for a in self.service.upcoming(person_id=self.ui.person_filter)[:NEXT_COUNT]:
            item = QListWidgetItem(
                self.tr("{when} — {person}: {category}").format(
                    when=formatting.day_time(a.starts_at),
                    person=a.person_name,
                    category=translate("Appointments", CATEGORY_LABELS[a.details.category]),
                )
            )
            item.setToolTip(a.details.reason)
            item.setData(ID_ROLE, a.id)
            self.next_list.addItem(item)
        if self.next_list.count() == 0:
            placeholder = QListWidgetItem(self.tr("No upcoming appointment."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.next_list.addItem(placeholder)

    def marked_days(self) -> set[date]:
        """The days of the shown month that the calendar marks (tests read this)."""
        return self.service.days_with_appointments(
            self.calendar.yearShown(), self.calendar.monthShown(), self.ui.person_filter
        )

    def _mark_calendar(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every mark
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setBackground(QBrush(QColor(31, 78, 121, 60)))
        for day in self.marked_days():
            self.calendar.setDateTextFormat(formatting.to_qdate(day), marked)
        self._update_day_label()

    def _update_day_label(self) -> None:
        day = self.proxy.day
        self.all_days_button.setVisible(day is not None)
        self.day_label.setText(
            self.tr("Showing {day}").format(day=formatting.day(day)) if day else ""
        )

    def attention_count(self) -> int:
        return self._outcome_count

    def menu_actions(self) -> list[QAction | None]:
        return [
            self.add_action,
            self.edit_action,
            self.delete_action,
            self.outcome_action,
            None,
            self.calendar_menu.menuAction(),
            self.pdf_action,
            self.csv_action,
        ]

    def standard_action(self, role: str) -> QAction | None:
        return {"new": self.add_action, "edit": self.edit_action, "delete": self.delete_action}.get(
            role
        )

    # ------------------------------------------------------------------ selection
    def selected(self) -> Appointment | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.appointment_at(self.proxy.mapToSource(rows[0]).row())

    def select(self, appointment_id: int) -> bool:
        row = self.model.row_of(appointment_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def open_record(self, kind: str, record_id: int | None) -> None:
        """The Overview's links: an appointment (filters that would hide it are cleared), or an
        ameli account being created (the Help panel's page about it)."""
        if kind == "account_signup":
            from ameli_desktop.ui.dialogs.help import ACCOUNT_PAGE, HelpDialog

            HelpDialog.open(self.ui, self.window()).show_page(ACCOUNT_PAGE)
            return
        if kind != OWNER_KIND or record_id is None:
            return
        self.show_day(None)
        if not self.select(record_id):
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.select(record_id)

    def _selection_changed(self) -> None:
        a = self.selected()
        has = a is not None
        for action in (self.edit_action, self.delete_action, self.outcome_action):
            action.setEnabled(has and not self.ui.ctx.read_only)
        self.add_action.setEnabled(not self.ui.ctx.read_only)
        self.export_selected_action.setEnabled(has)
        self.checklist.blockSignals(True)
        self.checklist.clear()
        if a is None:
            self.detail_box.setTitle(self.tr("Documents to bring"))
            self.detail_reason.setText(self.tr("Select an appointment to see its documents."))
            self.attachments.set_owner(None, None)
        else:
            self.detail_box.setTitle(
                self.tr("Documents to bring — {when}").format(when=formatting.day_time(a.starts_at))
            )
            self.detail_reason.setText(self.tr("Reason: {reason}").format(reason=a.details.reason))
            for item in a.details.documents:
                row = QListWidgetItem(checklist_label(item, self.ui.ctx.facts, translate))
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(
                    Qt.CheckState.Checked if item.checked else Qt.CheckState.Unchecked
                )
                self.checklist.addItem(row)
            self.attachments.set_owner(OWNER_KIND, a.id)
        self.checklist.blockSignals(False)

    def _checklist_ticked(self, item: QListWidgetItem) -> None:
        a = self.selected()
        if a is None or self.ui.ctx.read_only:
            return
        try:
            self.service.set_checked(
                a.id, self.checklist.row(item), item.checkState() == Qt.CheckState.Checked
            )
        except UserError as exc:
            messages.error(self, self.tr("Documents to bring"), exc)
            return
        self.ui.notify("appointments")

    def _day_clicked(self, qdate: QDate) -> None:
        day = formatting.from_qdate(qdate)
        if day in self.marked_days():
            self.show_day(day)

    def _day_activated(self, qdate: QDate) -> None:
        """Double-click or Enter on a day: a new appointment that day."""
        if self._has_people and not self.ui.ctx.read_only:
            self.add_appointment(formatting.from_qdate(qdate))

    def show_day(self, day: date | None) -> None:
        self.proxy.set_day(day)
        self._update_day_label()

    def _next_activated(self, item: QListWidgetItem) -> None:
        appointment_id = item.data(ID_ROLE)
        if appointment_id is not None:
            self.show_day(None)
            self.select(int(appointment_id))

    def _show_from_tray(self) -> None:
        window = self.window()
        if hasattr(window, "bring_to_front"):
            window.bring_to_front()
        if hasattr(window, "show_tab"):
            window.show_tab(self.key)

    # ------------------------------------------------------------------ actions
    def add_appointment(self, day: date | None = None) -> None:
        if not self._has_people:
            self.open_household()
            return
        saved = AppointmentDialog.edit(self.ui, None, self, day=day)
        if saved is not None:
            self.select(saved.id)

    def edit_selected(self) -> None:
        a = self.selected()
        if a is None or self.ui.ctx.read_only:
            return
        saved = AppointmentDialog.edit(self.ui, a, self)
        if saved is not None:
            self.select(saved.id)

    def delete_selected(self) -> None:
        a = self.selected()
        if a is None:
            return
        question = self.tr("Delete the appointment of {when} ({person})?").format(
            when=formatting.day_time(a.starts_at), person=a.person_name
        )
        if a.attachment_count:
            question += " " + self.tr("Its attached files ({count}) are removed too.").format(
                count=a.attachment_count
            )
        if not messages.confirm(self, self.tr("Delete appointment"), question, destructive=True):
            return
        try:
            self.removed = self.service.remove(a.id)
        except UserError as exc:
            messages.error(self, self.tr("Delete appointment"), exc)
            return
        when = formatting.day_time(a.starts_at)
        self.undo_label.setText(self.tr("Deleted the appointment of {when}.").format(when=when))
        self.undo_bar.show()
        self.undo_stack.push(
            Done(
                self.tr("delete the appointment of {when}").format(when=when),
                self.removed,
                undo=self._restore,
                redo=self._remove_again,
                on_error=lambda exc: messages.error(self, self.tr("Undo"), exc),
            )
        )
        self.ui.notify("appointments")

    def _restore(self, removed: Appointment) -> Appointment:
        restored = self.service.restore(removed)
        self.removed = None
        self.undo_bar.hide()
        self.ui.notify("appointments")
        self.select(restored.id)
        return restored

    def _remove_again(self, restored: Appointment) -> Appointment:
        self.removed = self.service.remove(restored.id)
        self.ui.notify("appointments")
        return self.removed

    def undo_delete(self) -> None:
        """The undo bar's button: Edit > Undo."""
        self.undo_stack.undo()

    def record_selected_outcome(self) -> None:
        a = self.selected()
        if a is not None:
            OutcomeDialog.ask(self.ui, a, self)

    def record_outcomes(self) -> None:
        """Ask, one after the other, what happened at each past planned appointment."""
        for a in self.service.needing_outcome(person_id=self.ui.person_filter):
            if OutcomeDialog.ask(self.ui, a, self) is None:
                break

    def export_ics(self, *, selected: bool) -> None:
        a = self.selected()
        if selected and a is None:
            return
        suggested = (
            self.tr("appointment-{id}.ics").format(id=a.id)
            if selected and a
            else self.tr("appointments.ics")
        )
        ids = [a.id] if selected and a else self._shown_ids()
        person, language = self.ui.person_filter, document_language()
        exported = messages.save_as(
            self,
            self.tr("Export to calendar"),
            suggested,
            self.tr("Calendar files (*.ics)"),
            lambda path: self.service.export_ics(path, ids, person_id=person, language=language),
        )
        if exported is not None:
            written, count = exported
            self.ui.status(
                self.tr("Exported {count} appointment(s) to {path}").format(
                    count=count, path=written
                )
            )

    def _shown_ids(self) -> list[int]:
        return [
            int(self.proxy.data(self.proxy.index(row, 0), ID_ROLE))
            for row in range(self.proxy.rowCount())
        ]

    def export_csv(self) -> None:
        """The table as shown (filtered and sorted)."""
        from ameli_desktop.exports.csv import write_csv

        header, rows = visible_rows(self.table)
        path = messages.save_as(
            self,
            self.tr("Export the table"),
            self.tr("appointments.csv"),
            self.tr("CSV files (*.csv)"),
            lambda path: write_csv(path, header, rows),
        )
        if path is not None:
            self.ui.status(self.tr("Wrote {path}").format(path=path))

    def can_export_pdf(self) -> bool:
        return self.stack.currentIndex() == 1

    def export_pdf(self) -> None:
        a = self.selected()
        name = self.tr("appointment-{id}.pdf").format(id=a.id) if a else self.tr("appointments.pdf")
        ids = [a.id] if a else None
        person, language = self.ui.person_filter, document_language()
        written = messages.save_as(
            self,
            self.tr("Appointment sheet"),
            name,
            self.tr("PDF files (*.pdf)"),
            lambda path: self.service.export_pdf(path, ids, person_id=person, language=language),
        )
        if written is not None:
            self.ui.status(self.tr("Wrote {path}").format(path=written))
            messages.open_with_system(written)

    def focus_find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
