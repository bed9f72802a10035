"""`ameli-desktop import` on ameli's relevé PDFs (tests/data/ameli_pdf)."""

import json
from pathlib import Path

PDFS = Path(__file__).resolve().parents[1] / "data" / "ameli_pdf"


def test_import_a_releve_then_again(run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("people", "add", "--name", "Paul Lebrun")[0] == 0

    code, out, err = run_cli("import", str(PDFS / "releve_2025-01.pdf"), "--json")

    assert (code, err) == (0, "")
    result = json.loads(out)
    assert (result["imported"], result["duplicates"], result["layout"]) == (8, 0, "ameli-pdf")
    code, out, _ = run_cli("reimbursements", "summary", "--json")
    assert json.loads(out)["reimbursed_cents"] == 108827

    code, out, err = run_cli("import", str(PDFS / "releve_2025-01.pdf"), "--json")
    assert (code, json.loads(out)["imported"], json.loads(out)["duplicates"]) == (0, 0, 8)
    assert "was already imported" in err


def test_a_pdf_that_is_not_a_releve_is_one_sentence_and_exit_1(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli("import", str(PDFS / "not_a_releve.pdf"))

    assert (code, out) == (1, "")
    assert err.startswith("ameli-desktop: ")
    assert "not_a_releve.pdf" in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_a_damaged_pdf_is_refused(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cut = tmp_path / "releve-coupe.pdf"
    data = (PDFS / "releve_2025-01.pdf").read_bytes()
    cut.write_bytes(data[: len(data) // 2])

    code, _, err = run_cli("import", str(cut), "--json")

    assert code == 1
    assert "releve-coupe.pdf" in err
    assert "Traceback" not in err


def test_a_bank_export_after_the_releve_says_its_transfers_are_counted_once(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("people", "add", "--name", "Paul Lebrun")[0] == 0
    assert run_cli("import", str(PDFS / "releve_2025-01.pdf"))[0] == 0
    bank = tmp_path / "banque.csv"
    bank.write_text(
        "Date;Libellé;Débit;Crédit\n"
        "08/01/2025;VIR SEPA CPAM DE PARIS;;19,00\n"
        "15/01/2025;VIR SEPA CPAM DE PARIS;;31,31\n",
        encoding="utf-8",
    )

    code, out, _ = run_cli("import", str(bank))

    assert code == 0
    assert "2 bank transfers are the payments of a relevé: counted once." in out
    code, out, _ = run_cli("reimbursements", "summary", "--json")
    assert json.loads(out)["reimbursed_cents"] == 108827
