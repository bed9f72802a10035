"""Ameli Desktop: an unofficial organiser for a household's French health-insurance admin."""

__version__ = "0.1.0"
APP_NAME = "Ameli Desktop"
APP_ID = (
    "fr.ameli_desktop.AmeliDesktop"  # reverse-DNS id: .desktop file, AppStream, single instance
)
