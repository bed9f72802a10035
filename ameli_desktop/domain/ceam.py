"""CEAM (carte européenne d'assurance maladie, the French EHIC): validity, cover and trip checks.

The moment this module exists for: a family leaving next week, one child's CEAM expired. Every
answer here is a pure function of the records, the facts (resources/facts.toml, section [ceam]) and
``today``, which is always a parameter.

Conventions (service-public.fr A17457, F34441):

- A card is valid from its issue date to its expiry date, **both days included**. The expiry
  defaults to issue + ``validity_years`` (2) by :func:`~ameli_desktop.domain.dates.add_years`, so a
  card issued on 29/02/2024 expires on 28/02/2026.
- A provisional replacement certificate (certificat provisoire de remplacement, CPR) is valid from
  its start to start + ``provisional_validity_months`` (3), both included; one already held counts
  as cover for its days.
- A person is covered on a day when their card or any of their certificates is valid that day.
- The card is for temporary stays in ``covered_countries`` (EU/EEA, Switzerland, the UK); it is not
  used in ``home_country`` (France). S1 holders get theirs from the country that pays (no French
  CEAM).
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from ameli_desktop.domain.dates import add_months, add_years
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.facts import CeamFacts, default_facts
from ameli_desktop.domain.texts import CountryCode, Text, text

CONTEXT = "Ceam"
ONE_DAY = timedelta(days=1)


def _facts(facts: CeamFacts | None) -> CeamFacts:
    return facts if facts is not None else default_facts().ceam


# ------------------------------------------------------------------------------------ records


def normalize_country(code: str, *, field: str = "country") -> str:
    """A destination as an ISO 3166 alpha-2 code: ``" gb"`` -> ``"GB"``; anything else refused."""
    compact = code.strip().upper()
    if len(compact) != 2 or not compact.isascii() or not compact.isalpha():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a country code: use two letters such as ES, CH or GB."
            ),
            field=field,
            value=code,
        )
    return compact


@dataclass(frozen=True, slots=True)
class CeamCard:
    """A person's CEAM: valid from ``issued`` to ``expires``, both included."""

    issued: date
    expires: date
    number: str = ""

    def valid_on(self, day: date) -> bool:
        return self.issued <= day <= self.expires

    def days_remaining(self, today: date) -> int:
        """Days of validity left after today: 0 on the expiry day itself, negative once expired."""
        return (self.expires - today).days


def default_expiry(issued: date, facts: CeamFacts | None = None) -> date:
    """Issue + validity years: 10/03/2024 -> 10/03/2026; 29/02/2024 -> 28/02/2026 (no 29 Feb)."""
    return add_years(issued, _facts(facts).validity_years)


def make_card(
    issued: date,
    expires: date | None = None,
    number: str = "",
    *,
    today: date | None = None,
    facts: CeamFacts | None = None,
) -> CeamCard:
    """Validate what the user typed: expiry after issue, issue not in the future (if today given).

    Raises:
        UserError: with ``field`` ``issued`` or ``expires``.
    """
    if today is not None and issued > today:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The CEAM issue date {issued} is in the future."),
            field="issued",
            issued=issued.isoformat(),
        )
    if expires is None:
        expires = default_expiry(issued, facts)
    if expires <= issued:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The CEAM expiry date {expires} must be after its issue date {issued}."
            ),
            field="expires",
            expires=expires.isoformat(),
            issued=issued.isoformat(),
        )
    return CeamCard(issued, expires, number.strip())


@dataclass(frozen=True, slots=True)
class ProvisionalCertificate:
    """A certificat provisoire de remplacement: valid from ``start`` to ``end``, both included."""

    start: date
    end: date

    def valid_on(self, day: date) -> bool:
        return self.start <= day <= self.end


def provisional_end(start: date, facts: CeamFacts | None = None) -> date:
    """Start + 3 months: 15/05/2026 -> 15/08/2026; 30/11/2025 -> 28/02/2026 (month end clamps)."""
    return add_months(start, _facts(facts).provisional_validity_months)


def make_provisional(
    start: date, end: date | None = None, *, facts: CeamFacts | None = None
) -> ProvisionalCertificate:
    """A certificate starting on ``start``; ``end`` defaults to start + 3 months."""
    if end is None:
        end = provisional_end(start, facts)
    if end < start:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The provisional certificate's end date {end} is before its start date {start}.",
            ),
            field="end",
            end=end.isoformat(),
            start=start.isoformat(),
        )
    return ProvisionalCertificate(start, end)


@dataclass(frozen=True, slots=True)
class CeamHolder:
    """Everything that decides one person's cover: S1 status, their card, their certificates.

    ``s1_country`` (optional) names the country that pays an S1 holder's cover, for the advice.
    """

    s1_holder: bool = False
    card: CeamCard | None = None
    provisional: tuple[ProvisionalCertificate, ...] = ()
    s1_country: str = ""

    def cover_periods(self) -> list[tuple[date, date]]:
        """Days of cover as sorted, disjoint (first, last) periods; touching periods are merged."""
        periods = [(c.start, c.end) for c in self.provisional]
        if self.card is not None:
            periods.append((self.card.issued, self.card.expires))
        periods.sort()
        merged: list[tuple[date, date]] = []
        for first, last in periods:
            if merged and first <= merged[-1][1] + ONE_DAY:
                if last > merged[-1][1]:
                    merged[-1] = (merged[-1][0], last)
            else:
                merged.append((first, last))
        return merged

    def covered_on(self, day: date) -> bool:
        return any(first <= day <= last for first, last in self.cover_periods())

    def cover_until(self, day: date) -> date | None:
        """The last day of uninterrupted cover from ``day`` on; None when not covered that day."""
        for first, last in self.cover_periods():
            if first <= day <= last:
                return last
        return None

    def first_uncovered(self, first: date, last: date) -> date | None:
        """The first day in [first, last] without cover, or None when every day is covered."""
        day = first
        for start, end in self.cover_periods():
            if day < start:
                break
            if end >= day:
                day = end + ONE_DAY
            if day > last:
                return None
        return day if day <= last else None


# ------------------------------------------------------------------------- coverage today


class CoverageState(StrEnum):
    """One person's CEAM situation on a day, for the colour-coded coverage table."""

    VALID = "valid"
    EXPIRING_SOON = "expiring_soon"  # valid, but for expiry_warning_days (60) days or fewer
    EXPIRED = "expired"  # had cover that ended before today
    MISSING = "missing"  # no card and no certificate at all (or not valid yet)
    NOT_ELIGIBLE_S1 = "not_eligible_s1"


@dataclass(frozen=True, slots=True)
class Coverage:
    state: CoverageState
    valid_until: date | None  # last day of uninterrupted cover from today
    days_remaining: int | None  # (valid_until - today): 0 on the last day
    by_provisional: bool  # today's cover comes only from a provisional certificate
    ended_on: date | None  # for EXPIRED: the last day of the most recent cover

    @property
    def needs_attention(self) -> bool:
        return self.state in (
            CoverageState.EXPIRING_SOON,
            CoverageState.EXPIRED,
            CoverageState.MISSING,
        )


def coverage_on(holder: CeamHolder, today: date, facts: CeamFacts | None = None) -> Coverage:
    """Where a person stands today: valid / expiring within the warning period / expired / missing.

    An S1 holder is NOT_ELIGIBLE_S1 whatever was recorded: a French CEAM is not theirs to use.
    """
    f = _facts(facts)
    if holder.s1_holder:
        return Coverage(CoverageState.NOT_ELIGIBLE_S1, None, None, False, None)
    until = holder.cover_until(today)
    if until is None:
        past = [last for _first, last in holder.cover_periods() if last < today]
        if past:
            return Coverage(CoverageState.EXPIRED, None, None, False, max(past))
        return Coverage(CoverageState.MISSING, None, None, False, None)
    remaining = (until - today).days
    by_card = holder.card is not None and holder.card.valid_on(today)
    state = (
        CoverageState.EXPIRING_SOON if remaining <= f.expiry_warning_days else CoverageState.VALID
    )
    return Coverage(state, until, remaining, not by_card, None)


# ------------------------------------------------------------------------------- trip check


@dataclass(frozen=True, slots=True)
class TripPlan:
    """Where and when a trip goes: the part of a trip the CEAM check needs (both days included).

    ``country`` may be empty when not known yet (``ceam check`` without ``--country``): the check
    then assumes a country where the CEAM is used.
    """

    country: str
    departure: date
    return_date: date

    def days(self) -> Iterator[date]:
        day = self.departure
        while day <= self.return_date:
            yield day
            day += ONE_DAY

    @property
    def length_days(self) -> int:
        return (self.return_date - self.departure).days + 1


def make_trip(country: str | None, departure: date, return_date: date) -> TripPlan:
    """Validate a trip as typed: a country code (None: not known), a return not before the
    departure."""
    code = "" if country is None else normalize_country(country)
    if return_date < departure:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The return date {return_date} is before the departure date {departure}."
            ),
            field="return_date",
            return_date=return_date.isoformat(),
            departure=departure.isoformat(),
        )
    return TripPlan(code, departure, return_date)


class TripStatus(StrEnum):
    COVERED = "covered"
    EXPIRES_DURING_TRIP = "expires_during_trip"
    MISSING = "missing"
    NOT_ELIGIBLE_S1 = "not_eligible_s1"
    NOT_NEEDED = "not_needed"


class ActionKind(StrEnum):
    """What the traveller has to do, so front ends can pick an icon or a colour."""

    NONE = "none"  # covered, not needed, or the trip is over
    ORDER_CARD = "order_card"  # order a new CEAM on ameli.fr by the order-by date
    PROVISIONAL = "provisional"  # too late to order: download a provisional certificate
    ASK_S1_COUNTRY = "ask_s1_country"


@dataclass(frozen=True, slots=True)
class ProvisionalPlan:
    """The provisional certificate to download when a card cannot arrive in time.

    Downloaded on any day from ``download_from`` to ``download_by`` (departure, or today when the
    trip is under way), it is valid until at least ``valid_until`` (if downloaded on
    ``download_from``); ``covers_whole_trip`` says whether it reaches the return date.
    """

    download_from: date
    download_by: date
    valid_until: date
    covers_whole_trip: bool


@dataclass(frozen=True, slots=True)
class TripCheck:
    """The answer for one traveller and one trip: status, what to do, by when."""

    status: TripStatus
    action_kind: ActionKind
    action: Text  # the whole advice: situation (if any) then what to do
    deadline: date | None
    order_by: date  # departure - order_lead_days, whatever the status (for calendars)
    cover_until: date | None  # last day of uninterrupted cover from the departure
    first_uncovered: date | None  # first trip day without cover (EXPIRES_DURING_TRIP, MISSING)
    provisional: ProvisionalPlan | None = None
    situation: Text | None = None  # why there is something to do ("The CEAM expired on …")
    todo: Text | None = None  # what to do, without the situation (for tables)

    def to_json(self) -> dict[str, Any]:
        """The JSON of ``ceam check`` (DESIGN.md 7): status, English action text, ISO deadline."""
        return {
            "status": self.status.value,
            "action": str(self.action),
            "deadline": self.deadline.isoformat() if self.deadline else None,
        }


def order_by_date(departure: date, facts: CeamFacts | None = None) -> date:
    """The last day to order a card that arrives in time: departure - 15 days (20/07 -> 05/07)."""
    return departure - timedelta(days=_facts(facts).order_lead_days)


def needs_ceam(country: str, facts: CeamFacts | None = None) -> bool:
    """True where a French CEAM is used: covered countries other than France."""
    f = _facts(facts)
    code = country.upper()
    return code != f.home_country and code in f.covered_countries


def plan_provisional(
    needed_until: date, departure: date, today: date, facts: CeamFacts | None = None
) -> ProvisionalPlan:
    """When to download a certificate so that it lasts until ``needed_until`` (the return).

    It must be in hand when leaving, so the latest day is the departure (today if already away).
    The earliest useful day is the first one whose certificate still reaches the return; downloading
    earlier would let it end before the return. When even one downloaded on the last possible day
    ends before the return, the plan says so (``covers_whole_trip`` False) and picks that last day.
    """
    f = _facts(facts)
    months = f.provisional_validity_months
    latest = max(today, departure)
    earliest = max(today, add_months(needed_until, -months))
    while add_months(earliest, months) < needed_until:  # month-end clamping can fall short
        earliest += ONE_DAY
    if earliest <= latest:
        return ProvisionalPlan(earliest, latest, add_months(earliest, months), True)
    return ProvisionalPlan(latest, latest, add_months(latest, months), False)


def _country_name(code: str, country_names: dict[str, str] | None) -> str | CountryCode:
    """The name the caller chose, else the code, named in each reader's language when shown."""
    if country_names and code in country_names:
        return country_names[code]
    return CountryCode(code)


def check_trip(
    holder: CeamHolder,
    trip: TripPlan,
    today: date,
    facts: CeamFacts | None = None,
    *,
    country_names: dict[str, str] | None = None,
) -> TripCheck:
    """Is this traveller covered for every day of this trip, and if not, what to do by when?

    Order of the questions: is a CEAM used there at all (not in France, not outside the covered
    countries) -> is the traveller an S1 holder -> which trip days are covered by the card or a
    certificate already held. When a day is not covered: order a card by departure - 15 days while
    that date is not past, otherwise download a provisional certificate before leaving.
    """
    f = _facts(facts)
    order_by = order_by_date(trip.departure, f)
    name = _country_name(trip.country, country_names)

    def answer(
        status: TripStatus,
        kind: ActionKind,
        todo: Text,
        deadline: date | None = None,
        **extra: Any,
    ) -> TripCheck:
        situation = extra.pop("situation", None)
        action = todo
        if situation is not None:
            action = text(
                CONTEXT,
                QT_TRANSLATE_NOOP("Ceam", "{situation} {todo}"),
                situation=situation,
                todo=todo,
            )
        return TripCheck(
            status=status,
            action_kind=kind,
            action=action,
            deadline=deadline,
            situation=situation,
            todo=todo,
            order_by=order_by,
            cover_until=extra.pop("cover_until", None),
            first_uncovered=extra.pop("first_uncovered", None),
            **extra,
        )

    if trip.country and trip.country == f.home_country:
        return answer(
            TripStatus.NOT_NEEDED,
            ActionKind.NONE,
            text(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Ceam", "No CEAM is needed in France: the carte Vitale is used there."
                ),
            ),
        )
    if trip.country and trip.country not in f.covered_countries:
        return answer(
            TripStatus.NOT_NEEDED,
            ActionKind.NONE,
            text(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Ceam",
                    "The CEAM is not used in {country} (outside the EU/EEA, Switzerland and the"
                    " UK): check your travel insurance or your complementary insurer's assistance"
                    " cover instead.",
                ),
                country=name,
            ),
        )
    if holder.s1_holder:
        if holder.s1_country:
            action = text(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Ceam",
                    "S1 holder: no French CEAM. Ask the health insurer in {s1_country}, the country"
                    " that issued your S1, for a European card before leaving on {departure}.",
                ),
                s1_country=_country_name(holder.s1_country, country_names),
                departure=trip.departure,
            )
        else:
            action = text(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Ceam",
                    "S1 holder: no French CEAM. Ask the health insurer of the country that issued"
                    " your S1 for a European card before leaving on {departure}.",
                ),
                departure=trip.departure,
            )
        return answer(TripStatus.NOT_ELIGIBLE_S1, ActionKind.ASK_S1_COUNTRY, action)

    cover_until = holder.cover_until(trip.departure)
    gap = holder.first_uncovered(trip.departure, trip.return_date)
    if gap is None:
        assert cover_until is not None
        card = holder.card
        if card is not None and card.valid_on(trip.departure) and card.expires >= trip.return_date:
            action = text(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Ceam",
                    "Covered for the whole trip: the CEAM is valid until {expires}. Take it with"
                    " you.",
                ),
                expires=card.expires,
            )
        else:
            action = text(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Ceam",
                    "Covered for the whole trip, partly or wholly by a provisional certificate"
                    " (cover until {until}). Take the certificate with you.",
                ),
                until=cover_until,
            )
        return answer(TripStatus.COVERED, ActionKind.NONE, action, cover_until=cover_until)

    status = TripStatus.MISSING if gap == trip.departure else TripStatus.EXPIRES_DURING_TRIP
    if status is TripStatus.MISSING:
        situation = _missing_situation(holder, trip.departure)
    elif holder.card is not None and holder.card.expires == gap - ONE_DAY:
        situation = text(
            CONTEXT,
            QT_TRANSLATE_NOOP("Ceam", "The CEAM expires on {last_day}, during the trip."),
            last_day=gap - ONE_DAY,
        )
    else:
        situation = text(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Ceam", "The provisional certificate ends on {last_day}, during the trip."
            ),
            last_day=gap - ONE_DAY,
        )
    extra: dict[str, Any] = {
        "cover_until": cover_until,
        "first_uncovered": gap,
        "situation": situation,
    }

    if today > trip.return_date:
        return answer(
            status,
            ActionKind.NONE,
            text(
                CONTEXT,
                QT_TRANSLATE_NOOP("Ceam", "The trip is over."),
            ),
            **extra,
        )
    if today <= order_by:
        return answer(
            status,
            ActionKind.ORDER_CARD,
            text(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Ceam",
                    "Order a new CEAM on ameli.fr (Mes démarches) by {order_by},"
                    " {lead_days} days before leaving, so that it arrives in time.",
                ),
                order_by=order_by,
                lead_days=f.order_lead_days,
            ),
            order_by,
            **extra,
        )

    plan = plan_provisional(trip.return_date, trip.departure, today, f)
    if plan.covers_whole_trip:
        if plan.download_from == plan.download_by:
            todo = text(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Ceam",
                    "Too late to order a card (the order-by date was {order_by}):"
                    " download a provisional certificate (valid {months} months) on ameli.fr, Mes"
                    " démarches, on {download_by}. Valid until {valid_until}, it covers the whole"
                    " trip.",
                ),
                order_by=order_by,
                months=f.provisional_validity_months,
                download_by=plan.download_by,
                valid_until=plan.valid_until,
            )
        else:
            todo = text(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Ceam",
                    "Too late to order a card (the order-by date was {order_by}):"
                    " download a provisional certificate (valid {months} months) on ameli.fr, Mes"
                    " démarches, between {download_from} and {download_by}. It covers the whole"
                    " trip.",
                ),
                order_by=order_by,
                months=f.provisional_validity_months,
                download_from=plan.download_from,
                download_by=plan.download_by,
            )
    else:
        todo = text(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Ceam",
                "Too late to order a card (the order-by date was {order_by}): download"
                " a provisional certificate (valid {months} months) on ameli.fr, Mes démarches, on"
                " {download_by}. It ends on {valid_until}, before the return on {return_date}:"
                " order a new CEAM now as well.",
            ),
            order_by=order_by,
            months=f.provisional_validity_months,
            download_by=plan.download_by,
            valid_until=plan.valid_until,
            return_date=trip.return_date,
        )
    return answer(status, ActionKind.PROVISIONAL, todo, plan.download_by, provisional=plan, **extra)


def _missing_situation(holder: CeamHolder, departure: date) -> Text:
    """Why there is no cover on the departure day: none recorded, expired, or not valid yet."""
    past = [last for _first, last in holder.cover_periods() if last < departure]
    if past:
        return text(
            CONTEXT,
            QT_TRANSLATE_NOOP("Ceam", "The CEAM expired on {expired}, before the departure."),
            expired=max(past),
        )
    if holder.cover_periods():
        first = holder.cover_periods()[0][0]
        return text(
            CONTEXT,
            QT_TRANSLATE_NOOP("Ceam", "The CEAM is valid only from {first}, after the departure."),
            first=first,
        )
    return text(CONTEXT, QT_TRANSLATE_NOOP("Ceam", "No CEAM is recorded."))


def check_travellers(
    holders: Iterable[tuple[str, CeamHolder]],
    trip: TripPlan,
    today: date,
    facts: CeamFacts | None = None,
) -> list[tuple[str, TripCheck]]:
    """:func:`check_trip` for every traveller of a trip, in the order given."""
    return [(name, check_trip(holder, trip, today, facts)) for name, holder in holders]
