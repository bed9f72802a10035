"""French display of money and dates through QLocale (1 234,56 €, 31/12/2025), whatever the UI language."""

import functools
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from ameli_desktop.domain.dates import PARIS

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


# Remembered: a painted page asks for a few hundred amounts and dates, mostly the same ones, and
# QLocale's formatting costs more than the rest of a cell (issue 20).
@functools.lru_cache(maxsize=4096)
def money(cents: int | None) -> str:
    if cents is None:
        return ""
    return FRENCH.toCurrencyString(cents / 100, "€")


@functools.lru_cache(maxsize=4096)
def day(d: date | None) -> str:
    if d is None:
        return ""
    return FRENCH.toString(QDate(d.year, d.month, d.day), "dd/MM/yyyy")


def day_time(dt: datetime | None) -> str:
    if dt is None:
        return ""
    local = dt.astimezone(PARIS)
    return f"{day(local.date())} {local:%H:%M}"


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def sort_day(d: date | None) -> str:
    """What a date column sorts by: ISO text (sorts as the calendar), a missing date last."""
    return d.isoformat() if d else "9999-12-31"
