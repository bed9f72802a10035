"""`care list | owed | link | unlink | settings`: acts of care and what is still owed (issue 19).

JSON (``--json``) is the issue's contract: money in integer cents, null where unknown, dates ISO;
``--today`` (a global option) pins the day lateness is counted on.
"""

import argparse
from collections.abc import Callable

from ameli_desktop.cli.common import add_command, emit, emit_error
from ameli_desktop.domain.acts import ActStatus
from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.money import format_cents
from ameli_desktop.services.acts import ActFilter, ActRecord, ActService
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService

STATUS_TEXT = {
    ActStatus.SETTLED: "settled",
    ActStatus.AWAITING_AMO: "awaiting the Assurance Maladie",
    ActStatus.AWAITING_AMC: "awaiting the mutuelle",
}


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    care = sub.add_parser(
        "care",
        help="acts of care: their parts, the bank lines that paid them, what is still owed",
        description="Acts of care: each visit, test or prescription with the Assurance "
        "Maladie's part, the mutuelle's part and the bank lines that paid them.",
    )
    csub = care.add_subparsers(dest="care_command", required=True, metavar="COMMAND")
    listing = add_command(csub, "list", _with_json_errors(_list), "list the acts of care")
    listing.add_argument("--person", metavar="NAME")
    listing.add_argument("--year", type=int)
    listing.add_argument("--status", choices=[s.value for s in ActStatus])
    listing.add_argument("--late", action="store_true", help="only what is awaited too long")
    owed = add_command(
        csub, "owed", _with_json_errors(_owed), "what the Assurance Maladie and the mutuelle owe"
    )
    owed.add_argument("--person", metavar="NAME")
    link = add_command(csub, "link", _with_json_errors(_link), "say which act a bank debit paid")
    link.add_argument("--act", type=int, required=True, metavar="ID")
    link.add_argument("--bank-line", type=int, required=True, metavar="ID")
    unlink = add_command(
        csub, "unlink", _with_json_errors(_unlink), "say a bank debit did not pay an act"
    )
    unlink.add_argument("--bank-line", type=int, required=True, metavar="ID")
    unlink.add_argument(
        "--act", type=int, metavar="ID", help="the act (default: the one it is linked to now)"
    )
    settings = add_command(
        csub,
        "settings",
        _with_json_errors(_settings),
        "when a reimbursement is late; your mutuelle's level",
    )
    settings.add_argument(
        "--late-after", type=int, metavar="DAYS", help="days after which it is late (30)"
    )
    level = settings.add_mutually_exclusive_group()
    level.add_argument(
        "--contract-level",
        type=int,
        metavar="PERCENT",
        help="your mutuelle contract's level, in %% of the base (100, 200...)",
    )
    level.add_argument(
        "--no-contract-level", action="store_true", help="forget the contract's level"
    )


Handler = Callable[[argparse.Namespace, AppContext], int]


def _with_json_errors(handler: Handler) -> Handler:
    """With --json, a failure still prints ``{"error": SENTENCE, "field": ...}`` (DESIGN.md 7)."""

    def run(args: argparse.Namespace, ctx: AppContext) -> int:
        try:
            return handler(args, ctx)
        except UserError as error:
            emit_error(args, error, field=error.field)
            raise

    return run


def _line(act: ActRecord) -> str:
    def money(cents: int | None) -> str:
        return "" if cents is None else format_cents(cents)

    who = act.person_name or "household"
    return (
        f"{act.id:>6}  {format_date(act.care_date)}  {who:<16.16} {act.nature:<30.30} "
        f"paid {money(act.paid_cents):>10}  AM {money(act.amo_cents):>10}  "
        f"mutuelle {money(act.amc_cents):>10}  left {money(act.left_cents):>10}  "
        f"{STATUS_TEXT[act.status]}{'  LATE' if act.late else ''}"
    )


def _list(args: argparse.Namespace, ctx: AppContext) -> int:
    person_id = PeopleService(ctx).find(args.person).id if args.person else None
    flt = ActFilter.year(args.year, person_id) if args.year else ActFilter(person_id)
    flt = ActFilter(
        flt.person_id,
        flt.date_from,
        flt.date_to,
        ActStatus(args.status) if args.status else None,
        args.late,
    )
    service = ActService(ctx)
    acts = service.acts(flt)
    doubts = service.to_confirm()
    text = [_line(act) for act in acts] or ["No acts of care."]
    for doubt in doubts:
        text.append(
            f"To confirm: bank line {doubt.debit.id} ({format_date(doubt.debit.booked_on)}, "
            f"{format_cents(-doubt.debit.cents)}, {doubt.debit.label}) may have paid acts "
            f"{', '.join(map(str, doubt.act_ids))}: `care link --act ID --bank-line "
            f"{doubt.debit.id}`."
        )
    emit(
        args,
        {"acts": [a.to_json() for a in acts], "to_confirm": [d.to_json() for d in doubts]},
        "\n".join(text),
    )
    return 0


def _owed(args: argparse.Namespace, ctx: AppContext) -> int:
    person_id = PeopleService(ctx).find(args.person).id if args.person else None
    owed = ActService(ctx).owed(person_id)
    amo, amc = owed.awaiting_amo, owed.awaiting_amc
    text = [
        f"Awaiting the Assurance Maladie: {amo.acts} acts, {format_cents(amo.cents or 0)} paid"
        + (f", since {format_date(amo.since)}" if amo.since else "")
        + ".",
        f"Awaiting the mutuelle: {amc.acts} acts"
        + (f", about {format_cents(amc.cents)} (an estimate)" if amc.cents is not None else "")
        + (f", since {format_date(amc.since)}" if amc.since else "")
        + ".",
        f"Late: {owed.late}.",
    ]
    emit(args, owed.to_json(), "\n".join(text))
    return 0


def _link(args: argparse.Namespace, ctx: AppContext) -> int:
    act = ActService(ctx).link(args.act, args.bank_line)
    emit(args, act.to_json(), f"Bank line {args.bank_line} paid act {act.id}:\n{_line(act)}")
    return 0


def _unlink(args: argparse.Namespace, ctx: AppContext) -> int:
    acts = ActService(ctx).unlink(args.bank_line, args.act)
    emit(
        args,
        {"bank_line": args.bank_line, "unlinked": acts},
        f"Bank line {args.bank_line} is no longer paired with act {', '.join(map(str, acts))}.",
    )
    return 0


def _settings(args: argparse.Namespace, ctx: AppContext) -> int:
    service = ActService(ctx)
    if args.late_after is not None:
        service.set_late_after_days(args.late_after)
    if args.contract_level is not None:
        service.set_contract_level(args.contract_level)
    if args.no_contract_level:
        service.set_contract_level(None)
    late, level = service.late_after_days(), service.contract_level()
    emit(
        args,
        {"late_after_days": late, "contract_level_percent": level},
        f"A reimbursement is late after {late} days; "
        + (f"your mutuelle pays up to {level} % of the base." if level else "no contract level."),
    )
    return 0
