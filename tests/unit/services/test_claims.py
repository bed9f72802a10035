"""Claims to follow: settled by a matching imported line, reopened by undo, overdue flagged."""

from datetime import date
from pathlib import Path

import pytest

from ameli_desktop.domain.claims import ClaimDetails, ClaimKind, ClaimStatus
from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.attention import Severity
from ameli_desktop.services.claims import ClaimService
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import ImportOptions, ImportService

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def zoe(ctx: AppContext) -> int:
    PeopleService(ctx).add(PersonDetails("Paul Lebrun"))
    return PeopleService(ctx).add(PersonDetails("Zoé Lebrun")).id


def lab_claim(person_id: int, amount: int | None = 1890) -> ClaimDetails:
    """Zoé's lab tests of 24/02/2025, 18,90 € paid (last line of the cp1252 fixture)."""
    return ClaimDetails(
        person_id, ClaimKind.CARE, date(2025, 2, 26), date(2025, 3, 26), date(2025, 2, 24), amount
    )


def test_an_import_settles_the_matching_claim(ctx: AppContext, zoe: int) -> None:
    claims = ClaimService(ctx)
    claim = claims.add(lab_claim(zoe))
    other = claims.add(lab_claim(zoe, amount=5000))  # no line shows 50,00 €
    assert claim.status is ClaimStatus.OPEN

    result = ImportService(ctx).import_file(DATA / "ameli_2025-01-02_cp1252.csv", ImportOptions())

    assert result.settled_claims == [claim.id]
    settled = claims.get(claim.id)
    assert (settled.status, settled.closed_on) == (ClaimStatus.PAID, date(2026, 11, 25))
    assert settled.line_id is not None
    assert claims.get(other.id).status is ClaimStatus.OPEN


def test_undoing_the_import_reopens_the_claim(ctx: AppContext, zoe: int) -> None:
    claims = ClaimService(ctx)
    claim = claims.add(lab_claim(zoe))
    result = ImportService(ctx).import_file(DATA / "ameli_2025-01-02_cp1252.csv", ImportOptions())
    assert result.batch_id is not None

    ImportService(ctx).undo(result.batch_id)

    reopened = claims.get(claim.id)
    assert (reopened.status, reopened.line_id, reopened.closed_on) == (ClaimStatus.OPEN, None, None)


def test_a_claim_added_after_its_line_is_paid_at_once(ctx: AppContext, zoe: int) -> None:
    ImportService(ctx).import_file(DATA / "ameli_2025-01-02_cp1252.csv", ImportOptions())

    claim = ClaimService(ctx).add(lab_claim(zoe, amount=1134))  # the reimbursed amount

    assert claim.status is ClaimStatus.PAID


def test_one_line_settles_one_claim(ctx: AppContext, zoe: int) -> None:
    claims = ClaimService(ctx)
    first, second = claims.add(lab_claim(zoe)), claims.add(lab_claim(zoe))

    ImportService(ctx).import_file(DATA / "ameli_2025-01-02_cp1252.csv", ImportOptions())

    assert [claims.get(c.id).status for c in (first, second)] == [
        ClaimStatus.PAID,
        ClaimStatus.OPEN,
    ]


def test_overdue_claims_need_attention(ctx: AppContext, zoe: int) -> None:
    claims = ClaimService(ctx)
    late = claims.add(lab_claim(zoe))  # expected by 26/03/2025; today is 25/11/2026
    claims.add(
        ClaimDetails(zoe, ClaimKind.SICK_LEAVE, date(2026, 11, 20), date(2026, 12, 20))
    )  # not due yet
    closed = claims.add(lab_claim(zoe))
    claims.set_status(closed.id, ClaimStatus.CANCELLED)

    items = claims.attention()

    assert [(i.record_id, i.severity) for i in items] == [(late.id, Severity.URGENT)]
    assert items[0].text() == "Claim for Zoé Lebrun overdue since 26/03/2025"
    assert claims.get(late.id).overdue(date(2026, 11, 25))
    assert [c.status for c in claims.all()][:2] == [ClaimStatus.OPEN, ClaimStatus.OPEN]


def test_claims_are_checked(ctx: AppContext, zoe: int) -> None:
    claims = ClaimService(ctx)
    with pytest.raises(UserError, match="after today") as err:
        claims.add(ClaimDetails(zoe, ClaimKind.CARE, date(2026, 12, 1)))
    assert err.value.field == "sent_on"
    with pytest.raises(UserError, match="expected before") as err:
        claims.add(ClaimDetails(zoe, ClaimKind.CARE, date(2026, 1, 10), date(2026, 1, 9)))
    assert err.value.field == "expected_by"
    with pytest.raises(UserError, match="more than zero"):
        claims.add(ClaimDetails(zoe, ClaimKind.CARE, date(2026, 1, 10), amount_cents=0))
