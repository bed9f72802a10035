"""Acts of care (domain.acts): one act whichever documents showed it, its parts, its status, and
the household's debit that paid it.

Worked examples from the real layouts (ameli-documents.md): G1's consultation (25,00 paid, 17,50
versé) seen again in G3's mutuelle statement (17,50 quoted, 7,50 paid by the mutuelle); G2's
participation and deferred franchise; then the properties: the order of the pieces changes
nothing, no money is counted twice, every piece is in exactly one act.
"""

from dataclasses import replace
from datetime import date, timedelta
from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ameli_desktop.domain.acts import (
    Act,
    ActKind,
    ActStatus,
    Debit,
    Payable,
    Payment,
    Piece,
    act_status,
    build_acts,
    estimated_amc,
    expense_act,
    is_late,
    left_cents,
    match_debits,
)
from ameli_desktop.domain.statements import DocumentKind

CARE = date(2018, 10, 13)
PAID_ON = date(2018, 10, 19)


def ameli(line_id: int, **values: object) -> Piece:
    """G1's act row: 13/10/2018 C GENERALISTE, 25,00 paid, 70 %, 17,50 versé."""
    base: dict[str, object] = {
        "nature": "C GENERALISTE Sect1 (G)",
        "paid_cents": 2500,
        "amo_cents": 1750,
        "base_cents": 2500,
        "rate_percent": 70,
        "amo_payment": Payment(PAID_ON, 1750, ("payment", 1)),
        "sent_to_amc": True,
    }
    base.update(values)
    return Piece(line_id, 1, CARE, DocumentKind.AMELI_PAYMENT, ("g1", line_id), **base)  # type: ignore[arg-type]


def mutuelle(line_id: int, **values: object) -> Piece:
    """G3's row for the same act: 25,00 engaged, 17,50 quoted, 7,50 paid by the mutuelle."""
    base: dict[str, object] = {
        "nature": "Consultation médecine générale",
        "paid_cents": 2500,
        "amo_quoted_cents": 1750,
        "amc_cents": 750,
        "amc_payment": Payment(date(2018, 10, 30), 750, ("payment", 2)),
    }
    base.update(values)
    return Piece(line_id, 1, CARE, DocumentKind.MUTUELLE, ("g3", line_id), **base)  # type: ignore[arg-type]


def csv(line_id: int, **values: object) -> Piece:
    base: dict[str, object] = {
        "nature": "Consultation médecin généraliste",
        "practitioner": "Dr MARTIN",
        "paid_cents": 2500,
        "amo_cents": 1750,
        "amo_payment": Payment(PAID_ON, 1750),
    }
    base.update(values)
    return Piece(line_id, 1, CARE, DocumentKind.CSV, ("csv", line_id), **base)  # type: ignore[arg-type]


def test_the_same_act_from_three_documents_is_one_act() -> None:
    [act] = build_acts([mutuelle(3), csv(2), ameli(1)])

    assert act.nature == "C GENERALISTE Sect1 (G)"  # ameli's wording first
    assert act.practitioner == "Dr MARTIN"
    assert (act.paid_cents, act.amo_cents, act.withheld_cents, act.amc_cents) == (
        2500,
        1750,
        0,
        750,
    )
    assert act.left_cents == 0
    assert act.line_ids == (1, 2, 3)
    assert act.documents == (DocumentKind.AMELI_PAYMENT, DocumentKind.CSV, DocumentKind.MUTUELLE)
    assert act.amo_payment == Payment(PAID_ON, 1750, ("payment", 1))
    assert act.amc_payment is not None
    assert act.amc_payment.cents == 750
    assert act.status(household_has_amc=True) == (ActStatus.SETTLED, None)


def test_a_mutuelles_quote_is_never_money_received() -> None:
    """G3 marks the Assurance Maladie's part "à titre indicatif": alone, it is no amo."""
    [act] = build_acts([mutuelle(3)])
    assert act.amo_cents is None
    assert act.left_cents is None
    assert act.amc_cents == 750


def test_one_documents_lines_are_distinct_acts() -> None:
    """Two identical kiné sessions in one statement are two acts; the same two in another
    document join them one each."""
    acts = build_acts([csv(1), csv(2), ameli(3), ameli(4)])
    assert [a.line_ids for a in acts] == [(3, 1), (4, 2)] or [a.line_ids for a in acts] == [
        (1, 3),
        (2, 4),
    ]
    assert len(acts) == 2


def test_the_mutuelles_quote_chooses_between_acts_of_the_same_amount() -> None:
    """Two acts of 25,00 the same day, one with 17,50 from the Assurance Maladie, one with 7,50:
    the mutuelle's line quoting 7,50 is the second one's."""
    acts = build_acts(
        [
            ameli(1),
            ameli(2, amo_cents=750, nature="AUTRE ACTE"),
            mutuelle(3, amo_quoted_cents=750, amc_cents=1000),
        ]
    )
    other = next(a for a in acts if a.nature == "AUTRE ACTE")
    assert (other.amo_cents, other.amc_cents) == (750, 1000)


def test_participations_and_a_deferred_franchise_are_withheld_for_their_act() -> None:
    """G2: a participation under its act; a deferred franchise of a tiers-payant pharmacy taken
    from a later payment belongs to the pharmacy's act of its date."""
    consultation = ameli(1, withheld_cents=100, amo_cents=1610, paid_cents=2300)
    pharmacy = ameli(2, nature="PHARMACIE (PH7)", paid_cents=2540, amo_cents=1651, third_party=True)
    deferred = Piece(3, 1, CARE, DocumentKind.AMELI_MONTHLY, ("g2", 40), nature="PHARMACIE",
                     withheld_cents=200, deferred=True)  # fmt: skip
    acts = {a.nature: a for a in build_acts([consultation, pharmacy, deferred])}

    assert acts["C GENERALISTE Sect1 (G)"].withheld_cents == 100
    assert acts["C GENERALISTE Sect1 (G)"].left_cents == 2300 - 1610 + 100
    assert acts["PHARMACIE (PH7)"].withheld_cents == 200
    assert acts["PHARMACIE (PH7)"].left_cents == 2540 - 1651 + 200
    assert acts["PHARMACIE (PH7)"].line_ids == (2, 3)


def test_a_deferred_amount_without_its_act_is_kept_on_its_own() -> None:
    deferred = Piece(3, 1, CARE, DocumentKind.AMELI_MONTHLY, ("g2", 40), nature="PHARMACIE",
                     withheld_cents=50, deferred=True)  # fmt: skip
    [act] = build_acts([deferred])
    assert (act.paid_cents, act.amo_cents, act.withheld_cents, act.left_cents) == (
        None,
        None,
        50,
        None,
    )
    assert act.status(household_has_amc=True) == (ActStatus.SETTLED, None)


@pytest.mark.parametrize(
    ("paid", "amo", "withheld", "amc", "left"),
    [
        (2500, 1750, 0, 750, 0),
        (3000, 2100, 200, None, 1100),  # G2's participation, no mutuelle part yet
        (8000, 2205, 200, 3210, 2785),  # an excess fee the mutuelle partly pays
        (None, 1750, 0, None, None),  # what was paid is unknown
        (2500, None, 0, 750, None),  # the Assurance Maladie's part is unknown
    ],
)
def test_left_is_paid_less_the_parts_plus_what_was_withheld(
    paid: int | None, amo: int | None, withheld: int, amc: int | None, left: int | None
) -> None:
    assert left_cents(paid, amo, withheld, amc) == left


def test_statuses_and_since() -> None:
    act = build_acts([ameli(1)])[0]
    assert act_status(act, household_has_amc=False) == (ActStatus.AWAITING_AMC, PAID_ON)  # sent
    unsent = replace(act, sent_to_amc=False)
    assert act_status(unsent, household_has_amc=False) == (ActStatus.SETTLED, None)
    assert act_status(unsent, household_has_amc=True) == (ActStatus.AWAITING_AMC, PAID_ON)
    covered = replace(unsent, amo_cents=2500)  # 100 %: nothing left for a mutuelle to pay
    assert act_status(covered, household_has_amc=True) == (ActStatus.SETTLED, None)
    expense = expense_act(Debit(9, date(2018, 10, 14), 2500, "CB DR MARTIN"))
    assert expense.kind is ActKind.EXPENSE
    assert act_status(expense, True) == (ActStatus.AWAITING_AMO, date(2018, 10, 14))
    only_paid = Act(1, CARE, paid_cents=2500)  # a table's line with no part yet
    assert act_status(only_paid, True) == (ActStatus.AWAITING_AMO, CARE)


@pytest.mark.parametrize(("days", "late"), [(30, False), (31, True)])
def test_late_after_the_threshold(days: int, late: bool) -> None:
    assert is_late(PAID_ON, PAID_ON + timedelta(days=days)) is late
    assert is_late(None, PAID_ON + timedelta(days=days)) is False


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        (None, None),
        (100, 750),  # the ticket modérateur: 25,00 x 100 % - 17,50
        (200, 750),  # capped by what was paid
    ],
)
def test_the_mutuelles_part_is_estimated_from_the_contracts_level(
    level: int | None, expected: int | None
) -> None:
    act = build_acts([ameli(1)])[0]
    assert estimated_amc(act, level) == expected
    excess = replace(act, paid_cents=8000, base_cents=3150, amo_cents=2205)
    if level is not None:
        assert estimated_amc(excess, level) == 3150 * level // 100 - 2205
    assert estimated_amc(replace(act, amc_cents=750), 100) is None  # arrived: no estimate


# ----------------------------------------------------------------------- the household's debits
def payable(key: int, day: date, cents: int, person: int = 1) -> Payable:
    return Payable(key, person, day, cents)


def debit(key: int, day: date, cents: int, label: str = "CB DR MARTIN") -> Debit:
    return Debit(key, day, cents, label)


def test_a_debit_pays_the_act_of_its_amount_in_its_window() -> None:
    acts = [payable(1, CARE, 2500)]
    assert match_debits([debit(10, CARE + timedelta(29), 2500)], acts).linked[10].members == {1}
    assert match_debits([debit(10, CARE - timedelta(15), 2500)], acts).linked[10].members == {1}
    assert match_debits([debit(10, CARE + timedelta(30), 2500)], acts).linked == {}
    assert match_debits([debit(10, CARE - timedelta(16), 2500)], acts).linked == {}
    assert match_debits([debit(10, CARE, 2501)], acts).linked == {}


def test_one_receipt_pays_the_acts_of_a_day() -> None:
    """A pharmacy's one card payment for the two vignettes of January's relevé."""
    acts = [payable(1, CARE, 4860), payable(2, CARE, 1240)]
    matching = match_debits([debit(10, CARE, 6100, "CB PHARMACIE")], acts)
    assert matching.linked[10].members == {1, 2}


def test_a_debit_that_fits_two_acts_equally_is_to_confirm() -> None:
    """Two children's 25,00 consultations the same day, one card payment of 25,00."""
    acts = [payable(1, CARE, 2500, person=2), payable(2, CARE, 2500, person=3)]
    matching = match_debits([debit(10, CARE, 2500)], acts)
    assert matching.linked == {}
    assert {frozenset(o.members) for o in matching.to_confirm[10]} == {
        frozenset({1}),
        frozenset({2}),
    }
    # The user says it paid the first: the other debit of the day goes to the second.
    second = debit(11, CARE, 2500, "CB DR DUPONT")
    matching = match_debits([debit(10, CARE, 2500), second], acts, linked={10: frozenset({1})})
    assert matching.linked[10].members == {1}
    assert matching.linked[11].members == {2}


def test_the_nearest_act_wins_and_a_refused_pair_is_never_made() -> None:
    acts = [payable(1, CARE, 2500), payable(2, CARE + timedelta(7), 2500)]
    assert match_debits([debit(10, CARE + timedelta(1), 2500)], acts).linked[10].members == {1}
    matching = match_debits([debit(10, CARE + timedelta(1), 2500)], acts, refused=[(10, 1)])
    assert matching.linked[10].members == {2}


_DAY = st.integers(0, 60).map(lambda n: CARE + timedelta(days=n))
_CENTS = st.sampled_from([2500, 3000, 4860, 1240, 6100])


@given(
    st.lists(st.tuples(_DAY, _CENTS, st.integers(1, 3)), max_size=8),
    st.lists(st.tuples(_DAY, _CENTS), max_size=8),
    st.randoms(),
)
def test_debits_pair_the_same_whatever_their_order_and_never_twice(
    acts: list[tuple[date, int, int]], debits: list[tuple[date, int]], rng: Random
) -> None:
    payables = [payable(i, day, cents, person) for i, (day, cents, person) in enumerate(acts)]
    lines = [debit(100 + i, day, cents) for i, (day, cents) in enumerate(debits)]
    matching = match_debits(lines, payables)
    shuffled_acts, shuffled_lines = payables[:], lines[:]
    rng.shuffle(shuffled_acts)
    rng.shuffle(shuffled_lines)
    again = match_debits(shuffled_lines, shuffled_acts)

    def seen(found: dict[object, object]) -> set[object]:
        by_key = {d.bank_line_id: d for d in lines}
        return {
            (by_key[k].booked_on, by_key[k].cents, frozenset(o.members))  # type: ignore[attr-defined, index]
            for k, o in found.items()
        }

    assert seen(again.linked) == seen(matching.linked)  # type: ignore[arg-type]
    used: set[object] = set()
    for option in matching.linked.values():
        assert used.isdisjoint(option.members)
        used |= option.members
        total = sum(p.paid_cents for p in payables if p.key in option.members)
        assert total == next(d.cents for d in lines if d.bank_line_id == option.left)
    assert set(matching.linked).isdisjoint(matching.to_confirm)


# ----------------------------------------------------------------------- properties of building
_PIECE_KIND = st.sampled_from(["ameli", "csv", "mutuelle"])


@st.composite
def _pieces(draw: st.DrawFn) -> list[Piece]:
    pieces = []
    line = 0
    for _ in range(draw(st.integers(1, 4))):  # acts of the day
        paid = draw(st.sampled_from([2500, 3000, 2150]))
        amo = paid * 7 // 10
        amc = paid - amo
        for kind in draw(st.sets(_PIECE_KIND, min_size=1)):
            line += 1
            if kind == "ameli":
                pieces.append(ameli(line, paid_cents=paid, amo_cents=amo))
            elif kind == "csv":
                pieces.append(csv(line, paid_cents=paid, amo_cents=amo))
            else:
                pieces.append(mutuelle(line, paid_cents=paid, amo_quoted_cents=amo, amc_cents=amc))
    return pieces


@given(_pieces(), st.randoms())
def test_the_order_of_the_pieces_changes_nothing_and_every_piece_is_in_one_act(
    pieces: list[Piece], rng: Random
) -> None:
    acts = build_acts(pieces)
    shuffled = pieces[:]
    rng.shuffle(shuffled)
    again = build_acts(shuffled)

    def content(found: list[Act]) -> list[tuple[object, ...]]:
        return sorted(
            (repr(a.paid_cents), repr(a.amo_cents), repr(a.amc_cents), a.withheld_cents,
             a.documents)
            for a in found
        )  # fmt: skip

    assert content(again) == content(acts)
    ids = [i for act in acts for i in act.line_ids]
    assert sorted(ids) == sorted(p.line_id for p in pieces)
    # Never more money from a side than its documents show once per act.
    assert sum(a.amo_cents or 0 for a in acts) <= sum(
        p.amo_cents or 0 for p in pieces if p.document is DocumentKind.AMELI_PAYMENT
    ) + sum(p.amo_cents or 0 for p in pieces if p.document is DocumentKind.CSV)
