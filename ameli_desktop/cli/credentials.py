"""`credentials set | status | forget`: people's ameli.fr passwords in the OS keyring.

A password is read from stdin (piped) or typed at a hidden prompt, never taken from the command
line, where it would end up in the shell's history and in every process listing. No output,
JSON or not, ever contains it.
"""

import argparse
import getpass
import sys

from ameli_desktop.cli.common import add_command, emit
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.credentials import CredentialsService
from ameli_desktop.services.household import PeopleService

PASSWORDS_DIFFER = QT_TRANSLATE_NOOP(
    "Errors", "The two passwords typed differ; nothing was saved. Type the same one twice."
)


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    credentials = sub.add_parser(
        "credentials",
        help="ameli.fr passwords kept in the system keyring",
        description="Each person's ameli.fr login (the NIR) and password, kept in the system "
        "keyring (never in the app's data).",
    )
    csub = credentials.add_subparsers(dest="credentials_command", required=True, metavar="COMMAND")

    set_ = add_command(
        csub,
        "set",
        _set,
        "save a person's ameli.fr password in the keyring (read from stdin or a hidden prompt)",
    )
    set_.add_argument("--person", required=True, metavar="NAME")
    set_.add_argument(
        "--login",
        metavar="NIR",
        help="the ameli.fr login, 13 or 15 characters (default: the person's NIR)",
    )

    add_command(csub, "status", _status, "who has a password in the keyring (never the password)")

    forget = add_command(csub, "forget", _forget, "remove a person's password from the keyring")
    forget.add_argument("--person", required=True, metavar="NAME")


def read_password(prompt: str) -> str:
    """From a hidden prompt on a terminal (typed twice), else all of stdin minus its line end."""
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("Again, to check: ") != first:
            raise UserError(PASSWORDS_DIFFER, field="password")
        return first
    text = sys.stdin.read()
    if text.endswith("\r\n"):
        return text[:-2]
    return text.removesuffix("\n")


def _set(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).find(args.person)
    service = CredentialsService(ctx)
    state = service.keyring_state()
    if not state.can_save:
        assert state.notice is not None
        raise state.notice.with_traceback(
            None
        )  # before asking for a password that could not be kept
    password = read_password(f"ameli.fr password for {person.name}: ")
    outcome = service.save(person.id, password, login=args.login)
    done = "Replaced" if outcome.replaced else "Saved"
    unlocked = " (the keyring was unlocked for it)" if outcome.unlocked else ""
    emit(
        args,
        {
            "person": person.name,
            "saved": True,
            "replaced": outcome.replaced,
            "unlocked": outcome.unlocked,
        },
        f"{done} {person.name}'s ameli.fr password in the keyring{unlocked}.",
    )
    return 0


def _status(args: argparse.Namespace, ctx: AppContext) -> int:
    state, people = CredentialsService(ctx).status()
    lines = [f"Keyring: {state.backend_name} ({state.status.value})"]
    if state.message:
        lines.append(state.message)
    for person in people:
        if person.password_stored is None:
            what = "unknown"
        else:
            what = "password saved" if person.password_stored else "no password"
        lines.append(f"  {person.name}: {what}")
    if not people:
        lines.append("Nobody in the household yet.")
    emit(
        args,
        {"keyring": state.to_json(), "people": [p.to_json() for p in people]},
        "\n".join(lines),
    )
    return 0


def _forget(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).find(args.person)
    forgotten = CredentialsService(ctx).forget(person.id)
    emit(
        args,
        {"person": person.name, "forgotten": forgotten},
        f"Removed {person.name}'s ameli.fr password from the keyring."
        if forgotten
        else f"{person.name} had no ameli.fr password in the keyring.",
    )
    return 0
