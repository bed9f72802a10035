"""Alembic environment, run in code by ameli_desktop.storage.migrate (never by hand on user data).

The caller hands us a connection with foreign keys OFF (a batch migration rebuilds tables, and with
foreign keys ON that would silently cascade-delete child rows: STYLE.md 8). Everything runs in one
transaction, and ``PRAGMA foreign_key_check`` must be clean before it commits.
"""

from alembic import context
from sqlalchemy import text

from ameli_desktop.storage.models import metadata


def _check_foreign_keys(connection) -> None:  # type: ignore[no-untyped-def]
    problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
    if problems:
        raise RuntimeError(f"migration left broken foreign keys: {problems[:5]}")


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("ameli-desktop migrations run in code: see storage/migrate.py")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        _check_foreign_keys(connection)


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
