"""The friendly page a tab shows before there is anything in it: what it is for, what to do first."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("emptyStateTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setFixedWidth(600)  # a fixed width lets the wrapped text get its height
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        # Layouts do not ask a wrapped label for its height; give it the height its width needs.
        self.text_label.setMinimumHeight(self.text_label.heightForWidth(600))
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout.addSpacing(12)
        layout.addLayout(self.buttons)
        layout.addStretch(2)

    def add_action(self, label: str, callback: Callable[[], None]) -> QPushButton:
        button = QPushButton(label)
        button.clicked.connect(callback)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button
