"""The travel summary PDF: per person, the stays with their stamps, the 180-day window on the
chosen date and the count day by day within it — something to show at a border (DESIGN.md 5).

The numbers come from ``domain.schengen`` (the same as ``travel status``); this module only lays
them out. Every user string is escaped by ``para``.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.schengen import (
    BorderStatus,
    Overstay,
    PermitKind,
    PermitPeriod,
    SchengenStatus,
    StayDetails,
    WindowBreakdown,
)
from ameli_desktop.exports.pdf.base import Styles, build_pdf, para, table

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


@dataclass(frozen=True, slots=True)
class SummaryStay:
    details: StayDetails
    days: int
    from_trip: bool = False
    flags: tuple[str, ...] = ()  # English sentences


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


def _yes_no(value: bool | None) -> str:
    return "–" if value is None else ("yes" if value else "no")


def _person_story(person: PersonSummary, on: date, st: Styles) -> list["Flowable"]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    status = person.status
    story: list[Flowable] = []
    heading = person.name + (f" — NIR {person.masked_nir}" if person.masked_nir else "")
    story.append(para(heading, st.heading))
    story.append(para(str(person.border.explanation), st.body))
    if status.unlimited:
        story.append(para("The 90/180-day rule does not apply: no day is counted.", st.body))
    else:
        until = (
            f"may stay until {format_date(status.stay_until)}"
            if status.stay_until
            else "may not stay: the limit is already reached"
        )
        summary = [
            ["On", "180-day window", "Days used", "Days left", "Stay until", "Overstay days"],
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
        story.append(
            para(
                f"Days of presence in the window: {status.days_used} of {person.max_days}; "
                f"present on {format_date(on)} the person {until}.",
                st.small,
            )
        )

    if person.permits:
        story.append(para("Residence permits and long-stay visas", st.heading))
        rows = [["Document", "Valid from", "Valid until", "Reference"]]
        for period, reference in person.permits:
            kind = (
                "Long-stay visa (VLS-TS)"
                if period.kind is PermitKind.LONG_STAY_VISA
                else "Residence permit (titre de séjour)"
            )
            rows.append(
                [kind, format_date(period.start), format_date(period.end), para(reference, st.cell)]
            )
        story.append(table(rows, [60 * mm, 28 * mm, 28 * mm, 58 * mm]))

    story.append(para("Stays in the Schengen area", st.heading))
    if person.stays:
        headers = [
            "Entry",
            "Exit",
            "Country",
            "Days",
            "Entry port",
            "Exit port",
            "Passport",
            "Stamped in / out, EES",
        ]
        rows: list[list[object]] = [[para(h, st.cell_bold) for h in headers]]
        for stay in person.stays:
            d = stay.details
            exit_text = format_date(d.exit) if d.exit else "inside"
            if stay.from_trip:
                exit_text += " (trip)"
            rows.append(
                [
                    format_date(d.entry),
                    exit_text,
                    d.country,
                    str(stay.days),
                    para(d.entry_port, st.cell),
                    para(d.exit_port, st.cell),
                    para(d.passport, st.cell),
                    f"{_yes_no(d.stamped_entry)} / {_yes_no(d.stamped_exit)}, "
                    + ("EES" if d.ees_recorded else "no EES"),
                ]
            )
        widths = [20, 22, 18, 14, 25, 25, 21, 29]
        story.append(table(rows, [w * mm for w in widths]))
        notes = [(s, f) for s in person.stays for f in s.flags]
        for stay, flag in notes:
            story.append(para(f"{format_date(stay.details.entry)}: {flag}", st.small))
    else:
        story.append(para("No stay recorded.", st.body))

    if person.breakdown is not None and not status.unlimited:
        b = person.breakdown
        story.append(
            para(
                f"The 180-day window {format_date(b.window_start)} – {format_date(b.on)}",
                st.heading,
            )
        )
        rows = [["From", "To", "Days counted"]]
        rows += [[format_date(p.first), format_date(p.last), str(p.days)] for p in b.periods]
        rows.append(["", "Total", str(b.days_used)])
        story.append(table(rows, [30 * mm, 30 * mm, 30 * mm], right_align_from=2))
        if person.day_counts:
            story.append(
                para(
                    "Count on each day of presence (days counted in the 180 days ending that "
                    "day; the limit is " + str(person.max_days) + ")",
                    st.small,
                )
            )
            groups = 4
            per_column = -(-len(person.day_counts) // groups)
            header = ["Day", "Count"] * groups
            grid: list[list[str]] = [header]
            for r in range(per_column):
                row: list[str] = []
                for g in range(groups):
                    k = g * per_column + r
                    if k < len(person.day_counts):
                        day, count = person.day_counts[k]
                        mark = " !" if count > person.max_days else ""
                        row += [format_date(day), f"{count}{mark}"]
                    else:
                        row += ["", ""]
                grid.append(row)
            story.append(table(grid, [22 * mm, 14 * mm] * groups))

    if person.overstays:
        story.append(para("Overstays", st.heading))
        for overstay in person.overstays:
            story.append(para(str(overstay.explanation(person.max_days)), st.body))
    story.append(Spacer(1, 6 * mm))
    return [KeepTogether(story[:3]), *story[3:]]


def write_travel_summary(
    target: Path | None,
    people: Sequence[PersonSummary],
    *,
    on: date,
    generated: datetime,
    on_page: Callable[[int], None] | None = None,
) -> bytes:
    """Render the travel summary of ``people`` on ``on``; returns the PDF's bytes."""

    def story(st: Styles) -> list["Flowable"]:
        flowables: list[Flowable] = []
        for person in people:
            flowables += _person_story(person, on, st)
        if not people:
            flowables.append(para("Nobody in the travel log yet.", st.body))
        flowables.append(
            para(
                "Rule: at most 90 days of presence in any 180-day period (Schengen Borders Code, "
                "Regulation (EU) 2016/399, art. 6(1)); entry and exit days count; days under a "
                "valid residence permit or long-stay visa do not. Computed by Ameli Desktop "
                "(unofficial) from the records above; the border authorities' own count prevails.",
                st.small,
            )
        )
        return flowables

    subtitle = f"Schengen 90/180-day rule, on {format_date(on)}"
    return build_pdf(
        target,
        title="Travel summary",
        subtitle=subtitle,
        story=story,
        generated=generated,
        footer=", ".join(p.name for p in people),
        on_page=on_page,
    )
