"""Layouts that hold: every tab and dialog at a screen size, a scale and a language, checked by
walking the widget tree, with a screenshot of each.

Run in a process of its own (the scale is the screen's, set before Qt starts), by
tests/gui/test_layouts.py or by hand::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.layout_check --size 1024x700 \\
        --scale 1.5 --language fr --out /tmp/shots

It prints a JSON list of problems, each ``{"view", "widget", "problem"}``:

- two visible widgets laid out side by side that intersect (something printed over another),
  or a widget that sticks out of its parent (its parent was squeezed below its minimum);
- a text that needs more room than it has: a label, a button, a check box, a combo's items, a
  tab, a table's column header, a group box's title, a typed date;
- a window or dialog that does not fit the screen;
- in a dialog, two buttons or labels that take the same Alt+letter (Qt then goes to neither at
  once: the user presses it again to cycle).

150 % is Qt's own scaling (QT_SCALE_FACTOR, which can only be set before Qt starts: hence a
process per run) on a screen 1.5 times as large in physical pixels: Qt 6 scales fonts and pixels
alike, so the checks are in logical pixels, and the screenshots are the physical pixels a user's
screen shows (1920 x 1080 for 1280 x 720 at 150 %).
"""

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

TODAY = date(2026, 11, 25)  # tests/conftest.py's: the example household's dates follow it
DATA = Path(__file__).resolve().parent / "data"  # statement files for the import dialog
CELL = 12  # the padding Qt's styles put around a header's text, at the least


def screen_config(width: int, height: int, scale: float, folder: Path) -> str:
    """The offscreen platform with one screen that is ``width`` x ``height`` once Qt scales it by
    ``scale`` (QT_SCALE_FACTOR, set by the caller): the physical screen is that much larger."""
    config = {
        "synchronousWindowSystemEvents": True,
        "windowFrameMargins": False,
        "screens": [
            {
                "name": "laptop",
                "x": 0,
                "y": 0,
                "width": round(width * scale),
                "height": round(height * scale),
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ],
    }
    path = folder / "screen.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return f"offscreen:configfile={path}"


# ---------------------------------------------------------------------- the checks
def _name(widget: Any) -> str:
    """A widget as a reader finds it: its class, its object name, and its text if it has one."""
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    text = _text(widget)
    if text:
        parts.append(repr(text[:40]))
    return " ".join(parts)


def _text(widget: Any) -> str:
    getter = getattr(widget, "text", None)
    try:
        value = getter() if callable(getter) else ""
    except TypeError:
        return ""
    return value if isinstance(value, str) else ""


def _managed(layout: Any) -> Iterator[Any]:
    """The widgets a layout places (nested layouts included)."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from _managed(item.layout())


def _shown(widget: Any) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _in_scroll_content(widget: Any) -> bool:
    """Inside a scroll area's content: it may be larger than the window, as it scrolls."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def overlaps(root: Any) -> list[tuple[Any, str]]:
    """Siblings a layout placed over each other, and children sticking out of their parent."""
    from PySide6.QtWidgets import QAbstractScrollArea, QSplitter, QWidget

    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not _shown(parent) or (parent.layout() is None and not isinstance(parent, QSplitter)):
            continue
        if isinstance(parent, QSplitter):
            children = [parent.widget(i) for i in range(parent.count())]
        else:
            children = list(_managed(parent.layout()))
        children = [c for c in children if _shown(c)]
        for i, first in enumerate(children):
            for second in children[i + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    found.append((first, f"printed over {_name(second)} (in {_name(parent)})"))
            if isinstance(parent, QAbstractScrollArea) or _in_scroll_content(first):
                continue
            if not parent.rect().contains(first.geometry()):
                found.append((first, f"sticks out of {_name(parent)}: squeezed below its minimum"))
    return found


def texts_cut(root: Any) -> list[tuple[Any, str]]:
    """Texts that need more room than their widget has."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QCalendarWidget,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QStyle,
        QStyleOptionComboBox,
        QTabBar,
        QToolBar,
        QWidget,
    )

    from ameli_desktop.ui.widgets.date_field import DateField

    found = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget):
            continue
        if _inside(widget, QCalendarWidget):
            continue  # Qt's own calendar: its month and year buttons are its business
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    found.append(
                        (widget, f"wrapped text needs {needed} px high, has {widget.height()}")
                    )
            elif widget.minimumSizeHint().width() > widget.width() + 1:
                found.append(
                    (widget, f"needs {widget.minimumSizeHint().width()} px, has {widget.width()}")
                )
        elif isinstance(widget, QAbstractButton) and widget.text():
            if _inside(widget, QToolBar) or isinstance(widget.parentWidget(), QTabBar):
                continue  # a tool bar folds what does not fit into its » menu
            hint = widget.sizeHint()  # a button's text and margins (it has no minimum hint)
            if hint.width() > widget.width() + 1:
                found.append((widget, f"needs {hint.width()} px, has {widget.width()}"))
        elif isinstance(widget, QComboBox) and widget.count() <= 40:
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            for index in range(widget.count()):
                text = widget.itemText(index)
                if text and metrics.horizontalAdvance(text) > field.width():
                    found.append(
                        (
                            widget,
                            f"item {text!r} needs {metrics.horizontalAdvance(text)} px, "
                            f"the field has {field.width()}",
                        )
                    )
                    break
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = widget.tabText(index).replace("&", "")
                rect = widget.tabRect(index)
                if metrics.horizontalAdvance(text) + CELL > rect.width():
                    found.append((widget, f"tab {text!r} cut to {rect.width()} px"))
        elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal":
            model = widget.model()
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                needed = widget.sectionSizeFromContents(section).width()
                if widget.sectionSize(section) + 1 < needed:
                    header = model.headerData(section, widget.orientation())
                    found.append(
                        (
                            widget,
                            f"column {header!r} is {widget.sectionSize(section)} px, its "
                            f"header needs {needed}",
                        )
                    )
        elif isinstance(widget, QGroupBox) and widget.title():
            if metrics.horizontalAdvance(widget.title()) + 2 * CELL > widget.width():
                found.append((widget, "title cut"))
        elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
            room = widget.contentsRect().width() - 2 * CELL  # its margins, a clear button
            if metrics.horizontalAdvance(widget.placeholderText()) > room:
                found.append((widget, f"its hint {widget.placeholderText()!r} is cut"))
        elif isinstance(widget, DateField) and widget.text():
            edit = widget.edit
            room = edit.contentsRect().width() - 2 * edit.style().pixelMetric(
                QStyle.PixelMetric.PM_DefaultFrameWidth
            )
            if metrics.horizontalAdvance(widget.text()) > room:
                found.append((widget, f"the date {widget.text()!r} does not fit"))
    return found


def mnemonics_clash(root: Any) -> list[tuple[Any, str]]:
    """Visible buttons and labels with a buddy that share an Alt+letter."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    seen: dict[str, Any] = {}
    found = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.buddy() is None):
            continue
        letter = re.search(r"&([^&\s])", widget.text())
        if letter is None:
            continue
        key = letter.group(1).lower()
        if key in seen:
            found.append((widget, f"Alt+{key} is also {_name(seen[key])}'s"))
        else:
            seen[key] = widget
    return found


def _inside(widget: Any, kind: type) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


def fits_screen(window: Any, width: int, height: int) -> list[tuple[Any, str]]:
    frame = window.frameGeometry()
    if frame.width() > width or frame.height() > height:
        return [(window, f"is {frame.width()}x{frame.height()}, the screen {width}x{height}")]
    return []


# ---------------------------------------------------------------------- the views
def views(ctx: Any, settings: Any) -> Iterator[tuple[str, Callable[[], Any]]]:
    """(name, build) of every tab and dialog to check; build returns the widget, shown."""
    from ameli_desktop.services.appointments import AppointmentService
    from ameli_desktop.services.ceam import CeamService
    from ameli_desktop.services.household import PeopleService
    from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService
    from ameli_desktop.services.vitale import VitaleService
    from ameli_desktop.ui.app import build_main_window
    from ameli_desktop.ui.main_window import TABS

    window = build_main_window(ctx, settings)
    ui = window.ui
    people = PeopleService(ctx).all()
    person = people[0]

    def tab(key: str) -> Callable[[], Any]:
        def show() -> Any:
            window.show()
            window.show_tab(key)
            return window

        return show

    for spec in TABS:
        yield f"tab-{spec.key}", tab(spec.key)

    def dialog(factory: Callable[[], Any]) -> Callable[[], Any]:
        def show() -> Any:
            widget = factory()
            widget.show()
            return widget

        return show

    from ameli_desktop.ui.dialogs import (
        about,
        appointment,
        ceam_card,
        ceam_trip,
        claim,
        daily_allowances,
        first_run,
        help,
        household,
        import_batches,
        import_statement,
        preferences,
        reimbursement_line,
        travel_profile,
        travel_stay,
        vitale_order,
    )
    from ameli_desktop.ui.dialogs import (
        person as person_dialog,
    )

    def first_run_full() -> Any:
        dialog_ = first_run.FirstRunDialog(ui, on_import=lambda: None, on_demo=lambda: None)
        dialog_.show()
        while dialog_.add_row_button.isEnabled():
            dialog_.add_row()
        return dialog_

    def with_permit(fields: Any) -> None:
        """Another passport with a permit: the permit's rows open under the group."""
        from ameli_desktop.domain.schengen import Nationality

        fields.nationality.set_value(Nationality.OTHER)
        fields.has_permit.setChecked(True)

    def first_run_permit() -> Any:
        dialog_ = first_run.FirstRunDialog(ui, on_import=lambda: None, on_demo=lambda: None)
        dialog_.show()
        dialog_.add_row()
        with_permit(dialog_.rows[1].travel)
        return dialog_

    def new_person_permit() -> Any:
        dialog_ = person_dialog.PersonDialog(ui)
        dialog_.show()
        with_permit(dialog_.travel)
        return dialog_

    yield "first-run", first_run_full
    yield "first-run-permit", first_run_permit
    yield "household", dialog(lambda: household.HouseholdDialog(ui))
    yield "person", dialog(lambda: person_dialog.PersonDialog(ui, person))
    yield "person-new-permit", new_person_permit
    yield (
        "appointment",
        dialog(lambda: appointment.AppointmentDialog(ui, AppointmentService(ctx).all()[0])),
    )
    yield "stay", dialog(lambda: travel_stay.StayDialog(ui, person_id=person.id))
    yield "travel-status", dialog(lambda: travel_profile.TravelProfileDialog(ui, person.id))
    yield "trip", dialog(lambda: ceam_trip.TripDialog(ui, None))
    yield "claim", dialog(lambda: claim.ClaimDialog(ui, None))
    line = ReimbursementService(ctx).page(LineFilter(), offset=0, limit=1)[0]
    yield "line", dialog(lambda: reimbursement_line.LineDialog(ui, line))
    entry = VitaleService(ctx).person(person.id)
    yield "vitale-order", dialog(lambda: vitale_order.OrderDialog(ui, entry))
    yield "vitale-incident", dialog(lambda: vitale_order.DeclareIncidentDialog(ui, entry))
    ceam = CeamService(ctx).person(person.id)
    yield "ceam-card", dialog(lambda: ceam_card.CeamCardDialog(ui, ceam))
    yield "ceam-certificate", dialog(lambda: ceam_card.ProvisionalDialog(ui, ceam))
    yield "imports", dialog(lambda: import_batches.ImportBatchesDialog(ui))
    yield "daily-allowances", dialog(lambda: daily_allowances.DailyAllowancesDialog(ui))
    yield "import-statement", dialog(lambda: import_statement.ImportDialog(ui))

    def importing(path: Path) -> Callable[[], Any]:
        """The import dialog with a file read: its "Who is this?" step asks who the names the
        example household does not have are (issue 16), beside the values read."""

        def show() -> Any:
            from PySide6.QtCore import QThreadPool
            from PySide6.QtWidgets import QApplication

            dialog_ = import_statement.ImportDialog(ui, path)
            dialog_.show()
            while dialog_.busy:
                QThreadPool.globalInstance().waitForDone(50)
                QApplication.processEvents()
            return dialog_

        return show

    yield "import-who-is-this", importing(DATA / "ameli_2025-01.csv")
    yield "import-releve-pdf", importing(DATA / "ameli_pdf" / "releve_2025-02_famille.pdf")
    yield "import-bank", importing(DATA / "bank_2025-02_latin9.csv")

    def merging() -> Any:
        from PySide6.QtCore import QThreadPool
        from PySide6.QtWidgets import QApplication

        from ameli_desktop.ui.dialogs.merge_people import MergeDialog

        dialog_ = MergeDialog(ui, people[-1].id, people[0].id)
        dialog_.show()
        while dialog_.busy:
            QThreadPool.globalInstance().waitForDone(50)
            QApplication.processEvents()
        return dialog_

    yield "merge-people", merging
    yield "preferences", dialog(lambda: preferences.PreferencesDialog(ui))
    yield "about", dialog(lambda: about.AboutDialog(ui))

    def help_page(index: int) -> Callable[[], Any]:
        def show() -> Any:
            dialog_ = help.HelpDialog(ui)
            dialog_.show()
            dialog_.tabs.setCurrentIndex(index)
            return dialog_

        return show

    for index in range(5):
        yield f"help-{index}", help_page(index)

    def travel_log_unknown_status() -> Any:
        """Last, as it adds a person: a card that asks for a status never given (issue 18)."""
        from ameli_desktop.domain.people import PersonDetails

        PeopleService(ctx).add(PersonDetails("Sam Lee"))
        window.ui.notify("people")
        return tab("travel_log")()

    yield "tab-travel_log-unknown-status", travel_log_unknown_status


def run(width: int, height: int, scale: float, language: str, out: Path) -> list[dict[str, str]]:
    from PySide6.QtWidgets import QApplication, QWidget

    from ameli_desktop.services.clock import FixedClock
    from ameli_desktop.services.context import AppContext
    from ameli_desktop.services.demo import DemoService
    from ameli_desktop.ui.app import open_settings
    from ameli_desktop.ui.i18n import install_translators

    app = QApplication.instance() or QApplication([])
    translators = install_translators(language)
    folder = Path(tempfile.mkdtemp(prefix="layout-"))
    ctx = AppContext.open(folder, clock=FixedClock.on(TODAY), daily_backup=False)
    DemoService(ctx).load()
    problems: list[dict[str, str]] = []
    out.mkdir(parents=True, exist_ok=True)
    try:
        for name, build in views(ctx, open_settings(ctx.paths)):
            widget = build()
            if widget.isWindow() and name.startswith("tab-"):
                widget.resize(width, height)
                widget.move(0, 0)
            for _ in range(3):  # layouts, then the rows and columns that follow them
                app.processEvents()
            found = overlaps(widget) + texts_cut(widget) + fits_screen(widget, width, height)
            if not name.startswith("tab-"):  # the tabs': tests/gui/test_keyboard_and_menus.py
                found += mnemonics_clash(widget)
            for culprit, problem in found:
                problems.append({"view": name, "widget": _name(culprit), "problem": problem})
            widget.grab().save(str(out / f"{name}.png"))
            if not name.startswith("tab-"):
                widget.close()
                widget.deleteLater()
        for window in QApplication.topLevelWidgets():
            if isinstance(window, QWidget):
                window.close()
        app.processEvents()
    finally:
        ctx.close()
        for translator in translators:
            app.removeTranslator(translator)
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--language", default="en", choices=["en", "fr"])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    if "QT_QPA_PLATFORM" not in os.environ or os.environ["QT_QPA_PLATFORM"] == "offscreen":
        folder = Path(tempfile.mkdtemp(prefix="screen-"))
        os.environ["QT_QPA_PLATFORM"] = screen_config(width, height, args.scale, folder)
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    problems = run(width, height, args.scale, args.language, args.out)
    print(json.dumps(problems, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
