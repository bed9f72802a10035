"""The CEAM tab driven like a user: cards, the coverage colours, trips and each traveller's
action, printing and saving the reminder, the deadlines calendar.

Today is 25/11/2026 (tests/conftest.py); the family leaves for Spain on 02/12/2026.
"""

import re
from datetime import date
from pathlib import Path

import pypdf
import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from ameli_desktop.domain.ceam import CoverageState
from ameli_desktop.domain.people import PersonDetails, Role
from ameli_desktop.services.ceam import CeamService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.trips import TripDetails, TripService
from ameli_desktop.ui import messages, printing
from ameli_desktop.ui.dialogs.ceam_card import CeamCardDialog, ProvisionalDialog
from ameli_desktop.ui.dialogs.ceam_trip import TripDialog
from ameli_desktop.ui.models.ceam import BAD, GOOD, CoverageModel, TripCheckModel
from ameli_desktop.ui.tabs.ceam import CeamTab
from tests.french import FRENCH
from tests.gui_keys import type_date
from tests.pdf_layout import difference, ink, page_pixels

D = date.fromisoformat


@pytest.fixture
def family(ctx):  # type: ignore[no-untyped-def]
    people = PeopleService(ctx)
    zoe = people.add(PersonDetails("Zoé Martin", D("1985-05-12"), Role.HOLDER, "185057800608491"))
    leo = people.add(PersonDetails("Léo Martin", D("2014-12-20"), Role.CHILD))
    papi = people.add(PersonDetails("Papi", D("1950-01-01"), Role.OTHER, None, True))
    ceam = CeamService(ctx)
    ceam.set_card(zoe.id, D("2025-06-01"), number="8025 0001")
    ceam.set_card(leo.id, D("2024-05-01"))  # expired 01/05/2026
    ceam.set_s1_country(papi.id, "BE")
    return {"zoe": zoe, "leo": leo, "papi": papi}


@pytest.fixture
def tab(ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    page = CeamTab(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    return page


def cells(model, column: int, role=Qt.ItemDataRole.DisplayRole) -> list[object]:  # type: ignore[no-untyped-def]
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_without_people_the_tab_says_what_to_do_first(tab) -> None:  # type: ignore[no-untyped-def]
    assert tab.stack.currentIndex() == 0
    assert "household" in tab.empty.text_label.text()


def test_coverage_table_is_colour_coded(family, tab, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.coverage_model)
    assert tab.stack.currentIndex() == 1
    proxy = tab.coverage_proxy
    assert cells(proxy, CoverageModel.PERSON) == ["Léo Martin", "Papi", "Zoé Martin"]
    assert cells(proxy, CoverageModel.STATE) == [
        "Expired",
        "S1: card from the S1 country",
        "Valid",
    ]
    assert cells(proxy, CoverageModel.DAYS_LEFT) == ["", "", "188"]  # 25/11/2026 -> 01/06/2027
    colours = cells(proxy, CoverageModel.STATE, Qt.ItemDataRole.BackgroundRole)
    assert (colours[0], colours[2]) == (BAD, GOOD)


def test_set_a_card_with_the_default_expiry(family, tab, ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Léo gets a new card issued 29/02/2024...: expiry follows as 28/02/2026; then the real new
    card, issued today, expires 25/11/2028 and turns his row green."""
    tab.select_person(family["leo"].id)
    seen = {}

    def drive(ui, entry, parent):  # type: ignore[no-untyped-def]
        dialog = CeamCardDialog(ui, entry, parent)
        qtbot.addWidget(dialog)
        type_date(qtbot, dialog.issued, "29022024")
        seen["leap"] = dialog.expires.text()
        assert not dialog.expires.isEnabled()
        dialog.issued.set_value(date(2026, 11, 25))
        dialog.number.setText("8025 0002")
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(CeamCardDialog, "edit", drive)
    qtbot.mouseClick(tab.card_button, Qt.MouseButton.LeftButton)
    assert seen["leap"] == "28/02/2026"
    card = CeamService(ui_ctx.ctx).person(family["leo"].id).card
    assert (card.issued, card.expires, card.number) == (
        D("2026-11-25"),
        D("2028-11-25"),
        "8025 0002",
    )
    row = tab.coverage_model.row_of(family["leo"].id)
    state = tab.coverage_model.index(row, CoverageModel.STATE)
    assert state.data() == "Valid"


def test_a_card_dated_in_the_future_is_marked_on_its_field(family, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    entry = CeamService(ui_ctx.ctx).person(family["leo"].id)
    dialog = CeamCardDialog(ui_ctx, entry)
    qtbot.addWidget(dialog)
    dialog.own_expiry.setChecked(True)
    type_date(qtbot, dialog.expires, "01/04/2024")  # before the issue date 01/05/2024
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.is_marked("expires")
    assert CeamService(ui_ctx.ctx).person(family["leo"].id).card.expires == D("2026-05-01")


def test_an_s1_holder_records_the_s1_country(family, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    entry = CeamService(ui_ctx.ctx).person(family["papi"].id)
    dialog = CeamCardDialog(ui_ctx, entry)
    qtbot.addWidget(dialog)
    assert dialog.s1_country is not None
    assert dialog.s1_country.currentData() == "BE"
    dialog.s1_country.setCurrentIndex(dialog.s1_country.findData("DE"))
    dialog.save()
    assert CeamService(ui_ctx.ctx).person(family["papi"].id).s1_country == "DE"


def test_a_provisional_certificate_shows_its_end_and_counts_as_cover(family, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    entry = CeamService(ui_ctx.ctx).person(family["leo"].id)
    dialog = ProvisionalDialog(ui_ctx, entry)
    qtbot.addWidget(dialog)
    assert dialog.end_label.text() == "25/02/2027"
    type_date(qtbot, dialog.start, "30/11/2026")  # after today: said, not clamped
    assert "25/11/2026 or earlier" in dialog.start.error()
    dialog.save()
    assert CeamService(ui_ctx.ctx).person(family["leo"].id).provisional == ()
    type_date(qtbot, dialog.start, "25/11/2026")
    dialog.number.setText("CPR-1")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    coverage = CeamService(ui_ctx.ctx).person(family["leo"].id).coverage
    assert (coverage.state, coverage.by_provisional) == (CoverageState.VALID, True)


def test_add_a_trip_and_see_each_travellers_status_and_action(
    family, tab, qtbot, monkeypatch, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    ui_ctx = tab.ui

    def drive(ui, trip, parent):  # type: ignore[no-untyped-def]
        dialog = TripDialog(ui, trip, parent)
        qtbot.addWidget(dialog)
        for row in range(dialog.travellers.count()):
            dialog.travellers.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.country.setCurrentIndex(dialog.country.findData("ES"))
        type_date(qtbot, dialog.depart, "02/12/2026")
        type_date(qtbot, dialog.return_date, "16/12/2026")
        dialog.purpose.setText("Noël")
        dialog.save()
        return dialog.saved

    monkeypatch.setattr(TripDialog, "edit", drive)
    with qtbot.waitSignal(ui_ctx.bus.changed):
        qtbot.mouseClick(tab.add_trip_button, Qt.MouseButton.LeftButton)
    assert tab.selected_trip() is not None
    qtmodeltester.check(tab.trips_model)
    qtmodeltester.check(tab.checks_model)
    proxy = tab.checks_proxy
    assert cells(proxy, TripCheckModel.TRAVELLER) == ["Léo Martin", "Papi", "Zoé Martin"]
    assert cells(proxy, TripCheckModel.STATUS) == ["No valid card", "S1 holder", "Covered"]
    actions = cells(proxy, TripCheckModel.ACTION)
    assert actions[0].startswith("The CEAM expired on 01/05/2026, before the departure.")
    assert "between 25/11/2026 and 02/12/2026" in actions[0]
    assert "Belgium" in actions[1]
    assert actions[2].startswith("Covered for the whole trip")
    assert cells(proxy, TripCheckModel.DEADLINE) == ["02/12/2026", "", ""]
    assert cells(proxy, TripCheckModel.STATUS, Qt.ItemDataRole.BackgroundRole)[0] == BAD
    assert tab.checks_title.text() == "Spain, 02/12/2026 to 16/12/2026: each traveller"
    # The tab's title counts what needs doing: Léo's certificate and Papi's S1 reminder.
    assert tab.attention_count() == 2


def test_a_trip_without_travellers_is_marked(family, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TripDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.country.setEditText("ES")
    dialog.save()
    assert dialog.errors.is_marked("travellers")
    dialog.travellers.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.country.setEditText("Atlantis")
    dialog.save()
    assert dialog.errors.is_marked("country")
    assert TripService(ui_ctx.ctx).all() == []


def spain(ctx, family) -> int:  # type: ignore[no-untyped-def]
    ids = tuple(p.id for p in family.values())
    return TripService(ctx).add(TripDetails(ids, "ES", D("2026-12-02"), D("2026-12-16"))).id


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def pdf_printer(target: Path):  # type: ignore[no-untyped-def]
    """What the print dialog answers in these tests: a printer that writes a PDF file, so that
    what was printed can be looked at."""

    def ask(_parent):  # type: ignore[no-untyped-def]
        printer = printing.new_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    return ask


def test_print_the_reminder_from_the_trip(family, tab, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The paper is the PDF: the printed pages look like the exported reminder's, page for page
    (the printer's output is images of those pages, so they are compared as pixels)."""
    trip = spain(tab.ui.ctx, family)
    tab.ui.notify("trips")
    tab.select_trip(trip)
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "ask_printer", pdf_printer(printed))
    statuses: list[str] = []
    tab.ui.bus.status_message.connect(statuses.append)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert statuses == ["Reminder sent to the printer."]
    exported = tmp_path / "exported.pdf"
    CeamService(tab.ui.ctx).reminder_pdf(trip, exported)
    text = pdf_text(exported)
    assert "CEAM reminder: Spain, 02/12/2026 to 16/12/2026" in text
    assert "Léo Martin" in text
    assert "NIR •••••••••••8491" in text
    printed_pages, exported_pages = page_pixels(printed), page_pixels(exported)
    assert len(printed_pages) == len(exported_pages) == len(pypdf.PdfReader(exported).pages)
    for paper, pdf in zip(printed_pages, exported_pages, strict=True):
        assert ink(paper) > 0.02  # not a blank sheet
        assert difference(paper, pdf) < 0.15
    other = CeamService(tab.ui.ctx).reminder_pdf(trip, None, language=FRENCH)
    assert difference(printed_pages[0], page_pixels(other)[0]) > 0.25  # what a change looks like


@pytest.mark.qt_log_ignore("QPainter::begin")  # what Qt says of a printer it cannot open
def test_a_printer_that_cannot_be_used_is_said_so(family, tab, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    trip = spain(tab.ui.ctx, family)
    tab.ui.notify("trips")
    tab.select_trip(trip)
    monkeypatch.setattr(printing, "ask_printer", pdf_printer(tmp_path / "no" / "such" / "x.pdf"))
    errors: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, _title, exc: errors.append(str(exc)))
    tab.print_button.click()
    assert errors == ["The printer could not be used: check that it is connected and on."]


def test_a_cancelled_print_dialog_prints_nothing(family, tab, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    trip = spain(ui_ctx.ctx, family)
    ui_ctx.notify("trips")
    tab.select_trip(trip)
    statuses: list[str] = []
    ui_ctx.bus.status_message.connect(statuses.append)
    monkeypatch.setattr(printing, "ask_printer", lambda _parent: None)
    tab.print_button.click()
    assert statuses == []  # nothing was sent to a printer, and no prompt (no_prompts fixture)


def test_save_the_reminder_pdf_with_ctrl_p(
    family, main_window, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    trip = spain(main_window.ui.ctx, family)
    main_window.ui.notify("trips")
    page = main_window.show_tab("ceam")
    page.select_trip(trip)
    target = tmp_path / "reminder.pdf"
    opened = []
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: target)
    monkeypatch.setattr(messages, "open_with_system", opened.append)
    main_window._update_actions()
    assert main_window.export_pdf_action.isEnabled()
    main_window.export_pdf_action.trigger()
    assert opened == [target]
    text = pdf_text(target)
    assert "Zoé Martin" in text
    assert "Covered (until 01/06/2027)" in text


def test_export_the_deadlines_calendar(family, tab, ui_ctx, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    spain(ui_ctx.ctx, family)
    target = tmp_path / "ceam.ics"
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: target)
    tab.ics_button.click()
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert summaries == [
        "CEAM of Léo Martin expires",
        "CEAM of Zoé Martin expires",
        "Download a provisional CEAM certificate for Léo Martin (trip to Spain on 02/12/2026)",
    ]


def test_the_person_filter_narrows_people_and_trips(family, tab, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    spain(ui_ctx.ctx, family)
    TripService(ui_ctx.ctx).add(
        TripDetails((family["zoe"].id,), "GB", D("2027-03-10"), D("2027-03-14"))
    )
    ui_ctx.notify("trips")
    assert tab.trips_model.rowCount() == 2
    ui_ctx.set_person_filter(family["leo"].id)
    assert cells(tab.coverage_model, CoverageModel.PERSON) == ["Léo Martin"]
    assert tab.trips_model.rowCount() == 1


def test_removing_a_trip_asks_first(family, tab, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    trip = spain(ui_ctx.ctx, family)
    ui_ctx.notify("trips")
    tab.select_trip(trip)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: False)
    tab.remove_trip_button.click()
    assert len(TripService(ui_ctx.ctx).all()) == 1
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    tab.remove_trip_button.click()
    assert TripService(ui_ctx.ctx).all() == []
    assert tab.trips_empty.isVisible()


def test_advice_is_shown_in_french_with_nested_sentences(family, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The action (a situation inside an advice) is translated piece by piece."""
    from PySide6.QtCore import QCoreApplication

    from ameli_desktop.ui.i18n import install_translators
    from ameli_desktop.ui.texts import show

    trip = spain(ui_ctx.ctx, family)
    checks = {
        t.person.person.name: t.check for t in CeamService(ui_ctx.ctx).trip_checks(trip).travellers
    }
    installed = install_translators("fr")
    try:
        assert installed
        text = show(checks["Léo Martin"].action)
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    assert text == (
        "La CEAM a expiré le 01/05/2026, avant le départ. Trop tard pour commander une carte"
        " (il fallait la commander avant le 17/11/2026) : téléchargez un certificat provisoire de"
        " remplacement (valable 3 mois) sur ameli.fr, Mes démarches, entre le 25/11/2026 et le"
        " 02/12/2026. Il couvre tout le voyage."
    )
    assert show(checks["Léo Martin"].action).startswith("The CEAM expired")  # back in English


def test_lists_export_as_shown_to_csv(family, tab, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "coverage.csv"
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: target)
    tab.find.setText("martin")  # filtered: Papi is left out
    [action] = tab.coverage_view.actions()
    action.trigger()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Person;Coverage;Valid until;Days left")
    assert [line.split(";")[0] for line in lines[1:]] == ["Léo Martin", "Zoé Martin"]


def test_remove_the_latest_provisional_certificate(family, tab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ceam = CeamService(tab.ui.ctx)
    ceam.add_provisional(family["leo"].id, D("2026-11-20"))
    tab.ui.notify("ceam")
    tab.select_person(family["leo"].id)
    assert tab.remove_certificate_button.isEnabled()
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    tab.remove_certificate_button.click()
    assert ceam.person(family["leo"].id).provisional == ()
    assert not tab.remove_certificate_button.isEnabled()
