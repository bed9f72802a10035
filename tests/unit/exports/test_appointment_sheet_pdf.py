"""The appointment sheet PDF, rendered and read back."""

import io
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from ameli_desktop.domain.appointments import (
    Appointment,
    AppointmentDetails,
    Category,
    Channel,
    ChecklistItem,
    default_checklist,
)
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.facts import default_facts
from ameli_desktop.exports.pdf.appointments import render_appointment_sheets

GENERATED = datetime(2026, 3, 1, 9, 15, tzinfo=PARIS)
MASKED = "•••••••••••8436"


def appointment(appointment_id: int, reason: str, person_id: int = 1) -> Appointment:
    documents = (*default_checklist(Category.SICK_LEAVE, default_facts()),)
    documents = (
        ChecklistItem(documents[0].label, checked=True, key="carte_vitale"),
        *documents[1:],
    )
    details = AppointmentDetails(
        starts_at=datetime(2026, 3, 10, 14, 30, tzinfo=PARIS),
        reason=reason,
        category=Category.SICK_LEAVE,
        channel=Channel.OFFICE,
        place="CPAM, 21 rue Georges Auric, 75019 Paris",
        documents=documents,
        notes="Ask about the <b>delay</b> & the IJ",
    )
    return Appointment(appointment_id, person_id, "Zoé Lebrun", details)


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_sheet_has_the_appointment_reason_checklist_and_masked_nir(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    data = render_appointment_sheets(
        target,
        [appointment(1, "IJ not paid since 5 January <img src='/etc/passwd'/>")],
        masked_nirs={1: MASKED},
        generated=GENERATED,
    )
    assert target.read_bytes() == data
    text = text_of(data)
    assert "CPAM appointment sheet" in text
    assert "Tuesday 10/03/2026, 14:30-15:00 (Paris time)" in text
    assert "IJ not paid since 5 January <img src='/etc/passwd'/>" in text  # escaped, shown as typed
    assert "Ask about the <b>delay</b> & the IJ" in text
    assert MASKED in text
    assert "☑" in text
    assert "☐" in text
    assert "Your avis d'arrêt de travail (the copy you kept)" in text
    assert "Notes during the appointment" in text
    assert "not a medical consultation" in text
    assert "1 / 1" in text


def test_one_page_per_appointment() -> None:
    data = render_appointment_sheets(
        None,
        [appointment(1, "first reason"), appointment(2, "second reason", person_id=2)],
        masked_nirs={1: MASKED},
        generated=GENERATED,
    )
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2
    assert "first reason" in reader.pages[0].extract_text()
    assert "second reason" in reader.pages[1].extract_text()
    assert "not recorded" in reader.pages[1].extract_text()  # person 2 has no NIR on file
    assert "CPAM appointment sheets (2)" in reader.pages[0].extract_text()


def test_rendering_is_byte_stable() -> None:
    sheets = [appointment(1, "same")]
    first = render_appointment_sheets(None, sheets, masked_nirs={}, generated=GENERATED)
    again = render_appointment_sheets(None, sheets, masked_nirs={}, generated=GENERATED)
    assert first == again
