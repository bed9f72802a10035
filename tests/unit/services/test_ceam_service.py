"""CEAM service: cards, certificates, S1, trip checks, attention, the reminder PDF and the .ics.

Today is 25/11/2026 (tests/conftest.py). The family of the brief leaves for Spain next week,
02/12/2026 -> 16/12/2026; the order-by date, 17/11/2026, is past.
"""

import re
from datetime import date
from pathlib import Path

import pypdf
import pytest
from icalendar import Calendar

from ameli_desktop.domain.ceam import ActionKind, CoverageState, TripStatus
from ameli_desktop.domain.errors import NotFoundError, UserError
from ameli_desktop.domain.people import PersonDetails, Role
from ameli_desktop.services.attention import Severity
from ameli_desktop.services.ceam import CeamService
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService, PersonRecord
from ameli_desktop.services.trips import TripDetails, TripService

D = date.fromisoformat
NIR = "185057800608491"


def family(ctx: AppContext) -> dict[str, PersonRecord]:
    people = PeopleService(ctx)
    return {
        "zoe": people.add(PersonDetails("Zoé Martin", D("1985-05-12"), Role.HOLDER, NIR)),
        "leo": people.add(PersonDetails("Léo Martin", D("2014-12-20"), Role.CHILD)),
        "papi": people.add(PersonDetails("Papi", D("1950-01-01"), Role.OTHER, None, True)),
    }


def spain(ctx: AppContext, people: dict[str, PersonRecord]) -> int:
    return (
        TripService(ctx)
        .add(
            TripDetails(
                tuple(p.id for p in people.values()), "ES", D("2026-12-02"), D("2026-12-16"), "Noël"
            )
        )
        .id
    )


def test_a_card_expires_two_years_after_issue_and_can_be_replaced(ctx: AppContext) -> None:
    zoe = family(ctx)["zoe"]
    ceam = CeamService(ctx)
    card = ceam.set_card(zoe.id, D("2024-02-29"), number=" 80 25 ")
    assert (card.expires, card.number) == (D("2026-02-28"), "80 25")
    again = ceam.set_card(zoe.id, D("2026-01-10"), D("2027-06-30"))
    assert again.id == card.id
    assert (again.issued, again.expires, again.number) == (D("2026-01-10"), D("2027-06-30"), "")
    ceam.remove_card(zoe.id)
    assert ceam.person(zoe.id).card is None


@pytest.mark.parametrize(
    ("issued", "expires", "field"),
    [("2026-11-26", None, "issued"), ("2026-01-10", "2026-01-10", "expires")],
)
def test_bad_card_dates_are_refused_naming_the_field(
    ctx: AppContext, issued: str, expires: str | None, field: str
) -> None:
    zoe = family(ctx)["zoe"]
    with pytest.raises(UserError) as caught:
        CeamService(ctx).set_card(zoe.id, D(issued), D(expires) if expires else None)
    assert caught.value.field == field
    assert CeamService(ctx).person(zoe.id).card is None


def test_unknown_people_are_refused(ctx: AppContext) -> None:
    with pytest.raises(NotFoundError):
        CeamService(ctx).set_card(42, D("2026-01-10"))
    with pytest.raises(NotFoundError):
        CeamService(ctx).person(42)


def test_coverage_table_colours_everyone(ctx: AppContext) -> None:
    """Zoé: expires 24/01/2027, 60 days after 25/11 -> expiring soon. Léo: expired 01/05/2026.
    Papi: S1. A fourth person without anything: missing."""
    people = family(ctx)
    PeopleService(ctx).add(PersonDetails("Zed"))
    ceam = CeamService(ctx)
    ceam.set_card(people["zoe"].id, D("2025-01-24"))
    ceam.set_card(people["leo"].id, D("2024-05-01"))
    states = {p.person.name: (p.coverage.state, p.coverage.days_remaining) for p in ceam.people()}
    assert states == {
        "Zoé Martin": (CoverageState.EXPIRING_SOON, 60),
        "Léo Martin": (CoverageState.EXPIRED, None),
        "Papi": (CoverageState.NOT_ELIGIBLE_S1, None),
        "Zed": (CoverageState.MISSING, None),
    }
    ceam.set_card(people["zoe"].id, D("2025-01-25"))
    assert ceam.person(people["zoe"].id).coverage.state is CoverageState.VALID


def test_the_family_leaving_next_week(ctx: AppContext) -> None:
    """Zoé's card is valid to 2027; Léo's expired 01/05/2026; Papi is an S1 holder (Belgium).
    Order-by 17/11 is past: Léo needs a provisional certificate, downloadable from today, before
    02/12; downloaded today it lasts to 25/02/2027, past the return."""
    people = family(ctx)
    ceam = CeamService(ctx)
    ceam.set_card(people["zoe"].id, D("2025-06-01"), number="8025")
    ceam.set_card(people["leo"].id, D("2024-05-01"))
    ceam.set_s1_country(people["papi"].id, "be")
    checks = ceam.trip_checks(spain(ctx, people))
    by_name = {t.person.person.name: t.check for t in checks.travellers}
    assert by_name["Zoé Martin"].status is TripStatus.COVERED
    leo = by_name["Léo Martin"]
    assert leo.status is TripStatus.MISSING
    assert leo.action_kind is ActionKind.PROVISIONAL
    assert leo.deadline == D("2026-12-02")
    assert leo.provisional is not None
    assert (leo.provisional.download_from, leo.provisional.valid_until) == (
        D("2026-11-25"),
        D("2027-02-25"),
    )
    assert by_name["Papi"].status is TripStatus.NOT_ELIGIBLE_S1
    assert "Belgium" in str(by_name["Papi"].action)
    assert checks.worst is TripStatus.MISSING
    assert checks.next_deadline == D("2026-12-02")

    # Léo downloads the certificate today: now everyone who can be is covered.
    ceam.add_provisional(people["leo"].id, D("2026-11-25"), number="CPR-1")
    again = {t.person.person.name: t for t in ceam.trip_checks(checks.trip.id).travellers}
    assert again["Léo Martin"].check.status is TripStatus.COVERED
    line = again["Léo Martin"].reminder(checks.trip.plan)
    assert (line.cover_number, line.cover_until) == ("CPR-1", D("2027-02-25"))


def test_attention_lists_what_to_do_with_dates(ctx: AppContext) -> None:
    people = family(ctx)
    ceam = CeamService(ctx)
    ceam.set_card(people["zoe"].id, D("2025-01-20"))  # expires 20/01/2027: 56 days
    ceam.set_card(people["leo"].id, D("2024-05-01"))
    spain(ctx, people)
    TripService(ctx).add(
        TripDetails((people["zoe"].id,), "GB", D("2027-03-10"), D("2027-03-14"))
    )  # order by 23/02/2027
    items = sorted(ceam.attention(), key=lambda i: (i.due or date.max, i.title))
    summary = [(i.severity, i.text(), i.due) for i in items]
    assert summary == [
        (
            Severity.URGENT,
            "Download a provisional CEAM certificate for Léo Martin (trip to Spain)",
            D("2026-12-02"),
        ),
        (
            Severity.SOON,
            "Zoé Martin's CEAM expires on 20/01/2027",
            D("2027-01-20"),
        ),
        (
            Severity.SOON,
            "Zoé Martin is not covered for the trip to United Kingdom on 10/03/2027",
            D("2027-02-23"),
        ),
        (Severity.INFO, "Papi (S1) needs a card from the S1 country for Spain", None),
    ]
    assert items[2].detail_text() == "Order a new CEAM on ameli.fr by 23/02/2027."
    assert all(i.area == "ceam" for i in items)


def test_attention_for_a_long_trip_gives_the_certificate_window(ctx: AppContext) -> None:
    """Léo has no card; both order-by dates are past (departure - 15 days).

    To Spain from 09/12/2026 to 05/03/2027: a certificate lasts 3 months, so one downloaded
    before 05/12/2026 would end before the return: download it between 05/12 and 09/12.
    To Italy from 01/12/2026 to 01/04/2027: even one downloaded on the departure day ends on
    01/03/2027, before the return: say so, and to order a card as well.
    """
    leo = family(ctx)["leo"]
    trips = TripService(ctx)
    trips.add(TripDetails((leo.id,), "ES", D("2026-12-09"), D("2027-03-05")))
    trips.add(TripDetails((leo.id,), "IT", D("2026-12-01"), D("2027-04-01")))
    items = sorted(CeamService(ctx).attention(), key=lambda i: i.due or date.max)
    assert [(i.severity, i.due, i.detail_text()) for i in items] == [
        (
            Severity.URGENT,
            D("2026-12-01"),
            "Too late to order a card: get the certificate on ameli.fr on 01/12/2026; it ends on"
            " 01/03/2027, before the return: order a new CEAM now as well.",
        ),
        (
            Severity.URGENT,
            D("2026-12-09"),
            "Too late to order a card: get the certificate on ameli.fr between 05/12/2026 and"
            " 09/12/2026, not earlier, so that it lasts until the return.",
        ),
    ]


def test_attention_says_one_day_left_in_the_singular(ctx: AppContext) -> None:
    """Issued on 26/11/2024, the card expires tomorrow, 26/11/2026."""
    zoe = family(ctx)["zoe"]
    CeamService(ctx).set_card(zoe.id, D("2024-11-26"))
    [item] = CeamService(ctx).attention()
    assert item.detail_text() == "1 day left. Order a new card on ameli.fr (Mes démarches)."


def test_a_certificate_ending_soon_links_to_the_person(ctx: AppContext) -> None:
    """Léo has no card, only a certificate downloaded on 01/10/2026: valid until 01/01/2027, 37
    days ahead. The line opens his row (there is no card to open)."""
    leo = family(ctx)["leo"]
    CeamService(ctx).add_provisional(leo.id, D("2026-10-01"))
    [item] = CeamService(ctx).attention()
    assert (item.text(), item.due) == ("Léo Martin's CEAM expires on 01/01/2027", D("2027-01-01"))
    assert (item.record_kind, item.record_id) == ("person", leo.id)


def test_ceam_check_without_a_country(ctx: AppContext) -> None:
    zoe = family(ctx)["zoe"]
    ceam = CeamService(ctx)
    ceam.set_card(zoe.id, D("2025-01-20"))
    check = ceam.check(zoe.id, D("2027-01-10"), D("2027-01-25"))
    assert check.to_json() == {
        "status": "expires_during_trip",
        "action": "The CEAM expires on 20/01/2027, during the trip. Order a new CEAM on ameli.fr"
        " (Mes démarches) by 26/12/2026, 15 days before leaving, so that it arrives in time.",
        "deadline": "2026-12-26",
    }
    assert ceam.check(zoe.id, D("2027-01-10"), D("2027-01-25"), "US").status is (
        TripStatus.NOT_NEEDED
    )
    with pytest.raises(UserError) as caught:
        ceam.check(zoe.id, D("2027-01-10"), D("2027-01-09"))
    assert caught.value.field == "return_date"


def test_provisional_certificates_are_validated_and_removable(ctx: AppContext) -> None:
    leo = family(ctx)["leo"]
    ceam = CeamService(ctx)
    with pytest.raises(UserError) as caught:
        ceam.add_provisional(leo.id, D("2026-11-26"))
    assert caught.value.field == "start"
    certificate = ceam.add_provisional(leo.id, D("2026-11-20"))
    assert certificate.end == D("2027-02-20")
    assert ceam.person(leo.id).coverage.by_provisional
    ceam.remove_provisional(certificate.id)
    assert ceam.person(leo.id).provisional == ()
    with pytest.raises(UserError) as caught:
        ceam.set_s1_country(leo.id, "Belgium")
    assert caught.value.field == "s1_country"


def test_removing_a_person_takes_their_ceam_records(ctx: AppContext) -> None:
    leo = family(ctx)["leo"]
    ceam = CeamService(ctx)
    ceam.set_card(leo.id, D("2025-01-20"))
    ceam.add_provisional(leo.id, D("2026-11-01"))
    labels = {d.label: d.count for d in PeopleService(ctx).dependents(leo.id)}
    assert labels == {"CEAM cards": 1, "provisional CEAM certificates": 1}
    PeopleService(ctx).remove(leo.id)
    assert ceam.people(leo.id) == []


def test_reminder_pdf_of_a_trip(ctx: AppContext, tmp_path: Path) -> None:
    people = family(ctx)
    ceam = CeamService(ctx)
    ceam.set_card(people["zoe"].id, D("2025-06-01"), number="8025 0001")
    ceam.set_card(people["leo"].id, D("2024-05-01"))
    trip_id = spain(ctx, people)
    target = tmp_path / "reminder.pdf"
    ceam.reminder_pdf(trip_id, target)
    reader = pypdf.PdfReader(target)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    assert len(reader.pages) == 1
    assert "CEAM reminder: Spain, 02/12/2026 to 16/12/2026" in text
    assert "Trip " + str(trip_id) + ": Noël · situation on 25/11/2026" in text
    assert "NIR •••••••••••8491" in text
    assert NIR not in text
    assert "Covered (until 01/06/2027)" in text
    assert "The CEAM expired on 01/05/2026" in text
    assert "between 25/11/2026 and 02/12/2026" in text
    assert "S1 holder: no French CEAM" in text
    assert "Zoé Martin 8025 0001 01/06/2027" in text  # the covering card's number, pre-filled


def test_deadlines_calendar_round_trips(ctx: AppContext, tmp_path: Path) -> None:
    """Zoé's card expires 20/01/2027; the UK trip (10/03/2027) needs a card ordered by 23/02;
    the past Italian trip gives no event."""
    zoe = family(ctx)["zoe"].id
    ceam = CeamService(ctx)
    ceam.set_card(zoe, D("2025-01-20"))
    uk = TripService(ctx).add(TripDetails((zoe,), "GB", D("2027-03-10"), D("2027-03-14"))).id
    TripService(ctx).add(TripDetails((zoe,), "IT", D("2026-01-10"), D("2026-01-14")))
    path = ceam.export_ics(tmp_path / "ceam.ics")
    events = {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    expiry_uid = f"ceam-expiry-{zoe}@ameli-desktop.local"
    order_uid = f"ceam-order-by-{uk}-{zoe}@ameli-desktop.local"
    assert sorted(events) == sorted([expiry_uid, order_uid])
    assert events[expiry_uid].decoded("DTSTART") == D("2027-01-20")
    assert events[order_uid].decoded("DTSTART") == D("2027-02-23")
    assert str(events[order_uid]["SUMMARY"]) == (
        "Order a CEAM for Zoé Martin (trip to United Kingdom on 10/03/2027)"
    )
