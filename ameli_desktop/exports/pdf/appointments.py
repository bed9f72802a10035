"""The appointment sheet: one page per appointment to take along, with the reason to tell the
advisor, the documents as boxes to tick while packing, the person's masked NIR and room for notes.
"""

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ameli_desktop.domain.appointments import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    PLACE_LABELS,
    STATUS_LABELS,
    Appointment,
)
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.exports.pdf.base import Styles, build_pdf, para

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

CHECKED = "☑"
UNCHECKED = "☐"
NOTE_LINES = 10

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def when_text(appointment: Appointment) -> str:
    """``Tuesday 10/03/2026, 14:30-15:00 (Paris time)``."""
    start = appointment.starts_at.astimezone(PARIS)
    end = appointment.ends_at.astimezone(PARIS)
    return f"{_WEEKDAYS[start.weekday()]} {start:%d/%m/%Y}, {start:%H:%M}-{end:%H:%M} (Paris time)"


def _sheet(
    appointment: Appointment, masked_nir: str, st: Styles, *, last: bool
) -> list["Flowable"]:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

    from ameli_desktop.exports.pdf.base import table

    details = appointment.details
    facts_rows = [
        [para("Person", st.cell_bold), para(appointment.person_name, st.cell)],
        [para("NIR", st.cell_bold), para(masked_nir or "not recorded", st.cell)],
        [para("Category", st.cell_bold), para(CATEGORY_LABELS[details.category], st.cell)],
        [para("How", st.cell_bold), para(CHANNEL_LABELS[details.channel], st.cell)],
        [
            para(PLACE_LABELS[details.channel], st.cell_bold),
            para(details.place or "—", st.cell),
        ],
        [para("Duration", st.cell_bold), para(f"{details.duration_minutes} min", st.cell)],
        [para("Status", st.cell_bold), para(STATUS_LABELS[details.status], st.cell)],
    ]
    story: list[Flowable] = [
        para(when_text(appointment), st.heading),
        table(facts_rows, [45 * mm, 129 * mm], header=False),
        para("Reason (what the advisor prepares)", st.heading),
        para(details.reason, st.body),
        para("Documents to bring", st.heading),
    ]
    if details.documents:
        box_rows = [
            [
                para(CHECKED if item.checked else UNCHECKED, st.body),
                para(item.label, st.body),
            ]
            for item in details.documents
        ]
        story.append(table(box_rows, [8 * mm, 166 * mm], header=False, zebra=False))
    else:
        story.append(para("No documents listed.", st.body))
    if details.notes:
        story += [para("Notes", st.heading), para(details.notes, st.body)]
    story.append(para("Notes during the appointment", st.heading))
    lines = Table([[""]] * NOTE_LINES, colWidths=[174 * mm], rowHeights=[8 * mm] * NOTE_LINES)
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]))
    story += [
        lines,
        Spacer(1, 4 * mm),
        para(
            "A CPAM appointment is not a medical consultation: the advisor deals with your"
            " file, your rights and payments.",
            st.small,
        ),
    ]
    if not last:
        story.append(PageBreak())
    return story


def render_appointment_sheets(
    target: Path | None,
    appointments: Sequence[Appointment],
    *,
    masked_nirs: Mapping[int, str],
    generated: datetime,
    on_page: Callable[[int], None] | None = None,
) -> bytes:
    """One sheet per appointment, in the order given.

    Args:
        masked_nirs: person id -> masked NIR (never the full number: the sheet is carried around).
        generated: when the document is made (printed; injectable for tests).
    """
    count = len(appointments)
    title = "CPAM appointment sheet" if count == 1 else f"CPAM appointment sheets ({count})"
    people = {a.person_name for a in appointments}

    def story(st: Styles) -> list["Flowable"]:
        if not appointments:
            return [para("No appointments.", st.body)]
        flow: list[Flowable] = []
        for index, appointment in enumerate(appointments):
            flow += _sheet(
                appointment,
                masked_nirs.get(appointment.person_id, ""),
                st,
                last=index == count - 1,
            )
        return flow

    return build_pdf(
        target,
        title=title,
        story=story,
        generated=generated,
        footer=next(iter(people)) if len(people) == 1 else "",
        on_page=on_page,
    )
