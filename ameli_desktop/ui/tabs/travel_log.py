"""The Travel log tab: stays in the Schengen area, each person's days used and left, a timeline of
the 90/180-day count with the 90 line, a planner, CSV import/export, evidence files, and the
explanation of any overstay. Every number comes from TravelService (domain.schengen).

Every household member has a card, so that their status (passport, permits) can be given before
any stay; each card says which rule counts their days: a visitor's days anywhere, a permit
holder's outside the state that issued the permit, none for EU/EEA/Swiss citizens, and no count
at all, with a request for the status, when it was never given."""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.schengen import DEFAULT_COUNTRY, Rule, Stay
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.travel import STAY_KIND, PersonTravel, StayRecord, TravelService
from ameli_desktop.ui import formatting, messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.travel_profile import TravelProfileDialog
from ameli_desktop.ui.dialogs.travel_stay import StayDialog, country_combo, date_edit
from ameli_desktop.ui.i18n import country_name, document_language, error_text
from ameli_desktop.ui.models.table import SortFilterProxy
from ameli_desktop.ui.models.travel import SORT_ROLE, StayRow, StaysModel
from ameli_desktop.ui.tabs.base import EmptyStateTab
from ameli_desktop.ui.tasks import run_task
from ameli_desktop.ui.texts import show
from ameli_desktop.ui.undo import Done
from ameli_desktop.ui.widgets.actions import action_button
from ameli_desktop.ui.widgets.attachments import AttachmentsWidget
from ameli_desktop.ui.widgets.empty_state import EmptyState
from ameli_desktop.ui.widgets.forms import show_whole_hint
from ameli_desktop.ui.widgets.schengen_chart import SchengenTimeline
from ameli_desktop.ui.widgets.tables import prepare_view

RED = "#c62828"
GREEN = "#2e7d32"


class PersonCard(QFrame):
    """One person's header: which rule counts, days used, days left today, the date until which
    they may stay; for an unknown status, the request for it and a button to give it."""

    clicked = Signal(int)
    status_wanted = Signal(int)

    def __init__(
        self, info: PersonTravel, today: date, limit: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.person_id = info.person.id
        self.setObjectName(f"personCard{info.person.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        status = info.status
        name = QLabel(f"<b>{_escape(info.person.name)}</b>")
        name.setTextFormat(Qt.TextFormat.RichText)
        self.used = QLabel()
        self.used.setObjectName("daysUsed")
        self.left = QLabel()
        self.left.setObjectName("daysLeft")
        self.until = QLabel()
        self.until.setObjectName("stayUntil")
        self.until.setWordWrap(True)
        alarm = bool(status.overstays and status.overstays[-1].last >= status.window_start)
        alarm = alarm or bool(info.future_overstays)
        self.ask = QPushButton(self.tr("Say which passport…"))
        self.ask.setObjectName("askStatus")
        self.ask.clicked.connect(lambda: self.status_wanted.emit(self.person_id))
        self.ask.setVisible(status.rule is Rule.UNKNOWN)
        permit = status.border.permit
        if status.rule is Rule.UNKNOWN or status.days_used is None:
            self.used.setText(self.tr("Status unknown: say which passport and permits apply"))
            self.used.setWordWrap(True)
            self.left.setText(self.tr("Nothing is counted until then."))
            self.until.setText("")
        elif status.unlimited:
            self.used.setText(self.tr("No 90/180 limit"))
            self.left.setText(self.tr("EU/EEA/Swiss citizen"))
            self.until.setText("")
        else:
            # A permit holder's days are those outside the state that issued the permit.
            if permit is not None:
                texts = (
                    self.tr("{used} of {limit} days used outside {state}"),
                    self.tr("{used} days used outside {state}: over the limit"),
                    self.tr("{left} days left in the other Schengen states"),
                    self.tr("Must not be in the other Schengen states now"),
                    self.tr("In another Schengen state; may stay until {day}"),
                    self.tr("Leaving {state} today: may stay in the other states until {day}"),
                )
                here = status.counted_today
            else:
                texts = (
                    self.tr("{used} of {limit} days used"),
                    self.tr("{used} days used: over the limit"),
                    self.tr("{left} days left today"),
                    self.tr("Must not be in the Schengen area now"),
                    self.tr("Inside; may stay until {day}"),
                    self.tr("Entering today, may stay until {day}"),
                )
                here = status.inside
            used, over, left, barred, inside, entering = texts
            values = {
                "used": status.days_used,
                "limit": limit,
                "left": status.days_left,
                "state": country_name(permit.state) if permit else "",
                "day": formatting.day(status.stay_until) if status.stay_until else "",
            }
            self.used.setText((used if status.days_used <= limit else over).format(**values))
            self.left.setText(left.format(**values))
            until = barred if status.stay_until is None else inside if here else entering
            self.until.setText(until.format(**values))
        if info.future_overstays:
            self.until.setText(
                self.until.text()
                + "\n"
                + self.tr("Planned stays break the rule from {day}").format(
                    day=formatting.day(max(info.future_overstays[0].first, today))
                )
            )
        self.setToolTip(show(status.explanation) + "\n" + show(status.border.explanation))
        if alarm:
            self.setStyleSheet(f"#personCard{info.person.id} {{ border: 2px solid {RED}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        for widget in (name, self.used, self.left, self.until, self.ask):
            layout.addWidget(widget)
        self.setMinimumWidth(200)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.person_id)
        super().mousePressEvent(event)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


class PlannerPanel(QWidget):
    """Planned dates in, the answer at once: fits or not, the longest stay, the earliest date."""

    changed = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.person_id: int | None = None
        today = ui.ctx.today()
        self.entry = date_edit("planEntry", today + timedelta(days=30))
        self.with_exit = QCheckBox(self.tr("with an exit date"))
        self.with_exit.setObjectName("planWithExit")
        self.with_exit.setChecked(True)
        self.exit = date_edit("planExit", today + timedelta(days=44))
        self.country = country_combo(ui, "planCountry")
        self.rule = QLabel()
        self.rule.setObjectName("planRule")
        self.rule.setWordWrap(True)
        self.fits = QLabel()
        self.fits.setObjectName("planFits")
        self.fits.setWordWrap(True)
        self.longest = QLabel()
        self.longest.setObjectName("planLongest")
        self.longest.setWordWrap(True)
        self.earliest = QLabel()
        self.earliest.setObjectName("planEarliest")
        self.earliest.setWordWrap(True)
        self.use_latest = QPushButton(self.tr("Use the latest possible exit"))
        self.use_latest.setObjectName("planUseLatest")
        self.use_latest.clicked.connect(self.set_latest_exit)
        self.last_day: date | None = None
        exit_row = QHBoxLayout()
        exit_row.setContentsMargins(0, 0, 0, 0)
        exit_row.addWidget(self.exit)
        exit_row.addWidget(self.with_exit)
        exit_box = QWidget()
        exit_box.setLayout(exit_row)
        exit_box.setFocusProxy(self.exit)
        form = QFormLayout(self)
        form.addRow(self.tr("Planne&d entry"), self.entry)
        form.addRow(self.tr("Planned e&xit"), exit_box)
        form.addRow(self.tr("Countr&y"), self.country)
        form.addRow(self.rule)
        form.addRow(self.fits)
        form.addRow(self.longest)
        form.addRow(self.earliest)
        form.addRow(self.use_latest)
        self.entry.value_changed.connect(lambda _d: self.recompute())
        self.exit.value_changed.connect(lambda _d: self.recompute())
        self.with_exit.toggled.connect(self._toggle_exit)
        self.country.currentIndexChanged.connect(lambda _i: self.recompute())

    def _toggle_exit(self, on: bool) -> None:
        self.exit.setEnabled(on)
        self.recompute()

    def planned(self) -> tuple[date | None, date | None]:
        """The planned entry and exit as typed so far (None for a date not readable yet)."""
        entry = self.entry.valid_value()
        exit_ = self.exit.valid_value() if self.with_exit.isChecked() else None
        return entry, exit_

    def planned_stay(self) -> Stay | None:
        """The planned stay for the chart (to the latest exit when none is given)."""
        entry, exit_ = self.planned()
        last = exit_ or self.last_day
        if self.person_id is None or entry is None or last is None or last < entry:
            return None
        return Stay(entry, last, self.country.code() or DEFAULT_COUNTRY)

    def set_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.recompute()

    def set_latest_exit(self) -> None:
        if self.last_day is not None:
            self.with_exit.setChecked(True)
            self.exit.set_value(self.last_day)

    def _show(self, label: QLabel, text: str, colour: str | None = None) -> None:
        label.setText(text)
        label.setStyleSheet(f"color: {colour};" if colour else "")

    def recompute(self) -> None:
        self.last_day = None
        if self.person_id is None:
            for label in (self.rule, self.fits, self.longest, self.earliest):
                label.clear()
            self.use_latest.setEnabled(False)
            self.changed.emit()
            return
        entry, exit_ = self.planned()
        if entry is None or (self.with_exit.isChecked() and exit_ is None):
            for label in (self.fits, self.longest, self.earliest):
                label.clear()  # the date field says what is wrong with what was typed
            self.use_latest.setEnabled(False)
            self.changed.emit()
            return
        country = self.country.code() or DEFAULT_COUNTRY
        try:
            plan = TravelService(self.ui.ctx).plan(self.person_id, entry, exit_, country)
        except UserError as exc:
            self.rule.clear()
            self._show(self.fits, error_text(exc), RED)
            self.longest.clear()
            self.earliest.clear()
            self.use_latest.setEnabled(False)
            self.changed.emit()
            return
        limit = self.ui.ctx.facts.schengen.max_days
        self.rule.setText(show(plan.explanation))
        # Nothing to count: EU/EEA/Swiss, an unknown status, or a stay that the permit of its
        # country exempts to the end (the rule's sentence says so).
        exempt = plan.exempt_until is not None and (
            exit_ is not None and exit_ <= plan.exempt_until
        )
        if plan.unlimited or plan.rule is Rule.UNKNOWN or exempt:
            if plan.unlimited:
                self._show(self.fits, self.tr("No 90/180-day limit applies to this person."), GREEN)
            elif exempt:
                self._show(self.fits, self.tr("Fits: these days are not counted."), GREEN)
            else:
                self.fits.clear()
            self.longest.clear()
            self.earliest.clear()
            self.use_latest.setEnabled(False)
            self.changed.emit()
            return
        self.last_day = plan.last_day
        if plan.fits is None:
            self.fits.clear()
        elif plan.fits:
            self._show(
                self.fits,
                self.tr("Fits: {days} days, no day over {limit}.").format(
                    days=plan.full_stay_days, limit=limit
                ),
                GREEN,
            )
        else:
            why = show(plan.violation.explanation(limit)) if plan.violation else ""
            self._show(self.fits, self.tr("Does not fit.") + " " + why, RED)
        if plan.last_day is None:
            self._show(
                self.longest,
                self.tr("No stay can begin on {day}: the limit is already reached.").format(
                    day=formatting.day(entry)
                ),
                RED,
            )
        else:
            self._show(
                self.longest,
                self.tr("Longest stay from {entry}: {days} days, latest exit {last}.").format(
                    entry=formatting.day(entry),
                    days=plan.max_days,
                    last=formatting.day(plan.last_day),
                ),
            )
        if plan.earliest_entry_for_full_stay is None:
            self._show(
                self.earliest,
                self.tr("A stay of {days} days never fits without a residence permit.").format(
                    days=plan.full_stay_days
                ),
            )
        else:
            self._show(
                self.earliest,
                self.tr("Earliest entry for {days} days: {day}.").format(
                    days=plan.full_stay_days,
                    day=formatting.day(plan.earliest_entry_for_full_stay),
                ),
            )
        self.use_latest.setEnabled(plan.last_day is not None and plan.last_day != exit_)
        self.changed.emit()


class TravelLogTab(EmptyStateTab):
    key = "travel_log"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.service = TravelService(ui.ctx)
        self.people: list[PersonTravel] = []
        self.in_log: list[int] = []  # people with a stay, a trip or a permit
        self.current_person: int | None = None
        self.last_removed: StayRecord | None = None
        self._alarms = 0

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)

        self.cards_box = QWidget()
        self.cards_layout = QHBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_scroll = QScrollArea()
        cards_scroll.setWidgetResizable(True)
        cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        cards_scroll.setWidget(self.cards_box)
        cards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        cards_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(cards_scroll)
        self.cards_scroll = cards_scroll

        self.add_action = QAction(self.tr("Add &stay…"), self)
        self.add_action.setObjectName("addStay")
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.remove_action = QAction(self.tr("&Remove…"), self)
        self.undo_action = QAction(self.tr("&Undo removal"), self)
        self.undo_action.setObjectName("undoRemoval")
        self.undo_action.setVisible(False)
        self.profile_action = QAction(self.tr("Nationality and permits…"), self)
        self.import_action = QAction(self.tr("&Import CSV…"), self)
        self.export_action = QAction(self.tr("Export CSV…"), self)
        self.undo_stack = QUndoStack(self)  # Edit > Undo / Redo of removed stays
        self.search = QLineEdit()
        self.search.setObjectName("travelSearch")
        self.search.setPlaceholderText(self.tr("Filter stays (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        show_whole_hint(self.search)
        self.add_action.triggered.connect(self.add_stay)
        self.edit_action.triggered.connect(self.edit_selected)
        self.remove_action.triggered.connect(self.remove_selected)
        self.undo_action.triggered.connect(self.undo_removal)
        self.profile_action.triggered.connect(self.edit_profile)
        self.import_action.triggered.connect(self.import_csv)
        self.export_action.triggered.connect(self.export_csv)
        self.add_button = action_button(self.add_action)
        self.edit_button = action_button(self.edit_action)
        self.remove_button = action_button(self.remove_action)
        self.undo_button = action_button(self.undo_action)
        self.profile_button = action_button(self.profile_action)
        self.import_button = action_button(self.import_action)
        self.export_button = action_button(self.export_action)
        bar = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.undo_button,
            self.profile_button,
            self.import_button,
            self.export_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.search)
        layout.addLayout(bar)

        self.model = StaysModel(self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("staysTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(StaysModel.ENTRY, Qt.SortOrder.DescendingOrder)
        prepare_view(self.table)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.on_selection())

        self.person_choice = QComboBox()
        self.person_choice.setObjectName("travelPerson")
        self.person_choice.currentIndexChanged.connect(lambda _i: self._person_chosen())
        self.chart = SchengenTimeline()
        self.explanation = QLabel()
        self.explanation.setObjectName("travelExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The explanation scrolls under the chart when it is longer than the room left: on a
        # laptop screen it was drawn over the chart.
        explanation_area = QScrollArea()
        explanation_area.setObjectName("travelExplanationArea")
        explanation_area.setWidgetResizable(True)
        explanation_area.setFrameShape(QFrame.Shape.NoFrame)
        explanation_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        explanation_area.setWidget(self.explanation)
        self.explanation.setAutoFillBackground(False)  # the page's background, as before
        explanation_area.viewport().setAutoFillBackground(False)
        line = self.explanation.fontMetrics().lineSpacing()
        explanation_area.setMinimumHeight(3 * line)
        explanation_area.setMaximumHeight(7 * line)
        timeline = QWidget()
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.addWidget(self.chart, 1)
        timeline_layout.addWidget(explanation_area)
        self.planner = PlannerPanel(ui)
        self.planner.changed.connect(self.update_chart)
        planner_box = QGroupBox(self.tr("Planner"))
        planner_layout = QVBoxLayout(planner_box)
        planner_layout.addWidget(self.planner)
        planner_layout.addStretch(1)
        self.attachments = AttachmentsWidget(ui)
        self.attachments.setObjectName("travelAttachments")
        self.attachments_hint = QLabel()
        self.attachments_hint.setWordWrap(True)
        evidence = QWidget()
        evidence_layout = QVBoxLayout(evidence)
        evidence_layout.addWidget(self.attachments_hint)
        evidence_layout.addWidget(self.attachments)
        evidence_layout.addStretch(1)

        self.details_tabs = QTabWidget()
        self.details_tabs.setObjectName("travelDetails")
        self.details_tabs.addTab(timeline, self.tr("Timeline and explanation"))
        self.details_tabs.addTab(evidence, self.tr("Evidence of the selected stay"))
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        person_row = QHBoxLayout()
        person_label = QLabel(self.tr("Perso&n:"))
        person_label.setBuddy(self.person_choice)
        person_row.addWidget(person_label)
        person_row.addWidget(self.person_choice)
        person_row.addStretch(1)
        left.addLayout(person_row)
        left.addWidget(self.details_tabs, 1)
        bottom_layout.addLayout(left, 3)
        bottom_layout.addWidget(planner_box, 2)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        # On a small screen the page scrolls rather than forcing the window taller.
        page = QScrollArea()
        page.setObjectName("travelPage")
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setWidget(content)
        self.stack.addWidget(page)
        self.refresh()

    # ------------------------------------------------------------------ tab protocol

    def title(self) -> str:
        return self.tr("Travel &log")

    def make_empty_state(self) -> EmptyState:
        empty = EmptyState(
            self.tr("Schengen days (90/180)"),
            self.tr(
                "Record entries into and exits from the Schengen area and see, for each person, "
                "the days used in the last 180 and until when they may stay. Add the people in "
                "your household first, with their passport and permits, then their first stay."
            ),
        )
        self.empty_add_button = empty.add_action(self.tr("Add a stay…"), self.add_stay)
        empty.add_action(self.tr("Manage household…"), self.open_household)
        return empty

    def on_data_changed(self, topic: str) -> None:
        if topic in ("travel", "trips", "people", "*"):
            self.refresh()

    def can_export_pdf(self) -> bool:
        return bool(self.in_log)

    def focus_find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def attention_count(self) -> int:
        return self._alarms

    def menu_actions(self) -> list[QAction | None]:
        return [
            self.add_action,
            self.edit_action,
            self.remove_action,
            None,
            self.profile_action,
            self.import_action,
            self.export_action,
        ]

    def standard_action(self, role: str) -> QAction | None:
        return {"new": self.add_action, "edit": self.edit_action, "delete": self.remove_action}.get(
            role
        )

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        today = self.ui.ctx.today()
        household = PeopleService(self.ui.ctx).all()
        self.in_log = [p.id for p in self.service.people_in_log()]
        self.empty_add_button.setEnabled(bool(household))
        shown = [p for p in household if self.ui.person_filter in (None, p.id)]
        self.people = [self.service.overview(p.id, today) for p in shown]
        alarms = sum(1 for info in self.people if info.future_overstays or _over_now(info))
        if alarms != self._alarms:
            self._alarms = alarms
            self.title_changed.emit()
        self.show_empty(not household)

        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # out of findChildren at once, deleted later
                widget.deleteLater()
        limit = self.ui.ctx.facts.schengen.max_days
        for info in self.people:
            card = PersonCard(info, today, limit)
            card.clicked.connect(self.choose_person)
            card.status_wanted.connect(self.edit_profile_of)
            self.cards_layout.addWidget(card)
        self.cards_layout.addStretch(1)
        tallest = max((c.sizeHint().height() for c in self.findChildren(PersonCard)), default=0)
        bar = self.cards_scroll.horizontalScrollBar().sizeHint().height()
        self.cards_scroll.setFixedHeight(tallest + bar + 4)

        rows = [
            StayRow(
                stay,
                info.person.name,
                stay.days(today),
                tuple(f for f in info.flags if not stay.from_trip and f.key == stay.id),
            )
            for info in self.people
            for stay in info.stays
        ]
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            self.select_stay(selected.id, from_trip=selected.from_trip)

        keep = self.current_person
        self.person_choice.blockSignals(True)
        self.person_choice.clear()
        for info in self.people:
            self.person_choice.addItem(info.person.name, info.person.id)
        index = self.person_choice.findData(keep) if keep is not None else -1
        self.person_choice.setCurrentIndex(index if index >= 0 else 0)
        self.person_choice.blockSignals(False)
        self._person_chosen()
        self.on_selection()

    def choose_person(self, person_id: int) -> None:
        index = self.person_choice.findData(person_id)
        if index >= 0:
            self.person_choice.setCurrentIndex(index)

    def _person_chosen(self) -> None:
        value = self.person_choice.currentData()
        self.current_person = int(value) if value is not None else None
        self.planner.set_person(self.current_person)  # also redraws the chart
        self.update_explanation()

    def info_of(self, person_id: int | None) -> PersonTravel | None:
        return next((i for i in self.people if i.person.id == person_id), None)

    def update_chart(self) -> None:
        today = self.ui.ctx.today()
        if self.current_person is None:
            self.chart.clear()
            return
        first, last = today - timedelta(days=365), today + timedelta(days=365)
        planned = self.planner.planned_stay()
        counts = self.service.timeline(self.current_person, first, last, planned)
        highlight = (planned.entry, planned.exit) if planned and planned.exit else None
        self.chart.set_data(
            first,
            counts,
            today=today,
            limit=self.ui.ctx.facts.schengen.max_days,
            highlight=highlight,
        )

    def update_explanation(self) -> None:
        info = self.info_of(self.current_person)
        if info is None:
            self.explanation.clear()
            return
        limit = self.ui.ctx.facts.schengen.max_days
        lines = [
            show(info.status.explanation),
            show(info.status.border.explanation),
        ]
        if info.breakdown is not None and not info.status.unlimited:
            b = info.breakdown
            periods = ", ".join(
                self.tr("{first} – {last} ({days} days)").format(
                    first=formatting.day(p.first), last=formatting.day(p.last), days=p.days
                )
                for p in b.periods
            )
            lines.append(
                self.tr("Today: {used} days in the 180 days from {start}: {periods}.").format(
                    used=b.days_used,
                    start=formatting.day(b.window_start),
                    periods=periods or self.tr("none"),
                )
            )
        for overstay in info.status.overstays:
            lines.append(show(overstay.explanation(limit)))
        for overstay in info.future_overstays:
            lines.append(self.tr("Planned stays:") + " " + show(overstay.explanation(limit)))
        self.explanation.setText("\n".join(lines))

    # ------------------------------------------------------------------ selection

    def selected(self) -> StayRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()).stay

    def select_stay(self, stay_id: int, *, from_trip: bool = False) -> None:
        row = self.model.row_of(stay_id, from_trip=from_trip)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def open_record(self, kind: str, record_id: int | None) -> None:
        """The Overview's links: a recorded stay, or a person (their count and chart)."""
        if record_id is None:
            return
        if kind == STAY_KIND:
            self.search.clear()  # a filter typed earlier must not hide the stay
            self.select_stay(record_id)
        elif kind == "person":
            self.choose_person(record_id)

    def on_selection(self) -> None:
        stay = self.selected()
        recorded = stay is not None and not stay.from_trip
        self.edit_action.setEnabled(recorded)
        self.remove_action.setEnabled(recorded)
        self.profile_action.setEnabled(self.current_person is not None)
        self.export_action.setEnabled(bool(self.in_log))
        if stay is None:
            self.attachments.set_owner(None, None)
            self.attachments_hint.setText(self.tr("Select a stay to see or add its evidence."))
        elif stay.from_trip:
            self.attachments.set_owner(None, None)
            self.attachments_hint.setText(
                self.tr("This is a trip from the Trips list: record the stay to attach evidence.")
            )
        else:
            self.attachments.set_owner(STAY_KIND, stay.id)
            self.attachments_hint.setText(
                self.tr(
                    "Boarding passes, tickets, photos of stamps for the stay from {day}:"
                ).format(day=formatting.day(stay.entry))
            )
        if stay is not None and stay.person_id != self.current_person:
            self.choose_person(stay.person_id)

    # ------------------------------------------------------------------ actions

    def add_stay(self) -> None:
        if not PeopleService(self.ui.ctx).all():
            self.open_household()
            return
        person = self.ui.person_filter or self.current_person
        saved = StayDialog.edit(self.ui, person_id=person, parent=self)
        if saved is not None:
            self.refresh()
            self.select_stay(saved.id)

    def edit_selected(self) -> None:
        stay = self.selected()
        if stay is None or stay.from_trip:
            return
        saved = StayDialog.edit(self.ui, stay=stay, parent=self)
        if saved is not None:
            self.refresh()
            self.select_stay(saved.id)

    def remove_selected(self) -> None:
        stay = self.selected()
        if stay is None or stay.from_trip:
            return
        until = formatting.day(stay.exit) if stay.exit else self.tr("still inside")
        if not messages.confirm(
            self,
            self.tr("Remove a stay"),
            self.tr("Remove the stay {entry} – {exit} and its evidence files?").format(
                entry=formatting.day(stay.entry), exit=until
            ),
            destructive=True,
        ):
            return
        self.last_removed = self.service.remove_stay(stay.id)
        self.undo_action.setVisible(True)
        self.undo_stack.push(
            Done(
                self.tr("remove the stay of {entry}").format(entry=formatting.day(stay.entry)),
                self.last_removed,
                undo=self._restore,
                redo=self._remove_again,
                on_error=lambda exc: messages.error(self, self.tr("Undo removal"), exc),
            )
        )
        self.ui.notify("travel")
        self.ui.status(self.tr("Stay removed. Undo brings it back (without its files)."))

    def _restore(self, removed: StayRecord) -> StayRecord:
        restored = self.service.restore_stay(removed)
        self.last_removed = None
        self.undo_action.setVisible(False)
        self.ui.notify("travel")
        self.select_stay(restored.id)
        return restored

    def _remove_again(self, restored: StayRecord) -> StayRecord:
        self.last_removed = self.service.remove_stay(restored.id)
        self.undo_action.setVisible(True)
        self.ui.notify("travel")
        return self.last_removed

    def undo_removal(self) -> None:
        """The Undo removal button: Edit > Undo."""
        self.undo_stack.undo()

    def edit_profile(self) -> None:
        if self.current_person is not None:
            self.edit_profile_of(self.current_person)

    def edit_profile_of(self, person_id: int) -> None:
        """Nationality and permits of anyone in the household, with or without stays."""
        self.choose_person(person_id)
        TravelProfileDialog.open(self.ui, person_id, self)

    def import_csv(self) -> None:
        path = messages.open_file(
            self, self.tr("Import stays"), self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path is None:
            return
        person = self.ui.person_filter or self.current_person
        try:
            result = self.service.import_csv(path, person_id=person)
            if result.rejected and not result.written:
                lines = "\n".join(
                    self.tr("Line {line}, {column} “{value}”: {reason}").format(
                        line=p.line, column=p.column, value=p.value, reason=p.reason
                    )
                    for p in result.rejected[:15]
                )
                if not messages.confirm(
                    self,
                    self.tr("Import stays"),
                    self.tr(
                        "{count} rows cannot be imported:\n\n{lines}\n\nImport the other rows "
                        "anyway? (Nothing has been imported yet.)"
                    ).format(count=len(result.rejected), lines=lines),
                ):
                    return
                result = self.service.import_csv(path, person_id=person, skip_bad=True)
        except UserError as exc:
            messages.error(self, self.tr("Import stays"), exc)
            return
        self.ui.notify("travel")
        messages.info(
            self,
            self.tr("Import stays"),
            self.tr("{imported} stays imported, {duplicates} already recorded.").format(
                imported=result.imported, duplicates=result.duplicates
            ),
        )

    def export_csv(self) -> None:
        suggested = self.tr("stays-{date}.csv").format(date=self.ui.ctx.today().isoformat())
        person = self.ui.person_filter

        def write(path: Path) -> tuple[int, Path]:
            return self.service.export_csv(path, person), path

        written = messages.save_as(
            self, self.tr("Export stays"), suggested, self.tr("CSV files (*.csv)"), write
        )
        if written is not None:
            count, path = written
            self.ui.status(
                self.tr("{count} stays written to {file}").format(count=count, file=path)
            )

    def export_pdf(self) -> None:
        suggested = self.tr("travel-summary-{date}.pdf").format(
            date=self.ui.ctx.today().isoformat()
        )
        path = messages.save_file(
            self, self.tr("Export the travel summary"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        ctx = self.ui.ctx
        person = self.ui.person_filter
        language = document_language()  # the UI's, read here: the PDF is made on another thread

        def work(_control: object) -> Path:
            return TravelService(ctx).export_pdf(path, person, language=language)

        def done(written: object) -> None:
            self.ui.status(self.tr("Travel summary written to {file}").format(file=written))
            messages.open_with_system(Path(str(written)))

        def failed(exc: BaseException) -> None:
            messages.error(self, self.tr("Export the travel summary"), exc)

        self.pdf_task = run_task(work, on_done=done, on_error=failed)


def _over_now(info: PersonTravel) -> bool:
    """Over the limit today where the day counts (never on an unknown status)."""
    return info.status.over_limit and info.status.counted_today
