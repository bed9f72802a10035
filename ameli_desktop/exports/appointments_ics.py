"""Appointments as calendar events, so the user's own calendar reminds them even when the app is
closed. One event per appointment, with a stable UID (re-exporting updates, never duplicates), times
in Europe/Paris with a VTIMEZONE, and the same two alarms as the tray reminders.
"""

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from ameli_desktop.domain.appointments import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    REMINDER_OFFSETS,
    STATUS_LABELS,
    Appointment,
    Channel,
    Status,
)
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.exports.ics import CalendarEvent, build_calendar, stable_uid, write_calendar

CHECKED = "☑"
UNCHECKED = "☐"


def appointment_uid(appointment_id: int) -> str:
    """``appointment-12@ameli-desktop.local``: the same for every export of the same record."""
    return stable_uid("appointment", appointment_id)


def _location(appointment: Appointment) -> str:
    place = appointment.details.place
    if not place:
        return ""
    if appointment.details.channel is Channel.PHONE:
        return f"Phone: {place}"
    return place


def appointment_event(appointment: Appointment) -> CalendarEvent:
    """The calendar event of one appointment. Only planned ones carry alarms; cancelled ones are
    exported as cancelled so that a calendar that had the event marks it so."""
    details = appointment.details
    lines = [
        f"Person: {appointment.person_name}",
        f"Reason: {details.reason}",
        f"Category: {CATEGORY_LABELS[details.category]}",
        f"How: {CHANNEL_LABELS[details.channel]}" + (f", {details.place}" if details.place else ""),
        f"Status: {STATUS_LABELS[details.status]}",
    ]
    if details.documents:
        lines.append("Documents to bring:")
        lines += [
            f"{CHECKED if item.checked else UNCHECKED} {item.label}" for item in details.documents
        ]
    lines.append("A CPAM appointment is not a medical consultation.")
    planned = details.status is Status.PLANNED
    category = CATEGORY_LABELS[details.category]
    return CalendarEvent(
        uid=appointment_uid(appointment.id),
        summary=f"CPAM appointment: {category} ({appointment.person_name})",
        start=details.starts_at.astimezone(PARIS),
        end=appointment.ends_at.astimezone(PARIS),
        description="\n".join(lines),
        location=_location(appointment),
        alarms=tuple(REMINDER_OFFSETS.values()) if planned else (),
        categories=("CPAM",),
        status="CANCELLED" if details.status is Status.CANCELLED else "CONFIRMED",
    )


def appointments_calendar(appointments: Iterable[Appointment], *, stamp: datetime) -> bytes:
    """The .ics bytes of some appointments (``stamp`` is the DTSTAMP: injectable for tests)."""
    return build_calendar(
        (appointment_event(a) for a in appointments), name="CPAM appointments", stamp=stamp
    )


def write_appointments_calendar(
    path: Path, appointments: Iterable[Appointment], *, stamp: datetime
) -> Path:
    """Write an .ics file atomically."""
    return write_calendar(
        path,
        [appointment_event(a) for a in appointments],
        name="CPAM appointments",
        stamp=stamp,
    )
