"""French identifiers: the NIR (numéro de sécurité sociale) and IBANs, via python-stdnum."""

from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError
from stdnum.fr import nir as stdnum_nir

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError

MASK = "•"


def normalize_nir(text: str, *, field: str = "nir") -> str:
    """Validate a NIR (15 characters with its key, spaces allowed) and return it compact.

    Raises:
        UserError: with ``field`` set, so the form can mark the input.
    """
    try:
        return str(stdnum_nir.validate(text))
    except ValidationError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{value}” is not a valid NIR: it has 15 characters (13 digits and a 2-digit key)"
                " and the key must match.",
            ),
            field=field,
            value=text,
        ) from None


def mask_nir(nir: str | None) -> str:
    """Only the last 4 characters shown: ``•••••••••••8436``; empty when there is none."""
    if not nir:
        return ""
    compact = stdnum_nir.compact(nir)
    return MASK * (len(compact) - 4) + compact[-4:]


def normalize_iban(text: str, *, field: str = "iban") -> str:
    """Validate an IBAN and return it compact (no spaces, upper case)."""
    try:
        return str(stdnum_iban.validate(text))
    except ValidationError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid IBAN."), field=field, value=text
        ) from None
