"""The applications menu entry (ameli_desktop/desktop_entry.py), written for real into a temporary
XDG data folder and read back: what it starts, how the command is quoted, the icons, the check of
the freedesktop.org validator, and the command line that writes it.

The Windows shortcut cannot be made on this Linux machine: only the PowerShell it would run is
checked here.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ameli_desktop import APP_ID
from ameli_desktop.app_paths import resources_dir
from ameli_desktop.desktop_entry import (
    ICON_SIZES,
    desktop_entry_text,
    exec_value,
    install,
    installed_entry,
    launch_command,
    remove,
    shortcut_script,
)
from tests.install_targets import IN_CI

ROOT = Path(__file__).resolve().parents[2]


def validator() -> str:
    """desktop-file-validate (Debian's desktop-file-utils, which .ci/run installs)."""
    found = shutil.which("desktop-file-validate")
    if found is None:
        if IN_CI:
            pytest.fail("desktop-file-validate is missing: .ci/run should have installed it")
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    return found


def parse_exec(value: str) -> list[str]:
    """The arguments of an Exec value, read as the Desktop Entry Specification says a launcher
    reads them: string-value escapes first, then double quotes with their backslash escapes."""
    text = value.replace("\\\\", "\0")
    assert "\\" not in text.replace("\\s", "").replace("\\n", "").replace("\\t", "")
    text = text.replace("\0", "\\")
    args: list[str] = []
    current, quoted, escaped, started = "", False, False, False
    for char in text:
        if escaped:
            assert char in '"`$\\', f"{char!r} may not be escaped"
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if current or started:
                args.append(current)
            current, started = "", False
        else:
            current += char
    assert not quoted
    assert not escaped
    if current or started:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def entry_fields(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private XDG data folder: nothing here touches the user's real menu."""
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "system"))
    return home


# ------------------------------------------------------------------ which program


def test_the_bundle_starts_its_own_executable(tmp_path: Path) -> None:
    exe = tmp_path / "ameli-desktop" / "ameli-desktop"
    assert launch_command(frozen=True, executable=str(exe), argv0="whatever") == [str(exe)]


def test_an_installed_script_is_started_as_it_was_found(tmp_path: Path) -> None:
    """pipx's ~/.local/bin/ameli-desktop is a link into its venv: the link is kept, so that the
    entry still works after `pipx upgrade` replaces the venv."""
    venv_bin = tmp_path / "pipx" / "venvs" / "ameli-desktop" / "bin"
    venv_bin.mkdir(parents=True)
    (venv_bin / "ameli-desktop").write_text("#!/bin/sh\n")
    (venv_bin / "python").write_text("")
    local_bin = tmp_path / ".local" / "bin"
    local_bin.mkdir(parents=True)
    (local_bin / "ameli-desktop").symlink_to(venv_bin / "ameli-desktop")
    command = launch_command(
        frozen=False,
        executable=str(venv_bin / "python"),
        argv0=str(local_bin / "ameli-desktop"),
    )
    assert command == [str(local_bin / "ameli-desktop")]


def test_python_m_finds_the_script_beside_the_interpreter_or_runs_the_module(
    tmp_path: Path,
) -> None:
    venv_bin = tmp_path / "venv" / "bin"
    venv_bin.mkdir(parents=True)
    python = venv_bin / "python"
    python.write_text("")
    main = str(ROOT / "ameli_desktop" / "__main__.py")
    assert launch_command(frozen=False, executable=str(python), argv0=main) == [
        str(python),
        "-m",
        "ameli_desktop",
    ]
    (venv_bin / "ameli-desktop").write_text("#!/bin/sh\n")
    assert launch_command(frozen=False, executable=str(python), argv0=main) == [
        str(venv_bin / "ameli-desktop")
    ]


def test_on_windows_the_gui_launcher_or_pythonw_is_started(tmp_path: Path) -> None:
    scripts = tmp_path / "Scripts"
    scripts.mkdir()
    (scripts / "python.exe").write_text("")
    (scripts / "pythonw.exe").write_text("")
    python = str(scripts / "python.exe")
    assert launch_command(frozen=False, executable=python, argv0="x") == [
        str(scripts / "pythonw.exe"),  # no console window behind the app's
        "-m",
        "ameli_desktop",
    ]
    (scripts / "ameli-desktop.exe").write_text("")
    assert launch_command(
        frozen=False, executable=python, argv0=str(scripts / "ameli-desktop")
    ) == [str(scripts / "ameli-desktop.exe")]


# ------------------------------------------------------------------ the Exec line


@pytest.mark.parametrize(
    ("command", "line"),
    [
        (["/opt/ameli-desktop/ameli-desktop"], "/opt/ameli-desktop/ameli-desktop"),
        (["/home/zoé/Mes apps/ameli-desktop"], '"/home/zoé/Mes apps/ameli-desktop"'),
        (["/home/a$b/x"], '"/home/a\\\\$b/x"'),
        (["/tmp/100%/py", "-m", "ameli_desktop"], "/tmp/100%%/py -m ameli_desktop"),
        (['/tmp/say "hi"/x'], '"/tmp/say \\\\"hi\\\\"/x"'),
        (["/tmp/back\\slash"], '"/tmp/back\\\\\\\\slash"'),
    ],
)
def test_the_command_is_quoted_as_the_specification_says(command: list[str], line: str) -> None:
    assert exec_value(command) == line
    assert parse_exec(line) == command


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"))), min_size=1))
def test_any_command_reads_back_as_it_was(command: list[str]) -> None:
    assert parse_exec(exec_value(command)) == command


# ------------------------------------------------------------------ written for real


def test_the_entry_and_icons_are_written_in_the_xdg_data_folder(xdg: Path) -> None:
    program = str(Path(sys.executable).parent / "ameli-desktop")
    done = install([program])

    assert done.entry == xdg / "applications" / f"{APP_ID}.desktop"
    fields = entry_fields(done.entry)
    assert fields["Exec"] == program
    assert fields["TryExec"] == program  # the menu drops the entry once the program is gone
    assert fields["Icon"] == APP_ID
    hicolor = xdg / "icons" / "hicolor"
    for size in ICON_SIZES:
        icon = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert (
            icon.read_bytes()
            == (resources_dir() / "icons" / f"ameli-desktop-{size}.png").read_bytes()
        )
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert oct(done.entry.stat().st_mode & 0o777) == "0o644"
    result = subprocess.run(
        [validator(), str(done.entry)], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert installed_entry() == done.entry


def test_the_entry_says_what_the_shipped_one_says(xdg: Path) -> None:
    """One desktop entry (resources/desktop), the packagers' and this one: only Exec differs,
    and TryExec is added."""
    shipped = (resources_dir() / "desktop" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    written = desktop_entry_text(["/opt/x/ameli-desktop"])
    assert [
        line for line in written.splitlines() if not line.startswith(("Exec=", "TryExec="))
    ] == [line for line in shipped.splitlines() if not line.startswith("Exec=")]


def test_a_path_with_spaces_and_accents_passes_the_validator(xdg: Path, tmp_path: Path) -> None:
    done = install([str(tmp_path / "Mes applis (2026)" / "ameli-desktop"), "--data-dir", "Zoé's"])
    result = subprocess.run(
        [validator(), str(done.entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert parse_exec(entry_fields(done.entry)["Exec"]) == list(done.command)


def test_an_entry_installed_by_the_system_counts(xdg: Path, tmp_path: Path) -> None:
    system = tmp_path / "system" / "applications" / f"{APP_ID}.desktop"
    system.parent.mkdir(parents=True)
    system.write_text("[Desktop Entry]\n", encoding="utf-8")
    assert installed_entry() == system


def test_removing_takes_out_what_was_written(xdg: Path) -> None:
    done = install(["/opt/ameli-desktop/ameli-desktop"])
    removed = remove()
    assert done.entry in removed
    assert set(done.icons) <= set(removed)
    assert installed_entry() is None
    assert remove() == []


def test_the_command_line_writes_the_entry_for_the_running_install(tmp_path: Path) -> None:
    """`ameli-desktop --install-desktop-entry`, as a user types it: no window, the entry starts
    the very script that was run."""
    script = Path(sys.executable).parent / "ameli-desktop"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "QT_QPA_PLATFORM": "none"}
    result = subprocess.run(
        [str(script), "--install-desktop-entry"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    assert f"Added Ameli Desktop to the applications menu: {entry}" in result.stdout
    assert entry_fields(entry)["Exec"] == str(script)
    removed = subprocess.run(
        [str(script), "--remove-desktop-entry"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()


# ------------------------------------------------------------------ Windows (not run here)


def test_the_start_menu_shortcut_script_quotes_its_paths() -> None:
    script = shortcut_script(
        Path(
            "C:/Users/Zoé O'Neil/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Ameli Desktop.lnk"
        ),
        ["C:/Program Files/Ameli/ameli-desktop.exe", "--data-dir", "D:/mes données"],
    )
    assert "CreateShortcut('C:/Users/Zoé O''Neil/" in script  # a quote doubled in PowerShell
    assert "$link.TargetPath = 'C:/Program Files/Ameli/ameli-desktop.exe'" in script
    assert "$link.Arguments = '--data-dir \"D:/mes données\"'" in script
    assert script.endswith("$link.Save()")
