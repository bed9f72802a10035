"""What the GUI start imports, and in which order (DESIGN.md 9: start-up)."""

import subprocess
import sys
from pathlib import Path

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService

WORKTREE = Path(__file__).resolve().parents[2]
DATA_LAYER = ("ameli_desktop.", "sqlalchemy", "sqlmodel", "pydantic")
# What only an import, an export or a printout needs: none of it loads with the first window.
ON_DEMAND = (
    "ameli_desktop.importers",
    "ameli_desktop.exports.pdf",
    "ameli_desktop.exports.ics",
    "reportlab",
    "PySide6.QtPrintSupport",
    "alembic",
    "keyring",
    "icalendar",
    "charset_normalizer",
)


def test_the_window_needs_nothing_of_the_data_layer_that_was_not_loaded_before_qt(
    ctx: AppContext,
) -> None:
    """The GUI entry imports the data layer before PySide6 (whose import hook reads the source of
    every module imported after it): it must import no Qt itself, and building the first window
    must find every data-layer module already loaded, or that module pays the hook. And what only
    an import, an export or a printout needs waits for them (ON_DEMAND). (An existing data folder:
    creating one loads Alembic, once.)"""
    PeopleService(ctx).add(PersonDetails("Ana Lopez"))
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from ameli_desktop.__main__ import load_data_layer\n"
        "load_data_layer()\n"
        "assert 'PySide6' not in sys.modules, 'the data layer imported Qt'\n"
        "before_qt = set(sys.modules)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ameli_desktop.services.context import AppContext\n"
        "from ameli_desktop.ui.app import build_main_window, open_settings\n"
        f"ctx = AppContext.open({str(ctx.paths.root)!r})\n"
        "window = build_main_window(ctx, open_settings(ctx.paths))\n"
        "window.show(); app.processEvents()\n"
        "late = sorted(m for m in set(sys.modules) - before_qt\n"
        f"    if m.startswith({DATA_LAYER!r}) and not m.startswith('ameli_desktop.ui'))\n"
        f"on_demand = sorted(m for m in sys.modules if m.startswith({ON_DEMAND!r}))\n"
        "window.close(); ctx.close()\n"
        "print(' '.join(late))\n"
        "print(' '.join(on_demand))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=WORKTREE,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    late, on_demand = result.stdout.split("\n")[:2]
    assert late.split() == []
    assert on_demand.split() == []
