"""An unexpected error shows a copyable, scrubbed report and the app keeps running."""

import sys

import pytest
from PySide6.QtGui import QGuiApplication

from ameli_desktop.ui.crash_dialog import CrashDialog
from ameli_desktop.ui.crash_hook import CrashHook


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_report_and_the_app_keeps_running(
    main_window, qtbot, ctx
) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.logging_setup import setup_logging

    log_file = setup_logging(ctx.paths)
    hook = CrashHook(main_window)
    hook.install()
    try:

        def explode() -> None:
            raise RuntimeError("boom for NIR 1 85 05 78 006 084 91")

        main_window.find_action.triggered.connect(explode)
        main_window.find_action.trigger()
        qtbot.waitUntil(lambda: len(hook.dialogs) == 1)
    finally:
        hook.uninstall()
    dialog = hook.dialogs[0]
    report = dialog.report.toPlainText()
    assert "RuntimeError: boom for NIR [number]" in report
    assert "185057800608491" not in report
    assert "006 084 91" not in report
    assert not dialog.isModal()
    assert dialog.isVisible()
    dialog.copy()
    assert QGuiApplication.clipboard().text() == report
    # the app is still alive and usable
    assert main_window.isVisible()
    main_window.tabs.setCurrentIndex(2)
    assert main_window.tabs.currentIndex() == 2
    log_text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: boom for NIR [number]" in log_text
    assert "006 084 91" not in log_text
    dialog.close()


def test_the_hook_is_installed_and_removed(qtbot) -> None:  # type: ignore[no-untyped-def]
    previous = sys.excepthook
    hook = CrashHook()
    hook.install()
    assert sys.excepthook == hook.handle
    hook.uninstall()
    assert sys.excepthook == previous


def test_the_crash_dialog_says_the_data_is_safe(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    dialog = CrashDialog("report text")
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("Your data is safe" in t for t in texts)
    assert dialog.report.toPlainText() == "report text"
