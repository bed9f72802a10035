"""The Travel log's use cases, shared by the GUI and the CLI: stays at the Schengen border, each
person's status (nationality group, residence permits), the 90/180-day counts and the planner.

Every answer comes from ``domain.schengen``; this module only loads and saves. Trips of the Trips
feature (the shared ``trip`` table) count as stays of their travellers in their destination
country, so a trip is entered once: the counting takes the union of days, so a trip also
recorded as a stay is not counted twice.

A person's nationality group is asked when they are added and is "unknown" until then: recording
a stay no longer makes anyone "subject to the rule" on a guess.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from ameli_desktop.domain.names import name_key
from ameli_desktop.domain.schengen import (
    DEFAULT_COUNTRY,
    Explanation,
    FlagKind,
    ImmigrationStatus,
    Nationality,
    Overstay,
    PermitKind,
    PermitPeriod,
    Rule,
    SchengenCalendar,
    SchengenStatus,
    Stay,
    StayDetails,
    StayFlag,
    StayPlan,
    WindowBreakdown,
    clean_stay_details,
    nationality_with_permit,
    plan_stay,
    schengen_status,
    stay_flags,
    validate_permit,
)
from ameli_desktop.domain.texts import ENGLISH, Language
from ameli_desktop.services.attention import COUNTRY, AttentionItem, Severity
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService, PersonRecord, record_permit
from ameli_desktop.storage.models import (
    Person,
    ResidencePermit,
    SchengenStay,
    Trip,
    TripTraveller,
)

if TYPE_CHECKING:  # the CSV reader loads with an import (start-up, DESIGN.md 9)
    from ameli_desktop.importers.stays_csv import RowProblem

STAY_KIND = "schengen_stay"  # the attachments' owner kind and the Overview's record kind
PERSON_KIND = "person"  # the Overview's link to a person's count, chart and planner
AREA = "travel_log"


@dataclass(frozen=True, slots=True)
class StayRecord:
    """A stay as listed: a recorded border crossing, or a trip counted as a (planned) stay."""

    id: int  # schengen_stay.id, or trip.id when ``from_trip``
    person_id: int
    details: StayDetails
    from_trip: bool = False
    trip_purpose: str = ""

    @property
    def entry(self) -> date:
        return self.details.entry

    @property
    def exit(self) -> date | None:
        return self.details.exit

    def as_stay(self) -> Stay:
        return self.details.as_stay(None if self.from_trip else self.id)

    def days(self, today: date) -> int:
        """Calendar days of the stay, through today while still inside."""
        last = self.exit or max(today, self.entry)
        return (last - self.entry).days + 1

    def planned_on(self, on: date) -> bool:
        """Not begun on ``on``: a booked trip or stay, the planner's business, not a past stay."""
        return self.entry > on


@dataclass(frozen=True, slots=True)
class PermitRecord:
    id: int
    person_id: int
    period: PermitPeriod
    reference: str = ""


@dataclass(frozen=True, slots=True)
class PersonTravel:
    """Everything the Travel log header and the PDF show for one person on one date."""

    person: PersonRecord
    immigration: ImmigrationStatus
    permits: tuple[PermitRecord, ...]
    stays: tuple[StayRecord, ...]  # recorded stays and trips, by entry date
    status: SchengenStatus
    flags: tuple[StayFlag, ...]
    breakdown: WindowBreakdown | None  # None when the rule does not apply
    future_overstays: tuple[Overstay, ...]  # caused by booked stays and trips after the date


@dataclass(frozen=True, slots=True)
class ImportResult:
    imported: int
    duplicates: int
    rejected: "tuple[RowProblem, ...]"
    written: bool

    def as_json(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": [p.as_json() for p in self.rejected],
        }


def _details(row: SchengenStay) -> StayDetails:
    return StayDetails(
        entry=row.entry,
        exit=row.exit,
        country=row.country,
        entry_port=row.entry_port,
        exit_port=row.exit_port,
        passport=row.passport,
        stamped_entry=row.stamped_entry,
        stamped_exit=row.stamped_exit,
        ees_recorded=row.ees_recorded,
        notes=row.notes,
    )


def _apply(row: SchengenStay, details: StayDetails) -> None:
    row.entry = details.entry
    row.exit = details.exit
    row.country = details.country
    row.entry_port = details.entry_port
    row.exit_port = details.exit_port
    row.passport = details.passport
    row.stamped_entry = details.stamped_entry
    row.stamped_exit = details.stamped_exit
    row.ees_recorded = details.ees_recorded
    row.notes = details.notes


def _stay_not_found(stay_id: int) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "There is no stay with id {id}."), field="stay", id=stay_id
    )


class TravelService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.facts = ctx.facts.schengen

    # ------------------------------------------------------------------ reading

    def _person(self, session: Session, person_id: int) -> Person:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."),
                field="person",
                id=person_id,
            )
        return person

    def _stays(self, session: Session, person_id: int) -> list[StayRecord]:
        recorded = [
            StayRecord(row.id, person_id, _details(row))  # type: ignore[arg-type]
            for row in session.scalars(
                select(SchengenStay).where(SchengenStay.person_id == person_id)
            )
        ]
        trips = [
            StayRecord(
                trip.id,  # type: ignore[arg-type]
                person_id,
                StayDetails(trip.depart, trip.return_date, trip.destination.upper()),
                from_trip=True,
                trip_purpose=trip.purpose,
            )
            for trip in session.scalars(
                select(Trip)
                .join(TripTraveller, TripTraveller.trip_id == Trip.id)  # type: ignore[arg-type]
                .where(TripTraveller.person_id == person_id)
            )
        ]
        return sorted(recorded + trips, key=lambda s: (s.entry, s.exit or date.max, s.from_trip))

    def _immigration(self, session: Session, person_id: int) -> ImmigrationStatus:
        person = self._person(session, person_id)
        permits = tuple(p.period for p in self._permits(session, person_id))
        return ImmigrationStatus(Nationality(person.nationality), permits)

    def _permits(self, session: Session, person_id: int) -> list[PermitRecord]:
        rows = session.scalars(
            select(ResidencePermit)
            .where(ResidencePermit.person_id == person_id)
            .order_by(ResidencePermit.start)  # type: ignore[arg-type]
        )
        return [
            PermitRecord(
                r.id,  # type: ignore[arg-type]
                person_id,
                PermitPeriod(r.start, r.end, PermitKind(r.kind), r.state),
                r.reference,
            )
            for r in rows
        ]

    def people_in_log(self) -> list[PersonRecord]:
        """People with a recorded stay, a trip or a permit: the ones with something to count (the
        Overview's lines, the PDF of everyone). The tab shows every member, so that a status can
        be given before any stay."""
        with self.ctx.read() as session:
            ids = set(session.scalars(select(SchengenStay.person_id)))
            ids |= set(session.scalars(select(TripTraveller.person_id)))
            ids |= set(session.scalars(select(ResidencePermit.person_id)))
        return [p for p in PeopleService(self.ctx).all() if p.id in ids]

    def immigration(self, person_id: int) -> ImmigrationStatus:
        with self.ctx.read() as session:
            return self._immigration(session, person_id)

    def permits(self, person_id: int) -> list[PermitRecord]:
        with self.ctx.read() as session:
            self._person(session, person_id)
            return self._permits(session, person_id)

    def stays(self, person_id: int | None = None) -> list[StayRecord]:
        """A person's stays and trips, or those of everyone in the log."""
        with self.ctx.read() as session:
            if person_id is not None:
                self._person(session, person_id)
                return self._stays(session, person_id)
        result: list[StayRecord] = []
        for person in self.people_in_log():
            with self.ctx.read() as session:
                result += self._stays(session, person.id)
        return sorted(result, key=lambda s: (s.entry, s.person_id))

    def _load(self, person_id: int) -> tuple[list[StayRecord], ImmigrationStatus]:
        with self.ctx.read() as session:
            immigration = self._immigration(session, person_id)
            stays = self._stays(session, person_id)
        return stays, immigration

    # ------------------------------------------------------------------ answers

    def status(self, person_id: int, on: date | None = None) -> SchengenStatus:
        """``travel status``: open stays assumed to last through ``on`` (default today)."""
        stays, immigration = self._load(person_id)
        return schengen_status(
            [s.as_stay() for s in stays], immigration, on or self.ctx.today(), self.facts
        )

    def plan(
        self,
        person_id: int,
        entry: date,
        exit_: date | None = None,
        country: str = DEFAULT_COUNTRY,
    ) -> StayPlan:
        """``travel plan``: recorded stays and trips (past and booked) are kept legal."""
        stays, immigration = self._load(person_id)
        return plan_stay(
            [s.as_stay() for s in stays],
            immigration,
            entry,
            exit_,
            today=self.ctx.today(),
            country=country.strip().upper() or DEFAULT_COUNTRY,
            facts=self.facts,
        )

    def calendar(self, person_id: int, open_until: date | None = None) -> SchengenCalendar:
        """The counter for charts and explanations (open stays last through ``open_until``)."""
        stays, immigration = self._load(person_id)
        permits = immigration.permits
        if immigration.free_movement or not immigration.known:
            stays = []  # nothing is counted
        return SchengenCalendar(
            [s.as_stay() for s in stays],
            permits,
            open_until=open_until or self.ctx.today(),
            facts=self.facts,
        )

    def timeline(
        self, person_id: int, first: date, last: date, planned: Stay | None = None
    ) -> list[int]:
        """The count on each day from ``first`` to ``last`` (the chart), with an optional planned
        stay added; all zeros when the rule does not apply to the person (or their status is
        unknown)."""
        stays, immigration = self._load(person_id)
        if immigration.free_movement or not immigration.known:
            return [0] * ((last - first).days + 1)
        extra = [planned] if planned is not None else []
        calendar = SchengenCalendar(
            [s.as_stay() for s in stays] + extra,
            immigration.permits,
            open_until=self.ctx.today(),
            facts=self.facts,
        )
        return calendar.daily_counts(first, last)

    def overview(self, person_id: int, on: date | None = None) -> PersonTravel:
        """The header, flags and explanation of one person on ``on`` (default today)."""
        on = on or self.ctx.today()
        stays, immigration = self._load(person_id)
        person = PeopleService(self.ctx).get(person_id)
        domain_stays = [s.as_stay() for s in stays]
        status = schengen_status(domain_stays, immigration, on, self.facts)
        flags = stay_flags(
            [s.details.as_stay(s.id) for s in stays if not s.from_trip],
            immigration,
            today=self.ctx.today(),
            facts=self.facts,
        )
        breakdown = None
        future: tuple[Overstay, ...] = ()
        if status.days_used is not None and not status.unlimited:
            calendar = SchengenCalendar(
                domain_stays, immigration.permits, open_until=on, facts=self.facts
            )
            breakdown = calendar.breakdown(on)
            future = tuple(o for o in calendar.overstays() if o.last > on)
        return PersonTravel(
            person=person,
            immigration=immigration,
            permits=tuple(self.permits(person_id)),
            stays=tuple(stays),
            status=status,
            flags=tuple(flags),
            breakdown=breakdown,
            future_overstays=future,
        )

    # ------------------------------------------------------------------ PDF

    def summaries(self, person_id: int | None = None, on: date | None = None) -> list:
        """The travel summary's content (exports.pdf.travel.PersonSummary) for one person or
        everyone in the log, on ``on`` (default today)."""
        from ameli_desktop.exports.pdf.travel import PersonSummary, SummaryStay

        on = on or self.ctx.today()
        ids = [person_id] if person_id is not None else [p.id for p in self.people_in_log()]
        result = []
        for pid in ids:
            info = self.overview(pid, on)
            day_counts: tuple[tuple[date, int], ...] = ()
            if info.breakdown is not None:
                calendar = self.calendar(pid, open_until=on)
                counts = calendar.daily_counts(info.status.window_start, on)
                day_counts = tuple(
                    (info.status.window_start + timedelta(days=k), n)
                    for k, n in enumerate(counts)
                    if calendar.is_counted(info.status.window_start + timedelta(days=k))
                )
            flags: dict[int, list[Explanation]] = {}
            for flag in info.flags:
                if flag.key is not None:
                    flags.setdefault(flag.key, []).append(flag.explanation)
            sources = self.ctx.facts.source_of("schengen")
            if info.permits:
                sources = self.ctx.facts.source_of("schengen.permits") + sources
            result.append(
                PersonSummary(
                    name=info.person.name,
                    masked_nir=info.person.masked_nir,
                    border=info.status.border,
                    status=info.status,
                    permits=tuple((p.period, p.reference) for p in info.permits),
                    # Past and current stays only: a booked trip belongs to the planner.
                    stays=tuple(
                        SummaryStay(
                            s.details,
                            (min(s.exit or on, on) - s.entry).days + 1,
                            s.from_trip,
                            () if s.from_trip else tuple(flags.get(s.id, ())),
                            ongoing=s.exit is None or s.exit > on,
                        )
                        for s in info.stays
                        if not s.planned_on(on)
                    ),
                    breakdown=info.breakdown,
                    day_counts=day_counts,
                    overstays=info.status.overstays,
                    max_days=self.facts.max_days,
                    sources=tuple(source.title for source in sources),
                )
            )
        return result

    def export_pdf(
        self,
        path: Path,
        person_id: int | None = None,
        on: date | None = None,
        language: Language = ENGLISH,
    ) -> Path:
        """Write the travel summary PDF (``export pdf travel``, the tab's Ctrl+P) in ``language``
        (the GUI's; the CLI writes English)."""
        from ameli_desktop.exports.pdf.travel import write_travel_summary

        on = on or self.ctx.today()
        write_travel_summary(
            path,
            self.summaries(person_id, on),
            on=on,
            generated=self.ctx.clock.now(),
            language=language,
        )
        return path

    # ------------------------------------------------------------------ changes

    def set_nationality(self, person_id: int, nationality: Nationality) -> None:
        """The person's group at the border (permits are kept whatever the group)."""
        with self.ctx.write() as session:
            self._person(session, person_id).nationality = Nationality(nationality).value

    def add_permit(self, person_id: int, period: PermitPeriod, reference: str = "") -> PermitRecord:
        """Record a permit or long-stay visa; a person whose group was unknown becomes "other"
        (an EU/EEA/Swiss citizen's is refused: see ``nationality_with_permit``)."""
        clean = validate_permit(period, self.facts)
        reference = " ".join(reference.split())
        if len(reference) > 60:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Too long: at most {limit} characters here."),
                field="reference",
                limit=60,
            )
        with self.ctx.write() as session:
            person = self._person(session, person_id)
            person.nationality = nationality_with_permit(Nationality(person.nationality)).value
            permit_id = record_permit(session, person_id, clean, reference)
            return PermitRecord(permit_id, person_id, clean, reference)

    def remove_permit(self, permit_id: int) -> None:
        with self.ctx.write() as session:
            row = session.get(ResidencePermit, permit_id)
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no permit with id {id}."), id=permit_id
                )
            session.delete(row)

    def _recorded(self, session: Session, person_id: int, except_id: int | None) -> list[Stay]:
        rows = session.scalars(select(SchengenStay).where(SchengenStay.person_id == person_id))
        return [_details(r).as_stay(r.id) for r in rows if r.id != except_id]

    def add_stay(self, person_id: int, details: StayDetails) -> StayRecord:
        with self.ctx.write() as session:
            self._person(session, person_id)
            clean = clean_stay_details(
                details,
                self._recorded(session, person_id, None),
                today=self.ctx.today(),
                facts=self.facts,
            )
            row = SchengenStay(person_id=person_id, entry=clean.entry)
            _apply(row, clean)
            session.add(row)
            session.flush()
            return StayRecord(row.id, person_id, clean)  # type: ignore[arg-type]

    def update_stay(self, stay_id: int, details: StayDetails) -> StayRecord:
        with self.ctx.write() as session:
            row = session.get(SchengenStay, stay_id)
            if row is None:
                raise _stay_not_found(stay_id)
            clean = clean_stay_details(
                details,
                self._recorded(session, row.person_id, stay_id),
                today=self.ctx.today(),
                facts=self.facts,
            )
            _apply(row, clean)
            return StayRecord(stay_id, row.person_id, clean)

    def get_stay(self, stay_id: int) -> StayRecord:
        with self.ctx.read() as session:
            row = session.get(SchengenStay, stay_id)
            if row is None:
                raise _stay_not_found(stay_id)
            return StayRecord(stay_id, row.person_id, _details(row))

    def remove_stay(self, stay_id: int) -> StayRecord:
        """Remove a stay and its attachments; returns it, so the GUI can offer to undo."""
        from ameli_desktop.services.attachments import AttachmentService

        with self.ctx.write() as session:
            row = session.get(SchengenStay, stay_id)
            if row is None:
                raise _stay_not_found(stay_id)
            removed = StayRecord(stay_id, row.person_id, _details(row))
            session.delete(row)
        AttachmentService(self.ctx).remove_all(STAY_KIND, stay_id)
        return removed

    def restore_stay(self, removed: StayRecord) -> StayRecord:
        """Undo a removal (the attachments are not restored)."""
        return self.add_stay(removed.person_id, removed.details)

    # ------------------------------------------------------------------ CSV

    def export_csv(self, path: Path, person_id: int | None = None) -> int:
        """Write the recorded stays (not trips) as CSV; returns the number of rows."""
        from ameli_desktop.exports.csv import write_csv
        from ameli_desktop.importers.stays_csv import COLUMNS

        names = {p.id: p.name for p in PeopleService(self.ctx).all()}
        stays = [s for s in self.stays(person_id) if not s.from_trip]

        def flag(value: bool | None) -> str:
            return "" if value is None else ("yes" if value else "no")

        rows = [
            (
                names.get(s.person_id, ""),
                s.entry.isoformat(),
                s.exit.isoformat() if s.exit else "",
                s.details.country,
                s.details.entry_port,
                s.details.exit_port,
                s.details.passport,
                flag(s.details.stamped_entry),
                flag(s.details.stamped_exit),
                "yes" if s.details.ees_recorded else "no",
                s.details.notes,
            )
            for s in stays
        ]
        write_csv(path, COLUMNS, rows)
        return len(rows)

    def import_csv(
        self, path: Path, *, person_id: int | None = None, skip_bad: bool = False
    ) -> ImportResult:
        """Import stays from a CSV, all or nothing.

        Rows name their person (matched ignoring case, accents and name order) or go to
        ``person_id``. A row equal to a stored stay (same person, dates and country) is a
        duplicate and is skipped. With problems and without ``skip_bad`` nothing is written.
        """
        from ameli_desktop.importers.stays_csv import RowProblem, parse_stays_csv

        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {detail}."),
                field="file",
                file=str(path),
                detail=exc.strerror or str(exc),
            ) from None
        parsed = parse_stays_csv(data)
        people = {name_key(p.name): p for p in PeopleService(self.ctx).all()}
        problems = list(parsed.problems)
        today = self.ctx.today()
        imported = duplicates = 0
        with self.ctx.write() as session:
            known: dict[int, list[Stay]] = {}
            to_add: list[tuple[int, StayDetails]] = []
            for row in parsed.rows:
                if row.person:
                    person = people.get(name_key(row.person))
                    if person is None:
                        problems.append(
                            RowProblem(
                                row.line,
                                "person",
                                row.person,
                                "nobody of that name in the household",
                            )
                        )
                        continue
                    target = person.id
                elif person_id is not None:
                    target = person_id
                else:
                    problems.append(
                        RowProblem(row.line, "person", "", "no person: add a person column")
                    )
                    continue
                if target not in known:
                    known[target] = self._recorded(session, target, None)
                others = known[target]
                stay = row.details.as_stay()
                key = (stay.entry, stay.exit, row.details.country.strip().upper() or "FR")
                if any((o.entry, o.exit, o.country) == key for o in others):
                    duplicates += 1
                    continue
                try:
                    clean = clean_stay_details(row.details, others, today=today, facts=self.facts)
                except UserError as exc:
                    column = exc.field or "entry"
                    value = getattr(row.details, column, "") if column != "person" else row.person
                    problems.append(
                        RowProblem(
                            row.line,
                            column,
                            value.isoformat() if isinstance(value, date) else str(value or ""),
                            str(exc),
                        )
                    )
                    continue
                others.append(clean.as_stay())
                to_add.append((target, clean))
            problems.sort(key=lambda p: p.line)
            if problems and not skip_bad:
                return ImportResult(0, duplicates, tuple(problems), written=False)
            for target, clean in to_add:
                row_ = SchengenStay(person_id=target, entry=clean.entry)
                _apply(row_, clean)
                session.add(row_)
                session.flush()
                imported += 1
        return ImportResult(imported, duplicates, tuple(problems), written=True)

    # ------------------------------------------------------------------ Overview

    def attention(self) -> list[AttentionItem]:
        """For each person with something recorded: the status to give when it is unknown (never
        an instruction on a guess); else days left for each person the rule counts, overstays
        now or ahead (booked stays and trips that would break the rule), and crossings whose
        stamp is missing. A permit holder is told about the other Schengen states, and to go
        back to the state that issued the permit, not to leave the area."""
        today = self.ctx.today()
        items: list[AttentionItem] = []
        for person in self.people_in_log():
            info = self.overview(person.id, today)
            status = info.status
            name = person.name
            item = partial(
                AttentionItem,
                AREA,
                person_id=person.id,
                record_kind=PERSON_KIND,
                record_id=person.id,
            )
            if status.rule is Rule.FREE_MOVEMENT:
                continue
            if status.rule is Rule.UNKNOWN or status.days_used is None:
                items.append(
                    item(
                        Severity.INFO,
                        QT_TRANSLATE_NOOP(
                            "Attention",
                            "{name}: status unknown: say which passport and permits apply",
                        ),
                        QT_TRANSLATE_NOOP(
                            "Attention",
                            "The 90/180-day count depends on the passport and on any residence "
                            "permit or long-stay visa: give them in the Travel log (Nationality "
                            "and permits).",
                        ),
                        (("name", name),),
                    )
                )
                continue
            permit = status.border.permit
            values = (
                ("name", name),
                ("used", str(status.days_used)),
                ("left", str(status.days_left)),
                ("window_start", format_date(status.window_start)),
                ("until", format_date(status.stay_until) if status.stay_until else ""),
                ("state", permit.state if permit else ""),
            )
            translatable = (("state", COUNTRY),) if permit else ()
            if status.over_limit and status.counted_today:
                items.append(
                    item(
                        Severity.URGENT,
                        QT_TRANSLATE_NOOP(
                            "Attention",
                            "{name} is over the 90/180-day limit in the other Schengen states: "
                            "{used} days used",
                        )
                        if permit
                        else QT_TRANSLATE_NOOP(
                            "Attention", "{name} is over the 90/180-day limit: {used} days used"
                        ),
                        QT_TRANSLATE_NOOP(
                            "Attention",
                            "In the 180 days from {window_start}, outside {state}: go back to "
                            "{state} now or get advice.",
                        )
                        if permit
                        else QT_TRANSLATE_NOOP(
                            "Attention",
                            "In the 180 days from {window_start}: leave the Schengen area now "
                            "or get advice.",
                        ),
                        values,
                        due=today,
                        translatable=translatable,
                    )
                )
            elif status.counted_today and status.stay_until is not None:
                left_days = (status.stay_until - today).days
                items.append(
                    item(
                        Severity.SOON if left_days <= 14 else Severity.INFO,
                        QT_TRANSLATE_NOOP(
                            "Attention",
                            "{name} may stay in the other Schengen states until {until}",
                        )
                        if permit
                        else QT_TRANSLATE_NOOP(
                            "Attention", "{name} may stay in the Schengen area until {until}"
                        ),
                        QT_TRANSLATE_NOOP(
                            "Attention",
                            "Days in {state} are not counted; {used} of 90 days used in the "
                            "other Schengen states in the last 180, {left} left.",
                        )
                        if permit
                        else QT_TRANSLATE_NOOP(
                            "Attention", "{used} of 90 days used in the last 180, {left} left."
                        ),
                        values,
                        due=status.stay_until,
                        translatable=translatable,
                    )
                )
            elif status.days_used:
                if permit:
                    title = (
                        QT_TRANSLATE_NOOP(
                            "Attention", "{name}: 1 day left of 90 in the other Schengen states"
                        )
                        if status.days_left == 1
                        else QT_TRANSLATE_NOOP(
                            "Attention",
                            "{name}: {left} days left of 90 in the other Schengen states",
                        )
                    )
                    detail = (
                        QT_TRANSLATE_NOOP(
                            "Attention",
                            "Days in {state} are not counted; 1 day used elsewhere in the 180 "
                            "days from {window_start}.",
                        )
                        if status.days_used == 1
                        else QT_TRANSLATE_NOOP(
                            "Attention",
                            "Days in {state} are not counted; {used} days used elsewhere in "
                            "the 180 days from {window_start}.",
                        )
                    )
                else:
                    title = (
                        QT_TRANSLATE_NOOP("Attention", "{name}: 1 Schengen day left of 90 today")
                        if status.days_left == 1
                        else QT_TRANSLATE_NOOP(
                            "Attention", "{name}: {left} Schengen days left of 90 today"
                        )
                    )
                    detail = (
                        QT_TRANSLATE_NOOP(
                            "Attention", "1 day used in the 180 days from {window_start}."
                        )
                        if status.days_used == 1
                        else QT_TRANSLATE_NOOP(
                            "Attention", "{used} days used in the 180 days from {window_start}."
                        )
                    )
                items.append(
                    item(
                        Severity.INFO,
                        title,
                        detail,
                        values,
                        translatable=translatable,
                    )
                )
            for overstay in info.future_overstays:
                items.append(
                    item(
                        Severity.URGENT,
                        QT_TRANSLATE_NOOP(
                            "Attention",
                            "{name}'s planned stays break the 90/180-day rule from {first}",
                        ),
                        QT_TRANSLATE_NOOP(
                            "Attention",
                            "1 day over the limit, on {first}: shorten or move a stay (the "
                            "planner shows what fits).",
                        )
                        if overstay.days == 1
                        else QT_TRANSLATE_NOOP(
                            "Attention",
                            "{days} days over the limit, {first} to {last}: shorten or move "
                            "a stay (the planner shows what fits).",
                        ),
                        (
                            ("name", name),
                            ("first", format_date(max(overstay.first, today))),
                            ("last", format_date(overstay.last)),
                            ("days", str(overstay.days)),
                        ),
                        due=max(overstay.first, today),
                    )
                )
            exits = {s.id: s.exit for s in info.stays if not s.from_trip}
            for flag in info.flags:
                left_on = exits.get(flag.key or -1)
                if flag.kind is not FlagKind.MISSING_EXIT_STAMP or left_on is None:
                    continue
                items.append(
                    AttentionItem(
                        AREA,
                        Severity.INFO,
                        QT_TRANSLATE_NOOP("Attention", "{name}: no exit stamp on {day}"),
                        QT_TRANSLATE_NOOP(
                            "Attention",
                            "Keep proof that you left that day (boarding pass, ticket, the next "
                            "country's entry stamp) with the passport.",
                        ),
                        (("name", name), ("day", format_date(left_on))),
                        due=left_on,
                        person_id=person.id,
                        record_kind=STAY_KIND,
                        record_id=flag.key,
                    )
                )
        return items
