"""The reimbursement summary PDF: totals, per person, per nature of care, per month, every line.

Inputs are plain values (this layer knows no services). The list of lines can be long (ten years
of a household: 10 000 lines, some 200 pages): it is drawn as one small table per page's worth of
rows with fixed column widths, each with its header, because one huge reportlab Table is split
page after page at a cost that grows with its length (DESIGN.md 9 measures this against a bare
chunked Table). Its cells are plain strings, which Table draws literally (no markup to escape);
every user text in the smaller tables goes through :func:`para`, which escapes it. Headings and
sentences are marked in the "ReimbursementSummary" context and written in the caller's language.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.money import format_cents
from ameli_desktop.domain.texts import ENGLISH, Language
from ameli_desktop.exports.pdf.base import FONT, FONT_BOLD, Styles, build_pdf, para, table

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


def _totals_table(
    st: Styles,
    first_header: str,
    rows: Sequence[TotalsRow],
    language: Language,
    *,
    wide_label: bool = True,
) -> "Flowable":
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    right = ParagraphStyle("header_right", parent=st.cell_bold, alignment=TA_RIGHT)
    columns = (
        QT_TRANSLATE_NOOP("ReimbursementSummary", "Lines"),
        QT_TRANSLATE_NOOP("ReimbursementSummary", "Paid (payé)"),
        QT_TRANSLATE_NOOP("ReimbursementSummary", "Reimbursed (Assurance Maladie)"),
        QT_TRANSLATE_NOOP("ReimbursementSummary", "Mutuelle (AMC)"),
        QT_TRANSLATE_NOOP("ReimbursementSummary", "Out of pocket (reste à charge)"),
    )
    header = [
        para(first_header, st.cell_bold),
        *(para(language.tr(CONTEXT, c), right) for c in columns),
    ]
    body = [
        [
            para(row.label, st.cell),
            str(row.lines),
            _money(row.paid_cents),
            _money(row.reimbursed_cents),
            _money(row.complementary_cents),
            _money(row.out_of_pocket_cents),
        ]
        for row in rows
    ]
    label_width = 46 * mm if wide_label else 30 * mm
    rest = (174 * mm - label_width - 16 * mm) / 4
    return table(
        [header, *body], [label_width, 16 * mm, rest, rest, rest, rest], right_align_from=1
    )


def _truncate(text: str, width: float, font: str, size: float) -> str:
    """Cut ``text`` with an ellipsis to fit ``width`` points (a plain cell does not wrap)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if len(text) * size * 0.45 <= width or stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


LINE_COLUMNS = (
    QT_TRANSLATE_NOOP("ReimbursementSummary", "Date"),
    QT_TRANSLATE_NOOP("ReimbursementSummary", "Person"),
    QT_TRANSLATE_NOOP("ReimbursementSummary", "Nature of care"),
    QT_TRANSLATE_NOOP("ReimbursementSummary", "Paid"),
    QT_TRANSLATE_NOOP("ReimbursementSummary", "Reimbursed"),
    QT_TRANSLATE_NOOP("ReimbursementSummary", "Compl."),
    QT_TRANSLATE_NOOP("ReimbursementSummary", "Own share"),
)


def line_tables(
    lines: Iterable[SummaryLine], *, chunk: int = LINES_PER_TABLE, language: Language = ENGLISH
) -> Iterable["Flowable"]:
    """The list of lines as tables of ``chunk`` rows, each with its header row.

    The header cells are plain strings too: cut to their column, whatever the language.
    """
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    widths = [17 * mm, 28 * mm, 53 * mm, 19 * mm, 19 * mm, 19 * mm, 19 * mm]
    header = [
        _truncate(language.tr(CONTEXT, column), width - 12, FONT_BOLD, _LINE_FONT_SIZE)
        for column, width in zip(LINE_COLUMNS, widths, strict=True)
    ]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, _LINE_FONT_SIZE),
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, _LINE_FONT_SIZE),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
            ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1f4e79")),
        ]
    )
    person_width, nature_width = widths[1] - 12, widths[2] - 12  # minus the cell padding
    rows: list[list[str]] = []

    def flush() -> "Table":
        t = Table([header, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
        t.setStyle(style)
        return t

    for line in lines:
        rows.append(
            [
                format_date(line.day),
                _truncate(line.person, person_width, FONT, _LINE_FONT_SIZE),
                _truncate(line.nature, nature_width, FONT, _LINE_FONT_SIZE),
                _money(line.paid_cents),
                _money(line.reimbursed_cents),
                _money(line.complementary_cents),
                _money(line.out_of_pocket_cents),
            ]
        )
        if len(rows) == chunk:
            yield flush()
            rows = []
    if rows:
        yield flush()


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
        flow.append(_totals_table(st, "", [total], language))
        flow.append(
            para(
                tr(
                    QT_TRANSLATE_NOOP(
                        "ReimbursementSummary",
                        "Out of pocket = paid - reimbursed - complementary, over the lines whose"
                        " amount paid is known (a bank transfer only shows what was received).",
                    )
                ),
                st.small,
            )
        )
        if len(by_person) > 1:
            flow.append(
                para(tr(QT_TRANSLATE_NOOP("ReimbursementSummary", "Per person")), st.heading)
            )
            flow.append(_totals_table(st, tr(LINE_COLUMNS[1]), by_person, language))
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
        flow.append(_totals_table(st, tr(LINE_COLUMNS[2]), by_nature, language))
        flow.append(para(tr(QT_TRANSLATE_NOOP("ReimbursementSummary", "Per month")), st.heading))
        months = [
            TotalsRow(_month_label(r.label), *(getattr(r, f) for f in _AMOUNT_FIELDS))
            for r in by_month
        ]
        month = tr(QT_TRANSLATE_NOOP("ReimbursementSummary", "Month"))
        flow.append(_totals_table(st, month, months, language, wide_label=False))
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
