"""The reimbursement summary PDF: totals, per person, per nature of care, per month, every line.

Inputs are plain values (this layer knows no services). The list of lines can be long (ten years
of a household: 10 000 lines, some 200 pages): it is drawn as one small table per page's worth of
rows with fixed column widths, each with its header, because one huge reportlab Table is split
page after page at a cost that grows with its length (DESIGN.md 9 measures this against a bare
chunked Table). Its cells are plain strings, which Table draws literally (no markup to escape),
as long as they fit their column; a longer one becomes an escaped, wrapping Paragraph
(:func:`~ameli_desktop.exports.pdf.base.fit`), so a long nature of care never runs into the
amounts. Headings and sentences are marked in the "ReimbursementSummary" context and written in
the caller's language.

Each measure has one name, the one the app's tables use (:data:`MEASURES`: Paid, Reimbursed,
Complementary, Out of pocket), in every heading of every table; the French terms of ameli.fr are
given once, in the legend under the totals.
"""

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.money import format_cents
from ameli_desktop.domain.texts import ENGLISH, Language
from ameli_desktop.exports.pdf.base import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    MM,
    Styles,
    build_pdf,
    fit,
    para,
    table,
)

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

CONTEXT = "ReimbursementSummary"
LINES_PER_TABLE = 50
_LINE_FONT_SIZE = 7


@dataclass(frozen=True, slots=True)
class PersonHeading:
    name: str
    masked_nir: str  # already masked: "•••••••••••8436", or ""


@dataclass(frozen=True, slots=True)
class TotalsRow:
    label: str  # a person, a nature of care, a month ("2025-03"), or "Total"
    lines: int
    paid_cents: int
    reimbursed_cents: int
    complementary_cents: int
    out_of_pocket_cents: int


@dataclass(frozen=True, slots=True)
class SummaryLine:
    day: date
    person: str
    nature: str
    paid_cents: int | None
    reimbursed_cents: int | None
    complementary_cents: int | None
    out_of_pocket_cents: int | None


def _money(cents: int | None) -> str:
    return "" if cents is None else format_cents(cents)


def _month_label(key: str) -> str:
    """``2025-03`` -> ``03/2025``."""
    return f"{key[5:7]}/{key[:4]}" if len(key) == 7 else key


# One name per measure, the same as the Reimbursements tab's columns, in every table below.
LINES_COLUMN = QT_TRANSLATE_NOOP("ReimbursementSummary", "Lines")
MEASURES = (
    QT_TRANSLATE_NOOP("ReimbursementSummary", "Paid"),
    QT_TRANSLATE_NOOP("ReimbursementSummary", "Reimbursed"),
    QT_TRANSLATE_NOOP("ReimbursementSummary", "Complementary"),
    QT_TRANSLATE_NOOP("ReimbursementSummary", "Out of pocket"),
)
DATE_COLUMN = QT_TRANSLATE_NOOP("ReimbursementSummary", "Date of care")
PERSON_COLUMN = QT_TRANSLATE_NOOP("ReimbursementSummary", "Person")
NATURE_COLUMN = QT_TRANSLATE_NOOP("ReimbursementSummary", "Nature of care")
LEGEND = QT_TRANSLATE_NOOP(
    "ReimbursementSummary",
    "Paid: what was paid to the practitioner (montant payé). Reimbursed: by the Assurance Maladie"
    " (montant remboursé). Complementary: by the complementary insurer (mutuelle). Out of pocket"
    " (reste à charge) = paid - reimbursed - complementary, over the lines whose amount paid is"
    " known (a bank transfer only shows what was received).",
)


def _totals_table(
    first_header: str,
    rows: Sequence[TotalsRow],
    language: Language,
    *,
    wide_label: bool = True,
) -> "Flowable":
    label_width = 46 * MM if wide_label else 30 * MM
    count_width = 16 * MM
    amount_width = (CONTENT_WIDTH - label_width - count_width) / 4
    header = [
        first_header,
        language.tr(CONTEXT, LINES_COLUMN),
        *(language.tr(CONTEXT, m) for m in MEASURES),
    ]
    body = [
        [
            row.label,
            str(row.lines),
            _money(row.paid_cents),
            _money(row.reimbursed_cents),
            _money(row.complementary_cents),
            _money(row.out_of_pocket_cents),
        ]
        for row in rows
    ]
    return table(
        [header, *body],
        [label_width, count_width, *[amount_width] * 4],
        right_align_from=1,
    )


# The list of lines: denser than the other tables (7 pt, 3 pt side padding); the widths leave the
# amounts room for 123 456,78 € and a date its ten characters.
LINE_WIDTHS = (17 * MM, 27 * MM, 46 * MM, 21 * MM, 21 * MM, 21 * MM, 21 * MM)
LINE_PADDING = 3
FIRST_AMOUNT = 3  # the column where amounts start (right-aligned, kept whole)


def line_tables(
    lines: Iterable[SummaryLine], *, chunk: int = LINES_PER_TABLE, language: Language = ENGLISH
) -> Iterable["Flowable"]:
    """The list of lines as tables of ``chunk`` rows, each with its header row.

    Every cell is a plain string when it fits its column, else a wrapping Paragraph (headers and
    texts) or an amount set smaller: see :func:`~ameli_desktop.exports.pdf.base.fit`.
    """
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    st = _line_styles()
    room = [w - 2 * LINE_PADDING for w in LINE_WIDTHS]
    columns = (DATE_COLUMN, PERSON_COLUMN, NATURE_COLUMN, *MEASURES)
    header = [
        fit(
            language.tr(CONTEXT, column),
            room[c],
            st["bold_right"] if c >= FIRST_AMOUNT else st["bold"],
        )
        for c, column in enumerate(columns)
    ]
    # Every cell's font, alignment and padding as shared cell styles, not as style commands:
    # reportlab applies a command to each cell of each table, which costs more than the drawing
    # of a long list (DESIGN.md 9). Only what is not a cell style remains a command.
    header_cells, body_cells = _line_cell_styles()
    style = TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1f4e79")),
        ]
    )
    text, amount = st["text"], st["amount"]
    date_room, person_room, nature_room, amount_room = room[0], room[1], room[2], room[3]
    # A household has a few people and natures of care, and a day has several lines: each is
    # fitted once for thousands of lines.
    people: dict[str, Any] = {}
    natures: dict[str, Any] = {}
    days: dict[date, Any] = {}
    rows: list[list[Any]] = []

    def flush() -> "Table":
        t = Table(
            [header, *rows],
            colWidths=list(LINE_WIDTHS),
            repeatRows=1,
            hAlign="LEFT",
            cellStyles=[header_cells, *[body_cells] * len(rows)],
        )
        t.setStyle(style)
        return t

    def money(cents: int | None) -> Any:
        return "" if cents is None else fit(format_cents(cents), amount_room, amount, whole=True)

    for line in lines:
        person = people.get(line.person)
        if person is None:
            person = people[line.person] = fit(line.person, person_room, text)
        nature = natures.get(line.nature)
        if nature is None:
            nature = natures[line.nature] = fit(line.nature, nature_room, text)
        day = days.get(line.day)
        if day is None:
            day = days[line.day] = fit(format_date(line.day), date_room, text, whole=True)
        rows.append(
            [
                day,
                person,
                nature,
                money(line.paid_cents),
                money(line.reimbursed_cents),
                money(line.complementary_cents),
                money(line.out_of_pocket_cents),
            ]
        )
        if len(rows) == chunk:
            yield flush()
            rows = []
    if rows:
        yield flush()


@functools.cache
def _line_cell_styles() -> tuple[list[Any], list[Any]]:
    """The header row's and a body row's cell styles (read only: shared by every row)."""
    from reportlab.platypus.tables import CellStyle

    def row(font: str, name: str) -> list[Any]:
        cells = []
        for column in range(len(LINE_WIDTHS)):
            cell = CellStyle(f"{name}{column}")
            cell.fontname, cell.fontsize, cell.leading = font, _LINE_FONT_SIZE, 8.5
            cell.alignment = "RIGHT" if column >= FIRST_AMOUNT else "LEFT"
            cell.valign = "TOP"
            cell.leftPadding = cell.rightPadding = LINE_PADDING
            cell.topPadding = cell.bottomPadding = 1.5
            cells.append(cell)
        return cells

    return row(FONT_BOLD, "line_header"), row(FONT, "line")


@functools.cache
def _line_styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    from ameli_desktop.exports.pdf.base import styles

    cell = styles().cell
    text = ParagraphStyle("line", parent=cell, fontSize=_LINE_FONT_SIZE, leading=8.5)
    bold = ParagraphStyle("line_bold", parent=text, fontName=FONT_BOLD)
    return {
        "text": text,
        "amount": ParagraphStyle("line_amount", parent=text, alignment=TA_RIGHT),
        "bold": bold,
        "bold_right": ParagraphStyle("line_bold_right", parent=bold, alignment=TA_RIGHT),
    }


def build_reimbursement_summary(
    target: Path | None,
    *,
    period: str,
    people: Sequence[PersonHeading],
    total: TotalsRow,
    by_person: Sequence[TotalsRow],
    by_nature: Sequence[TotalsRow],
    by_month: Sequence[TotalsRow],
    lines: Iterable[SummaryLine],
    generated: datetime,
    on_page: Callable[[int], None] | None = None,
    language: Language = ENGLISH,
) -> bytes:
    """Render the summary (see the module docstring); returns the PDF's bytes.

    The labels of the rows (people, natures of care, "Total", the period) come translated from
    the caller: they are data here.
    """

    def tr(source: str) -> str:
        return language.tr(CONTEXT, source)

    def story(st: Styles) -> list[Any]:
        from reportlab.platypus import PageBreak

        flow: list[Any] = []
        for person in people:
            text = person.name + (f" · NIR {person.masked_nir}" if person.masked_nir else "")
            flow.append(para(text, st.body))
        flow.append(para(tr(QT_TRANSLATE_NOOP("ReimbursementSummary", "Totals")), st.heading))
        flow.append(_totals_table("", [total], language))
        flow.append(para(tr(LEGEND), st.small))
        if len(by_person) > 1:
            flow.append(
                para(tr(QT_TRANSLATE_NOOP("ReimbursementSummary", "Per person")), st.heading)
            )
            flow.append(_totals_table(tr(PERSON_COLUMN), by_person, language))
        flow.append(
            para(
                tr(
                    QT_TRANSLATE_NOOP(
                        "ReimbursementSummary", "Per nature of care (nature des soins)"
                    )
                ),
                st.heading,
            )
        )
        flow.append(_totals_table(tr(NATURE_COLUMN), by_nature, language))
        flow.append(para(tr(QT_TRANSLATE_NOOP("ReimbursementSummary", "Per month")), st.heading))
        months = [
            TotalsRow(_month_label(r.label), *(getattr(r, f) for f in _AMOUNT_FIELDS))
            for r in by_month
        ]
        month = tr(QT_TRANSLATE_NOOP("ReimbursementSummary", "Month"))
        flow.append(_totals_table(month, months, language, wide_label=False))
        flow.append(PageBreak())
        flow.append(para(tr(QT_TRANSLATE_NOOP("ReimbursementSummary", "Every line")), st.heading))
        flow.extend(line_tables(lines, language=language))
        return flow

    return build_pdf(
        target,
        title=tr(
            QT_TRANSLATE_NOOP("ReimbursementSummary", "Reimbursement summary (remboursements)")
        ),
        subtitle=period,
        story=story,
        generated=generated,
        footer=", ".join(p.name for p in people),
        on_page=on_page,
        language=language,
    )


_AMOUNT_FIELDS = (
    "lines",
    "paid_cents",
    "reimbursed_cents",
    "complementary_cents",
    "out_of_pocket_cents",
)
