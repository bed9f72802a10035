"""Amount and date cells are read in linear time, and a huge cell is refused at once with a short
reason (issue 17, item 6); the bulk path for amounts agrees with the one-by-one path."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.money import parse_cents
from ameli_desktop.importers.values import (
    _COMMON_AMOUNT,
    _COMMON_BLOCK,
    _DATE,
    AmountCache,
    DateOrder,
    Problem,
    date_cache,
    decide_date_order,
    read_amount,
)

HUGE = ["1" * 100_000, "1" * 100_000 + "x", "1 " * 50_000, "1," * 50_000, " " * 100_000 + "1x"]


def seconds(function, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


@pytest.mark.parametrize("cell", HUGE, ids=["digits", "digits-x", "spaced", "commas", "spaces"])
def test_a_huge_amount_cell_is_refused_in_well_under_a_second(cell: str) -> None:
    took, values = seconds(AmountCache().convert_column, [cell, "12,50"])
    assert took < 1.0
    problem, cents = values
    assert cents == 1250
    assert isinstance(problem, Problem)
    assert len(problem.reason) < 120  # the reason quotes 40 characters, not 100 000


@pytest.mark.parametrize("cell", HUGE, ids=["digits", "digits-x", "spaced", "commas", "spaces"])
def test_a_huge_date_cell_is_refused_in_well_under_a_second(cell: str) -> None:
    took, order = seconds(decide_date_order, [cell, "31/12/2025"])
    assert took < 1.0
    assert order.order is DateOrder.DAY_FIRST
    took, values = seconds(date_cache(DateOrder.DAY_FIRST).convert_column, [cell])
    assert took < 1.0
    (problem,) = values
    assert isinstance(problem, Problem)
    assert len(problem.reason) < 120


def test_the_bulk_pattern_is_linear_over_a_whole_column() -> None:
    """Twenty thousand amounts joined, the last one not in the common form."""
    block = "\n".join(["1 234,56"] * 20_000 + ["1" * 100_000])
    took, match = seconds(_COMMON_BLOCK.fullmatch, block)
    assert match is None
    assert took < 1.0
    took, match = seconds(_COMMON_AMOUNT.fullmatch, "1" * 100_000 + ",00")
    assert match is None
    assert took < 0.5
    took, match = seconds(_DATE.fullmatch, " " * 100_000 + "x")
    assert match is None
    assert took < 0.5


@pytest.mark.parametrize(
    ("cell", "cents"),
    [
        ("99999999999,99", 9999999999999),
        ("99 999 999 999,99", 9999999999999),
        ("-0,01", -1),
        ("0,00", 0),
    ],
)
def test_the_largest_amounts_read_the_same_both_ways(cell: str, cents: int) -> None:
    assert read_amount(cell) == cents
    assert AmountCache().convert_column([cell]) == [cents]


@pytest.mark.parametrize("cell", ["999999999999,99", "999 999 999 999,99", "100000000000,00"])
def test_past_the_largest_amount_both_ways_refuse(cell: str) -> None:
    assert isinstance(read_amount(cell), Problem)
    (value,) = AmountCache().convert_column([cell])
    assert isinstance(value, Problem)
    assert "too large" in value.reason


AMOUNT_TEXT = st.text(alphabet="0123456789 ,.-€()\u00a0\u202fe", max_size=24)


@given(st.lists(AMOUNT_TEXT, min_size=1, max_size=8))
def test_the_bulk_path_agrees_with_reading_each_cell(cells: list[str]) -> None:
    """The column path (one pattern over all distinct values) and the cell path give the same."""
    assert AmountCache().convert_column(cells) == [read_amount(cell) for cell in cells]


@given(AMOUNT_TEXT)
def test_an_amount_cell_is_cents_nothing_or_a_reason(cell: str) -> None:
    value = read_amount(cell)
    if isinstance(value, Problem):
        with pytest.raises(UserError):
            parse_cents(cell.strip())
    else:
        assert value is None or isinstance(value, int)
        assert value is None or abs(value) < 10**13


@given(AMOUNT_TEXT)
def test_the_absolute_column_drops_only_the_sign(cell: str) -> None:
    plain = AmountCache().convert_column([cell])[0]
    absolute = AmountCache(absolute=True).convert_column([cell])[0]
    if isinstance(plain, int):
        assert absolute == abs(plain)
    else:
        assert absolute == plain
