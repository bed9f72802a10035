"""Open the data folder's database: refuse foreign or damaged files, back up, migrate, or open
read-only.

Alembic is imported only when the schema is not already at HEAD, so a normal start never pays for
it. HEAD must equal the newest revision in migrations/versions (a test checks it).

A database is taken only when it is exactly what this app writes (``check_database``): a revision it
knows, and that revision's schema as the migrations make it — derived from the migrations (or, at
HEAD, from the models, which a test proves identical), never from a list kept by hand, so a new
migration needs no change here.
"""

import functools
import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.storage import verify
from ameli_desktop.storage.backups import (
    create_backup_locked,
    folder_lock,
    remove_leftovers,
    take_daily_backup,
)
from ameli_desktop.storage.db import (
    DamagedDatabaseError,
    DatabaseError,
    check_is_sqlite,
    make_engine,
)

HEAD = "0012_acts_of_care"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

log = logging.getLogger(__name__)

NEWER = QT_TRANSLATE_NOOP(
    "Errors",
    "This data was written by a newer version of Ameli Desktop, so it is open read-only: update "
    "the app to change it. Nothing was changed.",
)


@dataclass(frozen=True, slots=True)
class OpenedDatabase:
    engine: Engine
    read_only: bool  # a newer app's data, or a folder that cannot be written: never modified
    migrated_from: str | None  # the revision before a migration, None when none ran
    revision: str | None
    backup: Path | None  # the backup taken while opening, if any
    # Why it is read-only: a template (NEWER, app_paths.READ_ONLY_*) with a {folder} parameter.
    read_only_reason: str | None = None
    # What went wrong without stopping the start (a daily backup that did not fit), as sentences.
    warnings: tuple[UserError, ...] = field(default=())


class ForeignDatabaseError(DatabaseError):
    """A SQLite file this app did not write (or that was changed since): never opened for
    writing, never restored."""


def read_revision(path: Path, *, require_ours: bool = False) -> str | None:
    """The Alembic revision stored in a database file, read without modifying it.

    Returns None for a new, empty database.

    Raises:
        DatabaseError: not a database, damaged, or a SQLite file that is not ours.
    """
    check_is_sqlite(path)
    if not path.exists() or path.stat().st_size == 0:
        if require_ours:
            raise _not_ours(path, "it is empty")
        return None
    try:
        conn = verify.open_read_only(path)
        try:
            return _revision(conn, path, require_ours=require_ours)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from None


def _revision(conn: sqlite3.Connection, path: Path, *, require_ours: bool) -> str | None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if verify.VERSION_TABLE not in tables:
        if tables or require_ours:
            raise _not_ours(path, "it has no Ameli Desktop revision")
        return None
    columns = [r[1] for r in conn.execute(f"PRAGMA table_xinfo({verify.VERSION_TABLE})")]
    rows = conn.execute(f"SELECT * FROM {verify.VERSION_TABLE}").fetchall()  # noqa: S608
    if columns != ["version_num"] or len(rows) > 1 or (require_ours and not rows):
        raise _not_ours(path, "its revision table is not the one the app writes")
    return str(rows[0][0]) if rows else None


def _not_ours(path: Path, what: str) -> ForeignDatabaseError:
    return ForeignDatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is not a database written by Ameli Desktop ({what}). Nothing was changed; "
            "choose another data folder or backup.",
        ),
        file=str(path),
        what=what,
    )


def _damaged(path: Path, detail: str) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is damaged or not a database ({detail}). Nothing was changed; restore a "
            "backup or choose another data folder.",
        ),
        file=str(path),
        detail=detail[:200],
    )


def check_database(
    path: Path,
    *,
    thorough: bool = False,
    restoring: bool = False,
    shown_as: Path | None = None,
) -> str | None:
    """Check that ``path`` is a database this app wrote, without modifying it; its revision.

    Always: a SQLite file, one revision row, and for a revision this app knows, exactly that
    revision's schema. With ``thorough`` (a restore): SQLite's ``integrity_check`` too. When
    ``restoring``: a newer revision is refused rather than opened read-only, and every attachment
    row must name a file inside ``attachments/`` (the Open button hands it to the system).

    Args:
        shown_as: the name to use in messages (a restore checks a copy of the user's file).

    Raises:
        DatabaseError: one sentence saying what is wrong; ForeignDatabaseError or
            DamagedDatabaseError for the two kinds the callers tell apart.
    """
    shown = shown_as or path
    check_is_sqlite(path, empty_ok=not restoring)
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = verify.open_read_only(path)
        try:
            if thorough:
                problem = verify.integrity_problem(conn, thorough=True)
                if problem is not None:
                    raise _damaged(shown, problem)
            revision = _revision(conn, shown, require_ours=restoring)
            if revision is None:
                return None
            if not is_known(revision):
                if restoring:
                    raise DatabaseError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{file} was written by a newer version of Ameli Desktop (revision "
                            "{revision}): update the app to restore it. Nothing was changed.",
                        ),
                        file=str(shown),
                        revision=revision[:40],
                    )
                return revision
            what = verify.difference(verify.describe(conn), expected_schema(revision))
            if what is not None:
                raise _not_ours(shown, what)
            if restoring:
                row = verify.outside_attachments(conn)
                if row is not None:
                    raise ForeignDatabaseError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{file} has an attachment (row {row}) that points outside the "
                            "attachments folder, which the app never writes. Nothing was changed.",
                        ),
                        file=str(shown),
                        row=row,
                    )
            return revision
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(shown, str(exc)) from None


def is_known(revision: str) -> bool:
    """Whether this app's migrations know ``revision``; HEAD without loading Alembic (a normal
    start never pays for it)."""
    return revision == HEAD or revision in known_revisions()


@functools.cache
def expected_schema(revision: str) -> verify.Schema:
    """The schema the migrations give a database at ``revision`` (computed once per process).

    At HEAD it comes from the models' CREATE statements (a few milliseconds, no Alembic: this runs
    at every start); a test proves it equal to what the migrations make. Other revisions (a
    restore, an older database about to be migrated) migrate a scratch in-memory database.
    """
    if revision == HEAD:
        from sqlalchemy.dialects import sqlite
        from sqlalchemy.schema import CreateIndex, CreateTable

        from ameli_desktop.storage.models import metadata

        dialect = sqlite.dialect()
        statements = []
        for table in metadata.sorted_tables:
            statements.append(str(CreateTable(table).compile(dialect=dialect)))
            statements += [str(CreateIndex(i).compile(dialect=dialect)) for i in table.indexes]
        return verify.describe_script(statements)
    return migrated_schema(revision)


def migrated_schema(revision: str) -> verify.Schema:
    """The schema of a scratch in-memory database migrated to ``revision``."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.connect() as connection:
            command.upgrade(_alembic_config(connection), revision)  # type: ignore[arg-type]
            connection.commit()
            raw = connection.connection.driver_connection
            assert raw is not None
            return verify.describe(raw)  # type: ignore[arg-type]
    finally:
        engine.dispose()


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
    - an older schema: a backup is taken (the data checked first), then it is migrated;
    - a newer schema (written by a newer app), or a folder that cannot be written: opened
      read-only, nothing changed, the reason kept for the message;
    - not a database, another program's, or one whose schema is not exactly its revision's:
      DatabaseError, nothing changed.
    A daily backup is taken at the first open of each day of ``now``'s zone; ``now`` (the app's
    clock, so a pinned date is honoured) also names the backups. One that does not fit on the
    disk is skipped with a warning; damaged data (found by the backup's check) stops the start
    with DamagedDatabaseError, naming the last good backup, set aside.
    """
    read_only_reason = paths.read_only_reason()
    db = paths.database
    if read_only_reason is not None:
        return _open_read_only(paths, read_only_reason)
    paths.ensure()
    backup = None
    migrated_from = None
    warnings: list[UserError] = []
    with folder_lock(paths):  # one start at a time tidies, migrates and backs up
        for leftover in remove_leftovers(paths):
            log.info("removed %s, left by an interrupted write", leftover)
        revision = check_database(db)
        if revision is not None and not is_known(revision):
            engine = make_engine(db, read_only=True)
            return OpenedDatabase(engine, True, None, revision, None, NEWER)
        if revision != HEAD:
            if revision is not None:
                backup = create_backup_locked(paths, "before-migration", now=now)
            upgrade(db)
            migrated_from = revision
    created = revision is None
    if daily_backup and not created and backup is None:
        try:
            backup = take_daily_backup(paths, now)
        except DamagedDatabaseError:
            raise
        except DatabaseError as exc:  # no space, a disk that refuses: the data still opens
            log.warning("daily backup skipped: %s", exc)
            warnings.append(exc)
    engine = make_engine(db)
    return OpenedDatabase(engine, False, migrated_from, HEAD, backup, None, tuple(warnings))


def _open_read_only(paths: DataPaths, reason: str) -> OpenedDatabase:
    """A folder that cannot be written: its data read as it is, if it is ours and up to date."""
    db = paths.database
    if not db.exists() or db.stat().st_size == 0:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data folder {folder} is read-only and holds no data yet. Choose a folder "
                "you can write to (--data-dir, or AMELI_DESKTOP_DATA_DIR).",
            ),
            folder=str(paths.root),
        )
    revision = check_database(db)
    if revision is not None and not is_known(revision):
        reason = NEWER
    elif revision != HEAD:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data in {folder} was written by an older version of Ameli Desktop and must "
                "be upgraded, but the folder is read-only. Make it writable, then start again; "
                "nothing was changed.",
            ),
            folder=str(paths.root),
        )
    wal = Path(f"{db}-wal")
    immutable = not (wal.exists() and wal.stat().st_size)  # nothing pending: read it as it is
    engine = make_engine(db, read_only=True, immutable=immutable)
    return OpenedDatabase(engine, True, None, revision, None, reason)
