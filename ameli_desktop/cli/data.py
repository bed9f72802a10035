"""`backup`, `restore` and `info`: the data folder itself."""

import argparse
from pathlib import Path

from ameli_desktop.cli.common import add_command, data_paths, emit
from ameli_desktop.services.backups import BackupService, list_backups, restore_before_opening
from ameli_desktop.services.clock import clock_from_env
from ameli_desktop.services.context import AppContext
from ameli_desktop.storage.lock import InstanceLock


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    backup = add_command(sub, "backup", _backup, "back up the data (kept in backups/, last 10)")
    backup.add_argument("-o", "--output", type=Path, help="also write the backup to this file")
    restore = add_command(sub, "restore", _restore, "replace the data with a backup")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(opens_data=False)  # damaged data cannot be opened, only replaced
    listing = add_command(sub, "backups", _list, "list the backups in the data folder")
    listing.set_defaults(opens_data=False)
    add_command(sub, "info", _info, "where the data is and what it holds")


def _backup(args: argparse.Namespace, ctx: AppContext) -> int:
    path = BackupService(ctx).backup_now(args.output)
    emit(args, {"backup": str(path)}, f"Backed up to {path}")
    return 0


def _restore(args: argparse.Namespace, _ctx: AppContext | None) -> int:
    paths = data_paths(args)
    # The running app holds this lock; replacing its database under it would lose its changes.
    with InstanceLock(paths.lock_file):
        safety = restore_before_opening(paths, args.file, clock_from_env(args.today).now())
    emit(
        args,
        {"restored": str(args.file), "previous_data_backup": str(safety) if safety else None},
        f"Restored {args.file}."
        + (f" The data before was backed up to {safety}." if safety else ""),
    )
    return 0


def _list(args: argparse.Namespace, _ctx: AppContext | None) -> int:
    backups = list_backups(data_paths(args))
    emit(
        args,
        [
            {
                "file": str(b.path),
                "taken_at": b.taken_at.isoformat(),
                "reason": b.reason,
                "size": b.size,
                "kept_aside": b.kept,
            }
            for b in backups
        ],
        "\n".join(f"{b.taken_at:%Y-%m-%d %H:%M} UTC  {b.reason:<17} {b.path}" for b in backups)
        or "No backups yet.",
    )
    return 0


def _info(args: argparse.Namespace, ctx: AppContext) -> int:
    from ameli_desktop import __version__

    data = {
        "version": __version__,
        "data_dir": str(ctx.paths.root),
        "database": str(ctx.paths.database),
        "schema": ctx.opened.revision,
        "read_only": ctx.read_only,
        "read_only_reason": str(ctx.read_only_error) if ctx.read_only_error else None,
    }
    emit(args, data, "\n".join(f"{k}: {v}" for k, v in data.items()))
    return 0
