"""Where things live: the data folder, its sub-folders, and the shipped resources.

The only module that checks ``sys.frozen`` (PyInstaller) and the only one that decides paths, so
that tests can redirect everything with one environment variable.
"""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

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
    """Create ``path`` (and parents) and make it owner-only on POSIX."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if os.name == "posix":
        path.chmod(DIR_MODE)
    return path


def secure_file(path: Path) -> Path:
    """Make an existing file owner-only on POSIX (a no-op where modes do not apply)."""
    if os.name == "posix" and path.exists():
        path.chmod(FILE_MODE)
    return path


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

    def ensure(self) -> "DataPaths":
        """Create the folder tree with owner-only permissions; tighten existing ones."""
        for folder in (self.root, self.backups, self.attachments, self.logs):
            secure_dir(folder)
        return self
