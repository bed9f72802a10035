"""The household as a table model (the Household dialog's list)."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ameli_desktop.domain.people import ROLE_LABELS
from ameli_desktop.domain.schengen import Nationality
from ameli_desktop.services.household import PersonRecord
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    NAME, ROLE, BORN, NIR, S1, PASSPORT = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[PersonRecord] = []

    def set_people(self, people: list[PersonRecord]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person_at(self, row: int) -> PersonRecord:
        return self._people[row]

    def row_of(self, person_id: int) -> int:
        return next((i for i, p in enumerate(self._people) if p.id == person_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Born"),
            self.tr("NIR (n° de sécurité sociale)"),
            self.tr("S1"),
            self.tr("Passport (Schengen)"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return person.name
            if column == self.ROLE:
                return translate("Roles", ROLE_LABELS[person.role])
            if column == self.BORN:
                return formatting.day(person.born)
            if column == self.NIR:
                return person.masked_nir
            if column == self.S1:
                return self.tr("Yes") if person.s1_holder else ""
            if column == self.PASSPORT:
                return {
                    Nationality.EU_EEA_CH: self.tr("EU/EEA/Swiss"),
                    Nationality.OTHER: self.tr("Other"),
                    Nationality.UNKNOWN: self.tr("Not given"),
                }[person.nationality]
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.S1 and person.s1_holder:
            return self.tr("Holds an S1: health cover paid by another country")
        return None
