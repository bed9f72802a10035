""" "Who is this?" in the import dialog, the values read beside the raw text, a bank account's
remembered person, Household > Merge people… and its undo, driven on real widgets with the
keyboard and the mouse, on real statement files (ameli's relevé prints "pour NOE né(e) le
02/09/2018", G1; a CSV "MARTIN Éloïse")."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.beneficiaries import BeneficiaryService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from ameli_desktop.ui import messages
from ameli_desktop.ui.dialogs.household import HouseholdDialog
from ameli_desktop.ui.dialogs.import_statement import ImportDialog
from ameli_desktop.ui.dialogs.merge_people import MergeDialog
from ameli_desktop.ui.dialogs.person import PersonDialog
from ameli_desktop.ui.models.statement_preview import PreviewModel
from tests.db_dump import dump

DATA = Path(__file__).resolve().parents[1] / "data"
FAMILY = DATA / "ameli_pdf" / "releve_2025-02_famille.pdf"
CSV = DATA / "ameli_2025-01.csv"


@pytest.fixture
def whitfields(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    people = PeopleService(ctx)
    return {
        "claire": people.add(PersonDetails("Claire Whitfield", date(1988, 3, 3))).id,
        "tom": people.add(PersonDetails("Tom Whitfield", date(1986, 7, 1))).id,
        "lea": people.add(PersonDetails("Léa Whitfield", date(2015, 6, 14))).id,
    }


def open_dialog(qtbot, ui_ctx, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(ui_ctx, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, dialog)
    return dialog


def wait_idle(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def pick_with_mouse(qtbot, combo: QComboBox, data: object) -> None:  # type: ignore[no-untyped-def]
    """Open the list with a click and click the item."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    rect = view.visualRect(combo.model().index(combo.findData(data), 0))
    qtbot.mouseMove(view.viewport(), rect.center())  # the item under the pointer is current
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=5_000)
    assert combo.currentData() == data


def lines_of(ctx, person_id: int) -> int:  # type: ignore[no-untyped-def]
    return ReimbursementService(ctx).count(LineFilter(person_id=person_id))


def test_who_is_this_answered_with_the_keyboard(qtbot, ui_ctx, whitfields) -> None:  # type: ignore[no-untyped-def]
    """CLAIRE and LEA are found by date of birth; NOE is nobody yet: Import waits until the
    user says who, typed from the keyboard: a new person, named as the user calls her."""
    dialog = open_dialog(qtbot, ui_ctx, FAMILY)
    choices = dialog.choices_box
    assert choices.combo_for("CLAIRE").currentText() == "Claire Whitfield"
    assert choices.hint_for("CLAIRE") == "Found by date of birth."
    assert choices.combo_for("LEA").currentData() == whitfields["lea"]
    assert choices.combo_for("NOE").currentText() == "Who is this?…"
    assert choices.hint_for("NOE") == "Not in the household: say who this is."
    assert not dialog.import_button.isEnabled()
    assert "Say who NOE is" in dialog.summary_label.text()
    before = dump(ui_ctx.ctx)

    combo = choices.combo_for("NOE")
    combo.setFocus()
    qtbot.keyClicks(combo, "A")  # "A new person"
    assert combo.currentText() == "A new person"
    wait_idle(qtbot, dialog)
    name = choices.new_name_for("NOE")
    assert name.isVisible()
    assert name.hasFocus()
    qtbot.keyClicks(name, "Noe Whitfield")
    qtbot.waitUntil(  # once the typing pauses, the preview says so
        lambda: "New household members: Noe Whitfield." in dialog.summary_label.text(),
        timeout=10_000,
    )
    wait_idle(qtbot, dialog)
    assert choices.hint_for("NOE") == "Added to the household as “Noe Whitfield”."
    assert dump(ui_ctx.ctx) == before  # nothing is written before Import
    assert dialog.import_button.isEnabled()
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)

    noe = PeopleService(ui_ctx.ctx).find("Noe Whitfield")
    assert noe.born == date(2018, 9, 2)
    assert lines_of(ui_ctx.ctx, noe.id) == 3
    assert lines_of(ui_ctx.ctx, whitfields["claire"]) == 3

    again = open_dialog(qtbot, ui_ctx, FAMILY)  # the answer is remembered
    assert again.choices_box.combo_for("NOE").currentData() == noe.id
    assert again.choices_box.hint_for("NOE") == "As you said before."
    assert again.choices_box.unanswered() == []


def test_who_is_this_answered_with_the_mouse_and_lines_left_out(qtbot, ui_ctx, whitfields) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ui_ctx, CSV)
    choices = dialog.choices_box
    assert choices.unanswered() == ["LEBRUN Paul", "LEBRUN Zoé", "MARTIN Éloïse"]

    pick_with_mouse(qtbot, choices.combo_for("MARTIN Éloïse"), whitfields["claire"])
    wait_idle(qtbot, dialog)
    assert choices.hint_for("MARTIN Éloïse") == "Your choice: kept for the next imports."
    pick_with_mouse(qtbot, choices.combo_for("LEBRUN Zoé"), "out")
    wait_idle(qtbot, dialog)
    assert choices.hint_for("LEBRUN Zoé") == "These lines are not imported."
    pick_with_mouse(qtbot, choices.combo_for("LEBRUN Paul"), whitfields["tom"])
    wait_idle(qtbot, dialog)

    statuses = {
        dialog.preview_model.file_line(r): dialog.preview_model.status_text(
            dialog.preview_model.file_line(r)
        )
        for r in range(dialog.preview_model.rowCount())
    }
    assert statuses[7] == statuses[8] == "Left out: not in the household"  # Zoé's two lines
    assert statuses[11] == "New"
    assert "2 lines left out (not in the household)." in dialog.summary_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)

    assert (dialog.result.imported, dialog.result.left_out) == (5, 2)
    assert lines_of(ui_ctx.ctx, whitfields["claire"]) == 1
    assert lines_of(ui_ctx.ctx, whitfields["tom"]) == 4
    assert len(PeopleService(ui_ctx.ctx).all()) == 3  # no stranger in the household

    # The next file spells them otherwise ("Éloïse MARTIN", "Zoé LEBRUN"): nothing to ask.
    again = open_dialog(qtbot, ui_ctx, DATA / "ameli_2025-01-02_cp1252.csv")
    assert again.choices_box.combo_for("Éloïse MARTIN").currentData() == whitfields["claire"]
    assert again.choices_box.combo_for("Zoé LEBRUN").currentData() == "out"
    assert again.choices_box.hint_for("Zoé LEBRUN") == "As you said before: not imported."
    assert again.import_button.isEnabled()


def test_cancelling_writes_nothing(qtbot, ui_ctx, whitfields) -> None:  # type: ignore[no-untyped-def]
    before = dump(ui_ctx.ctx)
    dialog = open_dialog(qtbot, ui_ctx, CSV)
    for name in ("LEBRUN Paul", "LEBRUN Zoé", "MARTIN Éloïse"):
        combo = dialog.choices_box.combo_for(name)
        combo.setCurrentIndex(combo.findData(whitfields["tom"]))
        wait_idle(qtbot, dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dump(ui_ctx.ctx) == before
    assert BeneficiaryService(ui_ctx.ctx).aliases() == []


def test_a_new_persons_name_someone_has_is_said_and_blocks_import(
    qtbot, ui_ctx, whitfields
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ui_ctx, FAMILY)
    combo = dialog.choices_box.combo_for("NOE")
    combo.setCurrentIndex(combo.findData("new"))
    wait_idle(qtbot, dialog)
    qtbot.keyClicks(dialog.choices_box.new_name_for("NOE"), "tom whitfield")
    qtbot.waitUntil(
        lambda: (
            dialog.choices_box.hint_for("NOE")
            == "Someone in the household has this name: choose them instead."
        ),
        timeout=10_000,
    )
    wait_idle(qtbot, dialog)
    assert not dialog.import_button.isEnabled()


def test_the_preview_shows_the_values_read_beside_the_raw_text(qtbot, ui_ctx, whitfields) -> None:  # type: ignore[no-untyped-def]
    """ "13/01/25" read as 13/01/2025, "1 234,56" as 1 234,56 €; a bank credit with its sign."""
    dialog = open_dialog(qtbot, ui_ctx, DATA / "ameli_2025-01-02_cp1252.csv")
    model = dialog.preview_model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[:5] == [
        "Import?",
        "Date read",
        "Amount read",
        "Date de soins",
        "Date du paiement",
    ]
    row = next(r for r in range(model.rowCount()) if model.file_line(r) == 5)
    cells = [model.index(row, c).data() for c in range(6)]
    assert cells[1:4] == [
        "27/01/2025",
        "paid 1\u202f234,56\xa0€ · reimbursed 987,65\xa0€",  # French spaces (QLocale)
        "27/01/25",
    ]

    family = open_dialog(qtbot, ui_ctx, FAMILY)
    model = family.preview_model
    row = next(r for r in range(model.rowCount()) if model.file_line(r) == 17)
    amounts = model.index(row, PreviewModel.AMOUNT_READ)
    assert amounts.data() == "paid 30,00\xa0€ · reimbursed 19,00\xa0€"
    assert amounts.data(Qt.ItemDataRole.ToolTipRole) == (
        "paid 30,00\xa0€\nreimbursed 19,00\xa0€\nwithheld 2,00\xa0€"
    )
    allowance = next(r for r in range(model.rowCount()) if model.file_line(r) == 44)
    assert model.index(allowance, PreviewModel.DATE_READ).data() == "10/02/2025 – 21/02/2025"

    bank = open_dialog(qtbot, ui_ctx, DATA / "bank_2025-02_latin9.csv")
    model = bank.preview_model
    read = {model.index(r, PreviewModel.AMOUNT_READ).data() for r in range(model.rowCount())}
    assert {"+19,00\xa0€", "-4,00\xa0€"} <= read


def test_a_bank_account_preselects_whom_its_lines_were_for(qtbot, ui_ctx, whitfields) -> None:  # type: ignore[no-untyped-def]
    banks = DATA / "banks"
    first = open_dialog(qtbot, ui_ctx, banks / "bnp_paribas.csv")
    assert first.people_row.isVisible()
    assert first.person_combo.currentData() is None
    first.person_combo.setCurrentIndex(first.person_combo.findData(whitfields["tom"]))
    wait_idle(qtbot, first)
    qtbot.mouseClick(first.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.result is not None, timeout=10_000)

    second = open_dialog(qtbot, ui_ctx, banks / "bnp_paribas_next.csv")

    assert second.person_combo.currentData() == whitfields["tom"]
    assert second.person_hint.text() == (
        "As for the last import from BNP Paribas / Hello bank ****4821."
    )
    other = open_dialog(qtbot, ui_ctx, banks / "hello_bank.csv")  # another account
    assert other.person_combo.currentData() is None


def stranger_with_a_line(ctx) -> int:  # type: ignore[no-untyped-def]
    """The command line made "MARTIN Éloïse" a member (DESIGN.md 7)."""
    ImportService(ctx).import_file(CSV, ImportOptions())
    return PeopleService(ctx).find("MARTIN Éloïse").id


def test_merge_people_from_the_household_menu_then_undo(
    main_window, qtbot, monkeypatch, whitfields
) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    stranger = stranger_with_a_line(ctx)
    before = dump(ctx)
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MergeDialog)
        try:
            use(dialog)
        finally:  # a failed check must not leave the modal dialog open
            qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
            dialog.close_button.click()

    def use(dialog: MergeDialog) -> None:
        assert not dialog.merge_button.isEnabled()
        assert not dialog.undo_button.isVisible()  # nothing to undo yet
        pick_with_mouse(qtbot, dialog.source_combo, stranger)
        pick_with_mouse(qtbot, dialog.target_combo, whitfields["claire"])
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        seen.append(dialog.what_label.text())
        assert dump(ctx) == before  # the preview changed nothing
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy and dialog.result is not None, timeout=10_000)
        seen.append(dialog.what_label.text())
        assert dialog.undo_button.isVisible()
        assert "before-merge" in dialog.undo_note.text()
        assert "MARTIN Éloïse" not in [p.name for p in PeopleService(ctx).all()]
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.what_label.text())

    QTimer.singleShot(0, drive)
    main_window.merge_people_action.trigger()

    preview, merged, undone = seen
    assert preview.startswith("Would move onto Claire Whitfield: 1 reimbursement lines.")
    assert "From now on, “MARTIN Éloïse” in a statement is Claire Whitfield." in preview
    assert merged.startswith("Merged MARTIN Éloïse into Claire Whitfield.")
    assert "Backup taken before: ameli-" in merged
    assert undone == "Merge undone: MARTIN Éloïse is back, as before."
    assert dump(ctx) == before  # the backup put everything back
    assert main_window.statusBar().currentMessage().startswith("Merge undone: restored ameli-")


def test_merge_from_the_household_dialog_moves_the_lines(
    ui_ctx, qtbot, monkeypatch, whitfields
) -> None:  # type: ignore[no-untyped-def]
    stranger = stranger_with_a_line(ui_ctx.ctx)
    household = HouseholdDialog(ui_ctx)
    qtbot.addWidget(household)
    household.table.selectRow(household.model.row_of(stranger))

    def merge_into_claire(ui, source, target, parent):  # type: ignore[no-untyped-def]
        assert (source, target) == (stranger, None)
        dialog = MergeDialog(ui, source, target, parent)
        qtbot.addWidget(dialog)
        assert dialog.source_combo.currentData() == stranger
        dialog.target_combo.setFocus()
        qtbot.keyClicks(dialog.target_combo, "C")  # Claire Whitfield
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
        return dialog.result

    monkeypatch.setattr(MergeDialog, "run", staticmethod(merge_into_claire))
    qtbot.mouseClick(household.merge_button, Qt.MouseButton.LeftButton)

    assert lines_of(ui_ctx.ctx, whitfields["claire"]) == 1
    assert "MARTIN Éloïse" not in [p.name for p in PeopleService(ui_ctx.ctx).all()]
    assert household.selected().id == whitfields["claire"]


@pytest.mark.parametrize("answer", [False, True])
def test_renaming_to_a_members_name_offers_to_merge(
    ui_ctx, qtbot, monkeypatch, whitfields, answer: bool
) -> None:  # type: ignore[no-untyped-def]
    """Renaming "MARTIN Éloïse" to "Claire Whitfield" was refused; now it asks whether they are
    one person, and merges them (through the merge dialog) when they are."""
    stranger = stranger_with_a_line(ui_ctx.ctx)
    questions: list[str] = []
    monkeypatch.setattr(
        messages,
        "confirm",
        lambda _p, _t, text, destructive=False: questions.append(text) or answer,
    )

    def merge(ui, source, target, parent):  # type: ignore[no-untyped-def]
        dialog = MergeDialog(ui, source, target, parent)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
        return dialog.result

    monkeypatch.setattr(MergeDialog, "run", staticmethod(merge))
    dialog = PersonDialog(ui_ctx, PeopleService(ui_ctx.ctx).get(stranger))
    qtbot.addWidget(dialog)
    dialog.name.setText("claire whitfield")
    dialog.save()

    assert questions == [
        "Claire Whitfield is already in the household. Are MARTIN Éloïse and Claire Whitfield "
        "one person? Then merge them: everything of MARTIN Éloïse moves onto Claire Whitfield "
        "(a backup is taken first)."
    ]
    names = [p.name for p in PeopleService(ui_ctx.ctx).all()]
    if answer:
        assert "MARTIN Éloïse" not in names
        assert dialog.saved.id == whitfields["claire"]
        assert lines_of(ui_ctx.ctx, whitfields["claire"]) == 1
    else:
        assert "MARTIN Éloïse" in names
        assert dialog.errors.is_marked("name")
        assert "merge them" in dialog.errors.fields["name"][1].text()
