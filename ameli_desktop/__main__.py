"""Entry point: no sub-command opens the window; a sub-command runs the CLI (which never loads Qt)."""

import sys
from collections.abc import Sequence

_GLOBAL_OPTIONS_WITH_VALUE = {"--data-dir", "--today"}


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


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_cli(args):
        from ameli_desktop.cli import main as cli_main

        return cli_main(args)
    from ameli_desktop.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
