"""The whole database as SQL text: equal dumps mean nothing changed (the tests of "nothing is
written on error")."""

import sqlite3
from pathlib import Path

from ameli_desktop.services.context import AppContext


def dump(source: AppContext | Path) -> list[str]:
    """``source``: an open context (its data folder's database) or a database file."""
    path = source.paths.database if isinstance(source, AppContext) else source
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
