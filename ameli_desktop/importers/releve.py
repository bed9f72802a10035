"""ameli's monthly relevé (PDF) as a statement: the same lines, fingerprints and preview as a CSV.

``ameli_pdf`` reads the PDF; this lays its acts on the statement model so that everything after
(de-duplication against stored lines, beneficiaries, one transaction, undo, settling with bank
credits) is the CSV import's own. Amounts are stored as the CSV statements store them: the
reimbursement *net* of the participation forfaitaire and franchises, which are kept apart.
"""

from typing import Any

from ameli_desktop.importers.ameli_pdf import AmeliStatement, read_ameli_pdf
from ameli_desktop.importers.decoding import file_sha256
from ameli_desktop.importers.fields import Field
from ameli_desktop.importers.profiles import Profile, ProfileKind
from ameli_desktop.importers.statement import (
    Column,
    ParsedStatement,
    StatementLayout,
    line_columns,
)
from ameli_desktop.importers.values import read_text

PDF_MAGIC = b"%PDF-"
PDF_ENCODING = "pdf"  # what the layout and the import batch say a relevé was read as
AMELI_PDF_PROFILE = Profile(name="ameli-pdf", kind=ProfileKind.STATEMENT, builtin=True)

# The relevé's columns as the preview shows them (the relevé's own words).
_COLUMNS: tuple[tuple[str, Field | None], ...] = (
    ("Date de paiement", Field.PAYMENT_DATE),
    ("Date des soins", Field.CARE_DATE),
    ("Bénéficiaire", Field.BENEFICIARY),
    ("Nature de la prestation", Field.NATURE),
    ("Montant payé", Field.PAID),
    ("Base de remboursement", Field.BASE),
    ("Taux", Field.RATE),
    ("Montant versé", Field.REIMBURSED),
    ("Participation forfaitaire / franchises", Field.DEDUCTIONS),
    ("Transmis à votre complémentaire", None),
    ("Versé à", None),
)


def is_pdf(data: bytes) -> bool:
    return data.startswith(PDF_MAGIC)


def _cents(cents: int | None) -> str:
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100},{abs(cents) % 100:02d}"


def parse_releve(data: bytes, *, file_name: str = "") -> ParsedStatement:
    """Read an ameli relevé PDF into lines (raises ``AmeliPdfError`` for a file it cannot
    read: a relevé is read whole or not at all)."""
    statement = read_ameli_pdf(data, file_name=file_name)
    return releve_statement(statement, data)


def releve_statement(statement: AmeliStatement, data: bytes) -> ParsedStatement:
    """The relevé's acts as a :class:`ParsedStatement`.

    A line's number is its place in the relevé's extracted text (all pages in order), so that
    every act has its own, and the preview lists the acts by it.
    """
    first_of_page: dict[int, int] = {}
    for index, (page, _) in enumerate(statement.text_lines, start=1):
        first_of_page.setdefault(page, index)
    lines: list[int] = []
    values: dict[str, list[Any]] = {
        name: []
        for name in (
            "care",
            "payment",
            "beneficiary",
            "nature",
            "practitioner",
            "paid",
            "base",
            "rate",
            "reimbursed",
            "deductions",
            "third_party",
            "payment_cents",
            "sent_to_complementary",
        )
    }
    preview = []
    for payment in statement.payments:
        for act in payment.acts:
            number = first_of_page.get(act.page, 1) + act.line - 1
            lines.append(number)
            row = {
                "care": act.care_date,
                "payment": act.payment_date,
                "beneficiary": read_text(act.beneficiary),
                "nature": read_text(act.nature),
                # Tiers payant: the CPAM paid the professional, who is who it was "paid to".
                "practitioner": read_text(payment.paid_to) if act.third_party else "",
                "paid": act.paid_cents,
                "base": act.base_cents,
                "rate": act.rate_percent,
                "reimbursed": act.net_cents,
                "deductions": act.deductions_cents,
                "third_party": act.third_party,
                # No bank credit can be a tiers-payant payment: it never reached the account.
                "payment_cents": None if payment.third_party else payment.total_cents,
                "sent_to_complementary": act.sent_to_complementary,
            }
            for name, value in row.items():
                values[name].append(value)
            preview.append(
                (
                    number,
                    (
                        act.payment_date.strftime("%d/%m/%Y"),
                        act.care_date.strftime("%d/%m/%Y"),
                        act.beneficiary,
                        act.nature,
                        _cents(act.paid_cents),
                        _cents(act.base_cents),
                        "" if act.rate_percent is None else f"{act.rate_percent} %",
                        _cents(act.reimbursed_cents),
                        _cents(act.deductions_cents),
                        "✓" if act.sent_to_complementary else "",
                        payment.paid_to,
                    ),
                )
            )
    period = (
        f"{statement.period_start:%d/%m/%Y} – {statement.period_end:%d/%m/%Y}"
        if statement.period_start and statement.period_end
        else ""
    )
    layout = StatementLayout(
        file_name=statement.file_name,
        sha256=file_sha256(data),
        size=len(data),
        encoding=PDF_ENCODING,
        encoding_detected=True,
        delimiter="",
        header_line=None,
        columns=tuple(Column(i, name, fld) for i, (name, fld) in enumerate(_COLUMNS)),
        profile=AMELI_PDF_PROFILE,
        # Who and when, never the NIR (shown masked or not at all, DESIGN.md 2).
        preamble=tuple(text for text in (statement.caisse, statement.insured, period) if text),
        preview=tuple(preview),
        pages=statement.pages,
    )
    return ParsedStatement(
        layout,
        AMELI_PDF_PROFILE,
        {},
        line_columns(lines, values),
        [],
        [],
    )
