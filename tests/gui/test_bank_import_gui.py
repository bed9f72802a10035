"""The import dialog on real bank exports: the bank is named, each line set aside says why, a file
with no health line says so, and the user's mutuelle name makes its lines health lines."""

from pathlib import Path

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


def test_a_releve_pdf_is_previewed_imported_and_settled_by_the_bank(
    qtbot, ui_ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.models.reimbursements import LinesModel

    PeopleService(ui_ctx.ctx).add(PersonDetails("Paul Lebrun"))
    dialog = _open(qtbot, ui_ctx, PDFS / "releve_2025-01.pdf")

    info = dialog.info_label.text()
    assert "ameli’s monthly statement (relevé mensuel de remboursements), PDF." in info
    assert "Paul LEBRUN · 01/01/2025 – 31/01/2025" in info
    assert "8 acts on 2 pages." in info
    assert not dialog.mapping_box.isVisibleTo(dialog)
    assert not dialog.encoding_combo.isEnabled()
    assert list(_statuses(dialog).values()) == ["New"] * 8
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert dialog.result.imported == 8

    bank = tmp_path / "banque.csv"
    bank.write_text(
        "Date;Libellé;Débit;Crédit\n08/01/2025;VIR SEPA CPAM DE PARIS;;19,00\n", encoding="utf-8"
    )
    dialog = _open(qtbot, ui_ctx, bank)
    assert list(_statuses(dialog).values()) == ["New: a relevé’s payment, counted once"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
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
    assert "transmis à votre complémentaire" in model.data(
        model.index(row, LinesModel.COMPLEMENTARY), Qt.ItemDataRole.ToolTipRole
    )
    assert model.data(model.index(row, LinesModel.COMPLEMENTARY)) == "sent →"


def test_a_pdf_that_cannot_be_read_says_why_in_the_dialog(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ui_ctx, PDFS / "not_a_releve.pdf")
    assert "is a PDF but not an ameli monthly statement" in dialog.info_label.text()
    assert not dialog.import_button.isEnabled()
    assert not dialog.mapping_box.isVisibleTo(dialog)
