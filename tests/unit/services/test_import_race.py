"""Two imports of the same file at once (issue 17): each plans with what is stored, then waits for
the write lock. The second one's plan says "new member" for a name the first one has just added:
that member is used, never a second one nor "UNIQUE constraint failed" (seen under load in CI)."""

from pathlib import Path

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import ImportOptions, ImportService, _line_dates

DATA = Path(__file__).resolve().parents[2] / "data"


def test_a_member_added_since_the_plan_is_that_member(ctx) -> None:  # type: ignore[no-untyped-def]
    service = ImportService(ctx)
    parsed = service.read(DATA / "ameli_2025-01-02_cp1252.csv")
    plan = service._plan(parsed, ImportOptions(skip_bad=True), strict=True)
    new = [m.new_name for m in plan.matches if m.is_new]
    assert new  # an empty household: every beneficiary of the file is new
    people = PeopleService(ctx)
    first = people.add(PersonDetails(new[0].upper()))  # the other import's, in between

    with ctx.write() as session:
        service._write(session, parsed, plan, _line_dates(plan.columns), 0, None)

    names = [p.name for p in people.all()]
    assert len(names) == len(new)
    assert names.count(first.name) == 1
    assert service.batches()[0].imported > 0
