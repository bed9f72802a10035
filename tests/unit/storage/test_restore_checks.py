"""Restore takes only what the app wrote; a data folder opens only with data the app wrote (issue 17,
item 1): each hostile backup of the issue is refused with one sentence, and nothing changes."""

import hashlib
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.domain.claims import ClaimDetails, ClaimKind
from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.attachments import AttachmentService
from ameli_desktop.services.backups import BackupService
from ameli_desktop.services.claims import ClaimService
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from ameli_desktop.storage import migrate
from ameli_desktop.storage.backups import list_backups
from ameli_desktop.storage.db import DamagedDatabaseError, DatabaseError
from ameli_desktop.storage.migrate import ForeignDatabaseError, check_database
from tests.db_dump import dump
from tests.hostile_data import damage, edit

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = date(2026, 11, 25)


@pytest.fixture
def household(ctx: AppContext) -> AppContext:
    """Ana with an open claim: what a trigger in a backup would delete on the next import."""
    ana = PeopleService(ctx).add(PersonDetails("Ana Lebrun"))
    ClaimService(ctx).add(
        ClaimDetails(ana.id, ClaimKind.CARE, date(2026, 11, 2), date(2026, 12, 2), None, 4200)
    )
    return ctx


@pytest.fixture
def backup(household: AppContext, tmp_path: Path) -> Path:
    """A genuine backup of the household, copied out of the data folder to be tampered with."""
    made = BackupService(household).backup_now(tmp_path / "ana.db")
    return made


def person_row(name: str) -> tuple[str, tuple[object, ...]]:
    """A person inserted as an older app version wrote them (its columns, no model)."""
    return (
        "INSERT INTO person (uid, name, name_key, role, s1_holder, created_at) "
        "VALUES (?, ?, ?, 'other', 0, '2026-01-01 00:00:00')",
        (f"{name.lower():0>32}", name, name.lower()),
    )


def attachment_row(sha256: str, file_name: str) -> tuple[str, tuple[object, ...]]:
    return (
        "INSERT INTO attachment (owner_kind, owner_id, sha256, file_name, size, added_at) "
        "VALUES ('person', 1, ?, ?, 10, '2026-11-25 09:00:00')",
        (sha256, file_name),
    )


def state(ctx: AppContext) -> tuple[list[str], list[str], list[str]]:
    """Everything a refused restore must leave as it was: the data, the backups, the files."""
    files = sorted(p.name for p in ctx.paths.root.iterdir())
    return dump(ctx), [b.path.name for b in list_backups(ctx.paths)], files


def refused(ctx: AppContext, hostile: Path, match: str) -> UserError:
    before = state(ctx)
    with pytest.raises(DatabaseError, match=match) as caught:
        BackupService(ctx).restore(hostile)
    assert state(ctx) == before, "a refused restore changed something"
    message = str(caught.value)
    assert "\n" not in message, message
    assert message.endswith("."), message
    return caught.value


def test_a_backup_with_a_trigger_is_refused_and_the_next_import_deletes_nothing(
    household: AppContext, backup: Path
) -> None:
    edit(
        backup,
        "CREATE TRIGGER wipe AFTER INSERT ON import_batch "
        "BEGIN DELETE FROM claim; DELETE FROM appointment; END",
    )
    error = refused(household, backup, "trigger “wipe”")
    assert isinstance(error, ForeignDatabaseError)
    ImportService(household).import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    assert len(ClaimService(household).all()) == 1


@pytest.mark.parametrize(
    ("statement", "match"),
    [
        ("CREATE VIEW everyone AS SELECT * FROM person", "view “everyone”"),
        ("CREATE TABLE notes (t TEXT)", "table “notes”"),
        ("ALTER TABLE person ADD COLUMN spy TEXT", "column “person.spy”"),
        ("DROP INDEX ix_attachment_owner", "lacks an index “ix_attachment_owner”"),
        ("CREATE INDEX ix_extra ON person (name)", "index “ix_extra”"),
        ("CREATE VIRTUAL TABLE notes USING fts5(body)", "table “notes”"),
        ("ANALYZE", None),
    ],
)
def test_a_backup_whose_schema_is_not_its_revisions_is_refused(
    household: AppContext, backup: Path, statement: str, match: str | None
) -> None:
    edit(backup, statement)
    if match is None:  # SQLite's own statistics (ANALYZE): part of any database
        BackupService(household).restore(backup)
        return
    refused(household, backup, match)


def test_a_damaged_backup_is_refused(household: AppContext, backup: Path) -> None:
    damage(backup)
    error = refused(household, backup, "is damaged")
    assert isinstance(error, DamagedDatabaseError)


def test_a_backup_from_a_newer_app_is_refused(household: AppContext, backup: Path) -> None:
    edit(backup, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    refused(household, backup, "newer version of Ameli Desktop")


@pytest.mark.parametrize(
    ("sha256", "file_name"),
    [
        ("/etc/shadow", "shadow"),
        ("../../../../etc/passwd", "passwd"),
        ("a" * 63, "scan.pdf"),  # one character short: not a digest the app computes
        ("A" * 64, "scan.pdf"),  # the app writes lower-case hex
    ],
)
def test_a_backup_with_an_attachment_outside_attachments_is_refused(
    household: AppContext, backup: Path, sha256: str, file_name: str
) -> None:
    edit(backup, attachment_row(sha256, file_name))
    refused(household, backup, "points outside the attachments folder")


def test_a_file_name_cannot_lead_an_attachment_outside_either(
    household: AppContext, backup: Path
) -> None:
    """The name the user knew a file by only lends its extension, never a path."""
    edit(backup, attachment_row("b" * 64, "../../etc/shadow"))
    BackupService(household).restore(backup)
    (record,) = AttachmentService(household).for_record("person", 1)
    assert record.path == household.paths.attachments / ("b" * 64)


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 84])
def test_an_empty_or_headless_file_is_refused(
    household: AppContext, tmp_path: Path, content: bytes
) -> None:
    hostile = tmp_path / "empty.db"
    hostile.write_bytes(content)
    refused(household, hostile, "not (an Ameli Desktop database|a database)")


def test_a_good_backup_of_an_older_revision_is_restored_then_migrated(
    household: AppContext, tmp_path: Path
) -> None:
    older = tmp_path / "older.db"
    migrate.upgrade(older, "0006_app_meta")
    edit(older, person_row("Bob"))
    BackupService(household).restore(older)
    assert household.opened.migrated_from == "0006_app_meta"
    assert [p.name for p in PeopleService(household).all()] == ["Bob"]


def _every_revision() -> list[str]:
    """Every revision the migrations know, read from them (a migration added later is covered
    without touching this test)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_every_revision_is_in_the_list_the_restore_tests_walk() -> None:
    revisions = _every_revision()
    assert revisions[-1] == migrate.HEAD
    assert len(revisions) >= 11
    assert all(migrate.is_known(r) for r in revisions)


@pytest.mark.parametrize("revision", _every_revision())
def test_a_backup_at_each_revision_is_restored_and_one_with_a_trigger_refused(
    household: AppContext, tmp_path: Path, revision: str
) -> None:
    """Each revision's schema is derived from the migrations: its genuine backup is restored
    (then migrated); the same file with a trigger is refused, nothing changed."""
    hostile = tmp_path / "hostile.db"
    migrate.upgrade(hostile, revision)
    edit(
        hostile,
        person_row("Bob"),
        "CREATE TRIGGER wipe AFTER INSERT ON person BEGIN DELETE FROM person; END",
    )
    refused(household, hostile, "trigger “wipe”")
    good = tmp_path / "good.db"
    migrate.upgrade(good, revision)
    edit(good, person_row("Bob"))
    BackupService(household).restore(good)
    assert household.opened.migrated_from == (None if revision == migrate.HEAD else revision)
    assert household.opened.revision == migrate.HEAD
    assert [p.name for p in PeopleService(household).all()] == ["Bob"]


def test_the_restore_checks_a_copy_not_the_file_it_was_given(
    household: AppContext, backup: Path
) -> None:
    """The user's file is only read: a refused restore leaves it as it was, byte for byte."""
    edit(backup, "CREATE VIEW v AS SELECT 1")
    before = hashlib.sha256(backup.read_bytes()).hexdigest()
    refused(household, backup, "view “v”")
    assert hashlib.sha256(backup.read_bytes()).hexdigest() == before


# ------------------------------------------------------------------ opening a data folder
def _folder_with(data_dir: Path, *statements: str) -> Path:
    ctx = AppContext.open(data_dir, clock=FixedClock.on(TODAY))
    PeopleService(ctx).add(PersonDetails("Ana"))
    ctx.close()
    db = DataPaths(data_dir).database
    edit(db, *statements)
    return db


def test_a_data_folder_with_a_trigger_is_never_opened_nor_written(data_dir: Path) -> None:
    db = _folder_with(data_dir, "CREATE TRIGGER t AFTER INSERT ON person BEGIN SELECT 1; END")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(ForeignDatabaseError, match="trigger “t”"):
        AppContext.open(data_dir, clock=FixedClock.on(date(2026, 11, 26)))
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not Path(f"{db}-wal").exists()
    assert list_backups(DataPaths(data_dir)) == []  # no daily backup of a foreign database


def test_an_older_foreign_database_is_never_migrated(data_dir: Path, tmp_path: Path) -> None:
    db = DataPaths(data_dir).ensure().database
    migrate.upgrade(db, "0005_reimbursements")
    edit(db, "CREATE TABLE extra (x)")
    before = dump(db)
    with pytest.raises(ForeignDatabaseError, match="table “extra”"):
        AppContext.open(data_dir, clock=FixedClock.on(TODAY))
    assert dump(db) == before
    assert list_backups(DataPaths(data_dir)) == []


def test_damaged_data_is_not_migrated_and_not_backed_up(data_dir: Path) -> None:
    db = DataPaths(data_dir).ensure().database
    migrate.upgrade(db, "0006_app_meta")
    edit(db, *(person_row(f"P{i}") for i in range(50)))
    damage(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(DamagedDatabaseError):
        AppContext.open(data_dir, clock=FixedClock.on(TODAY))
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert migrate.read_revision(db) == "0006_app_meta"


# ------------------------------------------------------------------ the expected schema
def test_the_schema_of_head_from_the_models_is_the_migrations_one() -> None:
    """Start-up compares with the models' schema (fast); the truth is the migrations'."""
    assert migrate.expected_schema(migrate.HEAD) == migrate.migrated_schema(migrate.HEAD)


def test_a_database_migrated_step_by_step_matches_every_revisions_schema(
    tmp_path: Path,
) -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    db = tmp_path / "chain.db"
    for revision in reversed(list(script.walk_revisions())):
        migrate.upgrade(db, revision.revision)
        assert check_database(db, thorough=True, restoring=True) == revision.revision


def test_sqlite_bookkeeping_tables_are_not_foreign(ctx: AppContext) -> None:
    """ANALYZE (the importer's PRAGMA optimize) adds sqlite_stat1: still the app's data."""
    PeopleService(ctx).add(PersonDetails("Ana"))
    with ctx.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.commit()
    ctx.close()
    assert check_database(ctx.paths.database, thorough=True, restoring=True) == migrate.HEAD


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_the_open_button_never_hands_a_path_outside_attachments(
    household: AppContext, tmp_path: Path
) -> None:
    service = AttachmentService(household)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 a scan")
    record = service.add("person", 1, scan)
    assert service.openable(record) == record.path
    # A link put in place of the copy, pointing elsewhere, is not followed out of the folder.
    secret = tmp_path / "secret.txt"
    secret.write_text("not an attachment")
    assert record.path is not None
    record.path.unlink()
    record.path.symlink_to(secret)
    with pytest.raises(UserError, match="not in the attachments folder"):
        service.openable(record)
    edit(
        household.paths.database,
        "UPDATE attachment SET sha256 = '/etc/shadow'",
    )
    (hostile,) = service.for_record("person", 1)
    assert hostile.path is None
    with pytest.raises(UserError, match="not in the attachments folder"):
        service.openable(hostile)
    assert sqlite3.connect(household.paths.database).execute("SELECT 1").fetchone() == (1,)


def test_an_older_database_is_checked_backed_up_then_migrated(data_dir: Path) -> None:
    db = DataPaths(data_dir).ensure().database
    migrate.upgrade(db, "0006_app_meta")
    edit(db, person_row("Bob"))
    ctx = AppContext.open(data_dir, clock=FixedClock.on(TODAY))
    try:
        assert ctx.opened.migrated_from == "0006_app_meta"
        backup = ctx.opened.backup
        assert backup is not None
        assert "before-migration" in backup.name
        assert check_database(backup, thorough=True, restoring=True) == "0006_app_meta"
        assert [p.name for p in PeopleService(ctx).all()] == ["Bob"]
    finally:
        ctx.close()
