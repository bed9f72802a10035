"""Screenshots of every tab for the README, from the example household, under Xvfb.

Run from the repository root: ``python packaging/screenshots.py`` (starts its own Xvfb when no
DISPLAY is set). The date is pinned (25/11/2026) so the pictures do not change from run to run.
Writes ``packaging/screenshots/<tab>.png`` (and one French Overview).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "screenshots"
TODAY = date(2026, 11, 25)
SIZE = (1280, 800)
TABS = ("overview", "reimbursements", "card_orders", "ceam", "appointments", "travel_log")


def ensure_display() -> subprocess.Popen[bytes] | None:
    """Start Xvfb on a free display when there is no screen."""
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        sys.exit("Xvfb is needed (apt-get install xvfb) or set DISPLAY")
    display = ":97"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"])
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():  # noqa: S108 - where X puts it
        if time.monotonic() > deadline:
            sys.exit("Xvfb did not start")
        time.sleep(0.05)
    os.environ["DISPLAY"] = display
    return server


def shoot(language: str, tabs: tuple[str, ...], suffix: str = "") -> None:
    from PySide6.QtWidgets import QApplication

    from ameli_desktop.services.clock import FixedClock
    from ameli_desktop.services.context import AppContext
    from ameli_desktop.services.demo import DemoService
    from ameli_desktop.ui.app import build_main_window, open_settings
    from ameli_desktop.ui.i18n import install_translators

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    translators = install_translators(language)
    with tempfile.TemporaryDirectory() as folder:
        ctx = AppContext.open(Path(folder) / "data", clock=FixedClock.on(TODAY))
        DemoService(ctx).load()
        window = build_main_window(ctx, open_settings(ctx.paths))
        window.resize(*SIZE)
        window.show()
        for key in tabs:
            page = window.show_tab(key)
            table = getattr(page, "table", None)
            if table is not None and table.model() is not None and table.model().rowCount():
                table.selectRow(0)
            for _ in range(20):  # let background loads and repaints finish
                app.processEvents()
                time.sleep(0.05)
            target = OUT / f"{key}{suffix}.png"
            window.grab().save(str(target))
            print(f"wrote {target.relative_to(ROOT)}")
        window.close()
        ctx.close()
    for translator in translators:
        app.removeTranslator(translator)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    server = ensure_display()
    OUT.mkdir(exist_ok=True)
    try:
        shoot("en", TABS)
        shoot("fr", ("overview",), "-fr")
    finally:
        if server is not None:
            server.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
