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
