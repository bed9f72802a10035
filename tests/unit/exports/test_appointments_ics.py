"""Appointments exported to .ics and read back with icalendar."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from ameli_desktop.domain.appointments import (
    Appointment,
    AppointmentDetails,
    Category,
    Channel,
    ChecklistItem,
    Status,
)
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.exports.appointments_ics import (
    appointment_uid,
    appointments_calendar,
    write_appointments_calendar,
)

STAMP = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def appointment(
    appointment_id: int = 7, status: Status = Status.PLANNED, **changes: object
) -> Appointment:
    details = AppointmentDetails(
        starts_at=datetime(2026, 3, 10, 14, 30, tzinfo=PARIS),
        reason="IJ not paid since January; bring the attestation",
        category=Category.SICK_LEAVE,
        channel=Channel.PHONE,
        place="06 12 34 56 78",
        duration_minutes=45,
        status=status,
        documents=(ChecklistItem("Avis d'arrêt", checked=True), ChecklistItem("Payslips")),
        **changes,  # type: ignore[arg-type]
    )
    return Appointment(appointment_id, 1, "Zoé Lebrun", details)


def events(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_times_are_in_paris_with_a_vtimezone() -> None:
    """14:30 CET on 10 March 2026 = 13:30 UTC; 45 minutes later = 15:15 Paris."""
    data = appointments_calendar([appointment()], stamp=STAMP)
    calendar = Calendar.from_ical(data)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    [event] = events(data)
    start = event.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Paris"
    assert start.astimezone(UTC) == datetime(2026, 3, 10, 13, 30, tzinfo=UTC)
    assert event.decoded("DTEND").astimezone(PARIS).strftime("%H:%M") == "15:15"
    assert b"DTSTART;TZID=Europe/Paris:20260310T143000" in data


def test_alarms_the_day_before_and_an_hour_before() -> None:
    [event] = events(appointments_calendar([appointment()], stamp=STAMP))
    triggers = sorted(alarm.decoded("TRIGGER") for alarm in event.walk("VALARM"))
    assert triggers == [-timedelta(days=1), -timedelta(hours=1)]
    assert all(str(alarm["ACTION"]) == "DISPLAY" for alarm in event.walk("VALARM"))


def test_uid_is_stable_and_content_is_readable() -> None:
    first = appointments_calendar([appointment()], stamp=STAMP)
    again = appointments_calendar([appointment()], stamp=STAMP)
    assert first == again
    [event] = events(first)
    assert str(event["UID"]) == appointment_uid(7) == "appointment-7@ameli-desktop.local"
    assert str(event["SUMMARY"]) == "CPAM appointment: Sick leave (arrêt de travail) (Zoé Lebrun)"
    description = str(event["DESCRIPTION"])
    assert "Reason: IJ not paid since January; bring the attestation" in description
    assert "☑ Avis d'arrêt" in description
    assert "☐ Payslips" in description
    assert str(event["LOCATION"]) == "Phone: 06 12 34 56 78"
    assert str(event["STATUS"]) == "CONFIRMED"


def test_cancelled_appointment_is_exported_cancelled_without_alarms() -> None:
    [event] = events(appointments_calendar([appointment(status=Status.CANCELLED)], stamp=STAMP))
    assert str(event["STATUS"]) == "CANCELLED"
    assert list(event.walk("VALARM")) == []


def test_all_appointments_in_one_file(tmp_path: Path) -> None:
    path = write_appointments_calendar(
        tmp_path / "all.ics", [appointment(1), appointment(2, Status.DONE)], stamp=STAMP
    )
    uids = [str(e["UID"]) for e in events(path.read_bytes())]
    assert uids == [appointment_uid(1), appointment_uid(2)]
