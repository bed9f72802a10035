"""Dates as users read them in France (31/12/2025) and small calendar helpers."""

import calendar
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
