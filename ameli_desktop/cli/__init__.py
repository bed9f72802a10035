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
from ameli_desktop.cli.common import iso_date, open_context
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
        sys.stderr.write(f"ameli-desktop: {exc}\n")
        return 2
    finally:
        startup.started()  # every command's module is imported: the start is over
    ctx = None
    try:
        ctx = open_context(args)
        from ameli_desktop.logging_setup import setup_logging

        setup_logging(ctx.paths)
        return int(args.handler(args, ctx))
    except UserError as exc:
        sys.stderr.write(f"ameli-desktop: {exc}\n")
        return 1
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as the Python docs advise.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("ameli-desktop: interrupted; nothing more was changed.\n")
        return 130
    except Exception as exc:
        from ameli_desktop.crash import log_exception

        log_exception(type(exc), exc, exc.__traceback__)
        where = f" Details are in {ctx.paths.logs}." if ctx else ""
        sys.stderr.write(f"ameli-desktop: unexpected error: {exc}.{where}\n")
        return 1
    finally:
        if ctx is not None:
            ctx.close()
