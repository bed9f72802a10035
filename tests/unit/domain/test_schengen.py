"""The Schengen 90/180-day rule: worked examples derived by hand, edge cases, and properties
checked against the naive day-by-day reference in tests/schengen_naive.py.

Day numbers in the derivations: "day n of 2025" is 1 January = day 1 (31 January = 31, 28 February
= 59, 31 March = 90, 30 April = 120, 31 May = 151, 30 June = 181, 31 July = 212, 31 August = 243).
The window of day n is [n-179, n].
"""

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ameli_desktop.domain.errors import ConflictError, UserError
from ameli_desktop.domain.facts import default_facts
from ameli_desktop.domain.schengen import (
    ELSEWHERE,
    BorderStatus,
    FlagKind,
    ImmigrationStatus,
    Nationality,
    PermitKind,
    PermitPeriod,
    Rule,
    RuleBasis,
    SchengenCalendar,
    Stay,
    border_status,
    plan_stay,
    schengen_status,
    stay_flags,
    validate_permit,
    validate_stay,
)
from tests.schengen_naive import NaiveSchengen

FACTS = default_facts().schengen
VISITOR = ImmigrationStatus(Nationality.OTHER)
D = date


def calendar(*stays: Stay, permits: tuple[PermitPeriod, ...] = ()) -> SchengenCalendar:
    """The counter over ``stays``; open stays are assumed to last through 1 January 2025."""
    return SchengenCalendar(stays, permits, open_until=D(2025, 1, 1), facts=FACTS)


def day_of_2025(n: int) -> date:
    return D(2025, 1, 1) + timedelta(days=n - 1)


def test_day_numbers_used_in_the_derivations() -> None:
    """The calendar facts every docstring below relies on."""
    assert [day_of_2025(n) for n in (31, 59, 90, 120, 151, 181, 212, 243)] == [
        D(2025, 1, 31),
        D(2025, 2, 28),
        D(2025, 3, 31),
        D(2025, 4, 30),
        D(2025, 5, 31),
        D(2025, 6, 30),
        D(2025, 7, 31),
        D(2025, 8, 31),
    ]


# ------------------------------------------------------------------------ counting, by hand


def test_entry_and_exit_days_both_count() -> None:
    """Stay 1-10 January 2025: on the 10th the window [15 July 2024, 10 January] holds days 1..10,
    entry and exit included: 10 used, 90 - 10 = 80 left; on the 5th, days 1..5: 5 used."""
    cal = calendar(Stay(D(2025, 1, 1), D(2025, 1, 10)))
    assert cal.days_used(D(2025, 1, 10)) == 10
    assert cal.days_left(D(2025, 1, 10)) == 80
    assert cal.days_used(D(2025, 1, 5)) == 5
    assert cal.days_used(D(2024, 12, 31)) == 0


def test_same_day_exit_and_reentry_counts_once() -> None:
    """Out on 10 January and back the same day: stays 1-10 and 10-20 January are days 1..20,
    20 distinct days, not 10 + 11 = 21. A third record of a day trip on the 10th adds nothing."""
    first, second = Stay(D(2025, 1, 1), D(2025, 1, 10)), Stay(D(2025, 1, 10), D(2025, 1, 20))
    assert calendar(first, second).days_used(D(2025, 1, 20)) == 20
    day_trip = Stay(D(2025, 1, 10), D(2025, 1, 10))
    assert calendar(first, day_trip, second).days_used(D(2025, 1, 20)) == 20


def test_overlapping_records_count_once() -> None:
    """Records 1-15 and 10-20 January share days 10..15: the union is days 1..20, 20 days."""
    cal = calendar(Stay(D(2025, 1, 1), D(2025, 1, 15)), Stay(D(2025, 1, 10), D(2025, 1, 20)))
    assert cal.days_used(D(2025, 1, 20)) == 20


def test_ninety_days_in_then_ninety_days_out() -> None:
    """Stay 1 January - 31 March 2025 = days 1..90 (31 + 28 + 31).

    On 29 June (day 180) the window [1, 180] still holds all 90: used 90, none left. On 30 June
    (day 181) the window [2, 181] holds days 2..90 = 89. Entering on day 180 would make day 180
    count 91; entering on day 181 is the first that works. From day 181, each new day replaces one
    old day rolling off: on day n <= 269 the window holds old days n-179..90 (270 - n) and new days
    181..n (n - 180): 90. On day 270 (27 September) old 0 + new 90 = 90; day 271 would be 91. So a
    stay from 30 June lasts until 27 September, 90 days.
    """
    cal = calendar(Stay(D(2025, 1, 1), D(2025, 3, 31)))
    assert cal.days_used(D(2025, 3, 31)) == 90
    assert cal.days_used(D(2025, 6, 29)) == 90
    assert cal.days_left(D(2025, 6, 29)) == 0
    assert cal.days_used(D(2025, 6, 30)) == 89
    assert cal.earliest_entry(90, D(2025, 4, 1)) == D(2025, 6, 30)
    assert cal.earliest_entry(1, D(2025, 4, 1)) == D(2025, 6, 30)
    assert cal.latest_exit(D(2025, 6, 29)) is None
    assert cal.latest_exit(D(2025, 6, 30)) == D(2025, 9, 27)
    assert day_of_2025(270) == D(2025, 9, 27)


def test_a_stay_can_last_longer_than_the_days_left_on_entry() -> None:
    """Stay 1-30 January 2025 (days 1..30), then entry on 10 June (day 161).

    On entry the window [-18, 161] holds the 30 January days: 60 left. During the new stay, on day
    n: for n <= 179 the count is 30 + (n - 160) <= 49; for 180 <= n <= 209 the January days
    n-179..30 (210 - n) plus new days 161..n (n - 160) make 50; from day 210 only new days count,
    n - 160 <= 90 until n = 250 (7 September). So the stay lasts 90 days, not 60: old days roll off.
    """
    cal = calendar(Stay(D(2025, 1, 1), D(2025, 1, 30)))
    assert cal.days_left(D(2025, 6, 10)) == 60
    last = cal.latest_exit(D(2025, 6, 10))
    assert last == D(2025, 9, 7) == day_of_2025(250)
    assert (last - D(2025, 6, 10)).days + 1 == 90


def test_longest_stay_and_earliest_full_stay_after_a_short_stay() -> None:
    """Stay 1-30 January 2025 (days 1..30).

    Longest stay from 1 February (day 32): on day n <= 179 the count is 30 + (n - 31), <= 90 until
    day 91 (1 April): 60 days. Earliest entry P for 90 days: on the last day P + 89 the 90 new days
    alone make 90, so no January day may remain in its window: P + 89 - 179 >= 31, P >= 121
    (1 May); then on any day P + k the count is (k + 1) + max(0, 210 - P - k) <= 90. A stay of 91
    days never fits.
    """
    cal = calendar(Stay(D(2025, 1, 1), D(2025, 1, 30)))
    assert cal.latest_exit(D(2025, 2, 1)) == D(2025, 4, 1)
    assert cal.earliest_entry(90, D(2025, 2, 1)) == D(2025, 5, 1) == day_of_2025(121)
    assert cal.earliest_entry(91, D(2025, 2, 1)) is None


def test_leap_year_window() -> None:
    """2024 is a leap year: 31 January = day 31, 29 February = day 60, 28 July = day 210, so the
    window of 28 July 2024 starts on day 31, 31 January. In 2025, 28 July = day 209 and the window
    starts on day 30, 30 January. A stay 1 February - 1 March 2024 is 29 + 1 = 30 days."""
    cal = calendar(Stay(D(2024, 2, 1), D(2024, 3, 1)))
    assert cal.window_start(D(2024, 7, 28)) == D(2024, 1, 31)
    assert cal.window_start(D(2025, 7, 28)) == D(2025, 1, 30)
    assert cal.days_used(D(2024, 3, 1)) == 30
    # The last day of the stay, 1 March (day 61), leaves the window of day 61 + 180 = day 241,
    # 28 August 2024; 29 February leaves it one day earlier.
    assert cal.days_used(D(2024, 8, 27)) == 1
    assert cal.days_used(D(2024, 8, 28)) == 0


def test_overstay_periods_and_their_window() -> None:
    """Stay 1 January - 5 April 2025 (days 1..95) and stay 7-9 April (days 97..99).

    Day 91 (1 April) is the first with 91 days in its window [-88, 91] (which starts on 4 October
    2024): over from 1 to 5 April, 5 days, peaking at 95. On 6 April the person is out (no
    overstay that day). On 7 April the window holds 95 + 1 = 96 days: over again 7-9 April, 3 days,
    first count 96, peak 98. Total 8 overstay days.
    """
    cal = calendar(Stay(D(2025, 1, 1), D(2025, 4, 5)), Stay(D(2025, 4, 7), D(2025, 4, 9)))
    first, second = cal.overstays()
    assert (first.first, first.last, first.days) == (D(2025, 4, 1), D(2025, 4, 5), 5)
    assert (first.window_start, first.first_count, first.peak_count) == (D(2024, 10, 4), 91, 95)
    assert (second.first, second.last, second.days) == (D(2025, 4, 7), D(2025, 4, 9), 3)
    assert (second.first_count, second.peak_count) == (96, 98)
    assert cal.overstays(until=D(2025, 4, 3))[0].last == D(2025, 4, 3)
    assert "Over the limit from 01/04/2025 to 05/04/2025 (5 days)" in str(first.explanation())
    status = schengen_status(
        [Stay(D(2025, 1, 1), D(2025, 4, 5)), Stay(D(2025, 4, 7), D(2025, 4, 9))],
        VISITOR,
        D(2025, 4, 9),
        FACTS,
    )
    assert status.overstay_days == 8
    assert status.stay_until is None  # already over
    assert status.as_json()["overstays"] == [
        {"from": "2025-04-01", "to": "2025-04-05", "days": 5},
        {"from": "2025-04-07", "to": "2025-04-09", "days": 3},
    ]


def test_breakdown_names_the_days_in_the_window() -> None:
    """On 7 April 2025 (day 97) the window [day -82 = 10 October 2024, 7 April 2025] holds
    1 January - 5 April (95 days) and 7 April (1 day): 96."""
    cal = calendar(Stay(D(2025, 1, 1), D(2025, 4, 5)), Stay(D(2025, 4, 7), D(2025, 4, 9)))
    breakdown = cal.breakdown(D(2025, 4, 7))
    assert breakdown.window_start == D(2024, 10, 10)
    assert breakdown.days_used == 96
    assert [(p.first, p.last, p.days) for p in breakdown.periods] == [
        (D(2025, 1, 1), D(2025, 4, 5), 95),
        (D(2025, 4, 7), D(2025, 4, 7), 1),
    ]


def test_open_stay_counts_through_the_date_asked() -> None:
    """Entered 1 March 2025, still inside: on 10 March days 1..10 March count, 10; on 28 February
    nothing yet. The status on 10 March says inside, 80 left."""
    stays = [Stay(D(2025, 3, 1))]
    status = schengen_status(stays, VISITOR, D(2025, 3, 10), FACTS)
    assert (status.days_used, status.days_left, status.inside) == (10, 80, True)
    before = schengen_status(stays, VISITOR, D(2025, 2, 28), FACTS)
    assert (before.days_used, before.inside) == (0, False)
    # Present since 1 March with nothing before: 90 days in a row, until 29 May.
    assert status.stay_until == D(2025, 5, 29)


def test_bulgaria_counts_from_31_march_2024_and_ireland_never() -> None:
    """Bulgaria applies the rule from 2024-03-31 (facts.toml): a stay there 20 March - 5 April 2024
    counts 31 March and 1..5 April, 6 days. The same dates in France count 12 + 5 = 17. Ireland is
    not a member: 0. The two non-counting cases are flagged."""
    bg = Stay(D(2024, 3, 20), D(2024, 4, 5), "BG")
    assert FACTS.members["BG"] == D(2024, 3, 31)
    assert calendar(bg).days_used(D(2024, 4, 5)) == 6
    assert calendar(Stay(D(2024, 3, 20), D(2024, 4, 5), "FR")).days_used(D(2024, 4, 5)) == 17
    ie = Stay(D(2024, 3, 20), D(2024, 4, 5), "IE")
    assert calendar(ie).days_used(D(2024, 4, 5)) == 0
    flags = stay_flags([bg], VISITOR, today=D(2025, 1, 1), facts=FACTS)
    flags += stay_flags([ie], VISITOR, today=D(2025, 1, 1), facts=FACTS)
    assert [f.kind for f in flags] == [FlagKind.NOT_COUNTED, FlagKind.NOT_COUNTED]
    assert "IE does not apply the Schengen rules" in str(flags[1].explanation)
    assert "from 31/03/2024" in str(flags[0].explanation)


def test_a_permit_in_the_middle_of_a_stay() -> None:
    """Present 1 January - 30 June 2025 (181 days) with a residence permit 1 February - 31 May.

    Only January (days 1..31) and June (days 152..181) count. On 30 June (day 181) the window
    [2, 181] holds 2..31 January (30) and June (30): 60, no overstay. Remaining present: on day
    n in 182..210 January days n-179..31 (211 - n) + June 30 + new (n - 181) = 60; from day 211
    June (30) + new (n - 181) = n - 151 <= 90 until day 241, 29 August.
    """
    permit = PermitPeriod(D(2025, 2, 1), D(2025, 5, 31))
    stays = [Stay(D(2025, 1, 1), D(2025, 6, 30))]
    cal = calendar(*stays, permits=(permit,))
    assert cal.days_used(D(2025, 6, 30)) == 60
    assert cal.overstays() == []
    assert not cal.is_counted(D(2025, 3, 1))
    status = schengen_status(
        stays, ImmigrationStatus(Nationality.OTHER, permits=(permit,)), D(2025, 6, 30), FACTS
    )
    assert status.stay_until == D(2025, 8, 29) == day_of_2025(241)
    # Without the permit, day 91 (1 April) would have been the first of 91 overstay days.
    assert calendar(*stays).overstays()[0].first == D(2025, 4, 1)


# ------------------------------------------------- permits exempt the issuing state only

FRENCH_PERMIT = PermitPeriod(D(2024, 9, 1), D(2026, 8, 31))  # titre de séjour issued by France
RESIDENT = ImmigrationStatus(Nationality.OTHER, permits=(FRENCH_PERMIT,))
AT_HOME = Stay(D(2024, 9, 1))  # lives in France since the permit began, never left the area


def test_a_french_permit_holder_92_days_in_spain_within_180_days() -> None:
    """CISA art. 21: the French permit lets its holder move in the *other* states for 90 days in
    any 180. Living in France since 1 September 2024 (open stay), in Spain 1 January - 2 April
    2025 = days 1..92 of 2025 (31 + 28 + 31 = 90 is 31 March).

    The French days are not counted; the Spanish ones are, entry and exit days included. On
    1 April (day 91) the window [-88, 91] holds Spanish days 1..91: over from 1 April to 2 April,
    2 days, first count 91, peak 92. On 31 March: 90 used, 0 left, not over. The overlapping
    French record is how a trip from home is written: no overlap flag.
    """
    spain = Stay(D(2025, 1, 1), D(2025, 4, 2), "ES")
    status = schengen_status([AT_HOME, spain], RESIDENT, D(2025, 4, 2), FACTS)
    assert status.rule is Rule.PERMIT_HOLDER
    assert (status.days_used, status.days_left, status.counted_today) == (92, 0, True)
    [overstay] = status.overstays
    assert (overstay.first, overstay.last, overstay.first_count, overstay.peak_count) == (
        D(2025, 4, 1),
        D(2025, 4, 2),
        91,
        92,
    )
    assert status.stay_until is None  # already over in the other states
    assert str(status.explanation) == (
        "Residence permit (titre de séjour) issued by France: days in France are not counted; "
        "92 of 90 days used in the other Schengen states."
    )
    json = status.as_json()
    assert (json["rule"], json["days_used"], json["overstay_days"]) == ("permit_holder", 92, 2)
    assert json["permit"] == {
        "kind": "residence_permit",
        "state": "FR",
        "valid_until": "2026-08-31",
    }
    on_31_march = schengen_status([AT_HOME, spain], RESIDENT, D(2025, 3, 31), FACTS)
    assert (on_31_march.days_used, on_31_march.days_left, on_31_march.overstays) == (90, 0, ())
    flags = stay_flags([AT_HOME, spain], RESIDENT, today=D(2025, 4, 2), facts=FACTS)
    assert [(f.index, f.kind) for f in flags] == [(0, FlagKind.EXEMPT)]
    assert "Days in France from 01/09/2024 to 02/04/2025 are not counted" in str(
        flags[0].explanation
    )


def test_the_same_person_200_days_in_france_counts_nothing() -> None:
    """In France 1 January - 19 July 2025 (days 1..200) under the French permit: no day counts,
    no overstay (a visitor would be over from day 91, 1 April). Leaving for another state on
    19 July, nothing is in the window: 90 days, to day 289, 16 October."""
    france = Stay(D(2025, 1, 1), D(2025, 7, 19))
    assert day_of_2025(200) == D(2025, 7, 19)
    status = schengen_status([france], RESIDENT, D(2025, 7, 19), FACTS)
    assert (status.days_used, status.days_left, status.overstays) == (0, 90, ())
    assert status.counted_today is False
    assert status.inside is True
    assert status.stay_until == D(2025, 10, 16) == day_of_2025(289)
    visitor = schengen_status([france], VISITOR, D(2025, 7, 19), FACTS)
    assert visitor.overstays[0].first == D(2025, 4, 1)


def test_a_permit_expiring_during_a_stay() -> None:
    """A French permit valid until 31 January 2025; in France 1 January - 30 June 2025 (days
    1..181). Days 1..31 are exempt, from 1 February (day 32) every day counts: on day n the count
    is n - 31, at most 90 until day 121 (1 May); over from 2 May to 30 June (60 days, peak on
    day 181: the window [2, 181] holds days 32..181 = 150). On 30 June the person is a visitor.

    The same permit does not cover a trip to Italy 10-20 January (11 days): with it, the count on
    day n >= 32 is 11 + (n - 31), over from day 111 (21 April).
    """
    permit = PermitPeriod(D(2024, 2, 1), D(2025, 1, 31))
    holder = ImmigrationStatus(Nationality.OTHER, permits=(permit,))
    france = Stay(D(2025, 1, 1), D(2025, 6, 30))
    status = schengen_status([france], holder, D(2025, 6, 30), FACTS)
    assert status.rule is Rule.VISITOR
    assert status.days_used == 150
    [overstay] = status.overstays
    assert (overstay.first, overstay.last, overstay.days) == (D(2025, 5, 2), D(2025, 6, 30), 60)
    assert (overstay.first_count, overstay.peak_count) == (91, 150)
    italy = Stay(D(2025, 1, 10), D(2025, 1, 20), "IT")
    with_italy = schengen_status([france, italy], holder, D(2025, 6, 30), FACTS)
    assert with_italy.overstays[0].first == D(2025, 4, 21) == day_of_2025(111)
    on_20_january = schengen_status([france, italy], holder, D(2025, 1, 20), FACTS)
    assert (on_20_january.rule, on_20_january.days_used) == (Rule.PERMIT_HOLDER, 11)


def test_a_long_stay_visa_exempts_its_state_only() -> None:
    """Regulation (EU) No 265/2010 gives a long-stay visa the rule of art. 21. A French VLS-TS
    valid 1 September 2025 - 31 August 2026; living in France, in Italy 20 December 2025 -
    3 January 2026 (12 + 3 = 15 days). On 3 January: 15 used, 75 left. Staying in the other
    states from 3 January, the count on day d is 15 + (d - 3 January) while 20 December is in the
    window: 90 on 19 March 2026 (3 January + 75)."""
    visa = PermitPeriod(D(2025, 9, 1), D(2026, 8, 31), PermitKind.LONG_STAY_VISA)
    holder = ImmigrationStatus(Nationality.OTHER, permits=(visa,))
    stays = [Stay(D(2025, 9, 1)), Stay(D(2025, 12, 20), D(2026, 1, 3), "IT")]
    status = schengen_status(stays, holder, D(2026, 1, 3), FACTS)
    assert (status.rule, status.border.basis) == (Rule.PERMIT_HOLDER, RuleBasis.LONG_STAY_VISA)
    assert (status.days_used, status.days_left) == (15, 75)
    assert status.stay_until == D(2026, 3, 19)
    assert str(status.explanation).startswith("Long-stay visa (VLS-TS) issued by France")
    assert status.as_json()["permit"]["kind"] == "long_stay_visa"
    assert "days in France do not count towards 90/180" in str(status.border.explanation)


def test_a_spanish_permit_exempts_nothing_in_france() -> None:
    """A permit issued by Spain, a stay in France 1 January - 30 June 2025: every French day
    counts, over from day 91 (1 April) as for a visitor; the rule is still "permit holder"."""
    spanish = ImmigrationStatus(
        Nationality.OTHER, permits=(PermitPeriod(D(2024, 1, 1), D(2027, 1, 1), state="ES"),)
    )
    status = schengen_status([Stay(D(2025, 1, 1), D(2025, 6, 30))], spanish, D(2025, 6, 30), FACTS)
    assert status.rule is Rule.PERMIT_HOLDER
    assert status.overstays[0].first == D(2025, 4, 1)
    assert "issued by Spain: days in Spain are not counted" in str(status.explanation)


def test_a_day_in_two_states_counts_when_one_of_them_counts_it() -> None:
    """Entry and exit days: home in France until 10 January, in Spain 10-20 January, home again
    from 20 January. The 10th and the 20th are spent partly in Spain: they count, with the days
    between: 11 days, although France was the other state of both days."""
    stays = [
        Stay(D(2025, 1, 1), D(2025, 1, 10)),
        Stay(D(2025, 1, 10), D(2025, 1, 20), "ES"),
        Stay(D(2025, 1, 20), D(2025, 2, 28)),
    ]
    cal = calendar(*stays, permits=(FRENCH_PERMIT,))
    assert cal.days_used(D(2025, 2, 28)) == 11
    assert cal.is_counted(D(2025, 1, 10))
    assert cal.is_counted(D(2025, 1, 20))
    assert not cal.is_counted(D(2025, 1, 9))
    assert not cal.is_counted(D(2025, 1, 21))


def test_overlapping_records_in_different_countries_are_not_flagged() -> None:
    """A week in Spain recorded inside a stay in France is how a trip is written; two records in
    France sharing days are still flagged."""
    france = Stay(D(2025, 1, 1), D(2025, 1, 31))
    spain = Stay(D(2025, 1, 10), D(2025, 1, 17), "ES")
    again = Stay(D(2025, 1, 15), D(2025, 2, 5))
    assert kinds([france, spain]) == []
    assert sorted(kinds([france, spain, again])) == [(0, FlagKind.OVERLAP), (2, FlagKind.OVERLAP)]


def test_an_unknown_status_counts_nothing_and_tells_nobody_to_leave() -> None:
    """Never asked: 1 January - 30 June 2025 in France would be 91 days over for a visitor, but
    the status is unknown: no count, no overstay, no stay-until, no stamp flag; every answer
    asks for the passport and permits."""
    unknown = ImmigrationStatus(Nationality.UNKNOWN)
    stays = [Stay(D(2025, 1, 1), D(2025, 6, 30), stamped_entry=True, stamped_exit=False)]
    status = schengen_status(stays, unknown, D(2025, 6, 30), FACTS)
    assert (status.rule, status.days_used, status.days_left) == (Rule.UNKNOWN, None, None)
    assert (status.overstays, status.stay_until, status.unlimited) == ((), None, False)
    assert not status.over_limit
    assert str(status.explanation) == "Status unknown: say which passport and permits apply."
    json = status.as_json()
    assert (json["rule"], json["days_used"], json["days_left"], json["overstays"]) == (
        "unknown",
        None,
        None,
        [],
    )
    assert json["rule_applies"] is None
    assert stay_flags(stays, unknown, today=D(2025, 7, 1), facts=FACTS) == []
    plan = plan_stay(
        stays, unknown, D(2025, 8, 1), D(2025, 8, 10), today=D(2025, 7, 1), facts=FACTS
    )
    assert (plan.rule, plan.fits, plan.max_days, plan.last_day) == (Rule.UNKNOWN, None, None, None)
    assert plan.earliest_entry_for_full_stay is None
    assert plan.as_json()["rule"] == "unknown"
    border = border_status(unknown, D(2025, 1, 1), FACTS)
    assert (border.basis, border.stamp_expected) == (RuleBasis.UNKNOWN, False)


def test_planning_in_the_issuing_state_and_elsewhere() -> None:
    """The French permit holder plans 1 March - 31 December 2025 in France: exempt until the
    permit ends, 31 August 2026 (a renewal from 1 September 2026 continues it); it fits. From
    1 March in Spain, with nothing counted before: 90 days, to 29 May. "Elsewhere" (any state
    that issued no permit of theirs) answers the same."""
    plan = plan_stay(
        [AT_HOME], RESIDENT, D(2025, 3, 1), D(2025, 12, 31), today=D(2025, 2, 1), facts=FACTS
    )
    assert (plan.fits, plan.exempt_until, plan.rule) == (True, D(2026, 8, 31), Rule.PERMIT_HOLDER)
    assert "Days in France are not counted until 31/08/2026" in str(plan.explanation)
    renewed = ImmigrationStatus(
        Nationality.OTHER, permits=(FRENCH_PERMIT, PermitPeriod(D(2026, 9, 1), D(2036, 8, 31)))
    )
    assert plan_stay(
        [], renewed, D(2025, 3, 1), today=D(2025, 2, 1), facts=FACTS
    ).exempt_until == D(2036, 8, 31)
    for country in ("ES", ELSEWHERE):
        plan = plan_stay(
            [AT_HOME], RESIDENT, D(2025, 3, 1), today=D(2025, 2, 1), country=country, facts=FACTS
        )
        assert (plan.max_days, plan.last_day, plan.exempt_until) == (90, D(2025, 5, 29), None)
    assert str(plan.explanation) == (
        "Residence permit (titre de séjour) issued by France: days in the other Schengen states "
        "count towards 90 in any 180."
    )


def test_a_permit_must_come_from_a_schengen_state() -> None:
    clean = validate_permit(PermitPeriod(D(2025, 1, 1), D(2026, 1, 1), state=" es "), FACTS)
    assert clean.state == "ES"
    for state, fragment in (
        ("GB", "GB is not a Schengen state"),
        ("IE", "IE is not"),
        ("Spain", "not a country code"),
    ):
        with pytest.raises(UserError) as error:
            validate_permit(PermitPeriod(D(2025, 1, 1), D(2026, 1, 1), state=state), FACTS)
        assert error.value.field == "state"
        assert fragment in str(error.value)


# ----------------------------------------------------------------------------- planning


def test_planner_keeps_a_booked_stay_legal() -> None:
    """Booked: 1-30 June 2025 (days 152..181). Planned entry 1 March (day 60).

    Ignoring June, 90 days fit (1 March - 29 May, day 149). But on 30 June (day 181) the window
    [2, 181] holds the planned days 60..X and the 30 June days: X - 59 + 30 <= 90 gives X <= 119,
    29 April: 60 days. The status-style answer ("how long may I remain", checking only the stay's
    own days) stays 29 May.
    """
    june = Stay(D(2025, 6, 1), D(2025, 6, 30))
    cal = calendar(june)
    assert cal.latest_exit(D(2025, 3, 1), keep_later_stays_legal=True) == D(2025, 4, 29)
    assert cal.latest_exit(D(2025, 3, 1)) == D(2025, 5, 29)
    plan = plan_stay([june], VISITOR, D(2025, 3, 1), today=D(2025, 2, 1), facts=FACTS)
    assert (plan.max_days, plan.last_day, plan.fits) == (60, D(2025, 4, 29), None)


def test_a_plan_that_does_not_fit_is_explained() -> None:
    """Booked June 2025 (days 152..181), planned 1 March - 10 May (days 60..130, 71 days).

    On a June day y = 152 + k the window [y-179, y] holds all 71 planned days and k + 1 June days:
    72 + k > 90 first for k = 19, day 171, 20 June; its window starts on day -8, 23 December 2024.

    Earliest entry for 71 days: a stay ending before June always leaves 71 + 30 = 101 days in the
    window of 30 June. A stay overlapping June merges with it: entering on day P <= 111, the
    presence is P..181, 182 - P days, at most 90 from P = 92 (2 April): 2 April - 11 June plus
    the booked June is 90 days in a row.
    """
    june = Stay(D(2025, 6, 1), D(2025, 6, 30))
    plan = plan_stay(
        [june], VISITOR, D(2025, 3, 1), D(2025, 5, 10), today=D(2025, 2, 1), facts=FACTS
    )
    assert plan.fits is False
    assert plan.full_stay_days == 71
    assert plan.violation is not None
    assert (plan.violation.day, plan.violation.window_start, plan.violation.count) == (
        D(2025, 6, 20),
        D(2024, 12, 23),
        91,
    )
    assert plan.earliest_entry_for_full_stay == D(2025, 4, 2) == day_of_2025(92)
    assert plan.as_json() == {
        "rule": "visitor",
        "max_days": 60,
        "last_day": "2025-04-29",
        "fits": False,
        "earliest_entry_for_full_stay": "2025-04-02",
        "exempt_until": None,
        "explanation": "Visitor: every day in the Schengen area counts towards 90 in any 180.",
        "unlimited": False,
    }


def test_plan_that_fits() -> None:
    """No history: 1-30 March 2025 fits, the longest stay is 90 days (to 29 May), and the earliest
    entry for those 30 days is the planned entry itself."""
    plan = plan_stay([], VISITOR, D(2025, 3, 1), D(2025, 3, 30), today=D(2025, 2, 1), facts=FACTS)
    assert (plan.fits, plan.max_days, plan.last_day) == (True, 90, D(2025, 5, 29))
    assert plan.earliest_entry_for_full_stay == D(2025, 3, 1)
    assert plan.violation is None


def test_planning_refuses_an_exit_before_the_entry_and_a_non_member() -> None:
    with pytest.raises(UserError) as error:
        plan_stay([], VISITOR, D(2025, 3, 10), D(2025, 3, 1), today=D(2025, 1, 1), facts=FACTS)
    assert error.value.field == "exit"
    with pytest.raises(UserError) as error:
        plan_stay([], VISITOR, D(2025, 3, 10), today=D(2025, 1, 1), country="IE", facts=FACTS)
    assert error.value.field == "country"


def test_planner_treats_an_open_stay_as_lasting_through_today() -> None:
    """Inside since 1 March 2025, today 30 March: 30 days used. A plan from 31 March joins the
    presence: 1 March + 89 = 29 May is the last day; a plan from 1 May leaves a gap 31 March - 30
    April. March 1-30 are days 60..89; on a day n <= 239 its window still holds all 30 of them,
    and the new days 121..n: 30 + (n - 120) <= 90 until n = 180, 29 June."""
    stays = [Stay(D(2025, 3, 1))]
    plan = plan_stay(stays, VISITOR, D(2025, 3, 31), today=D(2025, 3, 30), facts=FACTS)
    assert plan.last_day == D(2025, 5, 29)
    later = plan_stay(stays, VISITOR, D(2025, 5, 1), today=D(2025, 3, 30), facts=FACTS)
    assert later.last_day == D(2025, 6, 29)


def test_free_movement_is_unlimited() -> None:
    """An EU/EEA/Swiss citizen: no rule, no count, no limit."""
    eu = ImmigrationStatus(Nationality.EU_EEA_CH)
    stays = [Stay(D(2025, 1, 1), D(2025, 12, 31))]
    status = schengen_status(stays, eu, D(2025, 12, 31), FACTS)
    assert (status.days_used, status.unlimited, status.stay_until) == (0, True, None)
    assert status.as_json()["rule_applies"] is False
    plan = plan_stay(stays, eu, D(2026, 1, 1), D(2026, 12, 31), today=D(2025, 12, 1), facts=FACTS)
    assert (plan.fits, plan.unlimited, plan.max_days) == (True, True, None)


def test_status_json_has_the_keys_of_design_7() -> None:
    status = schengen_status([Stay(D(2025, 1, 1), D(2025, 1, 10))], VISITOR, D(2025, 1, 10), FACTS)
    assert status.as_json() == {
        "on": "2025-01-10",
        "window_start": "2024-07-15",
        "rule": "visitor",
        "days_used": 10,
        "days_left": 80,
        "overstay_days": 0,
        "overstays": [],
        "stay_until": "2025-03-31",  # present since 1 January: days 1..90
        "permit": None,
        "explanation": "Visitor (no EU, EEA or Swiss passport, no valid residence permit): every "
        "day in the Schengen area counts; 10 of 90 days used.",
        "rule_applies": True,
        "unlimited": False,
    }


# ------------------------------------------------------------------------- border status


@pytest.mark.parametrize(
    ("status", "on", "basis", "applies", "stamped"),
    [
        (
            ImmigrationStatus(Nationality.EU_EEA_CH),
            D(2025, 1, 1),
            RuleBasis.FREE_MOVEMENT,
            False,
            False,
        ),
        (
            ImmigrationStatus(
                Nationality.OTHER, permits=(PermitPeriod(D(2024, 9, 1), D(2025, 8, 31)),)
            ),
            D(2025, 1, 1),
            RuleBasis.RESIDENCE_PERMIT,
            True,  # outside the issuing state
            False,
        ),
        (
            ImmigrationStatus(
                Nationality.OTHER,
                permits=(PermitPeriod(D(2024, 9, 1), D(2025, 8, 31), PermitKind.LONG_STAY_VISA),),
            ),
            D(2025, 8, 31),
            RuleBasis.LONG_STAY_VISA,
            True,  # outside the issuing state
            False,
        ),
        # The same visa the day after it expires: an ordinary visitor again.
        (
            ImmigrationStatus(
                Nationality.OTHER,
                permits=(PermitPeriod(D(2024, 9, 1), D(2025, 8, 31), PermitKind.LONG_STAY_VISA),),
            ),
            D(2025, 9, 1),
            RuleBasis.SHORT_STAY,
            True,
            True,
        ),
        (VISITOR, D(2025, 10, 11), RuleBasis.SHORT_STAY, True, True),  # before EES
        (VISITOR, D(2026, 4, 9), RuleBasis.SHORT_STAY, True, True),  # EES rolling out
        (VISITOR, D(2026, 4, 10), RuleBasis.SHORT_STAY, True, False),  # EES complete
    ],
)
def test_border_status(
    status: ImmigrationStatus, on: date, basis: RuleBasis, applies: bool, stamped: bool
) -> None:
    result: BorderStatus = border_status(status, on, FACTS)
    assert (result.basis, result.rule_applies, result.stamp_expected) == (basis, applies, stamped)
    assert str(result.explanation)


def test_border_status_explains_the_permit_end_and_ees_dates() -> None:
    permit = PermitPeriod(D(2024, 9, 1), D(2025, 8, 31))
    text = str(
        border_status(
            ImmigrationStatus(Nationality.OTHER, permits=(permit,)), D(2025, 1, 1), FACTS
        ).explanation
    )
    assert "valid until 31/08/2025" in text
    text = str(border_status(VISITOR, D(2025, 12, 1), FACTS).explanation)
    assert "12/10/2025" in text
    assert "10/04/2026" in text


# ----------------------------------------------------------------------------- validation

TODAY = D(2025, 6, 1)


def refused(stay: Stay, others: tuple[Stay, ...] = ()) -> UserError:
    with pytest.raises(UserError) as error:
        validate_stay(stay, others, today=TODAY, facts=FACTS)
    return error.value


def test_exit_before_entry_is_refused_on_the_exit_field() -> None:
    error = refused(Stay(D(2025, 3, 10), D(2025, 3, 1)))
    assert error.field == "exit"
    assert str(error) == "The exit date 01/03/2025 is before the entry date 10/03/2025."


def test_dates_before_the_earliest_record_are_refused() -> None:
    """facts.schengen.earliest_record is 2013-04-22: the day before is refused, the day itself
    accepted."""
    assert FACTS.earliest_record == D(2013, 4, 22)
    error = refused(Stay(D(2013, 4, 21), D(2013, 5, 1)))
    assert error.field == "entry"
    assert "21/04/2013" in str(error)
    assert "22/04/2013" in str(error)
    validate_stay(Stay(D(2013, 4, 22), D(2013, 5, 1)), (), today=TODAY, facts=FACTS)


def test_dates_too_far_ahead_are_refused() -> None:
    """max_future_years = 2: from 1 June 2025, 1 June 2027 is accepted, 2 June 2027 refused."""
    validate_stay(Stay(D(2027, 5, 1), D(2027, 6, 1)), (), today=TODAY, facts=FACTS)
    error = refused(Stay(D(2027, 5, 1), D(2027, 6, 2)))
    assert error.field == "exit"
    assert "2 years ahead" in str(error)
    assert refused(Stay(D(2027, 6, 2), D(2027, 6, 3))).field == "entry"


def test_a_second_open_stay_is_refused() -> None:
    inside = Stay(D(2025, 5, 1), key=1)
    error = refused(Stay(D(2025, 5, 20)), (inside,))
    assert isinstance(error, ConflictError)
    assert error.field == "exit"
    assert "01/05/2025" in str(error)
    # Editing the open stay itself (others exclude it) is fine, and so is closing it.
    validate_stay(Stay(D(2025, 5, 2)), (), today=TODAY, facts=FACTS)
    validate_stay(Stay(D(2025, 5, 20), D(2025, 5, 25)), (inside,), today=TODAY, facts=FACTS)


def test_an_open_stay_in_the_future_and_a_bad_country_are_refused() -> None:
    assert refused(Stay(D(2025, 7, 1))).field == "exit"
    assert refused(Stay(D(2025, 5, 1), D(2025, 5, 2), "France")).field == "country"
    assert refused(Stay(D(2025, 5, 1), D(2025, 5, 2), "fr")).field == "country"


def test_a_permit_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(UserError) as error:
        validate_permit(PermitPeriod(D(2025, 5, 1), D(2025, 4, 1)))
    assert error.value.field == "end"


# ---------------------------------------------------------------------------------- flags


def kinds(stays: list[Stay], status: ImmigrationStatus = VISITOR) -> list[tuple[int, FlagKind]]:
    return [(f.index, f.kind) for f in stay_flags(stays, status, today=TODAY, facts=FACTS)]


def test_missing_exit_stamp_is_flagged_only_where_one_was_expected() -> None:
    """A visitor leaving on 1 May 2025 (before EES) is stamped; an unknown stamp (None) or an exit
    still to come raises nothing; after EES is complete (10 April 2026) no stamp is expected."""
    stay = Stay(D(2025, 4, 1), D(2025, 5, 1), stamped_entry=True, stamped_exit=False, key=7)
    flags = stay_flags([stay], VISITOR, today=TODAY, facts=FACTS)
    assert [(f.key, f.kind) for f in flags] == [(7, FlagKind.MISSING_EXIT_STAMP)]
    assert "boarding pass" in str(flags[0].explanation)
    assert kinds([Stay(D(2025, 4, 1), D(2025, 5, 1), stamped_entry=True)]) == []
    assert (
        kinds([Stay(D(2025, 5, 20), D(2025, 6, 20), stamped_entry=True, stamped_exit=False)]) == []
    )
    late = Stay(D(2026, 4, 10), D(2026, 5, 1), stamped_entry=False, stamped_exit=False)
    assert stay_flags([late], VISITOR, today=D(2026, 6, 1), facts=FACTS) == []
    assert kinds([Stay(D(2025, 4, 1), D(2025, 5, 1), stamped_entry=False, stamped_exit=True)]) == [
        (0, FlagKind.MISSING_ENTRY_STAMP)
    ]


def test_a_stamp_given_to_a_resident_or_eu_citizen_is_flagged() -> None:
    permit = PermitPeriod(D(2024, 9, 1), D(2025, 8, 31))
    resident = ImmigrationStatus(Nationality.OTHER, permits=(permit,))
    stay = Stay(D(2025, 4, 1), D(2025, 5, 1), stamped_entry=True, stamped_exit=False)
    # In France under a French permit: the stamp was not due, and the days are not counted.
    assert kinds([stay], resident) == [(0, FlagKind.UNEXPECTED_STAMP), (0, FlagKind.EXEMPT)]
    assert kinds([stay], ImmigrationStatus(Nationality.EU_EEA_CH)) == [
        (0, FlagKind.UNEXPECTED_STAMP)
    ]
    # Entered stamped before the permit began, left unstamped under it: both stamps right; the
    # days in France from the permit's first day are exempt.
    before = Stay(D(2024, 8, 1), D(2024, 9, 15), stamped_entry=True, stamped_exit=False)
    assert kinds([before], resident) == [(0, FlagKind.EXEMPT)]
    # The same stay in Spain: the French permit exempts nothing there.
    assert kinds([Stay(D(2024, 8, 1), D(2024, 9, 15), "ES", True, False)], resident) == []


def test_overlaps_are_flagged_but_same_day_reentry_is_not() -> None:
    a = Stay(D(2025, 1, 1), D(2025, 1, 10))
    b = Stay(D(2025, 1, 10), D(2025, 1, 20))  # out and back on the 10th
    c = Stay(D(2025, 1, 15), D(2025, 1, 25))  # overlaps b
    assert kinds([a, b]) == []
    assert sorted(kinds([a, b, c])) == [(1, FlagKind.OVERLAP), (2, FlagKind.OVERLAP)]
    assert kinds([a, a]) == [(0, FlagKind.OVERLAP), (1, FlagKind.OVERLAP)]
    inside = Stay(D(2025, 3, 1))
    assert sorted(kinds([inside, Stay(D(2025, 4, 1), D(2025, 4, 2))])) == [
        (0, FlagKind.OVERLAP),
        (1, FlagKind.OVERLAP),
    ]


# ------------------------------------------------------------------- properties vs naive

BASE = D(2024, 1, 1)  # Bulgaria joins on day 90 of this range: its start date gets exercised
COUNTRIES = st.sampled_from(["FR", "FR", "FR", "DE", "ES", "BG", "IE", "GB"])
PERMIT_STATES = st.sampled_from(["FR", "FR", "ES", "BG"])  # the per-country exemption
PLAN_COUNTRIES = st.sampled_from(["FR", "ES", "BG", ELSEWHERE])


@st.composite
def stays_strategy(draw: st.DrawFn) -> Stay:
    entry = BASE + timedelta(days=draw(st.integers(0, 500)))
    if draw(st.integers(0, 9)) == 0:
        return Stay(entry, None, draw(COUNTRIES))
    length = draw(st.one_of(st.integers(0, 20), st.integers(0, 120)))
    return Stay(entry, entry + timedelta(days=length), draw(COUNTRIES))


@st.composite
def permits_strategy(draw: st.DrawFn) -> PermitPeriod:
    start = BASE + timedelta(days=draw(st.integers(0, 550)))
    end = start + timedelta(days=draw(st.integers(0, 120)))
    return PermitPeriod(start, end, state=draw(PERMIT_STATES))


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[Stay], list[PermitPeriod], date]:
    stays = draw(st.lists(stays_strategy(), max_size=8))
    permits = draw(st.lists(permits_strategy(), max_size=3))
    open_until = BASE + timedelta(days=draw(st.integers(0, 600)))
    return stays, permits, open_until


def days_in_range(lo: int = -30, hi: int = 800) -> st.SearchStrategy[date]:
    return st.integers(lo, hi).map(lambda n: BASE + timedelta(days=n))


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW_PROPERTY = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def both(history: tuple[list[Stay], list[PermitPeriod], date]):
    stays, permits, open_until = history
    return (
        SchengenCalendar(stays, permits, open_until=open_until, facts=FACTS),
        NaiveSchengen(stays, permits, open_until=open_until, facts=FACTS),
    )


@PROPERTY
@given(histories(), days_in_range())
def test_days_used_agrees_with_naive(history, on: date) -> None:
    fast, naive = both(history)
    assert fast.days_used(on) == naive.days_used(on)
    assert fast.is_counted(on) == (on.toordinal() in naive.days)


@PROPERTY
@given(histories(), days_in_range(), st.integers(0, 60))
def test_daily_counts_agree_with_naive(history, first: date, span: int) -> None:
    fast, naive = both(history)
    last = first + timedelta(days=span)
    expected = [naive.days_used(first + timedelta(days=k)) for k in range(span + 1)]
    assert fast.daily_counts(first, last) == expected


@PROPERTY
@given(histories(), days_in_range(0, 900))
def test_overstays_agree_with_naive(history, until: date) -> None:
    fast, naive = both(history)
    found = fast.overstays(until=until)
    assert [(o.first, o.last) for o in found] == naive.overstays(until)
    days = naive.with_stay(0, -1, "FR")  # the counted days, unchanged
    for o in found:
        assert o.first_count == naive.count(days, o.first.toordinal())
        assert o.peak_count == naive.count(days, o.last.toordinal())


@SLOW_PROPERTY
@given(histories(), days_in_range(0, 700), st.booleans(), PLAN_COUNTRIES)
def test_latest_exit_agrees_with_naive(history, entry: date, keep_later: bool, country) -> None:
    fast, naive = both(history)
    search = 600  # > 90 + three chained permits (3 x 121 days): never cut short
    expected = naive.latest_exit(entry, country, keep_later, search)
    assert fast.latest_exit(entry, country=country, keep_later_stays_legal=keep_later) == expected


@PROPERTY
@given(histories(), days_in_range(0, 700), st.integers(0, 130), st.booleans(), PLAN_COUNTRIES)
def test_fits_and_first_violation_agree_with_naive(
    history, entry: date, length: int, keep_later: bool, country: str
) -> None:
    fast, naive = both(history)
    exit_ = entry + timedelta(days=length)
    bad = naive.violations(entry.toordinal(), exit_.toordinal(), country, keep_later)
    assert fast.fits(entry, exit_, country=country, keep_later_stays_legal=keep_later) == (not bad)
    violation = fast.first_violation(
        entry, exit_, country=country, keep_later_stays_legal=keep_later
    )
    if bad:
        assert violation is not None
        assert violation.day.toordinal() == bad[0]
        days = naive.with_stay(entry.toordinal(), exit_.toordinal(), country)
        assert violation.count == naive.count(days, bad[0])
    else:
        assert violation is None


@SLOW_PROPERTY
@given(histories(), days_in_range(0, 700), st.integers(1, 90), PLAN_COUNTRIES)
def test_earliest_entry_agrees_with_naive(
    history, not_before: date, length: int, country: str
) -> None:
    fast, naive = both(history)
    expected = naive.earliest_entry(length, not_before, country, search_days=1500)
    assert expected is not None  # 90 days or fewer always fit once the history is far behind
    assert fast.earliest_entry(length, not_before, country=country) == expected


@PROPERTY
@given(histories(), days_in_range(0, 700), st.integers(0, 120))
def test_plan_fits_exactly_up_to_its_last_day(history, entry: date, length: int) -> None:
    """Consistency of the planner's answers: a planned exit fits iff it is not after last_day."""
    stays, permits, today = history
    status = ImmigrationStatus(Nationality.OTHER, permits=tuple(permits))
    exit_ = entry + timedelta(days=length)
    plan = plan_stay(stays, status, entry, exit_, today=today, facts=FACTS, country="ES")
    fast = SchengenCalendar(stays, permits, open_until=today, facts=FACTS)
    assert plan.fits == fast.fits(entry, exit_, country="ES")
    assert plan.fits == (plan.last_day is not None and exit_ <= plan.last_day)
    assert (plan.violation is None) == plan.fits


@PROPERTY
@given(histories(), days_in_range(0, 700), st.randoms(use_true_random=False))
def test_record_order_duplicates_and_split_stays_change_nothing(history, on: date, rnd) -> None:
    """Counting is about distinct days: shuffling the records, repeating one, or splitting a stay
    into two records joined by a same-day re-entry gives the same answers."""
    stays, permits, open_until = history
    reference = SchengenCalendar(stays, permits, open_until=open_until, facts=FACTS)
    changed = list(stays)
    rnd.shuffle(changed)
    if changed:
        changed.append(changed[0])
        s = changed[-1]
        if s.exit is not None and s.exit > s.entry:
            middle = s.entry + timedelta(days=(s.exit - s.entry).days // 2)
            changed[-1:] = [Stay(s.entry, middle, s.country), Stay(middle, s.exit, s.country)]
    other = SchengenCalendar(changed, permits, open_until=open_until, facts=FACTS)
    assert other.days_used(on) == reference.days_used(on)
    assert other.overstays() == reference.overstays()
    assert other.latest_exit(on) == reference.latest_exit(on)


@PROPERTY
@given(histories(), days_in_range(0, 800))
def test_permits_only_ever_remove_days_of_their_own_state(history, on: date) -> None:
    """Against the visitor's count (no permit): a permit never adds a day, and a permit of a
    state where the person never was changes nothing."""
    stays, permits, open_until = history
    with_permits = SchengenCalendar(stays, permits, open_until=open_until, facts=FACTS)
    without = SchengenCalendar(stays, (), open_until=open_until, facts=FACTS)
    assert with_permits.days_used(on) <= without.days_used(on)
    visited = {s.country for s in stays}
    elsewhere = [p for p in permits if p.state not in visited]
    assert SchengenCalendar(stays, elsewhere, open_until=open_until, facts=FACTS).days_used(
        on
    ) == without.days_used(on)


@PROPERTY
@given(histories(), days_in_range(0, 700))
def test_status_numbers_are_the_naive_numbers_of_the_rule(history, on: date) -> None:
    """``schengen_status`` for a permit holder and a visitor: days used and overstays are the
    naive per-country count (a visitor: the same stays, no permit); unknown and EU count nothing."""
    stays, permits, _ = history
    holder = ImmigrationStatus(Nationality.OTHER, permits=tuple(permits))
    status = schengen_status(stays, holder, on, FACTS)
    naive = NaiveSchengen(stays, permits, open_until=on, facts=FACTS)
    assert status.days_used == naive.days_used(on)
    assert [(o.first, o.last) for o in status.overstays] == naive.overstays(on)
    visitor = schengen_status(stays, ImmigrationStatus(Nationality.OTHER), on, FACTS)
    assert visitor.days_used == NaiveSchengen(stays, (), open_until=on, facts=FACTS).days_used(on)
    for nobody in (Nationality.UNKNOWN, Nationality.EU_EEA_CH):
        other = schengen_status(stays, ImmigrationStatus(nobody, tuple(permits)), on, FACTS)
        assert other.overstays == ()
        assert other.stay_until is None
