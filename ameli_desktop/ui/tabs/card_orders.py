"""The Card orders tab. Until its feature lands it shows what it is for and what to do first."""

from ameli_desktop.ui.tabs.base import EmptyStateTab
from ameli_desktop.ui.widgets.empty_state import EmptyState


class CardOrdersTab(EmptyStateTab):
    key = "card_orders"

    def title(self) -> str:
        return self.tr("Card orders")

    def make_empty_state(self) -> EmptyState:
        empty = EmptyState(
            self.tr("Carte Vitale for each person"),
            self.tr(
                "Here you will follow each person's carte Vitale: its status, declaring a loss or theft, and each order until the new card arrives. Start by adding the people in your household."
            ),
        )
        empty.add_action(self.tr("Manage household…"), self.open_household)
        return empty

    def open_household(self) -> None:
        from ameli_desktop.ui.dialogs.household import HouseholdDialog

        HouseholdDialog.open(self.ui, self)
