"""One running app per data folder.

An OS advisory lock (flock / msvcrt.locking) on ``ameli.lock``: the OS releases it when the process
ends, however it ends, so a crash can never leave a stale lock behind. The file also records the
holder's pid, for messages.
"""

import contextlib
import os
from pathlib import Path
from typing import IO

from ameli_desktop.app_paths import secure_file
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError


class AlreadyRunningError(UserError):
    """Another Ameli Desktop holds this data folder."""


class InstanceLock:
    """Hold the data folder's lock for the life of the app (or of one CLI command)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def holder_pid(self) -> int | None:
        try:
            return int(self.path.read_text(encoding="ascii").strip() or 0) or None
        except (OSError, ValueError):
            return None

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; False when another process does."""
        if self._handle is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="ascii")  # noqa: SIM115 - held until release()
        secure_file(self.path)
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return True

    def acquire(self) -> None:
        """Take the lock or raise AlreadyRunningError naming the folder and the holder."""
        if not self.try_acquire():
            raise AlreadyRunningError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Ameli Desktop is already running with the data folder {folder} (process "
                    "{pid}). Close it first, or use another data folder.",
                ),
                folder=str(self.path.parent),
                pid=self.holder_pid() or "?",
            )

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._handle)
        self._handle.close()
        self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> "InstanceLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
