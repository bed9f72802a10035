"""The household as a table (the Household dialog's list)."""

from typing import Any

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.people import ROLE_LABELS
from ameli_desktop.domain.schengen import Nationality
from ameli_desktop.services.household import PersonRecord
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.models.table import Column, Table, TableModel, day_column

# Short enough for a column; the Schengen context's longer labels are the combos' (travel_status).
PASSPORT_LABELS = {
    Nationality.EU_EEA_CH: QT_TRANSLATE_NOOP("PeopleModel", "EU/EEA/Swiss"),
    Nationality.OTHER: QT_TRANSLATE_NOOP("PeopleModel", "Other"),
    Nationality.UNKNOWN: QT_TRANSLATE_NOOP("PeopleModel", "Not given"),
}

PEOPLE: Table[PersonRecord] = Table(
    "PeopleModel",
    (
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Name"), lambda p: p.name, stretch=True),
        Column(
            QT_TRANSLATE_NOOP("PeopleModel", "Role"),
            lambda p: translate("Roles", ROLE_LABELS[p.role]),
        ),
        day_column(
            QT_TRANSLATE_NOOP("PeopleModel", "Born"),
            lambda p: p.born,
        ),
        Column(
            QT_TRANSLATE_NOOP("PeopleModel", "NIR (n° de sécurité sociale)"), lambda p: p.masked_nir
        ),
        Column(
            QT_TRANSLATE_NOOP("PeopleModel", "S1"),
            lambda p: translate("PeopleModel", "Yes") if p.s1_holder else "",
            tooltip=lambda p: (
                translate("PeopleModel", "Holds an S1: health cover paid by another country")
                if p.s1_holder
                else None
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("PeopleModel", "Passport (Schengen)"),
            lambda p: translate("PeopleModel", PASSPORT_LABELS[p.nationality]),
        ),
    ),
    row_id=lambda p: p.id,
)


class PeopleModel(TableModel[PersonRecord]):
    NAME, ROLE, BORN, NIR, S1, PASSPORT = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(PEOPLE, parent)

    def set_people(self, people: list[PersonRecord]) -> None:
        self.set_rows(people)

    def person_at(self, row: int) -> PersonRecord:
        return self.row_at(row)
