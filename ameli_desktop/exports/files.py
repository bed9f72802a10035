"""Writing exported files safely: all or nothing, never a half-written PDF or CSV, owner-only.

An export holds health data, names and masked identifiers (DESIGN.md 8): it is created readable by
its owner only (0600 on POSIX, whatever the umask), like everything else the app writes. A user who
wants to share it copies it, as with any private document.
"""

import os
import tempfile
from pathlib import Path

from ameli_desktop.app_paths import FILE_MODE
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError


class ExportWriteError(UserError):
    """The file could not be written (a read-only folder, a full disk...)."""


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it over ``path``.

    Raises:
        ExportWriteError: the folder cannot be written or the disk is full; nothing is left
            behind and an existing file at ``path`` is unchanged.
    """
    path = Path(path)
    try:
        _write(path, data)
    except OSError as exc:
        raise ExportWriteError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} could not be written: {detail}. Nothing was written there."
            ),
            file=str(path),
            detail=exc.strerror or str(exc),
        ) from None


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), FILE_MODE)  # mkstemp's 0600, whatever the umask
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
