"""The Reimbursements tab: the acts of care (issue 19) with their parts, status and sources, what
each payer still owes, the bank lines that explain no act; the statement lines (paged from
SQLite) with filters, totals, monthly and yearly views, edit, delete with undo, CSV and PDF
export; and the claims to follow."""

from collections.abc import Callable
from contextlib import suppress
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.claims import ClaimStatus
from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.acts import ActFilter, ActRecord, ActService
from ameli_desktop.services.claims import ClaimRecord, ClaimService
from ameli_desktop.services.reimbursements import (
    DeletedLines,
    LineFilter,
    LineRecord,
    Period,
    PeriodTotals,
    ReimbursementService,
    Totals,
)
from ameli_desktop.ui import formatting, messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.i18n import document_language, error_text
from ameli_desktop.ui.models.reimbursements import (
    ClaimsModel,
    LinesModel,
    PeriodModel,
)
from ameli_desktop.ui.tabs.base import EmptyStateTab
from ameli_desktop.ui.tasks import TaskControl, run_task
from ameli_desktop.ui.undo import Done
from ameli_desktop.ui.widgets.acts_views import (
    ActsSection,
    BankLinesSection,
    LinkCommands,
    StillOwedSection,
)
from ameli_desktop.ui.widgets.empty_state import EmptyState
from ameli_desktop.ui.widgets.forms import show_whole_hint
from ameli_desktop.ui.widgets.tables import prepare_view

VIEW_LINES, VIEW_MONTHS, VIEW_YEARS = range(3)
SECTION_ACTS, SECTION_OWED, SECTION_BANK, SECTION_LINES, SECTION_CLAIMS = range(5)


class ReimbursementsTab(EmptyStateTab):
    key = "reimbursements"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.service = ReimbursementService(ui.ctx)
        self.claims_service = ClaimService(ui.ctx)
        self.undo_stack = QUndoStack(self)  # Edit > Undo / Redo of deleted lines
        self._overdue = 0
        self._updating = False
        self._generation = 0
        self.totals_ready = False
        self.content = QTabWidget()
        self.content.setObjectName("reimbursementSections")
        self.links = LinkCommands(ui, self.undo_stack, self, self._after_link)
        self.acts = ActsSection(ui, self.links)
        self.owed = StillOwedSection(ui)
        self.bank_lines = BankLinesSection(ui, self.links)
        self.owed.open_act.connect(self.show_act)
        self.content.addTab(self.acts, self.tr("Acts of care (actes)"))
        self.content.addTab(self.owed, self.tr("Still owed (reste dû)"))
        self.content.addTab(self.bank_lines, self.tr("Bank lines"))
        self.content.addTab(self._build_lines(), self.tr("Statement lines"))
        self.content.addTab(
            self._build_claims(), self.tr("Claims to follow (suivre mes démarches)")
        )
        self.content.currentChanged.connect(lambda _i: self._section_changed())
        self.stack.addWidget(self.content)
        self.setAcceptDrops(True)
        self.refresh()

    def title(self) -> str:
        return self.tr("Rei&mbursements")

    def make_empty_state(self) -> EmptyState:
        empty = EmptyState(
            self.tr("Your reimbursements (remboursements)"),
            self.tr(
                "Here you browse the statement lines you download from ameli.fr, your bank or "
                "your complementary insurer, with monthly and yearly totals per person and what "
                "is left for you to pay, and follow the claims you sent. Import a statement CSV "
                "(or drop one on the window); add the people in your household first if the file "
                "does not name them."
            ),
        )
        # A lambda: clicked(bool) would otherwise pass its "checked" flag as the path.
        empty.add_action(self.tr("Import a statement…"), lambda: self.import_statement())  # noqa: PLW0108
        empty.add_action(self.tr("Follow a claim…"), self.add_claim)
        empty.add_action(self.tr("Manage household…"), self.open_household)
        return empty

    # ------------------------------------------------------------------ building
    def _build_lines(self) -> QWidget:
        page = self.lines_page = QWidget()
        self.view_combo = QComboBox()
        self.view_combo.setObjectName("viewCombo")
        self.view_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.view_combo.addItem(self.tr("Every line"), VIEW_LINES)
        self.view_combo.addItem(self.tr("By month"), VIEW_MONTHS)
        self.view_combo.addItem(self.tr("By year"), VIEW_YEARS)
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        # As wide as its longest item ("Toutes les années"), in every language.
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.nature_combo = LazyComboBox(self._natures)
        self.nature_combo.setObjectName("natureCombo")
        # Its items come when it is opened: wide enough for "All natures of care" (set with
        # that text, in the UI language), a longer nature shows whole in the open list.
        self.nature_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search nature or practitioner (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        show_whole_hint(self.search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.view_combo, self.year_combo, self.nature_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            # Never narrower than their text ("Toutes le…"): the search field gives way first.
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&Show:"), self.view_combo),
            (self.tr("&Year:"), self.year_combo),
            (self.tr("&Nature:"), self.nature_combo),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)

        # Tool bars, not button rows: they fold what does not fit into a » menu, so the tab
        # never forces the window wider.
        actions = QToolBar()
        actions.setObjectName("linesToolbar")
        actions.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.import_action = actions.addAction(self.tr("&Import…"))
        # A lambda: triggered(bool) would otherwise pass its "checked" flag as the path.
        self.import_action.triggered.connect(lambda: self.import_statement())  # noqa: PLW0108
        self.imports_action = actions.addAction(self.tr("Imp&orts…"))
        self.imports_action.setToolTip(self.tr("The imported files, and undoing an import"))
        self.imports_action.triggered.connect(self.open_imports)
        self.allowances_action = actions.addAction(self.tr("Daily allo&wances…"))
        self.allowances_action.setToolTip(
            self.tr(
                "Sick-leave, maternity and paternity pay (indemnités journalières), apart from care"
            )
        )
        self.allowances_action.triggered.connect(self.open_allowances)
        self.edit_action = actions.addAction(self.tr("&Edit…"))
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = actions.addAction(self.tr("&Delete"))
        self.delete_action.triggered.connect(self.delete_selected)
        self.csv_action = actions.addAction(self.tr("Export &CSV…"))
        self.csv_action.triggered.connect(self.export_csv)

        self.undo_bar = QWidget()
        self.undo_bar.setObjectName("undoBar")
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_label)
        undo_layout.addWidget(self.undo_button)
        undo_layout.addStretch(1)
        self.undo_bar.hide()

        self.lines_model = LinesModel(self.ui.ctx, self)
        self.table = QTableView()
        self.table.setObjectName("linesTable")
        self.table.setModel(self.lines_model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            LinesModel.DATE, Qt.SortOrder.DescendingOrder
        )
        prepare_view(self.table, selection=QAbstractItemView.SelectionMode.ExtendedSelection)
        # One line of text a row, whatever the font (22 pixels cut it at 150 %).
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.period_model = PeriodModel(self)
        self.period_table = QTableView()
        self.period_table.setObjectName("periodTable")
        self.period_table.setModel(self.period_model)
        prepare_view(self.period_table)
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.period_table)

        self.totals_label = QLabel()
        self.totals_label.setObjectName("totalsLabel")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.totals_label.font()
        font.setBold(True)
        self.totals_label.setFont(font)

        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(actions)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.totals_label)
        return page

    def _build_claims(self) -> QWidget:
        page = self.claims_page = QWidget()
        self.claims_model = ClaimsModel(self.ui.ctx.today(), self)
        self.claims_table = QTableView()
        self.claims_table.setObjectName("claimsTable")
        self.claims_table.setModel(self.claims_model)
        prepare_view(self.claims_table)
        self.claims_table.activated.connect(lambda _i: self.edit_claim())
        bar = QToolBar()
        bar.setObjectName("claimsToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_claim_action = bar.addAction(self.tr("&Follow a claim…"))
        self.add_claim_action.triggered.connect(self.add_claim)
        self.edit_claim_action = bar.addAction(self.tr("&Edit…"))
        self.edit_claim_action.triggered.connect(self.edit_claim)
        self.close_claim_action = bar.addAction(self.tr("&Answered, close it"))
        self.close_claim_action.triggered.connect(lambda: self.set_claim_status(ClaimStatus.CLOSED))
        self.cancel_claim_action = bar.addAction(self.tr("&Cancel the claim"))
        self.cancel_claim_action.triggered.connect(
            lambda: self.set_claim_status(ClaimStatus.CANCELLED)
        )
        self.reopen_claim_action = bar.addAction(self.tr("&Reopen"))
        self.reopen_claim_action.triggered.connect(lambda: self.set_claim_status(ClaimStatus.OPEN))
        self.show_closed = QCheckBox(self.tr("Show closed claims"))
        self.show_closed.setObjectName("showClosed")
        self.show_closed.toggled.connect(lambda _c: self.refresh_claims())
        bar.addSeparator()
        bar.addWidget(self.show_closed)
        self.claims_hint = QLabel(
            self.tr(
                "A claim closes itself when an imported line shows its person, date of care and "
                "amount. Overdue claims are in red."
            )
        )
        self.claims_hint.setWordWrap(True)
        self.claims_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_claim_buttons()
        )
        layout = QVBoxLayout(page)
        layout.addWidget(bar)
        layout.addWidget(self.claims_table, 1)
        layout.addWidget(self.claims_hint)
        return page

    # ------------------------------------------------------------------ refreshing
    def on_data_changed(self, topic: str) -> None:
        if topic in ("reimbursements", "claims", "people", "*"):
            self.refresh()

    def refresh(self) -> None:
        """Claims and the empty state at once (cheap); the lines when the tab is on screen.

        A hidden tab only notes that its lines are stale, so that start-up and imports do not
        pay for totals over lines nobody is looking at (DESIGN.md 9).
        """
        has_lines = self.service.has_lines()
        has_claims = bool(self.claims_service.all())
        self.show_empty(not has_lines and not has_claims)
        self.refresh_claims()
        if self.isVisible():
            self._lines_stale = False
            self._fill_filters()
            self.apply_filters()
            self.refresh_acts()
        else:
            self._lines_stale = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if getattr(self, "_lines_stale", True):
            self._lines_stale = False
            self._fill_filters()
            self.apply_filters()
            self.refresh_acts()

    def refresh_acts(self) -> None:
        """The acts (their first page), what is still owed and the bank lines apart."""
        chosen = self.acts.selected_act()
        self.acts.fill_years(self.service.years(self.ui.person_filter))
        self.acts.apply_filters()
        if chosen is not None:
            self.acts.select_act(chosen.id)
        self.owed.refresh()
        self.bank_lines.refresh()

    def show_act(self, act: ActRecord | None) -> None:
        """An act chosen in Still owed, shown with its parts among the acts."""
        if act is None:
            return
        self.content.setCurrentWidget(self.acts)
        self.acts.reveal(act)

    def _after_link(self) -> None:
        """A link or unlink (or its undo) is shown at once, whichever tab is on screen."""
        self.refresh_acts()

    def _section_changed(self) -> None:
        self.actions_changed.emit()

    def _fill_filters(self) -> None:
        self._updating = True
        person = self.ui.person_filter
        year = self.year_combo.currentData()
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for y in self.service.years(person):
            self.year_combo.addItem(str(y), y)
        index = self.year_combo.findData(year)
        self.year_combo.setCurrentIndex(max(index, 0))
        self.nature_combo.reset_items(self.tr("All natures of care"))
        self._updating = False

    def _natures(self) -> list[str]:
        return self.service.natures(self.ui.person_filter)

    def current_filter(self) -> LineFilter:
        year = self.year_combo.currentData()
        return LineFilter(
            self.ui.person_filter,
            date(year, 1, 1) if year else None,
            date(year, 12, 31) if year else None,
            self.nature_combo.currentData(),
            self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        """Show the current filter. The lines page at once; totals and monthly/yearly sums scan
        every matching line (a million for the whole household), so they are computed off the
        GUI thread and shown when ready."""
        if self._updating:
            return
        flt = self.current_filter()
        view = self.view_combo.currentData()
        self._generation += 1
        generation = self._generation
        service = self.service
        if view == VIEW_LINES:
            self.views.setCurrentWidget(self.table)
            self.lines_model.set_filter(flt)
            period = None
        else:
            period = Period.MONTH if view == VIEW_MONTHS else Period.YEAR
            self.views.setCurrentWidget(self.period_table)
        self.totals_label.setText(self.tr("Adding up…"))
        self.totals_ready = False

        def work(_control: TaskControl) -> tuple[Totals, list[PeriodTotals] | None]:
            periods = service.by_period(flt, period) if period is not None else None
            return service.totals(flt), periods

        def done(result: tuple[Totals, list[PeriodTotals] | None]) -> None:
            if generation != self._generation:
                return  # a newer filter is being added up
            totals, periods = result
            if periods is not None:
                self.period_model.set_rows(periods)
            self._show_totals(totals)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.totals_label.setText(error_text(exc))

        run_task(work, on_done=done, on_error=failed)
        self._update_buttons()

    def _show_totals(self, totals: Totals) -> None:
        self.totals_label.setText(
            self.tr(
                "{lines} lines · Paid {paid} · Reimbursed {reimbursed} · Complementary "
                "{complementary} · Out of pocket {oop}"
            ).format(
                lines=totals.lines,
                paid=formatting.money(totals.paid_cents),
                reimbursed=formatting.money(totals.reimbursed_cents),
                complementary=formatting.money(totals.complementary_cents),
                oop=formatting.money(totals.out_of_pocket_cents),
            )
        )
        self.totals_ready = True

    def refresh_claims(self) -> None:
        claims = self.claims_service.all(
            open_only=not self.show_closed.isChecked(), person_id=self.ui.person_filter
        )
        self.claims_model.set_claims(claims, self.ui.ctx.today())
        overdue = sum(
            1 for c in self.claims_service.all(open_only=True) if c.overdue(self.ui.ctx.today())
        )
        if overdue != self._overdue:
            self._overdue = overdue
            self.title_changed.emit()
        self._update_claim_buttons()

    def _update_buttons(self) -> None:
        selected = len(self.selected_lines())
        lines_view = self.view_combo.currentData() == VIEW_LINES
        self.edit_action.setEnabled(lines_view and selected == 1)
        self.delete_action.setEnabled(lines_view and selected > 0)

    def _update_claim_buttons(self) -> None:
        claim = self.selected_claim()
        self.edit_claim_action.setEnabled(claim is not None)
        is_open = claim is not None and claim.status is ClaimStatus.OPEN
        self.close_claim_action.setEnabled(is_open)
        self.cancel_claim_action.setEnabled(is_open)
        self.reopen_claim_action.setEnabled(claim is not None and not is_open)

    # ------------------------------------------------------------------ tab protocol
    def attention_count(self) -> int:
        return self._overdue

    def menu_actions(self) -> list[QAction | None]:
        return [
            self.import_action,
            self.imports_action,
            self.allowances_action,
            self.acts.unlink_action,
            self.acts.csv_action,
            self.bank_lines.link_action,
            None,
            self.edit_action,
            self.delete_action,
            self.csv_action,
            None,
            self.add_claim_action,
            self.edit_claim_action,
            self.close_claim_action,
            self.cancel_claim_action,
            self.reopen_claim_action,
        ]

    def standard_action(self, role: str) -> QAction | None:
        """New follows a claim; Edit and Delete act on the section shown (lines or claims)."""
        claims = self.content.currentWidget() is self.claims_page
        if role == "new":
            return self.add_claim_action
        if role == "edit":
            return self.edit_claim_action if claims else self.edit_action
        if role == "delete" and self.content.currentWidget() is self.lines_page:
            return self.delete_action
        return None

    def can_export_pdf(self) -> bool:
        return self.service.has_lines()

    def focus_find(self) -> None:
        if self.content.currentWidget() is self.lines_page:
            self.search.setFocus()
            self.search.selectAll()
            return
        self.content.setCurrentWidget(self.acts)
        self.acts.search.setFocus()
        self.acts.search.selectAll()

    # ------------------------------------------------------------------ lines
    def selected_lines(self) -> list[LineRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        lines = [self.lines_model.line_at(r) for r in rows]
        return [line for line in lines if line is not None]

    def import_statement(self, path: Path | None = None) -> None:
        from ameli_desktop.ui.dialogs.import_statement import ImportDialog

        ImportDialog.run(self.ui, path, self)

    def open_imports(self) -> None:
        from ameli_desktop.ui.dialogs.import_batches import ImportBatchesDialog

        ImportBatchesDialog.open(self.ui, self)

    def open_allowances(self) -> None:
        from ameli_desktop.ui.dialogs.daily_allowances import DailyAllowancesDialog

        DailyAllowancesDialog.open(self.ui, self)

    def edit_selected(self) -> None:
        lines = self.selected_lines()
        if len(lines) != 1:
            return
        from ameli_desktop.ui.dialogs.reimbursement_line import LineDialog

        LineDialog.edit(self.ui, lines[0], self)

    def delete_selected(self) -> None:
        lines = self.selected_lines()
        if not lines:
            return
        if not messages.confirm(
            self,
            self.tr("Delete lines"),
            self.tr("Delete {count} selected lines? You can undo it right after.").format(
                count=len(lines)
            ),
            destructive=True,
        ):
            return
        ids = [line.id for line in lines]
        try:
            deleted = self.service.delete(ids)
        except UserError as exc:
            messages.error(self, self.tr("Delete lines"), exc)
            return
        self.undo_label.setText(self.tr("Deleted {count} lines.").format(count=len(deleted)))
        self.undo_bar.show()
        self.undo_stack.push(
            Done(
                self.tr("delete {count} lines").format(count=len(deleted)),
                deleted,
                undo=self._restore,
                redo=lambda _restored: self.service.delete(ids),
                on_error=lambda exc: messages.error(self, self.tr("Undo"), exc),
                after=self._after_undo,
            )
        )
        self.ui.notify("reimbursements")

    def _restore(self, deleted: DeletedLines) -> int:
        restored = self.service.restore(deleted)
        self.ui.status(self.tr("Put back {count} lines.").format(count=restored))
        return restored

    def _after_undo(self) -> None:
        self.undo_bar.hide()
        self.ui.notify("reimbursements")

    def undo_delete(self) -> None:
        """The undo bar's button: Edit > Undo."""
        self.undo_stack.undo()

    def export_csv(self) -> None:
        flt = self.current_filter()
        path = messages.save_as(
            self,
            self.tr("Export the lines as CSV"),
            self.tr("reimbursements.csv"),
            self.tr("CSV files (*.csv)"),
            lambda path: self.service.export_csv(flt, path),
        )
        if path is not None:
            self.ui.status(self.tr("Exported to {path}").format(path=path))

    def export_pdf(self) -> None:
        year = self.year_combo.currentData()
        suggested = (
            self.tr("reimbursements-{year}.pdf").format(year=year)
            if year
            else self.tr("reimbursements.pdf")
        )
        path = messages.save_file(
            self, self.tr("Export the summary as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        lines = self.current_filter()
        flt = ActFilter(lines.person_id, lines.date_from, lines.date_to, text=lines.text)
        service = ActService(self.ui.ctx)
        language = document_language()  # the UI's, read here: the PDF is made on another thread

        def work(control: TaskControl) -> Path:
            return service.export_pdf(
                flt, path, on_page=lambda page: control.progress(page, 0), language=language
            )

        def done(written: Path) -> None:
            self.ui.status(self.tr("Exported to {path}").format(path=written))
            messages.open_with_system(written)

        def failed(exc: BaseException) -> None:
            messages.error(self, self.tr("Export PDF"), exc)

        self.ui.status(self.tr("Writing the PDF…"))
        self.pdf_task = run_task(work, on_done=done, on_error=failed)

    # ------------------------------------------------------------------ claims
    def open_record(self, kind: str, record_id: int | None) -> None:
        """The Overview's links: a claim (in its section), a late act (among the acts), the
        late ones together (Still owed), else the acts."""
        if kind == "care_act" and record_id is None:  # "… more late reimbursements"
            self.content.setCurrentWidget(self.owed)
            return
        if kind == "care_act":
            self.content.setCurrentWidget(self.acts)
            self.refresh_acts()
            # An act gone since the Overview was drawn: the acts are shown.
            with suppress(UserError):
                self.acts.reveal(ActService(self.ui.ctx).get(record_id))
            return
        if kind != "claim" or record_id is None:
            self.content.setCurrentWidget(self.acts)
            return
        self.content.setCurrentWidget(self.claims_page)
        row = self.claims_model.row_of(record_id)
        if row < 0 and not self.show_closed.isChecked():
            self.show_closed.setChecked(True)  # refreshes the list
            row = self.claims_model.row_of(record_id)
        if row >= 0:
            self.claims_table.selectRow(row)

    def selected_claim(self) -> ClaimRecord | None:
        rows = self.claims_table.selectionModel().selectedRows()
        return self.claims_model.claim_at(rows[0].row()) if rows else None

    def add_claim(self) -> None:
        from ameli_desktop.ui.dialogs.claim import ClaimDialog

        ClaimDialog.edit(self.ui, None, self)

    def edit_claim(self) -> None:
        claim = self.selected_claim()
        if claim is None:
            return
        from ameli_desktop.ui.dialogs.claim import ClaimDialog

        ClaimDialog.edit(self.ui, claim, self)

    def set_claim_status(self, status: ClaimStatus) -> None:
        claim = self.selected_claim()
        if claim is None:
            return
        try:
            self.claims_service.set_status(claim.id, status)
        except UserError as exc:
            messages.error(self, self.tr("Claims"), exc)
            return
        self.ui.notify("claims")

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        path = dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.import_statement(path)


class LazyComboBox(QComboBox):
    """A list filled when it is opened: the distinct natures of a million lines take a scan,
    which only someone choosing one should wait for."""

    def __init__(self, items: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = items
        self._filled = False
        self._first = ""

    def reset_items(self, first: str) -> None:
        """Keep the current choice and the "all" entry; refill the rest at the next opening."""
        current = self.currentData()
        self._first = first
        self.setMinimumContentsLength(len(first) + 1)
        self.view().setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 30))
        self.blockSignals(True)
        self.clear()
        self.addItem(first, None)
        if current is not None:
            self.addItem(current, current)
            self.setCurrentIndex(1)
        self.blockSignals(False)
        self._filled = False

    def fill(self) -> None:
        if self._filled:
            return
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._first, None)
        for item in self._items():
            self.addItem(item, item)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)
        self._filled = True

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()


def dropped_file(mime) -> Path | None:  # type: ignore[no-untyped-def]
    """The one local file a drag carries, if any."""
    if not mime.hasUrls():
        return None
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return files[0] if len(files) == 1 and files[0].is_file() else None
