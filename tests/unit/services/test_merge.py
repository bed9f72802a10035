"""Merging two people: every record moves, duplicates are kept once, one transaction, a backup
first that undoes it, and the moved name becomes an alias for the next statement."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ameli_desktop.domain.claims import ClaimDetails, ClaimKind, ClaimStatus
from ameli_desktop.domain.errors import NotFoundError, UserError
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.domain.schengen import Nationality
from ameli_desktop.services.backups import BackupService
from ameli_desktop.services.beneficiaries import BeneficiaryChoice, BeneficiaryService
from ameli_desktop.services.ceam import CeamService
from ameli_desktop.services.claims import ClaimService
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.demo import DemoService
from ameli_desktop.services.household import NameTakenError, PeopleService, person_columns
from ameli_desktop.services.merge import MergeService
from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from ameli_desktop.services.trips import TripDetails, TripService
from tests.db_dump import dump

DATA = Path(__file__).resolve().parents[2] / "data"
CSV = DATA / "ameli_2025-01.csv"


@pytest.fixture
def whitfields(ctx: AppContext) -> dict[str, int]:
    people = PeopleService(ctx)
    return {
        "claire": people.add(PersonDetails("Claire Whitfield")).id,
        "tom": people.add(PersonDetails("Tom Whitfield", date(1986, 7, 1))).id,
    }


def lines(ctx: AppContext, person_id: int) -> int:
    return ReimbursementService(ctx).count(LineFilter(person_id=person_id))


def person_rows(ctx: AppContext) -> dict[str, int]:
    """Rows of every table that references a person, from the schema."""
    with ctx.read() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table))
            for table, _column in person_columns()
        }


def test_a_stranger_of_an_import_merged_into_the_member(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    """The command line made "MARTIN Éloïse" a member (DESIGN.md 7); she is Claire. Merged: her
    line is Claire's, and the next file spelling her "Éloïse MARTIN" finds Claire."""
    service = ImportService(ctx)
    service.import_file(CSV, ImportOptions())
    stranger = PeopleService(ctx).find("MARTIN Éloïse")

    result = MergeService(ctx).merge(stranger.id, whitfields["claire"])

    assert [p.name for p in PeopleService(ctx).all()] == [
        "Claire Whitfield",
        "LEBRUN Paul",
        "LEBRUN Zoé",
        "Tom Whitfield",
    ]
    assert lines(ctx, whitfields["claire"]) == 1
    assert {d.table: d.count for d in result.moved} == {"reimbursement_line": 1}
    assert result.dropped == []
    assert result.backup is not None
    assert result.backup.name.endswith("-before-merge.db")
    assert BeneficiaryService(ctx).aliases_of(whitfields["claire"]) == ["MARTIN Éloïse"]
    later = service.import_file(DATA / "ameli_2025-01-02_cp1252.csv", ImportOptions())
    assert "Éloïse MARTIN" not in later.new_people
    assert later.new_people == []
    assert lines(ctx, whitfields["claire"]) == 1  # her line was already stored


def test_the_same_statement_lines_stored_under_both_are_kept_once(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    """The same file imported twice, Zoé's lines once as "LEBRUN Zoé" (a stranger) and once as
    Claire: merged, Claire has each line once, and the claims settled by either person's copy
    point at the copy kept."""
    service = ImportService(ctx)
    service.import_file(CSV, ImportOptions())
    stranger = PeopleService(ctx).find("LEBRUN Zoé")
    choices = {"lebrun zoe": BeneficiaryChoice.member(whitfields["claire"])}
    again = service.import_file(CSV, ImportOptions(beneficiaries=choices))
    assert again.imported == 2  # Claire's copies of Zoé's two lines
    claims = ClaimService(ctx)
    theirs = claims.add(
        ClaimDetails(stranger.id, ClaimKind.CARE, date(2025, 1, 3), None, date(2025, 1, 2), 3000)
    )
    hers = claims.add(
        ClaimDetails(
            whitfields["claire"], ClaimKind.CARE, date(2025, 1, 10), None, date(2025, 1, 9), 4870
        )
    )
    assert theirs.status is ClaimStatus.PAID
    assert hers.status is ClaimStatus.PAID
    total = ReimbursementService(ctx).count(LineFilter())

    result = MergeService(ctx).merge(stranger.id, whitfields["claire"])

    assert {d.table: d.count for d in result.dropped} == {"reimbursement_line": 2}
    assert {d.table: d.count for d in result.moved} == {"claim": 1}
    assert lines(ctx, whitfields["claire"]) == 2
    assert ReimbursementService(ctx).count(LineFilter()) == total - 2
    kept = {
        line.id: line.care_date
        for line in ReimbursementService(ctx).iter_lines(LineFilter(person_id=whitfields["claire"]))
    }
    merged = {c.id: c for c in claims.all()}
    assert {merged[theirs.id].status, merged[hers.id].status} == {ClaimStatus.PAID}
    assert kept[merged[theirs.id].line_id] == date(2025, 1, 2)
    assert kept[merged[hers.id].line_id] == date(2025, 1, 9)
    # Re-importing the file under Claire adds nothing: each line is stored once, as before.
    assert service.import_file(CSV, ImportOptions(beneficiaries=choices)).imported == 0


def test_one_per_person_records_keep_the_targets_and_details_are_completed(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    people = PeopleService(ctx)
    stranger = people.add(
        PersonDetails(
            "CLAIRE",
            date(1988, 3, 3),
            nir="2 88 03 69 123 045 29",
            nationality=Nationality.EU_EEA_CH,
        )
    )
    ceam = CeamService(ctx)
    ceam.set_card(whitfields["claire"], date(2026, 1, 5))
    ceam.set_card(stranger.id, date(2025, 6, 1))
    trips = TripService(ctx)
    both = trips.add(
        TripDetails((stranger.id, whitfields["claire"]), "ES", date(2027, 1, 2), date(2027, 1, 9))
    )
    alone = trips.add(TripDetails((stranger.id,), "IT", date(2027, 2, 2), date(2027, 2, 9)))

    result = MergeService(ctx).merge(stranger.id, whitfields["claire"])

    assert {d.table: d.count for d in result.dropped} == {"ceam_card": 1, "trip_traveller": 1}
    assert {d.table: d.count for d in result.moved} == {"trip_traveller": 1}
    assert ceam.person(whitfields["claire"]).card.issued == date(2026, 1, 5)
    assert [t.traveller_ids for t in (trips.get(both.id), trips.get(alone.id))] == [
        (whitfields["claire"],),
        (whitfields["claire"],),
    ]
    claire = people.get(whitfields["claire"])
    assert (claire.born, claire.nir, claire.nationality) == (
        date(1988, 3, 3),
        "288036912304529",
        Nationality.EU_EEA_CH,
    )
    assert result.taken == ("born", "nir", "nationality")
    # "CLAIRE" born that day is an alias of hers now.
    assert BeneficiaryService(ctx).aliases_of(claire.id) == ["CLAIRE"]


def test_every_record_of_a_full_household_moves_and_nothing_else_is_lost(ctx: AppContext) -> None:
    """The example household has records in many tables: merge the child, then the partner,
    into the holder, and count every table that references a person, found from the schema."""
    zoe, tom, leo = DemoService(ctx).load().person_ids
    merges = MergeService(ctx)
    seen: dict[str, int] = {}
    for source in (leo, tom):
        before = person_rows(ctx)
        data = dump(ctx)
        preview = merges.preview(source, zoe)
        assert dump(ctx) == data  # the preview wrote nothing

        result = merges.merge(source, zoe)

        assert result.moved == preview.moved
        assert result.dropped == preview.dropped
        seen |= {d.table: d.count for d in result.moved}
        dropped = {d.table: d.count for d in result.dropped}
        after = person_rows(ctx)
        for table, count in before.items():
            gone = dropped.get(table, 0) + (table == "person")
            added = table == "person_alias"  # the merged name, now the holder's alias
            assert after[table] == count - gone + added, table
        with ctx.read() as session:
            for table, column in person_columns():
                query = select(func.count()).select_from(table).where(column == source)
                assert not session.scalar(query), table.name
        if source == leo:  # both were on the example trip: the holder travels once
            assert dropped == {"trip_traveller": 1}
    assert {"reimbursement_line", "vitale_card", "schengen_stay"} <= set(seen)
    assert [p.id for p in PeopleService(ctx).all()] == [zoe]


def test_a_preview_writes_nothing_and_takes_no_backup(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    ImportService(ctx).import_file(CSV, ImportOptions())
    stranger = PeopleService(ctx).find("MARTIN Éloïse")
    before = dump(ctx)
    backups = len(BackupService(ctx).all())

    preview = MergeService(ctx).preview(stranger.id, whitfields["claire"])

    assert preview.dry_run
    assert preview.backup is None
    assert {d.table: d.count for d in preview.moved} == {"reimbursement_line": 1}
    assert dump(ctx) == before
    assert len(BackupService(ctx).all()) == backups


def test_restoring_the_backup_undoes_the_merge(ctx: AppContext, whitfields: dict[str, int]) -> None:
    ImportService(ctx).import_file(CSV, ImportOptions())
    stranger = PeopleService(ctx).find("MARTIN Éloïse")
    before = dump(ctx)

    result = MergeService(ctx).merge(stranger.id, whitfields["claire"])
    assert result.backup is not None
    BackupService(ctx).restore(result.backup)

    assert dump(ctx) == before


def test_merging_someone_into_themselves_or_nobody_changes_nothing(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    before = dump(ctx)
    with pytest.raises(UserError, match="two different people"):
        MergeService(ctx).merge(whitfields["tom"], whitfields["tom"])
    with pytest.raises(NotFoundError, match="no person with id 99"):
        MergeService(ctx).merge(99, whitfields["tom"])
    assert dump(ctx) == before
    assert BackupService(ctx).all() == []


def test_renaming_to_someone_elses_name_says_to_merge(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    stranger = PeopleService(ctx).add(PersonDetails("CLAIRE MARTIN"))
    with pytest.raises(NameTakenError, match="merge them") as error:
        PeopleService(ctx).update(stranger.id, PersonDetails("claire whitfield"))
    assert error.value.other_id == whitfields["claire"]
    renamed = PeopleService(ctx).update(stranger.id, PersonDetails("Claire Martin-Whitfield"))
    assert renamed.name == "Claire Martin-Whitfield"
