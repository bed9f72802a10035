"""Schengen status and planning over 20 years of history (DESIGN.md 9: < 20 ms), each beside the
naive day-by-day reference of tests/schengen_naive.py measured in the same run.

Run: ``python -m pytest tests/benchmarks/test_schengen_bench.py --benchmark-only``.

Two histories, both ending on TODAY with an open stay and two booked trips ahead:
- ``traveller``: a visitor's 20 years of trips, a few hundred stays of 1-20 days (some overlapping
  records, some same-day re-entries) and a two-year residence permit in the middle;
- ``commuter``: 20 years of daily records, one day trip every weekday (about 5 200 stays), which
  overstays week after week: the worst case for the overstay list.
"""

import random
from datetime import date, timedelta

import pytest

from ameli_desktop.domain.facts import default_facts
from ameli_desktop.domain.schengen import (
    ImmigrationStatus,
    PermitPeriod,
    Stay,
    plan_stay,
    schengen_status,
)
from tests.schengen_naive import NaiveSchengen

FACTS = default_facts().schengen
TODAY = date(2026, 1, 15)
START = date(2006, 1, 15)
GOAL_SECONDS = 0.020
BOOKED = [Stay(date(2026, 3, 1), date(2026, 3, 20)), Stay(date(2026, 5, 10), date(2026, 6, 5))]


def traveller() -> tuple[list[Stay], ImmigrationStatus]:
    rnd = random.Random(2026)  # noqa: S311 - reproducible test data, not security
    stays = []
    day = START
    while day < TODAY - timedelta(days=40):
        length = rnd.randint(0, 19)
        exit_ = day + timedelta(days=length)
        stays.append(Stay(day, exit_, rnd.choice(["FR", "FR", "DE", "IT", "ES"])))
        if rnd.random() < 0.1:  # a second record of part of the same stay
            stays.append(Stay(day + timedelta(days=length // 2), exit_))
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


HISTORIES = {"traveller": traveller, "commuter": commuter}
PLAN_ENTRY, PLAN_EXIT = date(2026, 2, 1), date(2026, 4, 15)  # collides with the booked trips


def fast_status_and_plan(stays: list[Stay], status: ImmigrationStatus) -> tuple:
    now = schengen_status(stays, status, TODAY, FACTS)
    plan = plan_stay(stays, status, PLAN_ENTRY, PLAN_EXIT, today=TODAY, facts=FACTS)
    return (
        now.days_used,
        [(o.first, o.last) for o in now.overstays],
        now.stay_until,
        plan.last_day,
        plan.fits,
        plan.earliest_entry_for_full_stay,
    )


def naive_status_and_plan(stays: list[Stay], status: ImmigrationStatus) -> tuple:
    """The same answers, day by day (the search bounds are wide enough for these histories)."""
    now = NaiveSchengen(stays, status.permits, open_until=TODAY, facts=FACTS)
    planner = NaiveSchengen(stays, status.permits, open_until=TODAY, facts=FACTS)
    last_day = planner.latest_exit(PLAN_ENTRY, "FR", True, search_days=200)
    length = (PLAN_EXIT - PLAN_ENTRY).days + 1
    return (
        now.days_used(TODAY),
        now.overstays(TODAY),
        now.latest_exit(TODAY, "FR", False, search_days=200),
        last_day,
        last_day is not None and last_day >= PLAN_EXIT,
        planner.earliest_entry(length, PLAN_ENTRY, "FR", search_days=600),
    )


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
