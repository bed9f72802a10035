"""Appointments at their edges (issue 17, item 8): each length limit at its maximum and one past
it, phone numbers of every accepted length, the moment an appointment stops being upcoming, and a
naive datetime refused wherever one could slip in."""

from dataclasses import replace
from datetime import datetime, timedelta, tzinfo

import pytest

from ameli_desktop.domain.appointments import (
    MAX_CHECKLIST_ITEMS,
    MAX_CHECKLIST_LABEL_LENGTH,
    MAX_DURATION_MINUTES,
    MAX_NOTES_LENGTH,
    MAX_PLACE_LENGTH,
    MAX_REASON_LENGTH,
    Appointment,
    AppointmentDetails,
    Category,
    Channel,
    ChecklistItem,
    Status,
    checklist_label,
    default_checklist,
    needs_outcome,
    upcoming,
    validate_appointment,
)
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.facts import default_facts

FACTS = default_facts()
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=PARIS)
START = datetime(2026, 3, 10, 14, 30, tzinfo=PARIS)
BASE = AppointmentDetails(starts_at=START, reason="IJ not paid since January")


def field_refused(**changes: object) -> str | None:
    try:
        validate_appointment(replace(BASE, **changes), now=NOW)  # type: ignore[arg-type]
    except UserError as error:
        return error.field
    return None


@pytest.mark.parametrize(
    ("name", "at_most", "one_more", "field"),
    [
        ("reason", "r" * MAX_REASON_LENGTH, "r" * (MAX_REASON_LENGTH + 1), "reason"),
        ("place", "p" * MAX_PLACE_LENGTH, "p" * (MAX_PLACE_LENGTH + 1), "place"),
        ("notes", "n" * MAX_NOTES_LENGTH, "n" * (MAX_NOTES_LENGTH + 1), "notes"),
        ("duration_minutes", MAX_DURATION_MINUTES, MAX_DURATION_MINUTES + 1, "duration"),
        ("duration_minutes", 1, 0, "duration"),
    ],
)
def test_each_limit_takes_its_maximum_and_refuses_one_more(
    name: str, at_most: object, one_more: object, field: str
) -> None:
    assert field_refused(**{name: at_most}) is None
    assert field_refused(**{name: one_more}) == field


def test_the_checklist_takes_its_maximum_and_refuses_one_more() -> None:
    items = tuple(ChecklistItem(f"Document {i}") for i in range(MAX_CHECKLIST_ITEMS))
    assert field_refused(documents=items) is None
    assert field_refused(documents=(*items, ChecklistItem("One more"))) == "documents"
    longest = ChecklistItem("d" * MAX_CHECKLIST_LABEL_LENGTH)
    assert field_refused(documents=(longest,)) is None
    assert field_refused(documents=(ChecklistItem("d" * (MAX_CHECKLIST_LABEL_LENGTH + 1)),)) == (
        "documents"
    )
    assert field_refused(documents=(ChecklistItem("  "),)) == "documents"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+33612345", "+33612345"),  # 8 digits: the shortest international number
        ("+123456789012345", "+123456789012345"),  # 15 digits: E.164's longest
        ("3646", "3646"),
        ("01 23 45 67 89", "01 23 45 67 89"),
    ],
)
def test_every_accepted_phone_length(typed: str, stored: str) -> None:
    phone = replace(BASE, channel=Channel.PHONE, place=typed)
    assert validate_appointment(phone, now=NOW).place == stored


@pytest.mark.parametrize(
    "typed", ["+3361234", "+1234567890123456", "012345678", "01234567890", "364", "36460"]
)
def test_one_digit_too_few_or_too_many_is_not_a_phone_number(typed: str) -> None:
    assert field_refused(channel=Channel.PHONE, place=typed) == "place"


def test_an_outcome_only_once_the_appointment_has_started() -> None:
    assert field_refused(status=Status.DONE, starts_at=NOW) is None  # starting now
    assert field_refused(status=Status.MISSED, starts_at=NOW + timedelta(minutes=1)) == "status"
    assert field_refused(status=Status.CANCELLED, starts_at=NOW + timedelta(days=9)) is None


def stored(starts_at: datetime, status: Status = Status.PLANNED) -> Appointment:
    return Appointment(1, 1, "Zoé", replace(BASE, starts_at=starts_at, status=status))


def test_an_appointment_is_upcoming_until_its_last_minute() -> None:
    """30 minutes from 14:30: upcoming at 14:59, over (and waiting for its outcome) at 15:00."""
    appointment = stored(START)
    assert upcoming([appointment], START + timedelta(minutes=29)) == [appointment]
    assert upcoming([appointment], START + timedelta(minutes=30)) == []
    assert not needs_outcome(appointment, START + timedelta(minutes=29))
    assert needs_outcome(appointment, START + timedelta(minutes=30))
    assert upcoming([stored(START, Status.CANCELLED)], NOW) == []
    later, sooner = stored(START + timedelta(days=1)), stored(START)
    assert upcoming([later, sooner], NOW) == [sooner, later]


def test_a_stored_appointment_reads_its_details() -> None:
    appointment = stored(START, Status.DONE)
    assert appointment.starts_at == START
    assert appointment.duration_minutes == 30
    assert appointment.status is Status.DONE
    assert appointment.ends_at == START + timedelta(minutes=30)


def test_a_naive_now_is_refused_everywhere() -> None:
    naive = datetime(2026, 3, 2, 9, 0)  # noqa: DTZ001 - the mistake under test
    with pytest.raises(ValueError, match="aware"):
        upcoming([], naive)
    with pytest.raises(ValueError, match="aware"):
        validate_appointment(BASE, now=naive)
    with pytest.raises(ValueError, match="aware"):
        needs_outcome(stored(START), naive)


def test_a_prefilled_document_reads_from_the_catalogue_and_a_typed_one_as_typed() -> None:
    prefilled = default_checklist(Category.SICK_LEAVE, FACTS)[0]
    assert prefilled.key
    translated = checklist_label(prefilled, FACTS, lambda _context, text: f"FR:{text}")
    assert translated.startswith("FR:")
    typed = ChecklistItem("Mon attestation", key="")
    assert checklist_label(typed, FACTS, lambda _context, text: f"FR:{text}") == "Mon attestation"
    stale = ChecklistItem("An old label", key="no-longer-in-the-catalogue")
    assert checklist_label(stale, FACTS) == "An old label"


class NoOffset(tzinfo):
    """A time zone that cannot say its offset: as unusable as none at all."""

    def utcoffset(self, _dt: datetime | None) -> None:
        return None

    def dst(self, _dt: datetime | None) -> None:
        return None


def test_a_zone_without_an_offset_counts_as_no_zone() -> None:
    unknown = datetime(2026, 3, 2, 9, 0, tzinfo=NoOffset())
    with pytest.raises(ValueError, match="aware"):
        upcoming([], unknown)
    with pytest.raises(ValueError, match="aware"):
        validate_appointment(replace(BASE, starts_at=unknown), now=NOW)
