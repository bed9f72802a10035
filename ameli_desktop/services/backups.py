"""Backups and restore as the GUI and CLI offer them (File menu, `backup`, `restore`)."""

from pathlib import Path

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.services.context import AppContext
from ameli_desktop.storage.backups import BackupInfo, create_backup, list_backups, restore_backup
from ameli_desktop.storage.db import DatabaseError


class BackupService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def all(self) -> list[BackupInfo]:
        return list_backups(self.ctx.paths)

    def backup_now(self, target: Path | None = None) -> Path:
        """A backup in backups/ (kept with the last 10) or, with ``target``, a copy there too."""
        made = create_backup(self.ctx.paths, "manual", now=self.ctx.clock.now())
        if made is None:
            raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "There is no data to back up yet."))
        if target is not None:
            from ameli_desktop.exports.files import write_atomically

            write_atomically(Path(target), made.read_bytes())
            return Path(target)
        return made

    def restore(self, source: Path) -> Path | None:
        """Replace the data with a backup; the current data is backed up first.

        The context's engine is closed during the restore and re-opened after, migrating the
        restored data when it comes from an older version.
        """
        self.ctx.close()
        try:
            safety = restore_backup(self.ctx.paths, Path(source))
        finally:
            self.ctx.reopen()
        return safety
