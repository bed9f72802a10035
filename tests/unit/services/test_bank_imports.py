"""Bank exports into the database: only health lines, nothing twice, overlaps add only what is new.

The files and their ground truth are in tests/data/banks (see its README and expected.toml).
"""

import tomllib
from pathlib import Path
from typing import Any

import pytest

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import ImportOptions, ImportService

BANKS = Path(__file__).resolve().parents[2] / "data" / "banks"
EXPECTED = {
    f["name"]: f for f in tomllib.loads((BANKS / "expected.toml").read_text("utf-8"))["file"]
}


@pytest.fixture
def one_person(ctx: AppContext) -> int:
    return PeopleService(ctx).add(PersonDetails("Camille Durand")).id


def _health_total(expected: dict[str, Any]) -> int:
    return sum(h["amount_cents"] for h in expected.get("health", []))


def _stored_total(ctx: AppContext) -> int:
    """The stored bank lines as the bank shows them (the household's payments negative)."""
    with ctx.read() as session:
        return int(
            session.connection()
            .exec_driver_sql(
                "SELECT coalesce(sum(coalesce(reimbursed_cents, complementary_cents, "
                "-paid_cents)), 0) FROM reimbursement_line"
            )
            .scalar_one()
        )


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "_next" not in n))
def test_import_then_reimport_adds_nothing(ctx: AppContext, one_person: int, name: str) -> None:
    service = ImportService(ctx)
    expected = EXPECTED[name]
    first = service.import_file(BANKS / name, ImportOptions())
    assert first.written
    assert first.imported == len(expected["health"])
    assert _stored_total(ctx) == _health_total(expected)

    again = service.import_file(BANKS / name, ImportOptions())
    assert (again.imported, again.duplicates) == (0, len(expected["health"]))
    assert again.previous is not None  # the very same file, said up front
    assert _stored_total(ctx) == _health_total(expected)


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "_next" in n))
def test_an_overlapping_export_adds_only_its_new_lines(
    ctx: AppContext, one_person: int, name: str
) -> None:
    later = EXPECTED[name]
    earlier = EXPECTED[later["overlaps"]]
    service = ImportService(ctx)
    service.import_file(BANKS / earlier["name"], ImportOptions())

    result = service.import_file(BANKS / name, ImportOptions())

    repeated = later["repeated_health"]
    assert (result.imported, result.duplicates) == (len(later["health"]) - repeated, repeated)
    repeated_cents = sum(
        h["amount_cents"]
        for h in later["health"]
        if any(
            (e["date"], e["amount_cents"]) == (h["date"], h["amount_cents"])
            for e in earlier["health"]
        )
    )
    assert _stored_total(ctx) == _health_total(earlier) + _health_total(later) - repeated_cents
