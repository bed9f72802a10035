"""The Overview's items as a table: how pressing, what, when, who."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QBrush, QColor

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.services.attention import AttentionItem, Severity
from ameli_desktop.ui import formatting
from ameli_desktop.ui.i18n import translate, translate_value
from ameli_desktop.ui.models.table import Column, Table, TableModel

CONTEXT = "Attention"
COLOURS = {Severity.URGENT: "#c62828", Severity.SOON: "#b26a00", Severity.INFO: "#2e75b6"}
SEVERITY_TEXT = {
    Severity.URGENT: QT_TRANSLATE_NOOP("OverviewModel", "Now"),
    Severity.SOON: QT_TRANSLATE_NOOP("OverviewModel", "Soon"),
    Severity.INFO: QT_TRANSLATE_NOOP("OverviewModel", "To know"),
}


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """An item with its texts in the UI language and its person's name."""

    item: AttentionItem
    what: str
    detail: str
    person: str

    @classmethod
    def of(cls, item: AttentionItem, names: dict[int, str]) -> "OverviewRow":
        what, detail = OverviewModel.texts(item)
        person = names.get(item.person_id, "") if item.person_id is not None else ""
        return cls(item, what, detail, person)


def _severity(row: OverviewRow) -> str:
    return translate("OverviewModel", SEVERITY_TEXT[row.item.severity])


OVERVIEW: Table[OverviewRow] = Table(
    "OverviewModel",
    (
        Column(
            QT_TRANSLATE_NOOP("OverviewModel", "How pressing"),
            _severity,
            sort=lambda r: -int(r.item.severity),  # most pressing first
            tooltip=_severity,
            foreground=lambda r: QBrush(QColor(COLOURS[r.item.severity])),
        ),
        # What and Details share the width and wrap: on a small window the details stay
        # readable instead of being cut to "Sent on 01/10/2026…".
        Column(
            QT_TRANSLATE_NOOP("OverviewModel", "What"),
            lambda r: r.what,
            tooltip=lambda r: r.what,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("OverviewModel", "Details"),
            lambda r: r.detail,
            tooltip=lambda r: r.detail,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("OverviewModel", "Date"),
            lambda r: formatting.day(r.item.due),
            sort=lambda r: r.item.due.isoformat() if r.item.due else "9999",
        ),
        Column(QT_TRANSLATE_NOOP("OverviewModel", "Person"), lambda r: r.person),
    ),
)


class OverviewModel(TableModel[OverviewRow]):
    SEVERITY, WHAT, DETAIL, WHEN, PERSON = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(OVERVIEW, parent)

    def set_items(self, items: list[AttentionItem], names: dict[int, str]) -> None:
        self.set_rows(OverviewRow.of(item, names) for item in items)

    def item_at(self, row: int) -> AttentionItem:
        return self.row_at(row).item

    @staticmethod
    def texts(item: AttentionItem) -> tuple[str, str]:
        """What and details in the UI language: templates and labelled values translated."""
        what = item.text(translate(CONTEXT, item.title), translate_value)
        detail = (
            item.detail_text(translate(CONTEXT, item.detail), translate_value)
            if item.detail
            else ""
        )
        return what, detail
