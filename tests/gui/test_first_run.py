"""First run: the welcome dialog adds the household in one go, then offers the first import."""

from datetime import date

from PySide6.QtCore import QDate

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui.dialogs.first_run import FirstRunDialog


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
    dialog.rows[0].born.setDate(QDate(1985, 5, 12))
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


def test_each_row_asks_the_passport_and_an_optional_permit(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Names are still enough (the passport stays "not given"); a row with another passport may
    carry a residence permit, saved with the household in the same step."""
    from ameli_desktop.domain.schengen import Nationality
    from ameli_desktop.services.travel import TravelService

    dialog = FirstRunDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rows[0].name.setText("Zoé Lebrun")
    dialog.rows[0].travel.nationality.set_value(Nationality.EU_EEA_CH)
    dialog.add_row_button.click()
    dialog.rows[1].name.setText("Tom Baker")
    tom = dialog.rows[1].travel
    tom.nationality.set_value(Nationality.OTHER)
    tom.has_permit.setChecked(True)
    tom.permit_fields.start.setDate(QDate(2025, 9, 1))
    tom.permit_fields.end.setDate(QDate(2035, 8, 31))
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
    from ameli_desktop.domain.schengen import Nationality

    dialog = FirstRunDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rows[0].name.setText("Ana")
    dialog.add_row_button.click()
    dialog.rows[1].name.setText("Bo")
    bo = dialog.rows[1].travel
    bo.nationality.set_value(Nationality.OTHER)
    bo.has_permit.setChecked(True)
    bo.permit_fields.start.setDate(QDate(2026, 9, 1))
    bo.permit_fields.end.setDate(QDate(2026, 1, 1))
    dialog.save_button.click()
    assert PeopleService(ui_ctx.ctx).all() == []
    assert "before it starts" in dialog.error.text()
    assert dialog.pages.currentIndex() == 0
