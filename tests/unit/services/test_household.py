"""People: add, find by any spelling, edit, remove with what goes with them; attachments."""

import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from ameli_desktop.domain.errors import ConflictError, NotFoundError, UserError
from ameli_desktop.domain.people import PersonDetails, Role
from ameli_desktop.services.attachments import AttachmentService
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.storage.backups import list_backups
from ameli_desktop.storage.models import Trip, TripTraveller

NIR = "185057800608491"


def test_add_find_and_edit_a_person(ctx: AppContext) -> None:
    people = PeopleService(ctx)
    zoe = people.add(PersonDetails("Zoé Lebrun", date(1985, 5, 12), Role.HOLDER, NIR))
    assert people.find("LEBRUN zoe").id == zoe.id
    assert zoe.masked_nir.endswith("8491")
    assert NIR not in zoe.masked_nir
    updated = people.update(
        zoe.id, PersonDetails("Zoé Lebrun-Martin", zoe.born, Role.PARTNER, None, True)
    )
    assert (updated.name, updated.role, updated.nir, updated.s1_holder) == (
        "Zoé Lebrun-Martin",
        Role.PARTNER,
        None,
        True,
    )
    assert people.get(zoe.id) == updated


def test_a_second_person_with_the_same_name_is_refused(ctx: AppContext) -> None:
    people = PeopleService(ctx)
    people.add(PersonDetails("Zoé Lebrun"))
    with pytest.raises(ConflictError) as info:
        people.add(PersonDetails("lebrun ZOE"))
    assert info.value.field == "name"
    assert len(people.all()) == 1


def test_an_invalid_nir_saves_nothing(ctx: AppContext) -> None:
    with pytest.raises(UserError) as info:
        PeopleService(ctx).add(PersonDetails("Tom", nir="123456789012345"))
    assert info.value.field == "nir"
    assert PeopleService(ctx).all() == []


def test_unknown_names_list_who_is_known(ctx: AppContext) -> None:
    PeopleService(ctx).add(PersonDetails("Ana"))
    with pytest.raises(NotFoundError, match=re.escape("known: Ana")):
        PeopleService(ctx).find("Bob")


def test_removing_a_person_says_what_goes_with_them_and_takes_it(
    ctx: AppContext, tmp_path: Path
) -> None:
    people = PeopleService(ctx)
    ana = people.add(PersonDetails("Ana"))
    bob = people.add(PersonDetails("Bob"))
    with ctx.write() as session:
        trip_id = session.execute(
            insert(Trip).values(
                destination="ES", depart=date(2027, 7, 1), return_date=date(2027, 7, 14)
            )
        ).inserted_primary_key[0]
        session.execute(insert(TripTraveller).values(trip_id=trip_id, person_id=ana.id))
        session.execute(insert(TripTraveller).values(trip_id=trip_id, person_id=bob.id))
    assert [(d.table, d.count) for d in people.dependents(ana.id)] == [("trip_traveller", 1)]

    people.remove(ana.id)

    assert [p.name for p in people.all()] == ["Bob"]
    with ctx.read() as session:
        travellers = session.execute(select(TripTraveller.person_id)).scalars().all()
    assert travellers == [bob.id]
    assert any(b.reason == "before-removal" for b in list_backups(ctx.paths))


def test_attachments_are_copied_by_content_and_cleaned_up(ctx: AppContext, tmp_path: Path) -> None:
    with ctx.write() as session:
        trip_id = session.execute(
            insert(Trip).values(
                destination="ES", depart=date(2027, 7, 1), return_date=date(2027, 7, 14)
            )
        ).inserted_primary_key[0]
    original = tmp_path / "boarding pass.pdf"
    original.write_bytes(b"%PDF-1.4 boarding pass")
    service = AttachmentService(ctx)
    first = service.add("trip", trip_id, original)
    second = service.add("trip", trip_id, original)
    original.unlink()
    assert first.path == second.path
    assert first.path.read_bytes() == b"%PDF-1.4 boarding pass"
    assert [a.file_name for a in service.for_record("trip", trip_id)] == ["boarding pass.pdf"] * 2
    service.remove(first.id)
    assert second.path.exists()
    service.remove(second.id)
    assert not second.path.exists()


def test_attaching_a_missing_file_names_it(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=re.escape("missing.png")) as info:
        AttachmentService(ctx).add("trip", 1, tmp_path / "missing.png")
    assert info.value.field == "attachment"
