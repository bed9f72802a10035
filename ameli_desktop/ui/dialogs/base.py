"""What every dialog of the app does about its size: it opens tall enough for what it shows, and
never taller than the screen (a long form scrolls instead).

Why: Qt opens a new window at its layout's minimum height when its preferred one is more than two
thirds of the screen, and that minimum ignores labels that wrap (a form's hints): on a laptop
screen, or at 150 %, the fields of a long form were then drawn over each other.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFrame, QLayout, QScrollArea, QWidget

FRAME = 40  # the window manager's title bar and borders, above a dialog's own height


def _height_for(layout: QLayout, width: int) -> int:
    layout.activate()
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(width)
    return layout.totalSizeHint().height()


def scrolling(body: QWidget) -> QScrollArea:
    """A dialog's form in a frameless area that scrolls when the screen is too short for it."""
    area = QScrollArea()
    area.setObjectName("dialogBody")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    return area


class Dialog(QDialog):
    """A QDialog that fits its contents to the screen when first shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """As tall as the contents at this width (wrapped texts included), within the screen."""
        layout = self.layout()
        if layout is None:
            return
        width = self.width()
        need = _height_for(layout, width)
        for area in self.findChildren(QScrollArea, "dialogBody"):
            inner = area.widget()
            if inner is not None and inner.layout() is not None:
                inner_need = _height_for(inner.layout(), area.viewport().width())
                need += max(0, inner_need - area.viewport().height())
        screen = self.screen()
        room = (screen.availableGeometry().height() if screen is not None else 600) - FRAME
        height = min(max(self.height(), need), max(room, self.minimumHeight()))
        if height != self.height():
            self.resize(width, height)
