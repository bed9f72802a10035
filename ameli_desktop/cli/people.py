"""`people add | list | edit | remove`."""

import argparse

from ameli_desktop.cli.common import add_command, confirm, emit, iso_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.people import PersonDetails, Role, parse_role
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    people = sub.add_parser("people", help="household members", description="Household members.")
    psub = people.add_subparsers(dest="people_command", required=True, metavar="COMMAND")

    add = add_command(psub, "add", _add, "add a person to the household")
    add.add_argument("--name", required=True)
    add.add_argument("--born", type=iso_date, help="date of birth, YYYY-MM-DD")
    add.add_argument("--role", default="holder", choices=[r.value for r in Role])
    add.add_argument("--nir", help="numéro de sécurité sociale (validated, stored, shown masked)")
    add.add_argument(
        "--s1", action="store_true", help="holds an S1 form (cover paid by another country)"
    )

    add_command(psub, "list", _list, "list the household")

    edit = add_command(psub, "edit", _edit, "change a person's details")
    edit.add_argument("person", metavar="NAME")
    edit.add_argument("--name", dest="new_name")
    edit.add_argument("--born", type=iso_date)
    edit.add_argument("--role", choices=[r.value for r in Role])
    edit.add_argument("--nir")
    edit.add_argument("--s1", action=argparse.BooleanOptionalAction, default=None)

    remove = add_command(psub, "remove", _remove, "remove a person and the records that are theirs")
    remove.add_argument("person", metavar="NAME")
    remove.add_argument(
        "--yes", action="store_true", help="do not ask, even if records go with them"
    )


def _add(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).add(
        PersonDetails(args.name, args.born, parse_role(args.role), args.nir, args.s1)
    )
    emit(args, person.to_json(), f"Added {person.name} (id {person.id}).")
    return 0


def _list(args: argparse.Namespace, ctx: AppContext) -> int:
    people = PeopleService(ctx).all()
    lines = [
        f"{p.id:>3}  {p.name:<28} {p.role.value:<8} {p.born.isoformat() if p.born else '':<10} {p.masked_nir}"
        + ("  S1" if p.s1_holder else "")
        for p in people
    ]
    emit(args, [p.to_json() for p in people], "\n".join(lines) or "Nobody in the household yet.")
    return 0


def _edit(args: argparse.Namespace, ctx: AppContext) -> int:
    service = PeopleService(ctx)
    person = service.find(args.person)
    details = PersonDetails(
        args.new_name or person.name,
        args.born if args.born is not None else person.born,
        parse_role(args.role) if args.role else person.role,
        args.nir if args.nir is not None else person.nir,
        args.s1 if args.s1 is not None else person.s1_holder,
    )
    updated = service.update(person.id, details)
    emit(args, updated.to_json(), f"Updated {updated.name}.")
    return 0


def _remove(args: argparse.Namespace, ctx: AppContext) -> int:
    service = PeopleService(ctx)
    person = service.find(args.person)
    dependents = service.dependents(person.id)
    if dependents and not args.yes:
        what = ", ".join(f"{d.count} {d.label}" for d in dependents)
        if not confirm(f"{person.name} has {what}. Remove them all?"):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} has {what}; nothing was removed. Run again with --yes to remove "
                    "them too.",
                ),
                name=person.name,
                what=what,
            )
    service.remove(person.id)
    gone = "".join(f"\n  with {d.count} {d.label}" for d in dependents)
    emit(
        args,
        {"removed": person.id, "with": {d.table: d.count for d in dependents}},
        f"Removed {person.name}.{gone}",
    )
    return 0
