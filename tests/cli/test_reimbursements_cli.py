"""The CLI of DESIGN.md 7: import, reimbursements summary, export pdf reimbursements, claims."""

import json
from pathlib import Path

from pypdf import PdfReader

from tests.db_dump import dump

DATA = Path(__file__).resolve().parents[1] / "data"


def setup_household(run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("people", "add", "--name", "Paul Lebrun")[0] == 0
    assert run_cli("people", "add", "--name", "Zoé Lebrun")[0] == 0


def test_import_json_then_reimport_adds_nothing(run_cli) -> None:  # type: ignore[no-untyped-def]
    setup_household(run_cli)

    code, out, err = run_cli("import", str(DATA / "ameli_2025-01.csv"), "--json")

    assert (code, err) == (0, "")
    result = json.loads(out)
    assert {k: result[k] for k in ("imported", "duplicates", "rejected", "batch")} == {
        "imported": 7,
        "duplicates": 0,
        "rejected": [],
        "batch": 1,
    }
    assert result["new_people"] == ["MARTIN Éloïse"]

    code, out, err = run_cli("import", str(DATA / "ameli_2025-01.csv"), "--json")

    assert code == 0
    assert json.loads(out)["imported"] == 0
    assert json.loads(out)["duplicates"] == 7
    assert "was already imported on 25/11/2026 (import 1)" in err


def test_rejected_rows_exit_1_and_write_nothing(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    setup_household(run_cli)
    db = data_dir / "ameli.db"
    before = dump(db)

    code, out, err = run_cli("import", str(DATA / "bad_rows.csv"), "--json")

    assert code == 1
    result = json.loads(out)
    assert result["batch"] is None
    assert result["rejected"][0] == {
        "line": 3,
        "column": "Date des soins",
        "value": "31/02/2025",
        "reason": "“31/02/2025” is not a real date when read as day/month/year (like the rest "
        "of the column).",
    }
    assert len(result["rejected"]) == 7
    assert "nothing was imported" in err
    assert dump(db) == before

    code, out, _ = run_cli("import", str(DATA / "bad_rows.csv"), "--skip-bad", "--json")

    assert code == 0
    assert json.loads(out)["imported"] == 3


def test_a_bank_export_needs_no_person_and_the_profile_option(run_cli) -> None:  # type: ignore[no-untyped-def]
    """Issue 19: a bank export's lines are the household's (no --person); issue 16: re-importing
    it with a person adds nothing."""
    setup_household(run_cli)
    code, out, _ = run_cli("import", str(DATA / "bank_2025-02_latin9.csv"), "--json")
    assert code == 0
    assert json.loads(out)["imported"] == 6

    code, out, _ = run_cli(
        "import",
        str(DATA / "bank_2025-02_latin9.csv"),
        "--person",
        "LEBRUN paul",
        "--profile",
        "bank",
        "--encoding",
        "iso8859-15",
        "--json",
    )

    assert code == 0
    assert (json.loads(out)["imported"], json.loads(out)["duplicates"]) == (0, 6)
    code, _, err = run_cli("import", str(DATA / "ameli_2025-01.csv"), "--profile", "nope")
    assert code == 1
    assert "There is no import profile “nope”" in err


def test_dry_run(run_cli) -> None:  # type: ignore[no-untyped-def]
    setup_household(run_cli)

    code, out, _ = run_cli("import", str(DATA / "ameli_2025-01.csv"), "--dry-run")

    assert code == 0
    assert out.startswith("Would import 7 lines (0 already stored)")
    assert "Would add to the household: MARTIN Éloïse." in out
    code, out, _ = run_cli("reimbursements", "summary", "--json")
    assert json.loads(out)["lines"] == 0


def test_summary_json(run_cli) -> None:  # type: ignore[no-untyped-def]
    """Paul in January 2025, from his four acts: 30 + 21,50 + 21,50 + 1 234,56 = 1 307,56 € paid;
    the Assurance Maladie's part before anything withheld (issue 19's ``amo``): 21,00 + 9,68 +
    9,68 + 987,65 = 1 028,01 €, of which 2,00 € withheld (the consultation's participation)."""
    setup_household(run_cli)
    run_cli("import", str(DATA / "ameli_2025-01.csv"))

    code, out, _ = run_cli(
        "reimbursements", "summary", "--year", "2025", "--person", "paul lebrun", "--json"
    )

    assert code == 0
    summary = json.loads(out)
    assert {k: summary[k] for k in ("lines", "paid_cents", "reimbursed_cents")} == {
        "lines": 4,
        "paid_cents": 130756,
        "reimbursed_cents": 102801,
    }
    assert (summary["complementary_cents"], summary["deductions_cents"]) == (0, 200)
    assert summary["out_of_pocket_cents"] == 130756 - 102801 + 200
    assert list(summary["by_month"]) == ["2025-01"]
    assert summary["by_month"]["2025-01"]["lines"] == 4
    assert summary["by_nature"]["Kinésithérapie"]["paid_cents"] == 4300


def test_export_pdf_reimbursements(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    setup_household(run_cli)
    run_cli("import", str(DATA / "ameli_2025-01.csv"))
    target = tmp_path / "résumé.pdf"

    code, out, _ = run_cli(
        "export", "pdf", "reimbursements", "-o", str(target), "--year", "2025", "--json"
    )

    assert code == 0
    assert json.loads(out) == {"pdf": str(target), "kind": "reimbursements"}
    text = PdfReader(target).pages[0].extract_text()
    assert "Year 2025" in text
    assert "1\u202f429,64" in text


def test_imports_and_undo(run_cli) -> None:  # type: ignore[no-untyped-def]
    setup_household(run_cli)
    run_cli("import", str(DATA / "ameli_2025-01.csv"))
    run_cli("import", str(DATA / "ameli_2025-01-02_cp1252.csv"))

    code, out, _ = run_cli("reimbursements", "imports", "--json")
    assert [b["imported"] for b in json.loads(out)] == [4, 7]
    code, out, _ = run_cli("reimbursements", "undo", "2", "--json")
    assert json.loads(out) == {"undone": 2, "removed": 4}
    _, out, _ = run_cli("reimbursements", "list", "--json")
    assert len(json.loads(out)) == 7
    code, _, err = run_cli("reimbursements", "undo", "2")
    assert code == 1
    assert "no import with id 2" in err


def test_claims_cli(run_cli) -> None:  # type: ignore[no-untyped-def]
    setup_household(run_cli)
    code, out, _ = run_cli(
        "claims", "add", "--person", "Zoé Lebrun", "--sent", "2025-02-26",
        "--expected-by", "2025-03-26", "--care-date", "2025-02-24", "--amount", "18,90", "--json",
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["status"] == "open"
    _, out, _ = run_cli("claims", "list", "--json")
    assert json.loads(out)[0]["overdue"] is True

    _, out, _ = run_cli("import", str(DATA / "ameli_2025-01-02_cp1252.csv"), "--json")

    assert json.loads(out)["settled_claims"] == [1]
    _, out, _ = run_cli("claims", "list", "--open", "--json")
    assert json.loads(out) == []
