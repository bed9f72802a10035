"""Header cells are recognised whatever their case, accents, punctuation or language."""

import pytest

from ameli_desktop.importers.fields import Field, header_key, recognise_header, recognise_headers


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Date des soins", Field.CARE_DATE),
        ("DATE DE SOINS", Field.CARE_DATE),
        ("date du soin", Field.CARE_DATE),
        ("Date of care", Field.CARE_DATE),
        ("Date de paiement", Field.PAYMENT_DATE),
        ("Payé le", Field.PAYMENT_DATE),
        ("Bénéficiaire", Field.BENEFICIARY),
        ("BENEFICIAIRE", Field.BENEFICIARY),
        ("Nature des soins", Field.NATURE),
        ("Prestation", Field.NATURE),
        ("Acte", Field.NATURE),
        ("Montant payé", Field.PAID),
        ("Dépense", Field.PAID),
        ("Payé", Field.PAID),
        ("Base de remboursement", Field.BASE),
        ("Taux (%)", Field.RATE),
        ("Montant remboursé", Field.REIMBURSED),
        ("Montant versé", Field.REIMBURSED),
        ("Montant remboursé par la Sécurité sociale", Field.REIMBURSED),
        ("Part mutuelle (€)", Field.COMPLEMENTARY),
        ("Participation forfaitaire / franchise", Field.DEDUCTIONS),
        ("Franchises médicales", Field.DEDUCTIONS),
        ("Tiers payant", Field.THIRD_PARTY),
        ("Libellé", Field.LABEL),
        ("LIBELLE", Field.LABEL),
        ("Débit", Field.DEBIT),
        ("Débit euros", Field.DEBIT),
        ("Crédit (€)", Field.CREDIT),
        ("Date", Field.DATE),
        ("Date de l’opération", Field.DATE),
        ("dateOp", Field.DATE),
        ("Date de valeur", Field.VALUE_DATE),
        ("Montant", Field.AMOUNT),
        ("Reste à charge", Field.OUT_OF_POCKET),
        ("Solde", Field.BALANCE),
    ],
)
def test_synonyms(header: str, field: Field) -> None:
    assert recognise_header(header) is field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Date réelle des soins", Field.CARE_DATE),
        ("Montant remboursé hors franchise", Field.DEDUCTIONS),  # names the franchise: not money in
        ("Remboursement de la caisse", Field.REIMBURSED),
        ("Taux appliqué", Field.RATE),
    ],
)
def test_token_rules_cover_unlisted_wording(header: str, field: Field) -> None:
    assert recognise_header(header) is field


@pytest.mark.parametrize("header", ["", "Quantité", "N° de dossier", "Commentaire", "Qui"])
def test_unknown_headers(header: str) -> None:
    assert recognise_header(header) is None


def test_header_key_drops_case_accents_units_and_plurals() -> None:
    assert header_key("  Montant remboursé (€) ") == "montant rembourse"
    assert header_key("Date des Soins") == header_key("date de soin")


def test_a_field_named_twice_keeps_its_first_column() -> None:
    assert recognise_headers(["Date", "Libellé", "Montant", "Montant"]) == [
        Field.DATE,
        Field.LABEL,
        Field.AMOUNT,
        None,
    ]
