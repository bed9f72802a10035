"""Reading the cells of one column: amounts, dates, rates, yes/no and text.

Speed matters (DESIGN.md 9: a 100 000-line import within twice a bare ``csv`` + ``executemany``),
and statement columns repeat the same few hundred strings. Every converter is therefore a dict that
computes a value once per distinct string and only looks it up afterwards
(``map(cache.__getitem__, column)`` runs in C); the common forms take a fast path before the full,
strict parser. A cell that cannot be read becomes a :class:`Problem`, never an exception, so that
one bad row is reported without stopping the file.
"""

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.money import MAX_WHOLE_DIGITS, parse_cents, shown


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a cell could not be read: a translatable template and its parameters."""

    template: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def reason(self) -> str:
        """The English sentence (the CLI's output)."""
        return self.template.format(**dict(self.params))

    @classmethod
    def from_error(cls, error: UserError) -> "Problem":
        return cls(error.template, tuple((k, str(v)) for k, v in error.params.items()))


class ValueCache(dict[str, Any]):
    """``cache[raw]`` converts ``raw`` once, then remembers it; unreadable strings are also kept
    in ``bad`` so that finding them costs nothing when there are none."""

    __slots__ = ("bad", "convert")

    def __init__(self, convert: Callable[[str], Any]) -> None:
        super().__init__()
        self.convert = convert
        self.bad: dict[str, Problem] = {}

    def __missing__(self, raw: str) -> Any:
        value = self[raw] = self.convert(raw)
        if type(value) is Problem:
            self.bad[raw] = value
        return value

    def convert_column(self, cells: Sequence[str]) -> list[Any]:
        """Every cell converted; each distinct string is converted once."""
        return list(map(self.__getitem__, cells))

    def problems(self) -> dict[str, Problem]:
        """The raw strings seen so far that could not be read (usually none)."""
        return self.bad


# ------------------------------------------------------------------------------------------ text
def read_text(raw: str) -> str:
    """Trimmed text with runs of spaces, tabs and line breaks made single spaces."""
    return " ".join(raw.split())


def text_cache() -> ValueCache:
    return ValueCache(read_text)


# --------------------------------------------------------------------------------------- amounts
# The forms most files use: "12,50", "-26,99", "1234.56", "1 234,56 €" (space, NBSP or NNBSP
# thousands). Exactly two decimals, so deleting every separator leaves the cents. At most
# MAX_WHOLE_DIGITS digits of euros, as parse_cents allows: a longer cell (100 000 digits) is left
# to parse_cents, which refuses it at once, and the repeats are bounded, so matching is linear.
_GROUP = r"[ \u00a0\u202f]\d{3}"
_COMMON_AMOUNT = re.compile(
    rf"-?(?:\d{{1,{MAX_WHOLE_DIGITS}}}|\d{{1,3}}(?:{_GROUP}){{1,2}}|\d{{1,2}}(?:{_GROUP}){{3}})"
    r"[,.]\d\d(?:[ \u00a0\u202f]?€)?"
)
_SEPARATOR_CHARS = (" ", "\u00a0", "\u202f", ",", ".", "€")
_COMMON_BLOCK = re.compile(rf"(?:{_COMMON_AMOUNT.pattern}\n)*{_COMMON_AMOUNT.pattern}")
# Cells that mean "nothing here" in exported statements.
_NOTHING = frozenset({"", "-", "–", "—", "/", "n/a", "na", "nc", "néant"})


def read_amount(raw: str) -> int | Problem | None:
    """Cents, None for an empty cell, or a Problem; every French form of DESIGN.md 4."""
    s = raw.strip()
    if _COMMON_AMOUNT.fullmatch(s):
        for separator in _SEPARATOR_CHARS:
            s = s.replace(separator, "")
        return int(s)
    if s.casefold() in _NOTHING:
        return None
    try:
        return parse_cents(s)
    except UserError as error:
        return Problem.from_error(error)


class AmountCache(ValueCache):
    """Amounts, the common forms converted in bulk.

    The distinct strings of a column are joined into one text: one regular-expression match tells
    whether they are all in a common form, and then deleting the separators from that one text and
    splitting it gives every amount's cents, with no Python code per value. Anything else (a
    stray letter, ``1.234,56``, an empty cell) goes through :func:`read_amount` one by one.
    """

    __slots__ = ("absolute",)

    def __init__(self, *, absolute: bool = False) -> None:
        super().__init__(read_amount)
        self.absolute = absolute

    def convert_column(self, cells: Sequence[str]) -> list[Any]:
        unseen = set(cells).difference(self)
        if unseen:
            self.fill(unseen)
        return list(map(self.__getitem__, cells))

    def fill(self, raws: set[str]) -> None:
        values = [raw for raw in raws if raw]
        common: list[str] = []
        if values:
            block = "\n".join(values)
            if _COMMON_BLOCK.fullmatch(block):
                common = values
            else:
                common = list(filter(_COMMON_AMOUNT.fullmatch, values))
                block = "\n".join(common)
        if common:
            for separator in _SEPARATOR_CHARS:
                block = block.replace(separator, "")
            digits = block.split("\n")
            if len(digits) == len(common):  # a value with a line break in it would shift them
                cents = map(int, digits)
                self.update(zip(common, map(abs, cents) if self.absolute else cents, strict=True))
            else:
                common = []
        for raw in raws.difference(common):
            value = read_amount(raw)
            if type(value) is Problem:
                self.bad[raw] = value
            elif self.absolute and value is not None:
                value = abs(value)
            self[raw] = value


def amount_cache(*, absolute: bool = False) -> ValueCache:
    """Amount cells; ``absolute`` for columns whose sign carries no meaning (deductions)."""
    return AmountCache(absolute=absolute)


# ----------------------------------------------------------------------------------------- rates
_RATE = re.compile(r"(\d{1,3})(?:[.,](\d+))?")


def read_rate(raw: str) -> int | Problem | None:
    """A whole percentage from ``70``, ``70 %``, ``70%`` or ``70,00 %``; None when empty.

    Reimbursement rates are whole percentages (15, 30, 60, 65, 70, 80, 90, 100); ``0,7`` or ``16,5``
    are refused rather than guessed (is ``0,7`` 70 % or 0.7 %?).
    """
    s = raw.strip()
    if s.isdigit() and len(s) <= 3:
        rate = int(s)
    else:
        s = s.replace("%", "").replace("\u00a0", "").replace("\u202f", "").strip()
        if s.casefold() in _NOTHING:
            return None
        match = _RATE.fullmatch(s)
        if match is None or (match.group(2) and match.group(2).strip("0")):
            return Problem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{value}” is not a rate: write a whole percentage such as 70 or 70 %.",
                ),
                (("value", raw),),
            )
        rate = int(match.group(1))
    if rate > 100:
        return Problem(
            QT_TRANSLATE_NOOP("Errors", "A rate of {value} is more than 100 %."), (("value", raw),)
        )
    return rate


def rate_cache() -> ValueCache:
    return ValueCache(read_rate)


# ------------------------------------------------------------------------------------------ flags
_YES = frozenset({"oui", "o", "yes", "y", "x", "1", "vrai", "true", "tp", "tiers payant", "✓"})
_NO = frozenset({"non", "n", "no", "0", "faux", "false"})


def read_flag(raw: str) -> bool | Problem | None:
    s = " ".join(raw.split()).casefold()
    if s in _YES:
        return True
    if s in _NO:
        return False
    if s in _NOTHING:
        return None
    return Problem(
        QT_TRANSLATE_NOOP("Errors", "“{value}” is not yes or no (oui/non)."), (("value", raw),)
    )


def flag_cache() -> ValueCache:
    return ValueCache(read_flag)


# ----------------------------------------------------------------------------------------- dates
class DateOrder(StrEnum):
    """How the day and month are ordered in a column of ``a/b/yyyy`` dates."""

    AUTO = "auto"  # decide from the whole column
    DAY_FIRST = "dmy"  # 31/12/2025: French
    MONTH_FIRST = "mdy"  # 12/31/2025: US software
    ISO = "ymd"  # 2025-12-31


EARLIEST_YEAR = 1950  # statements older than this are typos (or a two-digit year gone wrong)
LATEST_YEAR = 2099

# 31/12/2025, 31-12-25, 31.12.2025, 2025-12-31, 2025/12/31; an Excel time after it is tolerated.
_DATE = re.compile(
    r"\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*"
)


@dataclass(frozen=True, slots=True)
class DateDecision:
    """How a date column was read, for the preview to show (and the user to overrule).

    Attributes:
        order: the order used for ``a/b/y`` dates (ISO dates are read as ISO whatever this says).
        ambiguous: no value in the column settled the order; French day-first was assumed.
        evidence: a value that settled the order (``13/01/2025`` shows the day comes first).
        contradicting: how many distinct values only make sense in the other order (reported as
            rejected rows: a column where both orders occur was written by two programs).
        forced: the order came from the user or the profile, not from the column.
    """

    order: DateOrder
    ambiguous: bool = False
    evidence: str | None = None
    contradicting: int = 0
    forced: bool = False


def _split_date(raw: str) -> tuple[int, int, int, bool] | None:
    """``(first, second, year_or_last, first_is_year)`` of a date-looking string, else None."""
    match = _DATE.fullmatch(raw)
    if match is None:
        return None
    a, b, c = match.groups()
    if len(a) == 4:
        return int(b), int(c), int(a), True
    if len(a) > 2 or len(c) not in (2, 4):
        return None
    year = int(c)
    if len(c) == 2:
        # strptime's %y convention: 69-99 are the 1900s, 00-68 the 2000s.
        year += 1900 if year >= 69 else 2000
    return int(a), int(b), year, False


def decide_date_order(cells: Iterable[str], requested: DateOrder = DateOrder.AUTO) -> DateDecision:
    """Decide day/month order from every value of a column, as a person reading it would.

    A value whose first number is above 12 proves day-first; one whose second number is above 12
    proves month-first. With no proof either way (every day <= 12) the French order is used and the
    decision is flagged ``ambiguous`` so the preview can say so. With proof both ways, the order
    with more proof wins and the others are rejected row by row.
    """
    if requested is not DateOrder.AUTO:
        return DateDecision(requested, forced=True)
    day_first: list[str] = []
    month_first: list[str] = []
    any_short = False
    for raw in dict.fromkeys(
        cells
    ):  # distinct values in file order: the evidence shown is the first
        parts = _split_date(raw)
        if parts is None or parts[3]:
            continue
        any_short = True
        first, second, year, _ = parts
        if first > 12 and _is_real(year, second, first):
            day_first.append(raw)
        elif second > 12 and _is_real(year, first, second):
            month_first.append(raw)
    if not any_short:
        return DateDecision(DateOrder.ISO)
    if not day_first and not month_first:
        return DateDecision(DateOrder.DAY_FIRST, ambiguous=True)
    if len(month_first) > len(day_first):
        return DateDecision(
            DateOrder.MONTH_FIRST, evidence=month_first[0], contradicting=len(day_first)
        )
    return DateDecision(DateOrder.DAY_FIRST, evidence=day_first[0], contradicting=len(month_first))


def _is_real(year: int, month: int, day: int) -> bool:
    """Whether the numbers make a calendar date (31/02 proves nothing about the order)."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Errors", "“{value}” is not a date: write 31/12/2025, 31/12/25 or 2025-12-31."
)
_IMPOSSIBLE_DATE = QT_TRANSLATE_NOOP(
    "Errors", "“{value}” is not a real date when read as {order} (like the rest of the column)."
)
_IMPLAUSIBLE_DATE = QT_TRANSLATE_NOOP("Errors", "The year of “{value}” is not plausible.")
_ORDER_NAMES = {DateOrder.DAY_FIRST: "day/month/year", DateOrder.MONTH_FIRST: "month/day/year"}


def date_reader(order: DateOrder) -> Callable[[str], date | Problem | None]:
    """A converter for one column once its order is decided."""
    month_first = order is DateOrder.MONTH_FIRST

    def read_date(raw: str) -> date | Problem | None:
        parts = _split_date(raw)
        if parts is None:
            if raw.strip().casefold() in _NOTHING:
                return None
            return Problem(_NOT_A_DATE, (("value", shown(raw)),))
        first, second, year, iso = parts
        if iso or month_first:
            month, day = first, second
        else:
            day, month = first, second
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            return Problem(_IMPLAUSIBLE_DATE, (("value", raw),))
        try:
            return date(year, month, day)
        except ValueError:
            if iso:
                return Problem(_NOT_A_DATE, (("value", shown(raw)),))
            name = _ORDER_NAMES[DateOrder.MONTH_FIRST if month_first else DateOrder.DAY_FIRST]
            return Problem(_IMPOSSIBLE_DATE, (("value", raw), ("order", name)))

    return read_date


def date_cache(order: DateOrder) -> ValueCache:
    return ValueCache(date_reader(order))
