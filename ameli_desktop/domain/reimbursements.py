"""Rules about reimbursement lines that every layer shares."""

from dataclasses import dataclass
from datetime import date

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError

MAX_NATURE = 300
MAX_PRACTITIONER = 200


def out_of_pocket_cents(
    paid_cents: int | None, reimbursed_cents: int | None, complementary_cents: int | None
) -> int | None:
    """What the household paid itself: paid - reimbursed - complementary (DESIGN.md 2).

    Derived, never stored, so that editing one amount can never leave it stale. None when the amount
    paid is unknown (a bank line only shows what was received), because "0 out of pocket" would then
    be a claim we cannot make.
    """
    if paid_cents is None:
        return None
    return paid_cents - (reimbursed_cents or 0) - (complementary_cents or 0)


def line_date(care_date: date | None, payment_date: date | None) -> date | None:
    """The date a line is filed under: the day of care, else the day it was paid (bank lines)."""
    return care_date if care_date is not None else payment_date


@dataclass(frozen=True, slots=True)
class LineDetails:
    """A reimbursement line as the user edits it (money in cents)."""

    person_id: int
    care_date: date | None
    payment_date: date | None
    nature: str
    practitioner: str = ""
    paid_cents: int | None = None
    base_cents: int | None = None
    rate_percent: int | None = None
    reimbursed_cents: int | None = None
    complementary_cents: int | None = None
    deductions_cents: int | None = None
    third_party: bool | None = None


def validate_line(details: LineDetails) -> LineDetails:
    """Refuse a line that cannot be true; return it with its texts trimmed.

    Reimbursed and complementary amounts may be negative (an insurer taking back an overpayment
    shows as a negative line); what was paid, the base and the deductions may not.
    """
    if details.care_date is None and details.payment_date is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "A line needs a date of care or a payment date."),
            field="care_date",
        )
    if (
        details.care_date is not None
        and details.payment_date is not None
        and details.payment_date < details.care_date
    ):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The payment date is before the date of care."),
            field="payment_date",
        )
    for field, value in (
        ("paid", details.paid_cents),
        ("base", details.base_cents),
        ("deductions", details.deductions_cents),
    ):
        if value is not None and value < 0:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "This amount cannot be negative."), field=field
            )
    if details.rate_percent is not None and not 0 <= details.rate_percent <= 100:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A rate is between 0 and 100 %."), field="rate")
    if all(
        v is None
        for v in (details.paid_cents, details.reimbursed_cents, details.complementary_cents)
    ):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "A line needs an amount: paid, reimbursed or complementary."
            ),
            field="paid",
        )
    nature = " ".join(details.nature.split())
    practitioner = " ".join(details.practitioner.split())
    if len(nature) > MAX_NATURE:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The nature of care is longer than {max} characters."),
            field="nature",
            max=MAX_NATURE,
        )
    if len(practitioner) > MAX_PRACTITIONER:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The practitioner is longer than {max} characters."),
            field="practitioner",
            max=MAX_PRACTITIONER,
        )
    return LineDetails(
        details.person_id,
        details.care_date,
        details.payment_date,
        nature,
        practitioner,
        details.paid_cents,
        details.base_cents,
        details.rate_percent,
        details.reimbursed_cents,
        details.complementary_cents,
        details.deductions_cents,
        details.third_party,
    )
