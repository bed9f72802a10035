"""`appointments add | list | outcome | remove | export-ics` (DESIGN.md 7)."""

import argparse
from pathlib import Path

from ameli_desktop.cli.common import add_command, emit, iso_date
from ameli_desktop.domain.appointments import (
    DEFAULT_DURATION_MINUTES,
    Appointment,
    AppointmentDetails,
    Category,
    Channel,
    default_checklist,
    needs_outcome,
    parse_category,
    parse_channel,
    parse_paris_datetime,
    parse_status,
)
from ameli_desktop.domain.dates import format_datetime
from ameli_desktop.services.appointments import AppointmentService
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    appointments = sub.add_parser(
        "appointments",
        help="appointments with CPAM advisors",
        description="Appointments with CPAM advisors (rendez-vous).",
    )
    asub = appointments.add_subparsers(
        dest="appointments_command", required=True, metavar="COMMAND"
    )

    add = add_command(asub, "add", _add, "add an appointment")
    add.add_argument("--person", required=True, metavar="NAME")
    add.add_argument("--at", required=True, metavar="YYYY-MM-DD HH:MM", help="start, in Paris time")
    add.add_argument(
        "--reason",
        required=True,
        help="why you meet the advisor (required: the advisor prepares your file from it)",
    )
    add.add_argument(
        "--category",
        default=Category.OTHER.value,
        metavar="CAT",
        help=", ".join(c.value for c in Category),
    )
    add.add_argument("--channel", default=Channel.OFFICE.value, help="office, phone or video")
    add.add_argument(
        "--place",
        default="",
        help="office address (office), phone number the advisor calls (phone), link (video)",
    )
    add.add_argument("--duration", type=int, default=DEFAULT_DURATION_MINUTES, metavar="MINUTES")
    add.add_argument("--notes", default="")

    listing = add_command(asub, "list", _list, "list appointments")
    listing.add_argument(
        "--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD", help="starting that day"
    )
    listing.add_argument("--person", metavar="NAME")

    outcome = add_command(asub, "outcome", _outcome, "record what happened at an appointment")
    outcome.add_argument("id", type=int, metavar="ID")
    outcome.add_argument("status", help="done, cancelled or missed")
    outcome.add_argument("--note", default="")

    remove = add_command(asub, "remove", _remove, "delete an appointment")
    remove.add_argument("id", type=int, metavar="ID")

    export = add_command(asub, "export-ics", _export_ics, "export appointments to a calendar file")
    export.add_argument("--id", dest="ids", type=int, action="append", metavar="ID")
    export.add_argument("--person", metavar="NAME")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")


def to_json(appointment: Appointment, ctx: AppContext) -> dict[str, object]:
    details = appointment.details
    return {
        "id": appointment.id,
        "person": appointment.person_name,
        "person_id": appointment.person_id,
        "at": details.starts_at.isoformat(),
        "ends_at": appointment.ends_at.isoformat(),
        "duration_minutes": details.duration_minutes,
        "channel": details.channel.value,
        "place": details.place,
        "category": details.category.value,
        "reason": details.reason,
        "status": details.status.value,
        "needs_outcome": needs_outcome(appointment, ctx.clock.now()),
        "documents": [{"label": d.label, "checked": d.checked} for d in details.documents],
        "notes": details.notes,
        "attachments": appointment.attachment_count,
    }


def _add(args: argparse.Namespace, ctx: AppContext) -> int:
    category = parse_category(args.category)
    details = AppointmentDetails(
        starts_at=parse_paris_datetime(args.at, field="at"),
        reason=args.reason,
        category=category,
        channel=parse_channel(args.channel),
        place=args.place,
        duration_minutes=args.duration,
        documents=default_checklist(category, ctx.facts),
        notes=args.notes,
    )
    person = PeopleService(ctx).find(args.person)
    appointment = AppointmentService(ctx).add(person.id, details)
    emit(
        args,
        {"id": appointment.id},
        f"Added appointment {appointment.id} for {appointment.person_name} on "
        f"{format_datetime(appointment.starts_at)}.",
    )
    return 0


def _list(args: argparse.Namespace, ctx: AppContext) -> int:
    person_id = PeopleService(ctx).find(args.person).id if args.person else None
    appointments = AppointmentService(ctx).all(person_id=person_id, since=args.date_from)
    lines = [
        f"{a.id:>4}  {format_datetime(a.starts_at)}  {a.details.status.value:<9} "
        f"{a.person_name:<20} {a.details.category.value:<20} {a.details.reason}"
        for a in appointments
    ]
    emit(args, [to_json(a, ctx) for a in appointments], "\n".join(lines) or "No appointments.")
    return 0


def _outcome(args: argparse.Namespace, ctx: AppContext) -> int:
    status = parse_status(args.status)
    appointment = AppointmentService(ctx).set_outcome(args.id, status, args.note)
    emit(args, to_json(appointment, ctx), f"Appointment {args.id}: {status.value}.")
    return 0


def _remove(args: argparse.Namespace, ctx: AppContext) -> int:
    removed = AppointmentService(ctx).remove(args.id)
    emit(args, {"removed": removed.id}, f"Removed appointment {removed.id}.")
    return 0


def _export_ics(args: argparse.Namespace, ctx: AppContext) -> int:
    person_id = PeopleService(ctx).find(args.person).id if args.person else None
    path, count = AppointmentService(ctx).export_ics(args.output, args.ids, person_id=person_id)
    emit(args, {"ics": str(path), "events": count}, f"Wrote {count} event(s) to {path}")
    return 0


def export_pdf(args: argparse.Namespace, ctx: AppContext) -> Path:
    """`export pdf appointments`: the sheet of --id, else of every upcoming appointment."""
    person_id = PeopleService(ctx).find(args.person).id if args.person else None
    ids = [args.record_id] if args.record_id else None
    return AppointmentService(ctx).export_pdf(args.output, ids, person_id=person_id)
