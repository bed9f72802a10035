"""Carte Vitale use cases: a person's card, declaring a loss/theft/breakage, orders and their steps.

The rules (what may follow what, dates, delivery, overdue, children's ages) are in
:mod:`ameli_desktop.domain.vitale`; stored histories are re-validated through them when loaded.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, UserError
from ameli_desktop.domain.texts import Text
from ameli_desktop.domain.vitale import (
    CardStatus,
    ChildCardMilestones,
    ChildCardStage,
    Incident,
    OrderChannel,
    OrderStep,
    StepRecord,
    attestation_suggested,
    check_status_change,
    child_card_milestones,
    child_card_notice,
    declare_incident,
    order_possible_from,
    while_waiting_advice,
)
from ameli_desktop.domain.vitale import VitaleOrder as OrderRule
from ameli_desktop.services.attention import AttentionItem, Severity
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService, PersonRecord
from ameli_desktop.storage.models import Person, VitaleCard, VitaleOrder, VitaleOrderStep

AREA = "card_orders"
ORDER_KIND = "vitale_order"  # attachments' owner_kind for an order
MAX_SERIAL_LENGTH = 40
MAX_NOTES_LENGTH = 500
CHILD_NOTICE_DAYS = 60  # point out a child's 12th/16th birthday this many days ahead


@dataclass(frozen=True, slots=True)
class CardRecord:
    id: int
    person_id: int
    serial: str
    status: CardStatus
    blocked_on: date | None
    ordered_at_once: bool
    incident: Incident | None  # what blocking implies (None for an active or replaced card)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "serial": self.serial,
            "status": self.status.value,
            "blocked_on": self.blocked_on.isoformat() if self.blocked_on else None,
            "order_possible_from": (
                self.incident.order_possible_from.isoformat() if self.incident else None
            ),
        }


@dataclass(frozen=True, slots=True)
class OrderRecord:
    id: int
    person_id: int
    notes: str
    order: OrderRule  # channel and dated history, validated
    expected_delivery: date
    days_overdue: int  # on the day the record was read
    checklist_done: tuple[str, ...] = ()  # the checklist lines ticked (facts.toml's English)

    @property
    def step(self) -> OrderStep:
        return self.order.step

    @property
    def requested_on(self) -> date:
        return self.order.requested_on

    @property
    def is_open(self) -> bool:
        return not self.order.is_closed

    @property
    def is_overdue(self) -> bool:
        return self.days_overdue > 0

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "channel": self.order.channel.value,
            "step": self.step.value,
            "history": [{"step": r.step.value, "on": r.on.isoformat()} for r in self.order.history],
            "expected_delivery": self.expected_delivery.isoformat(),
            "overdue": self.is_overdue,
            "days_overdue": self.days_overdue,
            "checklist_done": list(self.checklist_done),
        }


@dataclass(frozen=True, slots=True)
class PersonVitale:
    person: PersonRecord
    card: CardRecord | None  # the current card (the most recent one)
    past_cards: tuple[CardRecord, ...]
    orders: tuple[OrderRecord, ...]  # newest first
    child_notice: Text | None
    attestation: str  # the attestation de droits advice when it applies, else ""
    child_milestones: ChildCardMilestones | None = None  # under 16 with a birth date
    child_stage: ChildCardStage | None = None

    @property
    def open_order(self) -> OrderRecord | None:
        return next((o for o in self.orders if o.is_open), None)

    @property
    def needs_order(self) -> bool:
        """Blocked (lost, stolen, broken) and no order under way or received since."""
        if self.card is None or self.card.status not in _BLOCKED:
            return False
        blocked = self.card.blocked_on or date.min
        return not any(
            o.is_open or (o.step is OrderStep.RECEIVED and o.requested_on >= blocked)
            for o in self.orders
        )

    def to_json(self) -> dict[str, object]:
        return {
            "person": self.person.name,
            "card": self.card.to_json() if self.card else None,
            "orders": [o.to_json() for o in self.orders],
            "child_notice": str(self.child_notice) if self.child_notice else None,
            "attestation": self.attestation or None,
        }


_BLOCKED = frozenset({CardStatus.LOST, CardStatus.STOLEN, CardStatus.BROKEN, CardStatus.BLOCKED})


def _clean(text: str, limit: int, field: str) -> str:
    clean = " ".join(text.split())
    if len(clean) > limit:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "This text is longer than {limit} characters."),
            field=field,
            limit=limit,
        )
    return clean


def _order_not_found(order_id: int) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "There is no carte Vitale order with id {id}."),
        field="order",
        id=order_id,
    )


class VitaleService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.facts = ctx.facts.vitale

    # ------------------------------------------------------------------ reading
    def _card(self, row: VitaleCard) -> CardRecord:
        assert row.id is not None
        status = CardStatus(row.status)
        incident = None
        if status in _BLOCKED and row.blocked_on is not None:
            incident = Incident(
                status,
                row.blocked_on,
                row.ordered_at_once,
                order_possible_from(row.blocked_on, row.ordered_at_once, self.facts),
            )
        return CardRecord(
            row.id,
            row.person_id,
            row.serial,
            status,
            row.blocked_on,
            row.ordered_at_once,
            incident,
        )

    def _order(self, row: VitaleOrder, steps: list[VitaleOrderStep], today: date) -> OrderRecord:
        assert row.id is not None
        rule = OrderRule.from_history(
            OrderChannel(row.channel),
            [StepRecord(OrderStep(s.step), s.step_date) for s in sorted(steps, key=_position)],
        )
        return OrderRecord(
            row.id,
            row.person_id,
            row.notes,
            rule,
            rule.expected_delivery(self.facts),
            rule.days_overdue(today, self.facts),
            self._ticked(row.checklist_done),
        )

    def _ticked(self, stored: str) -> tuple[str, ...]:
        """The stored ticks that are still lines of the checklist, in the checklist's order."""
        try:
            done = set(json.loads(stored or "[]"))
        except (ValueError, TypeError):
            done = set()
        return tuple(line for line in self.facts.order_checklist if line in done)

    def _checked_lines(self, done: Sequence[str]) -> str:
        """Ticks to store: only lines of the checklist (facts.toml), each once, as JSON."""
        for line in done:
            if line not in self.facts.order_checklist:
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "“{value}” is not a line of the order checklist."),
                    field="checklist",
                    value=line,
                )
        return json.dumps([line for line in self.facts.order_checklist if line in set(done)])

    def people(self, person_id: int | None = None, today: date | None = None) -> list[PersonVitale]:
        day = today or self.ctx.today()
        people = PeopleService(self.ctx).all()
        if person_id is not None:
            people = [p for p in people if p.id == person_id]
        with self.ctx.read() as session:
            cards: dict[int, list[CardRecord]] = {}
            for row in session.scalars(select(VitaleCard).order_by(VitaleCard.id.desc())):  # type: ignore[union-attr]
                cards.setdefault(row.person_id, []).append(self._card(row))
            steps: dict[int, list[VitaleOrderStep]] = {}
            for step in session.scalars(select(VitaleOrderStep)):
                steps.setdefault(step.order_id, []).append(step)
            orders: dict[int, list[OrderRecord]] = {}
            for row in session.scalars(select(VitaleOrder).order_by(VitaleOrder.id.desc())):  # type: ignore[union-attr]
                assert row.id is not None
                orders.setdefault(row.person_id, []).append(
                    self._order(row, steps.get(row.id, []), day)
                )
        result = []
        for person in people:
            person_cards = cards.get(person.id, [])
            card = person_cards[0] if person_cards else None
            person_orders = tuple(orders.get(person.id, []))
            suggest = attestation_suggested(
                card.status if card else None, [o.order for o in person_orders]
            )
            milestones = child_card_milestones(person.born, self.facts) if person.born else None
            stage = milestones.stage(day) if milestones else None
            if stage is ChildCardStage.AUTOMATIC:
                milestones, stage = None, None
            result.append(
                PersonVitale(
                    person,
                    card,
                    tuple(person_cards[1:]),
                    person_orders,
                    child_card_notice(person.born, day, self.facts),
                    while_waiting_advice(self.facts) if suggest else "",
                    milestones,
                    stage,
                )
            )
        return result

    def person(self, person_id: int, today: date | None = None) -> PersonVitale:
        found = self.people(person_id, today)
        if not found:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."),
                field="person",
                id=person_id,
            )
        return found[0]

    def order(self, order_id: int, today: date | None = None) -> OrderRecord:
        day = today or self.ctx.today()
        with self.ctx.read() as session:
            row = session.get(VitaleOrder, order_id)
            if row is None:
                raise _order_not_found(order_id)
            steps = list(
                session.scalars(select(VitaleOrderStep).where(VitaleOrderStep.order_id == order_id))
            )
            return self._order(row, steps, day)

    # ------------------------------------------------------------------ the card
    def _require_person(self, session: Session, person_id: int) -> None:
        if session.get(Person, person_id) is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."),
                field="person",
                id=person_id,
            )

    @staticmethod
    def _current_row(session: Session, person_id: int) -> VitaleCard | None:
        return session.scalars(  # type: ignore[no-any-return]
            select(VitaleCard)
            .where(VitaleCard.person_id == person_id)
            .order_by(VitaleCard.id.desc())  # type: ignore[union-attr]
        ).first()

    def set_serial(self, person_id: int, serial: str) -> CardRecord:
        """Record the serial of the current card (an active card is created when there is none,
        or when the last one was replaced)."""
        clean = _clean(serial, MAX_SERIAL_LENGTH, "serial")
        with self.ctx.write() as session:
            self._require_person(session, person_id)
            row = self._current_row(session, person_id)
            if row is None or row.status == CardStatus.REPLACED:
                row = VitaleCard(person_id=person_id, status=CardStatus.ACTIVE.value)
                session.add(row)
            row.serial = clean
            session.flush()
            return self._card(row)

    def declare_incident(
        self,
        person_id: int,
        kind: CardStatus,
        on: date,
        *,
        ordered_at_once: bool = False,
        channel: OrderChannel = OrderChannel.ONLINE,
    ) -> PersonVitale:
        """A loss, theft or breakage: the card is blocked from ``on`` and never used again.

        With ``ordered_at_once`` the new card's order is recorded too, requested the same day.
        """
        today = self.ctx.today()
        with self.ctx.write() as session:
            self._require_person(session, person_id)
            row = self._current_row(session, person_id)
            current = CardStatus(row.status) if row is not None else CardStatus.ACTIVE
            declare_incident(
                kind,
                on,
                current=current,
                ordered_at_once=ordered_at_once,
                today=today,
                facts=self.facts,
            )
            if row is None:
                row = VitaleCard(person_id=person_id)
                session.add(row)
            row.status = kind.value
            row.blocked_on = on
            row.ordered_at_once = ordered_at_once
            if ordered_at_once:
                self._refuse_second_open_order(session, person_id)
                self._insert_order(session, person_id, OrderRule.request(on, channel), "")
        return self.person(person_id)

    def set_status(self, person_id: int, status: CardStatus, on: date | None = None) -> CardRecord:
        """Any other allowed change (e.g. blocked by the caisse); never back to active."""
        with self.ctx.write() as session:
            row = self._current_row(session, person_id)
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "No carte Vitale is recorded for this person."),
                    field="status",
                )
            check_status_change(CardStatus(row.status), status)
            row.status = status.value
            if status in _BLOCKED and row.blocked_on is None:
                row.blocked_on = on or self.ctx.today()
            session.flush()
            return self._card(row)

    # ------------------------------------------------------------------ orders
    def _refuse_second_open_order(self, session: Session, person_id: int) -> None:
        today = self.ctx.today()
        for row in session.scalars(select(VitaleOrder).where(VitaleOrder.person_id == person_id)):
            steps = list(
                session.scalars(select(VitaleOrderStep).where(VitaleOrderStep.order_id == row.id))
            )
            if not self._order(row, steps, today).order.is_closed:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "An order for this person is already under way (order {id}): advance or"
                        " cancel it first.",
                    ),
                    field="order",
                    id=row.id,
                )

    @staticmethod
    def _insert_order(
        session: Session, person_id: int, rule: OrderRule, notes: str, ticks: str = "[]"
    ) -> int:
        row = VitaleOrder(
            person_id=person_id, channel=rule.channel.value, notes=notes, checklist_done=ticks
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        for position, record in enumerate(rule.history):
            session.add(
                VitaleOrderStep(
                    order_id=row.id, step=record.step.value, step_date=record.on, position=position
                )
            )
        session.flush()
        return row.id

    def place_order(
        self,
        person_id: int,
        requested_on: date,
        channel: OrderChannel = OrderChannel.ONLINE,
        notes: str = "",
        checklist_done: Sequence[str] = (),
    ) -> OrderRecord:
        """A new order, requested on ``requested_on``; one open order per person at a time.
        ``checklist_done``: the checklist lines already ticked (English, as in facts.toml)."""
        rule = OrderRule.request(requested_on, channel, today=self.ctx.today())
        clean_notes = _clean(notes, MAX_NOTES_LENGTH, "notes")
        ticks = self._checked_lines(checklist_done)
        with self.ctx.write() as session:
            self._require_person(session, person_id)
            self._refuse_second_open_order(session, person_id)
            order_id = self._insert_order(session, person_id, rule, clean_notes, ticks)
        return self.order(order_id)

    def set_checklist(self, order_id: int, done: Sequence[str]) -> OrderRecord:
        """Tick the checklist lines ``done`` of an order (the others are unticked)."""
        ticks = self._checked_lines(done)
        with self.ctx.write() as session:
            row = session.get(VitaleOrder, order_id)
            if row is None:
                raise _order_not_found(order_id)
            row.checklist_done = ticks
        return self.order(order_id)

    def advance_order(self, order_id: int, step: OrderStep, on: date) -> OrderRecord:
        """Record the next step. Receiving the card makes it the person's current, active card
        (a previous active card becomes "replaced"; a blocked one stays lost/stolen/broken)."""
        today = self.ctx.today()
        with self.ctx.write() as session:
            row = session.get(VitaleOrder, order_id)
            if row is None:
                raise _order_not_found(order_id)
            steps = list(
                session.scalars(select(VitaleOrderStep).where(VitaleOrderStep.order_id == order_id))
            )
            self._order(row, steps, today).order.advance(step, on, today=today)  # validates
            session.add(
                VitaleOrderStep(
                    order_id=order_id, step=step.value, step_date=on, position=len(steps)
                )
            )
            if step is OrderStep.RECEIVED:
                card = self._current_row(session, row.person_id)
                if card is not None and card.status == CardStatus.ACTIVE:
                    # A blocked card keeps saying why (lost, stolen...); an active one is replaced.
                    check_status_change(CardStatus.ACTIVE, CardStatus.REPLACED)
                    card.status = CardStatus.REPLACED.value
                session.add(VitaleCard(person_id=row.person_id, status=CardStatus.ACTIVE.value))
            session.flush()
        return self.order(order_id)

    def remove_order(self, order_id: int) -> None:
        with self.ctx.write() as session:
            row = session.get(VitaleOrder, order_id)
            if row is None:
                raise _order_not_found(order_id)
            session.delete(row)
        from ameli_desktop.services.attachments import AttachmentService

        AttachmentService(self.ctx).remove_all(ORDER_KIND, order_id)

    # ------------------------------------------------------------------ overview
    def attention(self) -> list[AttentionItem]:
        """Orders overdue, blocked cards with no order, children reaching 12 or 16 soon."""
        day = self.ctx.today()
        items: list[AttentionItem] = []
        for entry in self.people(today=day):
            name = entry.person.name
            for order in entry.orders:
                if order.is_overdue:
                    items.append(
                        AttentionItem(
                            area=AREA,
                            severity=Severity.URGENT,
                            title=QT_TRANSLATE_NOOP(
                                "Attention", "{name}'s carte Vitale order is overdue"
                            ),
                            detail=QT_TRANSLATE_NOOP(
                                "Attention",
                                "Expected yesterday, {expected}. Call 3646 or check your ameli"
                                " account; meanwhile use an attestation de droits.",
                            )
                            if order.days_overdue == 1
                            else QT_TRANSLATE_NOOP(
                                "Attention",
                                "Expected on {expected}, {days} days ago. Call 3646 or check"
                                " your ameli account; meanwhile use an attestation de droits.",
                            ),
                            params=(
                                ("name", name),
                                ("expected", format_date(order.expected_delivery)),
                                ("days", str(order.days_overdue)),
                            ),
                            due=order.expected_delivery,
                            person_id=entry.person.id,
                            record_kind=ORDER_KIND,
                            record_id=order.id,
                        )
                    )
            if entry.needs_order and entry.card is not None and entry.card.incident is not None:
                items.append(
                    AttentionItem(
                        area=AREA,
                        severity=Severity.SOON,
                        title=QT_TRANSLATE_NOOP(
                            "Attention", "{name}'s carte Vitale is blocked: order a new one"
                        ),
                        detail=QT_TRANSLATE_NOOP(
                            "Attention", "Blocked on {blocked}; ordering is possible from {from}."
                        ),
                        params=(
                            ("name", name),
                            ("blocked", format_date(entry.card.blocked_on)),
                            ("from", format_date(entry.card.incident.order_possible_from)),
                        ),
                        due=entry.card.incident.order_possible_from,
                        person_id=entry.person.id,
                        record_kind="vitale_card",
                        record_id=entry.card.id,
                    )
                )
            if entry.person.born is not None:
                milestones = child_card_milestones(entry.person.born, self.facts)
                for when, title in (
                    (
                        milestones.may_request_from,
                        QT_TRANSLATE_NOOP(
                            "Attention", "{name} may request their own carte Vitale from {date}"
                        ),
                    ),
                    (
                        milestones.automatic_from,
                        QT_TRANSLATE_NOOP(
                            "Attention",
                            "{name} gets their own carte Vitale automatically on {date}",
                        ),
                    ),
                ):
                    if 0 <= (when - day).days <= CHILD_NOTICE_DAYS:
                        items.append(
                            AttentionItem(
                                area=AREA,
                                severity=Severity.INFO,
                                title=title,
                                params=(("name", name), ("date", format_date(when))),
                                due=when,
                                person_id=entry.person.id,
                                record_kind="person",
                                record_id=entry.person.id,
                            )
                        )
        return items


def _position(step: VitaleOrderStep) -> int:
    return step.position
