"""Profiles: detection from the header, user mappings that survive JSON, insurers in bank labels."""

import json
from datetime import date

import pytest

from ameli_desktop.importers import (
    AMELI_PROFILE,
    BANK_PROFILE,
    DateOrder,
    Field,
    Insurer,
    LayoutError,
    Profile,
    ProfileError,
    ProfileKind,
    detect_profile,
    parse_statement,
    user_profile,
)
from ameli_desktop.importers.fields import recognise_headers
from ameli_desktop.importers.payers import PayerMatcher


@pytest.mark.parametrize(
    ("header", "profile"),
    [
        ("Date des soins;Bénéficiaire;Prestation;Montant payé;Montant remboursé", AMELI_PROFILE),
        ("Date de paiement;Bénéficiaire;Nature des soins;Montant versé", AMELI_PROFILE),
        ("Date;Libellé;Débit;Crédit", BANK_PROFILE),
        ("Date opération;Date valeur;Libellé;Montant", BANK_PROFILE),
        ("Date;Acte;Montant", None),  # a household's own file: what is "Montant"? the user says
        ("Quand;Qui;Combien", None),
    ],
)
def test_detection(header: str, profile: Profile | None) -> None:
    assert detect_profile(recognise_headers(header.split(";"))) is profile


def _mutuelle_profile() -> Profile:
    return user_profile(
        "Ma mutuelle",
        ProfileKind.STATEMENT,
        ["Jour", "Patient", "Soin", "Frais", "Pris en charge", "Notes"],
        [Field.CARE_DATE, Field.BENEFICIARY, Field.NATURE, Field.PAID, Field.COMPLEMENTARY, None],
        delimiter=";",
        date_order=DateOrder.DAY_FIRST,
    )


def test_user_profile_survives_a_json_round_trip() -> None:
    profile = _mutuelle_profile()
    stored = json.dumps(profile.to_dict())

    assert Profile.from_dict(json.loads(stored)) == profile
    assert json.loads(stored)["columns"] == {
        "Jour": "care_date",
        "Patient": "beneficiary",
        "Soin": "nature",
        "Frais": "paid",
        "Pris en charge": "complementary",
    }


def test_user_profile_reads_its_file_with_headers_matched_loosely() -> None:
    """The saved mapping finds "JOUR", "pris en charge" in a later export with a preamble."""
    data = (
        "Export du 01/06/2025\n"
        "JOUR;PATIENT;SOIN;FRAIS;PRIS EN CHARGE;NOTES\n"
        "02/05/2025;Zoé;Orthophonie;35,00;14,00;séance 4\n"
    ).encode()
    parsed = parse_statement(data, _mutuelle_profile())

    assert parsed.layout.header_line == 2
    line = parsed.lines[0]
    assert (line.care_date, line.paid_cents, line.complementary_cents) == (
        date(2025, 5, 2),
        3500,
        1400,
    )


def test_profile_for_a_file_without_header_uses_positions() -> None:
    profile = user_profile(
        "Sans en-tête",
        ProfileKind.STATEMENT,
        None,
        [Field.CARE_DATE, Field.NATURE, Field.REIMBURSED],
        has_header=False,
    )
    assert profile.column_map() == {
        "#1": Field.CARE_DATE,
        "#2": Field.NATURE,
        "#3": Field.REIMBURSED,
    }
    parsed = parse_statement(b"03/01/2025;Kine;19,00\n13/01/2025;Kine;19,00\n", profile)

    assert [(line.line, line.care_date, line.reimbursed_cents) for line in parsed.lines] == [
        (1, date(2025, 1, 3), 1900),
        (2, date(2025, 1, 13), 1900),
    ]


def test_a_mapping_without_amount_is_refused() -> None:
    with pytest.raises(ProfileError, match="has no column for an amount"):
        user_profile("x", ProfileKind.STATEMENT, ["Jour", "Soin"], [Field.CARE_DATE, Field.NATURE])


def test_a_profile_column_missing_from_the_file() -> None:
    with pytest.raises(LayoutError, match="No row near the top of the file has the columns") as err:
        parse_statement(b"Date;Acte;Montant\n01/02/2025;x;1,00\n", _mutuelle_profile())
    assert err.value.field == "profile"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": " "}, "A profile needs a name."),
        ({"kind": "spreadsheet"}, "is not a valid kind"),
        ({"columns": {"Jour": "birthday"}}, "is not a valid field"),
        ({"delimiter": ":"}, "is not a valid delimiter"),
        ({"date_order": "ydm"}, "is not a valid date order"),
        ({"skip_lines": -1}, "is not a valid number of lines to skip"),
    ],
)
def test_malformed_saved_profiles_are_refused(change: dict[str, object], message: str) -> None:
    data = _mutuelle_profile().to_dict() | change

    with pytest.raises(ProfileError, match=message):
        Profile.from_dict(data)


@pytest.mark.parametrize(
    ("label", "insurer"),
    [
        ("VIR CPAM DE PARIS REMBOURSEMENT SOINS", Insurer.MANDATORY),
        ("VIREMENT DE C.P.A.M. HAUTS-DE-SEINE", Insurer.MANDATORY),
        ("VIR SEPA ASSURANCE MALADIE", Insurer.MANDATORY),
        ("Vir Caisse Primaire d'Assurance Maladie", Insurer.MANDATORY),
        ("VIR MSA ILE DE FRANCE", Insurer.MANDATORY),
        ("VIR HARMONIE MUTUELLE DECOMPTE CPAM", Insurer.COMPLEMENTARY),
        ("VIR MGEN PRESTATIONS", Insurer.COMPLEMENTARY),
        ("VIR ALAN SA", Insurer.COMPLEMENTARY),
        ("VIREMENT VIAMEDIS TIERS PAYANT", Insurer.COMPLEMENTARY),
        ("CARTE PHARMACIE DU CENTRE", None),
        ("PRLV SEPA EDF CLIENTS", None),
        ("VIR M. MUTIN", None),  # "mut" only as a whole word
        ("CB AMELIORATION HABITAT", None),  # "ameli" only as a whole word
    ],
)
def test_insurers_named_in_bank_labels(label: str, insurer: Insurer | None) -> None:
    assert PayerMatcher()(label).payer is insurer


def test_user_keywords_name_their_own_insurer() -> None:
    matcher = PayerMatcher(["Mutuelle des Motards", "MDM"])

    assert matcher("VIR MDM REMBT 2025").payer is Insurer.COMPLEMENTARY
    assert PayerMatcher()("VIR MDM REMBT 2025").payer is None
