"""The Help panel: F1, open-now at a chosen instant, the birth declaration flow, the account
deadline."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeySequence

from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.help import LineKind
from ameli_desktop.domain.people import PersonDetails, Role
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.help import AccountSignupService, BirthDeclarationService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui.dialogs.help import HelpDialog
from tests.gui_keys import type_date

WHIT_MONDAY = datetime(2025, 6, 9, 10, 0, tzinfo=PARIS)  # Easter 2025 = 20 April, + 50 days


@pytest.fixture
def clock() -> FixedClock:
    """Overrides the shared clock: Whit Monday 9 June 2025, 10:00 in Paris."""
    return FixedClock(WHIT_MONDAY)


def test_f1_opens_the_help_panel(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert main_window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert main_window.help_action in main_window.help_menu.actions()
    main_window.help_action.trigger()
    dialog = main_window.help_dialog
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, HelpDialog)
    assert dialog.isVisible()
    main_window.help_action.trigger()  # a second F1 reuses the open panel
    assert main_window.help_dialog is dialog
    dialog.close()


def test_lines_are_closed_on_whit_monday(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HelpDialog(ui_ctx)
    qtbot.addWidget(dialog)
    for kind in LineKind:
        label = dialog.line_status_labels[kind]
        assert label.property("open") is False
        assert label.text() == (
            "Closed today, Whit Monday (lundi de Pentecôte): opens tomorrow at 08:30"
        )
    assert dialog.findChild(type(label), "number_main").text() == "3646"
    holidays = [dialog.holidays.item(i).text() for i in range(dialog.holidays.count())]
    assert "09/06/2025  Whit Monday (lundi de Pentecôte)" in holidays
    assert len(holidays) == 11


def test_lines_are_open_on_a_tuesday_morning(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ui_ctx.ctx, "clock", FixedClock(datetime(2025, 6, 10, 10, 0, tzinfo=PARIS)))
    dialog = HelpDialog(ui_ctx)
    qtbot.addWidget(dialog)
    label = dialog.line_status_labels[LineKind.MAIN]
    assert label.property("open") is True
    assert label.text() == "Open now, until 17:00"
    # 17:01 the same day: closed until tomorrow
    monkeypatch.setattr(ui_ctx.ctx, "clock", FixedClock(datetime(2025, 6, 10, 17, 1, tzinfo=PARIS)))
    dialog.refresh_lines()
    assert label.text() == "Closed now: opens tomorrow at 08:30"


def test_appointment_page_says_it_is_not_a_medical_consultation(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HelpDialog(ui_ctx)
    qtbot.addWidget(dialog)
    label = dialog.findChild(type(dialog.signup_deadline), "appointmentIsNot")
    assert "It is not a medical consultation" in label.text()


def test_birth_declaration_adds_a_child_and_a_claim(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Born Saturday 7 June 2025: + 5 days = Thursday 12 June (a working day) at the mairie.
    Declared to the caisse on 9 June: follow up by 9 July (+30 days)."""
    parent = PeopleService(ui_ctx.ctx).add(PersonDetails("Zoé Lebrun"))
    dialog = HelpDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_date(qtbot, dialog.child_born, "07/06/2025")
    assert dialog.mairie_deadline.text() == "Declare at the mairie by 12/06/2025."
    # without a name: the field is marked, nothing is added
    qtbot.mouseClick(dialog.declare_button, Qt.MouseButton.LeftButton)
    assert dialog.birth_errors.is_marked("child_name")
    assert len(PeopleService(ui_ctx.ctx).all()) == 1

    dialog.child_name.setText("Léa Lebrun")
    dialog.birth_parent.setCurrentIndex(dialog.birth_parent.findData(parent.id))
    dialog.both_parents.setChecked(True)
    topics: list[str] = []
    ui_ctx.bus.changed.connect(topics.append)
    qtbot.mouseClick(dialog.declare_button, Qt.MouseButton.LeftButton)
    assert not dialog.birth_errors.is_marked("child_name")
    child = PeopleService(ui_ctx.ctx).find("Léa Lebrun")
    assert (child.role, child.born) == (Role.CHILD, date(2025, 6, 7))
    [declaration] = BirthDeclarationService(ui_ctx.ctx).all()
    assert (declaration.parent_id, declaration.expected_by) == (parent.id, date(2025, 7, 9))
    assert declaration.both_parents
    assert "by 09/07/2025" in dialog.birth_result.text()
    assert "people" in topics
    assert dialog.declarations.count() == 1
    dialog.declarations.setCurrentRow(0)
    dialog.confirm_declaration()
    assert BirthDeclarationService(ui_ctx.ctx).all()[0].confirmed_on == date(2025, 6, 9)


def test_account_start_shows_the_deadline(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Started Friday 6 June 2025 09:00 Paris: the e-mail link expires Friday 13 June 09:00; at
    Monday 9 June 10:00, 3 days and 23 hours are left."""
    person = PeopleService(ui_ctx.ctx).add(PersonDetails("Zoé Lebrun"))
    dialog = HelpDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert "expires after 7 days" in dialog.signup_deadline.text()
    type_date(qtbot, dialog.signup_day, "06062025")
    dialog.signup_time.setTime(QTime(9, 0))
    qtbot.mouseClick(dialog.signup_save, Qt.MouseButton.LeftButton)
    assert dialog.signup_deadline.text() == (
        "Click the link in the e-mail by 13/06/2025 09:00 (3 days and 23 hours left)."
    )
    record = AccountSignupService(ui_ctx.ctx).get(person.id)
    assert record is not None
    assert record.started_at == datetime(2025, 6, 6, 9, 0, tzinfo=PARIS)
    dialog.signup_validated.setChecked(True)
    assert AccountSignupService(ui_ctx.ctx).get(person.id).validated  # type: ignore[union-attr]
    assert dialog.signup_deadline.text().startswith("Validated.")


def test_day_names_are_translated_with_the_sentence(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """help_text translates the template and the English day and holiday names it carries."""
    from ameli_desktop.domain.help import describe_hours, phone_lines
    from ameli_desktop.ui.dialogs import help as help_module

    french = {
        "{first} to {last}, {opens}-{closes} (Paris time), except public holidays": (
            "Du {first} au {last}, {opens}-{closes} (heure de Paris), sauf jours fériés"
        ),
        "Monday": "lundi",
        "Friday": "vendredi",
    }
    monkeypatch.setattr(help_module, "translate", lambda _c, text: french.get(text, text))
    line = phone_lines(ui_ctx.ctx.facts)[0]
    assert help_module.help_text(describe_hours(line)) == (
        "Du lundi au vendredi, 08:30-17:00 (heure de Paris), sauf jours fériés"
    )
