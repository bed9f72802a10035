"""Appointments with CPAM advisors: validation, checklists, times, reminders, outcomes."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ameli_desktop.domain.appointments import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    CHECKLIST_BY_CATEGORY,
    DOCUMENTS,
    MAX_DURATION_MINUTES,
    STATUS_LABELS,
    AppointmentDetails,
    Category,
    Channel,
    ChecklistItem,
    ReminderKind,
    Status,
    appointment_problems,
    days_with_appointments,
    default_checklist,
    document_label,
    due_reminder,
    ends_at,
    needs_outcome,
    paris_time,
    parse_category,
    parse_channel,
    parse_paris_datetime,
    parse_status,
    reminder_instants,
    switch_checklist_category,
    upcoming,
    validate_appointment,
)
from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.facts import default_facts

FACTS = default_facts()
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=PARIS)  # Monday 2 March 2026, 09:00 CET
TUESDAY_1430 = datetime(2026, 3, 10, 14, 30, tzinfo=PARIS)


def elapsed(earlier: datetime, later: datetime) -> timedelta:
    """Real time between two instants (Python subtracts same-zone datetimes by wall clock)."""
    return later.astimezone(UTC) - earlier.astimezone(UTC)


def details(**changes: object) -> AppointmentDetails:
    base = AppointmentDetails(
        starts_at=TUESDAY_1430,
        reason="Daily allowances for my sick leave have not been paid since January",
        category=Category.SICK_LEAVE,
        channel=Channel.OFFICE,
        place="CPAM de Paris, 21 rue Georges Auric, 75019 Paris",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------ reason


@pytest.mark.parametrize("reason", ["", " ", "   \t\n ", "\u00a0"])
def test_reason_empty_or_blank_is_refused_with_why(reason: str) -> None:
    with pytest.raises(UserError) as caught:
        validate_appointment(details(reason=reason), now=NOW)
    assert caught.value.field == "reason"
    assert "advisor prepares your file from it" in str(caught.value)


@given(st.text(alphabet=" \t\r\n\u00a0\u2009\u202f\u3000", max_size=30))
def test_whitespace_only_reason_never_saves(reason: str) -> None:
    with pytest.raises(UserError) as caught:
        validate_appointment(details(reason=reason), now=NOW)
    assert caught.value.field == "reason"


def test_reason_is_checked_first_even_when_other_fields_are_wrong() -> None:
    """The reason is the one field the advisor needs, so it is the first problem reported."""
    problems = appointment_problems(
        details(reason="", channel=Channel.PHONE, place="", duration_minutes=0), now=NOW
    )
    assert [p.field for p in problems] == ["reason", "duration", "place"]


def test_reason_is_kept_and_trimmed() -> None:
    saved = validate_appointment(details(reason="  Arrêt de travail  \n"), now=NOW)
    assert saved.reason == "Arrêt de travail"


def test_reason_longer_than_the_limit_is_refused() -> None:
    with pytest.raises(UserError) as caught:
        validate_appointment(details(reason="x" * 2001), now=NOW)
    assert caught.value.field == "reason"
    assert "2001" in str(caught.value)


# ------------------------------------------------------------------------------ place, phone


def test_office_may_be_booked_before_its_address_is_known() -> None:
    """DESIGN.md 7: `appointments add --person --at --reason` alone is a valid appointment."""
    saved = validate_appointment(details(channel=Channel.OFFICE, place="  "), now=NOW)
    assert saved.place == ""


def test_phone_needs_a_number() -> None:
    with pytest.raises(UserError) as caught:
        validate_appointment(details(channel=Channel.PHONE, place=""), now=NOW)
    assert caught.value.field == "place"
    assert "phone number" in str(caught.value)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("01.23.45.67.89", "01 23 45 67 89"),
        ("0612345678", "06 12 34 56 78"),
        (" 06-12-34-56-78 ", "06 12 34 56 78"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("+44 20 7946 0958", "+442079460958"),
        ("3646", "3646"),
    ],
)
def test_phone_numbers_are_accepted_and_written_uniformly(typed: str, stored: str) -> None:
    saved = validate_appointment(details(channel=Channel.PHONE, place=typed), now=NOW)
    assert saved.place == stored


@pytest.mark.parametrize(
    "typed", ["call me", "0123", "01 23 45 67 89 10", "+33", "12345", "06 12 34 56 7x"]
)
def test_things_that_are_not_phone_numbers_are_refused(typed: str) -> None:
    with pytest.raises(UserError) as caught:
        validate_appointment(details(channel=Channel.PHONE, place=typed), now=NOW)
    assert caught.value.field == "place"
    assert typed.strip() in str(caught.value)


def test_video_needs_no_place() -> None:
    saved = validate_appointment(details(channel=Channel.VIDEO, place=""), now=NOW)
    assert saved.place == ""


def test_office_address_is_put_on_one_line() -> None:
    saved = validate_appointment(details(place="  12 rue X\n75019   Paris "), now=NOW)
    assert saved.place == "12 rue X 75019 Paris"


# ---------------------------------------------------------------------------------- duration


@pytest.mark.parametrize("minutes", [0, -5, MAX_DURATION_MINUTES + 1, 3000])
def test_duration_must_be_positive_and_plausible(minutes: int) -> None:
    with pytest.raises(UserError) as caught:
        validate_appointment(details(duration_minutes=minutes), now=NOW)
    assert caught.value.field == "duration"
    assert str(minutes) in str(caught.value)


@pytest.mark.parametrize("minutes", [1, 30, MAX_DURATION_MINUTES])
def test_plausible_durations_are_accepted(minutes: int) -> None:
    assert validate_appointment(details(duration_minutes=minutes), now=NOW).duration_minutes == (
        minutes
    )


def test_a_boolean_is_not_a_duration() -> None:
    with pytest.raises(UserError):
        validate_appointment(details(duration_minutes=True), now=NOW)


# ------------------------------------------------------------------------------------ status


@pytest.mark.parametrize("status", [Status.DONE, Status.MISSED])
def test_future_appointment_cannot_be_done_or_missed(status: Status) -> None:
    with pytest.raises(UserError) as caught:
        validate_appointment(details(status=status), now=NOW)
    assert caught.value.field == "status"
    assert "10/03/2026 14:30" in str(caught.value)


def test_future_appointment_can_be_cancelled() -> None:
    assert validate_appointment(details(status=Status.CANCELLED), now=NOW).status is (
        Status.CANCELLED
    )


def test_past_appointment_can_be_recorded_as_done() -> None:
    later = TUESDAY_1430 + timedelta(hours=2)
    assert validate_appointment(details(status=Status.DONE), now=later).status is Status.DONE


def test_naive_times_are_a_programming_error() -> None:
    with pytest.raises(ValueError, match="aware"):
        validate_appointment(details(starts_at=datetime(2026, 3, 10, 14, 30)), now=NOW)  # noqa: DTZ001


# ---------------------------------------------------------------------------- choice parsing


@pytest.mark.parametrize(
    ("typed", "category"),
    [
        ("sick_leave", Category.SICK_LEAVE),
        ("Arrêt de travail", Category.SICK_LEAVE),
        ("SICK LEAVE", Category.SICK_LEAVE),
        ("accident du travail", Category.ACCIDENT_AT_WORK),
        ("maternité", Category.MATERNITY_PATERNITY),
        ("paternity", Category.MATERNITY_PATERNITY),
        ("Carte Vitale", Category.CARTE_VITALE),
        ("care abroad", Category.CARE_ABROAD),
        ("registration", Category.REGISTRATION),
        ("autre", Category.OTHER),
    ],
)
def test_categories_are_read_as_users_type_them(typed: str, category: Category) -> None:
    assert parse_category(typed) is category


def test_unknown_category_lists_the_choices() -> None:
    with pytest.raises(UserError) as caught:
        parse_category("dentist")
    assert caught.value.field == "category"
    assert "dentist" in str(caught.value)
    assert "sick_leave" in str(caught.value)


@pytest.mark.parametrize(
    ("typed", "channel"),
    [("office", Channel.OFFICE), ("Accueil", Channel.OFFICE), ("téléphone", Channel.PHONE),
     ("phone", Channel.PHONE), ("visio", Channel.VIDEO), ("video", Channel.VIDEO)],
)  # fmt: skip
def test_channels_are_read_as_users_type_them(typed: str, channel: Channel) -> None:
    assert parse_channel(typed) is channel


def test_statuses_accept_both_spellings_of_cancelled() -> None:
    assert parse_status("canceled") is Status.CANCELLED
    assert parse_status("cancelled") is Status.CANCELLED
    with pytest.raises(UserError) as caught:
        parse_status("postponed")
    assert caught.value.field == "status"


def test_every_value_has_a_label() -> None:
    assert set(CATEGORY_LABELS) == set(Category)
    assert set(CHANNEL_LABELS) == set(Channel)
    assert set(STATUS_LABELS) == set(Status)
    assert CATEGORY_LABELS[Category.SICK_LEAVE] == "Sick leave (arrêt de travail)"


# --------------------------------------------------------------------------------- checklists


def keys(category: Category) -> list[str]:
    return [item.key for item in default_checklist(category, FACTS)]


def test_sick_leave_checklist_has_the_documents_of_the_file() -> None:
    assert keys(Category.SICK_LEAVE) == [
        "carte_vitale",
        "identity",
        "sick_leave_notice",
        "salary_attestation",
        "payslips",
        "rib",
    ]
    labels = [item.label for item in default_checklist(Category.SICK_LEAVE, FACTS)]
    assert "Your avis d'arrêt de travail (the copy you kept)" in labels
    assert "Your employer's attestation de salaire" in labels


def test_accident_at_work_checklist() -> None:
    assert keys(Category.ACCIDENT_AT_WORK)[:2] == ["carte_vitale", "identity"]
    assert {"accident_sheet", "initial_certificate", "salary_attestation"} <= set(
        keys(Category.ACCIDENT_AT_WORK)
    )


def test_care_abroad_checklist_has_the_ceam_and_invoices() -> None:
    assert {"ceam", "foreign_invoices", "care_abroad_form"} <= set(keys(Category.CARE_ABROAD))


def test_maternity_checklist_has_the_pregnancy_and_birth_papers() -> None:
    assert {"pregnancy_declaration", "birth_record"} <= set(keys(Category.MATERNITY_PATERNITY))


def test_registration_has_no_carte_vitale_yet() -> None:
    """A person registering has no card: asking for it would confuse them."""
    assert "carte_vitale" not in keys(Category.REGISTRATION)
    assert keys(Category.REGISTRATION)[0] == "identity"
    assert "address_proof" in keys(Category.REGISTRATION)


def test_carte_vitale_checklist_has_the_photo_size_from_facts() -> None:
    """facts.toml [vitale] photo_size_mm = [35, 45] -> the label says 35 x 45 mm."""
    labels = [item.label for item in default_checklist(Category.CARTE_VITALE, FACTS)]
    assert "An identity photo, 35 x 45 mm, recent, plain background" in labels


def test_other_checklist_is_card_and_identity() -> None:
    assert keys(Category.OTHER) == ["carte_vitale", "identity"]


@pytest.mark.parametrize("category", list(Category))
def test_every_checklist_has_an_id_unchecked_and_no_duplicates(category: Category) -> None:
    items = default_checklist(category, FACTS)
    assert "identity" in [i.key for i in items]
    assert not any(i.checked for i in items)
    assert len({i.label for i in items}) == len(items)
    assert all(i.label and "{" not in i.label for i in items)


def test_every_catalogue_document_is_used() -> None:
    used = {key for keys_ in CHECKLIST_BY_CATEGORY.values() for key in keys_}
    assert used == set(DOCUMENTS)


def test_document_label_goes_through_the_translator() -> None:
    def to_french(context: str, text: str) -> str:
        assert context == "Appointments"
        return (
            "Une photo d'identité de {photo_width} x {photo_height} mm" if "photo" in text else text
        )

    assert document_label("photo", FACTS, to_french) == "Une photo d'identité de 35 x 45 mm"


def test_changing_category_keeps_typed_items_and_ticks() -> None:
    items = list(default_checklist(Category.SICK_LEAVE, FACTS))
    items[1] = replace(items[1], checked=True)  # identity ticked
    items[2] = replace(items[2], checked=True)  # sick leave notice ticked
    items.append(ChecklistItem("Letter from the CPAM dated 3 February", checked=True))
    switched = switch_checklist_category(items, Category.CARE_ABROAD, FACTS)
    assert [i.key for i in switched][:-1] == keys(Category.CARE_ABROAD)
    assert {i.key for i in switched if i.checked and i.key} == {"identity"}
    assert switched[-1] == ChecklistItem("Letter from the CPAM dated 3 February", checked=True)


def test_checklist_duplicates_are_merged_and_blank_items_refused() -> None:
    saved = validate_appointment(
        details(documents=(ChecklistItem("Payslips"), ChecklistItem("  payslips "))), now=NOW
    )
    assert saved.documents == (ChecklistItem("Payslips"),)
    with pytest.raises(UserError) as caught:
        validate_appointment(details(documents=(ChecklistItem("ok"), ChecklistItem(" "))), now=NOW)
    assert caught.value.field == "documents"
    assert "Document 2" in str(caught.value)


# -------------------------------------------------------------------------------------- times


def test_cli_time_is_read_as_paris_time() -> None:
    """10 March 2026 is winter time (CET, UTC+1): 14:30 in Paris is 13:30 UTC;
    14 July 2026 is summer time (CEST, UTC+2): 09:00 in Paris is 07:00 UTC."""
    assert parse_paris_datetime("2026-03-10 14:30").astimezone(UTC) == datetime(
        2026, 3, 10, 13, 30, tzinfo=UTC
    )
    assert parse_paris_datetime("2026-07-14T09:00").astimezone(UTC) == datetime(
        2026, 7, 14, 7, 0, tzinfo=UTC
    )
    assert parse_paris_datetime(" 2026-07-14 9:05 ").hour == 9


@pytest.mark.parametrize("text", ["", "2026-03-10", "10/03/2026 14:30", "2026-02-30 10:00",
                                  "2026-03-10 25:00", "tomorrow"])  # fmt: skip
def test_bad_cli_times_are_refused_with_the_format(text: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_paris_datetime(text, field="at")
    assert caught.value.field == "at"
    assert "YYYY-MM-DD HH:MM" in str(caught.value)


def test_a_time_that_does_not_exist_in_paris_is_refused() -> None:
    """On Sunday 29 March 2026 the clocks go from 02:00 straight to 03:00: 02:30 never happens."""
    with pytest.raises(UserError) as caught:
        paris_time(date(2026, 3, 29), time(2, 30))
    assert caught.value.field == "starts_at"
    assert "29/03/2026 02:30" in str(caught.value)


def test_a_time_that_happens_twice_takes_the_first() -> None:
    """On Sunday 25 October 2026 02:30 happens twice; the first is summer time (UTC+2)."""
    moment = paris_time(date(2026, 10, 25), time(2, 30))
    assert moment.utcoffset() == timedelta(hours=2)


def test_end_is_elapsed_time_across_the_change_of_clocks() -> None:
    """01:30 CET on 29 March 2026 is 00:30 UTC; plus 60 minutes is 01:30 UTC = 03:30 CEST."""
    start = datetime(2026, 3, 29, 1, 30, tzinfo=PARIS)
    end = ends_at(start, 60)
    assert (end.hour, end.minute) == (3, 30)
    assert elapsed(start, end) == timedelta(minutes=60)


# ---------------------------------------------------------------------------------- reminders


def test_reminders_are_the_day_before_and_an_hour_before() -> None:
    day_before, hour_before = reminder_instants(TUESDAY_1430)
    assert day_before.kind is ReminderKind.DAY_BEFORE
    assert day_before.at == datetime(2026, 3, 9, 14, 30, tzinfo=PARIS)
    assert hour_before.kind is ReminderKind.HOUR_BEFORE
    assert hour_before.at == datetime(2026, 3, 10, 13, 30, tzinfo=PARIS)


def test_day_before_keeps_the_clock_time_when_the_clocks_change() -> None:
    """Sunday 29 March 2026 10:00 CEST = 08:00 UTC; the day before, Saturday 10:00 CET = 09:00 UTC:
    23 hours earlier. Sunday 25 October 2026 10:00 CET = 09:00 UTC; Saturday 10:00 CEST = 08:00
    UTC: 25 hours earlier."""
    spring = datetime(2026, 3, 29, 10, 0, tzinfo=PARIS)
    autumn = datetime(2026, 10, 25, 10, 0, tzinfo=PARIS)
    assert elapsed(reminder_instants(spring)[0].at, spring) == timedelta(hours=23)
    assert elapsed(reminder_instants(autumn)[0].at, autumn) == timedelta(hours=25)
    assert reminder_instants(spring)[0].at.hour == 10
    assert reminder_instants(autumn)[0].at.hour == 10


def test_due_reminder_shows_each_reminder_once_and_only_the_latest() -> None:
    appointment = details()
    assert due_reminder(appointment, datetime(2026, 3, 9, 14, 29, tzinfo=PARIS)) is None
    at_day_before = datetime(2026, 3, 9, 14, 30, tzinfo=PARIS)
    assert due_reminder(appointment, at_day_before) is ReminderKind.DAY_BEFORE
    shown = {ReminderKind.DAY_BEFORE}
    assert due_reminder(appointment, datetime(2026, 3, 10, 9, 0, tzinfo=PARIS), shown) is None
    at_hour_before = datetime(2026, 3, 10, 13, 30, tzinfo=PARIS)
    assert due_reminder(appointment, at_hour_before, shown) is ReminderKind.HOUR_BEFORE
    # the app was not running the day before: only the hour-before reminder is shown
    assert due_reminder(appointment, at_hour_before) is ReminderKind.HOUR_BEFORE
    assert due_reminder(appointment, TUESDAY_1430) is None
    assert due_reminder(details(status=Status.CANCELLED), at_day_before) is None


def test_reminder_now_may_be_in_any_zone() -> None:
    """14:30 in Paris on 10 March 2026 (CET, UTC+1) is 13:30 UTC, 09:30 in New York (already on
    summer time, UTC-4, since 8 March). At 07:45 in New York (11:45 UTC = 12:45 Paris) only the
    day-before reminder has come; at 08:45 (12:45 UTC = 13:45 Paris) the hour-before one has."""
    new_york = ZoneInfo("America/New_York")
    assert due_reminder(details(), datetime(2026, 3, 10, 7, 45, tzinfo=new_york)) is (
        ReminderKind.DAY_BEFORE
    )
    assert due_reminder(details(), datetime(2026, 3, 10, 8, 45, tzinfo=new_york)) is (
        ReminderKind.HOUR_BEFORE
    )


@given(
    st.datetimes(
        min_value=datetime(2000, 1, 1),  # noqa: DTZ001 - hypothesis bounds are naive
        max_value=datetime(2100, 1, 1),  # noqa: DTZ001
        timezones=st.just(PARIS),
    )
)
def test_reminders_come_before_the_start(start: datetime) -> None:
    day_before, hour_before = reminder_instants(start)
    assert elapsed(day_before.at, hour_before.at) > timedelta(0)
    assert elapsed(hour_before.at, start) == timedelta(hours=1)
    assert timedelta(hours=22) <= elapsed(day_before.at, start) <= timedelta(hours=25)


# ---------------------------------------------------------------------------- outcome, agenda


def test_planned_appointment_needs_an_outcome_once_over() -> None:
    """14:30 + 30 minutes = 15:00: at 14:59 it may still be going on, at 15:00 it is over."""
    appointment = details()
    assert not needs_outcome(appointment, datetime(2026, 3, 10, 14, 59, tzinfo=PARIS))
    assert needs_outcome(appointment, datetime(2026, 3, 10, 15, 0, tzinfo=PARIS))
    assert not needs_outcome(details(status=Status.DONE), datetime(2026, 3, 11, tzinfo=PARIS))
    assert not needs_outcome(details(status=Status.MISSED), datetime(2026, 3, 11, tzinfo=PARIS))


def test_upcoming_lists_planned_appointments_soonest_first() -> None:
    later = details(starts_at=datetime(2026, 4, 1, 9, 0, tzinfo=PARIS))
    sooner = details(starts_at=datetime(2026, 3, 3, 9, 0, tzinfo=PARIS))
    cancelled = details(starts_at=datetime(2026, 3, 4, 9, 0, tzinfo=PARIS), status=Status.CANCELLED)
    past = details(starts_at=datetime(2026, 2, 1, 9, 0, tzinfo=PARIS))
    going_on = details(starts_at=datetime(2026, 3, 2, 8, 45, tzinfo=PARIS))  # until 09:15
    assert upcoming([later, cancelled, past, sooner, going_on], NOW) == [going_on, sooner, later]


def test_agenda_marks_days_in_paris_time() -> None:
    """1 April 2026 00:30 in Paris (UTC+2) is 31 March 22:30 UTC: it belongs to April's page."""
    midnight = details(starts_at=datetime(2026, 4, 1, 0, 30, tzinfo=PARIS).astimezone(UTC))
    late = details(starts_at=datetime(2026, 3, 31, 23, 30, tzinfo=PARIS))
    cancelled = details(starts_at=datetime(2026, 3, 5, 9, 0, tzinfo=PARIS), status=Status.CANCELLED)
    appointments = [midnight, late, cancelled]
    assert days_with_appointments(appointments, 2026, 3) == {date(2026, 3, 31)}
    assert days_with_appointments(appointments, 2026, 4) == {date(2026, 4, 1)}


@given(
    st.lists(st.integers(min_value=0, max_value=9), min_size=9, max_size=9),
    st.sampled_from([" ", ".", "-", ""]),
)
def test_any_way_of_writing_a_french_number_is_stored_the_same(
    digits: list[int], separator: str
) -> None:
    """0 + 9 digits written in pairs with any separator -> the pairs separated by spaces."""
    number = "0" + "".join(map(str, digits))
    typed = separator.join(number[i : i + 2] for i in range(0, 10, 2))
    saved = validate_appointment(details(channel=Channel.PHONE, place=typed), now=NOW)
    assert saved.place == " ".join(number[i : i + 2] for i in range(0, 10, 2))


@given(
    reason=st.text(min_size=1, max_size=60).filter(lambda t: t.strip()),
    place=st.text(min_size=1, max_size=40).filter(lambda t: t.strip()),
    labels=st.lists(st.text(min_size=1, max_size=20).filter(lambda t: t.strip()), max_size=5),
)
def test_validation_is_idempotent(reason: str, place: str, labels: list[str]) -> None:
    """What validation returns is already clean: validating it again changes nothing."""
    once = validate_appointment(
        details(reason=reason, place=place, documents=tuple(ChecklistItem(x) for x in labels)),
        now=NOW,
    )
    assert validate_appointment(once, now=NOW) == once
    assert once.reason == once.reason.strip()
