"""The import dialog on real bank exports: the bank is named, each line set aside says why, a file
with no health line says so, and the user's mutuelle name makes its lines health lines."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService
from ameli_desktop.services.statement_import import ProfileService
from ameli_desktop.ui.dialogs.import_statement import ImportDialog

BANKS = Path(__file__).resolve().parents[1] / "data" / "banks"


def _open(qtbot, ui_ctx, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(ui_ctx, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    return dialog


def _statuses(dialog: ImportDialog) -> dict[int, str]:
    model = dialog.preview_model
    return {model.file_line(r): model.data(model.index(r, 0)) for r in range(model.rowCount())}


def test_a_bank_export_is_named_and_every_line_says_why(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    PeopleService(ui_ctx.ctx).add(PersonDetails("Camille Durand"))
    dialog = _open(qtbot, ui_ctx, BANKS / "boursobank.csv")

    info = dialog.info_label.text()
    assert "Recognised: an export of BoursoBank (Boursorama)." in info
    assert "3 of its 11 transactions are health payments." in info
    statuses = _statuses(dialog)
    assert statuses[4] == "New (Assurance Maladie)"  # VIR SEPA CPAM PARIS
    assert statuses[6] == "New (mutuelle)"  # VIR INST ALAN SA
    assert statuses[5] == "Skipped: a payment to an insurer (premium)"
    assert statuses[7] == "Skipped: a person named like an insurer"  # M ALAN MARTIN
    assert statuses[3] == "Skipped: names no health payer"  # the pharmacy card payment
    assert dialog.insurers_row.isVisibleTo(dialog)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert dialog.result.imported == 3


def test_no_health_line_is_said_and_the_users_mutuelle_name_fixes_it(
    qtbot, ui_ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    PeopleService(ui_ctx.ctx).add(PersonDetails("Camille Durand"))
    path = tmp_path / "fortuneo-mars.csv"
    path.write_bytes(
        "Date opération;Date valeur;libellé;Débit;Crédit;\n"
        "03/03/2026;03/03/2026;VIR MUTUALIA GRAND OUEST 2026-0042;;12,5\n"
        "04/03/2026;04/03/2026;CARTE 03/03 PHARMACIE DE LA GARE;-9,9;\n"
        "05/03/2026;05/03/2026;VIR INST M ALAN MARTIN;;40\n".encode("latin-1")
    )
    dialog = _open(qtbot, ui_ctx, path)

    info = dialog.info_label.text()
    assert "Recognised: an export of Fortuneo." in info
    assert (
        "None of its 3 transactions is a health payment (2 name no health payer, 1 is from a "
        "person named like an insurer): nothing to import." in info
    )
    assert not dialog.import_button.isEnabled()

    dialog.insurers_edit.setText("Mutualia,  mutualia ")
    qtbot.mouseClick(dialog.insurers_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)

    assert ProfileService(ui_ctx.ctx).insurer_names() == ["Mutualia", "mutualia"]
    assert _statuses(dialog)[2] == "New (mutuelle)"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    totals = ReimbursementService(ui_ctx.ctx).totals(LineFilter())
    assert (totals.lines, totals.complementary_cents) == (1, 1250)


PDFS = Path(__file__).resolve().parents[1] / "data" / "ameli_pdf"


def _import(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)


def test_a_releve_pdf_is_previewed_imported_and_settled_by_the_bank(
    qtbot, ui_ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from ameli_desktop.ui.models.reimbursements import LinesModel

    PeopleService(ui_ctx.ctx).add(PersonDetails("Paul Lebrun", born=date(1985, 5, 12)))
    dialog = _open(qtbot, ui_ctx, PDFS / "releve_2025-01.pdf")

    info = dialog.info_label.text()
    assert "ameli’s monthly statement (relevé mensuel de remboursements), PDF." in info
    assert "CPAM de PARIS · LEBRUN PAUL · 01/01/2025 – 31/01/2025" in info
    assert "8 acts on 2 pages. 4 payments." in info
    assert "Sent to the complementary insurer: HARMONIE MUTUELLE." in info
    assert dialog.choices_box.combo_for("PAUL").currentText() == "Paul Lebrun"
    assert dialog.choices_box.hint_for("PAUL") == "Found by date of birth."
    assert not dialog.mapping_box.isVisibleTo(dialog)
    assert not dialog.encoding_combo.isEnabled()
    assert list(_statuses(dialog).values()) == ["New"] * 8
    _import(qtbot, dialog)
    assert dialog.result.imported == 8

    bank = tmp_path / "banque.csv"
    bank.write_text(
        "Date;Libellé;Débit;Crédit\n08/01/2025;VIR SEPA CPAM DE PARIS;;19,00\n", encoding="utf-8"
    )
    dialog = _open(qtbot, ui_ctx, bank)
    assert list(_statuses(dialog).values()) == ["New: a relevé’s payment, counted once"]
    _import(qtbot, dialog)
    assert dialog.result.payments_matched == 1

    model = LinesModel(ui_ctx.ctx)
    model.reload()
    assert model.rowCount() == 8  # the bank credit is the relevé's 07/01 payment, not a 9th line
    by_care = {model.data(model.index(r, LinesModel.DATE)): r for r in range(model.rowCount())}
    row = by_care["02/01/2025"]
    assert model.data(model.index(row, LinesModel.PAYMENT)) == "07/01/2025 ✓"
    assert "Received on your bank account on 08/01/2025" in model.data(
        model.index(row, LinesModel.PAYMENT), Qt.ItemDataRole.ToolTipRole
    )
    assert model.data(model.index(row, LinesModel.COMPLEMENTARY)) == "sent →"


@pytest.mark.parametrize(
    ("name", "kind", "acts"),
    [
        ("ameli_paiement_2018-10-19.pdf", "ameli’s detail of one payment", 1),
        ("releve_papier_2014-05.pdf", "ameli’s older paper statement", 3),
        ("mutuelle_2019-02.pdf", "A mutuelle’s statement", 3),
    ],
)
def test_each_kind_of_statement_pdf_through_the_dialog(
    qtbot, ui_ctx, name: str, kind: str, acts: int
) -> None:  # type: ignore[no-untyped-def]
    PeopleService(ui_ctx.ctx).add(PersonDetails("Someone Else"))
    dialog = _open(qtbot, ui_ctx, PDFS / name)
    assert kind in dialog.info_label.text()
    assert not dialog.mapping_box.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()  # "who is this?" waits for an answer
    for row in dialog.choices_box.rows:  # nobody in the household: a new person each
        row.combo.setCurrentIndex(row.combo.findData("new"))
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    _import(qtbot, dialog)
    assert dialog.result.imported == acts


def test_daily_allowances_are_shown_apart_in_the_preview(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    people = PeopleService(ui_ctx.ctx)
    for name, born in (("Claire Martin", date(1988, 3, 3)), ("Léa Martin", date(2015, 6, 14)),
                       ("Noé Martin", date(2018, 9, 2))):  # fmt: skip
        people.add(PersonDetails(name, born=born))
    dialog = _open(qtbot, ui_ctx, PDFS / "releve_2025-02_famille.pdf")

    assert "1 daily allowances (indemnités journalières), 361,44" in dialog.info_label.text()
    statuses = list(_statuses(dialog).values())
    assert statuses[-1] == "Daily allowance (indemnités journalières): kept apart from care"
    _import(qtbot, dialog)
    assert (dialog.result.imported, dialog.result.allowances) == (7, 1)
    assert ReimbursementService(ui_ctx.ctx).totals(LineFilter()).reimbursed_cents == 6100 + 5512


def test_a_pdf_table_is_mapped_in_the_dialog_and_its_profile_reads_the_next_one_unaided(
    qtbot, ui_ctx
) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.importers import Field

    PeopleService(ui_ctx.ctx).add(PersonDetails("Zoé Lebrun"))
    dialog = _open(qtbot, ui_ctx, PDFS / "tableau_inconnu_2025-03.pdf")
    assert "A PDF whose rows form a table" in dialog.info_label.text()
    assert dialog.mapping_box.isVisibleTo(dialog)
    assert dialog.profile_combo.isEnabled()
    assert not dialog.encoding_combo.isEnabled()
    assert not dialog.import_button.isEnabled()
    fields = [Field.CARE_DATE, Field.BENEFICIARY, Field.NATURE, Field.PAID, Field.REIMBURSED,
              Field.COMPLEMENTARY]  # fmt: skip
    dialog._building = True
    for combo, fld in zip(dialog.field_combos, fields, strict=True):
        combo.setCurrentIndex(combo.findData(fld.value))
    dialog._building = False
    dialog._mapping_changed()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    dialog.profile_name.setText("Tableau mutuelle")
    qtbot.mouseClick(dialog.save_profile_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert ProfileService(ui_ctx.ctx).get("Tableau mutuelle").name == "Tableau mutuelle"
    _import(qtbot, dialog)
    assert dialog.result.imported == 2

    again = _open(qtbot, ui_ctx, PDFS / "tableau_inconnu_2025-03.pdf")  # read unaided
    assert again.parsed is not None
    assert again.parsed.profile.name == "Tableau mutuelle"
    assert list(_statuses(again).values()) == ["Already stored"] * 2


def test_a_pdf_that_cannot_be_read_says_why_in_the_dialog(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ui_ctx, PDFS / "not_a_releve.pdf")
    assert "is a PDF but not an ameli statement" in dialog.info_label.text()
    assert not dialog.import_button.isEnabled()
    assert not dialog.mapping_box.isVisibleTo(dialog)
