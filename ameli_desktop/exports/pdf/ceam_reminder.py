"""The provisional-CEAM reminder: one printed page to take on a trip (two at most).

What a family needs at the airport or in a foreign emergency room: who is covered until when, what
is left to do and by which date, how to get a provisional certificate (certificat provisoire de
remplacement) on ameli.fr, where the card is accepted, 112, and room to write certificate numbers.

The content is built once (:func:`reminder_content`, plain text) and drawn twice: as a PDF here
(every string escaped by :func:`~ameli_desktop.exports.pdf.base.para`) and by the GUI for the
print dialog, so the printed page and the PDF say the same thing.
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
    cover_number: str = ""  # number of the card or certificate that covers the trip, if any
    cover_until: date | None = None  # ... and its last day


@dataclass(frozen=True, slots=True)
class ReminderTrip:
    trip_id: int
    country: str  # ISO alpha-2
    departure: date
    return_date: date
    purpose: str = ""


@dataclass(frozen=True, slots=True)
class ReminderRow:
    name: str
    masked_nir: str
    coverage: str
    situation: str
    todo: str
    by: str


@dataclass(frozen=True, slots=True)
class ReminderContent:
    """Everything the page says, as plain text (not escaped: each renderer escapes)."""

    title: str
    subtitle: str
    rows: tuple[ReminderRow, ...]
    how_to_title: str
    how_to_steps: tuple[str, ...]
    countries_title: str
    countries_text: str
    emergency_title: str
    emergency_text: str
    numbers_title: str
    numbers: tuple[tuple[str, str, str], ...]  # traveller, number, valid until
    footnote: str
    footer: str


STATUS_LABELS: dict[TripStatus, str] = {
    TripStatus.COVERED: "Covered",
    TripStatus.EXPIRES_DURING_TRIP: "Expires during the trip",
    TripStatus.MISSING: "No valid card",
    TripStatus.NOT_ELIGIBLE_S1: "S1 holder: no French CEAM",
    TripStatus.NOT_NEEDED: "Not needed",
}
TABLE_HEADER = ("Traveller", "Coverage", "What to do", "By")
NUMBERS_HEADER = ("Traveller", "CEAM or certificate number", "Valid until")


def coverage_label(check: TripCheck) -> str:
    """The status in words with the date that matters: "Expires during the trip (last day …)"."""
    label = STATUS_LABELS[check.status]
    if check.status is TripStatus.COVERED and check.cover_until:
        return f"{label} (until {format_date(check.cover_until)})"
    if check.status is TripStatus.EXPIRES_DURING_TRIP and check.cover_until:
        return f"{label} (last day {format_date(check.cover_until)})"
    return label


def reminder_content(
    trip: ReminderTrip,
    travellers: Sequence[ReminderTraveller],
    *,
    today: date,
    facts: Facts | None = None,
) -> ReminderContent:
    f = facts or default_facts()
    subtitle = f"Trip {trip.trip_id}"
    if trip.purpose:
        subtitle += f": {trip.purpose}"
    subtitle += f" · situation on {format_date(today)}"
    rows = tuple(
        ReminderRow(
            name=t.name,
            masked_nir=t.masked_nir,
            coverage=coverage_label(t.check),
            situation=str(t.check.situation) if t.check.situation is not None else "",
            todo=str(t.check.todo or t.check.action),
            by=format_date(t.check.deadline) or "—",
        )
        for t in travellers
    )
    months = f.ceam.provisional_validity_months
    lead = f.ceam.order_lead_days
    steps = (
        "Log in to the traveller's ameli account on ameli.fr (for a child: the parent's account).",
        "Open “Mes démarches” and choose the carte européenne d'assurance maladie (CEAM).",
        f"If the departure is less than {lead} days away, download the certificat provisoire de"
        f" remplacement (provisional replacement certificate): it is valid {months} months from"
        " the day it is issued and is accepted like the card.",
        "Print it (one per traveller) and keep it with your passport; write its number below.",
        f"From abroad, the Assurance Maladie answers on {f.help.phone_from_abroad}.",
    )
    names = sorted(f.country_name(code) for code in f.ceam.covered_countries)
    numbers = tuple(
        (t.name, t.cover_number, format_date(t.cover_until))
        for t in travellers
        if t.check.status is not TripStatus.NOT_NEEDED
    )
    return ReminderContent(
        title=(
            f"CEAM reminder: {f.country_name(trip.country)},"
            f" {format_date(trip.departure)} to {format_date(trip.return_date)}"
        ),
        subtitle=subtitle,
        rows=rows,
        how_to_title="How to get a provisional certificate on ameli.fr",
        how_to_steps=steps,
        countries_title="Where the CEAM is accepted",
        countries_text=(
            "Public health care during a temporary stay in: " + ", ".join(names) + ". Not used in"
            " France (use the carte Vitale) nor outside these countries (travel insurance)."
        ),
        emergency_title="Emergency",
        emergency_text=(
            f"Call {f.help.emergency_number}: the free emergency number in every EU country."
        ),
        numbers_title="Certificate numbers (fill in)",
        numbers=numbers,
        footnote=(
            "Unofficial document made by Ameli Desktop from the dates you entered; the rules"
            " come from service-public.fr (A17457, F34441). Check ameli.fr before you leave."
        ),
        footer=f"CEAM reminder, trip {trip.trip_id}",
    )


def _story(st: Styles, content: ReminderContent) -> list["Flowable"]:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    rows: list[list[Any]] = [list(TABLE_HEADER)]
    for row in content.rows:
        who = row.name + (f"\nNIR {row.masked_nir}" if row.masked_nir else "")
        coverage = [para(row.coverage, st.cell_bold)]
        if row.situation:
            coverage.append(para(row.situation, st.cell))
        rows.append(
            [para(who, st.cell_bold), coverage, para(row.todo, st.cell), para(row.by, st.cell)]
        )
    story: list[Flowable] = [
        para("Travellers", st.heading),
        table(rows, [34 * mm, 44 * mm, 73 * mm, 23 * mm]),
        KeepTogether(
            [
                para(content.how_to_title, st.heading),
                *[para(f"{n}. {line}", st.body) for n, line in enumerate(content.how_to_steps, 1)],
            ]
        ),
        para(content.countries_title, st.heading),
        para(content.countries_text, st.body),
        para(content.emergency_title, st.heading),
        para(content.emergency_text, st.body),
    ]
    if content.numbers:
        number_rows: list[list[Any]] = [list(NUMBERS_HEADER)]
        number_rows += [[para(cell, st.cell) for cell in row] for row in content.numbers]
        numbers = table(number_rows, [50 * mm, 84 * mm, 40 * mm], zebra=False)
        numbers.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)])
        numbers.setStyle([("BOTTOMPADDING", (0, 1), (-1, -1), 9)])  # room to write
        story.append(KeepTogether([para(content.numbers_title, st.heading), numbers]))
    story += [Spacer(1, 2 * mm), para(content.footnote, st.small)]
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
    content = reminder_content(trip, travellers, today=today, facts=facts)
    return render_content(target, content, generated=generated)


def render_content(target: Path | None, content: ReminderContent, *, generated: datetime) -> bytes:
    return build_pdf(
        target,
        title=content.title,
        subtitle=content.subtitle,
        story=lambda st: _story(st, content),
        generated=generated,
        footer=content.footer,
    )
