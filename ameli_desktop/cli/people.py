"""`people add | list | edit | remove | merge`."""

import argparse

from ameli_desktop.cli.common import add_command, confirm, emit, iso_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.people import PersonDetails, Role, parse_role
from ameli_desktop.domain.schengen import Nationality
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.merge import MergeService


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
    add.add_argument(
        "--nationality",
        choices=list(NATIONALITIES),
        help="eu: EU/EEA/Swiss citizen (no 90/180-day limit); other: any other passport (record "
        "a residence permit with `travel permit`); unknown when not given",
    )

    add_command(psub, "list", _list, "list the household")

    edit = add_command(psub, "edit", _edit, "change a person's details")
    edit.add_argument("person", metavar="NAME")
    edit.add_argument("--name", dest="new_name")
    edit.add_argument("--born", type=iso_date)
    edit.add_argument("--role", choices=[r.value for r in Role])
    edit.add_argument("--nir")
    edit.add_argument("--s1", action=argparse.BooleanOptionalAction, default=None)
    edit.add_argument("--nationality", choices=list(NATIONALITIES))

    remove = add_command(psub, "remove", _remove, "remove a person and the records that are theirs")
    remove.add_argument("person", metavar="NAME")
    remove.add_argument(
        "--yes", action="store_true", help="do not ask, even if records go with them"
    )

    merge = add_command(
        psub,
        "merge",
        _merge,
        "make two people one: every record of --from moves onto --into (a backup is taken "
        "first; restore it to undo)",
    )
    merge.add_argument("--from", dest="source", required=True, metavar="NAME")
    merge.add_argument("--into", dest="target", required=True, metavar="NAME")
    merge.add_argument("--dry-run", action="store_true", help="show what would move")


# The ``--nationality`` values (DESIGN.md 7, issue 18).
NATIONALITIES = {
    "eu": Nationality.EU_EEA_CH,
    "other": Nationality.OTHER,
    "unknown": Nationality.UNKNOWN,
}


def _add(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).add(
        PersonDetails(
            args.name,
            args.born,
            parse_role(args.role),
            args.nir,
            args.s1,
            NATIONALITIES[args.nationality or "unknown"],
        )
    )
    emit(args, person.to_json(), f"Added {person.name} (id {person.id}).")
    return 0


PASSPORT_WORDS = {
    Nationality.EU_EEA_CH: "EU/EEA/Swiss",
    Nationality.OTHER: "other",
    Nationality.UNKNOWN: "not given",
}


def _list(args: argparse.Namespace, ctx: AppContext) -> int:
    people = PeopleService(ctx).all()
    lines = [
        f"{p.id:>3}  {p.name:<28} {p.role.value:<8} {p.born.isoformat() if p.born else '':<10} {p.masked_nir}"
        + ("  S1" if p.s1_holder else "")
        + f"  passport: {PASSPORT_WORDS[p.nationality]}"
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
        NATIONALITIES[args.nationality] if args.nationality else person.nationality,
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


def _merge(args: argparse.Namespace, ctx: AppContext) -> int:
    people = PeopleService(ctx)
    source, target = people.find(args.source), people.find(args.target)
    merges = MergeService(ctx)
    result = (
        merges.preview(source.id, target.id) if args.dry_run else merges.merge(source.id, target.id)
    )
    moved = ", ".join(f"{d.count} {d.label}" for d in result.moved) or "no records"
    verb = "Would merge" if args.dry_run else "Merged"
    lines = [f"{verb} {source.name} into {target.name}: {moved}."]
    if result.dropped:
        kept = ", ".join(f"{d.count} {d.label}" for d in result.dropped)
        lines.append(f"{target.name} already had these, kept once: {kept}.")
    if result.taken:
        words = {"born": "date of birth", "nir": "NIR", "nationality": "passport group"}
        what = " and ".join(words[t] for t in result.taken)
        lines.append(f"{target.name} takes {source.name}'s {what}.")
    lines.append(f"“{source.name}” in a statement is {target.name} from now on.")
    if result.backup is not None:
        lines.append(f"To undo: ameli-desktop restore {result.backup}")
    emit(args, result.to_json(), "\n".join(lines))
    return 0
