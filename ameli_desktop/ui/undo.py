"""Undo and Redo of what a tab deleted (Edit menu, Ctrl+Z / Ctrl+Shift+Z), on Qt's undo stacks.

A deletion is made first (after the user confirmed it, through the service), then pushed as a
:class:`Done` command holding what the service returned: undoing hands that to the service's
restore, redoing deletes what was restored again. Each tab that can undo has its own
QUndoStack; the main window's QUndoGroup follows the tab on screen.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ameli_desktop.domain.errors import UserError


class Done(QUndoCommand):
    """A change already made.

    Args:
        text: what Edit > Undo/Redo says, e.g. "Delete 3 lines" (translated).
        made: what the change returned (the deleted records, to restore).
        undo: puts ``made`` back; returns what redo needs (the restored records).
        redo: makes the change again from what undo returned; returns a new ``made``.
        on_error: told of a UserError (the command is then dropped from the stack).
        after: called after each undo and redo (the tab refreshes, hides its undo bar...).
    """

    def __init__(
        self,
        text: str,
        made: Any,
        *,
        undo: Callable[[Any], Any],
        redo: Callable[[Any], Any],
        on_error: Callable[[UserError], None],
        after: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._state = made
        self._undo = undo
        self._redo = redo
        self._on_error = on_error
        self._after = after
        self._first = True  # QUndoStack.push() runs redo(): the change is made already

    def _run(self, step: Callable[[Any], Any]) -> None:
        try:
            self._state = step(self._state)
        except UserError as exc:
            self.setObsolete(True)
            self._on_error(exc)
        if self._after is not None:
            self._after()

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)
