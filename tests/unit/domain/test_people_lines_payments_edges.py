"""People, statement lines and payments at their edges (issue 17, item 8): each limit at its
boundary, the zero amounts and rates, the first day a bank credit may pair with a payment."""

from dataclasses import replace
from datetime import date

import pytest

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.payments import BankCredit, StatementPayment, match_payments
from ameli_desktop.domain.people import (
    MAX_NAME_LENGTH,
    OLDEST_BIRTH,
    PersonDetails,
    Role,
    parse_role,
    validate_person,
)
from ameli_desktop.domain.reimbursements import (
    MAX_NATURE,
    MAX_PRACTITIONER,
    LineDetails,
    validate_line,
)

D = date.fromisoformat
TODAY = D("2026-11-25")


# ------------------------------------------------------------------ people
def test_a_name_of_the_longest_length_is_kept_and_one_more_refused() -> None:
    longest = "a" * MAX_NAME_LENGTH
    assert validate_person(PersonDetails(longest), today=TODAY).name == longest
    with pytest.raises(UserError) as caught:
        validate_person(PersonDetails(longest + "a"), today=TODAY)
    assert caught.value.field == "name"


@pytest.mark.parametrize(("born", "ok"), [(OLDEST_BIRTH, True), (TODAY, True),
                                            (D("1899-12-31"), False), (D("2026-11-26"), False)])  # fmt: skip
def test_born_from_1900_to_today(born: date, ok: bool) -> None:
    details = PersonDetails("Ana", born)
    if ok:
        assert validate_person(details, today=TODAY).born == born
    else:
        with pytest.raises(UserError, match="between 01/01/1900 and today"):
            validate_person(details, today=TODAY)


def test_a_role_is_read_from_its_word_and_the_nir_shown_masked() -> None:
    assert parse_role(" Child ") is Role.CHILD
    person = validate_person(
        PersonDetails("Zoé", role="partner", nir="1 85 05 78 006 084 91"),  # type: ignore[arg-type]
        today=TODAY,
    )
    assert person.role is Role.PARTNER
    assert person.nir == "185057800608491"
    assert person.masked_nir.endswith("91")
    assert "0060" not in person.masked_nir


# ------------------------------------------------------------------ statement lines
LINE = LineDetails(1, D("2026-11-02"), D("2026-11-05"), "Consultation", paid_cents=3000)


def refused_field(**changes: object) -> str | None:
    try:
        validate_line(replace(LINE, **changes))  # type: ignore[arg-type]
    except UserError as error:
        return error.field
    return None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"payment_date": D("2026-11-02")}, None),  # paid the day of care
        ({"payment_date": D("2026-11-01")}, "payment_date"),  # the day before
        ({"paid_cents": 0}, None),
        ({"paid_cents": -1}, "paid"),
        ({"base_cents": 0}, None),
        ({"base_cents": -1}, "base"),
        ({"deductions_cents": 0}, None),
        ({"deductions_cents": -1}, "deductions"),
        ({"rate_percent": 0}, None),
        ({"rate_percent": 100}, None),
        ({"rate_percent": -1}, "rate"),
        ({"rate_percent": 101}, "rate"),
        ({"reimbursed_cents": -500}, None),  # an insurer taking back an overpayment
        ({"nature": "n" * MAX_NATURE}, None),
        ({"nature": "n" * (MAX_NATURE + 1)}, "nature"),
        ({"practitioner": "p" * MAX_PRACTITIONER}, None),
        ({"practitioner": "p" * (MAX_PRACTITIONER + 1)}, "practitioner"),
        ({"care_date": None}, None),
        ({"care_date": None, "payment_date": None}, "care_date"),
        ({"paid_cents": None}, "paid"),
        ({"paid_cents": None, "complementary_cents": 100}, None),
    ],
)
def test_each_check_of_a_line_at_its_boundary(
    changes: dict[str, object], field: str | None
) -> None:
    assert refused_field(**changes) == field


# ------------------------------------------------------------------ payments
def payment(paid_on: str, total: int = 1900, lines: tuple[int, ...] = (1,)) -> StatementPayment:
    return StatementPayment(D(paid_on), total, frozenset(lines))


def test_a_credit_pairs_with_a_payment_of_the_same_day_or_up_to_the_delay_before() -> None:
    credit = BankCredit("c", D("2026-11-10"), 1900)
    same_day = payment("2026-11-10")
    assert match_payments([credit], [same_day], delay_days=3) == [(credit, same_day)]
    three_before = payment("2026-11-07")
    assert match_payments([credit], [three_before], delay_days=3) == [(credit, three_before)]
    assert match_payments([credit], [payment("2026-11-06")], delay_days=3) == []
    assert match_payments([credit], [payment("2026-11-11")], delay_days=3) == []  # after it


def test_a_payment_of_one_cent_pairs() -> None:
    credit = BankCredit("c", D("2026-11-10"), 1)
    one_cent = payment("2026-11-10", total=1)
    assert match_payments([credit], [one_cent]) == [(credit, one_cent)]


def test_payments_of_nothing_or_without_lines_never_pair() -> None:
    credit = BankCredit("c", D("2026-11-10"), 0)
    assert match_payments([credit], [payment("2026-11-10", total=0)]) == []
    credit = BankCredit("c", D("2026-11-10"), 1900)
    assert match_payments([credit], [payment("2026-11-10", lines=())]) == []
    assert match_payments([credit], [payment("2026-11-10", total=-1900)]) == []
