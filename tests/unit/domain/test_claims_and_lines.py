"""Pure rules: which line settles a claim, overdue claims, missing months, valid lines."""

from datetime import date

import pytest

from ameli_desktop.domain.claims import (
    ClaimStatus,
    is_overdue,
    line_settles_claim,
    lookback_start,
    months_without_lines,
)
from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.reimbursements import (
    LineDetails,
    line_date,
    out_of_pocket_cents,
    validate_line,
)

CARE = date(2025, 2, 24)


def settles(**changes: object) -> bool:
    values: dict[str, object] = {
        "claim_person_id": 1,
        "claim_care_date": CARE,
        "claim_amount_cents": 1890,
        "line_person_id": 1,
        "line_care_date": CARE,
        "line_paid_cents": 1890,
        "line_reimbursed_cents": 1134,
    }
    return line_settles_claim(**(values | changes))  # type: ignore[arg-type]


def test_same_person_day_and_amount_settle() -> None:
    assert settles()
    assert settles(claim_amount_cents=1134)  # the reimbursed amount also counts
    assert settles(claim_amount_cents=None)  # no amount: person and day suffice


@pytest.mark.parametrize(
    "change",
    [
        {"line_person_id": 2},
        {"line_care_date": date(2025, 2, 25)},
        {"claim_amount_cents": 1900},
        {"claim_care_date": None},
        {"line_care_date": None},
    ],
)
def test_anything_else_does_not(change: dict[str, object]) -> None:
    assert not settles(**change)


def test_overdue() -> None:
    today = date(2026, 11, 25)
    assert is_overdue(ClaimStatus.OPEN, date(2026, 11, 24), today)
    assert not is_overdue(ClaimStatus.OPEN, today, today)  # due today is not late yet
    assert not is_overdue(ClaimStatus.PAID, date(2026, 1, 1), today)
    assert not is_overdue(ClaimStatus.OPEN, None, today)


def test_lookback_start_is_the_first_day_of_the_earliest_month_looked_at() -> None:
    assert lookback_start(date(2026, 3, 15)) == date(2025, 3, 1)
    assert lookback_start(date(2026, 1, 31), lookback=1) == date(2025, 12, 1)
    assert lookback_start(date(2026, 12, 1), lookback=11) == date(2026, 1, 1)
    assert lookback_start(date(2026, 12, 1), lookback=12) == date(2025, 12, 1)
    # the rule never looks before it: a line there changes nothing but the first month
    today = date(2026, 3, 15)
    recent = {(2025, 5), (2025, 9)}
    assert months_without_lines(recent | {(2020, 1)}, today=today) == months_without_lines(
        recent | {(2020, 1), (2024, 7), (2025, 2)}, today=today
    )


def test_months_without_lines() -> None:
    """Today 15/03/2026: complete months back to the first line (10/2025); March is not over."""
    months = {(2025, 10), (2025, 12), (2026, 2), (2026, 3)}

    assert months_without_lines(months, today=date(2026, 3, 15)) == [(2025, 11), (2026, 1)]
    assert months_without_lines(set(), today=date(2026, 3, 15)) == []
    assert months_without_lines({(2020, 1)}, today=date(2026, 3, 15), lookback=2) == [
        (2026, 1),
        (2026, 2),
    ]


def test_out_of_pocket_and_line_date() -> None:
    assert out_of_pocket_cents(3000, 1900, 600) == 500
    assert out_of_pocket_cents(3000, None, None) == 3000
    assert out_of_pocket_cents(None, 1900, None) is None
    assert line_date(None, date(2025, 2, 5)) == date(2025, 2, 5)
    assert line_date(date(2025, 2, 1), date(2025, 2, 5)) == date(2025, 2, 1)


def test_validate_line() -> None:
    line = LineDetails(1, date(2025, 1, 2), None, "  Consultation   médecin ", paid_cents=3000)
    assert validate_line(line).nature == "Consultation médecin"
    with pytest.raises(UserError, match="needs a date") as err:
        validate_line(LineDetails(1, None, None, "x", paid_cents=1))
    assert err.value.field == "care_date"
    with pytest.raises(UserError, match="needs an amount"):
        validate_line(LineDetails(1, date(2025, 1, 2), None, "x"))
    with pytest.raises(UserError, match="between 0 and 100"):
        validate_line(LineDetails(1, date(2025, 1, 2), None, "x", paid_cents=1, rate_percent=101))
    # An insurer taking money back is a negative reimbursement, which is allowed.
    assert (
        validate_line(
            LineDetails(1, None, date(2025, 2, 14), "PRLV CPAM", reimbursed_cents=-400)
        ).reimbursed_cents
        == -400
    )
