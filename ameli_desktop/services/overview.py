"""The Overview: what needs doing next, gathered from every feature's own rules.

Each feature service computes its items (``attention()``); this module only collects and orders
them, so no rule is written twice. Sources are listed by name and imported when needed.
"""

import importlib
from dataclasses import dataclass

from ameli_desktop.services.attention import AttentionItem, Severity
from ameli_desktop.services.context import AppContext

# (module, class) of every service that reports attention items; each has ``attention()``.
SOURCES: tuple[tuple[str, str], ...] = (
    ("ameli_desktop.services.appointments", "AppointmentService"),
    # (a birth declaration is followed through its claim, reported by ReimbursementService)
    ("ameli_desktop.services.help", "AccountSignupService"),
    ("ameli_desktop.services.travel", "TravelService"),
    ("ameli_desktop.services.ceam", "CeamService"),
    ("ameli_desktop.services.vitale", "VitaleService"),
    ("ameli_desktop.services.reimbursements", "ReimbursementService"),
    ("ameli_desktop.services.acts", "ActService"),  # late reimbursements
)


@dataclass(frozen=True, slots=True)
class Overview:
    items: tuple[AttentionItem, ...]

    def count(self, minimum: Severity = Severity.SOON) -> int:
        """Items at least this pressing (what the tab title counts)."""
        return sum(1 for item in self.items if item.severity >= minimum)

    def for_person(self, person_id: int | None) -> "Overview":
        if person_id is None:
            return self
        return Overview(tuple(i for i in self.items if i.person_id in (None, person_id)))


def _order(item: AttentionItem) -> tuple[int, str, str]:
    due = item.due.isoformat() if item.due else "9999-12-31"
    return (-int(item.severity), due, item.area)


class OverviewService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def overview(self) -> Overview:
        items: list[AttentionItem] = []
        for module_name, class_name in SOURCES:
            service = getattr(importlib.import_module(module_name), class_name)(self.ctx)
            items.extend(service.attention())
        return Overview(tuple(sorted(items, key=_order)))
