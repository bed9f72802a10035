"""Reading a statement file into reimbursement lines: the importer's entry points.

``inspect_statement`` finds the encoding, delimiter, header and profile (what the import dialog
shows before anything is decided); ``parse_statement`` reads every row into :class:`StatementLine`
objects and lists, line by line, the rows it rejects and the rows it skips. Nothing here touches the
database: phase B compares fingerprints with stored lines and writes in one transaction.

Rows are handled column by column (see ``values``): a 100 000-line file costs one ``csv`` pass, one
dict lookup per cell and one small object per line.
"""

import functools
import gc
import html
import io
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from itertools import islice, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.names import fold
from ameli_desktop.domain.reimbursements import out_of_pocket_cents
from ameli_desktop.importers.banks import (
    HEADERLESS_SAMPLE,
    BankLayout,
    detect_headerless,
    detect_layout,
)
from ameli_desktop.importers.decoding import EncodingError, decode, file_sha256
from ameli_desktop.importers.fields import (
    DATE_FIELDS,
    LABEL_FIELDS,
    MONEY_FIELDS,
    UNUSED_FIELDS,
    Field,
    recognise_headers,
)
from ameli_desktop.importers.fingerprints import fingerprints, occurrences, person_keys, text_keys
from ameli_desktop.importers.layout import (
    DELIMITERS,
    MAX_LINES_PER_RECORD,
    Layout,
    LayoutError,
    Records,
    find_layout,
    read_records,
)
from ameli_desktop.importers.payers import Insurer, PayerMatcher
from ameli_desktop.importers.profiles import (
    Profile,
    ProfileError,
    ProfileKind,
    detect_profile,
    missing_fields,
)
from ameli_desktop.importers.values import (
    DateDecision,
    DateOrder,
    Problem,
    ValueCache,
    amount_cache,
    date_cache,
    decide_date_order,
    flag_cache,
    rate_cache,
    read_text,
    text_cache,
)

MAX_FILE_BYTES = 200 * 1024 * 1024  # ten years of a large household's lines fit in 5 MB
PREVIEW_ROWS = 200  # rows the import dialog shows (and lets the user untick)
PROGRESS_EVERY = 8192

ProgressCallback = Callable[[int, int], None]


class FileTooLargeError(EncodingError):
    """Refused before reading: nobody's statement is this large."""


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
        payment_cents: ameli relevé lines: the total of the transfer the line was paid in.
        sent_to_complementary: ameli relevé lines: "transmis à votre complémentaire".
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

    @property
    def reason(self) -> str:
        return self.problem.reason

    def to_dict(self) -> dict[str, Any]:
        """The CLI's JSON form (DESIGN.md 7)."""
        return {
            "line": self.line,
            "column": self.column,
            "value": self.value,
            "reason": self.reason,
        }


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


# --------------------------------------------------------------------------------- inspection
def _refuse_if_too_large(size: int, file_name: str) -> None:
    if size > MAX_FILE_BYTES:
        raise FileTooLargeError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{file}” is {size} MB: a statement file is expected below {limit} MB."
            ),
            field="file",
            file=file_name,
            size=str(size // (1024 * 1024)),
            limit=str(MAX_FILE_BYTES // (1024 * 1024)),
        )


def read_file_bytes(path: Path) -> bytes:
    """A statement file's bytes, refusing absurd sizes before reading them."""
    size = path.stat().st_size
    _refuse_if_too_large(size, path.name)
    return path.read_bytes()


@dataclass(frozen=True)
class _Opened:
    layout: StatementLayout
    records: Records
    data_index: int


def _open(
    data: bytes,
    profile: Profile | None,
    *,
    file_name: str,
    encoding: str | None,
    delimiter: str | None,
) -> _Opened:
    _refuse_if_too_large(len(data), file_name)
    encoding = encoding or (profile.encoding if profile else None)
    delimiter = delimiter or (profile.delimiter if profile else None)
    decoded = decode(data, encoding)
    text = decoded.text
    if not text.strip():
        raise LayoutError(QT_TRANSLATE_NOOP("Errors", "“{file}” is empty."), file=file_name)
    has_header = profile.has_header if profile else True
    found: Layout = find_layout(
        text,
        delimiter=delimiter,
        header_names=profile.header_names() if profile else None,
        has_header=has_header,
        skip_lines=profile.skip_lines if profile else None,
    )
    headerless = None
    chosen_delimiter = found.delimiter
    if found.recognised == 0 and (profile is None or _by_synonyms_bank(profile)):
        # No header named anything we know: perhaps an export that has none (LCL, BNP's older
        # one), recognised from the shape of its rows, whatever the delimiter guessed.
        for candidate in (delimiter,) if delimiter else DELIMITERS:
            sample = read_records(text, candidate, limit=HEADERLESS_SAMPLE).rows
            headerless = detect_headerless(sample)
            if headerless is not None:
                chosen_delimiter = candidate
                break
    if headerless is not None and headerless[0].html_entities:
        # ``C&amp;A`` unquoted: the entity's ";" would split the cell. Entities never span
        # lines, so line numbers stay those of the file.
        text = html.unescape(text)
    records = read_records(text, chosen_delimiter)
    rows = records.rows
    data_index = found.data_index
    header: list[str] | None = None
    header_line: int | None = None
    bank: BankLayout | None = None
    if headerless is not None:
        bank, data_index = headerless
        table_start = data_index
        fields: list[Field | None] = list(bank.positions)
        width = len(fields)
    else:
        if found.header_index is not None and found.header_index < len(rows):
            header = [cell.strip() for cell in rows[found.header_index]]
            width = len(header)
            header_line = records.first_lines[found.header_index]
            table_start = found.header_index
        else:
            table_start = found.data_index
            sample = rows[found.data_index : found.data_index + PREVIEW_ROWS]
            width = max((len(r) for r in sample), default=0)
        if profile is not None and profile.columns:
            fields = profile.resolve(header, width)
        elif header is not None:
            if profile is None or _by_synonyms_bank(profile):
                bank = detect_layout(header)
            fields = bank.fields_for(header) if bank else recognise_headers(header)
        else:
            fields = [None] * width
    if profile is not None:
        chosen: Profile | None = profile
    elif bank is not None:
        chosen = bank_profile(bank)
    else:
        chosen = detect_profile(fields)
    first_table_line = records.first_lines[table_start] if table_start < len(rows) else 0
    preamble = tuple(
        line.rstrip("\r\n")
        for line in islice(io.StringIO(text, newline=""), max(first_table_line - 1, 0))
    )
    columns = tuple(
        Column(i, header[i] if header is not None else f"#{i + 1}", fields[i]) for i in range(width)
    )
    preview = tuple(
        (records.first_lines[i], tuple(rows[i]))
        for i in range(data_index, min(data_index + PREVIEW_ROWS, len(rows)))
    )
    layout = StatementLayout(
        file_name=file_name,
        sha256=file_sha256(data),
        size=len(data),
        encoding=decoded.encoding,
        encoding_detected=decoded.detected,
        delimiter=chosen_delimiter,
        header_line=header_line,
        columns=columns,
        profile=chosen,
        preamble=preamble,
        preview=preview,
        bank=bank,
    )
    return _Opened(layout, records, data_index)


def _by_synonyms_bank(profile: Profile) -> bool:
    """The built-in "bank" profile: any bank's export, recognised by its layout if we know it."""
    return profile.by_synonyms and profile.kind is ProfileKind.BANK


@functools.cache
def bank_profile(bank: BankLayout) -> Profile:
    """The built-in profile of a recognised bank export (named after its layout)."""
    return Profile(name=bank.id, kind=ProfileKind.BANK, builtin=True)


def inspect_statement(
    data: bytes,
    profile: Profile | None = None,
    *,
    file_name: str = "",
    encoding: str | None = None,
    delimiter: str | None = None,
) -> StatementLayout:
    """Encoding, delimiter, header and profile of a file, and its first rows (nothing validated)."""
    return _open(data, profile, file_name=file_name, encoding=encoding, delimiter=delimiter).layout


# ------------------------------------------------------------------------------------- parsing
_TOTAL_WORDS = frozenset({"total", "totaux", "soustotal", "subtotal", "solde", "cumul", "report"})
_TOTAL_PAIRS = frozenset(
    {
        ("sous", "total"),
        ("nouveau", "solde"),
        ("ancien", "solde"),
        ("montant", "total"),
        ("total", "general"),
        ("fin", "du"),
        ("fin", "de"),
        ("closing", "balance"),
        ("opening", "balance"),
    }
)

_NO_DATE = QT_TRANSLATE_NOOP("Errors", "The line has no date.")
_NO_AMOUNT = QT_TRANSLATE_NOOP("Errors", "The line has no amount.")
_TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "Errors",
    "The line has {count} cells where the header has {expected}: a value probably contains an "
    "unquoted “{delimiter}”.",
)
_RUNAWAY_QUOTE = QT_TRANSLATE_NOOP(
    "Errors",
    "A quoted value starting on this line runs over {count} lines: a closing quote is probably "
    "missing.",
)


def _is_total_row(row: Sequence[str]) -> bool:
    first = next((cell for cell in row if cell.strip()), "")
    words = fold(first).replace("-", " ").replace(":", " ").split()
    if not words:
        return False
    return words[0] in _TOTAL_WORDS or tuple(words[:2]) in _TOTAL_PAIRS


def _transpose(rows: list[list[str]], used: list[int], width: int) -> dict[int, Sequence[str]]:
    """The used columns of ``rows``: ``zip(*rows)`` when most are used, else one itemgetter each
    (both run in C; zip builds every column at once, itemgetter only those asked for)."""
    if not rows:
        return dict.fromkeys(used, ())
    if len(used) * 3 >= width:
        columns = list(zip(*rows, strict=True))
        return {i: columns[i] for i in used}
    return {i: list(map(itemgetter(i), rows)) for i in used}


def _cache_for(
    fld: Field, decisions: dict[Field, DateDecision], shared_amounts: ValueCache
) -> ValueCache:
    if fld in DATE_FIELDS:
        return date_cache(decisions[fld].order)
    if fld is Field.DEDUCTIONS:
        # "-1,00" and "1,00" in a deductions column both mean one euro withheld.
        return amount_cache(absolute=True)
    if fld in MONEY_FIELDS:
        return shared_amounts
    if fld is Field.RATE:
        return rate_cache()
    if fld is Field.THIRD_PARTY:
        return flag_cache()
    return text_cache()


class _Table:
    """The data rows of a file as columns of converted values, with their problems."""

    def __init__(
        self,
        opened: _Opened,
        fields: Sequence[Field | None],
        date_order: DateOrder,
        rejections: list[Rejection],
        skipped: list[SkippedLine],
    ) -> None:
        layout = opened.layout
        records = opened.records
        self.header = layout.header
        self.bank = layout.bank
        width = len(fields)
        self.header_names = [c.header for c in layout.columns]
        delimiter = layout.delimiter
        firsts, lasts = records.first_lines, records.last_lines
        start = opened.data_index
        rows = records.rows[start:]
        lines: Sequence[int] = firsts[start:]
        if set(map(len, rows)) != {width} or firsts != lasts:
            rows, lines = self._regular_rows(opened, width, rejections)
        self.rows = rows
        self.lines = lines
        self.delimiter = delimiter
        self.index: dict[Field, int] = {}
        for i, fld in enumerate(fields):
            if fld is not None and fld not in UNUSED_FIELDS and fld not in self.index:
                self.index[fld] = i
        raw_columns = _transpose(rows, sorted(self.index.values()), width)
        self.decisions: dict[Field, DateDecision] = {
            fld: decide_date_order(raw_columns[i], date_order)
            for fld, i in self.index.items()
            if fld in DATE_FIELDS
        }
        self.values: dict[Field, list[Any]] = {}
        # row number -> [(field, problem)]
        self.problems: dict[int, list[tuple[Field, Problem]]] = {}
        shared_amounts = amount_cache()  # paid and base often hold the very same strings
        for fld, i in self.index.items():
            cache = _cache_for(fld, self.decisions, shared_amounts)
            column = raw_columns[i]
            self.values[fld] = cache.convert_column(column)
            bad = cache.problems()
            if bad:
                for j, raw in enumerate(column):
                    problem = bad.get(raw)
                    if problem is not None:
                        self.problems.setdefault(j, []).append((fld, problem))
        # The label first, then the details in file order (see _joined_labels).
        label_columns = sorted(
            (i for i, fld in enumerate(fields) if fld in LABEL_FIELDS),
            key=lambda i: fields[i] is not Field.LABEL,
        )
        if len(label_columns) > 1:
            self.index[Field.LABEL] = label_columns[0]
            self.values[Field.LABEL] = _joined_labels(rows, label_columns)
        elif label_columns and Field.LABEL not in self.index:
            self.index[Field.LABEL] = label_columns[0]
            self.values[Field.LABEL] = self.values[Field.DETAIL]

    @staticmethod
    def _regular_rows(
        opened: _Opened, width: int, rejections: list[Rejection]
    ) -> tuple[list[list[str]], list[int]]:
        """Rows made ``width`` cells long; blank rows, runaway quotes and overlong rows removed."""
        records = opened.records
        delimiter = opened.layout.delimiter
        firsts, lasts = records.first_lines, records.last_lines
        rows: list[list[str]] = []
        lines: list[int] = []
        for index in range(opened.data_index, len(records.rows)):
            row = records.rows[index]
            count = len(row)
            if count != width:
                if count < width:
                    if not "".join(row).strip():
                        continue
                    row.extend(repeat("", width - count))
                elif any(cell.strip() for cell in row[width:]):
                    problem = Problem(
                        _TOO_MANY_CELLS,
                        (("count", str(count)), ("expected", str(width)), ("delimiter", delimiter)),
                    )
                    rejections.append(Rejection(firsts[index], None, delimiter.join(row), problem))
                    continue
                else:
                    del row[width:]
            spanned = lasts[index] - firsts[index] + 1
            if spanned > MAX_LINES_PER_RECORD:
                problem = Problem(_RUNAWAY_QUOTE, (("count", str(spanned)),))
                value = delimiter.join(row)[:200]
                rejections.append(Rejection(firsts[index], None, value, problem))
                continue
            rows.append(row)
            lines.append(firsts[index])
        return rows, lines

    def lone_cell(self, j: int) -> bool:
        """Whether row ``j`` has a single non-empty cell."""
        return sum(1 for cell in self.rows[j] if cell.strip()) == 1

    def set_aside(self, j: int, skipped: list[SkippedLine], *, heading: bool = False) -> bool:
        """Leave out row ``j`` if it is no data: blank (silently), the header again, a total, or
        (when ``heading``) a row without date or amount. True when it was left out.

        Only rows that failed a check come here, which keeps the common path free of these tests.
        """
        row = self.rows[j]
        if not "".join(row).strip():
            return True
        if self.header is not None and [cell.strip() for cell in row] == self.header:
            self.skip(j, SkipReason.REPEATED_HEADER, skipped)
        elif _is_total_row(row):
            self.skip(j, SkipReason.TOTAL, skipped)
        elif heading:
            self.skip(j, SkipReason.HEADING, skipped)
        else:
            return False
        return True

    def column(self, fld: Field) -> Sequence[Any]:
        """The converted values of a field, or Nones when the file has no such column."""
        values = self.values.get(fld)
        return values if values is not None else [None] * len(self.rows)

    def has(self, fld: Field) -> bool:
        return fld in self.values

    def reject_cells(self, j: int, rejections: list[Rejection]) -> None:
        row = self.rows[j]
        for fld, problem in self.problems[j]:
            i = self.index[fld]
            rejections.append(Rejection(self.lines[j], self.header_names[i], row[i], problem))

    def reject_row(
        self, j: int, template: str, fld: Field | None, rejections: list[Rejection]
    ) -> None:
        i = self.index.get(fld) if fld is not None else None
        column = self.header_names[i] if i is not None else None
        value = self.rows[j][i] if i is not None else self.delimiter.join(self.rows[j])
        rejections.append(Rejection(self.lines[j], column, value, Problem(template)))

    def skip(self, j: int, reason: SkipReason, skipped: list[SkippedLine]) -> None:
        skipped.append(SkippedLine(self.lines[j], reason, self.delimiter.join(self.rows[j])))


LABEL_SEPARATOR = " · "


def _joined_labels(rows: Sequence[Sequence[str]], indices: Sequence[int]) -> list[str]:
    """One label per row from several label columns, the label column's first: each text is kept
    unless a kept one already contains it, and replaces the kept ones it contains (BNP's
    ``VIR SEPA RECU`` gives way to ``VIR SEPA RECU /DE CPAM DE PARIS /MOTIF ...``)."""
    cache: dict[tuple[str, ...], str] = {}
    labels = []
    for row in rows:
        cells = tuple(row[i] for i in indices)
        label = cache.get(cells)
        if label is None:
            kept: list[tuple[str, str]] = []  # (text, folded)
            for text in filter(None, map(read_text, cells)):
                key = fold(text)
                if any(key in other for _, other in kept):
                    continue
                contained = [i for i, (_, other) in enumerate(kept) if other in key]
                if contained:
                    kept[contained[0]] = (text, key)
                    kept = [k for i, k in enumerate(kept) if i not in contained[1:]]
                else:
                    kept.append((text, key))
            label = cache[cells] = LABEL_SEPARATOR.join(text for text, _ in kept)
        labels.append(label)
    return labels


def _first_present(table: _Table, *candidates: Field) -> Field | None:
    return next((f for f in candidates if table.has(f)), None)


def _progress(on_progress: ProgressCallback | None, done: int, total: int) -> None:
    if on_progress is not None:
        on_progress(done, total)


def _pick(values: Sequence[Any], keep: list[int] | None) -> Sequence[Any]:
    """The kept rows of a column (all of them when ``keep`` is None)."""
    if keep is None:
        return values
    if not keep:
        return []
    picked = itemgetter(*keep)(values)
    return [picked] if len(keep) == 1 else picked


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
}


def _make_columns(
    table: _Table,
    keep: list[int] | None,
    columns: dict[str, Sequence[Any]],
    *,
    picked: dict[str, list[Any]] | None = None,
) -> "LineColumns":
    """The kept rows as columns, fingerprinted (see the module docstring).

    ``columns`` hold one value per table row (``keep`` selects); ``picked`` hold one value per
    kept row already (the bank profile computes who paid row by row).
    """
    picked = picked or {}
    values = dict(picked)
    for name, column in columns.items():
        if name not in picked:
            values[name] = list(_pick(column, keep))
    return line_columns(list(_pick(table.lines, keep)), values)


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
    )


def _statement_lines(
    table: _Table,
    rejections: list[Rejection],
    skipped: list[SkippedLine],
    on_progress: ProgressCallback | None,
) -> "LineColumns":
    """Lines of an ameli-style statement (one act per row)."""
    care_field = _first_present(table, Field.CARE_DATE, Field.DATE)
    payment_field = _first_present(table, Field.PAYMENT_DATE)
    nature_field = _first_present(table, Field.NATURE, Field.LABEL)
    reimbursed_field = _first_present(table, Field.REIMBURSED)
    if reimbursed_field is None and not table.has(Field.PAID):
        # ameli's "Mes paiements" shows one "Montant": what was paid to the insured.
        reimbursed_field = _first_present(table, Field.AMOUNT)
    date_field = care_field or payment_field
    amount_field = reimbursed_field or _first_present(table, Field.PAID, Field.COMPLEMENTARY)

    total = len(table.rows)
    none = [None] * total
    cares = table.column(care_field) if care_field else none
    payments = table.column(payment_field) if payment_field else none
    reimbursed = table.column(reimbursed_field) if reimbursed_field else none
    paid, compl = table.column(Field.PAID), table.column(Field.COMPLEMENTARY)
    base = table.column(Field.BASE)
    problems = table.problems
    keep: list[int] = []
    dropped = False
    all_good = (
        not problems
        and (None not in cares or None not in payments)
        and any(None not in column for column in (paid, reimbursed, compl))
    )  # the usual file: every row dated and with an amount, so no row needs looking at
    for j, (care, payment, p, r, c, b) in enumerate(
        () if all_good else zip(cares, payments, paid, reimbursed, compl, base, strict=True)
    ):
        if not j % PROGRESS_EVERY:
            _progress(on_progress, j, total)
        if j in problems:
            # "Janvier 2025;;;" fails as a date, but one lone cell and no amount is a heading.
            heading = p is None and r is None and c is None and b is None and table.lone_cell(j)
            if not table.set_aside(j, skipped, heading=heading):
                table.reject_cells(j, rejections)
        elif care is None and payment is None:
            heading = p is None and r is None and c is None and b is None
            if not table.set_aside(j, skipped, heading=heading):
                table.reject_row(j, _NO_DATE, date_field, rejections)
        elif p is None and r is None and c is None:
            if not table.set_aside(j, skipped):
                table.reject_row(j, _NO_AMOUNT, amount_field, rejections)
        else:
            keep.append(j)
            continue
        dropped = True
    columns: dict[str, Sequence[Any]] = {
        "care": cares,
        "payment": payments,
        "reimbursed": reimbursed,
        "paid": paid,
        "complementary": compl,
        "base": base,
    }
    if nature_field:
        columns["nature"] = table.column(nature_field)
    for name, fld in (
        ("beneficiary", Field.BENEFICIARY),
        ("practitioner", Field.PRACTITIONER),
        ("rate", Field.RATE),
        ("deductions", Field.DEDUCTIONS),
        ("third_party", Field.THIRD_PARTY),
    ):
        if table.has(fld):
            columns[name] = table.column(fld)
    result = _make_columns(table, keep if dropped else None, columns)
    _progress(on_progress, total, total)
    return result


# Values of a status column that mean the money has not (or not yet) moved.
_NOT_BOOKED = frozenset(
    {
        "pending",
        "processing",
        "declined",
        "reverted",
        "failed",
        "cancelled",
        "canceled",
        "refused",
        "en attente",
        "en cours",
        "refuse",
        "refusee",
        "annule",
        "annulee",
        "echoue",
        "echouee",
        "rejete",
        "rejetee",
    }
)
_EUROS = frozenset({"", "eur", "euro", "euros", "€"})


def _bank_lines(
    table: _Table,
    profile: Profile,
    rejections: list[Rejection],
    skipped: list[SkippedLine],
    on_progress: ProgressCallback | None,
    *,
    extra_insurers: Sequence[str] = (),
) -> "LineColumns":
    """Lines of a bank export: only what the Assurance Maladie or a complementary insurer paid.

    A CPAM debit (franchises recovered by direct debit) stays, negative, so that totals match the
    bank account; a debit to a complementary insurer is its premium, not a reimbursement. Who
    paid is read from the label (see ``payers``); a line set aside says why.
    """
    date_field = _first_present(table, Field.DATE, Field.PAYMENT_DATE, Field.CARE_DATE)
    label_field = _first_present(table, Field.LABEL, Field.NATURE)
    amount_field = _first_present(table, Field.AMOUNT, Field.CREDIT, Field.DEBIT)
    total = len(table.rows)
    none = [None] * total
    dates = table.column(date_field) if date_field else none
    labels = table.column(label_field) if label_field else [""] * total
    signed = table.column(Field.AMOUNT)
    credits_, debits = table.column(Field.CREDIT), table.column(Field.DEBIT)
    statuses, currencies = table.column(Field.STATUS), table.column(Field.CURRENCY)
    bank = table.bank
    payer_of = PayerMatcher([*profile.complementary_keywords, *extra_insurers])
    problems = table.problems
    keep: list[int] = []
    insurers: list[Insurer | None] = []
    reimbursed: list[int | None] = []
    complementary: list[int | None] = []
    for j, (when, label, signed_amount, credit, debit, status, currency) in enumerate(
        zip(dates, labels, signed, credits_, debits, statuses, currencies, strict=True)
    ):
        if not j % PROGRESS_EVERY:
            _progress(on_progress, j, total)
        amount = signed_amount
        if amount is None and (credit is not None or debit is not None):
            amount = abs(credit or 0) - abs(debit or 0)
        undated = when is None or type(when) is Problem
        if (j in problems or undated) and table.set_aside(
            j, skipped, heading=undated and amount is None
        ):
            continue  # a blank line, the header again, a total, a note without date or amount
        if bank is not None and bank.is_trailer(table.rows[j]):
            table.skip(j, SkipReason.TOTAL, skipped)
            continue
        verdict = payer_of(label or "")
        payer, why_not = verdict.for_amount(amount)
        if payer is None:
            assert why_not is not None
            table.skip(j, SkipReason(why_not.value), skipped)
            continue
        if status and fold(status) in _NOT_BOOKED:
            table.skip(j, SkipReason.NOT_BOOKED, skipped)
            continue
        if currency and fold(currency) not in _EUROS:
            table.skip(j, SkipReason.FOREIGN_CURRENCY, skipped)
            continue
        if j in problems:
            table.reject_cells(j, rejections)
            continue
        if when is None:
            table.reject_row(j, _NO_DATE, date_field, rejections)
            continue
        if amount is None:
            table.reject_row(j, _NO_AMOUNT, amount_field, rejections)
            continue
        keep.append(j)
        insurers.append(payer)
        mandatory = payer is Insurer.MANDATORY
        reimbursed.append(amount if mandatory else None)
        complementary.append(None if mandatory else amount)
    columns: dict[str, Sequence[Any]] = {"payment": dates, "nature": labels}
    if table.has(Field.BENEFICIARY):
        columns["beneficiary"] = table.column(Field.BENEFICIARY)
    if table.has(Field.CARE_DATE) and date_field is not Field.CARE_DATE:
        columns["care"] = table.column(Field.CARE_DATE)
    result = _make_columns(
        table,
        keep,
        columns,
        picked={
            "insurer": insurers,
            "reimbursed": reimbursed,
            "complementary": complementary,
        },
    )
    _progress(on_progress, total, total)
    return result


def parse_statement(
    data: bytes,
    profile: Profile | None = None,
    *,
    file_name: str = "",
    encoding: str | None = None,
    delimiter: str | None = None,
    date_order: DateOrder | None = None,
    on_progress: ProgressCallback | None = None,
    extra_insurers: Sequence[str] = (),
) -> ParsedStatement:
    """Read every row of a statement file.

    Args:
        data: the file's bytes (its SHA-256 is in the result's layout).
        profile: how to read it; None detects a built-in profile from the header.
        encoding, delimiter, date_order: override the profile's and the detection's choice.
        extra_insurers: the user's own names of complementary insurers in bank labels.
        on_progress: called with (rows done, rows in all) now and then; an exception raised by it
            (a cancel) propagates.

    An ameli relevé (a PDF) is read by ``releve`` whatever the other options say.

    Raises:
        EncodingError, LayoutError, ProfileError, AmeliPdfError: the file as a whole cannot be
            read (a bad CSV row never raises: it is listed in ``rejections``).
    """
    from ameli_desktop.importers.releve import is_pdf, parse_releve

    if is_pdf(data):
        return parse_releve(data, file_name=file_name)
    with collector_paused():
        return _parse(
            data,
            profile,
            file_name=file_name,
            encoding=encoding,
            delimiter=delimiter,
            date_order=date_order,
            on_progress=on_progress,
            extra_insurers=extra_insurers,
        )


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file's objects are created.

    Parsing allocates a few hundred thousand objects and no cycles; the collector would otherwise
    rescan all of them again and again (about a fifth of the parse time measured on 100 000 lines).
    Reference counting still frees everything, and the collector resumes as it was.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse(
    data: bytes,
    profile: Profile | None,
    *,
    file_name: str,
    encoding: str | None,
    delimiter: str | None,
    date_order: DateOrder | None,
    on_progress: ProgressCallback | None,
    extra_insurers: Sequence[str],
) -> ParsedStatement:
    opened = _open(data, profile, file_name=file_name, encoding=encoding, delimiter=delimiter)
    layout = opened.layout
    chosen = layout.profile
    if chosen is None:
        shown = ", ".join(f"“{c.header}”" for c in layout.columns if c.header.strip())
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The columns of “{file}” were not recognised ({columns}): map them in the import "
                "dialog, or choose a profile.",
            ),
            field="profile",
            file=file_name,
            columns=shown or "none",
        )
    fields = layout.fields
    missing = missing_fields(chosen.kind, fields)
    if missing:
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{file}” has no column for {missing} (profile “{profile}”)."
            ),
            field="profile",
            file=file_name,
            missing=missing,
            profile=chosen.name,
        )
    order = date_order or chosen.date_order
    rejections: list[Rejection] = []
    skipped: list[SkippedLine] = []
    table = _Table(opened, fields, order, rejections, skipped)
    if chosen.kind is ProfileKind.BANK:
        columns = _bank_lines(
            table, chosen, rejections, skipped, on_progress, extra_insurers=extra_insurers
        )
    else:
        columns = _statement_lines(table, rejections, skipped, on_progress)
    rejections.sort(key=lambda r: r.line)
    skipped.sort(key=lambda s: s.line)
    return ParsedStatement(layout, chosen, table.decisions, columns, rejections, skipped)


def parse_statement_file(
    path: Path,
    profile: Profile | None = None,
    **options: Any,
) -> ParsedStatement:
    """:func:`parse_statement` on a file (its name goes into messages)."""
    return parse_statement(read_file_bytes(path), profile, file_name=path.name, **options)
