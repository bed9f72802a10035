"""`export pdf KIND -o FILE`: one command for every PDF, each kind implemented by its feature.

A feature adds its kind to PDF_KINDS as "module:function"; the function takes (args, ctx) and
returns the written path. Options shared by the kinds are declared here once.
"""

import argparse
import importlib
from pathlib import Path

from ameli_desktop.cli.common import add_command, emit, iso_date
from ameli_desktop.services.context import AppContext

# kind -> "module:function(args, ctx) -> Path"
PDF_KINDS: dict[str, str] = {
    "appointments": "ameli_desktop.cli.appointments:export_pdf",
    "travel": "ameli_desktop.cli.travel:export_pdf",
    "ceam-reminder": "ameli_desktop.cli.ceam:export_reminder",
    "reimbursements": "ameli_desktop.cli.reimbursements:pdf",
}


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    export = sub.add_parser("export", help="export documents", description="Export documents.")
    esub = export.add_subparsers(dest="export_command", required=True, metavar="FORMAT")
    pdf = add_command(esub, "pdf", _pdf, "export a PDF document")
    pdf.add_argument(
        "kind",
        choices=sorted(PDF_KINDS) or ["none"],
        metavar="KIND",
        help=", ".join(sorted(PDF_KINDS)) or "no PDF kind yet",
    )
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    pdf.add_argument("--person", metavar="NAME", help="only this person")
    pdf.add_argument("--year", type=int, help="a calendar year")
    pdf.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD")
    pdf.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD")
    pdf.add_argument(
        "--on", type=iso_date, metavar="YYYY-MM-DD", help="the date the document is about"
    )
    pdf.add_argument("--trip", type=int, metavar="ID")
    pdf.add_argument("--id", dest="record_id", type=int, metavar="ID")


def _pdf(args: argparse.Namespace, ctx: AppContext) -> int:
    module_name, function_name = PDF_KINDS[args.kind].split(":")
    function = getattr(importlib.import_module(module_name), function_name)
    path = function(args, ctx)
    emit(args, {"pdf": str(path), "kind": args.kind}, f"Wrote {path}")
    return 0
