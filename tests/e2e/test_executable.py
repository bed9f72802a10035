"""The real `ameli-desktop` executable: a window under Xvfb, a screenshot, a clean close; and the
single-instance rule between two real processes."""

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
IN_CI = bool(os.environ.get("AMELI_DESKTOP_CI"))
ROOT = Path(__file__).resolve().parents[2]


def need(tool: str) -> str:
    """The path of a tool; in CI a missing tool is a failure, elsewhere a skip."""
    found = shutil.which(tool) or (
        str(Path(sys.executable).parent / tool)
        if (Path(sys.executable).parent / tool).exists()
        else None
    )
    if found is None:
        if IN_CI:
            pytest.fail(f"{tool} is missing: .ci/run should have installed it")
        pytest.skip(f"{tool} is not installed")
    return found


@pytest.fixture
def xvfb() -> Iterator[str]:
    need("Xvfb")
    display = f":{90 + os.getpid() % 500}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
        assert time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield display
    server.terminate()
    server.wait(10)


def app_env(display: str, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", AMELI_DESKTOP_DATA_DIR=str(data_dir))
    env.pop("WAYLAND_DISPLAY", None)
    return env


def wait_for_window(display: str, title: str, timeout: float = 30) -> str:
    xdotool = need("xdotool")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            [xdotool, "search", "--onlyvisible", "--name", title],
            env={**os.environ, "DISPLAY": display},
            capture_output=True,
            text=True,
            check=False,
        )
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.2)
    pytest.fail(f"no window titled {title!r} appeared within {timeout} s")


def screenshot(display: str, target: Path) -> None:
    """Grab the X screen with Qt itself (no extra tool), from a separate process."""
    code = (
        "import sys; from PySide6.QtGui import QGuiApplication;"
        "app = QGuiApplication(sys.argv[:1]);"
        "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1]); sys.exit(0 if ok else 1)"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(target)],
        check=True,
        env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
    )


BUNDLE_ENV = "AMELI_DESKTOP_BUNDLE"  # .ci/run sets it to the PyInstaller build


def executables() -> list[str]:
    """The installed entry point, and the double-clickable bundle when one was built."""
    kinds = ["installed"]
    if os.environ.get(BUNDLE_ENV) or IN_CI:
        kinds.append("bundle")
    return kinds


def executable_for(kind: str) -> str:
    if kind == "installed":
        return need("ameli-desktop")
    bundle = os.environ.get(BUNDLE_ENV, "")
    if not bundle or not Path(bundle).is_file():
        pytest.fail(f"{BUNDLE_ENV} does not name a built bundle: {bundle!r}")
    return bundle


@pytest.mark.parametrize("kind", executables())
def test_the_executable_shows_its_window_and_closes_cleanly(
    kind: str, xvfb: str, tmp_path: Path
) -> None:
    executable = executable_for(kind)
    data = tmp_path / "data"
    app = subprocess.Popen(
        [executable],
        env=app_env(xvfb, data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_window(xvfb, "Ameli Desktop")
        shot = tmp_path / f"main-window-{kind}.png"
        screenshot(xvfb, shot)
        assert shot.stat().st_size > 5000  # a real picture, not an empty file
        app.send_signal(signal.SIGTERM)  # what a session logout sends
        _out, err = app.communicate(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    assert (data / "ameli.db").exists()
    assert "window" in (data / "settings.ini").read_text(encoding="utf-8")  # saved on close
    log = (data / "logs" / "ameli-desktop.log").read_text(encoding="utf-8")
    assert "started Ameli Desktop" in log
    assert "stopped (exit code 0)" in log


def test_a_second_start_raises_the_first_or_says_so_headless(xvfb: str, tmp_path: Path) -> None:
    executable = need("ameli-desktop")
    data = tmp_path / "data"
    first = subprocess.Popen(
        [executable],
        env=app_env(xvfb, data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_window(xvfb, "Ameli Desktop")
        second = subprocess.run(
            [executable],
            env=app_env(xvfb, data),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert second.returncode == 0
        assert "its window was brought forward" in second.stderr
        headless = subprocess.run(
            [executable],
            env={**app_env(xvfb, data), "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert headless.returncode == 1
        assert "already running with the data folder" in headless.stderr
        assert first.poll() is None  # the first one is untouched
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=20)
    # once it has closed, a start is not blocked
    again = subprocess.Popen(
        [executable],
        env=app_env(xvfb, data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_window(xvfb, "Ameli Desktop")
    finally:
        again.send_signal(signal.SIGTERM)
        again.communicate(timeout=20)
    assert again.returncode == 0


@pytest.mark.parametrize("kind", executables())
def test_the_executable_writes_a_pdf(kind: str, tmp_path: Path) -> None:
    """reportlab and everything it imports (Pillow included) are in the bundle."""
    executable = executable_for(kind)
    base = [executable, "--data-dir", str(tmp_path / "data"), "--today", "2026-11-25"]
    for command in (
        ["people", "add", "--name", "Ana Lopez"],
        ["appointments", "add", "--person", "Ana", "--at", "2026-11-27 10:30", "--reason",
         "Carte Vitale", "--category", "carte_vitale", "--channel", "phone", "--place",
         "01 02 03 04 05"],
        ["export", "pdf", "appointments", "-o", str(tmp_path / "appointments.pdf")],
    ):  # fmt: skip
        result = subprocess.run(
            [*base, *command], capture_output=True, text=True, timeout=60, check=False
        )
        assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    text = PdfReader(tmp_path / "appointments.pdf").pages[0].extract_text()
    assert "Ana Lopez" in text
