"""`vitale list | serial | declare | order | advance | checklist`: cartes Vitale and their orders."""

import argparse

from ameli_desktop.cli.common import add_command, emit, iso_date
from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.vitale import INCIDENTS, CardStatus, OrderChannel, OrderStep
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.vitale import VitaleService


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    vitale = sub.add_parser(
        "vitale", help="cartes Vitale and their orders", description="Cartes Vitale."
    )
    vsub = vitale.add_subparsers(dest="vitale_command", required=True, metavar="COMMAND")

    listing = add_command(vsub, "list", _list, "each person's card, orders and flags")
    listing.add_argument("--person", metavar="NAME")

    serial = add_command(vsub, "serial", _serial, "record the current card's serial number")
    serial.add_argument("--person", required=True, metavar="NAME")
    serial.add_argument("--serial", required=True)

    declare = add_command(vsub, "declare", _declare, "declare a card lost, stolen or broken")
    declare.add_argument("--person", required=True, metavar="NAME")
    declare.add_argument("--kind", required=True, choices=sorted(s.value for s in INCIDENTS))
    declare.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    declare.add_argument(
        "--ordered-at-once", action="store_true", help="a new card was ordered the same day"
    )
    declare.add_argument("--channel", choices=[c.value for c in OrderChannel], default="online")

    order = add_command(vsub, "order", _order, "record a new card order")
    order.add_argument("--person", required=True, metavar="NAME")
    order.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    order.add_argument("--channel", choices=[c.value for c in OrderChannel], default="online")
    order.add_argument("--notes", default="")

    advance = add_command(vsub, "advance", _advance, "record an order's next step")
    advance.add_argument("order", type=int, metavar="ORDER_ID")
    advance.add_argument(
        "--step", required=True, choices=[s.value for s in OrderStep if s != OrderStep.REQUESTED]
    )
    advance.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="default: today")

    add_command(vsub, "checklist", _checklist, "what an order needs")


def _list(args: argparse.Namespace, ctx: AppContext) -> int:
    person_id = PeopleService(ctx).find(args.person).id if args.person else None
    entries = VitaleService(ctx).people(person_id)
    lines = []
    for e in entries:
        status = e.card.status.value if e.card else "no card recorded"
        line = f"{e.person.name}: {status}"
        if e.open_order:
            o = e.open_order
            line += (
                f"; order {o.id} {o.step.value}, expected {format_date(o.expected_delivery)}"
                + (f" (overdue by {o.days_overdue} days)" if o.is_overdue else "")
            )
        lines.append(line)
    emit(args, [e.to_json() for e in entries], "\n".join(lines) or "Nobody in the household yet.")
    return 0


def _serial(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).find(args.person)
    card = VitaleService(ctx).set_serial(person.id, args.serial)
    emit(args, card.to_json(), f"Saved {person.name}'s card serial.")
    return 0


def _declare(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).find(args.person)
    entry = VitaleService(ctx).declare_incident(
        person.id,
        CardStatus(args.kind),
        args.on or ctx.today(),
        ordered_at_once=args.ordered_at_once,
        channel=OrderChannel(args.channel),
    )
    assert entry.card is not None
    assert entry.card.incident is not None
    text = " ".join(str(t) for t in entry.card.incident.consequences())
    emit(args, entry.to_json(), f"{person.name}: {text}")
    return 0


def _order(args: argparse.Namespace, ctx: AppContext) -> int:
    person = PeopleService(ctx).find(args.person)
    order = VitaleService(ctx).place_order(
        person.id, args.on or ctx.today(), OrderChannel(args.channel), args.notes
    )
    emit(
        args,
        order.to_json(),
        f"Order {order.id} for {person.name}: expected around"
        f" {format_date(order.expected_delivery)}.",
    )
    return 0


def _advance(args: argparse.Namespace, ctx: AppContext) -> int:
    order = VitaleService(ctx).advance_order(
        args.order, OrderStep(args.step), args.on or ctx.today()
    )
    emit(args, order.to_json(), f"Order {order.id}: {order.step.value}.")
    return 0


def _checklist(args: argparse.Namespace, ctx: AppContext) -> int:
    items = list(ctx.facts.vitale.order_checklist)
    emit(args, items, "\n".join(f"- {i}" for i in items))
    return 0
