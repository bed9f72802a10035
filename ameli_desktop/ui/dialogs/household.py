"""The Household panel: everyone whose admin the app keeps, with add / edit / remove."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.household import PeopleService, PersonRecord
from ameli_desktop.ui import messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.dialogs.person import PersonDialog
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.models.people import PeopleModel
from ameli_desktop.ui.widgets.tables import prepare_view


class HouseholdDialog(Dialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setWindowTitle(self.tr("Household"))
        self.resize(860, 380)  # six columns, Passport included, without scrolling sideways
        intro = QLabel(
            self.tr(
                "Everyone whose health-insurance admin you keep here: you, a partner, "
                "children. Each person's NIR is optional and shown masked."
            )
        )
        intro.setWordWrap(True)
        self.model = PeopleModel(self)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        prepare_view(self.table)
        self.table.activated.connect(lambda _i: self.edit_selected())

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.merge_button = QPushButton(self.tr("&Merge into…"))
        self.merge_button.setToolTip(
            self.tr("The same person twice (an import's spelling)? Move everything onto the other")
        )
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.merge_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.model.set_people(PeopleService(self.ui.ctx).all())
        row = self.model.row_of(select) if select is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> PersonRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.merge_button.setEnabled(has and self.model.rowCount() > 1)

    def add_person(self) -> None:
        saved = PersonDialog.edit(self.ui, None, self)
        if saved:
            self.reload(saved.id)

    def edit_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        saved = PersonDialog.edit(self.ui, person, self)
        if saved:
            self.reload(saved.id)

    def merge_selected(self) -> None:
        """Merge the selected person into another (Household > Merge people…)."""
        from ameli_desktop.ui.dialogs.merge_people import MergeDialog

        person = self.selected()
        if person is None:
            return
        merged = MergeDialog.run(self.ui, person.id, None, self)
        self.reload(merged.target.id if merged else person.id)

    def remove_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        service = PeopleService(self.ui.ctx)
        dependents = service.dependents(person.id)
        if dependents:
            lines = "\n".join(f"• {d.count} {translate('Records', d.label)}" for d in dependents)
            question = self.tr(
                "Remove {name}? These records are theirs and will be removed with them:\n\n{lines}"
                "\n\nA backup is in File > Restore backup if you change your mind."
            ).format(name=person.name, lines=lines)
        else:
            question = self.tr("Remove {name} from the household?").format(name=person.name)
        if not messages.confirm(self, self.tr("Remove a person"), question, destructive=True):
            return
        try:
            service.remove(person.id)
        except UserError as exc:
            messages.error(self, self.tr("Remove a person"), exc)
            return
        self.ui.notify("*")
        self.reload()

    @classmethod
    def open(cls, ui: UiContext, parent: QWidget | None = None) -> None:
        cls(ui, parent).exec()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Delete and self.selected() is not None:
            self.remove_selected()
            return
        super().keyPressEvent(event)
