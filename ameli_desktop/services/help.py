"""The Help panel's use cases: declaring a birth (a child in the household and a claim to follow)
and noting when an ameli account was started (its e-mail link expires after 7 days).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from ameli_desktop.domain.dates import PARIS, format_date, format_datetime
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError
from ameli_desktop.domain.help import (
    EmailValidationDeadline,
    birth_declaration_deadline,
    email_validation_deadline,
    plan_birth_declaration,
)
from ameli_desktop.domain.names import name_key
from ameli_desktop.domain.people import PersonDetails, Role, validate_person
from ameli_desktop.services.attention import AttentionItem, Severity
from ameli_desktop.services.context import AppContext
from ameli_desktop.storage.models import AccountSignupRow, BirthDeclarationRow, Person

CLAIM_KIND_BIRTH = "birth_declaration"  # DESIGN.md 2: a claim kind


@dataclass(frozen=True, slots=True)
class ClaimRequest:
    """What the birth flow asks the claims feature (issue 3) to follow."""

    kind: str
    person_id: int  # the parent who declared
    child_id: int
    sent_on: date
    expected_by: date
    notes: str


# Writes the claim in the flow's own transaction, so that the child, the declaration and the
# claim to follow are saved together or not at all (services.claims.write_birth_claim).
ClaimWriter = Callable[[Session, ClaimRequest], None]


@dataclass(frozen=True, slots=True)
class BirthDeclarationRecord:
    id: int
    child_id: int
    child_name: str
    parent_id: int
    parent_name: str
    both_parents: bool
    born_on: date
    declared_on: date
    expected_by: date
    mairie_deadline: date
    confirmed_on: date | None
    notes: str


class BirthDeclarationService:
    def __init__(self, ctx: AppContext, claim_writer: ClaimWriter | None = None) -> None:
        self.ctx = ctx
        from ameli_desktop.services.claims import write_birth_claim  # claims imports this module

        self.claim_writer = claim_writer if claim_writer is not None else write_birth_claim

    def declare(
        self,
        *,
        child_name: str,
        born_on: date,
        parent_id: int | None,
        declared_on: date,
        both_parents: bool = False,
        nir: str | None = None,
    ) -> BirthDeclarationRecord:
        """Add the child to the household and the declaration to follow, in one transaction."""
        plan = plan_birth_declaration(
            child_name, born_on, declared_on, today=self.ctx.today(), facts=self.ctx.facts
        )
        child = validate_person(
            PersonDetails(plan.child_name, born_on, Role.CHILD, nir), today=self.ctx.today()
        )
        if parent_id is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Choose the parent who declares the child."),
                field="parent",
            )
        notes = "Attach the child to both parents' rights." if both_parents else ""
        try:
            with self.ctx.write() as session:
                parent = session.get(Person, parent_id)
                if parent is None:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("Errors", "Choose the parent who declares the child."),
                        field="parent",
                    )
                row = Person(
                    name=child.name,
                    name_key=name_key(child.name),
                    born=child.born,
                    role=Role.CHILD.value,
                    nir=child.nir,
                )
                session.add(row)
                session.flush()
                assert row.id is not None
                declaration = BirthDeclarationRow(
                    child_id=row.id,
                    parent_id=parent_id,
                    both_parents=both_parents,
                    born_on=born_on,
                    declared_on=declared_on,
                    expected_by=plan.claim_expected_by,
                    notes=notes,
                )
                session.add(declaration)
                session.flush()
                if self.claim_writer is not None:
                    self.claim_writer(
                        session,
                        ClaimRequest(
                            CLAIM_KIND_BIRTH,
                            parent_id,
                            row.id,
                            declared_on,
                            plan.claim_expected_by,
                            f"Birth declaration of {child.name}. {notes}".strip(),
                        ),
                    )
                assert declaration.id is not None
                declaration_id = declaration.id
        except IntegrityError:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Someone called “{name}” is already in the household: use another name.",
                ),
                field="child_name",
                name=child.name,
            ) from None
        return self.get(declaration_id)

    def _query(self):  # type: ignore[no-untyped-def]
        child = aliased(Person)
        parent = aliased(Person)
        return (
            select(BirthDeclarationRow, child.name, parent.name)
            .join(child, child.id == BirthDeclarationRow.child_id)  # type: ignore[arg-type]
            .join(parent, parent.id == BirthDeclarationRow.parent_id)  # type: ignore[arg-type]
        )

    def _record(self, row: BirthDeclarationRow, child: str, parent: str) -> BirthDeclarationRecord:
        assert row.id is not None
        return BirthDeclarationRecord(
            id=row.id,
            child_id=row.child_id,
            child_name=child,
            parent_id=row.parent_id,
            parent_name=parent,
            both_parents=row.both_parents,
            born_on=row.born_on,
            declared_on=row.declared_on,
            expected_by=row.expected_by,
            mairie_deadline=birth_declaration_deadline(row.born_on, self.ctx.facts),
            confirmed_on=row.confirmed_on,
            notes=row.notes,
        )

    def get(self, declaration_id: int) -> BirthDeclarationRecord:
        with self.ctx.read() as session:
            found = session.execute(
                self._query().where(BirthDeclarationRow.id == declaration_id)
            ).first()
        if found is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no birth declaration with id {id}."),
                id=declaration_id,
            )
        return self._record(*found)

    def all(self) -> list[BirthDeclarationRecord]:
        with self.ctx.read() as session:
            rows = session.execute(
                self._query().order_by(BirthDeclarationRow.born_on.desc())  # type: ignore[attr-defined]
            ).all()
        return [self._record(*r) for r in rows]

    def confirm(self, declaration_id: int, on: date | None = None) -> BirthDeclarationRecord:
        """The caisse confirmed the child is attached: nothing more to follow."""
        with self.ctx.write() as session:
            row = session.get(BirthDeclarationRow, declaration_id)
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no birth declaration with id {id}."),
                    id=declaration_id,
                )
            row.confirmed_on = on or self.ctx.today()
            from ameli_desktop.services.claims import close_birth_claims

            close_birth_claims(session, row.child_id, row.confirmed_on)
        return self.get(declaration_id)

    def attention(self) -> list[AttentionItem]:
        """Declarations the caisse has not confirmed by the expected date."""
        today = self.ctx.today()
        return [
            AttentionItem(
                area="appointments",
                severity=Severity.URGENT,
                title=QT_TRANSLATE_NOOP(
                    "Attention", "{child} is not confirmed on {parent}'s rights yet"
                ),
                detail=QT_TRANSLATE_NOOP(
                    "Attention",
                    "Declared to the caisse on {declared}; expected by {expected}. Contact your"
                    " CPAM.",
                ),
                params=(
                    ("child", d.child_name),
                    ("parent", d.parent_name),
                    ("declared", format_date(d.declared_on)),
                    ("expected", format_date(d.expected_by)),
                ),
                due=d.expected_by,
                person_id=d.child_id,
                record_kind="birth_declaration",
                record_id=d.id,
            )
            for d in self.all()
            if d.confirmed_on is None and d.expected_by < today
        ]


@dataclass(frozen=True, slots=True)
class AccountSignupRecord:
    person_id: int
    person_name: str
    started_at: datetime
    validated: bool
    deadline: EmailValidationDeadline


class AccountSignupService:
    """When each person started creating their ameli account, to show the e-mail link's deadline."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def _record(self, row: AccountSignupRow, name: str) -> AccountSignupRecord:
        return AccountSignupRecord(
            row.person_id,
            name,
            row.started_at,
            row.validated,
            email_validation_deadline(row.started_at, self.ctx.clock.now(), self.ctx.facts),
        )

    def get(self, person_id: int) -> AccountSignupRecord | None:
        with self.ctx.read() as session:
            found = session.execute(
                select(AccountSignupRow, Person.name)
                .join(Person, Person.id == AccountSignupRow.person_id)  # type: ignore[arg-type]
                .where(AccountSignupRow.person_id == person_id)
            ).first()
        return None if found is None else self._record(found[0], found[1])

    def all(self) -> list[AccountSignupRecord]:
        with self.ctx.read() as session:
            rows = session.execute(
                select(AccountSignupRow, Person.name).join(
                    Person,
                    Person.id == AccountSignupRow.person_id,  # type: ignore[arg-type]
                )
            ).all()
        return [self._record(r, n) for r, n in rows]

    def started(self, person_id: int, started_at: datetime) -> AccountSignupRecord:
        """Note (or correct) when the person started; a new start clears "validated"."""
        if started_at.tzinfo is None:
            raise ValueError("started_at must be aware")
        with self.ctx.write() as session:
            if session.get(Person, person_id) is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."), id=person_id
                )
            row = session.scalars(
                select(AccountSignupRow).where(AccountSignupRow.person_id == person_id)
            ).first()
            if row is None:
                row = AccountSignupRow(person_id=person_id, started_at=started_at)
                session.add(row)
            else:
                row.started_at = started_at
                row.validated = False
        record = self.get(person_id)
        assert record is not None
        return record

    def set_validated(self, person_id: int, validated: bool = True) -> AccountSignupRecord | None:
        with self.ctx.write() as session:
            row = session.scalars(
                select(AccountSignupRow).where(AccountSignupRow.person_id == person_id)
            ).first()
            if row is not None:
                row.validated = validated
        return self.get(person_id)

    def attention(self) -> list[AttentionItem]:
        """An account e-mail still to validate, before its link expires."""
        items = []
        for record in self.all():
            if record.validated or record.deadline.expired:
                continue
            items.append(
                AttentionItem(
                    area="appointments",
                    severity=Severity.SOON,
                    title=QT_TRANSLATE_NOOP(
                        "Attention", "Validate {person}'s ameli account e-mail by {deadline}"
                    ),
                    detail=QT_TRANSLATE_NOOP(
                        "Attention", "The link in the confirmation e-mail expires then."
                    ),
                    params=(
                        ("person", record.person_name),
                        ("deadline", format_datetime(record.deadline.deadline)),
                    ),
                    due=record.deadline.deadline.astimezone(PARIS).date(),
                    person_id=record.person_id,
                    record_kind="account_signup",
                )
            )
        return items
