"""Claims to follow (suivre mes démarches): add, list, close; settled by imported lines."""

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ameli_desktop.domain.claims import (
    ClaimDetails,
    ClaimKind,
    ClaimStatus,
    is_overdue,
    line_settles_claim,
    validate_claim,
)
from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from ameli_desktop.services.attention import AttentionItem, Severity
from ameli_desktop.services.context import AppContext
from ameli_desktop.storage.models import Claim, Person, ReimbursementLine

if TYPE_CHECKING:
    from ameli_desktop.services.help import ClaimRequest


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    id: int
    person_id: int
    person_name: str
    kind: ClaimKind
    sent_on: date
    expected_by: date | None
    care_date: date | None
    amount_cents: int | None
    status: ClaimStatus
    notes: str
    line_id: int | None
    closed_on: date | None

    def overdue(self, today: date) -> bool:
        return is_overdue(self.status, self.expected_by, today)

    def details(self) -> ClaimDetails:
        return ClaimDetails(
            self.person_id,
            self.kind,
            self.sent_on,
            self.expected_by,
            self.care_date,
            self.amount_cents,
            self.notes,
        )

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "person": self.person_name,
            "kind": self.kind.value,
            "sent_on": self.sent_on.isoformat(),
            "expected_by": self.expected_by.isoformat() if self.expected_by else None,
            "care_date": self.care_date.isoformat() if self.care_date else None,
            "amount_cents": self.amount_cents,
            "status": self.status.value,
            "notes": self.notes,
            "line": self.line_id,
            "closed_on": self.closed_on.isoformat() if self.closed_on else None,
        }


def _record(row: Claim, person_name: str) -> ClaimRecord:
    assert row.id is not None
    return ClaimRecord(
        row.id,
        row.person_id,
        person_name,
        ClaimKind(row.kind),
        row.sent_on,
        row.expected_by,
        row.care_date,
        row.amount_cents,
        ClaimStatus(row.status),
        row.notes,
        row.line_id,
        row.closed_on,
    )


def _missing(claim_id: int) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "There is no claim with id {id}."), field="claim", id=claim_id
    )


class ClaimService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def all(self, *, open_only: bool = False, person_id: int | None = None) -> list[ClaimRecord]:
        """Claims, open ones first, then by expected date."""
        query = select(Claim, Person.name).join(Person, Person.id == Claim.person_id)
        if open_only:
            query = query.where(Claim.status == ClaimStatus.OPEN.value)
        if person_id is not None:
            query = query.where(Claim.person_id == person_id)
        with self.ctx.read() as session:
            records = [_record(claim, name) for claim, name in session.execute(query)]
        far = date.max
        return sorted(
            records,
            key=lambda c: (c.status is not ClaimStatus.OPEN, c.expected_by or far, c.sent_on, c.id),
        )

    def get(self, claim_id: int) -> ClaimRecord:
        with self.ctx.read() as session:
            row = session.execute(
                select(Claim, Person.name)
                .join(Person, Person.id == Claim.person_id)
                .where(Claim.id == claim_id)
            ).first()
        if row is None:
            raise _missing(claim_id)
        return _record(*row)

    def add(self, details: ClaimDetails) -> ClaimRecord:
        """Add a claim; if a stored line already settles it, it is paid at once."""
        clean = validate_claim(details, today=self.ctx.today())
        with self.ctx.write() as session:
            if session.get(Person, clean.person_id) is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."),
                    field="person",
                    id=clean.person_id,
                )
            row = Claim(
                person_id=clean.person_id,
                kind=clean.kind.value,
                sent_on=clean.sent_on,
                expected_by=clean.expected_by,
                care_date=clean.care_date,
                amount_cents=clean.amount_cents,
                notes=clean.notes,
            )
            session.add(row)
            session.flush()
            self._settle_from_stored(session, row)
            assert row.id is not None
            claim_id = row.id
        return self.get(claim_id)

    def update(self, claim_id: int, details: ClaimDetails) -> ClaimRecord:
        clean = validate_claim(details, today=self.ctx.today())
        with self.ctx.write() as session:
            row = session.get(Claim, claim_id)
            if row is None:
                raise _missing(claim_id)
            row.person_id = clean.person_id
            row.kind = clean.kind.value
            row.sent_on = clean.sent_on
            row.expected_by = clean.expected_by
            row.care_date = clean.care_date
            row.amount_cents = clean.amount_cents
            row.notes = clean.notes
            if row.status == ClaimStatus.OPEN.value:
                self._settle_from_stored(session, row)
        return self.get(claim_id)

    def set_status(self, claim_id: int, status: ClaimStatus) -> ClaimRecord:
        """Close, cancel or reopen by hand (reopening unlinks the line)."""
        with self.ctx.write() as session:
            row = session.get(Claim, claim_id)
            if row is None:
                raise _missing(claim_id)
            row.status = status.value
            if status is ClaimStatus.OPEN:
                row.closed_on = None
                row.line_id = None
            else:
                row.closed_on = self.ctx.today()
        return self.get(claim_id)

    def delete(self, claim_id: int) -> None:
        with self.ctx.write() as session:
            row = session.get(Claim, claim_id)
            if row is None:
                raise _missing(claim_id)
            session.delete(row)

    def _settle_from_stored(self, session: object, row: Claim) -> None:
        """Link the first stored line that settles the claim and no other claim took."""
        if row.care_date is None:
            return
        taken = {
            line_id
            for (line_id,) in session.execute(  # type: ignore[attr-defined]
                select(Claim.line_id).where(Claim.line_id.is_not(None), Claim.id != row.id)
            )
        }
        candidates = session.execute(  # type: ignore[attr-defined]
            select(
                ReimbursementLine.id,
                ReimbursementLine.paid_cents,
                ReimbursementLine.reimbursed_cents,
            )
            .where(
                ReimbursementLine.person_id == row.person_id,
                ReimbursementLine.care_date == row.care_date,
            )
            .order_by(ReimbursementLine.id)
        ).all()
        for line_id, paid, reimbursed in candidates:
            if line_id in taken:
                continue
            if line_settles_claim(
                claim_person_id=row.person_id,
                claim_care_date=row.care_date,
                claim_amount_cents=row.amount_cents,
                line_person_id=row.person_id,
                line_care_date=row.care_date,
                line_paid_cents=paid,
                line_reimbursed_cents=reimbursed,
            ):
                row.status = ClaimStatus.PAID.value
                row.line_id = line_id
                row.closed_on = self.ctx.today()
                return

    def attention(self) -> list[AttentionItem]:
        """Open claims past the date an answer was expected."""
        today = self.ctx.today()
        items = []
        for claim in self.all(open_only=True):
            if claim.overdue(today):
                assert claim.expected_by is not None
                items.append(
                    AttentionItem(
                        area="reimbursements",
                        severity=Severity.URGENT,
                        title=QT_TRANSLATE_NOOP(
                            "Attention", "Claim for {person} overdue since {day}"
                        ),
                        detail=QT_TRANSLATE_NOOP(
                            "Attention",
                            "Sent on {sent}, no answer yet: call 3646 or write from your "
                            "ameli account.",
                        ),
                        params=(
                            ("person", claim.person_name),
                            ("day", format_date(claim.expected_by)),
                            ("sent", format_date(claim.sent_on)),
                        ),
                        due=claim.expected_by,
                        person_id=claim.person_id,
                        record_kind="claim",
                        record_id=claim.id,
                    )
                )
        return items


def write_birth_claim(session: Session, request: "ClaimRequest") -> None:
    """The claim a birth declaration opens, in the declaration's own transaction.

    It is the child's démarche (their attachment to a parent's rights); it closes when the
    declaration is confirmed.
    """
    session.add(
        Claim(
            person_id=request.child_id,
            kind=ClaimKind.BIRTH.value,
            sent_on=request.sent_on,
            expected_by=request.expected_by,
            notes=request.notes[:2000],
        )
    )


def close_birth_claims(session: Session, child_id: int, on: date) -> None:
    """The declaration was confirmed: its claim is settled."""
    for row in session.scalars(
        select(Claim).where(
            Claim.person_id == child_id,
            Claim.kind == ClaimKind.BIRTH.value,
            Claim.status == ClaimStatus.OPEN.value,
        )
    ):
        row.status = ClaimStatus.CLOSED.value
        row.closed_on = on
