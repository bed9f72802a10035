"""Claims to follow (suivre mes démarches): what was sent, by when an answer is due, and when a
statement line settles it."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError


class ClaimKind(StrEnum):
    CARE = "care"  # a paper feuille de soins, a refund asked for
    SICK_LEAVE = "sick_leave"  # arrêt de travail (indemnités journalières)
    CARE_ABROAD = "care_abroad"  # soins à l'étranger
    PARENTHOOD = "parenthood"  # maternity / paternity leave
    BIRTH = "birth"  # déclaration de naissance
    OTHER = "other"


CLAIM_KIND_LABELS = {
    ClaimKind.CARE: QT_TRANSLATE_NOOP("Claims", "Care reimbursement (feuille de soins)"),
    ClaimKind.SICK_LEAVE: QT_TRANSLATE_NOOP("Claims", "Sick leave (arrêt de travail)"),
    ClaimKind.CARE_ABROAD: QT_TRANSLATE_NOOP("Claims", "Care abroad (soins à l'étranger)"),
    ClaimKind.PARENTHOOD: QT_TRANSLATE_NOOP("Claims", "Maternity / paternity (congé)"),
    ClaimKind.BIRTH: QT_TRANSLATE_NOOP("Claims", "Birth declaration (déclaration de naissance)"),
    ClaimKind.OTHER: QT_TRANSLATE_NOOP("Claims", "Other"),
}


class ClaimStatus(StrEnum):
    OPEN = "open"  # waiting for an answer
    PAID = "paid"  # a statement line settled it (linked)
    CLOSED = "closed"  # closed by hand
    CANCELLED = "cancelled"


CLAIM_STATUS_LABELS = {
    ClaimStatus.OPEN: QT_TRANSLATE_NOOP("Claims", "Open"),
    ClaimStatus.PAID: QT_TRANSLATE_NOOP("Claims", "Paid"),
    ClaimStatus.CLOSED: QT_TRANSLATE_NOOP("Claims", "Closed"),
    ClaimStatus.CANCELLED: QT_TRANSLATE_NOOP("Claims", "Cancelled"),
}


@dataclass(frozen=True, slots=True)
class ClaimDetails:
    """What the user enters for a claim, checked by :func:`validate_claim`."""

    person_id: int
    kind: ClaimKind
    sent_on: date
    expected_by: date | None = None
    care_date: date | None = None
    amount_cents: int | None = None
    notes: str = ""


MAX_NOTES = 2000


def validate_claim(details: ClaimDetails, *, today: date) -> ClaimDetails:
    """Refuse what cannot be right: a claim sent in the future, an answer due before it was sent,
    care after the claim, a negative amount."""
    if details.sent_on > today:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The claim cannot have been sent after today ({today})."),
            field="sent_on",
            today=today.strftime("%d/%m/%Y"),
        )
    if details.expected_by is not None and details.expected_by < details.sent_on:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The answer cannot be expected before the claim was sent."),
            field="expected_by",
        )
    if details.care_date is not None and details.care_date > details.sent_on:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The care cannot be after the day the claim was sent."),
            field="care_date",
        )
    if details.amount_cents is not None and details.amount_cents <= 0:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The amount must be more than zero."), field="amount"
        )
    if len(details.notes) > MAX_NOTES:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The notes are longer than {max} characters."),
            field="notes",
            max=MAX_NOTES,
        )
    return ClaimDetails(
        details.person_id,
        details.kind,
        details.sent_on,
        details.expected_by,
        details.care_date,
        details.amount_cents,
        details.notes.strip(),
    )


def is_overdue(status: ClaimStatus, expected_by: date | None, today: date) -> bool:
    """Still open after the day the answer was expected."""
    return status is ClaimStatus.OPEN and expected_by is not None and expected_by < today


def line_settles_claim(
    *,
    claim_person_id: int,
    claim_care_date: date | None,
    claim_amount_cents: int | None,
    line_person_id: int,
    line_care_date: date | None,
    line_paid_cents: int | None,
    line_reimbursed_cents: int | None,
) -> bool:
    """A statement line settles a claim when it is the same person's, for the same day of care,
    and shows the claim's amount as paid or as reimbursed (DESIGN.md 2).

    A claim without a date of care (a birth declaration) is never settled by a line: the user
    closes it. Without an amount, person and day of care suffice.
    """
    if claim_person_id != line_person_id or claim_care_date is None:
        return False
    if line_care_date != claim_care_date:
        return False
    if claim_amount_cents is None:
        return True
    return claim_amount_cents in (line_paid_cents, line_reimbursed_cents)


LOOKBACK_MONTHS = 12  # how far back a month with no statement line is pointed out


def lookback_start(today: date, lookback: int = LOOKBACK_MONTHS) -> date:
    """The first day of the earliest month :func:`months_without_lines` looks at: the months
    with lines it needs are those from here on, and the first month with any line."""
    year, month = divmod(today.year * 12 + today.month - 1 - lookback, 12)
    return date(year, month + 1, 1)


def months_without_lines(
    months_with_lines: set[tuple[int, int]], *, today: date, lookback: int = LOOKBACK_MONTHS
) -> list[tuple[int, int]]:
    """Complete months, within the last ``lookback`` and after the first month with any line,
    that have no statement line: a statement probably not imported yet.

    The current month is not complete, so it is never reported.
    """
    if not months_with_lines:
        return []
    first = min(months_with_lines)
    missing = []
    year, month = today.year, today.month
    for _ in range(lookback):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        if (year, month) < first:
            break
        if (year, month) not in months_with_lines:
            missing.append((year, month))
    return sorted(missing)
