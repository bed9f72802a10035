"""Models of the import dialog: the file's first rows with what will happen to each, and the
rows that cannot be read."""

from typing import Any

from PySide6.QtGui import QBrush, QColor

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.importers import Rejection, SkipReason
from ameli_desktop.services.statement_import import ImportPreview
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.models.table import CheckableTableModel, Column, Table, TableModel

Row = tuple[int, tuple[str, ...]]  # the file's line number and its cells
PROBLEM = QColor("#c62828")
MUTED = QColor("#757575")
PROBLEM_BACKGROUND = QColor(198, 40, 40, 40)  # translucent: readable in light and dark palettes


def _money(cents: int, *, signed: bool) -> str:
    """``17,50 €``; a bank line's with its sign (``+19,00 €``, ``-4,00 €``), as a bank prints
    it (the app's money format writes a negative amount in brackets)."""
    text = formatting.money(abs(cents))
    if cents < 0:
        return f"-{text}"
    return f"+{text}" if signed and cents > 0 else text


class PreviewModel(CheckableTableModel[Row]):
    """Row 0..n: (status, the date and amounts read, the file's cells). Lines to import can be
    unticked (bank lines the user does not want); the status says new / already stored /
    skipped / cannot be read / left out; beside the raw cells, the values the importer
    understood (issue 16: "31/12/25" read as 31/12/2025, "1 234,56 €" as 1 234,56 €).
    Its columns follow the file: the table is described again for each preview."""

    STATUS, DATE_READ, AMOUNT_READ = range(3)
    FIRST_CELL = 3
    MAX_ROWS = 200

    def __init__(self, parent: Any = None) -> None:
        self._problems: dict[int, list[Rejection]] = {}
        self._skipped: dict[int, SkipReason] = {}
        self._lines: set[int] = set()
        self._duplicates: frozenset[int] = frozenset()
        self._insurer: dict[int, str] = {}
        self._settled: frozenset[int] = frozenset()
        self._allowances: set[int] = set()
        self._left_out: frozenset[int] = frozenset()
        self._read: dict[int, tuple[str, str, str]] = {}  # line -> date, amounts, amounts in full
        self.excluded: set[int] = set()
        super().__init__(self._table([]), parent)

    def _table(self, header: list[str]) -> Table[Row]:
        """The status column, then one column per column of the file (its own header)."""
        status = Column(
            QT_TRANSLATE_NOOP("PreviewModel", "Import?"),
            lambda r: self.status_text(r[0]),
            # the column is often narrower than its text; a problem row says why instead
            tooltip=lambda r: (
                self._why(r) if r[0] in self._problems else self.status_text(r[0]) or None
            ),
            check=self._ticked,
            set_check=self._tick,
        )
        date_read = Column(
            QT_TRANSLATE_NOOP("PreviewModel", "Date read"),
            lambda r: self._read.get(r[0], ("", "", ""))[0],
            header_tooltip=QT_TRANSLATE_NOOP(
                "PreviewModel", "The date as the import understood it"
            ),
        )
        amount_read = Column(
            QT_TRANSLATE_NOOP("PreviewModel", "Amount read"),
            lambda r: self._read.get(r[0], ("", "", ""))[1],
            tooltip=lambda r: (
                (self._why(r) if r[0] in self._problems else self._read.get(r[0], ("", "", ""))[2])
                or None
            ),
            header_tooltip=QT_TRANSLATE_NOOP(
                "PreviewModel", "The amounts as the import understood them"
            ),
        )
        cells = [
            Column(name, lambda r, i=i: r[1][i] if i < len(r[1]) else "")
            for i, name in enumerate(header)
        ]
        return Table(
            "PreviewModel",
            (status, date_read, amount_read, *cells),
            tooltip=lambda r: self._why(r) if r[0] in self._problems else None,
            foreground=self._foreground,
            background=lambda r: QBrush(PROBLEM_BACKGROUND) if r[0] in self._problems else None,
            row_header=lambda r: str(r[0]),
        )

    def set_preview(self, preview: ImportPreview | None, *, keep_excluded: bool = False) -> None:
        """Show a preview; ``keep_excluded``: the same file again (the lines the user unticked
        stay unticked)."""
        if not keep_excluded:
            self.excluded = set()
        if preview is None:
            self._problems, self._skipped, self._lines = {}, {}, set()
            self._duplicates, self._insurer = frozenset(), {}
            self._settled = frozenset()
            self._allowances = set()
            self._left_out = frozenset()
            self._read = {}
            self.set_rows([], self._table([]))
            return
        parsed = preview.parsed
        self._problems = {}
        for rejection in parsed.rejections:
            self._problems.setdefault(rejection.line, []).append(rejection)
        self._skipped = {s.line: s.reason for s in parsed.skipped}
        self._lines = {line.line for line in parsed.lines}
        self._duplicates = preview.duplicate_lines
        self._insurer = {line.line: line.insurer.value for line in parsed.lines if line.insurer}
        self._settled = preview.settled
        self._allowances = {a.line for a in parsed.allowances}
        self._left_out = preview.left_out_lines
        self.excluded &= self._lines
        rows = parsed.layout.preview[: self.MAX_ROWS]
        self._read = self._values_read(preview, {line for line, _cells in rows})
        header = [c.header for c in parsed.layout.columns]
        self.set_rows(rows, self._table(header))

    def _values_read(
        self, preview: ImportPreview, shown: set[int]
    ) -> dict[int, tuple[str, str, str]]:
        """What the importer understood of the rows shown: a date, and the amounts."""
        parsed = preview.parsed
        columns = parsed.columns
        read: dict[int, tuple[str, str, str]] = {}
        for index, line in enumerate(columns.line):
            if line not in shown or line in read:
                continue
            day = columns.care_date[index] or columns.payment_date[index]
            if columns.insurer[index] is not None:  # a bank line: the money received or paid
                amounts = [("", columns.reimbursed[index], True)]
            else:
                reimbursed = columns.reimbursed[index]
                deductions = columns.deductions[index]
                if reimbursed is not None and deductions and reimbursed == -deductions:
                    reimbursed = None  # a row that only withholds: said once, as withheld
                amounts = [
                    (self.tr("paid"), columns.paid[index], False),
                    (self.tr("reimbursed"), reimbursed, False),
                    (self.tr("mutuelle"), columns.complementary[index], False),
                    (self.tr("withheld"), columns.deductions[index], False),
                ]
            parts = [
                (f"{label} " if label else "") + _money(cents, signed=signed)
                for label, cents, signed in amounts
                if cents is not None
            ]
            short = parts[0] if len(parts) == 1 else " · ".join(parts[:2])
            read[line] = (formatting.day(day), short, "\n".join(parts))
        for item in parsed.allowances:
            if item.line in shown:
                period = " – ".join(
                    formatting.day(d) for d in (item.period_start, item.period_end) if d
                )
                amount = _money(item.cents, signed=False)
                read[item.line] = (period, amount, amount)
        return read

    def file_line(self, row: int) -> int:
        return self.row_at(row)[0]

    def status_text(self, line: int) -> str:
        if line in self._problems:
            return self.tr("Cannot be read")
        if line in self._skipped:
            return {
                SkipReason.HEADING: self.tr("Skipped: a heading"),
                SkipReason.TOTAL: self.tr("Skipped: a total"),
                SkipReason.REPEATED_HEADER: self.tr("Skipped: the header again"),
                SkipReason.NO_INSURER: self.tr("Skipped: names no health payer"),
                SkipReason.NOT_HEALTH: self.tr(
                    "Skipped: an insurer, but not for care (a claim, life insurance…)"
                ),
                SkipReason.PERSON: self.tr("Skipped: a person named like an insurer"),
                SkipReason.PAID_TO_INSURER: self.tr("Skipped: a payment to an insurer (premium)"),
                SkipReason.NOT_BOOKED: self.tr("Skipped: not booked (pending or declined)"),
                SkipReason.FOREIGN_CURRENCY: self.tr("Skipped: not in euros"),
            }[self._skipped[line]]
        if line in self._allowances:
            return self.tr("Daily allowance (indemnités journalières): kept apart from care")
        if line in self._left_out:
            return self.tr("Left out: not in the household")
        if line in self._duplicates:
            return self.tr("Already stored")
        if line in self._lines:
            if line in self.excluded:
                return self.tr("Left out")
            insurer = self._insurer.get(line)
            if line in self._settled:
                return (
                    self.tr("New: a relevé’s payment, counted once")
                    if insurer
                    else self.tr("New: received on your account (bank line)")
                )
            if insurer == "mandatory":
                return self.tr("New (Assurance Maladie)")
            if insurer == "complementary":
                return self.tr("New (mutuelle)")
            if insurer == "household":
                return self.tr("New (your payment for care)")
            return self.tr("New")
        return ""

    def _why(self, row: Row) -> str:
        return "\n".join(
            (f"{r.column}: " if r.column else "")
            + translate("Errors", r.problem.template).format(**dict(r.problem.params))
            for r in self._problems[row[0]]
        )

    def _foreground(self, row: Row) -> QBrush | None:
        line = row[0]
        if line in self._problems:
            return QBrush(PROBLEM)
        if (
            line in self._skipped
            or line in self._duplicates
            or line in self.excluded
            or line in self._left_out
        ):
            return QBrush(MUTED)
        return None

    def _ticked(self, row: Row) -> bool | None:
        """A line to import has a box, ticked unless left out."""
        line = row[0]
        if line in self._lines and line not in self._duplicates and line not in self._left_out:
            return line not in self.excluded
        return None

    def _tick(self, row: Row, ticked: bool) -> None:
        if ticked:
            self.excluded.discard(row[0])
        else:
            self.excluded.add(row[0])


def _reason(rejection: Rejection) -> str:
    return translate("Errors", rejection.problem.template).format(**dict(rejection.problem.params))


def _rejected_column(rejection: Rejection) -> str:
    return rejection.column or translate("RejectionsModel", "(whole line)")


REJECTIONS: Table[Rejection] = Table(
    "RejectionsModel",
    (
        Column(
            QT_TRANSLATE_NOOP("RejectionsModel", "Line"),
            lambda r: str(r.line),
            sort=lambda r: r.line,
            tooltip=lambda r: str(r.line),
        ),
        Column(
            QT_TRANSLATE_NOOP("RejectionsModel", "Column"),
            _rejected_column,
            tooltip=_rejected_column,
        ),
        Column(
            QT_TRANSLATE_NOOP("RejectionsModel", "Value"),
            lambda r: r.value,
            tooltip=lambda r: r.value,
        ),
        Column(QT_TRANSLATE_NOOP("RejectionsModel", "Why"), _reason, tooltip=_reason, stretch=True),
    ),
)


class RejectionsModel(TableModel[Rejection]):
    """Every row that cannot be read: line, column, value, reason."""

    LINE, COLUMN, VALUE, REASON = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(REJECTIONS, parent)

    def set_rejections(self, rejections: list[Rejection]) -> None:
        self.set_rows(rejections)
