"""The GUI actions no test clicked (issue 17, item 8): the claims buttons, Remove card, Edit trip,
editing an appointment and a stay, removing a permit, the Imports… dialog and the line editor.

Each is driven through the widget's own button or action; the dialog it opens runs for real, with
``exec`` answered by filling its fields and pressing its save, as a user would. What was stored is
read back through the services.
"""

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ameli_desktop.domain.appointments import AppointmentDetails, Category
from ameli_desktop.domain.claims import ClaimDetails, ClaimKind, ClaimStatus
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.domain.schengen import PermitPeriod, StayDetails
from ameli_desktop.services.appointments import AppointmentService
from ameli_desktop.services.ceam import CeamService
from ameli_desktop.services.claims import ClaimService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from ameli_desktop.services.travel import TravelService
from ameli_desktop.services.trips import TripDetails, TripService
from ameli_desktop.ui import messages
from ameli_desktop.ui.dialogs.appointment import AppointmentDialog
from ameli_desktop.ui.dialogs.ceam_trip import TripDialog
from ameli_desktop.ui.dialogs.import_batches import ImportBatchesDialog
from ameli_desktop.ui.dialogs.reimbursement_line import LineDialog
from ameli_desktop.ui.dialogs.travel_profile import TravelProfileDialog
from ameli_desktop.ui.dialogs.travel_stay import StayDialog

DATA = Path(__file__).resolve().parents[1] / "data"
D = date.fromisoformat


def answer_with(
    monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog], fill: Callable[[QDialog], None]
) -> list[QDialog]:
    """The dialog's ``exec`` fills it like a user and presses its save; the dialogs shown."""
    shown: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.save()  # type: ignore[attr-defined]
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", run)
    return shown


@pytest.fixture
def zoe(ctx) -> int:  # type: ignore[no-untyped-def]
    PeopleService(ctx).add(PersonDetails("Paul Lebrun"))
    return PeopleService(ctx).add(PersonDetails("Zoé Lebrun")).id


# ------------------------------------------------------------------ Reimbursements: claims
def test_the_claims_buttons_close_cancel_reopen_and_edit(main_window, zoe, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    claim = ClaimService(ctx).add(
        ClaimDetails(zoe, ClaimKind.CARE, D("2026-10-01"), D("2026-12-01"), None, 2500)
    )
    tab = main_window.show_tab("reimbursements")
    tab.open_record("claim", claim.id)
    assert tab.selected_claim().id == claim.id
    assert tab.close_claim_action.isEnabled()
    assert not tab.reopen_claim_action.isEnabled()

    tab.close_claim_action.trigger()
    assert ClaimService(ctx).get(claim.id).status is ClaimStatus.CLOSED
    tab.open_record("claim", claim.id)  # closed claims are listed once asked for
    assert tab.reopen_claim_action.isEnabled()
    assert not tab.close_claim_action.isEnabled()

    tab.reopen_claim_action.trigger()
    assert ClaimService(ctx).get(claim.id).status is ClaimStatus.OPEN
    tab.open_record("claim", claim.id)
    tab.cancel_claim_action.trigger()
    assert ClaimService(ctx).get(claim.id).status is ClaimStatus.CANCELLED

    from ameli_desktop.ui.dialogs.claim import ClaimDialog

    def add_a_note(dialog: QDialog) -> None:
        dialog.notes.setPlainText("Called the 3646 on 25/11")  # type: ignore[attr-defined]

    tab.open_record("claim", claim.id)
    dialogs = answer_with(monkeypatch, ClaimDialog, add_a_note)
    tab.edit_claim_action.trigger()
    (shown,) = dialogs
    assert shown.result() == QDialog.DialogCode.Accepted
    assert ClaimService(ctx).get(claim.id).notes == "Called the 3646 on 25/11"


# ------------------------------------------------------------------ Reimbursements: lines
@pytest.fixture
def imported(ctx, zoe):  # type: ignore[no-untyped-def]
    ImportService(ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    return ReimbursementService(ctx).page(LineFilter(), limit=50, offset=0)


def test_the_line_editor_saves_a_correction_and_marks_a_bad_amount(
    main_window, imported, monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    line = imported[0]
    dialog = LineDialog(main_window.ui, line, main_window)
    qtbot.addWidget(dialog)
    dialog.paid.setText("30,0O")  # a typo
    dialog.save()
    assert dialog.errors.is_marked("paid")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert ReimbursementService(ctx).get(line.id).paid_cents == line.paid_cents
    dialog.paid.setText("31,00")
    dialog.nature.setText("Consultation (corrigée)")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = ReimbursementService(ctx).get(line.id)
    assert (saved.paid_cents, saved.nature) == (3100, "Consultation (corrigée)")


def test_the_imports_dialog_lists_the_files_and_undoes_one(
    main_window, imported, monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    asked: list[str] = []

    def confirm(_parent: object, title: str, text: str, **_kw: object) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(messages, "confirm", confirm)

    def undo_the_import(dialog: ImportBatchesDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.model.rowCount() == 1
        assert dialog.undo_button.isEnabled()
        dialog.undo_button.click()
        assert dialog.model.rowCount() == 0
        assert not dialog.undo_button.isEnabled()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportBatchesDialog, "exec", undo_the_import)
    tab = main_window.show_tab("reimbursements")
    tab.imports_action.trigger()
    (question,) = asked
    assert question.startswith("Remove the 7 lines imported from ameli_2025-01.csv?")
    assert ReimbursementService(ctx).count(LineFilter()) == 0
    assert ImportService(ctx).batches() == []


# ------------------------------------------------------------------ CEAM
def test_remove_card_asks_then_removes_only_that_card(main_window, zoe, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    ceam = CeamService(ctx)
    paul = PeopleService(ctx).find("Paul").id
    ceam.set_card(zoe, D("2025-06-01"))
    ceam.set_card(paul, D("2025-07-01"))
    tab = main_window.show_tab("ceam")
    main_window.ui.notify("ceam")
    tab.select_person(zoe)
    assert tab.remove_card_button.isEnabled()
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: False)
    tab.remove_card_button.click()
    assert ceam.person(zoe).card is not None
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    tab.remove_card_button.click()
    assert ceam.person(zoe).card is None
    assert ceam.person(paul).card is not None
    tab.select_person(zoe)
    assert not tab.remove_card_button.isEnabled()


def test_edit_trip_changes_its_purpose_and_travellers(main_window, zoe, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    paul = PeopleService(ctx).find("Paul").id
    trip = TripService(ctx).add(TripDetails((zoe, paul), "ES", D("2026-12-22"), D("2027-01-03")))
    tab = main_window.show_tab("ceam")
    main_window.ui.notify("trips")
    tab.select_trip(trip.id)

    def rename(dialog: QDialog) -> None:
        dialog.purpose.setText("Noël à Séville")  # type: ignore[attr-defined]

    dialogs = answer_with(monkeypatch, TripDialog, rename)
    tab.edit_trip_button.click()
    (shown,) = dialogs
    assert shown.trip.id == trip.id  # type: ignore[attr-defined]
    edited = TripService(ctx).get(trip.id)
    assert edited.purpose == "Noël à Séville"
    assert (edited.destination, edited.depart, edited.return_date) == (
        "ES",
        D("2026-12-22"),
        D("2027-01-03"),
    )


# ------------------------------------------------------------------ Appointments
def test_edit_an_appointment_from_the_tab(main_window, zoe, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    from datetime import datetime

    stored = AppointmentService(ctx).add(
        zoe,
        AppointmentDetails(
            datetime(2026, 11, 27, 14, 30, tzinfo=PARIS), "IJ not paid", Category.SICK_LEAVE
        ),
    )
    tab = main_window.show_tab("appointments")
    assert tab.select(stored.id)
    assert tab.edit_action.isEnabled()

    def new_reason(dialog: QDialog) -> None:
        dialog.reason.setPlainText("IJ not paid since October")  # type: ignore[attr-defined]

    dialogs = answer_with(monkeypatch, AppointmentDialog, new_reason)
    tab.edit_action.trigger()
    (shown,) = dialogs
    assert shown.result() == QDialog.DialogCode.Accepted
    (appointment,) = AppointmentService(ctx).all()
    assert appointment.id == stored.id
    assert appointment.details.reason == "IJ not paid since October"
    assert appointment.details.starts_at == stored.details.starts_at


def test_an_appointment_edited_without_a_reason_is_not_saved(main_window, zoe, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    from datetime import datetime

    stored = AppointmentService(ctx).add(
        zoe, AppointmentDetails(datetime(2026, 11, 27, 14, 30, tzinfo=PARIS), "IJ not paid")
    )
    tab = main_window.show_tab("appointments")
    tab.select(stored.id)

    def erase(dialog: QDialog) -> None:
        dialog.reason.setPlainText("   ")  # type: ignore[attr-defined]

    dialogs = answer_with(monkeypatch, AppointmentDialog, erase)
    tab.edit_action.trigger()
    (shown,) = dialogs
    assert shown.result() != QDialog.DialogCode.Accepted
    assert shown.errors.is_marked("reason")  # type: ignore[attr-defined]
    assert AppointmentService(ctx).all()[0].details.reason == "IJ not paid"


# ------------------------------------------------------------------ Travel log
def test_edit_a_stay_from_the_travel_log(main_window, zoe, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    stay = TravelService(ctx).add_stay(zoe, StayDetails(D("2026-09-20"), D("2026-10-02")))
    tab = main_window.show_tab("travel_log")
    main_window.ui.notify("travel")
    tab.select_stay(stay.id)
    assert tab.edit_button.isEnabled()

    def note_the_port(dialog: QDialog) -> None:
        dialog.entry_port.setText("CDG")  # type: ignore[attr-defined]
        dialog.notes.setText("stamped at CDG")  # type: ignore[attr-defined]

    dialogs = answer_with(monkeypatch, StayDialog, note_the_port)
    tab.edit_button.click()
    (shown,) = dialogs
    assert shown.result() == QDialog.DialogCode.Accepted
    (edited,) = TravelService(ctx).stays(zoe)
    assert edited.id == stay.id
    assert (edited.entry, edited.exit) == (D("2026-09-20"), D("2026-10-02"))
    assert (edited.details.entry_port, edited.details.notes) == ("CDG", "stamped at CDG")


def test_remove_a_permit_asks_first(ui_ctx, zoe, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = TravelService(ui_ctx.ctx)
    kept = service.add_permit(zoe, PermitPeriod(start=D("2024-01-01"), end=D("2024-12-31")))
    removed = service.add_permit(zoe, PermitPeriod(start=D("2025-01-01"), end=D("2026-12-31")))
    dialog = TravelProfileDialog(ui_ctx, zoe)
    qtbot.addWidget(dialog)
    assert dialog.permits.count() == 2
    row = next(i for i in range(dialog.permits.count()) if removed.id == _permit_id(dialog, i))
    dialog.permits.setCurrentRow(row)
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: False)
    dialog.remove_button.click()
    assert len(service.permits(zoe)) == 2
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    dialog.remove_button.click()
    assert [p.id for p in service.permits(zoe)] == [kept.id]
    assert dialog.permits.count() == 1


def _permit_id(dialog: TravelProfileDialog, row: int) -> int:
    from PySide6.QtCore import Qt

    return int(dialog.permits.item(row).data(Qt.ItemDataRole.UserRole))
