"""Cells: amounts in every French form, rates, yes/no, dates with the order decided per column."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ameli_desktop.domain.money import AmountError, parse_cents
from ameli_desktop.importers.values import (
    DateOrder,
    Problem,
    amount_cache,
    date_cache,
    decide_date_order,
    read_amount,
    read_flag,
    read_rate,
)

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1 234,56", 123456),
        (f"1{NBSP}234,56", 123456),
        (f"1{NNBSP}234,56 €", 123456),
        ("1234.56", 123456),
        ("-26,99", -2699),
        ("12,50 €", 1250),
        ("12,50€", 1250),
        ("12€50", 1250),
        ("1.234,56", 123456),
        ("EUR 12,50", 1250),
        ("12,5", 1250),
        ("30", 3000),
        ("0,05", 5),
        ("-0,50", -50),
        ("(4,00)", -400),
        ("4,00-", -400),
        ("−2,00", -200),  # U+2212, the typographic minus sign
        (" 19,00 ", 1900),
    ],
)
def test_amount_forms(text: str, cents: int) -> None:
    assert read_amount(text) == cents


@pytest.mark.parametrize("text", ["", " ", "-", "—", "n/a"])
def test_empty_amounts_are_none(text: str) -> None:
    assert read_amount(text) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("12,5O", "“12,5O” is not an amount."),
        (
            "1.234",
            "“1.234” has more than two decimals.",
        ),  # 1 234 € or 1,234 €? refused, not guessed
        ("1,234", "“1,234” has more than two decimals."),
        ("12eur5", "“12eur5” is not an amount."),
        ("1 23,45", "“1 23,45” has misplaced thousands separators."),
        ("1 234,5 6", "“1 234,5 6” has misplaced thousands separators."),
    ],
)
def test_unreadable_amounts_are_problems_not_exceptions(text: str, reason: str) -> None:
    problem = read_amount(text)

    assert isinstance(problem, Problem)
    assert problem.reason == reason


def test_cached_column_gives_the_same_as_cell_by_cell() -> None:
    cells = ["12,50", "1 234,56 €", "", "12,50", "x", "-3,00", "1.234,56"]
    cache = amount_cache()

    assert cache.convert_column(cells) == [read_amount(c) for c in cells]
    assert set(cache.problems()) == {"x"}


def test_deductions_column_drops_the_sign() -> None:
    assert amount_cache(absolute=True).convert_column(["-2,00", "1,50", "-1.00 €", ""]) == [
        200,
        150,
        100,
        None,
    ]


def _french(cents: int, thousands: str, euro: str, minus: str) -> str:
    """``cents`` written the French way: grouped thousands, decimal comma, optional euro sign."""
    whole, rest = divmod(abs(cents), 100)
    grouped = f"{whole:,}".replace(",", thousands)
    sign = minus if cents < 0 else ""
    return f"{sign}{grouped},{rest:02d}{euro}"


@given(
    cents=st.integers(min_value=-(10**11), max_value=10**11),
    thousands=st.sampled_from(["", " ", NBSP, NNBSP, "."]),
    euro=st.sampled_from(["", " €", "€", f"{NBSP}€", " EUR", " euros"]),
    minus=st.sampled_from(["-", "−"]),
)
def test_any_french_amount_parses_back_to_its_cents(
    cents: int, thousands: str, euro: str, minus: str
) -> None:
    text = _french(cents, thousands, euro, minus)

    assert read_amount(text) == cents
    assert parse_cents(text) == cents


@given(st.text(alphabet="0123456789 ,.-€\u00a0\u202f", max_size=14))
def test_fast_path_agrees_with_the_strict_parser(text: str) -> None:
    """The importer's shortcut for common forms never accepts what parse_cents refuses."""
    fast = read_amount(text)
    if fast is None:  # an empty cell or a lone dash: the importer's notion of "nothing"
        return
    try:
        strict: int | None = parse_cents(text)
    except AmountError:
        strict = None
    assert (fast if isinstance(fast, int) else None) == strict


@given(cents=st.integers(min_value=0, max_value=10**9))
def test_euro_sign_as_decimal_separator(cents: int) -> None:
    whole, rest = divmod(cents, 100)

    assert read_amount(f"{whole}€{rest:02d}") == cents


def test_parse_cents_still_raises_for_its_callers() -> None:
    with pytest.raises(AmountError):
        parse_cents("douze euros")


@pytest.mark.parametrize(
    ("text", "rate"),
    [("70", 70), ("70 %", 70), ("70%", 70), ("70,00 %", 70), ("100", 100), ("0", 0)],
)
def test_rates(text: str, rate: int) -> None:
    assert read_rate(text) == rate


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("150 %", "A rate of 150 % is more than 100 %."),
        ("16,5 %", "“16,5 %” is not a rate: write a whole percentage such as 70 or 70 %."),
        ("0,7", "“0,7” is not a rate: write a whole percentage such as 70 or 70 %."),
        (
            "soixante-dix",
            "“soixante-dix” is not a rate: write a whole percentage such as 70 or 70 %.",
        ),
    ],
)
def test_bad_rates(text: str, reason: str) -> None:
    problem = read_rate(text)

    assert isinstance(problem, Problem)
    assert problem.reason == reason


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Oui", True),
        ("O", True),
        ("x", True),
        ("TP", True),
        ("non", False),
        ("N", False),
        ("", None),
    ],
)
def test_flags(text: str, flag: bool | None) -> None:
    assert read_flag(text) is flag


def test_bad_flag() -> None:
    assert isinstance(read_flag("peut-être"), Problem)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/12/2025", date(2025, 12, 31)),
        ("31/12/25", date(2025, 12, 31)),
        ("2025-12-31", date(2025, 12, 31)),
        ("31.12.2025", date(2025, 12, 31)),
        ("31-12-2025", date(2025, 12, 31)),
        ("1/2/2025", date(2025, 2, 1)),
        ("31/12/2025 00:00:00", date(2025, 12, 31)),
        ("2025-12-31T00:00:00", date(2025, 12, 31)),
        ("01/01/69", date(1969, 1, 1)),  # strptime's %y pivot: 69-99 -> 19xx
        ("01/01/68", date(2068, 1, 1)),
    ],
)
def test_date_forms_day_first(text: str, expected: date) -> None:
    assert date_cache(DateOrder.DAY_FIRST)[text] == expected


def test_iso_dates_ignore_the_column_order() -> None:
    assert date_cache(DateOrder.MONTH_FIRST)["2025-01-02"] == date(2025, 1, 2)


@pytest.mark.parametrize(
    "text", ["32/01/2025", "31/04/2025", "2025-02-30", "hier", "1/2/3", "12/2025"]
)
def test_impossible_dates_are_problems(text: str) -> None:
    assert isinstance(date_cache(DateOrder.DAY_FIRST)[text], Problem)


def test_implausible_year_is_a_problem() -> None:
    problem = date_cache(DateOrder.DAY_FIRST)["01/01/1900"]

    assert isinstance(problem, Problem)
    assert problem.reason == "The year of “01/01/1900” is not plausible."


def test_order_is_decided_by_the_whole_column() -> None:
    """Only the last value says anything: 13 cannot be a month."""
    decision = decide_date_order(["01/02/2025", "03/04/2025", "", "13/04/2025"])

    assert decision.order is DateOrder.DAY_FIRST
    assert not decision.ambiguous
    assert decision.evidence == "13/04/2025"


def test_month_first_column() -> None:
    decision = decide_date_order(["01/02/2025", "04/13/2025"])

    assert (decision.order, decision.evidence) == (DateOrder.MONTH_FIRST, "04/13/2025")


def test_no_evidence_means_french_and_ambiguous() -> None:
    decision = decide_date_order(["01/02/2025", "03/04/2025"])

    assert (decision.order, decision.ambiguous) == (DateOrder.DAY_FIRST, True)


def test_iso_column_is_not_ambiguous() -> None:
    decision = decide_date_order(["2025-01-02", "2025-03-04"])

    assert (decision.order, decision.ambiguous) == (DateOrder.ISO, False)


def test_mixed_evidence_follows_the_majority_and_counts_the_rest() -> None:
    decision = decide_date_order(["13/01/2025", "14/01/2025", "01/15/2025"])

    assert (decision.order, decision.contradicting) == (DateOrder.DAY_FIRST, 1)
    assert isinstance(date_cache(decision.order)["01/15/2025"], Problem)


def test_an_impossible_date_is_no_evidence() -> None:
    """31/02 is neither a day-first nor a month-first date: it must not tip the decision."""
    decision = decide_date_order(["31/02/2025", "01/02/2025"])

    assert decision.ambiguous


@given(
    days=st.lists(
        st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)), min_size=1, max_size=30
    ),
    two_digit=st.booleans(),
)
def test_french_dates_always_read_back(days: list[date], two_digit: bool) -> None:
    """Whatever the column holds, day-first dates come back as written (ambiguous or not)."""
    pattern = "%d/%m/%y" if two_digit else "%d/%m/%Y"
    cells = [d.strftime(pattern) for d in days]
    order = decide_date_order(cells).order
    cache = date_cache(order)

    assert [cache[c] for c in cells] == days


@given(
    days=st.lists(
        st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)), min_size=1, max_size=30
    )
)
def test_month_first_dates_read_back_when_one_day_proves_it(days: list[date]) -> None:
    days = [*days, date(2025, 1, 13)]  # a day above 12 settles the order
    cells = [d.strftime("%m/%d/%Y") for d in days]
    cache = date_cache(decide_date_order(cells).order)

    assert [cache[c] for c in cells] == days
