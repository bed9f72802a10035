""" "Today" and "now", injectable everywhere so that no rule and no test depends on the real clock."""

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from ameli_desktop.domain.dates import PARIS

TODAY_ENV = "AMELI_DESKTOP_TODAY"  # YYYY-MM-DD: pins the date for demos, screenshots and tests


class Clock:
    """The real clock, in Europe/Paris (the app's rules are French)."""

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone(PARIS)

    def today(self) -> date:
        return self.now().date()


@dataclass(frozen=True)
class FixedClock(Clock):
    """A clock stopped at one instant (tests, screenshots, ``--today``)."""

    at: datetime

    @classmethod
    def on(cls, day: date, at: time = time(10, 0)) -> "FixedClock":
        return cls(datetime.combine(day, at, tzinfo=PARIS))

    def now(self) -> datetime:
        return self.at.astimezone(PARIS)


def clock_from_env(today: date | None = None) -> Clock:
    """A FixedClock when a date is given (or set in AMELI_DESKTOP_TODAY), else the real clock."""
    if today is not None:
        return FixedClock.on(today)
    pinned = os.environ.get(TODAY_ENV)
    if pinned:
        return FixedClock.on(date.fromisoformat(pinned))
    return Clock()
