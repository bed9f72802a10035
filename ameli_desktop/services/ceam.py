"""CEAM use cases: record cards and provisional certificates, check trips, remind, export.

Every answer comes from :mod:`ameli_desktop.domain.ceam`; this module only loads the records,
hands them to the rules with the context's "today", and stores what the user enters.
"""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ameli_desktop.domain.ceam import (
    ActionKind,
    CeamHolder,
    Coverage,
    CoverageState,
    TripCheck,
    TripPlan,
    TripStatus,
    check_trip,
    coverage_on,
    make_card,
    make_provisional,
    make_trip,
    normalize_country,
)
from ameli_desktop.domain.ceam import CeamCard as CeamCardRule
from ameli_desktop.domain.ceam import ProvisionalCertificate as ProvisionalRule
from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from ameli_desktop.domain.texts import ENGLISH, Language
from ameli_desktop.services.attention import COUNTRY, AttentionItem, Severity
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService, PersonRecord
from ameli_desktop.services.trips import TripRecord, TripService
from ameli_desktop.storage.models import CeamCard, CeamProvisional, CeamS1, Person

if TYPE_CHECKING:  # the documents' modules load when a document is made (start-up, DESIGN.md 9)
    from ameli_desktop.exports.ics import CalendarEvent
    from ameli_desktop.exports.pdf.ceam_reminder import ReminderContent, ReminderTraveller

MAX_NUMBER_LENGTH = 40
AREA = "ceam"


@dataclass(frozen=True, slots=True)
class CeamCardRecord:
    id: int
    person_id: int
    issued: date
    expires: date
    number: str

    @property
    def rule(self) -> CeamCardRule:
        return CeamCardRule(self.issued, self.expires, self.number)


@dataclass(frozen=True, slots=True)
class ProvisionalRecord:
    id: int
    person_id: int
    start: date
    end: date
    number: str

    @property
    def rule(self) -> ProvisionalRule:
        return ProvisionalRule(self.start, self.end)


@dataclass(frozen=True, slots=True)
class PersonCeam:
    """One person's CEAM situation: records, and coverage on the context's today."""

    person: PersonRecord
    card: CeamCardRecord | None
    provisional: tuple[ProvisionalRecord, ...]
    s1_country: str
    coverage: Coverage

    @property
    def holder(self) -> CeamHolder:
        return CeamHolder(
            s1_holder=self.person.s1_holder,
            card=self.card.rule if self.card else None,
            provisional=tuple(p.rule for p in self.provisional),
            s1_country=self.s1_country,
        )

    def to_json(self) -> dict[str, object]:
        return {
            "person": self.person.name,
            "issued": self.card.issued.isoformat() if self.card else None,
            "expires": self.card.expires.isoformat() if self.card else None,
            "number": self.card.number if self.card else None,
            "provisional": [
                {"id": p.id, "start": p.start.isoformat(), "end": p.end.isoformat()}
                for p in self.provisional
            ],
            "s1": self.person.s1_holder,
            "state": self.coverage.state.value,
            "valid_until": (
                self.coverage.valid_until.isoformat() if self.coverage.valid_until else None
            ),
            "days_remaining": self.coverage.days_remaining,
        }


@dataclass(frozen=True, slots=True)
class TravellerCheck:
    person: PersonCeam
    check: TripCheck

    def reminder(self, trip: TripPlan) -> "ReminderTraveller":
        """The reminder's line, with the number of whatever covers the trip pre-filled."""
        from ameli_desktop.exports.pdf.ceam_reminder import ReminderTraveller

        number, until = "", None
        if self.check.status is TripStatus.COVERED:
            card = self.person.card
            if (
                card is not None
                and card.issued <= trip.departure
                and card.expires >= (trip.return_date)
            ):
                number, until = card.number, card.expires
            else:
                for p in self.person.provisional:
                    if p.start <= trip.departure and p.end >= trip.return_date:
                        number, until = p.number, p.end
                        break
        return ReminderTraveller(
            self.person.person.name, self.check, self.person.person.masked_nir, number, until
        )


_WORST_FIRST = (
    TripStatus.MISSING,
    TripStatus.EXPIRES_DURING_TRIP,
    TripStatus.NOT_ELIGIBLE_S1,
    TripStatus.COVERED,
    TripStatus.NOT_NEEDED,
)


@dataclass(frozen=True, slots=True)
class TripChecks:
    trip: TripRecord
    travellers: tuple[TravellerCheck, ...]

    @property
    def worst(self) -> TripStatus | None:
        """The status that most needs doing something about, for the trip list's colour."""
        statuses = {t.check.status for t in self.travellers}
        return next((s for s in _WORST_FIRST if s in statuses), None)

    @property
    def next_deadline(self) -> date | None:
        dates = [t.check.deadline for t in self.travellers if t.check.deadline]
        return min(dates) if dates else None


def _card_record(row: CeamCard) -> CeamCardRecord:
    assert row.id is not None
    return CeamCardRecord(row.id, row.person_id, row.issued, row.expires, row.number)


def _provisional_record(row: CeamProvisional) -> ProvisionalRecord:
    assert row.id is not None
    return ProvisionalRecord(row.id, row.person_id, row.start_date, row.end_date, row.number)


def _clean_number(number: str, field: str = "number") -> str:
    clean = " ".join(number.split())
    if len(clean) > MAX_NUMBER_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The number is longer than {limit} characters."),
            field=field,
            limit=MAX_NUMBER_LENGTH,
        )
    return clean


class CeamService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.facts = ctx.facts.ceam

    # ------------------------------------------------------------------ reading
    def people(self, person_id: int | None = None, today: date | None = None) -> list[PersonCeam]:
        """Everyone's CEAM situation (or one person's), by name."""
        day = today or self.ctx.today()
        people = PeopleService(self.ctx).all()
        if person_id is not None:
            people = [p for p in people if p.id == person_id]
        with self.ctx.read() as session:
            cards = {r.person_id: _card_record(r) for r in session.scalars(select(CeamCard))}
            certificates: dict[int, list[ProvisionalRecord]] = {}
            for row in session.scalars(
                select(CeamProvisional).order_by(CeamProvisional.start_date)  # type: ignore[arg-type]
            ):
                certificates.setdefault(row.person_id, []).append(_provisional_record(row))
            s1 = {r.person_id: r.country for r in session.scalars(select(CeamS1))}
        result = []
        for person in people:
            holder = CeamHolder(
                s1_holder=person.s1_holder,
                card=cards[person.id].rule if person.id in cards else None,
                provisional=tuple(p.rule for p in certificates.get(person.id, [])),
            )
            result.append(
                PersonCeam(
                    person,
                    cards.get(person.id),
                    tuple(certificates.get(person.id, [])),
                    s1.get(person.id, ""),
                    coverage_on(holder, day, self.facts),
                )
            )
        return result

    def person(self, person_id: int, today: date | None = None) -> PersonCeam:
        found = self.people(person_id, today)
        if not found:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."),
                field="person",
                id=person_id,
            )
        return found[0]

    # ------------------------------------------------------------------ writing
    def _require_person(self, session: Session, person_id: int) -> None:
        if session.get(Person, person_id) is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."),
                field="person",
                id=person_id,
            )

    def set_card(
        self, person_id: int, issued: date, expires: date | None = None, number: str = ""
    ) -> CeamCardRecord:
        """Record (or replace) a person's CEAM; expiry defaults to issue + 2 years."""
        card = make_card(
            issued, expires, _clean_number(number), today=self.ctx.today(), facts=self.facts
        )
        with self.ctx.write() as session:
            self._require_person(session, person_id)
            row = session.scalars(select(CeamCard).where(CeamCard.person_id == person_id)).first()
            if row is None:
                row = CeamCard(person_id=person_id, issued=card.issued, expires=card.expires)
                session.add(row)
            row.issued, row.expires, row.number = card.issued, card.expires, card.number
            row.updated_at = self.ctx.clock.now()
            session.flush()
            return _card_record(row)

    def remove_card(self, person_id: int) -> None:
        with self.ctx.write() as session:
            row = session.scalars(select(CeamCard).where(CeamCard.person_id == person_id)).first()
            if row is not None:
                session.delete(row)

    def add_provisional(
        self, person_id: int, start: date, end: date | None = None, number: str = ""
    ) -> ProvisionalRecord:
        """Record a provisional certificate; its end defaults to start + 3 months."""
        certificate = make_provisional(start, end, facts=self.facts)
        if start > self.ctx.today():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A provisional certificate starts the day it is downloaded: {start} is in"
                    " the future.",
                ),
                field="start",
                start=start.isoformat(),
            )
        with self.ctx.write() as session:
            self._require_person(session, person_id)
            row = CeamProvisional(
                person_id=person_id,
                start_date=certificate.start,
                end_date=certificate.end,
                number=_clean_number(number),
            )
            session.add(row)
            session.flush()
            return _provisional_record(row)

    def remove_provisional(self, provisional_id: int) -> None:
        with self.ctx.write() as session:
            row = session.get(CeamProvisional, provisional_id)
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "There is no provisional certificate with id {id}."
                    ),
                    id=provisional_id,
                )
            session.delete(row)

    def set_s1_country(self, person_id: int, country: str) -> None:
        """The country that issued an S1 holder's S1 (empty to forget it)."""
        code = normalize_country(country, field="s1_country") if country.strip() else ""
        with self.ctx.write() as session:
            self._require_person(session, person_id)
            row = session.get(CeamS1, person_id)
            if not code:
                if row is not None:
                    session.delete(row)
                return
            if row is None:
                session.add(CeamS1(person_id=person_id, country=code))
            else:
                row.country = code

    # ------------------------------------------------------------------ checks
    def check(
        self,
        person_id: int,
        first: date,
        last: date,
        country: str | None = None,
        today: date | None = None,
    ) -> TripCheck:
        """``ceam check``: one person, one date range, optionally one country."""
        plan = make_trip(country or None, first, last)
        day = today or self.ctx.today()
        return check_trip(self.person(person_id, day).holder, plan, day, self.facts)

    def trip_checks(self, trip_id: int, today: date | None = None) -> TripChecks:
        trip = TripService(self.ctx).get(trip_id)
        return self._checks(trip, self._by_person(today), today)

    def all_trip_checks(
        self, today: date | None = None, person_id: int | None = None, upcoming: bool = False
    ) -> list[TripChecks]:
        day = today or self.ctx.today()
        trips = TripService(self.ctx)
        found = trips.upcoming(day, person_id) if upcoming else trips.all(person_id)
        people = self._by_person(day)
        return [self._checks(t, people, day) for t in found]

    def _by_person(self, today: date | None) -> dict[int, PersonCeam]:
        return {p.person.id: p for p in self.people(today=today)}

    def _checks(
        self, trip: TripRecord, people: dict[int, PersonCeam], today: date | None
    ) -> TripChecks:
        day = today or self.ctx.today()
        result = []
        for traveller in trip.travellers:
            person = people.get(traveller.id)
            if person is not None:
                check = check_trip(person.holder, trip.plan, day, self.facts)
                result.append(TravellerCheck(person, check))
        return TripChecks(trip, tuple(result))

    # ------------------------------------------------------------------ documents
    def reminder(
        self, trip_id: int, today: date | None = None, language: Language = ENGLISH
    ) -> "ReminderContent":
        """What the provisional-CEAM reminder of a trip says (its PDF is also what the GUI
        prints), in ``language`` (the GUI's; the CLI writes English)."""
        from ameli_desktop.exports.pdf.ceam_reminder import ReminderTrip, reminder_content

        day = today or self.ctx.today()
        checks = self.trip_checks(trip_id, day)
        trip = checks.trip
        return reminder_content(
            ReminderTrip(trip.id, trip.destination, trip.depart, trip.return_date, trip.purpose),
            [t.reminder(trip.plan) for t in checks.travellers],
            today=day,
            facts=self.ctx.facts,
            language=language,
        )

    def reminder_pdf(
        self,
        trip_id: int,
        target: Path | None,
        generated: datetime | None = None,
        language: Language = ENGLISH,
    ) -> bytes:
        from ameli_desktop.exports.pdf.ceam_reminder import render_content

        return render_content(
            target,
            self.reminder(trip_id, language=language),
            generated=generated or self.ctx.clock.now(),
        )

    def deadline_events(
        self, person_id: int | None = None, language: Language = ENGLISH
    ) -> "list[CalendarEvent]":
        """CEAM expiries and, for trips not over yet, order-by dates and certificate windows."""
        from ameli_desktop.exports.ceam_calendar import (
            CeamExpiry,
            TravellerDeadline,
            ceam_deadline_events,
        )

        day = self.ctx.today()
        expiries = [
            CeamExpiry(p.person.id, p.person.name, p.card.expires)
            for p in self.people(person_id, day)
            if p.card is not None and not p.person.s1_holder
        ]
        deadlines = [
            TravellerDeadline(
                c.trip.id,
                t.person.person.id,
                t.person.person.name,
                c.trip.destination,
                c.trip.depart,
                t.check,
            )
            for c in self.all_trip_checks(day, person_id, upcoming=True)
            for t in c.travellers
            if person_id is None or t.person.person.id == person_id
        ]
        return ceam_deadline_events(expiries, deadlines, self.ctx.facts, language)

    def export_ics(
        self, target: Path, person_id: int | None = None, language: Language = ENGLISH
    ) -> Path:
        from ameli_desktop.exports.ceam_calendar import calendar_name
        from ameli_desktop.exports.ics import write_calendar

        return write_calendar(
            target,
            self.deadline_events(person_id, language),
            name=calendar_name(language),
            stamp=self.ctx.clock.now(),
        )

    # ------------------------------------------------------------------ overview
    def attention(self) -> list[AttentionItem]:
        """CEAM expiring within 60 days; trips a traveller is not covered for; certificates to
        download; S1 holders to remind."""
        day = self.ctx.today()
        items: list[AttentionItem] = []
        for person in self.people(today=day):
            coverage = person.coverage
            if coverage.state is CoverageState.EXPIRING_SOON and coverage.valid_until:
                items.append(
                    AttentionItem(
                        area=AREA,
                        severity=Severity.SOON,
                        title=QT_TRANSLATE_NOOP("Attention", "{name}'s CEAM expires on {date}"),
                        detail=QT_TRANSLATE_NOOP(
                            "Attention",
                            "1 day left. Order a new card on ameli.fr (Mes démarches).",
                        )
                        if coverage.days_remaining == 1
                        else QT_TRANSLATE_NOOP(
                            "Attention",
                            "{days} days left. Order a new card on ameli.fr (Mes démarches).",
                        ),
                        params=(
                            ("name", person.person.name),
                            ("date", format_date(coverage.valid_until)),
                            ("days", str(coverage.days_remaining)),
                        ),
                        due=coverage.valid_until,
                        person_id=person.person.id,
                        # covered by a certificate only: the person's line
                        record_kind="ceam_card" if person.card else "person",
                        record_id=person.card.id if person.card else person.person.id,
                    )
                )
        for trip_checks in self.all_trip_checks(day, upcoming=True):
            trip = trip_checks.trip
            for traveller in trip_checks.travellers:
                item = self._trip_item(trip, traveller, day)
                if item is not None:
                    items.append(item)
        return items

    def _trip_item(
        self, trip: TripRecord, traveller: TravellerCheck, today: date
    ) -> AttentionItem | None:
        check = traveller.check
        params = (
            ("name", traveller.person.person.name),
            ("country", trip.destination),
            ("depart", format_date(trip.depart)),
            ("deadline", format_date(check.deadline)),
        )
        common = {
            "area": AREA,
            "params": params,
            "translatable": (("country", COUNTRY),),
            "due": check.deadline,
            "person_id": traveller.person.person.id,
            "record_kind": "trip",
            "record_id": trip.id,
        }
        if check.action_kind is ActionKind.ORDER_CARD:
            urgent = check.deadline is not None and (check.deadline - today).days <= 7
            return AttentionItem(
                severity=Severity.URGENT if urgent else Severity.SOON,
                title=QT_TRANSLATE_NOOP(
                    "Attention", "{name} is not covered for the trip to {country} on {depart}"
                ),
                detail=QT_TRANSLATE_NOOP(
                    "Attention", "Order a new CEAM on ameli.fr by {deadline}."
                ),
                **common,  # type: ignore[arg-type]
            )
        if check.action_kind is ActionKind.PROVISIONAL:
            plan = check.provisional
            detail = QT_TRANSLATE_NOOP(
                "Attention",
                "Too late to order a card: get the certificate on ameli.fr by {deadline}.",
            )
            if plan is not None and not plan.covers_whole_trip:
                # even one downloaded on the last day ends before the return (a long stay)
                detail = QT_TRANSLATE_NOOP(
                    "Attention",
                    "Too late to order a card: get the certificate on ameli.fr on {deadline}; it"
                    " ends on {until}, before the return: order a new CEAM now as well.",
                )
                common["params"] = (*params, ("until", format_date(plan.valid_until)))
            elif plan is not None and plan.download_from > today:
                # downloaded earlier, the certificate (3 months) would end before the return
                detail = QT_TRANSLATE_NOOP(
                    "Attention",
                    "Too late to order a card: get the certificate on ameli.fr between {from} and"
                    " {deadline}, not earlier, so that it lasts until the return.",
                )
                common["params"] = (*params, ("from", format_date(plan.download_from)))
            return AttentionItem(
                severity=Severity.URGENT,
                title=QT_TRANSLATE_NOOP(
                    "Attention",
                    "Download a provisional CEAM certificate for {name} (trip to {country})",
                ),
                detail=detail,
                **common,  # type: ignore[arg-type]
            )
        if check.action_kind is ActionKind.ASK_S1_COUNTRY:
            return AttentionItem(
                severity=Severity.INFO,
                title=QT_TRANSLATE_NOOP(
                    "Attention", "{name} (S1) needs a card from the S1 country for {country}"
                ),
                detail=QT_TRANSLATE_NOOP(
                    "Attention", "Ask the S1 country's insurer before leaving on {depart}."
                ),
                **common,  # type: ignore[arg-type]
            )
        return None
