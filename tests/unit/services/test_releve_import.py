"""ameli's statements (PDF) and a mutuelle's imported: acts, withheld amounts, daily allowances
apart, payments stored and settled by the bank export, whichever comes first.

The PDFs and every value in them are described in tests/data/ameli_pdf/README.md.
releve_2025-01.pdf (Paul Lebrun) pays 07/01 19,00; 14/01 31,31; 21/01 17,36; 28/01 1 020,60
(1 088,27 € in all) for 8 acts; 12,00 € were withheld (2 + 3 + 1 + 1 + 1 + 2 + 2).
"""

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from tests.db_dump import dump

PDFS = Path(__file__).resolve().parents[2] / "data" / "ameli_pdf"
JANUARY = PDFS / "releve_2025-01.pdf"
BANK_JANUARY = (
    "Date;Libellé;Débit;Crédit\n"
    "08/01/2025;VIR SEPA CPAM DE PARIS;;19,00\n"
    "12/01/2025;CB PHARMACIE DU CENTRE;12,40;\n"
    "15/01/2025;VIR SEPA CPAM DE PARIS;;31,31\n"
    "22/01/2025;VIR SEPA CPAM DE PARIS;;17,36\n"
    "30/01/2025;VIR SEPA CPAM DE PARIS;;1 020,60\n"
)


@pytest.fixture
def paul(ctx: AppContext) -> int:
    return PeopleService(ctx).add(PersonDetails("Paul Lebrun", born=date(1985, 5, 12))).id


@pytest.fixture
def martins(ctx: AppContext) -> dict[str, int]:
    people = PeopleService(ctx)
    return {
        name: people.add(PersonDetails(name, born=born)).id
        for name, born in (
            ("Claire Martin", date(1988, 3, 3)),
            ("Léa Martin", date(2015, 6, 14)),
            ("Noé Martin", date(2018, 9, 2)),
        )
    }


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    path = tmp_path / "banque-janvier.csv"
    path.write_text(BANK_JANUARY, encoding="utf-8")
    return path


def rows(ctx: AppContext, sql: str) -> list[tuple]:  # type: ignore[type-arg]
    conn = sqlite3.connect(ctx.paths.database)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_releve_imports_every_act_net_of_what_was_withheld(ctx: AppContext, paul: int) -> None:
    result = ImportService(ctx).import_file(JANUARY, ImportOptions())

    assert (result.imported, result.duplicates, result.layout) == (8, 0, "ameli-pdf")
    assert (result.document, result.payments) == ("ameli_monthly", 4)
    assert result.new_people == []  # "PAUL né(e) le 12/05/1985" is Paul Lebrun, by his birth date
    totals = ReimbursementService(ctx).totals(LineFilter())
    assert (totals.lines, totals.reimbursed_cents, totals.deductions_cents) == (8, 108827, 1200)
    first = next(iter(ReimbursementService(ctx).iter_lines(LineFilter())))
    assert (first.care_date, first.payment_date) == (date(2025, 1, 2), date(2025, 1, 7))
    assert (first.paid_cents, first.base_cents, first.rate_percent) == (3000, 3000, 70)
    assert (first.reimbursed_cents, first.deductions_cents) == (1900, 200)
    # Stored as the document says it, for the acts of care (issue 19).
    assert rows(
        ctx,
        "SELECT DISTINCT kind, sent_to_complementary, complementary_insurer FROM reimbursement_line",
    ) == [("care", 1, "HARMONIE MUTUELLE")]
    assert rows(
        ctx, "SELECT document, payer, paid_on, amount_cents, third_party FROM statement_payment"
    ) == [
        ("ameli_monthly", "mandatory", "2025-01-07", 1900, 0),
        ("ameli_monthly", "mandatory", "2025-01-14", 3131, 0),
        ("ameli_monthly", "mandatory", "2025-01-21", 1736, 0),
        ("ameli_monthly", "mandatory", "2025-01-28", 102060, 0),
    ]
    assert rows(ctx, "SELECT document FROM import_batch") == [("ameli_monthly",)]
    assert rows(
        ctx,
        "SELECT count(*) FROM reimbursement_line l JOIN statement_payment p "
        "ON p.id = l.payment_id WHERE p.paid_on = l.payment_date",
    ) == [(8,)]


def test_reimporting_the_releve_adds_nothing(ctx: AppContext, paul: int) -> None:
    service = ImportService(ctx)
    service.import_file(JANUARY, ImportOptions())
    before = dump(ctx)
    again = service.import_file(JANUARY, ImportOptions())
    assert (again.imported, again.duplicates) == (0, 8)
    assert again.previous is not None
    assert dump(ctx) == before


@pytest.mark.parametrize("first", ["releve", "bank"])
def test_the_bank_export_settles_the_releves_payments_whichever_comes_first(
    ctx: AppContext, paul: int, bank_file: Path, first: str
) -> None:
    service = ImportService(ctx)
    files = [JANUARY, bank_file] if first == "releve" else [bank_file, JANUARY]
    results = [service.import_file(path, ImportOptions()) for path in files]

    assert [r.payments_matched for r in results] == [0, 4]
    totals = ReimbursementService(ctx).totals(LineFilter())
    assert (totals.lines, totals.reimbursed_cents) == (8, 108827)  # the money once, not twice
    received = {
        (line.payment_date.isoformat(), line.bank_date.isoformat())
        for line in ReimbursementService(ctx).iter_lines(LineFilter())
        if line.bank_date is not None
    }
    assert received == {
        ("2025-01-07", "2025-01-08"),
        ("2025-01-14", "2025-01-15"),
        ("2025-01-21", "2025-01-22"),
        ("2025-01-28", "2025-01-30"),
    }
    assert rows(ctx, "SELECT count(*) FROM statement_payment WHERE bank_line_id IS NULL") == [(0,)]


def test_the_family_month_daily_allowances_apart_and_the_deferred_franchise_linked(
    ctx: AppContext, martins: dict[str, int]
) -> None:
    """The tiers-payant pharmacy PDF (11/02) then the month: Claire's 2,00 franchise withheld on
    18/02 is linked to her pharmacy act of 06/02; her 12 days of sick pay (361,44 €) are stored
    apart and never in the reimbursement totals."""
    service = ImportService(ctx)
    pharmacy = service.import_file(PDFS / "ameli_tiers_payant_2025-02-11.pdf", ImportOptions())
    month = service.import_file(PDFS / "releve_2025-02_famille.pdf", ImportOptions())

    assert (pharmacy.imported, pharmacy.document) == (2, "ameli_payment")
    assert (month.imported, month.allowances, month.new_people) == (7, 1, [])
    totals = ReimbursementService(ctx).totals(LineFilter())
    # 61,00 + 55,12 (the month's care less the franchise) + 28,34 (tiers payant): no 361,44.
    assert totals.reimbursed_cents == 6100 + 5512 + 2834
    assert rows(
        ctx,
        "SELECT w.nature, w.reimbursed_cents, a.nature, a.third_party FROM reimbursement_line w "
        "JOIN reimbursement_line a ON a.id = w.withheld_from_id WHERE w.kind = 'withheld'",
    ) == [("PHARMACIE", -200, "PHARMACIE (PH7)", 1)]
    assert rows(
        ctx,
        "SELECT person_id, period_start, period_end, days, daily_cents, amount_cents, paid_on "
        "FROM daily_allowance",
    ) == [(martins["Claire Martin"], "2025-02-10", "2025-02-21", 12, 3012, 36144, "2025-02-25")]
    assert rows(ctx, "SELECT third_party FROM statement_payment WHERE paid_on = '2025-02-11'") == [
        (1,)
    ]


def test_a_tiers_payant_payment_is_never_a_bank_credit(
    ctx: AppContext, martins: dict[str, int], tmp_path: Path
) -> None:
    """The 11/02 payment (28,34 €) went to the pharmacy: a bank credit of 28,34 the same week
    is something else, and stays counted on its own."""
    bank = tmp_path / "banque-fevrier.csv"
    bank.write_text(
        "Date;Libellé;Débit;Crédit\n"
        "05/02/2025;VIR SEPA CPAM DU RHONE;;61,00\n"
        "12/02/2025;VIR SEPA CPAM DU RHONE;;28,34\n",
        encoding="utf-8",
    )
    service = ImportService(ctx)
    service.import_file(PDFS / "ameli_tiers_payant_2025-02-11.pdf", ImportOptions())
    service.import_file(PDFS / "releve_2025-02_famille.pdf", ImportOptions())
    result = service.import_file(bank, ImportOptions(person_id=martins["Claire Martin"]))

    assert result.payments_matched == 1  # 04/02's 61,00 only
    totals = ReimbursementService(ctx).totals(LineFilter())
    assert totals.reimbursed_cents == 6100 + 5512 + 2834 + 2834


def test_the_mutuelle_statement_is_the_complementary_part_settled_by_its_transfer(
    ctx: AppContext, tmp_path: Path
) -> None:
    """G3: Isabelle's mutuelle pays 7,50 on 20/02 and 45,40 on 22/02 (52,90 in all); the bank's
    credits of those transfers are the same money: counted once."""
    isabelle = PeopleService(ctx).add(PersonDetails("Isabelle Durand", nir="265043901933262")).id
    bank = tmp_path / "banque.csv"
    bank.write_text(
        "Date;Libellé;Débit;Crédit\n"
        "21/02/2019;VIR HARMONIE MUTUELLE REMBOURSEMENT SANTE;;7,50\n"
        "23/02/2019;VIR HARMONIE MUTUELLE REMBOURSEMENT SANTE;;45,40\n",
        encoding="utf-8",
    )
    service = ImportService(ctx)
    result = service.import_file(PDFS / "mutuelle_2019-02.pdf", ImportOptions())
    bank_result = service.import_file(bank, ImportOptions(person_id=isabelle))

    assert (result.imported, result.document, result.new_people) == (3, "mutuelle", [])
    assert bank_result.payments_matched == 2
    totals = ReimbursementService(ctx).totals(LineFilter())
    assert (totals.lines, totals.complementary_cents, totals.reimbursed_cents) == (3, 5290, 0)
    assert rows(
        ctx,
        "SELECT amo_quoted_cents FROM reimbursement_line WHERE kind = 'care' ORDER BY care_date",
    ) == [
        (1750,),
        (2470,),
        (2205,),
    ]


def test_a_pdf_that_is_not_a_statement_is_refused_and_nothing_changes(
    ctx: AppContext, paul: int
) -> None:
    before = dump(ctx)
    with pytest.raises(UserError, match=r"not_a_releve\.pdf.*Voici le détail des versements"):
        ImportService(ctx).import_file(PDFS / "not_a_releve.pdf", ImportOptions())
    assert dump(ctx) == before


def test_the_preview_says_which_lines_will_be_settled(
    ctx: AppContext, paul: int, bank_file: Path
) -> None:
    """Relevé first: previewing the bank export finds its 4 CPAM credits (file lines 2, 4-6)."""
    service = ImportService(ctx)
    service.import_file(JANUARY, ImportOptions())
    preview = service.preview(service.read(bank_file), ImportOptions())
    assert preview.settled == {2, 4, 5, 6}
