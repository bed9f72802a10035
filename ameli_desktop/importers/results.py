"""What every reader of the importers returns: statement lines, column by column, with the rows
it rejected or set aside, the document's payments and its daily allowances.

This module reads nothing: the readers (``delimited``, ``table``, ``ameli_pdf``, ``mutuelle_pdf``,
``pdf_table``) end here, and the import service starts here. Nothing here touches the database.
"""

import functools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.reimbursements import out_of_pocket_cents
from ameli_desktop.domain.statements import DocumentKind, LineKind
from ameli_desktop.importers.banks import BankLayout
from ameli_desktop.importers.fields import Field
from ameli_desktop.importers.fingerprints import fingerprints, occurrences, person_keys, text_keys
from ameli_desktop.importers.payers import Insurer
from ameli_desktop.importers.profiles import Profile
from ameli_desktop.importers.values import DateDecision, Problem

PREVIEW_ROWS = 200  # rows the import dialog shows (and lets the user untick)
PROGRESS_EVERY = 8192

ProgressCallback = Callable[[int, int], None]


# ------------------------------------------------------------------------------------- results
@dataclass(slots=True)
class StatementLine:
    """One line read from a file, money in cents, ready to be stored.

    Not frozen: a frozen dataclass costs seven times more to build, and a 100 000-line file builds
    100 000 of these (DESIGN.md 9). Treat it as a value all the same.

    Attributes:
        line: the physical line of the file where the record starts (1-based).
        beneficiary: the name as written ("" when the file has no beneficiary column).
        nature: nature of care, or the bank label for a bank line.
        deductions_cents: participation forfaitaire / franchise, as a positive amount withheld.
        insurer: bank lines only: who paid, guessed from the label, for the user to confirm.
        fingerprint, occurrence: see ``fingerprints``.
        payment_cents: statement PDFs: the total of the payment the line was paid in.
        sent_to_complementary: ameli PDFs: the document's one transmission sentence (G1).
        kind: statement PDFs: an act of care or an amount withheld later (None: a CSV line).
        payment_index: statement PDFs: the index of its payment in ``ParsedStatement.payments``.
        born: the beneficiary's date of birth as printed ("pour ISABELLE né(e) le ...", G1).
        complementary_rate: the older paper relevé's complementary taux (G2).
        amo_quoted_cents: the Assurance Maladie's part a mutuelle statement quotes (G3,
            "à titre indicatif"): never counted as received.
        complementary_insurer: the insurer the transmission sentence names (G1).
        reference: the feuille de soins reference as printed ("0351 1829220000622").
        page: statement PDFs: the page the line is on.
        beneficiary_nir: a mutuelle statement's "NAME / NIR" (G3): whose line it is.
    """

    line: int
    care_date: date | None
    payment_date: date | None
    beneficiary: str
    nature: str
    practitioner: str
    paid_cents: int | None
    base_cents: int | None
    rate_percent: int | None
    reimbursed_cents: int | None
    complementary_cents: int | None
    deductions_cents: int | None
    third_party: bool | None
    insurer: Insurer | None
    fingerprint: str
    occurrence: int
    payment_cents: int | None = None
    sent_to_complementary: bool | None = None
    kind: LineKind | None = None
    payment_index: int | None = None
    born: date | None = None
    complementary_rate: int | None = None
    amo_quoted_cents: int | None = None
    complementary_insurer: str | None = None
    reference: str = ""
    page: int | None = None
    beneficiary_nir: str | None = None

    @property
    def out_of_pocket_cents(self) -> int | None:
        return out_of_pocket_cents(self.paid_cents, self.reimbursed_cents, self.complementary_cents)


@dataclass(frozen=True, slots=True)
class Rejection:
    """A cell (or a whole row when ``column`` is None) that could not be read, and why."""

    line: int
    column: str | None
    value: str
    problem: Problem
    page: int | None = None

    @property
    def reason(self) -> str:
        return self.problem.reason

    def to_dict(self) -> dict[str, Any]:
        """The CLI's JSON form (DESIGN.md 7)."""
        data: dict[str, Any] = {
            "line": self.line,
            "column": self.column,
            "value": self.value,
            "reason": self.reason,
        }
        if self.page is not None:
            data["page"] = self.page
        return data


class SkipReason(StrEnum):
    """Why a row was left out without being an error."""

    HEADING = "heading"  # no date and no amount: a month heading, a note
    TOTAL = "total"  # a total, sub-total or balance line
    REPEATED_HEADER = "repeated_header"  # the header again (two exports pasted together)
    NO_INSURER = "no_insurer"  # bank line that names no health payer
    NOT_HEALTH = "not_health"  # an insurer's payment that is not for care (a claim, life cover)
    PERSON = "person"  # a transfer from a person whose name is an insurer's (Alan Martin)
    PAID_TO_INSURER = "paid_to_insurer"  # bank debit to a complementary insurer (its premium)
    NOT_BOOKED = "not_booked"  # pending, declined or reverted (online banks' status column)
    FOREIGN_CURRENCY = "foreign_currency"  # not in euros: no French health payer pays in it


# Why bank transactions are not health lines, counted as the dialog and the CLI say it:
# (one, several), translated in the "SetAside" context by the GUI.
SET_ASIDE_COUNTS: dict[SkipReason, tuple[str, str]] = {
    SkipReason.NO_INSURER: (
        QT_TRANSLATE_NOOP("SetAside", "1 names no health payer"),
        QT_TRANSLATE_NOOP("SetAside", "{count} name no health payer"),
    ),
    SkipReason.NOT_HEALTH: (
        QT_TRANSLATE_NOOP("SetAside", "1 is an insurer’s payment not for care"),
        QT_TRANSLATE_NOOP("SetAside", "{count} are insurers’ payments not for care"),
    ),
    SkipReason.PERSON: (
        QT_TRANSLATE_NOOP("SetAside", "1 is from a person named like an insurer"),
        QT_TRANSLATE_NOOP("SetAside", "{count} are from people named like insurers"),
    ),
    SkipReason.PAID_TO_INSURER: (
        QT_TRANSLATE_NOOP("SetAside", "1 is a payment to an insurer"),
        QT_TRANSLATE_NOOP("SetAside", "{count} are payments to insurers"),
    ),
    SkipReason.NOT_BOOKED: (
        QT_TRANSLATE_NOOP("SetAside", "1 is not booked"),
        QT_TRANSLATE_NOOP("SetAside", "{count} are not booked"),
    ),
    SkipReason.FOREIGN_CURRENCY: (
        QT_TRANSLATE_NOOP("SetAside", "1 is not in euros"),
        QT_TRANSLATE_NOOP("SetAside", "{count} are not in euros"),
    ),
}
# Reasons a bank transaction is not a health line (the preview and the CLI count them).
NOT_HEALTH_REASONS = frozenset(SET_ASIDE_COUNTS)


def set_aside_text(counts: dict[SkipReason, int], translate: Callable[[str], str] = str) -> str:
    """``8 name no health payer, 1 is a payment to an insurer`` (``translate``: the GUI's)."""
    return ", ".join(
        translate(SET_ASIDE_COUNTS[reason][count != 1]).format(count=count)
        for reason, count in sorted(counts.items())
    )


@dataclass(frozen=True, slots=True)
class SkippedLine:
    line: int
    reason: SkipReason
    text: str  # the row's cells joined, for the preview


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the file and what it is read as (None: not used)."""

    index: int
    header: str  # as in the file; "#N" for a file without a header
    field: Field | None


@dataclass(frozen=True)
class StatementLayout:
    """What the import dialog shows before the user confirms the mapping.

    Attributes:
        header_line: the file line of the header (None for a file without one).
        preamble: the lines above the table, as text.
        profile: the given or detected profile; None when the columns are not recognised.
        preview: the first rows after the header: (file line, cells).
        bank: the bank whose export this is, when its layout was recognised.
        pages: an ameli relevé (PDF): its number of pages (0 for a CSV).
    """

    file_name: str
    sha256: str
    size: int
    encoding: str
    encoding_detected: bool
    delimiter: str
    header_line: int | None
    columns: tuple[Column, ...]
    profile: Profile | None
    preamble: tuple[str, ...]
    preview: tuple[tuple[int, tuple[str, ...]], ...]
    bank: BankLayout | None = None
    pages: int = 0

    @property
    def fields(self) -> list[Field | None]:
        return [c.field for c in self.columns]

    @property
    def header(self) -> list[str] | None:
        return None if self.header_line is None else [c.header for c in self.columns]

    @property
    def unmapped(self) -> list[str]:
        """Header cells that name nothing we know (shown as "not imported")."""
        return [c.header for c in self.columns if c.field is None and c.header.strip()]


@dataclass(frozen=True, eq=True)
class LineColumns:
    """The parsed lines column by column: what the import writes (one ``zip``, no object per
    line); :meth:`lines` builds the :class:`StatementLine` objects when someone wants them."""

    line: list[int]
    care_date: list[date | None]
    payment_date: list[date | None]
    beneficiary: list[str]
    nature: list[str]
    practitioner: list[str]
    paid: list[int | None]
    base: list[int | None]
    rate: list[int | None]
    reimbursed: list[int | None]
    complementary: list[int | None]
    deductions: list[int | None]
    third_party: list[bool | None]
    insurer: list[Insurer | None]
    fingerprint: list[str]
    occurrence: list[int]
    payment_cents: list[int | None]
    sent_to_complementary: list[bool | None]
    kind: list[LineKind | None]
    payment_index: list[int | None]
    born: list[date | None]
    complementary_rate: list[int | None]
    amo_quoted: list[int | None]
    complementary_insurer: list[str | None]
    reference: list[str]
    page: list[int | None]
    beneficiary_nir: list[str | None]

    def __len__(self) -> int:
        return len(self.line)

    def lines(self) -> list[StatementLine]:
        return list(
            map(
                StatementLine,
                self.line,
                self.care_date,
                self.payment_date,
                self.beneficiary,
                self.nature,
                self.practitioner,
                self.paid,
                self.base,
                self.rate,
                self.reimbursed,
                self.complementary,
                self.deductions,
                self.third_party,
                self.insurer,
                self.fingerprint,
                self.occurrence,
                self.payment_cents,
                self.sent_to_complementary,
                self.kind,
                self.payment_index,
                self.born,
                self.complementary_rate,
                self.amo_quoted,
                self.complementary_insurer,
                self.reference,
                self.page,
                self.beneficiary_nir,
            )
        )


@dataclass(frozen=True)
class ParsedStatement:
    """Everything read from one file."""

    layout: StatementLayout
    profile: Profile
    date_decisions: dict[Field, DateDecision]
    columns: LineColumns
    rejections: list[Rejection]
    skipped: list[SkippedLine] = field(default_factory=list)
    document: DocumentKind = DocumentKind.CSV
    payments: tuple["StatementPayment", ...] = ()
    allowances: tuple["DailyAllowance", ...] = ()
    insured: str = ""
    nir: str = ""
    notes: tuple[str, ...] = ()  # what the preview should say (the insurer a document names...)

    @functools.cached_property
    def lines(self) -> list[StatementLine]:
        """The lines as objects (built on first use, then kept)."""
        return self.columns.lines()

    @property
    def rejected_lines(self) -> list[int]:
        """File lines with at least one rejection, in order."""
        return sorted({r.line for r in self.rejections})

    @property
    def ambiguous_dates(self) -> list[Field]:
        """Date columns read in French order only because nothing in them said otherwise."""
        return [f for f, d in self.date_decisions.items() if d.ambiguous]

    @property
    def set_aside(self) -> dict[SkipReason, int]:
        """How many bank transactions are not health lines, by reason (the preview says why)."""
        counts = Counter(s.reason for s in self.skipped if s.reason in NOT_HEALTH_REASONS)
        return dict(sorted(counts.items()))


@dataclass(frozen=True, slots=True)
class StatementPayment:
    """One payment a statement PDF lists: what one bank credit brings (ameli-documents.md §7).

    Attributes:
        paid_on, cents: the closing line "le 19/02/2019 : 17,50 euro(s)" (G1), or a mutuelle's
            "Somme virée … le 20/02/2019   7,50 €" (G3).
        payer: the Assurance Maladie (ameli) or the complementary insurer (a mutuelle).
        third_party: tiers payant: paid to a professional, never credited to the household.
        insurer_name: the mutuelle, when the document names it.
        page, line: where its closing line is.
    """

    paid_on: date
    cents: int
    payer: Insurer
    third_party: bool = False
    insurer_name: str = ""
    page: int = 0
    line: int = 0


@dataclass(frozen=True, slots=True)
class DailyAllowance:
    """Indemnités journalières (sick leave, maternity, paternity pay): money received, not care
    (ameli-documents.md §5, LOW: read tolerantly). Stored apart, never in out-of-pocket."""

    line: int
    page: int
    beneficiary: str
    born: date | None
    nature: str
    period_start: date | None
    period_end: date | None
    days: int | None
    daily_cents: int | None
    cents: int
    payment_index: int | None
    paid_on: date | None


# What each value of a line is when the file has no such column.
_COLUMN_DEFAULTS: dict[str, Any] = {
    "care": None,
    "payment": None,
    "beneficiary": "",
    "nature": "",
    "practitioner": "",
    "paid": None,
    "base": None,
    "rate": None,
    "reimbursed": None,
    "complementary": None,
    "deductions": None,
    "third_party": None,
    "insurer": None,
    "payment_cents": None,
    "sent_to_complementary": None,
    "kind": None,
    "payment_index": None,
    "born": None,
    "complementary_rate": None,
    "amo_quoted": None,
    "complementary_insurer": None,
    "reference": "",
    "page": None,
    "beneficiary_nir": None,
}
# The columns only statement PDFs fill: a CSV's lines leave them at their defaults.
DOCUMENT_COLUMNS = (
    "kind",
    "payment_index",
    "born",
    "complementary_rate",
    "amo_quoted",
    "complementary_insurer",
    "reference",
    "page",
)


def line_columns(lines: list[int], values: dict[str, list[Any]]) -> "LineColumns":
    """Lines given column by column (``_COLUMN_DEFAULTS`` names; a missing one takes its
    default), fingerprinted, with each fingerprint's occurrence."""
    count = len(lines)

    def col(name: str) -> list[Any]:
        column = values.get(name)
        return [_COLUMN_DEFAULTS[name]] * count if column is None else column

    care, payment = col("care"), col("payment")
    beneficiary, nature, practitioner = col("beneficiary"), col("nature"), col("practitioner")
    paid, reimbursed = col("paid"), col("reimbursed")
    complementary, deductions = col("complementary"), col("deductions")
    person_key, text_key = person_keys(), text_keys()
    fps = fingerprints(
        care_dates=care,
        payment_dates=payment,
        beneficiary_keys=map(person_key.__getitem__, beneficiary),
        nature_keys=map(text_key.__getitem__, nature),
        practitioner_keys=map(text_key.__getitem__, practitioner),
        paid_cents=paid,
        reimbursed_cents=reimbursed,
        complementary_cents=complementary,
        deductions_cents=deductions,
    )
    return LineColumns(
        line=lines,
        care_date=care,
        payment_date=payment,
        beneficiary=beneficiary,
        nature=nature,
        practitioner=practitioner,
        paid=paid,
        base=col("base"),
        rate=col("rate"),
        reimbursed=reimbursed,
        complementary=complementary,
        deductions=deductions,
        third_party=col("third_party"),
        insurer=col("insurer"),
        fingerprint=fps,
        occurrence=occurrences(fps),
        payment_cents=col("payment_cents"),
        sent_to_complementary=col("sent_to_complementary"),
        kind=col("kind"),
        payment_index=col("payment_index"),
        born=col("born"),
        complementary_rate=col("complementary_rate"),
        amo_quoted=col("amo_quoted"),
        complementary_insurer=col("complementary_insurer"),
        reference=col("reference"),
        page=col("page"),
        beneficiary_nir=col("beneficiary_nir"),
    )
