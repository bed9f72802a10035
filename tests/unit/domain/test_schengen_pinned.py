"""The Schengen rules' edges that the mutation run found unpinned (issue 17 item 8): an open stay,
the limit named in the explanations, a permit's first and last day, a window's single day, an
overstay that starts on the day asked about, and a stay whose window reaches back exactly 179
days. Day n of 2025: 1 January is day 1; the window of day n is [n-179, n]."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.facts import default_facts
from ameli_desktop.domain.schengen import (
    ELSEWHERE,
    FlagKind,
    ImmigrationStatus,
    Nationality,
    PermitPeriod,
    SchengenCalendar,
    Stay,
    StayDetails,
    _Runs,
    border_status,
    clean_stay_details,
    nationality_with_permit,
    plan_stay,
    schengen_status,
    stay_flags,
    validate_permit,
    validate_stay,
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
    """A visitor who spent days 1-10 of 2025 in France (out of every window below) and has
    booked days ``first``..``last``."""
    return SchengenCalendar([Stay(day(1), day(10)), Stay(day(first), day(last))], open_until=day(1))


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
    # Every day from 200 to 289 is in the window of day 379; day 290 is already booked (the
    # planner looks past the first recorded stay, days 1-10, to the booking).
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


def test_a_month_after_ninety_days_in_starts_when_enough_old_days_have_rolled_off() -> None:
    """Days 1-90 in, then 30 days from day p: the window of the exit day p+29 still holds the old
    days p-150..90 (240 - p of them, when p >= 151), so the 30 days fit once 240 - p + 30 <= 90:
    p = 181 (30 June), whichever day the search starts from. (From day 152 the exit day 181 is
    over by 29, from 153 by 28: the planner may skip that many entries, not one more.)"""
    cal = SchengenCalendar([Stay(day(1), day(90))], open_until=day(1))
    for not_before in (91, 152, 153, 181):
        assert cal.earliest_entry(30, day(not_before)) == day(181)
    assert not cal.fits(day(180), day(209))
    assert cal.fits(day(181), day(210))


def test_after_an_overstay_a_permit_is_the_first_way_back() -> None:
    """A visitor in France on days 100-195 (96 days: over from day 190), then a French permit
    from day 200 to 400. Entering France on a day p from 190 to 195, that day itself is over;
    from 196 to 199 the window of day 199 holds the 96 days and 199-p+1 more. From day 200 the
    stay is within the permit: nothing counts, whatever its length (1, 5 or 30 days)."""
    cal = SchengenCalendar(
        [Stay(day(100), day(195))], [PermitPeriod(day(200), day(400))], open_until=day(1)
    )
    assert [(o.first, o.last) for o in cal.overstays()] == [(day(190), day(195))]
    for length in (1, 5, 30):
        assert cal.earliest_entry(length, day(190), country="FR") == day(200)
    assert not cal.fits(day(199), day(199), country="FR")


def test_a_trip_to_bulgaria_before_it_applied_the_rule_after_an_overstay() -> None:
    """Bulgaria counts from 31 March 2024 (day B). A visitor was in France from B-200 to B-101
    (100 days: over from B-110 to B-101). A day in Bulgaria before B counts for nothing, so a
    one-day trip there fits on the first day after the overstay, B-100, and not on B-101, the
    overstay's last day."""
    b = date(2024, 3, 31)
    cal = SchengenCalendar([Stay(b - timedelta(days=200), b - timedelta(days=101))], open_until=b)
    assert [(o.first, o.last) for o in cal.overstays()] == [
        (b - timedelta(days=110), b - timedelta(days=101))
    ]
    first = cal.earliest_entry(1, b - timedelta(days=101), country="BG")
    assert first == b - timedelta(days=100)


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


# ------------------------------------------- planning answers against a day-by-day count

# A French-resident's history, days 1..400 of 2025: stays in France of lengths near the limit,
# and up to two French permits (the days they exempt), so that the planner's shortcuts (skipping
# entries that must fail, stopping when nothing is ahead) meet their edges.
_STAY = st.tuples(st.integers(1, 400), st.one_of(st.integers(0, 12), st.integers(80, 100)))
_PERMIT = st.tuples(st.integers(1, 400), st.integers(0, 120))
_HISTORY = st.tuples(st.lists(_STAY, max_size=4), st.lists(_PERMIT, max_size=2))
_PLANNING = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class _DayByDay:
    """The rule read literally for a stay in France: a day counts when the person is in France
    and no permit is valid; a plan fits when no counted day from its entry to 179 days after its
    exit (the last window that holds it) has more than 90 counted days in its window."""

    def __init__(self, stays: list[tuple[int, int]], permits: list[tuple[int, int]]) -> None:
        self.exempt = {d for start, length in permits for d in range(start, start + length + 1)}
        self.days = {d for start, length in stays for d in range(start, start + length + 1)}
        self.days -= self.exempt

    def fits(self, entry: int, exit_: int) -> bool:
        days = self.days | (set(range(entry, exit_ + 1)) - self.exempt)
        count = sum(1 for d in range(entry - 180, entry) if d in days)  # the window of entry-1
        for d in range(entry, exit_ + 180):
            count += (d in days) - (d - 180 in days)
            if d in days and count > 90:
                return False
        return True


def _calendar(history: tuple[list[tuple[int, int]], list[tuple[int, int]]]) -> SchengenCalendar:
    stays, permits = history
    return SchengenCalendar(
        [Stay(day(a), day(a + n)) for a, n in stays],
        [PermitPeriod(day(a), day(a + n)) for a, n in permits],
        open_until=day(1),
    )


@_PLANNING
@given(_HISTORY, st.integers(1, 450))
def test_the_longest_stay_fits_and_one_day_more_does_not(history, entry: int) -> None:
    last = _calendar(history).latest_exit(day(entry), keep_later_stays_legal=True)
    naive = _DayByDay(*history)
    if last is None:
        assert not naive.fits(entry, entry)
    else:
        exit_ = (last - day(0)).days
        assert exit_ >= entry
        assert naive.fits(entry, exit_)
        assert not naive.fits(entry, exit_ + 1)


@_PLANNING
@given(_HISTORY, st.integers(1, 450), st.one_of(st.integers(1, 5), st.integers(60, 120)))
def test_the_earliest_entry_fits_and_no_day_before_does(history, not_before: int, length: int):
    first = _calendar(history).earliest_entry(length, day(not_before))
    naive = _DayByDay(*history)
    end = (first - day(0)).days if first is not None else not_before + 700
    assert [p for p in range(not_before, end) if naive.fits(p, p + length - 1)] == []
    if first is not None:
        assert naive.fits(end, end + length - 1)


def test_a_permit_from_the_day_of_return_after_an_overstay() -> None:
    """A visitor in France on days 1-100 (over from day 91) leaves on day 100 and comes back on
    day 102 with a French permit valid from that day: the overstay is days 91-100 and nothing
    after; day 101 (out of the area) and the permit's days are no days of presence."""
    cal = SchengenCalendar(
        [Stay(day(1), day(100)), Stay(day(102), day(150))],
        [PermitPeriod(day(102), day(400))],
        open_until=day(1),
    )
    assert [(o.first, o.last, o.days) for o in cal.overstays()] == [(day(91), day(100), 10)]
    assert not cal.is_counted(day(101))
    assert not cal.is_counted(day(102))
    assert cal.days_used(day(150)) == 100  # days 1-100 are all in the window [-29, 150]


def test_two_permits_during_one_stay_exempt_their_days_and_only_theirs() -> None:
    """In France on days 1-100, with French permits on days 10-20 and 30-40 (a gap between the
    titre and its renewal): days 1-9, 21-29 and 41-100 count, 9 + 9 + 60 = 78."""
    cal = SchengenCalendar(
        [Stay(day(1), day(100))],
        [PermitPeriod(day(10), day(20)), PermitPeriod(day(30), day(40))],
        open_until=day(1),
    )
    assert cal.days_used(day(100)) == 78
    assert [cal.is_counted(day(n)) for n in (9, 10, 20, 21, 29, 30, 40, 41)] == [
        True, False, False, True, True, False, False, True,
    ]  # fmt: skip


def test_an_overstay_on_the_day_of_return_counts_its_window_only() -> None:
    """Days 1-91 in (over on day 91), out on days 92-180 (89 days), back for day 181: its window
    [2, 181] holds days 2-91 (90) and day 181, 91 again. Day 1, 180 days back, is out of it."""
    cal = SchengenCalendar([Stay(day(1), day(91)), Stay(day(181), day(181))], open_until=day(1))
    first, second = cal.overstays()
    assert (first.first, first.last, first.first_count) == (day(91), day(91), 91)
    assert (second.first, second.window_start) == (day(181), day(2))
    assert (second.first_count, second.peak_count) == (91, 91)


def test_a_plan_within_a_permit_is_not_blamed_for_a_booking_over_by_itself() -> None:
    """A French permit on days 50-100; 91 days booked in France on days 190-280, when the
    permit is over: day 280 is over by itself (window [101, 280]). A plan of days 90-100 in France
    is all within the permit: the window of its last day's last window, day 279 ([100, 279]),
    holds the 90 booked days 190-279 and day 100, which does not count: it fits. One more day,
    101, no longer exempt, is in the window of day 280 and breaks it."""
    cal = SchengenCalendar(
        [Stay(day(190), day(280))], [PermitPeriod(day(50), day(100))], open_until=day(1)
    )
    assert cal.fits(day(90), day(100), country="FR")
    assert cal.first_violation(day(90), day(100), country="FR") is None
    assert not cal.fits(day(90), day(101), country="FR")
    assert cal.latest_exit(day(90), country="FR", keep_later_stays_legal=True) == day(100)
    assert cal.earliest_entry(11, day(90), country="FR") == day(90)


def test_what_a_plan_says_for_each_rule() -> None:
    """The planner's first line: a French permit holder planning Spain, "elsewhere" and France;
    an unknown status and an EU citizen (present that day, but no day of theirs counts)."""
    holder = ImmigrationStatus(Nationality.OTHER, (PermitPeriod(day(1), day(365)),))

    def said(status: ImmigrationStatus, country: str = "FR") -> str:
        return str(plan_stay([], status, day(60), today=day(60), country=country).explanation)

    assert said(holder, "ES") == (
        "Residence permit (titre de séjour) issued by France: days in Spain count towards 90 in "
        "any 180."
    )
    assert said(holder, ELSEWHERE) == (
        "Residence permit (titre de séjour) issued by France: days in the other Schengen states "
        "count towards 90 in any 180."
    )
    assert said(holder).startswith("Days in France are not counted until 31/12/2025")
    assert said(ImmigrationStatus(Nationality.UNKNOWN)) == (
        "Status unknown: say which passport and permits apply."
    )
    eu = ImmigrationStatus(Nationality.EU_EEA_CH)
    assert said(eu) == "EU, EEA or Swiss citizen: no 90/180-day limit."
    status = schengen_status([Stay(day(59), day(61))], eu, day(60))
    assert (status.inside, status.counted_today) == (True, False)


# ------------------------------------------------------------ recording stays and permits

TODAY = date(2025, 6, 1)


def test_a_one_day_stay_and_an_open_stay_from_today_are_accepted() -> None:
    """Entry and exit on the same day is a day trip; an open stay may begin today (not after).
    The shipped facts are the default."""
    validate_stay(Stay(TODAY, TODAY), [], today=TODAY)
    validate_stay(Stay(TODAY), [], today=TODAY)
    with pytest.raises(UserError):
        validate_stay(Stay(TODAY + timedelta(days=1)), [], today=TODAY)
    with pytest.raises(UserError):
        validate_stay(Stay(TODAY, TODAY - timedelta(days=1)), [], today=TODAY)


def test_stay_details_are_cleaned_to_their_limits() -> None:
    """Texts are trimmed and their spaces joined (notes only trimmed); 80 characters of port,
    40 of passport, 500 of notes are accepted, one more is refused; no country means France."""
    details = StayDetails(
        TODAY,
        TODAY,
        country=" ",
        entry_port="  Roissy   CDG ",
        exit_port="x" * 80,
        passport="p" * 40,
        notes="  two  lines\nkept \n",
    )
    clean = clean_stay_details(details, [], today=TODAY)
    assert clean.country == "FR"
    assert (clean.entry_port, clean.exit_port, clean.passport) == ("Roissy CDG", "x" * 80, "p" * 40)
    assert clean.notes == "two  lines\nkept"
    assert clean.as_stay(7) == Stay(TODAY, TODAY, "FR")
    assert clean.as_stay(7).key == 7
    assert clean_stay_details(replace(details, notes="n" * 500), [], today=TODAY).notes == "n" * 500
    for name, limit in (("exit_port", 80), ("passport", 40), ("notes", 500)):
        with pytest.raises(UserError) as error:
            clean_stay_details(replace(details, **{name: "y" * (limit + 1)}), [], today=TODAY)
        assert error.value.field == name
    assert clean_stay_details(replace(details, country=" es "), [], today=TODAY).country == "ES"


def test_a_one_day_permit_is_a_permit() -> None:
    permit = validate_permit(PermitPeriod(TODAY, TODAY, state=" fr "))
    assert (permit.start, permit.end, permit.state) == (TODAY, TODAY, "FR")


def test_a_permit_is_for_a_passport_from_outside_the_eu() -> None:
    assert nationality_with_permit(Nationality.UNKNOWN) is Nationality.OTHER
    assert nationality_with_permit(Nationality.OTHER) is Nationality.OTHER
    with pytest.raises(UserError):
        nationality_with_permit(Nationality.EU_EEA_CH)


def test_a_plan_with_no_day_left() -> None:
    """Days 1-90 in: a plan from day 91 has no day (max_days 0, no last day), with the shipped
    facts by default; from day 181 it has 90 (to day 270)."""
    stays = [Stay(day(1), day(90))]
    none_left = plan_stay(stays, VISITOR, day(91), today=day(91))
    assert (none_left.max_days, none_left.last_day) == (0, None)
    later = plan_stay(stays, VISITOR, day(181), today=day(91))
    assert (later.max_days, later.last_day) == (90, day(270))


def test_overlaps_of_one_day_records_and_of_an_open_record() -> None:
    """Two identical day trips are one recorded twice: both flagged; a stay of days 1-10 and an
    open one from day 1 too. A same-day re-entry (exit day 5, entry day 5) is not. The shipped
    facts are the default."""

    def overlapping(stays: list[Stay]) -> list[int]:
        flags = stay_flags(stays, VISITOR, today=day(60))
        return sorted(f.index for f in flags if f.kind is FlagKind.OVERLAP)

    assert overlapping([Stay(day(5), day(5)), Stay(day(5), day(5))]) == [0, 1]
    assert overlapping([Stay(day(1), day(10)), Stay(day(1))]) == [0, 1]
    assert overlapping([Stay(day(1), day(5)), Stay(day(5), day(9))]) == []


def test_a_crossing_today_is_checked_and_tomorrows_is_not() -> None:
    """A visitor's entry without a stamp before the Entry/Exit System: flagged when it is today,
    not when it is tomorrow (it has not happened yet)."""
    today = date(2025, 6, 1)
    flags = stay_flags([Stay(today, today, stamped_entry=False)], VISITOR, today=today)
    assert [f.kind for f in flags] == [FlagKind.MISSING_ENTRY_STAMP]
    tomorrow = today + timedelta(days=1)
    assert stay_flags([Stay(tomorrow, tomorrow, stamped_entry=False)], VISITOR, today=today) == []


def test_what_the_flags_say_at_their_edges() -> None:
    """An EU citizen stamped both ways: each flag names its crossing. A visitor's stay ending on
    the first day of a French permit: that one day is pointed out as exempt; an EU citizen with
    the same permit on file has nothing exempt (nothing of theirs counts). Bulgaria from its
    first counted day (31 March 2024) is counted; from the day before it is not."""
    eu = ImmigrationStatus(Nationality.EU_EEA_CH)
    stamped = Stay(day(1), day(5), stamped_entry=True, stamped_exit=True)
    entry, exit_ = (str(f.explanation) for f in stay_flags([stamped], eu, today=day(60)))
    assert entry.startswith("The passport was stamped at entry on 01/01/2025")
    assert exit_.startswith("The passport was stamped at exit on 05/01/2025")
    permit = PermitPeriod(day(10), day(20))
    holder = ImmigrationStatus(Nationality.OTHER, (permit,))
    [exempt] = stay_flags([Stay(day(1), day(10))], holder, today=day(60))
    assert exempt.kind is FlagKind.EXEMPT
    assert "from 10/01/2025 to 10/01/2025" in str(exempt.explanation)
    assert stay_flags([Stay(day(1), day(9))], holder, today=day(60)) == []
    eu_on_file = ImmigrationStatus(Nationality.EU_EEA_CH, (permit,))
    assert stay_flags([Stay(day(1), day(10))], eu_on_file, today=day(60)) == []
    joined = date(2024, 3, 31)
    assert stay_flags([Stay(joined, joined, "BG")], VISITOR, today=day(60)) == []
    before = stay_flags([Stay(joined - timedelta(days=1), joined, "BG")], VISITOR, today=day(60))
    assert [f.kind for f in before] == [FlagKind.NOT_COUNTED]
