"""The help rules at their edges (issue 17, item 8): Easter for every Gregorian year against an
independent algorithm, a phone line's hours in odd shapes, the e-mail link's last instant, a birth
declared on the day of birth or today, holidays on the first and last day asked."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

import pytest

from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.facts import default_facts
from ameli_desktop.domain.help import (
    FIRST_GREGORIAN_YEAR,
    LineKind,
    LineStatus,
    describe_hours,
    describe_line_status,
    easter_sunday,
    email_validation_deadline,
    holidays_between,
    line_status,
    phone_lines,
    plan_birth_declaration,
)

FACTS = default_facts()
D = date.fromisoformat


def gauss_easter(year: int) -> date:
    """Gauss's Easter formula as Lichtenberg corrected it (an algorithm independent of the app's
    Meeus/Jones/Butcher): the result is a day of March, 32 meaning 1 April."""
    k = year // 100
    m = 15 + (3 * k + 3) // 4 - (8 * k + 13) // 25
    s = 2 - (3 * k + 3) // 4
    a = year % 19
    d = (19 * a + m) % 30
    r = (d + a // 11) // 29
    full_moon = 21 + d - r
    first_sunday = 7 - (year + year // 4 + s) % 7
    march_day = full_moon + 7 - (full_moon - first_sunday) % 7
    return date(year, 3, 1) + timedelta(days=march_day - 1)


def test_easter_agrees_with_gauss_for_every_gregorian_year() -> None:
    for year in range(FIRST_GREGORIAN_YEAR, 10_000):
        assert easter_sunday(year) == gauss_easter(year), year


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (1818, "1818-03-22"),  # the earliest possible day
        (2285, "2285-03-22"),
        (1943, "1943-04-25"),  # the latest possible day
        (2038, "2038-04-25"),
        (2000, "2000-04-23"),
        (2025, "2025-04-20"),
        (2026, "2026-04-05"),
    ],
)
def test_easter_on_published_dates(year: int, easter: str) -> None:
    assert easter_sunday(year) == D(easter)
    assert easter_sunday(year).weekday() == 6


@pytest.mark.parametrize("year", [FIRST_GREGORIAN_YEAR - 1, 10_000])
def test_easter_outside_the_gregorian_years_is_refused(year: int) -> None:
    with pytest.raises(ValueError, match="Gregorian years 1583-9999"):
        easter_sunday(year)


MAIN = next(line for line in phone_lines(FACTS) if line.kind is LineKind.MAIN)


def test_the_lines_come_from_the_facts() -> None:
    lines = {line.kind: line for line in phone_lines(FACTS)}
    assert lines[LineKind.MAIN].number == "3646"
    assert lines[LineKind.MAIN].hours_confirmed
    assert lines[LineKind.ABROAD].hours_confirmed
    assert not lines[LineKind.ENGLISH].hours_confirmed
    assert MAIN.weekdays == frozenset(range(5))


def test_a_line_that_never_opens_is_closed_with_no_next_opening() -> None:
    never = replace(MAIN, weekdays=frozenset())
    now = datetime(2026, 11, 25, 10, 0, tzinfo=PARIS)
    status = line_status(never, now)
    assert (status.is_open, status.closes_at, status.next_opening) == (False, None, None)
    assert str(describe_line_status(status, now)) == "Closed"


def test_open_until_closing_time_and_closed_at_it() -> None:
    wednesday = date(2026, 11, 25)
    open_status = line_status(MAIN, datetime.combine(wednesday, time(16, 59), tzinfo=PARIS))
    assert open_status.is_open
    assert str(describe_line_status(open_status, datetime(2026, 11, 25, 16, 59, tzinfo=PARIS))) == (
        "Open now, until 17:00"
    )
    at_five = datetime.combine(wednesday, time(17, 0), tzinfo=PARIS)
    closed = line_status(MAIN, at_five)
    assert not closed.is_open
    assert str(describe_line_status(closed, at_five)) == "Closed now: opens tomorrow at 08:30"


def test_hours_for_a_single_day_or_scattered_days() -> None:
    one_day = replace(MAIN, weekdays=frozenset({2}))
    assert describe_hours(one_day).params["days"] == "Wednesday"
    scattered = replace(MAIN, weekdays=frozenset({0, 2, 4}))
    assert describe_hours(scattered).params["days"] == "Monday, Wednesday, Friday"
    assert str(describe_hours(MAIN)) == (
        "Monday to Friday, 08:30-17:00 (Paris time), except public holidays"
    )


def test_the_email_link_expires_on_its_last_instant() -> None:
    started = datetime(2026, 3, 25, 12, 0, tzinfo=PARIS)  # the clocks change on 29 March
    deadline = email_validation_deadline(started, started, FACTS).deadline
    assert deadline.astimezone(UTC) - started.astimezone(UTC) == timedelta(days=7)
    just_before = email_validation_deadline(started, deadline - timedelta(seconds=1), FACTS)
    assert not just_before.expired
    assert just_before.time_left == timedelta(seconds=1)
    at_deadline = email_validation_deadline(started, deadline, FACTS)
    assert at_deadline.expired
    assert at_deadline.time_left == timedelta(0)
    later = email_validation_deadline(started, deadline + timedelta(days=1), FACTS)
    assert later.time_left == timedelta(0)
    with pytest.raises(ValueError, match="aware"):
        email_validation_deadline(started, datetime(2026, 3, 26), FACTS)  # noqa: DTZ001


def test_a_birth_declared_on_the_day_of_birth_or_today() -> None:
    today = D("2026-11-25")
    same_day = plan_birth_declaration("  Léa   Martin ", today, today, today=today, facts=FACTS)
    assert same_day.child_name == "Léa Martin"
    assert same_day.claim_expected_by == today + timedelta(days=FACTS.birth.claim_follow_up_days)
    earlier = plan_birth_declaration(
        "Léa", D("2026-11-20"), D("2026-11-20"), today=today, facts=FACTS
    )
    assert earlier.declared_on == D("2026-11-20")
    for born, declared, field in (
        (D("2026-11-26"), today, "born_on"),  # born tomorrow
        (D("2026-11-20"), D("2026-11-19"), "declared_on"),  # declared before the birth
        (D("2026-11-20"), D("2026-11-26"), "declared_on"),  # declared tomorrow
    ):
        with pytest.raises(UserError) as caught:
            plan_birth_declaration("Léa", born, declared, today=today, facts=FACTS)
        assert caught.value.field == field


def test_holidays_on_the_first_and_last_day_asked_are_listed() -> None:
    """1 May and 8 May 2026: both listed when the range starts and ends on them."""
    assert [h.day for h in holidays_between(D("2026-05-01"), D("2026-05-08"))] == [
        D("2026-05-01"),
        D("2026-05-08"),
    ]
    assert holidays_between(D("2026-05-02"), D("2026-05-07")) == []
    across = [h.day for h in holidays_between(D("2026-12-25"), D("2027-01-01"))]
    assert across == [D("2026-12-25"), D("2027-01-01")]


class NoOffset(tzinfo):
    """A time zone that cannot say its offset: as unusable as none at all."""

    def utcoffset(self, _dt: datetime | None) -> None:
        return None

    def dst(self, _dt: datetime | None) -> None:
        return None


def test_a_zone_without_an_offset_is_refused() -> None:
    unknown = datetime(2026, 11, 25, 10, 0, tzinfo=NoOffset())
    with pytest.raises(ValueError, match="aware"):
        line_status(MAIN, unknown)
    started = datetime(2026, 11, 25, 10, 0, tzinfo=PARIS)
    with pytest.raises(ValueError, match="aware"):
        email_validation_deadline(started, unknown, FACTS)
    with pytest.raises(ValueError, match="aware"):
        email_validation_deadline(unknown, started, FACTS)


def test_only_an_open_status_reads_open() -> None:
    now = datetime(2026, 11, 25, 18, 0, tzinfo=PARIS)
    tomorrow = datetime(2026, 11, 26, 8, 30, tzinfo=PARIS)
    closed = LineStatus(False, now, tomorrow, None)  # a closing time, but not open
    assert str(describe_line_status(closed, now)) == "Closed now: opens tomorrow at 08:30"


def test_a_single_days_hours_name_that_day() -> None:
    one_day = replace(MAIN, weekdays=frozenset({2}))
    assert str(describe_hours(one_day)) == (
        "Wednesday, 08:30-17:00 (Paris time), except public holidays"
    )


def test_two_days_in_a_row_are_a_range() -> None:
    two = replace(MAIN, weekdays=frozenset({0, 1}))
    assert str(describe_hours(two)).startswith("Monday to Tuesday, 08:30-17:00")
    apart = replace(MAIN, weekdays=frozenset({0, 2}))
    assert str(describe_hours(apart)).startswith("Monday, Wednesday, 08:30-17:00")


def test_each_line_cites_its_own_sources() -> None:
    """The English line is The Local's report; the 3646 lines are ameli's, not The Local's."""
    lines = {line.kind: line for line in phone_lines(FACTS)}
    english = tuple(FACTS.source_of("help", "english_line"))
    assert english
    assert lines[LineKind.ENGLISH].sources == english
    for kind in (LineKind.MAIN, LineKind.ABROAD):
        assert lines[kind].sources
        assert not set(lines[kind].sources) & set(english)
