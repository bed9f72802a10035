"""What a database file holds, compared with what this app writes (DESIGN.md 8).

A backup is a file that may come from anywhere. Before one is restored (and whenever a data folder
is opened) its schema is described here and compared with the one the migrations create for its
revision: the same tables, columns, indexes and foreign keys, and nothing else — no trigger (one
could delete rows on the next import), no view, no extra table. The comparison ignores the order
of things and the text SQLite keeps for them, which differ between a database created at once and
one migrated step by step.
"""

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ameli_desktop.storage.attachment_files import stored_name
from ameli_desktop.storage.db import sqlite_uri

Item = tuple[object, ...]
Schema = frozenset[Item]

# SQLite's own bookkeeping (AUTOINCREMENT counters, ANALYZE statistics): not part of a schema.
INTERNAL_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})
# Alembic's own table is checked on its own (one column, one row: migrate.read_revision).
VERSION_TABLE = "alembic_version"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def describe(conn: sqlite3.Connection) -> Schema:
    """The schema of an open database as a set of comparable items."""
    items: set[Item] = set()
    master = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    for kind, name, table in master:
        if name in INTERNAL_TABLES or VERSION_TABLE in (name, table):
            continue
        if kind == "table":
            items.add(("table", name))
            for _cid, column, decl, notnull, _default, pk, hidden in conn.execute(
                f"PRAGMA table_xinfo({_quote(name)})"
            ):
                items.add(("column", name, column, str(decl).upper(), notnull, pk, hidden))
            for row in conn.execute(f"PRAGMA foreign_key_list({_quote(name)})"):
                _id, _seq, target, source, to, on_update, on_delete, match = row
                items.add(("foreign key", name, source, target, to, on_update, on_delete, match))
        elif kind == "index":
            flags = {
                row[1]: (row[2], row[3], row[4])  # unique, origin, partial
                for row in conn.execute(f"PRAGMA index_list({_quote(table)})")
            }
            columns = tuple(
                (row[2], row[3], row[4])  # column, descending, collation
                for row in conn.execute(f"PRAGMA index_xinfo({_quote(name)})")
                if row[5]  # key columns only
            )
            # SQLite numbers the indexes of UNIQUE constraints in the order of the CREATE TABLE,
            # which differs between a table created at once and one rebuilt by a migration.
            label = "(unique constraint)" if name.startswith("sqlite_autoindex_") else name
            items.add(("index", table, label, flags.get(name), columns))
        else:  # a trigger or a view: never written by the app
            items.add((kind, name))
    return frozenset(items)


def describe_script(statements: Iterable[str]) -> Schema:
    """The schema that a list of CREATE statements makes, in a scratch in-memory database."""
    conn = sqlite3.connect(":memory:")
    try:
        for statement in statements:
            conn.execute(statement)
        return describe(conn)
    finally:
        conn.close()


_WHAT = {
    "table": "a table",
    "column": "a column",
    "foreign key": "a foreign key",
    "index": "an index",
    "trigger": "a trigger",
    "view": "a view",
}


def difference(actual: Schema, expected: Schema) -> str | None:
    """The first thing that differs, as a clause (``it has a trigger “wipe”…``), or None.

    Triggers and views come first: they are what makes a foreign database dangerous.
    """
    extra = sorted(actual - expected, key=_severity)
    missing = sorted(expected - actual, key=_severity)
    if extra:
        return f"it has {_name(extra[0])} that the app never writes"
    if missing:
        return f"it lacks {_name(missing[0])}"
    return None


def _severity(item: Item) -> tuple[int, str]:
    order = ("trigger", "view", "table", "column", "index", "foreign key")
    return order.index(str(item[0])), repr(item)


def _name(item: Item) -> str:
    kind = str(item[0])
    if kind in ("column", "foreign key"):
        label = f"{item[1]}.{item[2]}"
    elif kind == "index":
        label = str(item[2])
    else:
        label = str(item[1])
    return f"{_WHAT[kind]} “{label}”"


def integrity_problem(conn: sqlite3.Connection, *, thorough: bool) -> str | None:
    """SQLite's own check: None when it says ``ok``, else its first finding.

    ``quick_check`` reads every page but skips comparing indexes with their tables: fast enough
    for the daily backup; ``integrity_check`` (a restore) does both.
    """
    pragma = "integrity_check(5)" if thorough else "quick_check(5)"
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
    if rows == ["ok"]:
        return None
    findings = [
        line.strip()
        for row in rows
        for line in row.splitlines()
        if line.strip() and not line.startswith("***")  # "*** in database main ***"
    ]
    return findings[0] if findings else "no answer"


def outside_attachments(conn: sqlite3.Connection) -> str | None:
    """The first attachment row that does not name a file inside ``attachments/``, or None."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "attachment" not in tables:
        return None
    for row_id, sha256, file_name in conn.execute("SELECT id, sha256, file_name FROM attachment"):
        if stored_name(sha256, file_name) is None:
            return f"{row_id} ({str(sha256)[:80]!r})"
    return None


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file, and leaves no file behind when it can.

    With no ``-wal`` file beside it, no connection has the database open and nothing is pending:
    ``immutable=1`` reads the file as it is, creating nothing (``mode=ro`` alone would create an
    empty ``-wal`` and ``-shm`` in a folder that may be a foreign one, or read-only). With a
    ``-wal`` file, ``mode=ro`` reads what it holds too.
    """
    wal = Path(f"{path}-wal")
    immutable = {} if wal.exists() else {"immutable": "1"}
    return sqlite3.connect(sqlite_uri(path, mode="ro", **immutable), uri=True)
