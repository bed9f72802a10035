"""Acts of care through the services: the household's payment kept and linked, an expense waiting
for its act, a debit to confirm and the user's links surviving every later import and undo,
statuses and lateness, what is still owed, totals with no double count.

Files: January's relevé (tests/data/ameli_pdf/releve_2025-01.pdf, Paul Lebrun's four payments,
sent to HARMONIE MUTUELLE) and bank exports in Crédit Mutuel's layout written here.
"""

from datetime import date
from pathlib import Path

import pytest

from ameli_desktop.domain.acts import ActKind, ActStatus
from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.acts import ActFilter, ActService
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from tests.acts_household import family_with_a_debit_to_confirm
from tests.db_dump import dump

DATA = Path(__file__).resolve().parents[2] / "data"
JANUARY = DATA / "ameli_pdf" / "releve_2025-01.pdf"
HEADER = "Date;Date de valeur;Débit;Crédit;Libellé;Solde\r\n"


def bank_file(folder: Path, name: str, *rows: str) -> Path:
    path = folder / name
    path.write_bytes((HEADER + "".join(f"{r}\r\n" for r in rows)).encode("iso8859-15"))
    return path


@pytest.fixture
def paul(ctx: AppContext) -> int:
    return PeopleService(ctx).add(PersonDetails("Paul Lebrun", born=date(1985, 5, 12))).id


def _import(ctx: AppContext, path: Path) -> int:
    result = ImportService(ctx).import_file(path, ImportOptions())
    assert result.batch_id is not None
    return result.batch_id


def test_a_card_payment_waits_as_the_households_expense_then_pays_its_act(
    ctx: AppContext, paul: int, tmp_path: Path
) -> None:
    bank = bank_file(
        tmp_path,
        "banque.csv",
        "03/01/2025;03/01/2025;-30,00;;PAIEMENT CB 0201 PARIS DR MARTIN CARTE 8101;1000,00",
        "08/01/2025;08/01/2025;;19,00;VIR CPAM DE PARIS;1019,00",
    )
    service = ActService(ctx)
    _import(ctx, bank)

    [expense] = service.acts()
    assert (expense.kind, expense.person_name, expense.paid_cents) == (ActKind.EXPENSE, None, 3000)
    assert (expense.status, expense.since) == (ActStatus.AWAITING_AMO, date(2025, 1, 3))
    assert service.owed().awaiting_amo.acts == 1

    batch = _import(ctx, JANUARY)

    consultation = service.acts(ActFilter(date_to=date(2025, 1, 2)))[0]
    assert consultation.kind is ActKind.ACT
    assert consultation.bank_debit is not None
    assert (consultation.bank_debit.booked_on, consultation.bank_debit.cents) == (
        date(2025, 1, 3),
        -3000,
    )
    assert consultation.amo_payment is not None
    assert consultation.amo_payment.bank_date == date(2025, 1, 8)
    assert all(a.kind is ActKind.ACT for a in service.acts())  # the expense found its act
    assert service.owed().awaiting_amo.acts == 0

    ImportService(ctx).undo(batch)  # the relevé goes: the payment waits again
    [again] = service.acts()
    assert (again.kind, again.paid_cents) == (ActKind.EXPENSE, 3000)


def test_a_debit_that_fits_two_acts_is_to_confirm_and_the_users_link_survives(
    ctx: AppContext, tmp_path: Path
) -> None:
    """Léa's and Noé's consultations of 31/01/2025 (30,00 each, February's family relevé) and one
    card payment of 30,00: not guessed. The user links it to Noé's; the link stays through
    later imports and undos of other files."""
    people = PeopleService(ctx)
    for name, born in (("Claire Martin", date(1988, 3, 3)), ("Léa Martin", date(2015, 6, 14)),
                       ("Noé Martin", date(2018, 9, 2))):  # fmt: skip
        people.add(PersonDetails(name, born=born))
    family = DATA / "ameli_pdf" / "releve_2025-02_famille.pdf"
    _import(ctx, family)
    bank = bank_file(
        tmp_path, "banque.csv", "31/01/2025;31/01/2025;-30,00;;CB DR DUVAL 31/01;1000,00"
    )
    bank_batch = _import(ctx, bank)
    service = ActService(ctx)

    [doubt] = service.to_confirm()
    children = {a.person_name: a for a in service.acts() if a.care_date == date(2025, 1, 31)}
    assert set(doubt.act_ids) == {children["Léa Martin"].id, children["Noé Martin"].id}
    assert all(a.bank_debit is None for a in children.values())
    assert doubt.debit.id in [b.id for b in service.other_bank_lines()]

    linked = service.link(children["Noé Martin"].id, doubt.debit.id)
    assert linked.bank_debit is not None
    assert linked.bank_debit.id == doubt.debit.id
    assert service.to_confirm() == []

    # Another file comes and goes (a second bank export, the tiers-payant payment): still linked.
    other = bank_file(
        tmp_path, "banque-2.csv", "31/01/2025;31/01/2025;-30,00;;CB DR DUVAL 31/01 BIS;970,00"
    )
    other_batch = _import(ctx, other)
    third_party = _import(ctx, DATA / "ameli_pdf" / "ameli_tiers_payant_2025-02-11.pdf")
    noe = next(a for a in service.acts() if a.person_name == "Noé Martin")
    assert noe.bank_debit is not None
    assert noe.bank_debit.id == doubt.debit.id
    lea = next(a for a in service.acts() if a.person_name == "Léa Martin" and a.paid_cents == 3000)
    assert lea.bank_debit is not None  # the second payment: the one act left for it
    ImportService(ctx).undo(other_batch)
    ImportService(ctx).undo(third_party)
    noe = next(a for a in service.acts() if a.person_name == "Noé Martin")
    assert noe.bank_debit is not None
    assert noe.bank_debit.id == doubt.debit.id

    # Unlinked: never paired with Noé's again; Léa's is the one act left for it.
    assert service.unlink(doubt.debit.id) == [noe.id]
    lea = next(a for a in service.acts() if a.person_name == "Léa Martin" and a.paid_cents == 3000)
    assert lea.bank_debit is not None
    assert lea.bank_debit.id == doubt.debit.id
    ImportService(ctx).undo(bank_batch)
    assert service.to_confirm() == []


def test_only_a_households_debit_is_linked(ctx: AppContext, paul: int, tmp_path: Path) -> None:
    _import(ctx, JANUARY)
    _import(ctx, bank_file(tmp_path, "b.csv", "08/01/2025;08/01/2025;;19,00;VIR CPAM DE PARIS;1"))
    service = ActService(ctx)
    act = service.acts()[0]
    credit = act.amo_payment.bank_line_id if act.amo_payment else None
    assert credit is not None
    with pytest.raises(UserError, match="only such a debit can be linked"):
        service.link(act.id, credit)
    with pytest.raises(UserError, match="There is no bank line with id 999"):
        service.link(act.id, 999)


def test_statuses_lateness_and_what_is_still_owed(ctx: AppContext, paul: int) -> None:
    """January's acts were sent to HARMONIE MUTUELLE: each awaits the mutuelle, from its
    payment's date; late 30 days after it (31 days, past the threshold)."""
    _import(ctx, JANUARY)
    service = ActService(ctx)
    acts = service.acts()
    assert {a.status for a in acts} == {ActStatus.AWAITING_AMC}
    first = acts[0]
    assert (first.care_date, first.since) == (date(2025, 1, 2), date(2025, 1, 7))

    on_time = ActService(AppContext(ctx.paths, ctx.facts, FixedClock.on(date(2025, 2, 6)),
                                    ctx.opened))  # fmt: skip
    assert [a.late for a in on_time.acts()][:1] == [False]  # 30 days after 07/01
    late = ActService(AppContext(ctx.paths, ctx.facts, FixedClock.on(date(2025, 2, 7)),
                                 ctx.opened))  # fmt: skip
    assert [a.late for a in late.acts()][:1] == [True]

    owed = service.owed()
    assert (owed.awaiting_amc.acts, owed.awaiting_amc.cents, owed.late) == (8, None, 8)
    service.set_contract_level(100)  # the ticket modérateur: base - the Assurance Maladie
    owed = service.owed()
    expected = sum(min(a.paid_cents or 0, a.base_cents or 0) - (a.amo_cents or 0) for a in acts)
    assert owed.awaiting_amc.cents == expected
    assert service.acts()[0].estimated_amc_cents == 3000 - 2100
    service.set_late_after_days(10_000 // 100)
    assert service.late_after_days() == 100
    with pytest.raises(UserError, match="late after 1 to 365 days"):
        service.set_late_after_days(0)
    with pytest.raises(UserError, match="100 % to 1000 %"):
        service.set_contract_level(50)


def test_totals_count_each_act_once_whichever_documents_showed_it(
    ctx: AppContext, paul: int, tmp_path: Path
) -> None:
    """The relevé, a bank export of its four payments and the consultation's card payment:
    paid 1 469,84 €, Assurance Maladie 1 100,27 €, withheld 12,00 €, left 381,57 €."""
    _import(ctx, JANUARY)
    _import(
        ctx,
        bank_file(
            tmp_path,
            "banque.csv",
            "03/01/2025;03/01/2025;-30,00;;CB DR MARTIN 02/01;1000,00",
            "08/01/2025;08/01/2025;;19,00;VIR SEPA CPAM DE PARIS;1019,00",
            "15/01/2025;15/01/2025;;31,31;VIR SEPA CPAM DE PARIS;1050,31",
            "22/01/2025;22/01/2025;;17,36;VIR SEPA CPAM DE PARIS;1067,67",
            "30/01/2025;30/01/2025;;1 020,60;VIR SEPA CPAM DE PARIS;2088,27",
        ),
    )
    totals = ActService(ctx).totals()
    assert (totals.acts, totals.paid_cents, totals.amo_cents, totals.withheld_cents) == (
        8, 146984, 110027, 1200,
    )  # fmt: skip
    assert totals.left_cents == 146984 - 110027 + 1200
    assert ActService(ctx).other_bank_lines() == []  # every bank line explains an act
    summary = ActService(ctx).summary(ActFilter.year(2025))
    assert summary.by_person["Paul Lebrun"] == totals
    assert summary.owed == {("Paul Lebrun", "2025"): 0}


def test_the_overview_lists_the_late_reimbursements(ctx: AppContext, paul: int) -> None:
    """January's eight acts await HARMONIE MUTUELLE since their payments: on 25/11/2026 all are
    late; the Overview lists them, the oldest first."""
    from ameli_desktop.services.overview import OverviewService

    _import(ctx, JANUARY)

    items = [i for i in OverviewService(ctx).overview().items if i.record_kind == "care_act"]

    assert len(items) == 8
    first = items[0]
    assert first.text() == "Late: the mutuelle since 07/01/2025"
    assert first.detail_text() == "Paul Lebrun, C GENERALISTE Sect1 (G) of 02/01/2025."
    assert first.person_id == paul
    ActService(ctx).set_contract_level(100)
    first = ActService(ctx).attention()[0]
    assert first.detail_text() == "Paul Lebrun, C GENERALISTE Sect1 (G) of 02/01/2025: 9,00\u00a0€."


def test_a_link_undone_puts_back_what_the_user_had_said(ctx: AppContext, tmp_path: Path) -> None:
    """Edit > Undo of a link (the GUI): the user's links of that debit as they were, the acts
    as they were."""
    family = family_with_a_debit_to_confirm(ctx, tmp_path)
    debit, first, second = family.debit, family.noe, family.lea
    service = ActService(ctx)
    before_links = service.user_links(debit)
    before = dump(ctx)

    service.link(first, debit)
    assert service.user_links(debit) != before_links
    assert service.get(first).bank_debit is not None
    service.set_user_links(debit, before_links)

    assert service.user_links(debit) == before_links
    assert dump(ctx) == before
    service.unlink(debit, second)
    said = service.user_links(debit)
    assert said
    assert not any(linked for _, linked in said)
    service.set_user_links(debit, ())
    assert dump(ctx) == before
