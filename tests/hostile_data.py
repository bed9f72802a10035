"""Bad luck and bad intent made real, for the reliability tests: damaged pages, edited backups,
folders that truly cannot be written (issue 17).

``unwritable`` must really stop writes for the user running the tests. Permission bits do not stop
root (CI containers often run as root), so as root the folder and its files are made immutable
(``chattr +i``: even root gets EPERM, as on a read-only mount); as anyone else the permission bits
are taken away (and do stop writes). ``assert_cannot_write`` proves it in each test.
"""

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def checkpoint(path: Path) -> None:
    """Fold the WAL into the database file, so the file alone holds the data."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


Statement = str | tuple[str, tuple[object, ...]]


def edit(path: Path, *statements: Statement) -> None:
    """Change a database file behind the app's back (as a hostile backup's author would).

    Each statement is SQL text, or SQL with ``?`` placeholders and its values.
    """
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            sql, values = (statement, ()) if isinstance(statement, str) else statement
            conn.execute(sql, values)
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def damage(path: Path, table: str = "person") -> None:
    """Overwrite the b-tree page of ``table`` with a fixed pattern: ``quick_check`` fails."""
    checkpoint(path)
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?", (table,)
        ).fetchone()[0]
    finally:
        conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size + 8)
        handle.write(bytes([0xA5]) * (page_size - 8))


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        conn.close()


def _chattr(flag: str, paths: list[Path]) -> None:
    subprocess.run(["chattr", flag, *map(str, paths)], check=True, capture_output=True)


@contextlib.contextmanager
def unwritable(folder: Path) -> Iterator[None]:
    """Make ``folder`` and every file in it impossible to change for this process, then undo."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    if IS_ROOT:
        targets = [folder, *files, *(p for p in folder.rglob("*") if p.is_dir())]
        _chattr("+i", targets)
        try:
            yield
        finally:
            _chattr("-i", targets)
    else:
        modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
        for path in reversed(list(modes)):
            path.chmod(modes[path] & ~0o222)
        try:
            yield
        finally:
            for path, mode in modes.items():
                path.chmod(mode)


def assert_cannot_write(folder: Path) -> None:
    """The folder really refuses a new file (the fixture works for whoever runs the tests)."""
    with pytest.raises(OSError, match=r"denied|not permitted|Read-only"):
        (folder / "probe").write_bytes(b"x")
