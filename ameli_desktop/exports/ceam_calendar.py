"""CEAM deadlines as calendar events: expiry dates, order-by dates, provisional-certificate windows.

UIDs are derived from the records (person, trip) so that exporting again updates the same events
in the user's calendar. Deadlines are all-day events (see :mod:`ameli_desktop.exports.ics`).
Summaries and descriptions are written in the :class:`~ameli_desktop.domain.texts.Language` given
(English for the CLI, the UI's for the GUI), marked in the "CeamCalendar" context.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ameli_desktop.domain.ceam import ActionKind, TripCheck
from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.facts import Facts, default_facts
from ameli_desktop.domain.texts import ENGLISH, Language
from ameli_desktop.exports.ics import CalendarEvent, stable_uid

CATEGORY = "CEAM"
CONTEXT = "CeamCalendar"


def calendar_name(language: Language = ENGLISH) -> str:
    """The calendar's name as calendar apps show it."""
    return language.tr(CONTEXT, QT_TRANSLATE_NOOP("CeamCalendar", "Ameli Desktop: CEAM"))


@dataclass(frozen=True, slots=True)
class CeamExpiry:
    person_id: int
    name: str
    expires: date


@dataclass(frozen=True, slots=True)
class TravellerDeadline:
    trip_id: int
    person_id: int
    name: str
    country: str  # ISO alpha-2
    departure: date
    check: TripCheck


def expiry_event(entry: CeamExpiry, facts: Facts, language: Language = ENGLISH) -> CalendarEvent:
    lead = facts.ceam.order_lead_days
    return CalendarEvent(
        uid=stable_uid("ceam-expiry", entry.person_id),
        summary=language.tr(
            CONTEXT, QT_TRANSLATE_NOOP("CeamCalendar", "CEAM of {name} expires"), name=entry.name
        ),
        start=entry.expires,
        description=language.tr(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CeamCalendar",
                "Last day of validity of {name}'s European health insurance card (CEAM). Order a"
                " new one on ameli.fr (Mes démarches) at least {lead} days before a trip.",
            ),
            name=entry.name,
            lead=lead,
        ),
        alarms=(timedelta(days=facts.ceam.expiry_warning_days), timedelta(days=lead)),
        categories=(CATEGORY,),
    )


def traveller_events(
    entry: TravellerDeadline, facts: Facts, language: Language = ENGLISH
) -> list[CalendarEvent]:
    """The order-by date, or the provisional certificate's download window; nothing otherwise."""
    trip_words = language.tr(
        CONTEXT,
        QT_TRANSLATE_NOOP("CeamCalendar", "trip to {country} on {departure}"),
        country=language.country(entry.country, facts),
        departure=format_date(entry.departure),
    )
    check = entry.check
    if check.action_kind is ActionKind.ORDER_CARD and check.deadline is not None:
        return [
            CalendarEvent(
                uid=stable_uid("ceam-order-by", entry.trip_id, entry.person_id),
                summary=language.tr(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("CeamCalendar", "Order a CEAM for {name} ({trip})"),
                    name=entry.name,
                    trip=trip_words,
                ),
                start=check.deadline,
                description=language.show(check.action),
                alarms=(timedelta(days=7), timedelta(days=1)),
                categories=(CATEGORY,),
            )
        ]
    if check.action_kind is ActionKind.PROVISIONAL and check.provisional is not None:
        plan = check.provisional
        return [
            CalendarEvent(
                uid=stable_uid("ceam-provisional", entry.trip_id, entry.person_id),
                summary=language.tr(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "CeamCalendar",
                        "Download a provisional CEAM certificate for {name} ({trip})",
                    ),
                    name=entry.name,
                    trip=trip_words,
                ),
                start=plan.download_from,
                end=plan.download_by + timedelta(days=1),  # all-day: the end is exclusive
                description=language.show(check.action),
                alarms=(timedelta(days=0),),
                categories=(CATEGORY,),
            )
        ]
    return []


def ceam_deadline_events(
    expiries: Iterable[CeamExpiry],
    deadlines: Iterable[TravellerDeadline] = (),
    facts: Facts | None = None,
    language: Language = ENGLISH,
) -> list[CalendarEvent]:
    """Every CEAM deadline as an event, expiries first, in the order given."""
    f = facts or default_facts()
    events = [expiry_event(entry, f, language) for entry in expiries]
    for entry in deadlines:
        events.extend(traveller_events(entry, f, language))
    return events
