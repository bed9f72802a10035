"""Qt models of the Card orders tab: each person's carte Vitale, and one person's orders."""

from typing import Any

from PySide6.QtCore import QObject, Qt

from ameli_desktop.domain.vitale import CardStatus, ChildCardStage, OrderChannel, OrderStep
from ameli_desktop.services.vitale import OrderRecord, PersonVitale
from ameli_desktop.ui import formatting
from ameli_desktop.ui.models.ceam import BAD, GOOD, NEUTRAL, SORT_ROLE, WARN, _sort_date, _Table

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


class VitaleCardsModel(_Table):
    PERSON, CARD, SERIAL, ORDER, EXPECTED, FLAG = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.labels = Labels(self)

    def header_labels(self) -> list[str]:
        return [
            self.tr("Person"),
            self.tr("Carte Vitale"),
            self.tr("Serial"),
            self.tr("Order"),
            self.tr("Expected"),
            self.tr("Attention"),
        ]

    def entry_at(self, row: int) -> PersonVitale:
        return self.row_at(row)  # type: ignore[no-any-return]

    def row_of(self, person_id: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.person.id == person_id), -1)

    def flag(self, entry: PersonVitale) -> str:
        order = entry.open_order
        if order is not None and order.is_overdue:
            return self.tr("Overdue by {days}").format(days=self.labels.days(order.days_overdue))
        if entry.needs_order:
            return self.tr("Blocked: order a new card")
        milestones = entry.child_milestones
        if milestones is not None and entry.child_stage is ChildCardStage.TOO_YOUNG:
            return self.tr("Own card on request from {date}").format(
                date=formatting.day(milestones.may_request_from)
            )
        if milestones is not None and entry.child_stage is ChildCardStage.MAY_REQUEST:
            return self.tr("May request own card; automatic on {date}").format(
                date=formatting.day(milestones.automatic_from)
            )
        return ""

    def cell(self, record: PersonVitale, column: int, role: int) -> Any:
        order = record.open_order
        card = record.card
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            sorting = role == SORT_ROLE
            if column == self.PERSON:
                return record.person.name
            if column == self.CARD:
                return self.labels.card(card.status if card else None)
            if column == self.SERIAL:
                return card.serial if card else ""
            if column == self.ORDER:
                return self.labels.step(order.step) if order else ""
            if column == self.EXPECTED:
                expected = order.expected_delivery if order else None
                return _sort_date(expected) if sorting else formatting.day(expected)
            if column == self.FLAG:
                return self.flag(record)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.CARD and card is not None:
                return CARD_COLOURS[card.status]
            if column == self.FLAG:
                if order is not None and order.is_overdue:
                    return BAD
                if record.needs_order:
                    return WARN
        if role == Qt.ItemDataRole.UserRole:
            return record.person.id
        return None


class OrdersModel(_Table):
    NUMBER, REQUESTED, CHANNEL, STEP, EXPECTED, OVERDUE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.labels = Labels(self)

    def header_labels(self) -> list[str]:
        return [
            self.tr("Order"),
            self.tr("Requested"),
            self.tr("Channel"),
            self.tr("Step"),
            self.tr("Expected"),
            self.tr("Overdue"),
        ]

    def order_at(self, row: int) -> OrderRecord:
        return self.row_at(row)  # type: ignore[no-any-return]

    def row_of(self, order_id: int) -> int:
        return next((i for i, o in enumerate(self._rows) if o.id == order_id), -1)

    def cell(self, record: OrderRecord, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            sorting = role == SORT_ROLE
            if column == self.NUMBER:
                return record.id if sorting else str(record.id)
            if column == self.REQUESTED:
                return (
                    _sort_date(record.requested_on)
                    if sorting
                    else formatting.day(record.requested_on)
                )
            if column == self.CHANNEL:
                return self.labels.channel(record.order.channel)
            if column == self.STEP:
                step = self.labels.step(record.step)
                return f"{step} ({formatting.day(record.order.current.on)})"
            if column == self.EXPECTED:
                if not record.is_open:
                    return "" if not sorting else "9999-12-31"
                return (
                    _sort_date(record.expected_delivery)
                    if sorting
                    else formatting.day(record.expected_delivery)
                )
            if column == self.OVERDUE:
                if sorting:
                    return record.days_overdue
                return self.labels.days(record.days_overdue) if record.is_overdue else ""
        if role == Qt.ItemDataRole.BackgroundRole and column == self.OVERDUE and record.is_overdue:
            return BAD
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None
