"""CLI: trips, CEAM (the JSON of DESIGN.md 7), the reminder PDF, the .ics, cartes Vitale.

run_cli passes --today 2026-11-25.
"""

import json
import re
from pathlib import Path

import pypdf
from icalendar import Calendar


def household(run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("people", "add", "--name", "Zoé Martin", "--born", "1985-05-12")[0] == 0
    assert run_cli("people", "add", "--name", "Léo Martin", "--born", "2014-12-20")[0] == 0
    assert run_cli("people", "add", "--name", "Papi", "--s1")[0] == 0


def test_trips_add_and_list(run_cli) -> None:  # type: ignore[no-untyped-def]
    household(run_cli)
    code, out, err = run_cli(
        "trips", "add", "--traveller", "martin zoe", "--traveller", "LEO MARTIN",
        "--country", "es", "--depart", "2026-12-02", "--return", "2026-12-16", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert json.loads(out) == {"id": 1}
    code, out, _ = run_cli("trips", "list", "--json")
    assert json.loads(out) == [
        {
            "id": 1,
            "country": "ES",
            "depart": "2026-12-02",
            "return": "2026-12-16",
            "purpose": "",
            "travellers": ["Léo Martin", "Zoé Martin"],
        }
    ]
    assert json.loads(run_cli("trips", "list", "--person", "Papi", "--json")[1]) == []


def test_trips_add_with_an_unknown_traveller_or_bad_dates_exits_1(run_cli) -> None:  # type: ignore[no-untyped-def]
    household(run_cli)
    code, out, err = run_cli(
        "trips", "add", "--traveller", "Nobody", "--country", "ES",
        "--depart", "2026-12-02", "--return", "2026-12-16",
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err.startswith("ameli-desktop: Nobody called “Nobody”")
    code, _, err = run_cli(
        "trips", "add", "--traveller", "Papi", "--country", "ES",
        "--depart", "2026-12-02", "--return", "2026-12-01",
    )  # fmt: skip
    assert code == 1
    assert "is before the departure date" in err
    assert json.loads(run_cli("trips", "list", "--json")[1]) == []


def test_ceam_set_and_check_json(run_cli) -> None:  # type: ignore[no-untyped-def]
    """Léo's card, issued 01/05/2024, expired 01/05/2026. Leaving 02/12 (order by 17/11, past):
    a provisional certificate between today 25/11 and 02/12."""
    household(run_cli)
    code, out, _ = run_cli(
        "ceam", "set", "--person", "leo martin", "--issued", "2024-05-01", "--json"
    )
    assert code == 0
    assert json.loads(out)["expires"] == "2026-05-01"
    code, out, _ = run_cli(
        "ceam", "check", "--person", "Léo Martin", "--from", "2026-12-02", "--to", "2026-12-16",
        "--country", "ES", "--json",
    )  # fmt: skip
    assert code == 0
    assert json.loads(out) == {
        "status": "missing",
        "action": "The CEAM expired on 01/05/2026, before the departure. Too late to order a"
        " card (the order-by date was 17/11/2026): download a provisional certificate (valid 3"
        " months) on ameli.fr, Mes démarches, between 25/11/2026 and 02/12/2026. It covers the"
        " whole trip.",
        "deadline": "2026-12-02",
    }


def test_ceam_check_with_its_own_today_and_every_status(run_cli) -> None:  # type: ignore[no-untyped-def]
    household(run_cli)
    run_cli("ceam", "set", "--person", "Zoé Martin", "--issued", "2025-01-20")  # to 20/01/2027

    def check(*extra: str) -> dict[str, object]:
        code, out, err = run_cli("ceam", "check", "--json", *extra)
        assert (code, err) == (0, ""), err
        return json.loads(out)  # type: ignore[no-any-return]

    zoe = ("--person", "Zoé Martin")
    covered = check(*zoe, "--from", "2027-01-10", "--to", "2027-01-20", "--country", "GB")
    assert (covered["status"], covered["deadline"]) == ("covered", None)
    expiring = check(*zoe, "--from", "2027-01-10", "--to", "2027-01-21", "--country", "CH")
    assert (expiring["status"], expiring["deadline"]) == ("expires_during_trip", "2026-12-26")
    # Departure exactly 15 days after --today: still time to order, deadline that very day.
    on_time = check(*zoe, "--from", "2027-02-01", "--to", "2027-02-05", "--today", "2027-01-17")
    assert (on_time["status"], on_time["deadline"]) == ("missing", "2027-01-17")
    assert "Order a new CEAM" in on_time["action"]
    late = check(*zoe, "--from", "2027-02-01", "--to", "2027-02-05", "--today", "2027-01-18")
    assert late["deadline"] == "2027-02-01"
    assert "provisional certificate" in late["action"]
    s1 = check("--person", "Papi", "--from", "2027-01-10", "--to", "2027-01-20", "--country", "IT")
    assert (s1["status"], s1["deadline"]) == ("not_eligible_s1", None)
    for country in ("FR", "US"):
        other = check(*zoe, "--from", "2027-01-10", "--to", "2027-01-20", "--country", country)
        assert other["status"] == "not_needed"


def test_ceam_check_errors_exit_1(run_cli) -> None:  # type: ignore[no-untyped-def]
    household(run_cli)
    code, out, err = run_cli(
        "ceam", "check", "--person", "Zoé Martin", "--from", "2027-01-10", "--to", "2027-01-01"
    )
    assert (code, out) == (1, "")
    assert "before the departure date" in err
    code, _, err = run_cli(
        "ceam", "set", "--person", "Zoé Martin", "--issued", "2026-01-01", "--expires",
        "2025-12-31",
    )  # fmt: skip
    assert code == 1
    assert "must be after its issue date" in err


def test_export_ceam_reminder_pdf(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    household(run_cli)
    run_cli("ceam", "set", "--person", "Zoé Martin", "--issued", "2025-06-01")
    run_cli("ceam", "set", "--person", "Léo Martin", "--issued", "2024-05-01")
    run_cli(
        "trips", "add", "--traveller", "Zoé Martin", "--traveller", "Léo Martin",
        "--traveller", "Papi", "--country", "ES", "--depart", "2026-12-02",
        "--return", "2026-12-16",
    )  # fmt: skip
    target = tmp_path / "reminder.pdf"
    code, out, err = run_cli(
        "export", "pdf", "ceam-reminder", "--trip", "1", "-o", str(target), "--json"
    )
    assert (code, err) == (0, "")
    assert json.loads(out) == {"pdf": str(target), "kind": "ceam-reminder"}
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(target).pages))
    assert "CEAM reminder: Spain, 02/12/2026 to 16/12/2026" in text
    assert "Zoé Martin" in text
    assert "Léo Martin" in text
    assert "between 25/11/2026 and 02/12/2026" in text
    assert "Call 112" in text
    code, _, err = run_cli("export", "pdf", "ceam-reminder", "-o", str(target))
    assert code == 1
    assert "--trip ID" in err
    code, _, err = run_cli("export", "pdf", "ceam-reminder", "--trip", "9", "-o", str(target))
    assert code == 1
    assert "There is no trip with id 9" in err


def test_ceam_export_ics(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    household(run_cli)
    run_cli("ceam", "set", "--person", "Zoé Martin", "--issued", "2025-01-20")
    target = tmp_path / "ceam.ics"
    assert run_cli("ceam", "export-ics", "-o", str(target))[0] == 0
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "CEAM of Zoé Martin expires"


def test_vitale_loss_order_and_advance(run_cli) -> None:  # type: ignore[no-untyped-def]
    household(run_cli)
    code, out, _ = run_cli(
        "vitale", "declare", "--person", "Zoé Martin", "--kind", "stolen", "--on", "2026-11-23",
        "--json",
    )  # fmt: skip
    assert code == 0
    card = json.loads(out)["card"]
    assert (card["status"], card["order_possible_from"]) == ("stolen", "2026-11-25")
    code, out, _ = run_cli(
        "vitale", "order", "--person", "Zoé Martin", "--on", "2026-11-01", "--json"
    )
    order = json.loads(out)
    assert (order["expected_delivery"], order["overdue"], order["days_overdue"]) == (
        "2026-11-15",
        True,
        10,
    )
    code, _, err = run_cli("vitale", "order", "--person", "Zoé Martin")
    assert code == 1
    assert "already under way" in err
    code, out, _ = run_cli(
        "vitale", "advance", str(order["id"]), "--step", "received", "--on", "2026-11-20",
        "--json",
    )  # fmt: skip
    assert [s["step"] for s in json.loads(out)["history"]] == ["requested", "received"]
    code, _, err = run_cli("vitale", "advance", str(order["id"]), "--step", "shipped")
    assert code == 1
    assert "already received" in err
    [zoe] = json.loads(run_cli("vitale", "list", "--person", "Zoé Martin", "--json")[1])
    assert zoe["card"]["status"] == "active"
    assert zoe["attestation"] is None
