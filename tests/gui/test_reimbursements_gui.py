"""The Reimbursements tab and the import dialog, driven with pytest-qt on real widgets."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDropEvent

from ameli_desktop.domain.claims import ClaimStatus
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.importers import Field
from ameli_desktop.services.claims import ClaimService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService
from ameli_desktop.services.statement_import import ImportOptions, ImportService, ProfileService
from ameli_desktop.ui import messages
from ameli_desktop.ui.dialogs.claim import ClaimDialog
from ameli_desktop.ui.dialogs.import_statement import ImportDialog
from ameli_desktop.ui.models.reimbursements import (
    BatchesModel,
    ClaimsModel,
    LinesModel,
    PeriodModel,
)
from ameli_desktop.ui.tabs.reimbursements import ReimbursementsTab

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def household(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    people = PeopleService(ctx)
    return {
        "paul": people.add(PersonDetails("Paul Lebrun")).id,
        "zoe": people.add(PersonDetails("Zoé Lebrun")).id,
    }


def open_dialog(qtbot, ui_ctx, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(ui_ctx, path)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    return dialog


def wait_idle(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def import_and_wait(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)


def reimbursements_tab(main_window) -> ReimbursementsTab:  # type: ignore[no-untyped-def]
    tab = main_window.show_tab("reimbursements")
    assert isinstance(tab, ReimbursementsTab)
    return tab


def test_import_dialog_previews_and_imports(qtbot, ui_ctx, household) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ui_ctx, DATA / "ameli_2025-01.csv")

    assert "Encoding: UTF-8 (detected)." in dialog.info_label.text()
    assert "4 lines above the table are skipped." in dialog.info_label.text()
    assert dialog.preview_model.rowCount() == 8  # 7 lines (one spans two) and the total
    assert dialog.preview_model.status_text(14) == "Skipped: a total"
    assert dialog.preview_model.status_text(9) == "New"
    assert dialog.choices_box.combo_for("LEBRUN Zoé").currentData() == household["zoe"]
    assert dialog.choices_box.combo_for("MARTIN Éloïse").currentText() == "Who is this?…"
    assert dialog.summary_label.text().startswith("7 new lines to import, 0 already stored")
    assert "Say who MARTIN Éloïse is" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.problems_box.isHidden()

    combo = dialog.choices_box.combo_for("MARTIN Éloïse")
    combo.setCurrentIndex(combo.findData("new"))
    wait_idle(qtbot, dialog)
    assert "New household members: MARTIN Éloïse." in dialog.summary_label.text()
    import_and_wait(qtbot, dialog)

    assert dialog.result is not None
    assert dialog.result.imported == 7
    assert ReimbursementService(ui_ctx.ctx).count(LineFilter()) == 7


def test_fix_the_mapping_of_an_unknown_layout_and_save_it(qtbot, ui_ctx, household) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ui_ctx, DATA / "custom_layout.csv")
    assert "were not recognised" in dialog.info_label.text()
    assert not dialog.import_button.isEnabled()
    assert len(dialog.field_combos) == 5

    for combo, fld in zip(
        dialog.field_combos,
        [Field.CARE_DATE, Field.BENEFICIARY, Field.NATURE, Field.PAID, Field.REIMBURSED],
        strict=True,
    ):
        combo.setCurrentIndex(combo.findData(fld.value))
        wait_idle(qtbot, dialog)

    assert dialog.parsed is not None
    assert [line.paid_cents for line in dialog.parsed.lines] == [3500, 3500]
    assert dialog.choices_box.combo_for("Zoé").currentData() == household["zoe"]
    assert dialog.choices_box.hint_for("Zoé") == "Found by name."
    dialog.profile_name.setText("Orthophoniste")
    qtbot.mouseClick(dialog.save_profile_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert ProfileService(ui_ctx.ctx).get("orthophoniste").column_map()["Combien"] is Field.PAID
    assert dialog.profile_combo.currentText() == "Orthophoniste"

    import_and_wait(qtbot, dialog)

    assert ReimbursementService(ui_ctx.ctx).count(LineFilter(person_id=household["zoe"])) == 2


def test_bad_rows_are_listed_and_importing_needs_a_choice(qtbot, ui_ctx, household) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ui_ctx, DATA / "bad_rows.csv")

    assert not dialog.problems_box.isHidden()
    assert dialog.rejections_model.rowCount() == 7
    assert dialog.rejections_model.index(0, 3).data() == (
        "“31/02/2025” is not a real date when read as day/month/year (like the rest of the column)."
    )
    assert dialog.preview_model.index(1, 0).data() == "Cannot be read"
    assert (
        dialog.preview_model.index(1, 1)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("Date des soins: “31/02/2025”")
    )
    assert not dialog.import_button.isEnabled()

    dialog.skip_bad.setChecked(True)
    combo = dialog.choices_box.combo_for("MARTIN Éloïse")  # nobody in the household: asked
    combo.setCurrentIndex(combo.findData("new"))
    wait_idle(qtbot, dialog)
    import_and_wait(qtbot, dialog)

    assert ReimbursementService(ui_ctx.ctx).count(LineFilter()) == 3


def test_bank_lines_need_nobody_and_can_be_left_out(qtbot, ui_ctx, household) -> None:  # type: ignore[no-untyped-def]
    """A bank export's lines are the household's (issue 19): nobody is asked for them."""
    dialog = open_dialog(qtbot, ui_ctx, DATA / "bank_2025-02_latin9.csv")
    assert not dialog.person_combo.isVisibleTo(dialog)

    # Line 9 (the CPAM's franchise debit) is unticked: the user does not want it.
    row = next(
        r for r in range(dialog.preview_model.rowCount()) if dialog.preview_model.file_line(r) == 9
    )
    index = dialog.preview_model.index(row, 0)
    assert dialog.preview_model.setData(
        index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    wait_idle(qtbot, dialog)
    # The pharmacy card payment (line 10) is the household's payment for care.
    assert dialog.summary_label.text().startswith("5 new lines")
    import_and_wait(qtbot, dialog)

    totals = ReimbursementService(ui_ctx.ctx).totals(LineFilter())
    assert (totals.lines, totals.reimbursed_cents) == (5, 1900 + 98765)
    assert ReimbursementService(ui_ctx.ctx).count(LineFilter(person_id=household["zoe"])) == 0


def test_reimporting_says_the_file_is_known(qtbot, ui_ctx, household) -> None:  # type: ignore[no-untyped-def]
    ImportService(ui_ctx.ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions())

    dialog = open_dialog(qtbot, ui_ctx, DATA / "ameli_2025-01.csv")

    assert "This very file was already imported on" in dialog.info_label.text()
    assert dialog.summary_label.text().startswith("0 new lines to import, 7 already stored")
    assert not dialog.import_button.isEnabled()


def test_cancelling_a_large_import_writes_nothing(qtbot, ui_ctx, household, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = ["Date des soins;Bénéficiaire;Prestation;Montant payé;Montant remboursé"]
    rows += [
        f"{1 + i % 28:02d}/{1 + i % 12:02d}/2025;Paul Lebrun;Acte {i};{i % 500},00;1,00"
        for i in range(40_000)
    ]
    big = tmp_path / "big.csv"
    big.write_text("\n".join(rows) + "\n", encoding="utf-8")
    dialog = open_dialog(qtbot, ui_ctx, big)
    cancelled: list[str] = []
    ui_ctx.bus.status_message.connect(cancelled.append)

    dialog.start_import()
    dialog.cancel()  # while the worker is still inserting
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)

    assert dialog.result is None
    assert cancelled == ["Import cancelled: nothing was imported."]
    assert ReimbursementService(ui_ctx.ctx).count(LineFilter()) == 0


def test_tab_filters_totals_views_delete_and_undo(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    PeopleService(ctx).add(PersonDetails("Paul Lebrun"))
    zoe = PeopleService(ctx).add(PersonDetails("Zoé Lebrun"))
    for name in ("ameli_2025-01.csv", "ameli_2025-01-02_cp1252.csv"):
        ImportService(ctx).import_file(DATA / name, ImportOptions())
    main_window.ui.notify("*")
    tab = reimbursements_tab(main_window)

    assert tab.stack.currentIndex() == 1  # the content, not the empty state
    assert tab.lines_model.rowCount() == 11
    qtbot.waitUntil(lambda: tab.totals_ready, timeout=5000)
    assert tab.totals_label.text().startswith("11 lines · Paid 1\u202f950,54")

    tab.search.setText("kinesitherapie")
    qtbot.waitUntil(lambda: tab.lines_model.rowCount() == 2, timeout=3000)
    qtbot.waitUntil(lambda: tab.totals_ready, timeout=5000)
    assert tab.totals_label.text().startswith("2 lines · Paid 43,00")
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.lines_model.rowCount() == 11, timeout=3000)

    main_window.person_selector.setCurrentIndex(main_window.person_selector.findData(zoe.id))
    assert tab.lines_model.rowCount() == 4
    main_window.person_selector.setCurrentIndex(0)
    tab.nature_combo.fill()
    tab.nature_combo.setCurrentIndex(tab.nature_combo.findData("Optique - verres"))
    assert tab.lines_model.rowCount() == 1
    tab.nature_combo.setCurrentIndex(0)

    tab.view_combo.setCurrentIndex(1)  # by month
    qtbot.waitUntil(lambda: tab.totals_ready, timeout=5000)
    assert tab.views.currentWidget() is tab.period_table
    assert [tab.period_model.index(r, 0).data() for r in range(2)] == ["01/2025", "02/2025"]
    assert tab.period_model.index(1, PeriodModel.PAID).data() == "520,90\u00a0€"
    tab.view_combo.setCurrentIndex(0)

    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    tab.table.selectRow(0)
    first = tab.lines_model.line_at(0)
    assert first is not None
    tab.delete_action.trigger()
    assert tab.lines_model.rowCount() == 10
    assert not tab.undo_bar.isHidden()
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert tab.lines_model.rowCount() == 11
    assert tab.undo_bar.isHidden()
    assert tab.lines_model.line_at(0) == first


def test_sorting_happens_in_sql(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    PeopleService(ctx).add(PersonDetails("Paul Lebrun"))
    ImportService(ctx).import_file(DATA / "mutuelle_2025-03_bom.csv", ImportOptions())
    main_window.ui.notify("reimbursements")
    tab = reimbursements_tab(main_window)

    tab.table.sortByColumn(LinesModel.PAID, Qt.SortOrder.DescendingOrder)

    assert tab.lines_model.index(0, LinesModel.PAID).data() == "1\u202f350,00\u00a0€"
    tab.table.sortByColumn(LinesModel.PAID, Qt.SortOrder.AscendingOrder)
    assert tab.lines_model.index(0, LinesModel.PAID).data() == "12,40\u00a0€"


def test_csv_and_pdf_export_from_the_tab(qtbot, main_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    PeopleService(ctx).add(PersonDetails("Paul Lebrun"))
    ImportService(ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    main_window.ui.notify("reimbursements")
    tab = reimbursements_tab(main_window)
    targets = iter([tmp_path / "lines.csv", tmp_path / "summary.pdf"])
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: next(targets))
    opened: list[Path] = []
    monkeypatch.setattr(messages, "open_with_system", opened.append)

    tab.csv_action.trigger()
    assert (tmp_path / "lines.csv").read_bytes().startswith(b"\xef\xbb\xbf")

    assert main_window.export_pdf_action.isEnabled()
    main_window.export_pdf_action.trigger()
    qtbot.waitUntil(lambda: opened == [tmp_path / "summary.pdf"], timeout=20_000)
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")


def test_claims_follow_and_settle(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    zoe = PeopleService(ctx).add(PersonDetails("Zoé Lebrun"))
    PeopleService(ctx).add(PersonDetails("Paul Lebrun"))
    tab = reimbursements_tab(main_window)
    dialog = ClaimDialog(main_window.ui, None, tab)
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(dialog.person.findData(zoe.id))
    dialog.sent_on.set_value(date(2025, 2, 26))
    dialog.expected_by.set_value(date(2025, 3, 26))
    dialog.care_date.set_value(date(2025, 2, 24))
    dialog.amount.setText("18,9O")  # a typo: marked next to the field

    dialog.save()

    assert dialog.errors.is_marked("amount")
    dialog.amount.setText("18,90")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert tab.claims_model.rowCount() == 1
    assert tab.claims_model.index(0, ClaimsModel.STATUS).data() == "Overdue"
    assert tab.attention_count() == 1
    assert main_window.tabs.tabText(1) == "Rei&mbursements (1)"

    ImportService(ctx).import_file(DATA / "ameli_2025-01-02_cp1252.csv", ImportOptions())
    main_window.ui.notify("reimbursements")

    assert tab.claims_model.rowCount() == 0  # closed ones are hidden
    tab.show_closed.setChecked(True)
    assert tab.claims_model.index(0, ClaimsModel.STATUS).data() == "Paid"
    assert ClaimService(ctx).all()[0].status is ClaimStatus.PAID
    assert main_window.tabs.tabText(1) == "Rei&mbursements"


def test_dropping_a_file_on_the_window_opens_the_import(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self) or 0)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "ameli_2025-01.csv"))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )

    main_window.dropEvent(event)

    assert len(opened) == 1
    assert opened[0].path == DATA / "ameli_2025-01.csv"
    assert main_window.current_tab().key == "reimbursements"
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: not opened[0].busy, timeout=10_000)


def test_ctrl_i_opens_the_import(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(messages, "open_file", lambda *a, **k: None)

    assert main_window.import_action.shortcut().toString() == "Ctrl+I"
    main_window.import_action.trigger()

    assert len(opened) == 1


def test_models_pass_the_model_tester(qtbot, qtmodeltester, ui_ctx, household) -> None:  # type: ignore[no-untyped-def]
    ImportService(ui_ctx.ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    lines = LinesModel(ui_ctx.ctx)
    lines.reload()
    qtmodeltester.check(lines)
    periods = PeriodModel()
    periods.set_rows(ReimbursementService(ui_ctx.ctx).by_period(LineFilter(), "month"))  # type: ignore[arg-type]
    qtmodeltester.check(periods)
    claims = ClaimsModel(date(2026, 11, 25))
    claims.set_claims(ClaimService(ui_ctx.ctx).all(), date(2026, 11, 25))
    qtmodeltester.check(claims)
    batches = BatchesModel()
    batches.set_batches(ImportService(ui_ctx.ctx).batches())
    qtmodeltester.check(batches)
    dialog = open_dialog(qtbot, ui_ctx, DATA / "bad_rows.csv")
    qtmodeltester.check(dialog.preview_model)
    qtmodeltester.check(dialog.rejections_model)


def test_the_lines_model_reads_pages_not_everything(ui_ctx, household) -> None:  # type: ignore[no-untyped-def]
    ImportService(ui_ctx.ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    model = LinesModel(ui_ctx.ctx)
    model.PAGE_SIZE = 3
    model.reload()

    assert model.rowCount() == 7
    assert model.loaded_pages() == 0
    assert model.index(4, LinesModel.PERSON).data()
    assert model.loaded_pages() == 1  # rows 3-5 only
