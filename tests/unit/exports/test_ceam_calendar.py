"""CEAM deadlines to .ics, parsed back with icalendar to the same events."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from ameli_desktop.domain.ceam import CeamHolder, check_trip, make_card, make_trip
from ameli_desktop.exports.ceam_calendar import CeamExpiry, TravellerDeadline, ceam_deadline_events
from ameli_desktop.exports.ics import build_calendar, write_calendar

D = date.fromisoformat
STAMP = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
SPAIN = make_trip("ES", D("2026-07-10"), D("2026-07-24"))


def deadlines(today: date) -> list[TravellerDeadline]:
    """Léo (no card) and Papi (S1) travel to Spain; the S1 holder has no deadline of ours."""
    return [
        TravellerDeadline(
            4, 2, "Léo", "ES", SPAIN.departure, check_trip(CeamHolder(), SPAIN, today)
        ),
        TravellerDeadline(
            4,
            3,
            "Papi",
            "ES",
            SPAIN.departure,
            check_trip(CeamHolder(s1_holder=True), SPAIN, today),
        ),
    ]


def parse(data: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(data)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_expiry_and_order_by_dates_round_trip(tmp_path: Path) -> None:
    """Anne's card expires 28/02/2026 (issued 29/02/2024). Léo must order by 25/06/2026
    (10/07 - 15 days), seen on 01/06."""
    anne = make_card(D("2024-02-29"))
    events = ceam_deadline_events([CeamExpiry(1, "Anne", anne.expires)], deadlines(D("2026-06-01")))
    path = write_calendar(tmp_path / "ceam.ics", events, stamp=STAMP)
    parsed = parse(path.read_bytes())
    assert sorted(parsed) == [
        "ceam-expiry-1@ameli-desktop.local",
        "ceam-order-by-4-2@ameli-desktop.local",
    ]
    expiry = parsed["ceam-expiry-1@ameli-desktop.local"]
    assert expiry["SUMMARY"] == "CEAM of Anne expires"
    assert expiry.decoded("DTSTART") == D("2026-02-28")
    assert expiry.decoded("DTEND") == D("2026-03-01")
    triggers = sorted(a.decoded("TRIGGER") for a in expiry.walk("VALARM"))
    assert triggers == [timedelta(days=-60), timedelta(days=-15)]
    order = parsed["ceam-order-by-4-2@ameli-desktop.local"]
    assert order["SUMMARY"] == "Order a CEAM for Léo (trip to Spain on 10/07/2026)"
    assert order.decoded("DTSTART") == D("2026-06-25")
    assert "by 25/06/2026" in str(order["DESCRIPTION"])
    assert [str(c) for c in order.get("CATEGORIES").cats] == ["CEAM"]


def test_past_the_order_by_date_the_certificate_window_is_exported() -> None:
    """Seen on 03/07: download window 03/07 to 10/07 (all-day, end exclusive 11/07)."""
    parsed = parse(
        build_calendar(ceam_deadline_events([], deadlines(D("2026-07-03"))), stamp=STAMP)
    )
    event = parsed["ceam-provisional-4-2@ameli-desktop.local"]
    assert event.decoded("DTSTART") == D("2026-07-03")
    assert event.decoded("DTEND") == D("2026-07-11")
    assert "provisional" in str(event["SUMMARY"])


def test_uids_are_stable_across_exports() -> None:
    first = parse(build_calendar(ceam_deadline_events([], deadlines(D("2026-06-01"))), stamp=STAMP))
    again = parse(build_calendar(ceam_deadline_events([], deadlines(D("2026-06-02"))), stamp=STAMP))
    assert list(first) == list(again)


def test_the_deadlines_calendar_is_in_paris_time_with_its_vtimezone() -> None:
    """All-day deadlines name no zone themselves; the calendar still carries Europe/Paris."""
    anne = make_card(D("2024-02-29"))
    data = build_calendar(
        ceam_deadline_events([CeamExpiry(1, "Anne", anne.expires)], []), stamp=STAMP
    )
    calendar = Calendar.from_ical(data)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Paris"
