"""The 90/180-day rule at its edges, for a visitor (no residence permit), worked by hand (issue 17,
item 8). Day n of 2025: 1 January is day 1, 31 March day 90, 29 June day 180, 28 September day 271.
The window of day n is [n-179, n]."""

from datetime import date, timedelta

from ameli_desktop.domain.schengen import DayRange, SchengenCalendar, Stay

D = date
NEW_YEAR = D(2025, 1, 1)


def day(n: int) -> date:
    return D(2025, 1, 1) + timedelta(days=n - 1)


def visitor(*stays: Stay, today: date = NEW_YEAR) -> SchengenCalendar:
    """A visitor's counter: no permit, open stays counted through ``today``."""
    return SchengenCalendar(stays, open_until=today)


def test_the_day_numbers() -> None:
    assert (day(90), day(91), day(180), day(181), day(271)) == (
        D(2025, 3, 31), D(2025, 4, 1), D(2025, 6, 29), D(2025, 6, 30), D(2025, 9, 28)
    )  # fmt: skip


def test_the_day_of_entry_counts() -> None:
    """Entering on 10 January: that day is a day of presence, the day before and after not."""
    cal = visitor(Stay(D(2025, 1, 10), D(2025, 1, 10)))
    assert cal.is_counted(D(2025, 1, 10))
    assert not cal.is_counted(D(2025, 1, 9))
    assert not cal.is_counted(D(2025, 1, 11))
    assert cal.days_used(D(2025, 1, 10)) == 1
    assert cal.days_used(D(2025, 1, 9)) == 0
    still_inside = visitor(Stay(D(2025, 1, 1)), today=D(2025, 1, 1))
    assert still_inside.days_used(D(2025, 1, 1)) == 1  # an open stay, on its entry day


def test_an_exit_on_the_last_allowed_day_is_no_overstay() -> None:
    """Days 1..90 (1 January - 31 March): exactly 90, the limit; leaving on the 90th is legal."""
    cal = visitor(Stay(day(1), day(90)))
    assert cal.overstays() == []
    assert cal.days_used(day(90)) == 90
    assert cal.days_left(day(90)) == 0
    assert visitor().latest_exit(day(1)) == day(90)


def test_one_day_more_is_a_one_day_overstay_starting_on_day_91() -> None:
    (over,) = visitor(Stay(day(1), day(91))).overstays()
    assert (over.first, over.last, over.days) == (day(91), day(91), 1)
    assert (over.first_count, over.peak_count) == (91, 91)
    assert over.window_start == day(91) - timedelta(days=179)


def test_days_left_stay_at_zero_when_over_the_limit() -> None:
    """Days 1..100: 100 used on day 100, ten over; days left is 0, never negative."""
    cal = visitor(Stay(day(1), day(100)))
    assert cal.days_used(day(100)) == 100
    assert cal.days_left(day(100)) == 0
    assert cal.days_left(day(89)) == 1
    (over,) = cal.overstays()
    assert (over.first, over.last, over.peak_count) == (day(91), day(100), 100)


def test_the_overstay_after_ninety_days_out_starts_when_old_days_stop_rolling_off() -> None:
    """Days 1..90 in, 91..180 out (90 days), back on day 181 and still there on day 274.

    On day n from 181 to 269 the window holds old days n-179..90 (270 - n) and new days 181..n
    (n - 180): 90. On day 270 the old days are gone and the new ones are 90; on day 271 (28
    September) they are 91: the overstay starts there, four days long by day 274.
    """
    cal = visitor(Stay(day(1), day(90)), Stay(day(181), day(274)))
    assert [cal.days_used(day(n)) for n in (181, 225, 269, 270, 271)] == [90, 90, 90, 90, 91]
    (over,) = cal.overstays()
    assert (over.first, over.last, over.days) == (day(271), day(274), 4)
    assert (over.first_count, over.peak_count) == (91, 94)
    assert cal.overstays(until=day(270)) == []


def test_coming_back_after_only_89_days_out_is_an_overstay_from_the_entry_day() -> None:
    """Back on day 180: its window [1, 180] still holds all 90 old days, so day 180 counts 91."""
    cal = visitor(Stay(day(1), day(90)), Stay(day(180), day(200)))
    (over,) = cal.overstays()
    assert (over.first, over.first_count) == (day(180), 91)
    assert over.window_start == day(1)
    assert visitor(Stay(day(1), day(90))).earliest_entry(1, day(91)) == day(181)


def test_the_window_edge_day_179_back_counts_and_day_180_back_does_not() -> None:
    only = D(2025, 1, 10)
    cal = visitor(Stay(only, only))
    assert cal.days_used(only + timedelta(days=179)) == 1
    assert cal.days_used(only + timedelta(days=180)) == 0
    assert cal.window_start(only + timedelta(days=179)) == only


def test_the_breakdown_clips_a_stay_at_the_windows_first_day() -> None:
    """Stay 1-20 January; on 8 July the window starts on 10 January: days 10..20 remain, 11."""
    cal = visitor(Stay(D(2025, 1, 1), D(2025, 1, 20)))
    on = D(2025, 1, 10) + timedelta(days=179)
    breakdown = cal.breakdown(on)
    assert breakdown.window_start == D(2025, 1, 10)
    assert breakdown.days_used == 11
    assert breakdown.periods == (DayRange(D(2025, 1, 10), D(2025, 1, 20)),)
    assert cal.breakdown(on + timedelta(days=11)).periods == ()
