"""Ameli Desktop in the applications menu, a double-click away after a regular install.

``pip install .``, ``pipx install .`` and the one-folder bundle put an ``ameli-desktop`` program
somewhere, but nothing in the desktop's menu. This adds, for the user only:

- on Linux (freedesktop.org), the app's desktop entry, ``resources/desktop/<APP_ID>.desktop`` (the
  one file packagers use too, so it is said once), with ``Exec`` and ``TryExec`` pointing at the
  program that is running now, in ``$XDG_DATA_HOME/applications``, and its icons in
  ``$XDG_DATA_HOME/icons/hicolor/<size>/apps``; ``TryExec`` makes the menu drop the entry by
  itself once that program is gone;
- on Windows, a Start menu shortcut, written by PowerShell's WScript.Shell (no extra package).

Which program: the bundle's executable; else the ``ameli-desktop`` script that was started (a
venv's ``bin/ameli-desktop``, or pipx's link in ``~/.local/bin``, kept as a link so that upgrades
keep working); else the one beside the running Python; else ``python -m ameli_desktop``.

No Qt here: the command line (``ameli-desktop --install-desktop-entry``) uses it without a
window, and the GUI (``ui/desktop_integration.py``) to offer it once at first start.
"""

import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ameli_desktop import APP_ID, APP_NAME
from ameli_desktop.app_paths import is_frozen, resources_dir

INSTALL_OPTION = "--install-desktop-entry"
REMOVE_OPTION = "--remove-desktop-entry"
ENTRY_POINT = "ameli-desktop"  # the console script's name (pyproject.toml's gui-scripts)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # resources/icons/ameli-desktop-<size>.png


def supported(platform: str = sys.platform) -> bool:
    """Whether this system has an applications menu the app knows how to add itself to."""
    return platform.startswith("linux") or platform == "win32"


def launch_command(
    *,
    frozen: bool | None = None,
    executable: str | None = None,
    argv0: str | None = None,
) -> list[str]:
    """The command that starts the installed app (see the module's docstring for which)."""
    frozen = is_frozen() if frozen is None else frozen
    executable = sys.executable if executable is None else executable
    argv0 = sys.argv[0] if argv0 is None else argv0
    if frozen:
        return [str(Path(executable).absolute())]
    started = Path(argv0)
    for candidate in (started, started.with_name(f"{started.name}.exe")):
        if candidate.name.startswith(ENTRY_POINT) and candidate.is_file():
            return [str(candidate.absolute())]  # absolute, links kept (pipx's ~/.local/bin)
    beside = Path(executable).parent
    for name in (ENTRY_POINT, f"{ENTRY_POINT}.exe"):
        if (beside / name).is_file():
            return [str((beside / name).absolute())]
    windowed = beside / "pythonw.exe"  # Windows: no console window behind the app's
    python = windowed if windowed.is_file() else Path(executable)
    return [str(python.absolute()), "-m", "ameli_desktop"]


# ------------------------------------------------------------------ freedesktop.org (Linux)
def data_home(env: Mapping[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share (the spec ignores a relative value)."""
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(env.get("HOME") or Path.home()) / ".local" / "share"


def data_dirs(env: Mapping[str, str] = os.environ) -> list[Path]:
    """$XDG_DATA_DIRS, where system packages put their entries."""
    value = env.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(p) for p in value.split(":") if p and Path(p).is_absolute()]


def entry_path(env: Mapping[str, str] = os.environ) -> Path:
    return data_home(env) / "applications" / f"{APP_ID}.desktop"


def icon_paths(env: Mapping[str, str] = os.environ) -> dict[Path, Path]:
    """Where each shipped icon goes: {installed path: shipped file}."""
    icons = resources_dir() / "icons"
    hicolor = data_home(env) / "icons" / "hicolor"
    paths = {
        hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png": icons / f"ameli-desktop-{size}.png"
        for size in ICON_SIZES
    }
    paths[hicolor / "scalable" / "apps" / f"{APP_ID}.svg"] = icons / "ameli-desktop.svg"
    return {target: source for target, source in paths.items() if source.is_file()}


_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def exec_value(command: Sequence[str]) -> str:
    """``command`` as a desktop entry's Exec value (Desktop Entry Specification, "The Exec key").

    An argument with a reserved character is double-quoted, with ``"``, `````, ``$`` and ``\\``
    backslash-escaped inside; ``%`` is doubled (it starts field codes); then, as in every string
    value, each backslash is escaped once more.
    """
    words = []
    for argument in command:
        word = argument.replace("%", "%%")
        if _RESERVED.search(word) or not word:
            word = '"' + re.sub(r'(["`$\\])', r"\\\1", word) + '"'
        words.append(word)
    return _string_value(" ".join(words))


def _string_value(text: str) -> str:
    """A desktop entry string value: backslash, then the characters it cannot hold, escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def desktop_entry_text(command: Sequence[str]) -> str:
    """The shipped desktop entry, starting ``command`` (Exec and TryExec set to it)."""
    template = (resources_dir() / "desktop" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines += [f"TryExec={_string_value(command[0])}", f"Exec={exec_value(command)}"]
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


def _write(path: Path, data: bytes) -> None:
    """Write a file whole or not at all (a half-written entry would be a broken menu item)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    temporary.chmod(0o644)  # read by the desktop's menu, as every entry in that folder
    os.replace(temporary, path)


# ------------------------------------------------------------------ Windows
def start_menu_shortcut(env: Mapping[str, str] = os.environ) -> Path:
    """%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Ameli Desktop.lnk (this user's)."""
    appdata = Path(env.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    return appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / f"{APP_NAME}.lnk"


def _powershell_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def shortcut_script(link: Path, command: Sequence[str]) -> str:
    """The PowerShell that writes the shortcut (WScript.Shell: in every Windows, no package).

    The icon is the target's: the bundle's executable carries the app's icon when built with an
    .ico (packaging/README.md); pip's launcher carries Python's.
    """
    target, *arguments = command
    return "; ".join(
        [
            "$ErrorActionPreference = 'Stop'",
            f"$link = (New-Object -ComObject WScript.Shell).CreateShortcut({_powershell_string(str(link))})",
            f"$link.TargetPath = {_powershell_string(target)}",
            f"$link.Arguments = {_powershell_string(subprocess.list2cmdline(arguments))}",
            f"$link.WorkingDirectory = {_powershell_string(str(Path.home()))}",
            f"$link.Description = {_powershell_string(APP_NAME)}",
            "$link.Save()",
        ]
    )


# ------------------------------------------------------------------ both
@dataclass(frozen=True, slots=True)
class Installed:
    """What was written: the menu entry (or shortcut), the icons, and the command it starts."""

    entry: Path
    icons: tuple[Path, ...]
    command: tuple[str, ...]


def installed_entry(
    env: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> Path | None:
    """The menu entry already there: the user's, or a system package's (XDG_DATA_DIRS)."""
    if platform == "win32":
        link = start_menu_shortcut(env)
        return link if link.exists() else None
    for folder in (data_home(env), *data_dirs(env)):
        entry = folder / "applications" / f"{APP_ID}.desktop"
        if entry.is_file():
            return entry
    return None


def install(
    command: Sequence[str] | None = None,
    *,
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
) -> Installed:
    """Add the app to this user's applications menu (again: an existing entry is replaced, so
    that it starts the program running now). Raises OSError when a file cannot be written."""
    command = list(command or launch_command())
    if platform == "win32":  # not run by the test suite, which runs on Linux: see the report
        link = start_menu_shortcut(env)
        link.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "powershell",
                "-NoProfile",
                "-NonInteractive",
                "-Command",
                shortcut_script(link, command),
            ],
            check=True,
            capture_output=True,
        )
        return Installed(link, (), tuple(command))
    icons = icon_paths(env)
    for target, source in icons.items():
        _write(target, source.read_bytes())
    entry = entry_path(env)
    _write(entry, desktop_entry_text(command).encode("utf-8"))
    return Installed(entry, tuple(icons), tuple(command))


def remove(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> list[Path]:
    """Take out what :func:`install` wrote for this user; returns the files removed."""
    if platform == "win32":
        candidates = [start_menu_shortcut(env)]
    else:
        candidates = [entry_path(env), *icon_paths(env)]
    removed = []
    for path in candidates:
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def main(argv: Sequence[str]) -> int:
    """``ameli-desktop --install-desktop-entry`` / ``--remove-desktop-entry``, without a window:
    the user asked, so nothing is asked back. Exit 0, or 1 with one sentence on stderr."""
    if not supported():
        sys.stderr.write(
            "ameli-desktop: an applications menu entry is made on Linux and Windows only"
            " (on macOS, put the app in the Applications folder).\n"
        )
        return 1
    try:
        if REMOVE_OPTION in argv:
            removed = remove()
            where = removed[0] if removed else entry_path()
            sys.stdout.write(f"Removed {APP_NAME} from the applications menu ({where}).\n")
            return 0
        done = install()
    except (OSError, subprocess.CalledProcessError) as exc:
        sys.stderr.write(f"ameli-desktop: could not add the applications menu entry: {exc}\n")
        return 1
    sys.stdout.write(
        f"Added {APP_NAME} to the applications menu: {done.entry}, starting"
        f" {' '.join(done.command)}.\n"
    )
    return 0
