"""Dates as people type them: 14/03/1982, 14031982, nothing; never another date, never dropped."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ameli_desktop.domain.dates import format_date, parse_typed_date
from ameli_desktop.domain.errors import UserError

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "text",
    ["14/03/1982", "14031982", "14.03.1982", "14-03-1982", "14 03 1982", "14/3/1982", "1982-03-14",
     " 14/03/1982 ", "14/03/82", "140382"],
)  # fmt: skip
def test_the_ways_a_date_of_birth_is_typed(text: str) -> None:
    assert parse_typed_date(text, near=date(1986, 1, 1), latest=TODAY) == date(1982, 3, 14)


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_nothing_typed_is_not_given(text: str) -> None:
    assert parse_typed_date(text) is None


@pytest.mark.parametrize(
    "text", ["14/03", "1403", "14031", "Not given14031982", "14/03/198", "abc", "14//03/1982"]
)
def test_an_incomplete_or_foreign_text_is_refused_with_the_field(text: str) -> None:
    with pytest.raises(UserError, match="is not a date") as caught:
        parse_typed_date(text, field="born")
    assert caught.value.field == "born"


@pytest.mark.parametrize("text", ["31/02/2020", "29022023", "00/01/2020", "12/13/2020"])
def test_a_day_the_calendar_does_not_have_is_refused(text: str) -> None:
    with pytest.raises(UserError, match="no day"):
        parse_typed_date(text, field="day")


def test_february_29_of_a_leap_year_is_a_day() -> None:
    assert parse_typed_date("29/02/2024") == date(2024, 2, 29)


def test_two_digit_years_take_the_plausible_century() -> None:
    birth = {"near": date(1986, 1, 1), "latest": TODAY}
    assert parse_typed_date("01/01/05", **birth) == date(2005, 1, 1)
    assert parse_typed_date("01/01/30", **birth) == date(1930, 1, 1)  # 2030 is not born yet
    assert parse_typed_date("01/01/27", near=TODAY) == date(2027, 1, 1)  # an appointment


def test_the_limits_are_said_not_clamped() -> None:
    with pytest.raises(UserError, match=r"must be 25/11/2026 or earlier") as caught:
        parse_typed_date("26/11/2026", field="born", latest=TODAY)
    assert caught.value.field == "born"
    with pytest.raises(UserError, match=r"must be 01/01/2000 or later"):
        parse_typed_date("31/12/1999", earliest=date(2000, 1, 1))
    with pytest.raises(UserError, match=r"01/01/1900 or later"):
        parse_typed_date("14/03/0982")  # a typo for 1982


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_every_day_reads_back_from_both_typed_forms(day: date) -> None:
    shown = format_date(day)
    assert parse_typed_date(shown) == day
    assert parse_typed_date(shown.replace("/", "")) == day
    assert parse_typed_date(day.isoformat()) == day


@given(st.text(max_size=12))
def test_any_text_is_a_date_none_or_a_user_error(text: str) -> None:
    fields = []
    try:
        result = parse_typed_date(text, field="f")
    except UserError as exc:
        fields.append(exc.field)
        result = None
    assert fields in ([], ["f"])
    assert result is None or isinstance(result, date)
