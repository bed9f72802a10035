"""The provisional-CEAM reminder: one printed page to take on a trip (two at most).

What a family needs at the airport or in a foreign emergency room: who is covered until when, what
is left to do and by which date, how to get a provisional certificate (certificat provisoire de
remplacement) on ameli.fr, where the card is accepted, 112, and room to write certificate numbers.
Every user string is escaped by :func:`~ameli_desktop.exports.pdf.base.para`.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ameli_desktop.domain.ceam import TripCheck, TripStatus
from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.facts import Facts, default_facts
from ameli_desktop.exports.pdf.base import Styles, build_pdf, para, table

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


@dataclass(frozen=True, slots=True)
class ReminderTraveller:
    name: str
    check: TripCheck
    masked_nir: str = ""  # already masked (identifiers.mask_nir); never the full NIR
    card_number: str = ""  # the CEAM number when recorded
    card_expires: date | None = None


@dataclass(frozen=True, slots=True)
class ReminderTrip:
    trip_id: int
    country: str  # ISO alpha-2
    departure: date
    return_date: date
    purpose: str = ""


STATUS_LABELS: dict[TripStatus, str] = {
    TripStatus.COVERED: "Covered",
    TripStatus.EXPIRES_DURING_TRIP: "Expires during the trip",
    TripStatus.MISSING: "No valid card",
    TripStatus.NOT_ELIGIBLE_S1: "S1 holder: no French CEAM",
    TripStatus.NOT_NEEDED: "Not needed",
}


def coverage_label(check: TripCheck) -> str:
    """The status in words with the date that matters: "Expires during the trip (last day …)"."""
    label = STATUS_LABELS[check.status]
    if check.status is TripStatus.COVERED and check.cover_until:
        return f"{label} (until {format_date(check.cover_until)})"
    if check.status is TripStatus.EXPIRES_DURING_TRIP and check.cover_until:
        return f"{label} (last day {format_date(check.cover_until)})"
    return label


def reminder_title(trip: ReminderTrip, facts: Facts) -> str:
    return (
        f"CEAM reminder: {facts.country_name(trip.country)},"
        f" {format_date(trip.departure)} to {format_date(trip.return_date)}"
    )


def _story(
    st: Styles, trip: ReminderTrip, travellers: Sequence[ReminderTraveller], facts: Facts
) -> list["Flowable"]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    story: list[Flowable] = []

    rows: list[list[Any]] = [["Traveller", "Coverage", "What to do", "By"]]
    for traveller in travellers:
        who = traveller.name + (f"\nNIR {traveller.masked_nir}" if traveller.masked_nir else "")
        check = traveller.check
        coverage = [para(coverage_label(check), st.cell_bold)]
        if check.situation is not None:
            coverage.append(para(str(check.situation), st.cell))
        rows.append(
            [
                para(who, st.cell_bold),
                coverage,
                para(str(check.todo or check.action), st.cell),
                para(format_date(check.deadline) or "—", st.cell),
            ]
        )
    story += [
        para("Travellers", st.heading),
        table(rows, [34 * mm, 44 * mm, 73 * mm, 23 * mm]),
    ]

    months = facts.ceam.provisional_validity_months
    lead = facts.ceam.order_lead_days
    steps = [
        "Log in to the traveller's ameli account on ameli.fr (for a child: the parent's account).",
        "Open “Mes démarches” and choose the carte européenne d'assurance maladie (CEAM).",
        f"If the departure is less than {lead} days away, download the certificat provisoire de"
        f" remplacement (provisional replacement certificate): it is valid {months} months from"
        " the day it is issued and is accepted like the card.",
        "Print it (one per traveller) and keep it with your passport; write its number below.",
        f"From abroad, the Assurance Maladie answers on {facts.help.phone_from_abroad}.",
    ]
    story.append(
        KeepTogether(
            [
                para("How to get a provisional certificate on ameli.fr", st.heading),
                *[para(f"{n}. {line}", st.body) for n, line in enumerate(steps, 1)],
            ]
        )
    )

    names = sorted(facts.country_name(code) for code in facts.ceam.covered_countries)
    story += [
        para("Where the CEAM is accepted", st.heading),
        para(
            "Public health care during a temporary stay in: " + ", ".join(names) + ". Not used in"
            " France (use the carte Vitale) nor outside these countries (travel insurance).",
            st.body,
        ),
        para("Emergency", st.heading),
        para(
            f"Call {facts.help.emergency_number}: the free emergency number in every EU country.",
            st.body,
        ),
    ]

    number_rows: list[list[Any]] = [["Traveller", "CEAM or certificate number", "Valid until"]]
    for traveller in travellers:
        if traveller.check.status is TripStatus.NOT_NEEDED:
            continue
        # Pre-filled only from a card that covers the trip; otherwise left blank to write in.
        card_covers = (
            traveller.check.status is TripStatus.COVERED
            and traveller.card_expires is not None
            and traveller.card_expires >= trip.return_date
        )
        number_rows.append(
            [
                para(traveller.name, st.cell),
                para(traveller.card_number if card_covers else "", st.cell),
                para(format_date(traveller.card_expires) if card_covers else "", st.cell),
            ]
        )
    if len(number_rows) > 1:
        numbers = table(number_rows, [50 * mm, 84 * mm, 40 * mm], zebra=False)
        from reportlab.lib import colors

        numbers.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)])
        numbers.setStyle([("BOTTOMPADDING", (0, 1), (-1, -1), 9)])
        story.append(KeepTogether([para("Certificate numbers (fill in)", st.heading), numbers]))
    story.append(Spacer(1, 2 * mm))
    story.append(
        para(
            "Unofficial document made by Ameli Desktop from the dates you entered; the rules"
            " come from service-public.fr (A17457, F34441). Check ameli.fr before you leave.",
            st.small,
        )
    )
    return story


def render_ceam_reminder(
    target: Path | None,
    trip: ReminderTrip,
    travellers: Sequence[ReminderTraveller],
    *,
    today: date,
    generated: datetime,
    facts: Facts | None = None,
) -> bytes:
    """Write the reminder for one trip (atomically when ``target`` is given); return the bytes."""
    f = facts or default_facts()
    subtitle = f"Trip {trip.trip_id}"
    if trip.purpose:
        subtitle += f": {trip.purpose}"
    subtitle += f" · situation on {format_date(today)}"
    return build_pdf(
        target,
        title=reminder_title(trip, f),
        subtitle=subtitle,
        story=lambda st: _story(st, trip, travellers, f),
        generated=generated,
        footer=f"CEAM reminder, trip {trip.trip_id}",
    )
