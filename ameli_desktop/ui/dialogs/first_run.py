"""First run: with an empty data folder, offer to add the household, then a first statement.

One short dialog: a few rows (name, date of birth, role, passport: what counts at the Schengen
border, with a permit when there is one, issue 18) that grow with the household and scroll
when the screen is full; above them, away from "Add another person", "Load an example
household…" for a look around with clearly labelled demo data (it asks first, and never drops
the rows typed); then the next step, importing a statement.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.people import ROLE_LABELS, PersonDetails, Role
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui import messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.i18n import error_text, translate
from ameli_desktop.ui.widgets.date_field import DateField, birth_date_field
from ameli_desktop.ui.widgets.forms import show_whole_hint
from ameli_desktop.ui.widgets.travel_status import TravelStatusFields

DONE_KEY = "first_run/done"
MAX_ROWS = 8
MIN_WIDTH = 620  # the welcome text in a few lines; the rows may ask for more
FRAME = 40  # the window manager's title bar and borders, above the dialog's own height


@dataclass
class _Row:
    name: QLineEdit
    born: DateField
    role: QComboBox
    travel: TravelStatusFields  # passport group and permit (Schengen count, issue 18)


class FirstRunDialog(Dialog):
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
        self.setMinimumWidth(MIN_WIDTH)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._household_page())
        self.pages.addWidget(self._import_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._fit_rows()  # now that the dialog has its layout: as wide as the rows

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
        self.demo_button = QPushButton(self.tr("Load an &example household…"))
        self.demo_button.setObjectName("loadExample")
        self.demo_button.setToolTip(
            self.tr("A clearly labelled demo family to look around with; remove it in one click.")
        )
        self.demo_button.clicked.connect(self.load_demo)
        self.demo_button.setVisible(self.on_demo is not None)
        just_looking = QHBoxLayout()
        just_looking.addStretch(1)
        just_looking.addWidget(QLabel(self.tr("Just looking around?")))
        just_looking.addWidget(self.demo_button)

        # The rows, and "Add another person" under the last one, scroll together once the
        # dialog is as tall as the screen allows.
        rows = QWidget()
        rows.setObjectName("firstRunRows")
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        headers = (self.tr("Name"), self.tr("Date of birth"), self.tr("Role"), self.tr("Passport"))
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(0, 1)
        self.add_row_button = QPushButton(self.tr("&Add another person"))
        self.add_row_button.setObjectName("addPersonRow")
        self.add_row_button.clicked.connect(lambda: self.add_row())  # noqa: PLW0108 - not "checked"
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addLayout(self.grid)
        rows_layout.addWidget(self.add_row_button, 0, Qt.AlignmentFlag.AlignLeft)
        rows_layout.addStretch(1)
        self.rows_area = QScrollArea()
        self.rows_area.setObjectName("firstRunRowsArea")
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows_area.setWidget(rows)
        self.error = QLabel()
        self.error.setObjectName("firstRunError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("&Save the household"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save_household())  # noqa: PLW0108
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(just_looking)
        layout.addWidget(self.rows_area, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.add_row(Role.HOLDER)
        return page

    def _fit_rows(self) -> None:
        """The dialog grows with its rows up to the screen's height; past it, the rows scroll.
        It is as wide as the rows need (they never scroll sideways): a passport group's permit
        fields widen it."""
        rows = self.rows_area.widget()
        rows.layout().activate()  # the row just added counts now, not at the next event
        bar = self.rows_area.verticalScrollBar().sizeHint().width()
        self.rows_area.setMinimumWidth(rows.minimumSizeHint().width() + bar)
        layout = self.layout()
        if layout is not None:  # None while the pages are being built
            layout.activate()
            # An explicit minimum is the dialog's own: the layout's new one does not replace it.
            self.setMinimumWidth(max(MIN_WIDTH, layout.totalMinimumSize().width()))
        wanted = rows.sizeHint().height()
        screen = self.screen()
        room = (screen.availableGeometry().height() if screen is not None else 600) - FRAME
        old = self.rows_area.minimumHeight()
        shown = self.isVisible()
        others = (self.height() if shown else self.sizeHint().height()) - (
            self.rows_area.height() if shown else old
        )
        floor = 3 * self.add_row_button.sizeHint().height()  # a row or two, at least
        new = min(wanted, max(room - others, floor))
        self.rows_area.setMinimumHeight(new)
        if shown and new > old:
            self.resize(self.width(), min(self.height() + new - old, room))

    def add_row(self, role: Role = Role.PARTNER) -> None:
        if len(self.rows) >= MAX_ROWS:
            return
        name = QLineEdit()
        name.setObjectName(f"firstRunName{len(self.rows)}")
        name.setPlaceholderText(self.tr("e.g. Zoé Lebrun"))
        show_whole_hint(name)
        born = birth_date_field(f"firstRunBorn{len(self.rows)}", self.ui.ctx.today())
        role_box = QComboBox()
        for member in Role:
            role_box.addItem(translate("Roles", ROLE_LABELS[member]), member.value)
        role_box.setCurrentIndex(
            role_box.findData(role.value if isinstance(role, Role) else Role.PARTNER.value)
        )
        travel = TravelStatusFields(self.ui)
        # A permit's fields open under the passport group: the rows grow, then scroll.
        travel.nationality.currentIndexChanged.connect(lambda _i: self._fit_rows())
        travel.has_permit.toggled.connect(lambda _on: self._fit_rows())
        row = len(self.rows) + 1
        self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(born, row, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(role_box, row, 2, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(travel, row, 3, Qt.AlignmentFlag.AlignTop)
        for widget in (name, born, role_box, travel):
            widget.show()  # now, not at the next event: the rows' height below counts them
        self.rows.append(_Row(name, born, role_box, travel))
        self.add_row_button.setEnabled(len(self.rows) < MAX_ROWS)
        self._fit_rows()
        name.setFocus()
        # Once the rows are laid out again (the next turn of the event loop): scroll to it.
        QTimer.singleShot(0, self, lambda: self.rows_area.ensureWidgetVisible(name))

    def details(self) -> list[PersonDetails]:
        """The filled rows (blank names are ignored).

        Raises:
            UserError: a date of birth or a permit's date that is not a date (said under it
                too), or a date of birth typed in a row without a name: none is dropped without
                a word.
        """
        people = []
        for row in self.rows:
            born = row.born.value()
            if not row.name.text().strip():
                if born is not None:
                    raise UserError(
                        QT_TRANSLATE_NOOP("Errors", "This date of birth has no name beside it."),
                        field=row.born.field,
                    )
                continue
            try:
                nationality, permit = row.travel.value()
            except UserError as exc:
                self._permit_error(row, exc)
                raise
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

    @staticmethod
    def _permit_error(row: _Row, exc: UserError) -> None:
        """A permit's date that cannot be read is said under it, in its own row (every row's
        permit fields have the same names)."""
        fields = row.travel.permit_fields
        for date_field in (fields.start, fields.end):
            if exc.field == date_field.field:
                date_field.show_error(error_text(exc))
                date_field.setFocus()

    def save_household(self, *, then_import: bool = True) -> bool:
        """Save every filled row, or none: a mistake in one row saves nothing. Then, unless
        told otherwise, the next page (the first import)."""
        for row in self.rows:
            row.born.clear_error()
            row.travel.permit_fields.start.clear_error()
            row.travel.permit_fields.end.clear_error()
        try:
            people = self.details()
        except UserError as exc:
            self._show_error(exc)
            return False
        if not people:
            self.error.setText(self.tr("Write at least one name, or choose Skip."))
            self.error.show()
            return False
        service = PeopleService(self.ui.ctx)
        try:
            service.add_many(people)
        except UserError as exc:
            self._show_error(exc)
            return False
        self.error.hide()
        self.ui.notify("people")
        if then_import:
            self.pages.setCurrentIndex(1)
        return True

    def _show_error(self, exc: UserError) -> None:
        """The sentence under the rows; a wrong date is also said under that date."""
        text = error_text(exc)
        for row in self.rows:
            if exc.field == row.born.field:
                row.born.show_error(text)
                row.born.setFocus()
        self.error.setText(text)
        self.error.show()

    def typed_rows(self) -> int:
        return sum(1 for row in self.rows if row.name.text().strip())

    def load_demo(self) -> None:
        """Ask first; rows already typed are saved first, never dropped (or nothing happens)."""
        if self.on_demo is None:
            return
        typed = self.typed_rows()
        if typed:
            question = self.tr(
                "You have typed {count} people. Save them, and add the example household beside "
                "them? The example people's names end in “(example)”, and Household > Remove the "
                "example household takes away only what it added."
            ).format(count=typed)
        else:
            question = self.tr(
                "Load the example household, a demo family to look around with? Its names end "
                "in “(example)”, and Household > Remove the example household takes it away in "
                "one click, before you add your own."
            )
        if not messages.confirm(self, self.tr("Example household"), question):
            return
        if typed and not self.save_household(then_import=False):
            return  # a wrong row: said under the rows, nothing loaded
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
