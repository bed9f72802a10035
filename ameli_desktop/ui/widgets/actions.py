"""Actions first, buttons second: a tab's commands are QActions (the menu bar lists them, the Edit
menu's New / Edit / Delete run them), and a button on the page is one view of its action."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget


def action_button(action: QAction, parent: QWidget | None = None) -> QPushButton:
    """A push button that runs ``action`` and follows its text, tooltip, enabled state and
    visibility (QToolButton.setDefaultAction, for a QPushButton)."""
    button = QPushButton(parent)
    if action.objectName():
        button.setObjectName(action.objectName())

    def follow() -> None:
        button.setText(action.text())
        button.setToolTip(action.toolTip() if action.toolTip() != action.iconText() else "")
        button.setEnabled(action.isEnabled())
        if not action.isVisible():
            button.hide()
        elif button.isHidden() and button.parentWidget() is not None:
            button.show()  # (a button not in a window yet shows with it)

    follow()
    action.changed.connect(follow)
    button.clicked.connect(lambda: action.trigger())  # noqa: PLW0108 - not the "checked" flag
    return button
