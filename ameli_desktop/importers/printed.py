"""Values as printed statements show them: amounts, rates, dates, and the words of a line.

Shared by the PDF readers (ameli's statements, a mutuelle's). Every pattern is anchored and
bounded, and only short cells are tried, so reading stays linear in the text (DESIGN.md 8).
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from ameli_desktop.domain.money import AmountError, parse_cents
from ameli_desktop.domain.names import fold
from ameli_desktop.importers.pdf_text import TextLine, Word

MAX_CELL = 40  # characters: longer is never a value
_SPACE = "[ \u00a0\u202f]"
# 1 450,00 / 1\u00a0450,00 / 1450,00 / -1,00 / - 1,00 / 7,50 € / 20,00 euros / 17,50 euro(s).
# Thousands take one space of any kind (G1 prints none above 999; §2: accept all three).
AMOUNT = re.compile(
    rf"(?P<sign>[-−–]{_SPACE}?)?(?P<whole>\d{{1,3}}(?:{_SPACE}\d{{3}})+|\d+),(?P<cents>\d\d)"
    rf"(?:{_SPACE}?(?:€|euros?(?:\(s\))?))?"
)
RATE = re.compile(rf"(?P<rate>\d{{1,3}}){_SPACE}?%")
# 19/10/2018 (G1), 19/10/18, and the paper relevé's 01 04 14 (G2).
DATE = re.compile(rf"(?P<day>\d\d)(?P<sep>/|{_SPACE})(?P<month>\d\d)(?P=sep)(?P<year>\d{{4}}|\d\d)")
MONTHS = (
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
)
# "10 février 2019" (G3's statement date).
LONG_DATE = re.compile(r"(?P<day>\d{1,2}) (?P<month>[a-z]+) (?P<year>\d{4})")


def amount(text: str) -> int | None:
    """Cents of an amount as printed, or None when ``text`` is not one.

    The printed shape (comma decimals, a sign that may stand apart, a trailing ``euros``) is
    recognised here; the value is read by the one amount parser, ``domain.money.parse_cents``,
    which also refuses what no statement prints (12 digits of euros or more).
    """
    text = text.strip()
    if len(text) > MAX_CELL:
        return None
    match = AMOUNT.fullmatch(text)
    if match is None:
        return None
    sign = "-" if match["sign"] else ""
    try:
        return parse_cents(f"{sign}{match['whole']},{match['cents']}")
    except AmountError:
        return None


def rate(text: str) -> int | None:
    """Percent of a rate as printed (``70 %``, ``70%``), or None."""
    text = text.strip()
    match = RATE.fullmatch(text) if len(text) <= 8 else None
    return int(match["rate"]) if match else None


def day(text: str) -> date | None:
    """A date as printed (two-digit years are 20xx: statements exist since the 2000s), or None
    when ``text`` is not one or not a real day."""
    text = text.strip()
    match = DATE.fullmatch(text) if len(text) <= 10 else None
    if match is None:
        return None
    year = int(match["year"])
    try:
        return date(year + 2000 if year < 100 else year, int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def long_day(text: str) -> date | None:
    """``10 février 2019`` (found anywhere in ``text``), or None."""
    match = LONG_DATE.search(fold(text))
    if match is None or match["month"] not in MONTHS:
        return None
    try:
        return date(int(match["year"]), MONTHS.index(match["month"]) + 1, int(match["day"]))
    except ValueError:
        return None


def format_amount(cents: int | None) -> str:
    """``1 450,00`` (plain space), as the preview shows a PDF's figures."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole:,}".replace(",", " ") + f",{rest:02d}"


@dataclass(frozen=True, slots=True)
class Token:
    """A value found on a line: words ``first``..``last`` (inclusive), where they stand."""

    first: int
    last: int
    x0: float
    x1: float
    text: str

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


def trailing_tokens(line: TextLine, *, after: int = 0) -> tuple[list[Token], int]:
    """The amounts, rates and whole numbers at the end of a line, right to left, read as the
    words they are printed in ("1 450,00" is two words, "- 1,00" two, "70 %" two); and the
    index of the first word that is none of them (the text before the figures ends there)."""
    words: Sequence[Word] = line.words
    tokens: list[Token] = []
    end = len(words)
    while end > after:
        found = None
        for span in (4, 3, 2, 1):  # the longest form first: "- 1 450,00" before "450,00"
            start = end - span
            if start < after:
                continue
            text = " ".join(w.text for w in words[start:end])
            if _is_figure(text) and (span == 1 or _close(words[start:end])):
                found = Token(start, end - 1, words[start].x0, words[end - 1].x1, text)
                break
        if found is None:
            break
        tokens.append(found)
        end = found.first
    tokens.reverse()
    return tokens, end


def _is_figure(text: str) -> bool:
    return (
        amount(text) is not None
        or rate(text) is not None
        or re.fullmatch(r"\d{1,3}", text) is not None
    )


def _close(words: Sequence[Word]) -> bool:
    """Words printed as one value: separated by about one space, never by a column's gap."""
    return all(b.x0 - a.x1 <= 0.6 * b.size for a, b in pairwise(words))
