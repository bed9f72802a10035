"""The printed values of the PDF readers at their edges (issue 17, items 6 and 8): an amount is
recognised by its printed shape and read by the one parser, ``domain.money.parse_cents``, so a
figure no statement prints (12 digits of euros) is not an amount rather than an integer SQLite
cannot store; rates, dates and whole numbers at their limits."""

from datetime import date

import pytest

from ameli_desktop.importers import printed
from ameli_desktop.importers.pdf_text import TextLine, Word


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("0,00", 0),
        ("0,01", 1),
        ("-0,01", -1),
        ("\u22121,00", -100),  # the minus sign
        ("\u2013 1,00", -100),  # an en dash, apart
        ("99 999 999 999,99", 9_999_999_999_999),  # the largest amount
        ("99999999999,99", 9_999_999_999_999),
        ("1\u202f450,00", 145_000),  # a narrow no-break space
        ("12,50 euro", 1250),
        ("12,50€", 1250),
        ("  12,50  ", 1250),
        ("1 234 567,89", 123_456_789),
    ],
)
def test_amounts_at_their_edges(text: str, cents: int) -> None:
    assert printed.amount(text) == cents


@pytest.mark.parametrize(
    "text",
    [
        "100 000 000 000,00",  # 12 digits of euros: none printed, and past what is stored
        "123456789012,00",
        "1" * 38 + ",00",  # 41 characters
        "1 2345,00",
        "1  234,00",
        "12,5",
        "12,500",
        "12.50",
        "+12,50",
        "(12,50)",
        "12,50 €€",
        "- - 1,00",
    ],
)
def test_what_is_not_a_printed_amount(text: str) -> None:
    assert printed.amount(text) is None


def test_forty_characters_are_read_and_forty_one_are_not() -> None:
    assert printed.amount("0" * 37 + ",00") == 0
    assert printed.amount("0" * 38 + ",00") is None


@pytest.mark.parametrize(
    ("text", "percent"),
    [("0 %", 0), ("70%", 70), ("100 %", 100), ("100\u00a0%", 100), ("999 %", 999), (" 70 % ", 70)],
)
def test_rates_as_printed(text: str, percent: int) -> None:
    assert printed.rate(text) == percent


@pytest.mark.parametrize("text", ["1000 %", "70", "%", "7 0 %", "70 %%", "70  %", "12345678 %"])
def test_what_is_not_a_printed_rate(text: str) -> None:
    assert printed.rate(text) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("19/10/2018", date(2018, 10, 19)),
        ("19/10/18", date(2018, 10, 19)),
        ("01 04 14", date(2014, 4, 1)),
        ("31/12/99", date(2099, 12, 31)),
        ("01/01/00", date(2000, 1, 1)),
        ("29/02/2024", date(2024, 2, 29)),
        (" 19/10/2018 ", date(2018, 10, 19)),
    ],
)
def test_dates_as_printed(text: str, day: date) -> None:
    assert printed.day(text) == day


@pytest.mark.parametrize(
    "text", ["29/02/2023", "32/01/2018", "19/13/2018", "19/10 2018", "19/10/218", "19/10/20188", ""]
)
def test_what_is_not_a_printed_date(text: str) -> None:
    assert printed.day(text) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("le 10 février 2019", date(2019, 2, 10)),
        ("1 janvier 2020", date(2020, 1, 1)),
        ("31 décembre 2020", date(2020, 12, 31)),
        ("Paris, 3 août 2021.", date(2021, 8, 3)),
    ],
)
def test_long_dates(text: str, day: date) -> None:
    assert printed.long_day(text) == day


@pytest.mark.parametrize("text", ["31 février 2019", "10 brumaire 2019", "février 2019", ""])
def test_what_is_not_a_long_date(text: str) -> None:
    assert printed.long_day(text) is None


@pytest.mark.parametrize(
    ("cents", "text"),
    [
        (None, ""),
        (0, "0,00"),
        (-1, "-0,01"),
        (99, "0,99"),
        (100, "1,00"),
        (123456789, "1 234 567,89"),
    ],
)
def test_amounts_shown_in_the_preview(cents: int | None, text: str) -> None:
    assert printed.format_amount(cents) == text


@pytest.mark.parametrize(
    ("text", "day"),
    [("01/01/0099", date(2099, 1, 1)), ("01/01/0100", date(100, 1, 1))],
)
def test_only_two_digit_years_are_of_this_century(text: str, day: date) -> None:
    """A year is 20xx when printed with two digits (or below 100); as printed otherwise."""
    assert printed.day(text) == day


# ------------------------------------------------------------------ the figures ending a line
SIZE = 10.0  # points; a space is about a quarter of it, a column's gap several times it


def laid_out(*cells: tuple[str, float]) -> TextLine:
    """Words left to right, each after a gap (points) from the previous one; 5 points a letter."""
    words, x = [], 0.0
    for text, gap in cells:
        x += gap
        words.append(Word(x, x + 5 * len(text), 700.0, SIZE, text))
        x += 5 * len(text)
    return TextLine(page=1, number=1, y=700.0, words=tuple(words))


def figures(line: TextLine, *, after: int = 0) -> tuple[list[str], int]:
    tokens, end = printed.trailing_tokens(line, after=after)
    return [t.text for t in tokens], end


NEAR = 2.5  # one space
FAR = 40.0  # a column's gap


def test_the_figures_at_a_lines_end_are_read_right_to_left_as_printed() -> None:
    line = laid_out(
        ("Consultation", 0), ("25,00", FAR), ("70", FAR), ("%", NEAR), ("- 1,00", FAR),
        ("17,50", FAR),
    )  # fmt: skip
    assert figures(line) == (["25,00", "70 %", "- 1,00", "17,50"], 1)


def test_an_amount_in_several_words_is_one_figure_only_when_they_touch() -> None:
    near = laid_out(("Dentiste", 0), ("-", FAR), ("1", NEAR), ("450", NEAR), ("000,00", NEAR))
    assert figures(near) == (["- 1 450 000,00"], 1)  # four words: the longest form first
    three = laid_out(("Dentiste", 0), ("1", FAR), ("450", NEAR), ("000,00", NEAR))
    assert figures(three) == (["1 450 000,00"], 1)
    apart = laid_out(("Dentiste", 0), ("1", FAR), ("450,00", FAR))
    assert figures(apart) == (["1", "450,00"], 1)  # a whole number, then an amount
    edge = laid_out(("Dentiste", 0), ("1", FAR), ("450,00", 0.6 * SIZE))
    assert figures(edge) == (["1 450,00"], 1)  # 0.6 of the size apart: still one figure
    past = laid_out(("Dentiste", 0), ("1", FAR), ("450,00", 0.6 * SIZE + 0.1))
    assert figures(past) == (["1", "450,00"], 1)


def test_nothing_is_read_before_after() -> None:
    line = laid_out(("12", 0), ("Pharmacie", FAR), ("7", FAR), ("3,50", FAR))
    assert figures(line) == (["7", "3,50"], 2)
    assert figures(line, after=3) == (["3,50"], 3)
    assert figures(line, after=4) == ([], 4)
    only = laid_out(("1", 0), ("450,00", NEAR))
    assert figures(only) == (["1 450,00"], 0)
    assert figures(only, after=1) == (["450,00"], 1)


def test_a_line_without_figures_ends_where_it_ends() -> None:
    assert figures(laid_out(("Consultation", 0), ("Dr", NEAR), ("Martin", NEAR))) == ([], 3)
    assert figures(laid_out(("1000", 0))) == ([], 1)  # four digits: not a figure of a column


def test_a_figure_knows_where_it_stands() -> None:
    tokens, _ = printed.trailing_tokens(laid_out(("Acte", 0), ("70", FAR), ("%", NEAR)))
    (token,) = tokens
    assert (token.first, token.last, token.x0, token.x1) == (1, 2, 60.0, 77.5)
    assert token.center == 68.75


def test_by_default_a_line_is_read_from_its_first_word() -> None:
    """The mutuelle reader reads every word of a line (``after`` left at 0)."""
    tokens, end = printed.trailing_tokens(laid_out(("1", 0), ("450,00", NEAR)))
    assert ([t.text for t in tokens], end) == (["1 450,00"], 0)
