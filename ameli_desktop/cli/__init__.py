"""The command line: ``ameli-desktop [--data-dir DIR] COMMAND ...`` (DESIGN.md 7).

Exit codes: 0 success, 1 a user error (one sentence on stderr), 2 wrong usage. Never imports Qt.
Each feature registers its commands from its own module, listed in COMMAND_MODULES.
"""

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from ameli_desktop import __version__, startup
from ameli_desktop.cli.common import data_paths, iso_date, open_context, say
from ameli_desktop.domain.errors import UserError

# Each module and the commands it registers, in the order `--help` lists them. A command line
# imports only its command's module (the others cost 60 ms of SQLAlchemy queries, services and
# domain modules it does not use); help, and a word that is no command, import them all.
# tests/cli/test_cli_basics.py checks that each module registers exactly these.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "ameli_desktop.cli.people": ("people",),
    "ameli_desktop.cli.reimbursements": ("import", "reimbursements", "claims"),
    "ameli_desktop.cli.care": ("care",),
    "ameli_desktop.cli.vitale": ("vitale",),
    "ameli_desktop.cli.ceam": ("ceam",),
    "ameli_desktop.cli.trips": ("trips",),
    "ameli_desktop.cli.appointments": ("appointments",),
    "ameli_desktop.cli.travel": ("travel",),
    "ameli_desktop.cli.credentials": ("credentials",),
    "ameli_desktop.cli.export": ("export",),
    "ameli_desktop.cli.data": ("backup", "restore", "backups", "info"),
}

log = logging.getLogger(__name__)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser, with every command, or with ``command``'s module only when it names one."""
    parser = argparse.ArgumentParser(
        prog="ameli-desktop",
        description="Ameli Desktop (unofficial): your household's French health-insurance admin. "
        "Without a command, the app's window opens.",
        epilog="ameli-desktop --install-desktop-entry adds the app to your applications menu "
        "(Linux, Windows: for you only, starting this installed copy); --remove-desktop-entry "
        "takes it out.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: AMELI_DESKTOP_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument(
        "--today", type=iso_date, metavar="YYYY-MM-DD", help="pretend today is this date"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    modules = [m for m, commands in COMMAND_MODULES.items() if command in commands]
    for name in modules or COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_given = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(startup.command_word(args_given))
    try:
        args = parser.parse_args(args_given)
    except UserError as exc:  # a bad --today value, say
        say(str(exc))
        return 2
    finally:
        startup.started()  # every command's module is imported: the start is over
    ctx = None
    try:
        if not getattr(args, "opens_data", True):
            # `restore` and `backups` work on the folder itself: they must work when its
            # data cannot be opened (damaged data is what a restore is for).
            return int(args.handler(args, None))
        from ameli_desktop.logging_setup import setup_logging

        # Log lines go to the log file (what opening the data finds included), never to the
        # terminal: what the user must know is said in sentences below.
        logging.getLogger().addHandler(logging.NullHandler())
        setup_logging(data_paths(args))
        ctx = open_context(args)
        for warning in ctx.warnings:
            say(f"warning: {warning}")
        return int(args.handler(args, ctx))
    except UserError as exc:
        say(str(exc))
        return 1
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as the Python docs advise.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        say("interrupted; nothing more was changed.")
        return 130
    except OSError as exc:
        # A file the command had to read or write (not the database: that is a UserError).
        where = f" ({exc.filename})" if exc.filename else ""
        say(f"a file could not be used{where}: {exc.strerror or exc}.")
        return 1
    except Exception as exc:
        from ameli_desktop.crash import log_exception

        log_exception(type(exc), exc, exc.__traceback__)
        # The exception's own text can quote SQL or a library's internals: it goes to the log
        # (scrubbed), the terminal gets a sentence.
        where = (
            f" The details are in {ctx.paths.logs}."
            if ctx is not None and not ctx.read_only
            else ""
        )
        say(
            f"an unexpected error stopped the command ({type(exc).__name__}); nothing more was "
            f"changed.{where}"
        )
        return 1
    finally:
        if ctx is not None:
            ctx.close()
