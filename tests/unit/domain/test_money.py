"""Amounts the French way: every form of DESIGN.md 4 parses to exact cents, and back."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ameli_desktop.domain.money import NBSP, NNBSP, AmountError, format_cents, parse_cents


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1 234,56", 123456),
        (f"1{NBSP}234,56", 123456),
        (f"1{NNBSP}234,56", 123456),
        ("1234.56", 123456),
        ("-26,99", -2699),
        ("12,50 €", 1250),
        ("€12,50", 1250),
        ("12,5", 1250),
        ("7", 700),
        ("1.234,56", 123456),
        ("1,234.56", 123456),
        ("(3,00)", -300),
        ("3,00-", -300),
        ("+0,01", 1),
        ("1 000 000", 100000000),
    ],
)
def test_french_forms_parse_to_exact_cents(text: str, cents: int) -> None:
    assert parse_cents(text) == cents


@pytest.mark.parametrize("text", ["", "abc", "12,345", "1.2.3,4", "--3", "1,2,3.456"])
def test_ambiguous_or_broken_amounts_are_refused_with_the_value(text: str) -> None:
    with pytest.raises(AmountError) as info:
        parse_cents(text)
    assert f"“{text}”" in str(info.value)


def test_format_uses_french_typography() -> None:
    assert format_cents(123456) == f"1{NNBSP}234,56{NBSP}€"
    assert format_cents(-5) == f"-0,05{NBSP}€"
    assert format_cents(100000000, symbol=False) == f"1{NNBSP}000{NNBSP}000,00"


@given(st.integers(min_value=-(10**11), max_value=10**11))
def test_any_amount_formatted_the_french_way_parses_back(cents: int) -> None:
    assert parse_cents(format_cents(cents)) == cents
    assert parse_cents(format_cents(cents, symbol=False).replace(NNBSP, " ")) == cents


# ------------------------------------------------------------------ edges (issue 17, item 8)
@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("0", 0),
        ("0,00", 0),
        ("-0,00", 0),
        ("0,01", 1),
        ("-0,01", -1),
        ("0,01-", -1),
        ("(0,01)", -1),
        ("(12,34)", -1234),
        ("12,34-", -1234),
        ("1.234.567", 123456700),  # thousands only: the dot repeats, so it is no decimal point
        ("1,234,567", 123456700),
        ("1 234 567", 123456700),
        ("123.456,78", 12345678),  # a first group of three, the most it may have
        ("123,456.78", 12345678),
        ("12€50", 1250),
        ("12 € 50", 1250),
        ("EUR 12,50", 1250),
        ("12,50 euros", 1250),
        ("\u221212,50", -1250),  # the minus sign
        ("\u201312,50", -1250),  # an en dash, as word processors write it
        ("99999999999,99", 9999999999999),  # the largest amount: 11 digits of euros
    ],
)
def test_edge_forms_parse_to_exact_cents(text: str, cents: int) -> None:
    assert parse_cents(text) == cents


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("(3,00", "is not an amount"),  # an unbalanced parenthesis
        ("3,00)", "is not an amount"),
        ("(3,00)-", "is not an amount"),
        ("--3", "is not an amount"),
        ("12,", "is not an amount"),
        (",50", "is not an amount"),
        ("1e3", "is not an amount"),
        ("1234 567", "misplaced thousands separators"),
        ("1 23", "misplaced thousands separators"),
        ("12 345 6", "misplaced thousands separators"),
        ("1.23,45", "misplaced thousands separators"),
        (".234,45", "is not an amount"),
        ("1,2345", "more than two decimals"),
        ("100000000000,00", "too large to be an amount"),  # 12 digits of euros
        ("1" * 41, "too long to be an amount"),
    ],
)
def test_edge_forms_are_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(AmountError, match=reason):
        parse_cents(text)


def test_leading_zeros_do_not_count_towards_the_largest_amount() -> None:
    assert parse_cents("000000099999999999,99") == 9999999999999


def test_a_refusal_quotes_at_most_forty_characters_of_a_huge_cell() -> None:
    with pytest.raises(AmountError) as caught:
        parse_cents("7" * 100_000)
    assert str(caught.value) == f"“{'7' * 40}…” is too long to be an amount."


def test_format_edges() -> None:
    assert format_cents(0) == f"0,00{NBSP}€"
    assert format_cents(1) == f"0,01{NBSP}€"
    assert format_cents(-1) == f"-0,01{NBSP}€"
    assert format_cents(-100, symbol=False) == "-1,00"
    assert format_cents(100000) == f"1{NNBSP}000,00{NBSP}€"


def test_the_patterns_are_linear_even_without_the_length_limit() -> None:
    """The amount pattern was quadratic: a 100 000-digit cell took 233 s. Each pattern, run
    directly on 100 000 characters (no length check in front), takes well under a second."""
    import time

    from ameli_desktop.domain import money

    hostile = ["1" * 100_000, "1 " * 50_000 + "x", "1." * 50_000 + "x", "1" + " " * 100_000 + "x"]
    for text in hostile:
        started = time.perf_counter()
        list(money._SPACED_DIGITS.finditer(text))
        money._NUMBER.fullmatch(text)
        money._CURRENCY_AS_DECIMAL.sub(",", text)
        money._CURRENCY.sub("", text)
        money._SPACES.sub("", text)
        assert time.perf_counter() - started < 0.5, text[:10]


@given(st.integers(min_value=-(10**13) + 1, max_value=10**13 - 1))
def test_every_amount_up_to_the_largest_reads_back(cents: int) -> None:
    assert parse_cents(format_cents(cents)) == cents


@pytest.mark.parametrize("text", ["1234.567,89", "1234,567.89", "12345,678,901"])
def test_a_first_group_of_more_than_three_digits_is_refused_as_with_spaces(text: str) -> None:
    with pytest.raises(AmountError, match="misplaced thousands separators"):
        parse_cents(text)


def test_shown_quotes_at_most_its_limit() -> None:
    from ameli_desktop.domain.money import shown

    assert shown("x" * 40) == "x" * 40
    assert shown("x" * 41) == "x" * 40 + "…"
    assert shown("abcdef", limit=3) == "abc…"


def test_an_amount_of_exactly_forty_characters_is_read() -> None:
    assert parse_cents("12,50".rjust(40)) == 1250
    assert parse_cents("12,50".rjust(39) + "€") == 1250
