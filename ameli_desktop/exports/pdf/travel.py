"""The travel summary PDF: per person, which rule counts their days and why, the stays with their
stamps, the 180-day window on the chosen date and the count day by day within it — something to
show at a border (DESIGN.md 5).

The numbers come from ``domain.schengen`` (the same as ``travel status``); this module only lays
them out. Only stays begun on the date are listed: a booked trip belongs to the planner. A person
whose status is unknown gets the sentence asking for it, and no count. Every user string is escaped by ``para``. The document is written in the
:class:`~ameli_desktop.domain.texts.Language` given (English for the CLI, the UI's for the GUI):
its own texts are marked in the "TravelSummary" context, the rule's explanations are the domain's
("Schengen"). Every cell goes through the shared table(), so a longer translation wraps instead
of overflowing.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.schengen import CONTEXT as SCHENGEN_CONTEXT
from ameli_desktop.domain.schengen import (
    PERMIT_LABELS,
    BorderStatus,
    Explanation,
    Overstay,
    PermitPeriod,
    Rule,
    SchengenStatus,
    StayDetails,
    WindowBreakdown,
)
from ameli_desktop.domain.texts import ENGLISH, Language
from ameli_desktop.exports.pdf.base import Styles, build_pdf, para, table

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

CONTEXT = "TravelSummary"


@dataclass(frozen=True, slots=True)
class SummaryStay:
    details: StayDetails
    days: int  # through the summary's date for a stay still going on
    from_trip: bool = False
    flags: tuple[Explanation, ...] = ()  # what to look at on this stay (domain.schengen)
    ongoing: bool = False  # not left by the summary's date (its exit, if any, is planned)


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """One person's part of the document, computed by the travel service."""

    name: str
    masked_nir: str
    border: BorderStatus
    status: SchengenStatus
    permits: tuple[tuple[PermitPeriod, str], ...]  # (period, reference)
    stays: tuple[SummaryStay, ...]
    breakdown: WindowBreakdown | None
    day_counts: tuple[tuple[date, int], ...]  # each counted day of the window and its count
    overstays: tuple[Overstay, ...]
    max_days: int
    sources: tuple[str, ...] = ()  # titles of the rule's sources (facts.toml)


def explain(explanation: Explanation, language: Language = ENGLISH) -> str:
    """A sentence of the 90/180-day rule in ``language`` (country names included)."""
    return language.show(explanation)


def _person_story(
    person: PersonSummary, on: date, st: Styles, language: Language
) -> list["Flowable"]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    def tr(source: str, **params: object) -> str:
        return language.tr(CONTEXT, source, **params)

    def header(*sources: str) -> list[object]:
        return [tr(source) for source in sources]  # table() fits them to their columns

    def yes_no(value: bool | None) -> str:
        if value is None:
            return "–"
        if value:
            return tr(QT_TRANSLATE_NOOP("TravelSummary", "yes"))
        return tr(QT_TRANSLATE_NOOP("TravelSummary", "no"))

    status = person.status
    story: list[Flowable] = []
    heading = person.name + (f" — NIR {person.masked_nir}" if person.masked_nir else "")
    story.append(para(heading, st.heading))
    story.append(
        para(
            tr(
                QT_TRANSLATE_NOOP("TravelSummary", "Rule that applies: {rule}"),
                rule=explain(status.explanation, language),
            ),
            st.body,
        )
    )
    story.append(para(explain(person.border.explanation, language), st.body))
    if person.sources:
        story.append(
            para(
                tr(
                    QT_TRANSLATE_NOOP("TravelSummary", "Why: {sources}."),
                    sources="; ".join(person.sources),
                ),
                st.small,
            )
        )
    if status.unlimited:
        story.append(
            para(
                tr(
                    QT_TRANSLATE_NOOP(
                        "TravelSummary", "The 90/180-day rule does not apply: no day is counted."
                    )
                ),
                st.body,
            )
        )
    elif status.days_used is not None:  # unknown: the rule's sentence asks for it, no count
        summary = [
            header(
                QT_TRANSLATE_NOOP("TravelSummary", "On"),
                QT_TRANSLATE_NOOP("TravelSummary", "180-day window"),
                QT_TRANSLATE_NOOP("TravelSummary", "Days used"),
                QT_TRANSLATE_NOOP("TravelSummary", "Days left"),
                QT_TRANSLATE_NOOP("TravelSummary", "Stay until"),
                QT_TRANSLATE_NOOP("TravelSummary", "Overstay days"),
            ),
            [
                format_date(on),
                f"{format_date(status.window_start)} – {format_date(on)}",
                str(status.days_used),
                str(status.days_left),
                format_date(status.stay_until) if status.stay_until else "—",
                str(status.overstay_days),
            ],
        ]
        story.append(Spacer(1, 2 * mm))
        story.append(table(summary, [22 * mm, 48 * mm, 22 * mm, 22 * mm, 26 * mm, 28 * mm]))
        # A permit holder's days are those in the other Schengen states.
        if status.rule is Rule.PERMIT_HOLDER and status.stay_until:
            template = QT_TRANSLATE_NOOP(
                "TravelSummary",
                "Days of presence in the other Schengen states in the window: {used} of "
                "{max}; there on {on}, the person may stay there until {until}.",
            )
        elif status.rule is Rule.PERMIT_HOLDER:
            template = QT_TRANSLATE_NOOP(
                "TravelSummary",
                "Days of presence in the other Schengen states in the window: {used} of "
                "{max}; the limit there is already reached on {on}.",
            )
        elif status.stay_until:
            template = QT_TRANSLATE_NOOP(
                "TravelSummary",
                "Days of presence in the window: {used} of {max}; present on {on} the person"
                " may stay until {until}.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "TravelSummary",
                "Days of presence in the window: {used} of {max}; present on {on} the person"
                " may not stay: the limit is already reached.",
            )
        count = tr(
            template,
            used=status.days_used,
            max=person.max_days,
            on=format_date(on),
            until=format_date(status.stay_until) if status.stay_until else "",
        )
        story.append(para(count, st.small))

    if person.permits:
        story.append(
            para(
                tr(QT_TRANSLATE_NOOP("TravelSummary", "Residence permits and long-stay visas")),
                st.heading,
            )
        )
        rows: list[list[object]] = [
            header(
                QT_TRANSLATE_NOOP("TravelSummary", "Document"),
                QT_TRANSLATE_NOOP("TravelSummary", "Issued by"),
                QT_TRANSLATE_NOOP("TravelSummary", "Valid from"),
                QT_TRANSLATE_NOOP("TravelSummary", "Valid until"),
                QT_TRANSLATE_NOOP("TravelSummary", "Reference"),
            )
        ]
        for period, reference in person.permits:
            kind = language.tr(SCHENGEN_CONTEXT, PERMIT_LABELS[period.kind])
            rows.append(
                [
                    para(kind, st.cell),
                    para(language.country(period.state), st.cell),
                    format_date(period.start),
                    format_date(period.end),
                    para(reference, st.cell),
                ]
            )
        story.append(table(rows, [52 * mm, 30 * mm, 26 * mm, 26 * mm, 40 * mm]))

    story.append(
        para(tr(QT_TRANSLATE_NOOP("TravelSummary", "Stays in the Schengen area")), st.heading)
    )
    if person.stays:
        rows = [
            header(
                QT_TRANSLATE_NOOP("TravelSummary", "Entry"),
                QT_TRANSLATE_NOOP("TravelSummary", "Exit"),
                QT_TRANSLATE_NOOP("TravelSummary", "Country"),
                QT_TRANSLATE_NOOP("TravelSummary", "Days"),
                QT_TRANSLATE_NOOP("TravelSummary", "Entry port"),
                QT_TRANSLATE_NOOP("TravelSummary", "Exit port"),
                QT_TRANSLATE_NOOP("TravelSummary", "Passport"),
                QT_TRANSLATE_NOOP("TravelSummary", "Stamped in / out, EES"),
            )
        ]
        for stay in person.stays:
            d = stay.details
            if stay.ongoing and d.exit is not None:
                exit_text = tr(
                    QT_TRANSLATE_NOOP("TravelSummary", "inside (leaving {exit})"),
                    exit=format_date(d.exit),
                )
            elif d.exit is not None:
                exit_text = format_date(d.exit)
            else:
                exit_text = tr(QT_TRANSLATE_NOOP("TravelSummary", "inside"))
            if stay.from_trip:
                exit_text = tr(QT_TRANSLATE_NOOP("TravelSummary", "{exit} (trip)"), exit=exit_text)
            ees = (
                tr(QT_TRANSLATE_NOOP("TravelSummary", "EES"))
                if d.ees_recorded
                else tr(QT_TRANSLATE_NOOP("TravelSummary", "no EES"))
            )
            rows.append(
                [
                    format_date(d.entry),
                    para(exit_text, st.cell),
                    d.country,
                    str(stay.days),
                    para(d.entry_port, st.cell),
                    para(d.exit_port, st.cell),
                    para(d.passport, st.cell),
                    para(f"{yes_no(d.stamped_entry)} / {yes_no(d.stamped_exit)}, {ees}", st.cell),
                ]
            )
        widths = [22, 22, 15, 13, 24, 24, 24, 30]  # a date needs 22 mm at 8.5 pt
        story.append(table(rows, [w * mm for w in widths]))
        for stay in person.stays:
            for flag in stay.flags:
                story.append(
                    para(f"{format_date(stay.details.entry)}: {explain(flag, language)}", st.small)
                )
    else:
        story.append(para(tr(QT_TRANSLATE_NOOP("TravelSummary", "No stay recorded.")), st.body))

    if person.breakdown is not None and not status.unlimited:
        b = person.breakdown
        story.append(
            para(
                tr(
                    QT_TRANSLATE_NOOP("TravelSummary", "The 180-day window {start} – {on}"),
                    start=format_date(b.window_start),
                    on=format_date(b.on),
                ),
                st.heading,
            )
        )
        rows = [
            header(
                QT_TRANSLATE_NOOP("TravelSummary", "From"),
                QT_TRANSLATE_NOOP("TravelSummary", "To"),
                QT_TRANSLATE_NOOP("TravelSummary", "Days counted"),
            )
        ]
        rows += [[format_date(p.first), format_date(p.last), str(p.days)] for p in b.periods]
        rows.append(["", tr(QT_TRANSLATE_NOOP("TravelSummary", "Total")), str(b.days_used)])
        story.append(table(rows, [30 * mm, 30 * mm, 30 * mm], right_align_from=2))
        if person.day_counts:
            story.append(
                para(
                    tr(
                        QT_TRANSLATE_NOOP(
                            "TravelSummary",
                            "Count on each day of presence (days counted in the 180 days ending"
                            " that day; the limit is {max})",
                        ),
                        max=person.max_days,
                    ),
                    st.small,
                )
            )
            groups = 4
            per_column = -(-len(person.day_counts) // groups)
            grid: list[list[object]] = [
                header(
                    QT_TRANSLATE_NOOP("TravelSummary", "Day"),
                    QT_TRANSLATE_NOOP("TravelSummary", "Count"),
                )
                * groups
            ]
            for r in range(per_column):
                row: list[object] = []
                for g in range(groups):
                    k = g * per_column + r
                    if k < len(person.day_counts):
                        day, count = person.day_counts[k]
                        mark = " !" if count > person.max_days else ""
                        row += [format_date(day), f"{count}{mark}"]
                    else:
                        row += ["", ""]
                grid.append(row)
            story.append(table(grid, [22 * mm, 18 * mm] * groups))

    if person.overstays:
        story.append(para(tr(QT_TRANSLATE_NOOP("TravelSummary", "Overstays")), st.heading))
        for overstay in person.overstays:
            story.append(para(explain(overstay.explanation(person.max_days), language), st.body))
    story.append(Spacer(1, 6 * mm))
    return [KeepTogether(story[:3]), *story[3:]]


def write_travel_summary(
    target: Path | None,
    people: Sequence[PersonSummary],
    *,
    on: date,
    generated: datetime,
    on_page: Callable[[int], None] | None = None,
    language: Language = ENGLISH,
) -> bytes:
    """Render the travel summary of ``people`` on ``on`` in ``language``; returns the PDF's bytes."""

    def tr(source: str, **params: object) -> str:
        return language.tr(CONTEXT, source, **params)

    def story(st: Styles) -> list["Flowable"]:
        flowables: list[Flowable] = []
        for person in people:
            flowables += _person_story(person, on, st, language)
        if not people:
            flowables.append(
                para(
                    tr(QT_TRANSLATE_NOOP("TravelSummary", "Nobody in the travel log yet.")), st.body
                )
            )
        flowables.append(
            para(
                tr(
                    QT_TRANSLATE_NOOP(
                        "TravelSummary",
                        "Rule: at most 90 days of presence in any 180-day period (Schengen Borders"
                        " Code, Regulation (EU) 2016/399, art. 6(1)); entry and exit days count. A"
                        " valid residence permit or long-stay visa exempts the days spent in the"
                        " state that issued it, not those in the other Schengen states"
                        " (Convention implementing the Schengen Agreement, art. 21; Regulation"
                        " (EU) No 265/2010). Computed by Ameli Desktop (unofficial) from the"
                        " records above; the border authorities' own count prevails.",
                    )
                ),
                st.small,
            )
        )
        return flowables

    return build_pdf(
        target,
        title=tr(QT_TRANSLATE_NOOP("TravelSummary", "Travel summary")),
        subtitle=tr(
            QT_TRANSLATE_NOOP("TravelSummary", "Schengen 90/180-day rule, on {on}"),
            on=format_date(on),
        ),
        story=story,
        generated=generated,
        footer=", ".join(p.name for p in people),
        on_page=on_page,
        language=language,
    )
