"""The applications menu entry from the window: offered once at first start, then in the File menu.

The work is ``ameli_desktop.desktop_entry`` (also behind ``ameli-desktop
--install-desktop-entry``); here are the question, asked once and never again whatever the answer
(it is kept in the data folder's settings), and the menu item for later.
"""

import subprocess

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from ameli_desktop import desktop_entry
from ameli_desktop.ui import messages

ASKED_KEY = "desktop/menu_entry_offered"  # "added", "declined" or "failed": asked once
translate = QCoreApplication.translate


def can_offer() -> bool:
    """On a desktop whose menu the app knows (Linux, Windows), with a screen. (Tests say yes.)"""
    from ameli_desktop.ui.app import HEADLESS_PLATFORMS

    return desktop_entry.supported() and QGuiApplication.platformName() not in HEADLESS_PLATFORMS


def add_to_menu(window: QWidget) -> bool:
    """Add (or renew) the entry; say where, or why not. ``window`` is the main window."""
    try:
        done = desktop_entry.install()
    except (OSError, subprocess.SubprocessError) as exc:
        messages.error(
            window,
            translate("DesktopEntry", "Add to the applications menu"),
            translate(
                "DesktopEntry", "The applications menu entry could not be written: {reason}"
            ).format(reason=getattr(exc, "strerror", None) or exc),
        )
        return False
    window.ui.status(  # type: ignore[attr-defined]
        translate("DesktopEntry", "Ameli Desktop is in your applications menu ({file}).").format(
            file=done.entry
        )
    )
    return True


def offer_once(window: QWidget) -> None:
    """At first start, if no entry is there yet: ask once, remember the answer, never again."""
    settings = window.ui.settings  # type: ignore[attr-defined]
    if (
        settings.value(ASKED_KEY)
        or not can_offer()
        or not window.isVisible()  # closing already (a logout during the welcome dialog)
        or desktop_entry.installed_entry() is not None
    ):
        return
    wanted = messages.confirm(
        window,
        translate("DesktopEntry", "Applications menu"),
        translate(
            "DesktopEntry",
            "Add Ameli Desktop to your applications menu, so that it starts like your other"
            " applications? It is added for you only. You can also do it later with File > Add"
            " to the applications menu.",
        ),
    )
    if not wanted:
        settings.setValue(ASKED_KEY, "declined")
        return
    settings.setValue(ASKED_KEY, "added" if add_to_menu(window) else "failed")


def add_menu_action(window: QWidget, menu: QMenu) -> QAction:
    """File > Add to the applications menu (shown where there is such a menu)."""
    action = QAction(translate("DesktopEntry", "Add to the applications &menu"), window)
    action.setStatusTip(
        translate("DesktopEntry", "A menu entry and icon that start this installed copy of the app")
    )
    action.triggered.connect(lambda: add_to_menu(window))
    action.setVisible(desktop_entry.supported())
    menu.addAction(action)
    return action
