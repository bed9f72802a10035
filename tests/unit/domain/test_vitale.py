"""Carte Vitale rules: incidents, the order state machine, delivery and overdue, children's cards.

Worked examples rely on the shipped facts: 14 days online, 21 by post, 2 days' wait after blocking
when not ordered at once, request from 12, automatic at 16.
"""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ameli_desktop.domain.errors import ConflictError, UserError
from ameli_desktop.domain.facts import default_facts
from ameli_desktop.domain.vitale import (
    FORWARD_STEPS,
    INCIDENTS,
    CardStatus,
    ChildCardStage,
    OrderChannel,
    OrderStep,
    VitaleOrder,
    allowed_status_changes,
    attestation_suggested,
    birthday,
    check_status_change,
    child_card_milestones,
    child_card_notice,
    declare_incident,
    order_checklist,
    while_waiting_advice,
)

FACTS = default_facts().vitale
D = date.fromisoformat


def test_facts_assumed_by_the_examples() -> None:
    assert (FACTS.delivery_days_online, FACTS.delivery_days_post) == (14, 21)
    assert FACTS.wait_after_block_days == 2
    assert (FACTS.request_age, FACTS.automatic_age) == (12, 16)
    assert FACTS.photo_size_mm == (35, 45)


# -------------------------------------------------------------------------------- incidents


@pytest.mark.parametrize("kind", [CardStatus.LOST, CardStatus.STOLEN, CardStatus.BROKEN])
def test_an_incident_blocks_the_card_and_says_when_ordering_is_possible(kind: CardStatus) -> None:
    """Blocked 03/03/2026, not ordered at once: wait 2 days -> order possible from 05/03/2026."""
    incident = declare_incident(kind, D("2026-03-03"), today=D("2026-03-03"))
    assert incident.kind is kind
    assert incident.blocked_on == D("2026-03-03")
    assert incident.order_possible_from == D("2026-03-05")
    texts = [str(t) for t in incident.consequences()]
    assert texts == [
        "The card is blocked since 03/03/2026 and cannot be used again, even if it is found.",
        "Not ordered at once: a new card can be ordered from 05/03/2026 (up to 2 days after"
        " blocking).",
    ]


def test_an_incident_ordered_at_once_can_order_the_same_day() -> None:
    incident = declare_incident(CardStatus.LOST, D("2026-03-03"), ordered_at_once=True)
    assert incident.order_possible_from == D("2026-03-03")
    assert str(incident.consequences()[1]) == "A new card was ordered at once."


def test_the_wait_comes_from_the_facts() -> None:
    facts = replace(FACTS, wait_after_block_days=5)
    incident = declare_incident(CardStatus.STOLEN, D("2026-12-30"), facts=facts)
    assert incident.order_possible_from == D("2027-01-04")


def test_an_incident_cannot_be_dated_in_the_future() -> None:
    with pytest.raises(UserError) as caught:
        declare_incident(CardStatus.LOST, D("2026-03-04"), today=D("2026-03-03"))
    assert caught.value.field == "blocked_on"


@pytest.mark.parametrize("kind", [CardStatus.ACTIVE, CardStatus.BLOCKED, CardStatus.REPLACED])
def test_only_loss_theft_or_breakage_are_declared(kind: CardStatus) -> None:
    with pytest.raises(UserError) as caught:
        declare_incident(kind, D("2026-03-03"))
    assert caught.value.field == "status"


def test_a_blocked_card_never_becomes_active_again() -> None:
    for status in (*INCIDENTS, CardStatus.BLOCKED):
        assert CardStatus.ACTIVE not in allowed_status_changes(status)
        with pytest.raises(ConflictError) as caught:
            check_status_change(status, CardStatus.ACTIVE)
        assert caught.value.field == "status"
        assert "cannot be used again" in str(caught.value)
    # A lost card found to be stolen may be re-qualified, and any blocked card gets replaced.
    check_status_change(CardStatus.LOST, CardStatus.STOLEN)
    check_status_change(CardStatus.BROKEN, CardStatus.REPLACED)
    check_status_change(CardStatus.ACTIVE, CardStatus.REPLACED)


def test_nothing_follows_a_replaced_card() -> None:
    assert allowed_status_changes(CardStatus.REPLACED) == frozenset()
    with pytest.raises(ConflictError):
        declare_incident(CardStatus.LOST, D("2026-03-03"), current=CardStatus.REPLACED)


# ----------------------------------------------------------------------------------- orders


def test_a_full_order_flow_keeps_its_dated_history() -> None:
    order = VitaleOrder.request(D("2026-03-02"), today=D("2026-03-02"))
    assert order.step is OrderStep.REQUESTED
    assert order.next_steps() == (*FORWARD_STEPS[1:], OrderStep.CANCELLED)
    order = order.advance(OrderStep.DOCUMENTS_SENT, D("2026-03-02"))  # same day is fine
    order = order.advance(OrderStep.IN_PRODUCTION, D("2026-03-05"))
    order = order.advance(OrderStep.SHIPPED, D("2026-03-11"))
    order = order.advance(OrderStep.RECEIVED, D("2026-03-14"), today=D("2026-03-14"))
    assert [(r.step, r.on) for r in order.history] == [
        (OrderStep.REQUESTED, D("2026-03-02")),
        (OrderStep.DOCUMENTS_SENT, D("2026-03-02")),
        (OrderStep.IN_PRODUCTION, D("2026-03-05")),
        (OrderStep.SHIPPED, D("2026-03-11")),
        (OrderStep.RECEIVED, D("2026-03-14")),
    ]
    assert order.is_closed
    assert order.next_steps() == ()
    assert order.date_of(OrderStep.SHIPPED) == D("2026-03-11")
    assert order.date_of(OrderStep.CANCELLED) is None


def test_steps_may_be_skipped_forward_but_never_taken_backwards_or_repeated() -> None:
    order = VitaleOrder.request(D("2026-03-02")).advance(OrderStep.SHIPPED, D("2026-03-10"))
    assert order.next_steps() == (OrderStep.RECEIVED, OrderStep.CANCELLED)
    for step in (OrderStep.REQUESTED, OrderStep.IN_PRODUCTION, OrderStep.SHIPPED):
        with pytest.raises(ConflictError) as caught:
            order.advance(step, D("2026-03-12"))
        assert caught.value.field == "step"
    with pytest.raises(ConflictError, match="steps only move forward"):
        order.advance(OrderStep.DOCUMENTS_SENT, D("2026-03-12"))


def test_a_step_dated_before_the_previous_one_is_refused() -> None:
    order = VitaleOrder.request(D("2026-03-02")).advance(OrderStep.IN_PRODUCTION, D("2026-03-05"))
    with pytest.raises(UserError) as caught:
        order.advance(OrderStep.SHIPPED, D("2026-03-04"))
    assert caught.value.field == "on"
    assert str(caught.value) == (
        "“shipped” on 2026-03-04 is before the previous step (“in production” on 2026-03-05)."
    )


def test_a_step_in_the_future_is_refused() -> None:
    order = VitaleOrder.request(D("2026-03-02"))
    with pytest.raises(UserError) as caught:
        order.advance(OrderStep.SHIPPED, D("2026-03-09"), today=D("2026-03-08"))
    assert caught.value.field == "on"
    with pytest.raises(UserError) as caught:
        VitaleOrder.request(D("2026-03-09"), today=D("2026-03-08"))
    assert caught.value.field == "requested_on"


@pytest.mark.parametrize("closing", [OrderStep.RECEIVED, OrderStep.CANCELLED])
def test_nothing_follows_received_or_cancelled(closing: OrderStep) -> None:
    order = VitaleOrder.request(D("2026-03-02")).advance(closing, D("2026-03-03"))
    for step in OrderStep:
        with pytest.raises(ConflictError, match="already"):
            order.advance(step, D("2026-03-04"))


def test_an_order_can_be_cancelled_from_any_open_step() -> None:
    for step in FORWARD_STEPS[1:-1]:
        order = VitaleOrder.request(D("2026-03-02")).advance(step, D("2026-03-03"))
        assert order.advance(OrderStep.CANCELLED, D("2026-03-04")).step is OrderStep.CANCELLED


def test_history_is_revalidated_when_rebuilt() -> None:
    steps = [(OrderStep.REQUESTED, D("2026-03-02")), (OrderStep.SHIPPED, D("2026-03-09"))]
    order = VitaleOrder.from_history(OrderChannel.POST, steps)
    assert order.channel is OrderChannel.POST
    assert VitaleOrder.from_history(order.channel, order.history) == order
    with pytest.raises(UserError, match="must start with"):
        VitaleOrder.from_history(OrderChannel.ONLINE, steps[1:])
    with pytest.raises(UserError):
        VitaleOrder.from_history(OrderChannel.ONLINE, [])
    with pytest.raises(ConflictError):
        VitaleOrder.from_history(
            OrderChannel.ONLINE, [*steps, (OrderStep.SHIPPED, D("2026-03-10"))]
        )


@pytest.mark.parametrize(
    ("channel", "expected"),
    [(OrderChannel.ONLINE, "2026-03-16"), (OrderChannel.POST, "2026-03-23")],
)
def test_expected_delivery_depends_on_the_channel(channel: OrderChannel, expected: str) -> None:
    """Requested 02/03/2026: + 14 days online = 16/03, + 21 days by post = 23/03."""
    assert VitaleOrder.request(D("2026-03-02"), channel).expected_delivery() == D(expected)


def test_an_open_order_is_overdue_from_the_day_after_the_expected_delivery() -> None:
    order = VitaleOrder.request(D("2026-03-02"))  # expected 16/03
    assert not order.is_overdue(D("2026-03-16"))
    assert order.days_overdue(D("2026-03-16")) == 0
    assert order.is_overdue(D("2026-03-17"))
    assert order.days_overdue(D("2026-03-20")) == 4
    shipped = order.advance(OrderStep.SHIPPED, D("2026-03-15"))
    assert shipped.is_overdue(D("2026-03-20"))  # shipped is still open
    received = shipped.advance(OrderStep.RECEIVED, D("2026-03-19"))
    assert not received.is_overdue(D("2026-04-30"))
    cancelled = order.advance(OrderStep.CANCELLED, D("2026-03-03"))
    assert not cancelled.is_overdue(D("2026-04-30"))


def test_the_checklist_comes_from_the_facts() -> None:
    checklist = order_checklist()
    assert checklist == FACTS.order_checklist
    assert any("35 x 45 mm" in item for item in checklist)
    assert any("identity document" in item for item in checklist)
    assert any("For a child" in item for item in checklist)


def test_the_attestation_is_suggested_while_waiting_or_blocked() -> None:
    open_order = VitaleOrder.request(D("2026-03-02"))
    received = open_order.advance(OrderStep.RECEIVED, D("2026-03-10"))
    assert attestation_suggested(CardStatus.ACTIVE, [received, open_order])
    assert attestation_suggested(CardStatus.LOST, [])
    assert attestation_suggested(CardStatus.BLOCKED, [received])
    assert not attestation_suggested(CardStatus.ACTIVE, [received])
    assert not attestation_suggested(None, [])
    assert "attestation de droits" in while_waiting_advice()


# --------------------------------------------------------------------------------- children


def test_child_milestones_with_dates() -> None:
    """Born 15/09/2014: may request from 15/09/2026 (12), automatic from 15/09/2030 (16)."""
    milestones = child_card_milestones(D("2014-09-15"))
    assert milestones.may_request_from == D("2026-09-15")
    assert milestones.automatic_from == D("2030-09-15")
    assert milestones.stage(D("2026-09-14")) is ChildCardStage.TOO_YOUNG
    assert milestones.stage(D("2026-09-15")) is ChildCardStage.MAY_REQUEST
    assert milestones.stage(D("2030-09-14")) is ChildCardStage.MAY_REQUEST
    assert milestones.stage(D("2030-09-15")) is ChildCardStage.AUTOMATIC


def test_a_leap_day_birthday_is_reached_on_1_march_in_common_years() -> None:
    """Born 29/02/2012: 13 on 01/03/2025 (age_on counts whole years: on 28/02 still 12);
    12 on 29/02/2024, a leap year. With a request age of 13, the request date is 01/03/2025."""
    assert birthday(D("2012-02-29"), 13) == D("2025-03-01")
    assert birthday(D("2012-02-29"), 12) == D("2024-02-29")
    milestones = child_card_milestones(D("2012-02-29"), replace(FACTS, request_age=13))
    assert milestones.may_request_from == D("2025-03-01")
    assert milestones.stage(D("2025-02-28")) is ChildCardStage.TOO_YOUNG


def test_child_notices_point_out_the_dates() -> None:
    born = D("2014-09-15")
    young = child_card_notice(born, D("2026-01-01"))
    assert young is not None
    assert str(young) == (
        "This child may request their own carte Vitale from 15/09/2026 (age 12); it is sent"
        " automatically from 15/09/2030 (age 16)."
    )
    teen = child_card_notice(born, D("2027-01-01"))
    assert teen is not None
    assert str(teen).startswith("Since 15/09/2026 (age 12) this child may request")
    assert child_card_notice(born, D("2030-09-15")) is None
    assert child_card_notice(None, D("2026-01-01")) is None


# ------------------------------------------------------------------------------- properties

operations = st.lists(
    st.tuples(st.sampled_from(list(OrderStep)), st.integers(min_value=-3, max_value=10)),
    max_size=8,
)


@settings(max_examples=400, deadline=None)
@given(operations, st.sampled_from(list(OrderChannel)))
def test_any_accepted_history_moves_forward_in_time_and_steps(
    ops: list[tuple[OrderStep, int]], channel: OrderChannel
) -> None:
    """Apply random steps; refused ones leave the order unchanged. What remains is always a valid
    history: requested first, forward steps in order, dates never decreasing, closed at the end."""
    order = VitaleOrder.request(D("2026-03-02"), channel)
    day = order.requested_on
    for step, delta in ops:
        try:
            order = order.advance(step, day + timedelta(days=delta))
        except UserError:
            continue
        day = order.current.on
    steps = [r.step for r in order.history]
    dates = [r.on for r in order.history]
    assert steps[0] is OrderStep.REQUESTED
    assert dates == sorted(dates)
    assert all(s not in (OrderStep.RECEIVED, OrderStep.CANCELLED) for s in steps[:-1])
    forward = [FORWARD_STEPS.index(s) for s in steps if s is not OrderStep.CANCELLED]
    assert forward == sorted(set(forward))
    assert VitaleOrder.from_history(channel, order.history) == order
    if order.is_overdue(D("2026-06-01")):
        assert not order.is_closed


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=D("1990-01-01"), max_value=D("2030-12-31")), st.integers(1, 30))
def test_birthday_is_the_first_day_of_the_age(born: date, years: int) -> None:
    from ameli_desktop.domain.dates import age_on

    day = birthday(born, years)
    assert age_on(born, day) == years
    assert age_on(born, day - timedelta(days=1)) == years - 1
