"""The Household dialog driven like a user: add, edit, an invalid NIR marked, remove after asking."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui import messages
from ameli_desktop.ui.dialogs.household import HouseholdDialog
from ameli_desktop.ui.dialogs.person import PersonDialog
from tests.gui_keys import type_date


def fill(dialog: PersonDialog, qtbot, name: str, nir: str = "", born: date | None = None) -> None:  # type: ignore[no-untyped-def]
    dialog.name.clear()
    dialog.name.setText(name)  # QTest can only type ASCII; accents are set directly
    dialog.nir.clear()
    if nir:
        qtbot.keyClicks(dialog.nir, nir)
    if born:
        type_date(qtbot, dialog.born, born.strftime("%d%m%Y"))


def test_add_a_person(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(ui_ctx)
    qtbot.addWidget(dialog)
    fill(dialog, qtbot, "Zoé Lebrun", "1 85 05 78 006 084 91", date(1985, 5, 12))
    dialog.role.setCurrentIndex(dialog.role.findData("partner"))
    with qtbot.waitSignal(ui_ctx.bus.changed) as changed:
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert changed.args == ["people"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    [person] = PeopleService(ui_ctx.ctx).all()
    assert (person.name, person.born, person.role.value, person.nir) == (
        "Zoé Lebrun",
        date(1985, 5, 12),
        "partner",
        "185057800608491",
    )


def test_an_invalid_nir_is_marked_on_its_field_and_nothing_is_saved(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, qtbot, "Tom", "1 85 05 78 006 084 92")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.is_marked("nir")
    assert not dialog.errors.is_marked("name")
    nir_error = dialog.errors.fields["nir"][1]
    assert nir_error.isVisible()
    assert "is not a valid NIR" in nir_error.text()
    assert PeopleService(ui_ctx.ctx).all() == []
    # fixing the field clears the mark and saves
    dialog.nir.setText("1 85 05 78 006 084 91")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.errors.is_marked("nir")


def test_a_missing_name_is_marked(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.errors.is_marked("name")


def test_edit_from_the_household_dialog(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ana = PeopleService(ui_ctx.ctx).add(PersonDetails("Ana"))
    household = HouseholdDialog(ui_ctx)
    qtbot.addWidget(household)
    household.table.selectRow(0)

    def edit_and_save(_ui, person, _parent):  # type: ignore[no-untyped-def]
        dialog = PersonDialog(ui_ctx, person)
        qtbot.addWidget(dialog)
        assert dialog.name.text() == "Ana"
        dialog.name.setText("Ana Maria")
        dialog.s1.setChecked(True)
        dialog.save()
        return dialog.saved

    monkeypatch.setattr(PersonDialog, "edit", staticmethod(edit_and_save))
    qtbot.mouseClick(household.edit_button, Qt.MouseButton.LeftButton)
    assert PeopleService(ui_ctx.ctx).get(ana.id).name == "Ana Maria"
    assert household.model.person_at(0).s1_holder
    assert household.model.data(household.model.index(0, household.model.S1)) == "Yes"


@pytest.mark.parametrize("answer", [False, True])
def test_remove_asks_first_and_says_what_goes(ui_ctx, qtbot, monkeypatch, answer: bool) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import insert

    from ameli_desktop.storage.models import Trip, TripTraveller

    ana = PeopleService(ui_ctx.ctx).add(PersonDetails("Ana"))
    with ui_ctx.ctx.write() as session:
        trip = session.execute(
            insert(Trip).values(
                destination="PT", depart=date(2027, 4, 1), return_date=date(2027, 4, 8)
            )
        ).inserted_primary_key[0]
        session.execute(insert(TripTraveller).values(trip_id=trip, person_id=ana.id))
    questions: list[str] = []
    monkeypatch.setattr(
        messages,
        "confirm",
        lambda _p, _t, text, destructive=False: questions.append(text) or answer,
    )
    household = HouseholdDialog(ui_ctx)
    qtbot.addWidget(household)
    household.table.selectRow(0)
    qtbot.mouseClick(household.remove_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1
    assert "Remove Ana?" in questions[0]
    assert "1 trips (as a traveller)" in questions[0]
    remaining = [p.name for p in PeopleService(ui_ctx.ctx).all()]
    assert remaining == ([] if answer else ["Ana"])
    assert household.model.rowCount() == len(remaining)


def test_the_household_dialog_opens_from_the_main_window(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[HouseholdDialog] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HouseholdDialog)
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    main_window.household_action.trigger()
    assert len(seen) == 1


def test_a_date_of_birth_typed_wrong_is_said_and_nothing_is_saved(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The first-hour report: "1022000" typed in the date of birth was silently dropped on save."""
    dialog = PersonDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, qtbot, "Claire Whitfield")
    type_date(qtbot, dialog.born, "1022000")
    assert dialog.born.text() == "1022000"  # nothing appended to, nothing replaced
    assert "is not a date" in dialog.born.error()
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.is_marked("born")
    assert "is not a date" in dialog.born.error()
    assert PeopleService(ui_ctx.ctx).all() == []
    type_date(qtbot, dialog.born, "01022000")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert PeopleService(ui_ctx.ctx).all()[0].born == date(2000, 2, 1)


def test_an_unknown_date_of_birth_is_left_empty(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(ui_ctx)
    qtbot.addWidget(dialog)
    fill(dialog, qtbot, "Léo")
    dialog.save()
    assert PeopleService(ui_ctx.ctx).all()[0].born is None
    edit = PersonDialog(ui_ctx, PeopleService(ui_ctx.ctx).all()[0])
    qtbot.addWidget(edit)
    assert edit.born.text() == ""


# ------------------------------------------------- passport and permit (issue 18)


def save_button(dialog: PersonDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(dialog.buttons.StandardButton.Save)


def test_adding_a_person_asks_the_passport_and_an_optional_permit(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """ "Not given yet" is the default; "other passport" offers a permit, with its dates and
    issuing state; a wrong permit is marked and nothing is saved; a right one is saved with the
    person, and the household table says which passport."""
    from ameli_desktop.domain.schengen import Nationality, PermitKind
    from ameli_desktop.services.travel import TravelService

    dialog = PersonDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    travel = dialog.travel
    assert travel.nationality.value() is Nationality.UNKNOWN
    assert travel.has_permit.isHidden()  # only for another passport
    fill(dialog, qtbot, "Sam Lee")
    travel.nationality.set_value(Nationality.OTHER)
    assert not travel.has_permit.isHidden()
    assert travel.permit_box.isHidden()
    qtbot.mouseClick(travel.has_permit, Qt.MouseButton.LeftButton)
    assert not travel.permit_box.isHidden()
    fields = travel.permit_fields
    fields.kind.setCurrentIndex(fields.kind.findData(PermitKind.LONG_STAY_VISA.value))
    fields.start.set_value(date(2026, 9, 1))
    fields.end.set_value(date(2026, 8, 31))  # before it starts
    assert fields.state.currentData() == "FR"
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.errors.is_marked("end")
    assert "before it starts" in dialog.errors.fields["end"][1].text()
    assert PeopleService(ui_ctx.ctx).all() == []

    fields.end.set_value(date(2027, 8, 31))
    fields.state.setCurrentIndex(fields.state.findData("IT"))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [sam] = PeopleService(ui_ctx.ctx).all()
    assert sam.nationality is Nationality.OTHER
    [permit] = TravelService(ui_ctx.ctx).permits(sam.id)
    assert (permit.period.kind, permit.period.state, permit.period.end) == (
        PermitKind.LONG_STAY_VISA,
        "IT",
        date(2027, 8, 31),
    )
    household = HouseholdDialog(ui_ctx)
    qtbot.addWidget(household)
    model = household.model
    assert model.data(model.index(0, model.PASSPORT)) == "Other"


def test_an_eu_citizen_gets_no_permit_fields_and_editing_keeps_the_group(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.domain.schengen import Nationality

    dialog = PersonDialog(ui_ctx)
    qtbot.addWidget(dialog)
    fill(dialog, qtbot, "Zoé")
    dialog.travel.nationality.set_value(Nationality.EU_EEA_CH)
    assert dialog.travel.has_permit.isHidden()
    dialog.save()
    [zoe] = PeopleService(ui_ctx.ctx).all()
    assert zoe.nationality is Nationality.EU_EEA_CH
    edit = PersonDialog(ui_ctx, zoe)
    qtbot.addWidget(edit)
    assert edit.travel.nationality.value() is Nationality.EU_EEA_CH
    edit.travel.nationality.set_value(Nationality.OTHER)
    assert edit.travel.has_permit.isHidden()  # permits of a saved person: the Travel log
    edit.save()
    assert PeopleService(ui_ctx.ctx).get(zoe.id).nationality is Nationality.OTHER


def test_every_column_shows_without_scrolling_sideways(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Six columns since issue 18 (Passport): the dialog opens wide enough for all of them."""
    from ameli_desktop.domain.schengen import Nationality

    people = PeopleService(ui_ctx.ctx)
    people.add(PersonDetails("Zoé Lebrun (example)", date(1990, 6, 14), nir="2900675123456 85"))
    people.add(
        PersonDetails("Tom Baker (example)", date(1982, 3, 3), nationality=Nationality.OTHER)
    )
    dialog = HouseholdDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.table.horizontalScrollBar()
    qtbot.waitUntil(lambda: dialog.table.horizontalHeader().length() > 0)
    assert bar.maximum() == 0, dialog.table.horizontalHeader().length()
