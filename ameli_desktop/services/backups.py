"""Backups and restore as the GUI and CLI offer them (File menu, `backup`, `restore`)."""

import contextlib
from datetime import datetime
from pathlib import Path

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.services.context import AppContext
from ameli_desktop.storage.backups import BackupInfo, create_backup, list_backups, restore_backup
from ameli_desktop.storage.db import DamagedDatabaseError, DatabaseError

__all__ = [
    "BackupInfo",
    "BackupService",
    "DamagedDatabaseError",
    "list_backups",
    "restore_before_opening",
]


class BackupService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def all(self) -> list[BackupInfo]:
        return list_backups(self.ctx.paths)

    def backup_now(self, target: Path | None = None) -> Path:
        """A backup in backups/ (kept with the last 10) or, with ``target``, a copy there too.

        The copy is owner-only, like the backup it copies (it holds everyone's health data).
        """
        refusal = self.ctx.read_only_error
        if refusal is not None:
            raise refusal
        made = create_backup(self.ctx.paths, "manual", now=self.ctx.clock.now())
        if made is None:
            raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "There is no data to back up yet."))
        if target is not None:
            from ameli_desktop.exports.files import write_atomically

            target = Path(target)
            write_atomically(target, made.read_bytes())  # owner-only, like the backup itself
            return target
        return made

    def restore(self, source: Path) -> Path | None:
        """Replace the data with a backup; the current data is backed up first.

        The context's engine is closed during the restore and re-opened after, migrating the
        restored data when it comes from an older version.
        """
        refusal = self.ctx.read_only_error
        if refusal is not None and self.ctx.paths.read_only_reason() is not None:
            raise refusal  # a read-only folder cannot take a restore (a newer app's data can)
        self.ctx.close()
        try:
            safety = restore_backup(self.ctx.paths, Path(source), now=self.ctx.clock.now())
        except BaseException:
            with contextlib.suppress(UserError):  # the restore's own error is the one to show
                self.ctx.reopen()
            raise
        self.ctx.reopen()
        return safety


def restore_before_opening(paths: DataPaths, source: Path, now: datetime) -> Path | None:
    """Restore a backup into a data folder that could not be opened (damaged data at start).

    No context exists yet: the caller holds the folder's instance lock and opens it afterwards.
    """
    return restore_backup(paths, Path(source), now=now)
