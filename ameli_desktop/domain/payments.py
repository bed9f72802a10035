"""Recognising one payment seen twice: an ameli statement's transfer and the bank line it became.

The ameli relevé lists each transfer (virement) the CPAM made to the insured, with the acts it
paid; the bank export shows the same money as one credit, booked on the transfer's date or a few
days later. Counting both would double the household's reimbursements, so a bank line that is a
statement's transfer *settles* it: the acts carry the date the money arrived, and the bank line
is not counted again.

A statement transfer is matched to a bank credit of exactly its amount, booked between its date
and :data:`BOOKING_DELAY_DAYS` days later; the nearest date wins, each side is used once, and a
credit that fits two payments equally is not guessed (``domain.matching``).
Where the statement gives no per-transfer total (a CSV from a conversion tool), the lines paid on
one date, for one person or for the whole household, are candidate transfers too.
"""

from bisect import bisect_left
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ameli_desktop.domain.matching import Option, match_unique

# Days between the CPAM's payment date and the bank's booking of the transfer. Banks book a
# SEPA credit the same or the next working day; a week covers weekends and public holidays.
BOOKING_DELAY_DAYS = 7


@dataclass(slots=True, unsafe_hash=True)  # never changed; see domain.acts.Piece
class StatementPayment:
    """Statement lines paid together: what one bank credit can be.

    Attributes:
        line_ids: the lines (candidate payments overlap: the lines of one date for one person
            are also among that date's lines for the household; once some are settled, every
            candidate holding one of them is out).
    """

    paid_on: date
    total_cents: int
    line_ids: frozenset[int]


@dataclass(slots=True, unsafe_hash=True)  # never changed; see domain.acts.Piece
class BankCredit:
    """A credit from the Assurance Maladie in a bank export."""

    key: Hashable
    booked_on: date
    amount_cents: int


def match_payments(
    credits: Sequence[BankCredit],
    payments: Sequence[StatementPayment],
    *,
    delay_days: int = BOOKING_DELAY_DAYS,
) -> list[tuple[BankCredit, StatementPayment]]:
    """Pair bank credits with the statement payments they are (see the module docstring).

    A credit may be any payment of its amount paid on its booking date or up to ``delay_days``
    before, the nearest first (then the one with fewest lines: a person's payment before the
    household's day); it is paired by ``domain.matching``'s rule, so nothing is guessed and the
    order of the inputs changes nothing. Identical credits share out identical payments.
    """
    by_amount: dict[int, list[tuple[date, int, StatementPayment]]] = {}
    for n, payment in enumerate(payments):
        if payment.total_cents > 0 and payment.line_ids:
            by_amount.setdefault(payment.total_cents, []).append((payment.paid_on, n, payment))
    for found in by_amount.values():
        found.sort()  # by day, then by payment (the numbers are distinct: none compared)
    by_key = {credit.key: credit for credit in credits}
    options = []
    for credit in credits:
        found = by_amount.get(credit.amount_cents)
        if not found:
            continue
        start = bisect_left(found, (credit.booked_on - timedelta(days=delay_days),))
        for index in range(start, len(found)):
            paid_on, _, payment = found[index]
            delay = (credit.booked_on - paid_on).days
            if delay < 0:
                break
            options.append(
                Option(credit.key, payment.line_ids, (delay, len(payment.line_ids)), payment)
            )

    def same_money(a: Hashable, b: Hashable) -> bool:
        first, second = by_key[a], by_key[b]
        return (first.booked_on, first.amount_cents) == (second.booked_on, second.amount_cents)

    matching = match_unique(options, same_money=same_money)
    pairs = [(by_key[left], option.payload) for left, option in matching.linked.items()]
    return sorted(pairs, key=lambda pair: (pair[0].booked_on, sorted(pair[1].line_ids)))
