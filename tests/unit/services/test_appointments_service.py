"""AppointmentService on a real SQLite file: storage in UTC, validation, outcomes, reminders,
removal and undo, exports and the Overview's attention items."""

import io
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from ameli_desktop.domain.appointments import (
    AppointmentDetails,
    Category,
    Channel,
    ReminderKind,
    Status,
    default_checklist,
)
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.errors import NotFoundError, UserError
from ameli_desktop.domain.facts import default_facts
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.appointments import OWNER_KIND, AppointmentService
from ameli_desktop.services.attachments import AttachmentService
from ameli_desktop.services.attention import Severity
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService

# The shared `ctx` fixture's clock: Wednesday 25 November 2026, 10:00 in Paris (CET, UTC+1).
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=PARIS)
FRIDAY_1430 = datetime(2026, 11, 27, 14, 30, tzinfo=PARIS)  # = 13:30 UTC


def details(**changes: object) -> AppointmentDetails:
    base = AppointmentDetails(
        starts_at=FRIDAY_1430,
        reason="Daily allowances of my arrêt de travail not paid",
        category=Category.SICK_LEAVE,
        channel=Channel.OFFICE,
        place="CPAM, 21 rue Georges Auric, 75019 Paris",
        documents=default_checklist(Category.SICK_LEAVE, default_facts()),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def zoe(ctx: AppContext) -> int:
    return PeopleService(ctx).add(PersonDetails("Zoé Lebrun", nir="1 85 05 78 006 084 91")).id


def count_rows(ctx: AppContext) -> int:
    conn = sqlite3.connect(ctx.paths.database)
    try:
        return int(conn.execute("SELECT count(*) FROM appointment").fetchone()[0])
    finally:
        conn.close()


def test_add_stores_utc_and_reads_back_paris_time(ctx: AppContext, zoe: int) -> None:
    """14:30 in Paris on 27 November 2026 (winter, UTC+1) is stored as 13:30 UTC."""
    added = AppointmentService(ctx).add(zoe, details())
    conn = sqlite3.connect(ctx.paths.database)
    try:
        [stored] = conn.execute("SELECT starts_at FROM appointment").fetchone()
    finally:
        conn.close()
    assert stored.startswith("2026-11-27 13:30:00")
    [read] = AppointmentService(ctx).all()
    assert read.id == added.id
    assert read.starts_at == FRIDAY_1430
    assert read.starts_at.utcoffset() == timedelta(hours=1)
    assert read.person_name == "Zoé Lebrun"
    assert [d.key for d in read.details.documents][:2] == ["carte_vitale", "identity"]


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_missing_reason_saves_nothing(ctx: AppContext, zoe: int, reason: str) -> None:
    with pytest.raises(UserError) as caught:
        AppointmentService(ctx).add(zoe, details(reason=reason))
    assert caught.value.field == "reason"
    assert count_rows(ctx) == 0


def test_person_is_required_and_must_exist(ctx: AppContext) -> None:
    with pytest.raises(UserError) as caught:
        AppointmentService(ctx).add(None, details())
    assert caught.value.field == "person"
    with pytest.raises(NotFoundError) as missing:
        AppointmentService(ctx).add(99, details())
    assert missing.value.field == "person"
    assert count_rows(ctx) == 0


def test_list_filters_by_paris_day_and_person(ctx: AppContext, zoe: int) -> None:
    """00:30 on 1 December in Paris is 23:30 UTC on 30 November: it is listed from 1 December."""
    tom = PeopleService(ctx).add(PersonDetails("Tom")).id
    service = AppointmentService(ctx)
    late = service.add(zoe, details(starts_at=datetime(2026, 12, 1, 0, 30, tzinfo=PARIS)))
    service.add(zoe, details())
    toms = service.add(tom, details(starts_at=datetime(2026, 12, 2, 9, 0, tzinfo=PARIS)))
    assert [a.id for a in service.all(since=date(2026, 12, 1))] == [late.id, toms.id]
    assert [a.id for a in service.all(person_id=tom)] == [toms.id]
    assert service.days_with_appointments(2026, 12) == {date(2026, 12, 1), date(2026, 12, 2)}


def test_update_outcome_and_checklist(ctx: AppContext, zoe: int) -> None:
    service = AppointmentService(ctx)
    added = service.add(zoe, details())
    with pytest.raises(UserError) as caught:
        service.set_outcome(added.id, Status.DONE)  # Friday's appointment, it is Wednesday
    assert caught.value.field == "status"
    cancelled = service.set_outcome(added.id, Status.CANCELLED, "The CPAM called to move it")
    assert cancelled.status is Status.CANCELLED
    assert cancelled.details.notes == "The CPAM called to move it"
    ticked = service.set_checked(added.id, 2, True)
    assert [d.checked for d in ticked.details.documents][:3] == [False, False, True]
    moved = service.update(added.id, details(channel=Channel.PHONE, place="0612345678"))
    assert moved.details.place == "06 12 34 56 78"
    assert moved.status is Status.PLANNED


def test_remove_and_undo(ctx: AppContext, zoe: int, tmp_path: Path) -> None:
    service = AppointmentService(ctx)
    added = service.add(zoe, details())
    letter = tmp_path / "convocation.pdf"
    letter.write_bytes(b"%PDF-1.4 convocation")
    AttachmentService(ctx).add(OWNER_KIND, added.id, letter)
    assert service.get(added.id).attachment_count == 1
    removed = service.remove(added.id)
    assert service.all() == []
    assert AttachmentService(ctx).for_record(OWNER_KIND, added.id) == []
    restored = service.restore(removed)
    assert restored.details == added.details
    assert restored.attachment_count == 0
    assert [a.id for a in service.all()] == [restored.id]
    with pytest.raises(NotFoundError):
        service.remove(999)


def test_removing_the_person_removes_their_appointments(ctx: AppContext, zoe: int) -> None:
    AppointmentService(ctx).add(zoe, details())
    people = PeopleService(ctx)
    [dependent] = people.dependents(zoe)
    assert (dependent.label, dependent.count) == ("CPAM appointments", 1)
    people.remove(zoe)
    assert count_rows(ctx) == 0


def test_reminders_once_each(data_dir: Path) -> None:
    """Appointment Friday 27 November 14:30. On Thursday 14:30 the day-before reminder is due; once
    marked it is not due again; on Friday 13:30 the hour-before one is."""
    ctx = AppContext.open(data_dir, clock=FixedClock(NOW))
    try:
        zoe = PeopleService(ctx).add(PersonDetails("Zoé")).id
        service = AppointmentService(ctx)
        added = service.add(zoe, details())
        assert service.due_reminders(datetime(2026, 11, 26, 14, 29, tzinfo=PARIS)) == []
        thursday = datetime(2026, 11, 26, 14, 30, tzinfo=PARIS)
        [(appointment, kind)] = service.due_reminders(thursday)
        assert (appointment.id, kind) == (added.id, ReminderKind.DAY_BEFORE)
        service.mark_reminded(added.id, kind)
        assert service.due_reminders(thursday + timedelta(hours=2)) == []
        friday = datetime(2026, 11, 27, 13, 30, tzinfo=PARIS).astimezone(UTC)
        assert [k for _, k in service.due_reminders(friday)] == [ReminderKind.HOUR_BEFORE]
        # a new time re-arms the reminders
        service.mark_reminded(added.id, ReminderKind.HOUR_BEFORE)
        service.update(added.id, details(starts_at=FRIDAY_1430 + timedelta(days=1)))
        saturday = datetime(2026, 11, 27, 14, 30, tzinfo=PARIS)
        assert [k for _, k in service.due_reminders(saturday)] == [ReminderKind.DAY_BEFORE]
    finally:
        ctx.close()


def test_exports(ctx: AppContext, zoe: int, tmp_path: Path) -> None:
    service = AppointmentService(ctx)
    with pytest.raises(UserError):
        service.export_ics(tmp_path / "none.ics")
    with pytest.raises(UserError):
        service.export_pdf(tmp_path / "none.pdf")
    added = service.add(zoe, details())
    path, count = service.export_ics(tmp_path / "all.ics")
    assert count == 1
    [event] = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == f"appointment-{added.id}@ameli-desktop.local"
    assert str(event.decoded("DTSTART").tzinfo) == "Europe/Paris"
    pdf = service.export_pdf(tmp_path / "sheet.pdf")
    text = PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    assert "Daily allowances of my arrêt de travail not paid" in text
    assert "•••••••••••8491" in text
    assert "185057800608491" not in text


def test_attention_this_week_and_outcomes(data_dir: Path) -> None:
    """Now: Wednesday 25 November 10:00. Friday 27 is within the week; 5 December is not; the
    appointment of Monday 23 November is over and still planned."""
    ctx = AppContext.open(data_dir, clock=FixedClock(NOW - timedelta(days=3)))
    try:
        zoe = PeopleService(ctx).add(PersonDetails("Zoé")).id
        service = AppointmentService(ctx)
        past = service.add(zoe, details(starts_at=datetime(2026, 11, 23, 9, 0, tzinfo=PARIS)))
        soon = service.add(zoe, details())
        service.add(zoe, details(starts_at=datetime(2026, 12, 5, 9, 0, tzinfo=PARIS)))
    finally:
        ctx.close()
    ctx = AppContext.open(data_dir, clock=FixedClock(NOW))
    try:
        items = AppointmentService(ctx).attention()
    finally:
        ctx.close()
    assert [(i.record_id, i.severity) for i in items] == [
        (soon.id, Severity.SOON),
        (past.id, Severity.SOON),
    ]
    assert items[0].text() == "CPAM appointment on 27/11/2026 14:30: Sick leave (arrêt de travail)"
    assert items[0].translatable == (("category", "Appointments"),)  # a label: the GUI's
    assert items[1].text() == "What happened at the appointment of 23/11/2026 09:00?"
    assert all(i.area == "appointments" for i in items)
