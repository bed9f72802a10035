"""A deliberately naive, day-by-day reading of the 90/180-day rule: the reference the fast
implementation in ``ameli_desktop.domain.schengen`` is checked against (tests and benchmark).

It follows the official definition word for word and nothing cleverer: a set of counted days, a
count of the 180 days before each day, and plans tried day after day. It shares no code with the
module under test, only the facts (member dates, 90, 180) and the plain record types.

The per-country count (CISA art. 21, Regulation (EU) No 265/2010): a day of presence in a state
counts unless a permit of that very state is valid that day; a day counts when any of the states
the person was in that day counts it. The country "*" of a plan is "a Schengen state that issued
none of the person's permits".
"""

from collections.abc import Iterable
from datetime import date

from ameli_desktop.domain.facts import SchengenFacts
from ameli_desktop.domain.schengen import PermitPeriod, Stay


class NaiveSchengen:
    def __init__(
        self,
        stays: Iterable[Stay],
        permits: Iterable[PermitPeriod],
        *,
        open_until: date,
        facts: SchengenFacts,
    ) -> None:
        self.facts = facts
        self.window = facts.window_days
        self.limit = facts.max_days
        self.permits = list(permits)
        self.days: set[int] = set()
        for stay in stays:
            last = stay.exit if stay.exit is not None else max(stay.entry, open_until)
            day = stay.entry.toordinal()
            while day <= last.toordinal():
                if self.eligible(day, stay.country):
                    self.days.add(day)
                day += 1

    def eligible(self, day: int, country: str) -> bool:
        """Whether presence on this day in this country counts."""
        country = country.upper()
        if country == "*":
            members = [d for c, d in self.facts.members.items() if c not in self.facts.not_members]
            return day >= min(members).toordinal()
        if country in self.facts.not_members or country not in self.facts.members:
            return False
        if day < self.facts.members[country].toordinal():
            return False
        return not any(
            p.state.upper() == country and p.start.toordinal() <= day <= p.end.toordinal()
            for p in self.permits
        )

    def count(self, days: set[int], day: int) -> int:
        """The days of ``days`` in the 180 days ending on ``day``, counted one by one."""
        return sum(1 for d in range(day - self.window + 1, day + 1) if d in days)

    def days_used(self, on: date) -> int:
        return self.count(self.days, on.toordinal())

    def overstays(self, until: date) -> list[tuple[date, date]]:
        over = [
            d
            for d in sorted(self.days)
            if d <= until.toordinal() and self.count(self.days, d) > self.limit
        ]
        periods: list[list[int]] = []
        for d in over:
            if periods and d == periods[-1][1] + 1:
                periods[-1][1] = d
            else:
                periods.append([d, d])
        return [(date.fromordinal(a), date.fromordinal(b)) for a, b in periods]

    def with_stay(self, entry: int, exit_: int, country: str) -> set[int]:
        return self.days | {d for d in range(entry, exit_ + 1) if self.eligible(d, country)}

    def violations(
        self, entry: int, exit_: int, country: str, keep_later_stays_legal: bool
    ) -> list[int]:
        """Every counted day from the entry to the horizon whose count is over, day by day.

        The count is kept by sliding the 180-day window one day at a time (still one day after
        the other, only not re-adding 180 days for each).
        """
        days = self.with_stay(entry, exit_, country)
        horizon = exit_ + self.window - 1 if keep_later_stays_legal else exit_
        running = self.count(days, entry - 1)
        bad = []
        for d in range(entry, horizon + 1):
            running += (d in days) - (d - self.window in days)
            if d in days and running > self.limit:
                bad.append(d)
        return bad

    def fits(self, entry: date, exit_: date, country: str, keep_later_stays_legal: bool) -> bool:
        return not self.violations(
            entry.toordinal(), exit_.toordinal(), country, keep_later_stays_legal
        )

    def latest_exit(
        self, entry: date, country: str, keep_later_stays_legal: bool, search_days: int
    ) -> date | None:
        """The last exit, among the next ``search_days`` days, for which the stay fits."""
        best = None
        for x in range(entry.toordinal(), entry.toordinal() + search_days):
            if not self.violations(entry.toordinal(), x, country, keep_later_stays_legal):
                best = date.fromordinal(x)
        return best

    def earliest_entry(
        self, length: int, not_before: date, country: str, search_days: int
    ) -> date | None:
        for p in range(not_before.toordinal(), not_before.toordinal() + search_days):
            if not self.violations(p, p + length - 1, country, True):
                return date.fromordinal(p)
        return None
