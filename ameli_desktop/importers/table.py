"""Mapping a table's rows to statement lines: which column is what, then every row read.

Both tabular readers end here: ``delimited`` (CSV and the like) and ``pdf_table`` (a PDF whose rows
form a table) find the table's rows and header; this module decides each column's field (a saved
profile, a bank's known layout, or the header's synonyms), converts every cell (see ``values``)
and builds the lines, listing line by line the rows it rejects and the rows it sets aside.

Rows are handled column by column: a 100 000-line file costs one dict lookup per cell and one
small object per line.
"""

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from typing import Any

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.names import fold
from ameli_desktop.domain.statements import DocumentKind
from ameli_desktop.importers.banks import BankLayout, detect_layout
from ameli_desktop.importers.fields import (
    DATE_FIELDS,
    LABEL_FIELDS,
    MONEY_FIELDS,
    UNUSED_FIELDS,
    Field,
    recognise_headers,
)
from ameli_desktop.importers.layout import MAX_LINES_PER_RECORD, Records
from ameli_desktop.importers.payers import Insurer, PayerMatcher
from ameli_desktop.importers.profiles import (
    Profile,
    ProfileError,
    ProfileKind,
    detect_profile,
    missing_fields,
)
from ameli_desktop.importers.results import (
    PREVIEW_ROWS,
    PROGRESS_EVERY,
    Column,
    LineColumns,
    ParsedStatement,
    ProgressCallback,
    Rejection,
    SkippedLine,
    SkipReason,
    StatementLayout,
    line_columns,
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


@dataclass(frozen=True)
class FoundTable:
    """A table a reader found in a file, before its columns are mapped.

    Attributes:
        records: the rows split into cells, with the file line where each starts.
        header_index: the header row's index in ``records`` (None: a table without header).
        data_index: the first data row's index.
        preamble: the text above the table.
        headerless: the bank whose headerless export this is (recognised from its rows' shape).
        delimiter: the cell separator ("" for a PDF's table).
        pages: a PDF's number of pages (0 for a text file); ``pages_of``: each record's page.
    """

    file_name: str
    sha256: str
    size: int
    encoding: str
    encoding_detected: bool
    delimiter: str
    records: Records
    header_index: int | None
    data_index: int
    preamble: tuple[str, ...] = ()
    headerless: BankLayout | None = None
    pages: int = 0
    pages_of: Sequence[int] = ()
    document: DocumentKind = DocumentKind.CSV


@dataclass(frozen=True)
class _Opened:
    layout: StatementLayout
    records: Records
    data_index: int
    pages_of: Sequence[int] = ()
    document: DocumentKind = DocumentKind.CSV


def map_table(found: FoundTable, profile: Profile | None) -> _Opened:
    """Decide each column's field and the profile that reads the table."""
    records = found.records
    rows = records.rows
    data_index = found.data_index
    header: list[str] | None = None
    header_line: int | None = None
    bank = found.headerless
    if bank is not None:
        fields: list[Field | None] = list(bank.positions)
        width = len(fields)
    else:
        if found.header_index is not None and found.header_index < len(rows):
            header = [cell.strip() for cell in rows[found.header_index]]
            width = len(header)
            header_line = records.first_lines[found.header_index]
        else:
            sample = rows[data_index : data_index + PREVIEW_ROWS]
            width = max((len(r) for r in sample), default=0)
        if profile is not None and profile.columns:
            fields = profile.resolve(header, width)
        elif header is not None:
            if profile is None or by_synonyms_bank(profile):
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
    columns = tuple(
        Column(i, header[i] if header is not None else f"#{i + 1}", fields[i]) for i in range(width)
    )
    preview = tuple(
        (records.first_lines[i], tuple(rows[i]))
        for i in range(data_index, min(data_index + PREVIEW_ROWS, len(rows)))
    )
    layout = StatementLayout(
        file_name=found.file_name,
        sha256=found.sha256,
        size=found.size,
        encoding=found.encoding,
        encoding_detected=found.encoding_detected,
        delimiter=found.delimiter,
        header_line=header_line,
        columns=columns,
        profile=chosen,
        preamble=found.preamble,
        preview=preview,
        bank=bank,
        pages=found.pages,
    )
    return _Opened(layout, records, data_index, found.pages_of, found.document)


def by_synonyms_bank(profile: Profile) -> bool:
    """The built-in "bank" profile: any bank's export, recognised by its layout if we know it."""
    return profile.by_synonyms and profile.kind is ProfileKind.BANK


@functools.cache
def bank_profile(bank: BankLayout) -> Profile:
    """The built-in profile of a recognised bank export (named after its layout)."""
    return Profile(name=bank.id, kind=ProfileKind.BANK, builtin=True)


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
        # A PDF's table: the page of each file line, for the messages.
        self.page_of: dict[int, int] = dict(zip(records.first_lines, opened.pages_of, strict=False))
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
            line = self.lines[j]
            rejections.append(
                Rejection(line, self.header_names[i], row[i], problem, self.page_of.get(line))
            )

    def reject_row(
        self, j: int, template: str, fld: Field | None, rejections: list[Rejection]
    ) -> None:
        i = self.index.get(fld) if fld is not None else None
        column = self.header_names[i] if i is not None else None
        value = self.rows[j][i] if i is not None else self.delimiter.join(self.rows[j])
        line = self.lines[j]
        rejections.append(Rejection(line, column, value, Problem(template), self.page_of.get(line)))

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
        # An unreadable cell is a Problem, never a number (issue 17: ``abs(Problem)`` crashed):
        # the row is judged by its label without it, and rejected below with the cell's reason.
        amount = signed_amount if type(signed_amount) is int else None
        if signed_amount is None:
            credit_cents = credit if type(credit) is int else None
            debit_cents = debit if type(debit) is int else None
            if credit_cents is not None or debit_cents is not None:
                amount = abs(credit_cents or 0) - abs(debit_cents or 0)
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


def read_table(
    found: FoundTable,
    profile: Profile | None,
    *,
    date_order: DateOrder | None,
    on_progress: ProgressCallback | None,
    extra_insurers: Sequence[str],
) -> ParsedStatement:
    """Every row of a found table read as lines (a bad row never raises: it is rejected).

    Raises:
        ProfileError: the columns are not recognised, or lack a date or an amount.
    """
    opened = map_table(found, profile)
    file_name = found.file_name
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
    document = opened.document
    if document is DocumentKind.CSV and chosen.kind is ProfileKind.BANK:
        document = DocumentKind.BANK
    return ParsedStatement(
        layout, chosen, table.decisions, columns, rejections, skipped, document=document
    )
