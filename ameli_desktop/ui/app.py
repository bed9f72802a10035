"""Starting the GUI: QApplication, translators, the data folder's lock, the crash hook, the window.

Only what the first window needs is imported here; reportlab, keyring and alembic load on demand.
"""

import argparse
import logging
import os
import signal
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ameli_desktop import APP_ID, APP_NAME, __version__, startup
from ameli_desktop.app_paths import (
    DataPaths,
    open_private,
    resolve_data_dir,
    resources_dir,
    secure_file,
)
from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.clock import Clock, clock_from_env
from ameli_desktop.services.context import AppContext
from ameli_desktop.ui.i18n import chosen_language, error_text, install_translators

if TYPE_CHECKING:
    from ameli_desktop.ui.single_instance import InstanceServer

log = logging.getLogger(__name__)
# Benchmarks: quit once the window is painted ("1"), or once, after that, every tab is built too
# ("settled"); either way once no background task is left to report.
EXIT_AFTER_PAINT_ENV = "AMELI_DESKTOP_EXIT_AFTER_PAINT"
START_TAB_ENV = "AMELI_DESKTOP_START_TAB"  # benchmarks: open this tab (its key), not the last one
HEADLESS_PLATFORMS = {"offscreen", "minimal"}
# The start is over once every tab is built, just after the first paint; or, at the latest, after
# this long (a window that is not painted, say minimized): then garbage is collected again.
STARTED_AT_THE_LATEST_MS = 5000


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = folder / f"ameli-desktop-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    svg = folder / "ameli-desktop.svg"
    if icon.isNull() and svg.exists():
        icon.addFile(str(svg))
    return icon


def open_settings(paths: DataPaths) -> QSettings:
    """Preferences live in the data folder: one folder is one complete, movable install.

    The file is created owner-only first; Qt rewrites it keeping the permissions it finds.
    """
    settings_file = paths.settings_file
    if paths.read_only_reason() is None:  # a read-only folder is read as it is
        if not settings_file.exists():
            os.close(open_private(settings_file, os.O_WRONLY | os.O_CREAT))
        secure_file(settings_file)
    return QSettings(str(settings_file), QSettings.Format.IniFormat)


def build_main_window(ctx: AppContext, settings: QSettings):  # type: ignore[no-untyped-def]
    """The main window over an open context (used by run_gui and by tests)."""
    from ameli_desktop.ui.context import UiContext
    from ameli_desktop.ui.main_window import MainWindow

    window = MainWindow(UiContext(ctx, settings), app_icon())
    # The start is over once every tab is built (startup.py: garbage is collected again).
    window.tabs_built.connect(startup.started)
    # Tied to the window: a window closed and deleted before then (tests build many) leaves no
    # timer behind to end a later start's pause.
    QTimer.singleShot(STARTED_AT_THE_LATEST_MS, window, startup.started)
    return window


class _ExitAfterPaint(QObject):
    """Benchmarks: quit at the window's first paint, once no background task is still to report
    (a tab's totals are part of what it shows, and quitting under a running task is not clean);
    ``settled``: once the tabs built after the first paint are built too."""

    def __init__(self, window, settled: bool) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.window = window
        self.settled = settled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._quit_when_idle)
        return False

    def _quit_when_idle(self) -> None:
        from ameli_desktop.ui.tasks import running_tasks

        if running_tasks() or (self.settled and self.window.pending_tabs()):
            QTimer.singleShot(5, self._quit_when_idle)
        else:
            QApplication.quit()


def _listen_for_later_starts(data_dir: Path, window, servers: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    """A later start with the same data folder brings ``window`` forward (once listening)."""
    if servers:
        return
    from ameli_desktop.ui.single_instance import InstanceServer

    server = InstanceServer(data_dir, QApplication.instance())
    server.raise_requested.connect(window.bring_to_front)
    servers.append(server)


def _parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    from ameli_desktop.domain.dates import parse_iso_date

    parser = argparse.ArgumentParser(prog="ameli-desktop", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--today", type=parse_iso_date)
    return parser.parse_known_args(list(argv))


def _fatal(text: str) -> int:
    """A start-up error: on stderr, and in a dialog when there is a screen."""
    sys.stderr.write(f"ameli-desktop: {text}\n")
    if QGuiApplication.platformName() not in HEADLESS_PLATFORMS:
        QMessageBox.critical(None, APP_NAME, text)
    return 1


def open_data(paths: DataPaths, clock: Clock, *, offer_backup: bool) -> AppContext:
    """Open the data folder; when its data is damaged, offer the last good backup (kept aside
    when the damage was found) and, if the user agrees, restore it and open again.

    Raises:
        UserError: the data cannot be opened (damaged and not restored, foreign, ...).
    """
    from ameli_desktop.services.backups import DamagedDatabaseError, restore_before_opening
    from ameli_desktop.ui import messages

    try:
        return AppContext.open(paths.root, clock=clock)
    except DamagedDatabaseError as exc:
        if exc.last_good is None or not offer_backup:
            raise
        question = QCoreApplication.translate(
            "App",
            "Restore the last good backup, {name}, now? The damaged data is kept in "
            "backups/damaged/.",
        ).format(name=exc.last_good.name)
        title = QCoreApplication.translate("App", "Damaged data")
        if not messages.confirm(None, title, f"{error_text(exc)}\n\n{question}"):
            raise
        restore_before_opening(paths, exc.last_good, clock.now())
    return AppContext.open(paths.root, clock=clock)


def run_gui(argv: Sequence[str]) -> int:
    try:
        options, qt_args = _parse(argv)
    except UserError as exc:
        sys.stderr.write(f"ameli-desktop: {exc}\n")
        return 2
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ameli-desktop")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())

    paths = DataPaths(resolve_data_dir(options.data_dir))
    try:
        paths.ensure()
    except OSError as exc:
        return _fatal(f"cannot create the data folder {paths.root}: {exc.strerror or exc}.")

    from ameli_desktop.crash import enable_faulthandler
    from ameli_desktop.logging_setup import setup_logging

    setup_logging(paths)
    enable_faulthandler(paths.logs)
    settings = open_settings(paths)
    translators = install_translators(chosen_language(settings))  # noqa: F841 - kept alive

    from ameli_desktop.storage.lock import InstanceLock

    lock = InstanceLock(paths.lock_file)
    if not lock.try_acquire():
        from ameli_desktop.ui.single_instance import ask_running_instance_to_raise

        raised = ask_running_instance_to_raise(paths.root)
        headless = QGuiApplication.platformName() in HEADLESS_PLATFORMS
        if raised and not headless:
            sys.stderr.write(
                f"ameli-desktop: already running with {paths.root}; its window was brought forward.\n"
            )
            return 0
        return _fatal(
            app.translate(
                "App",
                "Ameli Desktop is already running with the data folder {folder} (process {pid}). "
                "Close it first, or start with another data folder.",
            ).format(folder=paths.root, pid=lock.holder_pid() or "?")
        )

    headless = QGuiApplication.platformName() in HEADLESS_PLATFORMS
    try:
        ctx = open_data(paths, clock_from_env(options.today), offer_backup=not headless)
    except UserError as exc:
        lock.release()
        return _fatal(error_text(exc))

    from ameli_desktop.ui.crash_hook import CrashHook

    try:
        window = build_main_window(ctx, settings)
    except UserError as exc:  # data it cannot read (a newer app's tables): a sentence, not a trace
        ctx.close()
        lock.release()
        return _fatal(error_text(exc))
    hook = CrashHook(window)
    hook.install()
    # Later starts are answered from the first paint on (QtNetwork is not needed before it), or
    # at the latest a few seconds after the start (a window that is not painted).
    servers: list[InstanceServer] = []
    listen = partial(_listen_for_later_starts, paths.root, window, servers)
    window.first_painted.connect(listen)
    QTimer.singleShot(STARTED_AT_THE_LATEST_MS, listen)

    from ameli_desktop.ui.main_window import TABS

    start_tab = os.environ.get(START_TAB_ENV)
    if start_tab in {spec.key for spec in TABS}:
        window.show_tab(start_tab)
    exit_after_paint = os.environ.get(EXIT_AFTER_PAINT_ENV)
    if exit_after_paint:
        watcher = _ExitAfterPaint(window, settled=exit_after_paint == "settled")
        window.installEventFilter(watcher)

    # SIGTERM/SIGINT close the window cleanly (settings saved, lock released). Python only runs
    # signal handlers between bytecodes, so a timer gives it a chance while Qt's loop waits.
    def _close_on_signal(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, app.closeAllWindows)  # open dialogs too, then the main window

    signal.signal(signal.SIGTERM, _close_on_signal)
    signal.signal(signal.SIGINT, _close_on_signal)
    ticker = QTimer(app)
    ticker.start(250)
    ticker.timeout.connect(lambda: None)

    window.show()
    for warning in ctx.warnings:  # a daily backup that did not fit: the app still works
        sys.stderr.write(f"ameli-desktop: warning: {warning}\n")
        window.statusBar().showMessage(error_text(warning), 20000)
    if not os.environ.get(EXIT_AFTER_PAINT_ENV):
        QTimer.singleShot(0, window.offer_first_run)
    log.info(
        "started %s %s with %s, %s tab open",
        APP_NAME,
        __version__,
        paths.root,
        window.current_tab().key,
    )
    try:
        code = app.exec()
    finally:
        ticker.stop()
        hook.uninstall()
        for server in servers:
            server.close()
        ctx.close()
        lock.release()
    log.info("stopped (exit code %s)", code)
    return int(code)
