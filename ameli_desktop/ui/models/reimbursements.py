"""Qt models of the Reimbursements tab: lines paged from SQLite, monthly/yearly totals, claims,
import batches.

The lines model never holds more than a few pages: ``rowCount`` is a SQL count and ``data`` reads
the page a row falls in (200 rows) when the view first paints it. Sorting and filtering happen in
SQL too, so the view shows the model itself: a proxy would sort or filter by reading every line,
and even an identity proxy costs a third of the Python a painted page runs (issue 20).
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ameli_desktop.domain.claims import CLAIM_KIND_LABELS, CLAIM_STATUS_LABELS, ClaimStatus
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.services.claims import ClaimRecord
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.reimbursements import (
    LineFilter,
    LineRecord,
    PeriodTotals,
    ReimbursementService,
    SortKey,
    line_record,
)
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.models.table import (
    RIGHT,
    Column,
    PagedTableModel,
    Table,
    TableModel,
    count_column,
    day_column,
    money_column,
)

if TYPE_CHECKING:  # the importer is loaded when an import starts, not at start-up
    from ameli_desktop.services.statement_import import BatchRecord

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#c62828")
money = formatting.money


def _complementary(line: LineRecord) -> str:
    if line.complementary_cents is None and line.sent_to_complementary:
        return translate("LinesModel", "sent →")
    return money(line.complementary_cents)


def _paid_on(line: LineRecord) -> str:
    if line.bank_date is not None:
        return formatting.day(line.payment_date) + " ✓"
    return formatting.day(line.payment_date)


def _from_bank(line: LineRecord) -> str | None:
    if not line.insurer:
        return None
    return translate("LinesModel", "From a bank statement (paid by: {insurer})").format(
        insurer=translate("LinesModel", "Assurance Maladie")
        if line.insurer == "mandatory"
        else translate("LinesModel", "complementary insurer")
    )


def _complementary_tooltip(line: LineRecord) -> str | None:
    if line.insurer:
        return _from_bank(line)
    if line.sent_to_complementary:
        return translate(
            "LinesModel",
            "The Assurance Maladie sent this line on to your complementary insurer "
            "(transmis à votre complémentaire).",
        )
    return None


def _payment_tooltip(line: LineRecord) -> str | None:
    if line.bank_date is None:
        return None
    return translate(
        "LinesModel",
        "Received on your bank account on {day} (the bank export's line for this "
        "payment is counted here, not twice).",
    ).format(day=formatting.day(line.bank_date))


def _no_care_date(line: LineRecord) -> str | None:
    if line.care_date is not None:
        return None
    return translate("LinesModel", "No date of care in the file: this is the payment date.")


# The SQL sorts (services.reimbursements.SortKey), so the columns need no sort values; their
# widths are typical lengths, as a million lines cannot be measured.
LINES: Table[LineRecord] = Table(
    "LinesModel",
    (
        Column(
            QT_TRANSLATE_NOOP("LinesModel", "Date of care"),
            lambda line: formatting.day(line.line_date),
            tooltip=_no_care_date,
            header_tooltip=QT_TRANSLATE_NOOP(
                "LinesModel", "Date des soins (the payment date for bank lines)"
            ),
            chars=10,
        ),
        Column(QT_TRANSLATE_NOOP("LinesModel", "Person"), lambda line: line.person_name, chars=22),
        Column(
            QT_TRANSLATE_NOOP("LinesModel", "Nature of care"),
            lambda line: line.nature,
            tooltip=lambda line: _from_bank(line) or line.nature or None,
            stretch=True,
            chars=20,
        ),
        Column(
            QT_TRANSLATE_NOOP("LinesModel", "Practitioner"),
            lambda line: line.practitioner,
            chars=16,
        ),
        money_column(
            QT_TRANSLATE_NOOP("LinesModel", "Paid"),
            lambda line: line.paid_cents,
            header_tooltip=QT_TRANSLATE_NOOP(
                "LinesModel", "Montant payé: what was paid to the practitioner"
            ),
            chars=11,
        ),
        money_column(
            QT_TRANSLATE_NOOP("LinesModel", "Reimbursed"),
            lambda line: line.reimbursed_cents,
            tooltip=_from_bank,
            header_tooltip=QT_TRANSLATE_NOOP(
                "LinesModel", "Montant remboursé by the Assurance Maladie"
            ),
            chars=11,
        ),
        Column(
            QT_TRANSLATE_NOOP("LinesModel", "Complementary"),
            _complementary,
            tooltip=_complementary_tooltip,
            header_tooltip=QT_TRANSLATE_NOOP(
                "LinesModel", "Paid by the complementary insurer (mutuelle)"
            ),
            align=RIGHT,
            chars=11,
        ),
        money_column(
            QT_TRANSLATE_NOOP("LinesModel", "Out of pocket"),
            lambda line: line.out_of_pocket_cents,
            header_tooltip=QT_TRANSLATE_NOOP(
                "LinesModel", "Reste à charge: paid - reimbursed - complementary"
            ),
            chars=11,
        ),
        Column(
            QT_TRANSLATE_NOOP("LinesModel", "Paid on"),
            _paid_on,
            tooltip=_payment_tooltip,
            header_tooltip=QT_TRANSLATE_NOOP("LinesModel", "Date de paiement"),
            chars=12,
        ),
    ),
    row_id=lambda line: line.id,
)


class LinesModel(PagedTableModel[LineRecord]):
    """Reimbursement lines of a filter, a page at a time."""

    DATE, PERSON, NATURE, PRACTITIONER, PAID, REIMBURSED, COMPLEMENTARY, OUT_OF_POCKET, PAYMENT = (
        range(9)
    )
    SORT_KEYS: ClassVar[dict[int, SortKey]] = {
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

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(LINES, LineFilter(), SortKey.DATE, parent)
        self.service = ReimbursementService(ctx)

    def count_rows(self) -> int:
        return self.service.count(self.filter)

    def read_page(self, offset: int, limit: int) -> Sequence[Any]:
        return self.service.page_rows(
            self.filter, sort=self.sort_key, descending=self.descending, offset=offset, limit=limit
        )

    def to_record(self, row: Any) -> LineRecord:
        return line_record(row)

    def line_at(self, row: int) -> LineRecord | None:
        return self.record(row)

    def set_criteria(self, **criteria: Any) -> None:
        """Show the lines of a filter changed in some of its fields (``person_id=2``...)."""
        self.set_filter(replace(self.filter, **criteria))


def _period(row: PeriodTotals) -> str:
    key = row.period
    return f"{key[5:7]}/{key[:4]}" if len(key) == 7 else key


PERIODS: Table[PeriodTotals] = Table(
    "PeriodModel",
    (
        Column(
            QT_TRANSLATE_NOOP("PeriodModel", "Period"),
            _period,
            sort=lambda r: r.period,
            stretch=True,
            chars=8,
        ),
        count_column(
            QT_TRANSLATE_NOOP("PeriodModel", "Lines"),
            lambda r: r.totals.lines,
            stretch=True,
            chars=12,
        ),
        money_column(
            QT_TRANSLATE_NOOP("PeriodModel", "Paid"),
            lambda r: r.totals.paid_cents,
            stretch=True,
            chars=12,
        ),
        money_column(
            QT_TRANSLATE_NOOP("PeriodModel", "Reimbursed"),
            lambda r: r.totals.reimbursed_cents,
            stretch=True,
            chars=12,
        ),
        money_column(
            QT_TRANSLATE_NOOP("PeriodModel", "Complementary"),
            lambda r: r.totals.complementary_cents,
            stretch=True,
            chars=12,
        ),
        money_column(
            QT_TRANSLATE_NOOP("PeriodModel", "Out of pocket"),
            lambda r: r.totals.out_of_pocket_cents,
            stretch=True,
            chars=12,
        ),
    ),
    row_id=lambda r: r.period,
)


class PeriodModel(TableModel[PeriodTotals]):
    """Totals per month or per year (a few hundred rows at most); a few columns of figures,
    which share the width."""

    PERIOD, LINES, PAID, REIMBURSED, COMPLEMENTARY, OUT_OF_POCKET = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(PERIODS, parent)


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A claim, and whether it is overdue on the context's today (never the clock)."""

    claim: ClaimRecord
    overdue: bool


def _bold_red(row: ClaimRow) -> Any:
    if not row.overdue:
        return None
    font = QFont()
    font.setBold(True)
    return font


def _claim_tooltip(row: ClaimRow) -> str | None:
    claim = row.claim
    if row.overdue:
        return translate(
            "ClaimsModel", "No answer since {day}: call 3646 or write from your ameli account."
        ).format(day=formatting.day(claim.expected_by))
    if claim.status is ClaimStatus.PAID:
        return translate("ClaimsModel", "Settled by an imported statement line on {day}.").format(
            day=formatting.day(claim.closed_on)
        )
    return None


def _claim_status(row: ClaimRow) -> str:
    if row.overdue:
        return translate("ClaimsModel", "Overdue")
    return translate("Claims", CLAIM_STATUS_LABELS[row.claim.status])


CLAIMS: Table[ClaimRow] = Table(
    "ClaimsModel",
    (
        Column(QT_TRANSLATE_NOOP("ClaimsModel", "Person"), lambda r: r.claim.person_name),
        Column(
            QT_TRANSLATE_NOOP("ClaimsModel", "Kind"),
            lambda r: translate("Claims", CLAIM_KIND_LABELS[r.claim.kind]),
        ),
        day_column(
            QT_TRANSLATE_NOOP("ClaimsModel", "Sent on"),
            lambda r: r.claim.sent_on,
        ),
        day_column(
            QT_TRANSLATE_NOOP("ClaimsModel", "Answer expected by"),
            lambda r: r.claim.expected_by,
        ),
        day_column(
            QT_TRANSLATE_NOOP("ClaimsModel", "Date of care"),
            lambda r: r.claim.care_date,
        ),
        money_column(QT_TRANSLATE_NOOP("ClaimsModel", "Amount"), lambda r: r.claim.amount_cents),
        Column(QT_TRANSLATE_NOOP("ClaimsModel", "Status"), _claim_status),
        Column(QT_TRANSLATE_NOOP("ClaimsModel", "Notes"), lambda r: r.claim.notes, stretch=True),
    ),
    row_id=lambda r: r.claim.id,
    tooltip=_claim_tooltip,
    foreground=lambda r: QBrush(OVERDUE) if r.overdue else None,
    font=_bold_red,
)


class ClaimsModel(TableModel[ClaimRow]):
    """Claims to follow; overdue ones in red and bold."""

    PERSON, KIND, SENT, EXPECTED, CARE, AMOUNT, STATUS, NOTES = range(8)

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(CLAIMS, parent)
        self.today = today  # the context's today: never the clock (tests fix it)

    def set_claims(self, claims: list[ClaimRecord], today: date) -> None:
        self.today = today
        self.set_rows(ClaimRow(c, c.overdue(today)) for c in claims)

    def claim_at(self, row: int) -> ClaimRecord | None:
        record = self.record(row)
        return record.claim if record is not None else None

    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if r.overdue)


BATCHES: "Table[BatchRecord]" = Table(
    "BatchesModel",
    (
        Column(
            QT_TRANSLATE_NOOP("BatchesModel", "Imported on"),
            lambda b: formatting.day_time(b.imported_at),
            sort=lambda b: b.imported_at.timestamp(),
        ),
        Column(QT_TRANSLATE_NOOP("BatchesModel", "File"), lambda b: b.file_name, stretch=True),
        Column(QT_TRANSLATE_NOOP("BatchesModel", "Profile"), lambda b: b.profile),
        count_column(
            QT_TRANSLATE_NOOP("BatchesModel", "New lines"),
            lambda b: b.imported,
        ),
        count_column(
            QT_TRANSLATE_NOOP("BatchesModel", "Already stored"),
            lambda b: b.duplicates,
        ),
        count_column(
            QT_TRANSLATE_NOOP("BatchesModel", "Skipped as unreadable"),
            lambda b: b.rejected,
        ),
    ),
    row_id=lambda b: b.id,
)


class BatchesModel(TableModel["BatchRecord"]):
    """Imported files, most recent first."""

    WHEN, FILE, PROFILE, IMPORTED, DUPLICATES, REJECTED = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(BATCHES, parent)

    def set_batches(self, batches: "list[BatchRecord]") -> None:
        self.set_rows(batches)

    def batch_at(self, row: int) -> "BatchRecord | None":
        return self.record(row)
