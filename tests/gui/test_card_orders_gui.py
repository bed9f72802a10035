"""The Card orders tab driven like a user: declare a loss, order, advance the order to delivery,
attach documents; the overdue flag and the children's ages.

Today is 25/11/2026 (tests/conftest.py).
"""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ameli_desktop.domain.people import PersonDetails, Role
from ameli_desktop.domain.vitale import CardStatus, OrderChannel, OrderStep
from ameli_desktop.services.attachments import AttachmentService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.vitale import ORDER_KIND, VitaleService
from ameli_desktop.ui import messages
from ameli_desktop.ui.dialogs.vitale_order import (
    AdvanceOrderDialog,
    DeclareIncidentDialog,
    OrderDialog,
)
from ameli_desktop.ui.models.ceam import BAD
from ameli_desktop.ui.models.vitale import OrdersModel, VitaleCardsModel
from ameli_desktop.ui.tabs.card_orders import CardOrdersTab
from tests.gui_keys import type_date

D = date.fromisoformat


@pytest.fixture
def people(ctx):  # type: ignore[no-untyped-def]
    service = PeopleService(ctx)
    zoe = service.add(PersonDetails("Zoé Martin", D("1985-05-12")))
    leo = service.add(PersonDetails("Léo Martin", D("2014-12-20"), Role.CHILD))
    VitaleService(ctx).set_serial(zoe.id, "1234 5678")
    return {"zoe": zoe.id, "leo": leo.id}


@pytest.fixture
def tab(ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    page = CardOrdersTab(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def column(model, col: int, role=Qt.ItemDataRole.DisplayRole) -> list[object]:  # type: ignore[no-untyped-def]
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def test_without_people_the_tab_says_what_to_do_first(tab) -> None:  # type: ignore[no-untyped-def]
    assert tab.stack.currentIndex() == 0


def test_declare_a_loss_order_and_advance_to_delivery(people, tab, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ui = tab.ui
    tab.select_entry(people["zoe"])
    assert tab.status_label.text() == "Active"
    assert tab.serial.text() == "1234 5678"

    # 1. Declare the card lost two days ago, not ordered at once.
    def declare(ui_, entry, kind, parent):  # type: ignore[no-untyped-def]
        dialog = DeclareIncidentDialog(ui_, entry, kind, parent)
        qtbot.addWidget(dialog)
        type_date(qtbot, dialog.on, "23112026")
        assert not dialog.channel.isEnabled()
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(DeclareIncidentDialog, "declare", declare)
    qtbot.mouseClick(tab.declare_button, Qt.MouseButton.LeftButton)
    assert tab.status_label.text() == "Lost (blocked) since 23/11/2026"
    assert tab.advice.text().splitlines()[:2] == [
        "The card is blocked since 23/11/2026 and cannot be used again, even if it is found.",
        "Not ordered at once: a new card can be ordered from 25/11/2026 (up to 2 days after"
        " blocking).",
    ]
    assert "attestation de droits" in tab.advice.text()
    assert not tab.declare_button.isEnabled()  # a blocked card cannot be declared again
    row = tab.cards_model.row_of(people["zoe"])
    assert tab.cards_model.index(row, VitaleCardsModel.FLAG).data() == "Blocked: order a new card"

    # 2. Order a new card by post today: the checklist is shown, delivery expected in 3 weeks.
    def order(ui_, entry, parent):  # type: ignore[no-untyped-def]
        dialog = OrderDialog(ui_, entry, parent)
        qtbot.addWidget(dialog)
        assert len(dialog.checks) == 3
        assert dialog.checks[0][1].text().startswith("An identity photo, 35 x 45")
        assert dialog.delivery.text() == "09/12/2026"
        dialog.channel.setCurrentIndex(dialog.channel.findData(OrderChannel.POST.value))
        assert dialog.delivery.text() == "16/12/2026"
        dialog.save()
        return dialog.saved

    monkeypatch.setattr(OrderDialog, "order", order)
    qtbot.mouseClick(tab.order_button, Qt.MouseButton.LeftButton)
    assert column(tab.orders_model, OrdersModel.STEP) == ["Requested (25/11/2026)"]
    assert column(tab.orders_model, OrdersModel.EXPECTED) == ["16/12/2026"]
    assert not tab.order_button.isEnabled()  # one order at a time

    # 3. Advance: only later steps are offered; documents sent, then received.
    def advance_to(step: OrderStep):  # type: ignore[no-untyped-def]
        def drive(ui_, order_record, parent):  # type: ignore[no-untyped-def]
            dialog = AdvanceOrderDialog(ui_, order_record, parent)
            qtbot.addWidget(dialog)
            offered = [dialog.step.itemData(i) for i in range(dialog.step.count())]
            assert "requested" not in offered
            assert offered[-1] == "cancelled"
            dialog.select_step(step)
            dialog.save()
            return dialog.result() == QDialog.DialogCode.Accepted

        return drive

    monkeypatch.setattr(AdvanceOrderDialog, "advance", advance_to(OrderStep.DOCUMENTS_SENT))
    qtbot.mouseClick(tab.advance_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(AdvanceOrderDialog, "advance", advance_to(OrderStep.RECEIVED))
    qtbot.mouseClick(tab.advance_button, Qt.MouseButton.LeftButton)
    history = [tab.history.item(i).text() for i in range(tab.history.count())]
    assert history == [
        "25/11/2026  Requested",
        "25/11/2026  Documents sent",
        "25/11/2026  Received",
    ]
    assert tab.status_label.text() == "Active"  # the new card
    assert not tab.advance_button.isEnabled()
    entry = VitaleService(ui.ctx).person(people["zoe"])
    assert [c.status for c in entry.past_cards] == [CardStatus.LOST]
    assert tab.cards_model.index(row, VitaleCardsModel.FLAG).data() == ""


def test_an_overdue_order_is_flagged(people, tab, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Requested 01/11 online: expected 15/11; ten days late on 25/11."""
    VitaleService(tab.ui.ctx).place_order(people["zoe"], D("2026-11-01"))
    tab.ui.notify("vitale")
    qtmodeltester.check(tab.cards_model)
    tab.select_entry(people["zoe"])
    qtmodeltester.check(tab.orders_model)
    row = tab.cards_model.row_of(people["zoe"])
    flag = tab.cards_model.index(row, VitaleCardsModel.FLAG)
    assert flag.data() == "Overdue by 10 days"
    assert flag.data(Qt.ItemDataRole.BackgroundRole) == BAD
    assert column(tab.orders_model, OrdersModel.OVERDUE) == ["10 days"]
    assert tab.history.item(tab.history.count() - 1).text() == (
        "Expected around 15/11/2026 — overdue by 10 days"
    )
    assert tab.attention_count() == 2  # the overdue order, and Léo turning 12 on 20/12


def test_children_reaching_12_are_pointed_out(people, tab) -> None:  # type: ignore[no-untyped-def]
    row = tab.cards_model.row_of(people["leo"])
    assert tab.cards_model.index(row, VitaleCardsModel.FLAG).data() == (
        "Own card on request from 20/12/2026"
    )
    tab.select_entry(people["leo"])
    assert "may request their own carte Vitale from 20/12/2026" in tab.advice.text()


def test_documents_are_attached_to_the_selected_order(
    people, tab, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    order = VitaleService(tab.ui.ctx).place_order(people["zoe"], D("2026-11-20"))
    tab.ui.notify("vitale")
    tab.select_entry(people["zoe"])
    assert tab.selected_order().id == order.id
    photo = tmp_path / "photo-35x45.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    monkeypatch.setattr(messages, "open_files", lambda *a, **k: [photo])
    tab.attachments.add_button.click()
    stored = AttachmentService(tab.ui.ctx).for_record(ORDER_KIND, order.id)
    assert [a.file_name for a in stored] == ["photo-35x45.jpg"]
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    tab.remove_order_button.click()
    assert AttachmentService(tab.ui.ctx).for_record(ORDER_KIND, order.id) == []
    assert tab.orders_model.rowCount() == 0


def test_an_order_step_before_the_previous_one_cannot_be_chosen(people, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    order = VitaleService(ui_ctx.ctx).place_order(people["zoe"], D("2026-11-20"))
    dialog = AdvanceOrderDialog(ui_ctx, order)
    qtbot.addWidget(dialog)
    type_date(qtbot, dialog.on, "01/11/2026")
    assert "20/11/2026 or later" in dialog.on.error()  # said, not moved to another date
    assert dialog.on.text() == "01/11/2026"
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert VitaleService(ui_ctx.ctx).person(people["zoe"]).orders[0].step.value == "requested"


def test_a_serial_too_long_is_marked(people, tab) -> None:  # type: ignore[no-untyped-def]
    tab.select_entry(people["zoe"])
    tab.serial.setText("9" * 41)
    tab.save_serial_button.click()
    assert tab.serial_errors.is_marked("serial")
    tab.serial.setText("8765")
    tab.save_serial_button.click()
    assert VitaleService(tab.ui.ctx).person(people["zoe"]).card.serial == "8765"


def test_the_cards_list_exports_to_csv(people, tab, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "cards.csv"
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: target)
    tab.cards_view.actions()[0].trigger()
    rows = [line.split(";") for line in target.read_text(encoding="utf-8-sig").splitlines()]
    assert rows[0][:3] == ["Person", "Carte Vitale", "Serial"]
    assert [r[:3] for r in rows[1:]] == [
        ["Léo Martin", "No card recorded", ""],
        ["Zoé Martin", "Active", "1234 5678"],
    ]


def test_checklist_ticks_are_saved_with_the_order_and_shown_again(
    people, tab, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ui = tab.ui
    photo, identity, _child = ui.ctx.facts.vitale.order_checklist

    def order(ui_, entry, parent):  # type: ignore[no-untyped-def]
        dialog = OrderDialog(ui_, entry, parent)
        qtbot.addWidget(dialog)
        assert [line for line, _box in dialog.checks] == list(ui.ctx.facts.vitale.order_checklist)
        qtbot.mouseClick(dialog.checks[0][1], Qt.MouseButton.LeftButton)  # the photo is ready
        dialog.save()
        return dialog.saved

    monkeypatch.setattr(OrderDialog, "order", order)
    tab.select_entry(people["zoe"])
    tab.order_button.click()
    [saved] = VitaleService(ui.ctx).person(people["zoe"]).orders
    assert saved.checklist_done == (photo,)
    # Shown again with the order, and ticked there too.
    ticks = [tab.checklist.item(i).checkState() for i in range(tab.checklist.count())]
    assert ticks == [Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.Unchecked]
    tab.checklist.item(1).setCheckState(Qt.CheckState.Checked)
    assert VitaleService(ui.ctx).order(saved.id).checklist_done == (photo, identity)
    tab.refresh()
    tab.select_order(saved.id)
    assert tab.checklist.item(1).checkState() == Qt.CheckState.Checked


def test_the_checklist_reads_in_french_and_keeps_the_same_ticks(
    people, ui_ctx, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui import i18n

    photo = ui_ctx.ctx.facts.vitale.order_checklist[0]
    order = VitaleService(ui_ctx.ctx).place_order(
        people["zoe"], D("2026-11-25"), checklist_done=[photo]
    )
    monkeypatch.setattr(i18n, "_language", "fr")
    page = CardOrdersTab(ui_ctx)
    qtbot.addWidget(page)
    page.select_entry(people["zoe"])
    page.select_order(order.id)
    first = page.checklist.item(0)
    assert first.text().startswith("Une photo d'identité")
    assert first.checkState() == Qt.CheckState.Checked
