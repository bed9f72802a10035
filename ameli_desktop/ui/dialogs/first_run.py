"""First run: with an empty data folder, offer to add the household, then a first statement.

One short dialog: a few rows (name, date of birth, role), "Load example household" for a look
around with clearly labelled demo data, and the next step, importing a statement.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.people import ROLE_LABELS, PersonDetails, Role
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui import formatting
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.i18n import error_text, translate
from ameli_desktop.ui.widgets.travel_status import TravelStatusFields

DONE_KEY = "first_run/done"
UNKNOWN_BIRTH = QDate(1899, 12, 31)
MAX_ROWS = 8


@dataclass
class _Row:
    name: QLineEdit
    born: QDateEdit
    role: QComboBox
    travel: TravelStatusFields  # passport group and permit (Schengen count, issue 18)


class FirstRunDialog(QDialog):
    """Welcome, household rows, then the first import. ``on_import`` starts the import flow."""

    def __init__(
        self,
        ui: UiContext,
        *,
        on_import: Callable[[], None] | None = None,
        on_demo: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.on_import = on_import
        self.on_demo = on_demo
        self.rows: list[_Row] = []
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Ameli Desktop"))
        self.setMinimumWidth(620)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._household_page())
        self.pages.addWidget(self._import_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # ------------------------------------------------------------------ page 1: household
    def _household_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Ameli Desktop keeps your household's health-insurance admin in order: "
                "statements, cartes Vitale, CEAM before trips, CPAM appointments and Schengen days. "
                "It is unofficial and never connects to ameli.fr: everything stays on this "
                "computer.\n\nFirst, who is in your household? Names are enough; you can add the "
                "details later (Household menu)."
            )
        )
        intro.setWordWrap(True)
        self.grid = QGridLayout()
        headers = (self.tr("Name"), self.tr("Date of birth"), self.tr("Role"), self.tr("Passport"))
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(header, 0, column)
        self.add_row_button = QPushButton(self.tr("Add another person"))
        self.add_row_button.clicked.connect(self.add_row)
        self.error = QLabel()
        self.error.setObjectName("firstRunError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save the household"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_household)
        self.demo_button = QPushButton(self.tr("Load example household"))
        self.demo_button.setToolTip(
            self.tr("A clearly labelled demo family to look around with; remove it in one click.")
        )
        self.demo_button.clicked.connect(self.load_demo)
        self.demo_button.setVisible(self.on_demo is not None)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_row_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.add_row(Role.HOLDER)
        return page

    def add_row(self, role: Role = Role.PARTNER) -> None:
        if len(self.rows) >= MAX_ROWS:
            return
        name = QLineEdit()
        name.setObjectName(f"firstRunName{len(self.rows)}")
        name.setPlaceholderText(self.tr("e.g. Zoé Lebrun"))
        born = QDateEdit()
        born.setDisplayFormat("dd/MM/yyyy")
        born.setCalendarPopup(True)
        born.setMinimumDate(UNKNOWN_BIRTH)
        born.setMaximumDate(formatting.to_qdate(self.ui.ctx.today()))
        born.setSpecialValueText(self.tr("Not given"))
        born.setDate(UNKNOWN_BIRTH)
        role_box = QComboBox()
        for member in Role:
            role_box.addItem(translate("Roles", ROLE_LABELS[member]), member.value)
        role_box.setCurrentIndex(
            role_box.findData(role.value if isinstance(role, Role) else Role.PARTNER.value)
        )
        travel = TravelStatusFields(self.ui)
        row = len(self.rows) + 1
        self.grid.addWidget(name, row, 0)
        self.grid.addWidget(born, row, 1)
        self.grid.addWidget(role_box, row, 2)
        self.grid.addWidget(travel, row, 3)
        self.rows.append(_Row(name, born, role_box, travel))
        self.add_row_button.setEnabled(len(self.rows) < MAX_ROWS)
        name.setFocus()

    def details(self) -> list[PersonDetails]:
        """The filled rows (blank names are ignored)."""
        people = []
        for row in self.rows:
            if not row.name.text().strip():
                continue
            born_q = row.born.date()
            born: date | None = None if born_q == UNKNOWN_BIRTH else formatting.from_qdate(born_q)
            nationality, permit = row.travel.value()
            people.append(
                PersonDetails(
                    row.name.text(),
                    born,
                    Role(row.role.currentData()),
                    nationality=nationality,
                    permit=permit,
                )
            )
        return people

    def save_household(self) -> None:
        """Save every filled row, or none: a mistake in one row saves nothing."""
        people = self.details()
        if not people:
            self.error.setText(self.tr("Write at least one name, or choose Skip."))
            self.error.show()
            return
        service = PeopleService(self.ui.ctx)
        try:
            service.add_many(people)
        except UserError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.error.hide()
        self.ui.notify("people")
        self.pages.setCurrentIndex(1)

    def load_demo(self) -> None:
        if self.on_demo is not None:
            self.on_demo()
        self.finish()

    # ------------------------------------------------------------------ page 2: first import
    def _import_page(self) -> QWidget:
        page = QWidget()
        text = QLabel(
            self.tr(
                "Your household is saved. Next, import a statement: a CSV file of your "
                "reimbursements downloaded from ameli.fr (or a converter), your bank or your "
                "complementary insurer. You can also drop the file onto the window later."
            )
        )
        text.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import a statement…"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.import_button.setEnabled(self.on_import is not None)
        later = QPushButton(self.tr("Later"))
        later.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def start_import(self) -> None:
        self.finish()
        if self.on_import is not None:
            self.on_import()

    def finish(self) -> None:
        self.ui.settings.setValue(DONE_KEY, True)
        self.ui.settings.sync()
        self.accept()

    @staticmethod
    def wanted(ui: UiContext) -> bool:
        """Shown once, and only while the household is empty."""
        done = str(ui.settings.value(DONE_KEY, "false")).lower() == "true"
        return not done and not PeopleService(ui.ctx).all()
