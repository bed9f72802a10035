"""`import --as` ("who is this?" on the command line) and `people merge`, on real statement files:
ameli's relevé names "pour CLAIRE né(e) le 03/03/1988" (G1), a CSV "MARTIN Éloïse"."""

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
FAMILY = DATA / "ameli_pdf" / "releve_2025-02_famille.pdf"
CSV = DATA / "ameli_2025-01.csv"


def add_whitfields(run_cli) -> None:  # type: ignore[no-untyped-def]
    for name, born in (("Claire Whitfield", "1988-03-03"), ("Tom Whitfield", "1986-07-01"),
                       ("Léa Whitfield", "2015-06-14")):  # fmt: skip
        assert run_cli("people", "add", "--name", name, "--born", born)[0] == 0
    assert run_cli("people", "add", "--name", "Noé Whitfield")[0] == 0


def people(run_cli) -> list[str]:  # type: ignore[no-untyped-def]
    return [p["name"] for p in json.loads(run_cli("people", "list", "--json")[1])]


def test_a_releve_spelling_first_names_finds_the_household(run_cli) -> None:  # type: ignore[no-untyped-def]
    add_whitfields(run_cli)

    code, out, err = run_cli("import", str(FAMILY))

    assert (code, err) == (0, "")
    assert "  CLAIRE (03/03/1988), 4 lines -> Claire Whitfield (by date of birth)" in out
    assert "  NOE (02/09/2018), 3 lines -> Noé Whitfield (by name)" in out
    assert "Added to the household" not in out
    assert len(people(run_cli)) == 4


def test_as_says_who_a_name_is_and_later_imports_remember(run_cli) -> None:  # type: ignore[no-untyped-def]
    add_whitfields(run_cli)

    code, out, err = run_cli(
        "import", str(CSV), "--json",
        "--as", "MARTIN Éloïse=Claire",
        "--as", "zoé lebrun=",
        "--as", "LEBRUN Paul=+Paul Lebrun",
    )  # fmt: skip

    assert (code, err) == (0, "")
    result = json.loads(out)
    assert (result["imported"], result["left_out"], result["new_people"]) == (5, 2, ["Paul Lebrun"])
    assert {b["name"]: (b["action"], b["person"], b["by"]) for b in result["beneficiaries"]} == {
        "MARTIN Éloïse": ("member", "Claire Whitfield", "chosen"),
        "LEBRUN Zoé": ("out", None, "chosen"),
        "LEBRUN Paul": ("new", "Paul Lebrun", "chosen"),
    }
    code, out, _ = run_cli("import", str(DATA / "ameli_2025-01-02_cp1252.csv"))
    assert code == 0
    assert "  Éloïse MARTIN, 1 line -> Claire Whitfield (as you said before)" in out
    assert "  Zoé LEBRUN, 2 lines -> left out (as you said before)" in out
    assert "  Paul LEBRUN, 5 lines -> Paul Lebrun (by name)" in out
    assert "Added to the household" not in out


def test_without_as_an_unknown_name_becomes_a_member_listed_in_the_output(run_cli) -> None:  # type: ignore[no-untyped-def]
    """DESIGN.md 7: kept for scripts; the output says who was added and why."""
    add_whitfields(run_cli)
    code, out, _ = run_cli("import", str(CSV))
    assert code == 0
    assert "  MARTIN Éloïse, 1 line -> a new member, “MARTIN Éloïse”" in out
    assert "Added to the household: LEBRUN Paul, LEBRUN Zoé, MARTIN Éloïse." in out


def test_as_naming_nobody_in_the_file_is_one_sentence_and_nothing_written(run_cli) -> None:  # type: ignore[no-untyped-def]
    add_whitfields(run_cli)
    code, _, err = run_cli("import", str(CSV), "--as", "CLAIRE MARTIN=Claire")
    assert code == 1
    assert err == (
        "ameli-desktop: ameli_2025-01.csv names no beneficiary “CLAIRE MARTIN” (it names: "
        "LEBRUN Paul, LEBRUN Zoé, MARTIN Éloïse).\n"
    )
    code, _, err = run_cli("import", str(CSV), "--as", "MARTIN Éloïse")
    assert code == 1
    assert "--as “MARTIN Éloïse” says nobody: write it NAME IN FILE=Member" in err
    code, _, err = run_cli("import", str(CSV), "--as", "MARTIN Éloïse=Nobody")
    assert code == 1
    assert "Nobody called “Nobody” in the household" in err
    assert len(people(run_cli)) == 4
    assert json.loads(run_cli("reimbursements", "imports", "--json")[1]) == []


def test_a_bank_account_remembers_whom_its_lines_were_for(run_cli) -> None:  # type: ignore[no-untyped-def]
    add_whitfields(run_cli)
    banks = DATA / "banks"
    code, _, err = run_cli("import", str(banks / "bnp_paribas.csv"))
    assert code == 1
    assert "name no beneficiary" in err
    assert run_cli("import", str(banks / "bnp_paribas.csv"), "--person", "Tom")[0] == 0

    code, out, _ = run_cli("import", str(banks / "bnp_paribas_next.csv"))

    assert code == 0
    assert (
        "Lines without a beneficiary: for Tom Whitfield (as for the last import from this "
        "account)." in out
    )


def test_people_merge_moves_everything_and_says_how_to_undo(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    add_whitfields(run_cli)
    run_cli("import", str(CSV))  # MARTIN Éloïse becomes a member
    before = people(run_cli)

    code, out, _ = run_cli(
        "people", "merge", "--from", "MARTIN Éloïse", "--into", "Claire", "--dry-run"
    )
    assert code == 0
    assert out.startswith("Would merge MARTIN Éloïse into Claire Whitfield: 1 reimbursement")
    assert people(run_cli) == before

    code, out, err = run_cli("people", "merge", "--from", "MARTIN Éloïse", "--into", "Claire")

    assert (code, err) == (0, "")
    assert "Merged MARTIN Éloïse into Claire Whitfield: 1 reimbursement lines." in out
    assert "“MARTIN Éloïse” in a statement is Claire Whitfield from now on." in out
    assert "MARTIN Éloïse" not in people(run_cli)
    code, out, _ = run_cli("import", str(DATA / "ameli_2025-01-02_cp1252.csv"))
    assert "  Éloïse MARTIN, 1 line -> Claire Whitfield (as you said before)" in out

    backup = re.search(r"To undo: ameli-desktop restore (\S+)", _merge_again(run_cli)).group(1)  # type: ignore[union-attr]
    assert Path(backup).parent == data_dir / "backups"
    assert run_cli("restore", backup)[0] == 0
    assert "LEBRUN Zoé" in people(run_cli)


def _merge_again(run_cli) -> str:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("people", "merge", "--from", "LEBRUN Zoé", "--into", "Léa", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["moved"] == {"reimbursement_line": 4}  # January and February
    assert data["into"]["name"] == "Léa Whitfield"
    return f"To undo: ameli-desktop restore {data['backup']}"


def test_renaming_someone_to_another_members_name_points_at_merge(run_cli) -> None:  # type: ignore[no-untyped-def]
    add_whitfields(run_cli)
    run_cli("people", "add", "--name", "CLAIRE MARTIN")
    code, _, err = run_cli("people", "edit", "CLAIRE MARTIN", "--name", "Claire Whitfield")
    assert code == 1
    assert 'people merge --from "CLAIRE MARTIN" --into "Claire Whitfield"' in err
    code, _, _ = run_cli("people", "edit", "CLAIRE MARTIN", "--name", "Claire Martin")
    assert code == 0
    assert "Claire Martin" in people(run_cli)
