"""Migration 0009 (checklist ticks of card orders) on a database seeded at its down revision,
0008, with an order.

The column is added in place: the order, its dated steps (which cascade from it) and the card
come through unchanged, with no line of the checklist ticked.
"""

import sqlite3
from datetime import date
from pathlib import Path

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.vitale import VitaleService
from ameli_desktop.storage import migrate


def test_orders_and_their_steps_survive_with_nothing_ticked(tmp_path: Path) -> None:
    db = tmp_path / "ameli.db"
    migrate.upgrade(db, "0008_travel_permit_state")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "INSERT INTO person (uid, name, name_key, role, s1_holder, created_at) "
            "VALUES ('u1', 'Zoé Lebrun', 'lebrun zoe', 'holder', 0, '2026-01-01 10:00:00')"
        )
        conn.execute(
            "INSERT INTO vitale_order (person_id, channel, notes, created_at) "
            "VALUES (1, 'post', 'photo sent', '2026-11-02 10:00:00')"
        )
        conn.executemany(
            "INSERT INTO vitale_order_step (order_id, step, step_date, position) VALUES (?,?,?,?)",
            [(1, "requested", "2026-11-02", 0), (1, "documents_sent", "2026-11-05", 1)],
        )
    before = {
        table: conn.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608 - fixed names
        for table in ("person", "vitale_order", "vitale_order_step")
    }
    conn.close()

    clock = FixedClock.on(date(2026, 12, 8))
    opened = migrate.open_database(DataPaths(tmp_path), now=clock.now())
    opened.engine.dispose()
    assert opened.migrated_from == "0008_travel_permit_state"
    assert opened.revision == migrate.HEAD
    assert opened.backup is not None

    conn = sqlite3.connect(db)
    try:
        for table in ("person", "vitale_order_step"):
            rows = conn.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608
            assert rows == before[table]
        orders = conn.execute("SELECT * FROM vitale_order").fetchall()
        assert [row[:-1] for row in orders] == before["vitale_order"]
        assert conn.execute("SELECT checklist_done FROM vitale_order").fetchall() == [("[]",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()

    ctx = AppContext.open(tmp_path, clock=clock)
    try:
        service = VitaleService(ctx)
        order = service.order(1)
        assert order.checklist_done == ()
        assert [r.step.value for r in order.order.history] == ["requested", "documents_sent"]
        photo = ctx.facts.vitale.order_checklist[0]
        assert service.set_checklist(1, [photo]).checklist_done == (photo,)
    finally:
        ctx.close()
