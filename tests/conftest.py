"""Shared fixtures: every test gets its own data folder, a fixed "today", and no real prompts.

Nothing here touches the developer's real data, settings or keyring: the data folder (which also
holds the GUI settings) is a temporary directory, and prompts fail the test unless it answers them.
"""

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may reach a real keyring; the keyring tests start their own Secret Service.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pytest

from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext

# The private Secret Service (`secret_service`, `secret_service_keyring`): see keyring_service.py.
pytest_plugins = ["tests.keyring_service"]

TODAY = date(2026, 11, 25)  # a Wednesday; tests never read the real clock


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("AMELI_DESKTOP_DATA_DIR", str(folder))
    monkeypatch.delenv("AMELI_DESKTOP_TODAY", raising=False)
    return folder


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(TODAY)


@pytest.fixture
def ctx(data_dir: Path, clock: FixedClock) -> Iterator[AppContext]:
    context = AppContext.open(data_dir, clock=clock)
    yield context
    context.close()


@pytest.fixture
def run_cli(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int, str, str]]:
    """Run the CLI in-process: ``code, out, err = run_cli("people", "list", "--json")``."""
    from ameli_desktop.cli import main

    def run(*args: str, today: date | None = TODAY) -> tuple[int, str, str]:
        argv = ["--data-dir", str(data_dir)]
        if today is not None:
            argv += ["--today", today.isoformat()]
        code = main([*argv, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def no_prompts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Fail on any prompt a test did not expect; returns the list of prompts seen."""
    from ameli_desktop.ui import messages

    seen: list[tuple[str, str]] = []

    def unexpected(name: str) -> Callable[..., object]:
        def prompt(_parent: object, title: str, *args: object, **kwargs: object) -> object:
            seen.append((name, title))
            raise AssertionError(f"unexpected {name} prompt: {title!r} {args!r}")

        return prompt

    for name in ("info", "warn", "error", "confirm", "open_file", "open_files", "save_file"):
        monkeypatch.setattr(messages, name, unexpected(name))
    monkeypatch.setattr(messages, "open_with_system", lambda _path: None)
    return seen


@pytest.fixture
def ui_ctx(ctx: AppContext, qtbot: object, no_prompts: object):  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.app import open_settings
    from ameli_desktop.ui.context import UiContext

    return UiContext(ctx, open_settings(ctx.paths))


@pytest.fixture
def main_window(ctx: AppContext, qtbot, no_prompts):  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.app import build_main_window, open_settings

    window = build_main_window(ctx, open_settings(ctx.paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture(autouse=True)
def _no_stray_tasks(request: pytest.FixtureRequest) -> Iterator[None]:
    """A GUI test must not leave background work running (it would touch a closed database)."""
    yield
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QThreadPool

    from ameli_desktop.ui.tasks import running_tasks

    pool = QThreadPool.globalInstance()
    finished = pool.waitForDone(10_000)
    assert finished, "a background task was still running when the test ended"
    assert running_tasks() == 0 or _drain(), "a task's callbacks never ran"


def _drain() -> bool:
    from PySide6.QtCore import QCoreApplication

    from ameli_desktop.ui.tasks import running_tasks

    for _ in range(50):
        QCoreApplication.processEvents()
        if running_tasks() == 0:
            return True
    return False


@pytest.fixture(autouse=True)
def _close_log_handlers() -> Iterator[None]:
    """setup_logging() attaches a file handler; do not let it outlive its test's folder."""
    yield
    import logging

    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_ameli", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture(autouse=True)
def _english_ui_after_each_test() -> Iterator[None]:
    """A test that installs the French translators must not leave French values behind."""
    yield
    import sys

    i18n = sys.modules.get("ameli_desktop.ui.i18n")
    if i18n is not None:
        i18n._language = "en"
