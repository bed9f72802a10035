"""The CLI for people, backups and errors: JSON out, one sentence and exit 1 on a user error."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

NIR = "1 85 05 78 006 084 91"


def test_people_add_and_list_json(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli(
        "people", "add", "--name", "Zoé Lebrun", "--born", "1985-05-12", "--nir", NIR, "--json"
    )
    assert (code, err) == (0, "")
    assert json.loads(out)["name"] == "Zoé Lebrun"
    run_cli("people", "add", "--name", "Léo Lebrun", "--born", "2014-03-02", "--role", "child")
    code, out, _ = run_cli("people", "list", "--json")
    people = json.loads(out)
    assert code == 0
    assert [(p["name"], p["role"], p["born"]) for p in people] == [
        ("Léo Lebrun", "child", "2014-03-02"),
        ("Zoé Lebrun", "holder", "1985-05-12"),
    ]
    assert people[1]["nir"] == "•" * 11 + "8491"
    assert "185057800608491" not in out


def test_an_invalid_nir_exits_1_with_one_sentence_and_saves_nothing(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli("people", "add", "--name", "Tom", "--nir", "1 85 05 78 006 084 92")
    assert code == 1
    assert out == ""
    assert err.startswith("ameli-desktop: “1 85 05 78 006 084 92” is not a valid NIR")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert json.loads(run_cli("people", "list", "--json")[1]) == []


def test_usage_errors_exit_2(run_cli) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as info:
        run_cli("people", "add")
    assert info.value.code == 2


def test_removing_a_person_with_records_asks_first(run_cli, ctx) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from sqlalchemy import insert

    from ameli_desktop.storage.models import Trip, TripTraveller

    run_cli("people", "add", "--name", "Ana")
    ana = json.loads(run_cli("people", "list", "--json")[1])[0]["id"]
    with ctx.write() as session:
        trip = session.execute(
            insert(Trip).values(
                destination="IT", depart=date(2027, 1, 2), return_date=date(2027, 1, 9)
            )
        ).inserted_primary_key[0]
        session.execute(insert(TripTraveller).values(trip_id=trip, person_id=ana))

    code, _, err = run_cli("people", "remove", "ana")
    assert code == 1
    assert "Ana has 1 trips (as a traveller); nothing was removed" in err
    assert len(json.loads(run_cli("people", "list", "--json")[1])) == 1

    code, out, _ = run_cli("people", "remove", "ana", "--yes", "--json")
    assert code == 0
    assert json.loads(out)["with"] == {"trip_traveller": 1}
    assert json.loads(run_cli("people", "list", "--json")[1]) == []


def test_unknown_person_is_a_user_error(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run_cli("people", "remove", "Nobody")
    assert code == 1
    assert "Nobody called “Nobody”" in err


def test_backup_and_restore_through_the_cli(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run_cli("people", "add", "--name", "Ana")
    target = tmp_path / "copy.db"
    code, out, _ = run_cli("backup", "-o", str(target), "--json")
    assert code == 0
    assert json.loads(out)["backup"] == str(target)
    assert target.exists()
    run_cli("people", "add", "--name", "Bob")
    code, out, _ = run_cli("restore", str(target), "--json")
    assert code == 0, out
    assert [p["name"] for p in json.loads(run_cli("people", "list", "--json")[1])] == ["Ana"]
    code, _, err = run_cli("restore", str(tmp_path / "nope.db"))
    assert code == 1
    assert "does not exist" in err


def test_restore_is_refused_while_the_app_holds_the_folder(
    run_cli, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.app_paths import DataPaths
    from ameli_desktop.storage.lock import InstanceLock

    run_cli("people", "add", "--name", "Ana")
    run_cli("backup", "-o", str(tmp_path / "b.db"))
    lock = InstanceLock(DataPaths(data_dir).lock_file)
    assert lock.try_acquire()
    try:
        code, _, err = run_cli("restore", str(tmp_path / "b.db"))
    finally:
        lock.release()
    assert code == 1
    assert "already running" in err


def test_the_cli_never_imports_qt(data_dir: Path) -> None:
    code = (
        "import sys; from ameli_desktop.__main__ import main;"
        f"rc = main(['--data-dir', {str(data_dir)!r}, 'people', 'list', '--json']);"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_a_closed_pipe_is_not_an_error_message(data_dir: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    """`ameli-desktop people list --json | head -c 1`: no "unexpected error" on stderr.

    2 000 people make ~250 kB of JSON, more than a pipe holds, so the writer sees the pipe close.
    """
    from ameli_desktop.domain.people import PersonDetails
    from ameli_desktop.services.household import PeopleService

    PeopleService(ctx).add_many([PersonDetails(f"Person {i:04d}") for i in range(2000)])
    shell = (
        f"{sys.executable} -m ameli_desktop --data-dir {data_dir} people list --json | head -c 1"
    )
    result = subprocess.run(
        ["bash", "-c", shell],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
        check=False,
    )
    assert result.stdout == "["
    assert result.stderr == ""


def test_people_add_asks_the_nationality_group(run_cli) -> None:  # type: ignore[no-untyped-def]
    """`--nationality eu|other`; not given, it is "unknown" (never a guess); `people edit`
    changes it and keeps it when not given."""
    run_cli("people", "add", "--name", "Ana", "--nationality", "eu")
    run_cli("people", "add", "--name", "Bo", "--nationality", "other")
    run_cli("people", "add", "--name", "Cy")
    people = json.loads(run_cli("people", "list", "--json")[1])
    assert [(p["name"], p["nationality"]) for p in people] == [
        ("Ana", "eu_eea_ch"),
        ("Bo", "other"),
        ("Cy", "unknown"),
    ]
    assert "passport: not given" in run_cli("people", "list")[1]
    run_cli("people", "edit", "Cy", "--nationality", "other")
    run_cli("people", "edit", "Cy", "--born", "1990-01-01")
    edited = json.loads(run_cli("people", "list", "--json")[1])[2]
    assert (edited["nationality"], edited["born"]) == ("other", "1990-01-01")
    with pytest.raises(SystemExit) as info:  # usage error
        run_cli("people", "add", "--name", "Di", "--nationality", "martian")
    assert info.value.code == 2
