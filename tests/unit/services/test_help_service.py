"""The birth-declaration flow and the ameli-account deadline, on a real database."""

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.errors import ConflictError, UserError
from ameli_desktop.domain.people import PersonDetails, Role
from ameli_desktop.services.attention import Severity
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.help import (
    AccountSignupService,
    BirthDeclarationService,
    ClaimRequest,
)
from ameli_desktop.services.household import PeopleService

TODAY = date(2026, 11, 25)  # the shared clock: Wednesday 25 November 2026


def tables(ctx: AppContext) -> tuple[int, int]:
    conn = sqlite3.connect(ctx.paths.database)
    try:
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        births = conn.execute("SELECT count(*) FROM birth_declaration").fetchone()[0]
        return int(people), int(births)
    finally:
        conn.close()


@pytest.fixture
def parent(ctx: AppContext) -> int:
    return PeopleService(ctx).add(PersonDetails("Zoé Lebrun")).id


def test_declaring_a_birth_adds_a_child_and_a_claim_to_follow(ctx: AppContext, parent: int) -> None:
    """Born Saturday 21 November 2026: + 5 days = Thursday 26 November, a working day, so the
    mairie deadline is 26/11. Declared to the caisse on 24 November: follow up by 24 + 30 days =
    24 December."""
    claims: list[ClaimRequest] = []

    def writer(session: Session, request: ClaimRequest) -> None:
        # inside the flow's transaction: the child is already visible to this session
        name = session.execute(
            text("SELECT name FROM person WHERE id = :id"), {"id": request.child_id}
        ).scalar()
        assert name == "Léa Lebrun"
        claims.append(request)

    record = BirthDeclarationService(ctx, claim_writer=writer).declare(
        child_name="  Léa   Lebrun ",
        born_on=date(2026, 11, 21),
        parent_id=parent,
        declared_on=date(2026, 11, 24),
        both_parents=True,
    )
    child = PeopleService(ctx).find("lebrun lea")
    assert (child.role, child.born) == (Role.CHILD, date(2026, 11, 21))
    assert record.child_id == child.id
    assert record.parent_name == "Zoé Lebrun"
    assert record.mairie_deadline == date(2026, 11, 26)
    assert record.expected_by == date(2026, 12, 24)
    [claim] = claims
    assert (claim.kind, claim.person_id, claim.sent_on, claim.expected_by) == (
        "birth_declaration",
        parent,
        date(2026, 11, 24),
        date(2026, 12, 24),
    )
    assert "both parents" in claim.notes
    assert [d.child_name for d in BirthDeclarationService(ctx).all()] == ["Léa Lebrun"]


def test_a_failing_claim_writer_leaves_nothing_behind(ctx: AppContext, parent: int) -> None:
    def broken(_session: Session, _request: ClaimRequest) -> None:
        raise UserError("The claims table is locked.")

    before = tables(ctx)
    with pytest.raises(UserError, match="locked"):
        BirthDeclarationService(ctx, claim_writer=broken).declare(
            child_name="Léa",
            born_on=date(2026, 11, 21),
            parent_id=parent,
            declared_on=TODAY,
        )
    assert tables(ctx) == before


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"child_name": " "}, "child_name"),
        ({"child_name": "zoé LEBRUN"}, "child_name"),  # already in the household
        ({"born_on": date(2026, 11, 26)}, "born_on"),
        ({"declared_on": date(2026, 11, 20)}, "declared_on"),
        ({"parent_id": None}, "parent"),
        ({"parent_id": 999}, "parent"),
        ({"nir": "123"}, "nir"),
    ],
)
def test_bad_declarations_are_refused_and_nothing_saved(
    ctx: AppContext, parent: int, changes: dict, field: str
) -> None:
    arguments = {
        "child_name": "Léa",
        "born_on": date(2026, 11, 21),
        "parent_id": parent,
        "declared_on": TODAY,
    } | changes
    before = tables(ctx)
    with pytest.raises(UserError) as caught:
        BirthDeclarationService(ctx).declare(**arguments)
    assert caught.value.field == field
    assert tables(ctx) == before


def test_duplicate_child_is_a_conflict(ctx: AppContext, parent: int) -> None:
    with pytest.raises(ConflictError):
        BirthDeclarationService(ctx).declare(
            child_name="Zoé Lebrun", born_on=date(2026, 11, 21), parent_id=parent,
            declared_on=TODAY,
        )  # fmt: skip


def test_an_unconfirmed_declaration_past_its_date_needs_attention(
    data_dir: Path,
) -> None:
    ctx = AppContext.open(data_dir, clock=FixedClock.on(date(2026, 10, 1)))
    try:
        parent = PeopleService(ctx).add(PersonDetails("Zoé")).id
        service = BirthDeclarationService(ctx)
        record = service.declare(
            child_name="Léa", born_on=date(2026, 9, 28), parent_id=parent,
            declared_on=date(2026, 10, 1),
        )  # fmt: skip
        assert service.attention() == []  # expected by 31 October
    finally:
        ctx.close()
    ctx = AppContext.open(data_dir, clock=FixedClock.on(date(2026, 11, 1)))
    try:
        service = BirthDeclarationService(ctx)
        [item] = service.attention()
        assert item.severity is Severity.URGENT
        assert item.text() == "Léa is not confirmed on Zoé's rights yet"
        service.confirm(record.id)
        assert service.attention() == []
        assert service.get(record.id).confirmed_on == date(2026, 11, 1)
    finally:
        ctx.close()


def test_account_signup_deadline(ctx: AppContext, parent: int) -> None:
    """Started Monday 23 November 2026 18:00 Paris: the link expires 30 November 18:00 (no change
    of clocks in between); at Wednesday 25 November 10:00, 5 days 8 hours are left."""
    service = AccountSignupService(ctx)
    assert service.get(parent) is None
    record = service.started(parent, datetime(2026, 11, 23, 18, 0, tzinfo=PARIS))
    assert record.deadline.deadline.astimezone(PARIS) == datetime(2026, 11, 30, 18, 0, tzinfo=PARIS)
    assert record.deadline.time_left == timedelta(days=5, hours=8)
    assert not record.deadline.expired
    [item] = service.attention()
    assert item.text() == "Validate Zoé Lebrun's ameli account e-mail by 30/11/2026 18:00"
    assert service.set_validated(parent).validated  # type: ignore[union-attr]
    assert service.attention() == []
    again = service.started(parent, datetime(2026, 11, 10, 9, 0, tzinfo=PARIS))
    assert again.deadline.expired
    assert not again.validated
    assert service.attention() == []  # expired: nothing to do by a date any more


def test_the_birth_claim_is_a_real_claim_to_follow_until_confirmed(
    ctx: AppContext, parent: int
) -> None:
    """With the real claims feature: the child's claim is open, overdue after 24/12/2026, and
    closed when the caisse confirms the declaration."""
    from ameli_desktop.domain.claims import ClaimKind, ClaimStatus
    from ameli_desktop.services.claims import ClaimService

    births = BirthDeclarationService(ctx)
    record = births.declare(
        child_name="Léa Lebrun",
        born_on=date(2026, 11, 21),
        parent_id=parent,
        declared_on=date(2026, 11, 24),
        both_parents=False,
    )
    [claim] = ClaimService(ctx).all(open_only=True)
    assert (claim.kind, claim.person_id, claim.expected_by) == (
        ClaimKind.BIRTH,
        record.child_id,
        date(2026, 12, 24),
    )
    late = AppContext.open(ctx.paths.root, clock=FixedClock.on(date(2026, 12, 28)))
    try:
        [item] = ClaimService(late).attention()
        assert item.severity is Severity.URGENT
        assert item.record_id == claim.id
    finally:
        late.close()
    births.confirm(record.id, on=date(2026, 12, 10))
    assert ClaimService(ctx).all(open_only=True) == []
    [closed] = ClaimService(ctx).all()
    assert closed.status is ClaimStatus.CLOSED
