"""The Overview tab through the real main window: each kind of item appears for the right data and
disappears when the user resolves it, the tab title counts what is pressing, a line opens its
record, the household selector filters.

Today is Wednesday 25/11/2026, 10:00 in Paris (tests/conftest.py). Data is entered through the
services and announced with ``ui.notify(topic)``, as the tabs and dialogs do.
"""

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ameli_desktop.domain.appointments import AppointmentDetails, Category, Status
from ameli_desktop.domain.claims import ClaimDetails, ClaimKind
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.people import PersonDetails, Role
from ameli_desktop.domain.schengen import Nationality, StayDetails
from ameli_desktop.domain.vitale import CardStatus, OrderChannel, OrderStep
from ameli_desktop.services.appointments import AppointmentService
from ameli_desktop.services.ceam import CeamService
from ameli_desktop.services.claims import ClaimService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from ameli_desktop.services.travel import TravelService
from ameli_desktop.services.trips import TripDetails, TripService
from ameli_desktop.services.vitale import VitaleService
from ameli_desktop.ui.models.overview import OverviewModel
from ameli_desktop.ui.tabs.overview import OverviewTab

D = date.fromisoformat
STATEMENT_HEADER = (
    "Date des soins;Date de paiement;Bénéficiaire;Prestation;Professionnel de santé;"
    "Montant payé;Base de remboursement;Taux;Montant remboursé\n"
)


@dataclass(frozen=True)
class Line:
    """One Overview line as shown."""

    severity: str
    what: str
    detail: str
    when: str
    person: str


@pytest.fixture
def family(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The Martins are French citizens; Sam Lee has another passport and no permit."""
    people = PeopleService(ctx)
    eu, other = Nationality.EU_EEA_CH, Nationality.OTHER
    return {
        "zoe": people.add(
            PersonDetails("Zoé Martin", D("1985-05-12"), Role.HOLDER, nationality=eu)
        ).id,
        "leo": people.add(
            PersonDetails("Léo Martin", D("2010-03-03"), Role.CHILD, nationality=eu)
        ).id,
        "sam": people.add(
            PersonDetails("Sam Lee", D("1980-02-02"), Role.OTHER, nationality=other)
        ).id,
    }


@pytest.fixture
def window(family, main_window):  # type: ignore[no-untyped-def]
    """The main window on the Overview, with the family known to every tab."""
    main_window.ui.notify("people")
    main_window.show_tab("overview")
    return main_window


def overview(window) -> OverviewTab:  # type: ignore[no-untyped-def]
    tab = window.tab("overview")
    assert isinstance(tab, OverviewTab)
    return tab


def lines(window) -> list[Line]:  # type: ignore[no-untyped-def]
    """The lines in the order shown (the table's own sort)."""
    proxy = overview(window).proxy
    return [
        Line(*(proxy.index(row, column).data() for column in range(5)))
        for row in range(proxy.rowCount())
    ]


def find(window, start: str) -> Line | None:  # type: ignore[no-untyped-def]
    found = [line for line in lines(window) if line.what.startswith(start)]
    assert len(found) <= 1, found
    return found[0] if found else None


def title(window) -> str:  # type: ignore[no-untyped-def]
    overview(window)  # built, so its title has its count
    return window.tabs.tabText(window.tab_index("overview")).replace("&", "")


def at(day: str, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(D(day), time(hour, minute), tzinfo=PARIS)


def import_statement(ctx, path: Path, *rows: str) -> int:  # type: ignore[no-untyped-def]
    """Import an ameli-layout statement with these rows; returns the import's batch id."""
    path.write_text(STATEMENT_HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    result = ImportService(ctx).import_file(path, ImportOptions())
    assert result.written, result
    assert not result.rejected, result
    assert result.batch_id is not None
    return result.batch_id


# ----------------------------------------------------------------------------------- basics


def test_without_people_the_overview_says_what_to_do_first(main_window) -> None:  # type: ignore[no-untyped-def]
    tab = overview(main_window)
    assert tab.stack.currentIndex() == 0
    assert "household" in tab.empty.text_label.text()
    assert title(main_window) == "Overview"


def test_nothing_to_do_says_so(window) -> None:  # type: ignore[no-untyped-def]
    tab = overview(window)
    assert tab.stack.currentIndex() == 1
    assert lines(window) == []
    assert tab.summary.text() == "Nothing needs doing: every card, trip and claim is in order."
    assert title(window) == "Overview"


# ------------------------------------------------------------------------------------- CEAM


def test_a_ceam_expiring_within_60_days(window, family) -> None:  # type: ignore[no-untyped-def]
    """A card issued on 25/01/2025 expires on 25/01/2027, 61 days after 25/11/2026: not yet.
    Issued a day earlier, it expires on 24/01/2027, 60 days ahead: warned. A new card issued
    today (valid to 25/11/2028) resolves it."""
    ceam = CeamService(window.ui.ctx)
    ceam.set_card(family["zoe"], D("2025-01-25"))
    window.ui.notify("ceam")
    assert find(window, "Zoé Martin's CEAM") is None
    assert title(window) == "Overview"

    ceam.set_card(family["zoe"], D("2025-01-24"))
    window.ui.notify("ceam")
    assert find(window, "Zoé Martin's CEAM") == Line(
        "Soon",
        "Zoé Martin's CEAM expires on 24/01/2027",
        "60 days left. Order a new card on ameli.fr (Mes démarches).",
        "24/01/2027",
        "Zoé Martin",
    )
    assert title(window) == "Overview (1)"
    assert overview(window).summary.text() == "To do now or soon: 1."

    ceam.set_card(family["zoe"], D("2026-11-25"))
    window.ui.notify("ceam")
    assert find(window, "Zoé Martin's CEAM") is None
    assert title(window) == "Overview"


def test_a_ceam_not_covering_a_planned_trip_gives_the_order_by_date(window, family) -> None:  # type: ignore[no-untyped-def]
    """Zoé's card (issued 01/06/2025) ends on 01/06/2027, before a trip to Spain from 10/07 to
    20/07/2027: order a new one by 25/06/2027 (departure - 15 days), in 7 months: "Soon".
    Léo has no card for a trip to Italy from 14/12/2026: order by 29/11/2026, 4 days ahead, so
    "Now" (7 days or less). New cards resolve both."""
    ctx = window.ui.ctx
    ceam = CeamService(ctx)
    ceam.set_card(family["zoe"], D("2025-06-01"))
    trip = TripService(ctx).add(
        TripDetails((family["zoe"],), "ES", D("2027-07-10"), D("2027-07-20"))
    )
    window.ui.notify("trips")
    assert find(window, "Zoé Martin is not covered") == Line(
        "Soon",
        "Zoé Martin is not covered for the trip to Spain on 10/07/2027",
        "Order a new CEAM on ameli.fr by 25/06/2027.",
        "25/06/2027",
        "Zoé Martin",
    )
    assert title(window) == "Overview (1)"

    TripService(ctx).add(TripDetails((family["leo"],), "IT", D("2026-12-14"), D("2026-12-20")))
    window.ui.notify("trips")
    assert find(window, "Léo Martin is not covered") == Line(
        "Now",
        "Léo Martin is not covered for the trip to Italy on 14/12/2026",
        "Order a new CEAM on ameli.fr by 29/11/2026.",
        "29/11/2026",
        "Léo Martin",
    )
    assert title(window) == "Overview (2)"
    assert lines(window)[0].what.startswith("Léo Martin is not covered")  # most pressing first

    ceam.set_card(family["zoe"], D("2026-11-20"))  # valid until 20/11/2028
    window.ui.notify("ceam")
    assert find(window, "Zoé Martin is not covered") is None
    assert title(window) == "Overview (1)"
    assert trip.id  # the trip itself stays

    ceam.set_card(family["leo"], D("2026-11-25"))
    window.ui.notify("ceam")
    assert find(window, "Léo Martin is not covered") is None
    assert title(window) == "Overview"


def test_removing_the_trip_removes_its_line(window, family) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ui.ctx
    trip = TripService(ctx).add(
        TripDetails((family["zoe"],), "PT", D("2027-04-01"), D("2027-04-08"))
    )
    window.ui.notify("trips")
    assert find(window, "Zoé Martin is not covered").when == "17/03/2027"  # type: ignore[union-attr]
    TripService(ctx).remove(trip.id)
    window.ui.notify("trips")
    assert lines(window) == []
    assert title(window) == "Overview"


def test_a_provisional_certificate_to_fetch(window, family) -> None:  # type: ignore[no-untyped-def]
    """Léo's card (issued 01/05/2024) expired on 01/05/2026; the family leaves for Spain on
    02/12/2026: the order-by date (17/11/2026) is past, so a provisional certificate must be
    downloaded by the departure. Downloaded today, it is valid until 25/02/2027, past the return
    on 16/12/2026: resolved."""
    ctx = window.ui.ctx
    ceam = CeamService(ctx)
    ceam.set_card(family["leo"], D("2024-05-01"))
    ceam.set_card(family["zoe"], D("2026-01-10"))  # valid until 10/01/2028: covered
    TripService(ctx).add(
        TripDetails((family["zoe"], family["leo"]), "ES", D("2026-12-02"), D("2026-12-16"))
    )
    window.ui.notify("trips")
    assert lines(window) == [
        Line(
            "Now",
            "Download a provisional CEAM certificate for Léo Martin (trip to Spain)",
            "Too late to order a card: get the certificate on ameli.fr by 02/12/2026.",
            "02/12/2026",
            "Léo Martin",
        )
    ]
    assert title(window) == "Overview (1)"

    ceam.add_provisional(family["leo"], D("2026-11-25"), number="CPR-1")
    window.ui.notify("ceam")
    assert lines(window) == []
    assert title(window) == "Overview"


# ------------------------------------------------------------------------------ carte Vitale


def test_a_carte_vitale_order_overdue(window, family) -> None:  # type: ignore[no-untyped-def]
    """Ordered online on 01/11/2026: expected 14 days later, on 15/11/2026, 10 days ago. An order
    by post on 10/11/2026 is expected on 01/12/2026: not late. Receiving the card resolves it."""
    ctx = window.ui.ctx
    vitale = VitaleService(ctx)
    late = vitale.place_order(family["zoe"], D("2026-11-01"))
    vitale.place_order(family["leo"], D("2026-11-10"), OrderChannel.POST)
    window.ui.notify("vitale")
    assert lines(window) == [
        Line(
            "Now",
            "Zoé Martin's carte Vitale order is overdue",
            "Expected on 15/11/2026, 10 days ago. Call 3646 or check your ameli account;"
            " meanwhile use an attestation de droits.",
            "15/11/2026",
            "Zoé Martin",
        )
    ]
    assert title(window) == "Overview (1)"

    vitale.advance_order(late.id, OrderStep.RECEIVED, D("2026-11-25"))
    window.ui.notify("vitale")
    assert lines(window) == []
    assert title(window) == "Overview"


def test_a_blocked_card_with_no_order(window, family) -> None:  # type: ignore[no-untyped-def]
    """Zoé's card lost on 24/11/2026, not ordered at once: a new one can be ordered from
    26/11/2026 (2 days later). Léo's stolen card was re-ordered at once: nothing to do. Placing
    Zoé's order resolves hers."""
    ctx = window.ui.ctx
    vitale = VitaleService(ctx)
    vitale.declare_incident(family["zoe"], CardStatus.LOST, D("2026-11-24"))
    vitale.declare_incident(family["leo"], CardStatus.STOLEN, D("2026-11-24"), ordered_at_once=True)
    window.ui.notify("vitale")
    assert lines(window) == [
        Line(
            "Soon",
            "Zoé Martin's carte Vitale is blocked: order a new one",
            "Blocked on 24/11/2026; ordering is possible from 26/11/2026.",
            "26/11/2026",
            "Zoé Martin",
        )
    ]
    assert title(window) == "Overview (1)"

    vitale.place_order(family["zoe"], D("2026-11-25"))
    window.ui.notify("vitale")
    assert lines(window) == []
    assert title(window) == "Overview"


# ------------------------------------------------------------------------------ appointments


def test_appointments_this_week(window, family) -> None:  # type: ignore[no-untyped-def]
    """This week is the next 7 days: until Wednesday 02/12/2026 10:00. The appointment of 27/11
    at 14:00 is in; the one of 02/12 at 11:00 is not. Cancelling it resolves it."""
    ctx = window.ui.ctx
    service = AppointmentService(ctx)
    soon = service.add(
        family["zoe"],
        AppointmentDetails(at("2026-11-27", 14), "Dossier arrêt de travail", Category.SICK_LEAVE),
    )
    service.add(family["leo"], AppointmentDetails(at("2026-12-02", 11), "Carte Vitale"))
    window.ui.notify("appointments")
    [line] = lines(window)
    assert line == Line(
        "Soon",
        "CPAM appointment on 27/11/2026 14:00: Sick leave (arrêt de travail)",
        line.detail,
        "27/11/2026",
        "Zoé Martin",
    )
    assert line.detail.startswith("Zoé Martin. Reason: Dossier arrêt de travail. Bring: ")
    assert title(window) == "Overview (1)"

    service.set_outcome(soon.id, Status.CANCELLED)
    window.ui.notify("appointments")
    assert lines(window) == []
    assert title(window) == "Overview"


def test_lines_are_shown_in_french_with_their_labels(window, family) -> None:  # type: ignore[no-untyped-def]
    """The appointment's category is a label of its own: translated too, not left in English."""
    from PySide6.QtCore import QCoreApplication

    from ameli_desktop.ui.i18n import install_translators

    AppointmentService(window.ui.ctx).add(
        family["zoe"],
        AppointmentDetails(at("2026-11-27", 14), "Dossier arrêt de travail", Category.SICK_LEAVE),
    )
    installed = install_translators("fr")
    try:
        assert installed
        window.ui.notify("appointments")
        [line] = lines(window)
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    assert line.what == "Rendez-vous CPAM le 27/11/2026 14:00 : Arrêt de travail"
    assert line.severity == "Bientôt"
    assert line.detail.startswith("Zoé Martin. Motif : Dossier arrêt de travail.")


def test_a_past_appointment_without_an_outcome(window, family) -> None:  # type: ignore[no-untyped-def]
    """An appointment on 20/11/2026 at 09:00 still "planned" asks what happened; one done does
    not. Recording the outcome resolves it."""
    ctx = window.ui.ctx
    service = AppointmentService(ctx)
    past = service.add(family["leo"], AppointmentDetails(at("2026-11-20", 9), "Carte Vitale"))
    service.add(
        family["zoe"],
        AppointmentDetails(at("2026-11-18", 9), "Affiliation", status=Status.DONE),
    )
    window.ui.notify("appointments")
    assert lines(window) == [
        Line(
            "Soon",
            "What happened at the appointment of 20/11/2026 09:00?",
            "Léo Martin: record whether it was done, cancelled or missed.",
            "20/11/2026",
            "Léo Martin",
        )
    ]
    assert title(window) == "Overview (1)"

    service.set_outcome(past.id, Status.DONE, "New card ordered at the desk")
    window.ui.notify("appointments")
    assert lines(window) == []
    assert title(window) == "Overview"


# ------------------------------------------------------------------------------------ claims


def test_a_claim_past_its_expected_date(window, family, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A 25,00 € feuille de soins for care on 28/09/2026, sent on 01/10, answer expected by
    01/11/2026: overdue. One expected today is not overdue yet. Importing the statement line
    that pays it (same person, same day of care, 25,00 €) settles the claim."""
    ctx = window.ui.ctx
    claims = ClaimService(ctx)
    claims.add(
        ClaimDetails(
            family["zoe"], ClaimKind.CARE, D("2026-10-01"), D("2026-11-01"), D("2026-09-28"), 2500
        )
    )
    claims.add(ClaimDetails(family["leo"], ClaimKind.CARE, D("2026-10-25"), D("2026-11-25")))
    window.ui.notify("claims")
    assert find(window, "Claim for") == Line(
        "Now",
        "Claim for Zoé Martin overdue since 01/11/2026",
        "Sent on 01/10/2026, no answer yet: call 3646 or write from your ameli account.",
        "01/11/2026",
        "Zoé Martin",
    )
    assert title(window) == "Overview (1)"

    import_statement(
        ctx,
        tmp_path / "releve.csv",
        "28/09/2026;05/10/2026;Zoé Martin;Consultation;Dr Roux;25,00 €;25,00 €;70 %;16,50 €",
    )
    window.ui.notify("reimbursements")
    assert find(window, "Claim for") is None
    assert title(window) == "Overview"


# ------------------------------------------------------------------------------------ travel


def test_schengen_days_left_per_person(window, family) -> None:  # type: ignore[no-untyped-def]
    """Sam (subject to the 90/180 rule) was in from 01/09 to 15/10/2026: 45 days in the 180
    days from 30/05/2026, so 45 left. Léo (here with another passport) has been inside since
    05/09/2026: 26 + 31 + 25 = 82 days used, 8 left, so he may stay until 03/12/2026, 8 days
    ahead: "Soon". Zoé is an EU citizen: no line. Removing the stays resolves them."""
    ctx = window.ui.ctx
    travel = TravelService(ctx)
    past = travel.add_stay(family["sam"], StayDetails(D("2026-09-01"), D("2026-10-15")))
    travel.set_nationality(family["leo"], Nationality.OTHER)
    inside = travel.add_stay(family["leo"], StayDetails(D("2026-09-05")))
    travel.add_stay(family["zoe"], StayDetails(D("2026-09-01"), D("2026-10-15")))
    window.ui.notify("travel")
    assert lines(window) == [
        Line(
            "Soon",
            "Léo Martin may stay in the Schengen area until 03/12/2026",
            "82 of 90 days used in the last 180, 8 left.",
            "03/12/2026",
            "Léo Martin",
        ),
        Line(
            "To know",
            "Sam Lee: 45 Schengen days left of 90 today",
            "45 days used in the 180 days from 30/05/2026.",
            "",
            "Sam Lee",
        ),
    ]
    assert title(window) == "Overview (1)"

    travel.remove_stay(inside.id)
    travel.remove_stay(past.id)
    window.ui.notify("travel")
    assert lines(window) == []
    assert title(window) == "Overview"


def test_an_unknown_status_is_asked_for_not_told_to_leave(qtbot, window, family) -> None:  # type: ignore[no-untyped-def]
    """Kim was added without a passport group and has been inside since 01/08/2026 (117 days):
    the Overview asks for her status, says nothing urgent and never tells her to leave; the
    line opens her card in the Travel log. A French permit holder over the limit in Spain is
    told to go back to France, not to leave the Schengen area."""
    ctx = window.ui.ctx
    travel = TravelService(ctx)
    kim = PeopleService(ctx).add(PersonDetails("Kim Unknown")).id
    travel.add_stay(kim, StayDetails(D("2026-08-01")))
    window.ui.notify("travel")
    assert lines(window) == [
        Line(
            "To know",
            "Kim Unknown: status unknown: say which passport and permits apply",
            "The 90/180-day count depends on the passport and on any residence permit or "
            "long-stay visa: give them in the Travel log (Nationality and permits).",
            "",
            "Kim Unknown",
        )
    ]
    assert title(window) == "Overview"
    activate(qtbot, window, "Kim Unknown: status unknown")
    assert window.current_tab().key == "travel_log"
    assert window.current_tab().current_person == kim

    from ameli_desktop.domain.schengen import PermitPeriod

    travel.add_permit(kim, PermitPeriod(D("2026-01-01"), D("2030-12-31")))  # French
    travel.add_stay(kim, StayDetails(D("2026-08-01"), D("2026-11-25"), "ES"))
    window.ui.notify("travel")
    window.show_tab("overview")
    assert [(line.severity, line.what, line.detail) for line in lines(window)] == [
        (
            "Now",
            "Kim Unknown is over the 90/180-day limit in the other Schengen states: 117 days used",
            "In the 180 days from 30/05/2026, outside France: go back to France now or get advice.",
        )
    ]


def test_an_overstay_risk_for_a_planned_stay(window, family) -> None:  # type: ignore[no-untyped-def]
    """Sam: 45 days from 01/09 to 15/10/2026, then a stay planned from 01/01 to 01/03/2027 (60
    days). On 01/01/2027 + k the 180-day window still holds the whole autumn stay (it starts
    after 01/09/2026 until 27/02/2027), so the count is 45 + k + 1, over 90 from k = 45:
    15/02/2027. On 01/03/2027 the window starts on 03/09/2026: 43 + 60 = 103, still over. So
    15 days over, 15/02 to 01/03/2027. Removing the planned stay resolves it."""
    ctx = window.ui.ctx
    travel = TravelService(ctx)
    travel.add_stay(family["sam"], StayDetails(D("2026-09-01"), D("2026-10-15")))
    planned = travel.add_stay(family["sam"], StayDetails(D("2027-01-01"), D("2027-03-01")))
    window.ui.notify("travel")
    assert find(window, "Sam Lee's planned stays") == Line(
        "Now",
        "Sam Lee's planned stays break the 90/180-day rule from 15/02/2027",
        "15 days over the limit, 15/02/2027 to 01/03/2027: shorten or move a stay (the planner"
        " shows what fits).",
        "15/02/2027",
        "Sam Lee",
    )
    assert title(window) == "Overview (1)"

    travel.remove_stay(planned.id)
    window.ui.notify("travel")
    assert find(window, "Sam Lee's planned stays") is None
    assert find(window, "Sam Lee: 45 Schengen days left") is not None
    assert title(window) == "Overview"


def test_a_planned_trip_counts_towards_the_overstay(window, family) -> None:  # type: ignore[no-untyped-def]
    """The same planned stay entered as a trip (the CEAM tab's list) is counted too, once."""
    ctx = window.ui.ctx
    CeamService(ctx).set_card(family["sam"], D("2026-06-01"))  # covered: no CEAM line
    TravelService(ctx).add_stay(family["sam"], StayDetails(D("2026-09-01"), D("2026-10-15")))
    trip = TripService(ctx).add(
        TripDetails((family["sam"],), "AT", D("2027-01-01"), D("2027-03-01"))
    )
    window.ui.notify("trips")
    assert find(window, "Sam Lee's planned stays").when == "15/02/2027"  # type: ignore[union-attr]
    TripService(ctx).remove(trip.id)
    window.ui.notify("trips")
    assert find(window, "Sam Lee's planned stays") is None


# ------------------------------------------------------------------------------- statements


def test_the_last_import(window, family, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Each import replaces the line with the newest one; undoing the imports removes it. It is
    worth knowing, not a task: the title does not count it."""
    ctx = window.ui.ctx
    first = import_statement(
        ctx,
        tmp_path / "releve-octobre.csv",
        "05/10/2026;09/10/2026;Zoé Martin;Consultation;Dr Roux;30,00 €;30,00 €;70 %;19,00 €",
        "12/10/2026;16/10/2026;Léo Martin;Pharmacie;Pharmacie;12,00 €;12,00 €;65 %;7,80 €",
    )
    window.ui.notify("reimbursements")
    assert find(window, "Last statement") == Line(
        "To know",
        "Last statement imported on 25/11/2026",
        "releve-octobre.csv: 2 new lines.",
        "25/11/2026",
        "",
    )
    assert title(window) == "Overview"

    second = import_statement(
        ctx,
        tmp_path / "releve-novembre.csv",
        "03/11/2026;06/11/2026;Zoé Martin;Consultation;Dr Roux;30,00 €;30,00 €;70 %;19,00 €",
    )
    window.ui.notify("reimbursements")
    assert find(window, "Last statement").detail == "releve-novembre.csv: 1 new line."  # type: ignore[union-attr]

    ImportService(ctx).undo(second)
    window.ui.notify("reimbursements")
    assert find(window, "Last statement").detail == "releve-octobre.csv: 2 new lines."  # type: ignore[union-attr]
    ImportService(ctx).undo(first)
    window.ui.notify("reimbursements")
    assert find(window, "Last statement") is None


def test_months_with_no_statement(window, family, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Lines in June and September 2026: of the complete months since June (June to October),
    July, August and October have none. Importing their statements resolves it; November is
    not over, so it is never reported."""
    ctx = window.ui.ctx
    import_statement(
        ctx,
        tmp_path / "juin-septembre.csv",
        "10/06/2026;12/06/2026;Zoé Martin;Consultation;Dr Roux;30,00 €;30,00 €;70 %;19,00 €",
        "10/09/2026;12/09/2026;Léo Martin;Pharmacie;Pharmacie;12,00 €;12,00 €;65 %;7,80 €",
    )
    window.ui.notify("reimbursements")
    assert find(window, "No statement lines") == Line(
        "To know",
        "No statement lines for 07/2026, 08/2026, 10/2026",
        "Import the statements of these months if you had care.",
        "",
        "",
    )

    import_statement(
        ctx,
        tmp_path / "juillet-octobre.csv",
        "07/07/2026;10/07/2026;Zoé Martin;Consultation;Dr Roux;30,00 €;30,00 €;70 %;19,00 €",
        "18/08/2026;21/08/2026;Zoé Martin;Pharmacie;Pharmacie;9,00 €;9,00 €;65 %;5,85 €",
        "20/10/2026;23/10/2026;Léo Martin;Consultation;Dr Roux;30,00 €;30,00 €;70 %;19,00 €",
    )
    window.ui.notify("reimbursements")
    assert find(window, "No statement lines") is None


# ------------------------------------------------------------------- links, filter, model


@pytest.fixture
def everything(window, family, tmp_path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """One of each kind of line, with the ids of the records they link to."""
    ctx = window.ui.ctx
    zoe, leo, sam = family["zoe"], family["leo"], family["sam"]
    ids = dict(family)
    ceam = CeamService(ctx)
    ids["zoe_card"] = ceam.set_card(zoe, D("2025-01-20")).id  # expires 20/01/2027
    ceam.set_card(leo, D("2024-05-01"))  # expired
    ceam.set_card(sam, D("2026-06-01"))
    trips = TripService(ctx)
    ids["spain"] = trips.add(TripDetails((zoe, leo), "ES", D("2026-12-02"), D("2026-12-16"))).id
    ids["london"] = trips.add(TripDetails((zoe,), "GB", D("2027-03-10"), D("2027-03-14"))).id
    vitale = VitaleService(ctx)
    ids["order"] = vitale.place_order(zoe, D("2026-11-01")).id
    blocked = vitale.declare_incident(leo, CardStatus.LOST, D("2026-11-24")).card
    assert blocked is not None
    ids["blocked_card"] = blocked.id
    appointments = AppointmentService(ctx)
    ids["this_week"] = appointments.add(
        zoe, AppointmentDetails(at("2026-11-27", 14), "Dossier arrêt de travail")
    ).id
    ids["past"] = appointments.add(leo, AppointmentDetails(at("2026-11-20", 9), "Carte")).id
    ids["claim"] = (
        ClaimService(ctx)
        .add(ClaimDetails(zoe, ClaimKind.CARE, D("2026-10-01"), D("2026-11-01"), D("2026-09-28")))
        .id
    )
    travel = TravelService(ctx)
    travel.set_nationality(leo, Nationality.EU_EEA_CH)  # in the log (first by name), no line
    ids["unstamped"] = travel.add_stay(
        sam, StayDetails(D("2025-03-01"), D("2025-03-20"), stamped_entry=True, stamped_exit=False)
    ).id
    travel.add_stay(sam, StayDetails(D("2026-09-01"), D("2026-10-15")))
    travel.add_stay(sam, StayDetails(D("2027-01-01"), D("2027-03-01")))
    import_statement(
        ctx,
        tmp_path / "juin-septembre.csv",
        "10/06/2026;12/06/2026;Zoé Martin;Consultation;Dr Roux;30,00 €;30,00 €;70 %;19,00 €",
        "10/09/2026;12/09/2026;Léo Martin;Pharmacie;Pharmacie;12,00 €;12,00 €;65 %;7,80 €",
    )
    window.ui.notify("*")
    return ids


def activate(qtbot, window, start: str) -> None:  # type: ignore[no-untyped-def]
    """Double-click the line that starts so, as a user would."""
    window.show_tab("overview")
    tab = overview(window)
    row = next(i for i, line in enumerate(lines(window)) if line.what.startswith(start))
    index = tab.proxy.index(row, OverviewModel.WHAT)
    tab.table.scrollTo(index)
    centre = tab.table.visualRect(index).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_every_kind_of_line_at_once(window, everything) -> None:  # type: ignore[no-untyped-def]
    """Most pressing first, then by date; what is only worth knowing is not counted."""
    shown = lines(window)
    assert [(line.severity, line.what) for line in shown] == [
        ("Now", "Claim for Zoé Martin overdue since 01/11/2026"),
        ("Now", "Zoé Martin's carte Vitale order is overdue"),
        ("Now", "Download a provisional CEAM certificate for Léo Martin (trip to Spain)"),
        ("Now", "Sam Lee's planned stays break the 90/180-day rule from 15/02/2027"),
        ("Soon", "What happened at the appointment of 20/11/2026 09:00?"),
        ("Soon", "Léo Martin's carte Vitale is blocked: order a new one"),
        ("Soon", "CPAM appointment on 27/11/2026 14:00: Other"),
        ("Soon", "Zoé Martin's CEAM expires on 20/01/2027"),
        ("Soon", "Zoé Martin is not covered for the trip to United Kingdom on 10/03/2027"),
        ("To know", "Sam Lee: no exit stamp on 20/03/2025"),
        ("To know", "Last statement imported on 25/11/2026"),
        ("To know", "No statement lines for 07/2026, 08/2026, 10/2026"),
        ("To know", "Sam Lee: 45 Schengen days left of 90 today"),
    ]
    assert title(window) == "Overview (9)"
    assert overview(window).summary.text() == "To do now or soon: 9."


LINKS = [
    # (the line, the tab it opens, what that tab then shows selected)
    ("Zoé Martin's CEAM", "ceam", lambda tab, ids: tab.selected_person() == ids["zoe"]),
    ("Zoé Martin is not covered", "ceam", lambda tab, ids: tab.selected_trip() == ids["london"]),
    ("Download a provisional", "ceam", lambda tab, ids: tab.selected_trip() == ids["spain"]),
    (
        "Zoé Martin's carte Vitale order",
        "card_orders",
        lambda tab, ids: (
            (tab.selected_person(), tab.selected_order().id) == (ids["zoe"], ids["order"])
        ),
    ),
    ("Léo Martin's carte Vitale", "card_orders", lambda t, ids: t.selected_person() == ids["leo"]),
    ("CPAM appointment", "appointments", lambda tab, ids: tab.selected().id == ids["this_week"]),
    ("What happened", "appointments", lambda tab, ids: tab.selected().id == ids["past"]),
    (
        "Claim for",
        "reimbursements",
        lambda tab, ids: (tab.content.currentIndex(), tab.selected_claim().id) == (1, ids["claim"]),
    ),
    ("Last statement", "reimbursements", lambda tab, _ids: tab.content.currentIndex() == 0),
    ("No statement lines", "reimbursements", lambda tab, _ids: tab.content.currentIndex() == 0),
    ("Sam Lee: 45", "travel_log", lambda tab, ids: tab.current_person == ids["sam"]),
    ("Sam Lee's planned", "travel_log", lambda tab, ids: tab.current_person == ids["sam"]),
    ("Sam Lee: no exit", "travel_log", lambda tab, ids: tab.selected().id == ids["unstamped"]),
]


@pytest.mark.parametrize("link", LINKS, ids=[link[0] for link in LINKS])
def test_a_double_click_opens_the_record(qtbot, window, everything, link) -> None:  # type: ignore[no-untyped-def]
    start, key, selected = link
    if key == "reimbursements":
        window.show_tab(key).content.setCurrentIndex(1 - int(start == "Claim for"))
    opened: list[tuple[str, str, object]] = []
    window.ui.bus.open_record.connect(lambda *args: opened.append(args))
    activate(qtbot, window, start)
    assert len(opened) == 1  # once, not once per signal of the double-click
    page = window.current_tab()
    assert page.key == key
    assert selected(page, everything)


def test_enter_opens_the_current_line(qtbot, window, everything) -> None:  # type: ignore[no-untyped-def]
    tab = overview(window)
    row = next(i for i, line in enumerate(lines(window)) if line.what.startswith("What happened"))
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(row, OverviewModel.WHAT))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert window.current_tab().key == "appointments"
    assert window.current_tab().selected().id == everything["past"]


def test_a_record_hidden_by_a_filter_is_shown(qtbot, window, everything) -> None:  # type: ignore[no-untyped-def]
    """A search typed earlier in the target tab does not hide the record the line opens."""
    window.show_tab("card_orders").find.setText("Sam")
    window.show_tab("appointments").show_day(D("2026-11-27"))
    activate(qtbot, window, "Zoé Martin's carte Vitale order")
    assert window.current_tab().selected_person() == everything["zoe"]
    activate(qtbot, window, "What happened")
    assert window.current_tab().selected().id == everything["past"]


def test_a_certificate_ending_soon_opens_the_persons_row(qtbot, window, family) -> None:  # type: ignore[no-untyped-def]
    CeamService(window.ui.ctx).add_provisional(family["leo"], D("2026-10-01"))  # to 01/01/2027
    window.ui.notify("ceam")
    activate(qtbot, window, "Léo Martin's CEAM expires on 01/01/2027")
    assert window.current_tab().key == "ceam"
    assert window.current_tab().selected_person() == family["leo"]


def test_an_account_to_validate_opens_its_help_page(qtbot, window, family) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.services.help import AccountSignupService
    from ameli_desktop.ui.dialogs.help import ACCOUNT_PAGE, HelpDialog

    AccountSignupService(window.ui.ctx).started(family["zoe"], at("2026-11-25", 9))
    window.ui.notify("people")
    activate(qtbot, window, "Validate Zoé Martin's ameli account e-mail")
    dialog = window.findChild(HelpDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == ACCOUNT_PAGE
    dialog.close()


def test_the_household_selector_filters_the_overview(qtbot, window, everything) -> None:  # type: ignore[no-untyped-def]
    """Léo's lines and the household's (statements) only; the title counts what is shown."""
    selector = window.person_selector
    selector.setCurrentIndex(selector.findData(everything["leo"]))
    assert window.ui.person_filter == everything["leo"]
    assert [(line.what, line.person) for line in lines(window)] == [
        ("Download a provisional CEAM certificate for Léo Martin (trip to Spain)", "Léo Martin"),
        ("What happened at the appointment of 20/11/2026 09:00?", "Léo Martin"),
        ("Léo Martin's carte Vitale is blocked: order a new one", "Léo Martin"),
        ("Last statement imported on 25/11/2026", ""),
        ("No statement lines for 07/2026, 08/2026, 10/2026", ""),
    ]
    assert title(window) == "Overview (3)"
    assert overview(window).summary.text() == "To do now or soon: 3."

    selector.setCurrentIndex(selector.findData(everything["sam"]))
    assert {line.person for line in lines(window)} == {"Sam Lee", ""}
    assert title(window) == "Overview (1)"

    selector.setCurrentIndex(0)
    assert len(lines(window)) == 13
    assert title(window) == "Overview (9)"


def test_sorting_by_date_puts_undated_lines_last(window, everything) -> None:  # type: ignore[no-untyped-def]
    tab = overview(window)
    tab.table.sortByColumn(OverviewModel.WHEN, Qt.SortOrder.AscendingOrder)
    when = [line.when for line in lines(window)]
    dated = [w for w in when if w]
    assert dated == sorted(dated, key=lambda d: D("-".join(reversed(d.split("/")))))
    assert when[len(dated) :] == ["", ""]
    assert when[0] == "20/03/2025"


def test_the_model_passes_the_model_tester(qtmodeltester, window, everything) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(overview(window).model)
    qtmodeltester.check(overview(window).proxy)


def test_details_stay_readable_on_a_small_window(qtbot, window, everything) -> None:  # type: ignore[no-untyped-def]
    """On an 800 x 600 window the details keep a real width and every row is as tall as its
    wrapped text (the delegate's own measure at the current widths): none is cut short."""
    table = overview(window).table
    rows = range(overview(window).proxy.rowCount())

    def fitted() -> bool:
        return all(table.rowHeight(row) + 1 >= table.sizeHintForRow(row) for row in rows)

    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    qtbot.waitUntil(fitted, timeout=2000)  # + 1: the grid line
    assert table.columnWidth(OverviewModel.DETAIL) >= 200
    assert table.columnWidth(OverviewModel.WHAT) >= 200
