"""The Schengen rules' edges that the mutation run found unpinned (issue 17 item 8): an open stay,
the limit named in the explanations, a permit's first and last day, a window's single day, an
overstay that starts on the day asked about, and a stay whose window reaches back exactly 179
days. Day n of 2025: 1 January is day 1; the window of day n is [n-179, n]."""

from datetime import date, timedelta

from ameli_desktop.domain.schengen import (
    ImmigrationStatus,
    Nationality,
    PermitPeriod,
    SchengenCalendar,
    Stay,
    _Runs,
)


def day(n: int) -> date:
    return date(2025, 1, 1) + timedelta(days=n - 1)


def test_a_stay_is_open_until_its_exit_is_known() -> None:
    assert Stay(day(1)).is_open
    assert not Stay(day(1), day(1)).is_open


def test_the_explanations_name_the_limit() -> None:
    cal = SchengenCalendar([Stay(day(1), day(91))], open_until=day(200))
    [over] = cal.overstays()
    assert "more than 90;" in str(over.explanation())
    assert "more than 60;" in str(over.explanation(60))
    violation = cal.first_violation(day(100), day(100))
    assert violation is not None
    text = str(violation.explanation())
    assert text.endswith("more than 90.")
    assert f"{violation.count} days of presence" in text


def test_a_permit_is_valid_on_its_first_and_last_day_only() -> None:
    permit = PermitPeriod(day(10), day(20))
    status = ImmigrationStatus(Nationality.OTHER, (permit,))
    assert [status.permit_on(day(n)) for n in (9, 10, 20, 21)] == [None, permit, permit, None]
    cal = SchengenCalendar([], [permit], open_until=day(30))
    assert [cal.exempt_through(day(n), "FR") for n in (9, 10, 20, 21)] == [
        None, day(20), day(20), None,
    ]  # fmt: skip


def test_a_count_over_one_day_and_over_no_day() -> None:
    runs = _Runs([(5, 7)])
    assert (runs.count(6, 6), runs.count(5, 7), runs.count(7, 6), runs.count(8, 8)) == (1, 3, 0, 0)


def test_an_overstay_that_starts_on_the_day_asked_about() -> None:
    """90 days from 1 January, back on day 100: the window of day 100 ([-79, 100]) holds 91."""
    cal = SchengenCalendar([Stay(day(1), day(90)), Stay(day(100), day(100))], open_until=day(200))
    [over] = cal.overstays(until=day(100))
    assert (over.first, over.last, over.window_start) == (day(100), day(100), day(-79))
    assert (over.first_count, over.peak_count) == (91, 91)
    assert cal.overstays(until=day(99)) == []


def test_a_day_179_days_before_the_entry_still_counts_in_a_plan() -> None:
    """Entry on day 300, whose window starts on day 121: a stay that ends on day 121 gives it one
    day, 89 more from days 200-288, and the day of entry makes 91."""
    cal = SchengenCalendar(
        [Stay(day(100), day(121)), Stay(day(200), day(288))], open_until=day(300)
    )
    violation = cal.first_violation(day(300), day(300), keep_later_stays_legal=False)
    assert violation is not None
    assert (violation.day, violation.window_start, violation.count) == (day(300), day(121), 91)
    assert not cal.fits(day(300), day(300), keep_later_stays_legal=False)
    assert cal.fits(day(301), day(301), keep_later_stays_legal=False)  # day 121 rolled off
