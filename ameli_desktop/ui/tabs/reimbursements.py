"""The Reimbursements tab. Until its feature lands it shows what it is for and what to do first."""

from ameli_desktop.ui.tabs.base import EmptyStateTab
from ameli_desktop.ui.widgets.empty_state import EmptyState


class ReimbursementsTab(EmptyStateTab):
    key = "reimbursements"

    def title(self) -> str:
        return self.tr("Reimbursements")

    def make_empty_state(self) -> EmptyState:
        empty = EmptyState(
            self.tr("Your reimbursements (remboursements)"),
            self.tr(
                "Here you will browse the statement lines you download from ameli.fr, your bank or your complementary insurer, with monthly and yearly totals per person and what is left for you to pay. Start by adding the people in your household, then import a statement CSV."
            ),
        )
        empty.add_action(self.tr("Manage household…"), self.open_household)
        return empty

    def open_household(self) -> None:
        from ameli_desktop.ui.dialogs.household import HouseholdDialog

        HouseholdDialog.open(self.ui, self)
