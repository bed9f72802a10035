"""What every CLI command shares: opening the data folder, output, finding people."""

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from ameli_desktop.domain.dates import parse_iso_date
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


def emit(args: argparse.Namespace, data: Any, text: str | None = None) -> None:
    """Print JSON with --json, else the human text (or the JSON when there is no text form)."""
    if getattr(args, "json", False) or text is None:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")


def emit_error(args: argparse.Namespace, error: Exception, **where: Any) -> None:
    """With --json, a command that fails still prints ``{"error": SENTENCE, ...}`` on stdout
    (DESIGN.md 7); the caller re-raises, and the sentence goes to stderr as for any error.
    ``where``: what the error is about (``file``, ``page``, ``line``), None values left out."""
    if getattr(args, "json", False):
        data = {"error": str(error), **{k: v for k, v in where.items() if v is not None}}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")


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
