"""Settling statement payments with the bank credits they are (the rule is domain.payments).

Run after every import, whichever came first: a bank export after the ameli relevé, or the
relevé after the bank export. A settled statement line points to its bank line
(``bank_line_id``); the bank line is then the same money and the views leave it out
(:func:`unsettled_sql`). Undoing either import undoes the settlement by itself: the statement
lines go with theirs, and a bank line's removal empties their link (ON DELETE SET NULL).
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ameli_desktop.domain.payments import (
    BOOKING_DELAY_DAYS,
    BankCredit,
    StatementPayment,
    match_payments,
)


def unsettled_sql(table: str = "l") -> str:
    """A line the views count: a statement line, or a bank line no statement line says it paid
    (``table``: how the query names reimbursement_line)."""
    return (  # ``table`` is one of the code's own names, never input
        f"({table}.insurer IS NULL OR NOT EXISTS "  # noqa: S608
        f"(SELECT 1 FROM reimbursement_line s WHERE s.bank_line_id = {table}.id))"
    )


# A bank line some statement lines say paid them (the partial index lists those lines).
SETTLED_SQL = (
    "l.id IN (SELECT s.bank_line_id FROM reimbursement_line s WHERE s.bank_line_id IS NOT NULL)"
)
# How long before its payment a care may have been given (a hospital stay paid months later).
CARE_BEFORE_PAYMENT = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class NewLines:
    """Lines of a file not written yet, for the preview (keyed by negative file lines, so that
    they never meet a stored line's id).

    Attributes:
        credits: the file's bank credits of the Assurance Maladie.
        rows: the file's statement lines, as ``settle_payments`` reads stored ones.
    """

    credits: tuple[BankCredit, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()


def find_settlements(
    session: Any, days: Iterable[date | None], new: NewLines = NewLines()
) -> list[tuple[BankCredit, StatementPayment]]:
    """The bank credits that are statement payments around ``days``, stored ones and ``new``
    ones alike; nothing is written."""
    known = [day for day in days if day is not None]
    if not known:
        return []
    delay = timedelta(days=BOOKING_DELAY_DAYS)
    low, high = min(known) - delay, max(known) + delay
    connection = session.connection()
    credits = [
        BankCredit(line_id, date.fromisoformat(booked), cents)
        for line_id, booked, cents in connection.exec_driver_sql(
            "SELECT l.id, l.payment_date, l.reimbursed_cents FROM reimbursement_line l "
            "WHERE l.line_date BETWEEN ? AND ? AND l.insurer = 'mandatory' "
            "AND l.reimbursed_cents > 0 AND l.payment_date IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM reimbursement_line s WHERE s.bank_line_id = l.id)",
            (low.isoformat(), (high + delay).isoformat()),
        )
    ]
    credits += new.credits
    if not credits:
        return []  # the usual import: no bank credit of the Assurance Maladie nearby
    rows = connection.exec_driver_sql(
        "SELECT l.id, l.person_id, l.payment_date, l.reimbursed_cents, l.payment_cents, "
        "l.batch_id FROM reimbursement_line l "
        "WHERE l.line_date BETWEEN ? AND ? AND l.insurer IS NULL AND l.bank_line_id IS NULL "
        "AND l.payment_date BETWEEN ? AND ? AND l.reimbursed_cents IS NOT NULL "
        "AND coalesce(l.third_party, 0) = 0",  # tiers payant: paid to the professional
        (
            (low - delay - CARE_BEFORE_PAYMENT).isoformat(),
            high.isoformat(),
            (low - delay).isoformat(),
            high.isoformat(),
        ),
    ).fetchall()
    return match_payments(credits, _candidate_payments([*rows, *new.rows]))


def settle_payments(session: Any, days: Iterable[date | None]) -> int:
    """Settle what can be settled around ``days`` (the dates of the lines just written).

    Returns how many bank credits were found to be statement payments.
    """
    pairs = find_settlements(session, days)
    connection = session.connection()
    for credit, payment in pairs:
        ids = sorted(payment.line_ids)
        connection.exec_driver_sql(
            "UPDATE reimbursement_line SET bank_line_id = ? "  # noqa: S608 - placeholders only
            f"WHERE id IN ({', '.join('?' * len(ids))})",
            (credit.key, *ids),
        )
    return len(pairs)


def _candidate_payments(rows: Iterable[tuple[Any, ...]]) -> list[StatementPayment]:
    """The transfers the statement lines may have been paid in.

    A relevé gives each transfer's total: its lines are one payment. Lines without it (a CSV
    statement) may have been paid per person or for the household on a date: both are
    candidates (the matcher never uses a line twice).
    """
    transfers: dict[tuple[Any, ...], list[tuple[int, int]]] = defaultdict(list)
    per_person: dict[tuple[Any, ...], list[tuple[int, int]]] = defaultdict(list)
    per_day: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for line_id, person_id, paid_on, cents, payment_cents, batch_id in rows:
        if payment_cents is not None:
            transfers[(batch_id, paid_on, payment_cents)].append((line_id, cents))
        else:
            per_person[(paid_on, person_id)].append((line_id, cents))
            per_day[paid_on].append((line_id, cents))
    payments = [
        StatementPayment(date.fromisoformat(paid_on), total, frozenset(i for i, _ in lines))
        for (_, paid_on, total), lines in transfers.items()
        if sum(c for _, c in lines) == total  # every act of the transfer is there
    ]
    for groups in (per_person, per_day):
        for key, lines in groups.items():
            paid_on = key[0] if isinstance(key, tuple) else key
            payments.append(
                StatementPayment(
                    date.fromisoformat(paid_on),
                    sum(c for _, c in lines),
                    frozenset(i for i, _ in lines),
                )
            )
    return payments
