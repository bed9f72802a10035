"""The example household: loaded through the real services, removed in one click, exactly."""

import sqlite3

import pytest

from ameli_desktop.domain.errors import ConflictError
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.demo import LABEL, DemoService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.overview import OverviewService


def counts(ctx: AppContext) -> dict[str, int]:
    conn = sqlite3.connect(ctx.paths.database)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name <> 'alembic_version'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}  # noqa: S608
    finally:
        conn.close()


def test_the_example_household_fills_every_area_and_is_labelled(ctx: AppContext) -> None:
    DemoService(ctx).load()
    names = [p.name for p in PeopleService(ctx).all()]
    assert len(names) == 3
    assert all(name.endswith(LABEL) for name in names)
    numbers = counts(ctx)
    for table in (
        "reimbursement_line",
        "import_batch",
        "claim",
        "trip",
        "ceam_card",
        "appointment",
        "vitale_card",
        "schengen_stay",
    ):
        assert numbers[table] > 0, table
    areas = {item.area for item in OverviewService(ctx).overview().items}
    assert {"reimbursements", "ceam", "card_orders", "appointments", "travel_log"} <= areas


def test_loading_twice_is_refused(ctx: AppContext) -> None:
    DemoService(ctx).load()
    with pytest.raises(ConflictError, match="already loaded"):
        DemoService(ctx).load()


def test_removing_it_leaves_exactly_the_users_own_data(ctx: AppContext) -> None:
    PeopleService(ctx).add(PersonDetails("Ana Real"))
    before = counts(ctx)
    DemoService(ctx).load()
    assert DemoService(ctx).is_loaded()
    assert DemoService(ctx).remove() == 3
    assert not DemoService(ctx).is_loaded()
    assert [p.name for p in PeopleService(ctx).all()] == ["Ana Real"]
    assert counts(ctx) == before
    assert DemoService(ctx).remove() == 0


def test_the_example_appointment_has_its_documents_to_bring(ctx: AppContext) -> None:
    from ameli_desktop.services.appointments import AppointmentService

    DemoService(ctx).load()
    [appointment] = AppointmentService(ctx).all()
    labels = [d.label for d in appointment.details.documents]
    assert labels
    assert any("arrêt de travail" in label for label in labels)
