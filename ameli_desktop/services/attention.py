"""Things that need the user's attention, as each feature's service reports them for the Overview.

Every feature service offers ``attention(self) -> list[AttentionItem]`` computed from its own rules,
so the Overview (issue 8) only gathers and sorts: no rule is written twice.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum

COUNTRY = "Country"  # a translatable param holding an ISO 3166 code, shown as a country name


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
    due: date | None = None  # the date it is about (deadline, expiry, appointment day)
    person_id: int | None = None
    record_kind: str = ""  # the table of the record to open, e.g. "ceam_card"
    record_id: int | None = None
    # Params whose value the GUI shows in its language: (name, context) where the value is a
    # label marked QT_TRANSLATE_NOOP(context, ...), or context COUNTRY for an ISO country code.
    translatable: tuple[tuple[str, str], ...] = ()

    def values(self, translate: Callable[[str, str], str] | None = None) -> dict[str, str]:
        """The params, with the translatable ones passed through ``translate(context, value)``."""
        values = dict(self.params)
        for name, context in self.translatable:
            if name not in values:
                continue
            if translate is not None:
                values[name] = translate(context, values[name])
            elif context == COUNTRY:  # English, for logs and tests
                from ameli_desktop.domain.facts import default_facts

                values[name] = default_facts().country_name(values[name], "en")
        return values

    def text(
        self, template: str | None = None, translate: Callable[[str, str], str] | None = None
    ) -> str:
        return (template or self.title).format(**self.values(translate))

    def detail_text(
        self, template: str | None = None, translate: Callable[[str, str], str] | None = None
    ) -> str:
        return (template or self.detail).format(**self.values(translate))
