"""A mutuelle's own statement (PDF): each act's complementary part, and the transfers that paid
them. Pages in, statement lines out.

The layout is G3's (``shared/ameli-documents.md`` §6, HIGH for Harmonie Mutuelle): printer-control
junk at the top of the text layer (ignored), the title ``RELEVÉ DE PRESTATIONS`` / ``FRAIS DE
SANTÉ``, ``REMBOURSEMENT DE LA MUTUELLE`` and a table ``Date des soins | Nature des prestations |
Frais engagés | Remboursement RO * | Ticket modérateur | Forfait et/ou dépassements | Montant total
mutuelle``; a beneficiary line ``DURAND ISABELLE / 2 65 04 39 019 332 57`` (name and NIR) before
its acts; after each group ``Somme virée sur le compte … le 20/02/2019   7,50 €``, the transfer a
bank credit will show; at the end ``MONTANT TOTAL DE VOS REMBOURSEMENTS   52,90 €``.

The Assurance Maladie part it quotes ("RO", "* Montant à titre indicatif") is kept as quoted, never
as money received: the ameli statement says what the Assurance Maladie paid. Each group's acts
must add up to its transfer and the transfers to the total, or the file is refused whole.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.money import format_cents
from ameli_desktop.domain.names import fold
from ameli_desktop.domain.statements import DocumentKind, LineKind
from ameli_desktop.importers import printed
from ameli_desktop.importers.decoding import file_sha256
from ameli_desktop.importers.fields import Field
from ameli_desktop.importers.payers import Insurer
from ameli_desktop.importers.pdf_text import Page, TextLine
from ameli_desktop.importers.profiles import Profile, ProfileKind
from ameli_desktop.importers.results import (
    Column,
    ParsedStatement,
    StatementLayout,
    StatementPayment,
    line_columns,
)

MUTUELLE_PDF_PROFILE = Profile(name="mutuelle-pdf", kind=ProfileKind.STATEMENT, builtin=True)

_TITLE = re.compile(r"releve de prestations")
_TABLE = re.compile(r"remboursement de la mutuelle|somme viree|montant total mutuelle")
_WHO = re.compile(r"^(?P<name>[^/\d]+?) / (?P<nir>[0-9ab][0-9ab ]{12,23})$")
_TRANSFER = re.compile(r"^somme viree\b.* le (?P<day>\d\d/\d\d/\d{4})$")
_TOTAL = re.compile(r"^montant total de vos remboursements$")
_MEMBER = re.compile(r"n(?:o|°)? ?adherent ?: ?(?P<member>\w+)")


class MutuellePdfError(UserError):
    """The mutuelle's statement cannot be read; the message says what and where."""


def detect(first: Page) -> bool:
    """G3's title and its table's words."""
    key = fold(first.text)
    return _TITLE.search(key) is not None and _TABLE.search(key) is not None


@dataclass
class _Act:
    page: int
    line: int
    number: int
    care: date
    name: str
    nir: str
    nature: str
    paid: int
    amo: int
    ticket: int
    excess: int
    total: int


@dataclass
class _Group:
    acts: list[_Act] = field(default_factory=list)


def read(
    data: bytes, first: Page, pages: Iterator[Page], *, file_name: str = ""
) -> ParsedStatement:
    """Read a mutuelle's statement whole (see the module docstring).

    Raises:
        MutuellePdfError: a row that cannot be read, a group or a total that does not add up,
            or no transfer at all; the message names the page and line.
    """
    lines: list[TextLine] = []
    count = 0
    for page in (first, *pages):
        count += 1
        lines.extend(page.lines)

    def fail(line: TextLine, template: str, **params: Any) -> MutuellePdfError:
        return MutuellePdfError(
            template,
            field="file",
            file=file_name,
            page=str(line.page),
            line=str(line.number),
            text=line.text,
            **params,
        )

    who: tuple[str, str] | None = None
    group = _Group()
    payments: list[tuple[StatementPayment, list[_Act]]] = []
    grand: int | None = None
    issued = printed.long_day(first.text)
    member = ""
    if (found := _MEMBER.search(fold(first.text))) is not None:
        member = found["member"]
    in_table = False
    for number, line in enumerate(lines, start=1):
        key = fold(line.text)
        tokens, end = printed.trailing_tokens(line)
        text = " ".join(w.text for w in line.words[:end])
        text_key = fold(text)
        if "remboursement de la mutuelle" in key or "date des soins" in key:
            in_table = True
            continue
        if not in_table:
            continue
        if (match := _WHO.match(key)) is not None:
            name = line.text.split(" / ")[0].strip()
            who = (name, match["nir"].replace(" ", "").upper())
            continue
        if (match := _TRANSFER.match(text_key)) is not None:
            cents = printed.amount(tokens[-1].text) if len(tokens) == 1 else None
            paid_on = printed.day(match["day"])
            if cents is None or paid_on is None:
                raise fail(
                    line,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{file}”, page {page}, line {line}: “{text}” gives no date or amount for"
                        " the transfer.",
                    ),
                )
            total = sum(a.total for a in group.acts)
            if not group.acts or total != cents:
                raise fail(
                    line,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{file}”, page {page}, line {line}: the transfer of {date} is {amount},"
                        " but the acts above it add up to {acts}.",
                    ),
                    date=paid_on.strftime("%d/%m/%Y"),
                    amount=format_cents(cents),
                    acts=format_cents(total),
                )
            payment = StatementPayment(
                paid_on, cents, Insurer.COMPLEMENTARY, page=line.page, line=line.number
            )
            payments.append((payment, group.acts))
            group = _Group()
            continue
        if _TOTAL.match(text_key) and len(tokens) == 1:
            grand = printed.amount(tokens[0].text)
            continue
        date_match = printed.DATE.match(line.text)
        if date_match is None or not tokens:
            continue  # the title, a note, the "* Montant à titre indicatif" footnote
        care = printed.day(date_match.group())
        amounts = [printed.amount(t.text) for t in tokens]
        if care is None or len(amounts) != 5 or None in amounts:
            raise fail(
                line,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” cannot be read as an act (date"
                    " of care, nature, then five amounts: paid, Assurance Maladie, ticket"
                    " modérateur, excess, the mutuelle's total).",
                ),
            )
        if who is None:
            raise fail(
                line,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{file}”, page {page}, line {line}: “{text}” has no “NAME / NIR” line above"
                    " it to say whose care it is.",
                ),
            )
        paid, amo, ticket, excess, total = (a or 0 for a in amounts)
        nature = " ".join(text.split()[1:])
        group.acts.append(
            _Act(
                line.page,
                line.number,
                number,
                care,
                who[0],
                who[1],
                nature,
                paid,
                amo,
                ticket,
                excess,
                total,
            )
        )
    last = lines[-1] if lines else first.lines[-1]
    if group.acts:
        raise fail(
            last,
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}”: the last acts are followed by no “Somme virée … le …” line: the file is"
                " incomplete.",
            ),
        )
    if not payments:
        raise MutuellePdfError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}” is a PDF but not a mutuelle statement that can be read: it has no"
                " “Somme virée … le …” line.",
            ),
            field="file",
            file=file_name,
        )
    paid_sum = sum(p.cents for p, _ in payments)
    if grand is not None and grand != paid_sum:
        raise fail(
            last,
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{file}”: the statement's total is {total}, but its transfers add up to"
                " {transfers}.",
            ),
            total=format_cents(grand),
            transfers=format_cents(paid_sum),
        )
    return _statement(data, file_name, payments, count, issued, member)


_PREVIEW_COLUMNS: tuple[tuple[str, Field | None], ...] = (
    ("Date de virement", Field.PAYMENT_DATE),
    ("Date des soins", Field.CARE_DATE),
    ("Bénéficiaire", Field.BENEFICIARY),
    ("Nature des prestations", Field.NATURE),
    ("Frais engagés", Field.PAID),
    ("Remboursement RO *", None),
    ("Ticket modérateur", None),
    ("Forfait et/ou dépassements", None),
    ("Montant total mutuelle", Field.COMPLEMENTARY),
)


def _statement(  # noqa: PLR0917 - the read document's parts, in order
    data: bytes,
    file_name: str,
    payments: list[tuple[StatementPayment, list[_Act]]],
    pages: int,
    issued: date | None,
    member: str,
) -> ParsedStatement:
    values: dict[str, list[Any]] = {
        name: []
        for name in (
            "care", "payment", "beneficiary", "nature", "paid", "complementary", "payment_cents",
            "kind", "payment_index", "amo_quoted", "beneficiary_nir", "page",
        )
    }  # fmt: skip
    lines: list[int] = []
    preview = []
    for index, (payment, acts) in enumerate(payments):
        for act in acts:
            lines.append(act.number)
            row = {
                "care": act.care,
                "payment": payment.paid_on,
                "beneficiary": act.name,
                "nature": act.nature,
                "paid": act.paid,
                "complementary": act.total,
                "payment_cents": payment.cents,
                "kind": LineKind.CARE,
                "payment_index": index,
                "amo_quoted": act.amo,
                "beneficiary_nir": act.nir,
                "page": act.page,
            }
            for name, value in row.items():
                values[name].append(value)
            preview.append(
                (
                    act.number,
                    (
                        payment.paid_on.strftime("%d/%m/%Y"),
                        act.care.strftime("%d/%m/%Y"),
                        act.name,
                        act.nature,
                        *map(printed.format_amount, (act.paid, act.amo, act.ticket, act.excess)),
                        printed.format_amount(act.total),
                    ),
                )
            )
    layout = StatementLayout(
        file_name=file_name,
        sha256=file_sha256(data),
        size=len(data),
        encoding="pdf",
        encoding_detected=True,
        delimiter="",
        header_line=None,
        columns=tuple(Column(i, name, f) for i, (name, f) in enumerate(_PREVIEW_COLUMNS)),
        profile=MUTUELLE_PDF_PROFILE,
        preamble=tuple(
            t
            for t in (
                f"N° adhérent : {member}" if member else "",
                f"au {issued:%d/%m/%Y}" if issued else "",
            )
            if t
        ),
        preview=tuple(preview),
        pages=pages,
    )
    return ParsedStatement(
        layout,
        MUTUELLE_PDF_PROFILE,
        {},
        line_columns(lines, values),
        [],
        [],
        document=DocumentKind.MUTUELLE,
        payments=tuple(p for p, _ in payments),
    )
