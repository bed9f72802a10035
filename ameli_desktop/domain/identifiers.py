"""French identifiers: the NIR (numéro de sécurité sociale) and IBANs, via python-stdnum.

python-stdnum is imported when a number is checked, not with this module: its ``stdnum.util``
loads ``pkgutil`` and ``pydoc``, about 20 ms that the first window does not need (DESIGN.md 9).
"""

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError

MASK = "•"


def normalize_nir(text: str, *, field: str = "nir") -> str:
    """Validate a NIR (15 characters with its key, spaces allowed) and return it compact.

    Raises:
        UserError: with ``field`` set, so the form can mark the input.
    """
    from stdnum.exceptions import ValidationError
    from stdnum.fr import nir as stdnum_nir

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


def normalize_ameli_login(text: str, *, field: str = "login") -> str:
    """The ameli.fr login is the NIR: its 13 characters, or all 15 with the key (then checked).

    ameli.fr asks for the 13 characters; people often copy all 15 from the carte Vitale, so both
    are accepted and kept as typed (compacted). Corsica numbers have 2A/2B as the department.
    """
    from stdnum.exceptions import ValidationError
    from stdnum.fr import nir as stdnum_nir

    compact = stdnum_nir.compact(text)
    if len(compact) == 15:
        return normalize_nir(compact, field=field)
    if len(compact) == 13:
        try:
            # A 13-character number is well formed when it is valid once its own key is added.
            stdnum_nir.validate(compact + stdnum_nir.calc_check_digits(compact))
        except (ValidationError, ValueError):
            pass
        else:
            return compact
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "“{value}” is not an ameli.fr login: enter the 13 characters of the NIR (the social"
            " security number), or all 15 with its key.",
        ),
        field=field,
        value=text,
    )


def mask_nir(nir: str | None) -> str:
    """Only the last 4 characters shown: ``•••••••••••8436``; empty when there is none."""
    if not nir:
        return ""
    from stdnum.fr import nir as stdnum_nir

    compact = stdnum_nir.compact(nir)
    return MASK * (len(compact) - 4) + compact[-4:]


def normalize_iban(text: str, *, field: str = "iban") -> str:
    """Validate an IBAN and return it compact (no spaces, upper case)."""
    from stdnum import iban as stdnum_iban
    from stdnum.exceptions import ValidationError

    try:
        return str(stdnum_iban.validate(text))
    except ValidationError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid IBAN."), field=field, value=text
        ) from None
