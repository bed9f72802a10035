"""Where things live: the data folder, its sub-folders, and the shipped resources.

The only module that checks ``sys.frozen`` (PyInstaller) and the only one that decides paths, so
that tests can redirect everything with one environment variable.
"""

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP

DATA_DIR_ENV = "AMELI_DESKTOP_DATA_DIR"
APP_DIR_NAME = "ameli-desktop"

DIR_MODE = 0o700
FILE_MODE = 0o600


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """The shipped resources (icons, facts.toml, fonts, translations)."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    here = Path(__file__).resolve().parent
    installed = here / "resources"  # a wheel installs resources/ as ameli_desktop/resources
    if installed.is_dir():
        return installed
    return here.parent / "resources"  # source tree and editable installs


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins over AMELI_DESKTOP_DATA_DIR, which wins over the platform's folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def secure_dir(path: Path) -> Path:
    """Create ``path`` (and parents) owner-only; an existing folder only loses group and other
    access, and only when it is writable: a permission the owner took away is never given back.
    """
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        if os.name == "posix":
            path.chmod(DIR_MODE)  # mkdir's mode is filtered by the umask; this is not
    else:
        _tighten(path)
    return path


def secure_file(path: Path) -> Path:
    """Take group and other access away from an existing file (POSIX; a no-op elsewhere).

    Only bits are removed: a file the owner made read-only stays read-only.
    """
    if path.exists():
        _tighten(path)
    return path


def _tighten(path: Path) -> None:
    if os.name != "posix":
        return
    mode = path.stat().st_mode & 0o7777
    if mode & 0o077 and can_write(path):
        path.chmod(mode & 0o700)


def open_private(path: Path, flags: int = os.O_WRONLY | os.O_CREAT | os.O_TRUNC) -> int:
    """Open (creating) a file that only its owner may read, whatever the umask: a file descriptor.

    Every file the app writes holds health data or identifiers (DESIGN.md 8), so it is created
    0600 rather than made so afterwards, leaving no moment when others could open it.
    """
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    if os.name == "posix":
        try:
            os.fchmod(fd, FILE_MODE)  # the umask may have removed owner bits; 0600 exactly
        except BaseException:
            os.close(fd)
            raise
    return fd


def can_write(path: Path) -> bool:
    """Whether the app may change ``path``: the owner's write permission is set and the system
    agrees (not a read-only disk, not an immutable file).

    The permission bits are read as well as ``os.access`` because ``os.access`` answers yes to
    root (or an administrator) for a folder its owner made read-only: the app keeps to what the
    owner chose, even when it could override it.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if os.name == "posix" and not mode & stat.S_IWUSR:
        return False
    return os.access(path, os.W_OK)


def on_read_only_disk(path: Path) -> bool:
    """Whether ``path`` sits on a file system mounted read-only (POSIX; False elsewhere)."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(path).f_flag & getattr(os, "ST_RDONLY", 1))
    except OSError:
        return False


READ_ONLY_DISK = QT_TRANSLATE_NOOP(
    "Errors",
    "The data folder {folder} is on a read-only disk, so it is open read-only: nothing can be "
    "changed or backed up there. Copy the folder to a writable place to edit it.",
)
READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    "Errors",
    "The data folder {folder} is read-only (its permissions do not allow changes), so it is open "
    "read-only: nothing will be changed. Make it writable again to edit the data.",
)


@dataclass(frozen=True, slots=True)
class DataPaths:
    """The layout of one data folder (DESIGN.md 2)."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "ameli.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / "ameli.lock"

    @property
    def settings_file(self) -> Path:
        """GUI preferences live with the data, so one folder is one complete, movable install."""
        return self.root / "settings.ini"

    def read_only_reason(self) -> str | None:
        """Why this folder cannot be written (a template of READ_ONLY_*), or None when it can.

        A folder that does not exist yet is writable when it can be created, which ``ensure``
        finds out by trying.
        """
        if not self.root.exists():
            return None
        if on_read_only_disk(self.root):
            return READ_ONLY_DISK
        if not can_write(self.root):
            return READ_ONLY_FOLDER
        if self.database.exists() and not can_write(self.database):
            return READ_ONLY_FOLDER
        return None

    def ensure(self) -> "DataPaths":
        """Create the folder tree with owner-only permissions; tighten existing ones.

        A read-only folder is left exactly as it is (nothing created, no permission changed):
        the app then opens its data read-only.
        """
        if self.read_only_reason() is not None:
            return self
        for folder in (self.root, self.backups, self.attachments, self.logs):
            secure_dir(folder)
        return self
