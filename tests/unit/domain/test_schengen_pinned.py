"""The Schengen rules' edges that the mutation run found unpinned (issue 17 item 8): an open stay,
the limit named in the explanations, a permit's first and last day, a window's single day, an
overstay that starts on the day asked about, and a stay whose window reaches back exactly 179
days. Day n of 2025: 1 January is day 1; the window of day n is [n-179, n]."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from ameli_desktop.domain.facts import default_facts
from ameli_desktop.domain.schengen import (
    ImmigrationStatus,
    Nationality,
    PermitPeriod,
    SchengenCalendar,
    Stay,
    _Runs,
    border_status,
    schengen_status,
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


# ------------------------------------------------- the planner's last window, worked by hand


def booked(first: int, last: int) -> SchengenCalendar:
    """A visitor with one stay already booked, days ``first``..``last`` of 2025, nothing else."""
    return SchengenCalendar([Stay(day(first), day(last))], open_until=day(1))


def test_a_plan_breaks_a_booked_stay_on_the_last_day_whose_window_holds_it() -> None:
    """A visitor has booked days 290-379 (90 days, legal). The window of day 379 is [200, 379]:
    one more day on day 200 makes it 91 there, 179 days after that day, and on no day before
    (day 378, window [199, 378]: day 200 and 89 booked days). A day on 199 is in no window that
    holds the whole booking: it fits, and it is the longest stay from 199 (200 would be over)."""
    cal = booked(290, 379)
    assert cal.fits(day(199), day(199))
    assert not cal.fits(day(200), day(200))
    violation = cal.first_violation(day(200), day(200))
    assert violation is not None
    assert (violation.day, violation.window_start, violation.count) == (day(379), day(200), 91)
    # The day of entry is the only day: latest_exit is that day; from 200, not even that day.
    assert cal.latest_exit(day(199), keep_later_stays_legal=True) == day(199)
    assert cal.latest_exit(day(200), keep_later_stays_legal=True) is None
    assert cal.latest_exit(day(200)) == day(289)  # without the booking's windows: up to it
    assert cal.earliest_entry(1, day(199)) == day(199)
    # Every day from 200 to 289 is in the window of day 379; day 290 is already booked.
    assert cal.earliest_entry(1, day(200)) == day(290)


def test_a_booked_stay_too_long_by_itself_is_not_the_plans_fault() -> None:
    """Booked days 191-281 (91 days) are over on day 281 by themselves (window [102, 281]). A
    plan of day 100 is in the windows of days 100 to 279 only, where the count is at most 90
    (day 279: day 100 and days 191-279, 89): it fits. Day 101 as well would make day 280 (window
    [101, 280]: 101 and 191-280) 91: the longest stay from day 100 ends on day 100."""
    cal = booked(191, 281)
    assert [(o.first, o.last) for o in cal.overstays()] == [(day(281), day(281))]
    assert cal.fits(day(100), day(100))
    assert cal.first_violation(day(100), day(100)) is None
    assert not cal.fits(day(100), day(101))
    assert cal.latest_exit(day(100), keep_later_stays_legal=True) == day(100)
    assert cal.earliest_entry(1, day(100)) == day(100)


def test_no_day_left_on_the_day_after_ninety_days_in() -> None:
    """Days 1-90 in: entering on day 91 makes 91 at once, so there is no exit day; entering on
    day 181 (days 2-90 left in its window, 89) the count stays at 90 until day 270."""
    cal = SchengenCalendar([Stay(day(1), day(90))], open_until=day(1))
    assert cal.latest_exit(day(91)) is None
    assert cal.latest_exit(day(180)) is None  # window [1, 180]: all 90 old days
    assert cal.latest_exit(day(181)) == day(270)
    # Each entry from 92 to 180 is over by one: the planner steps one day at a time, to 181.
    assert cal.earliest_entry(1, day(92)) == day(181)
    assert cal.earliest_entry(1, day(181)) == day(181)


def test_a_stay_lasts_at_least_one_day() -> None:
    cal = SchengenCalendar([], open_until=day(1))
    assert cal.earliest_entry(1, day(10)) == day(10)
    with pytest.raises(ValueError, match="at least one day"):
        cal.earliest_entry(0, day(10))


def test_a_permit_holder_may_stay_90_days_after_the_last_permit() -> None:
    """French permits on days 1-50 and 60-200: entering France on day 100, days 100-200 are
    exempt and the 90 days after are 201-290. In Spain every day counts: 100-189."""
    permits = [PermitPeriod(day(1), day(50)), PermitPeriod(day(60), day(200))]
    cal = SchengenCalendar([], permits, open_until=day(1))
    assert cal.latest_exit(day(100), country="FR") == day(290)
    assert cal.latest_exit(day(100), country="ES") == day(189)
    assert cal.latest_exit(day(201), country="FR") == day(290)


def test_a_long_stay_fits_once_it_reaches_the_second_permit() -> None:
    """French permits on days 1-50 and 200-400, a 150-day stay in France. From day p <= 50 it
    counts 51..p+149 (at least 100 days); from p in 51..109 it counts p..199 (91 or more); from
    day 110 it counts 110..199, exactly 90: the first entry that fits is day 110 (20 April)."""
    permits = [PermitPeriod(day(1), day(50)), PermitPeriod(day(200), day(400))]
    cal = SchengenCalendar([], permits, open_until=day(1))
    assert cal.earliest_entry(150, day(1), country="FR") == day(110) == date(2025, 4, 20)
    assert not cal.fits(day(109), day(258), country="FR")


def test_a_one_day_permit_exempts_its_day() -> None:
    """Days 1-10 in France with a French permit valid on day 5 only: 9 days count."""
    cal = SchengenCalendar(
        [Stay(day(1), day(10))], [PermitPeriod(day(5), day(5))], open_until=day(1)
    )
    assert cal.days_used(day(10)) == 9
    assert not cal.is_counted(day(5))
    assert cal.is_counted(day(4))
    assert cal.is_counted(day(6))


def test_the_limit_must_be_shorter_than_the_window() -> None:
    facts = default_facts().schengen
    with pytest.raises(ValueError, match="smaller than window_days"):
        SchengenCalendar([], open_until=day(1), facts=replace(facts, max_days=facts.window_days))
    short = SchengenCalendar(
        [Stay(day(1), day(20))], open_until=day(1), facts=replace(facts, max_days=10)
    )
    assert [(o.first, o.last) for o in short.overstays()] == [(day(11), day(20))]


# ------------------------------------------------------------- the status on a given day

VISITOR = ImmigrationStatus(Nationality.OTHER)


def test_over_the_limit_is_more_than_90_days_used() -> None:
    """Days 1-91: 90 used on day 90 (at the limit, not over), 91 on day 91 (over)."""
    stays = [Stay(day(1), day(91))]
    assert not schengen_status(stays, VISITOR, day(90)).over_limit
    over = schengen_status(stays, VISITOR, day(91))
    assert (over.days_used, over.days_left, over.over_limit) == (91, 0, True)
    unknown = ImmigrationStatus(Nationality.UNKNOWN)
    assert not schengen_status(stays, unknown, day(91)).over_limit  # no count, no verdict


def test_the_free_movement_explanation() -> None:
    status = schengen_status(
        [Stay(day(1), day(200))], ImmigrationStatus(Nationality.EU_EEA_CH), day(200)
    )
    assert str(status.explanation) == "EU, EEA or Swiss citizen: free movement, no day is counted."


def test_inside_on_the_exit_day_and_not_the_day_after() -> None:
    stays = [Stay(day(1), day(10))]
    assert schengen_status(stays, VISITOR, day(10)).inside
    assert not schengen_status(stays, VISITOR, day(11)).inside
    assert schengen_status(stays, VISITOR, day(1)).inside
    assert not schengen_status([Stay(day(2), day(10))], VISITOR, day(1)).inside


def test_a_visitor_in_bulgaria_before_it_applied_the_rule() -> None:
    """In Bulgaria since 20 February 2024: its days count from 31 March 2024, so on 1 March the
    visitor has used none and may remain 90 counted days, 31 March to 28 June 2024."""
    stays = [Stay(date(2024, 2, 20), None, "BG")]
    status = schengen_status(stays, VISITOR, date(2024, 3, 1))
    assert (status.days_used, status.inside, status.counted_today) == (0, True, False)
    assert status.stay_until == date(2024, 6, 28)


def test_a_visitor_in_the_united_kingdom_may_enter_for_90_days() -> None:
    """Days in the UK never count: on day 5 of a UK trip the visitor may stay 90 days (5-94)
    in France, the default country."""
    status = schengen_status([Stay(day(1), day(10), "GB")], VISITOR, day(5))
    assert (status.days_used, status.inside, status.counted_today) == (0, True, False)
    assert status.stay_until == day(94)


def test_border_status_on_the_first_day_of_the_entry_exit_system() -> None:
    """EES started on 12 October 2025: from that day the sentence says it is being rolled out,
    though passports are still stamped; the shipped facts are the default."""
    facts = default_facts().schengen
    assert facts.ees_start == date(2025, 10, 12)
    before = border_status(VISITOR, date(2025, 10, 11))
    first = border_status(VISITOR, date(2025, 10, 12))
    assert before.stamp_expected
    assert first.stamp_expected
    assert "Entry/Exit" not in str(before.explanation)
    assert "being rolled out" in str(first.explanation)
    later = replace(facts, ees_start=date(2025, 11, 1))  # the caller's facts are the ones used
    assert "Entry/Exit" not in str(border_status(VISITOR, date(2025, 10, 12), later).explanation)
