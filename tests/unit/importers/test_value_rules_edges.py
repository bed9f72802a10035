"""The importers' value rules at their edges (issue 17, item 8): rates at 0, 100 and one past,
day/month order decided at 12 and 13, plausible years at their limits, odd date shapes, and what
each column cache remembers."""

from datetime import date

import pytest

from ameli_desktop.importers.values import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    AmountCache,
    DateOrder,
    Problem,
    date_cache,
    date_reader,
    decide_date_order,
    flag_cache,
    rate_cache,
    read_rate,
    read_text,
    text_cache,
)


@pytest.mark.parametrize(("text", "rate"), [("0", 0), ("100", 100), ("100 %", 100), ("070", 70)])
def test_rates_at_their_limits(text: str, rate: int) -> None:
    assert read_rate(text) == rate


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("101", "A rate of 101 is more than 100 %."),
        ("1000", "“1000” is not a rate: write a whole percentage such as 70 or 70 %."),
        ("101 %", "A rate of 101 % is more than 100 %."),
    ],
)
def test_rates_one_past_their_limits(text: str, reason: str) -> None:
    problem = read_rate(text)
    assert isinstance(problem, Problem)
    assert problem.reason == reason


def test_each_cache_converts_its_column() -> None:
    assert read_text("  Consultation \n  médecin\t ") == "Consultation médecin"
    assert text_cache().convert_column([" a  b ", ""]) == ["a b", ""]
    assert rate_cache().convert_column(["70 %", ""]) == [70, None]
    assert flag_cache().convert_column(["oui", "non", ""]) == [True, False, None]


def test_a_cache_remembers_only_what_it_could_not_read() -> None:
    cache = rate_cache()
    cache.convert_column(["70", "x", "70", "65"])
    assert list(cache.problems()) == ["x"]
    amounts = AmountCache()
    amounts.convert_column(["12,50", "12,5x", "1 234,56"])
    assert list(amounts.problems()) == ["12,5x"]


# ------------------------------------------------------------------ day and month order
def test_twelve_proves_nothing_thirteen_proves_the_order() -> None:
    assert decide_date_order(["12/01/2025", "05/03/2025"]).ambiguous
    assert decide_date_order(["01/12/2025"]).ambiguous
    day_first = decide_date_order(["13/01/2025", "05/03/2025"])
    assert (day_first.order, day_first.ambiguous, day_first.evidence) == (
        DateOrder.DAY_FIRST,
        False,
        "13/01/2025",
    )
    month_first = decide_date_order(["01/13/2025"])
    assert (month_first.order, month_first.evidence) == (DateOrder.MONTH_FIRST, "01/13/2025")


def test_a_tie_of_evidence_keeps_the_french_order() -> None:
    decision = decide_date_order(["13/01/2025", "01/13/2025"])
    assert (decision.order, decision.contradicting) == (DateOrder.DAY_FIRST, 1)


def test_an_impossible_day_is_no_evidence() -> None:
    """31/02 has a first number above 12 but is no date: it proves nothing about the order."""
    assert decide_date_order(["31/02/2025", "05/03/2025"]).ambiguous
    assert decide_date_order(["02/31/2025", "05/03/2025"]).ambiguous


def test_an_order_chosen_by_the_user_is_kept_as_chosen() -> None:
    decision = decide_date_order(["13/01/2025"], DateOrder.MONTH_FIRST)
    assert (decision.order, decision.forced) == (DateOrder.MONTH_FIRST, True)
    assert not decide_date_order(["13/01/2025"]).forced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/12/25", date(2025, 12, 31)),  # a two-digit year: the 2000s
        ("31/12/69", date(1969, 12, 31)),  # 69 and later: the 1900s
        (f"01/01/{EARLIEST_YEAR}", date(EARLIEST_YEAR, 1, 1)),
        (f"31/12/{LATEST_YEAR}", date(LATEST_YEAR, 12, 31)),
        ("2025-12-31 14:30", date(2025, 12, 31)),
    ],
)
def test_dates_at_their_limits(text: str, expected: date) -> None:
    assert date_reader(DateOrder.DAY_FIRST)(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (f"31/12/{EARLIEST_YEAR - 1}", "The year of “31/12/1949” is not plausible."),
        (f"01/01/{LATEST_YEAR + 1}", "The year of “01/01/2100” is not plausible."),
        ("123/12/2025", "“123/12/2025” is not a date: write 31/12/2025, 31/12/25 or 2025-12-31."),
        ("31/12/202", "“31/12/202” is not a date: write 31/12/2025, 31/12/25 or 2025-12-31."),
        ("31/12/2", "“31/12/2” is not a date: write 31/12/2025, 31/12/25 or 2025-12-31."),
    ],
)
def test_dates_past_their_limits(text: str, reason: str) -> None:
    problem = date_cache(DateOrder.DAY_FIRST).convert_column([text])[0]
    assert isinstance(problem, Problem)
    assert problem.reason == reason


def test_a_cell_with_a_line_break_is_read_alone_not_shifting_the_others() -> None:
    """A quoted CSV cell can hold a line break: in the bulk path it would split into two
    amounts and shift every later one; it is read on its own (a reason), the others in bulk."""
    cells = ["12,50\n13,00", "1,00", "2 345,67", "1,00"]
    converted = AmountCache().convert_column(cells)
    assert type(converted[0]) is Problem
    assert converted[1:] == [100, 234567, 100]
