"""Qt models of the Reimbursements tab: lines paged from SQLite, monthly/yearly totals, claims,
import batches.

The lines model never holds more than a few pages: ``rowCount`` is a SQL count and ``data`` reads
the page a row falls in (200 rows) when the view first paints it. Sorting and filtering happen in
SQL too, so :class:`LinesProxyModel` forwards them to the source instead of sorting or filtering
rows itself (which would read every line).
"""

from collections import OrderedDict
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ameli_desktop.domain.claims import CLAIM_KIND_LABELS, CLAIM_STATUS_LABELS, ClaimStatus
from ameli_desktop.services.claims import ClaimRecord
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.reimbursements import (
    LineFilter,
    LineRecord,
    PeriodTotals,
    ReimbursementService,
    SortKey,
)
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import translate

if TYPE_CHECKING:  # the importer is loaded when an import starts, not at start-up
    from ameli_desktop.services.statement_import import BatchRecord

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
OVERDUE = QColor("#c62828")


def _money_cell(cents: int | None) -> str:
    return formatting.money(cents)


class LinesModel(QAbstractTableModel):
    """Reimbursement lines of a filter, a page at a time."""

    DATE, PERSON, NATURE, PRACTITIONER, PAID, REIMBURSED, COMPLEMENTARY, OUT_OF_POCKET, PAYMENT = (
        range(9)
    )
    PAGE_SIZE = 200
    MAX_PAGES = 20  # pages kept in memory (the rest are read again when scrolled back to)
    _SORT_KEYS: ClassVar[dict[int, SortKey]] = {
        DATE: SortKey.DATE,
        PERSON: SortKey.PERSON,
        NATURE: SortKey.NATURE,
        PRACTITIONER: SortKey.PRACTITIONER,
        PAID: SortKey.PAID,
        REIMBURSED: SortKey.REIMBURSED,
        COMPLEMENTARY: SortKey.COMPLEMENTARY,
        OUT_OF_POCKET: SortKey.OUT_OF_POCKET,
        PAYMENT: SortKey.PAYMENT_DATE,
    }
    _MONEY = frozenset({PAID, REIMBURSED, COMPLEMENTARY, OUT_OF_POCKET})

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = ReimbursementService(ctx)
        self.filter = LineFilter()
        self.sort_key = SortKey.DATE
        self.descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[LineRecord]] = OrderedDict()

    # ---------------------------------------------------------------- loading
    def set_filter(self, flt: LineFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self.service.count(self.filter)
        self.endResetModel()

    def _page(self, number: int) -> list[LineRecord]:
        page = self._pages.get(number)
        if page is None:
            page = self.service.page(
                self.filter,
                sort=self.sort_key,
                descending=self.descending,
                offset=number * self.PAGE_SIZE,
                limit=self.PAGE_SIZE,
            )
            self._pages[number] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def line_at(self, row: int) -> LineRecord | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def loaded_pages(self) -> int:
        return len(self._pages)

    # ---------------------------------------------------------------- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Date of care"),
                self.tr("Person"),
                self.tr("Nature of care"),
                self.tr("Practitioner"),
                self.tr("Paid"),
                self.tr("Reimbursed"),
                self.tr("Complementary"),
                self.tr("Out of pocket"),
                self.tr("Paid on"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.DATE: self.tr("Date des soins (the payment date for bank lines)"),
                self.PAID: self.tr("Montant payé: what was paid to the practitioner"),
                self.REIMBURSED: self.tr("Montant remboursé by the Assurance Maladie"),
                self.COMPLEMENTARY: self.tr("Paid by the complementary insurer (mutuelle)"),
                self.OUT_OF_POCKET: self.tr("Reste à charge: paid - reimbursed - complementary"),
                self.PAYMENT: self.tr("Date de paiement"),
            }.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._MONEY:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.line_at(index.row())
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._MONEY:
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return line.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DATE and line.care_date is None:
                return self.tr("No date of care in the file: this is the payment date.")
            if line.insurer and column in (self.REIMBURSED, self.COMPLEMENTARY, self.NATURE):
                return self.tr("From a bank statement (paid by: {insurer})").format(
                    insurer=self.tr("Assurance Maladie")
                    if line.insurer == "mandatory"
                    else self.tr("complementary insurer")
                )
            if column == self.PAYMENT and line.bank_date is not None:
                return self.tr(
                    "Received on your bank account on {day} (the bank export's line for this "
                    "payment is counted here, not twice)."
                ).format(day=formatting.day(line.bank_date))
            if column == self.COMPLEMENTARY and line.sent_to_complementary:
                return self.tr(
                    "The Assurance Maladie sent this line on to your complementary insurer "
                    "(transmis à votre complémentaire)."
                )
            if column == self.NATURE and line.nature:
                return line.nature
        return None

    def _display(self, line: LineRecord, column: int) -> str:
        if column == self.DATE:
            return formatting.day(line.line_date)
        if column == self.PERSON:
            return line.person_name
        if column == self.NATURE:
            return line.nature
        if column == self.PRACTITIONER:
            return line.practitioner
        if column == self.PAID:
            return _money_cell(line.paid_cents)
        if column == self.REIMBURSED:
            return _money_cell(line.reimbursed_cents)
        if column == self.COMPLEMENTARY:
            if line.complementary_cents is None and line.sent_to_complementary:
                return self.tr("sent →")
            return _money_cell(line.complementary_cents)
        if column == self.OUT_OF_POCKET:
            return _money_cell(line.out_of_pocket_cents)
        if line.bank_date is not None:
            return formatting.day(line.payment_date) + " ✓"
        return formatting.day(line.payment_date)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL (ties by id, so paging is stable)."""
        key = self._SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class LinesProxyModel(QSortFilterProxyModel):
    """The view's model: its filters and sorting are the source's SQL (see the module docstring).

    It keeps the filter criteria the tab sets one by one and hands the source one LineFilter.
    """

    def __init__(self, source: LinesModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.lines = source
        self.person_id: int | None = None
        self.date_from: date | None = None
        self.date_to: date | None = None
        self.nature: str | None = None
        self.text = ""

    def set_criteria(self, **criteria: Any) -> None:
        for name, value in criteria.items():
            if not hasattr(self, name):
                raise AttributeError(name)
            setattr(self, name, value)
        self.apply()

    def current_filter(self) -> LineFilter:
        return LineFilter(self.person_id, self.date_from, self.date_to, self.nature, self.text)

    def apply(self) -> None:
        self.lines.set_filter(self.current_filter())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.lines.sort(column, order)

    def line_at(self, proxy_row: int) -> LineRecord | None:
        source = self.mapToSource(self.index(proxy_row, 0))
        return self.lines.line_at(source.row())


class PeriodModel(QAbstractTableModel):
    """Totals per month or per year (a few hundred rows at most)."""

    PERIOD, LINES, PAID, REIMBURSED, COMPLEMENTARY, OUT_OF_POCKET = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PeriodTotals] = []

    def set_rows(self, rows: list[PeriodTotals]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Period"),
                self.tr("Lines"),
                self.tr("Paid"),
                self.tr("Reimbursed"),
                self.tr("Complementary"),
                self.tr("Out of pocket"),
            ][section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= self.LINES:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PERIOD:
                key = row.period
                return f"{key[5:7]}/{key[:4]}" if len(key) == 7 else key
            t = row.totals
            return {
                self.LINES: str(t.lines),
                self.PAID: _money_cell(t.paid_cents),
                self.REIMBURSED: _money_cell(t.reimbursed_cents),
                self.COMPLEMENTARY: _money_cell(t.complementary_cents),
                self.OUT_OF_POCKET: _money_cell(t.out_of_pocket_cents),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.LINES:
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return row.period
        return None


class ClaimsModel(QAbstractTableModel):
    """Claims to follow; overdue ones in red and bold."""

    PERSON, KIND, SENT, EXPECTED, CARE, AMOUNT, STATUS, NOTES = range(8)

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self._claims: list[ClaimRecord] = []
        self.today = today  # the context's today: never the clock (tests fix it)

    def set_claims(self, claims: list[ClaimRecord], today: date) -> None:
        self.beginResetModel()
        self._claims = list(claims)
        self.today = today
        self.endResetModel()

    def claim_at(self, row: int) -> ClaimRecord | None:
        return self._claims[row] if 0 <= row < len(self._claims) else None

    def row_of(self, claim_id: int) -> int:
        return next((i for i, c in enumerate(self._claims) if c.id == claim_id), -1)

    def overdue_count(self) -> int:
        return sum(1 for c in self._claims if c.overdue(self.today))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._claims)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Person"),
            self.tr("Kind"),
            self.tr("Sent on"),
            self.tr("Answer expected by"),
            self.tr("Date of care"),
            self.tr("Amount"),
            self.tr("Status"),
            self.tr("Notes"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        claim = self.claim_at(index.row())
        if claim is None:
            return None
        column = index.column()
        overdue = claim.overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PERSON:
                return claim.person_name
            if column == self.KIND:
                return translate("Claims", CLAIM_KIND_LABELS[claim.kind])
            if column == self.SENT:
                return formatting.day(claim.sent_on)
            if column == self.EXPECTED:
                return formatting.day(claim.expected_by)
            if column == self.CARE:
                return formatting.day(claim.care_date)
            if column == self.AMOUNT:
                return _money_cell(claim.amount_cents)
            if column == self.STATUS:
                text = translate("Claims", CLAIM_STATUS_LABELS[claim.status])
                return self.tr("Overdue") if overdue else text
            return claim.notes
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return self.tr(
                    "No answer since {day}: call 3646 or write from your ameli account."
                ).format(day=formatting.day(claim.expected_by))
            if claim.status is ClaimStatus.PAID:
                return self.tr("Settled by an imported statement line on {day}.").format(
                    day=formatting.day(claim.closed_on)
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return claim.id
        return None


class BatchesModel(QAbstractTableModel):
    """Imported files, most recent first."""

    WHEN, FILE, PROFILE, IMPORTED, DUPLICATES, REJECTED = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._batches: list[BatchRecord] = []

    def set_batches(self, batches: "list[BatchRecord]") -> None:
        self.beginResetModel()
        self._batches = list(batches)
        self.endResetModel()

    def batch_at(self, row: int) -> "BatchRecord | None":
        return self._batches[row] if 0 <= row < len(self._batches) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._batches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Imported on"),
            self.tr("File"),
            self.tr("Profile"),
            self.tr("New lines"),
            self.tr("Already stored"),
            self.tr("Skipped as unreadable"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        batch = self.batch_at(index.row())
        if batch is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                formatting.day_time(batch.imported_at),
                batch.file_name,
                batch.profile,
                str(batch.imported),
                str(batch.duplicates),
                str(batch.rejected),
            ][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return batch.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.IMPORTED:
            return RIGHT
        return None
