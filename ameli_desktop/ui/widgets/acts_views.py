"""The Reimbursements tab's views of the acts of care (issue 19): the acts with their parts, what
each payer still owes, and the bank lines that explain no act (a debit to confirm is linked
here). Each is a section of the tab; the tab gives them its undo stack and its person filter.
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.acts import ActKind, ActStatus
from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.acts import ActFilter, ActRecord, ActService, BankLineRecord, Totals
from ameli_desktop.ui import formatting, messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.models.acts import (
    DOCUMENT_LABELS,
    STATUS_LABELS,
    ActsModel,
    BankLinesModel,
    candidates_model,
    owed_model,
    status_text,
)
from ameli_desktop.ui.undo import Done
from ameli_desktop.ui.widgets.forms import show_whole_hint
from ameli_desktop.ui.widgets.tables import prepare_view


def _toolbar(name: str) -> QToolBar:
    bar = QToolBar()
    bar.setObjectName(name)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return bar


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _table(name: str, model: object) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)  # type: ignore[arg-type]
    prepare_view(view)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


class LinkCommands:
    """Link and unlink a bank debit, undoable through the tab's stack (Edit > Undo): what the
    user had said of the debit is kept before, and put back by the undo."""

    def __init__(
        self, ui: UiContext, stack: QUndoStack, parent: QWidget, after: Callable[[], None]
    ) -> None:
        self.ui = ui
        self.service = ActService(ui.ctx)
        self.stack = stack
        self.parent = parent
        self.after = after

    def link(self, act_id: int, bank_line_id: int) -> bool:
        return self._run(
            bank_line_id,
            lambda: self.service.link(act_id, bank_line_id),
            translate("ActsViews", "link a bank line to an act"),
        )

    def unlink(self, bank_line_id: int, act_id: int | None = None) -> bool:
        return self._run(
            bank_line_id,
            lambda: self.service.unlink(bank_line_id, act_id),
            translate("ActsViews", "unlink a bank line"),
        )

    def _run(self, bank_line_id: int, change: Callable[[], object], text: str) -> bool:
        before = self.service.user_links(bank_line_id)
        try:
            change()
        except UserError as exc:
            messages.error(self.parent, translate("ActsViews", "Bank lines"), exc)
            return False
        after = self.service.user_links(bank_line_id)

        def put(links: tuple[tuple[int, bool], ...], other: tuple[tuple[int, bool], ...]):  # type: ignore[no-untyped-def]
            self.service.set_user_links(bank_line_id, links)
            return other

        self.stack.push(
            Done(
                text,
                after,
                undo=lambda _made: put(before, after),
                redo=lambda _made: put(after, before),
                on_error=lambda exc: messages.error(
                    self.parent, translate("ActsViews", "Undo"), exc
                ),
                after=self._changed,
            )
        )
        self._changed()
        return True

    def _changed(self) -> None:
        self.ui.notify("reimbursements")
        self.after()


class ActsSection(QWidget):
    """The acts of care of the household (or the person chosen), with filters, each act's parts
    and the bank lines that explain it, and the footer's totals of the acts shown."""

    def __init__(self, ui: UiContext, links: LinkCommands, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.links = links
        self.service = ActService(ui.ctx)
        self._updating = False
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("actsYearCombo")
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("actsStatusCombo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo.addItem(self.tr("Every status"), None)
        for status in ActStatus:  # the model's labels: one text per status
            self.status_combo.addItem(translate("ActsModel", STATUS_LABELS[status]), status.value)
        self.late_check = QCheckBox(self.tr("Late o&nly"))
        self.late_check.setObjectName("actsLate")
        self.search = QLineEdit()
        self.search.setObjectName("actsSearch")
        self.search.setPlaceholderText(self.tr("Search nature or practitioner"))
        self.search.setClearButtonEnabled(True)
        show_whole_hint(self.search)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.year_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.late_check.toggled.connect(lambda _c: self.apply_filters())
        filters = QHBoxLayout()
        for text, widget in ((self.tr("&Year:"), self.year_combo),
                             (self.tr("Stat&us:"), self.status_combo)):  # fmt: skip
            caption = QLabel(text)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.late_check)
        filters.addWidget(self.search, 1)

        bar = _toolbar("actsToolbar")
        self.unlink_action = bar.addAction(self.tr("Unlin&k its bank payment"))
        self.unlink_action.setToolTip(
            self.tr("This card payment or debit did not pay this act: never pair them again")
        )
        self.unlink_action.triggered.connect(self.unlink_selected)
        self.csv_action = bar.addAction(self.tr("E&xport CSV…"))
        self.csv_action.setToolTip(self.tr("The acts shown, as a CSV file"))
        self.csv_action.triggered.connect(self.export_csv)

        self.model = ActsModel(ui.ctx, self)
        self.table = _table("actsTable", self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(ActsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())

        self.detail_label = QLabel()
        self.detail_label.setObjectName("actDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.bank_model = BankLinesModel(self)
        self.bank_table = _table("actBankLines", self.bank_model)
        detail = QWidget()
        detail_layout = QHBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_label, 1)
        detail_layout.addWidget(self.bank_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.totals_label = _bold(QLabel())
        self.totals_label.setObjectName("actsTotals")
        self.totals_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.totals_label)
        self.show_selected()

    # ------------------------------------------------------------------ filters
    def fill_years(self, years: list[int]) -> None:
        self._updating = True
        year = self.year_combo.currentData()
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for y in years:
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(year), 0))
        self._updating = False

    def current_filter(self) -> ActFilter:
        year = self.year_combo.currentData()
        return ActFilter(
            self.ui.person_filter,
            date(year, 1, 1) if year else None,
            date(year, 12, 31) if year else None,
            ActStatus(status) if (status := self.status_combo.currentData()) else None,
            self.late_check.isChecked(),
            self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        """The first page at once (paged, as the lines); the footer adds up the acts shown."""
        if self._updating:
            return
        flt = self.current_filter()
        self.model.set_filter(flt)
        self.show_totals(self.service.totals(flt))
        self.show_selected()

    def show_totals(self, totals: Totals) -> None:
        self.totals_label.setText(
            self.tr(
                "{acts} acts · Paid {paid} · Assurance Maladie {amo} · Withheld {withheld} · "
                "Mutuelle {amc} · Left to pay {left}"
            ).format(
                acts=totals.acts,
                paid=formatting.money(totals.paid_cents),
                amo=formatting.money(totals.amo_cents),
                withheld=formatting.money(totals.withheld_cents),
                amc=formatting.money(totals.amc_cents),
                left=formatting.money(totals.left_cents),
            )
        )

    # ------------------------------------------------------------------ the act chosen
    def selected_act(self) -> ActRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_act(self, act_id: int) -> bool:
        """Select an act among those shown (reading their pages in turn until it is found)."""
        row = self.model.row_of(act_id)
        pages = -(-self.model.rowCount() // ActsModel.PAGE_SIZE)
        for number in range(pages):
            if row >= 0:
                break
            self.model.record(number * ActsModel.PAGE_SIZE)
            row = self.model.row_of(act_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def reveal(self, act: ActRecord) -> bool:
        """Show an act whatever the filters were: its year, every status, no search."""
        self._updating = True
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(act.care_date.year), 0))
        self.status_combo.setCurrentIndex(0)
        self.late_check.setChecked(False)
        self.search.clear()
        self._timer.stop()
        self._updating = False
        self.apply_filters()
        return self.select_act(act.id)

    def show_selected(self) -> None:
        act = self.selected_act()
        self.unlink_action.setEnabled(act is not None and act.bank_debit is not None)
        if act is None:
            self.detail_label.setText(
                self.tr("Choose an act to see its parts, the documents and the bank lines.")
            )
            self.bank_model.set_rows([])
            return
        self.detail_label.setText(self.detail_text(act))
        self.bank_model.set_rows(self.service.bank_lines(act.id))

    def detail_text(self, act: ActRecord) -> str:
        """An act's parts, each with its payment and the bank credit that brought it, and the
        documents it was read from."""
        money = formatting.money
        lines = [
            self.tr("{day}, {who}: {nature}").format(
                day=formatting.day(act.care_date),
                who=act.person_name or self.tr("the household"),
                nature=act.nature or (act.bank_debit.label if act.bank_debit else ""),
            ),
            self.tr("Status: {status}").format(status=status_text(act)),
            self.tr("Paid: {paid}{third}").format(
                paid=money(act.paid_cents) or self.tr("unknown"),
                third=self.tr(" (tiers payant: the professional was paid directly)")
                if act.third_party
                else "",
            ),
        ]
        amo = act.amo_payment
        lines.append(
            self.tr("Assurance Maladie: {amount}, withheld {withheld}").format(
                amount=money(act.amo_cents) or self.tr("not yet"),
                withheld=money(act.withheld_cents),
            )
            + (self._payment_text(amo.paid_on, amo.bank_date) if amo else "")
        )
        amc = act.amc_payment
        if act.amc_cents is not None:
            mutuelle = self.tr("Mutuelle: {amount}").format(amount=money(act.amc_cents))
            mutuelle += self._payment_text(amc.paid_on, amc.bank_date) if amc else ""
        elif act.status is ActStatus.AWAITING_AMC:
            estimate = act.estimated_amc_cents
            mutuelle = (
                self.tr("Mutuelle: awaited, about {amount} (an estimate, not received)").format(
                    amount=money(estimate)
                )
                if estimate is not None
                else self.tr("Mutuelle: awaited")
            )
        else:
            mutuelle = self.tr("Mutuelle: none expected")
        lines.append(mutuelle)
        lines.append(self.tr("Left to pay: {left}").format(left=money(act.left_cents) or "—"))
        if act.kind is ActKind.ACT:
            sources = self.service.sources(act.id)
            lines.append(
                self.tr("Read from: {files}").format(
                    files="; ".join(
                        self.tr("{file} ({kind}, line {line})").format(
                            file=name, kind=translate("ActsModel", DOCUMENT_LABELS[kind]), line=line
                        )
                        for name, kind, line in sources
                    )
                )
            )
        else:
            lines.append(
                self.tr("A payment to a health professional with no act yet: it waits for its act.")
            )
        return "\n".join(lines)

    def _payment_text(self, paid_on: date, bank_date: date | None) -> str:
        if bank_date is None:
            return self.tr(" (paid on {paid}, not seen in the bank yet)").format(
                paid=formatting.day(paid_on)
            )
        return self.tr(" (paid on {paid}, received in the bank on {bank})").format(
            paid=formatting.day(paid_on), bank=formatting.day(bank_date)
        )

    def export_csv(self) -> None:
        flt = self.current_filter()
        path = messages.save_as(
            self,
            self.tr("Export the acts of care as CSV"),
            self.tr("acts-of-care.csv"),
            self.tr("CSV files (*.csv)"),
            lambda path: self.service.export_csv(flt, path),
        )
        if path is not None:
            self.ui.status(self.tr("Exported to {path}").format(path=path))

    def unlink_selected(self) -> None:
        act = self.selected_act()
        if act is None or act.bank_debit is None:
            return
        self.links.unlink(act.bank_debit.id, act.id)


class StillOwedSection(QWidget):
    """What each payer still owes, oldest first, late ones marked; the mutuelle's amounts are
    estimates from the contract's level, said as such. Enter (or a double-click) on an act
    shows it among the acts (``open_act``)."""

    open_act = Signal(object)  # ActRecord

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.service = ActService(ui.ctx)
        self.amo_label = _bold(QLabel())
        self.amo_label.setObjectName("owedAmoLabel")
        self.amo_label.setWordWrap(True)
        self.amo_model = owed_model(self)
        self.amo_table = _table("owedAmoTable", self.amo_model)
        self.amc_label = _bold(QLabel())
        self.amc_label.setObjectName("owedAmcLabel")
        self.amc_label.setWordWrap(True)
        self.amc_model = owed_model(self)
        self.amc_table = _table("owedAmcTable", self.amc_model)
        for model, view in ((self.amo_model, self.amo_table), (self.amc_model, self.amc_table)):
            view.activated.connect(lambda index, m=model: self.open_act.emit(m.record(index.row())))
        hint = QLabel(
            self.tr(
                "Awaited from the Assurance Maladie: what you paid for care it has not "
                "reimbursed yet, counted from the date of care. Awaited from the mutuelle: its "
                "part, counted from the Assurance Maladie's payment; an estimate from your "
                "contract's level (Preferences), never money received."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.amo_label)
        layout.addWidget(self.amo_table, 1)
        layout.addWidget(self.amc_label)
        layout.addWidget(self.amc_table, 1)
        layout.addWidget(hint)

    def refresh(self) -> None:
        owed = self.service.still_owed(self.ui.person_filter)
        self.amo_model.set_rows(owed.amo_acts)
        self.amc_model.set_rows(owed.amc_acts)
        amo, amc = owed.awaiting_amo, owed.awaiting_amc
        self.amo_label.setText(
            self.tr(
                "Assurance Maladie: {count} acts, {amount} paid, since {since}; {late} late"
            ).format(
                count=amo.acts,
                amount=formatting.money(amo.cents or 0),
                since=formatting.day(amo.since) or "—",
                late=amo.late,
            )
            if amo.acts
            else self.tr("Assurance Maladie: nothing awaited")
        )
        amount = (
            self.tr("about {amount} (estimate)").format(amount=formatting.money(amc.cents))
            if amc.cents is not None
            else self.tr("amount unknown")
        )
        self.amc_label.setText(
            self.tr("Mutuelle: {count} acts, {amount}, since {since}; {late} late").format(
                count=amc.acts,
                amount=amount,
                since=formatting.day(amc.since) or "—",
                late=amc.late,
            )
            if amc.acts
            else self.tr("Mutuelle: nothing awaited")
        )


class BankLinesSection(QWidget):
    """The bank lines that explain no act: credits no imported statement explains, and debits
    to confirm, each with the acts it may have paid; the user links one."""

    def __init__(self, ui: UiContext, links: LinkCommands, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.links = links
        self.service = ActService(ui.ctx)
        self._to_confirm: dict[int, tuple[int, ...]] = {}
        self.model = BankLinesModel(self, others=True)
        self.table = _table("otherBankLines", self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_candidates())
        self.candidates_label = QLabel()
        self.candidates_label.setWordWrap(True)
        self.candidates = candidates_model(self)
        self.candidates_table = _table("candidateActs", self.candidates)
        self.candidates_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_actions()
        )
        self.candidates_table.activated.connect(lambda _i: self.link_selected())
        bar = _toolbar("bankLinesToolbar")
        self.link_action = bar.addAction(self.tr("Lin&k to the chosen act"))
        self.link_action.setToolTip(self.tr("This card payment or debit paid the act chosen below"))
        self.link_action.triggered.connect(self.link_selected)
        hint = QLabel(
            self.tr(
                "A payment “to confirm” fits several acts equally: it is never guessed. Choose "
                "it, then the act it paid."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.candidates_label)
        layout.addWidget(bar)
        layout.addWidget(self.candidates_table, 1)
        self.show_candidates()

    def refresh(self) -> None:
        self._to_confirm = {t.debit.id: t.act_ids for t in self.service.to_confirm()}
        chosen = self.selected_line()
        self.model.set_rows(self.service.other_bank_lines())
        if chosen is not None and (row := self.model.row_of(chosen.id)) >= 0:
            self.table.selectRow(row)
        self.show_candidates()

    def selected_line(self) -> BankLineRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_line(self, bank_line_id: int) -> None:
        row = self.model.row_of(bank_line_id)
        if row >= 0:
            self.table.selectRow(row)

    def is_to_confirm(self, bank_line_id: int) -> bool:
        return bank_line_id in self._to_confirm

    def show_candidates(self) -> None:
        line = self.selected_line()
        ids = self._to_confirm.get(line.id, ()) if line is not None else ()
        self.candidates.set_rows([self.service.get(i) for i in ids])
        if line is None:
            text = self.tr("Choose a bank line.")
        elif ids:
            text = self.tr("To confirm: this payment fits {count} acts equally.").format(
                count=len(ids)
            )
        else:
            text = self.tr("No imported statement explains this bank line yet.")
        self.candidates_label.setText(text)
        self._update_actions()

    def _update_actions(self) -> None:
        self.link_action.setEnabled(
            bool(self.candidates_table.selectionModel().selectedRows())
            and self.selected_line() is not None
        )

    def link_selected(self) -> None:
        line = self.selected_line()
        rows = self.candidates_table.selectionModel().selectedRows()
        if line is None or not rows:
            return
        act = self.candidates.record(rows[0].row())
        if act is not None:
            self.links.link(act.id, line.id)

    def menu_actions(self) -> list[QAction]:
        return [self.link_action]
