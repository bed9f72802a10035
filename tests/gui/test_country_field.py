"""The one country field: a typed code selects that country (ES is Spain, not Estonia); names are
found in English and French, accents ignored; the same field in every form."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from ameli_desktop.domain.facts import default_facts
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.trips import TripService
from ameli_desktop.ui.dialogs.ceam_trip import TripDialog
from ameli_desktop.ui.dialogs.travel_stay import StayDialog
from ameli_desktop.ui.widgets.country_field import CountryField
from tests.gui_keys import activate


@pytest.fixture
def form(qtbot):  # type: ignore[no-untyped-def]
    window = QWidget()
    layout = QFormLayout(window)
    country = CountryField(default_facts(), "country")
    after = QLineEdit()
    layout.addRow("Country", country)
    layout.addRow("Next", after)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return country, after, window


def type_country(qtbot, country: CountryField, text: str) -> None:  # type: ignore[no-untyped-def]
    country.setFocus()
    country.lineEdit().selectAll()
    qtbot.keyClicks(country.lineEdit(), text)


@pytest.mark.parametrize(
    ("typed", "code", "shown"),
    [
        ("ES", "ES", "Spain (ES)"),
        ("es", "ES", "Spain (ES)"),
        ("Espagne", "ES", "Spain (ES)"),
        ("etats-unis", "US", "United States (US)"),
        ("Royaume", "GB", "United Kingdom (GB)"),
    ],
)
def test_a_typed_code_or_name_selects_that_country_when_the_field_is_left(  # type: ignore[no-untyped-def]
    form, qtbot, typed: str, code: str, shown: str
) -> None:
    country, after, _window = form
    type_country(qtbot, country, typed)
    assert country.code() == code  # read as typed, even before leaving
    popup = country.completer().popup()
    # While the list of matches is open it has the keys: Tab closes it and moves on.
    QTest.keyClick(popup if popup.isVisible() else country.lineEdit(), Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    assert country.currentData() == code
    assert country.currentText() == shown


def test_typing_is_never_completed_to_another_country(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    country, _after, _window = form
    type_country(qtbot, country, "ES")
    assert country.currentText() == "ES"  # not "Estonia (EE)"
    popup = country.completer().popup()
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert "Spain (ES)" in offered
    assert "Estonia (EE)" in offered  # offered, not chosen


def test_the_popup_offers_a_country_by_its_other_language_name(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    country, _after, _window = form
    type_country(qtbot, country, "allem")
    popup = country.completer().popup()
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert offered == ["Germany (DE)"]
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert country.code() == "DE"


def test_an_unknown_code_is_kept_for_the_service_to_judge(form, qtbot) -> None:  # type: ignore[no-untyped-def]
    country, _after, _window = form
    type_country(qtbot, country, "jp")
    assert country.code() == "JP"
    type_country(qtbot, country, "Narnia")
    assert country.code() == "Narnia"


def test_a_trip_to_es_is_a_trip_to_spain(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    PeopleService(ui_ctx.ctx).add(PersonDetails("Zoé Lebrun"))
    dialog = TripDialog(ui_ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    dialog.travellers.item(0).setCheckState(Qt.CheckState.Checked)
    type_country(qtbot, dialog.country, "ES")
    dialog.country.completer().popup().hide()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [trip] = TripService(ui_ctx.ctx).all()
    assert trip.destination == "ES"


def test_french_ui_finds_a_country_by_its_english_name_too(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui import i18n

    monkeypatch.setattr(i18n, "_language", "fr")
    field = CountryField(default_facts(), "country")
    qtbot.addWidget(field)
    assert field.findData("ES") >= 0
    assert field.itemText(field.findData("ES")) == "Espagne (ES)"
    field.setEditText("Germany")
    field.settle()
    assert field.currentText() == "Allemagne (DE)"


def test_a_stay_country_is_typed_the_same_way(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    person = PeopleService(ui_ctx.ctx).add(PersonDetails("Sam"))
    dialog = StayDialog(ui_ctx, person_id=person.id)
    qtbot.addWidget(dialog)
    assert dialog.country.code() == "FR"
    dialog.entry.set_value(date(2026, 9, 1))
    dialog.exit.set_value(date(2026, 9, 5))
    dialog.country.setEditText("es")
    dialog.save()
    assert dialog.saved is not None
    assert dialog.saved.details.country == "ES"


def test_a_permits_issuing_state_is_typed_the_same_way(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 18's issuing state is a country field listing the Schengen states: "es" is Spain; a
    state outside the area, typed, is said under the field and nothing is recorded."""
    from ameli_desktop.domain.schengen import Nationality
    from ameli_desktop.services.travel import TravelService
    from ameli_desktop.ui.dialogs.travel_profile import TravelProfileDialog

    person = PeopleService(ui_ctx.ctx).add(PersonDetails("Sam", nationality=Nationality.OTHER))
    dialog = TravelProfileDialog(ui_ctx, person.id)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.state, CountryField)
    assert dialog.state.code() == "FR"
    assert dialog.state.findData("GB") < 0  # only the states whose permits change a count
    dialog.start.set_value(date(2026, 9, 1))
    dialog.end.set_value(date(2027, 8, 31))
    dialog.state.setEditText("Royaume-Uni")
    dialog.add_permit()
    assert dialog.errors.is_marked("state")
    assert "GB is not a Schengen state" in dialog.errors.fields["state"][1].text()
    assert TravelService(ui_ctx.ctx).permits(person.id) == []
    dialog.state.setEditText("es")
    dialog.add_permit()
    [permit] = TravelService(ui_ctx.ctx).permits(person.id)
    assert permit.period.state == "ES"
