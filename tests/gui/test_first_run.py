"""First run: the welcome dialog adds the household in one go, then offers the first import."""

from datetime import date

from PySide6.QtCore import QRect, Qt

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.domain.schengen import Nationality
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui import messages
from ameli_desktop.ui.dialogs.first_run import FirstRunDialog
from ameli_desktop.ui.widgets.travel_status import TravelStatusFields
from tests.gui_keys import type_date


def test_shown_only_for_an_empty_household_and_only_once(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert FirstRunDialog.wanted(ui_ctx)
    dialog = FirstRunDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.skip_button.click()
    assert not FirstRunDialog.wanted(ui_ctx)


def test_a_household_with_people_skips_the_welcome(ui_ctx) -> None:  # type: ignore[no-untyped-def]
    PeopleService(ui_ctx.ctx).add(PersonDetails("Ana"))
    assert not FirstRunDialog.wanted(ui_ctx)


def test_add_the_household_then_the_import_is_offered(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    imports: list[str] = []
    dialog = FirstRunDialog(ui_ctx, on_import=lambda: imports.append("import"))
    qtbot.addWidget(dialog)
    dialog.rows[0].name.setText("Zoé Lebrun")
    type_date(qtbot, dialog.rows[0].born, "12/05/1985")
    dialog.add_row_button.click()
    dialog.rows[1].name.setText("Léo Lebrun")
    dialog.rows[1].role.setCurrentIndex(dialog.rows[1].role.findData("child"))
    dialog.add_row_button.click()  # a third row left empty is ignored
    with qtbot.waitSignal(ui_ctx.bus.changed):
        dialog.save_button.click()
    people = {p.name: p for p in PeopleService(ui_ctx.ctx).all()}
    assert set(people) == {"Zoé Lebrun", "Léo Lebrun"}
    assert people["Zoé Lebrun"].born == date(1985, 5, 12)
    assert people["Léo Lebrun"].role.value == "child"
    assert dialog.pages.currentIndex() == 1
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert imports == ["import"]
    assert not FirstRunDialog.wanted(ui_ctx)


def test_one_wrong_row_saves_nobody_and_says_why(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rows[0].name.setText("Ana")
    dialog.add_row_button.click()
    dialog.rows[1].name.setText("ana")  # the same person twice
    dialog.save_button.click()
    assert PeopleService(ui_ctx.ctx).all() == []
    assert dialog.error.isVisible()
    assert "already in the household" in dialog.error.text()
    assert dialog.pages.currentIndex() == 0


def test_nothing_written_asks_for_a_name(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()
    assert "at least one name" in dialog.error.text()


def fill_row(
    dialog: FirstRunDialog,
    index: int,
    name: str,
    nationality: Nationality | None = None,
    *,
    permit: bool = False,
) -> TravelStatusFields:
    """Row ``index`` (added with the button when needed): a name, a passport group, and the
    permit's fields opened; returns the row's travel fields."""
    while len(dialog.rows) <= index:
        dialog.add_row_button.click()
    row = dialog.rows[index]
    row.name.setText(name)
    if nationality is not None:
        row.travel.nationality.set_value(nationality)
    row.travel.has_permit.setChecked(permit)
    return row.travel


def test_each_row_asks_the_passport_and_an_optional_permit(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Names are still enough (the passport stays "not given"); a row with another passport may
    carry a residence permit, saved with the household in the same step."""
    from ameli_desktop.services.travel import TravelService

    dialog = FirstRunDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_row(dialog, 0, "Zoé Lebrun", Nationality.EU_EEA_CH)
    tom = fill_row(dialog, 1, "Tom Baker", Nationality.OTHER, permit=True)
    tom.permit_fields.start.set_value(date(2025, 9, 1))
    tom.permit_fields.end.set_value(date(2035, 8, 31))
    dialog.add_row_button.click()
    dialog.rows[2].name.setText("Léo Lebrun")  # passport not given
    dialog.save_button.click()
    people = {p.name: p for p in PeopleService(ui_ctx.ctx).all()}
    assert {name: p.nationality for name, p in people.items()} == {
        "Zoé Lebrun": Nationality.EU_EEA_CH,
        "Tom Baker": Nationality.OTHER,
        "Léo Lebrun": Nationality.UNKNOWN,
    }
    [permit] = TravelService(ui_ctx.ctx).permits(people["Tom Baker"].id)
    assert (permit.period.start, permit.period.end, permit.period.state) == (
        date(2025, 9, 1),
        date(2035, 8, 31),
        "FR",
    )
    assert dialog.pages.currentIndex() == 1


def test_a_wrong_permit_in_one_row_saves_nobody(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]

    dialog = FirstRunDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_row(dialog, 0, "Ana")
    bo = fill_row(dialog, 1, "Bo", Nationality.OTHER, permit=True)
    bo.permit_fields.start.set_value(date(2026, 9, 1))
    bo.permit_fields.end.set_value(date(2026, 1, 1))
    dialog.save_button.click()
    assert PeopleService(ui_ctx.ctx).all() == []
    assert "before it starts" in dialog.error.text()
    assert dialog.pages.currentIndex() == 0


def demo_dialog(ui_ctx, qtbot, loaded: list[str]) -> FirstRunDialog:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(ui_ctx, on_demo=lambda: loaded.append("demo"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_example_asks_first_and_no_loads_nothing(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    loaded: list[str] = []
    dialog = demo_dialog(ui_ctx, qtbot, loaded)
    questions: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, **_k: questions.append(text))
    dialog.demo_button.click()
    assert questions[0].startswith("Load the example household")
    assert loaded == []
    assert dialog.isVisible()
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    dialog.demo_button.click()
    assert loaded == ["demo"]
    assert not FirstRunDialog.wanted(ui_ctx)


def test_rows_typed_before_the_example_are_saved_not_dropped(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    loaded: list[str] = []
    dialog = demo_dialog(ui_ctx, qtbot, loaded)
    qtbot.keyClicks(dialog.rows[0].name, "Claire Whitfield")
    type_date(qtbot, dialog.rows[0].born, "14031982")
    dialog.add_row_button.click()
    qtbot.keyClicks(dialog.rows[1].name, "Tom Whitfield")
    questions: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, **_k: questions.append(text))
    dialog.demo_button.click()  # "no": the rows are still there, nothing saved or loaded
    assert questions[0].startswith("You have typed 2 people. Save them, and add the example")
    assert [r.name.text() for r in dialog.rows] == ["Claire Whitfield", "Tom Whitfield"]
    assert PeopleService(ui_ctx.ctx).all() == []
    assert loaded == []
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    dialog.demo_button.click()
    people = {p.name: p.born for p in PeopleService(ui_ctx.ctx).all()}
    assert people == {"Claire Whitfield": date(1982, 3, 14), "Tom Whitfield": None}
    assert loaded == ["demo"]


def test_a_wrong_row_loads_no_example_and_keeps_the_rows(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    loaded: list[str] = []
    dialog = demo_dialog(ui_ctx, qtbot, loaded)
    qtbot.keyClicks(dialog.rows[0].name, "Claire")
    type_date(qtbot, dialog.rows[0].born, "1403")
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    dialog.demo_button.click()
    assert loaded == []
    assert dialog.isVisible()
    assert "is not a date" in dialog.rows[0].born.error()
    assert dialog.rows[0].name.text() == "Claire"
    assert PeopleService(ui_ctx.ctx).all() == []


def test_the_example_is_not_where_add_another_person_goes(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Adding rows moves "Add another person" down; the example button stays above the rows."""
    dialog = demo_dialog(ui_ctx, qtbot, [])
    demo = dialog.demo_button.mapTo(dialog, dialog.demo_button.rect().topLeft())
    for _ in range(3):
        before = dialog.add_row_button.mapTo(dialog, dialog.add_row_button.rect().topLeft())
        qtbot.mouseClick(dialog.add_row_button, Qt.MouseButton.LeftButton)
        qtbot.wait(10)
        after = dialog.add_row_button.mapTo(dialog, dialog.add_row_button.rect().topLeft())
        assert after.y() > before.y()
        assert dialog.demo_button.mapTo(dialog, dialog.demo_button.rect().topLeft()) == demo
        assert demo.y() < dialog.rows_area.mapTo(dialog, dialog.rows_area.rect().topLeft()).y()
    assert len(dialog.rows) == 4


def test_the_dialog_grows_with_its_rows_then_scrolls(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On a laptop screen at 150 % (here 420 pixels high): the dialog grows with its rows, then
    the rows scroll and the buttons stay on screen."""

    class Small:
        def availableGeometry(self) -> QRect:
            return QRect(0, 0, 800, 420)

    monkeypatch.setattr(FirstRunDialog, "screen", lambda _self: Small())
    dialog = demo_dialog(ui_ctx, qtbot, [])
    one_row = dialog.height()
    rows = dialog.rows_area
    qtbot.mouseClick(dialog.add_row_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.height() > one_row)
    assert rows.verticalScrollBar().maximum() == 0  # both rows shown
    while dialog.add_row_button.isEnabled():
        qtbot.mouseClick(dialog.add_row_button, Qt.MouseButton.LeftButton)
    assert len(dialog.rows) == 8
    qtbot.waitUntil(lambda: rows.verticalScrollBar().maximum() > 0)
    assert dialog.height() <= 420
    last = dialog.rows[-1].name
    qtbot.waitUntil(lambda: not last.visibleRegion().isEmpty())  # scrolled to the new row


def test_a_permit_date_typed_wrong_is_said_in_its_own_row(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every row's permit has the same fields: the wrong date is said under that row's, and
    nobody is saved."""

    dialog = FirstRunDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fill_row(dialog, 0, "Ana", Nationality.OTHER)
    bo = fill_row(dialog, 1, "Bo", Nationality.OTHER, permit=True)
    type_date(qtbot, bo.permit_fields.end, "3108")
    dialog.save_button.click()
    assert "is not a date" in bo.permit_fields.end.error()
    assert dialog.rows[0].travel.permit_fields.end.error() == ""
    assert "is not a date" in dialog.error.text()
    assert PeopleService(ui_ctx.ctx).all() == []
    type_date(qtbot, bo.permit_fields.end, "31082030")
    dialog.save_button.click()
    assert {p.name for p in PeopleService(ui_ctx.ctx).all()} == {"Ana", "Bo"}


def test_the_example_keeps_the_passports_typed(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Rows saved before the example household keep their passport group (issue 18 beside the
    example's question)."""

    loaded: list[str] = []
    dialog = demo_dialog(ui_ctx, qtbot, loaded)
    qtbot.keyClicks(dialog.rows[0].name, "Claire Whitfield")
    dialog.rows[0].travel.nationality.set_value(Nationality.EU_EEA_CH)
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    dialog.demo_button.click()
    [claire] = PeopleService(ui_ctx.ctx).all()
    assert claire.nationality is Nationality.EU_EEA_CH
    assert loaded == ["demo"]


def test_the_dialog_widens_for_a_permit(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The rows never scroll sideways: the passport column and a permit's fields widen the
    dialog instead of being cut at its edge."""

    dialog = FirstRunDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    travel = fill_row(dialog, 0, "Ana", Nationality.OTHER, permit=True)
    qtbot.waitUntil(lambda: not travel.permit_box.isHidden())
    rows = dialog.rows_area
    qtbot.waitUntil(lambda: rows.viewport().width() >= rows.widget().minimumSizeHint().width())
    state = travel.permit_fields.state
    right = state.mapTo(dialog, state.rect().topRight()).x()
    assert right <= dialog.width()
