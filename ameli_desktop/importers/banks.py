"""The CSV exports of French banks, recognised without any mapping.

Each bank writes its own header (and two write none): the synonyms of ``fields`` read most of them,
but not all well. BNP Paribas puts the short label (``VIR``) before the long one; Caisse
d'Épargne's "Informations complémentaires" is text, not the mutuelle's amount; Revolut's dates are
"Started"/"Completed". A layout names, for one bank's header, what every column is; the label is
read from all the label columns together, the richest first (see ``statement``).

Layouts are recognised from the header's columns (all of ``required`` present, compared without
case, accents or punctuation; the most specific layout wins), or, for the exports without a
header, from the shape of their rows.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ameli_desktop.domain.names import fold
from ameli_desktop.importers.fields import Field

_NON_WORD = re.compile(r"[^0-9a-z]+")


def column_key(header: str) -> str:
    """``Montant(EUROS)`` -> ``montant euros``: how layouts name columns (keeps every word)."""
    return " ".join(word for word in _NON_WORD.split(fold(header)) if word)


@dataclass(frozen=True, eq=False)  # one object per layout: identity is equality
class BankLayout:
    """One bank's export.

    Attributes:
        id: stable name, stored with each import (``credit_agricole``).
        name: the bank, as users know it.
        columns: header (any spelling :func:`column_key` reduces alike) -> field; columns not
            listed are not imported.
        required: the headers that identify the layout (default: every listed column).
        exact: the header has these columns and no other (a layout too plain to tell apart).
        positions: for an export without a header: the field of each column, by position.
        row: for an export without a header: what its data rows look like.
    """

    id: str
    name: str
    columns: Mapping[str, Field | None] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    exact: bool = False
    positions: tuple[Field | None, ...] = ()
    row: re.Pattern[str] | None = None

    @property
    def has_header(self) -> bool:
        return not self.positions

    def keys(self) -> frozenset[str]:
        return frozenset(column_key(h) for h in (self.required or tuple(self.columns)))

    def fields_for(self, header: Sequence[str]) -> list[Field | None]:
        """The field of each column of ``header`` (None: not imported)."""
        by_key = {column_key(h): f for h, f in self.columns.items()}
        seen: set[Field] = set()
        result: list[Field | None] = []
        for cell in header:
            fld = by_key.get(column_key(cell))
            if fld is not None and fld in seen and fld is not Field.DETAIL:
                fld = None  # a column repeated in the header: the first one counts
            if fld is not None:
                seen.add(fld)
            result.append(fld)
        return result


_DATE = r"\d{2}/\d{2}/\d{4}"
_AMOUNT = r"[+-]?\d[\d \u00a0]*(?:[,.]\d+)?"

LAYOUTS: tuple[BankLayout, ...] = (
    BankLayout(
        "credit_agricole",
        "Crédit Agricole",
        {
            "Date": Field.DATE,
            "Libellé": Field.LABEL,
            "Débit euros": Field.DEBIT,
            "Crédit euros": Field.CREDIT,
        },
        exact=True,
    ),
    BankLayout(
        "bnp_paribas",
        "BNP Paribas / Hello bank",
        {
            "Date operation": Field.DATE,
            "Libelle court": Field.DETAIL,
            "Type operation": None,
            "Libelle operation": Field.LABEL,
            "Montant operation en euro": Field.AMOUNT,
        },
        required=(
            "Date operation",
            "Libelle court",
            "Libelle operation",
            "Montant operation en euro",
        ),
    ),
    BankLayout(
        "societe_generale",
        "Société Générale",
        {
            "Date de l'opération": Field.DATE,
            "Libellé": Field.DETAIL,
            "Détail de l'écriture": Field.LABEL,
            "Montant de l'opération": Field.AMOUNT,
            "Devise": Field.CURRENCY,
        },
        required=(
            "Date de l'opération",
            "Libellé",
            "Détail de l'écriture",
            "Montant de l'opération",
        ),
    ),
    BankLayout(
        "bpce",
        "Caisse d'Épargne / Banque Populaire",
        {
            "Date de comptabilisation": None,
            "Libelle simplifie": Field.DETAIL,
            "Libelle operation": Field.LABEL,
            "Reference": None,
            "Informations complementaires": Field.DETAIL,
            "Debit": Field.DEBIT,
            "Credit": Field.CREDIT,
            "Date operation": Field.DATE,
            "Date de valeur": Field.VALUE_DATE,
        },
        required=("Date de comptabilisation", "Libelle simplifie", "Libelle operation", "Debit"),
    ),
    BankLayout(
        "credit_mutuel",
        "Crédit Mutuel / CIC",
        {
            "Date": Field.DATE,
            "Date de valeur": Field.VALUE_DATE,
            "Débit": Field.DEBIT,
            "Crédit": Field.CREDIT,
            "Montant": Field.AMOUNT,
            "Libellé": Field.LABEL,
            "Solde": Field.BALANCE,
        },
        required=("Date", "Date de valeur", "Libellé", "Solde"),
    ),
    BankLayout(
        "banque_postale",
        "La Banque Postale",
        {
            "Date": Field.DATE,
            "Libellé": Field.LABEL,
            "Montant(EUROS)": Field.AMOUNT,
            "Montant(FRANCS)": None,
        },
        required=("Date", "Libellé", "Montant(EUROS)"),
    ),
    BankLayout(
        "boursobank",
        "BoursoBank (Boursorama)",
        {
            "dateOp": Field.DATE,
            "dateVal": Field.VALUE_DATE,
            "label": Field.LABEL,
            "supplierFound": Field.DETAIL,
            "amount": Field.AMOUNT,
            "accountbalance": Field.BALANCE,
        },
        required=("dateOp", "dateVal", "label", "amount"),
    ),
    BankLayout(
        "fortuneo",
        "Fortuneo",
        {
            "Date opération": Field.DATE,
            "Date valeur": Field.VALUE_DATE,
            "libellé": Field.LABEL,
            "Débit": Field.DEBIT,
            "Crédit": Field.CREDIT,
        },
    ),
    BankLayout(
        "revolut_en",
        "Revolut",
        {
            "Type": None,
            "Product": None,
            "Started Date": None,
            "Completed Date": Field.DATE,
            "Description": Field.LABEL,
            "Amount": Field.AMOUNT,
            "Currency": Field.CURRENCY,
            "State": Field.STATUS,
            "Balance": Field.BALANCE,
        },
        required=("Started Date", "Completed Date", "Description", "Amount", "State"),
    ),
    BankLayout(
        "revolut_fr",
        "Revolut",
        {
            "Date de début": None,
            "Date de fin": Field.DATE,
            "Description": Field.LABEL,
            "Montant": Field.AMOUNT,
            "Devise": Field.CURRENCY,
            "État": Field.STATUS,
            "Solde": Field.BALANCE,
        },
        required=("Date de début", "Date de fin", "Description", "Montant", "État"),
    ),
)


def detect_layout(header: Sequence[str]) -> BankLayout | None:
    """The bank whose export has this header (the most specific match), or None."""
    present = {column_key(cell) for cell in header} - {""}
    matches = [
        layout
        for layout in LAYOUTS
        if layout.has_header
        and (layout.keys() == present if layout.exact else layout.keys() <= present)
    ]
    return max(matches, key=lambda layout: len(layout.keys()), default=None)


def layout_by_id(layout_id: str) -> BankLayout | None:
    return next((layout for layout in LAYOUTS if layout.id == layout_id), None)
