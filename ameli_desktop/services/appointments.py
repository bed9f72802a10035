"""Appointments with CPAM advisors: the use cases the Appointments tab and the CLI share.

Every rule (the reason is mandatory, what "needs an outcome" means, when to remind) is in
domain.appointments; this module stores, reads and exports. Times are stored in UTC and handed out
as aware datetimes in Europe/Paris.
"""

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ameli_desktop.domain.appointments import (
    CATEGORY_LABELS,
    OUTCOMES,
    REMINDER_OFFSETS,
    Appointment,
    AppointmentDetails,
    Category,
    Channel,
    ChecklistItem,
    ReminderKind,
    Status,
    due_reminder,
    needs_outcome,
    paris_day,
    upcoming,
    validate_appointment,
)
from ameli_desktop.domain.dates import PARIS, format_datetime
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from ameli_desktop.domain.texts import ENGLISH, Language
from ameli_desktop.services.attention import AttentionItem, Severity
from ameli_desktop.services.context import AppContext
from ameli_desktop.storage.models import AppointmentRow, Attachment, Person

OWNER_KIND = "appointment"  # the table name, for attachments and Overview links
AGENDA_DAYS = 7  # "appointments this week" on the Overview: the next 7 days


def documents_to_json(items: Sequence[ChecklistItem]) -> str:
    return json.dumps(
        [{"label": i.label, "checked": i.checked, "key": i.key} for i in items], ensure_ascii=False
    )


def documents_from_json(text: str) -> tuple[ChecklistItem, ...]:
    """The stored checklist; a damaged value reads as an empty list rather than failing the tab."""
    try:
        raw = json.loads(text or "[]")
    except ValueError:
        return ()
    if not isinstance(raw, list):
        return ()
    return tuple(
        ChecklistItem(str(i.get("label", "")), bool(i.get("checked")), str(i.get("key", "")))
        for i in raw
        if isinstance(i, dict) and i.get("label")
    )


def _details(row: AppointmentRow) -> AppointmentDetails:
    return AppointmentDetails(
        starts_at=row.starts_at.astimezone(PARIS),
        reason=row.reason,
        category=Category(row.category),
        channel=Channel(row.channel),
        place=row.place,
        duration_minutes=row.duration_minutes,
        status=Status(row.status),
        documents=documents_from_json(row.documents_json),
        notes=row.notes,
    )


def _not_found(appointment_id: int) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "There is no appointment with id {id}."), id=appointment_id
    )


def _start_of_paris_day(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=PARIS)


class AppointmentService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------------------ reading
    def _records(self, rows: Sequence[tuple[AppointmentRow, str]]) -> list[Appointment]:
        ids = [row.id for row, _ in rows]
        counts: dict[int, int] = {}
        if ids:
            query = (
                select(Attachment.owner_id, func.count())
                .where(Attachment.owner_kind == OWNER_KIND)
                .where(Attachment.owner_id.in_(ids))  # type: ignore[attr-defined]
                .group_by(Attachment.owner_id)  # type: ignore[arg-type]
            )
            with self.ctx.read() as session:
                counts = {int(owner): int(count) for owner, count in session.execute(query)}
        result = []
        for row, name in rows:
            assert row.id is not None
            result.append(
                Appointment(row.id, row.person_id, name, _details(row), counts.get(row.id, 0))
            )
        return result

    def all(
        self,
        *,
        person_id: int | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[Appointment]:
        """Appointments in start order, optionally of one person and within Paris days."""
        query = select(AppointmentRow, Person.name).join(
            Person,
            Person.id == AppointmentRow.person_id,  # type: ignore[arg-type]
        )
        if person_id is not None:
            query = query.where(AppointmentRow.person_id == person_id)
        if since is not None:
            query = query.where(AppointmentRow.starts_at >= _start_of_paris_day(since))
        if until is not None:
            next_day = _start_of_paris_day(until + timedelta(days=1))
            query = query.where(AppointmentRow.starts_at < next_day)
        query = query.order_by(AppointmentRow.starts_at, AppointmentRow.id)  # type: ignore[arg-type]
        with self.ctx.read() as session:
            rows = [(row, name) for row, name in session.execute(query).all()]
        return self._records(rows)

    def get(self, appointment_id: int) -> Appointment:
        with self.ctx.read() as session:
            found = session.execute(
                select(AppointmentRow, Person.name)
                .join(Person, Person.id == AppointmentRow.person_id)  # type: ignore[arg-type]
                .where(AppointmentRow.id == appointment_id)
            ).first()
        if found is None:
            raise _not_found(appointment_id)
        return self._records([(found[0], found[1])])[0]

    def upcoming(self, *, person_id: int | None = None) -> list[Appointment]:
        """Planned appointments not yet over, soonest first."""
        now = self.ctx.clock.now()
        since = paris_day(now) - timedelta(days=1)  # an appointment may run past midnight
        return upcoming(self.all(person_id=person_id, since=since), now)

    def needing_outcome(self, *, person_id: int | None = None) -> list[Appointment]:
        """Past appointments still marked planned: the tab asks what happened."""
        now = self.ctx.clock.now()
        return [a for a in self.all(person_id=person_id) if needs_outcome(a, now)]

    def days_with_appointments(
        self, year: int, month: int, person_id: int | None = None
    ) -> set[date]:
        """Days of a month (Paris) that have an appointment that is not cancelled."""
        from ameli_desktop.domain.appointments import days_with_appointments
        from ameli_desktop.domain.dates import add_months

        first = date(year, month, 1)
        last = add_months(first, 1) - timedelta(days=1)
        return days_with_appointments(
            self.all(person_id=person_id, since=first, until=last), year, month
        )

    # ------------------------------------------------------------------------------ writing
    def _person_name(self, session: Session, person_id: int) -> str:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Choose who the appointment is for."),
                field="person",
            )
        return str(person.name)

    def add(self, person_id: int | None, details: AppointmentDetails) -> Appointment:
        """Validate and store a new appointment (nothing is stored when a field is wrong)."""
        clean = validate_appointment(details, now=self.ctx.clock.now())
        if person_id is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Choose who the appointment is for."), field="person"
            )
        with self.ctx.write() as session:
            name = self._person_name(session, person_id)
            row = AppointmentRow(
                person_id=person_id,
                starts_at=clean.starts_at,
                duration_minutes=clean.duration_minutes,
                channel=clean.channel.value,
                place=clean.place,
                category=clean.category.value,
                reason=clean.reason,
                documents_json=documents_to_json(clean.documents),
                status=clean.status.value,
                notes=clean.notes,
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            return Appointment(row.id, person_id, name, _details(row))

    def update(
        self, appointment_id: int, details: AppointmentDetails, *, person_id: int | None = None
    ) -> Appointment:
        """Replace an appointment's details (and person). A new time re-arms its reminders."""
        clean = validate_appointment(details, now=self.ctx.clock.now())
        with self.ctx.write() as session:
            row = session.get(AppointmentRow, appointment_id)
            if row is None:
                raise _not_found(appointment_id)
            if person_id is not None:
                row.person_id = person_id
            self._person_name(session, row.person_id)
            if row.starts_at != clean.starts_at:
                row.reminded = ""
            row.starts_at = clean.starts_at
            row.duration_minutes = clean.duration_minutes
            row.channel = clean.channel.value
            row.place = clean.place
            row.category = clean.category.value
            row.reason = clean.reason
            row.documents_json = documents_to_json(clean.documents)
            row.status = clean.status.value
            row.notes = clean.notes
            row.updated_at = self.ctx.clock.now()
            session.flush()
        return self.get(appointment_id)

    def set_outcome(self, appointment_id: int, status: Status, note: str = "") -> Appointment:
        """Record what happened (done, cancelled, missed), with an optional note appended."""
        if status not in OUTCOMES:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Choose what happened: done, cancelled or missed."),
                field="status",
            )
        current = self.get(appointment_id)
        notes = current.details.notes
        if note.strip():
            notes = f"{notes}\n{note.strip()}".strip()
        return self.update(appointment_id, replace(current.details, status=status, notes=notes))

    def set_checked(self, appointment_id: int, index: int, checked: bool) -> Appointment:
        """Tick or untick one document of the checklist."""
        current = self.get(appointment_id)
        items = list(current.details.documents)
        if not 0 <= index < len(items):
            raise IndexError(index)
        items[index] = replace(items[index], checked=checked)
        with self.ctx.write() as session:
            row = session.get(AppointmentRow, appointment_id)
            if row is None:
                raise _not_found(appointment_id)
            row.documents_json = documents_to_json(items)
        return self.get(appointment_id)

    def remove(self, appointment_id: int) -> Appointment:
        """Delete an appointment and its attachments; returns it so the GUI can undo."""
        removed = self.get(appointment_id)
        with self.ctx.write() as session:
            row = session.get(AppointmentRow, appointment_id)
            if row is None:
                raise _not_found(appointment_id)
            session.delete(row)
        from ameli_desktop.services.attachments import AttachmentService

        AttachmentService(self.ctx).remove_all(OWNER_KIND, appointment_id)
        return removed

    def restore(self, appointment: Appointment) -> Appointment:
        """Undo a removal: the same details, for the same person (attachments are not back)."""
        with self.ctx.write() as session:
            self._person_name(session, appointment.person_id)
            details = appointment.details
            row = AppointmentRow(
                person_id=appointment.person_id,
                starts_at=details.starts_at,
                duration_minutes=details.duration_minutes,
                channel=details.channel.value,
                place=details.place,
                category=details.category.value,
                reason=details.reason,
                documents_json=documents_to_json(details.documents),
                status=details.status.value,
                notes=details.notes,
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            new_id = row.id
        return self.get(new_id)

    # ---------------------------------------------------------------------------- reminders
    def due_reminders(self, now: datetime | None = None) -> list[tuple[Appointment, ReminderKind]]:
        """Reminders to show now (tray), each once: the caller marks them with mark_reminded."""
        now = now or self.ctx.clock.now()
        horizon = now + max(REMINDER_OFFSETS.values()) + timedelta(hours=2)
        with self.ctx.read() as session:
            rows = session.execute(
                select(AppointmentRow, Person.name)
                .join(Person, Person.id == AppointmentRow.person_id)  # type: ignore[arg-type]
                .where(
                    AppointmentRow.status == Status.PLANNED.value,
                    AppointmentRow.starts_at > now,
                    AppointmentRow.starts_at <= horizon,
                )
                .order_by(AppointmentRow.starts_at)  # type: ignore[arg-type]
            ).all()
            pairs = [(row, name) for row, name in rows]
        due = []
        for appointment, (row, _) in zip(self._records(pairs), pairs, strict=True):
            shown = {ReminderKind(k) for k in row.reminded.split(",") if k}
            kind = due_reminder(appointment, now, shown)
            if kind is not None:
                due.append((appointment, kind))
        return due

    def mark_reminded(self, appointment_id: int, kind: ReminderKind) -> None:
        with self.ctx.write() as session:
            row = session.get(AppointmentRow, appointment_id)
            if row is None:
                return
            kinds = [k for k in row.reminded.split(",") if k]
            if kind.value not in kinds:
                kinds.append(kind.value)
            row.reminded = ",".join(kinds)

    # ------------------------------------------------------------------------------ exports
    def _chosen(self, ids: Sequence[int] | None, person_id: int | None) -> list[Appointment]:
        if ids:
            return [self.get(i) for i in ids]
        return self.all(person_id=person_id)

    def export_ics(
        self,
        path: Path,
        ids: Sequence[int] | None = None,
        *,
        person_id: int | None = None,
        language: Language = ENGLISH,
    ) -> tuple[Path, int]:
        """Write one, some, or all appointments to an .ics file; returns (path, event count).

        The events are written in ``language`` (the GUI's; the CLI writes English)."""
        from ameli_desktop.exports.appointments_ics import write_appointments_calendar

        chosen = self._chosen(ids, person_id)
        if not chosen:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "There is no appointment to export yet."),
                field="appointments",
            )
        written = write_appointments_calendar(
            path, chosen, stamp=self.ctx.clock.now(), language=language, facts=self.ctx.facts
        )
        return written, len(chosen)

    def export_pdf(
        self,
        path: Path,
        ids: Sequence[int] | None = None,
        *,
        person_id: int | None = None,
        on_page: Callable[[int], None] | None = None,
        language: Language = ENGLISH,
    ) -> Path:
        """Appointment sheets: the chosen ones, or else every upcoming planned appointment, in
        ``language`` (the GUI's; the CLI writes English)."""
        from ameli_desktop.exports.pdf.appointments import render_appointment_sheets
        from ameli_desktop.services.household import PeopleService

        chosen = [self.get(i) for i in ids] if ids else self.upcoming(person_id=person_id)
        if not chosen:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no upcoming appointment to print: choose one in the table, or add"
                    " one first.",
                ),
                field="appointments",
            )
        people = {p.id: p.masked_nir for p in PeopleService(self.ctx).all()}
        render_appointment_sheets(
            path,
            chosen,
            masked_nirs=people,
            generated=self.ctx.clock.now(),
            on_page=on_page,
            language=language,
            facts=self.ctx.facts,
        )
        return Path(path)

    # ---------------------------------------------------------------------------- overview
    def attention(self) -> list[AttentionItem]:
        """Appointments in the next 7 days, and past ones whose outcome is not recorded."""
        now = self.ctx.clock.now()
        items = []
        week_end = now + timedelta(days=AGENDA_DAYS)
        for a in self.upcoming():
            if a.starts_at.astimezone(UTC) > week_end.astimezone(UTC):
                break
            items.append(
                AttentionItem(
                    area="appointments",
                    severity=Severity.SOON,
                    title=QT_TRANSLATE_NOOP("Attention", "CPAM appointment on {when}: {category}"),
                    detail=QT_TRANSLATE_NOOP(
                        "Attention", "{person}. Reason: {reason}. Bring: {documents}."
                    ),
                    params=(
                        ("when", format_datetime(a.starts_at)),
                        ("category", CATEGORY_LABELS[a.details.category]),
                        ("person", a.person_name),
                        ("reason", a.details.reason),
                        (
                            "documents",
                            ", ".join(d.label for d in a.details.documents if not d.checked) or "—",
                        ),
                    ),
                    due=paris_day(a.starts_at),
                    person_id=a.person_id,
                    record_kind=OWNER_KIND,
                    record_id=a.id,
                    translatable=(("category", "Appointments"),),
                )
            )
        for a in self.needing_outcome():
            items.append(
                AttentionItem(
                    area="appointments",
                    severity=Severity.SOON,
                    title=QT_TRANSLATE_NOOP(
                        "Attention", "What happened at the appointment of {when}?"
                    ),
                    detail=QT_TRANSLATE_NOOP(
                        "Attention", "{person}: record whether it was done, cancelled or missed."
                    ),
                    params=(("when", format_datetime(a.starts_at)), ("person", a.person_name)),
                    due=paris_day(a.starts_at),
                    person_id=a.person_id,
                    record_kind=OWNER_KIND,
                    record_id=a.id,
                )
            )
        return items
