"""CEAM deadlines as calendar events: expiry dates, order-by dates, provisional-certificate windows.

UIDs are derived from the records (person, trip) so that exporting again updates the same events
in the user's calendar. Deadlines are all-day events (see :mod:`ameli_desktop.exports.ics`).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ameli_desktop.domain.ceam import ActionKind, TripCheck
from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.facts import Facts, default_facts
from ameli_desktop.exports.ics import CalendarEvent, stable_uid

CATEGORY = "CEAM"


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


def expiry_event(entry: CeamExpiry, facts: Facts) -> CalendarEvent:
    lead = facts.ceam.order_lead_days
    return CalendarEvent(
        uid=stable_uid("ceam-expiry", entry.person_id),
        summary=f"CEAM of {entry.name} expires",
        start=entry.expires,
        description=(
            f"Last day of validity of {entry.name}'s European health insurance card (CEAM)."
            f" Order a new one on ameli.fr (Mes démarches) at least {lead} days before a trip."
        ),
        alarms=(timedelta(days=facts.ceam.expiry_warning_days), timedelta(days=lead)),
        categories=(CATEGORY,),
    )


def traveller_events(entry: TravellerDeadline, facts: Facts) -> list[CalendarEvent]:
    """The order-by date, or the provisional certificate's download window; nothing otherwise."""
    country = facts.country_name(entry.country)
    trip_words = f"trip to {country} on {format_date(entry.departure)}"
    check = entry.check
    if check.action_kind is ActionKind.ORDER_CARD and check.deadline is not None:
        return [
            CalendarEvent(
                uid=stable_uid("ceam-order-by", entry.trip_id, entry.person_id),
                summary=f"Order a CEAM for {entry.name} ({trip_words})",
                start=check.deadline,
                description=str(check.action),
                alarms=(timedelta(days=7), timedelta(days=1)),
                categories=(CATEGORY,),
            )
        ]
    if check.action_kind is ActionKind.PROVISIONAL and check.provisional is not None:
        plan = check.provisional
        return [
            CalendarEvent(
                uid=stable_uid("ceam-provisional", entry.trip_id, entry.person_id),
                summary=f"Download a provisional CEAM certificate for {entry.name} ({trip_words})",
                start=plan.download_from,
                end=plan.download_by + timedelta(days=1),  # all-day: the end is exclusive
                description=str(check.action),
                alarms=(timedelta(days=0),),
                categories=(CATEGORY,),
            )
        ]
    return []


def ceam_deadline_events(
    expiries: Iterable[CeamExpiry],
    deadlines: Iterable[TravellerDeadline] = (),
    facts: Facts | None = None,
) -> list[CalendarEvent]:
    """Every CEAM deadline as an event, expiries first, in the order given."""
    f = facts or default_facts()
    events = [expiry_event(entry, f) for entry in expiries]
    for entry in deadlines:
        events.extend(traveller_events(entry, f))
    return events
