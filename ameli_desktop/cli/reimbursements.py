"""`import`, `reimbursements summary|list|imports|undo`, `claims add|list|close`, and the
`export pdf reimbursements` document (DESIGN.md 7)."""

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ameli_desktop.cli.common import add_command, emit, emit_error, iso_date, say
from ameli_desktop.domain.beneficiaries import MatchedBy
from ameli_desktop.domain.claims import ClaimDetails, ClaimKind, ClaimStatus
from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.money import format_cents, parse_cents
from ameli_desktop.domain.names import name_key
from ameli_desktop.importers import (
    ENCODINGS,
    DateOrder,
    ParsedStatement,
    ProfileKind,
    SkipReason,
    set_aside_text,
)
from ameli_desktop.services.beneficiaries import (
    BeneficiaryChoice,
    BeneficiaryMatch,
    file_beneficiaries,
)
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import (
    ImportOptions,
    ImportService,
    ProfileService,
    profile_for,
)

if TYPE_CHECKING:
    from ameli_desktop.services.reimbursements import LineFilter

# The services of the other commands are imported by them: `import`, the command a user waits
# for longest, does not load the acts', the lines' or the claims' (issue 20).


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    imp = add_command(
        sub,
        "import",
        _import,
        "import a statement: ameli's PDFs (per payment, monthly, paper), a mutuelle's PDF, "
        "a bank or statement CSV, any PDF table",
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--person",
        metavar="NAME",
        help="who the lines without a beneficiary are for (default: whom the last import from "
        "the same bank account was for)",
    )
    imp.add_argument(
        "--profile",
        metavar="PROFILE",
        help="ameli, bank or a saved profile, for a CSV or a PDF table (default: detected)",
    )
    imp.add_argument(
        "--encoding",
        metavar="ENC",
        help=f"file encoding (default: detected; {', '.join(ENCODINGS)})",
    )
    imp.add_argument(
        "--date-order",
        choices=[o.value for o in DateOrder],
        help="day/month order of a/b/yyyy dates (default: decided from each column)",
    )
    imp.add_argument(
        "--insurer",
        action="append",
        default=[],
        metavar="NAME",
        help="a name your complementary insurer goes by in bank labels (e.g. 'MUT DES MOTARDS'); "
        "kept for later imports once this one is written; repeatable",
    )
    imp.add_argument(
        "--as",
        dest="as_",
        action="append",
        default=[],
        metavar="NAME IN FILE=MEMBER",
        help="who a beneficiary of the file is: 'CLAIRE MARTIN=Claire Whitfield' (a member), "
        "'LEO=+' or 'LEO=+Léo Martin' (a new member), 'DURAND ISABELLE=' (leave those lines "
        "out); kept for later imports once this one is written; repeatable. Without it, "
        "beneficiaries are found by what you said before, NIR, date of birth and name, and one "
        "nobody matches becomes a new member",
    )
    imp.add_argument("--dry-run", action="store_true", help="show what would be imported")
    imp.add_argument(
        "--skip-bad", action="store_true", help="import the good rows when some cannot be read"
    )

    reimb = sub.add_parser(
        "reimbursements", help="reimbursement lines", description="Reimbursement lines."
    )
    rsub = reimb.add_subparsers(dest="reimbursements_command", required=True, metavar="COMMAND")
    period = argparse.ArgumentParser(add_help=False)
    period.add_argument("--year", type=int)
    period.add_argument("--person", metavar="NAME")
    period.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD")
    period.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD")
    add_command(rsub, "summary", _summary, "totals, per month and per nature", parents=[period])
    lst = add_command(rsub, "list", _list, "list lines", parents=[period])
    lst.add_argument("--search", default="", help="text in the nature or practitioner")
    add_command(rsub, "imports", _imports, "list the imported files")
    add_command(
        rsub,
        "allowances",
        _allowances,
        "daily allowances (indemnités journalières), apart from care",
        parents=[period],
    )
    undo = add_command(rsub, "undo", _undo, "undo an import: remove exactly its lines")
    undo.add_argument("batch", type=int, metavar="IMPORT_ID")

    claims = sub.add_parser(
        "claims", help="claims to follow (suivre mes démarches)", description="Claims to follow."
    )
    csub = claims.add_subparsers(dest="claims_command", required=True, metavar="COMMAND")
    add = add_command(csub, "add", _claim_add, "add a claim to follow")
    add.add_argument("--person", required=True, metavar="NAME")
    add.add_argument("--kind", choices=[k.value for k in ClaimKind], default=ClaimKind.CARE.value)
    add.add_argument("--sent", type=iso_date, required=True, metavar="YYYY-MM-DD")
    add.add_argument("--expected-by", type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--care-date", type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--amount", help="amount paid or expected, e.g. 30,00")
    add.add_argument("--notes", default="")
    cl = add_command(csub, "list", _claim_list, "list claims")
    cl.add_argument("--open", action="store_true", help="open claims only")
    close = add_command(csub, "close", _claim_close, "close (or cancel, reopen) a claim")
    close.add_argument("claim", type=int, metavar="CLAIM_ID")
    close.add_argument(
        "--status",
        choices=[s.value for s in ClaimStatus if s is not ClaimStatus.PAID],
        default=ClaimStatus.CLOSED.value,
    )


def _filter(args: argparse.Namespace, ctx: AppContext) -> "LineFilter":
    from ameli_desktop.services.reimbursements import LineFilter

    person_id = PeopleService(ctx).find(args.person).id if args.person else None
    if args.year is not None:
        if args.date_from or args.date_to:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Give either --year or --from/--to, not both."),
                field="year",
            )
        return LineFilter.year(args.year, person_id)
    return LineFilter(person_id, args.date_from, args.date_to)


def _import(args: argparse.Namespace, ctx: AppContext) -> int:
    try:
        return _import_file(args, ctx)
    except UserError as error:
        params = error.params
        emit_error(
            args,
            error,
            file=args.file.name,
            page=_number(params.get("page")),
            line=_number(params.get("line")),
        )
        raise


def _number(value: object) -> int | None:
    return int(value) if isinstance(value, (int, str)) and str(value).isdigit() else None


def _import_file(args: argparse.Namespace, ctx: AppContext) -> int:
    service = ImportService(ctx)
    person_id = PeopleService(ctx).find(args.person).id if args.person else None
    parsed = service.read(
        args.file,
        profile=profile_for(ctx, args.profile),
        encoding=args.encoding,
        date_order=DateOrder(args.date_order) if args.date_order else None,
        insurers=args.insurer,
    )
    previous = service.previous_import(parsed.layout.sha256)
    if previous is not None:
        say(
            f"{args.file.name} was already imported on "
            f"{format_date(previous.imported_at.date())} (import {previous.id}); "
            "its lines will be found as duplicates."
        )
    result = service.import_parsed(
        parsed,
        ImportOptions(
            person_id=person_id,
            beneficiaries=_as_choices(args.as_, parsed, ctx),
            skip_bad=args.skip_bad,
            dry_run=args.dry_run,
        ),
    )
    if args.insurer and result.written:
        # Kept only by an import that was written (not a refused or --dry-run one).
        profiles = ProfileService(ctx)
        profiles.set_insurer_names([*profiles.insurer_names(), *args.insurer])
    refused = bool(result.rejected) and not args.skip_bad
    no_health = parsed.profile.kind is ProfileKind.BANK and not parsed.lines and not refused
    lines = []
    if refused:
        lines.append(
            f"{len(result.rejected)} rows cannot be read; nothing was imported. Fix them, or "
            "run again with --skip-bad to import the other rows:"
        )
    elif result.dry_run:
        lines.append(
            f"Would import {result.imported} lines ({result.duplicates} already stored) "
            f"from {args.file.name}."
        )
    else:
        lines.append(
            f"Imported {result.imported} lines ({result.duplicates} already stored) from "
            f"{args.file.name}" + (f" as import {result.batch_id}." if result.batch_id else ".")
        )
    if result.allowances:
        lines.append(
            f"{result.allowances} daily allowance{'s' if result.allowances != 1 else ''} "
            "(indemnités journalières) kept apart from care: see `reimbursements allowances`."
        )
    if parsed.notes:
        lines.append(f"Sent to the complementary insurer: {', '.join(parsed.notes)}.")
    if result.beneficiaries and not refused:
        lines.append("Beneficiaries:")
        lines += [f"  {_beneficiary_text(m)}" for m in result.beneficiaries]
    if result.lines_for and not refused:
        why = " (as for the last import from this account)" if result.remembered else ""
        lines.append(f"Lines without a beneficiary: for {result.lines_for}{why}.")
    if result.new_people:
        verb = "Would add" if result.dry_run else "Added"
        lines.append(f"{verb} to the household: {', '.join(result.new_people)}.")
    if result.settled_claims:
        lines.append(f"Claims settled: {', '.join(map(str, result.settled_claims))}.")
    if result.payments_matched:
        count = result.payments_matched
        lines.append(
            f"{count} bank transfer{'s are' if count != 1 else ' is'} the payment"
            f"{'s' if count != 1 else ''} of a statement: counted once."
        )
    if result.rejected and not refused:
        lines.append(f"Skipped {len(result.rejected)} rows that cannot be read:")
    lines += [
        f"  line {r.line}" + (f", {r.column}" if r.column else "") + f": {r.reason}"
        for r in result.rejected
    ]
    emit(args, result.to_json(), "\n".join(lines))
    if no_health:
        bank = parsed.layout.bank
        what = f"a {bank.name} export" if bank is not None else "a bank export"
        reasons = {SkipReason(reason): count for reason, count in result.set_aside.items()}
        total = sum(reasons.values())
        say(
            f"{args.file.name} is {what}, but none of its {total} transactions "
            f"is a health payment ({set_aside_text(reasons)}); nothing was imported. "
            "If one of them is from your mutuelle, give its name with --insurer."
        )
    if refused:
        say(
            f"{len(result.rejected)} rows of {args.file.name} cannot be read; "
            "nothing was imported (use --skip-bad to import the others)."
        )
        return 1
    return 0


MATCHED = {
    MatchedBy.CHOSEN: "as you said",
    MatchedBy.ALIAS: "as you said before",
    MatchedBy.NIR: "by NIR",
    MatchedBy.BORN: "by date of birth",
    MatchedBy.NAME: "by name",
}


def _beneficiary_text(match: BeneficiaryMatch) -> str:
    """``CLAIRE (03/03/1988), 4 lines -> Claire Whitfield (by date of birth)``."""
    b = match.beneficiary
    who = b.name + (f" ({format_date(b.born)})" if b.born else "")
    count = f"{b.lines} line{'s' if b.lines != 1 else ''}"
    if match.left_out:
        whom = "left out" + (" (as you said before)" if match.by is MatchedBy.ALIAS else "")
    elif match.is_new:
        whom = f"a new member, “{match.new_name}”"
    else:
        whom = f"{match.person_name} ({MATCHED.get(match.by, '')})"
    return f"{who}, {count} -> {whom}"


def _as_choices(
    answers: list[str], parsed: ParsedStatement, ctx: AppContext
) -> dict[str, BeneficiaryChoice]:
    """``--as "NAME IN FILE=Member"``: a member, ``=+`` (or ``=+Name``) a new member, ``=``
    leave the lines out. The name must be one the file prints (any case, accents, order)."""
    if not answers:
        return {}
    printed = {b.key: b.name for b in file_beneficiaries(parsed)}
    people = PeopleService(ctx)
    choices: dict[str, BeneficiaryChoice] = {}
    for answer in answers:
        name, equals, member = answer.partition("=")
        if not equals or not name.strip():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "--as “{value}” says nobody: write it NAME IN FILE=Member (=+ for a new "
                    "member, = alone to leave those lines out).",
                ),
                field="as",
                value=answer,
            )
        key = name_key(name)
        if key not in printed:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file} names no beneficiary “{name}” (it names: {names})."
                ),
                field="as",
                file=parsed.layout.file_name,
                name=name.strip(),
                names=", ".join(printed.values()) or "nobody",
            )
        member = member.strip()
        if not member:
            choices[key] = BeneficiaryChoice.leave_out()
        elif member.startswith("+"):
            choices[key] = BeneficiaryChoice.new(member[1:])
        else:
            choices[key] = BeneficiaryChoice.member(people.find(member).id)
    return choices


def _summary(args: argparse.Namespace, ctx: AppContext) -> int:
    """Totals of the acts of care (each counted once, whichever documents showed it): paid,
    the Assurance Maladie's part, withheld, the mutuelle's part, left to pay."""
    from ameli_desktop.services.acts import ActFilter, ActService

    flt = _filter(args, ctx)
    summary = ActService(ctx).summary(ActFilter(flt.person_id, flt.date_from, flt.date_to))
    t = summary.totals
    text = [
        f"{t.acts} acts of care",
        f"paid {format_cents(t.paid_cents)}, Assurance Maladie {format_cents(t.amo_cents)}, "
        f"withheld {format_cents(t.withheld_cents)}, mutuelle {format_cents(t.amc_cents)}, "
        f"left to pay {format_cents(t.left_cents)}",
    ]
    for month, m in summary.by_month.items():
        text.append(
            f"  {month}: {m.acts:>4} acts, paid {format_cents(m.paid_cents)}, "
            f"Assurance Maladie {format_cents(m.amo_cents)}, "
            f"left to pay {format_cents(m.left_cents)}"
        )
    emit(args, summary.to_json(), "\n".join(text))
    return 0


def _list(args: argparse.Namespace, ctx: AppContext) -> int:
    from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService

    flt = _filter(args, ctx)
    flt = LineFilter(flt.person_id, flt.date_from, flt.date_to, text=args.search)
    lines = list(ReimbursementService(ctx).iter_lines(flt))
    data = [
        {
            "id": line.id,
            "person": line.person_name,
            "care_date": line.care_date.isoformat() if line.care_date else None,
            "payment_date": line.payment_date.isoformat() if line.payment_date else None,
            "nature": line.nature,
            "practitioner": line.practitioner,
            "paid_cents": line.paid_cents,
            "reimbursed_cents": line.reimbursed_cents,
            "complementary_cents": line.complementary_cents,
            "deductions_cents": line.deductions_cents,
            "out_of_pocket_cents": line.out_of_pocket_cents,
            "batch": line.batch_id,
        }
        for line in lines
    ]
    text = "\n".join(
        f"{line.id:>6}  {format_date(line.line_date)}  {line.person_name:<20.20} "
        f"{line.nature:<34.34} {format_cents(line.paid_cents) if line.paid_cents is not None else '':>12}"
        f" {format_cents(line.reimbursed_cents) if line.reimbursed_cents is not None else '':>12}"
        for line in lines
    )
    emit(args, data, text or "No lines.")
    return 0


def _allowances(args: argparse.Namespace, ctx: AppContext) -> int:
    from ameli_desktop.services.allowances import AllowanceService

    flt = _filter(args, ctx)
    items = AllowanceService(ctx).list(flt.person_id, flt.date_from, flt.date_to)
    total = sum(item.amount_cents for item in items)
    text = [
        f"{format_date(item.paid_on)}  {item.person_name:<20.20} {item.nature:<60.60} "
        f"{item.days if item.days is not None else '':>3} days {format_cents(item.amount_cents):>12}"
        for item in items
    ]
    text.append(f"{len(items)} daily allowances, {format_cents(total)} received (not care).")
    emit(
        args,
        {"allowances": [item.to_json() for item in items], "total_cents": total},
        "\n".join(text),
    )
    return 0


def _imports(args: argparse.Namespace, ctx: AppContext) -> int:
    batches = ImportService(ctx).batches()
    emit(
        args,
        [b.to_json() for b in batches],
        "\n".join(
            f"{b.id:>4}  {b.imported_at:%Y-%m-%d %H:%M} UTC  {b.imported:>6} lines  {b.file_name}"
            for b in batches
        )
        or "Nothing imported yet.",
    )
    return 0


def _undo(args: argparse.Namespace, ctx: AppContext) -> int:
    removed = ImportService(ctx).undo(args.batch)
    emit(
        args,
        {"undone": args.batch, "removed": removed},
        f"Removed the {removed} lines of import {args.batch}.",
    )
    return 0


def _claim_add(args: argparse.Namespace, ctx: AppContext) -> int:
    from ameli_desktop.services.claims import ClaimService

    person = PeopleService(ctx).find(args.person)
    amount = parse_cents(args.amount) if args.amount else None
    claim = ClaimService(ctx).add(
        ClaimDetails(
            person.id,
            ClaimKind(args.kind),
            args.sent,
            args.expected_by,
            args.care_date,
            amount,
            args.notes,
        )
    )
    emit(args, claim.to_json(), f"Added claim {claim.id} ({claim.status.value}).")
    return 0


def _claim_list(args: argparse.Namespace, ctx: AppContext) -> int:
    from ameli_desktop.services.claims import ClaimService

    claims = ClaimService(ctx).all(open_only=args.open)
    today: date = ctx.today()
    emit(
        args,
        [{**c.to_json(), "overdue": c.overdue(today)} for c in claims],
        "\n".join(
            f"{c.id:>4}  {c.status.value:<9} {c.person_name:<20.20} {c.kind.value:<12} "
            f"sent {format_date(c.sent_on)}"
            + (f", expected by {format_date(c.expected_by)}" if c.expected_by else "")
            + ("  OVERDUE" if c.overdue(today) else "")
            for c in claims
        )
        or "No claims.",
    )
    return 0


def _claim_close(args: argparse.Namespace, ctx: AppContext) -> int:
    from ameli_desktop.services.claims import ClaimService

    claim = ClaimService(ctx).set_status(args.claim, ClaimStatus(args.status))
    emit(args, claim.to_json(), f"Claim {claim.id} is {claim.status.value}.")
    return 0


def pdf(args: argparse.Namespace, ctx: AppContext) -> Path:
    """`export pdf reimbursements -o FILE [--year Y] [--person NAME] [--from] [--to]`."""
    from ameli_desktop.services.acts import ActFilter, ActService

    person_id = PeopleService(ctx).find(args.person).id if args.person else None
    if args.year is not None:
        flt = ActFilter.year(args.year, person_id)
    else:
        flt = ActFilter(person_id, args.date_from, args.date_to)
    return ActService(ctx).export_pdf(flt, args.output)
