"""`travel add | status | plan | permit | profile | import | export` and `export pdf travel`: the
JSON of DESIGN.md 7 (with issue 18's "rule"), one sentence and exit 1 on a user error, and a PDF
whose numbers are the CLI's, for a visitor and for a permit holder."""

import json
import re
import subprocess
from pathlib import Path

import pytest

# "today" is 2026-11-25 (tests/conftest.py).


@pytest.fixture
def sam(run_cli) -> str:  # type: ignore[no-untyped-def]
    """A visitor: another passport, no permit."""
    assert run_cli("people", "add", "--name", "Sam Lee", "--nationality", "other")[0] == 0
    return "sam lee"


def test_add_status_and_plan_json(run_cli, sam) -> None:  # type: ignore[no-untyped-def]
    """1 September - 15 October 2026 (45 days) and inside since 20 November (6 days on the 25th):
    51 used in the window from 30 May. Present from 20 November on, the window keeps all 45
    autumn days until 1 March 2027, so the stay may last 90 - 45 = 45 days: 20 November + 44 =
    3 January 2027."""
    code, out, err = run_cli(
        "travel", "add", "--person", sam, "--entry", "2026-09-01", "--exit", "2026-10-15",
        "--country", "de", "--stamped-entry", "--no-stamped-exit", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    added = json.loads(out)
    assert (added["country"], added["stamped_entry"], added["stamped_exit"]) == ("DE", True, False)
    assert run_cli("travel", "add", "--person", sam, "--entry", "2026-11-20")[0] == 0

    code, out, _ = run_cli("travel", "status", "--person", sam, "--json")
    status = json.loads(out)
    assert code == 0
    assert status == {
        "on": "2026-11-25",
        "window_start": "2026-05-30",
        "rule": "visitor",
        "days_used": 51,
        "days_left": 39,
        "overstay_days": 0,
        "overstays": [],
        "stay_until": "2027-01-03",
        "permit": None,
        "explanation": "Visitor (no EU, EEA or Swiss passport, no valid residence permit): every "
        "day in the Schengen area counts; 51 of 90 days used.",
        "rule_applies": True,
        "unlimited": False,
    }

    code, out, _ = run_cli(
        "travel", "plan", "--person", sam, "--entry", "2027-01-10", "--exit", "2027-03-31",
        "--json",
    )  # fmt: skip
    plan = json.loads(out)
    assert code == 0
    assert set(plan) >= {"max_days", "last_day", "fits", "earliest_entry_for_full_stay"}
    assert plan["fits"] is False
    assert plan["max_days"] == 39

    code, out, _ = run_cli("travel", "list", "--person", sam, "--json")
    assert [(s["entry"], s["exit"], s["source"]) for s in json.loads(out)] == [
        ("2026-09-01", "2026-10-15", "stay"),
        ("2026-11-20", None, "stay"),
    ]


def test_status_on_a_past_date_lists_the_overstays(run_cli, sam) -> None:  # type: ignore[no-untyped-def]
    """1 January - 10 April 2025 is 100 days: over from day 91 (1 April) to 10 April."""
    run_cli("travel", "add", "--person", sam, "--entry", "2025-01-01", "--exit", "2025-04-10")
    code, out, _ = run_cli("travel", "status", "--person", sam, "--on", "2025-04-10", "--json")
    status = json.loads(out)
    assert code == 0
    assert (status["days_used"], status["days_left"], status["stay_until"]) == (100, 0, None)
    assert status["overstays"] == [{"from": "2025-04-01", "to": "2025-04-10", "days": 10}]
    assert status["overstay_days"] == 10
    code, out, _ = run_cli("travel", "status", "--person", sam, "--on", "2025-04-10")
    assert "Over the limit from 01/04/2025 to 10/04/2025 (10 days)" in out


def test_user_errors_exit_1_with_one_sentence(run_cli, sam) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli(
        "travel", "add", "--person", sam, "--entry", "2026-10-10", "--exit", "2026-10-01"
    )
    assert (code, out) == (1, "")
    assert err == "ameli-desktop: The exit date 01/10/2026 is before the entry date 10/10/2026.\n"
    code, _, err = run_cli("travel", "status", "--person", "Nobody")
    assert code == 1
    assert err.startswith("ameli-desktop: Nobody called “Nobody” in the household")
    assert json.loads(run_cli("travel", "list", "--json")[1]) == []


def test_profile_and_permit(run_cli, sam) -> None:  # type: ignore[no-untyped-def]
    run_cli("travel", "add", "--person", sam, "--entry", "2026-06-01")
    code, out, _ = run_cli(
        "travel", "permit", "--person", sam, "--from", "2026-07-01", "--to", "2027-06-30",
        "--kind", "long_stay_visa", "--json",
    )  # fmt: skip
    assert code == 0
    assert (json.loads(out)["kind"], json.loads(out)["state"]) == ("long_stay_visa", "FR")
    status = json.loads(run_cli("travel", "status", "--person", sam, "--json")[1])
    assert (status["rule"], status["days_used"]) == ("permit_holder", 30)  # June only
    assert status["permit"] == {
        "kind": "long_stay_visa",
        "state": "FR",
        "valid_until": "2027-06-30",
    }
    assert run_cli("travel", "profile", "--person", sam, "--nationality", "eu")[0] == 0
    status = json.loads(run_cli("travel", "status", "--person", sam, "--json")[1])
    assert (status["unlimited"], status["days_used"], status["stay_until"]) == (True, 0, None)


def test_csv_export_and_import(run_cli, sam, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run_cli("travel", "add", "--person", sam, "--entry", "2026-09-01", "--exit", "2026-09-05")
    target = tmp_path / "stays.csv"
    code, out, _ = run_cli("travel", "export", "-o", str(target), "--json")
    assert (code, json.loads(out)["stays"]) == (0, 1)
    code, out, _ = run_cli("travel", "import", str(target), "--json")
    assert (code, json.loads(out)) == (0, {"imported": 0, "duplicates": 1, "rejected": []})
    bad = tmp_path / "bad.csv"
    bad.write_text("person;entry;exit\nSam Lee;2026-10-01;2026-10-03\nSam Lee;soon;\n")
    code, out, err = run_cli("travel", "import", str(bad), "--json")
    assert code == 1
    assert json.loads(out)["rejected"] == [
        {
            "line": 3,
            "column": "entry",
            "value": "soon",
            "reason": "not a date: use YYYY-MM-DD or DD/MM/YYYY",
        }
    ]
    assert "nothing was imported" in err
    assert len(json.loads(run_cli("travel", "list", "--json")[1])) == 1


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("permit", [False, True], ids=["visitor", "permit_holder"])
def test_the_pdf_shows_the_numbers_of_the_cli(run_cli, sam, tmp_path: Path, permit: bool) -> None:  # type: ignore[no-untyped-def]
    """The travel summary's status row equals `travel status --json` on the same date, and its
    day-by-day count ends on that number: for a visitor (1 May - 20 June and 15 August -
    30 September 2026 in France, over the limit), and for a holder of a French permit who made
    the same trips to Spain from home (the French days are not counted, the Spanish ones are)."""
    country = "ES" if permit else "FR"
    if permit:
        run_cli(
            "travel", "permit", "--person", sam, "--from", "2025-09-01", "--to", "2029-08-31",
            "--country", "FR",
        )  # fmt: skip
        run_cli("travel", "add", "--person", sam, "--entry", "2025-09-01")
    run_cli(
        "travel", "add", "--person", sam, "--entry", "2026-05-01", "--exit", "2026-06-20",
        "--stamped-entry", "--stamped-exit", "--country", country,
    )  # fmt: skip
    run_cli(
        "travel", "add", "--person", sam, "--entry", "2026-08-15", "--exit", "2026-09-30",
        "--country", country,
    )  # fmt: skip
    on = "2026-09-30"
    status = json.loads(run_cli("travel", "status", "--person", sam, "--on", on, "--json")[1])
    assert status["rule"] == ("permit_holder" if permit else "visitor")
    target = tmp_path / "travel.pdf"
    code, out, _ = run_cli(
        "export", "pdf", "travel", "--person", sam, "--on", on, "-o", str(target), "--json"
    )
    assert code == 0
    assert json.loads(out)["kind"] == "travel"
    text = pdf_text(target)

    def dmy(iso: str | None) -> str:
        return "—" if iso is None else "/".join(reversed(iso.split("-")))

    row = re.search(r"30/09/2026\s+(\S+) – (\S+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(\d+)", text)
    assert row is not None, text
    assert row.groups() == (
        dmy(status["window_start"]),
        "30/09/2026",
        str(status["days_used"]),
        str(status["days_left"]),
        dmy(status["stay_until"]),
        str(status["overstay_days"]),
    )
    assert status["days_used"] > 90  # the example overstays: the PDF must say so
    assert status["days_used"] == 51 + 47
    assert "Overstays" in text
    assert "Over the limit from" in text
    flat = " ".join(text.split())
    assert status["explanation"] in flat  # which rule applies, and why
    if permit:
        assert "Convention implementing the Schengen Agreement (CISA), article 21" in flat
    counts = re.findall(r"(\d\d/\d\d/\d{4})\s+(\d+)( !)?", text.split("Count on each day")[1])
    by_day = {day: (count, mark) for day, count, mark in counts}
    assert by_day["30/09/2026"] == (str(status["days_used"]), " !")
    assert by_day["01/05/2026"] == ("1", "")


def test_an_unknown_status_gets_no_count_and_no_instruction(run_cli) -> None:  # type: ignore[no-untyped-def]
    """Added without a nationality, inside since 1 August 2026 (117 days by 25 November)."""
    run_cli("people", "add", "--name", "Kim")
    run_cli("travel", "add", "--person", "kim", "--entry", "2026-08-01")
    code, out, _ = run_cli("travel", "status", "--person", "kim", "--json")
    status = json.loads(out)
    assert code == 0
    assert (status["rule"], status["days_used"], status["days_left"]) == ("unknown", None, None)
    assert (status["overstays"], status["stay_until"]) == ([], None)
    code, out, _ = run_cli("travel", "status", "--person", "kim")
    assert out == "Kim: Status unknown: say which passport and permits apply.\n"
    plan = json.loads(
        run_cli("travel", "plan", "--person", "kim", "--entry", "2027-01-01", "--json")[1]
    )
    assert (plan["rule"], plan["max_days"], plan["fits"]) == ("unknown", None, None)
    assert run_cli("travel", "profile", "--person", "kim", "--nationality", "other")[0] == 0
    status = json.loads(run_cli("travel", "status", "--person", "kim", "--json")[1])
    assert (status["rule"], status["days_used"]) == ("visitor", 117)


def test_a_permit_exempts_the_state_given_with_country(run_cli, sam) -> None:  # type: ignore[no-untyped-def]
    """A Spanish permit: a week in Spain is not counted, a week in Italy is; a permit of a state
    outside the Schengen area is refused in one sentence."""
    code, out, _ = run_cli(
        "travel", "permit", "--person", sam, "--from", "2026-01-01", "--to", "2028-12-31",
        "--country", "es", "--json",
    )  # fmt: skip
    assert (code, json.loads(out)["state"]) == (0, "ES")
    run_cli("travel", "add", "--person", sam, "--entry", "2026-10-01", "--exit", "2026-10-07",
            "--country", "ES")  # fmt: skip
    run_cli("travel", "add", "--person", sam, "--entry", "2026-10-10", "--exit", "2026-10-16",
            "--country", "IT")  # fmt: skip
    code, out, _ = run_cli("travel", "status", "--person", sam)
    assert code == 0
    assert "issued by Spain: days in Spain are not counted; 7 of 90 days used" in out
    assert "may stay in the other Schengen states until" in out
    code, out, err = run_cli(
        "travel", "permit", "--person", sam, "--from", "2026-01-01", "--to", "2028-12-31",
        "--country", "GB",
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err == (
        "ameli-desktop: GB is not a Schengen state: only a residence permit or long-stay visa "
        "of a Schengen state changes the 90/180-day count.\n"
    )
