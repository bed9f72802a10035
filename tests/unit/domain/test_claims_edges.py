"""Claims at their edges (issue 17, item 8): each check of a claim on its boundary day, the
settling rule's three questions, and the months without a statement around a year's turn."""

from datetime import date

import pytest

from ameli_desktop.domain.claims import (
    MAX_NOTES,
    ClaimDetails,
    ClaimKind,
    ClaimStatus,
    is_overdue,
    line_settles_claim,
    months_without_lines,
    validate_claim,
)
from ameli_desktop.domain.errors import UserError

D = date.fromisoformat
TODAY = D("2026-11-25")


def claim(**changes: object) -> ClaimDetails:
    values: dict[str, object] = {
        "person_id": 1,
        "kind": ClaimKind.CARE,
        "sent_on": D("2026-11-02"),
        "expected_by": D("2026-12-02"),
        "care_date": D("2026-10-30"),
        "amount_cents": 2500,
        "notes": "  feuille de soins envoyée  ",
    }
    return ClaimDetails(**(values | changes))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "changes",
    [
        {"sent_on": TODAY},  # sent today
        {"expected_by": D("2026-11-02")},  # answer due the day it was sent
        {"expected_by": None},
        {"care_date": D("2026-11-02")},  # care the day it was sent
        {"care_date": None},
        {"amount_cents": 1},  # the smallest amount
        {"amount_cents": None},
        {"notes": "x" * MAX_NOTES},
    ],
)
def test_the_boundary_day_or_value_is_accepted(changes: dict[str, object]) -> None:
    checked = validate_claim(claim(**changes), today=TODAY)
    assert checked == claim(**(changes | {"notes": str(claim(**changes).notes).strip()}))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sent_on": D("2026-11-26")}, "sent_on"),  # tomorrow
        ({"expected_by": D("2026-11-01")}, "expected_by"),  # the day before it was sent
        ({"care_date": D("2026-11-03")}, "care_date"),  # the day after it was sent
        ({"amount_cents": 0}, "amount"),
        ({"amount_cents": -2500}, "amount"),
        ({"notes": "x" * (MAX_NOTES + 1)}, "notes"),
    ],
)
def test_one_past_the_boundary_is_refused_on_its_field(
    changes: dict[str, object], field: str
) -> None:
    with pytest.raises(UserError) as caught:
        validate_claim(claim(**changes), today=TODAY)
    assert caught.value.field == field


def test_the_notes_are_trimmed_and_everything_else_kept() -> None:
    checked = validate_claim(claim(), today=TODAY)
    assert checked.notes == "feuille de soins envoyée"
    assert (checked.person_id, checked.kind, checked.amount_cents) == (1, ClaimKind.CARE, 2500)


def test_overdue_only_when_open_and_past_the_expected_day() -> None:
    assert not is_overdue(ClaimStatus.OPEN, TODAY, TODAY)  # due today: not yet late
    assert is_overdue(ClaimStatus.OPEN, D("2026-11-24"), TODAY)
    assert not is_overdue(ClaimStatus.PAID, D("2026-11-24"), TODAY)
    assert not is_overdue(ClaimStatus.OPEN, None, TODAY)


def settles(**changes: object) -> bool:
    values: dict[str, object] = {
        "claim_person_id": 1,
        "claim_care_date": D("2026-10-30"),
        "claim_amount_cents": 2500,
        "line_person_id": 1,
        "line_care_date": D("2026-10-30"),
        "line_paid_cents": 2500,
        "line_reimbursed_cents": 1650,
    }
    return line_settles_claim(**(values | changes))  # type: ignore[arg-type]


def test_a_line_settles_a_claim_by_person_day_and_amount() -> None:
    assert settles()
    assert settles(line_paid_cents=3000, line_reimbursed_cents=2500)  # the amount reimbursed
    assert settles(line_paid_cents=3000) is False  # neither amount
    assert settles(line_person_id=2) is False
    assert settles(line_care_date=D("2026-10-31")) is False
    assert settles(line_care_date=None) is False
    assert settles(claim_care_date=None, line_care_date=None) is False  # a birth declaration
    assert settles(claim_amount_cents=None, line_paid_cents=1)  # no amount: person and day


def test_months_without_lines_around_the_turn_of_the_year() -> None:
    """Today 15 January 2027: complete months are December 2026 back to January 2026."""
    today = D("2027-01-15")
    months = {(2026, m) for m in range(1, 13) if m not in (2, 12)}
    assert months_without_lines(months, today=today) == [(2026, 2), (2026, 12)]
    assert months_without_lines(set(), today=today) == []
    # Nothing before the first month with a line is missing.
    assert months_without_lines({(2026, 11)}, today=today) == [(2026, 12)]
    # The current month, incomplete, is never reported.
    assert months_without_lines({(2026, 12)}, today=today) == []


def test_the_lookback_counts_twelve_complete_months() -> None:
    """From a line in January 2025, today 15 January 2027: only the last 12 complete months are
    looked at, January 2026 the earliest; 13 reach back to December 2025."""
    missing = months_without_lines({(2025, 1)}, today=D("2027-01-15"))
    assert missing[0] == (2026, 1)
    assert len(missing) == 12
    assert months_without_lines({(2025, 1)}, today=D("2027-01-15"), lookback=13)[0] == (2025, 12)
