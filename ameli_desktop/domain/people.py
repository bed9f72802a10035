"""Household members: roles and the checks on a person's details."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.facts import SchengenFacts
from ameli_desktop.domain.identifiers import mask_nir, normalize_nir
from ameli_desktop.domain.schengen import (
    Nationality,
    PermitPeriod,
    nationality_with_permit,
    validate_permit,
)

MAX_NAME_LENGTH = 80
OLDEST_BIRTH = date(1900, 1, 1)


class Role(StrEnum):
    HOLDER = "holder"
    PARTNER = "partner"
    CHILD = "child"
    OTHER = "other"


ROLE_LABELS = {
    Role.HOLDER: QT_TRANSLATE_NOOP("Roles", "Holder (assuré)"),
    Role.PARTNER: QT_TRANSLATE_NOOP("Roles", "Partner"),
    Role.CHILD: QT_TRANSLATE_NOOP("Roles", "Child (ayant droit)"),
    Role.OTHER: QT_TRANSLATE_NOOP("Roles", "Other"),
}


@dataclass(frozen=True, slots=True)
class PersonDetails:
    """What a user enters for a person, checked by :func:`validate_person`.

    ``nationality`` is what counts at the Schengen border, "unknown" until asked (issue 18);
    ``permit`` is a residence permit or long-stay visa to record with the person (asked when a
    person is added, for passports from outside the EU/EEA/Switzerland).
    """

    name: str
    born: date | None = None
    role: Role = Role.HOLDER
    nir: str | None = None  # compact once validated
    s1_holder: bool = False
    nationality: Nationality = Nationality.UNKNOWN
    permit: PermitPeriod | None = None

    @property
    def masked_nir(self) -> str:
        return mask_nir(self.nir)


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a role: use holder, partner, child or other."
            ),
            field="role",
            value=text,
        ) from None


def validate_person(
    details: PersonDetails, *, today: date, facts: SchengenFacts | None = None
) -> PersonDetails:
    """Return the details cleaned (trimmed name, compact NIR, permit state in capitals) or raise
    naming the field. A permit makes the group "other" (see
    :func:`~ameli_desktop.domain.schengen.nationality_with_permit`)."""
    name = " ".join(details.name.split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A name is needed."), field="name")
    if len(name) > MAX_NAME_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The name is longer than {limit} characters."),
            field="name",
            limit=MAX_NAME_LENGTH,
        )
    if details.born is not None and not OLDEST_BIRTH <= details.born <= today:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The date of birth must be between 01/01/1900 and today."),
            field="born",
        )
    nir = details.nir.strip() if details.nir else None
    if nir:
        nir = normalize_nir(nir, field="nir")
    role = details.role if isinstance(details.role, Role) else parse_role(str(details.role))
    nationality = Nationality(details.nationality)
    permit = None
    if details.permit is not None:
        nationality = nationality_with_permit(nationality)
        permit = validate_permit(details.permit, facts)
    return PersonDetails(
        name, details.born, role, nir or None, bool(details.s1_holder), nationality, permit
    )
