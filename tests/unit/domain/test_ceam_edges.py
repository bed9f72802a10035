"""CEAM cover at its edges (issue 17, item 8): a card that expires on the trip's return day, and
three provisional certificates (touching, overlapping, and after a gap) counted as one cover or
two. Shipped facts: a certificate lasts 3 months, the order-by date is 15 days before leaving."""

from datetime import date, timedelta

import pytest

from ameli_desktop.domain.ceam import (
    ActionKind,
    CeamHolder,
    CoverageState,
    TripStatus,
    check_trip,
    coverage_on,
    make_card,
    make_provisional,
    make_trip,
    needs_ceam,
)

D = date.fromisoformat
ITALY = make_trip("IT", D("2026-12-22"), D("2027-01-03"))  # 13 days, back on 3 January
TODAY = D("2026-11-25")  # before the order-by date, 7 December


def test_a_card_expiring_on_the_return_day_covers_every_day_of_the_trip() -> None:
    holder = CeamHolder(card=make_card(D("2025-01-03")))  # two years: expires 03/01/2027
    assert holder.card is not None
    assert holder.card.expires == ITALY.return_date
    assert holder.card.valid_on(ITALY.return_date)
    assert not holder.card.valid_on(ITALY.return_date + timedelta(days=1))
    result = check_trip(holder, ITALY, TODAY)
    assert result.status is TripStatus.COVERED
    assert result.action_kind is ActionKind.NONE
    assert (result.cover_until, result.first_uncovered, result.deadline) == (
        D("2027-01-03"),
        None,
        None,
    )
    assert str(result.action) == (
        "Covered for the whole trip: the CEAM is valid until 03/01/2027. Take it with you."
    )
    # Today the card has 39 days left: flagged as expiring within the 60-day warning.
    assert coverage_on(holder, TODAY).state is CoverageState.EXPIRING_SOON
    assert coverage_on(holder, TODAY).days_remaining == 39


def test_one_day_short_of_the_return_day_is_an_expiry_during_the_trip() -> None:
    holder = CeamHolder(card=make_card(D("2025-01-02")))  # expires 02/01/2027
    result = check_trip(holder, ITALY, TODAY)
    assert result.status is TripStatus.EXPIRES_DURING_TRIP
    assert result.first_uncovered == ITALY.return_date
    assert result.deadline == D("2026-12-07")


THREE = (
    make_provisional(D("2026-06-01")),  # 01/06 -> 01/09/2026
    make_provisional(D("2026-09-02")),  # 02/09 -> 02/12/2026: touches the first (next day)
    make_provisional(D("2026-11-20")),  # 20/11/2026 -> 20/02/2027: overlaps the second
)


def test_three_certificates_that_touch_or_overlap_are_one_cover() -> None:
    holder = CeamHolder(provisional=THREE)
    assert [(c.start, c.end) for c in THREE] == [
        (D("2026-06-01"), D("2026-09-01")),
        (D("2026-09-02"), D("2026-12-02")),
        (D("2026-11-20"), D("2027-02-20")),
    ]
    assert holder.cover_periods() == [(D("2026-06-01"), D("2027-02-20"))]
    assert holder.cover_until(D("2026-06-01")) == D("2027-02-20")
    coverage = coverage_on(holder, TODAY)
    assert coverage.state is CoverageState.VALID
    assert (coverage.valid_until, coverage.days_remaining) == (D("2027-02-20"), 87)
    assert coverage.by_provisional
    result = check_trip(holder, ITALY, TODAY)
    assert result.status is TripStatus.COVERED
    assert result.cover_until == D("2027-02-20")


def test_three_certificates_with_a_gap_leave_the_gap_uncovered() -> None:
    """The second certificate starts two days after the first ends: 02/09 is not covered."""
    holder = CeamHolder(
        provisional=(
            make_provisional(D("2026-06-01")),
            make_provisional(D("2026-09-03")),  # 03/09 -> 03/12/2026
            make_provisional(D("2026-11-20")),
        )
    )
    assert holder.cover_periods() == [
        (D("2026-06-01"), D("2026-09-01")),
        (D("2026-09-03"), D("2027-02-20")),
    ]
    assert not holder.covered_on(D("2026-09-02"))
    assert holder.covered_on(D("2026-09-01"))
    assert holder.covered_on(D("2026-09-03"))
    assert holder.first_uncovered(D("2026-08-30"), D("2026-09-10")) == D("2026-09-02")
    late_summer = make_trip("ES", D("2026-08-25"), D("2026-09-05"))
    result = check_trip(holder, late_summer, D("2026-08-01"))
    assert result.status is TripStatus.EXPIRES_DURING_TRIP
    assert result.first_uncovered == D("2026-09-02")
    assert coverage_on(holder, D("2026-09-02")).state is CoverageState.EXPIRED
    assert coverage_on(holder, D("2026-09-02")).ended_on == D("2026-09-01")


def test_a_certificate_is_valid_from_its_first_to_its_last_day() -> None:
    certificate = make_provisional(D("2026-11-20"))
    assert certificate.end == D("2027-02-20")
    assert certificate.valid_on(D("2026-11-20"))
    assert certificate.valid_on(D("2027-02-20"))
    assert not certificate.valid_on(D("2026-11-19"))
    assert not certificate.valid_on(D("2027-02-21"))
    one_day = make_provisional(D("2026-11-20"), D("2026-11-20"))  # ends the day it starts
    assert one_day.valid_on(D("2026-11-20"))


def test_a_certificate_inside_the_card_changes_nothing() -> None:
    """A certificate within the card's years: one period, the card's, not cut short."""
    holder = CeamHolder(
        card=make_card(D("2025-01-01")), provisional=(make_provisional(D("2025-06-01")),)
    )
    assert holder.cover_periods() == [(D("2025-01-01"), D("2027-01-01"))]
    coverage = coverage_on(holder, TODAY)
    assert not coverage.by_provisional  # the card covers today


@pytest.mark.parametrize(
    ("holder", "state"),
    [
        (CeamHolder(), CoverageState.MISSING),
        (CeamHolder(card=make_card(D("2024-01-02"))), CoverageState.EXPIRED),
        (
            CeamHolder(s1_holder=True, card=make_card(D("2026-01-02"))),
            CoverageState.NOT_ELIGIBLE_S1,
        ),
        (CeamHolder(card=make_card(D("2026-12-01"), D("2028-12-01"))), CoverageState.MISSING),
    ],
)
def test_without_cover_today_nothing_is_by_a_certificate(holder: CeamHolder, state: str) -> None:
    coverage = coverage_on(holder, TODAY)
    assert coverage.state == state
    assert not coverage.by_provisional
    assert (coverage.valid_until, coverage.days_remaining) == (None, None)
    assert coverage.ended_on == (D("2026-01-02") if state == CoverageState.EXPIRED else None)


def test_the_ceam_is_needed_only_in_covered_countries_other_than_france() -> None:
    assert needs_ceam("es")
    assert needs_ceam("GB")
    assert not needs_ceam("FR")
    assert not needs_ceam("US")


def test_a_caller_may_name_the_countries() -> None:
    holder = CeamHolder(s1_holder=True, s1_country="BE")
    result = check_trip(holder, ITALY, TODAY, country_names={"BE": "la Belgique", "IT": "Italie"})
    assert "la Belgique" in str(result.action)
    result = check_trip(holder, ITALY, TODAY, country_names={"IT": "Italie"})
    assert "Belgium" in str(result.action)


def test_a_card_valid_only_after_the_departure_says_from_when() -> None:
    holder = CeamHolder(card=make_card(D("2026-12-23")))  # the day after leaving
    result = check_trip(holder, ITALY, TODAY)
    assert result.status is TripStatus.MISSING
    assert str(result.situation) == "The CEAM is valid only from 23/12/2026, after the departure."
    expired_on_departure_eve = CeamHolder(card=make_card(D("2024-12-21")))  # ends 21/12/2026
    result = check_trip(expired_on_departure_eve, ITALY, TODAY)
    assert str(result.situation) == "The CEAM expired on 21/12/2026, before the departure."


def test_a_certificate_inside_the_second_of_two_covers_changes_nothing() -> None:
    """An old certificate, then the card with a certificate inside it: two covers, unchanged."""
    holder = CeamHolder(
        card=make_card(D("2025-01-01")),
        provisional=(make_provisional(D("2020-01-01")), make_provisional(D("2025-06-01"))),
    )
    assert holder.cover_periods() == [
        (D("2020-01-01"), D("2020-04-01")),
        (D("2025-01-01"), D("2027-01-01")),
    ]
