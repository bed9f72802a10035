"""The Appointments tab. Until its feature lands it shows what it is for and what to do first."""

from ameli_desktop.ui.tabs.base import EmptyStateTab
from ameli_desktop.ui.widgets.empty_state import EmptyState


class AppointmentsTab(EmptyStateTab):
    key = "appointments"

    def title(self) -> str:
        return self.tr("Appointments")

    def make_empty_state(self) -> EmptyState:
        empty = EmptyState(
            self.tr("CPAM appointments (rendez-vous)"),
            self.tr(
                "Here you will keep your appointments with CPAM advisors, with the reason and the documents to bring, and export them to your calendar. Start by adding the people in your household."
            ),
        )
        empty.add_action(self.tr("Manage household…"), self.open_household)
        return empty

    def open_household(self) -> None:
        from ameli_desktop.ui.dialogs.household import HouseholdDialog

        HouseholdDialog.open(self.ui, self)
