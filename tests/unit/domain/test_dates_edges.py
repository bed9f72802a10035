"""Calendar helpers at their edges (issue 17, item 8): month ends, leap days, birthdays."""

from datetime import UTC, date, datetime

import pytest

from ameli_desktop.domain.dates import (
    add_months,
    add_years,
    age_on,
    format_date,
    format_datetime,
    parse_iso_date,
    parse_typed_date,
)
from ameli_desktop.domain.errors import UserError

D = date.fromisoformat


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        ("2026-01-31", 1, "2026-02-28"),  # clamped to the month's end
        ("2028-01-31", 1, "2028-02-29"),  # a leap year
        ("2026-11-30", 3, "2027-02-28"),  # across a year's turn
        ("2026-12-15", 1, "2027-01-15"),
        ("2026-01-15", -1, "2025-12-15"),  # backwards across the turn
        ("2026-03-31", -1, "2026-02-28"),
        ("2026-05-15", 0, "2026-05-15"),
        ("2026-05-15", 12, "2027-05-15"),
    ],
)
def test_add_months(start: str, months: int, end: str) -> None:
    assert add_months(D(start), months) == D(end)


def test_add_years_keeps_the_day_or_clamps_29_february() -> None:
    assert add_years(D("2024-02-29"), 2) == D("2026-02-28")
    assert add_years(D("2024-02-29"), 4) == D("2028-02-29")
    assert add_years(D("2025-06-01"), 2) == D("2027-06-01")


@pytest.mark.parametrize(
    ("on", "age"),
    [
        ("2026-07-13", 39),  # the day before the 40th birthday
        ("2026-07-14", 40),  # the birthday itself
        ("2026-07-15", 40),
        ("2026-06-30", 39),  # an earlier month, a later day
        ("2026-08-01", 40),  # a later month, an earlier day
    ],
)
def test_age_changes_on_the_birthday(on: str, age: int) -> None:
    assert age_on(D("1986-07-14"), D(on)) == age


def test_formats_read_the_french_way() -> None:
    assert format_date(D("2025-12-31")) == "31/12/2025"
    assert format_date(None) == ""
    assert format_datetime(datetime(2025, 12, 31, 13, 30, tzinfo=UTC)) == "31/12/2025 14:30"
    assert format_datetime(datetime(2025, 7, 1, 12, 0, tzinfo=UTC)) == "01/07/2025 14:00"


def test_iso_dates_and_their_refusal() -> None:
    assert parse_iso_date(" 2026-11-25 ") == D("2026-11-25")
    with pytest.raises(UserError, match=r"“25/11/2026” is not a date: use YYYY-MM-DD\.") as caught:
        parse_iso_date("25/11/2026", field="born")
    assert caught.value.field == "born"


# ------------------------------------------------------------------ a typed date's century
@pytest.mark.parametrize(
    ("typed", "day"),
    [
        # Without a hint, a two-digit year is the one nearest 1 January 2000, to the day:
        ("01/01/50", D("1950-01-01")),  # 18 262 days before, against 18 263 after
        ("01/01/49", D("2049-01-01")),
        ("31/12/49", D("2049-12-31")),
        ("01/01/00", D("2000-01-01")),
    ],
)
def test_a_two_digit_year_without_a_hint_is_nearest_2000(typed: str, day: date) -> None:
    assert parse_typed_date(typed) == day


def test_a_two_digit_year_can_be_of_the_next_century() -> None:
    assert parse_typed_date("01/01/50", near=D("2150-06-01")) == D("2150-01-01")
    assert parse_typed_date("31/12/99", near=D("2199-01-01")) == D("2199-12-31")


def test_the_limits_themselves_are_allowed() -> None:
    assert parse_typed_date("01/01/1900") == D("1900-01-01")
    assert parse_typed_date("31/12/2199") == D("2199-12-31")
    # the limits given are days allowed: they keep a two-digit year's century
    assert parse_typed_date("01/01/00", earliest=D("2000-01-01")) == D("2000-01-01")
    assert parse_typed_date("31/12/99", latest=D("1999-12-31"), near=D("2099-01-01")) == D(
        "1999-12-31"
    )
    with pytest.raises(UserError, match="must be 31/12/2199 or earlier"):
        parse_typed_date("01/01/2200")
