"""`travel add | list | remove | status | plan | profile | permit | import | export` and the
`export pdf travel` document (DESIGN.md 7)."""

import argparse
from pathlib import Path

from ameli_desktop.cli.common import add_command, emit, iso_date, say
from ameli_desktop.cli.people import NATIONALITIES
from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.schengen import (
    DEFAULT_COUNTRY,
    PermitKind,
    PermitPeriod,
    Rule,
    StayDetails,
)
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.travel import StayRecord, TravelService


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    travel = sub.add_parser(
        "travel",
        help="Schengen travel log (90/180-day rule)",
        description="Stays in the Schengen area and the 90/180-day rule.",
    )
    tsub = travel.add_subparsers(dest="travel_command", required=True, metavar="COMMAND")

    add = add_command(tsub, "add", _add, "record a stay (an entry, and its exit once known)")
    add.add_argument("--person", required=True, metavar="NAME")
    add.add_argument("--entry", required=True, type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--exit", type=iso_date, metavar="YYYY-MM-DD", help="empty while inside")
    add.add_argument("--country", default=DEFAULT_COUNTRY, metavar="CC", help="default FR")
    add.add_argument("--entry-port", default="", metavar="PLACE")
    add.add_argument("--exit-port", default="", metavar="PLACE")
    add.add_argument("--passport", default="", metavar="TEXT")
    add.add_argument("--stamped-entry", action=argparse.BooleanOptionalAction, default=None)
    add.add_argument("--stamped-exit", action=argparse.BooleanOptionalAction, default=None)
    add.add_argument("--ees", action="store_true", help="the crossing was recorded in EES")
    add.add_argument("--notes", default="")

    listing = add_command(tsub, "list", _list, "list stays (and trips counted as stays)")
    listing.add_argument("--person", metavar="NAME")

    remove = add_command(tsub, "remove", _remove, "remove a recorded stay")
    remove.add_argument("id", type=int, metavar="ID")

    status = add_command(tsub, "status", _status, "days used and left on a date")
    status.add_argument("--person", required=True, metavar="NAME")
    status.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="default today")

    plan = add_command(tsub, "plan", _plan, "check a planned stay")
    plan.add_argument("--person", required=True, metavar="NAME")
    plan.add_argument("--entry", required=True, type=iso_date, metavar="YYYY-MM-DD")
    plan.add_argument("--exit", type=iso_date, metavar="YYYY-MM-DD")
    plan.add_argument("--country", default=DEFAULT_COUNTRY, metavar="CC")

    profile = add_command(tsub, "profile", _profile, "set a person's nationality group")
    profile.add_argument("--person", required=True, metavar="NAME")
    profile.add_argument(
        "--nationality",
        required=True,
        choices=list(NATIONALITIES),
        help="eu: EU/EEA/Swiss citizen (no 90/180 limit); other: any other passport; unknown: "
        "not known (nothing is counted)",
    )

    permit = add_command(
        tsub,
        "permit",
        _permit,
        "record a residence permit or long-stay visa (days in its state are not counted)",
    )
    permit.add_argument("--person", required=True, metavar="NAME")
    permit.add_argument("--from", dest="start", required=True, type=iso_date, metavar="YYYY-MM-DD")
    permit.add_argument("--to", dest="end", required=True, type=iso_date, metavar="YYYY-MM-DD")
    permit.add_argument(
        "--kind", default=PermitKind.RESIDENCE_PERMIT.value, choices=[k.value for k in PermitKind]
    )
    permit.add_argument("--reference", default="", metavar="TEXT")
    permit.add_argument(
        "--country",
        default=DEFAULT_COUNTRY,
        metavar="CC",
        help="the Schengen state that issued it (default FR): only days there are not counted",
    )

    imp = add_command(tsub, "import", _import, "import stays from a CSV (all or nothing)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--person", metavar="NAME", help="for rows without a person column")
    imp.add_argument("--skip-bad", action="store_true", help="import the good rows anyway")

    exp = add_command(tsub, "export", _export, "export the stays as CSV")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exp.add_argument("--person", metavar="NAME")


def _person_id(ctx: AppContext, name: str | None) -> int | None:
    return PeopleService(ctx).find(name).id if name else None


def _stay_json(stay: StayRecord, names: dict[int, str]) -> dict[str, object]:
    d = stay.details
    return {
        "id": stay.id,
        "source": "trip" if stay.from_trip else "stay",
        "person": names.get(stay.person_id, ""),
        "entry": d.entry.isoformat(),
        "exit": d.exit.isoformat() if d.exit else None,
        "country": d.country,
        "entry_port": d.entry_port,
        "exit_port": d.exit_port,
        "passport": d.passport,
        "stamped_entry": d.stamped_entry,
        "stamped_exit": d.stamped_exit,
        "ees_recorded": d.ees_recorded,
        "notes": d.notes,
    }


def _names(ctx: AppContext) -> dict[int, str]:
    return {p.id: p.name for p in PeopleService(ctx).all()}


def _add(args: argparse.Namespace, ctx: AppContext) -> int:
    person_id = PeopleService(ctx).find(args.person).id
    stay = TravelService(ctx).add_stay(
        person_id,
        StayDetails(
            entry=args.entry,
            exit=args.exit,
            country=args.country,
            entry_port=args.entry_port,
            exit_port=args.exit_port,
            passport=args.passport,
            stamped_entry=args.stamped_entry,
            stamped_exit=args.stamped_exit,
            ees_recorded=args.ees,
            notes=args.notes,
        ),
    )
    until = format_date(stay.exit) if stay.exit else "still inside"
    emit(
        args,
        _stay_json(stay, _names(ctx)),
        f"Recorded stay {stay.id}: {format_date(stay.entry)} – {until} ({stay.details.country}).",
    )
    return 0


def _list(args: argparse.Namespace, ctx: AppContext) -> int:
    stays = TravelService(ctx).stays(_person_id(ctx, args.person))
    names = _names(ctx)
    lines = [
        f"{s.id:>4}  {names.get(s.person_id, ''):<20} {format_date(s.entry)} – "
        f"{format_date(s.exit) if s.exit else 'inside':<10} {s.details.country}"
        + ("  (trip)" if s.from_trip else "")
        for s in stays
    ]
    emit(args, [_stay_json(s, names) for s in stays], "\n".join(lines) or "No stay recorded.")
    return 0


def _remove(args: argparse.Namespace, ctx: AppContext) -> int:
    removed = TravelService(ctx).remove_stay(args.id)
    emit(args, {"removed": removed.id}, f"Removed stay {removed.id}.")
    return 0


def _status(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).find(args.person)
    status = TravelService(ctx).status(person.id, args.on)
    if status.unlimited:
        text = f"{person.name}: {status.border.explanation}"
    elif status.days_used is None:  # unknown: no count, and no instruction on a guess
        text = f"{person.name}: {status.explanation}"
    else:
        where = " in the other Schengen states" if status.rule is Rule.PERMIT_HOLDER else ""
        until = (
            f"may stay{where} until {format_date(status.stay_until)}"
            if status.stay_until
            else f"is over the limit{where}"
        )
        text = (
            f"{person.name} on {format_date(status.on)}: {status.explanation} Window from "
            f"{format_date(status.window_start)}, {status.days_left} days left; {until}."
        )
        for overstay in status.overstays:
            text += f"\n  {overstay.explanation(ctx.facts.schengen.max_days)}"
    emit(args, status.as_json(), text)
    return 0


def _plan(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).find(args.person)
    plan = TravelService(ctx).plan(person.id, args.entry, args.exit, args.country)
    if plan.unlimited or plan.rule is Rule.UNKNOWN:
        text = f"{person.name}: {plan.explanation}"
    else:
        longest = (
            f"the longest stay from {format_date(plan.entry)} is {plan.max_days} days, "
            f"until {format_date(plan.last_day)}"
            if plan.last_day
            else f"no stay can start on {format_date(plan.entry)}"
        )
        text = f"{person.name}: {plan.explanation} {longest[0].upper()}{longest[1:]}."
        if plan.fits is not None:
            text += " The planned stay fits." if plan.fits else " The planned stay does not fit."
        if plan.violation is not None:
            text += f" {plan.violation.explanation(ctx.facts.schengen.max_days)}"
        if plan.earliest_entry_for_full_stay:
            text += (
                f" The earliest entry for {plan.full_stay_days} days is "
                f"{format_date(plan.earliest_entry_for_full_stay)}."
            )
    emit(args, plan.as_json(), text)
    return 0


def _profile(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).find(args.person)
    nationality = NATIONALITIES[args.nationality]
    TravelService(ctx).set_nationality(person.id, nationality)
    emit(
        args,
        {"person": person.name, "nationality": nationality.value},
        f"{person.name}: nationality group set to {nationality.value}.",
    )
    return 0


def _permit(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).find(args.person)
    record = TravelService(ctx).add_permit(
        person.id,
        PermitPeriod(args.start, args.end, PermitKind(args.kind), args.country),
        args.reference,
    )
    period = record.period
    emit(
        args,
        {
            "id": record.id,
            "person": person.name,
            "kind": period.kind.value,
            "state": period.state,
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
        },
        f"Recorded the {period.kind.value.replace('_', ' ')} of {person.name} issued by "
        f"{ctx.facts.country_name(period.state)}, {format_date(period.start)} – "
        f"{format_date(period.end)}: days in {ctx.facts.country_name(period.state)} are not "
        "counted while it is valid.",
    )
    return 0


def _import(args: argparse.Namespace, ctx: AppContext) -> int:
    result = TravelService(ctx).import_csv(
        args.file, person_id=_person_id(ctx, args.person), skip_bad=args.skip_bad
    )
    text = f"Imported {result.imported} stays ({result.duplicates} already recorded)."
    for problem in result.rejected:
        text += f"\n  line {problem.line}, {problem.column} “{problem.value}”: {problem.reason}"
    if result.rejected and not result.written:
        text += "\nNothing was imported: fix these rows, or run again with --skip-bad."
    emit(args, result.as_json(), text)
    if result.rejected and not result.written:
        say(
            f"{len(result.rejected)} rows cannot be imported; nothing was "
            "imported (--skip-bad imports the others)."
        )
        return 1
    return 0


def _export(args: argparse.Namespace, ctx: AppContext) -> int:
    count = TravelService(ctx).export_csv(args.output, _person_id(ctx, args.person))
    emit(args, {"csv": str(args.output), "stays": count}, f"Wrote {count} stays to {args.output}")
    return 0


def export_pdf(args: argparse.Namespace, ctx: AppContext) -> Path:
    """``export pdf travel [--person NAME] [--on DATE] -o FILE``."""
    return TravelService(ctx).export_pdf(args.output, _person_id(ctx, args.person), args.on)
