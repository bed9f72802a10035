"""The SQLite engine: one factory that sets the pragmas every connection needs.

pysqlite's own transaction handling does not wrap DDL and starts transactions lazily; we turn it off
and emit BEGIN ourselves (as the SQLAlchemy docs recommend) so that every write, migrations
included, is one real transaction. WAL keeps readers and the writer out of each other's way;
``synchronous=NORMAL`` is durable in WAL mode except for the last transaction on power loss, never
``OFF`` (DESIGN.md 8).
"""

import os
import sqlite3
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from ameli_desktop.app_paths import open_private, secure_file
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError

BUSY_TIMEOUT_MS = 5000
# A write session's execution option: its transaction starts with BEGIN IMMEDIATE, so a second
# writer waits for the first (up to the busy timeout) at the start, where waiting is possible,
# instead of failing half-way when a read transaction cannot become a write one.
IMMEDIATE = "ameli_immediate"
SQLITE_MAGIC = b"SQLite format 3\x00"

SessionFactory = Callable[[], Session]


class DatabaseError(UserError):
    """The database file cannot be used: not a database, locked, newer than the app..."""


class DamagedDatabaseError(DatabaseError):
    """SQLite finds the file damaged (``quick_check``, ``integrity_check``, "malformed").

    Attributes:
        last_good: the newest backup that passed the check, kept aside, to offer (or None).
    """

    last_good: Path | None = None


def _set_pragmas(
    dbapi_connection: sqlite3.Connection, *, foreign_keys: bool, read_only: bool
) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module docstring)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    finally:
        cursor.close()


def sqlite_uri(path: Path, **params: str) -> str:
    """A ``file:`` URI for sqlite3 (``?`` or ``#`` in a folder name are escaped)."""
    quoted = urllib.parse.quote(str(Path(path).absolute()).replace("\\", "/"), safe="/:")
    return f"file:{quoted}?{urllib.parse.urlencode(params)}"


def make_engine(
    path: Path, *, foreign_keys: bool = True, read_only: bool = False, immutable: bool = False
) -> Engine:
    """An engine on the SQLite file at ``path`` with our pragmas on every connection.

    Args:
        foreign_keys: False only for migrations, which must rebuild tables without cascading
            deletes (STYLE.md 8); they check ``PRAGMA foreign_key_check`` before committing.
        read_only: open with ``mode=ro`` (a database written by a newer app, or in a folder that
            cannot be written, is never modified).
        immutable: also tell SQLite that nobody changes the file while it is open: the only way
            to read a WAL database in a read-only folder, where its ``-shm`` cannot be created.
    """
    if read_only:
        params = {"mode": "ro", **({"immutable": "1"} if immutable else {})}
        url = URL.create("sqlite", database=sqlite_uri(path, **params), query={"uri": "true"})
    else:
        url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        _set_pragmas(dbapi_connection, foreign_keys=foreign_keys, read_only=read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(IMMEDIATE) and not read_only
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    if not read_only:
        if not path.exists():
            # Created owner-only before SQLite opens it: no moment when others could read it.
            os.close(open_private(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
        with engine.connect():
            pass
        secure_file(path)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Short-lived sessions whose objects stay readable after commit (STYLE.md 7)."""
    return sessionmaker(engine, expire_on_commit=False)


def check_is_sqlite(path: Path, *, empty_ok: bool = True) -> None:
    """Refuse a file that is not a SQLite database, without modifying it.

    Raises:
        DatabaseError: the file exists but its header is not SQLite's (an empty file is fine
            unless ``empty_ok`` is False: a backup is never empty).
    """
    if not path.exists() or (empty_ok and path.stat().st_size == 0):
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read the database {file}: {detail}."),
            file=str(path),
            detail=exc.strerror or str(exc),
        ) from None
    if header != SQLITE_MAGIC:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is not an Ameli Desktop database (it is not a SQLite file). "
                "Nothing was changed; choose another data folder or restore a backup.",
            ),
            file=str(path),
        )


def explain_operational_error(exc: Exception, path: Path) -> DatabaseError:
    """Turn sqlite's terse errors into a sentence that says what and where."""
    text = str(getattr(exc, "orig", exc) or exc)
    if "locked" in text or "busy" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {file} is busy with another change (an import in another window "
                "or command?). Try again once it is done; nothing was changed.",
            ),
            file=str(path),
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {file} is open read-only, so this change was not saved.",
            ),
            file=str(path),
        )
    if "full" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk that holds {file} is full, so this change was not saved. Free some "
                "space and try again.",
            ),
            file=str(path),
        )
    if "disk I/O error" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk refused to write or read {file} (a full or failing disk?). Nothing was "
                "changed.",
            ),
            file=str(path),
        )
    if "not a database" in text or "malformed" in text:
        return DamagedDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is damaged or not a database. Nothing was changed; restore a backup "
                "(File > Restore backup).",
            ),
            file=str(path),
        )
    return DatabaseError(
        QT_TRANSLATE_NOOP("Errors", "The database {file} could not be used: {detail}."),
        file=str(path),
        detail=text,
    )
