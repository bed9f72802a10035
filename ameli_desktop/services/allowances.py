"""Daily allowances (indemnités journalières: sick leave, maternity, paternity pay) as imported
from ameli's statements: money received of its own kind, listed and totalled apart from care and
never in out-of-pocket (issue 15; issue 19 reworks the Reimbursements tab around acts)."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from ameli_desktop.services.context import AppContext


@dataclass(frozen=True, slots=True)
class AllowanceRecord:
    id: int
    person_id: int
    person_name: str
    nature: str
    period_start: date | None
    period_end: date | None
    days: int | None
    daily_cents: int | None
    amount_cents: int
    paid_on: date | None
    received_on: date | None  # the bank credit that brought its payment, once seen

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "person": self.person_name,
            "nature": self.nature,
            "from": self.period_start.isoformat() if self.period_start else None,
            "to": self.period_end.isoformat() if self.period_end else None,
            "days": self.days,
            "daily_cents": self.daily_cents,
            "amount_cents": self.amount_cents,
            "paid_on": self.paid_on.isoformat() if self.paid_on else None,
            "received_on": self.received_on.isoformat() if self.received_on else None,
        }


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class AllowanceService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def list(
        self,
        person_id: int | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[AllowanceRecord]:
        """The daily allowances paid in a period (by payment date), oldest first."""
        conditions, params = ["1"], []
        if person_id is not None:
            conditions.append("a.person_id = ?")
            params.append(person_id)
        if date_from is not None:
            conditions.append("coalesce(a.paid_on, a.period_start) >= ?")
            params.append(date_from.isoformat())
        if date_to is not None:
            conditions.append("coalesce(a.paid_on, a.period_start) <= ?")
            params.append(date_to.isoformat())
        sql = (  # fixed fragments only; values are bound
            "SELECT a.id, a.person_id, p.name, a.nature, a.period_start, a.period_end, a.days, "  # noqa: S608
            "a.daily_cents, a.amount_cents, a.paid_on, "
            "(SELECT b.payment_date FROM statement_payment s JOIN reimbursement_line b "
            "ON b.id = s.bank_line_id WHERE s.id = a.payment_id) "
            "FROM daily_allowance a JOIN person p ON p.id = a.person_id "
            f"WHERE {' AND '.join(conditions)} "
            "ORDER BY coalesce(a.paid_on, a.period_start), a.id"
        )
        with self.ctx.read() as session:
            rows = session.connection().exec_driver_sql(sql, tuple(params)).fetchall()
        return [
            AllowanceRecord(
                row[0],
                row[1],
                row[2],
                row[3],
                _day(row[4]),
                _day(row[5]),
                row[6],
                row[7],
                row[8],
                _day(row[9]),
                _day(row[10]),
            )
            for row in rows
        ]
