"""Appointments with CPAM advisors: what they are about, how they happen, and what to bring.

An advisor prepares the file before the meeting from the reason the user gave, so an appointment
without a reason is refused (not merely discouraged). Times are aware datetimes: the user types
Paris wall-clock time, storage keeps UTC, and every rule here compares instants, never naive clock
times. "now" is always a parameter.
"""

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Protocol, TypeVar

from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.facts import Facts
from ameli_desktop.domain.names import fold

CONTEXT = "Appointments"  # translation context of the labels below

DEFAULT_DURATION_MINUTES = 30
# Product choice: a CPAM appointment is a short meeting; more than 4 hours is a typo (3000 for 30).
MAX_DURATION_MINUTES = 240
MAX_REASON_LENGTH = 2000
MAX_PLACE_LENGTH = 300
MAX_NOTES_LENGTH = 10_000
MAX_CHECKLIST_ITEMS = 40
MAX_CHECKLIST_LABEL_LENGTH = 200


class Category(StrEnum):
    """What the appointment is about; it decides the documents to bring."""

    ACCIDENT_AT_WORK = "accident_at_work"
    SICK_LEAVE = "sick_leave"
    CARE_ABROAD = "care_abroad"
    MATERNITY_PATERNITY = "maternity_paternity"
    CARTE_VITALE = "carte_vitale"
    REGISTRATION = "registration"
    OTHER = "other"


class Channel(StrEnum):
    """How the appointment happens: at a CPAM office (accueil), by phone, or by video."""

    OFFICE = "office"
    PHONE = "phone"
    VIDEO = "video"


class Status(StrEnum):
    """Planned until it has happened; then its outcome."""

    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"
    MISSED = "missed"


OUTCOMES = (Status.DONE, Status.CANCELLED, Status.MISSED)

# English labels with the ameli.fr term beside them (DESIGN.md 10); the GUI translates them.
CATEGORY_LABELS: dict[Category, str] = {
    Category.ACCIDENT_AT_WORK: QT_TRANSLATE_NOOP(
        "Appointments", "Accident at work (accident du travail)"
    ),
    Category.SICK_LEAVE: QT_TRANSLATE_NOOP("Appointments", "Sick leave (arrêt de travail)"),
    Category.CARE_ABROAD: QT_TRANSLATE_NOOP("Appointments", "Care abroad (soins à l'étranger)"),
    Category.MATERNITY_PATERNITY: QT_TRANSLATE_NOOP(
        "Appointments", "Maternity / paternity leave (congé maternité / paternité)"
    ),
    Category.CARTE_VITALE: QT_TRANSLATE_NOOP("Appointments", "Carte Vitale"),
    Category.REGISTRATION: QT_TRANSLATE_NOOP("Appointments", "Registration (affiliation)"),
    Category.OTHER: QT_TRANSLATE_NOOP("Appointments", "Other"),
}

CHANNEL_LABELS: dict[Channel, str] = {
    Channel.OFFICE: QT_TRANSLATE_NOOP("Appointments", "At a CPAM office (accueil)"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Appointments", "By phone (rendez-vous téléphonique)"),
    Channel.VIDEO: QT_TRANSLATE_NOOP("Appointments", "By video (visio)"),
}

STATUS_LABELS: dict[Status, str] = {
    Status.PLANNED: QT_TRANSLATE_NOOP("Appointments", "Planned"),
    Status.DONE: QT_TRANSLATE_NOOP("Appointments", "Done"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Appointments", "Cancelled"),
    Status.MISSED: QT_TRANSLATE_NOOP("Appointments", "Missed"),
}

# What "place" means for each channel, for form labels.
PLACE_LABELS: dict[Channel, str] = {
    Channel.OFFICE: QT_TRANSLATE_NOOP("Appointments", "Address of the office"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Appointments", "Phone number the advisor will call"),
    Channel.VIDEO: QT_TRANSLATE_NOOP("Appointments", "Video link (optional)"),
}

# Words users type for each value (folded: lower case, no accents), besides the value itself.
_CATEGORY_ALIASES: dict[str, Category] = {
    "accident": Category.ACCIDENT_AT_WORK,
    "accident at work": Category.ACCIDENT_AT_WORK,
    "work accident": Category.ACCIDENT_AT_WORK,
    "accident du travail": Category.ACCIDENT_AT_WORK,
    "at": Category.ACCIDENT_AT_WORK,
    "sick leave": Category.SICK_LEAVE,
    "arret de travail": Category.SICK_LEAVE,
    "arret": Category.SICK_LEAVE,
    "care abroad": Category.CARE_ABROAD,
    "abroad": Category.CARE_ABROAD,
    "soins a l'etranger": Category.CARE_ABROAD,
    "maternity": Category.MATERNITY_PATERNITY,
    "paternity": Category.MATERNITY_PATERNITY,
    "maternite": Category.MATERNITY_PATERNITY,
    "paternite": Category.MATERNITY_PATERNITY,
    "vitale": Category.CARTE_VITALE,
    "carte vitale": Category.CARTE_VITALE,
    "affiliation": Category.REGISTRATION,
    "autre": Category.OTHER,
}
_CHANNEL_ALIASES: dict[str, Channel] = {
    "accueil": Channel.OFFICE,
    "agence": Channel.OFFICE,
    "in person": Channel.OFFICE,
    "telephone": Channel.PHONE,
    "tel": Channel.PHONE,
    "visio": Channel.VIDEO,
    "visioconference": Channel.VIDEO,
}
_STATUS_ALIASES: dict[str, Status] = {
    "prevu": Status.PLANNED,
    "fait": Status.DONE,
    "annule": Status.CANCELLED,
    "canceled": Status.CANCELLED,
    "manque": Status.MISSED,
}


_E = TypeVar("_E", bound=StrEnum)


def _parse_choice(
    text: str, enum: type[_E], aliases: dict[str, _E], field: str, template: str
) -> _E:
    key = fold(text).replace("_", " ")
    for member in enum:
        if key == fold(member.value).replace("_", " "):
            return member
    if key in aliases:
        return aliases[key]
    raise UserError(
        template, field=field, value=text, choices=", ".join(member.value for member in enum)
    )


def parse_category(text: str, *, field: str = "category") -> Category:
    """``sick_leave``, ``Arrêt de travail``, ``sick leave`` -> Category.SICK_LEAVE."""
    return _parse_choice(
        text,
        Category,
        _CATEGORY_ALIASES,
        field,
        QT_TRANSLATE_NOOP(
            "Errors", "“{value}” is not an appointment category: use one of {choices}."
        ),
    )


def parse_channel(text: str, *, field: str = "channel") -> Channel:
    """``office``, ``accueil``, ``téléphone``, ``visio``..."""
    return _parse_choice(
        text,
        Channel,
        _CHANNEL_ALIASES,
        field,
        QT_TRANSLATE_NOOP("Errors", "“{value}” is not a way to meet: use one of {choices}."),
    )


def parse_status(text: str, *, field: str = "status") -> Status:
    """``planned``, ``done``, ``cancelled`` (or ``canceled``), ``missed``."""
    return _parse_choice(
        text,
        Status,
        _STATUS_ALIASES,
        field,
        QT_TRANSLATE_NOOP(
            "Errors", "“{value}” is not an appointment status: use one of {choices}."
        ),
    )


# ------------------------------------------------------------------------------------- times


def paris_time(day: date, clock: time, *, field: str = "starts_at") -> datetime:
    """A Paris wall-clock day and time as an aware datetime.

    The night clocks go forward (last Sunday of March) has no 02:00-02:59: such a time is refused.
    The night they go back (last Sunday of October) has 02:00-02:59 twice: the first one (summer
    time) is taken, as a CPAM office or phone line is closed at that hour anyway.

    Raises:
        UserError: the time does not exist in Paris that day.
    """
    local = datetime.combine(day, clock.replace(tzinfo=None, fold=0), tzinfo=PARIS)
    if local.astimezone(UTC).astimezone(PARIS).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{value} does not exist in Paris: the clocks go forward from 02:00 to 03:00 that"
                " night.",
            ),
            field=field,
            value=local.strftime("%d/%m/%Y %H:%M"),
        )
    return local


_DATETIME_TEXT = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})\s*$")


def parse_paris_datetime(text: str, *, field: str = "at") -> datetime:
    """``2026-03-10 14:30`` (the CLI's ``--at``), read as Paris time, as an aware datetime."""
    match = _DATETIME_TEXT.match(text)
    try:
        if match is None:
            raise ValueError
        day = date.fromisoformat(match.group(1))
        clock = time.fromisoformat(match.group(2).zfill(5))
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a date and time: use YYYY-MM-DD HH:MM (Paris time)."
            ),
            field=field,
            value=text,
        ) from None
    return paris_time(day, clock, field=field)


def _require_aware(moment: datetime, what: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be an aware datetime, got {moment!r}")


def _utc(moment: datetime) -> datetime:
    """The instant in UTC. Python compares and subtracts two datetimes that share a tzinfo by
    their wall clocks, which is wrong across a change of clocks: rules compare UTC values."""
    return moment.astimezone(UTC)


def ends_at(starts_at: datetime, duration_minutes: int) -> datetime:
    """The end instant (elapsed time, so correct across a change of clocks)."""
    _require_aware(starts_at, "starts_at")
    end = starts_at.astimezone(UTC) + timedelta(minutes=duration_minutes)
    return end.astimezone(starts_at.tzinfo)


# ---------------------------------------------------------------------------------- checklist


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One document to bring. ``key`` names a catalogue entry (so the GUI can show it translated);
    items the user typed have an empty key and are shown as typed."""

    label: str
    checked: bool = False
    key: str = ""


# The catalogue of documents, as English templates (translated by the GUI in CONTEXT).
# {photo_width}/{photo_height} come from facts.toml [vitale].
DOCUMENTS: dict[str, str] = {
    "carte_vitale": QT_TRANSLATE_NOOP(
        "Appointments", "Your carte Vitale (or an attestation de droits)"
    ),
    "identity": QT_TRANSLATE_NOOP(
        "Appointments",
        "An identity document (passport, national identity card or residence permit)",
    ),
    "rib": QT_TRANSLATE_NOOP("Appointments", "Your bank details (RIB) for the payments"),
    "accident_sheet": QT_TRANSLATE_NOOP(
        "Appointments", "The feuille d'accident du travail given by your employer"
    ),
    "initial_certificate": QT_TRANSLATE_NOOP(
        "Appointments", "The certificat médical initial from your doctor"
    ),
    "employer_declaration": QT_TRANSLATE_NOOP(
        "Appointments",
        "A copy of your employer's déclaration d'accident du travail, if you have one",
    ),
    "sick_leave_notice": QT_TRANSLATE_NOOP(
        "Appointments", "Your avis d'arrêt de travail (the copy you kept)"
    ),
    "salary_attestation": QT_TRANSLATE_NOOP(
        "Appointments", "Your employer's attestation de salaire"
    ),
    "payslips": QT_TRANSLATE_NOOP("Appointments", "Your latest payslips (bulletins de salaire)"),
    "ceam": QT_TRANSLATE_NOOP(
        "Appointments", "Your CEAM (European health insurance card) or provisional certificate"
    ),
    "foreign_invoices": QT_TRANSLATE_NOOP(
        "Appointments", "The invoices and receipts for the care abroad (factures acquittées)"
    ),
    "foreign_prescriptions": QT_TRANSLATE_NOOP(
        "Appointments", "The prescriptions and medical reports from abroad"
    ),
    "care_abroad_form": QT_TRANSLATE_NOOP(
        "Appointments", "The form “Soins reçus à l'étranger”, filled in and signed"
    ),
    "pregnancy_declaration": QT_TRANSLATE_NOOP(
        "Appointments", "The déclaration de grossesse (for maternity leave)"
    ),
    "birth_record": QT_TRANSLATE_NOOP(
        "Appointments", "The child's acte de naissance or your livret de famille"
    ),
    "current_card": QT_TRANSLATE_NOOP(
        "Appointments", "Your current carte Vitale, if you still have it (damaged or faulty card)"
    ),
    "photo": QT_TRANSLATE_NOOP(
        "Appointments",
        "An identity photo, {photo_width} x {photo_height} mm, recent, plain background",
    ),
    "birth_certificate": QT_TRANSLATE_NOOP(
        "Appointments", "Your birth certificate (extrait d'acte de naissance with parents' names)"
    ),
    "address_proof": QT_TRANSLATE_NOOP("Appointments", "A proof of address less than 3 months old"),
    "residence_proof": QT_TRANSLATE_NOOP(
        "Appointments",
        "Proof that you live or work in France (work contract, payslips, residence permit)",
    ),
}

# Everyone brings their card and an ID, except for a registration, where there is no card yet.
_COMMON = ("carte_vitale", "identity")
CHECKLIST_BY_CATEGORY: dict[Category, tuple[str, ...]] = {
    Category.ACCIDENT_AT_WORK: (
        *_COMMON,
        "accident_sheet",
        "initial_certificate",
        "employer_declaration",
        "salary_attestation",
        "rib",
    ),
    Category.SICK_LEAVE: (*_COMMON, "sick_leave_notice", "salary_attestation", "payslips", "rib"),
    Category.CARE_ABROAD: (
        *_COMMON,
        "ceam",
        "foreign_invoices",
        "foreign_prescriptions",
        "care_abroad_form",
        "rib",
    ),
    Category.MATERNITY_PATERNITY: (
        *_COMMON,
        "pregnancy_declaration",
        "birth_record",
        "salary_attestation",
        "payslips",
        "rib",
    ),
    Category.CARTE_VITALE: ("current_card", "identity", "photo"),
    Category.REGISTRATION: (
        "identity",
        "birth_certificate",
        "address_proof",
        "residence_proof",
        "rib",
    ),
    Category.OTHER: _COMMON,
}


class Translate(Protocol):
    def __call__(self, context: str, text: str, /) -> str: ...


def document_label(key: str, facts: Facts, translate: Translate | None = None) -> str:
    """The label of a catalogue document, translated when the GUI passes its ``translate``."""
    template = DOCUMENTS[key]
    if translate is not None:
        template = translate(CONTEXT, template)
    width, height = facts.vitale.photo_size_mm
    return template.format(photo_width=width, photo_height=height)


def checklist_label(item: ChecklistItem, facts: Facts, translate: Translate | None = None) -> str:
    """What a checklist item says to its reader.

    Prefilled items are stored with their catalogue ``key`` (and an English label, for the CLI and
    JSON): they are shown from the catalogue in the reader's language, so a checklist made while
    the UI was English reads in French once the UI is French (and the PDF and calendar with it).
    Items the user typed have no key and are shown as typed.
    """
    if item.key in DOCUMENTS:
        return document_label(item.key, facts, translate)
    return item.label


def default_checklist(category: Category, facts: Facts) -> tuple[ChecklistItem, ...]:
    """The documents to bring for a category, all unchecked."""
    return tuple(
        ChecklistItem(document_label(key, facts), key=key)
        for key in CHECKLIST_BY_CATEGORY[category]
    )


def switch_checklist_category(
    items: Sequence[ChecklistItem], new_category: Category, facts: Facts
) -> tuple[ChecklistItem, ...]:
    """The checklist after the user changes the category in the form.

    Catalogue items are replaced by the new category's (keeping the ticks of those kept), and the
    items the user typed are kept, so changing the category never loses their work.
    """
    checked = {item.key for item in items if item.key and item.checked}
    prefilled = tuple(
        replace(item, checked=item.key in checked)
        for item in default_checklist(new_category, facts)
    )
    typed = tuple(item for item in items if not item.key)
    return prefilled + typed


# --------------------------------------------------------------------------------- validation


@dataclass(frozen=True, slots=True)
class AppointmentDetails:
    """What the user enters for an appointment (the person is chosen separately)."""

    starts_at: datetime
    reason: str
    category: Category = Category.OTHER
    channel: Channel = Channel.OFFICE
    place: str = ""  # office address, phone number, or video link, depending on the channel
    duration_minutes: int = DEFAULT_DURATION_MINUTES
    status: Status = Status.PLANNED
    documents: tuple[ChecklistItem, ...] = ()
    notes: str = ""


_PHONE_CHARS = re.compile(r"^\+?[\d\s.\-()/]+$")


def _normalize_phone(text: str) -> str | None:
    """``01.23.45.67.89`` -> ``01 23 45 67 89``; None when it cannot be a phone number.

    Accepted: short service numbers (4 digits, like 3646), French numbers (10 digits from 0) and
    international ones (+ then at most 15 digits, the E.164 maximum).
    """
    compact = text.strip()
    if not _PHONE_CHARS.match(compact):
        return None
    digits = re.sub(r"\D", "", compact)
    if compact.startswith("+"):
        return "+" + digits if 8 <= len(digits) <= 15 else None
    if digits.startswith("0"):
        if len(digits) != 10:
            return None
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    return digits if len(digits) == 4 else None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def appointment_problems(details: AppointmentDetails, *, now: datetime) -> list[UserError]:
    """Every problem with an appointment, one per field, in the order of the form.

    The GUI marks each field at once; :func:`validate_appointment` raises the first.
    """
    _require_aware(now, "now")
    problems: list[UserError] = []
    reason = details.reason.strip()
    if not reason:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Give the reason for the appointment: the advisor prepares your file from it"
                    " before meeting you, and without it the appointment may be wasted.",
                ),
                field="reason",
            )
        )
    elif len(reason) > MAX_REASON_LENGTH:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The reason is {length} characters long: keep it under {maximum}."
                ),
                field="reason",
                length=len(reason),
                maximum=MAX_REASON_LENGTH,
            )
        )

    if details.starts_at.tzinfo is None or details.starts_at.utcoffset() is None:
        raise ValueError(f"starts_at must be an aware datetime, got {details.starts_at!r}")

    duration = details.duration_minutes
    if isinstance(duration, bool) or not isinstance(duration, int) or duration <= 0:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The duration must be a positive number of minutes, not {value}."
                ),
                field="duration",
                value=duration,
            )
        )
    elif duration > MAX_DURATION_MINUTES:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A duration of {value} minutes is longer than {maximum} minutes: check the"
                    " number.",
                ),
                field="duration",
                value=duration,
                maximum=MAX_DURATION_MINUTES,
            )
        )

    place = details.place.strip()
    # An office appointment may be booked before its address is known (the confirmation gives it),
    # and DESIGN.md 7's `appointments add` makes --place optional: only a phone needs its number.
    if details.channel is Channel.PHONE:
        if not place:
            problems.append(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Give the phone number the advisor will call for a phone appointment.",
                    ),
                    field="place",
                )
            )
        elif _normalize_phone(place) is None:
            problems.append(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{value}” is not a phone number: write 10 digits from 0 (01 23 45 67 89)"
                        " or an international number starting with +.",
                    ),
                    field="place",
                    value=place,
                )
            )
    if len(place) > MAX_PLACE_LENGTH:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The place is {length} characters long: keep it under {maximum}."
                ),
                field="place",
                length=len(place),
                maximum=MAX_PLACE_LENGTH,
            )
        )

    if details.status in (Status.DONE, Status.MISSED) and _utc(details.starts_at) > _utc(now):
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "An appointment cannot be marked “{status}” before it starts: it is on"
                    " {starts}.",
                ),
                field="status",
                status=details.status.value,
                starts=details.starts_at.astimezone(PARIS).strftime("%d/%m/%Y %H:%M"),
            )
        )

    if len(details.documents) > MAX_CHECKLIST_ITEMS:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The checklist has {count} documents: keep it under {maximum}."
                ),
                field="documents",
                count=len(details.documents),
                maximum=MAX_CHECKLIST_ITEMS,
            )
        )
    for position, item in enumerate(details.documents, start=1):
        label = _one_line(item.label)
        if not label or len(label) > MAX_CHECKLIST_LABEL_LENGTH:
            problems.append(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Document {position} of the checklist must have a name of 1 to {maximum}"
                        " characters.",
                    ),
                    field="documents",
                    position=position,
                    maximum=MAX_CHECKLIST_LABEL_LENGTH,
                )
            )
            break

    if len(details.notes) > MAX_NOTES_LENGTH:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The notes are {length} characters long: keep them under {maximum}."
                ),
                field="notes",
                length=len(details.notes),
                maximum=MAX_NOTES_LENGTH,
            )
        )
    return problems


def validate_appointment(details: AppointmentDetails, *, now: datetime) -> AppointmentDetails:
    """Check an appointment and return it cleaned up (trimmed texts, phone written uniformly).

    Raises:
        UserError: the first problem found (the reason first), with its ``field``.
    """
    problems = appointment_problems(details, now=now)
    if problems:
        raise problems[0]
    place = _one_line(details.place)
    if details.channel is Channel.PHONE:
        place = _normalize_phone(place) or place
    seen: set[str] = set()
    documents = []
    for item in details.documents:
        label = _one_line(item.label)
        if fold(label) in seen:  # the same document twice is one document
            continue
        seen.add(fold(label))
        documents.append(replace(item, label=label))
    return replace(
        details,
        reason=details.reason.strip(),
        place=place,
        notes=details.notes.strip(),
        documents=tuple(documents),
    )


# ------------------------------------------------------------------------- reminders, outcome


class ReminderKind(StrEnum):
    DAY_BEFORE = "day_before"
    HOUR_BEFORE = "hour_before"


# How long before the start each reminder fires; the .ics alarms use the same offsets.
REMINDER_OFFSETS: dict[ReminderKind, timedelta] = {
    ReminderKind.DAY_BEFORE: timedelta(days=1),
    ReminderKind.HOUR_BEFORE: timedelta(hours=1),
}


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: ReminderKind
    at: datetime  # aware, in Paris time


def reminder_instants(starts_at: datetime) -> tuple[Reminder, ...]:
    """When to remind: the day before at the same Paris clock time, and one hour before.

    "The day before" is a calendar day, like an iCalendar ``-P1D`` alarm: for a 10:00 appointment
    on a Sunday the clocks change, it is Saturday 10:00, 23 (March) or 25 (October) hours earlier.
    "An hour before" is elapsed time.
    """
    _require_aware(starts_at, "starts_at")
    local = starts_at.astimezone(PARIS)
    day_before_wall = local.replace(tzinfo=None) - timedelta(days=1)
    # A wall time inside the spring gap (only for a 02:xx appointment) maps to the instant after it.
    day_before = day_before_wall.replace(tzinfo=PARIS).astimezone(UTC).astimezone(PARIS)
    hour_before = (local.astimezone(UTC) - timedelta(hours=1)).astimezone(PARIS)
    return (
        Reminder(ReminderKind.DAY_BEFORE, day_before),
        Reminder(ReminderKind.HOUR_BEFORE, hour_before),
    )


class Timed(Protocol):
    """Any appointment record: the domain's details or a service's row."""

    @property
    def starts_at(self) -> datetime: ...
    @property
    def duration_minutes(self) -> int: ...
    @property
    def status(self) -> Status: ...


_T = TypeVar("_T", bound=Timed)


def due_reminder(
    appointment: Timed, now: datetime, already_shown: Collection[ReminderKind] = ()
) -> ReminderKind | None:
    """The reminder to show now for a planned appointment, if any.

    Only the latest reminder that has come is shown: after the hour-before instant, a day-before
    reminder that was missed (the app was not running) is not shown any more.
    """
    _require_aware(now, "now")
    if appointment.status is not Status.PLANNED or _utc(now) >= _utc(appointment.starts_at):
        return None
    come = [r.kind for r in reminder_instants(appointment.starts_at) if _utc(r.at) <= _utc(now)]
    if not come or come[-1] in already_shown:
        return None
    return come[-1]


def needs_outcome(appointment: Timed, now: datetime) -> bool:
    """A planned appointment that has ended needs its outcome (done, cancelled or missed)."""
    _require_aware(now, "now")
    end = ends_at(appointment.starts_at, appointment.duration_minutes)
    return appointment.status is Status.PLANNED and _utc(end) <= _utc(now)


def upcoming(appointments: Iterable[_T], now: datetime) -> list[_T]:
    """Planned appointments not yet over, soonest first (the agenda's "next ones")."""
    _require_aware(now, "now")
    return sorted(
        (
            a
            for a in appointments
            if a.status is Status.PLANNED
            and _utc(ends_at(a.starts_at, a.duration_minutes)) > _utc(now)
        ),
        key=lambda a: _utc(a.starts_at),
    )


def paris_day(moment: datetime) -> date:
    """The calendar day of an instant in Paris (what the agenda's month view marks)."""
    _require_aware(moment, "moment")
    return moment.astimezone(PARIS).date()


def days_with_appointments(appointments: Iterable[Timed], year: int, month: int) -> set[date]:
    """The days of a month (in Paris) that have an appointment that is not cancelled."""
    days = set()
    for a in appointments:
        if a.status is Status.CANCELLED:
            continue
        day = paris_day(a.starts_at)
        if (day.year, day.month) == (year, month):
            days.add(day)
    return days


@dataclass(frozen=True, slots=True)
class Appointment:
    """A stored appointment as the services hand it out: its details and whose it is."""

    id: int
    person_id: int
    person_name: str
    details: AppointmentDetails
    attachment_count: int = 0

    @property
    def starts_at(self) -> datetime:
        return self.details.starts_at

    @property
    def duration_minutes(self) -> int:
        return self.details.duration_minutes

    @property
    def status(self) -> Status:
        return self.details.status

    @property
    def ends_at(self) -> datetime:
        return ends_at(self.details.starts_at, self.details.duration_minutes)
