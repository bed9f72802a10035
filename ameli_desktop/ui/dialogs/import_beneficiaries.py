"""The import dialog's "Who is this?" step: one row per beneficiary the file names, each with a
choice — a household member (preselected by what the rules found: the user's earlier answer,
the NIR, the date of birth, the name), a new person (named as the user types), or leave these
lines out. Nothing is decided behind the user's back: a name nobody matches starts on "Who is
this?…" and the import waits for an answer (services.statement_import, ``ask_unknown``)."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from ameli_desktop.domain.beneficiaries import MatchedBy
from ameli_desktop.domain.identifiers import mask_nir
from ameli_desktop.services.beneficiaries import BeneficiaryChoice, BeneficiaryMatch, ChoiceKind
from ameli_desktop.services.household import PersonRecord
from ameli_desktop.ui import formatting

NEW = "new"
OUT = "out"
ERROR_STYLE = "color: #c62828;"
TYPING_PAUSE_MS = 300


class _Row:
    """The widgets of one beneficiary."""

    def __init__(self, match: BeneficiaryMatch, parent: QWidget) -> None:
        self.ident = match.beneficiary.ident
        self.match = match
        self.name = QLabel(match.name, parent)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.name.font())
        bold.setBold(True)
        self.name.setFont(bold)
        self.details = QLabel(parent)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.combo = QComboBox(parent)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new_name = QLineEdit(parent)
        self.new_name.setPlaceholderText(match.name)
        self.hint = QLabel(parent)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.name.setBuddy(self.combo)


class BeneficiaryChoices(QGroupBox):
    """Who each beneficiary of the file is; ``changed`` when the user changes an answer."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beneficiaryChoices")
        self.setTitle(self.tr("Who is this? (bénéficiaires)"))
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(4, 2)
        self.rows: list[_Row] = []
        self._idents: list[str] = []
        self._filling = False
        # A typed name is checked once the typing pauses, not at every key.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed.emit)

    # ------------------------------------------------------------------ showing
    def set_matches(
        self, matches: Sequence[BeneficiaryMatch], people: Sequence[PersonRecord]
    ) -> None:
        """Show the file's beneficiaries; the same file again keeps the user's answers."""
        idents = [m.beneficiary.ident for m in matches]
        if idents != self._idents:
            self._rebuild(matches, people)
        for row, match in zip(self.rows, matches, strict=True):
            row.match = match
            self._show_hint(row)
        self.setVisible(bool(matches))

    def _rebuild(self, matches: Sequence[BeneficiaryMatch], people: Sequence[PersonRecord]) -> None:
        self._filling = True
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = []
        self._idents = [m.beneficiary.ident for m in matches]
        for index, match in enumerate(matches):
            row = _Row(match, self)
            row.combo.setObjectName(f"whoCombo{index}")
            row.new_name.setObjectName(f"whoNewName{index}")
            row.combo.setAccessibleName(self.tr("Who is {name}?").format(name=match.name))
            row.details.setText(self._details(match))
            if match.action is None and people:
                row.combo.addItem(self.tr("Who is this?…"), None)
            for person in people:
                row.combo.addItem(person.name, person.id)
            row.combo.insertSeparator(row.combo.count())
            row.combo.addItem(self.tr("A new person"), NEW)
            row.combo.addItem(self.tr("Leave these lines out"), OUT)
            if match.action is ChoiceKind.MEMBER:
                row.combo.setCurrentIndex(row.combo.findData(match.person_id))
            elif match.action is ChoiceKind.LEAVE_OUT:
                row.combo.setCurrentIndex(row.combo.findData(OUT))
            elif match.action is ChoiceKind.NEW or not people:
                row.combo.setCurrentIndex(row.combo.findData(NEW))
            else:
                row.combo.setCurrentIndex(0)
            row.combo.currentIndexChanged.connect(lambda _i, r=row: self._answered(r))
            row.new_name.textEdited.connect(lambda _t, r=row: self._typed(r))
            for column, widget in enumerate(
                (row.name, row.details, row.combo, row.new_name, row.hint)
            ):
                self.grid.addWidget(widget, index, column)
            self.rows.append(row)
            self._show_new_name(row)
        self._filling = False

    def _details(self, match: BeneficiaryMatch) -> str:
        b = match.beneficiary
        parts = []
        if b.born is not None:
            parts.append(self.tr("born {date}").format(date=formatting.day(b.born)))
        if b.nir:
            parts.append(self.tr("NIR {nir}").format(nir=mask_nir(b.nir)))
        parts.append(
            self.tr("1 line") if b.lines == 1 else self.tr("{count} lines").format(count=b.lines)
        )
        return " · ".join(parts)

    def _show_new_name(self, row: _Row) -> None:
        row.new_name.setVisible(row.combo.currentData() == NEW)

    def _show_hint(self, row: _Row) -> None:
        match = row.match
        data = row.combo.currentData()
        automatic = match.automatic
        error = False
        if data is None:
            text = self.tr("Not in the household: say who this is.")
            error = True
        elif data == OUT:
            text = (
                self.tr("As you said before: not imported.")
                if automatic.left_out
                else self.tr("These lines are not imported.")
            )
        elif data == NEW:
            if match.name_taken:
                text = self.tr("Someone in the household has this name: choose them instead.")
                error = True
            else:
                text = self.tr("Added to the household as “{name}”.").format(
                    name=row.new_name.text().strip() or match.new_name or match.name
                )
        elif data == automatic.person_id and automatic.found:
            text = {
                MatchedBy.ALIAS: self.tr("As you said before."),
                MatchedBy.NIR: self.tr("Found by NIR."),
                MatchedBy.BORN: self.tr("Found by date of birth."),
                MatchedBy.NAME: self.tr("Found by name."),
            }.get(automatic.by, "")
        else:
            text = self.tr("Your choice: kept for the next imports.")
        row.hint.setText(text)
        row.hint.setStyleSheet(ERROR_STYLE if error else "")
        row.hint.setProperty("problem", error)

    # ------------------------------------------------------------------ answers
    def _answered(self, row: _Row) -> None:
        if self._filling:
            return
        self._show_new_name(row)
        self._show_hint(row)
        if row.combo.currentData() == NEW:
            row.new_name.setFocus()
        self.changed.emit()

    def _typed(self, row: _Row) -> None:
        self._show_hint(row)
        self._typing.start()

    def stop_typing(self) -> None:
        """Forget a pending check of a typed name (the import checks it itself)."""
        self._typing.stop()

    def choices(self) -> dict[str, BeneficiaryChoice]:
        """The answer of every row that has one, by beneficiary ident."""
        result = {}
        for row in self.rows:
            data = row.combo.currentData()
            if data is None:
                continue
            if data == NEW:
                result[row.ident] = BeneficiaryChoice.new(row.new_name.text())
            elif data == OUT:
                result[row.ident] = BeneficiaryChoice.leave_out()
            else:
                result[row.ident] = BeneficiaryChoice.member(int(data))
        return result

    def unanswered(self) -> list[str]:
        """The names still waiting for an answer."""
        return [row.match.name for row in self.rows if row.combo.currentData() is None]

    def has_problem(self) -> bool:
        return any(row.hint.property("problem") for row in self.rows)

    def combo_for(self, name: str) -> QComboBox:
        """The choice of the beneficiary printed ``name`` (for tests and the keyboard)."""
        return next(row.combo for row in self.rows if row.match.name == name)

    def new_name_for(self, name: str) -> QLineEdit:
        return next(row.new_name for row in self.rows if row.match.name == name)

    def hint_for(self, name: str) -> str:
        return next(row.hint.text() for row in self.rows if row.match.name == name)
