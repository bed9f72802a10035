"""The Travel log tab driven like a user: add a stay and see the counters change, plan a trip that
does not fit and see the latest possible exit, invalid dates refused with the field marked,
remove and undo, CSV in and out, the PDF, nationality and permits (of one issuing state, given
before any stay), an unknown status asked for and never told to leave. Today is 2026-11-25."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.domain.schengen import Nationality, StayDetails
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.travel import TravelService
from ameli_desktop.ui import messages
from ameli_desktop.ui.dialogs.travel_profile import TravelProfileDialog
from ameli_desktop.ui.dialogs.travel_stay import StayDialog
from ameli_desktop.ui.models.travel import StaysModel
from ameli_desktop.ui.tabs.travel_log import PersonCard, TravelLogTab


@pytest.fixture
def sam(ui_ctx) -> int:  # type: ignore[no-untyped-def]
    """A visitor: another passport, no permit."""
    return PeopleService(ui_ctx.ctx).add(PersonDetails("Sam Lee", nationality=Nationality.OTHER)).id


@pytest.fixture
def tab(ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    page = TravelLogTab(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 850)
    page.show()
    return page


def card_of(tab: TravelLogTab, person_id: int) -> PersonCard:
    return next(c for c in tab.findChildren(PersonCard) if c.person_id == person_id)


def save(dialog: StayDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_empty_until_someone_is_in_the_household(tab, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    assert tab.stack.currentIndex() == 0
    assert "household" in tab.empty.text_label.text()
    assert not tab.empty_add_button.isEnabled()
    PeopleService(ui_ctx.ctx).add(PersonDetails("Ana"))
    ui_ctx.notify("people")
    assert tab.stack.currentIndex() == 1  # a card for Ana, before any stay
    assert not tab.can_export_pdf()  # nothing to show at a border yet


def test_the_status_is_given_before_any_stay_and_an_unknown_one_is_asked_for(  # type: ignore[no-untyped-def]
    tab, ui_ctx, qtbot, monkeypatch
) -> None:
    """Kim was added without a passport group: her card asks for it and tells nobody to leave,
    even 117 days inside (1 August - 25 November). "Nationality and permits…" works before any
    stay: its dialog (driven in place of exec) sets "other passport", and the count appears."""
    kim = PeopleService(ui_ctx.ctx).add(PersonDetails("Kim")).id
    ui_ctx.notify("people")
    card = card_of(tab, kim)
    assert card.used.text() == "Status unknown: say which passport and permits apply"
    assert not card.ask.isHidden()
    opened: list[TravelProfileDialog] = []
    monkeypatch.setattr(
        TravelProfileDialog, "exec", lambda d: opened.append(d) or QDialog.DialogCode.Rejected
    )
    assert tab.profile_button.isEnabled()  # before any stay
    qtbot.mouseClick(tab.profile_button, Qt.MouseButton.LeftButton)
    assert [d.person_id for d in opened] == [kim]
    assert opened[0].nationality.value() is Nationality.UNKNOWN
    TravelService(ui_ctx.ctx).add_stay(kim, StayDetails(date(2026, 8, 1)))
    ui_ctx.notify("travel")
    card = card_of(tab, kim)
    assert "leave" not in (card.used.text() + card.left.text() + card.until.text()).lower()
    assert "#personCard" not in card.styleSheet()  # no alarm on a guess
    assert tab.attention_count() == 0
    assert tab.explanation.text().startswith("Status unknown: say which passport and permits")

    def give_status(dialog: TravelProfileDialog) -> int:  # stands in for exec()
        dialog.nationality.set_value(Nationality.OTHER)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TravelProfileDialog, "exec", give_status)
    qtbot.mouseClick(card_of(tab, kim).ask, Qt.MouseButton.LeftButton)
    assert tab.current_person == kim
    card = card_of(tab, kim)
    assert card.used.text() == "117 days used: over the limit"
    assert card.ask.isHidden()
    assert tab.attention_count() == 1


def test_add_a_stay_and_see_the_counters_change(tab, ui_ctx, sam, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A first stay 1 September - 15 October 2026 (45 days): on 25 November the window from
    30 May holds 45 days, 45 left; entering today, 45 more days fit, until 8 January 2027
    (before 1 March 2027 nothing rolls off). Then inside since 20 November: 6 more days."""
    dialog = StayDialog(ui_ctx, person_id=sam)
    qtbot.addWidget(dialog)
    dialog.entry.set_value(date(2026, 9, 1))
    dialog.exit.set_value(date(2026, 10, 15))
    dialog.country.setCurrentIndex(dialog.country.findData("DE"))
    qtbot.keyClicks(dialog.entry_port, "Frankfurt")
    dialog.stamped_entry.setCurrentIndex(1)
    with qtbot.waitSignal(ui_ctx.bus.changed) as changed:
        save(dialog, qtbot)
    assert changed.args == ["travel"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tab.stack.currentIndex() == 1
    card = card_of(tab, sam)
    assert card.used.text() == "45 of 90 days used"
    assert card.left.text() == "45 days left today"
    assert card.until.text() == "Entering today, may stay until 08/01/2027"
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, StaysModel.ENTRY_PORT).data() == "Frankfurt"

    second = StayDialog(ui_ctx, person_id=sam)
    qtbot.addWidget(second)
    second.entry.set_value(date(2026, 11, 20))
    second.inside.setChecked(True)
    assert not second.exit.isEnabled()
    save(second, qtbot)
    card = card_of(tab, sam)
    assert card.used.text() == "51 of 90 days used"
    assert card.left.text() == "39 days left today"
    assert card.until.text() == "Inside; may stay until 03/01/2027"
    assert "51 days in the 180 days from 30/05/2026" in tab.explanation.text()


def test_invalid_dates_are_refused_with_the_field_marked(ui_ctx, sam, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = StayDialog(ui_ctx, person_id=sam)
    qtbot.addWidget(dialog)
    dialog.entry.set_value(date(2026, 10, 10))
    dialog.exit.set_value(date(2026, 10, 1))
    save(dialog, qtbot)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.is_marked("exit")
    error = dialog.findChild(type(dialog.guidance), "error_exit")
    assert error.text() == "The exit date 01/10/2026 is before the entry date 10/10/2026."
    assert not error.isHidden()

    dialog.entry.set_value(date(2012, 6, 1))
    dialog.exit.set_value(date(2012, 6, 5))
    save(dialog, qtbot)
    assert dialog.errors.is_marked("entry")
    assert not dialog.errors.is_marked("exit")

    dialog.entry.set_value(date(2026, 10, 1))
    dialog.exit.set_value(date(2029, 1, 1))
    save(dialog, qtbot)
    assert dialog.errors.is_marked("exit")
    assert TravelService(ui_ctx.ctx).stays(sam) == []


def test_plan_a_trip_that_does_not_fit_and_see_the_latest_exit(tab, ui_ctx, sam, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Booked stay 1-30 June 2027 (30 days). Planning 1 March - 10 May 2027 (71 days): on
    20 June the window would hold all 71 planned days and 20 June days: 91. The latest exit
    keeping June legal is 29 April (60 days); choosing it makes the plan fit."""
    TravelService(ui_ctx.ctx).add_stay(sam, StayDetails(date(2027, 6, 1), date(2027, 6, 30)))
    ui_ctx.notify("travel")
    planner = tab.planner
    assert planner.person_id == sam
    planner.entry.set_value(date(2027, 3, 1))
    planner.with_exit.setChecked(True)
    planner.exit.set_value(date(2027, 5, 10))
    assert planner.fits.text().startswith("Does not fit.")
    assert "On 20/06/2027 the 180 days from 23/12/2026 would hold 91 days" in planner.fits.text()
    assert planner.longest.text() == (
        "Longest stay from 01/03/2027: 60 days, latest exit 29/04/2027."
    )
    assert planner.earliest.text() == "Earliest entry for 71 days: 02/04/2027."
    assert tab.chart.highlight == (date(2027, 3, 1), date(2027, 5, 10))
    assert max(tab.chart.counts) == 101  # the chart shows the plan: 71 + 30 on 30 June

    qtbot.mouseClick(planner.use_latest, Qt.MouseButton.LeftButton)
    assert planner.exit.value() == date(2027, 4, 29)
    assert planner.fits.text() == "Fits: 60 days, no day over 90."
    assert max(tab.chart.counts) == 90


def test_remove_asks_and_can_be_undone(tab, ui_ctx, sam, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    TravelService(ui_ctx.ctx).add_stay(sam, StayDetails(date(2026, 9, 1), date(2026, 9, 10)))
    ui_ctx.notify("travel")
    tab.table.selectRow(0)
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: asked.append(a[2]) or True)
    tab.remove_selected()
    assert asked == ["Remove the stay 01/09/2026 – 10/09/2026 and its evidence files?"]
    assert tab.model.rowCount() == 0
    assert tab.undo_button.isVisible()
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    assert not tab.undo_button.isVisible()


def test_csv_export_then_import(tab, ui_ctx, sam, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    service = TravelService(ui_ctx.ctx)
    service.add_stay(sam, StayDetails(date(2026, 9, 1), date(2026, 9, 10)))
    ui_ctx.notify("travel")
    target = tmp_path / "out.csv"
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: target)
    tab.export_csv()
    assert target.read_bytes().decode("utf-8-sig").count("\n") == 2

    source = tmp_path / "in.csv"
    source.write_text("entry;exit;country\n2026-10-01;2026-10-05;IT\n01/11/2026;;FR\nx;;FR\n")
    monkeypatch.setattr(messages, "open_file", lambda *a, **k: source)
    questions: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: questions.append(a[2]) or True)
    infos: list[str] = []
    monkeypatch.setattr(messages, "info", lambda *a, **k: infos.append(a[2]))
    tab.import_csv()
    assert "1 rows cannot be imported" in questions[0]
    assert "Line 4, entry “x”" in questions[0]
    assert infos == ["2 stays imported, 0 already recorded."]
    assert tab.model.rowCount() == 3


def test_a_csv_export_that_cannot_be_written_is_a_sentence(  # type: ignore[no-untyped-def]
    tab, ui_ctx, sam, tmp_path, monkeypatch
) -> None:
    """A place that cannot be written (here a "folder" that is a file): one sentence naming the
    file, no traceback, nothing said to be written."""
    TravelService(ui_ctx.ctx).add_stay(sam, StayDetails(date(2026, 9, 1), date(2026, 9, 10)))
    ui_ctx.notify("travel")
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    target = tmp_path / "notes.txt" / "stays.csv"
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: target)
    errors: list[str] = []
    monkeypatch.setattr(
        messages, "error", lambda _parent, title, exc: errors.append(f"{title}: {exc}")
    )
    statuses: list[str] = []
    monkeypatch.setattr(ui_ctx, "status", statuses.append)
    tab.export_csv()
    assert len(errors) == 1
    assert errors[0].startswith(f"Export stays: {target} could not be written")
    assert statuses == []


def test_pdf_export_runs_off_the_gui_thread_and_opens(  # noqa: PLR0917 - pytest fixtures
    tab, ui_ctx, sam, tmp_path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    TravelService(ui_ctx.ctx).add_stay(sam, StayDetails(date(2026, 9, 1), date(2026, 9, 10)))
    ui_ctx.notify("travel")
    assert tab.can_export_pdf()
    target = tmp_path / "travel.pdf"
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: target)
    opened: list[Path] = []
    monkeypatch.setattr(messages, "open_with_system", opened.append)
    tab.export_pdf()
    qtbot.waitUntil(lambda: opened == [target], timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_nationality_and_permits(tab, ui_ctx, sam, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """In France since 1 October 2026 (56 days on 25 November). A French permit from 1 November:
    October counts, November in France does not. A Spanish permit instead exempts nothing."""
    TravelService(ui_ctx.ctx).add_stay(sam, StayDetails(date(2026, 10, 1)))
    ui_ctx.notify("travel")
    assert card_of(tab, sam).used.text() == "56 of 90 days used"
    dialog = TravelProfileDialog(ui_ctx, sam)
    qtbot.addWidget(dialog)
    dialog.start.set_value(date(2027, 1, 1))
    dialog.end.set_value(date(2026, 1, 1))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.is_marked("end")
    assert dialog.permits.count() == 0

    dialog.start.set_value(date(2026, 11, 1))
    dialog.end.set_value(date(2027, 10, 31))
    dialog.state.setCurrentIndex(dialog.state.findData("ES"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.permits.item(0).text() == (
        "Residence permit (titre de séjour) issued by Spain: 01/11/2026 – 31/10/2027"
    )
    assert card_of(tab, sam).used.text() == "56 of 90 days used outside Spain"
    dialog.permits.setCurrentRow(0)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    dialog.remove_selected()
    assert dialog.permits.count() == 0

    assert dialog.state.currentData() == "ES"
    dialog.state.setCurrentIndex(dialog.state.findData("FR"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.permits.count() == 1
    card = card_of(tab, sam)
    assert card.used.text() == "31 of 90 days used outside France"  # October only
    assert card.left.text() == "59 days left in the other Schengen states"
    assert (
        card.until.text() == "Leaving France today: may stay in the other states until 22/01/2027"
    )
    assert tab.explanation.text().startswith(
        "Residence permit (titre de séjour) issued by France: days in France are not counted; "
        "31 of 90 days used in the other Schengen states."
    )
    # The planner: a stay in France is not counted while the permit lasts.
    tab.planner.entry.set_value(date(2027, 1, 1))
    tab.planner.exit.set_value(date(2027, 6, 30))
    assert tab.planner.fits.text() == "Fits: these days are not counted."
    assert "Days in France are not counted until 31/10/2027" in tab.planner.rule.text()
    tab.planner.country.setCurrentIndex(tab.planner.country.findData("ES"))
    assert tab.planner.fits.text().startswith("Does not fit.")
    assert tab.planner.rule.text() == (
        "Residence permit (titre de séjour) issued by France: days in Spain count towards 90 "
        "in any 180."
    )

    dialog.nationality.setCurrentIndex(dialog.nationality.findData(Nationality.EU_EEA_CH.value))
    card = card_of(tab, sam)
    assert card.used.text() == "No 90/180 limit"
    assert "EU, EEA and Swiss citizens move freely" in card.toolTip()


def test_stays_model(qtmodeltester, ui_ctx, sam) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.models.travel import StayRow

    service = TravelService(ui_ctx.ctx)
    first = service.add_stay(sam, StayDetails(date(2026, 9, 1), date(2026, 9, 10), notes="x"))
    second = service.add_stay(sam, StayDetails(date(2026, 11, 1)))
    model = StaysModel()
    model.set_rows([StayRow(first, "Sam", 10, ()), StayRow(second, "Sam", 25, ())])
    qtmodeltester.check(model)
    assert model.index(1, StaysModel.EXIT).data() == "still inside"


def test_the_chart_paints(tab, ui_ctx, sam, qtbot) -> None:  # type: ignore[no-untyped-def]
    TravelService(ui_ctx.ctx).add_stay(sam, StayDetails(date(2026, 1, 1), date(2026, 4, 30)))
    ui_ctx.notify("travel")
    image = tab.chart.grab().toImage()
    assert not image.isNull()
    assert len(tab.chart.counts) == 731
    assert tab.chart.counts[0] == 0
    assert max(tab.chart.counts) == 120
    assert "highest 120 of 90" in tab.chart.accessibleDescription()
