"""Matching bank credits with the statement payments they are (domain.payments)."""

from datetime import date, timedelta
from random import Random

from hypothesis import given
from hypothesis import strategies as st

from ameli_desktop.domain.payments import (
    BOOKING_DELAY_DAYS,
    BankCredit,
    StatementPayment,
    match_payments,
)

FEB = date(2025, 2, 5)


def pay(day: date, cents: int, *ids: int) -> StatementPayment:
    return StatementPayment(day, cents, frozenset(ids))


def credit(key: str, day: date, cents: int) -> BankCredit:
    return BankCredit(key, day, cents)


def keys(pairs: list[tuple[BankCredit, StatementPayment]]) -> list[tuple[object, list[int]]]:
    return [(c.key, sorted(p.line_ids)) for c, p in pairs]


def test_a_credit_booked_two_days_after_the_payment_is_that_payment() -> None:
    pairs = match_payments([credit("b", FEB + timedelta(2), 1900)], [pay(FEB, 1900, 1)])
    assert keys(pairs) == [("b", [1])]


def test_the_amount_must_be_exact_and_the_booking_within_the_delay() -> None:
    payments = [pay(FEB, 1900, 1)]
    assert match_payments([credit("b", FEB, 1901)], payments) == []
    assert match_payments([credit("b", FEB - timedelta(1), 1900)], payments) == []  # before
    late = FEB + timedelta(BOOKING_DELAY_DAYS + 1)
    assert match_payments([credit("b", late, 1900)], payments) == []
    last = FEB + timedelta(BOOKING_DELAY_DAYS)
    assert keys(match_payments([credit("b", last, 1900)], payments)) == [("b", [1])]


def test_the_nearest_payment_of_the_amount_wins() -> None:
    """Two transfers of 19,00 on 5 and 10 February; a credit on the 11th is the second one,
    and a credit on the 6th the first."""
    payments = [pay(FEB, 1900, 1), pay(FEB + timedelta(5), 1900, 2)]
    credits = [credit("late", FEB + timedelta(6), 1900), credit("early", FEB + timedelta(1), 1900)]
    assert keys(match_payments(credits, payments)) == [("early", [1]), ("late", [2])]


def test_a_person_payment_before_the_household_day_and_never_both() -> None:
    """Zoé's 19,00 and Léo's 19,00 paid on the same day: two identical credits of 19,00 are
    theirs, whichever goes to whom (the same is shown); a single credit of 38,00 is the
    household's day (both lines)."""
    day = [pay(FEB, 3800, 1, 2), pay(FEB, 1900, 1), pay(FEB, 1900, 2)]
    two = match_payments([credit("a", FEB, 1900), credit("b", FEB, 1900)], day)
    assert keys(two) == [("a", [1]), ("b", [2])]
    one = match_payments([credit("all", FEB, 3800)], day)
    assert keys(one) == [("all", [1, 2])]


def test_a_credit_that_fits_two_payments_equally_is_not_guessed() -> None:
    """One 19,00 credit for Zoé's and Léo's 19,00 of the same day: whose? Neither is settled.
    Beside a 38,00 credit, a 19,00 one leaves it unclear which lines the 38,00 paid: none is."""
    day = [pay(FEB, 3800, 1, 2), pay(FEB, 1900, 1), pay(FEB, 1900, 2)]
    assert match_payments([credit("one", FEB, 1900)], day) == []
    assert match_payments([credit("all", FEB, 3800), credit("again", FEB, 1900)], day) == []


_DAYS = st.dates(min_value=date(2025, 1, 1), max_value=date(2025, 3, 31))
_CENTS = st.sampled_from([950, 1900, 2850, 3800])
_PAYMENTS = st.lists(
    st.builds(
        StatementPayment,
        _DAYS,
        _CENTS,
        st.frozensets(st.integers(1, 12), min_size=1, max_size=3),
    ),
    max_size=10,
)
_CREDITS = st.lists(st.builds(BankCredit, st.uuids(), _DAYS, _CENTS), max_size=10)


@given(_CREDITS, _PAYMENTS)
def test_every_pair_is_the_same_money_and_nothing_is_used_twice(
    credits: list[BankCredit], payments: list[StatementPayment]
) -> None:
    pairs = match_payments(credits, payments)
    used: set[int] = set()
    for bank, statement in pairs:
        assert bank.amount_cents == statement.total_cents
        assert 0 <= (bank.booked_on - statement.paid_on).days <= BOOKING_DELAY_DAYS
        assert used.isdisjoint(statement.line_ids)
        used |= statement.line_ids
    assert len({bank.key for bank, _ in pairs}) == len(pairs)


@given(_CREDITS, _PAYMENTS, st.randoms())
def test_the_order_of_the_inputs_changes_nothing(
    credits: list[BankCredit], payments: list[StatementPayment], rng: Random
) -> None:
    """What is paired depends on the stored lines only, never on the order files came in."""
    pairs = match_payments(credits, payments)
    shuffled_credits, shuffled_payments = credits[:], payments[:]
    rng.shuffle(shuffled_credits)
    rng.shuffle(shuffled_payments)
    again = match_payments(shuffled_credits, shuffled_payments)

    def seen(found: list[tuple[BankCredit, StatementPayment]]) -> set[tuple[object, ...]]:
        return {(c.booked_on, c.amount_cents, p.paid_on, p.line_ids) for c, p in found}

    assert seen(again) == seen(pairs)


@given(_DAYS, _CENTS, st.integers(0, BOOKING_DELAY_DAYS))
def test_a_credit_and_a_payment_alone_are_paired(day: date, cents: int, delay: int) -> None:
    payment = pay(day, cents, 1)
    assert keys(match_payments([credit("b", day + timedelta(delay), cents)], [payment])) == [
        ("b", [1])
    ]
