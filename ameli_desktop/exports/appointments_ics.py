"""Appointments as calendar events, so the user's own calendar reminds them even when the app is
closed. One event per appointment, with a stable UID (re-exporting updates, never duplicates), times
in Europe/Paris with a VTIMEZONE, and the same two alarms as the tray reminders. Summaries and
descriptions are written in the :class:`~ameli_desktop.domain.texts.Language` given (English for
the CLI, the UI's for the GUI), marked in the "AppointmentCalendar" context.
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
    checklist_label,
)
from ameli_desktop.domain.appointments import CONTEXT as LABELS_CONTEXT
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.facts import Facts, default_facts
from ameli_desktop.domain.texts import ENGLISH, Language
from ameli_desktop.exports.ics import CalendarEvent, build_calendar, stable_uid, write_calendar

CHECKED = "☑"
UNCHECKED = "☐"
CONTEXT = "AppointmentCalendar"


def calendar_name(language: Language = ENGLISH) -> str:
    """The calendar's name as calendar apps show it."""
    return language.tr(CONTEXT, QT_TRANSLATE_NOOP("AppointmentCalendar", "CPAM appointments"))


def appointment_uid(appointment_id: int) -> str:
    """``appointment-12@ameli-desktop.local``: the same for every export of the same record."""
    return stable_uid("appointment", appointment_id)


def _location(appointment: Appointment, language: Language) -> str:
    place = appointment.details.place
    if not place:
        return ""
    if appointment.details.channel is Channel.PHONE:
        return language.tr(
            CONTEXT, QT_TRANSLATE_NOOP("AppointmentCalendar", "Phone: {number}"), number=place
        )
    return place


def appointment_event(
    appointment: Appointment, language: Language = ENGLISH, facts: Facts | None = None
) -> CalendarEvent:
    """The calendar event of one appointment. Only planned ones carry alarms; cancelled ones are
    exported as cancelled so that a calendar that had the event marks it so."""

    def tr(source: str, **params: object) -> str:
        return language.tr(CONTEXT, source, **params)

    details = appointment.details
    category = language.tr(LABELS_CONTEXT, CATEGORY_LABELS[details.category])
    how = language.tr(LABELS_CONTEXT, CHANNEL_LABELS[details.channel])
    if details.place:
        how += f", {details.place}"
    lines = [
        tr(
            QT_TRANSLATE_NOOP("AppointmentCalendar", "Person: {name}"), name=appointment.person_name
        ),
        tr(QT_TRANSLATE_NOOP("AppointmentCalendar", "Reason: {reason}"), reason=details.reason),
        tr(QT_TRANSLATE_NOOP("AppointmentCalendar", "Category: {category}"), category=category),
        tr(QT_TRANSLATE_NOOP("AppointmentCalendar", "How: {how}"), how=how),
        tr(
            QT_TRANSLATE_NOOP("AppointmentCalendar", "Status: {status}"),
            status=language.tr(LABELS_CONTEXT, STATUS_LABELS[details.status]),
        ),
    ]
    if details.documents:
        f = facts or default_facts()
        lines.append(tr(QT_TRANSLATE_NOOP("AppointmentCalendar", "Documents to bring:")))
        lines += [
            f"{CHECKED if item.checked else UNCHECKED} "
            + checklist_label(item, f, language.translate)
            for item in details.documents
        ]
    lines.append(
        tr(
            QT_TRANSLATE_NOOP(
                "AppointmentCalendar", "A CPAM appointment is not a medical consultation."
            )
        )
    )
    planned = details.status is Status.PLANNED
    return CalendarEvent(
        uid=appointment_uid(appointment.id),
        summary=tr(
            QT_TRANSLATE_NOOP("AppointmentCalendar", "CPAM appointment: {category} ({name})"),
            category=category,
            name=appointment.person_name,
        ),
        start=details.starts_at.astimezone(PARIS),
        end=appointment.ends_at.astimezone(PARIS),
        description="\n".join(lines),
        location=_location(appointment, language),
        alarms=tuple(REMINDER_OFFSETS.values()) if planned else (),
        categories=("CPAM",),
        status="CANCELLED" if details.status is Status.CANCELLED else "CONFIRMED",
    )


def appointments_calendar(
    appointments: Iterable[Appointment],
    *,
    stamp: datetime,
    language: Language = ENGLISH,
    facts: Facts | None = None,
) -> bytes:
    """The .ics bytes of some appointments (``stamp`` is the DTSTAMP: injectable for tests)."""
    return build_calendar(
        (appointment_event(a, language, facts) for a in appointments),
        name=calendar_name(language),
        stamp=stamp,
    )


def write_appointments_calendar(
    path: Path,
    appointments: Iterable[Appointment],
    *,
    stamp: datetime,
    language: Language = ENGLISH,
    facts: Facts | None = None,
) -> Path:
    """Write an .ics file atomically."""
    return write_calendar(
        path,
        [appointment_event(a, language, facts) for a in appointments],
        name=calendar_name(language),
        stamp=stamp,
    )
