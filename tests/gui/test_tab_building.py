"""The main window builds the tab on screen first and the others just after its first paint
(DESIGN.md 9: start-up), each at once when it is asked for before that."""

import importlib

import pytest
from PySide6.QtWidgets import QApplication

from ameli_desktop.services.context import AppContext
from ameli_desktop.ui.app import build_main_window, open_settings
from ameli_desktop.ui.main_window import TABS, MainWindow

ENGLISH = [
    "Overvie&w",
    "Rei&mbursements",
    "&Card orders",
    "CE&AM",
    "A&ppointments",
    "Travel &log",
]


def window_for(ctx: AppContext, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = build_main_window(ctx, open_settings(ctx.paths))
    qtbot.addWidget(window)
    return window


def titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_only_the_tab_on_screen_is_built_before_the_first_paint(ctx, qtbot, no_prompts) -> None:  # type: ignore[no-untyped-def]
    window = window_for(ctx, qtbot)

    assert window.pending_tabs() == len(TABS) - 1
    assert titles(window) == ENGLISH  # every title is there already
    assert window.current_tab().key == "overview"

    window.show()
    qtbot.waitUntil(lambda: window.pending_tabs() == 0)
    assert [page.key for page in window.tab_pages] == [spec.key for spec in TABS]
    assert titles(window) == ENGLISH


def test_the_last_tab_is_the_one_built_first(ctx, qtbot, no_prompts) -> None:  # type: ignore[no-untyped-def]
    first = window_for(ctx, qtbot)
    first.show_tab("ceam")
    first.close()

    second = window_for(ctx, qtbot)
    assert second.tabs.currentIndex() == 3
    assert second.pending_tabs() == len(TABS) - 1
    assert second._pages[3] is not None  # the CEAM tab, and only it
    assert second.current_tab().key == "ceam"


def test_a_tab_asked_for_before_its_turn_is_built_at_once(ctx, qtbot, no_prompts) -> None:  # type: ignore[no-untyped-def]
    window = window_for(ctx, qtbot)
    window.show()

    window.view_menu.actions()[4].trigger()  # Ctrl+5, before any event was processed

    assert window.current_tab().key == "appointments"
    assert window._pages[4] is not None
    qtbot.waitUntil(lambda: window.current_tab().isVisible())


def test_a_tab_built_late_shows_its_count_in_the_title(ctx, run_cli, qtbot, no_prompts) -> None:  # type: ignore[no-untyped-def]
    """Zoé's appointment of 18/11 has no outcome on 25/11: the Appointments tab counts it."""
    run_cli("people", "add", "--name", "Zoé Lebrun")
    run_cli(
        "appointments", "add", "--person", "Zoé", "--at", "2026-11-18 14:00", "--reason",
        "Inscription", "--category", "registration", "--channel", "office", "--place", "CPAM",
    )  # fmt: skip
    window = window_for(ctx, qtbot)
    assert titles(window)[4] == "A&ppointments"  # not built yet: no count

    window.show()
    qtbot.waitUntil(lambda: window.pending_tabs() == 0)
    assert titles(window)[4] == "A&ppointments (1)"


def test_a_closed_window_builds_no_more_tabs(ctx, qtbot, no_prompts) -> None:  # type: ignore[no-untyped-def]
    window = window_for(ctx, qtbot)
    window.show()
    qtbot.waitUntil(lambda: window._first_paint_seen)  # painted: the building has begun
    window.close()
    left = window.pending_tabs()
    qtbot.wait(100)
    assert 0 < left == window.pending_tabs()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_spec_says_what_its_tab_says(ctx, qtbot, no_prompts, language: str) -> None:  # type: ignore[no-untyped-def]
    """The tab bar's title before a tab is built is its title() once built, in both languages."""
    from ameli_desktop.ui.i18n import install_translators

    installed = install_translators(language)
    try:
        window = window_for(ctx, qtbot)
        before = titles(window)
        for spec, page in zip(TABS, window.tab_pages, strict=True):
            cls = getattr(importlib.import_module(spec.module), spec.class_name)
            assert cls.key == spec.key
            assert page.title() == spec.translated_title()
        assert titles(window) == before
        if language == "fr":
            assert before[0].replace("&", "") == "Vue d'ensemble"
    finally:
        for translator in installed:
            QApplication.instance().removeTranslator(translator)
