"""Household > Merge people…: make two people one (an import added "CLAIRE MARTIN" beside Claire
Whitfield). The dialog shows exactly what would move (services.merge's preview: the same work,
rolled back), merges after a backup, and offers to undo the merge by restoring that backup."""

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.backups import BackupService
from ameli_desktop.services.household import Dependent, PeopleService
from ameli_desktop.services.merge import MergeResult, MergeService
from ameli_desktop.ui import formatting, messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.i18n import error_text, translate
from ameli_desktop.ui.tasks import Task, TaskControl, run_task


class MergeDialog(Dialog):
    def __init__(
        self,
        ui: UiContext,
        source: int | None = None,
        target: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.busy = False
        self.task: Task | None = None
        self.preview: MergeResult | None = None
        self.result: MergeResult | None = None  # the merge done, until undone
        self.undone = False
        self._generation = 0
        self.setWindowTitle(self.tr("Merge people"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Make two people one: everything of the first — reimbursement lines, claims, "
                "cards, trips, appointments, stays — moves onto the second, and the first is "
                "removed. For someone an import added twice, such as “CLAIRE MARTIN” beside "
                "Claire Whitfield."
            )
        )
        intro.setWordWrap(True)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("mergeSource")
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("mergeTarget")
        form = QFormLayout()
        form.addRow(self.tr("&Move everything of:"), self.source_combo)
        form.addRow(self.tr("&Onto:"), self.target_combo)
        self.what_label = QLabel()
        self.what_label.setObjectName("mergeWhat")
        self.what_label.setWordWrap(True)
        self.what_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_note = QLabel(
            self.tr(
                "A backup is taken first. To undo the merge: “Undo this merge” below, or later "
                "File > Restore backup… and the backup whose name ends in “before-merge”."
            )
        )
        self.undo_note.setObjectName("mergeUndoNote")
        self.undo_note.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("Mer&ge"))
        self.merge_button.setObjectName("mergeButton")
        self.undo_button = QPushButton(self.tr("&Undo this merge"))
        self.undo_button.setObjectName("undoMergeButton")
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.hide()  # after addButton, which shows it: there is no merge to undo yet
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.merge_button.clicked.connect(self.merge)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self._close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.what_label)
        layout.addWidget(self.undo_note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._fill(source, target)
        self.source_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.target_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def _fill(self, source: int | None, target: int | None) -> None:
        people = PeopleService(self.ui.ctx).all()
        for combo, chosen in ((self.source_combo, source), (self.target_combo, target)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Choose…"), None)
            for person in people:
                combo.addItem(person.name, person.id)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
            combo.blockSignals(False)

    # ------------------------------------------------------------------ preview
    def refresh(self) -> None:
        """What merging the chosen two would do (computed off the GUI thread)."""
        source, target = self.source_combo.currentData(), self.target_combo.currentData()
        self.preview = None
        if source is None or target is None:
            self._say(self.tr("Choose the person to merge away, then the one to keep."))
            self._update_buttons()
            return
        if source == target:
            self._say(self.tr("Choose two different people."))
            self._update_buttons()
            return
        service = MergeService(self.ui.ctx)

        def work(_control: TaskControl) -> MergeResult:
            return service.preview(source, target)

        self._run(work, self._preview_done)

    def _preview_done(self, preview: MergeResult) -> None:
        if (preview.source.id, preview.target.id) != (
            self.source_combo.currentData(),
            self.target_combo.currentData(),
        ):
            return  # the choice changed meanwhile: its own preview follows
        self.preview = preview
        self._say(self.describe(preview))

    def describe(self, result: MergeResult) -> str:
        """What a merge moves, keeps once and takes, in sentences."""
        source, target = result.source.name, result.target.name
        moved = self._records(result.moved) or self.tr("no records")
        lines = [
            (
                self.tr("Would move onto {target}: {records}.")
                if result.dry_run
                else self.tr("Moved onto {target}: {records}.")
            ).format(target=target, records=moved)
        ]
        if result.dropped:
            lines.append(
                self.tr("{target} already has these, kept once: {records}.").format(
                    target=target, records=self._records(result.dropped)
                )
            )
        taken = {
            "born": self.tr("date of birth ({date})").format(
                date=formatting.day(result.target.born)
            ),
            "nir": self.tr("NIR"),
            "nationality": self.tr("passport (Schengen)"),
        }
        if result.taken:
            lines.append(
                self.tr("{target} takes {source}’s {what}.").format(
                    target=target, source=source, what=", ".join(taken[t] for t in result.taken)
                )
            )
        lines.append(
            self.tr("From now on, “{source}” in a statement is {target}.").format(
                source=source, target=target
            )
        )
        return "\n".join(lines)

    @staticmethod
    def _records(counts: Sequence[Dependent]) -> str:
        return ", ".join(f"{d.count} {translate('Records', d.label)}" for d in counts)

    # ------------------------------------------------------------------ merging
    def merge(self) -> None:
        source, target = self.source_combo.currentData(), self.target_combo.currentData()
        if self.preview is None or source is None or target is None:
            return
        service = MergeService(self.ui.ctx)

        def work(_control: TaskControl) -> MergeResult:
            return service.merge(source, target)

        self._run(work, self._merged)

    def _merged(self, result: MergeResult) -> None:
        self.result = result
        self.undone = False
        self.ui.notify("*")
        backup = result.backup.name if result.backup else ""
        self._say(
            self.tr("Merged {source} into {target}.").format(
                source=result.source.name, target=result.target.name
            )
            + "\n"
            + self.describe(result)
            + "\n"
            + self.tr("Backup taken before: {name}.").format(name=backup)
        )
        self.ui.status(
            self.tr("Merged {source} into {target}.").format(
                source=result.source.name, target=result.target.name
            )
        )
        self._fill(None, result.target.id)
        self.preview = None
        self.undo_button.show()
        self._update_buttons()

    def undo(self) -> None:
        """Restore the backup taken before the merge (after asking)."""
        if self.result is None or self.result.backup is None:
            return
        backup: Path = self.result.backup
        if not messages.confirm(
            self,
            self.tr("Undo this merge"),
            self.tr(
                "Put the data back as it was before the merge (backup {name})? Anything changed "
                "since the merge is lost; the current data is backed up first."
            ).format(name=backup.name),
            destructive=True,
        ):
            return
        try:
            BackupService(self.ui.ctx).restore(backup)
        except UserError as exc:
            messages.error(self, self.tr("Undo this merge"), exc)
            return
        self.ui.notify("*")
        source = self.result.source
        self._say(self.tr("Merge undone: {source} is back, as before.").format(source=source.name))
        self.ui.status(self.tr("Merge undone: restored {name}.").format(name=backup.name))
        self.result = None
        self.undone = True
        self.undo_button.hide()
        self._fill(source.id, None)
        self._update_buttons()

    # ------------------------------------------------------------------ plumbing
    def _say(self, text: str) -> None:
        """What the merge does or did; the dialog grows to show it whole (within the screen)."""
        self.what_label.setText(text)
        if self.isVisible():
            self.fit_to_screen()

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.preview is not None and not self.busy)
        self.undo_button.setEnabled(not self.busy)
        self.close_button.setEnabled(not self.busy)

    def _run(
        self, work: Callable[[TaskControl], MergeResult], on_done: Callable[[MergeResult], None]
    ) -> None:
        """Run ``work`` off the GUI thread; only the latest run's answer is shown."""
        self._generation += 1
        generation = self._generation
        self.busy = True
        self._update_buttons()

        def finish() -> bool:
            if generation != self._generation:
                return False
            self.busy = False
            self.task = None
            return True

        def done(result: MergeResult) -> None:
            if finish():
                on_done(result)
                self._update_buttons()

        def failed(exc: BaseException) -> None:
            if finish():
                self._say(error_text(exc))
                self._update_buttons()

        self.task = run_task(work, on_done=done, on_error=failed)

    def _close(self) -> None:
        if self.busy:
            return
        if self.result is not None or self.undone:
            self.accept()
        else:
            self.reject()

    @classmethod
    def run(
        cls,
        ui: UiContext,
        source: int | None = None,
        target: int | None = None,
        parent: QWidget | None = None,
    ) -> MergeResult | None:
        """The merge made (None: none, or undone)."""
        dialog = cls(ui, source, target, parent)
        dialog.exec()
        return dialog.result
