"""The Schengen 90/180-day rule, border-stamp guidance and the checks on recorded stays.

Sources (facts.toml ``[schengen]``): Schengen Borders Code art. 6(1) and the European
Commission's short-stay calculator manual. For each day D, count the *distinct* days of presence in
the window [D-179, D]; the entry and exit days both count, a same-day exit and re-entry counts once,
overlapping records count once; the stay is legal while the count is at most 90 on every day of
presence. Days in a member state count only from the date it applies the rule (Bulgaria and
Romania: 2024-03-31). Ireland, Cyprus and non-members never count.

Residence permits and long-stay visas (facts.toml ``[schengen.permits]``: Convention implementing
the Schengen Agreement art. 21; Regulation (EU) No 265/2010): a valid permit or long-stay visa
exempts only the state that issued it. Days in that state are not counted while it is valid; days
in every other Schengen state count towards 90 in any 180.

A day spent in several states (the day one leaves France for Spain, or an overlapping record of a
trip) counts when the person was, that day, in at least one state where it counts: the entry and
exit days of a trip to Spain count for a holder of a French permit, as every entry and exit day
does. A stay is in the country it records; stays recorded before countries mattered got the app's
default, France, and are read as such (the stays table flags the days a permit exempts, so a wrong
country shows).

A person's status may be unknown (never asked): then no count is made and nobody is told to leave
on a guess; every answer says to give the passport and permits instead.

How it is computed, and why it is fast: a person's stays become the sorted, disjoint intervals of
*counted* day ordinals (each stay minus the permits of its own state), with prefix sums, so the
count in any window takes two bisections. Within a run of consecutive counted days the count can
only grow (each day adds one and removes at most one), so the worst day of a run is its last day:
checking a planned stay costs one count per run near it, not one per day. Tests compare every
answer with a deliberately naive day-by-day implementation.

Open stays (no exit yet, "still inside") are assumed to last until a date the caller gives
(``open_until``): the status on a date D assumes presence through D; the planner assumes presence
through today, the facts known so far.
"""

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from itertools import chain
from typing import Any

from ameli_desktop.domain.dates import add_years, format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, ConflictError, UserError
from ameli_desktop.domain.facts import SchengenFacts, default_facts
from ameli_desktop.domain.texts import CountryCode, Text

#: Translation context of the explanations below (the GUI calls ``translate(CONTEXT, template)``).
CONTEXT = "Schengen"

#: Country of a stay when none is given (the app is about France).
DEFAULT_COUNTRY = "FR"

#: Planning "in the other Schengen states": a member state that issued none of the person's
#: permits (what a permit holder asks: how long may I spend outside the state that let me in).
ELSEWHERE = "*"

Interval = tuple[int, int]  # closed interval of day ordinals [first, last]

#: A sentence for the user: a template marked ``QT_TRANSLATE_NOOP("Schengen", ...)`` and its
#: parameters (dates and :class:`CountryCode` stay raw, so each reader sees them in its language).
Explanation = Text


def _explain(template: str, **params: Any) -> Text:
    return Text(CONTEXT, template, params)


# ----------------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Stay:
    """One stay in the Schengen area, as recorded: entry and exit days both inclusive.

    ``exit`` is None while the person is still inside. ``stamped_entry``/``stamped_exit`` are None
    when unknown (no flag is raised then). ``key`` is the caller's identifier (the storage id),
    echoed back in flags; it takes no part in comparisons.
    """

    entry: date
    exit: date | None = None
    country: str = DEFAULT_COUNTRY
    stamped_entry: bool | None = None
    stamped_exit: bool | None = None
    key: int | None = field(default=None, compare=False)

    @property
    def is_open(self) -> bool:
        return self.exit is None


class PermitKind(StrEnum):
    """Documents that exempt the days spent in the state that issued them."""

    RESIDENCE_PERMIT = "residence_permit"  # titre / carte de séjour
    LONG_STAY_VISA = "long_stay_visa"  # visa long séjour valant titre de séjour (VLS-TS)


#: How each document is named (the UI and the documents translate them in the "Schengen" context).
PERMIT_LABELS = {
    PermitKind.RESIDENCE_PERMIT: QT_TRANSLATE_NOOP(
        "Schengen", "Residence permit (titre de séjour)"
    ),
    PermitKind.LONG_STAY_VISA: QT_TRANSLATE_NOOP("Schengen", "Long-stay visa (VLS-TS)"),
}


@dataclass(frozen=True, slots=True)
class PermitPeriod:
    """A residence permit or long-stay visa of the person, valid ``start`` to ``end`` inclusive,
    issued by ``state`` (ISO 3166 alpha-2): only days in that state are not counted."""

    start: date
    end: date
    kind: PermitKind = PermitKind.RESIDENCE_PERMIT
    state: str = DEFAULT_COUNTRY


class Nationality(StrEnum):
    """What matters at the border: free movement (EU/EEA/Swiss citizens) or not, or not known."""

    EU_EEA_CH = "eu_eea_ch"
    OTHER = "other"
    UNKNOWN = "unknown"  # never asked: no count is made, nobody is told to leave on a guess


#: How each group is named where it is asked (the UI translates them in the "Schengen" context).
NATIONALITY_LABELS = {
    Nationality.UNKNOWN: QT_TRANSLATE_NOOP("Schengen", "Not given yet: nothing is counted"),
    Nationality.EU_EEA_CH: QT_TRANSLATE_NOOP(
        "Schengen", "EU, EEA or Swiss citizen: no limit, no stamps"
    ),
    Nationality.OTHER: QT_TRANSLATE_NOOP(
        "Schengen", "Other passport (outside the EU, EEA and Switzerland)"
    ),
}


class Rule(StrEnum):
    """Which rule counts a person's days on a date (``travel status --json``, ``"rule"``)."""

    FREE_MOVEMENT = "free_movement"  # EU/EEA/Swiss citizen: nothing counts
    PERMIT_HOLDER = "permit_holder"  # days in the issuing state do not count, the others do
    VISITOR = "visitor"  # every day in the Schengen area counts
    UNKNOWN = "unknown"  # the status was never given: no count


@dataclass(frozen=True, slots=True)
class ImmigrationStatus:
    """A person's nationality group and their periods of residence permit / long-stay visa."""

    nationality: Nationality
    permits: tuple[PermitPeriod, ...] = ()

    @property
    def free_movement(self) -> bool:
        return self.nationality is Nationality.EU_EEA_CH

    @property
    def known(self) -> bool:
        return self.nationality is not Nationality.UNKNOWN

    def permit_on(self, day: date) -> PermitPeriod | None:
        """The permit valid on ``day`` (the one lasting longest when several are)."""
        valid = [p for p in self.permits if p.start <= day <= p.end]
        return max(valid, key=lambda p: p.end) if valid else None

    def rule_on(self, day: date) -> Rule:
        if self.nationality is Nationality.UNKNOWN:
            return Rule.UNKNOWN
        if self.free_movement:
            return Rule.FREE_MOVEMENT
        return Rule.PERMIT_HOLDER if self.permit_on(day) is not None else Rule.VISITOR


# ----------------------------------------------------------------------------------- answers


@dataclass(frozen=True, slots=True)
class DayRange:
    """Consecutive days, both ends included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True, slots=True)
class Overstay:
    """A run of consecutive days of presence on which the count was over the limit.

    On ``first`` the window starting ``window_start`` held ``first_count`` days; the count only
    grows during a run, so it peaks on ``last`` at ``peak_count``.
    """

    first: date
    last: date
    window_start: date
    first_count: int
    peak_count: int

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def explanation(self, max_days: int = 90) -> Explanation:
        return _explain(
            QT_TRANSLATE_NOOP(
                "Schengen",
                "Over the limit from {first} to {last} ({days} days): on {first}, the 180 days "
                "from {window_start} held {count} days of presence, more than {max_days}; "
                "by {last} they held {peak}.",
            ),
            first=format_date(self.first),
            last=format_date(self.last),
            days=self.days,
            window_start=format_date(self.window_start),
            count=self.first_count,
            max_days=max_days,
            peak=self.peak_count,
        )

    def as_json(self) -> dict[str, Any]:
        return {"from": self.first.isoformat(), "to": self.last.isoformat(), "days": self.days}


@dataclass(frozen=True, slots=True)
class WindowBreakdown:
    """The 180-day window ending on ``on`` and the counted days in it, period by period."""

    on: date
    window_start: date
    days_used: int
    periods: tuple[DayRange, ...]


@dataclass(frozen=True, slots=True)
class Violation:
    """The first day a plan breaks the rule, with its window: what the planner explains."""

    day: date
    window_start: date
    count: int

    def explanation(self, max_days: int = 90) -> Explanation:
        return _explain(
            QT_TRANSLATE_NOOP(
                "Schengen",
                "On {day} the 180 days from {window_start} would hold {count} days of presence, "
                "more than {max_days}.",
            ),
            day=format_date(self.day),
            window_start=format_date(self.window_start),
            count=self.count,
            max_days=max_days,
        )


# ------------------------------------------------------------------------- interval helpers


def _merge(pairs: Iterable[Interval]) -> list[Interval]:
    """Union of closed intervals, sorted, with overlapping *and adjacent* ones joined (runs)."""
    merged: list[Interval] = []
    for a, b in sorted(pairs):
        if merged and a <= merged[-1][1] + 1:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _subtract(pairs: list[Interval], holes: list[Interval]) -> list[Interval]:
    """``pairs`` minus ``holes``; both sorted and disjoint."""
    if not holes:
        return pairs
    result: list[Interval] = []
    hole_ends = [e for _, e in holes]
    for a, b in pairs:
        i = bisect_left(hole_ends, a)  # first hole that ends on or after a
        start = a
        while i < len(holes) and holes[i][0] <= b:
            hole_start, hole_end = holes[i]
            if hole_start > start:
                result.append((start, hole_start - 1))
            start = max(start, hole_end + 1)
            i += 1
        if start <= b:
            result.append((start, b))
    return result


class _Runs:
    """Sorted disjoint runs of counted days with prefix sums: counts in O(log n)."""

    __slots__ = ("before", "ends", "starts")

    def __init__(self, runs: list[Interval]) -> None:
        self.starts = [a for a, _ in runs]
        self.ends = [b for _, b in runs]
        before = [0]
        for a, b in runs:
            before.append(before[-1] + b - a + 1)
        self.before = before  # before[i]: counted days in runs[:i]

    def through(self, x: int) -> int:
        """Counted days on or before ordinal ``x``."""
        i = bisect_right(self.starts, x)
        if i == 0:
            return 0
        return self.before[i - 1] + min(self.ends[i - 1], x) - self.starts[i - 1] + 1

    def count(self, first: int, last: int) -> int:
        """Counted days in [first, last]."""
        if last < first:
            return 0
        return self.through(last) - self.through(first - 1)

    def contains(self, x: int) -> bool:
        i = bisect_right(self.starts, x)
        return i > 0 and x <= self.ends[i - 1]

    def between(self, first: int, last: int) -> list[Interval]:
        """The runs that meet [first, last], unclipped."""
        i = bisect_left(self.ends, first)
        j = bisect_right(self.starts, last)
        return list(zip(self.starts[i:j], self.ends[i:j], strict=True))


# ------------------------------------------------------------------------------- the counter


class SchengenCalendar:
    """One person's counted days, ready for fast questions about the 90/180-day rule.

    Args:
        stays: the person's stays (any order; overlaps and same-day re-entries allowed).
        permits: their residence permits / long-stay visas: days in the state that issued one,
            while it is valid, do not count.
        open_until: the last day an open stay is assumed to last (see the module docstring).
        facts: the Schengen facts; the shipped ones by default.
    """

    def __init__(
        self,
        stays: Iterable[Stay],
        permits: Iterable[PermitPeriod] = (),
        *,
        open_until: date,
        facts: SchengenFacts | None = None,
    ) -> None:
        self.facts = facts or default_facts().schengen
        self.max_days = self.facts.max_days
        self.window = self.facts.window_days
        if self.max_days >= self.window:
            raise ValueError("max_days must be smaller than window_days for the rule to bind")
        self._member_since = {
            code: since.toordinal()
            for code, since in self.facts.members.items()
            if code not in self.facts.not_members
        }
        by_state: dict[str, list[Interval]] = defaultdict(list)
        for p in permits:
            if p.start <= p.end:
                by_state[p.state.upper()].append((p.start.toordinal(), p.end.toordinal()))
        #: Per issuing state, the days its permits exempt (sorted, disjoint).
        self.holes = {state: _merge(periods) for state, periods in by_state.items()}
        member_since = self._member_since
        presence: dict[str, list[Interval]] = defaultdict(list)
        for stay in stays:  # the hot loop of a long history: plain locals, no repeated work
            country = stay.country
            since = member_since.get(country)
            if since is None:
                country = country.upper()
                since = member_since.get(country)
                if since is None:
                    continue
            entry, exit_ = stay.entry, stay.exit
            last_ord = (exit_ if exit_ is not None else max(entry, open_until)).toordinal()
            first_ord = entry.toordinal()
            first_ord = max(first_ord, since)
            if first_ord <= last_ord:
                presence[country].append((first_ord, last_ord))
        # Each state's days minus its own permits, then the union: a day counts when the person
        # was, that day, in at least one state where it counts.
        counted = [_subtract(_merge(days), self._holes_of(c)) for c, days in presence.items()]
        self.runs = _Runs(counted[0] if len(counted) == 1 else _merge(chain.from_iterable(counted)))

    def _holes_of(self, country: str) -> list[Interval]:
        """The days a stay in ``country`` does not count for (its permits; none ``ELSEWHERE``)."""
        return self.holes.get(country.upper(), [])

    def exempt_through(self, day: date, country: str) -> date | None:
        """The last day of the exemption that a permit of ``country`` gives on ``day`` (a renewal
        the next day continues it), or None when no permit of that state is valid on ``day``."""
        x = day.toordinal()
        holes = self._holes_of(country)
        i = bisect_right([a for a, _ in holes], x) - 1
        if i >= 0 and x <= holes[i][1]:
            return date.fromordinal(holes[i][1])
        return None

    # ---------------------------------------------------------------- counts on a date

    def window_start(self, on: date) -> date:
        return on - timedelta(days=self.window - 1)

    def is_counted(self, day: date) -> bool:
        return self.runs.contains(day.toordinal())

    def days_used(self, on: date) -> int:
        """Distinct counted days in the window [on-179, on]."""
        x = on.toordinal()
        return self.runs.count(x - self.window + 1, x)

    def days_left(self, on: date) -> int:
        return max(0, self.max_days - self.days_used(on))

    def daily_counts(self, first: date, last: date) -> list[int]:
        """The count on each day from ``first`` to ``last`` (for the timeline chart and the PDF)."""
        w = self.window
        return [
            self.runs.count(x - w + 1, x) for x in range(first.toordinal(), last.toordinal() + 1)
        ]

    def breakdown(self, on: date) -> WindowBreakdown:
        """Which days make up the count on ``on``: the explanation shown for an overstay."""
        x = on.toordinal()
        first = x - self.window + 1
        periods = tuple(
            DayRange(date.fromordinal(max(a, first)), date.fromordinal(min(b, x)))
            for a, b in self.runs.between(first, x)
        )
        return WindowBreakdown(on, self.window_start(on), self.runs.count(first, x), periods)

    def overstays(self, until: date | None = None) -> list[Overstay]:
        """Every run of counted days on which the count exceeded the limit, up to ``until``."""
        w, limit, runs = self.window, self.max_days, self.runs
        stop = until.toordinal() if until is not None else None
        result = []
        for a, run_end in zip(runs.starts, runs.ends, strict=True):
            if stop is not None and a > stop:
                break
            b = run_end if stop is None else min(run_end, stop)
            peak = runs.count(b - w + 1, b)
            if peak <= limit:
                continue
            first = self._first_over(runs, a, b)
            result.append(
                Overstay(
                    first=date.fromordinal(first),
                    last=date.fromordinal(b),
                    window_start=date.fromordinal(first - w + 1),
                    first_count=runs.count(first - w + 1, first),
                    peak_count=peak,
                )
            )
        return result

    def _first_over(self, runs: _Runs, a: int, b: int) -> int:
        """First day of the run [a, b] (counted in ``runs``) whose count exceeds the limit.

        The count never decreases along a run, so a bisection finds it; the caller knows that the
        count on ``b`` is over.
        """
        w, limit = self.window, self.max_days
        lo, hi = a, b
        while lo < hi:
            mid = (lo + hi) // 2
            if runs.count(mid - w + 1, mid) > limit:
                hi = mid
            else:
                lo = mid + 1
        return lo

    # ---------------------------------------------------------------- planning

    def _since(self, country: str) -> int:
        if country == ELSEWHERE:
            return min(self._member_since.values())
        since = self._member_since.get(country.upper())
        if since is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{country} does not apply the Schengen rules: days there do not count, "
                    "so there is nothing to plan.",
                ),
                field="country",
                country=country,
            )
        return since

    def _check(
        self, entry: int, exit_: int, horizon: int, country: str, *, find_first: bool
    ) -> tuple[int | None, _Runs]:
        """Whether presence from ``entry`` to ``exit_`` keeps every counted day up to ``horizon``
        within the limit; returns the violating day (the first one if ``find_first``) and the
        counted runs with the plan, near it.
        """
        w, limit = self.window, self.max_days
        first = max(entry, self._since(country))
        planned = _subtract([(first, exit_)], self._holes_of(country)) if first <= exit_ else []
        near = _Runs(_merge(self.runs.between(entry - w + 1, horizon) + planned))
        for a, b in zip(near.starts, near.ends, strict=True):
            if b < entry:
                continue
            if a > horizon:
                break
            top = min(b, horizon)
            if near.count(top - w + 1, top) > limit:
                if not find_first:
                    return top, near
                return self._first_over(near, max(a, entry), top), near
        return None, near

    def _never_fits_from(self, entry: int, country: str) -> int:
        """An exit that surely breaks the rule: max_days + 1 counted days in a row after every
        permit of the country and its start date."""
        start = max(entry, self._since(country))
        holes = self._holes_of(country)
        if holes and holes[-1][1] >= start:
            start = holes[-1][1] + 1
        return start + self.max_days

    def latest_exit(
        self, entry: date, *, country: str = DEFAULT_COUNTRY, keep_later_stays_legal: bool = False
    ) -> date | None:
        """The last day of a stay that begins on ``entry``; None if even that day is over.

        Old days roll off during the stay, so this can be more than ``days_left`` days away. With
        ``keep_later_stays_legal`` the stay must also leave every already-recorded later stay
        within the limit (the planner); without, only the days of this stay are checked (the
        status: "how long may I remain").
        """
        p = entry.toordinal()
        extra = self.window - 1 if keep_later_stays_legal else 0
        lo, hi = p - 1, self._never_fits_from(p, country)  # lo fits (no stay), hi does not
        while hi - lo > 1:
            mid = (lo + hi) // 2
            bad, _ = self._check(p, mid, mid + extra, country, find_first=False)
            if bad is None:
                lo = mid
            else:
                hi = mid
        return date.fromordinal(lo) if lo >= p else None

    def first_violation(
        self,
        entry: date,
        exit_: date,
        *,
        country: str = DEFAULT_COUNTRY,
        keep_later_stays_legal: bool = True,
    ) -> Violation | None:
        """The first day on which a stay from ``entry`` to ``exit_`` breaks the rule, or None."""
        p, x = entry.toordinal(), exit_.toordinal()
        horizon = x + self.window - 1 if keep_later_stays_legal else x
        bad, near = self._check(p, x, horizon, country, find_first=True)
        if bad is None:
            return None
        w = self.window
        return Violation(
            date.fromordinal(bad), date.fromordinal(bad - w + 1), near.count(bad - w + 1, bad)
        )

    def fits(
        self,
        entry: date,
        exit_: date,
        *,
        country: str = DEFAULT_COUNTRY,
        keep_later_stays_legal: bool = True,
    ) -> bool:
        p, x = entry.toordinal(), exit_.toordinal()
        horizon = x + self.window - 1 if keep_later_stays_legal else x
        return self._check(p, x, horizon, country, find_first=False)[0] is None

    def earliest_entry(
        self, length: int, not_before: date, *, country: str = DEFAULT_COUNTRY
    ) -> date | None:
        """The first day on or after ``not_before`` on which a stay of ``length`` days fits, also
        keeping later recorded stays legal; None if no day ever does (more than 90 days with no
        permit to cover them).

        Candidates are tried in order, skipping those that provably fail: if the count on the
        planned exit day is over by ``e`` and nothing in the way is a permit or a membership date,
        each day later removes at most one day from that count, so the next ``e - 1`` entries
        fail too.
        """
        if length < 1:
            raise ValueError("a stay lasts at least one day")
        w, limit = self.window, self.max_days
        since = self._since(country)
        p = not_before.toordinal()
        last_counted = self.runs.ends[-1] if self.runs.ends else p - w
        holes = self._holes_of(country)
        last_hole = holes[-1][1] if holes else p - 1
        # From here on nothing recorded is in any window and no permit is ahead: every later entry
        # behaves the same, so if this one fails they all do.
        settled = max(p, last_counted + w, last_hole + 1, since)
        hole_starts = [a for a, _ in holes]
        hole_ends = [b for _, b in holes]
        while p <= settled:
            x = p + length - 1
            bad, near = self._check(p, x, x + w - 1, country, find_first=False)
            if bad is None:
                return date.fromordinal(p)
            excess = near.count(x - w + 1, x) - limit
            step = 1
            if excess > 1 and p >= since:
                # No permit may meet [p, x + excess]: the shift argument needs plain days.
                i = bisect_left(hole_ends, p)
                if i == len(holes) or hole_starts[i] > x + excess:
                    step = excess
            p += step
        return None


# ----------------------------------------------------------------------------- border status


class RuleBasis(StrEnum):
    """Why the rule applies or not on a date, as the border sees it."""

    FREE_MOVEMENT = "free_movement"  # EU/EEA/Swiss citizen
    RESIDENCE_PERMIT = "residence_permit"
    LONG_STAY_VISA = "long_stay_visa"
    SHORT_STAY = "short_stay"  # visa-free visitor or short-stay (C) visa
    UNKNOWN = "unknown"  # the person's status was never given

    @property
    def rule(self) -> Rule:
        return _RULE_OF_BASIS[self]


_RULE_OF_BASIS = {
    RuleBasis.FREE_MOVEMENT: Rule.FREE_MOVEMENT,
    RuleBasis.RESIDENCE_PERMIT: Rule.PERMIT_HOLDER,
    RuleBasis.LONG_STAY_VISA: Rule.PERMIT_HOLDER,
    RuleBasis.SHORT_STAY: Rule.VISITOR,
    RuleBasis.UNKNOWN: Rule.UNKNOWN,
}

#: Who is not stamped at the border: a stamp on their passport is flagged (DESIGN.md 3).
_NOT_STAMPED = (RuleBasis.FREE_MOVEMENT, RuleBasis.RESIDENCE_PERMIT, RuleBasis.LONG_STAY_VISA)


@dataclass(frozen=True, slots=True)
class BorderStatus:
    """Whether the 90/180-day rule applies to the person on a date and whether the passport
    should be stamped at the border, with the sentence to show.

    ``rule_applies``: days count towards 90/180 somewhere (everywhere for a visitor, outside the
    issuing state for a permit holder); None when the status is unknown.
    """

    on: date
    basis: RuleBasis
    rule_applies: bool | None
    stamp_expected: bool
    permit: PermitPeriod | None
    explanation: Explanation

    @property
    def rule(self) -> Rule:
        return self.basis.rule


def _document(permit: PermitPeriod) -> Text:
    """The document's name ("Residence permit" or "Long-stay visa"), to begin a sentence."""
    return _explain(PERMIT_LABELS[permit.kind])


def _unknown_status() -> Text:
    return _explain(
        QT_TRANSLATE_NOOP("Schengen", "Status unknown: say which passport and permits apply.")
    )


def border_status(
    status: ImmigrationStatus, on: date, facts: SchengenFacts | None = None
) -> BorderStatus:
    """DESIGN.md 3 stamping guidance: EU/EEA/CH -> no rule, no stamp; a valid residence permit or
    long-stay visa -> days in the issuing state not counted, no stamp (show the document); anyone
    else -> the rule applies and the passport is stamped at entry and exit until the Entry/Exit
    System is complete. An unknown status expects nothing (no stamp flag is raised on a guess).
    """
    facts = facts or default_facts().schengen
    if not status.known:
        return BorderStatus(
            on,
            RuleBasis.UNKNOWN,
            rule_applies=None,
            stamp_expected=False,
            permit=None,
            explanation=_explain(
                QT_TRANSLATE_NOOP(
                    "Schengen",
                    "The stamps due depend on the passport: EU, EEA and Swiss passports are not "
                    "stamped; other passports are, unless their holder shows a residence permit "
                    "or long-stay visa.",
                )
            ),
        )
    if status.free_movement:
        return BorderStatus(
            on,
            RuleBasis.FREE_MOVEMENT,
            rule_applies=False,
            stamp_expected=False,
            permit=None,
            explanation=_explain(
                QT_TRANSLATE_NOOP(
                    "Schengen",
                    "EU, EEA and Swiss citizens move freely: the 90/180-day rule does not apply "
                    "and their passports are not stamped.",
                )
            ),
        )
    permit = status.permit_on(on)
    if permit is not None:
        basis = (
            RuleBasis.LONG_STAY_VISA
            if permit.kind is PermitKind.LONG_STAY_VISA
            else RuleBasis.RESIDENCE_PERMIT
        )
        return BorderStatus(
            on,
            basis,
            rule_applies=True,
            stamp_expected=False,
            permit=permit,
            explanation=_explain(
                QT_TRANSLATE_NOOP(
                    "Schengen",
                    "{document} issued by {state}, valid until {end}: days in {state} do not "
                    "count towards 90/180, days in the other Schengen states do. The passport "
                    "should not be stamped: show the document at the border.",
                ),
                document=_document(permit),
                state=CountryCode(permit.state),
                end=permit.end,
            ),
        )
    if on < facts.ees_start:
        stamped = True
        template = QT_TRANSLATE_NOOP(
            "Schengen",
            "Visitor without a residence permit: at most 90 days in any 180; the passport is "
            "stamped at entry and exit.",
        )
    elif on < facts.ees_complete:
        stamped = True
        template = QT_TRANSLATE_NOOP(
            "Schengen",
            "Visitor without a residence permit: at most 90 days in any 180. The Entry/Exit "
            "System is being rolled out (since {ees_start}, complete on {ees_complete}): the "
            "passport is still stamped at entry and exit.",
        )
    else:
        stamped = False
        template = QT_TRANSLATE_NOOP(
            "Schengen",
            "Visitor without a residence permit: at most 90 days in any 180. Since "
            "{ees_complete} the Entry/Exit System records entries and exits instead of stamps.",
        )
    return BorderStatus(
        on,
        RuleBasis.SHORT_STAY,
        rule_applies=True,
        stamp_expected=stamped,
        permit=None,
        explanation=_explain(
            template,
            ees_start=format_date(facts.ees_start),
            ees_complete=format_date(facts.ees_complete),
        ),
    )


# ----------------------------------------------------------------------- status and planning


@dataclass(frozen=True, slots=True)
class SchengenStatus:
    """A person's position on a date: what ``travel status`` prints and the Travel log header shows.

    The numbers are those of the person's rule (``rule``): a visitor's days anywhere in the area,
    a permit holder's days outside the state that issued the permit, nothing for an EU/EEA/Swiss
    citizen (``unlimited``), and no count at all when the status is unknown (``days_used`` and
    ``days_left`` are None). ``stay_until`` is the last day they may remain if present on ``on``
    (for a permit holder: in the other Schengen states); None when already over, unlimited or
    unknown. ``overstay_days`` is the total of the overstay periods up to ``on``. ``inside``: a
    stay or trip covers ``on``; ``counted_today``: one in a state where that day counts.
    """

    on: date
    window_start: date
    days_used: int | None
    days_left: int | None
    overstays: tuple[Overstay, ...]
    stay_until: date | None
    unlimited: bool
    inside: bool
    counted_today: bool
    border: BorderStatus
    max_days: int

    @property
    def rule(self) -> Rule:
        return self.border.rule

    @property
    def overstay_days(self) -> int:
        return sum(o.days for o in self.overstays)

    @property
    def over_limit(self) -> bool:
        return self.days_used is not None and self.days_used > self.max_days

    @property
    def explanation(self) -> Explanation:
        """Which rule counts and why, with the count: the first line everywhere it is shown."""
        permit = self.border.permit
        if self.rule is Rule.UNKNOWN:
            return _unknown_status()
        if self.rule is Rule.FREE_MOVEMENT:
            return _explain(
                QT_TRANSLATE_NOOP(
                    "Schengen", "EU, EEA or Swiss citizen: free movement, no day is counted."
                )
            )
        if permit is not None:
            return _explain(
                QT_TRANSLATE_NOOP(
                    "Schengen",
                    "{document} issued by {state}: days in {state} are not counted; {used} of "
                    "{max} days used in the other Schengen states.",
                ),
                document=_document(permit),
                state=CountryCode(permit.state),
                used=self.days_used,
                max=self.max_days,
            )
        return _explain(
            QT_TRANSLATE_NOOP(
                "Schengen",
                "Visitor (no EU, EEA or Swiss passport, no valid residence permit): every day in "
                "the Schengen area counts; {used} of {max} days used.",
            ),
            used=self.days_used,
            max=self.max_days,
        )

    def as_json(self) -> dict[str, Any]:
        """The JSON of ``travel status`` (DESIGN.md 7, issue 18), plus ``rule_applies``,
        ``unlimited``, the permit that applies and the explanation."""
        permit = self.border.permit
        return {
            "on": self.on.isoformat(),
            "window_start": self.window_start.isoformat(),
            "rule": self.rule.value,
            "days_used": self.days_used,
            "days_left": self.days_left,
            "overstay_days": self.overstay_days,
            "overstays": [o.as_json() for o in self.overstays],
            "stay_until": self.stay_until.isoformat() if self.stay_until else None,
            "permit": (
                {
                    "kind": permit.kind.value,
                    "state": permit.state,
                    "valid_until": permit.end.isoformat(),
                }
                if permit is not None
                else None
            ),
            "explanation": str(self.explanation),
            "rule_applies": self.border.rule_applies,
            "unlimited": self.unlimited,
        }


def _covering(stays: Iterable[Stay], on: date) -> list[Stay]:
    return [s for s in stays if s.entry <= on and (s.exit is None or on <= s.exit)]


def _country_on(stays: Iterable[Stay], on: date, facts: SchengenFacts) -> str:
    """The member state a visitor is in on ``on`` (the last one entered), else the default."""
    here = [
        s
        for s in _covering(stays, on)
        if s.country.upper() in facts.members and s.country.upper() not in facts.not_members
    ]
    return max(here, key=lambda s: s.entry).country.upper() if here else DEFAULT_COUNTRY


def schengen_status(
    stays: Sequence[Stay],
    status: ImmigrationStatus,
    on: date,
    facts: SchengenFacts | None = None,
) -> SchengenStatus:
    """Days used and left on ``on``, the overstays so far and how long the person may remain,
    as the person's rule counts them (see :class:`SchengenStatus`).

    Open stays are assumed to last through ``on``.
    """
    facts = facts or default_facts().schengen
    border = border_status(status, on, facts)
    window_start = on - timedelta(days=facts.window_days - 1)
    inside = bool(_covering(stays, on))
    if border.rule in (Rule.FREE_MOVEMENT, Rule.UNKNOWN):
        free = border.rule is Rule.FREE_MOVEMENT
        return SchengenStatus(
            on=on,
            window_start=window_start,
            days_used=0 if free else None,
            days_left=facts.max_days if free else None,
            overstays=(),
            stay_until=None,
            unlimited=free,
            inside=inside,
            counted_today=False,
            border=border,
            max_days=facts.max_days,
        )
    calendar = SchengenCalendar(stays, status.permits, open_until=on, facts=facts)
    used = calendar.days_used(on)
    # A permit holder asks how long they may spend outside the issuing state; a visitor, how
    # long they may remain where they are (or enter, when outside).
    where = ELSEWHERE if border.rule is Rule.PERMIT_HOLDER else _country_on(stays, on, facts)
    return SchengenStatus(
        on=on,
        window_start=window_start,
        days_used=used,
        days_left=max(0, facts.max_days - used),
        overstays=tuple(calendar.overstays(until=on)),
        stay_until=calendar.latest_exit(on, country=where),
        unlimited=False,
        inside=inside,
        counted_today=calendar.is_counted(on),
        border=border,
        max_days=facts.max_days,
    )


@dataclass(frozen=True, slots=True)
class StayPlan:
    """The planner's answer for a stay beginning on ``entry`` (``travel plan``, DESIGN.md 7).

    ``max_days``/``last_day``: the longest stay from ``entry`` that keeps every day, and every
    later recorded stay, within the limit (0/None when even the entry day is over; None/None when
    ``unlimited`` or when the status is unknown). ``fits`` is None without a planned exit (and
    when the status is unknown). ``earliest_entry_for_full_stay``: the first day on or after
    ``entry`` on which a stay of ``full_stay_days`` (the planned length, or 90 without an exit)
    fits; None if none ever does. ``violation`` explains a plan that does not fit.
    ``exempt_until``: the last day a permit of the planned country exempts the days there, when
    one is valid on ``entry``. ``explanation`` says which rule counts the planned days.
    """

    entry: date
    exit: date | None
    max_days: int | None
    last_day: date | None
    fits: bool | None
    full_stay_days: int
    earliest_entry_for_full_stay: date | None
    violation: Violation | None
    unlimited: bool
    rule: Rule
    explanation: Explanation
    exempt_until: date | None = None

    def as_json(self) -> dict[str, Any]:
        """The JSON of ``travel plan`` (DESIGN.md 7), plus the rule, ``unlimited`` and
        ``exempt_until``."""
        return {
            "rule": self.rule.value,
            "max_days": self.max_days,
            "last_day": self.last_day.isoformat() if self.last_day else None,
            "fits": self.fits,
            "earliest_entry_for_full_stay": (
                self.earliest_entry_for_full_stay.isoformat()
                if self.earliest_entry_for_full_stay
                else None
            ),
            "exempt_until": self.exempt_until.isoformat() if self.exempt_until else None,
            "explanation": str(self.explanation),
            "unlimited": self.unlimited,
        }


def _plan_explanation(
    status: ImmigrationStatus, rule: Rule, entry: date, country: str, exempt_until: date | None
) -> Text:
    if rule is Rule.UNKNOWN:
        return _unknown_status()
    if rule is Rule.FREE_MOVEMENT:
        return _explain(
            QT_TRANSLATE_NOOP("Schengen", "EU, EEA or Swiss citizen: no 90/180-day limit.")
        )
    if exempt_until is not None:
        return _explain(
            QT_TRANSLATE_NOOP(
                "Schengen",
                "Days in {country} are not counted until {end}: a residence permit or long-stay "
                "visa issued by {country} is valid then; after that date they count.",
            ),
            country=CountryCode(country),
            end=exempt_until,
        )
    permit = status.permit_on(entry)
    if permit is not None and country == ELSEWHERE:
        return _explain(
            QT_TRANSLATE_NOOP(
                "Schengen",
                "{document} issued by {state}: days in the other Schengen states count towards "
                "90 in any 180.",
            ),
            document=_document(permit),
            state=CountryCode(permit.state),
        )
    if permit is not None:
        return _explain(
            QT_TRANSLATE_NOOP(
                "Schengen",
                "{document} issued by {state}: days in {country} count towards 90 in any 180.",
            ),
            document=_document(permit),
            state=CountryCode(permit.state),
            country=CountryCode(country),
        )
    return _explain(
        QT_TRANSLATE_NOOP(
            "Schengen", "Visitor: every day in the Schengen area counts towards 90 in any 180."
        )
    )


def plan_stay(
    stays: Sequence[Stay],
    status: ImmigrationStatus,
    entry: date,
    exit_: date | None = None,
    *,
    today: date,
    country: str = DEFAULT_COUNTRY,
    facts: SchengenFacts | None = None,
) -> StayPlan:
    """Whether a planned stay in ``country`` fits, the longest one possible and the earliest date
    that fits, as the person's rule on ``entry`` counts it.

    ``stays`` include the already-booked future stays (and trips): the plan must keep them legal.
    An open stay is assumed to last through ``today``. An unknown status plans nothing.
    """
    facts = facts or default_facts().schengen
    if exit_ is not None and exit_ < entry:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The exit date {exit} is before the entry date {entry}."),
            field="exit",
            exit=format_date(exit_),
            entry=format_date(entry),
        )
    full = (exit_ - entry).days + 1 if exit_ is not None else facts.max_days
    rule = status.rule_on(entry)
    if rule in (Rule.FREE_MOVEMENT, Rule.UNKNOWN):
        free = rule is Rule.FREE_MOVEMENT
        return StayPlan(
            entry=entry,
            exit=exit_,
            max_days=None,
            last_day=None,
            fits=(True if exit_ else None) if free else None,
            full_stay_days=full,
            earliest_entry_for_full_stay=entry if free else None,
            violation=None,
            unlimited=free,
            rule=rule,
            explanation=_plan_explanation(status, rule, entry, country, None),
        )
    calendar = SchengenCalendar(stays, status.permits, open_until=today, facts=facts)
    last = calendar.latest_exit(entry, country=country, keep_later_stays_legal=True)
    fits = None if exit_ is None else (last is not None and exit_ <= last)
    violation = None
    if fits is False and exit_ is not None:
        violation = calendar.first_violation(entry, exit_, country=country)
    exempt_until = calendar.exempt_through(entry, country)
    return StayPlan(
        entry=entry,
        exit=exit_,
        max_days=(last - entry).days + 1 if last else 0,
        last_day=last,
        fits=fits,
        full_stay_days=full,
        earliest_entry_for_full_stay=calendar.earliest_entry(full, entry, country=country),
        violation=violation,
        unlimited=False,
        rule=rule,
        explanation=_plan_explanation(status, rule, entry, country, exempt_until),
        exempt_until=exempt_until,
    )


# ------------------------------------------------------------------------ validation, flags


def _check_country(code: str, field_name: str = "country") -> None:
    if not (len(code) == 2 and code.isascii() and code.isalpha() and code.isupper()):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a country code: use two capital letters, e.g. FR."
            ),
            field=field_name,
            value=code,
        )


def validate_stay(
    stay: Stay,
    others: Iterable[Stay],
    *,
    today: date,
    facts: SchengenFacts | None = None,
) -> None:
    """Refuse a stay that cannot be right, naming the field at fault; ``others`` are the
    person's other stays (without the one being edited).

    Refused: an unknown country code; an exit before the entry; a date before
    ``earliest_record`` or more than ``max_future_years`` ahead (a typo in the year); an open stay
    that begins in the future (a planned stay has an exit); a second open stay.
    """
    facts = facts or default_facts().schengen
    _check_country(stay.country)
    latest = add_years(today, facts.max_future_years)
    too_early = {
        "entry": QT_TRANSLATE_NOOP(
            "Errors",
            "The entry date {value} is before {earliest}, the earliest date the travel log "
            "accepts.",
        ),
        "exit": QT_TRANSLATE_NOOP(
            "Errors",
            "The exit date {value} is before {earliest}, the earliest date the travel log accepts.",
        ),
    }
    too_late = {
        "entry": QT_TRANSLATE_NOOP(
            "Errors", "The entry date {value} is more than {years} years ahead: check the year."
        ),
        "exit": QT_TRANSLATE_NOOP(
            "Errors", "The exit date {value} is more than {years} years ahead: check the year."
        ),
    }
    for name, value in (("entry", stay.entry), ("exit", stay.exit)):
        if value is None:
            continue
        if value < facts.earliest_record:
            raise UserError(
                too_early[name],
                field=name,
                value=format_date(value),
                earliest=format_date(facts.earliest_record),
            )
        if value > latest:
            raise UserError(
                too_late[name], field=name, value=format_date(value), years=facts.max_future_years
            )
    if stay.exit is not None and stay.exit < stay.entry:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The exit date {exit} is before the entry date {entry}."),
            field="exit",
            exit=format_date(stay.exit),
            entry=format_date(stay.entry),
        )
    if stay.exit is None:
        if stay.entry > today:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The entry date {entry} is in the future: a planned stay needs an exit date.",
                ),
                field="exit",
                entry=format_date(stay.entry),
            )
        for other in others:
            if other.exit is None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "There is already a stay with no exit (entered on {entry}): record "
                        "its exit first; only one stay can be open.",
                    ),
                    field="exit",
                    entry=format_date(other.entry),
                )


#: Longest texts kept for a stay (the storage columns' sizes).
TEXT_LIMITS = {"entry_port": 80, "exit_port": 80, "passport": 40, "notes": 500}


@dataclass(frozen=True, slots=True)
class StayDetails:
    """A stay as the user records it: the crossing dates plus what proves them (DESIGN.md 2)."""

    entry: date
    exit: date | None = None
    country: str = DEFAULT_COUNTRY
    entry_port: str = ""
    exit_port: str = ""
    passport: str = ""  # which passport was used (a label or its last digits)
    stamped_entry: bool | None = None  # None: not recorded
    stamped_exit: bool | None = None
    ees_recorded: bool = False  # the crossing was registered in the Entry/Exit System
    notes: str = ""

    def as_stay(self, key: int | None = None) -> Stay:
        return Stay(
            self.entry, self.exit, self.country, self.stamped_entry, self.stamped_exit, key=key
        )


def clean_stay_details(
    details: StayDetails,
    others: Iterable[Stay],
    *,
    today: date,
    facts: SchengenFacts | None = None,
) -> StayDetails:
    """The details trimmed (country in capitals, single spaces) and checked, or a UserError
    naming the field: the dates and country as in :func:`validate_stay`, texts not too long."""
    texts = {
        name: " ".join(str(getattr(details, name)).split())
        for name in TEXT_LIMITS
        if name != "notes"
    }
    texts["notes"] = details.notes.strip()
    for name, limit in TEXT_LIMITS.items():
        if len(texts[name]) > limit:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Too long: at most {limit} characters here."),
                field=name,
                limit=limit,
            )
    clean = StayDetails(
        entry=details.entry,
        exit=details.exit,
        country=details.country.strip().upper() or DEFAULT_COUNTRY,
        entry_port=texts["entry_port"],
        exit_port=texts["exit_port"],
        passport=texts["passport"],
        stamped_entry=details.stamped_entry,
        stamped_exit=details.stamped_exit,
        ees_recorded=details.ees_recorded,
        notes=texts["notes"],
    )
    validate_stay(clean.as_stay(), others, today=today, facts=facts)
    return clean


def validate_permit(permit: PermitPeriod, facts: SchengenFacts | None = None) -> PermitPeriod:
    """The permit with its state in capitals, or a UserError naming the field: it must end on or
    after its start, and be issued by a Schengen state (a permit of any other state gives no
    right to move in the area, so it changes no count)."""
    facts = facts or default_facts().schengen
    state = permit.state.strip().upper()
    _check_country(state, field_name="state")
    if state not in facts.members or state in facts.not_members:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{country} is not a Schengen state: only a residence permit or long-stay visa of "
                "a Schengen state changes the 90/180-day count.",
            ),
            field="state",
            country=state,
        )
    if permit.end < permit.start:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The permit ends on {end}, before it starts on {start}."),
            field="end",
            end=format_date(permit.end),
            start=format_date(permit.start),
        )
    return PermitPeriod(permit.start, permit.end, PermitKind(permit.kind), state)


def nationality_with_permit(nationality: Nationality) -> Nationality:
    """The group of a person for whom a permit is recorded: a residence permit or long-stay visa
    is for a passport from outside the EU/EEA/Switzerland, so an unknown group becomes "other";
    an EU/EEA/Swiss citizen's is refused (it would change nothing, and one answer is wrong)."""
    if nationality is Nationality.EU_EEA_CH:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "EU, EEA and Swiss citizens need no residence permit to move in the Schengen "
                "area: choose “Other passport” to record one.",
            ),
            field="nationality",
        )
    return Nationality.OTHER


class FlagKind(StrEnum):
    MISSING_ENTRY_STAMP = "missing_entry_stamp"
    MISSING_EXIT_STAMP = "missing_exit_stamp"
    UNEXPECTED_STAMP = "unexpected_stamp"
    OVERLAP = "overlap"
    NOT_COUNTED = "not_counted"  # days in a country that does not (yet) apply the rule
    EXEMPT = "exempt"  # days in the state that issued a valid permit of the person


@dataclass(frozen=True, slots=True)
class StayFlag:
    """Something to look at on a recorded stay (not an error: the stay is kept)."""

    index: int  # position of the stay in the sequence given
    key: int | None  # the stay's key
    kind: FlagKind
    explanation: Explanation


def _overlaps(first: Stay, second: Stay) -> bool:
    """True when two records claim the same days in the same country; ``first`` enters no later
    than ``second``.

    A same-day exit and re-entry (one's exit day is the other's entry day) is normal travel, not
    an overlap; two records with the same dates are. Records in different countries that share
    days are how a trip from one state to another is written (a week in Spain during a stay in
    France, the day one crosses): not an overlap.
    """
    if first.country.upper() != second.country.upper():
        return False
    if first.exit is None:
        return True
    if (first.entry, first.exit) == (second.entry, second.exit):
        return True
    return second.entry < first.exit


def stay_flags(
    stays: Sequence[Stay],
    status: ImmigrationStatus,
    *,
    today: date,
    facts: SchengenFacts | None = None,
) -> list[StayFlag]:
    """The flags of DESIGN.md 3 / issue 4 on a person's stays, in the order of ``stays``.

    A stamp is expected when the person is subject to the rule and stamping is still in use on
    that day (see ``border_status``); a crossing in the future is not checked. A stamp is
    unexpected when the person was exempt that day (EU/EEA/CH citizen, permit or VLS-TS holder).
    Nothing is expected of a person whose status is unknown. Days a permit exempts (in the state
    that issued it) are pointed out, so that a stay recorded in the wrong country shows.
    """
    facts = facts or default_facts().schengen
    flags: list[StayFlag] = []

    def flag(i: int, kind: FlagKind, template: str, **params: Any) -> None:
        flags.append(StayFlag(i, stays[i].key, kind, _explain(template, **params)))

    order = sorted(range(len(stays)), key=lambda i: (stays[i].entry, stays[i].exit or date.max))
    overlapping: dict[int, int] = {}
    for pos, i in enumerate(order):
        for j in order[pos + 1 :]:
            if stays[j].entry > (stays[i].exit or date.max):
                break
            if _overlaps(stays[i], stays[j]):
                overlapping.setdefault(i, j)
                overlapping.setdefault(j, i)

    for i, stay in enumerate(stays):
        crossings = [("entry", stay.entry, stay.stamped_entry)]
        if stay.exit is not None:
            crossings.append(("exit", stay.exit, stay.stamped_exit))
        for which, day, stamped in crossings:
            if day > today or stamped is None:
                continue
            border = border_status(status, day, facts)
            if border.stamp_expected and not stamped:
                if which == "entry":
                    flag(
                        i,
                        FlagKind.MISSING_ENTRY_STAMP,
                        QT_TRANSLATE_NOOP(
                            "Schengen",
                            "No entry stamp on {day}: without it a border guard may presume "
                            "you overstayed. Keep proof of the date you arrived (boarding pass, "
                            "ticket, exit stamp of the country you came from).",
                        ),
                        day=format_date(day),
                    )
                else:
                    flag(
                        i,
                        FlagKind.MISSING_EXIT_STAMP,
                        QT_TRANSLATE_NOOP(
                            "Schengen",
                            "No exit stamp on {day}: your next entry may count these days as "
                            "still inside. Keep proof that you left (boarding pass, ticket, "
                            "entry stamp of the next country).",
                        ),
                        day=format_date(day),
                    )
            elif stamped and border.basis in _NOT_STAMPED:
                template = (
                    QT_TRANSLATE_NOOP(
                        "Schengen",
                        "The passport was stamped at entry on {day} although no stamp was due: "
                        "EU/EEA/Swiss citizens and holders of a valid residence permit or "
                        "long-stay visa are not stamped. Keep a copy of that document with the "
                        "passport.",
                    )
                    if which == "entry"
                    else QT_TRANSLATE_NOOP(
                        "Schengen",
                        "The passport was stamped at exit on {day} although no stamp was due: "
                        "EU/EEA/Swiss citizens and holders of a valid residence permit or "
                        "long-stay visa are not stamped. Keep a copy of that document with the "
                        "passport.",
                    )
                )
                flag(i, FlagKind.UNEXPECTED_STAMP, template, day=format_date(day))
        if i in overlapping:
            other = stays[overlapping[i]]
            flag(
                i,
                FlagKind.OVERLAP,
                QT_TRANSLATE_NOOP(
                    "Schengen",
                    "This stay overlaps the stay from {entry} to {exit}: shared days count once.",
                ),
                entry=format_date(other.entry),
                exit=format_date(other.exit) if other.exit else "…",
            )
        country = stay.country.upper()
        since = facts.members.get(country) if country not in facts.not_members else None
        if since is not None and status.nationality is Nationality.OTHER:
            last = stay.exit or max(stay.entry, today)
            for permit in status.permits:
                if permit.state.upper() != country:
                    continue
                first_exempt, last_exempt = max(stay.entry, permit.start), min(last, permit.end)
                if first_exempt <= last_exempt:
                    flag(
                        i,
                        FlagKind.EXEMPT,
                        QT_TRANSLATE_NOOP(
                            "Schengen",
                            "Days in {country} from {first} to {last} are not counted: a "
                            "residence permit or long-stay visa issued by {country} was valid.",
                        ),
                        country=CountryCode(country),
                        first=first_exempt,
                        last=last_exempt,
                    )
        if since is None:
            flag(
                i,
                FlagKind.NOT_COUNTED,
                QT_TRANSLATE_NOOP(
                    "Schengen",
                    "{country} does not apply the Schengen rules: days there do not count "
                    "towards 90/180.",
                ),
                country=country,
            )
        elif stay.entry < since:
            flag(
                i,
                FlagKind.NOT_COUNTED,
                QT_TRANSLATE_NOOP(
                    "Schengen",
                    "{country} applies the 90/180-day rule from {since}: days there before "
                    "that date do not count.",
                ),
                country=country,
                since=format_date(since),
            )
    return flags
