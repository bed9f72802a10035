"""Qt models of the acts of care (issue 19): the acts paged from SQLite, what each payer still
owes, and the bank lines that explain no act.

The acts table is described once (:data:`ACTS`) and served by the table engine; like the lines
table it never holds more than a few pages (``rowCount`` is a SQL count, ``data`` reads the page
a row falls in when the view first paints it) and it sorts in SQL.
"""

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ameli_desktop.domain.acts import ActKind, ActStatus
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.statements import DocumentKind
from ameli_desktop.services.acts import ActFilter, ActRecord, ActService, ActSort, BankLineRecord
from ameli_desktop.services.context import AppContext
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.models.table import (
    Column,
    PagedTableModel,
    Table,
    TableModel,
    day_column,
    money_column,
)

Index = QModelIndex | QPersistentModelIndex
LATE = QColor("#c62828")
CONTEXT = "ActsModel"

STATUS_LABELS = {
    ActStatus.SETTLED: QT_TRANSLATE_NOOP("ActsModel", "Settled"),
    ActStatus.AWAITING_AMO: QT_TRANSLATE_NOOP("ActsModel", "Awaiting the Assurance Maladie"),
    ActStatus.AWAITING_AMC: QT_TRANSLATE_NOOP("ActsModel", "Awaiting the mutuelle"),
}
DOCUMENT_LABELS = {
    DocumentKind.AMELI_PAYMENT: QT_TRANSLATE_NOOP("ActsModel", "ameli payment"),
    DocumentKind.AMELI_MONTHLY: QT_TRANSLATE_NOOP("ActsModel", "ameli relevé"),
    DocumentKind.AMELI_PAPER: QT_TRANSLATE_NOOP("ActsModel", "paper relevé"),
    DocumentKind.MUTUELLE: QT_TRANSLATE_NOOP("ActsModel", "mutuelle"),
    DocumentKind.TABLE_PDF: QT_TRANSLATE_NOOP("ActsModel", "PDF"),
    DocumentKind.BANK: QT_TRANSLATE_NOOP("ActsModel", "bank"),
    DocumentKind.CSV: QT_TRANSLATE_NOOP("ActsModel", "CSV"),
}
PAYER_LABELS = {
    "mandatory": QT_TRANSLATE_NOOP("ActsModel", "Assurance Maladie"),
    "complementary": QT_TRANSLATE_NOOP("ActsModel", "mutuelle"),
    "household": QT_TRANSLATE_NOOP("ActsModel", "your payment for care"),
}


def status_text(act: ActRecord) -> str:
    """ "Awaiting the mutuelle · late" (late said in words, not only in red)."""
    text = translate("ActsModel", STATUS_LABELS[act.status])
    if act.late:
        text += " · " + translate("ActsModel", "late")
    return text


def sources_text(act: ActRecord) -> str:
    """The documents an act was read from, and "bank" when a bank debit paid it."""
    kinds = list(act.documents)
    if act.bank_debit is not None and DocumentKind.BANK not in kinds:
        kinds.append(DocumentKind.BANK)
    return ", ".join(translate("ActsModel", DOCUMENT_LABELS[k]) for k in kinds)


def _person(act: ActRecord) -> str:
    if act.kind is ActKind.EXPENSE:
        return translate("ActsModel", "(household)")
    return act.person_name or ""


def _nature(act: ActRecord) -> str:
    if act.kind is ActKind.EXPENSE:
        debit = act.bank_debit
        return translate("ActsModel", "Paid by card or debit: {label}").format(
            label=debit.label if debit else ""
        )
    return act.nature


def _late_colour(act: ActRecord) -> Any:
    return QBrush(LATE) if act.late else None


def _status_tooltip(act: ActRecord) -> str | None:
    if act.status is ActStatus.SETTLED:
        return None
    since = formatting.day(act.since)
    if act.status is ActStatus.AWAITING_AMO:
        return translate(
            "ActsModel", "Awaited from the Assurance Maladie since {since} (the date of care)."
        ).format(since=since)
    return translate(
        "ActsModel", "Awaited from the mutuelle since {since} (the Assurance Maladie's payment)."
    ).format(since=since)


def _amc(act: ActRecord) -> str:
    """The mutuelle's part received; an estimate is marked ≈ (and said in its tooltip)."""
    if act.amc_cents is not None:
        return formatting.money(act.amc_cents)
    estimate = act.estimated_amc_cents
    if estimate is not None:
        return "≈ " + formatting.money(estimate)
    return ""


def _amc_tooltip(act: ActRecord) -> str | None:
    if act.amc_cents is None and act.estimated_amc_cents is not None:
        return translate(
            "ActsModel", "An estimate from your contract's level (Preferences): not received yet."
        )
    return None


# The SQL sorts (services.acts.ActSort), so the columns need no sort values; their widths are
# typical lengths, as forty thousand acts are not measured.
ACTS: Table[ActRecord] = Table(
    CONTEXT,
    (
        Column(
            QT_TRANSLATE_NOOP("ActsModel", "Date of care"),
            lambda a: formatting.day(a.care_date),
            header_tooltip=QT_TRANSLATE_NOOP("ActsModel", "Date des soins"),
            chars=10,
        ),
        Column(QT_TRANSLATE_NOOP("ActsModel", "Person"), _person, chars=18),
        Column(
            QT_TRANSLATE_NOOP("ActsModel", "Nature of care"),
            _nature,
            tooltip=lambda a: a.nature or None,
            stretch=True,
            chars=20,
        ),
        Column(QT_TRANSLATE_NOOP("ActsModel", "Practitioner"), lambda a: a.practitioner, chars=12),
        money_column(
            QT_TRANSLATE_NOOP("ActsModel", "Paid"),
            lambda a: a.paid_cents,
            header_tooltip=QT_TRANSLATE_NOOP(
                "ActsModel", "Montant payé: what was paid to the professional"
            ),
            chars=10,
        ),
        money_column(
            QT_TRANSLATE_NOOP("ActsModel", "Assurance\nMaladie"),
            lambda a: a.amo_cents,
            header_tooltip=QT_TRANSLATE_NOOP(
                "ActsModel", "Montant versé: the Assurance Maladie's part, before anything withheld"
            ),
            chars=10,
        ),
        money_column(
            QT_TRANSLATE_NOOP("ActsModel", "Withheld"),
            lambda a: a.withheld_cents,
            header_tooltip=QT_TRANSLATE_NOOP(
                "ActsModel", "Participation forfaitaire and franchises withheld for the act"
            ),
            chars=8,
        ),
        Column(
            QT_TRANSLATE_NOOP("ActsModel", "Mutuelle"),
            _amc,
            tooltip=_amc_tooltip,
            header_tooltip=QT_TRANSLATE_NOOP(
                "ActsModel", "Part de la complémentaire: what the mutuelle paid"
            ),
            align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            chars=10,
        ),
        money_column(
            QT_TRANSLATE_NOOP("ActsModel", "Left to pay"),
            lambda a: a.left_cents,
            header_tooltip=QT_TRANSLATE_NOOP(
                "ActsModel", "Reste à charge: paid - Assurance Maladie + withheld - mutuelle"
            ),
            chars=10,
        ),
        Column(
            QT_TRANSLATE_NOOP("ActsModel", "Status"),
            status_text,
            tooltip=_status_tooltip,
            foreground=_late_colour,
            chars=30,
        ),
        Column(QT_TRANSLATE_NOOP("ActsModel", "Sources"), sources_text, chars=14),
    ),
    row_id=lambda a: a.id,
)


class ActsModel(PagedTableModel[ActRecord]):
    """The acts of a filter, a page at a time (as the lines model)."""

    DATE, PERSON, NATURE, PRACTITIONER, PAID, AMO, WITHHELD, AMC, LEFT, STATUS, SOURCES = range(11)
    SORT_KEYS: ClassVar[dict[int, ActSort]] = {
        DATE: ActSort.DATE,
        PERSON: ActSort.PERSON,
        NATURE: ActSort.NATURE,
        PAID: ActSort.PAID,
        AMO: ActSort.AMO,
        AMC: ActSort.AMC,
        LEFT: ActSort.LEFT,
        STATUS: ActSort.STATUS,
    }

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(ACTS, ActFilter(), ActSort.DATE, parent)
        self.service = ActService(ctx)

    def count_rows(self) -> int:
        return self.service.count(self.filter)

    def read_page(self, offset: int, limit: int) -> list[ActRecord]:
        return self.service.acts(
            self.filter, sort=self.sort_key, descending=self.descending, offset=offset, limit=limit
        )


def _owed_amount(act: ActRecord) -> str:
    """What the payer still owes for the act: what was paid, awaiting the Assurance Maladie;
    the mutuelle's part as an estimate from the contract's level (never as money received)."""
    if act.status is ActStatus.AWAITING_AMO:
        return formatting.money(act.paid_cents)
    estimate = act.estimated_amc_cents
    if estimate is None:
        return translate("ActsModel", "unknown (give your contract's level in Preferences)")
    return translate("ActsModel", "≈ {amount} (estimate)").format(amount=formatting.money(estimate))


OWED: Table[ActRecord] = Table(
    "OwedModel",
    (
        day_column(
            QT_TRANSLATE_NOOP("OwedModel", "Since"),
            lambda a: a.since,
            header_tooltip=QT_TRANSLATE_NOOP(
                "OwedModel",
                "The date of care for the Assurance Maladie, its payment for the mutuelle",
            ),
        ),
        Column(QT_TRANSLATE_NOOP("OwedModel", "Person"), _person),
        day_column(QT_TRANSLATE_NOOP("OwedModel", "Date of care"), lambda a: a.care_date),
        Column(QT_TRANSLATE_NOOP("OwedModel", "Nature of care"), _nature, stretch=True),
        Column(
            QT_TRANSLATE_NOOP("OwedModel", "Owed"),
            _owed_amount,
            sort=lambda a: a.paid_cents or 0,
            align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        ),
        Column(
            QT_TRANSLATE_NOOP("OwedModel", "Late"),
            lambda a: translate("OwedModel", "late") if a.late else "",
            foreground=_late_colour,
        ),
    ),
    row_id=lambda a: a.id,
    foreground=_late_colour,
)


def _payer(line: BankLineRecord) -> str:
    return translate("ActsModel", PAYER_LABELS.get(line.payer, line.payer))


def _to_confirm(line: BankLineRecord) -> str:
    return translate("BankLinesModel", "to confirm") if line.payer == "household" else ""


BANK_LINES: Table[BankLineRecord] = Table(
    "BankLinesModel",
    (
        day_column(QT_TRANSLATE_NOOP("BankLinesModel", "Booked on"), lambda b: b.booked_on),
        Column(QT_TRANSLATE_NOOP("BankLinesModel", "Bank label"), lambda b: b.label, stretch=True),
        money_column(QT_TRANSLATE_NOOP("BankLinesModel", "Amount"), lambda b: b.cents),
        Column(QT_TRANSLATE_NOOP("BankLinesModel", "Paid by"), _payer),
    ),
    row_id=lambda b: b.id,
)
# The lines that explain no act: a household debit among them is one to confirm
# (services.acts.ActService.other_bank_lines).
OTHER_BANK_LINES: Table[BankLineRecord] = Table(
    "BankLinesModel",
    (
        *BANK_LINES.columns,
        Column(
            QT_TRANSLATE_NOOP("BankLinesModel", "To do"),
            _to_confirm,
            foreground=lambda b: QBrush(LATE) if b.payer == "household" else None,
        ),
    ),
    row_id=lambda b: b.id,
)


class BankLinesModel(TableModel[BankLineRecord]):
    """Bank lines (a few: those explaining one act, or, ``others``, those explaining none, where
    a household debit is one to confirm)."""

    DATE, LABEL, AMOUNT, PAYER = range(4)

    def __init__(self, parent: Any = None, *, others: bool = False) -> None:
        super().__init__(OTHER_BANK_LINES if others else BANK_LINES, parent)


def owed_model(parent: Any = None) -> TableModel[ActRecord]:
    return TableModel(OWED, parent)


def candidates_model(parent: Any = None) -> TableModel[ActRecord]:
    """The acts a debit to confirm may have paid (the acts' own description)."""
    return TableModel(ACTS, parent)
