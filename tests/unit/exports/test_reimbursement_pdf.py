"""The reimbursement summary PDF, rendered and read back."""

from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader

from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.exports.pdf.reimbursements import (
    PersonHeading,
    SummaryLine,
    TotalsRow,
    build_reimbursement_summary,
    line_tables,
)
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService
from ameli_desktop.services.statement_import import ImportOptions, ImportService

DATA = Path(__file__).resolve().parents[2] / "data"
NIR = "185057800608491"


def text_of(path: Path) -> str:
    """The PDF's text; pypdf reads the no-break space before € as a plain space."""
    return "\n".join(page.extract_text() for page in PdfReader(path).pages).replace("\u00a0", " ")


def test_summary_pdf_shows_totals_accents_euros_and_literal_markup(
    ctx: AppContext, tmp_path: Path
) -> None:
    """January 2025 of ameli_2025-01.csv: paid 1 429,64 €, reimbursed 1 106,54 €, out of pocket
    323,10 €. A nature typed as ``<b>Dr & Co</b>`` is printed as typed, not as bold markup."""
    PeopleService(ctx).add(PersonDetails("Paul Lebrun", nir=NIR))
    PeopleService(ctx).add(PersonDetails("Zoé Lebrun"))
    ImportService(ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    service = ReimbursementService(ctx)
    line = service.page(LineFilter(text="dentaires"))[0]
    details = line.details()
    service.update(
        line.id,
        type(details)(
            *(getattr(details, f) for f in details.__slots__[:3]),
            "<b>Dr & Co</b>",
            *(getattr(details, f) for f in details.__slots__[4:]),
        ),
    )

    path = service.export_pdf(LineFilter.year(2025), tmp_path / "summary.pdf")

    text = text_of(path)
    assert "Reimbursement summary (remboursements)" in text
    assert "Year 2025" in text
    assert "1\u202f429,64 €" in text  # narrow no-break space between thousands
    assert "1\u202f106,54 €" in text
    assert "323,10 €" in text
    assert "Zoé Lebrun" in text
    assert "MARTIN Éloïse" in text
    assert "Kinésithérapie" in text
    assert "<b>Dr & Co</b>" in text
    assert "•" * 11 + "8491" in text
    assert NIR not in text
    assert "Generated on 25/11/2026 10:00" in text
    pages = PdfReader(path).pages
    assert f"1 / {len(pages)}" in pages[0].extract_text()


def test_the_line_list_is_chunked_with_a_header_per_table() -> None:
    lines = [
        SummaryLine(date(2025, 1, 1), "Zoé", "Consultation", 3000, 1900, None, 1100)
        for _ in range(120)
    ]

    tables = list(line_tables(lines, chunk=50))

    assert [len(t._cellvalues) for t in tables] == [51, 51, 21]  # each with its header row
    # a header too wide for its column is a Paragraph (it wraps, or shrinks a little)
    assert [getattr(cell, "text", cell) for cell in tables[0]._cellvalues[0]][3:] == [
        "Paid",
        "Reimbursed",
        "Complementary",
        "Out of pocket",
    ]


def test_long_natures_wrap_in_their_column(tmp_path: Path) -> None:
    """Printed whole, over several lines of its cell (tests/unit/exports/test_pdf_layout.py checks
    that nothing leaves its column)."""
    long_nature = "Hospitalisation complète en service de chirurgie orthopédique " * 3
    path = tmp_path / "long.pdf"
    build_reimbursement_summary(
        path,
        period="Year 2025",
        people=[PersonHeading("Zoé Lebrun", "")],
        total=TotalsRow("Total", 1, 100, 50, 0, 50),
        by_person=[],
        by_nature=[TotalsRow(long_nature, 1, 100, 50, 0, 50)],
        by_month=[TotalsRow("2025-01", 1, 100, 50, 0, 50)],
        lines=[SummaryLine(date(2025, 1, 1), "Zoé Lebrun", long_nature, 100, 50, None, 50)],
        generated=datetime(2026, 11, 25, 10, tzinfo=PARIS),
    )

    text = text_of(path)
    assert "01/2025" in text
    words = " ".join(text.split())
    assert words.count(" ".join(long_nature.split())) == 2  # per nature of care, and the line
    assert "…" not in text
