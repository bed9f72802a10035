"""The Travel log tab. Until its feature lands it shows what it is for and what to do first."""

from ameli_desktop.ui.tabs.base import EmptyStateTab
from ameli_desktop.ui.widgets.empty_state import EmptyState


class TravelLogTab(EmptyStateTab):
    key = "travel_log"

    def title(self) -> str:
        return self.tr("Travel log")

    def make_empty_state(self) -> EmptyState:
        empty = EmptyState(
            self.tr("Schengen days (90/180)"),
            self.tr(
                "Here you will record entries into and exits from the Schengen area and see, for each person, the days used in the last 180 and until when they may stay. Start by adding the people in your household."
            ),
        )
        empty.add_action(self.tr("Manage household…"), self.open_household)
        return empty

    def open_household(self) -> None:
        from ameli_desktop.ui.dialogs.household import HouseholdDialog

        HouseholdDialog.open(self.ui, self)
