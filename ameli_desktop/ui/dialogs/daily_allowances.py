"""Daily allowances (indemnités journalières) read from ameli's statements: money received of its
own kind, listed and totalled apart from care (issue 15 item 3), never in out-of-pocket."""

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.services.allowances import AllowanceRecord, AllowanceService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui import formatting
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.models.table import (
    Column,
    Table,
    TableModel,
    count_column,
    day_column,
    money_column,
)
from ameli_desktop.ui.widgets.person_selector import PersonSelector
from ameli_desktop.ui.widgets.tables import prepare_view


def _paid_on(a: AllowanceRecord) -> date | None:
    """The day the allowance counts on: its payment, else the first day it covers (the same
    order as the service's and the CLI's)."""
    return a.paid_on or a.period_start


ALLOWANCES: "Table[AllowanceRecord]" = Table(
    "AllowancesModel",
    (
        Column(QT_TRANSLATE_NOOP("AllowancesModel", "Person"), lambda a: a.person_name),
        Column(QT_TRANSLATE_NOOP("AllowancesModel", "Kind"), lambda a: a.nature, stretch=True),
        day_column(QT_TRANSLATE_NOOP("AllowancesModel", "From"), lambda a: a.period_start),
        day_column(QT_TRANSLATE_NOOP("AllowancesModel", "To"), lambda a: a.period_end),
        count_column(
            QT_TRANSLATE_NOOP("AllowancesModel", "Days"),
            lambda a: a.days if a.days is not None else 0,
        ),
        money_column(QT_TRANSLATE_NOOP("AllowancesModel", "Per day"), lambda a: a.daily_cents),
        money_column(QT_TRANSLATE_NOOP("AllowancesModel", "Amount"), lambda a: a.amount_cents),
        day_column(QT_TRANSLATE_NOOP("AllowancesModel", "Paid on"), _paid_on),
        day_column(
            QT_TRANSLATE_NOOP("AllowancesModel", "In the bank on"),
            lambda a: a.received_on,
            header_tooltip=QT_TRANSLATE_NOOP(
                "AllowancesModel", "The day of the bank credit that brought this payment"
            ),
        ),
    ),
    row_id=lambda a: a.id,
)


class DailyAllowancesDialog(Dialog):
    """Every daily allowance stored, by person and year, with their totals."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setWindowTitle(self.tr("Daily allowances (indemnités journalières)"))
        self.resize(860, 420)
        intro = QLabel(
            self.tr(
                "Sick-leave, maternity and paternity pay read from ameli's statements. It is "
                "income, not a reimbursement: it is never counted in what care cost you."
            )
        )
        intro.setWordWrap(True)
        self.person = PersonSelector(self)
        self.person.setObjectName("allowancePerson")
        self.person.set_people(PeopleService(ui.ctx).all())
        self.person.select_person(ui.person_filter)
        self.year = QComboBox(self)
        self.year.setObjectName("allowanceYear")
        filters = QHBoxLayout()
        for label, widget in ((self.tr("&Person:"), self.person), (self.tr("&Year:"), self.year)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        self.model: TableModel[AllowanceRecord] = TableModel(ALLOWANCES, self)
        self.table = QTableView()
        self.table.setObjectName("allowancesTable")
        self.table.setModel(self.model)
        prepare_view(self.table)
        self.total = QLabel()
        self.total.setObjectName("allowancesTotal")
        self.total.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(close)
        self._all = AllowanceService(ui.ctx).list()
        self._fill_years()
        self.person.person_changed.connect(lambda _p: self.apply_filters())
        self.year.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.apply_filters()

    def _fill_years(self) -> None:
        years = sorted({d.year for a in self._all if (d := _paid_on(a)) is not None}, reverse=True)
        self.year.addItem(self.tr("All years"), None)
        for year in years:
            self.year.addItem(str(year), year)

    def shown(self) -> list[AllowanceRecord]:
        person, year = self.person.current_person(), self.year.currentData()
        return [
            a
            for a in self._all
            if (person is None or a.person_id == person)
            and (year is None or ((d := _paid_on(a)) is not None and d.year == year))
        ]

    def apply_filters(self) -> None:
        rows = self.shown()
        self.model.set_rows(rows)
        if not rows:
            self.total.setText(self.tr("No daily allowance stored for this choice."))
            return
        per_person: dict[str, int] = defaultdict(int)
        for a in rows:
            per_person[a.person_name] += a.amount_cents
        total = sum(per_person.values())
        text = self.tr("Payments: {count}; received in all: {total}.").format(
            count=len(rows), total=formatting.money(total)
        )
        if len(per_person) > 1:
            text += " " + ", ".join(
                f"{name}: {formatting.money(cents)}" for name, cents in sorted(per_person.items())
            )
        self.total.setText(text)

    @classmethod
    def open(cls, ui: UiContext, parent: QWidget | None = None) -> None:
        cls(ui, parent).exec()
