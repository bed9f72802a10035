"""Things that need the user's attention, as each feature's service reports them for the Overview.

Every feature service offers ``attention(self) -> list[AttentionItem]`` computed from its own rules,
so the Overview (issue 8) only gathers and sorts: no rule is written twice.
"""

from dataclasses import dataclass
from datetime import date
from enum import IntEnum


class Severity(IntEnum):
    INFO = 0  # worth knowing (days left, last import)
    SOON = 1  # to do soon (an expiry within the warning period, this week's appointment)
    URGENT = 2  # late or at risk now (an overstay, an expired card before a trip, overdue)


@dataclass(frozen=True, slots=True)
class AttentionItem:
    """One line of the Overview, with a link to the record it is about."""

    area: str  # the tab key: "reimbursements", "card_orders", "ceam", "appointments", "travel_log"
    severity: Severity
    title: str  # short English sentence; a QT_TRANSLATE_NOOP("Attention", ...) template
    detail: str = ""  # template too; both are formatted with ``params``
    params: tuple[tuple[str, str], ...] = ()  # display-ready values for the templates
    # (param, Qt context) of values that are QT_TRANSLATE_NOOP labels themselves (a category):
    # the GUI translates them too
    translated_params: tuple[tuple[str, str], ...] = ()
    due: date | None = None  # the date it is about (deadline, expiry, appointment day)
    person_id: int | None = None
    record_kind: str = ""  # the table of the record to open, e.g. "ceam_card"
    record_id: int | None = None

    def text(self, template: str | None = None) -> str:
        return (template or self.title).format(**dict(self.params))

    def detail_text(self, template: str | None = None) -> str:
        return (template or self.detail).format(**dict(self.params))
