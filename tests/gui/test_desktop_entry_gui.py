"""The applications menu entry from the window: offered once at first start (after the welcome),
never again whatever the answer, not when an entry is there already; File > Add to the
applications menu at any time. The entry is written for real into a temporary XDG data folder.

Under the tests' offscreen platform the app never offers (no desktop to add to): these tests say
there is one (``can_offer``), as a real screen would.
"""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ameli_desktop import APP_ID
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui import desktop_integration, messages
from ameli_desktop.ui.app import build_main_window, open_settings


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "system"))
    monkeypatch.setattr(desktop_integration, "can_offer", lambda: True)
    return home


@pytest.fixture
def household(ctx):  # type: ignore[no-untyped-def]
    """Someone at home already: the welcome dialog is not what these tests are about."""
    PeopleService(ctx).add(PersonDetails("Zoé Lebrun"))
    return ctx


def answer(monkeypatch: pytest.MonkeyPatch, reply: bool) -> list[str]:
    asked: list[str] = []

    def confirm(_parent, title: str, text: str, **_kwargs) -> bool:  # type: ignore[no-untyped-def]
        asked.append(title)
        return reply

    monkeypatch.setattr(messages, "confirm", confirm)
    return asked


def entry(xdg: Path) -> Path:
    return xdg / "applications" / f"{APP_ID}.desktop"


def test_the_first_start_offers_the_menu_entry_once(
    xdg, household, main_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked = answer(monkeypatch, reply=True)
    statuses: list[str] = []
    main_window.ui.bus.status_message.connect(statuses.append)

    main_window.offer_first_run()

    assert asked == ["Applications menu"]
    assert "Exec=" in entry(xdg).read_text(encoding="utf-8")
    assert statuses == [f"Ameli Desktop is in your applications menu ({entry(xdg)})."]
    assert main_window.ui.settings.value(desktop_integration.ASKED_KEY) == "added"
    entry(xdg).unlink()  # even once it is gone: asked once is asked
    main_window.offer_first_run()
    assert asked == ["Applications menu"]


def test_a_no_is_remembered_across_starts_and_writes_nothing(
    xdg, household, main_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked = answer(monkeypatch, reply=False)
    main_window.offer_first_run()
    assert asked == ["Applications menu"]
    assert not xdg.exists()

    main_window.close()
    ctx = main_window.ui.ctx
    again = build_main_window(ctx, open_settings(ctx.paths))  # the next start
    qtbot.addWidget(again)
    again.show()
    again.offer_first_run()
    assert asked == ["Applications menu"]  # never nags


def test_no_offer_when_the_app_is_in_the_menu_already(
    xdg, household, main_window, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A distribution's package put it there (XDG_DATA_DIRS): nothing to ask."""
    system = tmp_path / "system" / "applications" / f"{APP_ID}.desktop"
    system.parent.mkdir(parents=True)
    system.write_text("[Desktop Entry]\n", encoding="utf-8")
    main_window.offer_first_run()  # no_prompts: a question would fail the test
    assert main_window.ui.settings.value(desktop_integration.ASKED_KEY) is None


def test_the_offer_follows_the_welcome_and_not_a_closing_window(
    xdg, ctx, main_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """An empty household: the welcome comes first; when the session ends while it is open
    (SIGTERM closes every window), the app does not open another question."""
    from ameli_desktop.ui.dialogs.first_run import FirstRunDialog

    order: list[str] = []
    monkeypatch.setattr(
        FirstRunDialog,
        "exec",
        lambda self: order.append("welcome") or QApplication.closeAllWindows(),
    )
    asked = answer(monkeypatch, reply=True)
    main_window.offer_first_run()
    assert order == ["welcome"]
    assert asked == []
    assert not xdg.exists()


def test_file_menu_adds_the_entry_at_any_time(xdg, main_window) -> None:  # type: ignore[no-untyped-def]
    action = main_window.desktop_entry_action
    assert action in main_window.file_menu.actions()
    assert action.isVisible()
    action.trigger()
    fields = dict(
        line.split("=", 1) for line in entry(xdg).read_text(encoding="utf-8").splitlines()[1:]
    )
    assert Path(fields["TryExec"]).is_file()  # this very install's program


def test_a_folder_that_cannot_be_written_is_said_so(xdg, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    xdg.parent.mkdir(parents=True, exist_ok=True)
    xdg.write_text("a file where the folder should be", encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, _title, text: errors.append(text))
    main_window.desktop_entry_action.trigger()
    [error] = errors
    assert error.startswith("The applications menu entry could not be written: ")
