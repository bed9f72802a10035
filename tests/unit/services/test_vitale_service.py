"""Carte Vitale service: declaring a loss, ordering, advancing, receiving; flags and attention.

Today is 25/11/2026 (tests/conftest.py).
"""

from datetime import date
from pathlib import Path

import pytest

from ameli_desktop.domain.errors import ConflictError, NotFoundError, UserError
from ameli_desktop.domain.people import PersonDetails, Role
from ameli_desktop.domain.vitale import CardStatus, OrderChannel, OrderStep
from ameli_desktop.services.attachments import AttachmentService
from ameli_desktop.services.attention import Severity
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.vitale import ORDER_KIND, VitaleService

D = date.fromisoformat


@pytest.fixture
def zoe(ctx: AppContext) -> int:
    return PeopleService(ctx).add(PersonDetails("Zoé Martin", D("1985-05-12"))).id


def test_declare_a_loss_then_order_and_receive_a_new_card(ctx: AppContext, zoe: int) -> None:
    """Lost on 23/11, not ordered at once: blocked, ordering possible from 25/11 (+ 2 days).
    Ordered on 25/11 online: expected 09/12 (+ 14 days). Steps are dated today at the latest."""
    vitale = VitaleService(ctx)
    vitale.set_serial(zoe, "1234 5678")
    entry = vitale.declare_incident(zoe, CardStatus.LOST, D("2026-11-23"))
    assert entry.card is not None
    assert (entry.card.status, entry.card.blocked_on, entry.card.serial) == (
        CardStatus.LOST,
        D("2026-11-23"),
        "1234 5678",
    )
    assert entry.card.incident is not None
    assert entry.card.incident.order_possible_from == D("2026-11-25")
    assert entry.needs_order
    assert "attestation de droits" in entry.attestation
    [item] = vitale.attention()
    assert (item.severity, item.text(), item.due) == (
        Severity.SOON,
        "Zoé Martin's carte Vitale is blocked: order a new one",
        D("2026-11-25"),
    )
    assert item.detail_text() == "Blocked on 23/11/2026; ordering is possible from 25/11/2026."

    order = vitale.place_order(zoe, D("2026-11-25"), OrderChannel.ONLINE, "photo sent")
    assert (order.step, order.expected_delivery, order.is_overdue) == (
        OrderStep.REQUESTED,
        D("2026-12-09"),
        False,
    )
    assert vitale.attention() == []  # blocked, but an order is under way
    order = vitale.advance_order(order.id, OrderStep.DOCUMENTS_SENT, D("2026-11-25"))
    order = vitale.advance_order(order.id, OrderStep.RECEIVED, D("2026-11-25"))
    assert [(r.step, r.on) for r in order.order.history] == [
        (OrderStep.REQUESTED, D("2026-11-25")),
        (OrderStep.DOCUMENTS_SENT, D("2026-11-25")),
        (OrderStep.RECEIVED, D("2026-11-25")),
    ]
    entry = vitale.person(zoe)
    assert entry.card is not None
    assert entry.card.status is CardStatus.ACTIVE
    assert [c.status for c in entry.past_cards] == [CardStatus.LOST]
    assert not entry.needs_order
    assert entry.attestation == ""


def test_a_new_card_replaces_an_active_one(ctx: AppContext, zoe: int) -> None:
    vitale = VitaleService(ctx)
    vitale.set_serial(zoe, "old")
    order = vitale.place_order(zoe, D("2026-11-01"), notes="new photo")
    vitale.advance_order(order.id, OrderStep.RECEIVED, D("2026-11-12"))
    entry = vitale.person(zoe)
    assert entry.card is not None
    assert (entry.card.status, entry.card.serial) == (CardStatus.ACTIVE, "")
    assert [(c.status, c.serial) for c in entry.past_cards] == [(CardStatus.REPLACED, "old")]
    assert vitale.set_serial(zoe, "new").id == entry.card.id


def test_ordering_at_once_records_the_order_the_same_day(ctx: AppContext, zoe: int) -> None:
    entry = VitaleService(ctx).declare_incident(
        zoe, CardStatus.STOLEN, D("2026-11-24"), ordered_at_once=True, channel=OrderChannel.POST
    )
    assert entry.card is not None
    assert entry.card.incident is not None
    assert entry.card.incident.order_possible_from == D("2026-11-24")
    open_order = entry.open_order
    assert open_order is not None
    assert (open_order.requested_on, open_order.order.channel) == (
        D("2026-11-24"),
        OrderChannel.POST,
    )
    assert open_order.expected_delivery == D("2026-12-15")  # 21 days by post


def test_an_order_past_its_expected_delivery_is_overdue(ctx: AppContext, zoe: int) -> None:
    """Requested 01/11 online: expected 15/11; on 25/11 it is 10 days late."""
    vitale = VitaleService(ctx)
    order = vitale.place_order(zoe, D("2026-11-01"))
    order = vitale.advance_order(order.id, OrderStep.SHIPPED, D("2026-11-10"))
    assert (order.is_overdue, order.days_overdue) == (True, 10)
    [item] = vitale.attention()
    assert (item.severity, item.text(), item.due, item.record_id) == (
        Severity.URGENT,
        "Zoé Martin's carte Vitale order is overdue",
        D("2026-11-15"),
        order.id,
    )
    assert "10 days ago" in item.detail_text()
    vitale.advance_order(order.id, OrderStep.RECEIVED, D("2026-11-20"))
    assert vitale.attention() == []


def test_the_order_state_machine_is_enforced_and_nothing_is_written_on_error(
    ctx: AppContext, zoe: int
) -> None:
    vitale = VitaleService(ctx)
    order = vitale.place_order(zoe, D("2026-11-10"))
    with pytest.raises(ConflictError) as conflict:
        vitale.place_order(zoe, D("2026-11-11"))
    assert conflict.value.field == "order"
    vitale.advance_order(order.id, OrderStep.IN_PRODUCTION, D("2026-11-12"))
    with pytest.raises(ConflictError):
        vitale.advance_order(order.id, OrderStep.DOCUMENTS_SENT, D("2026-11-13"))
    with pytest.raises(UserError) as early:
        vitale.advance_order(order.id, OrderStep.SHIPPED, D("2026-11-11"))
    assert early.value.field == "on"
    with pytest.raises(UserError) as future:
        vitale.advance_order(order.id, OrderStep.SHIPPED, D("2026-11-26"))
    assert future.value.field == "on"
    assert [r.step for r in vitale.order(order.id).order.history] == [
        OrderStep.REQUESTED,
        OrderStep.IN_PRODUCTION,
    ]
    cancelled = vitale.advance_order(order.id, OrderStep.CANCELLED, D("2026-11-13"))
    assert not cancelled.is_open
    with pytest.raises(ConflictError, match="already cancelled"):
        vitale.advance_order(order.id, OrderStep.RECEIVED, D("2026-11-14"))
    assert vitale.place_order(zoe, D("2026-11-14")).is_open  # a new order once closed
    with pytest.raises(NotFoundError):
        vitale.advance_order(999, OrderStep.SHIPPED, D("2026-11-14"))


def test_a_blocked_card_cannot_become_active_again(ctx: AppContext, zoe: int) -> None:
    vitale = VitaleService(ctx)
    vitale.set_serial(zoe, "42")
    card = vitale.set_status(zoe, CardStatus.BLOCKED, D("2026-11-20"))
    assert (card.status, card.blocked_on) == (CardStatus.BLOCKED, D("2026-11-20"))
    with pytest.raises(ConflictError) as caught:
        vitale.set_status(zoe, CardStatus.ACTIVE)
    assert caught.value.field == "status"
    with pytest.raises(UserError) as future:
        vitale.declare_incident(zoe, CardStatus.LOST, D("2026-11-26"))
    assert future.value.field == "blocked_on"


def test_a_long_serial_is_refused(ctx: AppContext, zoe: int) -> None:
    with pytest.raises(UserError) as caught:
        VitaleService(ctx).set_serial(zoe, "9" * 41)
    assert caught.value.field == "serial"


def test_an_order_one_day_late_was_expected_yesterday(ctx: AppContext, zoe: int) -> None:
    """Ordered online on 10/11/2026: expected 14 days later, 24/11/2026, yesterday."""
    VitaleService(ctx).place_order(zoe, D("2026-11-10"))
    [item] = VitaleService(ctx).attention()
    assert (item.severity, item.due) == (Severity.URGENT, D("2026-11-24"))
    assert item.detail_text() == (
        "Expected yesterday, 24/11/2026. Call 3646 or check your ameli account; meanwhile use an"
        " attestation de droits."
    )


def test_children_reaching_12_are_pointed_out(ctx: AppContext) -> None:
    """Léo, born 20/12/2014, turns 12 on 20/12/2026 (25 days after today): he may request his own
    card; at 16 (20/12/2030) it comes automatically."""
    leo = PeopleService(ctx).add(PersonDetails("Léo", D("2014-12-20"), Role.CHILD)).id
    entry = VitaleService(ctx).person(leo)
    assert str(entry.child_notice) == (
        "This child may request their own carte Vitale from 20/12/2026 (age 12); it is sent"
        " automatically from 20/12/2030 (age 16)."
    )
    [item] = VitaleService(ctx).attention()
    assert (item.severity, item.text(), item.due) == (
        Severity.INFO,
        "Léo may request their own carte Vitale from 20/12/2026",
        D("2026-12-20"),
    )
    assert (item.record_kind, item.record_id) == ("person", leo)  # the Overview opens his line


def test_documents_attached_to_an_order_go_with_it(
    ctx: AppContext, zoe: int, tmp_path: Path
) -> None:
    vitale = VitaleService(ctx)
    order = vitale.place_order(zoe, D("2026-11-20"))
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 a photo 35x45")
    attachments = AttachmentService(ctx)
    attachments.add(ORDER_KIND, order.id, photo)
    assert [a.file_name for a in attachments.for_record(ORDER_KIND, order.id)] == ["photo.jpg"]
    vitale.remove_order(order.id)
    assert attachments.for_record(ORDER_KIND, order.id) == []
    assert vitale.person(zoe).orders == ()


def test_removing_a_person_lists_and_removes_their_cards_and_orders(
    ctx: AppContext, zoe: int
) -> None:
    vitale = VitaleService(ctx)
    vitale.declare_incident(zoe, CardStatus.BROKEN, D("2026-11-20"), ordered_at_once=True)
    labels = {d.label: d.count for d in PeopleService(ctx).dependents(zoe)}
    assert labels == {"cartes Vitale": 1, "carte Vitale orders": 1}
    PeopleService(ctx).remove(zoe)
    assert vitale.people() == []


def test_checklist_ticks_are_kept_with_the_order(ctx: AppContext, zoe: int) -> None:
    service = VitaleService(ctx)
    photo, identity, child = ctx.facts.vitale.order_checklist
    order = service.place_order(zoe, D("2026-11-25"), checklist_done=[identity])
    assert order.checklist_done == (identity,)
    assert service.person(zoe).orders[0].checklist_done == (identity,)
    # Ticked in any order, kept in the checklist's; unticking is saving the others.
    assert service.set_checklist(order.id, [child, photo]).checklist_done == (photo, child)
    assert service.set_checklist(order.id, []).checklist_done == ()
    assert order.to_json()["checklist_done"] == [identity]


def test_a_line_not_on_the_checklist_is_refused(ctx: AppContext, zoe: int) -> None:
    service = VitaleService(ctx)
    with pytest.raises(UserError, match="is not a line of the order checklist"):
        service.place_order(zoe, D("2026-11-25"), checklist_done=["A bribe"])
    assert service.person(zoe).orders == ()
    order = service.place_order(zoe, D("2026-11-25"))
    with pytest.raises(UserError, match="“A bribe” is not a line"):
        service.set_checklist(order.id, ["A bribe"])
    with pytest.raises(NotFoundError):
        service.set_checklist(order.id + 1, [])
