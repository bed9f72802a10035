"""Who paid, at the edges of the payer rules (issue 17, item 8): Alan the health insurer (a
company: "S.A.", a reference, a payment word, or nothing after its name) against Alan a person
(after a civility, or followed by a surname). Labels in the banks' own syntax."""

import pytest

from ameli_desktop.importers.payers import Insurer, NotHealth, PayerMatcher


def verdict(label: str, cents: int = 2150) -> tuple[Insurer | None, NotHealth | None]:
    return PayerMatcher()(label).for_amount(cents)


@pytest.mark.parametrize(
    "label",
    [
        "VIR ALAN S.A. REMBOURSEMENT",  # the example
        "VIR SEPA ALAN SA REMBOURSEMENT SOINS",
        "VIR ALAN INSURANCE PRESTATIONS",
        "VIR ALAN 2025-0112",  # a reference after the name
        "VIR ALAN",  # nothing after it
        "vir alan s.a. remboursement",  # as some exports write it
    ],
)
def test_alan_the_insurer_is_a_health_payment(label: str) -> None:
    assert verdict(label) == (Insurer.COMPLEMENTARY, None)


@pytest.mark.parametrize(
    "label",
    [
        "VIR M ALAN REMBOURSEMENT",  # the example: a civility first
        "VIR MME ALAN REMBOURSEMENT",
        "VIR M. ALAN DUPONT",
        "VIR MR ALAN MARTIN",
        "VIR ALAN MARTIN REMBOURSEMENT",  # a surname after the first name
        "VIR MONSIEUR ALAN",
    ],
)
def test_alan_a_person_is_not_a_health_payment(label: str) -> None:
    assert verdict(label) == (None, NotHealth.PERSON)
    assert verdict(label, -2150) == (None, NotHealth.PERSON)


def test_a_debit_to_the_insurer_is_its_premium_whatever_the_label() -> None:
    assert verdict("PRLV ALAN SA COTISATION", -4990) == (None, NotHealth.PREMIUM)
    assert verdict("VIR ALAN S.A. REMBOURSEMENT", -2150) == (None, NotHealth.PREMIUM)
    assert verdict("VIR ALAN S.A. REMBOURSEMENT", 0) == (Insurer.COMPLEMENTARY, None)
    assert verdict("VIR ALAN S.A. REMBOURSEMENT", None) == (Insurer.COMPLEMENTARY, None)  # type: ignore[arg-type]


def test_the_basic_scheme_debit_is_still_a_health_line() -> None:
    """Franchises recovered by direct debit: the CPAM's, negative, kept."""
    assert verdict("PRLV SEPA CPAM PARIS FRANCHISES MEDICALES", -400) == (Insurer.MANDATORY, None)


def test_a_mutuelle_quoting_the_cpam_statement_is_the_mutuelle() -> None:
    assert verdict("VIR HARMONIE MUTUELLE DECOMPTE CPAM 2025-0112") == (
        Insurer.COMPLEMENTARY,
        None,
    )


def test_a_name_the_user_gave_counts_as_their_complementary() -> None:
    matcher = PayerMatcher(extra_complementary=["MOTARDS SOLIDAIRES"])
    assert matcher("VIR MOTARDS SOLIDAIRES PRESTATIONS").for_amount(1000) == (
        Insurer.COMPLEMENTARY,
        None,
    )
    assert PayerMatcher()("VIR MOTARDS SOLIDAIRES PRESTATIONS").for_amount(1000)[0] is None


def test_the_verdict_of_a_label_is_remembered() -> None:
    matcher = PayerMatcher()
    assert matcher("VIR ALAN SA") is matcher("VIR ALAN SA")


@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("VIR C.P.A.M.75 - Remb. soins", ["vir", "cpam", "75", "remb", "soins"]),
        ("PRLV M.S.A.", ["prlv", "msa"]),
        ("VIR REMB C P", ["vir", "remb", "cp"]),  # a run of two letters at the end
        ("VIR REMB X", ["vir", "remb", "x"]),  # one letter alone stays itself
        ("VIR A B SANTE", ["vir", "ab", "sante"]),
    ],
)
def test_a_label_is_read_as_words_with_spelled_out_letters_joined(
    label: str, words: list[str]
) -> None:
    from ameli_desktop.importers.payers import normalise_label

    assert normalise_label(label) == words


@pytest.mark.parametrize(
    ("label", "payer"),
    [
        # hypothesis found it: MNH (an insurer) read out of a reference code turned a CPAM
        # payment into the mutuelle's
        ("VIR SEPA RECU /DE CPAM DE PARIS /MOTIF 000123456789 REMB /REF:00MNH0", "mandatory"),
        ("VIR SEPA DUPONT /REF 12MGEN34", None),
        ("VIR SEPA DUPONT /ID AXA123 SOINS", None),
        ("VIR SEPA DUPONT /MOTIF 9MGEN", None),
        # a caisse's number glued to its name is still split: not a code
        ("VIR CPAM75 REMB SOINS", "mandatory"),
        ("VIR MGEN REF SOINS", "complementary"),  # REF followed by a word, not a code
    ],
)
def test_the_letters_of_a_reference_code_name_no_payer(label: str, payer: str | None) -> None:
    verdict = PayerMatcher()(label)
    assert (verdict.payer.value if verdict.payer else None) == payer
