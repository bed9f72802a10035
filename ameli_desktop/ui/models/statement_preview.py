"""Models of the import dialog: the file's first rows with what will happen to each, and the
rows that cannot be read."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ameli_desktop.importers import Rejection, SkipReason
from ameli_desktop.services.statement_import import ImportPreview
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
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


class PreviewModel(QAbstractTableModel):
    """Row 0..n: (status, the date and amounts read, the file's cells). Lines to import can be
    unticked (bank lines the user does not want); the status says new / already stored /
    skipped / cannot be read / left out; beside the raw cells, the values the importer
    understood (issue 16: "31/12/25" read as 31/12/2025, "1 234,56 €" as 1 234,56 €)."""

    STATUS, DATE_READ, AMOUNT_READ = range(3)
    FIRST_CELL = 3
    MAX_ROWS = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, tuple[str, ...]]] = []
        self._header: list[str] = []
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

    def set_preview(self, preview: ImportPreview | None, *, keep_excluded: bool = False) -> None:
        """Show a preview; ``keep_excluded``: the same file again (the lines the user unticked
        stay unticked)."""
        self.beginResetModel()
        if not keep_excluded:
            self.excluded = set()
        if preview is None:
            self._rows, self._header = [], []
            self._problems, self._skipped, self._lines = {}, {}, set()
            self._duplicates, self._insurer = frozenset(), {}
            self._settled = frozenset()
            self._allowances = set()
            self._left_out = frozenset()
            self._read = {}
        else:
            parsed = preview.parsed
            self._header = [c.header for c in parsed.layout.columns]
            self._rows = list(parsed.layout.preview[: self.MAX_ROWS])
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
            self._read = self._values_read(preview)
            self.excluded &= self._lines
        self.endResetModel()

    def _values_read(self, preview: ImportPreview) -> dict[int, tuple[str, str, str]]:
        """What the importer understood of the rows shown: a date, and the amounts."""
        parsed = preview.parsed
        shown = {line for line, _cells in self._rows}
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
            short = parts[0] if len(parts) == 1 else " · ".join(p for p in parts[:2])
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
        return self._rows[row][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header) + self.FIRST_CELL

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.DATE_READ: self.tr("The date as the import understood it"),
                self.AMOUNT_READ: self.tr("The amounts as the import understood them"),
            }.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._rows[section][0]) if 0 <= section < len(self._rows) else None
        if section == self.STATUS:
            return self.tr("Import?")
        if section == self.DATE_READ:
            return self.tr("Date read")
        if section == self.AMOUNT_READ:
            return self.tr("Amount read")
        cell = section - self.FIRST_CELL
        return self._header[cell] if cell < len(self._header) else None

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
            return self.tr("New")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line, cells = self._rows[index.row()]
        column = index.column()
        problem = line in self._problems
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STATUS:
                return self.status_text(line)
            if column in (self.DATE_READ, self.AMOUNT_READ):
                read = self._read.get(line)
                return read[column - self.DATE_READ] if read else ""
            cell = column - self.FIRST_CELL
            return cells[cell] if cell < len(cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.AMOUNT_READ and not problem:
            read = self._read.get(line)
            return read[2] if read and read[2] else None
        if role == Qt.ItemDataRole.CheckStateRole and column == self.STATUS:
            if self._checkable(line):
                return Qt.CheckState.Unchecked if line in self.excluded else Qt.CheckState.Checked
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if problem:
                return QBrush(PROBLEM)
            if (
                line in self._skipped
                or line in self._duplicates
                or line in self.excluded
                or line in self._left_out
            ):
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS and not problem:
            return self.status_text(line) or None  # the column is often narrower than it
        if role == Qt.ItemDataRole.ToolTipRole and problem:
            return "\n".join(
                (f"{r.column}: " if r.column else "")
                + translate("Errors", r.problem.template).format(**dict(r.problem.params))
                for r in self._problems[line]
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.STATUS:
            line = self._rows[index.row()][0]
            if self._checkable(line):
                return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _checkable(self, line: int) -> bool:
        """A line that would be imported can be unticked (and ticked again)."""
        return line in self._lines and line not in self._duplicates and line not in self._left_out

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.STATUS:
            return False
        line = self._rows[index.row()][0]
        if not self._checkable(line):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked:
            self.excluded.discard(line)
        else:
            self.excluded.add(line)
        row_end = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(self.index(index.row(), 0), row_end)
        return True


class RejectionsModel(QAbstractTableModel):
    """Every row that cannot be read: line, column, value, reason."""

    LINE, COLUMN, VALUE, REASON = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rejections: list[Rejection] = []

    def set_rejections(self, rejections: list[Rejection]) -> None:
        self.beginResetModel()
        self._rejections = list(rejections)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rejections)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Line"), self.tr("Column"), self.tr("Value"), self.tr("Why")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rejections):
            return None
        rejection = self._rejections[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [
                str(rejection.line),
                rejection.column or self.tr("(whole line)"),
                rejection.value,
                translate("Errors", rejection.problem.template).format(
                    **dict(rejection.problem.params)
                ),
            ][index.column()]
        return None
