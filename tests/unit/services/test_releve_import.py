"""ameli's monthly relevé (PDF) imported like a statement CSV, and settled by the bank export.

The PDFs and every act and cent of them are described in tests/data/ameli_pdf/README.md.
releve_2025-01.pdf (Paul Lebrun) pays 07/01 19,00; 14/01 31,31; 21/01 17,36; 28/01 1 020,60
(1 088,27 € in all) for 8 acts; 12,00 € were withheld (2 + 3 + 1 + 1 + 1 + 2 + 2).
"""

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
    return PeopleService(ctx).add(PersonDetails("Paul Lebrun")).id


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    path = tmp_path / "banque-janvier.csv"
    path.write_text(BANK_JANUARY, encoding="utf-8")
    return path


def test_a_releve_imports_every_act_net_of_what_was_withheld(ctx: AppContext, paul: int) -> None:
    result = ImportService(ctx).import_file(JANUARY, ImportOptions())

    assert (result.imported, result.duplicates, result.layout) == (8, 0, "ameli-pdf")
    assert result.new_people == []  # "Paul LEBRUN" is Paul Lebrun
    totals = ReimbursementService(ctx).totals(LineFilter())
    assert (totals.lines, totals.reimbursed_cents, totals.deductions_cents) == (8, 108827, 1200)
    lines = list(ReimbursementService(ctx).iter_lines(LineFilter()))
    first = lines[0]
    assert (first.care_date.isoformat(), first.payment_date.isoformat()) == (
        "2025-01-02",
        "2025-01-07",
    )
    assert (first.paid_cents, first.base_cents, first.rate_percent) == (3000, 3000, 70)
    assert (first.reimbursed_cents, first.deductions_cents) == (1900, 200)
    assert [line.sent_to_complementary for line in lines] == [
        True,
        True,
        True,
        False,
        False,
        True,
        False,
        True,
    ]


def test_reimporting_the_releve_adds_nothing(ctx: AppContext, paul: int) -> None:
    service = ImportService(ctx)
    service.import_file(JANUARY, ImportOptions())
    again = service.import_file(JANUARY, ImportOptions())
    assert (again.imported, again.duplicates) == (0, 8)
    assert again.previous is not None


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


def test_a_tiers_payant_payment_is_never_a_bank_credit(ctx: AppContext, tmp_path: Path) -> None:
    """The family relevé's 11/02 payment (28,34 €) went to the pharmacy: a bank credit of 28,34
    the same week is something else, and stays counted on its own."""
    people = PeopleService(ctx)
    for name in ("Claire Martin", "Léa Martin", "Noé Martin"):
        people.add(PersonDetails(name))
    bank = tmp_path / "banque-fevrier.csv"
    bank.write_text(
        "Date;Libellé;Débit;Crédit\n"
        "05/02/2025;VIR SEPA CPAM DU RHONE;;61,00\n"
        "12/02/2025;VIR SEPA CPAM DU RHONE;;28,34\n",
        encoding="utf-8",
    )
    service = ImportService(ctx)
    service.import_file(PDFS / "releve_2025-02_famille.pdf", ImportOptions())
    claire = people.find("Claire").id
    result = service.import_file(bank, ImportOptions(person_id=claire))

    assert result.payments_matched == 1  # 04/02's 61,00 only
    totals = ReimbursementService(ctx).totals(LineFilter())
    assert totals.reimbursed_cents == 23821 + 2834


def test_a_pdf_that_is_not_a_releve_is_refused_and_nothing_changes(
    ctx: AppContext, paul: int
) -> None:
    before = dump(ctx)
    with pytest.raises(UserError, match=r"not_a_releve\.pdf"):
        ImportService(ctx).import_file(PDFS / "not_a_releve.pdf", ImportOptions())
    assert dump(ctx) == before


def test_the_preview_says_which_lines_will_be_settled(
    ctx: AppContext, paul: int, bank_file: Path
) -> None:
    """Bank export first: previewing the relevé finds its 8 acts paid by the stored credits;
    relevé first: previewing the bank export finds its 4 CPAM credits (file lines 2, 4-6)."""
    service = ImportService(ctx)
    service.import_file(bank_file, ImportOptions())
    releve = service.read(JANUARY)
    preview = service.preview(releve, ImportOptions())
    assert preview.settled == frozenset(releve.columns.line)
    assert len(preview.settled) == 8

    for batch in service.batches():
        service.undo(batch.id)
    service.import_file(JANUARY, ImportOptions())
    preview = service.preview(service.read(bank_file), ImportOptions())
    assert preview.settled == {2, 4, 5, 6}
