"""The application context: one data folder, its database, the facts and the clock.

The GUI and the CLI each build one AppContext at start and hand it to the services they use
(services are plain classes given the context: STYLE.md 2).
"""

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SQLDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ameli_desktop.app_paths import DataPaths, resolve_data_dir
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.facts import Facts, default_facts
from ameli_desktop.services.clock import Clock, clock_from_env
from ameli_desktop.storage.db import (
    IMMEDIATE,
    DatabaseError,
    explain_operational_error,
    make_session_factory,
)
from ameli_desktop.storage.migrate import NEWER, OpenedDatabase, open_database

log = logging.getLogger(__name__)

# SQLite's failures of the file itself: locked, read-only, full, damaged ("malformed" is a bare
# DatabaseError). An IntegrityError is the service's to explain (a duplicate name...).
_FILE_ERRORS = (OperationalError,)


def _is_file_error(exc: BaseException) -> bool:
    return isinstance(exc, _FILE_ERRORS) or type(exc) is SQLDatabaseError


class ReadOnlyError(DatabaseError):
    """A change was asked of data open read-only (a newer app's, or a read-only folder)."""


@dataclass
class AppContext:
    paths: DataPaths
    facts: Facts
    clock: Clock
    opened: OpenedDatabase
    sessions: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = make_session_factory(self.opened.engine)

    @classmethod
    def open(
        cls,
        data_dir: str | Path | None = None,
        *,
        clock: Clock | None = None,
        facts: Facts | None = None,
        daily_backup: bool = True,
    ) -> "AppContext":
        """Open a data folder (``--data-dir``, AMELI_DESKTOP_DATA_DIR, or the platform's)."""
        paths = DataPaths(resolve_data_dir(data_dir))
        clock = clock or clock_from_env()
        facts = facts or default_facts()
        try:
            paths.ensure()
            opened = open_database(paths, now=clock.now(), daily_backup=daily_backup)
        except SQLDatabaseError as exc:
            raise explain_operational_error(exc, paths.database) from None
        except OSError as exc:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("Errors", "The data folder {folder} cannot be used: {detail}."),
                folder=str(paths.root),
                detail=exc.strerror or str(exc),
            ) from None
        if opened.read_only:
            log.warning(
                "database %s open read-only (revision %s): %s",
                paths.database,
                opened.revision,
                opened.read_only_reason,
            )
        context = cls(paths, facts, clock, opened)
        context.build_acts()
        return context

    def build_acts(self) -> None:
        """Build the acts of care when they were built by other rules, or never (a database
        from before them, just migrated): they are derived from the stored lines."""
        if self.read_only:
            return
        from ameli_desktop.services.acts_refresh import ensure_acts

        with self.write() as session:
            if ensure_acts(session):
                log.info("acts of care built from the stored lines")

    @property
    def engine(self) -> Engine:
        return self.opened.engine

    @property
    def read_only(self) -> bool:
        return self.opened.read_only

    @property
    def read_only_error(self) -> ReadOnlyError | None:
        """Why nothing can be changed, as the sentence a refused change shows; None if writable."""
        if not self.opened.read_only:
            return None
        return ReadOnlyError(self.opened.read_only_reason or NEWER, folder=str(self.paths.root))

    @property
    def warnings(self) -> tuple[UserError, ...]:
        """What went wrong while opening without stopping it (a daily backup that did not fit)."""
        return self.opened.warnings

    def today(self) -> date:
        return self.clock.today()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; errors become sentences."""
        try:
            with self.sessions() as session:
                yield session
        except SQLDatabaseError as exc:
            if not _is_file_error(exc):
                raise
            raise explain_operational_error(exc, self.paths.database) from None

    def rows(
        self, sql: str, params: Sequence[Any] = (), *, prepare: Callable[[Any], None] | None = None
    ) -> list[Any]:
        """The rows of one SELECT, read straight from the driver's connection.

        For what runs at every paint or scroll of a long table (its count and its pages): a
        Session's set-up and its BEGIN cost as much as such a query (issue 20). One statement
        is its own read transaction. ``prepare`` is given the sqlite3 connection first (an SQL
        function the statement uses). Errors of the file become sentences, as with :meth:`read`.
        """
        connection = self.engine.raw_connection()
        try:
            driver = connection.driver_connection
            if prepare is not None:
                prepare(driver)
            return driver.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            if type(exc) not in (sqlite3.OperationalError, sqlite3.DatabaseError):
                raise
            raise explain_operational_error(exc, self.paths.database) from None
        finally:
            connection.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one transaction: committed if the block succeeds, rolled back if not.

        The transaction starts with BEGIN IMMEDIATE: a second writer (an import in another
        window) waits for the first up to the busy timeout, then gets a sentence. When a write
        fails, the first error is the one reported: a failing rollback (a closed transaction, a
        disk gone) only follows from it.
        """
        refusal = self.read_only_error
        if refusal is not None:
            raise refusal
        session = self.sessions()
        try:
            try:
                session.begin()
                session.connection(execution_options={IMMEDIATE: True})
                yield session
                session.commit()
            except BaseException as first:
                try:
                    session.rollback()
                except Exception as second:  # the first error is the one to report
                    log.warning("rollback after %r failed too: %r", first, second)
                raise
        except SQLDatabaseError as exc:
            if not _is_file_error(exc):
                raise
            raise explain_operational_error(exc, self.paths.database) from None
        finally:
            try:
                session.close()
            except Exception as exc:  # as above
                log.warning("closing a session failed: %r", exc)

    def close(self) -> None:
        self.opened.engine.dispose()

    def reopen(self) -> None:
        """Re-open the database (after a restore), migrating it if it is older."""
        self.close()
        self.opened = open_database(self.paths, now=self.clock.now(), daily_backup=False)
        self.sessions = make_session_factory(self.opened.engine)
        self.build_acts()

    @staticmethod
    def default_data_dir() -> Path:
        return resolve_data_dir(None)
