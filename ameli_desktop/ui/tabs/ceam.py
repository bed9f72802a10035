"""The CEAM tab. Until its feature lands it shows what it is for and what to do first."""

from ameli_desktop.ui.tabs.base import EmptyStateTab
from ameli_desktop.ui.widgets.empty_state import EmptyState


class CeamTab(EmptyStateTab):
    key = "ceam"

    def title(self) -> str:
        return self.tr("CEAM")

    def make_empty_state(self) -> EmptyState:
        empty = EmptyState(
            self.tr("European health insurance cards (CEAM)"),
            self.tr(
                "Here you will check that every traveller's CEAM (EHIC) covers each trip, see expiry warnings and print a provisional-certificate reminder before leaving. Start by adding the people in your household."
            ),
        )
        empty.add_action(self.tr("Manage household…"), self.open_household)
        return empty

    def open_household(self) -> None:
        from ameli_desktop.ui.dialogs.household import HouseholdDialog

        HouseholdDialog.open(self.ui, self)
