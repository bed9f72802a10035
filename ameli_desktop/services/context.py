"""The application context: one data folder, its database, the facts and the clock.

The GUI and the CLI each build one AppContext at start and hand it to the services they use
(services are plain classes given the context: STYLE.md 2).
"""

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ameli_desktop.app_paths import DataPaths, resolve_data_dir
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.facts import Facts, default_facts
from ameli_desktop.services.clock import Clock, clock_from_env
from ameli_desktop.storage.db import DatabaseError, explain_operational_error, make_session_factory
from ameli_desktop.storage.migrate import OpenedDatabase, open_database

log = logging.getLogger(__name__)


class ReadOnlyError(DatabaseError):
    """A change was asked of a database written by a newer version of the app."""


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
        paths = DataPaths(resolve_data_dir(data_dir)).ensure()
        clock = clock or clock_from_env()
        facts = facts or default_facts()
        try:
            opened = open_database(paths, now=clock.now(), daily_backup=daily_backup)
        except OperationalError as exc:
            raise explain_operational_error(exc, paths.database) from None
        if opened.read_only:
            log.warning(
                "database %s is at unknown revision %s: read-only", paths.database, opened.revision
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

    def today(self) -> date:
        return self.clock.today()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; errors become sentences."""
        try:
            with self.sessions() as session:
                yield session
        except OperationalError as exc:
            raise explain_operational_error(exc, self.paths.database) from None

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one transaction: committed if the block succeeds, rolled back if not."""
        if self.read_only:
            raise ReadOnlyError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This data was written by a newer version of Ameli Desktop, so it is open "
                    "read-only: update the app to change it. Nothing was changed.",
                )
            )
        try:
            with self.sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise explain_operational_error(exc, self.paths.database) from None

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
