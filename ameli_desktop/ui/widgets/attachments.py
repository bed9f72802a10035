"""Attachments of one record: list, add (button or drop), open, remove. Shared by every feature."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.attachments import AttachmentService
from ameli_desktop.ui import messages
from ameli_desktop.ui.context import UiContext


class AttachmentsWidget(QWidget):
    """Shows the files attached to (owner_kind, owner_id); empty and disabled without a record.

    A handful of files per record, so a QListWidget (not a model) is enough here.
    """

    changed = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.owner: tuple[str, int] | None = None
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setObjectName("attachmentsList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(self.open_item)
        self.list.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("Attach a file…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(lambda: self.open_item(self.list.currentItem()))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.set_owner(None, None)

    def set_owner(self, kind: str | None, record_id: int | None) -> None:
        self.owner = (kind, record_id) if kind and record_id is not None else None
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        enabled = self.owner is not None
        for widget in (self.add_button, self.open_button, self.remove_button, self.list):
            widget.setEnabled(enabled)
        if self.owner is None:
            return
        for record in AttachmentService(self.ui.ctx).for_record(*self.owner):
            item = QListWidgetItem(record.file_name)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, record)
            item.setToolTip(self.tr("{size} KB").format(size=max(1, record.size // 1024)))
            self.list.addItem(item)

    def add_files(self, paths: list[Path]) -> None:
        if self.owner is None:
            return
        service = AttachmentService(self.ui.ctx)
        for path in paths:
            try:
                service.add(self.owner[0], self.owner[1], path)
            except UserError as exc:
                messages.error(self, self.tr("Attach a file"), exc)
        self.reload()
        self.changed.emit()

    def choose_files(self) -> None:
        paths = messages.open_files(
            self,
            self.tr("Attach files"),
            self.tr("Documents and images (*.pdf *.png *.jpg *.jpeg *.heic);;All files (*)"),
        )
        if paths:
            self.add_files(paths)

    def open_item(self, item: QListWidgetItem | None) -> None:
        """Hand the stored copy to the system, only ever a file inside attachments/."""
        if item is None:
            return
        try:
            path = AttachmentService(self.ui.ctx).openable(item.data(Qt.ItemDataRole.UserRole + 1))
        except UserError as exc:
            messages.error(self, self.tr("Open an attachment"), exc)
            return
        messages.open_with_system(path)

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or not messages.confirm(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove {name} from this record?").format(name=item.text()),
            destructive=True,
        ):
            return
        AttachmentService(self.ui.ctx).remove(int(item.data(Qt.ItemDataRole.UserRole)))
        self.reload()
        self.changed.emit()

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.owner is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()
