"""The database: migrations, newer and foreign files, backups and restore, permissions, the lock."""

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.orm import configure_mappers

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.backups import BackupService
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext, ReadOnlyError
from ameli_desktop.services.household import PeopleService
from ameli_desktop.storage import migrate
from ameli_desktop.storage.backups import KEEP, create_backup, list_backups
from ameli_desktop.storage.db import DatabaseError
from ameli_desktop.storage.lock import InstanceLock
from ameli_desktop.storage.models import metadata
from tests.db_dump import dump

TODAY = date(2026, 11, 25)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrations_create_the_schema_from_an_empty_folder(data_dir: Path) -> None:
    opened = migrate.open_database(DataPaths(data_dir), now=FixedClock.on(TODAY).now())
    with opened.engine.connect() as conn:
        tables = {
            r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        }
        assert {"person", "trip", "trip_traveller", "attachment", "alembic_version"} <= tables
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == migrate.HEAD
        )
    opened.engine.dispose()


def test_running_migrations_again_is_a_no_op(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    migrate.open_database(paths, now=FixedClock.on(TODAY).now()).engine.dispose()
    before = dump(paths.database)
    again = migrate.open_database(paths, now=FixedClock.on(TODAY).now(), daily_backup=False)
    again.engine.dispose()
    assert again.migrated_from is None
    assert dump(paths.database) == before


def test_head_constant_matches_the_migration_scripts() -> None:
    assert migrate.script_head() == migrate.HEAD


def test_models_and_migrations_agree(ctx: AppContext) -> None:
    """The equivalent of `alembic check`: autogenerate finds nothing to add."""
    configure_mappers()
    with ctx.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_every_migration_upgrades_a_database_seeded_at_the_previous_revision(
    tmp_path: Path,
) -> None:
    """Walk the chain: seed at each revision, upgrade one step, check foreign keys."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    revisions = list(reversed(list(script.walk_revisions())))
    db = tmp_path / "chain.db"
    for revision in revisions:
        migrate.upgrade(db, revision.revision)
        assert migrate.read_revision(db) == revision.revision
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            conn.close()


def test_a_database_from_a_newer_app_opens_read_only_and_unchanged(data_dir: Path) -> None:
    ctx = AppContext.open(data_dir, clock=FixedClock.on(TODAY))
    PeopleService(ctx).add(PersonDetails("Ana"))
    ctx.close()
    db = DataPaths(data_dir).database
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(db)

    newer = AppContext.open(data_dir, clock=FixedClock.on(TODAY))
    try:
        assert newer.read_only
        assert [p.name for p in PeopleService(newer).all()] == ["Ana"]
        with pytest.raises(ReadOnlyError, match="newer version"):
            PeopleService(newer).add(PersonDetails("Bob"))
    finally:
        newer.close()
    assert digest(db) == before


def test_a_file_that_is_not_a_database_is_refused_and_untouched(data_dir: Path) -> None:
    paths = DataPaths(data_dir).ensure()
    paths.database.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 10)
    before = digest(paths.database)
    with pytest.raises(DatabaseError, match="is not an Ameli Desktop database"):
        AppContext.open(data_dir)
    assert digest(paths.database) == before
    assert not Path(str(paths.database) + "-wal").exists()


def test_a_damaged_sqlite_file_is_refused_and_untouched(data_dir: Path) -> None:
    paths = DataPaths(data_dir).ensure()
    paths.database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    before = digest(paths.database)
    with pytest.raises(DatabaseError, match="damaged or not a database"):
        AppContext.open(data_dir)
    assert digest(paths.database) == before


def test_another_programs_database_is_refused_and_untouched(data_dir: Path) -> None:
    paths = DataPaths(data_dir).ensure()
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    before = dump(paths.database)
    with pytest.raises(DatabaseError, match="not a database written by Ameli Desktop"):
        AppContext.open(data_dir)
    assert dump(paths.database) == before


def test_backup_and_restore_round_trip(ctx: AppContext) -> None:
    people = PeopleService(ctx)
    people.add(PersonDetails("Ana"))
    backup = BackupService(ctx).backup_now()
    people.add(PersonDetails("Bob"))
    assert [p.name for p in people.all()] == ["Ana", "Bob"]

    safety = BackupService(ctx).restore(backup)

    assert [p.name for p in people.all()] == ["Ana"]
    assert safety is not None
    assert "before-restore" in safety.name
    # ... and the restore itself can be undone
    BackupService(ctx).restore(safety)
    assert [p.name for p in people.all()] == ["Ana", "Bob"]


def test_restore_refuses_a_foreign_file_and_changes_nothing(
    ctx: AppContext, tmp_path: Path
) -> None:
    PeopleService(ctx).add(PersonDetails("Ana"))
    foreign = tmp_path / "notes.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (t TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="not a database written by Ameli Desktop"):
        BackupService(ctx).restore(foreign)
    with pytest.raises(DatabaseError, match="not an Ameli Desktop database"):
        BackupService(ctx).restore(Path(__file__))
    assert [p.name for p in PeopleService(ctx).all()] == ["Ana"]


def test_only_the_last_ten_backups_are_kept(ctx: AppContext) -> None:
    PeopleService(ctx).add(PersonDetails("Ana"))
    for minute in range(15):
        create_backup(ctx.paths, "manual", now=datetime(2026, 11, 25, 9, minute, tzinfo=UTC))
    kept = list_backups(ctx.paths)
    assert len(kept) == KEEP
    assert kept[0].taken_at == datetime(2026, 11, 25, 9, 14, tzinfo=UTC)


def test_backups_are_listed_by_the_time_in_their_names(data_dir: Path) -> None:
    ctx = AppContext.open(data_dir, clock=FixedClock.on(TODAY), daily_backup=False)
    PeopleService(ctx).add(PersonDetails("Ana"))
    create_backup(ctx.paths, "manual", now=datetime(2026, 11, 25, 23, 59, 58, tzinfo=UTC))
    (ctx.paths.backups / "ameli-20261399-120000-manual.db").write_bytes(b"")  # no such day
    listed = list_backups(ctx.paths)
    ctx.close()
    assert [(b.taken_at, b.reason) for b in listed] == [
        (datetime(2026, 11, 25, 23, 59, 58, tzinfo=UTC), "manual")
    ]


def test_a_daily_backup_is_taken_once_a_day(data_dir: Path) -> None:
    first = AppContext.open(data_dir, clock=FixedClock.on(TODAY))
    PeopleService(first).add(PersonDetails("Ana"))
    first.close()
    second = AppContext.open(data_dir, clock=FixedClock.on(TODAY))
    second.close()
    third = AppContext.open(data_dir, clock=FixedClock.on(TODAY))
    third.close()
    daily = [b for b in list_backups(DataPaths(data_dir)) if b.reason == "daily"]
    assert len(daily) == 1


def test_an_older_database_is_backed_up_before_it_is_migrated(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pretend the stored schema is older: open_database must back up, then migrate."""
    paths = DataPaths(data_dir)
    migrate.open_database(
        paths, now=FixedClock.on(TODAY).now(), daily_backup=False
    ).engine.dispose()
    monkeypatch.setattr(migrate, "HEAD", "0000_a_newer_head")
    upgraded: list[Path] = []
    monkeypatch.setattr(migrate, "known_revisions", lambda: {migrate.script_head()})
    monkeypatch.setattr(migrate, "upgrade", lambda db, target="head": upgraded.append(db))
    opened = migrate.open_database(paths, now=FixedClock.on(TODAY).now())
    opened.engine.dispose()
    assert upgraded == [paths.database]
    assert opened.backup is not None
    assert "before-migration" in opened.backup.name


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_data_folder_is_owner_only(ctx: AppContext) -> None:
    PeopleService(ctx).add(PersonDetails("Ana"))
    BackupService(ctx).backup_now()
    from ameli_desktop.logging_setup import setup_logging

    setup_logging(ctx.paths)
    lock = InstanceLock(ctx.paths.lock_file)
    assert lock.try_acquire()
    lock.release()
    for root, dirs, files in os.walk(ctx.paths.root):
        for name in dirs:
            assert os.stat(Path(root, name)).st_mode & 0o777 == 0o700, name
        for name in files:
            assert os.stat(Path(root, name)).st_mode & 0o777 == 0o600, name
    assert os.stat(ctx.paths.root).st_mode & 0o777 == 0o700


def test_a_second_lock_on_the_same_folder_is_refused(data_dir: Path) -> None:
    paths = DataPaths(data_dir).ensure()
    first = InstanceLock(paths.lock_file)
    second = InstanceLock(paths.lock_file)
    assert first.try_acquire()
    try:
        assert not second.try_acquire()
        assert second.holder_pid() == os.getpid()
    finally:
        first.release()
    assert second.try_acquire()
    second.release()


def test_a_lock_left_by_a_killed_process_does_not_block(data_dir: Path) -> None:
    paths = DataPaths(data_dir).ensure()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path;"
            "from ameli_desktop.storage.lock import InstanceLock;"
            f"l = InstanceLock(Path({str(paths.lock_file)!r})); assert l.try_acquire();"
            "print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[3],
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        assert not InstanceLock(paths.lock_file).try_acquire()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()  # type: ignore[union-attr]
    deadline = time.monotonic() + 5
    lock = InstanceLock(paths.lock_file)
    while not lock.try_acquire():
        assert time.monotonic() < deadline, "the crashed process's lock still blocks"
        time.sleep(0.05)
    lock.release()


def test_a_stale_lock_file_with_a_dead_pid_does_not_block(data_dir: Path) -> None:
    paths = DataPaths(data_dir).ensure()
    paths.lock_file.write_text("999999", encoding="ascii")
    lock = InstanceLock(paths.lock_file)
    assert lock.try_acquire()
    assert lock.holder_pid() == os.getpid()
    lock.release()
