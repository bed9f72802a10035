"""Money is integer cents; this module reads French amounts and writes them back.

Reading is strict on purpose: an amount that could be read two ways is refused with a reason rather
than guessed, because a wrong guess silently changes a total by a factor of a thousand.
"""

import re

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError

NBSP = "\u00a0"
NNBSP = "\u202f"  # what French typography (and Qt's French locale) puts between thousands

# Reading stays linear in the text (a cell can be 100 000 characters long): patterns use possessive
# quantifiers and start only where a run starts, and anything longer than an amount is ever written
# is refused before any pattern runs.
MAX_AMOUNT_LENGTH = 40  # "-1 234 567 890,12 EUR" is 21 characters; a cell can hold anything
MAX_WHOLE_DIGITS = 11  # 99 999 999 999 €: cents must fit SQLite's 64-bit integers with room
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']++")
_CURRENCY = re.compile(r"^(?:€|eur|euros?)|(?:€|eur|euros?)$", re.IGNORECASE)
# "12€50" is how many people write 12,50 € by hand: the symbol stands where the comma goes.
_CURRENCY_AS_DECIMAL = re.compile(r"(?<=\d)\s*+(?:€|eur)\s*+(?=\d\d\s*+$)", re.IGNORECASE)
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-"})  # minus sign, en dash
_NUMBER = re.compile(r"\d++(?:[.,]\d++)*+")
_SPACED_DIGITS = re.compile(r"(?<!\d)\d++(?:[\s\u00a0\u202f\u2009']++\d++)++")


class AmountError(UserError):
    """Text that is not an amount of money."""


def shown(text: str, limit: int = MAX_AMOUNT_LENGTH) -> str:
    """A value as a message quotes it: at most ``limit`` characters (a cell may be huge)."""
    return text if len(text) <= limit else text[:limit] + "…"


def parse_cents(text: str) -> int:
    """Parse ``1 234,56``, ``1234.56``, ``-26,99``, ``12,50 €``, ``1.234,56``, ``12€50`` into cents.

    Raises:
        AmountError: empty text, letters, more than two decimals, misplaced separators, or
            more than an amount can be (longer than 40 characters, 12 digits or more of euros).
    """
    raw = text
    if len(text) > MAX_AMOUNT_LENGTH:
        raise AmountError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is too long to be an amount."),
            value=shown(raw),
        )
    s = _CURRENCY_AS_DECIMAL.sub(",", text.strip().translate(_MINUS_SIGNS))
    s = _CURRENCY.sub("", s.strip()).strip()
    for spaced in _SPACED_DIGITS.finditer(s):
        # Spaces between digits group thousands: "1 234" yes, "1 23" or "12 345 6" no.
        groups = _SPACES.split(spaced.group())
        if len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
            raise AmountError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” has misplaced thousands separators."),
                value=raw,
            )
    s = _SPACES.sub("", s)
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    if s[:1] in "+-" and s:
        negative, s = (s[0] == "-") != negative, s[1:]
    elif s.endswith("-"):
        negative, s = True, s[:-1]
    if not s or not _NUMBER.fullmatch(s):
        raise AmountError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not an amount."), value=raw)
    point = max(s.rfind(","), s.rfind("."))
    # The last comma or dot is the decimal point when it is the only one of its kind: in
    # "1.234.567" or "1,234,567" it repeats, and they are all thousands separators.
    if point != -1 and s.count(s[point]) == 1:
        whole, decimals = s[:point], s[point + 1 :]
        thousands = "." if s[point] == "," else ","
        if len(decimals) > 2:
            raise AmountError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” has more than two decimals."), value=raw
            )
    else:
        whole, decimals, thousands = s, "", "." if "." in s else ","
    groups = whole.split(thousands)
    # Thousands go by three after a first group of one to three digits, as with spaces.
    if len(groups) > 1 and (len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
        raise AmountError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” has misplaced thousands separators."),
            value=raw,
        )
    digits = "".join(groups)  # only digits now: the pattern above allowed nothing else
    if len(digits.lstrip("0")) > MAX_WHOLE_DIGITS:
        raise AmountError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is too large to be an amount."), value=raw
        )
    cents = int(digits) * 100 + int((decimals + "00")[:2])
    return -cents if negative else cents


def format_cents(cents: int, *, symbol: bool = True) -> str:
    """``123456`` -> ``1 234,56 €`` with a narrow no-break space, as French typography writes it.

    The GUI formats through QLocale; this is for the CLI, PDFs and CSV exports, which have no Qt.
    """
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    grouped = f"{whole:,}".replace(",", NNBSP)
    text = f"{sign}{grouped},{rest:02d}"
    return f"{text}{NBSP}€" if symbol else text
