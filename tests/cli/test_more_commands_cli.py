"""The ten commands no test ran (issue 17, item 8), their text and JSON output, and how the
command line prints what files bring: birth dates, control characters (item 6)."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., tuple[int, str, str]]
DATA = Path(__file__).resolve().parents[1] / "data"


def ok(run_cli: Cli, *args: str) -> str:
    code, out, err = run_cli(*args)
    assert (code, err) == (0, ""), (args, err)
    return out


def refused(run_cli: Cli, *args: str) -> str:
    """Exit 1, one sentence on stderr, nothing on stdout (without --json)."""
    code, out, err = run_cli(*args)
    assert code == 1, (args, out)
    assert out == ""
    (line,) = err.splitlines()
    assert line.startswith("ameli-desktop: ")
    return line.removeprefix("ameli-desktop: ")


@pytest.fixture
def family(run_cli: Cli) -> Cli:
    ok(run_cli, "people", "add", "--name", "Zoé Lebrun", "--born", "1986-07-14")
    ok(run_cli, "people", "add", "--name", "Léo Lebrun", "--born", "2014-12-20", "--role", "child")
    return run_cli


# ------------------------------------------------------------------ people
def test_people_list_prints_each_birth_date(family: Cli) -> None:
    """It printed "<10" (a date formatted with a width) instead of the date."""
    out = ok(family, "people", "list")
    assert out.splitlines() == [
        "  2  Léo Lebrun                   child    2014-12-20   passport: not given",
        "  1  Zoé Lebrun                   holder   1986-07-14   passport: not given",
    ]
    assert "<10" not in out


def test_people_edit_changes_only_what_is_given(family: Cli) -> None:
    assert ok(family, "people", "edit", "zoe", "--name", "Zoé Martin", "--role", "partner") == (
        "Updated Zoé Martin.\n"
    )
    edited = json.loads(ok(family, "people", "edit", "MARTIN zoé", "--s1", "--json"))
    assert edited == {
        "id": 1,
        "name": "Zoé Martin",
        "born": "1986-07-14",
        "role": "partner",
        "nir": None,
        "s1": True,
        "nationality": "unknown",
    }
    assert json.loads(ok(family, "people", "edit", "zoé", "--no-s1", "--json"))["s1"] is False
    assert "Nobody called" in refused(family, "people", "edit", "Paul", "--name", "Pierre")
    assert "already" in refused(family, "people", "edit", "zoé", "--name", "Léo Lebrun")
    assert "NIR" in refused(family, "people", "edit", "zoé", "--nir", "123")


# ------------------------------------------------------------------ claims
def test_claims_close_closes_reopens_and_cancels(family: Cli) -> None:
    ok(family, "claims", "add", "--person", "Zoé", "--sent", "2026-09-01", "--amount", "30,00")
    assert ok(family, "claims", "close", "1") == "Claim 1 is closed.\n"
    closed = json.loads(ok(family, "claims", "list", "--json"))
    assert [(c["status"], c["closed_on"]) for c in closed] == [("closed", "2026-11-25")]
    reopened = json.loads(ok(family, "claims", "close", "1", "--status", "open", "--json"))
    assert (reopened["status"], reopened["closed_on"]) == ("open", None)
    assert ok(family, "claims", "close", "1", "--status", "cancelled") == (
        "Claim 1 is cancelled.\n"
    )
    assert refused(family, "claims", "close", "9") == "There is no claim with id 9."


# ------------------------------------------------------------------ vitale
def test_vitale_serial_is_saved_on_the_current_card(family: Cli) -> None:
    assert ok(family, "vitale", "serial", "--person", "Zoé", "--serial", "123456789012") == (
        "Saved Zoé Lebrun's card serial.\n"
    )
    zoe = next(
        v for v in json.loads(ok(family, "vitale", "list", "--json")) if "Zoé" in v["person"]
    )
    assert (zoe["card"]["serial"], zoe["card"]["status"]) == ("123456789012", "active")
    assert "Nobody called" in refused(family, "vitale", "serial", "--person", "X", "--serial", "1")


def test_vitale_checklist_in_text_and_json(run_cli: Cli) -> None:
    items = json.loads(ok(run_cli, "vitale", "checklist", "--json"))
    assert items[0].startswith("An identity photo, 35 x 45 mm")
    assert ok(run_cli, "vitale", "checklist") == "".join(f"- {item}\n" for item in items)


# ------------------------------------------------------------------ CEAM
def test_ceam_list_shows_everyone_with_their_state(family: Cli) -> None:
    ok(family, "people", "edit", "Léo", "--s1")
    ok(family, "ceam", "set", "--person", "Zoé", "--issued", "2025-06-01")
    assert ok(family, "ceam", "list").splitlines() == [
        "Léo Lebrun                   not_eligible_s1  ",
        "Zoé Lebrun                   valid            01/06/2027",
    ]
    zoe = json.loads(ok(family, "ceam", "list", "--person", "Zoé", "--json"))
    assert [(c["person"], c["valid_until"], c["days_remaining"]) for c in zoe] == [
        ("Zoé Lebrun", "2027-06-01", 188)
    ]


def test_ceam_provisional_lasts_three_months_unless_told(family: Cli) -> None:
    assert ok(family, "ceam", "provisional", "--person", "Léo", "--start", "2026-11-20") == (
        "Provisional certificate for Léo Lebrun: 20/11/2026 to 20/02/2027.\n"
    )
    given = json.loads(
        ok(
            family, "ceam", "provisional", "--person", "Léo", "--start", "2026-11-20",
            "--end", "2026-12-31", "--number", "CPR-2", "--json",
        )
    )  # fmt: skip
    assert given == {"id": 2, "start": "2026-11-20", "end": "2026-12-31"}
    (leo,) = json.loads(ok(family, "ceam", "list", "--person", "Léo", "--json"))
    assert [(c["start"], c["end"]) for c in leo["provisional"]] == [
        ("2026-11-20", "2027-02-20"),
        ("2026-11-20", "2026-12-31"),
    ]
    assert (leo["state"], leo["valid_until"]) == ("valid", "2027-02-20")


def test_ceam_s1_country_only_for_an_s1_holder(family: Cli) -> None:
    assert "not marked as an S1 holder" in refused(
        family, "ceam", "s1-country", "--person", "Léo", "--country", "DE"
    )
    ok(family, "people", "edit", "Léo", "--s1")
    assert ok(family, "ceam", "s1-country", "--person", "Léo", "--country", "DE") == "Saved.\n"
    ok(family, "trips", "add", "--traveller", "Léo", "--country", "ES", "--depart",
       "2026-12-22", "--return", "2027-01-03")  # fmt: skip
    (leo,) = json.loads(ok(family, "trips", "check", "1", "--json"))["travellers"]
    assert leo["status"] == "not_eligible_s1"
    assert "Germany" in leo["action"]


# ------------------------------------------------------------------ trips and stays
def test_trips_check_says_what_each_traveller_must_do(family: Cli) -> None:
    ok(family, "ceam", "set", "--person", "Zoé", "--issued", "2025-01-02")  # ends 02/01/2027
    ok(family, "trips", "add", "--traveller", "Zoé", "--traveller", "Léo", "--country", "ES",
       "--depart", "2026-12-22", "--return", "2027-01-03")  # fmt: skip
    lines = ok(family, "trips", "check", "1").splitlines()
    assert lines[0].startswith("Léo Lebrun: missing. ")
    assert lines[1].startswith("Zoé Lebrun: expires_during_trip. ")
    checked = json.loads(ok(family, "trips", "check", "1", "--json"))
    assert checked["trip"]["travellers"] == ["Léo Lebrun", "Zoé Lebrun"]
    assert [t["deadline"] for t in checked["travellers"]] == ["2026-12-07", "2026-12-07"]
    assert refused(family, "trips", "check", "7") == "There is no trip with id 7."


def test_trips_remove_and_travel_remove(family: Cli) -> None:
    ok(family, "trips", "add", "--traveller", "Zoé", "--country", "IT", "--depart",
       "2027-03-01", "--return", "2027-03-09")  # fmt: skip
    assert ok(family, "trips", "remove", "1") == "Removed trip 1.\n"
    assert json.loads(ok(family, "trips", "list", "--json")) == []
    assert refused(family, "trips", "remove", "1") == "There is no trip with id 1."
    ok(family, "travel", "add", "--person", "Léo", "--entry", "2026-09-20", "--country", "FR")
    assert json.loads(ok(family, "travel", "remove", "1", "--json")) == {"removed": 1}
    assert refused(family, "travel", "remove", "1") == "There is no stay with id 1."


# ------------------------------------------------------------------ control characters
def hostile_statement(folder: Path) -> Path:
    """The genuine ameli CSV with escape sequences in a beneficiary and a nature of care."""
    lines = (DATA / "ameli_2025-01.csv").read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("Date des soins"))
    cells = lines[header + 1].split(";")
    cells[2] = "Paul\x1b[31m"
    cells[3] = "Consultation \x1b[2J\x9b31m\x07\u202e"
    path = folder / "hostile.csv"
    path.write_text("\n".join([*lines[: header + 1], ";".join(cells)]) + "\n", encoding="utf-8")
    return path


RAW = ("\x1b", "\x9b", "\x07", "\u202e")


def test_escape_sequences_from_a_file_are_written_out_never_sent(
    run_cli: Cli, tmp_path: Path
) -> None:
    statement = hostile_statement(tmp_path)
    outputs = [
        ok(run_cli, "import", str(statement)),
        ok(run_cli, "reimbursements", "list"),
        ok(run_cli, "reimbursements", "list", "--json"),
        ok(run_cli, "people", "list"),
        ok(run_cli, "people", "list", "--json"),
    ]
    for output in outputs:
        assert not any(c in output for c in RAW), output
    assert "Paul\\x1b[31m" in outputs[3]
    assert "\\x1b[2J\\x9b31m\\x07\\u202e" in outputs[1]
    listed = json.loads(outputs[2])
    assert listed[0]["nature"] == "Consultation \x1b[2J\x9b31m\x07\u202e"  # JSON keeps the data


def test_an_error_naming_a_hostile_file_writes_it_out(run_cli: Cli, tmp_path: Path) -> None:
    hostile = tmp_path / "relevé\x1b]0;owned\x07.csv"
    code, _out, err = run_cli("import", str(hostile))
    assert code == 1
    assert not any(c in err for c in RAW)
    assert "\\x1b]0;owned\\x07.csv" in err


def test_an_imports_messages_and_its_json_error_write_a_hostile_name_out(
    run_cli: Cli, tmp_path: Path
) -> None:
    """The import's own lines on stderr (rows that cannot be read, a file imported before) and
    its JSON error ({"error": ...}) name the file: its controls are written out there too."""
    ok(run_cli, "people", "add", "--name", "Zoé Lebrun")
    hostile = tmp_path / "relevé\x1b[2J\x9b31m\u202e.csv"
    hostile.write_bytes((DATA / "bad_rows.csv").read_bytes())
    code, out, err = run_cli("import", str(hostile), "--person", "Zoé")
    assert code == 1
    assert not any(c in out + err for c in RAW), err
    assert "rows of relevé\\x1b[2J\\x9b31m\\u202e.csv cannot be read" in err
    missing = tmp_path / "absent\x9b31m\u202e.csv"
    code, out, err = run_cli("import", str(missing), "--json")
    assert code == 1
    assert not any(c in out + err for c in RAW), out
    assert "absent\x9b31m\u202e.csv" in json.loads(out)["error"]  # the JSON keeps the name
    good = tmp_path / "relevé\x1b]0;x\x07.csv"
    good.write_bytes((DATA / "ameli_2025-01.csv").read_bytes())
    assert run_cli("import", str(good), "--person", "Zoé", "--skip-bad")[0] == 0
    code, out, err = run_cli("import", str(good), "--person", "Zoé", "--skip-bad")
    assert code == 0
    assert "was already imported" in err
    assert not any(c in out + err for c in RAW), err
