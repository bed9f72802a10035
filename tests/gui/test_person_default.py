"""A new record's person is the one the household selector shows, in every form that has one."""

from datetime import date

import pytest

from ameli_desktop.domain.people import PersonDetails, Role
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui.dialogs.appointment import AppointmentDialog
from ameli_desktop.ui.dialogs.ceam_trip import TripDialog
from ameli_desktop.ui.dialogs.claim import ClaimDialog
from ameli_desktop.ui.dialogs.help import HelpDialog
from ameli_desktop.ui.dialogs.travel_stay import StayDialog


@pytest.fixture
def household(main_window):  # type: ignore[no-untyped-def]
    """Three people; the selector shows the second one, Tom."""
    people = PeopleService(main_window.ui.ctx)
    claire = people.add(PersonDetails("Claire Whitfield", date(1982, 3, 14), Role.HOLDER))
    tom = people.add(PersonDetails("Tom Whitfield", date(1980, 1, 2), Role.PARTNER))
    people.add(PersonDetails("Emma Whitfield", date(2012, 6, 1), Role.CHILD))
    main_window.ui.notify("people")
    selector = main_window.person_selector
    selector.setCurrentIndex(selector.findData(tom.id))
    assert main_window.ui.person_filter == tom.id
    return {"claire": claire.id, "tom": tom.id}


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda ui: ClaimDialog(ui, None), "person"),
        (lambda ui: AppointmentDialog(ui, None), "person"),
        (HelpDialog, "birth_parent"),
        (HelpDialog, "signup_person"),
    ],
    ids=["claim", "appointment", "birth declaration", "ameli account"],
)
def test_a_new_records_person_is_the_selected_one(
    main_window, household, qtbot, build, field
) -> None:  # type: ignore[no-untyped-def]
    dialog = build(main_window.ui)
    qtbot.addWidget(dialog)
    combo = getattr(dialog, field)
    assert combo.currentData() == household["tom"]
    assert combo.count() == 3  # everyone may still be chosen


def test_with_the_whole_household_shown_the_first_person_is_offered(
    main_window, household, qtbot
) -> None:  # type: ignore[no-untyped-def]
    main_window.person_selector.setCurrentIndex(0)  # All the household
    dialog = ClaimDialog(main_window.ui, None)
    qtbot.addWidget(dialog)
    assert dialog.person.currentData() == household["claire"]


def test_a_new_stay_from_the_travel_log_is_the_selected_persons(
    main_window, household, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    built: list[int | None] = []

    def edit(ui, *, person_id=None, stay=None, parent=None):  # type: ignore[no-untyped-def]
        dialog = StayDialog(ui, person_id=person_id, stay=stay, parent=parent)
        built.append(dialog.person_id())

    monkeypatch.setattr(StayDialog, "edit", edit)
    main_window.show_tab("travel_log").add_stay()
    assert built == [household["tom"]]


def test_a_new_trip_takes_the_selected_traveller(main_window, household, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TripDialog(main_window.ui, None)
    qtbot.addWidget(dialog)
    assert dialog.checked_ids() == (household["tom"],)


def test_the_ceam_and_card_tabs_start_on_the_selected_person(main_window, household) -> None:  # type: ignore[no-untyped-def]
    ceam = main_window.show_tab("ceam")
    assert ceam.selected_person() == household["tom"]
    assert ceam.card_button.isEnabled()
    cards = main_window.show_tab("card_orders")
    assert cards.selected_person() == household["tom"]
    assert cards.order_button.isEnabled()
    assert cards.order_action.isEnabled()
