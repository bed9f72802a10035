"""What every CLI command shares: opening the data folder, output, finding people."""

import argparse
import json
import re
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from ameli_desktop.app_paths import DataPaths, resolve_data_dir
from ameli_desktop.domain.dates import parse_iso_date
from ameli_desktop.domain.errors import show_controls
from ameli_desktop.services.clock import clock_from_env
from ameli_desktop.services.context import AppContext

Handler = Callable[[argparse.Namespace, AppContext], int]


class UsageError(Exception):
    """Wrong arguments: exit 2 like argparse's own errors."""


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD options."""
    return parse_iso_date(text)


def open_context(args: argparse.Namespace) -> AppContext:
    return AppContext.open(args.data_dir, clock=clock_from_env(args.today))


def data_paths(args: argparse.Namespace) -> DataPaths:
    """The data folder, for the commands that must work without opening its database."""
    return DataPaths(resolve_data_dir(args.data_dir))


# json.dumps writes C0 controls as \u escapes but leaves the C1 ones and the bidirectional
# overrides as they are (with ensure_ascii=False, kept for readable French).
_JSON_RAW_CONTROLS = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def emit(args: argparse.Namespace, data: Any, text: str | None = None) -> None:
    """Print JSON with --json, else the human text (or the JSON when there is no text form).

    Text from files (a payer's label, a file name) can hold a terminal's escape sequences: both
    forms write every control character out instead of sending it to the terminal.
    """
    if getattr(args, "json", False) or text is None:
        _write_json(data)
    else:
        sys.stdout.write(show_controls(text.rstrip("\n"), keep_layout=True) + "\n")


def _write_json(data: Any) -> None:
    """JSON on stdout, every control character escaped (C1 and bidirectional ones too)."""
    dumped = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write(_JSON_RAW_CONTROLS.sub(lambda m: f"\\u{ord(m[0]):04x}", dumped))
    sys.stdout.write("\n")


def say(text: str) -> None:
    """A line on stderr (an error, a warning), its control characters written out."""
    sys.stderr.write(f"ameli-desktop: {show_controls(str(text), keep_layout=True)}\n")


def emit_error(args: argparse.Namespace, error: Exception, **where: Any) -> None:
    """With --json, a command that fails still prints ``{"error": SENTENCE, ...}`` on stdout
    (DESIGN.md 7); the caller re-raises, and the sentence goes to stderr as for any error.
    ``where``: what the error is about (``file``, ``page``, ``line``), None values left out."""
    if getattr(args, "json", False):
        _write_json({"error": str(error), **{k: v for k, v in where.items() if v is not None}})


def add_command(
    sub: "argparse._SubParsersAction[argparse.ArgumentParser]",
    name: str,
    handler: Handler,
    help_text: str,
    parents: list[argparse.ArgumentParser] | None = None,
) -> argparse.ArgumentParser:
    """Add a sub-command with the shared --json flag; ``handler(args, ctx)`` returns the exit code."""
    json_parent = argparse.ArgumentParser(add_help=False)
    json_parent.add_argument("--json", action="store_true", help="print JSON")
    parser = sub.add_parser(
        name, help=help_text, description=help_text, parents=[json_parent, *(parents or [])]
    )
    parser.set_defaults(handler=handler)
    return parser


def confirm(question: str) -> bool:
    """Ask on an interactive terminal; never waits when stdin is not a terminal."""
    if not sys.stdin.isatty():
        return False
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in {"y", "yes", "o", "oui"}
