"""The provisional-CEAM reminder PDF, rendered for real and read back with pypdf."""

import re
from datetime import date, datetime
from pathlib import Path

import pypdf

from ameli_desktop.domain.ceam import (
    CeamHolder,
    TripStatus,
    check_trip,
    make_card,
    make_provisional,
    make_trip,
)
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.exports.pdf.ceam_reminder import (
    ReminderTraveller,
    ReminderTrip,
    render_ceam_reminder,
)

D = date.fromisoformat
TODAY = D("2026-07-03")  # a week before leaving: past the order-by date (25/06)
GENERATED = datetime(2026, 7, 3, 9, 30, tzinfo=PARIS)
SPAIN = make_trip("ES", D("2026-07-10"), D("2026-07-24"))
TRIP = ReminderTrip(7, "ES", SPAIN.departure, SPAIN.return_date, "Summer <holiday> & sea")


def traveller(name: str, holder: CeamHolder, nir: str = "") -> ReminderTraveller:
    """As the service builds it: the covering card's number and expiry pre-filled, else blank."""
    check = check_trip(holder, SPAIN, TODAY)
    card = holder.card
    covered_by_card = (
        check.status is TripStatus.COVERED
        and card is not None
        and card.expires >= SPAIN.return_date
    )
    return ReminderTraveller(
        name,
        check,
        nir,
        card.number if covered_by_card and card else "",
        card.expires if covered_by_card and card else None,
    )


def family() -> list[ReminderTraveller]:
    """Anne: card to 01/05/2027 (covered). Léo: card expired 01/05/2026 (missing, past the
    order-by date: certificate between 03/07 and 10/07). Zoé: certificate 15/04 -> 15/07, ends
    mid-trip. Papi: S1 holder (Belgium)."""
    return [
        traveller(
            "Anne <b>Martin</b>",
            CeamHolder(card=make_card(D("2025-05-01"), number="80250001")),
            "•••••••••••8436",
        ),
        traveller("Léo Martin", CeamHolder(card=make_card(D("2024-05-01")))),
        traveller("Zoé Martin", CeamHolder(provisional=(make_provisional(D("2026-04-15")),))),
        traveller("Papi", CeamHolder(s1_holder=True, s1_country="BE")),
    ]


def read_back(path: Path) -> tuple[int, str]:
    reader = pypdf.PdfReader(path)
    words = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", words)


def between(text: str, start: str, end: str) -> str:
    return text[text.index(start) + len(start) : text.index(end, text.index(start))]


def test_reminder_lists_each_traveller_with_status_action_and_date(tmp_path: Path) -> None:
    target = tmp_path / "reminder.pdf"
    data = render_ceam_reminder(target, TRIP, family(), today=TODAY, generated=GENERATED)
    assert target.read_bytes() == data
    pages, text = read_back(target)
    assert pages == 1
    assert "CEAM reminder: Spain, 10/07/2026 to 24/07/2026" in text
    assert "Trip 7: Summer <holiday> & sea · situation on 03/07/2026" in text  # escaped, intact
    assert "Generated on 03/07/2026 09:30" in text

    anne = between(text, "Anne <b>Martin</b>", "Léo Martin")
    assert "NIR •••••••••••8436" in anne
    assert "Covered (until 01/05/2027)" in anne
    assert "valid until 01/05/2027" in anne

    leo = between(text, "Léo Martin", "Zoé Martin")
    assert "No valid card" in leo
    assert "The CEAM expired on 01/05/2026" in leo
    assert "between 03/07/2026 and 10/07/2026" in leo
    assert leo.strip().endswith("10/07/2026")  # the "By" column

    zoe = between(text, "Zoé Martin", "Papi")
    assert "Expires during the trip (last day 15/07/2026)" in zoe
    assert "The provisional certificate ends on 15/07/2026" in zoe

    papi = between(text, "Papi", "How to get")
    assert "S1 holder: no French CEAM" in papi
    assert "Belgium" in papi


def test_reminder_says_how_to_get_a_certificate_where_it_works_and_112(tmp_path: Path) -> None:
    _pages, text = read_back(_render(tmp_path, family()))
    assert "Mes démarches" in text
    assert "certificat provisoire de remplacement" in text
    assert "valid 3 months" in text
    for country in ("Switzerland", "United Kingdom", "Norway", "Ireland", "Spain"):
        assert country in text
    assert "Call 112" in text
    assert "+33 1 84 90 36 46" in text
    numbers = text[text.index("Certificate numbers (fill in)") :]
    # Anne's covering card is pre-filled; Léo's expired card is not (room to write instead).
    assert "Anne <b>Martin</b> 80250001 01/05/2027" in numbers
    assert "01/05/2026" not in numbers
    assert "Papi" in numbers


def test_many_travellers_fit_on_two_pages_at_most(tmp_path: Path) -> None:
    many = [
        traveller(f"Traveller {n}", CeamHolder(card=make_card(D("2024-05-01")))) for n in range(12)
    ]
    pages, text = read_back(_render(tmp_path, many))
    assert pages <= 2
    assert "Traveller 11" in text


def test_rendering_is_byte_stable(tmp_path: Path) -> None:
    first = render_ceam_reminder(None, TRIP, family(), today=TODAY, generated=GENERATED)
    second = render_ceam_reminder(None, TRIP, family(), today=TODAY, generated=GENERATED)
    assert first == second


def _render(tmp_path: Path, travellers: list[ReminderTraveller]) -> Path:
    target = tmp_path / "r.pdf"
    render_ceam_reminder(target, TRIP, travellers, today=TODAY, generated=GENERATED)
    return target
