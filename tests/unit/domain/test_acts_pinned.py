"""Acts of care at the edges the mutation run found unpinned (issue 17, item 8): which lines are
the same act and which are not, which document gives a part's payment, the mutuelle's estimate
at 0, where a deferred amount withheld goes, and which debits may be for which acts (the window,
the nearest three distances, a person's day, the same money, the smallest amounts).

The money is G1's consultation (ameli-documents.md §1: 25,00 paid, 17,50 versé, 70 %) and G3's
mutuelle row for it (§3: 7,50 paid by the mutuelle); the debits are card payments (§7).
"""

from datetime import date, timedelta

from ameli_desktop.domain.acts import (
    Act,
    Debit,
    Payable,
    Payment,
    Piece,
    build_acts,
    debit_options,
    debit_window,
    estimated_amc,
    is_ameli_document,
    match_debits,
    with_debit,
    withheld_target_index,
)
from ameli_desktop.domain.statements import DocumentKind

CARE = date(2018, 10, 13)
AMO_PAID = Payment(date(2018, 10, 19), 1750, ("payment", 1))
AMC_PAID = Payment(date(2018, 10, 30), 750, ("payment", 2))


def piece(line_id: int, document: DocumentKind, **values: object) -> Piece:
    """A line of ``document`` for G1's consultation: 25,00 paid, unless ``values`` say more."""
    fields: dict[str, object] = {"nature": "C GENERALISTE", "paid_cents": 2500}
    fields.update(values)
    return Piece(line_id, 1, CARE, document, (document.value, line_id), **fields)  # type: ignore[arg-type]


def ameli(line_id: int, **values: object) -> Piece:
    """G1's row: 25,00 paid, 17,50 versé on 19/10/2018."""
    fields: dict[str, object] = {"amo_cents": 1750, "amo_payment": AMO_PAID}
    fields.update(values)
    return piece(line_id, DocumentKind.AMELI_PAYMENT, **fields)


def mutuelle(line_id: int, **values: object) -> Piece:
    """G3's row: 25,00 engaged, 17,50 quoted, 7,50 paid by the mutuelle on 30/10/2018."""
    fields: dict[str, object] = {
        "amo_quoted_cents": 1750,
        "amc_cents": 750,
        "amc_payment": AMC_PAID,
    }
    fields.update(values)
    return piece(line_id, DocumentKind.MUTUELLE, **fields)


# ------------------------------------------------------------------- one act, or two


def test_a_line_with_another_amount_paid_is_another_act() -> None:
    """G1's 25,00 consultation and a CSV line of 30,00 (a dépassement) with the same 17,50 versé:
    two acts, not one seen twice."""
    acts = build_acts([ameli(1), piece(2, DocumentKind.CSV, paid_cents=3000, amo_cents=1750)])
    assert sorted(a.paid_cents for a in acts) == [2500, 3000]


def test_a_line_with_another_assurance_maladie_part_is_another_act() -> None:
    """25,00 paid on both, 17,50 versé on G1 and 16,50 on the CSV: two acts."""
    acts = build_acts([ameli(1), piece(2, DocumentKind.CSV, amo_cents=1650)])
    assert sorted(a.amo_cents for a in acts) == [1650, 1750]


def test_a_line_with_another_mutuelle_part_is_another_act() -> None:
    """The mutuelle's statement pays 7,50 and its CSV export 5,00 for a 25,00 act: two acts."""
    acts = build_acts([piece(1, DocumentKind.CSV, amc_cents=500), mutuelle(2)])
    assert sorted(a.amc_cents for a in acts) == [500, 750]


def test_the_mutuelles_own_statement_gives_its_payment_before_a_table() -> None:
    """G1, G3 and the mutuelle's CSV export of the same act (7,50 on both): one act, whose
    mutuelle payment is the statement's, not the table's."""
    table_payment = Payment(date(2018, 11, 2), 750, ("payment", 3))
    pieces = [
        ameli(1),
        piece(2, DocumentKind.CSV, amc_cents=750, amc_payment=table_payment),
        mutuelle(3),
    ]
    [act] = build_acts(pieces)
    assert act.amc_payment == AMC_PAID
    assert act.line_ids == (1, 2, 3)


def test_a_table_gives_the_mutuelles_payment_before_the_paper_releve() -> None:
    """The paper relevé's column (G2) and a table both show the 7,50: the table's payment."""
    table_payment = Payment(date(2018, 11, 2), 750, ("payment", 3))
    paper_payment = Payment(date(2018, 11, 5), 750, ("payment", 4))
    pieces = [
        piece(1, DocumentKind.AMELI_PAPER, amo_cents=1750, amc_cents=750,
              amc_payment=paper_payment),
        piece(2, DocumentKind.CSV, amc_cents=750, amc_payment=table_payment),
    ]  # fmt: skip
    [act] = build_acts(pieces)
    assert act.amc_payment == table_payment


def test_tiers_payant_is_the_assurance_maladies_word() -> None:
    """Tiers payant is read from the line with the Assurance Maladie's part: G1 says so and the
    act is tiers payant; a mutuelle's line saying so alone does not make it one."""
    [act] = build_acts([ameli(1, third_party=True), mutuelle(2)])
    assert act.third_party
    [act] = build_acts([ameli(1), mutuelle(2, third_party=True)])
    assert not act.third_party
    [alone] = build_acts([ameli(1)])
    assert not alone.third_party


def test_an_act_from_one_line_keeps_what_the_line_says() -> None:
    """A mutuelle's row alone: its payment is kept, nothing is withheld (withholding is the
    Assurance Maladie's); a CSV line alone keeps its practitioner."""
    [act] = build_acts([mutuelle(1, withheld_cents=100)])
    assert (act.amc_cents, act.amc_payment, act.withheld_cents) == (750, AMC_PAID, 0)
    assert act.amo_payment is None
    [act] = build_acts([piece(1, DocumentKind.CSV, amo_cents=1750, practitioner="Dr MARTIN")])
    assert act.practitioner == "Dr MARTIN"
    assert act.documents == (DocumentKind.CSV,)


def test_only_ameli_documents_are_ameli_documents() -> None:
    ameli_kinds = {DocumentKind.AMELI_PAYMENT, DocumentKind.AMELI_MONTHLY, DocumentKind.AMELI_PAPER}
    for kind in DocumentKind:
        assert is_ameli_document(kind) is (kind in ameli_kinds)


# ------------------------------------------------------------- the mutuelle's estimate


def test_no_estimate_without_the_base_or_what_was_paid() -> None:
    [act] = build_acts([ameli(1, base_cents=2500)])
    assert estimated_amc(act, 100) == 750
    [no_base] = build_acts([ameli(1)])
    assert estimated_amc(no_base, 100) is None
    [nothing_paid] = build_acts([ameli(1, base_cents=2500, paid_cents=None)])
    assert estimated_amc(nothing_paid, 100) is None


def test_a_contract_at_the_assurance_maladies_own_rate_adds_nothing() -> None:
    """A 70 % contract on a 25,00 base covers 17,50, which the Assurance Maladie paid: 0 left
    for the mutuelle; at 71 % it is 0,25."""
    [act] = build_acts([ameli(1, base_cents=2500)])
    assert estimated_amc(act, 70) == 0
    assert estimated_amc(act, 71) == 25
    assert estimated_amc(act, 50) == 0  # below the Assurance Maladie's part: never negative


# -------------------------------------------------------- a deferred amount withheld


def test_a_deferred_amount_goes_to_tiers_payant_then_to_the_same_nature() -> None:
    consultation, pharmacy = ("C GENERALISTE", False), ("PHARMACIE", False)
    assert withheld_target_index([consultation, pharmacy], "PHARMACIE franchise") == 1
    assert withheld_target_index([pharmacy, consultation], "C participation") == 1
    assert withheld_target_index([consultation, pharmacy], "Franchise") == 0  # neither: the first
    assert withheld_target_index([consultation, pharmacy], "") == 0
    tiers_payant = ("PHARMACIE", True)
    assert withheld_target_index([consultation, tiers_payant], "C participation") == 1
    assert withheld_target_index([], "C") is None


def test_between_acts_of_the_same_nature_the_smaller_takes_the_deferred_amount() -> None:
    """Two consultations the same day, 30,00 (G1's first row) and 25,00: G2's deferred 1,00 goes
    to the 25,00 one (by nature, then amount: the order services.payments stores too)."""
    deferred = piece(3, DocumentKind.AMELI_PAYMENT, paid_cents=None, withheld_cents=100,
                     deferred=True)  # fmt: skip
    acts = build_acts([ameli(1, paid_cents=3000), ameli(2), deferred])
    by_paid = {a.paid_cents: a for a in acts}
    assert by_paid[2500].withheld_cents == 100
    assert by_paid[3000].withheld_cents == 0


# ------------------------------------------------------------------- debits and acts


def payable(key: int, day: date, cents: int = 2500, person: int = 1) -> Payable:
    return Payable(key, person, day, cents)


def card(key: int, day: date, cents: int = 2500, label: str = "CB DR MARTIN") -> Debit:
    return Debit(key, day, cents, label)


def test_the_debit_window() -> None:
    """From 15 days before the care to 29 days after (Cozy's matcher, §7)."""
    assert debit_window(CARE) == (date(2018, 9, 28), date(2018, 11, 11))
    assert debit_window(CARE) == (CARE - timedelta(days=15), CARE + timedelta(days=29))


def _options(debits: list[Debit], payables: list[Payable]) -> set[tuple[frozenset, tuple]]:
    """Every option of every debit (each debit's come a rank at a time): members and rank."""
    return {
        (o.members, o.rank)
        for ranked in debit_options(debits, payables)
        for rank in ranked
        for o in rank
    }


def test_a_debit_may_be_for_the_acts_at_its_three_nearest_distances() -> None:
    """A 25,00 debit on day D and 25,00 acts (of five children) on D+1, D-1, D-2, D-4 and D+5:
    the distances are 1 (twice), 2, 4, then 5: the three nearest are 1, 2 and 4."""
    d = CARE
    acts = [payable(1, d + timedelta(1), person=1), payable(2, d - timedelta(1), person=2),
            payable(3, d - timedelta(2), person=3), payable(4, d - timedelta(4), person=4),
            payable(5, d + timedelta(5), person=5)]  # fmt: skip
    assert _options([card(10, d)], acts) == {
        (frozenset({1}), (1, 1)),
        (frozenset({2}), (1, 1)),
        (frozenset({3}), (2, 1)),
        (frozenset({4}), (4, 1)),
    }


def test_the_same_day_is_the_first_distance() -> None:
    """Acts on D, D-1, D+2 and D-3: distances 0, 1, 2 are kept, 3 is not."""
    d = CARE
    acts = [payable(1, d, person=1), payable(2, d - timedelta(1), person=2),
            payable(3, d + timedelta(2), person=3), payable(4, d - timedelta(3), person=4)]  # fmt: skip
    assert _options([card(10, d)], acts) == {
        (frozenset({1}), (0, 1)),
        (frozenset({2}), (1, 1)),
        (frozenset({3}), (2, 1)),
    }


def test_a_nearer_day_behind_comes_before_a_farther_one_ahead() -> None:
    """Acts 1, 2 and 3 days before the debit and one 10 days after: the three before."""
    d = CARE
    acts = [payable(n, d - timedelta(n), person=n) for n in (1, 2, 3)]
    acts.append(payable(4, d + timedelta(10), person=4))
    assert {m for m, _ in _options([card(10, d)], acts)} == {
        frozenset({1}), frozenset({2}), frozenset({3})
    }  # fmt: skip


def test_a_debit_after_the_care_may_be_for_either_of_two_acts_of_its_amount() -> None:
    """Two children's 25,00 consultations on the 13th, one 25,00 card payment on the 15th:
    either may be the one, so the debit is to confirm with both."""
    acts = [payable(1, CARE, person=2), payable(2, CARE, person=3)]
    matching = match_debits([card(10, CARE + timedelta(2))], acts)
    assert matching.linked == {}
    assert {o.members for o in matching.to_confirm[10]} == {frozenset({1}), frozenset({2})}


def test_one_payment_for_a_persons_acts_of_the_day() -> None:
    """Person 1 has a 10,00 and a 15,00 act on the 13th, person 2 a 20,00 act: a 25,00 debit is
    person 1's two acts (their day), ranked as two acts at distance 0."""
    acts = [payable(1, CARE, 1000, person=1), payable(2, CARE, 1500, person=1),
            payable(3, CARE, 2000, person=2)]  # fmt: skip
    assert _options([card(10, CARE)], acts) == {(frozenset({1, 2}), (0, 2))}
    assert match_debits([card(10, CARE)], acts).linked[10].members == {1, 2}
    # The household's day: 45,00.
    assert _options([card(11, CARE, 4500)], acts) == {(frozenset({1, 2, 3}), (0, 3))}


def test_identical_debits_share_out_acts_of_their_amount() -> None:
    """Two identical 25,00 card payments on the 13th for two children's 25,00 consultations:
    whichever goes where, the same is shown, so both are linked."""
    acts = [payable(1, CARE, person=2), payable(2, CARE, person=3)]
    matching = match_debits([card(10, CARE), card(11, CARE)], acts)
    assert {k: o.members for k, o in matching.linked.items()} == {
        10: frozenset({1}),
        11: frozenset({2}),
    }
    # Another label: not the same money, nothing guessed.
    other = match_debits([card(10, CARE), card(11, CARE, label="CB DR DUPONT")], acts)
    assert other.linked == {}


def test_the_smallest_amounts() -> None:
    """A 0,01 act is a 0,01 debit's; an act with nothing paid (tiers payant) is nobody's, not
    even a 0,00 card check's."""
    assert match_debits([card(10, CARE, 1)], [payable(1, CARE, 1)]).linked[10].members == {1}
    assert _options([card(10, CARE, 0)], [payable(1, CARE, 0)]) == set()


def test_a_debit_is_recorded_on_its_act() -> None:
    act = Act(person_id=1, care_date=CARE, paid_cents=2500)
    assert with_debit(act, 10).bank_line_id == 10
    assert with_debit(with_debit(act, 10), None).bank_line_id is None
