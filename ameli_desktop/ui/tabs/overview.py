"""The Overview tab. Until its feature lands it shows what it is for and what to do first."""

from ameli_desktop.ui.tabs.base import EmptyStateTab
from ameli_desktop.ui.widgets.empty_state import EmptyState


class OverviewTab(EmptyStateTab):
    key = "overview"

    def title(self) -> str:
        return self.tr("Overview")

    def make_empty_state(self) -> EmptyState:
        empty = EmptyState(
            self.tr("What needs doing next"),
            self.tr(
                "The Overview gathers what needs doing across the app: a CEAM expiring before a trip, a carte Vitale order running late, this week's appointments, claims past their expected date and Schengen days left. Start by adding the people in your household."
            ),
        )
        empty.add_action(self.tr("Manage household…"), self.open_household)
        return empty

    def open_household(self) -> None:
        from ameli_desktop.ui.dialogs.household import HouseholdDialog

        HouseholdDialog.open(self.ui, self)
