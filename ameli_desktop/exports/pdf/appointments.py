"""The appointment sheet: one page per appointment to take along, with the reason to tell the
advisor, the documents as boxes to tick while packing, the person's masked NIR and room for notes.

Written in the :class:`~ameli_desktop.domain.texts.Language` given (English for the CLI, the UI's
for the GUI): the sheet's own texts are marked in the "AppointmentSheet" context, the labels of
categories, channels, statuses and catalogue documents are the domain's ("Appointments").
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
    checklist_label,
)
from ameli_desktop.domain.appointments import CONTEXT as LABELS_CONTEXT
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP
from ameli_desktop.domain.facts import Facts, default_facts
from ameli_desktop.domain.texts import ENGLISH, Language
from ameli_desktop.exports.pdf.base import Styles, build_pdf, para

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

CHECKED = "☑"
UNCHECKED = "☐"
NOTE_LINES = 10

CONTEXT = "AppointmentSheet"
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("AppointmentSheet", "Monday"),
    QT_TRANSLATE_NOOP("AppointmentSheet", "Tuesday"),
    QT_TRANSLATE_NOOP("AppointmentSheet", "Wednesday"),
    QT_TRANSLATE_NOOP("AppointmentSheet", "Thursday"),
    QT_TRANSLATE_NOOP("AppointmentSheet", "Friday"),
    QT_TRANSLATE_NOOP("AppointmentSheet", "Saturday"),
    QT_TRANSLATE_NOOP("AppointmentSheet", "Sunday"),
)


def when_text(appointment: Appointment, language: Language = ENGLISH) -> str:
    """``Tuesday 10/03/2026, 14:30-15:00 (Paris time)``."""
    start = appointment.starts_at.astimezone(PARIS)
    end = appointment.ends_at.astimezone(PARIS)
    return language.tr(
        CONTEXT,
        QT_TRANSLATE_NOOP("AppointmentSheet", "{weekday} {day}, {start}-{end} (Paris time)"),
        weekday=language.tr(CONTEXT, _WEEKDAYS[start.weekday()]),
        day=f"{start:%d/%m/%Y}",
        start=f"{start:%H:%M}",
        end=f"{end:%H:%M}",
    )


def _sheet(
    appointment: Appointment,
    masked_nir: str,
    st: Styles,
    *,
    last: bool,
    language: Language,
    facts: Facts,
) -> list["Flowable"]:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

    from ameli_desktop.exports.pdf.base import table

    def tr(source: str, **params: object) -> str:
        return language.tr(CONTEXT, source, **params)

    def label(source: str) -> str:
        return language.tr(LABELS_CONTEXT, source)

    details = appointment.details
    facts_rows = [
        [
            para(tr(QT_TRANSLATE_NOOP("AppointmentSheet", "Person")), st.cell_bold),
            para(appointment.person_name, st.cell),
        ],
        [
            para(tr(QT_TRANSLATE_NOOP("AppointmentSheet", "NIR")), st.cell_bold),
            para(masked_nir or tr(QT_TRANSLATE_NOOP("AppointmentSheet", "not recorded")), st.cell),
        ],
        [
            para(tr(QT_TRANSLATE_NOOP("AppointmentSheet", "Category")), st.cell_bold),
            para(label(CATEGORY_LABELS[details.category]), st.cell),
        ],
        [
            para(tr(QT_TRANSLATE_NOOP("AppointmentSheet", "How")), st.cell_bold),
            para(label(CHANNEL_LABELS[details.channel]), st.cell),
        ],
        [
            para(label(PLACE_LABELS[details.channel]), st.cell_bold),
            para(details.place or "—", st.cell),
        ],
        [
            para(tr(QT_TRANSLATE_NOOP("AppointmentSheet", "Duration")), st.cell_bold),
            para(
                tr(
                    QT_TRANSLATE_NOOP("AppointmentSheet", "{minutes} min"),
                    minutes=details.duration_minutes,
                ),
                st.cell,
            ),
        ],
        [
            para(tr(QT_TRANSLATE_NOOP("AppointmentSheet", "Status")), st.cell_bold),
            para(label(STATUS_LABELS[details.status]), st.cell),
        ],
    ]
    story: list[Flowable] = [
        para(when_text(appointment, language), st.heading),
        table(facts_rows, [45 * mm, 129 * mm], header=False),
        para(
            tr(QT_TRANSLATE_NOOP("AppointmentSheet", "Reason (what the advisor prepares)")),
            st.heading,
        ),
        para(details.reason, st.body),
        para(tr(QT_TRANSLATE_NOOP("AppointmentSheet", "Documents to bring")), st.heading),
    ]
    if details.documents:
        box_rows = [
            [
                para(CHECKED if item.checked else UNCHECKED, st.body),
                para(checklist_label(item, facts, language.translate), st.body),
            ]
            for item in details.documents
        ]
        story.append(table(box_rows, [8 * mm, 166 * mm], header=False, zebra=False))
    else:
        story.append(
            para(tr(QT_TRANSLATE_NOOP("AppointmentSheet", "No documents listed.")), st.body)
        )
    if details.notes:
        story += [
            para(tr(QT_TRANSLATE_NOOP("AppointmentSheet", "Notes")), st.heading),
            para(details.notes, st.body),
        ]
    story.append(
        para(tr(QT_TRANSLATE_NOOP("AppointmentSheet", "Notes during the appointment")), st.heading)
    )
    lines = Table([[""]] * NOTE_LINES, colWidths=[174 * mm], rowHeights=[8 * mm] * NOTE_LINES)
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]))
    story += [
        lines,
        Spacer(1, 4 * mm),
        para(
            tr(
                QT_TRANSLATE_NOOP(
                    "AppointmentSheet",
                    "A CPAM appointment is not a medical consultation: the advisor deals with your"
                    " file, your rights and payments.",
                )
            ),
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
    language: Language = ENGLISH,
    facts: Facts | None = None,
) -> bytes:
    """One sheet per appointment, in the order given.

    Args:
        masked_nirs: person id -> masked NIR (never the full number: the sheet is carried around).
        generated: when the document is made (printed; injectable for tests).
        language: of the sheet (the GUI passes the UI's; English by default, as the CLI writes).
        facts: for the catalogue documents' labels (the photo size).
    """
    f = facts or default_facts()
    count = len(appointments)
    if count == 1:
        title = language.tr(
            CONTEXT, QT_TRANSLATE_NOOP("AppointmentSheet", "CPAM appointment sheet")
        )
    else:
        title = language.tr(
            CONTEXT,
            QT_TRANSLATE_NOOP("AppointmentSheet", "CPAM appointment sheets ({count})"),
            count=count,
        )
    people = {a.person_name for a in appointments}

    def story(st: Styles) -> list["Flowable"]:
        if not appointments:
            return [
                para(
                    language.tr(CONTEXT, QT_TRANSLATE_NOOP("AppointmentSheet", "No appointments.")),
                    st.body,
                )
            ]
        flow: list[Flowable] = []
        for index, appointment in enumerate(appointments):
            flow += _sheet(
                appointment,
                masked_nirs.get(appointment.person_id, ""),
                st,
                last=index == count - 1,
                language=language,
                facts=f,
            )
        return flow

    return build_pdf(
        target,
        title=title,
        story=story,
        generated=generated,
        footer=next(iter(people)) if len(people) == 1 else "",
        on_page=on_page,
        language=language,
    )
