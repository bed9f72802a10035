"""The provisional-CEAM reminder: one printed page to take on a trip (two at most).

What a family needs at the airport or in a foreign emergency room: who is covered until when, what
is left to do and by which date, how to get a provisional certificate (certificat provisoire de
remplacement) on ameli.fr, where the card is accepted, 112, and room to write certificate numbers.

The content is built once (:func:`reminder_content`, plain text) and drawn once, as a PDF here
(every string escaped by :func:`~ameli_desktop.exports.pdf.base.para`); the GUI prints that PDF
itself (ui/printing.py), so the paper and the file are one document. The content is written in
the :class:`~ameli_desktop.domain.texts.Language` it is given (English for the CLI, the UI's for
the GUI), its texts marked in the "CeamReminder" context.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ameli_desktop.domain.ceam import TripCheck, TripStatus
from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.facts import Facts, default_facts
from ameli_desktop.domain.names import fold
from ameli_desktop.domain.texts import ENGLISH, Language
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
    travellers_title: str
    table_header: tuple[str, str, str, str]  # traveller, coverage, what to do, by
    rows: tuple[ReminderRow, ...]
    how_to_title: str
    how_to_steps: tuple[str, ...]
    countries_title: str
    countries_text: str
    emergency_title: str
    emergency_text: str
    numbers_title: str
    numbers_header: tuple[str, str, str]
    numbers: tuple[tuple[str, str, str], ...]  # traveller, number, valid until
    footnote: str
    footer: str
    language: Language = ENGLISH  # what the texts above are written in


CONTEXT = "CeamReminder"
STATUS_LABELS: dict[TripStatus, str] = {
    TripStatus.COVERED: QT_TRANSLATE_NOOP("CeamReminder", "Covered"),
    TripStatus.EXPIRES_DURING_TRIP: QT_TRANSLATE_NOOP("CeamReminder", "Expires during the trip"),
    TripStatus.MISSING: QT_TRANSLATE_NOOP("CeamReminder", "No valid card"),
    TripStatus.NOT_ELIGIBLE_S1: QT_TRANSLATE_NOOP("CeamReminder", "S1 holder: no French CEAM"),
    TripStatus.NOT_NEEDED: QT_TRANSLATE_NOOP("CeamReminder", "Not needed"),
}
TABLE_HEADER = (
    QT_TRANSLATE_NOOP("CeamReminder", "Traveller"),
    QT_TRANSLATE_NOOP("CeamReminder", "Coverage"),
    QT_TRANSLATE_NOOP("CeamReminder", "What to do"),
    QT_TRANSLATE_NOOP("CeamReminder", "By"),
)
NUMBERS_HEADER = (
    QT_TRANSLATE_NOOP("CeamReminder", "Traveller"),
    QT_TRANSLATE_NOOP("CeamReminder", "CEAM or certificate number"),
    QT_TRANSLATE_NOOP("CeamReminder", "Valid until"),
)


def coverage_label(check: TripCheck, language: Language = ENGLISH) -> str:
    """The status in words with the date that matters: "Expires during the trip (last day …)"."""
    label = language.tr(CONTEXT, STATUS_LABELS[check.status])
    if check.status is TripStatus.COVERED and check.cover_until:
        return language.tr(
            CONTEXT,
            QT_TRANSLATE_NOOP("CeamReminder", "{status} (until {date})"),
            status=label,
            date=format_date(check.cover_until),
        )
    if check.status is TripStatus.EXPIRES_DURING_TRIP and check.cover_until:
        return language.tr(
            CONTEXT,
            QT_TRANSLATE_NOOP("CeamReminder", "{status} (last day {date})"),
            status=label,
            date=format_date(check.cover_until),
        )
    return label


def reminder_content(
    trip: ReminderTrip,
    travellers: Sequence[ReminderTraveller],
    *,
    today: date,
    facts: Facts | None = None,
    language: Language = ENGLISH,
) -> ReminderContent:
    """What the page says, in ``language`` (English unless the GUI passes its own)."""
    f = facts or default_facts()

    def tr(source: str, **params: object) -> str:
        return language.tr(CONTEXT, source, **params)

    if trip.purpose:
        subtitle = tr(
            QT_TRANSLATE_NOOP("CeamReminder", "Trip {id}: {purpose} · situation on {date}"),
            id=trip.trip_id,
            purpose=trip.purpose,
            date=format_date(today),
        )
    else:
        subtitle = tr(
            QT_TRANSLATE_NOOP("CeamReminder", "Trip {id} · situation on {date}"),
            id=trip.trip_id,
            date=format_date(today),
        )
    rows = tuple(
        ReminderRow(
            name=t.name,
            masked_nir=t.masked_nir,
            coverage=coverage_label(t.check, language),
            situation=language.show(t.check.situation),
            todo=language.show(t.check.todo or t.check.action),
            by=format_date(t.check.deadline) or "—",
        )
        for t in travellers
    )
    months = f.ceam.provisional_validity_months
    lead = f.ceam.order_lead_days
    steps = (
        tr(
            QT_TRANSLATE_NOOP(
                "CeamReminder",
                "Log in to the traveller's ameli account on ameli.fr (for a child: the parent's"
                " account).",
            )
        ),
        tr(
            QT_TRANSLATE_NOOP(
                "CeamReminder",
                "Open “Mes démarches” and choose the carte européenne d'assurance maladie (CEAM).",
            )
        ),
        tr(
            QT_TRANSLATE_NOOP(
                "CeamReminder",
                "If the departure is less than {lead} days away, download the certificat"
                " provisoire de remplacement (provisional replacement certificate): it is valid"
                " {months} months from the day it is issued and is accepted like the card.",
            ),
            lead=lead,
            months=months,
        ),
        tr(
            QT_TRANSLATE_NOOP(
                "CeamReminder",
                "Print it (one per traveller) and keep it with your passport; write its number"
                " below.",
            )
        ),
        tr(
            QT_TRANSLATE_NOOP(
                "CeamReminder", "From abroad, the Assurance Maladie answers on {phone}."
            ),
            phone=f.help.phone_from_abroad,
        ),
    )
    names = sorted((language.country(code, f) for code in f.ceam.covered_countries), key=fold)
    numbers = tuple(
        (t.name, t.cover_number, format_date(t.cover_until))
        for t in travellers
        if t.check.status is not TripStatus.NOT_NEEDED
    )
    return ReminderContent(
        title=tr(
            QT_TRANSLATE_NOOP("CeamReminder", "CEAM reminder: {country}, {departure} to {back}"),
            country=language.country(trip.country, f),
            departure=format_date(trip.departure),
            back=format_date(trip.return_date),
        ),
        subtitle=subtitle,
        travellers_title=tr(QT_TRANSLATE_NOOP("CeamReminder", "Travellers")),
        table_header=(
            tr(TABLE_HEADER[0]),
            tr(TABLE_HEADER[1]),
            tr(TABLE_HEADER[2]),
            tr(TABLE_HEADER[3]),
        ),
        rows=rows,
        how_to_title=tr(
            QT_TRANSLATE_NOOP("CeamReminder", "How to get a provisional certificate on ameli.fr")
        ),
        how_to_steps=steps,
        countries_title=tr(QT_TRANSLATE_NOOP("CeamReminder", "Where the CEAM is accepted")),
        countries_text=tr(
            QT_TRANSLATE_NOOP(
                "CeamReminder",
                "Public health care during a temporary stay in: {countries}. Not used in France"
                " (use the carte Vitale) nor outside these countries (travel insurance).",
            ),
            countries=", ".join(names),
        ),
        emergency_title=tr(QT_TRANSLATE_NOOP("CeamReminder", "Emergency")),
        emergency_text=tr(
            QT_TRANSLATE_NOOP(
                "CeamReminder", "Call {number}: the free emergency number in every EU country."
            ),
            number=f.help.emergency_number,
        ),
        numbers_title=tr(QT_TRANSLATE_NOOP("CeamReminder", "Certificate numbers (fill in)")),
        numbers_header=(
            tr(NUMBERS_HEADER[0]),
            tr(NUMBERS_HEADER[1]),
            tr(NUMBERS_HEADER[2]),
        ),
        numbers=numbers,
        footnote=tr(
            QT_TRANSLATE_NOOP(
                "CeamReminder",
                "Unofficial document made by Ameli Desktop from the dates you entered; the rules"
                " come from service-public.fr (A17457, F34441). Check ameli.fr before you leave.",
            )
        ),
        footer=tr(QT_TRANSLATE_NOOP("CeamReminder", "CEAM reminder, trip {id}"), id=trip.trip_id),
        language=language,
    )


def _story(st: Styles, content: ReminderContent) -> list["Flowable"]:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    rows: list[list[Any]] = [list(content.table_header)]
    for row in content.rows:
        who = row.name + (f"\nNIR {row.masked_nir}" if row.masked_nir else "")
        coverage = [para(row.coverage, st.cell_bold)]
        if row.situation:
            coverage.append(para(row.situation, st.cell))
        rows.append(
            [para(who, st.cell_bold), coverage, para(row.todo, st.cell), para(row.by, st.cell)]
        )
    story: list[Flowable] = [
        para(content.travellers_title, st.heading),
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
        number_rows: list[list[Any]] = [list(content.numbers_header)]
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
    language: Language = ENGLISH,
) -> bytes:
    """Write the reminder for one trip (atomically when ``target`` is given); return the bytes."""
    content = reminder_content(trip, travellers, today=today, facts=facts, language=language)
    return render_content(target, content, generated=generated)


def render_content(target: Path | None, content: ReminderContent, *, generated: datetime) -> bytes:
    return build_pdf(
        target,
        title=content.title,
        subtitle=content.subtitle,
        story=lambda st: _story(st, content),
        generated=generated,
        footer=content.footer,
        language=content.language,
    )
