"""People in the household: add, edit, find by name, remove (and what goes with them)."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Column, Table, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError
from ameli_desktop.domain.identifiers import mask_nir
from ameli_desktop.domain.names import name_key
from ameli_desktop.domain.people import PersonDetails, Role, validate_person
from ameli_desktop.domain.schengen import Nationality, PermitPeriod
from ameli_desktop.services.context import AppContext
from ameli_desktop.storage.backups import create_backup
from ameli_desktop.storage.models import (
    Person,
    PersonAlias,
    ResidencePermit,
    Trip,
    TripTraveller,
    metadata,
)


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person as the GUI and CLI see them (never bound to a session)."""

    id: int
    uid: str
    name: str
    born: date | None
    role: Role
    nir: str | None
    s1_holder: bool
    nationality: Nationality = Nationality.UNKNOWN  # what counts at the Schengen border

    @property
    def masked_nir(self) -> str:
        return mask_nir(self.nir)

    def to_json(self) -> dict[str, object]:
        """The CLI's view: the NIR only masked (DESIGN.md 2)."""
        return {
            "id": self.id,
            "name": self.name,
            "born": self.born.isoformat() if self.born else None,
            "role": self.role.value,
            "nir": self.masked_nir or None,
            "s1": self.s1_holder,
            "nationality": self.nationality.value,
        }


@dataclass(frozen=True, slots=True)
class Dependent:
    """Records that belong to a person and would be removed with them."""

    table: str
    label: str  # marked with QT_TRANSLATE_NOOP("Records", ...) in the table's info
    count: int


class NameTakenError(ConflictError):
    """Renaming a person to the name of another: they may be one person (merge them)."""

    def __init__(self, name: str, old: str, other_id: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone called “{name}” is already in the household. If {old} and {name} are "
                "one person, merge them: Household > Merge people… (people merge --from "
                '"{old}" --into "{name}" on the command line).',
            ),
            field="name",
            name=name,
            old=old,
        )
        self.other_id = other_id


def person_columns() -> list[tuple[Table, Column[Any]]]:
    """Every (table, column) with a foreign key to person.id, found from the schema: what goes
    with a person removed, and what moves with a person merged, in tables added later too."""
    return [
        (table, column)
        for table in metadata.sorted_tables
        for column in table.columns
        if any(fk.column.table.name == "person" for fk in column.foreign_keys)
    ]


def record_label(table: Table) -> str:
    """What the app calls a table's rows (marked with QT_TRANSLATE_NOOP("Records", ...))."""
    return str(table.info.get("label", table.name.replace("_", " ")))


def take_back_spelling(session: Session, key: str) -> None:
    """A member's own name takes a spelling back from the aliases that gave it to someone else
    (or left its lines out): a file naming "Claire Martin" is the member called so."""
    session.execute(delete(PersonAlias).where(PersonAlias.name_key == key))


def person_record(row: Person) -> PersonRecord:
    """A person row as the GUI and CLI see it."""
    assert row.id is not None
    return PersonRecord(
        row.id,
        row.uid,
        row.name,
        row.born,
        Role(row.role),
        row.nir,
        row.s1_holder,
        Nationality(row.nationality),
    )


def record_permit(
    session: Session, person_id: int, permit: PermitPeriod, reference: str = ""
) -> int:
    """Write a (validated) residence permit or long-stay visa of a person; returns its id. The
    one writer of that table: adding a person with a permit and the Travel log's dialog."""
    row = ResidencePermit(
        person_id=person_id,
        kind=permit.kind.value,
        start=permit.start,
        end=permit.end,
        reference=reference,
        state=permit.state,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def _apply(row: Person, clean: PersonDetails) -> None:
    row.name = clean.name
    row.name_key = name_key(clean.name)
    row.born = clean.born
    row.role = clean.role.value
    row.nir = clean.nir
    row.s1_holder = clean.s1_holder
    row.nationality = clean.nationality.value


class PeopleService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def all(self) -> list[PersonRecord]:
        with self.ctx.read() as session:
            rows = session.scalars(select(Person).order_by(Person.name)).all()
            return [person_record(r) for r in rows]

    def get(self, person_id: int) -> PersonRecord:
        with self.ctx.read() as session:
            row = session.get(Person, person_id)
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."), id=person_id
                )
            return person_record(row)

    def find(self, name: str) -> PersonRecord:
        """The person called ``name``, ignoring case, accents and the order of the names.

        A part of a name is enough when it fits one person only ("Zoé" for "Zoé Lebrun").
        """
        key = name_key(name)
        with self.ctx.read() as session:
            rows = session.scalars(select(Person).order_by(Person.name)).all()
        exact = [r for r in rows if r.name_key == key]
        wanted = set(key.split())
        partial = [r for r in rows if wanted and wanted <= set(r.name_key.split())]
        matches = exact or partial
        if len(matches) == 1:
            return person_record(matches[0])
        if matches:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "“{name}” could be {candidates}: give the full name."),
                field="person",
                name=name,
                candidates=" or ".join(r.name for r in matches),
            )
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors", "Nobody called “{name}” in the household (known: {known})."
            ),
            field="person",
            name=name,
            known=", ".join(r.name for r in rows) or "nobody yet",
        )

    def _clean(self, details: PersonDetails) -> PersonDetails:
        return validate_person(details, today=self.ctx.today(), facts=self.ctx.facts.schengen)

    def add(self, details: PersonDetails) -> PersonRecord:
        """Add a person, with the permit of ``details`` if any: both, or nothing."""
        return self.add_many([details])[0]

    def add_many(self, people: list[PersonDetails]) -> list[PersonRecord]:
        """Add several people (and their permits) in one transaction: all of them, or none if
        one is wrong."""
        cleaned = [self._clean(d) for d in people]
        keys = [name_key(c.name) for c in cleaned]
        for index, key in enumerate(keys):
            if key in keys[:index]:
                raise self._duplicate(cleaned[index].name)
        try:
            with self.ctx.write() as session:
                rows = []
                for clean in cleaned:
                    row = Person(name=clean.name, name_key=name_key(clean.name))
                    _apply(row, clean)
                    rows.append(row)
                session.add_all(rows)
                session.flush()
                for row, clean in zip(rows, cleaned, strict=True):
                    if clean.permit is not None:
                        record_permit(session, row.id, clean.permit)  # type: ignore[arg-type]
                for key in keys:
                    take_back_spelling(session, key)
                return [person_record(r) for r in rows]
        except IntegrityError:
            raise self._duplicate(", ".join(c.name for c in cleaned)) from None

    def update(self, person_id: int, details: PersonDetails) -> PersonRecord:
        """Change a person's details; a permit in ``details`` is recorded as a new one."""
        clean = self._clean(details)
        try:
            with self.ctx.write() as session:
                row = session.get(Person, person_id)
                if row is None:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."),
                        id=person_id,
                    )
                other = session.scalars(
                    select(Person).where(
                        Person.name_key == name_key(clean.name), Person.id != person_id
                    )
                ).first()
                if other is not None:
                    assert other.id is not None
                    raise NameTakenError(other.name, row.name, other.id)
                _apply(row, clean)
                session.flush()
                if clean.permit is not None:
                    record_permit(session, person_id, clean.permit)
                take_back_spelling(session, row.name_key)
                return person_record(row)
        except IntegrityError:
            raise self._duplicate(clean.name) from None

    @staticmethod
    def _duplicate(name: str) -> ConflictError:
        return ConflictError(
            QT_TRANSLATE_NOOP(
                "Errors", "Someone called “{name}” is already in the household: use another name."
            ),
            field="name",
            name=name,
        )

    def dependents(self, person_id: int) -> list[Dependent]:
        """What would go with the person: every table with a foreign key to person.id.

        Found from the schema, so tables added by later features are counted without a registry.
        """
        result = []
        with self.ctx.read() as session:
            for table, column in person_columns():
                count = session.scalar(
                    select(func.count()).select_from(table).where(column == person_id)
                )
                if count:
                    result.append(Dependent(table.name, record_label(table), int(count)))
        return result

    def remove(self, person_id: int) -> None:
        """Remove a person and, by ON DELETE CASCADE, every record that is theirs.

        When records go with them, a backup is taken first, so the removal can be undone by
        restoring it.
        """
        if self.dependents(person_id):
            create_backup(self.ctx.paths, "before-removal", now=self.ctx.clock.now())
        with self.ctx.write() as session:
            row = session.get(Person, person_id)
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."), id=person_id
                )
            uid = row.uid
            session.delete(row)
            session.flush()
            # A trip whose only traveller was this person has nobody left to travel.
            session.execute(
                delete(Trip).where(Trip.id.not_in(select(TripTraveller.trip_id)))  # type: ignore[union-attr]
            )
        from ameli_desktop.services.attachments import AttachmentService
        from ameli_desktop.services.credentials import CredentialsService  # imports this module

        AttachmentService(self.ctx).purge_orphans()
        CredentialsService(self.ctx).forget_without_prompt(uid)
