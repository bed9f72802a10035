"""Backups through SQLite's backup API (never a file copy of a live WAL database), and restore.

A backup is a complete, consistent single-file database in ``backups/``, named by time and reason
so the user can pick one: ``ameli-20261125-143000-daily.db``. The newest 10 are kept.

Nothing lost (DESIGN.md 8): the data is checked (``quick_check``) before it is copied, so a damaged
database never becomes a backup and never pushes a good one out; when damage is found, the newest
backup that passes the check is set aside in ``backups/last-good/``, which rotation never touches.
Nothing let in: a restore copies the file first, then takes it only if it is exactly what this app
writes (``migrate.check_database``); the live data is replaced only after that.
"""

import contextlib
import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ameli_desktop.app_paths import DataPaths, open_private, secure_dir, secure_file
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.storage.db import (
    DamagedDatabaseError,
    DatabaseError,
    check_is_sqlite,
    sqlite_uri,
)
from ameli_desktop.storage.lock import held_briefly
from ameli_desktop.storage.verify import integrity_problem

KEEP = 10
LAST_GOOD = "last-good"  # backups/last-good/: set aside when damage is found, never rotated
DAMAGED = "damaged"  # backups/damaged/: damaged data moved out of the way by a restore
LOCK_NAME = ".lock"
_NAME = re.compile(r"^ameli-(\d{8})-(\d{6})(?:-(\d+))?-([a-z-]+)\.db$")
# What a write killed half-way leaves behind (removed at the next start, under the lock).
_LEFTOVER_SUFFIXES = (".part", ".part-journal", ".part-wal", ".part-shm")
_RESTORE_LEFTOVERS = (".restore", ".restore-journal", ".restore-wal", ".restore-shm")
_SQLITE_FILES = ("", "-journal", "-wal", "-shm")  # a database file and its journals
SPACE_MARGIN = 1 << 20  # a backup may be a little larger than the data it copies


class BackupSpaceError(DatabaseError):
    """The backup would not fit on the disk."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    size: int
    kept: bool = False  # set aside in backups/last-good/ (never rotated)


def lock_path(paths: DataPaths) -> Path:
    return paths.backups / LOCK_NAME


@contextlib.contextmanager
def folder_lock(paths: DataPaths) -> Iterator[None]:
    """The data folder's short lock: backups, migrations, a restore's copy, tidying up."""
    paths.ensure()
    with held_briefly(lock_path(paths)):
        yield


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Backups in the data folder (the last good one set aside included), newest first."""
    found: list[BackupInfo] = []
    for folder, kept in ((paths.backups, False), (paths.backups / LAST_GOOD, True)):
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            match = _NAME.match(entry.name)
            if not match or not entry.is_file():
                continue
            day, time = match[1], match[2]
            try:
                # Read by hand: datetime.strptime imports _strptime and its locale tables (10 ms
                # of a start, which lists the backups for the daily one).
                taken = datetime(
                    int(day[:4]), int(day[4:6]), int(day[6:]),
                    int(time[:2]), int(time[2:4]), int(time[4:]),
                    tzinfo=UTC,
                )  # fmt: skip
            except ValueError:
                continue  # named like a backup, but no date: not one of ours
            found.append(BackupInfo(entry, taken, match[4], entry.stat().st_size, kept))
    found.sort(key=lambda b: (b.taken_at, b.path.name, b.kept), reverse=True)
    return found


def _copy_database(source: Path, target: Path) -> None:
    """Copy one SQLite database into a new owner-only file with the online backup API."""
    os.close(open_private(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
    src = sqlite3.connect(sqlite_uri(source, mode="ro"), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def _remove(path: Path, suffixes: tuple[str, ...] = _SQLITE_FILES) -> None:
    for suffix in suffixes:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _is_full(exc: BaseException) -> bool:
    return getattr(exc, "errno", None) == errno.ENOSPC or "full" in str(exc)


def _no_space(target: Path, needed: int, free: int | None = None) -> BackupSpaceError:
    return BackupSpaceError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is not enough free space for a backup in {folder} ({needed} MB needed{free}). "
            "Free some space, then back up again.",
        ),
        folder=str(target.parent),
        needed=max(1, round(needed / 1e6)),
        free="" if free is None else f", {free // 1_000_000} MB free",
    )


def _check_before_copy(paths: DataPaths) -> None:
    """Refuse to copy damaged data: it would push a good backup out (DESIGN.md 8)."""
    conn = sqlite3.connect(sqlite_uri(paths.database, mode="ro"), uri=True)
    try:
        problem = integrity_problem(conn, thorough=False)
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    finally:
        conn.close()
    if problem is not None:
        raise damaged_error(paths, problem)


def damaged_error(paths: DataPaths, detail: str) -> DamagedDatabaseError:
    """The sentence for damaged data, naming the last good backup (set aside) to restore."""
    last_good = keep_last_good(paths)
    if last_good is None:
        error = DamagedDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data in {file} is damaged ({detail}) and there is no good backup to restore. "
                "Nothing was backed up or changed.",
            ),
            file=str(paths.database),
            detail=detail[:200],
        )
    else:
        error = DamagedDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data in {file} is damaged ({detail}). Nothing was backed up or changed; "
                "the last good backup is kept aside: restore {backup} (File > Restore backup, "
                "or `ameli-desktop restore {backup}`).",
            ),
            file=str(paths.database),
            detail=detail[:200],
            backup=str(last_good),
        )
    error.last_good = last_good
    return error


def keep_last_good(paths: DataPaths) -> Path | None:
    """Set the newest backup that passes ``quick_check`` aside in ``backups/last-good/``.

    Called when damage is found, so that no later rotation, whatever the count, removes it.
    Returns its path there (None when no backup is good).
    """
    for info in list_backups(paths):
        try:
            conn = sqlite3.connect(sqlite_uri(info.path, mode="ro"), uri=True)
            try:
                good = integrity_problem(conn, thorough=False) is None
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            good = False
        if not good:
            continue
        if info.kept:
            return info.path
        aside = secure_dir(paths.backups / LAST_GOOD) / info.path.name
        if not aside.exists():
            try:
                os.link(info.path, aside)  # the same file under a second name: no space used
            except OSError:
                copy_private(info.path, aside)
        return aside
    return None


def create_backup(paths: DataPaths, reason: str, *, now: datetime | None = None) -> Path | None:
    """Back up ameli.db into backups/ and prune to the newest 10; None when there is no data yet.

    Args:
        reason: a short lowercase word or words joined by dashes ("daily", "before-migration").

    Raises:
        DamagedDatabaseError: the data fails ``quick_check``: no copy is made, nothing pruned.
        BackupSpaceError: the copy would not fit (nothing is left behind).
    """
    with folder_lock(paths):
        return create_backup_locked(paths, reason, now=now)


def take_daily_backup(paths: DataPaths, now: datetime) -> Path | None:
    """The day's backup, unless one was taken today (checked under the lock: two starts at
    once take one backup, not two racing for the same name)."""
    with folder_lock(paths):
        if has_backup_on(paths, now):
            return None
        return create_backup_locked(paths, "daily", now=now)


def create_backup_locked(
    paths: DataPaths, reason: str, *, now: datetime | None = None
) -> Path | None:
    """``create_backup`` for a caller that holds ``folder_lock`` already."""
    if not paths.database.exists() or paths.database.stat().st_size == 0:
        return None
    now = (now or datetime.now(UTC)).astimezone(UTC)
    stem = f"ameli-{now:%Y%m%d-%H%M%S}"
    target = paths.backups / f"{stem}-{reason}.db"
    counter = 1
    while target.exists():  # two backups in the same second (tests, a quick restore)
        target = paths.backups / f"{stem}-{counter}-{reason}.db"
        counter += 1
    _check_before_copy(paths)
    wal = Path(f"{paths.database}-wal")
    needed = paths.database.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    free = shutil.disk_usage(paths.backups).free
    if free < needed + SPACE_MARGIN:
        raise _no_space(target, needed + SPACE_MARGIN, free)
    tmp = target.with_suffix(".part")
    try:
        _copy_database(paths.database, tmp)
        tmp.replace(target)
    except (sqlite3.Error, OSError) as exc:
        _remove(tmp)
        if _is_full(exc):
            raise _no_space(target, needed + SPACE_MARGIN) from None
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The backup to {file} failed: {detail}."),
            file=str(target),
            detail=str(exc),
        ) from None
    prune(paths)
    return target


def prune(paths: DataPaths, keep: int = KEEP) -> None:
    """Keep the newest ``keep`` backups; the one set aside in last-good/ is not counted."""
    for old in [b for b in list_backups(paths) if not b.kept][keep:]:
        old.path.unlink(missing_ok=True)


def has_backup_on(paths: DataPaths, now: datetime) -> bool:
    """Whether a backup was taken on ``now``'s day, in ``now``'s zone: the daily backup is taken at
    most once a day."""
    day = now.date()
    return any(
        b.taken_at.astimezone(now.tzinfo).date() == day for b in list_backups(paths) if not b.kept
    )


def remove_leftovers(paths: DataPaths) -> list[Path]:
    """Delete what a killed backup, restore or attachment copy left behind; the paths removed.

    Run at start under ``folder_lock``: whoever wrote those files holds that lock while writing,
    so what is found here was abandoned.
    """
    removed: list[Path] = []
    candidates: list[Path] = []
    for folder in (paths.backups, paths.attachments):
        if folder.is_dir():
            candidates += [e for e in folder.iterdir() if e.name.endswith(_LEFTOVER_SUFFIXES)]
    candidates += [Path(f"{paths.database}{suffix}") for suffix in _RESTORE_LEFTOVERS]
    for path in candidates:
        if path.is_file():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def restore_backup(paths: DataPaths, source: Path, *, now: datetime | None = None) -> Path | None:
    """Replace the live database's content with ``source``; back up the current data first.

    ``source`` is copied beside the database, and the copy (not the file, which could change in
    between) is checked: SQLite's ``integrity_check``, a revision this app knows and not a newer
    one, exactly that revision's schema, attachments inside ``attachments/``. Only then is the
    current data backed up and replaced. Anything else raises a DatabaseError and changes nothing.

    The caller must have closed every connection (the GUI disposes its engine; the CLI refuses
    while the app runs). The restored data is migrated by the next open if it is older.

    Returns:
        The backup of the data as it was before the restore.
    """
    from ameli_desktop.storage.migrate import check_database

    source = Path(source)
    reason = paths.read_only_reason()
    if reason is not None:
        raise DatabaseError(reason, folder=str(paths.root))
    if not source.is_file():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The backup file {file} does not exist."), file=str(source)
        )
    check_is_sqlite(source, empty_ok=False)
    target = paths.database
    tmp = target.with_name(target.name + ".restore")
    with folder_lock(paths):
        try:
            _remove(tmp)
            _copy_database(source, tmp)
        except (sqlite3.Error, OSError) as exc:
            _remove(tmp)
            raise _restore_failed(source, exc) from None
        try:
            check_database(tmp, thorough=True, restoring=True, shown_as=source)
            safety = _back_up_before_restore(paths, now)
            conn = sqlite3.connect(tmp)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
            finally:
                conn.close()
            for suffix in ("-wal", "-shm"):
                Path(str(target) + suffix).unlink(missing_ok=True)
            tmp.replace(target)
        except sqlite3.Error as exc:
            raise _restore_failed(source, exc) from None
        finally:
            _remove(tmp)
    secure_file(target)
    return safety


def _back_up_before_restore(paths: DataPaths, now: datetime | None) -> Path | None:
    """The current data's backup, so the restore can be undone; damaged data is moved aside to
    backups/damaged/ instead (copied as it is: it cannot be read to be backed up)."""
    try:
        return create_backup_locked(paths, "before-restore", now=now)
    except DamagedDatabaseError:
        stamp = (now or datetime.now(UTC)).astimezone(UTC)
        folder = secure_dir(paths.backups / DAMAGED)
        aside = folder / f"ameli-{stamp:%Y%m%d-%H%M%S}-damaged.db"
        for suffix in ("", "-wal"):
            live = Path(f"{paths.database}{suffix}")
            if live.exists():
                copy_private(live, Path(f"{aside}{suffix}"))
        return aside


def copy_private(source: Path, target: Path) -> None:
    """Copy a closed file into a new owner-only file (whatever the umask)."""
    with source.open("rb") as src, os.fdopen(open_private(target), "wb") as dst:
        shutil.copyfileobj(src, dst)


def _restore_failed(source: Path, exc: Exception) -> DatabaseError:
    """A restore that failed while copying or checking: nothing was changed."""
    return DatabaseError(
        QT_TRANSLATE_NOOP("Errors", "Restoring {file} failed: {detail}. Nothing was changed."),
        file=str(source),
        detail=str(exc),
    )
