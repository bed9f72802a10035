"""The Travel log service on a real database: stays saved or refused whole, trips counted as
planned stays (once) in their country, permits of one state, statuses never guessed, CSV round
trips, the Overview's items, the PDF."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from ameli_desktop.domain.errors import ConflictError, UserError
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.domain.schengen import (
    Nationality,
    PermitKind,
    PermitPeriod,
    Rule,
    StayDetails,
)
from ameli_desktop.services.attachments import AttachmentService
from ameli_desktop.services.attention import Severity
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.travel import STAY_KIND, TravelService
from ameli_desktop.storage.models import SchengenStay, Trip, TripTraveller

D = date  # today in these tests is 2026-11-25 (tests/conftest.py)


@pytest.fixture
def sam(ctx: AppContext) -> int:
    """A visitor: a passport from outside the EU/EEA/Switzerland, no permit."""
    return PeopleService(ctx).add(PersonDetails("Sam Lee", nationality=Nationality.OTHER)).id


@pytest.fixture
def kim(ctx: AppContext) -> int:
    """Whose status was never given."""
    return PeopleService(ctx).add(PersonDetails("Kim Unknown")).id


def add_trip(ctx: AppContext, person_id: int, country: str, depart: date, back: date) -> int:
    with ctx.write() as session:
        trip_id = session.execute(
            insert(Trip).values(destination=country, depart=depart, return_date=back, purpose="")
        ).inserted_primary_key[0]
        session.execute(insert(TripTraveller).values(trip_id=trip_id, person_id=person_id))
    return int(trip_id)


def stay_count(ctx: AppContext) -> int:
    with ctx.read() as session:
        return int(session.scalar(select(func.count()).select_from(SchengenStay)) or 0)


def test_a_first_stay_puts_the_person_in_the_log_without_guessing_their_status(
    ctx, sam, kim
) -> None:  # type: ignore[no-untyped-def]
    service = TravelService(ctx)
    assert service.people_in_log() == []
    stay = service.add_stay(sam, StayDetails(D(2026, 9, 1), D(2026, 10, 15), "fr", "  CDG  T2 "))
    assert stay.details.country == "FR"
    assert stay.details.entry_port == "CDG T2"
    assert [p.name for p in service.people_in_log()] == ["Sam Lee"]
    assert service.immigration(sam).nationality is Nationality.OTHER
    service.add_stay(kim, StayDetails(D(2026, 9, 1), D(2026, 10, 15)))
    assert service.immigration(kim).nationality is Nationality.UNKNOWN  # not "other" on a guess


def test_an_invalid_stay_is_refused_with_its_field_and_nothing_saved(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    service = TravelService(ctx)
    with pytest.raises(UserError) as error:
        service.add_stay(sam, StayDetails(D(2026, 9, 10), D(2026, 9, 1)))
    assert error.value.field == "exit"
    with pytest.raises(UserError) as error:
        service.add_stay(sam, StayDetails(D(2012, 1, 1), D(2012, 1, 2)))
    assert error.value.field == "entry"
    with pytest.raises(UserError) as error:
        service.add_stay(sam, StayDetails(D(2026, 9, 1), D(2029, 1, 1)))
    assert error.value.field == "exit"
    with pytest.raises(UserError) as error:
        service.add_stay(sam, StayDetails(D(2026, 9, 1), D(2026, 9, 2), passport="x" * 41))
    assert error.value.field == "passport"
    assert stay_count(ctx) == 0
    assert service.people_in_log() == []  # not even a profile was written


def test_a_second_open_stay_is_refused(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    service = TravelService(ctx)
    service.add_stay(sam, StayDetails(D(2026, 11, 1)))
    with pytest.raises(ConflictError) as error:
        service.add_stay(sam, StayDetails(D(2026, 11, 20)))
    assert error.value.field == "exit"
    assert stay_count(ctx) == 1


def test_editing_the_open_stay_is_not_a_second_open_stay(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    service = TravelService(ctx)
    stay = service.add_stay(sam, StayDetails(D(2026, 11, 1)))
    updated = service.update_stay(stay.id, StayDetails(D(2026, 11, 2)))
    assert updated.entry == D(2026, 11, 2)
    closed = service.update_stay(stay.id, StayDetails(D(2026, 11, 2), D(2026, 11, 20)))
    assert closed.exit == D(2026, 11, 20)


def test_status_counts_recorded_days(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    """1 September - 15 October 2026 is 30 + 15 = 45 days; inside since 20 November: 6 more on
    the 25th (20..25). The window of 25 November starts 179 days earlier, 30 May: 51 used."""
    service = TravelService(ctx)
    service.add_stay(sam, StayDetails(D(2026, 9, 1), D(2026, 10, 15)))
    service.add_stay(sam, StayDetails(D(2026, 11, 20)))
    status = service.status(sam)
    assert (status.window_start, status.days_used, status.days_left) == (D(2026, 5, 30), 51, 39)
    assert status.inside


def test_a_booked_trip_counts_as_a_planned_stay_and_only_once(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    """A trip to Italy 1-30 June 2027 (30 days) booked in the Trips feature. Planning from
    1 March 2027 (day 60 of the year; June is days 152..181): on 30 June the window [2, 181]
    would hold the planned days 60..X and June, so X - 59 + 30 <= 90: X = 119, 29 April.
    Recording the same trip as a stay too changes nothing (days are counted once); a trip to
    the United Kingdom (not Schengen) does not count at all."""
    service = TravelService(ctx)
    service.set_nationality(sam, Nationality.OTHER)
    add_trip(ctx, sam, "IT", D(2027, 6, 1), D(2027, 6, 30))
    add_trip(ctx, sam, "GB", D(2027, 7, 1), D(2027, 7, 30))
    plan = service.plan(sam, D(2027, 3, 1))
    assert (plan.last_day, plan.max_days) == (D(2027, 4, 29), 60)
    service.add_stay(sam, StayDetails(D(2027, 6, 1), D(2027, 6, 30), "IT"))
    again = service.plan(sam, D(2027, 3, 1))
    assert again.last_day == D(2027, 4, 29)
    listed = service.stays(sam)
    assert [(s.entry, s.from_trip) for s in listed] == [
        (D(2027, 6, 1), False),
        (D(2027, 6, 1), True),
        (D(2027, 7, 1), True),
    ]


def test_trips_that_break_the_rule_are_flagged_for_the_overview(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    """Two booked trips, 1 January - 31 March 2027 (90 days) and 10-20 April 2027: on 10 April
    the window holds all 90 days of the first trip plus 1: 11 days over, 10-20 April."""
    service = TravelService(ctx)
    service.set_nationality(sam, Nationality.OTHER)
    add_trip(ctx, sam, "ES", D(2027, 1, 1), D(2027, 3, 31))
    add_trip(ctx, sam, "ES", D(2027, 4, 10), D(2027, 4, 20))
    items = service.attention()
    urgent = [i for i in items if i.severity is Severity.URGENT]
    assert len(urgent) == 1
    assert urgent[0].text() == "Sam Lee's planned stays break the 90/180-day rule from 10/04/2027"
    assert "11 days over the limit, 10/04/2027 to 20/04/2027" in urgent[0].detail_text()


def test_days_in_france_under_a_french_permit_do_not_count(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    """In France since 1 June 2026 with a French residence permit 1 July 2026 - 30 June 2027: on
    25 November only June (30 days) counts. A week in Spain, 2-8 November, counts: 37."""
    service = TravelService(ctx)
    service.add_stay(sam, StayDetails(D(2026, 6, 1)))
    service.add_permit(sam, PermitPeriod(D(2026, 7, 1), D(2027, 6, 30)), "  FR 123  ")
    status = service.status(sam)
    assert (status.rule, status.days_used) == (Rule.PERMIT_HOLDER, 30)
    [permit] = service.permits(sam)
    assert (permit.reference, permit.period.kind) == ("FR 123", PermitKind.RESIDENCE_PERMIT)
    assert permit.period.state == "FR"  # the default
    service.add_stay(sam, StayDetails(D(2026, 11, 2), D(2026, 11, 8), "ES"))
    assert service.status(sam).days_used == 37
    with pytest.raises(UserError) as error:
        service.add_permit(sam, PermitPeriod(D(2027, 1, 1), D(2026, 1, 1)))
    assert error.value.field == "end"


def test_eu_citizens_have_no_limit(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    service = TravelService(ctx)
    service.add_stay(sam, StayDetails(D(2026, 1, 1)))
    service.set_nationality(sam, Nationality.EU_EEA_CH)
    status = service.status(sam)
    assert status.unlimited
    assert status.days_used == 0
    assert service.attention() == []
    assert PeopleService(ctx).get(sam).nationality is Nationality.EU_EEA_CH


def test_removing_a_stay_removes_its_attachments_and_can_be_undone(ctx, sam, tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = TravelService(ctx)
    stay = service.add_stay(sam, StayDetails(D(2026, 9, 1), D(2026, 9, 10), notes="boarding"))
    boarding_pass = tmp_path / "boarding.pdf"
    boarding_pass.write_bytes(b"%PDF-1.4 boarding pass")
    AttachmentService(ctx).add(STAY_KIND, stay.id, boarding_pass)
    removed = service.remove_stay(stay.id)
    assert stay_count(ctx) == 0
    assert AttachmentService(ctx).for_record(STAY_KIND, stay.id) == []
    restored = service.restore_stay(removed)
    assert restored.details == stay.details


def test_removing_the_person_removes_their_travel_records(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    service = TravelService(ctx)
    service.add_stay(sam, StayDetails(D(2026, 9, 1), D(2026, 9, 10)))
    service.add_permit(sam, PermitPeriod(D(2026, 1, 1), D(2026, 12, 31)))
    labels = {d.label: d.count for d in PeopleService(ctx).dependents(sam)}
    assert labels == {"Schengen stays": 1, "residence permits and long-stay visas": 1}
    PeopleService(ctx).remove(sam)
    assert stay_count(ctx) == 0


# ---------------------------------------------------------------------------------- CSV


def test_csv_round_trip(ctx, sam, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Export then import into a fresh household member list: same stays, and a note that
    looks like a formula comes back as text, without the protecting apostrophe."""
    service = TravelService(ctx)
    service.add_stay(
        sam,
        StayDetails(
            D(2026, 9, 1),
            D(2026, 9, 10),
            "DE",
            "Frankfurt",
            "CDG",
            "US ••1234",
            True,
            False,
            True,
            '=HYPERLINK("x"); a "quoted", note',
        ),
    )
    service.add_stay(sam, StayDetails(D(2026, 11, 20)))
    path = tmp_path / "stays.csv"
    assert service.export_csv(path) == 2
    text = path.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == (
        "person;entry;exit;country;entry_port;exit_port;passport;stamped_entry;stamped_exit;"
        "ees_recorded;notes"
    )
    assert "'=HYPERLINK" in text
    before = [s.details for s in service.stays(sam)]

    again = service.import_csv(path)  # everything is already there
    assert (again.imported, again.duplicates, again.rejected) == (0, 2, ())

    with ctx.write() as session:
        session.execute(SchengenStay.__table__.delete())  # type: ignore[attr-defined]
    result = service.import_csv(path)
    assert (result.imported, result.duplicates, result.rejected) == (2, 0, ())
    assert [s.details for s in service.stays(sam)] == before


def test_csv_import_is_all_or_nothing_with_each_problem_named(ctx, sam, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.csv"
    path.write_text(
        "Nom,Entrée,Sortie,Pays,Tampon entrée\n"
        "Sam Lee,01/09/2026,10/09/2026,DE,oui\n"
        "Sam Lee,2026-13-01,,FR,\n"
        "Nobody,2026-10-01,2026-10-02,FR,\n"
        "lee sam,2026-10-05,2026-10-01,FR,peut-être\n"
        "Lee Sam,2026-10-05,2026-10-01,FR,non\n",
        encoding="cp1252",
    )
    service = TravelService(ctx)
    result = service.import_csv(path)
    assert not result.written
    assert [(p.line, p.column, p.value) for p in result.rejected] == [
        (3, "entry", "2026-13-01"),
        (4, "person", "Nobody"),
        (5, "stamped_entry", "peut-être"),
        (6, "exit", "2026-10-01"),
    ]
    assert result.rejected[3].reason == (
        "The exit date 01/10/2026 is before the entry date 05/10/2026."
    )
    assert stay_count(ctx) == 0

    partial = service.import_csv(path, skip_bad=True)
    assert partial.written
    assert partial.imported == 1
    [stay] = service.stays(sam)
    assert (stay.entry, stay.details.country, stay.details.stamped_entry) == (
        D(2026, 9, 1),
        "DE",
        True,
    )


def test_csv_without_a_person_column_needs_a_person(ctx, sam, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "dates.csv"
    path.write_text("entry;exit\n2026-09-01;2026-09-03\n", encoding="utf-8")
    service = TravelService(ctx)
    assert [p.column for p in service.import_csv(path).rejected] == ["person"]
    assert service.import_csv(path, person_id=sam).imported == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("from;to\n2026-09-01;2026-09-03\n", encoding="utf-8")
    with pytest.raises(UserError, match="No entry-date column"):
        service.import_csv(bad, person_id=sam)


# ------------------------------------------------------------------------------ Overview


def test_attention_for_someone_inside(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    """Inside since 1 October 2026 with nothing before: on 25 November 56 days used, and a
    stay from 1 October may last 90 days, until 29 December: more than 14 days ahead -> INFO."""
    service = TravelService(ctx)
    service.add_stay(sam, StayDetails(D(2026, 10, 1)))
    [item] = service.attention()
    assert item.severity is Severity.INFO
    assert item.text() == "Sam Lee may stay in the Schengen area until 29/12/2026"
    assert item.detail_text() == "56 of 90 days used in the last 180, 34 left."
    assert (item.record_kind, item.record_id) == ("person", sam)  # the Overview opens their chart


def test_attention_for_an_overstay_and_a_missing_exit_stamp(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    service = TravelService(ctx)
    service.add_stay(
        sam, StayDetails(D(2025, 3, 1), D(2025, 3, 20), stamped_entry=True, stamped_exit=False)
    )
    stay = service.add_stay(sam, StayDetails(D(2026, 8, 1)))  # 117 days by 25 November
    items = service.attention()
    assert [(i.severity, i.text()) for i in items] == [
        (Severity.URGENT, "Sam Lee is over the 90/180-day limit: 117 days used"),
        (Severity.INFO, "Sam Lee: no exit stamp on 20/03/2025"),
    ]
    assert items[1].record_id != stay.id
    assert [(i.record_kind, i.record_id) for i in items] == [
        ("person", sam),
        (STAY_KIND, items[1].record_id),
    ]


def test_attention_speaks_of_one_day_in_the_singular(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    """The 180 days up to 25/11/2026 start on 30/05/2026.

    One day inside (01/11/2026): 89 left. Then 01/08 to 28/10/2026 instead (31 + 30 + 28 = 89
    days): 1 left. With 45 days in the autumn (01/09 to 15/10/2026), a stay planned from 01/01
    to 15/02/2027 (46 days) reaches 91 on 15/02/2027 only: one day over.
    """
    service = TravelService(ctx)
    one = service.add_stay(sam, StayDetails(D(2026, 11, 1), D(2026, 11, 1)))
    [item] = service.attention()
    assert (item.text(), item.detail_text()) == (
        "Sam Lee: 89 Schengen days left of 90 today",
        "1 day used in the 180 days from 30/05/2026.",
    )
    service.remove_stay(one.id)
    summer = service.add_stay(sam, StayDetails(D(2026, 8, 1), D(2026, 10, 28)))
    [item] = service.attention()
    assert (item.text(), item.detail_text()) == (
        "Sam Lee: 1 Schengen day left of 90 today",
        "89 days used in the 180 days from 30/05/2026.",
    )
    service.remove_stay(summer.id)
    service.add_stay(sam, StayDetails(D(2026, 9, 1), D(2026, 10, 15)))
    service.add_stay(sam, StayDetails(D(2027, 1, 1), D(2027, 2, 15)))
    [_days_left, over] = service.attention()
    assert (over.severity, over.text(), over.detail_text()) == (
        Severity.URGENT,
        "Sam Lee's planned stays break the 90/180-day rule from 15/02/2027",
        "1 day over the limit, on 15/02/2027: shorten or move a stay (the planner shows what fits).",
    )


def test_pdf_summary_shows_the_status_numbers(ctx, sam, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    service = TravelService(ctx)
    service.add_stay(sam, StayDetails(D(2026, 9, 1), D(2026, 10, 15), entry_port="T<2>"))
    path = service.export_pdf(tmp_path / "travel.pdf", sam)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "T<2>" in text  # escaped, shown as typed
    assert "30/05/2026 – 25/11/2026" in text
    assert "45" in text


# ----------------------------------------------------------------- status, permits (issue 18)


def test_an_unknown_status_is_asked_for_never_told_to_leave(ctx, kim, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Inside since 1 August 2026: 117 days by 25 November, over the limit for a visitor. The
    status was never given: the Overview asks for it, nothing says to leave, the PDF neither."""
    from pypdf import PdfReader

    service = TravelService(ctx)
    service.add_stay(kim, StayDetails(D(2026, 8, 1)))
    [item] = service.attention()
    assert (item.severity, item.text()) == (
        Severity.INFO,
        "Kim Unknown: status unknown: say which passport and permits apply",
    )
    assert "leave" not in item.detail_text()
    status = service.status(kim)
    assert (status.rule, status.days_used, status.stay_until) == (Rule.UNKNOWN, None, None)
    path = service.export_pdf(tmp_path / "travel.pdf", kim)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "Rule that applies: Status unknown: say which passport and permits apply." in text
    assert "Days used" not in text
    assert "leave" not in text.lower()


def test_a_permit_holder_is_told_about_the_other_states(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    """A French permit, living in France. The window of 25 November 2026 starts on 30 May.

    In Spain 1 August - 25 November (31 + 30 + 31 + 25 = 117 days): over the limit outside
    France, go back to France (not "leave the Schengen area"). In Spain from 1 October instead
    (31 + 25 = 56 days): may stay in the other states until 25 November + 34 = 29 December.
    Back home after 1-20 October: 70 days left in the other states.
    """
    service = TravelService(ctx)
    service.add_permit(sam, PermitPeriod(D(2026, 1, 1), D(2030, 12, 31)))
    service.add_stay(sam, StayDetails(D(2026, 1, 1)))
    spain = service.add_stay(sam, StayDetails(D(2026, 8, 1), D(2026, 11, 25), "ES"))
    [item] = service.attention()
    assert (item.severity, item.text(), item.detail_text()) == (
        Severity.URGENT,
        "Sam Lee is over the 90/180-day limit in the other Schengen states: 117 days used",
        "In the 180 days from 30/05/2026, outside France: go back to France now or get advice.",
    )
    service.update_stay(spain.id, StayDetails(D(2026, 10, 1), D(2026, 11, 25), "ES"))
    [item] = service.attention()
    assert (item.text(), item.detail_text()) == (
        "Sam Lee may stay in the other Schengen states until 29/12/2026",
        "Days in France are not counted; 56 of 90 days used in the other Schengen states in the "
        "last 180, 34 left.",
    )
    service.update_stay(spain.id, StayDetails(D(2026, 10, 1), D(2026, 10, 20), "ES"))
    [item] = service.attention()
    assert (item.text(), item.detail_text()) == (
        "Sam Lee: 70 days left of 90 in the other Schengen states",
        "Days in France are not counted; 20 days used elsewhere in the 180 days from 30/05/2026.",
    )
    assert str(service.status(sam).explanation) == (
        "Residence permit (titre de séjour) issued by France: days in France are not counted; "
        "20 of 90 days used in the other Schengen states."
    )


def test_trips_count_as_presence_in_their_country(ctx, sam) -> None:  # type: ignore[no-untyped-def]
    """A CEAM trip puts its traveller in the log (no stay needed). For a French permit holder a
    trip to Spain, 1-10 December 2026, counts 10 days; a trip in France, 15-20 December, none."""
    service = TravelService(ctx)
    add_trip(ctx, sam, "ES", D(2026, 12, 1), D(2026, 12, 10))
    add_trip(ctx, sam, "FR", D(2026, 12, 15), D(2026, 12, 20))
    assert [p.name for p in service.people_in_log()] == ["Sam Lee"]
    assert service.status(sam, D(2026, 12, 20)).days_used == 16  # a visitor: both count
    service.add_permit(sam, PermitPeriod(D(2026, 1, 1), D(2030, 12, 31)))
    assert service.status(sam, D(2026, 12, 20)).days_used == 10


def test_a_permit_makes_an_unknown_status_other_and_is_refused_for_eu_citizens(ctx, kim) -> None:  # type: ignore[no-untyped-def]
    service = TravelService(ctx)
    record = service.add_permit(
        kim, PermitPeriod(D(2026, 1, 1), D(2027, 1, 1), PermitKind.LONG_STAY_VISA, "es")
    )
    assert record.period.state == "ES"
    assert service.immigration(kim).nationality is Nationality.OTHER
    with pytest.raises(UserError) as error:
        service.add_permit(kim, PermitPeriod(D(2026, 1, 1), D(2027, 1, 1), state="GB"))
    assert error.value.field == "state"
    service.set_nationality(kim, Nationality.EU_EEA_CH)
    with pytest.raises(UserError) as error:
        service.add_permit(kim, PermitPeriod(D(2026, 1, 1), D(2027, 1, 1)))
    assert error.value.field == "nationality"
    assert len(service.permits(kim)) == 1


def test_adding_a_person_with_a_permit_saves_both_or_nothing(ctx) -> None:  # type: ignore[no-untyped-def]
    people = PeopleService(ctx)
    permit = PermitPeriod(D(2025, 9, 1), D(2026, 8, 31), PermitKind.LONG_STAY_VISA, "fr")
    [ana] = people.add_many([PersonDetails("Ana Ruiz", permit=permit)])
    assert ana.nationality is Nationality.OTHER  # a permit says which passport
    [saved] = TravelService(ctx).permits(ana.id)
    assert (saved.period.kind, saved.period.state) == (PermitKind.LONG_STAY_VISA, "FR")
    bad = PermitPeriod(D(2026, 9, 1), D(2025, 8, 31))
    with pytest.raises(UserError) as error:
        people.add_many([PersonDetails("Bo"), PersonDetails("Cy", permit=bad)])
    assert error.value.field == "end"
    with pytest.raises(UserError) as error:
        people.add(PersonDetails("Di", nationality=Nationality.EU_EEA_CH, permit=permit))
    assert error.value.field == "nationality"
    assert [p.name for p in people.all()] == ["Ana Ruiz"]


def test_the_pdf_lists_past_and_current_stays_only_and_says_which_rule(ctx, sam, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """On 25 November 2026: a past stay in France, a trip to Italy going on (20-30 November) and
    a trip booked for January. The booked one is the planner's, not a stay to show at a border."""
    from pypdf import PdfReader

    service = TravelService(ctx)
    service.add_stay(sam, StayDetails(D(2026, 9, 1), D(2026, 10, 15)))
    add_trip(ctx, sam, "IT", D(2026, 11, 20), D(2026, 11, 30))
    add_trip(ctx, sam, "ES", D(2027, 1, 10), D(2027, 1, 20))
    path = service.export_pdf(tmp_path / "travel.pdf", sam)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "01/09/2026" in text
    assert "20/11/2026 inside (leaving" in text  # the trip going on, counted through today
    assert "10/01/2027" not in text
    assert "Rule that applies: Visitor (no EU, EEA or Swiss passport" in text
    assert "51 of 90 days used" in text  # 45 + 6 (20-25 November)


def test_a_stay_recorded_without_a_country_is_french_and_says_so(ctx, sam, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A CSV without a country column (or older records, given France by default): the stays are
    in France. For a holder of a French permit their days are then not counted, and the stays
    table says so on each of them, so that a trip that was in fact elsewhere shows."""
    service = TravelService(ctx)
    service.add_permit(sam, PermitPeriod(D(2026, 1, 1), D(2030, 12, 31)))
    source = tmp_path / "old.csv"
    source.write_text("entry;exit\n2026-09-01;2026-09-10\n", encoding="utf-8")
    assert service.import_csv(source, person_id=sam).imported == 1
    [stay] = service.stays(sam)
    assert stay.details.country == "FR"
    info = service.overview(sam)
    assert info.status.days_used == 0
    [flag] = info.flags
    assert str(flag.explanation) == (
        "Days in France from 01/09/2026 to 10/09/2026 are not counted: a residence permit or "
        "long-stay visa issued by France was valid."
    )
