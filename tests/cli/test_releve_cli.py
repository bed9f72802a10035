"""`ameli-desktop import` on statement PDFs (tests/data/ameli_pdf): ameli's, a mutuelle's, a
table mapped by a saved profile; refused files in one sentence, and JSON with --json."""

import json
from pathlib import Path

PDFS = Path(__file__).resolve().parents[1] / "data" / "ameli_pdf"


def test_import_a_releve_then_again(run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("people", "add", "--name", "Paul Lebrun", "--born", "1985-05-12")[0] == 0

    code, out, err = run_cli("import", str(PDFS / "releve_2025-01.pdf"), "--json")

    assert (code, err) == (0, "")
    result = json.loads(out)
    assert (result["imported"], result["duplicates"], result["layout"]) == (8, 0, "ameli-pdf")
    assert (result["document"], result["payments"], result["new_people"]) == (
        "ameli_monthly",
        4,
        [],
    )
    code, out, _ = run_cli("reimbursements", "summary", "--json")
    assert json.loads(out)["reimbursed_cents"] == 108827

    code, out, err = run_cli("import", str(PDFS / "releve_2025-01.pdf"), "--json")
    assert (code, json.loads(out)["imported"], json.loads(out)["duplicates"]) == (0, 0, 8)
    assert "was already imported" in err


def test_daily_allowances_are_listed_apart_and_never_in_the_summary(run_cli) -> None:  # type: ignore[no-untyped-def]
    for name, born in (("Claire Martin", "1988-03-03"), ("Léa Martin", "2015-06-14"),
                       ("Noé Martin", "2018-09-02")):  # fmt: skip
        assert run_cli("people", "add", "--name", name, "--born", born)[0] == 0
    code, out, _ = run_cli("import", str(PDFS / "releve_2025-02_famille.pdf"))
    assert code == 0
    assert "1 daily allowance (indemnités journalières) kept apart from care" in out

    code, out, _ = run_cli("reimbursements", "allowances", "--json")
    data = json.loads(out)
    assert data["total_cents"] == 36144
    [item] = data["allowances"]
    assert (item["person"], item["from"], item["to"], item["days"], item["daily_cents"]) == (
        "Claire Martin", "2025-02-10", "2025-02-21", 12, 3012,
    )  # fmt: skip
    summary = json.loads(run_cli("reimbursements", "summary", "--json")[1])
    assert summary["reimbursed_cents"] == 6100 + 5512  # care only, no 361,44
    assert summary["out_of_pocket_cents"] == sum(
        v["out_of_pocket_cents"] for v in summary["by_month"].values()
    )


def test_a_pdf_that_is_not_a_statement_is_one_sentence_and_exit_1(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli("import", str(PDFS / "not_a_releve.pdf"))

    assert (code, out) == (1, "")
    assert err.startswith("ameli-desktop: “not_a_releve.pdf” is a PDF but not an ameli statement")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_with_json_a_refused_file_still_prints_json_with_page_and_line(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests import ameli_pdf_factory as factory

    unbalanced = tmp_path / "desequilibre.pdf"
    unbalanced.write_bytes(factory.render(factory.unbalanced()))

    code, out, err = run_cli("import", str(unbalanced), "--json")

    assert code == 1
    data = json.loads(out)
    assert data == {
        "error": err.removeprefix("ameli-desktop: ").rstrip("\n"),
        "file": "desequilibre.pdf",
        "page": 1,
        "line": 29,
    }
    assert "the payment of 14/01/2025 is 31,32" in data["error"]
    code, out, _ = run_cli("import", str(PDFS / "not_a_releve.pdf"), "--json")
    assert json.loads(out)["file"] == "not_a_releve.pdf"
    assert "page" not in json.loads(out)


def test_a_damaged_pdf_is_refused(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cut = tmp_path / "releve-coupe.pdf"
    data = (PDFS / "releve_2025-01.pdf").read_bytes()
    cut.write_bytes(data[: len(data) // 2])

    code, out, err = run_cli("import", str(cut), "--json")

    assert code == 1
    assert "releve-coupe.pdf" in err
    assert "Traceback" not in err
    assert json.loads(out)["file"] == "releve-coupe.pdf"


def test_a_bank_export_after_the_releve_says_its_transfers_are_counted_once(
    run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("people", "add", "--name", "Paul Lebrun", "--born", "1985-05-12")[0] == 0
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
    assert "2 bank transfers are the payments of a statement: counted once." in out
    code, out, _ = run_cli("reimbursements", "summary", "--json")
    assert json.loads(out)["reimbursed_cents"] == 108827


def test_a_saved_profile_reads_a_pdf_table_unaided(run_cli, ctx) -> None:  # type: ignore[no-untyped-def]
    """tableau_inconnu's headers (Quand, Qui, Quoi, Combien, Rendu, Mutuelle) name nothing known:
    refused until mapped; a profile saved for them reads it with `--profile`."""
    from ameli_desktop.importers import Field, ProfileKind, user_profile
    from ameli_desktop.services.statement_import import ProfileService

    assert run_cli("people", "add", "--name", "Zoé Lebrun")[0] == 0
    code, _, err = run_cli("import", str(PDFS / "tableau_inconnu_2025-03.pdf"))
    assert code == 1
    assert "were not recognised" in err
    header = ["Quand", "Qui", "Quoi", "Combien", "Rendu", "Mutuelle"]
    fields = [Field.CARE_DATE, Field.BENEFICIARY, Field.NATURE, Field.PAID, Field.REIMBURSED,
              Field.COMPLEMENTARY]  # fmt: skip
    ProfileService(ctx).save(user_profile("Ma mutuelle PDF", ProfileKind.STATEMENT, header, fields))

    code, out, _ = run_cli(
        "import",
        str(PDFS / "tableau_inconnu_2025-03.pdf"),
        "--profile",
        "ma mutuelle pdf",
        "--json",
    )

    assert code == 0
    result = json.loads(out)
    assert (result["imported"], result["document"], result["layout"]) == (
        2,
        "table_pdf",
        "Ma mutuelle PDF",
    )
    summary = json.loads(run_cli("reimbursements", "summary", "--json")[1])
    assert (summary["paid_cents"], summary["complementary_cents"]) == (7240, 3404)


def test_an_insurer_name_is_kept_only_by_an_import_that_is_written(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("people", "add", "--name", "Camille Durand")[0] == 0
    bank = tmp_path / "banque.csv"
    bank.write_text(
        "Date;Libellé;Débit;Crédit\n03/03/2026;VIR MUTUALIA GRAND OUEST 42;;12,50\n"
        "04/03/2026;VIR CPAM PARIS;;1x,00\n",
        encoding="utf-8",
    )

    code, _, _ = run_cli("import", str(bank), "--insurer", "Mutualia", "--dry-run", "--skip-bad")
    assert code == 0
    code, _, err = run_cli("import", str(bank), "--insurer", "Mutualia")  # refused: a typo
    assert code == 1
    assert "cannot be read" in err
    code, out, _ = run_cli("import", str(bank), "--skip-bad", "--json")
    assert json.loads(out)["imported"] == 0  # the name was never kept: no mutuelle line
    code, out, _ = run_cli("import", str(bank), "--insurer", "Mutualia", "--skip-bad", "--json")
    assert json.loads(out)["imported"] == 1
    code, out, _ = run_cli("import", str(bank), "--skip-bad", "--json")
    assert json.loads(out)["duplicates"] == 1  # kept now: the line is read, and already stored
