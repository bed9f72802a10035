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
        columns: header (any spelling :func:`column_key` reduces alike) -> field, or a tuple of
            fields for a name the header repeats (the first column of that name, the second...);
            columns not listed are not imported.
        required: the headers that identify the layout (default: every listed column).
        exact: the header has these columns and no other (a layout too plain to tell apart).
        positions: for an export without a header: the field of each column, by position.
        row: for an export without a header: what a data row looks like, cell by cell (a
            pattern per position; None: anything).
        trailer: what the balance line at the end of a headerless export looks like.
        html_entities: the file carries HTML entities (``ch&egrave;ques``, ``C&amp;A``), decoded
            before it is split into cells.
    """

    id: str
    name: str
    columns: Mapping[str, Field | tuple[Field | None, ...] | None] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    exact: bool = False
    positions: tuple[Field | None, ...] = ()
    row: tuple[str | None, ...] = ()
    trailer: tuple[str | None, ...] = ()
    html_entities: bool = False

    @property
    def has_header(self) -> bool:
        return not self.positions

    def keys(self) -> frozenset[str]:
        return frozenset(column_key(h) for h in (self.required or tuple(self.columns)))

    def fields_for(self, header: Sequence[str]) -> list[Field | None]:
        """The field of each column of ``header`` (None: not imported)."""
        by_key = {column_key(h): f for h, f in self.columns.items()}
        occurrences: dict[str, int] = {}
        seen: set[Field] = set()
        result: list[Field | None] = []
        for cell in header:
            key = column_key(cell)
            listed = by_key.get(key)
            nth = occurrences[key] = occurrences.get(key, 0) + 1
            if isinstance(listed, tuple):
                fld = listed[nth - 1] if nth <= len(listed) else None
            else:
                fld = listed if nth == 1 else None  # a repeated name: the first one counts
            if fld is not None and fld in seen and fld is not Field.DETAIL:
                fld = None
            if fld is not None:
                seen.add(fld)
            result.append(fld)
        return result

    def matches_row(self, cells: Sequence[str]) -> bool:
        """Whether a row of a headerless file is one of this layout's data rows."""
        return _cells_match(self.row, cells)

    def is_trailer(self, cells: Sequence[str]) -> bool:
        return bool(self.trailer) and _cells_match(self.trailer, cells)


def _cells_match(patterns: Sequence[str | None], cells: Sequence[str]) -> bool:
    width = len(cells)
    while width and not cells[width - 1].strip():
        width -= 1  # trailing empty cells (a delimiter at the end of the line)
    if not patterns or width > len(patterns) or width < _required_width(patterns):
        return False
    padded = [*cells[:width], *([""] * (len(patterns) - width))]
    return all(
        pattern is None or re.fullmatch(pattern, cell.strip()) is not None
        for pattern, cell in zip(patterns, padded, strict=True)
    )


def _required_width(patterns: Sequence[str | None]) -> int:
    """Cells up to the last one whose pattern refuses an empty cell."""
    width = 0
    for index, pattern in enumerate(patterns):
        if pattern is not None and re.fullmatch(pattern, "") is None:
            width = index + 1
    return width


_DATE = r"\d{2}/\d{2}/\d{4}"
_AMOUNT = r"[+-]?\d{1,3}(?:[ \u00a0]?\d{3})*(?:,\d{1,2})?"
_TEXT = r".*\S.*"

_FRENCH_BANKS: tuple[BankLayout, ...] = (
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
            "Libelle court": None,  # "VIR SEPA RECU": the long label holds it
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
            "Libellé": None,  # the first 18 characters of the detail
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
        "bnp_paribas_legacy",
        "BNP Paribas (older export)",
        positions=(Field.DATE, Field.DETAIL, None, Field.LABEL, Field.AMOUNT),
        # Both type columns may be empty (``28/11/2026;;; FACTURE CARTE …;-18,40``, issue 15).
        row=(_DATE, r".*", r".*", _TEXT, _AMOUNT),
        html_entities=True,
    ),
    BankLayout(
        "lcl",
        "LCL",
        positions=(Field.DATE, Field.AMOUNT, None, None, Field.LABEL, Field.DETAIL, None, None),
        row=(_DATE, _AMOUNT, r"[^\d;]*", r"\d*", None, None, r"\d*", None),
        trailer=(_DATE, _AMOUNT, r"", r"\d{5} \w+"),
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
            "supplierFound": None,  # BoursoBank's guess of the merchant, lower case
            "amount": Field.AMOUNT,
            "accountbalance": Field.BALANCE,
        },
        required=("dateOp", "dateVal", "label", "amount"),
    ),
    BankLayout(
        "boursobank_fr",
        "BoursoBank",
        {
            "Date Opération": Field.DATE,
            "Date Valeur": Field.VALUE_DATE,
            "Libellé": Field.LABEL,
            "Libellé Suggéré": None,  # BoursoBank's tidied label
            "Solde": (Field.AMOUNT, Field.BALANCE),  # BoursoBank names the amount "Solde" too
        },
        required=("Date Opération", "Date Valeur", "Libellé", "Libellé Suggéré", "Solde"),
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
)


_N26 = {"Amount (EUR)": Field.AMOUNT, "Montant (EUR)": Field.AMOUNT}
_ONLINE_BANKS: tuple[BankLayout, ...] = (
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
    BankLayout(
        "n26_en",
        "N26",
        {
            "Booking Date": Field.DATE,
            "Value Date": Field.VALUE_DATE,
            "Partner Name": Field.LABEL,
            "Payment Reference": Field.DETAIL,
            **_N26,
        },
        required=("Booking Date", "Partner Name", "Payment Reference", "Amount (EUR)"),
    ),
    BankLayout(
        "n26_en_legacy",
        "N26",
        {"Date": Field.DATE, "Payee": Field.LABEL, "Payment reference": Field.DETAIL, **_N26},
        required=("Date", "Payee", "Payment reference", "Amount (EUR)"),
    ),
    BankLayout(
        "n26_fr",
        "N26",
        {
            "Date": Field.DATE,
            "Bénéficiaire": Field.LABEL,  # the other party, not the patient
            "Référence de paiement": Field.DETAIL,
            **_N26,
        },
        required=("Date", "Bénéficiaire", "Référence de paiement", "Montant (EUR)"),
    ),
    BankLayout(
        "qonto_en",
        "Qonto",
        {
            "Status": Field.STATUS,
            "Settlement date (UTC)": Field.DATE,
            "Total amount (incl. VAT)": Field.AMOUNT,
            "Currency": Field.CURRENCY,
            "Counterparty name": Field.LABEL,
            "Reference": Field.DETAIL,
            "Note": Field.DETAIL,
        },
        required=(
            "Status",
            "Settlement date (UTC)",
            "Total amount (incl. VAT)",
            "Counterparty name",
        ),
    ),
    BankLayout(
        "qonto_fr",
        "Qonto",
        {
            "Statut": Field.STATUS,
            "Date de la valeur (local)": Field.DATE,  # the settlement date, in French time
            "Montant total (TTC)": Field.AMOUNT,
            "Solde": Field.BALANCE,
            "Devise": Field.CURRENCY,
            "Nom de la contrepartie": Field.LABEL,
            "Référence": Field.DETAIL,
            "Note": Field.DETAIL,
        },
        required=(
            "Statut",
            "Date de la valeur (local)",
            "Montant total (TTC)",
            "Nom de la contrepartie",
        ),
    ),
)
LAYOUTS = _FRENCH_BANKS + _ONLINE_BANKS
HEADERLESS_SAMPLE = 60  # rows looked at to recognise a headerless export
HEADERLESS_SHARE = 0.8  # of its rows (with more than one cell) that must look like data


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


def detect_headerless(rows: Sequence[Sequence[str]]) -> tuple[BankLayout, int] | None:
    """The headerless export whose rows these are, and the index of its first data row."""
    sample = list(rows[:HEADERLESS_SAMPLE])
    candidates = [row for row in sample if sum(1 for cell in row if cell.strip()) > 1]
    for layout in LAYOUTS:
        if layout.has_header:
            continue
        matching = [i for i, row in enumerate(sample) if layout.matches_row(row)]
        trailers = sum(1 for row in candidates if layout.is_trailer(row))
        others = len(candidates) - trailers
        if len(matching) >= 2 and len(matching) >= HEADERLESS_SHARE * others:
            return layout, matching[0]
    return None
