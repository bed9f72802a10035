"""Settling statement payments with the bank credits they are (the rule is domain.payments).

Run after every import, whichever came first: a bank export after the statement, or the
statement after the bank export. Two kinds of statement payment are settled:
- a payment a statement PDF lists (``statement_payment``): an ameli relevé's closing line by a
  credit of the Assurance Maladie, a mutuelle's "Somme virée … le D X €" by a credit of a
  complementary insurer (ameli-documents.md §7); tiers payant never reaches the bank;
- the lines of a CSV statement paid on one date (per person, or for the household).
A settled payment and its lines point to the bank line (``bank_line_id``); the bank line is then
the same money and the views leave it out (:func:`unsettled_sql`), so it is counted once. Undoing
either import undoes the settlement by itself: the statement's rows go with their batch, and a
bank line's removal empties their links (ON DELETE SET NULL).
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
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
    """A line the views count: a statement line, or a bank line no statement line or payment
    says it paid (``table``: how the query names reimbursement_line)."""
    return (  # ``table`` is one of the code's own names, never input
        f"({table}.insurer IS NULL OR (NOT EXISTS "  # noqa: S608
        f"(SELECT 1 FROM reimbursement_line s WHERE s.bank_line_id = {table}.id) AND NOT EXISTS "
        f"(SELECT 1 FROM statement_payment p WHERE p.bank_line_id = {table}.id)))"
    )


# A bank line some statement lines or payments say paid them (the partial index lists those
# lines; a daily allowance's payment has no line of care to say it).
SETTLED_SQL = (
    "l.id IN (SELECT s.bank_line_id FROM reimbursement_line s WHERE s.bank_line_id IS NOT NULL "
    "UNION SELECT p.bank_line_id FROM statement_payment p WHERE p.bank_line_id IS NOT NULL)"
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
            "SELECT l.id, l.payment_date, l.reimbursed_cents FROM reimbursement_line l "  # noqa: S608 - fixed fragments
            "WHERE l.line_date BETWEEN ? AND ? AND l.insurer = 'mandatory' "
            "AND l.reimbursed_cents > 0 AND l.payment_date IS NOT NULL "
            f"AND {unsettled_sql()}",
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
        "AND l.payment_id IS NULL "
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


def statement_settlements(
    session: Any,
    payer: str,
    new_credits: Sequence[BankCredit] = (),
    new_payments: Sequence[StatementPayment] = (),
) -> list[tuple[BankCredit, StatementPayment]]:
    """The payments statement PDFs list, by ``payer``, paired with the bank credits of that
    payer they are: stored ones and ``new`` ones of a file being previewed (a stored payment's
    "line ids" are its own id; a new one's, its file lines negated). Nothing written."""
    connection = session.connection()
    pending = connection.exec_driver_sql(
        "SELECT id, paid_on, amount_cents FROM statement_payment "
        "WHERE payer = ? AND bank_line_id IS NULL AND third_party = 0",
        (payer,),
    ).fetchall()
    payments = [
        StatementPayment(date.fromisoformat(paid_on), cents, frozenset({payment_id}))
        for payment_id, paid_on, cents in pending
    ]
    payments += new_payments
    if not payments:
        return []
    days = [p.paid_on for p in payments]
    delay = timedelta(days=BOOKING_DELAY_DAYS)
    column = "reimbursed_cents" if payer == "mandatory" else "complementary_cents"
    credits = [
        BankCredit(line_id, date.fromisoformat(booked), cents)
        for line_id, booked, cents in connection.exec_driver_sql(
            f"SELECT l.id, l.payment_date, l.{column} FROM reimbursement_line l "  # noqa: S608
            "WHERE l.line_date BETWEEN ? AND ? AND l.insurer = ? "
            f"AND l.{column} > 0 AND l.payment_date IS NOT NULL AND {unsettled_sql()}",
            (min(days).isoformat(), (max(days) + delay).isoformat(), payer),
        )
    ]
    credits += new_credits
    if not credits:
        return []
    return match_payments(credits, payments)


def settle_payments(session: Any, days: Iterable[date | None]) -> int:
    """Settle what can be settled around ``days`` (the dates of the lines just written): the
    payments statement PDFs list first, then CSV statements' lines.

    Returns how many bank credits were found to be statement payments.
    """
    connection = session.connection()
    matched = 0
    for payer in ("mandatory", "complementary"):
        for credit, payment in statement_settlements(session, payer):
            (payment_id,) = payment.line_ids
            connection.exec_driver_sql(
                "UPDATE statement_payment SET bank_line_id = ? WHERE id = ?",
                (credit.key, payment_id),
            )
            connection.exec_driver_sql(
                "UPDATE reimbursement_line SET bank_line_id = ? WHERE payment_id = ?",
                (credit.key, payment_id),
            )
            matched += 1
    pairs = find_settlements(session, days)
    for credit, payment in pairs:
        ids = sorted(payment.line_ids)
        connection.exec_driver_sql(
            "UPDATE reimbursement_line SET bank_line_id = ? "  # noqa: S608 - placeholders only
            f"WHERE id IN ({', '.join('?' * len(ids))})",
            (credit.key, *ids),
        )
    return matched + len(pairs)


def link_withheld(session: Any, batch_id: int) -> int:
    """Link each deferred amount withheld (G2's "A noter" rows) to the act it was withheld for,
    when that act is stored: the same person's act of that date of care, tiers payant first
    (what "A noter" says it is), then the one whose nature shares the row's first word. Run
    after every import, both ways: the act may come before or after the amount withheld.

    Returns how many were linked.
    """
    connection = session.connection()
    rows = connection.exec_driver_sql(
        "SELECT w.id, w.person_id, w.care_date, w.nature FROM reimbursement_line w "
        "WHERE w.kind = 'withheld' AND w.withheld_from_id IS NULL AND w.care_date IS NOT NULL "
        "AND (w.batch_id = ? OR EXISTS (SELECT 1 FROM reimbursement_line a WHERE a.batch_id = ? "
        "AND a.person_id = w.person_id AND a.care_date = w.care_date))",
        (batch_id, batch_id),
    ).fetchall()
    linked = 0
    for line_id, person_id, care_date, nature in rows:
        acts = connection.exec_driver_sql(
            "SELECT id, nature, coalesce(third_party, 0) FROM reimbursement_line "
            "WHERE person_id = ? AND care_date = ? AND coalesce(kind, 'care') = 'care' "
            "AND insurer IS NULL ORDER BY id",
            (person_id, care_date),
        ).fetchall()
        if not acts:
            continue
        word = (nature or "").split()[:1]
        best = max(
            acts,
            key=lambda act: (
                bool(act[2]),
                bool(word) and (act[1] or "").upper().startswith(word[0].upper()),
                -act[0],
            ),
        )
        connection.exec_driver_sql(
            "UPDATE reimbursement_line SET withheld_from_id = ? WHERE id = ?", (best[0], line_id)
        )
        linked += 1
    return linked


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
