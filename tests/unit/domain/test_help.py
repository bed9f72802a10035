"""The Help panel's rules: public holidays, "open now", the account deadline, birth declaration."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.easter import easter as dateutil_easter  # an independent implementation, as oracle
from hypothesis import given
from hypothesis import strategies as st

from ameli_desktop.domain.dates import PARIS
from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.facts import default_facts
from ameli_desktop.domain.help import (
    LineKind,
    PhoneLine,
    account_steps,
    appointment_purpose,
    birth_declaration_deadline,
    birth_declaration_steps,
    describe_hours,
    describe_line_status,
    easter_sunday,
    email_validation_deadline,
    holiday_on,
    holidays_between,
    is_public_holiday,
    line_status,
    phone_lines,
    plan_birth_declaration,
    public_holidays,
)

FACTS = default_facts()
LINES = {line.kind: line for line in phone_lines(FACTS)}
MAIN = LINES[LineKind.MAIN]


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)  # type: ignore[misc]


# ------------------------------------------------------------------------------------- Easter


def test_easter_2025_worked_by_hand() -> None:
    """2025: a = 2025 % 19 = 11; b, c = 20, 25; d, e = 5, 0; f = 28 // 25 = 1; g = 20 // 3 = 6;
    h = (209 + 20 - 5 - 6 + 15) % 30 = 233 % 30 = 23; i, k = 6, 1;
    l = (32 + 0 + 12 - 23 - 1) % 7 = 20 % 7 = 6; m = (11 + 253 + 132) // 451 = 0;
    23 + 6 - 0 + 114 = 143 = 4 * 31 + 19 -> month 4, day 19 + 1 = 20: Sunday 20 April 2025."""
    assert easter_sunday(2025) == date(2025, 4, 20)


@pytest.mark.parametrize(
    "easter",
    [
        date(2019, 4, 21),
        date(2000, 4, 23),
        date(2008, 3, 23),
        date(2011, 4, 24),
        date(2024, 3, 31),
        date(2026, 4, 5),
        date(2027, 3, 28),
        date(1818, 3, 22),  # the earliest possible date
        date(1943, 4, 25),  # the latest possible date
        date(2038, 4, 25),
        date(2285, 3, 22),
    ],
)
def test_easter_matches_published_dates(easter: date) -> None:
    assert easter_sunday(easter.year) == easter


@given(st.integers(min_value=1583, max_value=4099))
def test_easter_is_a_sunday_between_22_march_and_25_april(year: int) -> None:
    easter = easter_sunday(year)
    assert easter.weekday() == 6
    assert date(year, 3, 22) <= easter <= date(year, 4, 25)
    assert easter == dateutil_easter(year)


def test_easter_refuses_julian_years() -> None:
    with pytest.raises(ValueError, match="1583"):
        easter_sunday(1500)


# ------------------------------------------------------------------------------------ holidays


def test_holidays_2025() -> None:
    """Easter 2025 is 20 April: Easter Monday +1 = 21 April, Ascension +39 = 29 May (a Thursday),
    Whit Monday +50 = 9 June."""
    assert [(h.day, h.key) for h in public_holidays(2025)] == [
        (date(2025, 1, 1), "new_year"),
        (date(2025, 4, 21), "easter_monday"),
        (date(2025, 5, 1), "labour_day"),
        (date(2025, 5, 8), "victory_1945"),
        (date(2025, 5, 29), "ascension"),
        (date(2025, 6, 9), "whit_monday"),
        (date(2025, 7, 14), "national_day"),
        (date(2025, 8, 15), "assumption"),
        (date(2025, 11, 1), "all_saints"),
        (date(2025, 11, 11), "armistice_1918"),
        (date(2025, 12, 25), "christmas"),
    ]


def test_holidays_2026_movable_ones() -> None:
    """Easter 2026 is 5 April: 6 April, 14 May (5 April + 39 days), 25 May (+50)."""
    movable = {h.key: h.day for h in public_holidays(2026)}
    assert movable["easter_monday"] == date(2026, 4, 6)
    assert movable["ascension"] == date(2026, 5, 14)
    assert movable["whit_monday"] == date(2026, 5, 25)


def test_two_holidays_can_fall_on_the_same_day() -> None:
    """Easter 2008 was 23 March; + 39 days = 1 May: Ascension and Labour Day together."""
    same_day = [h.key for h in public_holidays(2008) if h.day == date(2008, 5, 1)]
    assert sorted(same_day) == ["ascension", "labour_day"]
    assert is_public_holiday(date(2008, 5, 1))


@given(st.integers(min_value=1583, max_value=4099))
def test_movable_holidays_fall_on_their_weekday(year: int) -> None:
    by_key = {h.key: h.day for h in public_holidays(year)}
    assert len(by_key) == 11
    assert by_key["easter_monday"].weekday() == 0
    assert by_key["ascension"].weekday() == 3
    assert by_key["whit_monday"].weekday() == 0


def test_alsace_moselle_days_are_not_national() -> None:
    assert holiday_on(date(2025, 12, 26)) is None
    assert holiday_on(date(2025, 4, 18)) is None  # Good Friday 2025


def test_holidays_between_spans_years() -> None:
    days = [h.day for h in holidays_between(date(2025, 12, 1), date(2026, 1, 31))]
    assert days == [date(2025, 12, 25), date(2026, 1, 1)]


def test_holidays_have_their_source_in_facts() -> None:
    [source] = FACTS.source_of("help", "holidays")
    assert "L3133-1" in source.title


# ----------------------------------------------------------------------------------- open now


def test_tuesday_10_is_open_until_17() -> None:
    """Tuesday 10 June 2025 is not a holiday; 08:30 <= 10:00 < 17:00."""
    status = line_status(MAIN, paris(2025, 6, 10, 10, 0))
    assert status.is_open
    assert status.closes_at == paris(2025, 6, 10, 17, 0)
    assert str(describe_line_status(status, paris(2025, 6, 10, 10, 0))) == "Open now, until 17:00"


def test_saturday_is_closed_until_monday() -> None:
    now = paris(2025, 6, 14, 10, 0)  # Saturday
    status = line_status(MAIN, now)
    assert not status.is_open
    assert status.next_opening == paris(2025, 6, 16, 8, 30)
    assert status.holiday is None
    assert str(describe_line_status(status, now)) == "Closed now: opens Monday 16/06/2025 at 08:30"


def test_whit_monday_is_closed() -> None:
    """Easter 2025 is 20 April, so Whit Monday is 9 June (+50 days): closed, open on Tuesday."""
    now = paris(2025, 6, 9, 10, 0)
    status = line_status(MAIN, now)
    assert not status.is_open
    assert status.holiday is not None
    assert status.holiday.key == "whit_monday"
    assert status.next_opening == paris(2025, 6, 10, 8, 30)
    assert str(describe_line_status(status, now)) == (
        "Closed today, Whit Monday (lundi de Pentecôte): opens tomorrow at 08:30"
    )


def test_14_july_is_closed() -> None:
    """14 July 2025 is a Monday: closed, open on Tuesday 15."""
    status = line_status(MAIN, paris(2025, 7, 14, 11, 0))
    assert not status.is_open
    assert status.holiday is not None
    assert status.holiday.key == "national_day"
    assert status.next_opening == paris(2025, 7, 15, 8, 30)


def test_ascension_thursday_then_friday() -> None:
    """Ascension 2025 is Thursday 29 May; the line opens again on Friday 30 at 08:30."""
    now = paris(2025, 5, 29, 9, 0)
    status = line_status(MAIN, now)
    assert not status.is_open
    assert status.next_opening == paris(2025, 5, 30, 8, 30)


def test_christmas_eve_evening_reopens_after_christmas() -> None:
    """Wednesday 24 December 2025 after 17:00 -> Thursday 25 is Christmas -> Friday 26 08:30."""
    now = paris(2025, 12, 24, 18, 0)
    status = line_status(MAIN, now)
    assert status.next_opening == paris(2025, 12, 26, 8, 30)
    assert str(describe_line_status(status, now)) == "Closed now: opens Friday 26/12/2025 at 08:30"


@pytest.mark.parametrize(
    ("hour", "minute", "is_open"),
    [(8, 29, False), (8, 30, True), (16, 59, True), (17, 0, False), (17, 1, False)],
)
def test_the_edges_of_the_day(hour: int, minute: int, is_open: bool) -> None:
    """Open from 08:30 included to 17:00 excluded (Friday 13 June 2025)."""
    assert line_status(MAIN, paris(2025, 6, 13, hour, minute)).is_open is is_open


def test_17_01_on_friday_opens_on_monday() -> None:
    now = paris(2025, 6, 13, 17, 1)
    status = line_status(MAIN, now)
    assert status.next_opening == paris(2025, 6, 16, 8, 30)


def test_08_29_opens_today() -> None:
    now = paris(2025, 6, 10, 8, 29)
    status = line_status(MAIN, now)
    assert status.next_opening == paris(2025, 6, 10, 8, 30)
    assert str(describe_line_status(status, now)) == "Closed now: opens today at 08:30"


def test_17_01_on_tuesday_opens_tomorrow() -> None:
    now = paris(2025, 6, 10, 17, 1)
    assert str(describe_line_status(line_status(MAIN, now), now)) == (
        "Closed now: opens tomorrow at 08:30"
    )


def test_same_utc_time_differs_across_the_spring_change() -> None:
    """Clocks go forward on Sunday 29 March 2026. 06:45 UTC is 07:45 CET on Friday 27 March
    (closed) but 08:45 CEST on Monday 30 March (open); 07:45 UTC on Friday is 08:45 CET (open)."""
    assert not line_status(MAIN, datetime(2026, 3, 27, 6, 45, tzinfo=UTC)).is_open
    assert line_status(MAIN, datetime(2026, 3, 27, 7, 45, tzinfo=UTC)).is_open
    assert line_status(MAIN, datetime(2026, 3, 30, 6, 45, tzinfo=UTC)).is_open


def test_on_the_spring_change_day_next_opening_is_summer_time() -> None:
    """Sunday 29 March 2026 noon: next opening Monday 30 at 08:30 CEST = 06:30 UTC."""
    status = line_status(MAIN, paris(2026, 3, 29, 12, 0))
    assert not status.is_open
    assert status.next_opening is not None
    assert status.next_opening.astimezone(UTC) == datetime(2026, 3, 30, 6, 30, tzinfo=UTC)


def test_on_the_autumn_change_day_next_opening_is_winter_time() -> None:
    """Sunday 25 October 2026, 02:30 (happens twice): next opening Monday 26 at 08:30 CET =
    07:30 UTC."""
    status = line_status(MAIN, datetime(2026, 10, 25, 1, 30, tzinfo=UTC))  # 02:30 CET
    assert status.next_opening is not None
    assert status.next_opening.astimezone(UTC) == datetime(2026, 10, 26, 7, 30, tzinfo=UTC)


def test_now_in_another_zone_is_read_in_paris() -> None:
    """04:00 in New York on 10 June 2025 (UTC-4) is 10:00 in Paris (UTC+2): open. 20:00 in
    Sydney on Tuesday 10 June (UTC+10) is 12:00 in Paris: open too."""
    assert line_status(
        MAIN, datetime(2025, 6, 10, 4, 0, tzinfo=ZoneInfo("America/New_York"))
    ).is_open
    assert line_status(
        MAIN, datetime(2025, 6, 10, 20, 0, tzinfo=ZoneInfo("Australia/Sydney"))
    ).is_open


def test_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="aware"):
        line_status(MAIN, datetime(2025, 6, 10, 10, 0))  # noqa: DTZ001


@given(
    st.datetimes(
        min_value=datetime(2000, 1, 1),  # noqa: DTZ001 - hypothesis bounds are naive
        max_value=datetime(2060, 1, 1),  # noqa: DTZ001
        timezones=st.just(UTC),
    )
)
def test_open_exactly_in_hours_and_next_opening_is_the_first(now: datetime) -> None:
    status = line_status(MAIN, now)
    local = now.astimezone(PARIS)
    in_hours = (
        local.weekday() < 5
        and not is_public_holiday(local.date())
        and MAIN.opens <= local.time() < MAIN.closes
    )
    assert status.is_open is in_hours
    if not status.is_open:
        assert status.next_opening is not None
        assert status.next_opening > now
        assert line_status(MAIN, status.next_opening).is_open
        assert not line_status(MAIN, status.next_opening - timedelta(minutes=1)).is_open


def test_lines_from_facts() -> None:
    """3646 from France, +33 1 84 90 36 46 from abroad, 09 74 75 36 46 in English (The Local)."""
    assert MAIN.number == "3646"
    assert LINES[LineKind.ABROAD].number == "+33 1 84 90 36 46"
    english = LINES[LineKind.ENGLISH]
    assert english.number == "09 74 75 36 46"
    assert [s.id for s in english.sources] == ["the_local_ameli"]
    assert [s.id for s in MAIN.sources] == ["ameli_3646"]
    assert MAIN.hours_confirmed
    assert not english.hours_confirmed
    assert "assumes" in english.note


def test_english_line_follows_the_3646_hours() -> None:
    english = LINES[LineKind.ENGLISH]
    assert line_status(english, paris(2025, 6, 10, 10, 0)).is_open
    assert not line_status(english, paris(2025, 6, 9, 10, 0)).is_open  # Whit Monday


def test_hours_are_described() -> None:
    assert str(describe_hours(MAIN)) == (
        "Monday to Friday, 08:30-17:00 (Paris time), except public holidays"
    )


def test_a_line_with_odd_days_is_described_day_by_day() -> None:
    line = PhoneLine(
        LineKind.MAIN, "x", "1", frozenset({0, 2}), MAIN.opens, MAIN.closes, PARIS, True, "", ()
    )
    assert str(describe_hours(line)).startswith("Monday, Wednesday, 08:30-17:00")


# -------------------------------------------------------------------------------- ameli account


def test_account_steps_use_the_facts() -> None:
    steps = [str(s) for s in account_steps(FACTS)]
    assert steps[0].startswith("Have ready: your NIR")
    assert "last 7 digits of the IBAN" in steps[0]
    assert any("within 7 days" in s for s in steps)
    assert any("3646" in s for s in steps)


def test_account_steps_list_what_to_have_ready_in_the_readers_language() -> None:
    """The step template is translated by the GUI; what to have ready is facts.toml prose, so the
    language picks its French lines (first letters lowered, French spacing before ";")."""
    english = account_steps(FACTS)[0].params["needs"]
    french = account_steps(FACTS, "fr")[0].params["needs"]
    assert english.startswith("your NIR (numéro de sécurité sociale), date of birth and postcode; ")
    assert french == (
        "votre NIR (numéro de sécurité sociale), votre date de naissance et votre code postal ;"
        " les 7 derniers chiffres de l'IBAN connu de votre caisse (CPAM) ;"
        " le numéro de série de votre carte Vitale"
    )


def test_email_validation_deadline_is_seven_days_of_elapsed_time() -> None:
    """Started Thursday 27 March 2025 10:00 CET = 09:00 UTC; + 7 x 24 h = 3 April 09:00 UTC, which
    is 11:00 in Paris because the clocks went forward on 30 March."""
    started = paris(2025, 3, 27, 10, 0)
    deadline = email_validation_deadline(started, paris(2025, 3, 28, 10, 0), FACTS)
    assert deadline.deadline == paris(2025, 4, 3, 11, 0)
    assert not deadline.expired
    assert deadline.time_left == timedelta(days=6)
    at_deadline = email_validation_deadline(started, paris(2025, 4, 3, 11, 0), FACTS)
    assert at_deadline.expired
    assert at_deadline.time_left == timedelta(0)


# ---------------------------------------------------------------------------- CPAM appointment


def test_appointment_is_not_a_medical_consultation() -> None:
    is_for, is_not = appointment_purpose(FACTS)
    assert any("not a medical consultation" in str(t) for t in is_not)
    assert any("112" in str(t) for t in is_not)
    assert any("reason" in str(t) for t in is_for)


# ---------------------------------------------------------------------------- birth declaration


@pytest.mark.parametrize(
    ("born", "deadline"),
    [
        # Wednesday 7 May 2025 + 5 = Monday 12 May, a working day.
        (date(2025, 5, 7), date(2025, 5, 12)),
        # Tuesday 6 May + 5 = Sunday 11 May -> Monday 12 May.
        (date(2025, 5, 6), date(2025, 5, 12)),
        # Saturday 3 May + 5 = Thursday 8 May, a public holiday -> Friday 9 May.
        (date(2025, 5, 3), date(2025, 5, 9)),
        # Saturday 24 May + 5 = Thursday 29 May, Ascension -> Friday 30 May.
        (date(2025, 5, 24), date(2025, 5, 30)),
        # Saturday 20 December + 5 = Thursday 25 December -> Friday 26 December.
        (date(2025, 12, 20), date(2025, 12, 26)),
        # Monday 4 May 2026 + 5 = Saturday 9 May -> Monday 11 May.
        (date(2026, 5, 4), date(2026, 5, 11)),
    ],
)
def test_birth_declaration_deadline(born: date, deadline: date) -> None:
    assert birth_declaration_deadline(born, FACTS) == deadline


def test_birth_steps_show_the_deadline_and_documents() -> None:
    steps = birth_declaration_steps(date(2025, 5, 3), FACTS)
    assert str(steps[0].title) == "1. Declare the birth at the mairie by 09/05/2025"
    assert any("certificat d'accouchement" in d for d in steps[0].documents)
    assert "within 5 days" in str(steps[0].details)
    assert any("acte de naissance" in d for step in steps for d in step.documents)
    assert "30 days" in str(steps[-1].details)
    assert str(birth_declaration_steps(None, FACTS)[0].title) == (
        "1. Declare the birth at the mairie"
    )


def test_birth_declaration_plan() -> None:
    """Born 3 May 2025, declared to the caisse on 12 May: mairie by 9 May, follow up by 11 June
    (12 May + 30 days)."""
    plan = plan_birth_declaration(
        "  Léa   Martin ", date(2025, 5, 3), date(2025, 5, 12), today=date(2025, 5, 12), facts=FACTS
    )
    assert plan.child_name == "Léa Martin"
    assert plan.mairie_deadline == date(2025, 5, 9)
    assert plan.claim_expected_by == date(2025, 6, 11)


@pytest.mark.parametrize(
    ("name", "born", "declared", "field"),
    [
        (" ", date(2025, 5, 3), date(2025, 5, 12), "child_name"),
        ("Léa", date(2025, 5, 13), date(2025, 5, 12), "born_on"),
        ("Léa", date(2025, 5, 3), date(2025, 5, 2), "declared_on"),
        ("Léa", date(2025, 5, 3), date(2025, 5, 13), "declared_on"),
    ],
)
def test_birth_declaration_plan_refuses_bad_input(
    name: str, born: date, declared: date, field: str
) -> None:
    with pytest.raises(UserError) as caught:
        plan_birth_declaration(name, born, declared, today=date(2025, 5, 12), facts=FACTS)
    assert caught.value.field == field
