"""`appointments add | list | outcome | remove | export-ics` and `export pdf appointments`."""

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader


def add_zoe(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run_cli("people", "add", "--name", "Zoé Lebrun", "--nir", "185057800608491")
    assert code == 0, err


def add(run_cli, *extra: str):  # type: ignore[no-untyped-def]
    return run_cli(
        "appointments", "add", "--person", "lebrun zoe", "--at", "2026-11-27 14:30",
        "--category", "arrêt de travail", "--place", "CPAM Paris 19", *extra,
    )  # fmt: skip


def listed(run_cli) -> list[dict]:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("appointments", "list", "--json")
    assert code == 0
    return json.loads(out)


def test_add_then_list(run_cli) -> None:  # type: ignore[no-untyped-def]
    add_zoe(run_cli)
    code, out, err = add(run_cli, "--reason", "IJ not paid since October", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {"id": 1}
    [appointment] = listed(run_cli)
    assert appointment["at"] == "2026-11-27T14:30:00+01:00"
    assert appointment["ends_at"] == "2026-11-27T15:00:00+01:00"
    assert appointment["person"] == "Zoé Lebrun"
    assert appointment["category"] == "sick_leave"
    assert appointment["channel"] == "office"
    assert appointment["reason"] == "IJ not paid since October"
    assert appointment["status"] == "planned"
    assert appointment["needs_outcome"] is False
    assert "Your avis d'arrêt de travail (the copy you kept)" in [
        d["label"] for d in appointment["documents"]
    ]


def test_missing_reason_exits_1_and_saves_nothing(run_cli) -> None:  # type: ignore[no-untyped-def]
    add_zoe(run_cli)
    code, out, err = add(run_cli, "--reason", "   ", "--json")
    assert code == 1
    assert out == ""
    assert "the advisor prepares your file from it" in err
    assert err.count("\n") == 1  # one sentence
    assert listed(run_cli) == []


def test_reason_option_is_required(run_cli, capsys) -> None:  # type: ignore[no-untyped-def]
    add_zoe(run_cli)
    with pytest.raises(SystemExit) as caught:
        run_cli("appointments", "add", "--person", "Zoé Lebrun", "--at", "2026-11-27 14:30")
    assert caught.value.code == 2
    assert "--reason" in capsys.readouterr().err
    assert listed(run_cli) == []


def test_bad_values_exit_1_with_the_reason(run_cli) -> None:  # type: ignore[no-untyped-def]
    add_zoe(run_cli)
    code, _, err = run_cli(
        "appointments", "add", "--person", "Zoé Lebrun", "--at", "27/11/2026 14:30",
        "--reason", "x", "--place", "CPAM",
    )  # fmt: skip
    assert code == 1
    assert "YYYY-MM-DD HH:MM" in err
    code, _, err = run_cli(
        "appointments", "add", "--person", "Zoé Lebrun", "--at", "2026-11-27 14:30",
        "--reason", "x", "--channel", "phone",
    )  # fmt: skip
    assert code == 1
    assert "phone number" in err
    code, _, err = run_cli(
        "appointments", "add", "--person", "Nobody", "--at", "2026-11-27 14:30",
        "--reason", "x", "--place", "CPAM",
    )  # fmt: skip
    assert code == 1
    assert "Nobody" in err
    assert listed(run_cli) == []


def test_list_from_a_day(run_cli) -> None:  # type: ignore[no-untyped-def]
    add_zoe(run_cli)
    add(run_cli, "--reason", "first")
    run_cli(
        "appointments", "add", "--person", "Zoé Lebrun", "--at", "2026-12-10 09:00",
        "--reason", "second", "--channel", "video",
    )  # fmt: skip
    code, out, _ = run_cli("appointments", "list", "--from", "2026-12-01", "--json")
    assert code == 0
    assert [a["reason"] for a in json.loads(out)] == ["second"]


def test_outcome_and_remove(run_cli) -> None:  # type: ignore[no-untyped-def]
    add_zoe(run_cli)
    add(run_cli, "--reason", "first")
    code, _, err = run_cli("appointments", "outcome", "1", "done")
    assert code == 1  # it is on Friday; today is Wednesday
    assert "before it starts" in err
    code, out, _ = run_cli("appointments", "outcome", "1", "cancelled", "--note", "moved", "--json")
    assert code == 0
    assert json.loads(out)["status"] == "cancelled"
    code, _, _ = run_cli("appointments", "remove", "1")
    assert code == 0
    assert listed(run_cli) == []
    code, _, err = run_cli("appointments", "remove", "1")
    assert code == 1
    assert "no appointment with id 1" in err


def test_export_ics_parsed_back(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_zoe(run_cli)
    add(run_cli, "--reason", "IJ not paid")
    target = tmp_path / "rdv.ics"
    code, out, _ = run_cli("appointments", "export-ics", "-o", str(target), "--json")
    assert code == 0
    assert json.loads(out) == {"ics": str(target), "events": 1}
    calendar = Calendar.from_ical(target.read_bytes())
    [event] = calendar.walk("VEVENT")
    start = event.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Paris"
    assert (start.hour, start.minute) == (14, 30)
    assert start.astimezone(UTC) == datetime(2026, 11, 27, 13, 30, tzinfo=UTC)
    triggers = sorted(a.decoded("TRIGGER") for a in event.walk("VALARM"))
    assert triggers == [-timedelta(days=1), -timedelta(hours=1)]
    assert [str(t["TZID"]) for t in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    code, _, err = run_cli("appointments", "export-ics", "--id", "7", "-o", str(target))
    assert code == 1
    assert "id 7" in err


def test_export_pdf_appointments(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "sheet.pdf"
    add_zoe(run_cli)
    code, _, err = run_cli("export", "pdf", "appointments", "-o", str(target))
    assert code == 1
    assert "no upcoming appointment" in err
    add(run_cli, "--reason", "IJ <not> paid & late")
    code, out, _ = run_cli("export", "pdf", "appointments", "-o", str(target), "--json")
    assert code == 0
    assert json.loads(out) == {"pdf": str(target), "kind": "appointments"}
    text = PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
    assert "IJ <not> paid & late" in text
    assert "•••••••••••8491" in text
    assert "Friday 27/11/2026, 14:30-15:00 (Paris time)" in text


def test_the_minimal_add_of_design_7_works(run_cli) -> None:  # type: ignore[no-untyped-def]
    """Person, time and reason only: an office appointment whose address comes later."""
    add_zoe(run_cli)
    code, out, err = run_cli(
        "appointments",
        "add",
        "--person",
        "Zoé",
        "--at",
        "2026-12-03 10:30",
        "--reason",
        "Arrêt de travail",
        "--json",
    )
    assert (code, err) == (0, "")
    new_id = json.loads(out)["id"]
    listed = json.loads(run_cli("appointments", "list", "--json")[1])
    assert [a["id"] for a in listed] == [new_id]
