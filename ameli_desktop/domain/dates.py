"""Dates as users read them in France (31/12/2025) and small calendar helpers."""

import calendar
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError

PARIS = ZoneInfo("Europe/Paris")


def format_date(d: date | None) -> str:
    """``2025-12-31`` -> ``31/12/2025``; empty for None. (The GUI uses QLocale instead.)"""
    return d.strftime("%d/%m/%Y") if d else ""


def format_datetime(dt: datetime) -> str:
    """An aware datetime shown in Paris time: ``31/12/2025 14:30``."""
    return dt.astimezone(PARIS).strftime("%d/%m/%Y %H:%M")


def parse_iso_date(text: str, *, field: str | None = None) -> date:
    """Read ``YYYY-MM-DD`` (the CLI's format), with a message naming the field when it is wrong."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date: use YYYY-MM-DD."),
            field=field,
            value=text,
        ) from None


EARLIEST_TYPED = date(1900, 1, 1)  # a typed 0982 for 1982 is a typo, not a date to keep
LATEST_TYPED = date(2199, 12, 31)
_SEPARATED = re.compile(r"(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{2}|\d{4})")


def parse_typed_date(
    text: str,
    *,
    field: str | None = None,
    near: date | None = None,
    earliest: date | None = None,
    latest: date | None = None,
) -> date | None:
    """A date as a person types it in France: ``14/03/1982``, ``14031982``, ``14.3.82``,
    ``1982-03-14``; nothing (blanks) is ``None``, "not given".

    Day first, always (the French order, whatever the UI language). A two-digit year takes the
    century that puts the date within ``earliest``..``latest`` and nearest to ``near`` (a date
    of birth typed ``05`` is 2005, ``30`` is 1930 when it may not be in the future). Anything
    else raises a UserError naming ``field``: an incomplete or impossible date is never read as
    another one, nor dropped.
    """
    clean = text.strip()
    if not clean:
        return None
    low = max(earliest or EARLIEST_TYPED, EARLIEST_TYPED)
    high = min(latest or LATEST_TYPED, LATEST_TYPED)
    iso = _ISO.fullmatch(clean)
    match = iso or _SEPARATED.fullmatch(clean) or _DIGITS.fullmatch(clean)
    if match is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a date: type it as 14/03/1982, or 14031982."
            ),
            field=field,
            value=clean,
        )
    if iso:
        year_text, month_text, day_text = match.groups()
    else:
        day_text, month_text, year_text = match.groups()
    day, month = int(day_text), int(month_text)
    if len(year_text) == 4:
        years = [int(year_text)]
    else:
        two = int(year_text)
        years = [century + two for century in (1900, 2000, 2100)]
    candidates = []
    for year in years:
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "There is no day {value} in the calendar."),
            field=field,
            value=clean,
        )
    reference = near or date(2000, 1, 1)
    inside = [d for d in candidates if low <= d <= high]
    chosen = min(inside or candidates, key=lambda d: abs((d - reference).days))
    if chosen < low:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The date must be {limit} or later."),
            field=field,
            limit=format_date(low),
        )
    if chosen > high:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The date must be {limit} or earlier."),
            field=field,
            limit=format_date(high),
        )
    return chosen


def add_months(d: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def add_years(d: date, years: int) -> date:
    """Same day ``years`` later; 29 February becomes 28 February in a common year."""
    return add_months(d, 12 * years)


def age_on(born: date, on: date) -> int:
    """Age in whole years on a date."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
