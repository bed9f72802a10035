"""What a statement column means, and how a header cell is recognised.

Real files name the same column many ways (``Date des soins``, ``DATE DE SOINS``, ``Date du
soin``, ``Date of care``; ``Débit euros``, ``Débit (€)``). A header is therefore reduced to a *key*
(no case, no accents, no punctuation, no filler words, no plural ``s``) and looked up in a synonym
table, with a few token rules behind it for the wording nobody listed. Exact keys come first so
that ``Date`` stays the bank's operation date while ``Date des soins`` is the date of care.
"""

import re
from collections.abc import Iterable, Mapping
from enum import StrEnum

from ameli_desktop.domain.names import fold


class Field(StrEnum):
    """The meaning of a column. The values are stable: saved profiles store them."""

    CARE_DATE = "care_date"  # date des soins
    PAYMENT_DATE = "payment_date"  # date de paiement / de versement
    BENEFICIARY = "beneficiary"  # bénéficiaire des soins
    NATURE = "nature"  # nature des soins, prestation, acte
    PRACTITIONER = "practitioner"  # professionnel de santé
    PAID = "paid"  # montant payé, dépense
    BASE = "base"  # base de remboursement
    RATE = "rate"  # taux
    REIMBURSED = "reimbursed"  # montant remboursé / versé par l'Assurance Maladie
    COMPLEMENTARY = "complementary"  # part complémentaire (mutuelle)
    DEDUCTIONS = "deductions"  # participation forfaitaire, franchise
    THIRD_PARTY = "third_party"  # tiers payant
    # Bank exports.
    DATE = "date"  # date d'opération (or a lone "Date")
    VALUE_DATE = "value_date"  # date de valeur: read, never stored
    LABEL = "label"  # libellé
    DEBIT = "debit"
    CREDIT = "credit"
    AMOUNT = "amount"  # one signed amount
    DETAIL = "detail"  # more label text (détail, informations complémentaires, reference)
    STATUS = "status"  # booked / pending / declined (online banks)
    CURRENCY = "currency"  # devise
    # Recognised so that they are not reported as unknown, but never stored (derived or irrelevant).
    OUT_OF_POCKET = "out_of_pocket"  # reste à charge = paid - reimbursed - complementary
    BALANCE = "balance"  # solde
    IGNORED = "ignored"  # a column the user chose to ignore


DATE_FIELDS = frozenset({Field.CARE_DATE, Field.PAYMENT_DATE, Field.DATE, Field.VALUE_DATE})
MONEY_FIELDS = frozenset(
    {
        Field.PAID,
        Field.BASE,
        Field.REIMBURSED,
        Field.COMPLEMENTARY,
        Field.DEDUCTIONS,
        Field.DEBIT,
        Field.CREDIT,
        Field.AMOUNT,
        Field.OUT_OF_POCKET,
        Field.BALANCE,
    }
)
# Columns read together into a bank line's label (the richest first, see statement._labels).
LABEL_FIELDS = frozenset({Field.LABEL, Field.DETAIL})
# Fields that carry no information we keep: their cells are not even parsed.
UNUSED_FIELDS = frozenset({Field.VALUE_DATE, Field.OUT_OF_POCKET, Field.BALANCE, Field.IGNORED})

# Words that change nothing in a header: French articles and prepositions, currency units.
_FILLER = frozenset(
    {"de", "des", "du", "d", "la", "les", "l", "en", "par", "a", "au", "aux", "the", "of", "in"}
    | {"eur", "euro", "euros", "ttc", "no", "n", "nr", "num"}
)
_NON_WORD = re.compile(r"[^0-9a-z]+")


def header_key(header: str) -> str:
    """``Montant remboursé (€)`` -> ``montant rembourse``: the form synonyms are compared in."""
    tokens = []
    for word in _NON_WORD.split(fold(header)):
        if not word or word in _FILLER:
            continue
        # soins/soin, paiements/paiement (and frais/frai, on both sides alike).
        tokens.append(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return " ".join(tokens)


# Synonyms written as people write them; keys are computed with header_key() below.
_SYNONYMS: Mapping[Field, tuple[str, ...]] = {
    Field.CARE_DATE: (
        "Date des soins",
        "Date de soins",
        "Date du soin",
        "Date soins",
        "Date de l'acte",
        "Date acte",
        "Date de la prestation",
        "Date d'exécution",
        "Date de réalisation",
        "Date de la consultation",
        "Date of care",
        "Care date",
        "Treatment date",
        "Date of treatment",
        "Service date",
    ),
    Field.PAYMENT_DATE: (
        "Date de paiement",
        "Date du paiement",
        "Date de versement",
        "Date du versement",
        "Date du virement",
        "Date de virement",
        "Date de remboursement",
        "Date du remboursement",
        "Date de règlement",
        "Date du règlement",
        "Payé le",
        "Versé le",
        "Remboursé le",
        "Payment date",
        "Date of payment",
        "Paid on",
        "Reimbursement date",
    ),
    Field.BENEFICIARY: (
        "Bénéficiaire",
        "Bénéficiaire des soins",
        "Nom du bénéficiaire",
        "Patient",
        "Nom du patient",
        "Personne",
        "Membre",
        "Beneficiary",
        "Person",
        "Patient name",
    ),
    Field.NATURE: (
        "Nature des soins",
        "Nature de la prestation",
        "Nature",
        "Prestation",
        "Prestations",
        "Acte",
        "Actes",
        "Soins",
        "Type de soins",
        "Type de soin",
        "Type d'acte",
        "Désignation",
        "Libellé de l'acte",
        "Libellé de la prestation",
        "Libellé prestation",
        "Nature of care",
        "Care",
        "Treatment",
        "Service",
    ),
    Field.PRACTITIONER: (
        "Professionnel de santé",
        "Professionnel",
        "Praticien",
        "Médecin",
        "Émetteur",
        "Établissement",
        "Professionnel ou établissement",
        "Practitioner",
        "Doctor",
        "Provider",
        "Health professional",
    ),
    Field.PAID: (
        "Montant payé",
        "Montant réglé",
        "Montant de la dépense",
        "Dépense",
        "Dépense engagée",
        "Dépenses",
        "Montant dépensé",
        "Frais réels",
        "Honoraires",
        "Montant facturé",
        "Payé",
        "Amount paid",
        "Paid",
        "Cost",
        "Charged",
        "Expense",
    ),
    Field.BASE: (
        "Base de remboursement",
        "Base remboursement",
        "Base de remb.",
        "Base",
        "BR",
        "Base SS",
        "Tarif de convention",
        "Tarif de responsabilité",
        "Reimbursement base",
        "Base rate",
    ),
    Field.RATE: (
        "Taux",
        "Taux de remboursement",
        "Taux %",
        "Taux remboursement",
        "Taux SS",
        "Rate",
        "Reimbursement rate",
    ),
    Field.REIMBURSED: (
        "Montant remboursé",
        "Montant versé",
        "Montant remboursé par l'Assurance Maladie",
        "Remboursement",
        "Remboursement Sécurité sociale",
        "Remboursement Assurance Maladie",
        "Remboursement AMO",
        "Remboursé",
        "Versé",
        "Part Sécurité sociale",
        "Part Assurance Maladie",
        "Part AMO",
        "Part obligatoire",
        "Rbt SS",
        "Remb. SS",
        "Remboursement SS",
        "Montant remboursé AMO",
        "Montant remboursé SS",
        "Amount reimbursed",
        "Reimbursed",
        "Reimbursement",
        "Refund",
    ),
    Field.COMPLEMENTARY: (
        "Part complémentaire",
        "Complémentaire",
        "Montant complémentaire",
        "Remboursement complémentaire",
        "Remboursement mutuelle",
        "Mutuelle",
        "Part mutuelle",
        "Part AMC",
        "Remboursement AMC",
        "Rbt mutuelle",
        "Remb. mutuelle",
        "Versé par la complémentaire",
        "Complementary",
        "Top-up",
        "Top-up insurer",
        "Supplementary insurance",
    ),
    Field.DEDUCTIONS: (
        "Participation forfaitaire / franchise",
        "Participation forfaitaire",
        "Participations forfaitaires",
        "Franchise",
        "Franchises",
        "Franchise médicale",
        "Franchises médicales",
        "PF / franchise",
        "PF",
        "Participation forfaitaire et franchise",
        "Franchises et participations",
        "Participations et franchises",
        "Déductions",
        "Retenues",
        "Retenue",
        "Deductions",
        "Deductible",
        "Flat-rate contribution",
    ),
    Field.THIRD_PARTY: (
        "Tiers payant",
        "TP",
        "Tiers-payant",
        "Third-party payment",
        "Third party",
        "Direct billing",
    ),
    Field.DATE: (
        "Date",
        "Date opération",
        "Date d'opération",
        "Date de l'opération",
        "Date op.",
        "Date comptable",
        "Date de comptabilisation",
        "Date écriture",
        "Date de l'écriture",
        "dateOp",
        "Booking date",
        "Transaction date",
        "Posting date",
    ),
    Field.VALUE_DATE: (
        "Date de valeur",
        "Date valeur",
        "dateVal",
        "Value date",
    ),
    Field.LABEL: (
        "Libellé",
        "Libellés",
        "Libellé opération",
        "Libellé de l'opération",
        "Libellé simplifié",
        "Libellé court",
        "Libellé complet",
        "Intitulé",
        "Détail",
        "Détail de l'écriture",
        "Description",
        "Label",
        "Wording",
        "Transaction",
    ),
    Field.DETAIL: (
        "Informations complémentaires",
        "Information complémentaire",
        "Infos complémentaires",
        "Complément de libellé",
        "Libellé complémentaire",
        "Motif",
        "Payment reference",
        "Référence de paiement",
    ),
    Field.STATUS: ("Statut", "Status", "State", "État", "Etat"),
    Field.CURRENCY: ("Devise", "Currency"),
    Field.DEBIT: ("Débit", "Débits", "Montant débit", "Débit euros", "Debit", "Withdrawal"),
    Field.CREDIT: ("Crédit", "Crédits", "Montant crédit", "Crédit euros", "Credit", "Deposit"),
    Field.AMOUNT: ("Montant", "Montant opération", "Somme", "Amount", "Sum"),
    Field.OUT_OF_POCKET: (
        "Reste à charge",
        "Reste à votre charge",
        "Reste à payer",
        "RAC",
        "Out of pocket",
        "Out-of-pocket",
    ),
    Field.BALANCE: ("Solde", "Balance", "accountbalance"),
}

_KEYED: dict[str, Field] = {}
for _field, _names in _SYNONYMS.items():
    for _name in _names:
        _key = header_key(_name)
        if _KEYED.setdefault(_key, _field) is not _field:  # pragma: no cover - table typo
            raise AssertionError(f"synonym {_name!r} listed under two fields")

# Wording nobody listed: a field when all of a rule's tokens appear (first rule that fits wins).
_TOKEN_RULES: tuple[tuple[frozenset[str], Field], ...] = tuple(
    (frozenset(tokens.split()), field)
    for tokens, field in (
        ("date soin", Field.CARE_DATE),
        ("date acte", Field.CARE_DATE),
        ("date paiement", Field.PAYMENT_DATE),
        ("date versement", Field.PAYMENT_DATE),
        ("date virement", Field.PAYMENT_DATE),
        ("date remboursement", Field.PAYMENT_DATE),
        ("date valeur", Field.VALUE_DATE),
        ("date operation", Field.DATE),
        ("reste charge", Field.OUT_OF_POCKET),
        ("franchise", Field.DEDUCTIONS),
        ("participation forfaitaire", Field.DEDUCTIONS),
        ("mutuelle", Field.COMPLEMENTARY),
        ("complementaire", Field.COMPLEMENTARY),
        ("amc", Field.COMPLEMENTARY),
        ("base", Field.BASE),
        ("taux", Field.RATE),
        ("tiers payant", Field.THIRD_PARTY),
        ("beneficiaire", Field.BENEFICIARY),
        ("montant rembourse", Field.REIMBURSED),
        ("montant verse", Field.REIMBURSED),
        ("remboursement", Field.REIMBURSED),
        ("montant paye", Field.PAID),
        ("depense", Field.PAID),
        ("debit", Field.DEBIT),
        ("credit", Field.CREDIT),
        ("libelle", Field.LABEL),
        ("nature", Field.NATURE),
        ("prestation", Field.NATURE),
        ("montant", Field.AMOUNT),
    )
)


def recognise_header(header: str) -> Field | None:
    """The field a header cell names, or None when it names nothing we know."""
    key = header_key(header)
    if not key:
        return None
    field = _KEYED.get(key)
    if field is not None:
        return field
    tokens = set(key.split())
    for needed, rule_field in _TOKEN_RULES:
        if needed <= tokens:
            return rule_field
    return None


def recognise_headers(headers: Iterable[str]) -> list[Field | None]:
    """Fields for a header row; a field named twice keeps its first column (the rest map to None).

    Two columns feeding one field would make the value depend on column order; the preview shows
    the second one as unmapped so the user can decide. A second label (``Libellé court`` then
    ``Libellé opération``) is different: labels are read together (see ``DETAIL``).
    """
    seen: set[Field] = set()
    result: list[Field | None] = []
    for header in headers:
        field = recognise_header(header)
        if field is Field.LABEL and field in seen:
            field = Field.DETAIL
        elif field is not None and field in seen and field is not Field.DETAIL:
            field = None
        if field is not None:
            seen.add(field)
        result.append(field)
    return result
