"""CEAM rules: validity, cover, the 60-day warning and the trip check around every boundary.

The worked examples rely on the shipped facts: validity 2 years, order 15 days before departure,
provisional certificate 3 months, warning 60 days; ``test_facts_assumed_by_the_examples`` says so.
"""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ameli_desktop.domain.ceam import (
    ActionKind,
    CeamHolder,
    CoverageState,
    TripPlan,
    TripStatus,
    check_travellers,
    check_trip,
    coverage_on,
    default_expiry,
    make_card,
    make_provisional,
    make_trip,
    needs_ceam,
    normalize_country,
    order_by_date,
    plan_provisional,
    provisional_end,
)
from ameli_desktop.domain.dates import add_months
from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.facts import default_facts
from ameli_desktop.domain.texts import Text

FACTS = default_facts().ceam
D = date.fromisoformat

# The running example: a fortnight in Spain, 10/07/2026 to 24/07/2026 (15 days).
# Order-by date: 10/07 - 15 days = 25/06/2026.
SPAIN = make_trip("ES", D("2026-07-10"), D("2026-07-24"))
EARLY = D("2026-06-01")  # well before the order-by date


def card_expiring(expires: date) -> CeamHolder:
    """A holder whose card, issued two years earlier, expires on ``expires``."""
    return CeamHolder(card=make_card(expires - timedelta(days=730), expires))


def test_facts_assumed_by_the_examples() -> None:
    assert FACTS.validity_years == 2
    assert FACTS.order_lead_days == 15
    assert FACTS.provisional_validity_months == 3
    assert FACTS.expiry_warning_days == 60
    assert FACTS.home_country == "FR"
    assert {"GB", "CH", "IE", "NO", "IS", "LI"} <= FACTS.covered_countries
    assert "FR" not in FACTS.covered_countries


# ----------------------------------------------------------------------------- card records


@pytest.mark.parametrize(
    ("issued", "expires"),
    [
        ("2024-03-10", "2026-03-10"),  # plain: same day two years later
        ("2024-02-29", "2026-02-28"),  # leap day: 2026 has no 29 February
        ("2023-02-28", "2025-02-28"),
        ("2026-02-28", "2028-02-28"),  # a leap year later, still the 28th
        ("2024-12-31", "2026-12-31"),
    ],
)
def test_default_expiry_is_issue_plus_two_years(issued: str, expires: str) -> None:
    assert default_expiry(D(issued)) == D(expires)
    assert make_card(D(issued)).expires == D(expires)


def test_card_is_valid_on_its_issue_and_expiry_days_only_between() -> None:
    """Issued 29/02/2024 -> expires 28/02/2026: valid on both ends, not the day before or after."""
    card = make_card(D("2024-02-29"), number=" 8025 0000 ")
    assert card.number == "8025 0000"
    assert card.valid_on(D("2024-02-29"))
    assert card.valid_on(D("2026-02-28"))
    assert not card.valid_on(D("2024-02-28"))
    assert not card.valid_on(D("2026-03-01"))
    assert card.days_remaining(D("2026-02-28")) == 0
    assert card.days_remaining(D("2026-03-01")) == -1


def test_an_explicit_expiry_must_come_after_the_issue() -> None:
    assert make_card(D("2025-01-10"), D("2026-06-30")).expires == D("2026-06-30")
    with pytest.raises(UserError) as caught:
        make_card(D("2025-01-10"), D("2025-01-10"))
    assert caught.value.field == "expires"
    assert "2025-01-10" in str(caught.value)


def test_an_issue_date_in_the_future_is_refused_when_today_is_known() -> None:
    make_card(D("2026-05-01"), today=D("2026-05-01"))
    with pytest.raises(UserError) as caught:
        make_card(D("2026-05-02"), today=D("2026-05-01"))
    assert caught.value.field == "issued"


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2026-05-15", "2026-08-15"),
        ("2025-11-30", "2026-02-28"),  # no 30 February: clamped to the month's end
        ("2023-11-30", "2024-02-29"),  # leap year
        ("2026-10-31", "2027-01-31"),
    ],
)
def test_provisional_certificate_lasts_three_months(start: str, end: str) -> None:
    assert provisional_end(D(start)) == D(end)
    assert make_provisional(D(start)).end == D(end)


def test_provisional_certificate_cannot_end_before_it_starts() -> None:
    with pytest.raises(UserError) as caught:
        make_provisional(D("2026-05-15"), D("2026-05-14"))
    assert caught.value.field == "end"


@pytest.mark.parametrize(("typed", "code"), [("es", "ES"), (" gb ", "GB"), ("Ch", "CH")])
def test_country_codes_are_normalised(typed: str, code: str) -> None:
    assert normalize_country(typed) == code


@pytest.mark.parametrize("typed", ["", "E", "ESP", "É1", "1A", "ÉS"])
def test_bad_country_codes_are_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(UserError) as caught:
        normalize_country(typed)
    assert caught.value.field == "country"


def test_a_trip_cannot_return_before_it_leaves() -> None:
    assert make_trip("es", D("2026-07-10"), D("2026-07-10")).length_days == 1
    with pytest.raises(UserError) as caught:
        make_trip("ES", D("2026-07-10"), D("2026-07-09"))
    assert caught.value.field == "return_date"


# ------------------------------------------------------------------------------------ cover


def test_cover_periods_merge_overlapping_and_touching_periods() -> None:
    """Card 01/01/2025-01/01/2027; certificates 02/01/2027-02/04/2027 (touches the card's end:
    merged) and 10/05/2027-10/08/2027 (a gap of 38 days: separate), plus one inside the card."""
    holder = CeamHolder(
        card=make_card(D("2025-01-01")),
        provisional=(
            make_provisional(D("2027-05-10")),
            make_provisional(D("2027-01-02")),
            make_provisional(D("2025-06-01")),
        ),
    )
    assert holder.cover_periods() == [
        (D("2025-01-01"), D("2027-04-02")),
        (D("2027-05-10"), D("2027-08-10")),
    ]
    assert holder.cover_until(D("2026-12-01")) == D("2027-04-02")
    assert holder.cover_until(D("2027-04-03")) is None
    assert holder.first_uncovered(D("2026-12-01"), D("2027-06-01")) == D("2027-04-03")
    assert holder.first_uncovered(D("2027-05-10"), D("2027-08-10")) is None
    assert holder.first_uncovered(D("2024-12-31"), D("2025-01-05")) == D("2024-12-31")


@pytest.mark.parametrize(
    ("expires_in_days", "state"),
    [
        (61, CoverageState.VALID),
        (60, CoverageState.EXPIRING_SOON),  # "within 60 days": flagged from 60 days left
        (1, CoverageState.EXPIRING_SOON),
        (0, CoverageState.EXPIRING_SOON),  # the expiry day itself is still covered
    ],
)
def test_coverage_warns_from_60_days_before_expiry(expires_in_days: int, state: str) -> None:
    today = D("2026-03-01")
    holder = card_expiring(today + timedelta(days=expires_in_days))
    coverage = coverage_on(holder, today)
    assert coverage.state == state
    assert coverage.days_remaining == expires_in_days
    assert coverage.valid_until == today + timedelta(days=expires_in_days)
    assert coverage.needs_attention is (state == CoverageState.EXPIRING_SOON)
    assert not coverage.by_provisional


def test_coverage_the_day_after_expiry_is_expired_with_the_date() -> None:
    holder = card_expiring(D("2026-02-28"))
    coverage = coverage_on(holder, D("2026-03-01"))
    assert coverage.state == CoverageState.EXPIRED
    assert coverage.ended_on == D("2026-02-28")
    assert coverage.days_remaining is None
    assert coverage.needs_attention


def test_coverage_without_any_record_is_missing_and_s1_is_not_eligible() -> None:
    assert coverage_on(CeamHolder(), D("2026-03-01")).state == CoverageState.MISSING
    s1 = CeamHolder(s1_holder=True, card=make_card(D("2025-01-01")))
    coverage = coverage_on(s1, D("2026-03-01"))
    assert coverage.state == CoverageState.NOT_ELIGIBLE_S1
    assert not coverage.needs_attention


def test_coverage_by_a_provisional_certificate_alone_says_so() -> None:
    """Card expired 28/02/2026; certificate 20/02/2026 -> 20/05/2026. On 01/03: 80 days left."""
    holder = CeamHolder(
        card=card_expiring(D("2026-02-28")).card,
        provisional=(make_provisional(D("2026-02-20")),),
    )
    coverage = coverage_on(holder, D("2026-03-01"))
    assert coverage.state == CoverageState.VALID
    assert coverage.by_provisional
    assert coverage.valid_until == D("2026-05-20")
    assert coverage.days_remaining == 80  # 30 (rest of March) + 30 (April) + 20 (May)


# ------------------------------------------------------------------------------- trip check


def test_order_by_is_fifteen_days_before_departure() -> None:
    assert order_by_date(D("2026-07-10")) == D("2026-06-25")
    assert order_by_date(D("2026-03-01")) == D("2026-02-14")


def test_expiry_on_the_return_day_covers_the_trip() -> None:
    """Valid through its expiry day: expiry 24/07 = return day -> every day covered."""
    result = check_trip(card_expiring(D("2026-07-24")), SPAIN, EARLY)
    assert result.status == TripStatus.COVERED
    assert result.action_kind == ActionKind.NONE
    assert result.deadline is None
    assert result.cover_until == D("2026-07-24")
    assert "24/07/2026" in str(result.action)


def test_expiry_the_day_after_the_return_covers_the_trip() -> None:
    result = check_trip(card_expiring(D("2026-07-25")), SPAIN, EARLY)
    assert result.status == TripStatus.COVERED
    assert result.first_uncovered is None


def test_expiry_the_day_before_the_return_expires_during_the_trip() -> None:
    """Expiry 23/07, return 24/07: the 24th is uncovered. Today 01/06 <= 25/06: order by 25/06."""
    result = check_trip(card_expiring(D("2026-07-23")), SPAIN, EARLY)
    assert result.status == TripStatus.EXPIRES_DURING_TRIP
    assert result.first_uncovered == D("2026-07-24")
    assert result.cover_until == D("2026-07-23")
    assert result.action_kind == ActionKind.ORDER_CARD
    assert result.deadline == D("2026-06-25")
    assert result.to_json() == {
        "status": "expires_during_trip",
        "action": "The CEAM expires on 23/07/2026, during the trip. Order a new CEAM on ameli.fr"
        " (Mes démarches) by 25/06/2026, 15 days before leaving, so that it arrives in time.",
        "deadline": "2026-06-25",
    }


def test_expiry_on_the_departure_day_still_counts_as_expiring_during_the_trip() -> None:
    result = check_trip(card_expiring(D("2026-07-10")), SPAIN, EARLY)
    assert result.status == TripStatus.EXPIRES_DURING_TRIP
    assert result.cover_until == D("2026-07-10")
    assert result.first_uncovered == D("2026-07-11")


def test_a_card_expired_before_departure_is_missing_and_says_when_it_expired() -> None:
    result = check_trip(card_expiring(D("2026-07-09")), SPAIN, EARLY)
    assert result.status == TripStatus.MISSING
    assert result.first_uncovered == D("2026-07-10")
    assert result.cover_until is None
    assert str(result.action).startswith("The CEAM expired on 09/07/2026, before the departure.")
    assert result.deadline == D("2026-06-25")


def test_a_card_valid_only_from_mid_trip_is_missing_at_departure() -> None:
    holder = CeamHolder(card=make_card(D("2026-07-15")))
    result = check_trip(holder, SPAIN, EARLY)
    assert result.status == TripStatus.MISSING
    assert "valid only from 15/07/2026" in str(result.action)


def test_departure_exactly_15_days_away_is_the_last_day_to_order() -> None:
    """Today 25/06 = 10/07 - 15 days: ordering is still on time, deadline today."""
    result = check_trip(CeamHolder(), SPAIN, D("2026-06-25"))
    assert result.status == TripStatus.MISSING
    assert result.action_kind == ActionKind.ORDER_CARD
    assert result.deadline == D("2026-06-25")
    assert result.provisional is None
    assert str(result.action) == (
        "No CEAM is recorded. Order a new CEAM on ameli.fr (Mes démarches) by 25/06/2026,"
        " 15 days before leaving, so that it arrives in time."
    )


def test_departure_14_days_away_needs_a_provisional_certificate() -> None:
    """Today 26/06, past the order-by date 25/06. A certificate downloaded today lasts until
    26/09 >= 24/07, so any day from today to the departure (10/07) covers the whole trip."""
    result = check_trip(CeamHolder(), SPAIN, D("2026-06-26"))
    assert result.status == TripStatus.MISSING
    assert result.action_kind == ActionKind.PROVISIONAL
    assert result.deadline == D("2026-07-10")
    plan = result.provisional
    assert plan is not None
    assert plan.download_from == D("2026-06-26")
    assert plan.download_by == D("2026-07-10")
    assert plan.valid_until == D("2026-09-26")
    assert plan.covers_whole_trip
    assert str(result.action) == (
        "No CEAM is recorded. Too late to order a card (the order-by date was 25/06/2026):"
        " download a provisional certificate (valid 3 months) on ameli.fr, Mes démarches,"
        " between 26/06/2026 and 10/07/2026. It covers the whole trip."
    )


def test_a_long_trip_gets_a_download_window_that_still_reaches_the_return() -> None:
    """Spain 10/07 -> 30/09, today 28/06 (order-by 25/06 past). A certificate must last until
    30/09, so it must start on or after 30/06 (30/06 + 3 months = 30/09); downloaded 28/06 it
    would end on 28/09. Window: 30/06 to 10/07."""
    trip = make_trip("ES", D("2026-07-10"), D("2026-09-30"))
    result = check_trip(CeamHolder(), trip, D("2026-06-28"))
    plan = result.provisional
    assert plan is not None
    assert (plan.download_from, plan.download_by) == (D("2026-06-30"), D("2026-07-10"))
    assert plan.covers_whole_trip
    assert "between 30/06/2026 and 10/07/2026" in str(result.action)


def test_a_trip_longer_than_a_certificate_says_it_will_not_cover_the_end() -> None:
    """Switzerland 10/07 -> 20/11, today 01/07. Latest download is the departure (10/07), lasting
    until 10/10 < 20/11: not the whole trip; the advice adds ordering a card now."""
    trip = make_trip("CH", D("2026-07-10"), D("2026-11-20"))
    result = check_trip(CeamHolder(), trip, D("2026-07-01"))
    plan = result.provisional
    assert plan is not None
    assert not plan.covers_whole_trip
    assert (plan.download_from, plan.download_by, plan.valid_until) == (
        D("2026-07-10"),
        D("2026-07-10"),
        D("2026-10-10"),
    )
    assert result.deadline == D("2026-07-10")
    assert "It ends on 10/10/2026, before the return on 20/11/2026" in str(result.action)
    assert str(result.action).endswith("order a new CEAM now as well.")


def test_provisional_window_steps_past_a_clamped_month_end() -> None:
    """Needed until 31/05/2026. 31/05 - 3 months = 28/02, but 28/02 + 3 months = 28/05 < 31/05;
    01/03 + 3 months = 01/06 reaches it. So the window opens on 01/03."""
    plan = plan_provisional(D("2026-05-31"), D("2026-03-05"), D("2026-02-10"))
    assert plan.download_from == D("2026-03-01")
    assert plan.valid_until == D("2026-06-01")
    assert plan.covers_whole_trip


def test_a_provisional_certificate_ending_mid_trip_expires_during_the_trip() -> None:
    """No card; certificate 15/04/2026 -> 15/07/2026. Spain 10/07 -> 24/07: uncovered from 16/07.
    Today 26/06 (past the order-by date): a new certificate from today lasts to 26/09."""
    holder = CeamHolder(provisional=(make_provisional(D("2026-04-15")),))
    result = check_trip(holder, SPAIN, D("2026-06-26"))
    assert result.status == TripStatus.EXPIRES_DURING_TRIP
    assert result.cover_until == D("2026-07-15")
    assert result.first_uncovered == D("2026-07-16")
    assert str(result.action).startswith(
        "The provisional certificate ends on 15/07/2026, during the trip."
    )
    assert result.action_kind == ActionKind.PROVISIONAL


def test_a_provisional_certificate_held_counts_as_cover() -> None:
    """Card expired 30/06; certificate 01/06 -> 01/09 covers 10/07 -> 24/07."""
    holder = CeamHolder(
        card=card_expiring(D("2026-06-30")).card,
        provisional=(make_provisional(D("2026-06-01")),),
    )
    result = check_trip(holder, SPAIN, D("2026-06-26"))
    assert result.status == TripStatus.COVERED
    assert result.cover_until == D("2026-09-01")
    assert "provisional certificate" in str(result.action)


def test_a_card_expiring_mid_trip_then_a_certificate_the_next_day_is_covered() -> None:
    holder = CeamHolder(
        card=card_expiring(D("2026-07-15")).card,
        provisional=(make_provisional(D("2026-07-16")),),
    )
    assert check_trip(holder, SPAIN, EARLY).status == TripStatus.COVERED


def test_s1_holders_are_told_to_ask_the_s1_country() -> None:
    holder = CeamHolder(s1_holder=True, card=make_card(D("2026-01-01")), s1_country="BE")
    result = check_trip(holder, SPAIN, EARLY)
    assert result.status == TripStatus.NOT_ELIGIBLE_S1
    assert result.action_kind == ActionKind.ASK_S1_COUNTRY
    assert result.deadline is None
    assert "Ask the health insurer in Belgium" in str(result.action)
    assert "10/07/2026" in str(result.action)
    unnamed = check_trip(CeamHolder(s1_holder=True), SPAIN, EARLY)
    assert unnamed.to_json()["status"] == "not_eligible_s1"
    assert "country that issued your S1" in unnamed.to_json()["action"]


@pytest.mark.parametrize("country", ["GB", "CH", "IE", "NO"])
def test_uk_switzerland_and_non_schengen_eu_need_the_card(country: str) -> None:
    trip = make_trip(country, SPAIN.departure, SPAIN.return_date)
    assert needs_ceam(country)
    assert check_trip(CeamHolder(), trip, EARLY).status == TripStatus.MISSING
    assert check_trip(card_expiring(D("2027-01-01")), trip, EARLY).status == TripStatus.COVERED


@pytest.mark.parametrize("country", ["US", "MA", "TR", "JP"])
def test_a_country_the_card_does_not_cover_needs_nothing(country: str) -> None:
    trip = make_trip(country, SPAIN.departure, SPAIN.return_date)
    result = check_trip(CeamHolder(), trip, EARLY)
    assert result.status == TripStatus.NOT_NEEDED
    assert result.deadline is None
    assert "not used in" in str(result.action)
    assert "travel insurance" in str(result.action)


def test_france_needs_no_ceam_even_for_s1_holders_or_without_a_card() -> None:
    trip = make_trip("FR", SPAIN.departure, SPAIN.return_date)
    for holder in (CeamHolder(), CeamHolder(s1_holder=True)):
        result = check_trip(holder, trip, EARLY)
        assert result.to_json() == {
            "status": "not_needed",
            "action": "No CEAM is needed in France: the carte Vitale is used there.",
            "deadline": None,
        }


def test_without_a_country_the_check_assumes_one_where_the_card_is_used() -> None:
    trip = TripPlan("", SPAIN.departure, SPAIN.return_date)
    assert check_trip(CeamHolder(), trip, EARLY).status == TripStatus.MISSING
    assert check_trip(card_expiring(D("2026-07-24")), trip, EARLY).status == TripStatus.COVERED


def test_a_trip_under_way_without_cover_needs_a_certificate_today() -> None:
    """Card expired 15/07; today 18/07, in Spain until 24/07: download now (deadline today)."""
    result = check_trip(card_expiring(D("2026-07-15")), SPAIN, D("2026-07-18"))
    assert result.status == TripStatus.EXPIRES_DURING_TRIP
    assert result.action_kind == ActionKind.PROVISIONAL
    assert result.deadline == D("2026-07-18")
    assert result.provisional is not None
    assert result.provisional.covers_whole_trip


def test_a_trip_that_is_over_needs_no_action() -> None:
    result = check_trip(CeamHolder(), SPAIN, D("2026-07-25"))
    assert result.status == TripStatus.MISSING
    assert result.action_kind == ActionKind.NONE
    assert result.deadline is None
    assert str(result.action).endswith("The trip is over.")


def test_each_traveller_gets_their_own_answer() -> None:
    """The family of the brief: parents covered, one child's card expired, a grandparent on S1."""
    family = [
        ("Parent", card_expiring(D("2027-05-01"))),
        ("Child", card_expiring(D("2026-05-01"))),
        ("Grandparent", CeamHolder(s1_holder=True)),
    ]
    results = check_travellers(family, SPAIN, D("2026-07-03"))
    assert [(name, r.status) for name, r in results] == [
        ("Parent", TripStatus.COVERED),
        ("Child", TripStatus.MISSING),
        ("Grandparent", TripStatus.NOT_ELIGIBLE_S1),
    ]
    assert results[1][1].action_kind == ActionKind.PROVISIONAL
    assert results[1][1].deadline == D("2026-07-10")


def test_other_facts_change_the_answer() -> None:
    """With a 30-day lead, today 26/06 is past the order-by date (10/06) for a 10/07 departure."""
    facts = replace(FACTS, order_lead_days=30)
    assert check_trip(CeamHolder(), SPAIN, D("2026-06-10"), facts).deadline == D("2026-06-10")
    assert check_trip(CeamHolder(), SPAIN, D("2026-06-11"), facts).action_kind == (
        ActionKind.PROVISIONAL
    )


def test_the_action_is_translatable_with_raw_parameters() -> None:
    """The GUI translates each template (nested ones too) and formats dates its own way."""
    result = check_trip(card_expiring(D("2026-07-09")), SPAIN, D("2026-06-25"))
    assert result.action.context == "Ceam"
    assert result.todo is not None
    assert result.situation is not None
    assert result.todo.params["order_by"] == D("2026-06-25")
    french = {
        "{situation} {todo}": "{situation} {todo}",
        "The CEAM expired on {expired}, before the departure.": "La CEAM a expiré le {expired}.",
        result.todo.template: "Commandez une CEAM avant le {order_by}.",
    }

    def fmt(value: object) -> str:
        if isinstance(value, Text):
            return value.render(french[value.template], fmt)
        return value.strftime("%d %B %Y") if isinstance(value, date) else str(value)

    assert result.action.render(french[result.action.template], fmt) == (
        "La CEAM a expiré le 09 July 2026. Commandez une CEAM avant le 25 June 2026."
    )
    assert str(result.action) == f"{result.situation} {result.todo}"


# ------------------------------------------------------------------------------- properties

BASE = D("2026-01-01")
offsets = st.integers(min_value=-800, max_value=800)


@st.composite
def holders(draw: st.DrawFn) -> CeamHolder:
    card = None
    if draw(st.booleans()):
        issued = BASE + timedelta(days=draw(offsets))
        card = make_card(issued, issued + timedelta(days=draw(st.integers(1, 900))))
    certificates = tuple(
        make_provisional(BASE + timedelta(days=o)) for o in draw(st.lists(offsets, max_size=3))
    )
    return CeamHolder(card=card, provisional=certificates)


@st.composite
def trips(draw: st.DrawFn) -> tuple[str, date, date]:
    country = draw(st.sampled_from(["ES", "GB", "CH", "IE", "DE"]))
    departure = BASE + timedelta(days=draw(offsets))
    return country, departure, departure + timedelta(days=draw(st.integers(0, 200)))


@settings(max_examples=300, deadline=None)
@given(holders(), trips(), offsets)
def test_status_matches_the_days_actually_covered(
    holder: CeamHolder, trip_data: tuple[str, date, date], today_offset: int
) -> None:
    trip = make_trip(*trip_data)
    today = BASE + timedelta(days=today_offset)
    result = check_trip(holder, trip, today)
    covered = [holder.covered_on(day) for day in trip.days()]  # brute force, day by day
    if result.status == TripStatus.COVERED:
        assert all(covered)
    elif result.status == TripStatus.EXPIRES_DURING_TRIP:
        assert covered[0]
        assert not all(covered)
        assert result.first_uncovered == trip.departure + timedelta(days=covered.index(False))
    else:
        assert result.status == TripStatus.MISSING
        assert not covered[0]
        assert result.first_uncovered == trip.departure


@settings(max_examples=300, deadline=None)
@given(holders(), trips(), offsets)
def test_deadline_follows_the_order_by_rule(
    holder: CeamHolder, trip_data: tuple[str, date, date], today_offset: int
) -> None:
    trip = make_trip(*trip_data)
    today = BASE + timedelta(days=today_offset)
    result = check_trip(holder, trip, today)
    order_by = trip.departure - timedelta(days=15)
    assert result.order_by == order_by
    if result.action_kind == ActionKind.ORDER_CARD:
        assert today <= order_by == result.deadline
    elif result.action_kind == ActionKind.PROVISIONAL:
        assert order_by < today <= trip.return_date
        assert result.deadline == max(today, trip.departure)
        plan = result.provisional
        assert plan is not None
        assert today <= plan.download_from <= plan.download_by == result.deadline
        assert plan.valid_until == add_months(plan.download_from, 3)
        assert plan.covers_whole_trip == (plan.valid_until >= trip.return_date)
    else:
        assert result.deadline is None
        assert result.status == TripStatus.COVERED or today > trip.return_date


@settings(max_examples=500, deadline=None)
@given(offsets, offsets, st.integers(0, 200))
def test_provisional_plan_is_the_best_possible(
    today_offset: int, departure_offset: int, length: int
) -> None:
    """No download day in [today, latest] does better; when covering, no earlier day also covers
    (so the certificate is not wasted)."""
    today = BASE + timedelta(days=today_offset)
    departure = BASE + timedelta(days=departure_offset)
    until = departure + timedelta(days=length)
    plan = plan_provisional(until, departure, today)
    latest = max(today, departure)
    any_covers = any(
        add_months(today + timedelta(days=n), 3) >= until for n in range((latest - today).days + 1)
    )
    assert plan.covers_whole_trip == any_covers
    if plan.covers_whole_trip and plan.download_from > today:
        assert add_months(plan.download_from - timedelta(days=1), 3) < until


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=D("2000-01-01"), max_value=D("2090-12-31")))
def test_default_expiry_is_the_same_day_two_years_later_or_28_february(issued: date) -> None:
    expires = default_expiry(issued)
    assert expires.year == issued.year + 2
    assert expires.month == issued.month
    if (issued.month, issued.day) == (2, 29):
        assert expires.day == 28
    else:
        assert expires.day == issued.day


@settings(max_examples=200, deadline=None)
@given(holders(), st.sampled_from(["FR", "US", "MA"]), offsets)
def test_countries_without_the_card_never_need_action(
    holder: CeamHolder, country: str, today_offset: int
) -> None:
    trip = make_trip(country, BASE, BASE + timedelta(days=10))
    result = check_trip(holder, trip, BASE + timedelta(days=today_offset))
    assert result.status == TripStatus.NOT_NEEDED
    assert result.deadline is None
