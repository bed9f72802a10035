"""Backups through SQLite's backup API (never a file copy of a live WAL database), and restore.

A backup is a complete, consistent single-file database in ``backups/``, named by time and reason
so the user can pick one: ``ameli-20261125-143000-daily.db``. The newest 10 are kept.
"""

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ameli_desktop.app_paths import DataPaths, secure_file
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.storage.db import DatabaseError, check_is_sqlite

KEEP = 10
_NAME = re.compile(r"^ameli-(\d{8})-(\d{6})(?:-(\d+))?-([a-z-]+)\.db$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    size: int


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Backups in the data folder, newest first."""
    found = []
    if not paths.backups.is_dir():
        return found
    for entry in paths.backups.iterdir():
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        day, time = match[1], match[2]
        try:
            # Read by hand: datetime.strptime imports _strptime and its locale tables (10 ms of
            # a start, which lists the backups for the daily one).
            taken = datetime(
                int(day[:4]), int(day[4:6]), int(day[6:]),
                int(time[:2]), int(time[2:4]), int(time[4:]),
                tzinfo=UTC,
            )  # fmt: skip
        except ValueError:
            continue  # named like a backup, but no date: not one of ours
        found.append(BackupInfo(entry, taken, match[4], entry.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def _copy_database(source: Path, target: Path) -> None:
    """Copy one SQLite database into another file with the online backup API."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def create_backup(paths: DataPaths, reason: str, *, now: datetime | None = None) -> Path | None:
    """Back up ameli.db into backups/ and prune to the newest 10; None when there is no data yet.

    Args:
        reason: a short lowercase word or words joined by dashes ("daily", "before-migration").
    """
    if not paths.database.exists() or paths.database.stat().st_size == 0:
        return None
    now = (now or datetime.now(UTC)).astimezone(UTC)
    paths.ensure()
    stem = f"ameli-{now:%Y%m%d-%H%M%S}"
    target = paths.backups / f"{stem}-{reason}.db"
    counter = 1
    while target.exists():  # two backups in the same second (tests, a quick restore)
        target = paths.backups / f"{stem}-{counter}-{reason}.db"
        counter += 1
    tmp = target.with_suffix(".part")
    try:
        _copy_database(paths.database, tmp)
        tmp.replace(target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The backup to {file} failed: {detail}."),
            file=str(target),
            detail=str(exc),
        ) from None
    secure_file(target)
    prune(paths)
    return target


def prune(paths: DataPaths, keep: int = KEEP) -> None:
    for old in list_backups(paths)[keep:]:
        old.path.unlink(missing_ok=True)


def has_backup_on(paths: DataPaths, now: datetime) -> bool:
    """Whether a backup was taken on ``now``'s day, in ``now``'s zone: the daily backup is taken at
    most once a day."""
    day = now.date()
    return any(b.taken_at.astimezone(now.tzinfo).date() == day for b in list_backups(paths))


def restore_backup(paths: DataPaths, source: Path) -> Path | None:
    """Replace the live database's content with ``source``; back up the current data first.

    The caller must have closed every connection (the GUI disposes its engine; the CLI refuses
    while the app runs). The restored data is migrated by the next open if it is older.

    Returns:
        The backup of the data as it was before the restore.
    """
    source = Path(source)
    if not source.is_file():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The backup file {file} does not exist."), file=str(source)
        )
    check_is_sqlite(source)
    from ameli_desktop.storage.migrate import read_revision

    read_revision(source, require_ours=True)  # refuse a foreign database before touching ours
    safety = create_backup(paths, "before-restore")
    target = paths.database
    tmp = target.with_name(target.name + ".restore")
    try:
        _copy_database(source, tmp)
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        finally:
            conn.close()
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        tmp.replace(target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "Restoring {file} failed: {detail}. Nothing was changed."),
            file=str(source),
            detail=str(exc),
        ) from None
    secure_file(target)
    return safety
