"""The Card orders tab: each person's carte Vitale, declaring a loss, and orders until delivery."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.vitale import CardStatus
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.vitale import ORDER_KIND, OrderRecord, PersonVitale, VitaleService
from ameli_desktop.ui import formatting, messages
from ameli_desktop.ui.i18n import current_language
from ameli_desktop.ui.models.vitale import Labels, OrdersModel, VitaleCardsModel
from ameli_desktop.ui.tabs.base import EmptyStateTab
from ameli_desktop.ui.texts import show
from ameli_desktop.ui.widgets.actions import action_button
from ameli_desktop.ui.widgets.attachments import AttachmentsWidget
from ameli_desktop.ui.widgets.empty_state import EmptyState
from ameli_desktop.ui.widgets.forms import FieldErrors
from ameli_desktop.ui.widgets.tables import add_csv_export, section_title, sort_proxy, table_view

TOPICS = {"people", "vitale", "*"}


class CardOrdersTab(EmptyStateTab):
    key = "card_orders"

    def __init__(self, ui, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ui, parent)
        self._attention = 0
        self.labels = Labels(self)
        page = QWidget()

        # Left: everyone's card.
        self.cards_model = VitaleCardsModel(self)
        self.cards_proxy = sort_proxy(self.cards_model, self)
        self.cards_view = table_view(self.cards_proxy, "vitaleTable")
        self.find = QLineEdit()
        self.find.setObjectName("vitaleFind")
        self.find.setPlaceholderText(self.tr("Filter (Ctrl+F)"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self.cards_proxy.setFilterFixedString)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(section_title(self.tr("Cartes Vitale")))
        heading.addStretch(1)
        heading.addWidget(self.find)
        left_layout.addLayout(heading)
        left_layout.addWidget(self.cards_view)

        # Right: the selected person's card and orders.
        self.person_title = section_title("")
        self.person_title.setObjectName("personTitle")
        card_box = QGroupBox(self.tr("Card"))
        self.status_label = QLabel()
        self.status_label.setObjectName("cardStatus")
        self.serial = QLineEdit()
        self.serial.setObjectName("serial")
        self.serial.setPlaceholderText(self.tr("Serial number (optional)"))
        self.serial_error = QLabel()
        self.serial_errors = FieldErrors()
        self.serial_errors.register("serial", self.serial, self.serial_error)
        self.save_serial_button = QPushButton(self.tr("Save serial"))
        self.save_serial_button.clicked.connect(self.save_serial)
        self.declare_action = QAction(self.tr("Lost, stolen or &broken…"), self)
        self.declare_action.setObjectName("declare")
        self.declare_action.triggered.connect(self.declare)
        self.declare_button = action_button(self.declare_action)
        self.advice = QLabel()
        self.advice.setObjectName("advice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        card_layout = QVBoxLayout(card_box)
        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.declare_button)
        card_layout.addLayout(row)
        serial_row = QHBoxLayout()
        serial_row.addWidget(self.serial, 1)
        serial_row.addWidget(self.save_serial_button)
        card_layout.addLayout(serial_row)
        card_layout.addWidget(self.serial_error)
        card_layout.addWidget(self.advice)

        orders_box = QGroupBox(self.tr("Orders"))
        self.orders_model = OrdersModel(self)
        self.orders_proxy = sort_proxy(self.orders_model, self)
        self.orders_view = table_view(self.orders_proxy, "ordersTable", OrdersModel.REQUESTED)
        self.orders_view.sortByColumn(OrdersModel.REQUESTED, Qt.SortOrder.DescendingOrder)
        self.orders_view.activated.connect(lambda _i: self.advance())
        self.orders_view.setMaximumHeight(130)
        self.history = QListWidget()
        self.history.setObjectName("orderHistory")
        self.history.setMaximumHeight(80)
        # The order's checklist, ticked in the order dialog or here (saved as it is ticked).
        self.checklist = QListWidget()
        self.checklist.setObjectName("orderChecklist")
        self.checklist.setWordWrap(True)
        self.checklist.setMaximumHeight(110)
        self.checklist.itemChanged.connect(self._checklist_ticked)
        self.order_action = QAction(self.tr("&New order…"), self)
        self.order_action.setObjectName("newOrder")
        self.advance_action = QAction(self.tr("Ne&xt step…"), self)
        self.advance_action.setObjectName("advanceOrder")
        self.remove_order_action = QAction(self.tr("Remove order…"), self)
        self.order_action.triggered.connect(self.new_order)
        self.advance_action.triggered.connect(self.advance)
        self.remove_order_action.triggered.connect(self.remove_order)
        self.order_button = action_button(self.order_action)
        self.advance_button = action_button(self.advance_action)
        self.remove_order_button = action_button(self.remove_order_action)
        self.attachments = AttachmentsWidget(ui)
        self.attachments.setObjectName("orderAttachments")
        buttons = QHBoxLayout()
        for button in (self.order_button, self.advance_button, self.remove_order_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        orders_layout = QVBoxLayout(orders_box)
        orders_layout.addWidget(self.orders_view, 2)
        orders_layout.addLayout(buttons)
        orders_layout.addWidget(QLabel(self.tr("History of the selected order")))
        orders_layout.addWidget(self.history)
        orders_layout.addWidget(QLabel(self.tr("What the order needs")))
        orders_layout.addWidget(self.checklist)
        orders_layout.addWidget(
            QLabel(self.tr("Documents (photo, ID scan, attestation de droits)"))
        )
        orders_layout.addWidget(self.attachments)

        right = QWidget()
        self.detail = right
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.person_title)
        right_layout.addWidget(card_box)
        right_layout.addWidget(orders_box, 1)

        scroll = QScrollArea()  # the detail scrolls on small screens instead of growing the window
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(right)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 600])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        self.stack.addWidget(page)

        self.cards_csv_action = add_csv_export(self.cards_view, self.tr("vitale-cards"))
        self.cards_csv_action.setText(self.tr("Export the cards as CSV…"))
        self.orders_csv_action = add_csv_export(self.orders_view, self.tr("carte-vitale-orders"))
        self.orders_csv_action.setText(self.tr("Export the orders as CSV…"))
        self.cards_view.selectionModel().selectionChanged.connect(lambda *_: self._show_person())
        self.orders_view.selectionModel().selectionChanged.connect(lambda *_: self._show_order())
        self.refresh()

    # ------------------------------------------------------------------ base tab
    def title(self) -> str:
        return self.tr("&Card orders")

    def make_empty_state(self) -> EmptyState:
        empty = EmptyState(
            self.tr("Carte Vitale for each person"),
            self.tr(
                "Here you will follow each person's carte Vitale: its status, declaring a loss or theft, and each order until the new card arrives. Start by adding the people in your household."
            ),
        )
        empty.add_action(self.tr("Manage household…"), self.open_household)
        return empty

    def on_data_changed(self, topic: str) -> None:
        if topic in TOPICS:
            self.refresh()

    def refresh(self) -> None:
        has_people = bool(PeopleService(self.ui.ctx).all())
        self.show_empty(not has_people)
        keep_person = self.selected_person()
        keep_order = self.selected_order()
        service = VitaleService(self.ui.ctx)
        entries = service.people(self.ui.person_filter) if has_people else []
        self.cards_model.set_rows(entries)
        if keep_person is None and entries:
            keep_person = entries[0].person.id if len(entries) == 1 else None
        self.select_entry(keep_person)
        if keep_order is not None:
            self.select_order(keep_order.id)
        self._show_person()
        count = len(service.attention()) if has_people else 0
        if count != self._attention:
            self._attention = count
            self.title_changed.emit()

    def attention_count(self) -> int:
        return self._attention

    def menu_actions(self) -> list[QAction | None]:
        return [
            self.order_action,
            self.advance_action,
            self.remove_order_action,
            None,
            self.declare_action,
            None,
            self.cards_csv_action,
            self.orders_csv_action,
        ]

    def standard_action(self, role: str) -> QAction | None:
        return {
            "new": self.order_action,
            "edit": self.advance_action,
            "delete": self.remove_order_action,
        }.get(role)

    def focus_find(self) -> None:
        self.find.setFocus()
        self.find.selectAll()

    # ------------------------------------------------------------------ selection
    def selected_entry(self) -> PersonVitale | None:
        rows = self.cards_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.cards_model.entry_at(self.cards_proxy.mapToSource(rows[0]).row())

    def selected_person(self) -> int | None:
        entry = self.selected_entry()
        return entry.person.id if entry else None

    def select_entry(self, person_id: int | None) -> None:
        if person_id is None:
            return
        row = self.cards_model.row_of(person_id)
        if row >= 0:
            index = self.cards_proxy.mapFromSource(self.cards_model.index(row, 0))
            self.cards_view.selectRow(index.row())

    def selected_order(self) -> OrderRecord | None:
        rows = self.orders_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.orders_model.order_at(self.orders_proxy.mapToSource(rows[0]).row())

    def open_record(self, kind: str, record_id: int | None) -> None:
        """The Overview's links: an order, a card, or a person's line."""
        if record_id is None:
            return
        entries = [self.cards_model.entry_at(r) for r in range(self.cards_model.rowCount())]
        if kind == ORDER_KIND:
            owner = next((e for e in entries if any(o.id == record_id for o in e.orders)), None)
        elif kind == "vitale_card":
            owner = next(
                (e for e in entries if e.card is not None and e.card.id == record_id), None
            )
        elif kind == "person":
            owner = next((e for e in entries if e.person.id == record_id), None)
        else:
            return
        if owner is None:
            return
        self.find.clear()  # a filter typed earlier must not hide the record
        self.select_entry(owner.person.id)
        if kind == ORDER_KIND:
            self.select_order(record_id)

    def select_order(self, order_id: int) -> None:
        row = self.orders_model.row_of(order_id)
        if row >= 0:
            index = self.orders_proxy.mapFromSource(self.orders_model.index(row, 0))
            self.orders_view.selectRow(index.row())

    def _show_person(self) -> None:
        entry = self.selected_entry()
        self.detail.setEnabled(entry is not None)
        if entry is None:
            self.person_title.setText(self.tr("Select a person"))
            self.status_label.setText("")
            self.serial.setText("")
            self.advice.setText("")
            keep = None
            self.orders_model.set_rows([])
        else:
            keep = self.selected_order()
            self.person_title.setText(entry.person.name)
            card = entry.card
            status = self.labels.card(card.status if card else None)
            if card is not None and card.blocked_on is not None:
                status = self.tr("{status} since {date}").format(
                    status=status, date=formatting.day(card.blocked_on)
                )
            self.status_label.setText(status)
            self.serial.setText(card.serial if card else "")
            self.serial_errors.clear()
            self.advice.setText(self.advice_text(entry))
            self.orders_model.set_rows(list(entry.orders))
            if keep is not None:
                self.select_order(keep.id)
            elif entry.orders:
                self.select_order(entry.orders[0].id)
        blocked = (
            entry is not None
            and entry.card is not None
            and entry.card.status
            in (
                CardStatus.LOST,
                CardStatus.STOLEN,
                CardStatus.BROKEN,
                CardStatus.BLOCKED,
                CardStatus.REPLACED,
            )
        )
        self.declare_action.setEnabled(entry is not None and not blocked)
        self.order_action.setEnabled(entry is not None and entry.open_order is None)
        self._show_order()

    def advice_text(self, entry: PersonVitale) -> str:
        """What follows from the card's state, in order: incident, child's ages, attestation."""
        lines = []
        if entry.card is not None and entry.card.incident is not None:
            lines += [show(t) for t in entry.card.incident.consequences()]
        if entry.child_notice is not None:
            lines.append(show(entry.child_notice))
        if entry.attestation:  # the service says it applies; facts.toml says it in each language
            lines.append(self.ui.ctx.facts.vitale.while_waiting_in(current_language()))
        return "\n".join(lines)

    def _show_order(self) -> None:
        order = self.selected_order()
        self.history.clear()
        if order is not None:
            for record in order.order.history:
                self.history.addItem(
                    f"{formatting.day(record.on)}  {self.labels.step(record.step)}"
                )
            if order.is_open:
                expected = self.tr("Expected around {date}").format(
                    date=formatting.day(order.expected_delivery)
                )
                if order.is_overdue:
                    expected += " — " + self.tr("overdue by {days}").format(
                        days=self.labels.days(order.days_overdue)
                    )
                self.history.addItem(expected)
        self._show_checklist(order)
        self.attachments.set_owner(ORDER_KIND if order else None, order.id if order else None)
        self.advance_action.setEnabled(order is not None and order.is_open)
        self.remove_order_action.setEnabled(order is not None)

    def _show_checklist(self, order: OrderRecord | None) -> None:
        facts = self.ui.ctx.facts.vitale
        self.checklist.blockSignals(True)
        self.checklist.clear()
        if order is not None:
            lines = zip(
                facts.order_checklist, facts.order_checklist_in(current_language()), strict=True
            )
            for line, text in lines:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = line in order.checklist_done
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.checklist.addItem(item)
        self.checklist.setEnabled(order is not None and not self.ui.ctx.read_only)
        self.checklist.blockSignals(False)

    def _checklist_ticked(self, _item: QListWidgetItem) -> None:
        order = self.selected_order()
        if order is None:
            return
        done = [
            str(self.checklist.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.checklist.count())
            if self.checklist.item(i).checkState() == Qt.CheckState.Checked
        ]
        try:
            VitaleService(self.ui.ctx).set_checklist(order.id, done)
        except UserError as exc:
            messages.error(self, self.tr("What the order needs"), exc)
            return
        self.ui.notify("vitale")

    # ------------------------------------------------------------------ actions
    def save_serial(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.serial_errors.clear()
        try:
            VitaleService(self.ui.ctx).set_serial(entry.person.id, self.serial.text())
        except UserError as exc:
            self.serial_errors.show(exc)
            return
        self.ui.notify("vitale")

    def declare(self) -> None:
        from ameli_desktop.ui.dialogs.vitale_order import DeclareIncidentDialog

        entry = self.selected_entry()
        if entry is not None:
            DeclareIncidentDialog.declare(self.ui, entry, CardStatus.LOST, self)

    def new_order(self) -> None:
        from ameli_desktop.ui.dialogs.vitale_order import OrderDialog

        entry = self.selected_entry()
        if entry is None:
            return
        saved = OrderDialog.order(self.ui, entry, self)
        if saved is not None:
            self.select_order(saved.id)

    def advance(self) -> None:
        from ameli_desktop.ui.dialogs.vitale_order import AdvanceOrderDialog

        order = self.selected_order()
        if order is not None and order.is_open:
            AdvanceOrderDialog.advance(self.ui, order, self)

    def remove_order(self) -> None:
        order = self.selected_order()
        if order is None:
            return
        if not messages.confirm(
            self,
            self.tr("Remove order"),
            self.tr(
                "Remove order {id} (requested on {date}), its history and its attached documents?"
            ).format(id=order.id, date=formatting.day(order.requested_on)),
            destructive=True,
        ):
            return
        VitaleService(self.ui.ctx).remove_order(order.id)
        self.ui.notify("vitale")
