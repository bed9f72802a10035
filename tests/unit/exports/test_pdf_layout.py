"""What every PDF's layout promises (exports/pdf/base.py), read back from the rendered files.

The four documents are made for a household whose texts are as long as the app accepts (a name
of many parts, a nature of care of a hundred characters, a word with no space, markup typed as
text, an amount in the millions), in English and in French. Then, from the positions pypdf reads
back (tests/pdf_layout.py): the footer never prints over the page number, no two texts print
over each other, and every text of the list of lines stays inside its column.
"""

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ameli_desktop.domain.appointments import AppointmentDetails
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.domain.schengen import StayDetails
from ameli_desktop.domain.texts import ENGLISH, Language
from ameli_desktop.exports.pdf.base import (
    FONT,
    FOOTER_BASELINE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_WIDTH,
    fit,
    styles,
    text_width,
    wrap_words,
)
from ameli_desktop.exports.pdf.reimbursements import (
    LINE_WIDTHS,
    MEASURES,
    PersonHeading,
    SummaryLine,
    TotalsRow,
    build_reimbursement_summary,
)
from ameli_desktop.services.appointments import AppointmentService
from ameli_desktop.services.ceam import CeamService
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.travel import TravelService
from ameli_desktop.services.trips import TripDetails, TripService
from tests.french import FRENCH
from tests.pdf_layout import Box, overlaps, text_boxes

GENERATED = datetime(2026, 11, 25, 10, 0, tzinfo=PARIS)
LONG_NAME = "Marie-Antoinette Josèphe Jeanne de Habsbourg-Lorraine <b>&amp;</b> Dupont-Aignan"
NATURES = (
    "Transport sanitaire en véhicule sanitaire léger (VSL) aller-retour domicile – centre"
    " hospitalier universitaire de Bordeaux",
    "W" * 60,  # no space at all, and the widest letter
    "Consultation <img src='/etc/passwd'/> & co",
    "Pharmacie",
)
LANGUAGES = pytest.mark.parametrize("language", [ENGLISH, FRENCH], ids=["en", "fr"])


def summary_lines(count: int = 60) -> list[SummaryLine]:
    lines = []
    for i in range(count):
        # 1 234 567,89 € fits its column; 12 345 678 901,23 € is set smaller
        paid = {3: 123_456_789, 5: 1_234_567_890_123}.get(i, 2500 + i * 37)
        lines.append(
            SummaryLine(
                date(2026, 1, 1 + i % 28),
                LONG_NAME if i % 2 else "Zoé",
                NATURES[i % len(NATURES)],
                paid,
                paid * 7 // 10,
                -paid // 10 if i % 5 == 0 else None,
                paid - paid * 7 // 10,
            )
        )
    return lines


def reimbursement_summary(language: Language) -> bytes:
    lines = summary_lines()
    row = TotalsRow("Total", len(lines), 123_999_999, 86_799_999, -12_345_678, 49_545_678)
    return build_reimbursement_summary(
        None,
        period="2026",
        people=[PersonHeading(LONG_NAME, "•••••••••••8491"), PersonHeading("Zoé", "")],
        total=row,
        by_person=[TotalsRow(LONG_NAME, *_amounts(row)), TotalsRow("Zoé", *_amounts(row))],
        by_nature=[TotalsRow(nature, *_amounts(row)) for nature in NATURES],
        by_month=[TotalsRow("2026-01", *_amounts(row))],
        lines=lines,
        generated=GENERATED,
        language=language,
    )


def _amounts(row: TotalsRow) -> tuple[int, int, int, int, int]:
    return (
        row.lines,
        row.paid_cents,
        row.reimbursed_cents,
        row.complementary_cents,
        row.out_of_pocket_cents,
    )


@pytest.fixture
def household(ctx: AppContext) -> AppContext:
    """Two people, the first with a name as long as they come, a stay, a trip, an appointment."""
    people = PeopleService(ctx)
    long = people.add(PersonDetails(LONG_NAME, nir="185057800608491")).id
    zoe = people.add(PersonDetails("Zoé Lebrun")).id
    TravelService(ctx).add_stay(
        long,
        StayDetails(
            date(2026, 3, 1),
            date(2026, 3, 20),
            entry_port="Paris-Charles-de-Gaulle terminal 2E K",
            exit_port="Calais <i>ferry</i> & co WWWWWWWWWWWW",
            passport="PASSEPORTBRITANNIQUE123456789ABCDEFGHIJ",
            stamped_entry=False,
        ),
    )
    TripService(ctx).add(
        TripDetails((long, zoe), "ES", date(2026, 12, 2), date(2026, 12, 16), "Half-term " * 8)
    )
    AppointmentService(ctx).add(
        long,
        AppointmentDetails(
            datetime(2026, 11, 27, 10, 30, tzinfo=PARIS),
            "Indemnités journalières non versées depuis l'arrêt du 3 mars; " * 8 + "<b>?</b>",
            place="Caisse primaire d'assurance maladie de la Gironde, place de l'Europe, 33085"
            " Bordeaux Cedex " + "W" * 50,
        ),
    )
    return ctx


def documents(ctx: AppContext, language: Language, folder: Path) -> dict[str, bytes]:
    trip = TripService(ctx).all()[0].id
    made = {
        "travel": TravelService(ctx).export_pdf(folder / "t.pdf", language=language),
        "appointments": AppointmentService(ctx).export_pdf(folder / "a.pdf", language=language),
    }
    result = {name: path.read_bytes() for name, path in made.items()}
    result["ceam-reminder"] = CeamService(ctx).reminder_pdf(trip, None, language=language)
    result["reimbursements"] = reimbursement_summary(language)
    return result


def footer_boxes(boxes: list[Box]) -> list[Box]:
    return [b for b in boxes if b.y1 < MARGIN_BOTTOM]


@LANGUAGES
def test_the_footer_never_prints_over_the_page_number(
    household: AppContext, language: Language, tmp_path: Path
) -> None:
    for name, pdf in documents(household, language, tmp_path).items():
        boxes = text_boxes(pdf)
        pages = max(b.page for b in boxes)
        footer = footer_boxes(boxes)
        for page in range(1, pages + 1):
            on_page = [b for b in footer if b.page == page]
            [number] = [b for b in on_page if b.text == f"{page} / {pages}"]
            assert number.y0 < FOOTER_BASELINE < number.y1, name
            assert number.x1 == pytest.approx(PAGE_WIDTH - MARGIN_RIGHT, abs=0.5), name
            texts = [b for b in on_page if b is not number]
            assert texts, f"{name}, page {page}: no footer text"
            assert not [b for b in texts if b.overlaps(number)], f"{name}, page {page}"
            assert all(b.x0 >= MARGIN_LEFT - 0.5 and b.x1 < number.x0 for b in texts), name
        assert overlaps(boxes) == [], name  # nor anything else over anything else


@LANGUAGES
def test_every_text_of_the_list_of_lines_stays_in_its_column(language: Language) -> None:
    """Long natures, a long name and a word without spaces wrap; 1 234 567,89 € stays whole."""
    boxes = text_boxes(reimbursement_summary(language))
    heading = language.tr("ReimbursementSummary", "Every line")
    [start] = [b for b in boxes if b.text == heading]
    in_lines = [
        b for b in boxes if (b.page, -b.y0) > (start.page, -start.y0) and b.y1 > MARGIN_BOTTOM
    ]
    edges = [MARGIN_LEFT]
    for width in LINE_WIDTHS:
        edges.append(edges[-1] + width)
    assert in_lines
    for box in in_lines:
        column = max(i for i, edge in enumerate(edges[:-1]) if edge <= box.x0 + 0.01)
        assert box.x1 <= edges[column + 1] + 0.01, f"{box.text!r} runs out of column {column}"
    texts = " ".join(b.text for b in in_lines)
    # whole, on one line (pypdf reads U+00A0 as " ")
    assert "1\u202f234\u202f567,89 €" in texts
    [huge] = [b for b in in_lines if b.text == "12\u202f345\u202f678\u202f901,23 €"]
    assert huge.size < 7
    assert "Bordeaux" in texts  # wrapped, not cut with an ellipsis
    assert "…" not in texts
    assert "<img src='/etc/passwd'/>" in texts  # markup printed as typed


@LANGUAGES
def test_each_measure_has_one_name_across_the_summary(language: Language) -> None:
    """The names of the Reimbursements tab, in every table's header; ameli.fr's French terms
    only in the legend."""
    text = " ".join(b.text for b in text_boxes(reimbursement_summary(language)))
    for measure in MEASURES:
        name = language.tr("ReimbursementSummary", measure)
        # totals, per person, per nature, per month, the list of lines, and the legend
        assert text.count(name) >= 6, name
    for other in ("Own share", "Compl.", "Mutuelle (AMC)", "Refund", "À charge", "(payé)"):
        assert other not in text


@given(
    text=st.text(
        alphabet=st.sampled_from("aW mi€0,. -–éÉ\u202f\u00a0<&>"), min_size=0, max_size=120
    ),
    width=st.floats(min_value=8, max_value=300),
    lines=st.integers(min_value=1, max_value=3),
)
@settings(max_examples=150, deadline=None)
def test_footer_lines_are_never_wider_than_their_room(text: str, width: float, lines: int) -> None:
    wrapped = wrap_words(text, FONT, 7.5, width, lines)
    assert len(wrapped) <= lines
    assert all(text_width(line, FONT, 7.5) <= width for line in wrapped)
    words = " ".join(re.split(r"[^\S\u00a0\u202f]+", text.strip()))
    if words and text_width(words, FONT, 7.5) <= width:
        assert wrapped == [words]  # what fits stays as it is, on one line


def test_a_cell_text_is_plain_when_it_fits_and_a_paragraph_when_it_does_not() -> None:
    cell = styles().cell
    assert fit("Pharmacie", 100, cell) == "Pharmacie"  # drawn by the Table as it is: fast
    wrapped = fit("Consultation du médecin spécialiste", 60, cell)
    assert wrapped.style is cell  # wraps at its size: every word fits the cell
    assert fit("<b>x</b> " * 20, 60, cell).text.startswith("&lt;b&gt;x&lt;/b&gt;")
    shrunk = fit("Complémentaire", 70, styles().cell_bold)  # one word, 79 pt wide at 8.5 pt
    assert 0.8 * 8.5 <= shrunk.style.fontSize < 8.5
    assert text_width("Complémentaire", shrunk.style.fontName, shrunk.style.fontSize) <= 70
    amount = fit("1\u202f234\u202f567,89\u00a0€", 40, styles().cell_right, whole=True)
    assert text_width(amount.text, FONT, amount.style.fontSize) <= 40  # one line, smaller
