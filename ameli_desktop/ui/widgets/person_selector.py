"""The toolbar's household selector (All, or one person; kept in step with the household), and
the person field of the forms, which starts on the person that selector shows."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ameli_desktop.services.household import PersonRecord

if TYPE_CHECKING:
    from ameli_desktop.ui.context import UiContext


class PersonSelector(QComboBox):
    person_changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None, *, include_all: bool = True) -> None:
        super().__init__(parent)
        self.include_all = include_all
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(lambda _i: self.person_changed.emit(self.current_person()))

    def set_people(self, people: list[PersonRecord]) -> None:
        """Refill, keeping the current choice when that person still exists."""
        keep = self.current_person()
        self.blockSignals(True)
        self.clear()
        if self.include_all:
            self.addItem(self.tr("All the household"), None)
        for person in people:
            self.addItem(person.name, person.id)
        index = self.findData(keep) if keep is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        if self.current_person() != keep:
            self.person_changed.emit(self.current_person())

    def current_person(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    def select_person(self, person_id: int | None) -> None:
        index = self.findData(person_id) if person_id is not None else 0
        if index >= 0:
            self.setCurrentIndex(index)


def person_choice(ui: "UiContext", name: str = "person") -> PersonSelector:
    """A record's person: everyone in the household, the one shown by the household selector
    (the toolbar's) chosen, so a new record is theirs unless said otherwise."""
    from ameli_desktop.services.household import PeopleService

    combo = PersonSelector(include_all=False)
    combo.setObjectName(name)
    combo.set_people(PeopleService(ui.ctx).all())
    combo.select_person(ui.person_filter)
    return combo
