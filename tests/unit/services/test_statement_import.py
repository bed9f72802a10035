"""Importing statements into the database: exact cents, nothing twice, nothing half-written, undo.

The fixture files are described in tests/data/README.md; their expected values are derived by hand
in tests/unit/importers/test_statement_files.py.
"""

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ameli_desktop.domain.errors import NotFoundError, UserError
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.importers import parse_statement
from ameli_desktop.services.beneficiaries import BeneficiaryChoice
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService
from ameli_desktop.services.statement_import import ImportOptions, ImportService, ProfileService
from tests.db_dump import dump

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def household(ctx: AppContext) -> dict[str, int]:
    people = PeopleService(ctx)
    return {
        "paul": people.add(PersonDetails("Paul Lebrun")).id,
        "zoe": people.add(PersonDetails("Zoé Lebrun")).id,
    }


def stored(ctx: AppContext, **kwargs: object) -> list[tuple[object, ...]]:
    lines = ReimbursementService(ctx).iter_lines(LineFilter(**kwargs))  # type: ignore[arg-type]
    return [
        (
            line.person_name,
            line.care_date,
            line.nature,
            line.paid_cents,
            line.reimbursed_cents,
            line.deductions_cents,
        )
        for line in lines
    ]


def test_import_stores_every_line_to_the_cent(ctx: AppContext, household: dict[str, int]) -> None:
    """ameli_2025-01.csv: 7 lines, paid 1 429,64 €, reimbursed 1 106,54 €, deductions 2 + 2 +
    1,50 = 5,50 €; "MARTIN Éloïse" is not in the household and becomes a member."""
    result = ImportService(ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions())

    assert (result.written, result.imported, result.duplicates, result.skipped) == (True, 7, 0, 1)
    assert result.new_people == ["MARTIN Éloïse"]
    totals = ReimbursementService(ctx).totals(LineFilter())
    assert (totals.lines, totals.paid_cents, totals.reimbursed_cents, totals.deductions_cents) == (
        7,
        142964,
        110654,
        550,
    )
    assert totals.out_of_pocket_cents == 142964 - 110654
    lines = stored(ctx)
    assert lines[0] == (
        "Paul Lebrun",
        date(2025, 1, 2),
        "Consultation médecin généraliste",
        3000,
        1900,
        200,
    )
    assert [name for name, *_ in lines].count("Paul Lebrun") == 4  # "LEBRUN Paul" in the file
    assert ("MARTIN Éloïse", date(2025, 1, 20)) in [(n, d) for n, d, *_ in lines]


def test_reimporting_the_same_file_adds_nothing_and_says_so(
    ctx: AppContext, household: dict[str, int]
) -> None:
    service = ImportService(ctx)
    first = service.import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    before = dump(ctx)

    again = service.import_file(DATA / "ameli_2025-01.csv", ImportOptions())

    assert (again.imported, again.duplicates, again.batch_id) == (0, 7, None)
    assert again.previous is not None
    assert again.previous.id == first.batch_id
    assert dump(ctx) == before


def test_an_overlapping_month_adds_only_the_new_lines(
    ctx: AppContext, household: dict[str, int]
) -> None:
    """The second file repeats January's last four lines (two of them identical) in another
    format and encoding, and adds four February lines."""
    service = ImportService(ctx)
    service.import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    result = service.import_file(DATA / "ameli_2025-01-02_cp1252.csv", ImportOptions())

    assert (result.imported, result.duplicates) == (4, 4)
    assert ReimbursementService(ctx).count(LineFilter()) == 11
    # The two identical physiotherapy sessions are both there, once each.
    kine = [line for line in stored(ctx) if line[2] == "Kinésithérapie"]
    assert len(kine) == 2


def test_identical_lines_in_one_file_are_both_kept(
    ctx: AppContext, household: dict[str, int]
) -> None:
    ImportService(ctx).import_file(DATA / "ameli_2025-01-02_cp1252.csv", ImportOptions())

    kine = [line for line in stored(ctx) if line[2] == "Kinésithérapie"]
    assert kine == [("Paul Lebrun", date(2025, 1, 13), "Kinésithérapie", 2150, 968, None)] * 2


def test_a_deleted_line_comes_back_when_its_file_is_imported_again(
    ctx: AppContext, household: dict[str, int]
) -> None:
    service = ImportService(ctx)
    service.import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    browse = ReimbursementService(ctx)
    kine = [line.id for line in browse.iter_lines(LineFilter(text="kiné"))]
    browse.delete(kine[:1])

    result = service.import_file(DATA / "ameli_2025-01.csv", ImportOptions())

    assert (result.imported, result.duplicates) == (1, 6)
    assert browse.count(LineFilter(text="kine")) == 2


def test_a_bad_file_changes_nothing(ctx: AppContext, household: dict[str, int]) -> None:
    before = dump(ctx)

    result = ImportService(ctx).import_file(DATA / "bad_rows.csv", ImportOptions())

    assert not result.written
    assert [r.line for r in result.rejected] == [3, 4, 5, 7, 8, 9, 10]
    assert dump(ctx) == before  # not even the new member "MARTIN Éloïse"


def test_skip_bad_imports_the_good_rows(ctx: AppContext, household: dict[str, int]) -> None:
    result = ImportService(ctx).import_file(DATA / "bad_rows.csv", ImportOptions(skip_bad=True))

    assert (result.imported, len(result.rejected)) == (3, 7)
    assert [line[3:5] for line in stored(ctx)] == [(3000, 1900), (3000, 1900), (2150, 968)]


def test_a_cancelled_import_writes_nothing(ctx: AppContext, household: dict[str, int]) -> None:
    """The cancel comes after every row was inserted: the transaction is rolled back anyway."""
    before = dump(ctx)

    class CancelledError(Exception):
        pass

    def cancel_at_the_end(done: int, total: int) -> None:
        if done == total:
            raise CancelledError

    with pytest.raises(CancelledError):
        ImportService(ctx).import_file(
            DATA / "ameli_2025-01.csv", ImportOptions(), on_progress=cancel_at_the_end
        )
    assert dump(ctx) == before


def test_undo_removes_exactly_the_batch(ctx: AppContext, household: dict[str, int]) -> None:
    service = ImportService(ctx)
    service.import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    before = stored(ctx)
    second = service.import_file(DATA / "ameli_2025-01-02_cp1252.csv", ImportOptions())
    assert second.batch_id is not None

    removed = service.undo(second.batch_id)

    assert removed == 4
    assert stored(ctx) == before
    assert [b.file_name for b in service.batches()] == ["ameli_2025-01.csv"]
    with pytest.raises(NotFoundError):
        service.undo(second.batch_id)


def test_dry_run_writes_nothing(ctx: AppContext, household: dict[str, int]) -> None:
    before = dump(ctx)

    result = ImportService(ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions(dry_run=True))

    assert (result.written, result.dry_run, result.imported, result.new_people) == (
        False,
        True,
        7,
        ["MARTIN Éloïse"],
    )
    assert dump(ctx) == before


def test_lines_without_beneficiary_need_a_person(
    ctx: AppContext, household: dict[str, int]
) -> None:
    service = ImportService(ctx)
    with pytest.raises(UserError, match="5 lines of this file name no beneficiary") as err:
        service.import_file(DATA / "bank_2025-02_latin9.csv", ImportOptions())
    assert err.value.field == "person"

    result = service.import_file(
        DATA / "bank_2025-02_latin9.csv", ImportOptions(person_id=household["zoe"])
    )

    assert result.imported == 5
    totals = ReimbursementService(ctx).totals(LineFilter(person_id=household["zoe"]))
    # CPAM 19,00 + 987,65 - 4,00 (franchise debit); mutuelles 10,00 + 4,34; nothing paid known.
    assert (totals.reimbursed_cents, totals.complementary_cents, totals.paid_cents) == (
        100265,
        1434,
        0,
    )
    assert totals.out_of_pocket_cents == 0


def test_a_one_person_household_gets_the_lines_without_beneficiary(ctx: AppContext) -> None:
    only = PeopleService(ctx).add(PersonDetails("Zoé Lebrun"))

    ImportService(ctx).import_file(DATA / "bank_signed_amount.csv", ImportOptions())

    assert ReimbursementService(ctx).count(LineFilter(person_id=only.id)) == 2


def test_unticked_bank_lines_are_left_out(ctx: AppContext, household: dict[str, int]) -> None:
    result = ImportService(ctx).import_file(
        DATA / "bank_2025-02_latin9.csv",
        ImportOptions(person_id=household["paul"], exclude_lines=frozenset({9})),
    )

    assert result.imported == 4
    assert all("FRANCHISES" not in line[2] for line in stored(ctx))


def test_beneficiaries_match_first_names_and_can_be_overridden(
    ctx: AppContext, household: dict[str, int]
) -> None:
    """custom_layout.csv names "Zoé" only: the one member called Zoé. An override wins."""
    from ameli_desktop.importers import Field, ProfileKind, user_profile

    profile = user_profile(
        "Orthophonie",
        ProfileKind.STATEMENT,
        ["Quand", "Qui", "Quoi", "Combien", "Rendu"],
        [Field.CARE_DATE, Field.BENEFICIARY, Field.NATURE, Field.PAID, Field.REIMBURSED],
    )
    service = ImportService(ctx)
    parsed = service.read(DATA / "custom_layout.csv", profile=profile)
    preview = service.preview(parsed, ImportOptions())
    assert [(m.name, m.person_id) for m in preview.beneficiaries] == [("Zoé", household["zoe"])]

    service.import_parsed(
        parsed, ImportOptions(beneficiaries={"zoe": BeneficiaryChoice.member(household["paul"])})
    )

    assert ReimbursementService(ctx).count(LineFilter(person_id=household["paul"])) == 2


def test_preview_counts_duplicates_without_writing(
    ctx: AppContext, household: dict[str, int]
) -> None:
    service = ImportService(ctx)
    service.import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    before = dump(ctx)
    parsed = service.read(DATA / "ameli_2025-01-02_cp1252.csv")

    preview = service.preview(parsed, ImportOptions())

    assert preview.duplicate_lines == {2, 3, 4, 5}
    assert preview.new_lines == 4
    assert preview.previous is None
    assert dump(ctx) == before


def test_saved_profiles(ctx: AppContext) -> None:
    from ameli_desktop.importers import Field, ProfileKind, user_profile

    profiles = ProfileService(ctx)
    profile = user_profile(
        "Ma mutuelle", ProfileKind.STATEMENT, ["Jour", "Frais"], [Field.CARE_DATE, Field.PAID]
    )
    profiles.save(profile)

    assert profiles.get("MA MUTUELLE") == profile
    assert profiles.names() == ["ameli", "bank", "Ma mutuelle"]
    assert profiles.get("bank").name == "bank"
    with pytest.raises(UserError, match="built-in profile"):
        profiles.save(profile.with_options(name="Bank"))
    profiles.delete("ma mutuelle")
    with pytest.raises(NotFoundError, match="no import profile"):
        profiles.get("Ma mutuelle")


def test_a_missing_file_is_a_sentence(ctx: AppContext) -> None:
    with pytest.raises(NotFoundError, match="There is no file"):
        ImportService(ctx).import_file(Path("/nonexistent/relevé.csv"), ImportOptions())


# ------------------------------------------------------------------ importing twice = once
line_strategy = st.tuples(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 10, 31)),
    st.integers(min_value=0, max_value=20),
    st.sampled_from(["Paul Lebrun", "LEBRUN Zoé", "Zoé Lebrun"]),
    st.sampled_from(["Consultation", "Pharmacie", "Kiné; séance"]),
    st.integers(min_value=1, max_value=200_000),
    st.integers(min_value=0, max_value=200_000),
)


def statement(lines: list[tuple[date, int, str, str, int, int]]) -> bytes:
    rows = [
        "Date des soins;Date de paiement;Bénéficiaire;Prestation;Montant payé;Montant remboursé"
    ]
    for care, delay, name, act, paid, reimbursed in lines:
        rows.append(
            f'{care:%d/%m/%Y};{care + timedelta(days=delay):%d/%m/%Y};{name};"{act}";'
            f"{paid / 100:.2f};{reimbursed // 100},{reimbursed % 100:02d} €".replace(".", ",")
        )
    return ("\n".join(rows) + "\n").encode("utf-8")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.lists(line_strategy, min_size=1, max_size=12),
    second=st.lists(line_strategy, max_size=12),
)
def test_importing_twice_equals_importing_once(
    tmp_path_factory: pytest.TempPathFactory,
    clock: object,
    first: list[tuple[date, int, str, str, int, int]],
    second: list[tuple[date, int, str, str, int, int]],
) -> None:
    """For any two statements A and B (B may repeat A's lines): importing A, B, A, B stores
    what importing A then B stores; and A's identical lines are all kept."""
    data_a = statement(first)
    data_b = statement(first[: len(first) // 2] + second)  # overlaps A

    def run(sequence: list[bytes]) -> list[tuple[object, ...]]:
        folder = tmp_path_factory.mktemp("twice")
        context = AppContext.open(folder, clock=clock)  # type: ignore[arg-type]
        try:
            PeopleService(context).add(PersonDetails("Paul Lebrun"))
            PeopleService(context).add(PersonDetails("Zoé Lebrun"))
            service = ImportService(context)
            for data in sequence:
                service.import_parsed(parse_statement(data), ImportOptions())
            return sorted(
                (
                    line.person_name,
                    line.care_date,
                    line.nature,
                    line.paid_cents,
                    line.reimbursed_cents,
                )
                for line in ReimbursementService(context).iter_lines(LineFilter())
            )
        finally:
            context.close()

    once = run([data_a, data_b])
    assert run([data_a, data_b, data_a, data_b]) == once
    assert len(run([data_a])) == len(first)
