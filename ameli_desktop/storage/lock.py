"""One running app per data folder.

An OS advisory lock (flock / msvcrt.locking) on ``ameli.lock``: the OS releases it when the process
ends, however it ends, so a crash can never leave a stale lock behind. The file also records the
holder's pid, for messages.
"""

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ameli_desktop.app_paths import open_private
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError


class AlreadyRunningError(UserError):
    """Another Ameli Desktop holds this data folder."""


class InstanceLock:
    """Hold the data folder's lock for the life of the app (or of one CLI command)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None
        self._unguarded = False  # a read-only folder with no lock file: nothing to guard

    def holder_pid(self) -> int | None:
        try:
            return int(self.path.read_text(encoding="ascii").strip() or 0) or None
        except (OSError, ValueError):
            return None

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; False when another process does.

        In a read-only data folder the lock file is opened for reading (a lock needs no write
        access); when it cannot even be created there, nothing in the folder can be changed, so
        there is nothing to guard and the lock is taken without a file.
        """
        if self._handle is not None or self._unguarded:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = open_private(self.path, os.O_RDWR | os.O_CREAT)
            writable = True
        except OSError:
            try:
                fd = os.open(self.path, os.O_RDONLY)
            except OSError:
                self._unguarded = True
                return True
            writable = False
        handle = os.fdopen(fd, "r+" if writable else "r", encoding="ascii")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        if writable:
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
        self._unguarded = False
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._handle)
        self._handle.close()
        self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None or self._unguarded

    def __enter__(self) -> "InstanceLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@contextlib.contextmanager
def held_briefly(path: Path, *, timeout: float = 30.0) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` for one short piece of work, waiting for it if needed.

    Two starts of the app (or a command while the window is open) take the daily backup, migrate
    and tidy the data folder under this lock, one after the other: the second then sees the first's
    backup and takes none, instead of racing it for the same file name.
    """
    handle = os.fdopen(open_private(path, os.O_RDWR | os.O_CREAT), "r+", encoding="ascii")
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                _lock(handle)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise AlreadyRunningError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Another Ameli Desktop is still busy with the data folder {folder} "
                            "(a backup or an upgrade). Try again in a moment.",
                        ),
                        folder=str(path.parent),
                    ) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                _unlock(handle)
    finally:
        handle.close()


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
