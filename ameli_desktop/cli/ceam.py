"""`ceam set | check | list | provisional | s1-country | export-ics`, and the reminder PDF."""

import argparse
from pathlib import Path

from ameli_desktop.cli.common import add_command, emit, iso_date
from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.services.ceam import CeamService
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    ceam = sub.add_parser(
        "ceam", help="European health insurance cards (CEAM)", description="CEAM (EHIC)."
    )
    csub = ceam.add_subparsers(dest="ceam_command", required=True, metavar="COMMAND")

    set_ = add_command(csub, "set", _set, "record a person's CEAM")
    set_.add_argument("--person", required=True, metavar="NAME")
    set_.add_argument("--issued", required=True, type=iso_date, metavar="YYYY-MM-DD")
    set_.add_argument(
        "--expires", type=iso_date, metavar="YYYY-MM-DD", help="default: issue + 2 years"
    )
    set_.add_argument("--number", default="", help="the card number (optional)")

    check = add_command(csub, "check", _check, "is a person covered from one date to another?")
    check.add_argument("--person", required=True, metavar="NAME")
    check.add_argument("--from", dest="date_from", required=True, type=iso_date)
    check.add_argument("--to", dest="date_to", required=True, type=iso_date)
    check.add_argument("--country", metavar="CC", help="destination (ISO code)")
    check.add_argument(
        "--today",
        dest="check_today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="check as if today were this date",
    )

    listing = add_command(csub, "list", _list, "everyone's CEAM coverage today")
    listing.add_argument("--person", metavar="NAME")

    provisional = add_command(
        csub, "provisional", _provisional, "record a provisional certificate (CPR)"
    )
    provisional.add_argument("--person", required=True, metavar="NAME")
    provisional.add_argument("--start", required=True, type=iso_date, metavar="YYYY-MM-DD")
    provisional.add_argument(
        "--end", type=iso_date, metavar="YYYY-MM-DD", help="default: start + 3 months"
    )
    provisional.add_argument("--number", default="")

    s1 = add_command(csub, "s1-country", _s1_country, "the country that issued a person's S1")
    s1.add_argument("--person", required=True, metavar="NAME")
    s1.add_argument("--country", required=True, metavar="CC", help="ISO code; '' to forget")

    ics = add_command(csub, "export-ics", _export_ics, "CEAM expiry and order-by dates as .ics")
    ics.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    ics.add_argument("--person", metavar="NAME")


def _person_id(ctx: AppContext, name: str | None) -> int | None:
    return PeopleService(ctx).find(name).id if name else None


def _set(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).find(args.person)
    card = CeamService(ctx).set_card(person.id, args.issued, args.expires, args.number)
    emit(
        args,
        {
            "person": person.name,
            "issued": card.issued.isoformat(),
            "expires": card.expires.isoformat(),
            "number": card.number,
        },
        f"{person.name}'s CEAM: valid from {format_date(card.issued)} to"
        f" {format_date(card.expires)}.",
    )
    return 0


def _check(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).find(args.person)
    result = CeamService(ctx).check(
        person.id, args.date_from, args.date_to, args.country, args.check_today
    )
    data = result.to_json()
    deadline = f" (by {format_date(result.deadline)})" if result.deadline else ""
    emit(args, data, f"{person.name}: {data['status']}{deadline}. {data['action']}")
    return 0


def _list(args: argparse.Namespace, ctx: AppContext) -> int:
    people = CeamService(ctx).people(_person_id(ctx, args.person))
    lines = []
    for p in people:
        until = format_date(p.coverage.valid_until) if p.coverage.valid_until else ""
        lines.append(f"{p.person.name:<28} {p.coverage.state.value:<16} {until}")
    emit(args, [p.to_json() for p in people], "\n".join(lines) or "Nobody in the household yet.")
    return 0


def _provisional(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).find(args.person)
    record = CeamService(ctx).add_provisional(person.id, args.start, args.end, args.number)
    emit(
        args,
        {"id": record.id, "start": record.start.isoformat(), "end": record.end.isoformat()},
        f"Provisional certificate for {person.name}: {format_date(record.start)} to"
        f" {format_date(record.end)}.",
    )
    return 0


def _s1_country(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).find(args.person)
    if not person.s1_holder and args.country.strip():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is not marked as an S1 holder: edit the person first (people edit … --s1).",
            ),
            field="s1_country",
            name=person.name,
        )
    CeamService(ctx).set_s1_country(person.id, args.country)
    emit(
        args, {"person": person.name, "s1_country": args.country.strip().upper() or None}, "Saved."
    )
    return 0


def _export_ics(args: argparse.Namespace, ctx: AppContext) -> int:
    path = CeamService(ctx).export_ics(args.output, _person_id(ctx, args.person))
    emit(args, {"ics": str(path)}, f"Wrote {path}")
    return 0


def export_reminder(args: argparse.Namespace, ctx: AppContext) -> Path:
    """`export pdf ceam-reminder --trip ID -o FILE`."""
    if args.trip is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Say which trip: --trip ID (see `trips list`)."),
            field="trip",
        )
    CeamService(ctx).reminder_pdf(args.trip, args.output)
    return Path(args.output)
