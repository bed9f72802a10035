"""Daily allowances (indemnités journalières) have a view of their own, reached from the
Reimbursements tab's Actions menu: each payment with its period, days and daily amount, filtered
by person and year, totalled apart from care."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from ameli_desktop.ui.dialogs.daily_allowances import DailyAllowancesDialog

PDFS = Path(__file__).resolve().parents[1] / "data" / "ameli_pdf"


def _household(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    people = PeopleService(ctx)
    ids = {}
    for name, born in (("Claire Martin", date(1988, 3, 3)), ("Léa Martin", date(2015, 6, 14)),
                       ("Noé Martin", date(2018, 9, 2))):  # fmt: skip
        ids[name] = people.add(PersonDetails(name, born=born)).id
    result = ImportService(ctx).import_file(PDFS / "releve_2025-02_famille.pdf", ImportOptions())
    assert result.allowances == 1
    return ids


def _cells(dialog: DailyAllowancesDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_each_allowance_is_listed_with_its_period_days_and_total(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    _household(ui_ctx.ctx)
    dialog = DailyAllowancesDialog(ui_ctx)
    qtbot.addWidget(dialog)

    [row] = _cells(dialog)
    assert row[0] == "Claire Martin"
    assert row[2:7] == ["10/02/2025", "21/02/2025", "12", "30,12\u00a0€", "361,44\u00a0€"]
    assert dialog.total.text() == "Payments: 1; received in all: 361,44\u00a0€."


def test_filters_by_person_and_year(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    ids = _household(ui_ctx.ctx)
    dialog = DailyAllowancesDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert [dialog.year.itemText(i) for i in range(dialog.year.count())] == ["All years", "2025"]

    dialog.person.select_person(ids["Léa Martin"])
    assert dialog.model.rowCount() == 0
    assert dialog.total.text() == "No daily allowance stored for this choice."
    dialog.person.select_person(ids["Claire Martin"])
    dialog.year.setCurrentIndex(1)
    assert dialog.model.rowCount() == 1


def test_the_actions_menu_opens_it_from_the_reimbursements_tab(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _household(main_window.ui.ctx)
    page = main_window.show_tab("reimbursements")
    assert page.allowances_action in main_window.actions_menu.actions()
    seen: list[int] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DailyAllowancesDialog)
        seen.append(dialog.model.rowCount())
        dialog.reject()

    QTimer.singleShot(0, look)
    page.allowances_action.trigger()
    assert seen == [1]
