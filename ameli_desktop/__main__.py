"""Entry point: no sub-command opens the window; a sub-command runs the CLI (which never loads Qt);
``--install-desktop-entry`` adds the app to the applications menu (and ``--remove-desktop-entry``
takes it out), without a window either."""

import sys
from collections.abc import Sequence

_GLOBAL_OPTIONS_WITH_VALUE = {"--data-dir", "--today"}
# The services the main window uses besides the Overview's sources (see load_data_layer).
WINDOW_SERVICES = (
    "ameli_desktop.services.household",  # SQLModel and every table
    "ameli_desktop.services.backups",
    "ameli_desktop.services.claims",
    "ameli_desktop.services.attachments",
    "ameli_desktop.services.demo",  # the Household menu knows whether the example is loaded
    "ameli_desktop.desktop_entry",  # File > Add to the applications menu
)


def wants_cli(argv: Sequence[str]) -> bool:
    """True when, after the global options, the first argument is a word (a command) or help.

    Anything else starting with "-" is left to Qt (``-platform offscreen``, ``-style fusion``), so
    this needs no knowledge of the commands and costs nothing at GUI start-up.
    """
    tokens = list(argv)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in _GLOBAL_OPTIONS_WITH_VALUE:
            i += 2
            continue
        if token.startswith(("--data-dir=", "--today=")):
            i += 1
            continue
        return token in {"-h", "--help", "--version"} or not token.startswith("-")
    return False


def load_data_layer() -> None:
    """Import SQLAlchemy, SQLModel, our tables and the Overview's services before Qt.

    PySide6 replaces ``__import__`` with a hook and, for every module imported after it, reads
    the module's source looking for ``from __feature__ import``: for the 400 modules of the data
    layer that is about 80 ms of a start from source (DESIGN.md 9). Imported before PySide6, they
    escape it; the first window needs every one of them anyway (the Overview asks each service).
    """
    import importlib

    import sqlalchemy.dialects.sqlite  # noqa: F401 - the engine loads it on first connect

    from ameli_desktop.services.overview import SOURCES

    for module_name in (*WINDOW_SERVICES, *(module for module, _class in SOURCES)):
        importlib.import_module(module_name)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if {"--install-desktop-entry", "--remove-desktop-entry"} & set(args):
        from ameli_desktop import desktop_entry  # the applications menu entry, no window

        return desktop_entry.main(args)
    if wants_cli(args):
        from ameli_desktop.cli import main as cli_main

        return cli_main(args)
    load_data_layer()
    from ameli_desktop.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
