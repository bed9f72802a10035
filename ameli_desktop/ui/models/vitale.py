"""Tables of the Card orders tab: each person's carte Vitale, and one person's orders."""

from typing import Any

from PySide6.QtCore import QObject

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.vitale import CardStatus, ChildCardStage, OrderChannel, OrderStep
from ameli_desktop.services.vitale import OrderRecord, PersonVitale
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.models.ceam import BAD, GOOD, NEUTRAL, WARN
from ameli_desktop.ui.models.table import Column, Table, TableModel, day_column

CARD_COLOURS = {
    CardStatus.ACTIVE: GOOD,
    CardStatus.LOST: BAD,
    CardStatus.STOLEN: BAD,
    CardStatus.BROKEN: BAD,
    CardStatus.BLOCKED: BAD,
    CardStatus.REPLACED: NEUTRAL,
}


class Labels(QObject):
    """Translated names of card statuses, order steps and channels (shared by the tab's views)."""

    def card(self, status: CardStatus | None) -> str:
        if status is None:
            return self.tr("No card recorded")
        return {
            CardStatus.ACTIVE: self.tr("Active"),
            CardStatus.LOST: self.tr("Lost (blocked)"),
            CardStatus.STOLEN: self.tr("Stolen (blocked)"),
            CardStatus.BROKEN: self.tr("Broken (blocked)"),
            CardStatus.BLOCKED: self.tr("Blocked"),
            CardStatus.REPLACED: self.tr("Replaced"),
        }[status]

    def step(self, step: OrderStep) -> str:
        return {
            OrderStep.REQUESTED: self.tr("Requested"),
            OrderStep.DOCUMENTS_SENT: self.tr("Documents sent"),
            OrderStep.IN_PRODUCTION: self.tr("In production"),
            OrderStep.SHIPPED: self.tr("Shipped"),
            OrderStep.RECEIVED: self.tr("Received"),
            OrderStep.CANCELLED: self.tr("Cancelled"),
        }[step]

    def days(self, count: int) -> str:
        """ "1 day", "3 days" (Qt's %n plurals need a translation even in English)."""
        return self.tr("1 day") if count == 1 else self.tr("{count} days").format(count=count)

    def channel(self, channel: OrderChannel) -> str:
        return {OrderChannel.ONLINE: self.tr("Online"), OrderChannel.POST: self.tr("By post")}[
            channel
        ]


LABELS = Labels()  # the tables' texts (no parent: it lives as long as the module)


def _flag(entry: PersonVitale) -> str:
    """What needs attention: an overdue order, a blocked card to replace, a child's ages."""
    order = entry.open_order
    if order is not None and order.is_overdue:
        return translate("VitaleCardsModel", "Overdue by {days}").format(
            days=LABELS.days(order.days_overdue)
        )
    if entry.needs_order:
        return translate("VitaleCardsModel", "Blocked: order a new card")
    milestones = entry.child_milestones
    if milestones is not None and entry.child_stage is ChildCardStage.TOO_YOUNG:
        return translate("VitaleCardsModel", "Own card on request from {date}").format(
            date=formatting.day(milestones.may_request_from)
        )
    if milestones is not None and entry.child_stage is ChildCardStage.MAY_REQUEST:
        return translate("VitaleCardsModel", "May request own card; automatic on {date}").format(
            date=formatting.day(milestones.automatic_from)
        )
    return ""


def _flag_colour(entry: PersonVitale) -> Any:
    order = entry.open_order
    if order is not None and order.is_overdue:
        return BAD
    return WARN if entry.needs_order else None


def _expected(entry: PersonVitale) -> Any:
    return entry.open_order.expected_delivery if entry.open_order else None


CARDS: Table[PersonVitale] = Table(
    "VitaleCardsModel",
    (
        Column(QT_TRANSLATE_NOOP("VitaleCardsModel", "Person"), lambda e: e.person.name),
        Column(
            QT_TRANSLATE_NOOP("VitaleCardsModel", "Carte Vitale"),
            lambda e: LABELS.card(e.card.status if e.card else None),
            background=lambda e: CARD_COLOURS[e.card.status] if e.card else None,
        ),
        Column(
            QT_TRANSLATE_NOOP("VitaleCardsModel", "Serial"),
            lambda e: e.card.serial if e.card else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("VitaleCardsModel", "Order"),
            lambda e: LABELS.step(e.open_order.step) if e.open_order else "",
        ),
        day_column(
            QT_TRANSLATE_NOOP("VitaleCardsModel", "Expected"),
            _expected,
        ),
        Column(
            QT_TRANSLATE_NOOP("VitaleCardsModel", "Attention"),
            _flag,
            tooltip=lambda e: _flag(e) or None,
            background=_flag_colour,
            stretch=True,
        ),
    ),
    row_id=lambda e: e.person.id,
)


class VitaleCardsModel(TableModel[PersonVitale]):
    PERSON, CARD, SERIAL, ORDER, EXPECTED, FLAG = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(CARDS, parent)

    def entry_at(self, row: int) -> PersonVitale:
        return self.row_at(row)

    @staticmethod
    def flag(entry: PersonVitale) -> str:
        return _flag(entry)


def _step(order: OrderRecord) -> str:
    return f"{LABELS.step(order.step)} ({formatting.day(order.order.current.on)})"


ORDERS: Table[OrderRecord] = Table(
    "OrdersModel",
    (
        Column(QT_TRANSLATE_NOOP("OrdersModel", "Order"), lambda o: str(o.id), sort=lambda o: o.id),
        day_column(
            QT_TRANSLATE_NOOP("OrdersModel", "Requested"),
            lambda o: o.requested_on,
        ),
        Column(
            QT_TRANSLATE_NOOP("OrdersModel", "Channel"), lambda o: LABELS.channel(o.order.channel)
        ),
        Column(QT_TRANSLATE_NOOP("OrdersModel", "Step"), _step, stretch=True),
        Column(
            QT_TRANSLATE_NOOP("OrdersModel", "Expected"),
            lambda o: formatting.day(o.expected_delivery) if o.is_open else "",
            sort=lambda o: formatting.sort_day(o.expected_delivery if o.is_open else None),
        ),
        Column(
            QT_TRANSLATE_NOOP("OrdersModel", "Overdue"),
            lambda o: LABELS.days(o.days_overdue) if o.is_overdue else "",
            sort=lambda o: o.days_overdue,
            background=lambda o: BAD if o.is_overdue else None,
        ),
    ),
    row_id=lambda o: o.id,
)


class OrdersModel(TableModel[OrderRecord]):
    NUMBER, REQUESTED, CHANNEL, STEP, EXPECTED, OVERDUE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(ORDERS, parent)

    def order_at(self, row: int) -> OrderRecord:
        return self.row_at(row)
