"""The imported files, with "Undo this import" (removes exactly that file's lines)."""

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
from ameli_desktop.services.statement_import import BatchRecord, ImportService
from ameli_desktop.ui import messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.models.reimbursements import BatchesModel
from ameli_desktop.ui.widgets.tables import prepare_view


class ImportBatchesDialog(Dialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setWindowTitle(self.tr("Imported statements"))
        self.resize(760, 360)
        intro = QLabel(
            self.tr(
                "Every file you imported. Undoing an import removes exactly the lines it added; "
                "lines that were already stored before it stay."
            )
        )
        intro.setWordWrap(True)
        self.model = BatchesModel(self)
        self.table = QTableView()
        self.table.setObjectName("batchesTable")
        self.table.setModel(self.model)
        prepare_view(self.table)
        self.undo_button = QPushButton(self.tr("&Undo this import…"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.undo_selected)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.reload()

    def reload(self) -> None:
        self.model.set_batches(ImportService(self.ui.ctx).batches())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update()

    def selected(self) -> BatchRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.batch_at(rows[0].row()) if rows else None

    def _update(self) -> None:
        self.undo_button.setEnabled(self.selected() is not None)

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        if not messages.confirm(
            self,
            self.tr("Undo an import"),
            self.tr(
                "Remove the {count} lines imported from {file}? Claims they had settled are "
                "opened again."
            ).format(count=batch.imported, file=batch.file_name),
            destructive=True,
        ):
            return
        try:
            removed = ImportService(self.ui.ctx).undo(batch.id)
        except UserError as exc:
            messages.error(self, self.tr("Undo an import"), exc)
            return
        self.ui.notify("reimbursements")
        self.ui.notify("claims")
        self.ui.status(
            self.tr("Removed the {count} lines of {file}.").format(
                count=removed, file=batch.file_name
            )
        )
        self.reload()

    @classmethod
    def open(cls, ui: UiContext, parent: QWidget | None = None) -> None:
        cls(ui, parent).exec()
