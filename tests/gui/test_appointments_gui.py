"""The Appointments tab and dialogs driven like a user (offscreen, real widgets, real database)."""

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog

from ameli_desktop.domain.appointments import (
    AppointmentDetails,
    Category,
    Channel,
    ChecklistItem,
    ReminderKind,
    Status,
    default_checklist,
)
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.facts import default_facts
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.appointments import AppointmentService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui import messages
from ameli_desktop.ui.dialogs.appointment import AppointmentDialog, OutcomeDialog
from ameli_desktop.ui.models.appointments import AppointmentsModel
from ameli_desktop.ui.reminders import ReminderNotifier
from tests.gui_keys import type_date

# The shared clock: Wednesday 25 November 2026, 10:00 in Paris.
FRIDAY_1430 = datetime(2026, 11, 27, 14, 30, tzinfo=PARIS)


def add_person(ctx, name: str = "Zoé Lebrun") -> int:  # type: ignore[no-untyped-def]
    return PeopleService(ctx).add(PersonDetails(name, nir="1 85 05 78 006 084 91")).id


def stored(ctx, person_id: int, **changes: object):  # type: ignore[no-untyped-def]
    values = {
        "starts_at": FRIDAY_1430,
        "reason": "IJ of my arrêt de travail not paid",
        "category": Category.SICK_LEAVE,
        "channel": Channel.OFFICE,
        "place": "CPAM Paris 19",
        "documents": default_checklist(Category.SICK_LEAVE, default_facts()),
    } | changes
    return AppointmentService(ctx).add(person_id, AppointmentDetails(**values))  # type: ignore[arg-type]


def save_button(dialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(dialog.buttons.StandardButton.Save)


def test_missing_reason_is_marked_on_its_field_and_nothing_is_saved(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_person(ui_ctx.ctx)
    dialog = AppointmentDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.place, "CPAM Paris 19")
    qtbot.keyClicks(dialog.reason, "   ")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.is_marked("reason")
    assert not dialog.errors.is_marked("place")
    error = dialog.errors.fields["reason"][1]
    assert error.isVisible()
    assert "the advisor prepares your file from it" in error.text()
    assert AppointmentService(ui_ctx.ctx).all() == []
    # giving a reason clears the mark and saves
    qtbot.keyClicks(dialog.reason, "IJ not paid")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.errors.is_marked("reason")
    [saved] = AppointmentService(ui_ctx.ctx).all()
    assert saved.details.reason == "IJ not paid"


def test_phone_appointment_needs_a_number(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_person(ui_ctx.ctx)
    dialog = AppointmentDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    assert dialog.place_label.text() == "Phone number the advisor will call"
    dialog.reason.setPlainText("Carte Vitale lost")
    dialog.save()
    assert dialog.errors.is_marked("place")


def test_a_time_that_does_not_exist_is_marked(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """29 March 2026 02:30 never happens in Paris (clocks go from 02:00 to 03:00)."""
    add_person(ui_ctx.ctx)
    dialog = AppointmentDialog(ui_ctx)
    qtbot.addWidget(dialog)
    type_date(qtbot, dialog.day, "29/03/2026")
    dialog.clock.setTime(QTime(2, 30))
    dialog.reason.setPlainText("x")
    dialog.place.setText("CPAM")
    dialog.save()
    assert dialog.errors.is_marked("starts_at")


def test_category_prefills_the_checklist_and_keeps_typed_documents(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_person(ui_ctx.ctx)
    dialog = AppointmentDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert [i.key for i in dialog.items] == ["carte_vitale", "identity"]
    qtbot.keyClicks(dialog.new_document, "Letter from the CPAM")
    dialog.add_document()
    dialog.documents.item(1).setCheckState(Qt.CheckState.Checked)  # identity ticked
    dialog.category.setCurrentIndex(dialog.category.findData("sick_leave"))
    labels = [dialog.documents.item(i).text() for i in range(dialog.documents.count())]
    assert "Your avis d'arrêt de travail (the copy you kept)" in labels
    assert labels[-1] == "Letter from the CPAM"
    assert dialog.items[1] == ChecklistItem(dialog.items[1].label, True, "identity")


def test_added_appointment_shows_in_the_agenda_and_the_table(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    add_person(ctx)
    main_window.ui.notify("people")
    tab = main_window.show_tab("appointments")
    assert tab.stack.currentIndex() == 0  # empty state first
    assert tab.empty_add_button.isVisibleTo(tab)

    dialog = AppointmentDialog(main_window.ui, None, tab)
    qtbot.addWidget(dialog)
    type_date(qtbot, dialog.day, "27112026")
    dialog.clock.setTime(QTime(14, 30))
    dialog.category.setCurrentIndex(dialog.category.findData("sick_leave"))
    dialog.place.setText("CPAM Paris 19")
    dialog.reason.setPlainText("IJ of my arrêt de travail not paid")
    with qtbot.waitSignal(main_window.ui.bus.changed) as changed:
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert changed.args == ["appointments"]

    assert tab.stack.currentIndex() == 1
    assert tab.proxy.rowCount() == 1
    when = tab.proxy.index(0, AppointmentsModel.WHEN).data()
    assert when == "27/11/2026 14:30"
    assert tab.marked_days() == {date(2026, 11, 27)}
    assert tab.calendar.dateTextFormat(QDate(2026, 11, 27)).fontWeight() == QFont.Weight.Bold
    assert tab.calendar.dateTextFormat(QDate(2026, 11, 26)).fontWeight() != QFont.Weight.Bold
    assert tab.next_list.item(0).text() == (
        "27/11/2026 14:30 — Zoé Lebrun: Sick leave (arrêt de travail)"
    )
    # the calendar's day filters the table; "All days" shows everything again
    stored(ctx, 1, starts_at=datetime(2026, 12, 3, 9, 0, tzinfo=PARIS))
    main_window.ui.notify("appointments")
    assert tab.proxy.rowCount() == 2
    tab._day_clicked(QDate(2026, 11, 27))
    assert tab.proxy.rowCount() == 1
    tab.show_day(None)
    assert tab.proxy.rowCount() == 2
    tab.search.setText("arret")  # accents ignored
    assert tab.proxy.rowCount() == 2
    tab.search.setText("nothing like this")
    assert tab.proxy.rowCount() == 0


def test_past_planned_appointment_prompts_for_its_outcome(main_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    person = add_person(ctx)
    past = stored(ctx, person, starts_at=datetime(2026, 11, 20, 9, 0, tzinfo=PARIS))
    main_window.ui.notify("appointments")
    tab = main_window.show_tab("appointments")
    assert tab.outcome_banner.isVisible()
    assert tab.attention_count() == 1
    index = main_window.tab_pages.index(tab)
    assert main_window.tabs.tabText(index) == "A&ppointments (1)"
    assert tab.proxy.index(0, AppointmentsModel.STATUS).data() == "Planned: outcome?"

    def answer_missed(self) -> int:  # type: ignore[no-untyped-def]
        self.buttons_by_status[Status.MISSED].setChecked(True)
        self.note.setPlainText("I was ill")
        self.save()
        return self.result()

    monkeypatch.setattr(OutcomeDialog, "exec", answer_missed)
    qtbot.mouseClick(tab.outcome_all_button, Qt.MouseButton.LeftButton)
    updated = AppointmentService(ctx).get(past.id)
    assert updated.status is Status.MISSED
    assert updated.details.notes == "I was ill"
    assert not tab.outcome_banner.isVisible()
    assert main_window.tabs.tabText(index) == "A&ppointments"


def test_delete_asks_and_can_be_undone(main_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    added = stored(ctx, add_person(ctx))
    main_window.ui.notify("appointments")
    tab = main_window.show_tab("appointments")
    assert tab.select(added.id)
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, **_k: asked.append(text) or False)
    tab.delete_selected()
    assert len(AppointmentService(ctx).all()) == 1  # said no
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    tab.delete_selected()
    assert asked == ["Delete the appointment of 27/11/2026 14:30 (Zoé Lebrun)?"]
    assert AppointmentService(ctx).all() == []
    assert tab.undo_bar.isVisible()
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    [back] = AppointmentService(ctx).all()
    assert back.details == added.details
    assert not tab.undo_bar.isVisible()


def test_ticking_a_document_in_the_tab_is_saved(main_window) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    added = stored(ctx, add_person(ctx))
    main_window.ui.notify("appointments")
    tab = main_window.show_tab("appointments")
    tab.select(added.id)
    assert tab.checklist.count() == 6
    tab.checklist.item(2).setCheckState(Qt.CheckState.Checked)
    saved = AppointmentService(ctx).get(added.id)
    assert [d.checked for d in saved.details.documents] == [False, False, True, False, False, False]
    assert tab.proxy.index(0, AppointmentsModel.DOCUMENTS).data() == "1/6"


def test_export_ics_and_pdf_from_the_tab(main_window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    added = stored(ctx, add_person(ctx))
    main_window.ui.notify("appointments")
    tab = main_window.show_tab("appointments")
    monkeypatch.setattr(
        messages, "save_file", lambda *_a: tmp_path / "all.ics"
    )  # the dialog adds the suffix
    tab.export_ics(selected=False)
    [event] = Calendar.from_ical((tmp_path / "all.ics").read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == f"appointment-{added.id}@ameli-desktop.local"
    assert len(list(event.walk("VALARM"))) == 2

    opened: list[Path] = []
    monkeypatch.setattr(messages, "save_file", lambda *_a: tmp_path / "sheet.pdf")
    monkeypatch.setattr(messages, "open_with_system", opened.append)
    assert main_window.export_pdf_action.isEnabled()
    main_window.export_pdf_action.trigger()  # Ctrl+P
    assert opened == [tmp_path / "sheet.pdf"]
    text = PdfReader(io.BytesIO(opened[0].read_bytes())).pages[0].extract_text()
    assert "IJ of my arrêt de travail not paid" in text


def test_empty_state_says_what_to_do_first(main_window) -> None:  # type: ignore[no-untyped-def]
    tab = main_window.show_tab("appointments")
    assert tab.stack.currentIndex() == 0
    assert tab.empty_household_button.isVisibleTo(tab)
    assert not tab.empty_add_button.isVisibleTo(tab)


def test_tray_reminders_are_shown_once(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    added = stored(ui_ctx.ctx, add_person(ui_ctx.ctx))
    notifier = ReminderNotifier(ui_ctx, start=False)
    shown: list[tuple[str, str]] = []
    notifier.show_message = lambda title, text: shown.append((title, text))
    thursday = datetime(2026, 11, 26, 14, 35, tzinfo=PARIS)
    [(appointment, kind)] = notifier.check(thursday)
    assert (appointment.id, kind) == (added.id, ReminderKind.DAY_BEFORE)
    assert shown[0][0] == "CPAM appointment tomorrow"
    assert "27/11/2026 14:30 — Zoé Lebrun" in shown[0][1]
    assert notifier.check(thursday) == []
    assert len(shown) == 1
    notifier.check(datetime(2026, 11, 27, 13, 45, tzinfo=PARIS))
    assert shown[-1][0] == "CPAM appointment in an hour"


def test_no_tray_means_silent(ui_ctx) -> None:  # type: ignore[no-untyped-def]
    stored(ui_ctx.ctx, add_person(ui_ctx.ctx))
    notifier = ReminderNotifier(ui_ctx, start=False)
    notifier.show_message = None  # what a platform without a tray gives
    assert notifier.check(datetime(2026, 11, 26, 14, 35, tzinfo=PARIS)) == []
    # nothing was marked: a tray appearing later still shows it
    assert AppointmentService(ui_ctx.ctx).due_reminders(
        datetime(2026, 11, 26, 14, 35, tzinfo=PARIS)
    )


@pytest.mark.parametrize("with_rows", [False, True])
def test_model_passes_qtmodeltester(ui_ctx, qtmodeltester, with_rows: bool) -> None:  # type: ignore[no-untyped-def]
    model = AppointmentsModel()
    appointments = []
    if with_rows:
        person = add_person(ui_ctx.ctx)
        stored(ui_ctx.ctx, person)
        stored(ui_ctx.ctx, person, status=Status.CANCELLED)
        appointments = AppointmentService(ui_ctx.ctx).all()
    model.set_appointments(appointments, ui_ctx.ctx.clock.now())
    qtmodeltester.check(model)


def test_table_exports_to_csv_as_shown(main_window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    person = add_person(ctx)
    stored(ctx, person, reason="=HYPERLINK(evil)")
    stored(
        ctx, person, reason="Carte Vitale lost", starts_at=datetime(2026, 12, 1, 9, 0, tzinfo=PARIS)
    )
    main_window.ui.notify("appointments")
    tab = main_window.show_tab("appointments")
    tab.search.setText("vitale")
    monkeypatch.setattr(
        messages, "save_file", lambda *_a: tmp_path / "shown.csv"
    )  # the dialog adds the suffix
    tab.export_csv()
    lines = (tmp_path / "shown.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("When (Paris time);Person;Category")
    assert len(lines) == 2
    assert lines[1].startswith("01/12/2026 09:00;Zoé Lebrun;")
    tab.search.clear()
    tab.export_csv()
    text = (tmp_path / "shown.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(evil)" in text  # formula-safe
