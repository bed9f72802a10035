"""Open the data folder's database: refuse foreign files, back up, migrate, or open read-only.

Alembic is imported only when the schema is not already at HEAD, so a normal start never pays for
it. HEAD must equal the newest revision in migrations/versions (a test checks it).
"""

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.storage.backups import create_backup, has_backup_on
from ameli_desktop.storage.db import DatabaseError, check_is_sqlite, make_engine

HEAD = "0012_acts_of_care"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True, slots=True)
class OpenedDatabase:
    engine: Engine
    read_only: bool  # written by a newer version of the app: never modified
    migrated_from: str | None  # the revision before a migration, None when none ran
    revision: str | None
    backup: Path | None  # the backup taken while opening, if any


def read_revision(path: Path, *, require_ours: bool = False) -> str | None:
    """The Alembic revision stored in a database file, read without modifying it.

    Returns None for a new, empty database.

    Raises:
        DatabaseError: not a database, damaged, or a SQLite file that is not ours.
    """
    check_is_sqlite(path)
    if not path.exists() or path.stat().st_size == 0:
        if require_ours:
            raise _not_ours(path)
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables or require_ours:
                    raise _not_ours(path)
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is damaged or not a database ({detail}). Nothing was changed; restore a "
                "backup or choose another data folder.",
            ),
            file=str(path),
            detail=str(exc),
        ) from None
    return row[0] if row else None


def _not_ours(path: Path) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is a database of another program, not of Ameli Desktop. Nothing was changed; "
            "choose another data folder.",
        ),
        file=str(path),
    )


def _alembic_config(connection: object) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}


def script_head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def upgrade(path: Path, target: str = "head") -> None:
    """Run the migrations on ``path`` in one transaction, foreign keys off (see env.py)."""
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            command.upgrade(_alembic_config(connection), target)  # type: ignore[arg-type]
            connection.commit()
    finally:
        engine.dispose()


def open_database(paths: DataPaths, *, now: datetime, daily_backup: bool = True) -> OpenedDatabase:
    """Open (creating or migrating as needed) the database of a data folder.

    - a new folder: the schema is created;
    - an older schema: a backup is taken, then it is migrated;
    - a newer schema (written by a newer app): opened read-only, nothing changed;
    - not a database, or another program's: DatabaseError, nothing changed.
    A daily backup is taken at the first open of each day of ``now``'s zone; ``now`` (the app's
    clock, so a pinned date is honoured) also names the backups.
    """
    paths.ensure()
    db = paths.database
    revision = read_revision(db)
    backup = None
    migrated_from = None
    if revision != HEAD:
        if revision is not None and revision not in known_revisions():
            engine = make_engine(db, read_only=True)
            return OpenedDatabase(engine, True, None, revision, None)
        if revision is not None:
            backup = create_backup(paths, "before-migration", now=now)
        upgrade(db)
        migrated_from = revision
    created = revision is None
    if daily_backup and not created and backup is None and not has_backup_on(paths, now):
        backup = create_backup(paths, "daily", now=now)
    engine = make_engine(db)
    return OpenedDatabase(engine, False, migrated_from, HEAD, backup)
