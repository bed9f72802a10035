"""A statement's transfers and the bank credits they became are one payment, counted once.

ameli_2025-01.csv pays: 07/01 Paul 19,00 + Zoé 19,00; 14/01 Zoé 31,16; 17/01 Paul 9,68 + 9,68;
24/01 Éloïse 30,37; 31/01 Paul 987,65 (1 106,54 € in all). The bank export below holds three of
those transfers, booked one to three days later (38,00 for the 7th, the household's day; 31,16;
19,36), a CPAM credit of 50,00 that no statement line explains, and a card payment.
"""

from pathlib import Path

import pytest

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService
from ameli_desktop.services.statement_import import ImportOptions, ImportService

DATA = Path(__file__).resolve().parents[2] / "data"
BANK = (
    "Date;Libellé;Débit;Crédit\r\n"
    "08/01/2025;VIR SEPA CPAM DE PARIS REMB SOINS;;38,00\r\n"
    "10/01/2025;CB PHARMACIE DU CENTRE;12,40;\r\n"
    "15/01/2025;VIR SEPA CPAM DE PARIS REMB SOINS;;31,16\r\n"
    "20/01/2025;VIR SEPA CPAM DE PARIS REMB SOINS;;19,36\r\n"
    "28/01/2025;VIR SEPA CPAM DE PARIS IJ;;50,00\r\n"
)
STATEMENT_TOTAL = 110654


@pytest.fixture
def files(tmp_path: Path, ctx: AppContext) -> dict[str, Path]:
    people = PeopleService(ctx)
    for name in ("Paul Lebrun", "Zoé Lebrun", "Éloïse Martin"):
        people.add(PersonDetails(name))
    bank = tmp_path / "banque-janvier.csv"
    bank.write_bytes(BANK.encode("cp1252"))
    return {"statement": DATA / "ameli_2025-01.csv", "bank": bank}


def _import(ctx: AppContext, path: Path) -> tuple[int, int, int | None]:
    paul = PeopleService(ctx).find("Paul").id
    result = ImportService(ctx).import_file(path, ImportOptions(person_id=paul))
    return result.imported, result.payments_matched, result.batch_id


def _reimbursed(ctx: AppContext) -> int:
    return ReimbursementService(ctx).totals(LineFilter()).reimbursed_cents


def _bank_dates(ctx: AppContext) -> dict[str, list[str]]:
    dates: dict[str, list[str]] = {}
    for line in ReimbursementService(ctx).iter_lines(LineFilter()):
        if line.bank_date is not None:
            dates.setdefault(line.bank_date.isoformat(), []).append(line.person_name)
    return dates


@pytest.mark.parametrize("first", ["statement", "bank"])
def test_each_transfer_counts_once_whichever_file_comes_first(
    ctx: AppContext, files: dict[str, Path], first: str
) -> None:
    second = "bank" if first == "statement" else "statement"
    imported_first, matched_first, _ = _import(ctx, files[first])
    imported_second, matched_second, _ = _import(ctx, files[second])

    assert (matched_first, matched_second) == (0, 3)
    # 4 CPAM credits and the card payment at the pharmacy; 7 acts.
    assert sorted((imported_first, imported_second)) == [5, 7]
    # The three matched credits are the statement's money; the 50,00 stays, on its own.
    assert _reimbursed(ctx) == STATEMENT_TOTAL + 5000
    assert ReimbursementService(ctx).count(LineFilter()) == 7 + 1 + 1
    assert _bank_dates(ctx) == {
        "2025-01-08": ["Paul Lebrun", "Zoé Lebrun"],
        "2025-01-15": ["Zoé Lebrun"],
        "2025-01-20": ["Paul Lebrun", "Paul Lebrun"],
    }


def test_reimporting_the_bank_file_adds_and_matches_nothing(
    ctx: AppContext, files: dict[str, Path]
) -> None:
    _import(ctx, files["statement"])
    _import(ctx, files["bank"])
    assert _import(ctx, files["bank"]) == (0, 0, None)
    assert _reimbursed(ctx) == STATEMENT_TOTAL + 5000


def test_undoing_either_import_undoes_the_settlement(
    ctx: AppContext, files: dict[str, Path]
) -> None:
    _, _, bank_batch = _import(ctx, files["bank"])
    _, _, statement_batch = _import(ctx, files["statement"])
    service = ImportService(ctx)
    assert bank_batch is not None
    assert statement_batch is not None

    service.undo(statement_batch)  # the bank credits count again, all four
    assert _reimbursed(ctx) == 3800 + 3116 + 1936 + 5000
    assert _bank_dates(ctx) == {}

    _, matched, statement_batch = _import(ctx, files["statement"])
    assert matched == 3
    service.undo(bank_batch)  # the acts stay, without a bank date
    assert _reimbursed(ctx) == STATEMENT_TOTAL
    assert _bank_dates(ctx) == {}


def test_a_deleted_and_restored_statement_line_is_settled_again(
    ctx: AppContext, files: dict[str, Path]
) -> None:
    _import(ctx, files["statement"])
    _import(ctx, files["bank"])
    service = ReimbursementService(ctx)
    zoe_pharmacy = next(
        line
        for line in service.iter_lines(LineFilter())
        if line.bank_date is not None and line.bank_date.isoformat() == "2025-01-15"
    )
    deleted = service.delete([zoe_pharmacy.id])
    # Its bank credit (31,16) is no statement line's any more: it counts on its own.
    assert _reimbursed(ctx) == STATEMENT_TOTAL + 5000
    service.restore(deleted)
    assert _reimbursed(ctx) == STATEMENT_TOTAL + 5000
    assert "2025-01-15" in _bank_dates(ctx)
