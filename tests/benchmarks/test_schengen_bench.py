"""Schengen status and planning over 20 years of history (DESIGN.md 9: < 20 ms), each beside the
naive day-by-day reference of tests/schengen_naive.py measured in the same run.

Run: ``python -m pytest tests/benchmarks/test_schengen_bench.py --benchmark-only``.

Three histories, each ending on TODAY with an open stay and two booked trips ahead:
- ``traveller``: a visitor's 20 years of trips, a few hundred stays of 1-20 days in five states
  (some overlapping records, some same-day re-entries) and a two-year French residence permit in
  the middle (it exempts the French days only);
- ``commuter``: 20 years of daily records, one day trip every weekday (about 5 200 stays), which
  overstays week after week: the worst case for the overstay list;
- ``resident``: 20 years living in France under renewed French permits (one open stay), with a
  trip to another state most months: the per-country count of issue 18, and the status asked
  "in the other Schengen states".
"""

import random
from datetime import date, timedelta

import pytest

from ameli_desktop.domain.facts import default_facts
from ameli_desktop.domain.schengen import (
    ELSEWHERE,
    ImmigrationStatus,
    Nationality,
    PermitPeriod,
    Rule,
    Stay,
    plan_stay,
    schengen_status,
)
from tests.schengen_naive import NaiveSchengen

FACTS = default_facts().schengen
TODAY = date(2026, 1, 15)
START = date(2006, 1, 15)
GOAL_SECONDS = 0.020
BOOKED = [
    Stay(date(2026, 3, 1), date(2026, 3, 20), "IT"),
    Stay(date(2026, 5, 10), date(2026, 6, 5), "ES"),
]
OTHER_STATES = ["DE", "IT", "ES", "PT", "BE"]


def traveller() -> tuple[list[Stay], ImmigrationStatus]:
    rnd = random.Random(2026)  # noqa: S311 - reproducible test data, not security
    stays = []
    day = START
    while day < TODAY - timedelta(days=40):
        length = rnd.randint(0, 19)
        exit_ = day + timedelta(days=length)
        country = rnd.choice(["FR", "FR", "DE", "IT", "ES"])
        stays.append(Stay(day, exit_, country))
        if rnd.random() < 0.1:  # a second record of part of the same stay
            stays.append(Stay(day + timedelta(days=length // 2), exit_, country))
        gap = 0 if rnd.random() < 0.1 else rnd.randint(3, 30)  # 0: out and back the same day
        day = exit_ + timedelta(days=gap)
    stays.append(Stay(TODAY - timedelta(days=10)))  # inside now
    permits = (PermitPeriod(date(2014, 9, 1), date(2016, 8, 31)),)
    return stays + BOOKED, ImmigrationStatus(Nationality.OTHER, permits=permits)


def commuter() -> tuple[list[Stay], ImmigrationStatus]:
    stays = []
    day = START
    while day < TODAY:
        if day.weekday() < 5:
            stays.append(Stay(day, day))
        day += timedelta(days=1)
    stays.append(Stay(TODAY))
    return stays + BOOKED, ImmigrationStatus(Nationality.OTHER)


def resident() -> tuple[list[Stay], ImmigrationStatus]:
    rnd = random.Random(18)  # noqa: S311 - reproducible test data, not security
    stays = [Stay(START)]  # at home in France since then, still there
    day = START + timedelta(days=20)
    while day < TODAY - timedelta(days=30):
        exit_ = day + timedelta(days=rnd.randint(2, 12))
        stays.append(Stay(day, exit_, rnd.choice(OTHER_STATES)))
        day = exit_ + timedelta(days=rnd.randint(10, 40))
    permits = tuple(
        PermitPeriod(date(year, 1, 15), date(year + 5, 1, 14)) for year in range(2006, 2036, 5)
    )
    return stays + BOOKED, ImmigrationStatus(Nationality.OTHER, permits=permits)


HISTORIES = {"traveller": traveller, "commuter": commuter, "resident": resident}
PLAN_ENTRY, PLAN_EXIT = date(2026, 2, 1), date(2026, 4, 15)  # collides with the booked trips
PLAN_COUNTRY = "ES"


def fast_status_and_plan(stays: list[Stay], status: ImmigrationStatus) -> tuple:
    now = schengen_status(stays, status, TODAY, FACTS)
    plan = plan_stay(
        stays, status, PLAN_ENTRY, PLAN_EXIT, today=TODAY, country=PLAN_COUNTRY, facts=FACTS
    )
    return (
        now.days_used,
        [(o.first, o.last) for o in now.overstays],
        now.stay_until,
        plan.last_day,
        plan.fits,
        plan.earliest_entry_for_full_stay,
    )


def naive_status_and_plan(stays: list[Stay], status: ImmigrationStatus) -> tuple:
    """The same answers, day by day (the search bounds are wide enough for these histories).

    The status's "how long may I remain" is asked where the person is: a permit holder in the
    other states ("*"), anyone else in France (each history is inside France today)."""
    now = NaiveSchengen(stays, status.permits, open_until=TODAY, facts=FACTS)
    planner = NaiveSchengen(stays, status.permits, open_until=TODAY, facts=FACTS)
    where = ELSEWHERE if status.rule_on(TODAY) is Rule.PERMIT_HOLDER else "FR"
    last_day = planner.latest_exit(PLAN_ENTRY, PLAN_COUNTRY, True, search_days=200)
    length = (PLAN_EXIT - PLAN_ENTRY).days + 1
    return (
        now.days_used(TODAY),
        now.overstays(TODAY),
        now.latest_exit(TODAY, where, False, search_days=200),
        last_day,
        last_day is not None and last_day >= PLAN_EXIT,
        planner.earliest_entry(length, PLAN_ENTRY, PLAN_COUNTRY, search_days=600),
    )


def test_the_histories_exercise_each_rule() -> None:
    """The benchmark is about the rules it claims: a visitor today, and a permit holder whose
    French days are not counted (20 years at home, yet a count well under 90)."""
    assert traveller()[1].rule_on(TODAY) is Rule.VISITOR
    stays, status = resident()
    assert status.rule_on(TODAY) is Rule.PERMIT_HOLDER
    assert 0 < schengen_status(stays, status, TODAY, FACTS).days_used < 90  # type: ignore[operator]


@pytest.mark.parametrize("history", HISTORIES)
def test_status_and_plan_fast(benchmark, history: str) -> None:
    stays, status = HISTORIES[history]()
    benchmark.group = f"schengen status + plan, {history} ({len(stays)} stays over 20 years)"
    result = benchmark(fast_status_and_plan, stays, status)
    assert result == naive_status_and_plan(stays, status)
    assert benchmark.stats.stats.median < GOAL_SECONDS


@pytest.mark.parametrize("history", HISTORIES)
def test_status_and_plan_naive_baseline(benchmark, history: str) -> None:
    stays, status = HISTORIES[history]()
    benchmark.group = f"schengen status + plan, {history} ({len(stays)} stays over 20 years)"
    benchmark.pedantic(naive_status_and_plan, (stays, status), rounds=3, iterations=1)
