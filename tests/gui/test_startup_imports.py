"""What the GUI start imports, and in which order (DESIGN.md 9: start-up)."""

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from ameli_desktop import startup
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui import app
from ameli_desktop.ui.app import build_main_window, open_settings
from ameli_desktop.ui.main_window import TABS

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


@pytest.fixture
def paused_collector() -> Iterator[None]:
    """The collector off as ``__main__`` leaves it at a start; afterwards, as it was.

    The windows of earlier tests are deleted first: one closed but not yet deleted still has its
    timers (its tabs still being built, its "started at the latest"), and would end this start's
    pause in the middle of it (seen once under load)."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    frozen = gc.get_freeze_count()
    startup.starting()
    yield
    startup.started()
    gc.enable()
    if gc.get_freeze_count() > frozen:
        gc.unfreeze()


def test_the_collector_comes_back_once_every_tab_is_built(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, no_prompts, paused_collector: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tab on screen is built with the window, the others just after its first paint: the
    start is over, and garbage collected again (what the start made frozen), once they are."""
    monkeypatch.setattr(app, "STARTED_AT_THE_LATEST_MS", 60_000)  # not by the fallback
    frozen = gc.get_freeze_count()
    window = build_main_window(ctx, open_settings(ctx.paths))
    qtbot.addWidget(window)
    assert window.pending_tabs() == len(TABS) - 1
    window.show()
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: window.pending_tabs() == 0)
    assert gc.isenabled()
    assert gc.get_freeze_count() > frozen
    window.close()


def test_the_collector_comes_back_even_when_the_window_is_not_painted(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot, no_prompts, paused_collector: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "STARTED_AT_THE_LATEST_MS", 50)
    window = build_main_window(ctx, open_settings(ctx.paths))
    qtbot.addWidget(window)
    assert not gc.isenabled()
    qtbot.waitUntil(gc.isenabled, timeout=2000)
    assert window.pending_tabs() == len(TABS) - 1  # never shown: the others wait
