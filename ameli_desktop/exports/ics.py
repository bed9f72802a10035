"""Calendar files (.ics) for appointments and deadlines, so the user's own calendar reminds them.

UIDs are stable (derived from the record, not random) so that re-exporting updates events in the
user's calendar instead of duplicating them. Timed events are written in Europe/Paris with a
VTIMEZONE; deadlines are all-day events.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ameli_desktop import __version__

UID_DOMAIN = "ameli-desktop.local"
TIMEZONE = "Europe/Paris"
PRODID = f"-//Ameli Desktop//ameli-desktop {__version__}//EN"


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One event. ``start`` is an aware datetime (timed) or a date (all-day)."""

    uid: str  # stable, e.g. "appointment-12" ; the domain is appended
    summary: str
    start: datetime | date
    end: datetime | date | None = None  # None: 1 day for all-day events, start for timed ones
    description: str = ""
    location: str = ""
    alarms: tuple[timedelta, ...] = field(default=())  # before the start, e.g. timedelta(days=1)
    categories: tuple[str, ...] = ()
    status: str = ""  # "CONFIRMED", "TENTATIVE" or "CANCELLED" (so a re-import cancels the event)


def stable_uid(kind: str, *parts: object) -> str:
    """``stable_uid("ceam-expiry", 3)`` -> ``ceam-expiry-3@ameli-desktop.local``."""
    return "-".join([kind, *(str(p) for p in parts)]) + "@" + UID_DOMAIN


def build_calendar(
    events: Iterable[CalendarEvent], *, name: str = "Ameli Desktop", stamp: datetime | None = None
) -> bytes:
    """Serialize events to iCalendar bytes. ``stamp`` (DTSTAMP) is injectable for stable output."""
    from icalendar import Alarm, Calendar, Event

    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TIMEZONE)
    for item in events:
        event = Event()
        uid = item.uid if "@" in item.uid else f"{item.uid}@{UID_DOMAIN}"
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("summary", item.summary)
        event.add("dtstart", item.start)
        if isinstance(item.start, datetime):
            if item.start.tzinfo is None:
                raise ValueError(f"event {item.uid}: a timed event needs an aware datetime")
            event.add("dtend", item.end or item.start)
        else:
            event.add("dtend", item.end or item.start + timedelta(days=1))
        if item.description:
            event.add("description", item.description)
        if item.location:
            event.add("location", item.location)
        if item.categories:
            event.add("categories", list(item.categories))
        if item.status:
            event.add("status", item.status)
        for before in item.alarms:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item.summary)
            alarm.add("trigger", -before)
            event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    if not any(str(tz.get("tzid")) == TIMEZONE for tz in calendar.timezones):
        # Deadlines are all-day events, which name no zone; the calendar still says it is Paris's.
        from icalendar import Timezone

        calendar.add_component(Timezone.from_tzid(TIMEZONE))
    return calendar.to_ical()


def write_calendar(path: Path, events: Iterable[CalendarEvent], **kwargs: object) -> Path:
    """Write an .ics file atomically (a half-written calendar would confuse calendar apps)."""
    from ameli_desktop.exports.files import write_atomically

    data = build_calendar(events, **kwargs)  # type: ignore[arg-type]
    write_atomically(path, data)
    return path
