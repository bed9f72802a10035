"""Walk a window's widget tree for text that does not fit and siblings drawn over each other
(issue 16, item 5: "nothing elided or overlapping"). A widget inside a scroll area may lie outside
the visible part (the user scrolls to it); it must still have the room its text needs.

Written for the import dialog while the shared screenshot tests of the `ui` branch are not on
main; each finding is a sentence naming the widget, so a failure says what to fix.
"""

from itertools import combinations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

SLACK = 1  # a pixel of rounding


def _name(widget: QWidget) -> str:
    text = ""
    for attribute in ("text", "currentText", "title", "placeholderText"):
        getter = getattr(widget, attribute, None)
        if callable(getter) and getter():
            text = str(getter())
            break
    return f"{type(widget).__name__} {widget.objectName() or ''}“{text[:60]}”"


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or not label.pixmap().isNull():
        return None
    metrics = label.fontMetrics()
    room = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        return None
    widest = max(metrics.horizontalAdvance(line) for line in text.replace("&", "").split("\n"))
    if widest > room.width() + SLACK:
        return f"needs {widest} px of width, has {room.width()}"
    lines = text.count("\n") + 1
    if metrics.lineSpacing() * lines > room.height() + metrics.leading() + SLACK + lines:
        return f"needs {metrics.lineSpacing() * lines} px of height, has {room.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if isinstance(button, QPushButton | QCheckBox) and hint.width() > button.width() + SLACK:
        return f"needs {hint.width()} px of width, has {button.width()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > field.width() + SLACK:
        return f"shows “{text}” elided: needs {needed} px, has {field.width()}"
    return None


def _line_edit_problem(edit: QLineEdit) -> str | None:
    placeholder = edit.placeholderText()
    if edit.text() or not placeholder:
        return None
    needed = edit.fontMetrics().horizontalAdvance(placeholder)
    room = edit.contentsRect().width() - 8  # the frame's text margins
    if needed > room + SLACK:
        return f"placeholder elided: needs {needed} px, has {room}"
    return None


def _group_problem(box: QGroupBox) -> str | None:
    needed = box.fontMetrics().horizontalAdvance(box.title().replace("&", "")) + 16
    if box.title() and needed > box.width() + SLACK:
        return f"title needs {needed} px, has {box.width()}"
    return None


CHECKS = (
    (QLabel, _label_problem),
    (QAbstractButton, _button_problem),
    (QComboBox, _combo_problem),
    (QLineEdit, _line_edit_problem),
    (QGroupBox, _group_problem),
)


def elided(root: QWidget) -> list[str]:
    """Every visible widget whose text does not fit in it."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        for kind, check in CHECKS:
            if isinstance(widget, kind):
                problem = check(widget)  # type: ignore[operator]
                if problem:
                    found.append(f"{_name(widget)} {problem}")
    return found


def _internal(widget: QWidget) -> bool:
    """Parts a Qt widget draws itself with (a scroll area's viewport and bars, a view's
    headers): laid out by Qt, not by us."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) or widget.objectName().startswith("qt_")


def overlapping(root: QWidget) -> list[str]:
    """Every pair of visible sibling widgets whose rectangles intersect."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not _shown(parent, root) or isinstance(parent, QAbstractScrollArea):
            continue
        children = [
            c
            for c in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if _shown(c, root) and not c.isWindow() and not _internal(c)
        ]
        for a, b in combinations(children, 2):
            overlap: QRect = a.geometry().intersected(b.geometry())
            if overlap.width() > SLACK and overlap.height() > SLACK:
                found.append(
                    f"{_name(a)} overlaps {_name(b)} by {overlap.width()}x{overlap.height()}"
                )
    return found


def layout_problems(root: QWidget) -> list[str]:
    return elided(root) + overlapping(root)
