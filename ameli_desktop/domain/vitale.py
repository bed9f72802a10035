"""Carte Vitale: a card's status, what a loss/theft/breakage implies, and orders as a state machine.

Facts (resources/facts.toml, section [vitale]; ameli.fr, april.fr, Connexion France): about 2 weeks
to arrive when ordered online, 3 by post; a lost or stolen card is blocked at once and cannot be
used again; when the new card is not ordered right after blocking, one waits up to 2 days before
ordering; children may request their own card from 12 and get it automatically at 16; while waiting,
an attestation de droits proves the cover. ``today`` is always a parameter.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ameli_desktop.domain.dates import add_years, age_on
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, ConflictError, UserError
from ameli_desktop.domain.facts import VitaleFacts, default_facts
from ameli_desktop.domain.texts import Text, text

CONTEXT = "Vitale"
ONE_DAY = timedelta(days=1)


def _facts(facts: VitaleFacts | None) -> VitaleFacts:
    return facts if facts is not None else default_facts().vitale


def _not_after_today(day: date, today: date | None, field: str) -> None:
    if today is not None and day > today:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The date {day} is in the future (today is {today})."),
            field=field,
            day=day.isoformat(),
            today=today.isoformat(),
        )


# ----------------------------------------------------------------------------- card status


class CardStatus(StrEnum):
    ACTIVE = "active"
    LOST = "lost"
    STOLEN = "stolen"
    BROKEN = "broken"
    BLOCKED = "blocked"
    REPLACED = "replaced"


INCIDENTS = frozenset({CardStatus.LOST, CardStatus.STOLEN, CardStatus.BROKEN})
"""What a user declares; each blocks the card at once."""

UNUSABLE = frozenset(
    {CardStatus.LOST, CardStatus.STOLEN, CardStatus.BROKEN, CardStatus.BLOCKED, CardStatus.REPLACED}
)
"""A card in one of these states cannot be used again, even when found or working."""

_BLOCKED_FAMILY = frozenset(
    {CardStatus.LOST, CardStatus.STOLEN, CardStatus.BROKEN, CardStatus.BLOCKED}
)

_ALLOWED_CHANGES: dict[CardStatus, frozenset[CardStatus]] = {
    CardStatus.ACTIVE: frozenset(_BLOCKED_FAMILY | {CardStatus.REPLACED}),
    # A lost card later known to be stolen may be re-qualified; it never becomes usable again.
    **{
        status: frozenset((_BLOCKED_FAMILY - {status}) | {CardStatus.REPLACED})
        for status in _BLOCKED_FAMILY
    },
    CardStatus.REPLACED: frozenset(),
}


def allowed_status_changes(current: CardStatus) -> frozenset[CardStatus]:
    """Statuses a card may move to: never back to active once blocked, nothing after replaced."""
    return _ALLOWED_CHANGES[current]


def check_status_change(current: CardStatus, new: CardStatus) -> None:
    """Refuse a change that would make a blocked card usable again (or touch a replaced card)."""
    if new not in _ALLOWED_CHANGES[current]:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A carte Vitale that is {current} cannot become {new}: a blocked card cannot be"
                " used again.",
            ),
            field="status",
            current=current.value,
            new=new.value,
        )


@dataclass(frozen=True, slots=True)
class Incident:
    """A declared loss, theft or breakage: the card is blocked from ``blocked_on`` for good."""

    kind: CardStatus
    blocked_on: date
    ordered_at_once: bool
    order_possible_from: date  # blocked_on if ordered at once, else + wait_after_block_days

    def consequences(self) -> list[Text]:
        """What follows, in the order the user needs it."""
        result = [
            text(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Vitale",
                    "The card is blocked since {blocked_on} and cannot be used again, even if it is"
                    " found.",
                ),
                blocked_on=self.blocked_on,
            )
        ]
        if self.ordered_at_once:
            result.append(
                text(CONTEXT, QT_TRANSLATE_NOOP("Vitale", "A new card was ordered at once."))
            )
        else:
            result.append(
                text(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Vitale",
                        "Not ordered at once: a new card can be ordered from {order_from}"
                        " (up to {wait_days} days after blocking).",
                    ),
                    order_from=self.order_possible_from,
                    wait_days=(self.order_possible_from - self.blocked_on).days,
                )
            )
        return result


def declare_incident(
    kind: CardStatus,
    on: date,
    *,
    current: CardStatus = CardStatus.ACTIVE,
    ordered_at_once: bool = False,
    today: date | None = None,
    facts: VitaleFacts | None = None,
) -> Incident:
    """Declare a loss, theft or breakage on ``on``: the card is blocked that day.

    Worked example: blocked on 03/03/2026 and not ordered at once -> ordering possible from
    05/03/2026 (03/03 + wait_after_block_days 2).

    Raises:
        UserError: ``kind`` is not an incident, ``on`` is in the future, or the card is already
            replaced.
    """
    if kind not in INCIDENTS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{kind}” is not something to declare: choose lost, stolen or broken."
            ),
            field="status",
            kind=kind.value,
        )
    check_status_change(current, kind)
    _not_after_today(on, today, "blocked_on")
    return Incident(kind, on, ordered_at_once, order_possible_from(on, ordered_at_once, facts))


def order_possible_from(
    blocked_on: date, ordered_at_once: bool, facts: VitaleFacts | None = None
) -> date:
    """The day a new card can be ordered: at once, or up to 2 days after blocking if not ordered
    right away (Connexion France)."""
    wait = 0 if ordered_at_once else _facts(facts).wait_after_block_days
    return blocked_on + timedelta(days=wait)


# ---------------------------------------------------------------------------------- orders


class OrderStep(StrEnum):
    REQUESTED = "requested"
    DOCUMENTS_SENT = "documents_sent"
    IN_PRODUCTION = "in_production"
    SHIPPED = "shipped"
    RECEIVED = "received"
    CANCELLED = "cancelled"


FORWARD_STEPS: tuple[OrderStep, ...] = (
    OrderStep.REQUESTED,
    OrderStep.DOCUMENTS_SENT,
    OrderStep.IN_PRODUCTION,
    OrderStep.SHIPPED,
    OrderStep.RECEIVED,
)
CLOSING_STEPS = frozenset({OrderStep.RECEIVED, OrderStep.CANCELLED})


class OrderChannel(StrEnum):
    ONLINE = "online"
    POST = "post"


@dataclass(frozen=True, slots=True)
class StepRecord:
    step: OrderStep
    on: date


def _step_label(step: OrderStep) -> str:
    return step.value.replace("_", " ")


@dataclass(frozen=True, slots=True)
class VitaleOrder:
    """An order and its dated history. Built only through :meth:`request`, :meth:`advance` and
    :meth:`from_history`, which enforce the state machine:

    requested -> documents sent -> in production -> shipped -> received, steps may be skipped
    (users do not always know when production started) but never repeated or taken backwards;
    cancelled from any open step; nothing after received or cancelled; no step dated before the
    previous one (same day allowed).
    """

    channel: OrderChannel
    history: tuple[StepRecord, ...]

    @classmethod
    def request(
        cls, on: date, channel: OrderChannel = OrderChannel.ONLINE, *, today: date | None = None
    ) -> "VitaleOrder":
        _not_after_today(on, today, "requested_on")
        return cls(channel, (StepRecord(OrderStep.REQUESTED, on),))

    @classmethod
    def from_history(
        cls, channel: OrderChannel, steps: Iterable[tuple[OrderStep, date] | StepRecord]
    ) -> "VitaleOrder":
        """Rebuild (and re-validate) an order from stored steps, oldest first."""
        records = [s if isinstance(s, StepRecord) else StepRecord(*s) for s in steps]
        if not records or records[0].step is not OrderStep.REQUESTED:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "An order's history must start with “requested”."),
                field="step",
            )
        order = cls(channel, (records[0],))
        for record in records[1:]:
            order = order.advance(record.step, record.on)
        return order

    # -- state
    @property
    def current(self) -> StepRecord:
        return self.history[-1]

    @property
    def step(self) -> OrderStep:
        return self.history[-1].step

    @property
    def requested_on(self) -> date:
        return self.history[0].on

    @property
    def is_closed(self) -> bool:
        return self.step in CLOSING_STEPS

    def date_of(self, step: OrderStep) -> date | None:
        return next((r.on for r in self.history if r.step is step), None)

    def next_steps(self) -> tuple[OrderStep, ...]:
        """Steps the order may move to now (for the GUI's buttons): later ones, or cancel."""
        if self.is_closed:
            return ()
        position = FORWARD_STEPS.index(self.step)
        return (*FORWARD_STEPS[position + 1 :], OrderStep.CANCELLED)

    def advance(self, step: OrderStep, on: date, *, today: date | None = None) -> "VitaleOrder":
        """The order with one more dated step.

        Raises:
            ConflictError: the order is closed, or the step is not after the current one.
            UserError: the date is before the previous step's date, or in the future.
        """
        if self.is_closed:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This order is already {current}: nothing can follow (“{step}” refused).",
                ),
                field="step",
                current=_step_label(self.step),
                step=_step_label(step),
            )
        if step not in self.next_steps():
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "An order that is {current} cannot go to “{step}”: steps only move forward.",
                ),
                field="step",
                current=_step_label(self.step),
                step=_step_label(step),
            )
        if on < self.current.on:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{step}” on {on} is before the previous step (“{previous}” on {previous_on}).",
                ),
                field="on",
                step=_step_label(step),
                on=on.isoformat(),
                previous=_step_label(self.step),
                previous_on=self.current.on.isoformat(),
            )
        _not_after_today(on, today, "on")
        return VitaleOrder(self.channel, (*self.history, StepRecord(step, on)))

    # -- delivery
    def expected_delivery(self, facts: VitaleFacts | None = None) -> date:
        """Requested + about 2 weeks online / 3 weeks by post: 02/03/2026 online -> 16/03/2026."""
        f = _facts(facts)
        days = (
            f.delivery_days_online if self.channel is OrderChannel.ONLINE else f.delivery_days_post
        )
        return self.requested_on + timedelta(days=days)

    def days_overdue(self, today: date, facts: VitaleFacts | None = None) -> int:
        """Days past the expected delivery while still open; 0 when closed or not late yet."""
        if self.is_closed:
            return 0
        return max(0, (today - self.expected_delivery(facts)).days)

    def is_overdue(self, today: date, facts: VitaleFacts | None = None) -> bool:
        return self.days_overdue(today, facts) > 0


def order_checklist(facts: VitaleFacts | None = None) -> tuple[str, ...]:
    """What an order needs (photo 35x45 mm, ID, for a child the parent's account), from facts."""
    return _facts(facts).order_checklist


def attestation_suggested(card_status: CardStatus | None, orders: Sequence[VitaleOrder]) -> bool:
    """Suggest the attestation de droits while a new card is on its way or the card is blocked.

    ``card_status`` is the person's current card (None when none is recorded: nothing is known).
    """
    waiting = any(not order.is_closed for order in orders)
    return waiting or card_status in _BLOCKED_FAMILY


def while_waiting_advice(facts: VitaleFacts | None = None) -> str:
    """The attestation de droits advice, as written in facts.toml."""
    return _facts(facts).while_waiting


# --------------------------------------------------------------------------------- children


class ChildCardStage(StrEnum):
    TOO_YOUNG = "too_young"  # on a parent's card
    MAY_REQUEST = "may_request"  # from request_age (12): may request their own card
    AUTOMATIC = "automatic"  # from automatic_age (16): the card is sent automatically


def birthday(born: date, years: int) -> date:
    """The first day on which :func:`age_on` reaches ``years``.

    Consistent with age_on, someone born on 29/02/2012 turns 13 on 01/03/2025 (not 28/02).
    """
    day = add_years(born, years)
    return day if age_on(born, day) >= years else day + ONE_DAY


@dataclass(frozen=True, slots=True)
class ChildCardMilestones:
    may_request_from: date
    automatic_from: date

    def stage(self, today: date) -> ChildCardStage:
        if today >= self.automatic_from:
            return ChildCardStage.AUTOMATIC
        if today >= self.may_request_from:
            return ChildCardStage.MAY_REQUEST
        return ChildCardStage.TOO_YOUNG


def child_card_milestones(born: date, facts: VitaleFacts | None = None) -> ChildCardMilestones:
    """Born 15/09/2014 -> may request from 15/09/2026, card sent automatically from 15/09/2030."""
    f = _facts(facts)
    return ChildCardMilestones(birthday(born, f.request_age), birthday(born, f.automatic_age))


def child_card_notice(
    born: date | None, today: date, facts: VitaleFacts | None = None
) -> Text | None:
    """What to point out about a minor's own card, with dates; None from 16 or if no birth date."""
    if born is None:
        return None
    f = _facts(facts)
    milestones = child_card_milestones(born, f)
    stage = milestones.stage(today)
    if stage is ChildCardStage.AUTOMATIC:
        return None
    if stage is ChildCardStage.MAY_REQUEST:
        return text(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Vitale",
                "Since {may_request_from} (age {request_age}) this child may request their own"
                " carte Vitale; it is sent automatically from {automatic_from} (age"
                " {automatic_age}).",
            ),
            may_request_from=milestones.may_request_from,
            request_age=f.request_age,
            automatic_from=milestones.automatic_from,
            automatic_age=f.automatic_age,
        )
    return text(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Vitale",
            "This child may request their own carte Vitale from {may_request_from} (age"
            " {request_age}); it is sent automatically from {automatic_from} (age"
            " {automatic_age}).",
        ),
        may_request_from=milestones.may_request_from,
        request_age=f.request_age,
        automatic_from=milestones.automatic_from,
        automatic_age=f.automatic_age,
    )
