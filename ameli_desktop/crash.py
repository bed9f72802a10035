"""Crash reports: what an unexpected error becomes before a user (or a log) sees it.

No Qt here: the GUI shows the report in a dialog (ui/crash_dialog.py), the CLI points to the log.
"""

import faulthandler
import logging
import os
import platform
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from ameli_desktop import APP_NAME, __version__
from ameli_desktop.app_paths import open_private
from ameli_desktop.logging_setup import scrub

log = logging.getLogger("ameli_desktop.crash")
_fault_file: IO[str] | None = None


def format_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """A copyable report: versions and the traceback, with identifiers and secrets masked."""
    lines = traceback.format_exception(exc_type, exc, tb)
    header = (
        f"{APP_NAME} {__version__}\nPython {platform.python_version()} on {platform.platform()}\n\n"
    )
    return scrub(header + "".join(lines))


def log_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    report = format_report(exc_type, exc, tb)
    log.error("unexpected error\n%s", report)
    return report


def enable_faulthandler(logs_dir: Path) -> None:
    """Write a native crash's stack (a segfault in Qt, say) to logs/faults.log, owner-only.

    Nothing when the folder cannot be written (a read-only data folder).
    """
    global _fault_file  # noqa: PLW0603 - must stay open for the life of the process
    if _fault_file is None:
        try:
            fd = open_private(logs_dir / "faults.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        except OSError:
            return
        _fault_file = os.fdopen(fd, "a", encoding="utf-8")
        faulthandler.enable(_fault_file)
