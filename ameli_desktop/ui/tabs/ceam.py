"""The CEAM tab: everyone's European health insurance card, and each trip's check per traveller."""

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.ceam import CeamService, PersonCeam, TripChecks
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.trips import TripService
from ameli_desktop.ui import formatting, messages
from ameli_desktop.ui.i18n import country_name, document_language
from ameli_desktop.ui.models.ceam import CoverageModel, TripCheckModel, TripsModel
from ameli_desktop.ui.tabs.base import EmptyStateTab
from ameli_desktop.ui.widgets.actions import action_button
from ameli_desktop.ui.widgets.empty_state import EmptyState
from ameli_desktop.ui.widgets.forms import show_whole_hint
from ameli_desktop.ui.widgets.tables import add_csv_export, section_title, sort_proxy, table_view

TOPICS = {"people", "ceam", "trips", "*"}


class CeamTab(EmptyStateTab):
    key = "ceam"

    def __init__(self, ui, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ui, parent)
        self._attention = 0
        page = QWidget()
        self.coverage_model = CoverageModel(self)
        self.coverage_proxy = sort_proxy(self.coverage_model, self)
        self.coverage_view = table_view(self.coverage_proxy, "coverageTable")
        self.coverage_view.activated.connect(lambda _i: self.edit_card())
        self.find = QLineEdit()
        self.find.setObjectName("ceamFind")
        self.find.setPlaceholderText(self.tr("Filter people and trips (Ctrl+F)"))
        self.find.setClearButtonEnabled(True)
        show_whole_hint(self.find)
        self.find.textChanged.connect(self._filter)

        self.card_action = QAction(self.tr("&Set CEAM…"), self)
        self.card_action.setObjectName("setCard")
        self.card_action.setToolTip(self.tr("Issue and expiry dates of the selected person's card"))
        self.provisional_action = QAction(self.tr("Add cert&ificate…"), self)
        self.provisional_action.setObjectName("addProvisional")
        self.provisional_action.setToolTip(
            self.tr("Record a provisional replacement certificate downloaded from ameli.fr")
        )
        self.remove_card_action = QAction(self.tr("Remove card…"), self)
        self.remove_card_action.setObjectName("removeCard")
        self.remove_certificate_action = QAction(self.tr("Remove certificate…"), self)
        self.remove_certificate_action.setObjectName("removeCertificate")
        self.remove_certificate_action.setToolTip(
            self.tr("Remove the selected person's latest provisional certificate")
        )
        self.ics_action = QAction(self.tr("Calendar (.ics)…"), self)
        self.ics_action.setObjectName("exportIcs")
        self.ics_action.setToolTip(
            self.tr("CEAM expiry and order-by dates as a calendar file for your agenda")
        )
        self.card_action.triggered.connect(self.edit_card)
        self.provisional_action.triggered.connect(self.add_provisional)
        self.remove_card_action.triggered.connect(self.remove_card)
        self.remove_certificate_action.triggered.connect(self.remove_certificate)
        self.ics_action.triggered.connect(self.export_ics)
        self.card_button = action_button(self.card_action)
        self.provisional_button = action_button(self.provisional_action)
        self.remove_card_button = action_button(self.remove_card_action)
        self.remove_certificate_button = action_button(self.remove_certificate_action)
        self.ics_button = action_button(self.ics_action)
        card_buttons = QHBoxLayout()
        for button in (
            self.card_button,
            self.provisional_button,
            self.remove_card_button,
            self.remove_certificate_button,
        ):
            card_buttons.addWidget(button)
        card_buttons.addStretch(1)
        card_buttons.addWidget(self.ics_button)

        self.trips_model = TripsModel(self)
        self.trips_proxy = sort_proxy(self.trips_model, self)
        self.trips_view = table_view(self.trips_proxy, "tripsTable", TripsModel.DEPART)
        self.trips_view.activated.connect(lambda _i: self.edit_trip())
        self.checks_model = TripCheckModel(self)
        self.checks_proxy = sort_proxy(self.checks_model, self)
        self.checks_view = table_view(self.checks_proxy, "checksTable")
        self.checks_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )

        self.add_trip_action = QAction(self.tr("Add t&rip…"), self)
        self.add_trip_action.setObjectName("addTrip")
        self.edit_trip_action = QAction(self.tr("Edit trip…"), self)
        self.remove_trip_action = QAction(self.tr("Remove trip…"), self)
        self.print_action = QAction(self.tr("Print remin&der…"), self)
        self.print_action.setObjectName("printReminder")
        self.print_action.setToolTip(
            self.tr("The provisional-CEAM reminder of the selected trip, for the printer")
        )
        self.pdf_action = QAction(self.tr("Reminder as PDF…"), self)
        self.pdf_action.setObjectName("saveReminder")
        self.add_trip_action.triggered.connect(self.add_trip)
        self.edit_trip_action.triggered.connect(self.edit_trip)
        self.remove_trip_action.triggered.connect(self.remove_trip)
        self.print_action.triggered.connect(self.print_reminder)
        self.pdf_action.triggered.connect(self.export_pdf)
        self.add_trip_button = action_button(self.add_trip_action)
        self.edit_trip_button = action_button(self.edit_trip_action)
        self.remove_trip_button = action_button(self.remove_trip_action)
        self.print_button = action_button(self.print_action)
        self.pdf_button = action_button(self.pdf_action)
        trip_buttons = QHBoxLayout()
        for button in (self.add_trip_button, self.edit_trip_button, self.remove_trip_button):
            trip_buttons.addWidget(button)
        trip_buttons.addStretch(1)
        trip_buttons.addWidget(self.print_button)
        trip_buttons.addWidget(self.pdf_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(section_title(self.tr("Cards (carte européenne d'assurance maladie)")))
        heading.addStretch(1)
        heading.addWidget(self.find)
        top_layout.addLayout(heading)
        top_layout.addWidget(self.coverage_view)
        top_layout.addLayout(card_buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(section_title(self.tr("Trips")))
        self.trips_empty = QLabel(
            self.tr(
                "No trip yet. Add one to see, for each traveller, whether their card covers every"
                " day and what to do by when."
            )
        )
        self.trips_empty.setObjectName("tripsEmpty")
        self.trips_empty.setWordWrap(True)
        bottom_layout.addWidget(self.trips_empty)
        bottom_layout.addWidget(self.trips_view, 2)
        bottom_layout.addLayout(trip_buttons)
        self.checks_title = QLabel()
        self.checks_title.setObjectName("checksTitle")
        bottom_layout.addWidget(self.checks_title)
        bottom_layout.addWidget(self.checks_view, 3)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        # Halves: on a laptop screen, the cards of a family of four show without scrolling.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        self.stack.addWidget(page)

        add_csv_export(self.coverage_view, self.tr("ceam-coverage"))
        add_csv_export(self.trips_view, self.tr("trips"))
        add_csv_export(self.checks_view, self.tr("trip-check"))
        self.coverage_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.trips_view.selectionModel().selectionChanged.connect(lambda *_: self._show_checks())
        self.refresh()

    # ------------------------------------------------------------------ base tab
    def title(self) -> str:
        return self.tr("CE&AM")

    def make_empty_state(self) -> EmptyState:
        empty = EmptyState(
            self.tr("European health insurance cards (CEAM)"),
            self.tr(
                "Here you will check that every traveller's CEAM (EHIC) covers each trip, see expiry warnings and print a provisional-certificate reminder before leaving. Start by adding the people in your household."
            ),
        )
        empty.add_action(self.tr("Manage household…"), self.open_household)
        return empty

    def on_data_changed(self, topic: str) -> None:
        if topic in TOPICS:
            self.refresh()

    def refresh(self) -> None:
        ctx = self.ui.ctx
        has_people = bool(PeopleService(ctx).all())
        self.show_empty(not has_people)
        if not has_people:
            self.coverage_model.set_rows([])
            self.trips_model.set_rows([])
            self.checks_model.set_rows([])
            self._set_attention(0)
            return
        # The person shown by the household selector is the one a new card is for.
        keep_person = self.selected_person() or self.ui.person_filter
        keep_trip = self.selected_trip()
        service = CeamService(ctx)
        self.coverage_model.set_rows(service.people(self.ui.person_filter))
        self.trips_model.set_rows(service.all_trip_checks(person_id=self.ui.person_filter))
        self.trips_empty.setVisible(self.trips_model.rowCount() == 0)
        self._reselect(self.coverage_view, self.coverage_proxy, self.coverage_model, keep_person)
        self._reselect(self.trips_view, self.trips_proxy, self.trips_model, keep_trip)
        self._show_checks()
        self._set_attention(len(service.attention()))

    def _set_attention(self, count: int) -> None:
        if count != self._attention:
            self._attention = count
            self.title_changed.emit()

    def attention_count(self) -> int:
        return self._attention

    def menu_actions(self) -> list[QAction | None]:
        return [
            self.card_action,
            self.provisional_action,
            self.remove_card_action,
            self.remove_certificate_action,
            self.ics_action,
            None,
            self.add_trip_action,
            self.edit_trip_action,
            self.remove_trip_action,
            self.print_action,
            self.pdf_action,
        ]

    def standard_action(self, role: str) -> QAction | None:
        """New adds a trip; Edit and Delete act on the cards when their table has the focus,
        else on the trips."""
        cards = self.coverage_view.hasFocus()
        if role == "new":
            return self.add_trip_action
        if role == "edit":
            return self.card_action if cards else self.edit_trip_action
        if role == "delete":
            return self.remove_card_action if cards else self.remove_trip_action
        return None

    def focus_find(self) -> None:
        self.find.setFocus()
        self.find.selectAll()

    def can_export_pdf(self) -> bool:
        return self.selected_trip() is not None

    # ------------------------------------------------------------------ selection
    @staticmethod
    def _reselect(
        view: QTableView, proxy: QSortFilterProxyModel, model: object, record_id: int | None
    ) -> None:
        if record_id is None:
            return
        row = model.row_of(record_id)  # type: ignore[attr-defined]
        if row >= 0:
            view.selectRow(proxy.mapFromSource(model.index(row, 0)).row())  # type: ignore[attr-defined]

    def _filter(self, text: str) -> None:
        self.coverage_proxy.setFilterFixedString(text)
        self.trips_proxy.setFilterFixedString(text)

    def selected_entry(self) -> PersonCeam | None:
        rows = self.coverage_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.coverage_model.person_at(self.coverage_proxy.mapToSource(rows[0]).row())

    def selected_person(self) -> int | None:
        entry = self.selected_entry()
        return entry.person.id if entry else None

    def selected_checks(self) -> TripChecks | None:
        rows = self.trips_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.trips_model.trip_at(self.trips_proxy.mapToSource(rows[0]).row())

    def selected_trip(self) -> int | None:
        checks = self.selected_checks()
        return checks.trip.id if checks else None

    def select_person(self, person_id: int) -> None:
        self._reselect(self.coverage_view, self.coverage_proxy, self.coverage_model, person_id)

    def select_trip(self, trip_id: int) -> None:
        self._reselect(self.trips_view, self.trips_proxy, self.trips_model, trip_id)

    def open_record(self, kind: str, record_id: int | None) -> None:
        """The Overview's links: a trip (its check per traveller), a card, or a person."""
        if record_id is None:
            return
        self.find.clear()  # a filter typed earlier must not hide the record
        if kind == "trip":
            self.select_trip(record_id)
        elif kind == "ceam_card":
            rows = (self.coverage_model.person_at(r) for r in range(self.coverage_model.rowCount()))
            owner = next((e for e in rows if e.card is not None and e.card.id == record_id), None)
            if owner is not None:
                self.select_person(owner.person.id)
        elif kind == "person":
            self.select_person(record_id)

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.card_action.setEnabled(entry is not None)
        eligible = entry is not None and not entry.person.s1_holder
        self.card_action.setText(
            self.tr("S1 countr&y…")
            if entry is not None and entry.person.s1_holder
            else self.tr("&Set CEAM…")
        )
        self.provisional_action.setEnabled(eligible)
        self.remove_card_action.setEnabled(
            eligible and entry is not None and entry.card is not None
        )
        self.remove_certificate_action.setEnabled(
            eligible and entry is not None and bool(entry.provisional)
        )
        has_trip = self.selected_trip() is not None
        for action in (
            self.edit_trip_action,
            self.remove_trip_action,
            self.print_action,
            self.pdf_action,
        ):
            action.setEnabled(has_trip)

    def _show_checks(self) -> None:
        checks = self.selected_checks()
        self.checks_model.set_rows(list(checks.travellers) if checks else [])
        if checks is None:
            self.checks_title.setText(self.tr("Select a trip to see each traveller's cover."))
        else:
            trip = checks.trip
            self.checks_title.setText(
                self.tr("{country}, {depart} to {return_date}: each traveller").format(
                    country=country_name(trip.destination),
                    depart=formatting.day(trip.depart),
                    return_date=formatting.day(trip.return_date),
                )
            )
        self._update_buttons()

    # ------------------------------------------------------------------ actions
    def edit_card(self) -> None:
        from ameli_desktop.ui.dialogs.ceam_card import CeamCardDialog

        entry = self.selected_entry()
        if entry is not None:
            CeamCardDialog.edit(self.ui, entry, self)

    def add_provisional(self) -> None:
        from ameli_desktop.ui.dialogs.ceam_card import ProvisionalDialog

        entry = self.selected_entry()
        if entry is not None and not entry.person.s1_holder:
            ProvisionalDialog.add(self.ui, entry, self)

    def remove_card(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.card is None:
            return
        if not messages.confirm(
            self,
            self.tr("Remove card"),
            self.tr("Remove {name}'s CEAM (valid until {date})?").format(
                name=entry.person.name, date=formatting.day(entry.card.expires)
            ),
            destructive=True,
        ):
            return
        CeamService(self.ui.ctx).remove_card(entry.person.id)
        self.ui.notify("ceam")

    def remove_certificate(self) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.provisional:
            return
        certificate = entry.provisional[-1]
        if not messages.confirm(
            self,
            self.tr("Remove certificate"),
            self.tr("Remove {name}'s provisional certificate ({start} to {end})?").format(
                name=entry.person.name,
                start=formatting.day(certificate.start),
                end=formatting.day(certificate.end),
            ),
            destructive=True,
        ):
            return
        CeamService(self.ui.ctx).remove_provisional(certificate.id)
        self.ui.notify("ceam")

    def add_trip(self) -> None:
        from ameli_desktop.ui.dialogs.ceam_trip import TripDialog

        saved = TripDialog.edit(self.ui, None, self)
        if saved is not None:
            self.select_trip(saved.id)

    def edit_trip(self) -> None:
        from ameli_desktop.ui.dialogs.ceam_trip import TripDialog

        checks = self.selected_checks()
        if checks is not None:
            TripDialog.edit(self.ui, checks.trip, self)

    def remove_trip(self) -> None:
        checks = self.selected_checks()
        if checks is None:
            return
        trip = checks.trip
        if not messages.confirm(
            self,
            self.tr("Remove trip"),
            self.tr(
                "Remove the trip to {country} ({depart} to {return_date})? It is also removed"
                " from the Travel log."
            ).format(
                country=country_name(trip.destination),
                depart=formatting.day(trip.depart),
                return_date=formatting.day(trip.return_date),
            ),
            destructive=True,
        ):
            return
        TripService(self.ui.ctx).remove(trip.id)
        self.ui.notify("trips")

    def print_reminder(self) -> None:
        """Print the reminder's PDF itself (ui/printing.py): paper and file are one document."""
        from ameli_desktop.ui import printing  # QtPrintSupport, when printing (start-up)

        trip_id = self.selected_trip()
        if trip_id is None:
            return
        try:
            pdf = CeamService(self.ui.ctx).reminder_pdf(trip_id, None, language=document_language())
            printed = printing.print_document(self, pdf, self.tr("CEAM reminder"))
        except UserError as exc:
            messages.error(self, self.tr("Print the CEAM reminder"), exc)
            return
        if printed:
            self.ui.status(self.tr("Reminder sent to the printer."))

    def export_pdf(self) -> None:
        trip_id = self.selected_trip()
        if trip_id is None:
            return
        checks = self.selected_checks()
        assert checks is not None
        suggested = self.tr("ceam-reminder-{country}-{date}.pdf").format(
            country=checks.trip.destination, date=checks.trip.depart.isoformat()
        )
        service, language = CeamService(self.ui.ctx), document_language()

        def write(path: Path) -> Path:
            service.reminder_pdf(trip_id, path, language=language)
            return path

        path = messages.save_as(
            self, self.tr("Save the CEAM reminder"), suggested, self.tr("PDF (*.pdf)"), write
        )
        if path is not None:
            self.ui.status(self.tr("Saved {path}").format(path=path))
            messages.open_with_system(path)

    def export_ics(self) -> None:
        service, person, language = (
            CeamService(self.ui.ctx),
            self.ui.person_filter,
            document_language(),
        )
        path = messages.save_as(
            self,
            self.tr("Export CEAM deadlines"),
            self.tr("ceam-deadlines.ics"),
            self.tr("Calendar (*.ics)"),
            lambda path: service.export_ics(path, person, language=language),
        )
        if path is not None:
            self.ui.status(self.tr("Saved {path}").format(path=path))
